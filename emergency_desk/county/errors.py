"""Why a package could not be made or taken in, in words for the office staff (zh, en)."""

from __future__ import annotations

from ..bilingual import BilingualError

MESSAGES: dict[str, tuple[str, str]] = {
    "missing_setting": (
        "尚未设置“{label_zh}”，无法生成数据包。请先设置，例如：emergency-desk settings {key} {example}",
        "The {label_en} is not set, so no package can be made. Set it first, e.g. "
        "emergency-desk settings {key} {example}",
    ),
    "not_county": (
        "本数据库是乡镇数据库，不能导入乡镇数据包。区县数据库请先设置：emergency-desk settings level county",
        "This is a township database; township packages are taken in by a county database "
        "(emergency-desk settings level county).",
    ),
    "county_code_missing": (
        "尚未设置本区县的“行政区划代码”，无法判断数据包是否属于本县。请先设置：emergency-desk settings area_code 430723000000",
        "The county's area code is not set, so a package's township cannot be checked. "
        "Set it first: emergency-desk settings area_code 430723000000",
    ),
    "not_found": ("找不到文件“{path}”。", "The file “{path}” does not exist."),
    "damaged": (
        "数据包已损坏、不完整或被改动过（{reason}），未导入。",
        "The package is damaged, incomplete or altered ({reason}); nothing was taken in.",
    ),
    "outside": (
        "数据包来自“{name}”（{area}），不属于本县（{county}），未导入。",
        "The package is from {name} ({area}), outside this county ({county}); "
        "nothing was taken in.",
    ),
    "not_newer": (
        "已导入该乡镇更新的数据包（{date}），未导入。",
        "A newer package of this township was already taken in ({date}); nothing was taken in.",
    ),
    "newer_program": (
        "数据包由更新版本的程序生成（数据格式 {found}，本程序支持 {supported}），请先升级本程序。",
        "The package was made by a newer version of the program (format {found}; this one "
        "supports {supported}); update the program first.",
    ),
}

REASONS: dict[str, tuple[str, str]] = {
    "not_zip": ("不是数据包文件", "not a package file"),
    "no_manifest": ("缺少清单", "no manifest"),
    "bad_manifest": ("清单内容不正确", "the manifest is not valid"),
    "no_snapshot": ("缺少数据文件", "no data file"),
    "hash": ("数据文件与清单的校验值不符", "the data file does not match the manifest's checksum"),
    "integrity": ("数据文件未通过完整性检查", "the data file failed the integrity check"),
    "truncated": ("文件不完整", "the file is incomplete"),
}


class CountyError(BilingualError):
    """A package that was not made or not taken in; ``code`` picks the sentence."""

    MESSAGES = MESSAGES


def damaged(reason: str) -> CountyError:
    return CountyError("damaged", reason=REASONS[reason])
