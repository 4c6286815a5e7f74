<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertTree</name>
    <message>
        <location filename="../../emergency_desk/ui/overview/alerts.py" line="73"/>
        <source>… {n} more: show them all in the register</source>
        <translation>… 另有 {n} 条，在台账中查看全部</translation>
    </message>
</context>
<context>
    <name>AttentionButton</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_rules.py" line="34"/>
        <location filename="../../emergency_desk/ui/registers/register_rules.py" line="47"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_rules.py" line="38"/>
        <source>Show only the records that are overdue or due soon</source>
        <translation>只显示已逾期或即将到期的记录</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="33"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="38"/>
        <source>All registers</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="41"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="46"/>
        <source>Search operator, user or values…</source>
        <translation>搜索操作人、用户或内容…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="58"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="59"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="60"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="61"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="62"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="63"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="70"/>
        <source>‹ Newer</source>
        <translation>‹ 较新</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="71"/>
        <source>Older ›</source>
        <translation>较早 ›</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="117"/>
        <source>Entries {first}–{last}</source>
        <translation>第 {first}–{last} 条</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_viewer.py" line="122"/>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
</context>
<context>
    <name>CheckedStockPanel</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="37"/>
        <source>Not enough stock: {on_hand} {unit} on hand, cannot take out {amount}. Nothing was recorded.</source>
        <translation>库存不足：现有 {on_hand} {unit}，无法出库 {amount}。本次未作登记。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="55"/>
        <source>After this issue {left} {unit} will be left, below the minimum reserve of {minimum} {unit}. Record it anyway?</source>
        <translation>出库后将剩 {left} {unit}，低于最低储备 {minimum} {unit}。仍要登记吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="58"/>
        <source>Below the minimum reserve</source>
        <translation>低于最低储备</translation>
    </message>
</context>
<context>
    <name>CountyExportButton</name>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="31"/>
        <source>County summary to Word…</source>
        <translation>全县汇总导出为Word…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="34"/>
        <source>The county&apos;s own figures and its townships&apos; together, with a table of the townships</source>
        <translation>县本级与各乡镇数据合计，并附各乡镇指标表</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="54"/>
        <source>Export the county summary</source>
        <translation>导出全县汇总</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="56"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="63"/>
        <source>County summary to Word</source>
        <translation>全县汇总导出为Word</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_export.py" line="74"/>
        <source>The county summary was saved as
{path}

Open it now?</source>
        <translation>全县汇总已保存为
{path}

现在打开吗？</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/crash_dialog.py" line="41"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/crash_dialog.py" line="43"/>
        <source>Emergency Desk hit an unexpected error. What you saved before is safe; the last action may not have finished.</source>
        <translation>应急管理工作台发生意外错误。此前已保存的数据不受影响，但最后一步操作可能没有完成。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/crash_dialog.py" line="50"/>
        <source>Details were written to:
{path}

Please send this file to your support contact.</source>
        <translation>详细信息已写入：
{path}

请将该文件发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/crash_dialog.py" line="57"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DayLogDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="311"/>
        <source>Print day log</source>
        <translation>打印值班日志</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="315"/>
        <source>The entries received on one day, with the roster and handovers, as a Word document to print and file.</source>
        <translation>将某一天接报的值班记录连同当日值班安排和交接班情况生成 Word 文档，供打印存档。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="332"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="338"/>
        <source>Save as Word…</source>
        <translation>保存为 Word 文档…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="339"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/drill_dialog.py" line="30"/>
        <source>Corrective actions</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/drill_dialog.py" line="51"/>
        <source>corrective actions</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="32"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="34"/>
        <source>Rows shown now ({n})</source>
        <translation>当前显示的记录（{n} 条）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="35"/>
        <source>All records ({n})</source>
        <translation>全部记录（{n} 条）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="44"/>
        <source>Rows:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="47"/>
        <source>Chinese headers and values</source>
        <translation>中文表头和内容</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="48"/>
        <source>English headers and values</source>
        <translation>英文表头和内容</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="49"/>
        <source>Field keys (for other programs)</source>
        <translation>字段代码（供其他程序使用）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="51"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/export_dialog.py" line="53"/>
        <source>Include ID numbers (recorded in the audit log)</source>
        <translation>包含身份证号（将记入操作日志）</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="236"/>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="268"/>
        <source>First-run setup</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="239"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="240"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="241"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="242"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="269"/>
        <source>The database is open read-only; settings cannot be saved.</source>
        <translation>数据库以只读方式打开，无法保存设置。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="317"/>
        <source>This is the demo database. Your office&apos;s file is under File › Recent files.</source>
        <translation>当前打开的是演示数据库。本单位的数据库可从“文件 › 最近打开的文件”中打开。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="327"/>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="331"/>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="332"/>
        <source>Making the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run_action.py" line="22"/>
        <source>&amp;First-run setup…</source>
        <translation>初始设置(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/help_guide.py" line="45"/>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/help_guide.py" line="54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/help_guide.py" line="55"/>
        <source>Open in browser (print or save as PDF)</source>
        <translation>在浏览器中打开（可打印或另存为 PDF）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/help_guide.py" line="80"/>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="200"/>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="219"/>
        <source>Open entries to hand over ({n}); tick the ones finished to close them:</source>
        <translation>待移交的未办结事项（{n} 项），已办结的请勾选关闭：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="244"/>
        <source>Enter saves (Ctrl+Enter in the notes) · Esc cancels</source>
        <translation>回车保存（交接事项中按 Ctrl+回车）· Esc 取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="247"/>
        <source>Save handover</source>
        <translation>保存交接班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="247"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="259"/>
        <source>No open entries.</source>
        <translation>没有未办结事项。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="260"/>
        <source>Open entries handed over:</source>
        <translation>移交的未办结事项：</translation>
    </message>
</context>
<context>
    <name>HazardWorkflowDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="53"/>
        <source>Hazard status — {name}</source>
        <translation>隐患状态 — {name}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="62"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="71"/>
        <source>Required when sending the hazard back; optional otherwise</source>
        <translation>退回时必填，其他情况可不填</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="75"/>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="87"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="82"/>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="87"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="87"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="87"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="117"/>
        <source>Status: {status}&#x3000;Deadline: {deadline}</source>
        <translation>状态：{status}&#x3000;整改期限：{deadline}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="139"/>
        <source>Send back to “{status}”…</source>
        <translation>退回至“{status}”…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="141"/>
        <source>Mark “{status}”</source>
        <translation>标记为“{status}”</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="149"/>
        <source>No further step.</source>
        <translation>已是最后一步。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="34"/>
        <source>History of “{title}”</source>
        <translation>“{title}”的修改记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="49"/>
        <source>No changes recorded.</source>
        <translation>没有修改记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="82"/>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="92"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="95"/>
        <source>Who changed the selected record, when, and what</source>
        <translation>查看所选记录由谁、在何时、作了哪些修改</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="146"/>
        <source>Import into {register}</source>
        <translation>导入到{register}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="174"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="155"/>
        <source>Skip the %n duplicate row(s)</source>
        <translation>
            <numerusform>跳过 %n 行重复数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="190"/>
        <source>“{file}” has %n correct row(s).</source>
        <translation>
            <numerusform>“{file}”中有 %n 行数据无误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="196"/>
        <source>%n of them duplicate records already kept.</source>
        <translation>
            <numerusform>其中 %n 行与已有记录重复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="199"/>
        <source>%n record(s) will be added to {register}.</source>
        <translation>
            <numerusform>将向“{register}”添加 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="206"/>
        <source>Opening stock will be entered on each row&apos;s stocktake date (from {first}).</source>
        <translation>期初库存按各行“最近盘点”日期入账（最早为 {first}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="211"/>
        <source>%n row(s) have no stocktake date: their stock will be entered today ({today}).</source>
        <translation>
            <numerusform>%n 行未填盘点日期，其库存按今天（{today}）入账。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/incident_dialog.py" line="105"/>
        <source>Show ID numbers in full</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incident_dialog.py" line="108"/>
        <source>ID numbers are personal data; showing them is recorded in the audit log.</source>
        <translation>身份证号属于个人信息，显示完整号码将记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incident_dialog.py" line="114"/>
        <source>Open duty entry…</source>
        <translation>查看来源值班记录…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incident_dialog.py" line="128"/>
        <source>Latest figures: </source>
        <translation>最新灾情：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incident_dialog.py" line="129"/>
        <source>No report sent up yet.</source>
        <translation>尚未报送灾情。</translation>
    </message>
</context>
<context>
    <name>IncidentTools</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_incident.py" line="82"/>
        <source>Open its incident…</source>
        <translation>查看所属事件…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_incident.py" line="84"/>
        <location filename="../../emergency_desk/ui/registers/duty_incident.py" line="89"/>
        <source>Open as incident…</source>
        <translation>转为事件…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_incident.py" line="92"/>
        <source>Open an incident from the selected entry, or the one opened from it</source>
        <translation>将选中的值班记录转为突发事件，已转的则打开该事件</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incidents_tab.py" line="27"/>
        <source>Show ID numbers in full</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/incidents_tab.py" line="30"/>
        <source>ID numbers are personal data; showing them is recorded in the audit log.</source>
        <translation>身份证号属于个人信息，显示完整号码将记入操作日志。</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="23"/>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="59"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="28"/>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="34"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="35"/>
        <source>Takes effect the next time Emergency Desk starts.</source>
        <translation>下次启动应急管理工作台时生效。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="42"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="42"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/language_choice.py" line="61"/>
        <source>The interface will be in {language} the next time Emergency Desk starts. Close and reopen the program to switch now.</source>
        <translation>下次启动应急管理工作台时，界面将显示为{language}。如需立即切换，请关闭程序后重新打开。</translation>
    </message>
</context>
<context>
    <name>LeagueTab</name>
    <message>
        <location filename="../../emergency_desk/ui/county/county_install.py" line="56"/>
        <source>Townships</source>
        <translation>乡镇汇总</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/county_install.py" line="64"/>
        <source>This database is a township&apos;s: it has no townships to compare.</source>
        <translation>本数据库是乡镇数据库，没有可以汇总比较的乡镇。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="82"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="83"/>
        <source>Package made</source>
        <translation>数据包生成日期</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="84"/>
        <source>Days old</source>
        <translation>数据包已有天数</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="85"/>
        <source>Hazards found</source>
        <translation>排查隐患</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="86"/>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="87"/>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="88"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="89"/>
        <source>Major open</source>
        <translation>重大隐患未整改</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="90"/>
        <source>Drills</source>
        <translation>开展演练</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="91"/>
        <source>Participants</source>
        <translation>演练参与人次</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="92"/>
        <source>Plans past review</source>
        <translation>逾期未评估修订预案</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="93"/>
        <source>Stock short</source>
        <translation>低于最低储备</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="94"/>
        <source>Stock expired</source>
        <translation>已过期物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="95"/>
        <source>Reports on time</source>
        <translation>按时上报</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="96"/>
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="97"/>
        <source>Direct loss (10k yuan)</source>
        <translation>直接经济损失(万元)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="139"/>
        <source>Townships, {year} up to {day}</source>
        <translation>各乡镇{year}年工作情况（截至{day}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="144"/>
        <source>Click a heading to rank the townships by it. Double-click a township to see its records (read-only: they come from its data package). Red: behind (overdue hazards, expired stock, late reports) or a package older than %n day(s).</source>
        <translation>
            <numerusform>单击列标题可按该项给各乡镇排名；双击乡镇可查看其记录（只读，来自该乡镇上报的数据包）。红色：存在逾期未整改隐患、过期物资、超时上报，或数据包已超过 %n 天未更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county/league_tab.py" line="155"/>
        <source>No township package taken in yet. Township offices make one with “emergency-desk package”; take them in with “emergency-desk county import”.</source>
        <translation>尚未导入任何乡镇数据包。乡镇应急办用“emergency-desk package”生成数据包，区县用“emergency-desk county import”导入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="160"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="166"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="169"/>
        <source>Recent &amp;files</source>
        <translation>最近打开的文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="177"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="184"/>
        <source>&amp;About Emergency Desk</source>
        <translation>关于应急管理工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="201"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="209"/>
        <source>About Emergency Desk</source>
        <translation>关于应急管理工作台</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="211"/>
        <source>&lt;h3&gt;Emergency Desk {version}&lt;/h3&gt;&lt;p&gt;The registers of an emergency management office ({registers}), its printouts and its annual work summary.&lt;/p&gt;&lt;p&gt;Works offline; the data stays in the database file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;应急管理工作台 {version}&lt;/h3&gt;&lt;p&gt;应急管理办公室的工作台账（{registers}）、各类打印文书和年度工作总结。&lt;/p&gt;&lt;p&gt;离线运行，数据保存在数据库文件中：&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="342"/>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="345"/>
        <source>(in memory)</source>
        <translation>（内存数据库）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="346"/>
        <source>Emergency Desk — {db}</source>
        <translation>应急管理工作台 — {db}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="349"/>
        <source>{path} (read-only)</source>
        <translation>{path}（只读）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="396"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="397"/>
        <source>“{path}” could not be opened: {reason}</source>
        <translation>无法打开“{path}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="416"/>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="429"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="418"/>
        <source>Emergency Desk database (*.db)</source>
        <translation>应急管理工作台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="431"/>
        <source>“{path}” already exists. Choose another name, or use File › Open database… to open it.</source>
        <translation>“{path}”已存在。请换一个文件名，或使用“文件 › 打开数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="441"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/main_window.py" line="443"/>
        <source>Emergency Desk database (*.db);;All files (*)</source>
        <translation>应急管理工作台数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="226"/>
        <source>Stock movements</source>
        <translation>出入库记录</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/materials_tab.py" line="85"/>
        <source>Show the items of all points</source>
        <translation>显示全部储备点的物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/materials_tab.py" line="134"/>
        <source>Items of all reserve points</source>
        <translation>全部储备点的物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/materials_tab.py" line="138"/>
        <source>Items at {point}</source>
        <translation>{point}的物资</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="183"/>
        <source>What next?</source>
        <translation>接下来做什么？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="184"/>
        <source>Finish saves the settings, then does what you choose here.</source>
        <translation>点击“完成”保存设置，然后按这里的选择继续。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="188"/>
        <source>Import last year&apos;s ledger from a spreadsheet</source>
        <translation>从电子表格导入去年的台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="189"/>
        <source>Try things out in a separate demo database</source>
        <translation>先在单独的演示数据库中试用</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="190"/>
        <source>Start working</source>
        <translation>直接开始使用</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="194"/>
        <source>Opens the chosen list&apos;s Import…; its Download template gives a sheet with the right columns.</source>
        <translation>打开所选台账的“导入…”；该台账的“下载模板”可得到列名正确的表格。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="198"/>
        <source>Sample data in a file of its own, never in your office&apos;s database. Come back through File › Recent files.</source>
        <translation>示例数据保存在单独的文件中，不会混入本单位的数据库。试用后可通过“文件 › 最近打开的文件”回到本单位数据库。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="201"/>
        <source>Begin with an empty ledger; Help › User guide (F1) shows how.</source>
        <translation>从空台账开始录入；操作方法见“帮助 › 使用说明”（F1）。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="82"/>
        <source>Your office</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="85"/>
        <source>The summary, printouts and village lists use these. Settings can change them later.</source>
        <translation>工作总结、打印件和村（社区）选项都会用到这些信息，以后可在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="95"/>
        <source>e.g. 青石镇应急管理办公室</source>
        <translation>如：青石镇应急管理办公室</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="109"/>
        <source>One village or community per line</source>
        <translation>每行一个村（社区）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="118"/>
        <source>No day before this is flagged as missing a roster or reported late.</source>
        <translation>此日期之前的日子不提示缺少值班安排或超时上报。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/first_run.py" line="126"/>
        <source>Your name, recorded with each change you make.</source>
        <translation>您的姓名，每次修改数据都会记下修改人。</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="84"/>
        <source>Hazards found this year by category</source>
        <translation>本年隐患分类统计</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="86"/>
        <source>No hazards yet</source>
        <translation>本年暂无隐患排查记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="88"/>
        <source>Found</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="89"/>
        <source>Not yet rectified</source>
        <translation>尚未整改</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="119"/>
        <source>Duty log entries by month</source>
        <translation>各月值班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="121"/>
        <source>No duty log entries yet</source>
        <translation>本年暂无值班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/charts.py" line="123"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="165"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="170"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="196"/>
        <source>Click a row to open the record.</source>
        <translation>单击一行可打开相应记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="322"/>
        <source>Computing the figures…</source>
        <translation>正在计算统计数据…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="327"/>
        <source>The figures could not be computed: {reason}</source>
        <translation>统计数据计算失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="376"/>
        <source>Emergency management office</source>
        <translation>应急管理办公室</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="335"/>
        <source>{office} — {date}</source>
        <translation>{office} — {date}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="341"/>
        <source>Needs attention: {n}</source>
        <translation>需关注事项：{n}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/overview_tab.py" line="484"/>
        <source>Overview</source>
        <translation>工作概览</translation>
    </message>
</context>
<context>
    <name>PersonalField</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/personal_field.py" line="52"/>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/personal_field.py" line="56"/>
        <source>ID numbers are personal data; showing one is recorded in the audit log. Reveal it to change it.</source>
        <translation>身份证号属于个人信息，显示完整号码将记入操作日志。如需修改，请先显示完整号码。</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/materials_tab.py" line="48"/>
        <source>“{name}” still holds %n item(s). Move or delete its items first.</source>
        <translation>
            <numerusform>“{name}”中还有 %n 项物资，请先移走或删除这些物资。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="43"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="76"/>
        <source>Saved as
{path}

Open it now?</source>
        <translation>已保存为
{path}

现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="103"/>
        <source>Writing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="150"/>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="164"/>
        <source>Print the ledger</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="174"/>
        <source>Print rectification notice</source>
        <translation>打印隐患整改通知书</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="196"/>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="210"/>
        <source>Print re-inspection opinion</source>
        <translation>打印隐患整改复查意见书</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="232"/>
        <source>Print evaluation report</source>
        <translation>打印演练评估报告</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="258"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="258"/>
        <source>The list as shown, as a ledger to print (.docx)</source>
        <translation>按当前列表（含筛选和查找）生成可打印的台账（.docx）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="266"/>
        <source>Notice…</source>
        <translation>整改通知书…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="267"/>
        <source>Print the rectification notice with its tear-off receipt</source>
        <translation>打印选中隐患的隐患整改通知书（含回执）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="271"/>
        <source>Print the re-inspection opinion of a rectified hazard</source>
        <translation>为已整改的隐患打印隐患整改复查意见书</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="284"/>
        <source>Print the drill&apos;s evaluation report</source>
        <translation>打印选中演练的应急演练评估报告</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="270"/>
        <source>Re-inspection…</source>
        <translation>复查意见书…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts.py" line="283"/>
        <source>Evaluation report…</source>
        <translation>评估报告…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="43"/>
        <source>Print the contacts directory</source>
        <translation>打印应急通讯录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="63"/>
        <source>Print the two cards</source>
        <translation>打印明白卡</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="80"/>
        <source>Print the village&apos;s cards</source>
        <translation>打印本村明白卡</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="87"/>
        <source>Directory…</source>
        <translation>通讯录…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="88"/>
        <source>Print the contacts directory by village and role (.docx)</source>
        <translation>按村（社区）和角色打印应急通讯录（.docx）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="97"/>
        <source>Cards…</source>
        <translation>明白卡…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="98"/>
        <source>Print the selected point&apos;s two cards (hazard-prevention and refuge cards)</source>
        <translation>打印所选隐患点的防灾明白卡和避险明白卡</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="104"/>
        <source>Village cards…</source>
        <translation>本村明白卡…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="105"/>
        <source>Print the two cards of every monitored point in the selected point&apos;s village</source>
        <translation>打印所选隐患点所在村（社区）全部监测中隐患点的两卡</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="123"/>
        <source>Print the report form</source>
        <translation>打印灾情报告</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="132"/>
        <source>No report has been sent up yet.</source>
        <translation>该事件尚未报送。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="176"/>
        <source>Report form…</source>
        <translation>灾情报告…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="177"/>
        <source>Print the selected report up (or the latest) as the report form</source>
        <translation>将所选报送记录（未选时为最近一次）打印为灾情报告</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="179"/>
        <source>Dead and missing…</source>
        <translation>死亡失踪人员台账…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="180"/>
        <source>Print the ledger of the dead and missing (ID numbers masked unless shown)</source>
        <translation>打印因灾死亡失踪人员台账（身份证号除非已显示完整，否则隐去中间位）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="182"/>
        <source>Houses…</source>
        <translation>住房户台账…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/printouts_people.py" line="183"/>
        <source>Print the ledger of households whose houses collapsed or were damaged</source>
        <translation>打印因灾倒塌损坏住房户台账</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="62"/>
        <source>Import refused</source>
        <translation>未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="66"/>
        <source>“{file}” has %n problem(s). Nothing was imported. Correct the spreadsheet and import it again.</source>
        <translation>
            <numerusform>“{file}”中有 %n 处问题，未导入任何数据。请修改表格后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="78"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="78"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="78"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="78"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="95"/>
        <source>Save list as .xlsx…</source>
        <translation>将问题清单保存为 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="124"/>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="135"/>
        <source>Save problem list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="125"/>
        <source>import problems</source>
        <translation>导入问题清单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="126"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/translations.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/translations.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="82"/>
        <source>Log a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="88"/>
        <source>When the call came in; now unless you change it</source>
        <translation>来电的时间；默认为现在，可以改</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="122"/>
        <source>Enter saves · Esc cancels</source>
        <translation>回车保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="125"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="156"/>
        <source>{at} is later than now. Check the date and the hour of the call.</source>
        <translation>接报时间{at}晚于当前时间，请核对日期和钟点。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="127"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="128"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="228"/>
        <source>Recorded as the item&apos;s opening stock movement</source>
        <translation>登记为该物资的期初入库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="229"/>
        <source>Opening quantity</source>
        <translation>期初数量</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="284"/>
        <source>emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="285"/>
        <source>drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="286"/>
        <source>corrective action</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="287"/>
        <source>hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="288"/>
        <source>reserve point</source>
        <translation>储备点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="289"/>
        <source>material item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="290"/>
        <source>roster entry</source>
        <translation>值班安排</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="291"/>
        <source>duty log entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="292"/>
        <source>handover record</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="293"/>
        <source>publicity or training event</source>
        <translation>宣传培训活动</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="294"/>
        <source>stock movement</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="295"/>
        <source>rescue team</source>
        <translation>应急队伍</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="296"/>
        <source>contact</source>
        <translation>应急联系人</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="297"/>
        <source>shelter</source>
        <translation>应急避难场所</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="298"/>
        <source>risk point</source>
        <translation>风险隐患点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="299"/>
        <source>warning</source>
        <translation>预警信息</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="300"/>
        <source>call-back</source>
        <translation>叫应记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="301"/>
        <source>incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="302"/>
        <source>report up</source>
        <translation>报送记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="303"/>
        <source>dead or missing person</source>
        <translation>死亡失踪人员</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="304"/>
        <source>household with a damaged house</source>
        <translation>倒损住房户</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="311"/>
        <source>New {record}</source>
        <translation>新建{record}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="315"/>
        <source>Edit {record} — {title}</source>
        <translation>编辑{record} — {title}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="377"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="415"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="447"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="448"/>
        <source>The changes in this form have not been saved. Discard them?</source>
        <translation>本表单的修改尚未保存，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="474"/>
        <source>Save first?</source>
        <translation>先保存？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_form.py" line="476"/>
        <source>To add {what}, this {noun} must be saved first. Save it now? Cancel in this form will still remove it.</source>
        <translation>添加{what}需先保存此{noun}。现在保存吗？保存后如在本表单点“取消”，仍会将其删除。</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/table_model.py" line="284"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/table_model.py" line="286"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="42"/>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="163"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="47"/>
        <source>Register:</source>
        <translation>台账：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="49"/>
        <source>All registers</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="57"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="57"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="57"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="62"/>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="67"/>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="68"/>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="76"/>
        <source>Delete &amp;permanently…</source>
        <translation>彻底删除(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="110"/>
        <source>{first}–{last} of {total} deleted records</source>
        <translation>已删除记录 {first}–{last}，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="146"/>
        <source>Delete “{title}” permanently?</source>
        <translation>确定要彻底删除“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="150"/>
        <source>Delete the {n} selected records permanently?</source>
        <translation>确定要彻底删除所选的 {n} 条记录吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="151"/>
        <source>This cannot be undone (except by restoring a backup).</source>
        <translation>此操作无法撤销（除非从备份恢复）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/recycle_bin.py" line="152"/>
        <source>Delete permanently</source>
        <translation>彻底删除</translation>
    </message>
</context>
<context>
    <name>RegisterImportExport</name>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="229"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="230"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="232"/>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="429"/>
        <source>Download template</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="235"/>
        <source>Add records from an .xlsx or .csv file (Excel, WPS)</source>
        <translation>从 .xlsx 或 .csv 文件（Excel、WPS 表格）添加记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="239"/>
        <source>The database is open read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="264"/>
        <source>Something went wrong: {reason}</source>
        <translation>操作失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="271"/>
        <source>Import into {register}</source>
        <translation>导入到{register}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="276"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>电子表格 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="299"/>
        <source>Checking “{file}”…</source>
        <translation>正在检查“{file}”…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="312"/>
        <source>“{file}” has several sheets. Which one holds the {register}?</source>
        <translation>“{file}”有多个工作表，请选择存放“{register}”的工作表：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="344"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="360"/>
        <source>%n record(s) were imported into {register}.</source>
        <translation>
            <numerusform>已向{register}导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="388"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="347"/>
        <source>Import cancelled. The database was not changed.</source>
        <translation>已取消导入，数据库未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="368"/>
        <source>Export {register}</source>
        <translation>导出{register}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="415"/>
        <source>%n record(s) were written to “{file}”.</source>
        <translation>
            <numerusform>已将 %n 条记录写入“{file}”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="421"/>
        <source>Writing “{file}”…</source>
        <translation>正在写入“{file}”…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="430"/>
        <source>{register} import template</source>
        <translation>{register}导入模板</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="387"/>
        <location filename="../../emergency_desk/ui/import_export/import_export.py" line="432"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="90"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="91"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="80"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="92"/>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="336"/>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="344"/>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="351"/>
        <location filename="../../emergency_desk/ui/safety/history_dialog.py" line="86"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="53"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="83"/>
        <source>Show all records again</source>
        <translation>恢复显示全部记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="91"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/register_columns.py" line="62"/>
        <source>Click to sort; right-click to choose the columns shown</source>
        <translation>单击排序；右键单击可选择显示哪些列</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="105"/>
        <source>{field}: all</source>
        <translation>{field}：全部</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="127"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_filters.py" line="195"/>
        <source>Selected records</source>
        <translation>所选记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="219"/>
        <source>Showing {shown} of {total}</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="241"/>
        <source>No records yet.
Click “New” to add the first one, or “Import…” to bring in a spreadsheet kept before.</source>
        <translation>还没有记录。
点击“新建”逐条添加，或点击“导入…”导入以往的台账表格。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="245"/>
        <source>No records yet.
Click “New” to add the first one.</source>
        <translation>还没有记录。
点击“新建”添加第一条。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="237"/>
        <source>No records match the search and filters.
Click “Clear filters” to see them all.</source>
        <translation>没有符合搜索和筛选条件的记录。
点击“清除筛选”可显示全部记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="221"/>
        <source>At least {shown} of {total} (counting…)</source>
        <translation>至少 {shown} 条，共 {total} 条（正在统计…）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="287"/>
        <source>Township record</source>
        <translation>乡镇记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="292"/>
        <source>Not found</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="292"/>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="340"/>
        <source>Delete “{title}”?</source>
        <translation>确定要删除“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="342"/>
        <source>Delete the {n} selected records?</source>
        <translation>确定要删除所选的 {n} 条记录吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/register_tab.py" line="343"/>
        <source>Deleted records go to the recycle bin and can be restored.</source>
        <translation>删除后可在回收站中恢复。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="379"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="388"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="393"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="403"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="459"/>
        <source>Reported up</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="379"/>
        <source>Select an entry first.</source>
        <translation>请先选择一条值班记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="386"/>
        <source>This entry was already reported up at {at}. Replace it with now?</source>
        <translation>该记录已于 {at} 上报，是否改为现在的时间？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="423"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="435"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="440"/>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="448"/>
        <source>Save day log</source>
        <translation>保存值班日志</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="425"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="441"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="449"/>
        <source>Saved the log of {day} (%n entries) to {path}.</source>
        <translation>
            <numerusform>已将 {day} 的值班日志（共 %n 条）保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="458"/>
        <source>Log a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="458"/>
        <source>Fast keyboard entry (F2)</source>
        <translation>用键盘快速登记（F2）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="459"/>
        <source>Stamp the selected entry as reported up now (F3)</source>
        <translation>将所选记录标记为现在已上报（F3）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="460"/>
        <source>Handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="460"/>
        <source>Hand the shift over with the open entries</source>
        <translation>交接班，并移交未办结事项</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="461"/>
        <source>Print day log…</source>
        <translation>打印值班日志…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="461"/>
        <source>One day&apos;s entries as a Word document</source>
        <translation>将一天的值班记录导出为 Word 文档</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="205"/>
        <source>Hazard status</source>
        <translation>隐患状态</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="206"/>
        <source>Select a hazard in the list first.</source>
        <translation>请先在列表中选择一条隐患。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="203"/>
        <source>Status…</source>
        <translation>状态…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/hazard_workflow.py" line="204"/>
        <source>Move the selected hazard to its next step, or reopen it</source>
        <translation>将所选隐患推进到下一步，或重新打开</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="86"/>
        <source>Stock in / out</source>
        <translation>出入库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="87"/>
        <source>Select an item in the list first.</source>
        <translation>请先在列表中选择一项物资。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="84"/>
        <source>Stock in / out…</source>
        <translation>出入库…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="85"/>
        <source>Record receipts, issues and stocktakes of the selected item</source>
        <translation>登记所选物资的入库、出库和盘点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="245"/>
        <source>Call back…</source>
        <translation>叫应…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="246"/>
        <source>Call back the people responsible for the selected warning</source>
        <translation>对选中的预警逐一叫应责任人</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="249"/>
        <source>Call back</source>
        <translation>叫应</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="250"/>
        <source>Select a warning in the list first.</source>
        <translation>请先在列表中选中一条预警。</translation>
    </message>
</context>
<context>
    <name>RosterCard</name>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="79"/>
        <source>Nobody is on the roster for today.</source>
        <translation>今天没有排班。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="80"/>
        <source>Add today&apos;s duty in Duty › Duty roster.</source>
        <translation>请在“值班值守 › 值班表”中添加今天的值班安排。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="87"/>
        <source>&lt;b&gt;On duty today&lt;/b&gt; ({shift}): </source>
        <translation>&lt;b&gt;今日值班&lt;/b&gt;（{shift}）：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="90"/>
        <source>Leader on duty: {leader}</source>
        <translation>带班领导：{leader}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="91"/>
        <source>Officers: {officers}</source>
        <translation>值班人员：{officers}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="93"/>
        <source>Phone: {phone}</source>
        <translation>值班电话：{phone}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="112"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="115"/>
        <source>Office</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="116"/>
        <source>Plans and drills</source>
        <translation>预案与演练</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="117"/>
        <source>Hazards and materials</source>
        <translation>隐患与物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="118"/>
        <source>Duty: report-up limits</source>
        <translation>值班：上报时限</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="119"/>
        <source>Teams, shelters and risk points</source>
        <translation>应急队伍、避难场所和风险隐患点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="146"/>
        <source>One village or community per line</source>
        <translation>每行一个村（社区）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="160"/>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="172"/>
        <source>Restore default intervals</source>
        <translation>恢复默认时限</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="177"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_dialog.py" line="189"/>
        <source>The database is open read-only; settings cannot be saved.</source>
        <translation>数据库以只读方式打开，无法保存设置。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/settings/settings_action.py" line="24"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="67"/>
        <source>Stock in / out — {item}</source>
        <translation>出入库 — {item}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/stock_dialog.py" line="75"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="93"/>
        <source>Record movement</source>
        <translation>登记出入库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="95"/>
        <source>Stocktake…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="98"/>
        <source>Enter the counted quantity; the difference is recorded as an adjustment</source>
        <translation>输入实际盘点数量，差额记为盘点调整</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="143"/>
        <source>Quantity out (−)</source>
        <translation>出库数量（−）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="143"/>
        <source>Quantity in (+)</source>
        <translation>入库数量（+）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="150"/>
        <source>In stock: {quantity} {unit}</source>
        <translation>当前库存：{quantity} {unit}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="154"/>
        <source>; minimum {minimum} {unit}</source>
        <translation>；最低储备 {minimum} {unit}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="190"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/material_dialog.py" line="191"/>
        <source>Counted quantity:</source>
        <translation>实盘数量：</translation>
    </message>
</context>
<context>
    <name>SubRecordPanel</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="71"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="73"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="75"/>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="142"/>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="147"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/sub_records.py" line="141"/>
        <source>Delete “{title}”?</source>
        <translation>确定要删除“{title}”吗？</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <location filename="../../emergency_desk/ui/summary/suggestion_list.py" line="49"/>
        <source>Tick the problems to put in the summary; double-click one to reword it. Next year&apos;s plan follows the ticked ones in the same order.</source>
        <translation>勾选要写入“存在的问题”的条目，双击可修改文字。下一年工作计划按勾选条目的顺序逐项对应。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/suggestion_list.py" line="96"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SummaryFonts</name>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="40"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="41"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="42"/>
        <source>level-1 headings</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="43"/>
        <source>level-2 headings</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="54"/>
        <source>{face} (for {official})</source>
        <translation>{face}（代替{official}）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="59"/>
        <source>Fonts of the printed Chinese document: {list}.</source>
        <translation>打印的中文文件将使用：{list}。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="63"/>
        <source>This PC lacks the official GB/T 9704 fonts {missing}; install them for the official look, or print with the fonts named.</source>
        <translation>本机未安装公文标准字体{missing}；如需标准公文样式请先安装，否则按上述字体打印。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="94"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_fonts.py" line="95"/>
        <source>The summary is signed with the office&apos;s name, which is not set yet.
Office name (e.g. 青石镇应急管理办公室):</source>
        <translation>总结须以单位名称署名，目前尚未设置。
单位名称（如：青石镇应急管理办公室）：</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="112"/>
        <source>Hazard list</source>
        <translation>隐患清单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="113"/>
        <source>Drill list</source>
        <translation>演练清单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="114"/>
        <source>Reserve list</source>
        <translation>物资储备清单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="119"/>
        <source>Export to Word…</source>
        <translation>导出为 Word…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="124"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="127"/>
        <source>Language</source>
        <translation>文稿语言</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="130"/>
        <source>Appendix tables:</source>
        <translation>附表：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="147"/>
        <source>Opening paragraph</source>
        <translation>开头段落</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="149"/>
        <source>Work plan for next year (one item per line)</source>
        <translation>下一年度工作计划（每行一项）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="152"/>
        <source>Opening of the summary; a new line starts a new paragraph.</source>
        <translation>总结的开头部分，换行即另起一段。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="148"/>
        <source>Existing problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="154"/>
        <source>Tick the problems above to put them in the summary; add your own here, one per line.</source>
        <translation>勾选上面的问题写入总结；自己补充的问题写在这里，每行一条。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="158"/>
        <source>Suggested from this year&apos;s problems; edit freely. Numbering is added when the document is made.</source>
        <translation>根据本年度存在的问题自动建议，可自由修改。生成文档时会自动编号。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="174"/>
        <source>Restore suggestion</source>
        <translation>恢复建议内容</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="281"/>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="294"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="363"/>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="396"/>
        <source>The preview could not be made: {reason}</source>
        <translation>预览生成失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="423"/>
        <source>Export the annual summary</source>
        <translation>导出年度工作总结</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="425"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="431"/>
        <source>Export to Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="472"/>
        <source>Writing the annual summary…</source>
        <translation>正在生成年度工作总结…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_tab.py" line="455"/>
        <source>The summary was saved as
{path}

Open it now?</source>
        <translation>年度工作总结已保存为
{path}

是否现在打开？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/summary/summary_install.py" line="24"/>
        <source>Summary</source>
        <translation>年度总结</translation>
    </message>
</context>
<context>
    <name>TakenDialog</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="121"/>
        <source>%n package(s) imported.</source>
        <translation>
            <numerusform>%n 个数据包已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="123"/>
        <source>%n package(s) not imported; those townships&apos; data stays as it was.</source>
        <translation>
            <numerusform>%n 个数据包未导入，相应乡镇的数据保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="53"/>
        <source>Call back — villages concerned</source>
        <translation>叫应——选择涉及的村（社区）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="58"/>
        <source>Everyone active as village lead, responsible person or monitor in the ticked villages will be added to the call-back list.</source>
        <translation>所选村（社区）在岗的村（社区）应急负责人、包保责任人和群测群防监测员将全部加入叫应名单。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="73"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="74"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="88"/>
        <source>Add to call-back list</source>
        <translation>加入叫应名单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="114"/>
        <source>%n person(s) to call who are not on the list yet.</source>
        <translation>
            <numerusform>尚有 %n 人未在叫应名单中，将加入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="157"/>
        <source>Call back everyone…</source>
        <translation>一键叫应…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="161"/>
        <source>Add every village lead, responsible person and monitor of the villages concerned</source>
        <translation>把涉及村（社区）的应急负责人、包保责任人和监测员全部加入叫应名单</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="164"/>
        <source>Answered now (Y)</source>
        <translation>已应答 (Y)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="166"/>
        <source>No answer (N)</source>
        <translation>未应答 (N)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="134"/>
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="217"/>
        <source>Call back</source>
        <translation>叫应</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="229"/>
        <source>%n called</source>
        <translation>
            <numerusform>已叫应 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/registers/callbacks.py" line="229"/>
        <source>, %n answered</source>
        <translation>
            <numerusform>，已应答 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearCards</name>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="107"/>
        <source>Hazards found this year</source>
        <translation>本年排查隐患</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="108"/>
        <source>Hazards rectified</source>
        <translation>已整改隐患</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="109"/>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="110"/>
        <source>Drills held</source>
        <translation>开展演练</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="111"/>
        <source>Drill participants</source>
        <translation>演练参与人次</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="112"/>
        <source>Publicity and training events</source>
        <translation>宣传培训活动</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="113"/>
        <source>Duty log entries</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/overview/cards.py" line="121"/>
        <source>{year}, to date</source>
        <translation>{year}年截至目前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/overview/cards.py" line="130"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln 人次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="45"/>
        <source>Checking and importing %n package(s)…</source>
        <translation>
            <numerusform>正在检查并导入 %n 个数据包…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../emergency_desk/ui/widgets/unstorable_notice.py" line="24"/>
        <source>… and %n more record(s).</source>
        <translation>
            <numerusform>……另有 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DateLikeEditor</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/date_editors.py" line="86"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/app.py" line="162"/>
        <source>Emergency Desk</source>
        <translation>应急管理工作台</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/app.py" line="163"/>
        <source>The database could not be opened: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="24"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="25"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="26"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="27"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="28"/>
        <source>Deleted permanently</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="29"/>
        <source>Viewed ID numbers</source>
        <translation>查看身份证号</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/audit_text.py" line="30"/>
        <source>Exported ID numbers</source>
        <translation>导出身份证号</translation>
    </message>
</context>
<context>
    <name>backup_warning</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/backup_warning.py" line="24"/>
        <source>Every backup in the backups folder is damaged, the newest one being “{newest}”: none of them can be restored.

Back up the database now, to another drive as well, such as a USB stick (File › Back up to…).</source>
        <translation>备份文件夹中的备份都已损坏（最新的一个是“{newest}”），没有可以用来恢复的备份。

请立即备份数据库，并另外备份到U盘等其他存储设备（文件 › 备份到…）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/backup_warning.py" line="30"/>
        <source>The newest backup “{newest}” is damaged and cannot be restored. The newest backup that can be restored is “{good}”, which is older.

Do not delete “{good}”. If you need to restore, choose it. Back up the database now, to another drive as well, such as a USB stick (File › Back up to…).</source>
        <translation>最新的备份“{newest}”已损坏，无法用来恢复。目前可以恢复的最新备份是较早的“{good}”。

请不要删除“{good}”，如需恢复请选择它。请立即备份数据库，并另外备份到U盘等其他存储设备（文件 › 备份到…）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/backup_warning.py" line="45"/>
        <source>The newest backup is damaged</source>
        <translation>最新的备份已损坏</translation>
    </message>
</context>
<context>
    <name>county_package</name>
    <message>
        <location filename="../../emergency_desk/ui/county_package/county_menu.py" line="26"/>
        <source>Make a data &amp;package…</source>
        <translation>生成上报数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/county_menu.py" line="29"/>
        <source>&amp;Import township packages…</source>
        <translation>导入乡镇数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="31"/>
        <source>Make a data package</source>
        <translation>生成上报数据包</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="38"/>
        <source>The package cannot be made: {names} is not set. The county files each township&apos;s package under its area code and office name. Fill them in under Tools › Settings.</source>
        <translation>尚未设置{names}，无法生成上报数据包。区县按行政区划代码和单位名称归档各乡镇的数据包，请在“工具 › 设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="55"/>
        <source>Data package (*.edpkg)</source>
        <translation>上报数据包 (*.edpkg)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="68"/>
        <source>Writing “{file}”…</source>
        <translation>正在写入“{file}”…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="81"/>
        <source>Copy this file to a USB stick and hand it to the county emergency management bureau. It holds no ID numbers, audit log or deleted records.</source>
        <translation>请将该文件拷贝到U盘，报送区县应急管理局。数据包中不含身份证号、操作日志和已删除的记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/make_package.py" line="88"/>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/setting_needed.py" line="33"/>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="49"/>
        <source>Import township packages</source>
        <translation>导入乡镇数据包</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="64"/>
        <source>The county&apos;s “Area code” is not set, so a package cannot be checked as coming from this county. Fill it in under Tools › Settings.</source>
        <translation>尚未设置本区县的“行政区划代码”，无法核对数据包是否来自本县。请在“工具 › 设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="78"/>
        <source>Data packages (*.edpkg);;All files (*)</source>
        <translation>上报数据包 (*.edpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="128"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="129"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="130"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="145"/>
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/county_package/take_packages.py" line="150"/>
        <source>Imported package no. {n} of {date}</source>
        <translation>已导入第 {n} 号数据包（{date} 生成）</translation>
    </message>
</context>
<context>
    <name>data_safety</name>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="106"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="108"/>
        <source>Emergency Desk database (*.db)</source>
        <translation>应急管理工作台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="115"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="147"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="128"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="134"/>
        <source>The backup is complete and checked. It was saved as:
{path}</source>
        <translation>备份已完成并通过检查，保存为：
{path}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="171"/>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="186"/>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="447"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="172"/>
        <source>Restoring “{source}”…</source>
        <translation>正在从“{source}”恢复…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="192"/>
        <source>A database in memory cannot be restored into.</source>
        <translation>内存数据库不能从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="200"/>
        <source>Restore from</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="202"/>
        <source>Emergency Desk database (*.db);;All files (*)</source>
        <translation>应急管理工作台数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="217"/>
        <source>Replace the current database with “{source}”?

The current database is backed up first into the backups folder, so this can be undone.</source>
        <translation>确定要用“{source}”替换当前数据库吗？

替换前会先将当前数据库备份到备份文件夹，必要时可以还原。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="240"/>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="458"/>
        <source>Restored from “{source}”.</source>
        <translation>已从“{source}”恢复。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="244"/>
        <source>The previous database was saved as “{saved}”.</source>
        <translation>原数据库已另存为“{saved}”。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="277"/>
        <source>&amp;Back up to…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="280"/>
        <source>&amp;Restore from…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="289"/>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="294"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="350"/>
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="341"/>
        <source>Automatic backup saved: {name}</source>
        <translation>已自动备份：{name}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="383"/>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="396"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="384"/>
        <source>Your name, recorded with each change you make (can be changed in Settings):</source>
        <translation>请输入您的姓名，每次修改都会记录操作人（可在“设置”中修改）：</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/safety/data_safety.py" line="416"/>
        <source>Checking the database file…</source>
        <translation>正在检查数据库文件…</translation>
    </message>
</context>
<context>
    <name>duplicate_check</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="54"/>
        <source>Already recorded?</source>
        <translation>已有此记录？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="60"/>
        <source>A {noun} with {key} already exists.</source>
        <translation>已有{key}的{noun}。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="62"/>
        <source>A {noun} with {key} already exists: “{title}”.</source>
        <translation>已有{key}的{noun}：“{title}”。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="67"/>
        <source>Open the existing one, or save this one as well?</source>
        <translation>打开已有记录，还是仍然保存这一条？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="72"/>
        <source>Open it</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/duplicate_check.py" line="75"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>duty_quick_entry</name>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="352"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/registers/duty_quick_entry.py" line="353"/>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>这里输入的内容尚未保存，确定放弃吗？</translation>
    </message>
</context>
<context>
    <name>missing_database</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="25"/>
        <source>The database cannot be found</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="26"/>
        <source>The database used last time, “{path}”, cannot be found.</source>
        <translation>找不到上次使用的数据库“{path}”。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="33"/>
        <source>If it is on a USB stick or a network drive, plug the stick in or connect the drive, then choose Try again. If the drive letter has changed, choose Locate… and pick the file. Opening the default database shows other (often empty) registers.</source>
        <translation>如果数据库放在U盘或网络盘上，请插好U盘或连接网络盘后点“重试”；如果盘符变了，请点“查找…”选中该文件。打开默认数据库看到的是另一套台账（通常是空的）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="42"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="47"/>
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="52"/>
        <source>Open the default database</source>
        <translation>打开默认数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="86"/>
        <source>Locate the database</source>
        <translation>查找数据库文件</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/missing_database.py" line="88"/>
        <source>Emergency Desk database (*.db);;All files (*)</source>
        <translation>应急管理工作台数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>open_failure</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/open_failure.py" line="49"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/open_failure.py" line="66"/>
        <source>There is no backup of this database in the backups folder beside it, so there is nothing to restore. Backups of other databases are never offered.</source>
        <translation>该文件旁的备份文件夹中没有该数据库的备份，无法恢复。其他数据库的备份不会用来恢复此文件。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/open_failure.py" line="76"/>
        <source>The newest good backup is “{name}” from {when}. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>最近一份完好的备份是“{name}”（{when}）。是否从该备份恢复？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/open_failure.py" line="83"/>
        <source>Restore backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../emergency_desk/ui/shell/ops.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/shell/ops.py" line="289"/>
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
</context>
<context>
    <name>record_titles</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_titles.py" line="23"/>
        <source>{date} day shift</source>
        <translation>{date} 白班</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_titles.py" line="24"/>
        <source>{date} night shift</source>
        <translation>{date} 夜班</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/widgets/record_titles.py" line="25"/>
        <source>{date} 24-hour shift</source>
        <translation>{date} 24小时值班</translation>
    </message>
</context>
<context>
    <name>unstorable_notice</name>
    <message>
        <location filename="../../emergency_desk/ui/widgets/unstorable_notice.py" line="32"/>
        <source>The file was written, but some text held characters that a Word or Excel file cannot contain. They were left out of the file:</source>
        <translation>文件已保存，但以下记录中含有 Word 或 Excel 文件无法容纳的字符，文件中已将这些字符删去：</translation>
    </message>
</context>
</TS>
