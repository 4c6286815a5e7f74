"""A county database's own screens: the 乡镇汇总 league table and the township column and
filter on the register lists (``county_install``)."""
