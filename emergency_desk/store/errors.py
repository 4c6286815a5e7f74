"""Why a database could not be opened or written, in words for the office staff."""

from __future__ import annotations

OPEN_MESSAGES: dict[str, tuple[str, str]] = {
    "not_database": (
        "“{path}”不是应急管理工作台的数据库文件（可能选错了文件）。",
        "“{path}” is not an Emergency Desk database (perhaps the wrong file was chosen).",
    ),
    "foreign_schema": (
        "数据库“{path}”中有不是应急管理工作台创建的内容（{what}），可能被其他程序改动过；"
        "为安全起见没有打开，文件未作任何改动。",
        "The database “{path}” holds things Emergency Desk did not create ({what}); another "
        "program may have changed it, so it was not opened and was left as it was.",
    ),
    "damaged": (
        "数据库“{path}”已损坏，无法安全打开。可以从最近的备份恢复。",
        "The database “{path}” is damaged and cannot be opened safely. "
        "You can restore the latest backup.",
    ),
    "newer_version": (
        "数据库“{path}”由更新版本的应急管理工作台创建（版本 {found}，本程序支持 {supported}），请升级程序。",
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
    "read_only_requested": (
        "数据库以只读方式打开，不能修改。",
        "The database was opened read-only; changes cannot be saved.",
    ),
    "read_only_file": (
        "数据库文件是只读的，只能查看，不能修改。如需修改，请取消文件的只读属性后重新打开。",
        "The database file is read-only: you can look but not change anything. "
        "Clear the file's read-only attribute and reopen it to make changes.",
    ),
    "read_only_network": (
        "数据库位于网络共享文件夹（网络驱动器或共享目录）中，只能查看，不能修改：通过网络访问时，"
        "数据库的文件锁不可靠，多台电脑同时写入可能损坏数据。请将数据库保存在本机硬盘上使用，"
        "需要拷贝时用“文件 › 备份到…”。",
        "The database is in a folder on a network share (a mapped drive or shared folder), "
        "so it is read-only: SQLite's file locks are not reliable over a network, and writes "
        "from two PCs can damage it. Keep the database on this PC's own disk, and use "
        "File › Back up to… to copy it.",
    ),
    "read_only_folder": (
        "数据库所在文件夹不可写入，只能查看，不能修改。请将数据库复制到可写的文件夹后打开。",
        "The database's folder cannot be written to: you can look but not change anything. "
        "Copy the database to a writable folder to make changes.",
    ),
    "township_row": (
        "这条记录来自乡镇上报的数据包，区县只能查看，不能修改或删除；如需更正，请该乡镇修改后重新上报。",
        "This record came in a township's data package: the county can read it but not change "
        "or delete it. The township corrects it and sends a new package.",
    ),
    "read_only_locked": (
        "另一个应急管理工作台窗口正在使用此数据库，本窗口只读。请在那个窗口中修改，或关闭它后重新打开。",
        "Another copy of Emergency Desk is using this database, so this one is read-only. "
        "Make changes there, or close it and reopen this one.",
    ),
    "read_only_damaged": (
        "数据库文件已损坏，为防止损坏扩大，现只能查看，不能修改。请从最近的备份恢复（文件 › 从备份恢复…）。",
        "The database file is damaged, so it is now read-only to keep the damage from "
        "spreading. Restore the latest backup (File › Restore from…).",
    ),
    "needs_upgrade": (
        "数据库“{path}”需要升级到新格式，但当前只能只读打开。请在可写的位置打开一次以完成升级。",
        "The database “{path}” needs upgrading to the new format but can only be opened "
        "read-only here. Open it once from a writable folder to upgrade it.",
    ),
    "locked": (
        "另一个应急管理工作台窗口正在使用数据库“{path}”，请先关闭它。",
        "Another copy of Emergency Desk is using “{path}”; close it first.",
    ),
    "backup_failed": (
        "备份失败：{reason}",
        "The backup failed: {reason}",
    ),
    "restore_failed": (
        "恢复失败，当前数据库未改变：{reason}",
        "The restore failed; the current database is unchanged: {reason}",
    ),
    "write_failed": (
        "保存失败（已撤销）：{reason}",
        "Saving failed (rolled back): {reason}",
    ),
}


# Fixed reasons a ``{reason}`` can give, in both languages like the messages around them
# (a reason from the operating system comes in its own language and is passed as text).
REASONS: dict[str, tuple[str, str]] = {
    "no_file": ("文件不存在", "file not found"),
    "is_folder": ("这是一个文件夹", "it is a folder"),
    "copy_not_verified": ("备份副本校验未通过", "the copy did not verify"),
    "backup_onto_itself": (
        "备份不能覆盖数据库本身",
        "the backup cannot replace the database itself",
    ),
    "restore_from_itself": ("所选文件就是当前数据库", "that file is the database itself"),
}


def fixed_reason(key: str) -> tuple[str, str]:
    """A fixed ``reason`` parameter, rendered in the message's language."""
    return REASONS[key]


class StoreError(Exception):
    """A failure the user must be told about; ``code`` picks the message."""

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        zh, en = OPEN_MESSAGES[self.code]
        pick = 0 if lang == "zh" else 1
        params = {k: v[pick] if isinstance(v, tuple) else v for k, v in self.params.items()}
        return (zh if lang == "zh" else en).format(**params)


class OpenError(StoreError):
    """The file cannot be opened as a database of this app."""


class ReadOnlyError(StoreError):
    """A write to a store opened read-only; ``reason`` says why it is read-only."""

    def __init__(self, reason: str = "") -> None:
        code = f"read_only_{reason}" if f"read_only_{reason}" in OPEN_MESSAGES else "read_only"
        super().__init__(code)
        self.reason = reason


class NotFoundError(LookupError):
    """A record id that does not exist (or no longer does)."""

    def message(self, lang: str = "zh") -> str:
        """Said when a record vanished under the user (deleted from another list)."""
        if lang == "zh":
            return "这条记录已不存在（可能已被删除）。"
        return "This record no longer exists (it may have been deleted)."
