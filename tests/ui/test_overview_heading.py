"""The Overview's heading names the office in the language of the interface."""

from __future__ import annotations

import pytest

from emergency_desk.store import Store
from emergency_desk.ui.overview.overview_tab import OverviewTab
from emergency_desk.ui.shell.lang import set_ui_lang


@pytest.mark.parametrize(
    ("lang", "zh_name", "en_name", "shown"),
    [
        ("en", "青石镇应急管理办公室", "Qingshi Emergency Office", "Qingshi Emergency Office"),
        ("en", "青石镇应急管理办公室", "", "青石镇应急管理办公室"),
        ("zh", "青石镇应急管理办公室", "Qingshi Emergency Office", "青石镇应急管理办公室"),
        ("zh", "", "Qingshi Emergency Office", "Qingshi Emergency Office"),
    ],
)
def test_overview_heading_names_the_office_in_the_ui_language(
    qtbot, store: Store, lang: str, zh_name: str, en_name: str, shown: str
) -> None:
    store.set_setting("office_name", zh_name)
    store.set_setting("office_name_en", en_name)
    set_ui_lang(lang)
    overview = OverviewTab(store)
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    assert overview.title_label.text().startswith(shown + " — ")
