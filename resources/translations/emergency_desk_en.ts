<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="155"/>
        <source>Skip the %n duplicate row(s)</source>
        <translation>
            <numerusform>Skip the %n duplicate row</numerusform>
            <numerusform>Skip the %n duplicate rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="190"/>
        <source>“{file}” has %n correct row(s).</source>
        <translation>
            <numerusform>“{file}” has %n correct row.</numerusform>
            <numerusform>“{file}” has %n correct rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="196"/>
        <source>%n of them duplicate records already kept.</source>
        <translation>
            <numerusform>%n of them duplicates a record already kept.</numerusform>
            <numerusform>%n of them duplicate records already kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="199"/>
        <source>%n record(s) will be added to {register}.</source>
        <translation>
            <numerusform>%n record will be added to {register}.</numerusform>
            <numerusform>%n records will be added to {register}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="211"/>
        <source>%n row(s) have no stocktake date: their stock will be entered today ({today}).</source>
        <translation>
            <numerusform>%n row has no stocktake date: its stock will be entered today ({today}).</numerusform>
            <numerusform>%n rows have no stocktake date: their stock will be entered today ({today}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeagueTab</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="138"/>
        <source>Click a heading to rank the townships by it. Double-click a township to see its records (read-only: they come from its data package). Red: behind (overdue hazards, expired stock, late reports) or a package older than %n day(s).</source>
        <translation>
            <numerusform>Click a heading to rank the townships by it. Double-click a township to see its records (read-only: they come from its data package). Red: behind (overdue hazards, expired stock, late reports) or a package older than %n day.</numerusform>
            <numerusform>Click a heading to rank the townships by it. Double-click a township to see its records (read-only: they come from its data package). Red: behind (overdue hazards, expired stock, late reports) or a package older than %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/materials_tab.py" line="48"/>
        <source>“{name}” still holds %n item(s). Move or delete its items first.</source>
        <translation>
            <numerusform>“{name}” still holds %n item. Move or delete it first.</numerusform>
            <numerusform>“{name}” still holds %n items. Move or delete its items first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="66"/>
        <source>“{file}” has %n problem(s). Nothing was imported. Correct the spreadsheet and import it again.</source>
        <translation>
            <numerusform>“{file}” has %n problem. Nothing was imported. Correct the spreadsheet and import it again.</numerusform>
            <numerusform>“{file}” has %n problems. Nothing was imported. Correct the spreadsheet and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImportExport</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="344"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="360"/>
        <source>%n record(s) were imported into {register}.</source>
        <translation>
            <numerusform>%n record was imported into {register}.</numerusform>
            <numerusform>%n records were imported into {register}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="415"/>
        <source>%n record(s) were written to “{file}”.</source>
        <translation>
            <numerusform>%n record was written to “{file}”.</numerusform>
            <numerusform>%n records were written to “{file}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="449"/>
        <source>Saved the log of {day} (%n entries) to {path}.</source>
        <translation>
            <numerusform>Saved the log of {day} (%n entry) to {path}.</numerusform>
            <numerusform>Saved the log of {day} (%n entries) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakenDialog</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="121"/>
        <source>%n package(s) imported.</source>
        <translation>
            <numerusform>%n package imported.</numerusform>
            <numerusform>%n packages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="123"/>
        <source>%n package(s) not imported; those townships&apos; data stays as it was.</source>
        <translation>
            <numerusform>%n package not imported; that township&apos;s data stays as it was.</numerusform>
            <numerusform>%n packages not imported; those townships&apos; data stays as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="114"/>
        <source>%n person(s) to call who are not on the list yet.</source>
        <translation>
            <numerusform>%n person to call who is not on the list yet.</numerusform>
            <numerusform>%n people to call who are not on the list yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="229"/>
        <source>%n called</source>
        <translation>
            <numerusform>%n called</numerusform>
            <numerusform>%n called</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="229"/>
        <source>, %n answered</source>
        <translation>
            <numerusform>, %n answered</numerusform>
            <numerusform>, %n answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearCards</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/overview/cards.py" line="130"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="45"/>
        <source>Checking and importing %n package(s)…</source>
        <translation>
            <numerusform>Checking and importing %n package…</numerusform>
            <numerusform>Checking and importing %n packages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/widgets/unstorable_notice.py" line="24"/>
        <source>… and %n more record(s).</source>
        <translation>
            <numerusform>… and %n more record.</numerusform>
            <numerusform>… and %n more records.</numerusform>
        </translation>
    </message>
</context>
</TS>
