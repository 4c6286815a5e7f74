"""File › 生成上报数据包… (a township) and File › 导入乡镇数据包… (a county).

The menu entries are put on the window at start (``county_menu``); the dialogs and the
package code load when an entry is first chosen.
"""
