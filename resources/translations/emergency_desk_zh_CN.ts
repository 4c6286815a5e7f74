<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/drill_dialog.py" line="30" />
        <source>Corrective actions</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="86" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="90" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="93" />
        <source>Recent &amp;files</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="101" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="106" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="108" />
        <source>&amp;About Emergency Desk</source>
        <translation>关于应急管理工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="125" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="131" />
        <source>About Emergency Desk</source>
        <translation>关于应急管理工作台</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="133" />
        <source>&lt;h3&gt;Emergency Desk {version}&lt;/h3&gt;&lt;p&gt;Registers of an emergency management office — plans, drills, hazards, material reserves, duty and publicity — and its annual work summary.&lt;/p&gt;&lt;p&gt;Works offline; the data stays in the database file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;应急管理工作台 {version}&lt;/h3&gt;&lt;p&gt;应急管理办公室的工作台账——应急预案、应急演练、隐患排查、应急物资、值班值守、宣传培训——以及年度工作总结。&lt;/p&gt;&lt;p&gt;离线运行，数据保存在数据库文件中：&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="143" />
        <source>Duty</source>
        <translation>值班值守</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="202" />
        <location filename="../../emergency_desk/ui/main_window.py" line="205" />
        <source>(in memory)</source>
        <translation>（内存数据库）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="206" />
        <source>Emergency Desk — {db}</source>
        <translation>应急管理工作台 — {db}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="209" />
        <source>{path} (read-only)</source>
        <translation>{path}（只读）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="242" />
        <location filename="../../emergency_desk/ui/main_window.py" line="249" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="250" />
        <source>“{path}” could not be opened: {reason}</source>
        <translation>无法打开“{path}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="269" />
        <location filename="../../emergency_desk/ui/main_window.py" line="282" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="271" />
        <source>Emergency Desk database (*.db)</source>
        <translation>应急管理工作台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="284" />
        <source>“{path}” already exists. Choose another name, or use File › Open database… to open it.</source>
        <translation>“{path}”已存在。请换一个文件名，或使用“文件 › 打开数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="294" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/main_window.py" line="296" />
        <source>Emergency Desk database (*.db);;All files (*)</source>
        <translation>应急管理工作台数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="210" />
        <source>Stock movements</source>
        <translation>出入库记录</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <location filename="../../emergency_desk/ui/materials_tab.py" line="95" />
        <source>Items of all reserve points</source>
        <translation>全部储备点的物资</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/materials_tab.py" line="99" />
        <source>Items at {point}</source>
        <translation>{point} 的物资</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../emergency_desk/ui/materials_tab.py" line="41" />
        <source>“{name}” still holds {n} items. Move or delete its items first.</source>
        <translation>“{name}”中还有 {n} 项物资，请先移走或删除这些物资。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="106" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="156" />
        <source>Recorded as the item's opening stock movement</source>
        <translation>登记为该物资的期初入库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="157" />
        <source>Opening quantity</source>
        <translation>期初数量</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="193" />
        <source>New record — {table}</source>
        <translation>新建{table}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="197" />
        <source>Edit {table} — {title}</source>
        <translation>编辑{table} — {title}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="237" />
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="265" />
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="281" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/record_form.py" line="282" />
        <source>The changes in this form have not been saved. Discard them?</source>
        <translation>本表单的修改尚未保存，确定放弃吗？</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../emergency_desk/ui/table_model.py" line="194" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/table_model.py" line="196" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="83" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="84" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="85" />
        <location filename="../../emergency_desk/ui/register_tab.py" line="458" />
        <location filename="../../emergency_desk/ui/register_tab.py" line="468" />
        <location filename="../../emergency_desk/ui/register_tab.py" line="480" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="95" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="126" />
        <source>Show all records again</source>
        <translation>恢复显示全部记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="133" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="208" />
        <source>{field}: all</source>
        <translation>{field}：全部</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="232" />
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="309" />
        <source>Selected records</source>
        <translation>选定的记录</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="365" />
        <source>Showing {shown} of {total}</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="371" />
        <source>No records yet.
Click “New” to add the first one.</source>
        <translation>还没有记录。
点击“新建”添加第一条。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="374" />
        <source>No records match the search and filters.</source>
        <translation>没有符合搜索和筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="414" />
        <source>Not found</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="414" />
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="462" />
        <source>Delete “{title}”?</source>
        <translation>确定删除“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="464" />
        <source>Delete the {n} selected records?</source>
        <translation>确定删除所选的 {n} 条记录吗？</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/register_tab.py" line="465" />
        <source>Deleted records go to the recycle bin and can be restored.</source>
        <translation>删除的记录进入回收站，可以恢复。</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="94" />
        <source>Record movement</source>
        <translation>登记出入库</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="96" />
        <source>Stocktake…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="99" />
        <source>Enter the counted quantity; the difference is recorded as an adjustment</source>
        <translation>输入实际盘点数量，差额记为盘点调整</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="131" />
        <source>Quantity out (−)</source>
        <translation>出库数量（−）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="131" />
        <source>Quantity in (+)</source>
        <translation>入库数量（+）</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="138" />
        <source>In stock: {quantity} {unit}</source>
        <translation>当前库存：{quantity} {unit}</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="174" />
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/material_dialog.py" line="175" />
        <source>Counted quantity:</source>
        <translation>实盘数量：</translation>
    </message>
</context>
<context>
    <name>SubRecordPanel</name>
    <message>
        <location filename="../../emergency_desk/ui/sub_records.py" line="66" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/sub_records.py" line="68" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/sub_records.py" line="70" />
        <location filename="../../emergency_desk/ui/sub_records.py" line="125" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/sub_records.py" line="126" />
        <source>Delete “{title}”?</source>
        <translation>确定删除“{title}”吗？</translation>
    </message>
</context>
<context>
    <name>_DateLikeEditor</name>
    <message>
        <location filename="../../emergency_desk/ui/field_editors.py" line="163" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../emergency_desk/ui/app.py" line="95" />
        <location filename="../../emergency_desk/ui/app.py" line="100" />
        <source>Emergency Desk</source>
        <translation>应急管理工作台</translation>
    </message>
    <message>
        <location filename="../../emergency_desk/ui/app.py" line="101" />
        <source>The database could not be opened: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
</context>
</TS>