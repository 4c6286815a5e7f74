"""Why a database could not be opened or written, in words for the office staff."""

from __future__ import annotations

OPEN_MESSAGES: dict[str, tuple[str, str]] = {
    "not_database": (
        "“{path}”不是 Emergency Desk 的数据库文件（可能选错了文件）。",
        "“{path}” is not an Emergency Desk database (perhaps the wrong file was chosen).",
    ),
    "damaged": (
        "数据库“{path}”已损坏，无法安全打开。可以从最近的备份恢复。",
        "The database “{path}” is damaged and cannot be opened safely. "
        "You can restore the latest backup.",
    ),
    "newer_version": (
        "数据库“{path}”由更新版本的 Emergency Desk 创建（版本 {found}，本程序支持 {supported}），请升级程序。",
        "The database “{path}” was written by a newer Emergency Desk (version {found}; "
        "this program supports {supported}). Please update the program.",
    ),
    "cannot_open": (
        "无法打开“{path}”：{reason}",
        "Cannot open “{path}”: {reason}",
    ),
    "disk_full": (
        "磁盘已满，操作未保存（已撤销）。请清理磁盘空间后重试。",
        "The disk is full; the change was not saved (it was rolled back). Free some space and try again.",
    ),
    "read_only": (
        "数据库以只读方式打开，不能修改。",
        "The database is open read-only; changes cannot be saved.",
    ),
    "write_failed": (
        "保存失败（已撤销）：{reason}",
        "Saving failed (rolled back): {reason}",
    ),
}


class StoreError(Exception):
    """A failure the user must be told about; ``code`` picks the message."""

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        zh, en = OPEN_MESSAGES[self.code]
        return (zh if lang == "zh" else en).format(**self.params)


class OpenError(StoreError):
    """The file cannot be opened as a database of this app."""


class ReadOnlyError(StoreError):
    def __init__(self) -> None:
        super().__init__("read_only")


class NotFoundError(LookupError):
    """A record id that does not exist (or no longer does)."""
