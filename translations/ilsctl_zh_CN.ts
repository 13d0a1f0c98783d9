<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ilsctl</name>
    <message>
        <source>Created database %1 for %2, UTC offset %3 minutes.</source>
        <translation>已为 %2 创建数据库 %1，时区偏移 %3 分钟。</translation>
    </message>
    <message>
        <source>reader %1, item %2, level %3</source>
        <translation>读者类型 %1、文献类型 %2、馆级 %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>loan days</source>
        <translation>借期（天）</translation>
    </message>
    <message>
        <source>max loans</source>
        <translation>可借册数</translation>
    </message>
    <message>
        <source>renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <source>renewal days</source>
        <translation>续借天数</translation>
    </message>
    <message>
        <source>fine/day</source>
        <translation>每日滞纳金</translation>
    </message>
    <message>
        <source>grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>fine cap</source>
        <translation>滞纳金上限</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>max holds</source>
        <translation>预约上限</translation>
    </message>
    <message>
        <source>reader type</source>
        <translation>读者类型</translation>
    </message>
    <message>
        <source>item type</source>
        <translation>文献类型</translation>
    </message>
    <message>
        <source>level</source>
        <translation>馆级</translation>
    </message>
    <message>
        <source>(built-in default)</source>
        <translation>（内置默认）</translation>
    </message>
    <message>
        <source>Rule set for %1:</source>
        <translation>已设置规则：%1</translation>
    </message>
    <message>
        <source>every library of the county</source>
        <translation>全县所有图书馆</translation>
    </message>
    <message>
        <source>Closed on %1: %2. Due dates will skip this day.</source>
        <translation>%1 闭馆：%2。应还日期将避开这一天。</translation>
    </message>
    <message>
        <source>WEEKDAY: &apos;%1&apos; is not valid (expected 1 for Monday to 7 for Sunday)</source>
        <translation>WEEKDAY：“%1”无效（应为 1 表示周一至 7 表示周日）</translation>
    </message>
    <message>
        <source>Closed every weekday %1 (1 = Monday): %2.</source>
        <translation>每周第 %1 天闭馆（1 = 周一）：%2。</translation>
    </message>
    <message>
        <source>setting %1 is not set (the built-in default applies)</source>
        <translation>设置项 %1 未设置（使用内置默认值）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>only this library (default: all)</source>
        <translation>仅限该馆（默认：全部）</translation>
    </message>
    <message>
        <source>code of the county central library, e.g. 532622</source>
        <translation>县总馆代码，例如 532622</translation>
    </message>
    <message>
        <source>name of the county central library</source>
        <translation>县总馆名称</translation>
    </message>
    <message>
        <source>the county&apos;s time zone (default 480, UTC+8)</source>
        <translation>本县时区（默认 480，即 UTC+8）</translation>
    </message>
    <message>
        <source>GB/T 2260 division code of the county</source>
        <translation>本县的 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <source>Create the database and the county central library</source>
        <translation>创建数据库和县总馆</translation>
    </message>
    <message>
        <source>List the county&apos;s circulation rules</source>
        <translation>列出全县的流通规则</translation>
    </message>
    <message>
        <source>reader type, or * for any (default)</source>
        <translation>读者类型，* 表示任意（默认）</translation>
    </message>
    <message>
        <source>item type, or * for any (default)</source>
        <translation>文献类型，* 表示任意（默认）</translation>
    </message>
    <message>
        <source>library level, or * for any (default)</source>
        <translation>馆级，* 表示任意（默认）</translation>
    </message>
    <message>
        <source>loan period in days; 0: not lent</source>
        <translation>借期天数；0 表示不外借</translation>
    </message>
    <message>
        <source>most items on loan at once</source>
        <translation>同时可借的最多册数</translation>
    </message>
    <message>
        <source>how many times a loan may be renewed</source>
        <translation>可续借的次数</translation>
    </message>
    <message>
        <source>days a renewal adds</source>
        <translation>每次续借增加的天数</translation>
    </message>
    <message>
        <source>fine per day overdue, e.g. 0.10</source>
        <translation>逾期每日滞纳金，例如 0.10</translation>
    </message>
    <message>
        <source>days overdue before a fine</source>
        <translation>逾期多少天后开始收滞纳金</translation>
    </message>
    <message>
        <source>largest fine for one loan</source>
        <translation>单次借阅的滞纳金上限</translation>
    </message>
    <message>
        <source>whether such items may be reserved</source>
        <translation>此类文献是否可预约</translation>
    </message>
    <message>
        <source>most open holds per reader</source>
        <translation>每位读者的最多有效预约数</translation>
    </message>
    <message>
        <source>Set one row of the rule matrix (unnamed fields keep their values)</source>
        <translation>设置规则矩阵中的一行（未指定的字段保持原值）</translation>
    </message>
    <message>
        <source>Close a day (YYYY-MM-DD); no item falls due on it</source>
        <translation>设置闭馆日（YYYY-MM-DD）；应还日期不会落在这一天</translation>
    </message>
    <message>
        <source>Close a day of every week (1 = Monday … 7 = Sunday)</source>
        <translation>设置每周固定闭馆日（1 = 周一 … 7 = 周日）</translation>
    </message>
    <message>
        <source>Show a setting</source>
        <translation>显示一项设置</translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation>修改一项设置</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>选项 %1 重复给出</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不带参数值</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>选项 %1 需要参数值（%2）</translation>
    </message>
    <message>
        <source>the library where this happens</source>
        <translation>办理业务的图书馆</translation>
    </message>
    <message>
        <source>Lent: %1 %2 to %3, due %4.</source>
        <translation>已借出：%1 《%2》借给 %3，应还日期 %4。</translation>
    </message>
    <message>
        <source>This fills the reader&apos;s hold on the title.</source>
        <translation>该读者对此书的预约已满足。</translation>
    </message>
    <message>
        <source>ROUTE: reshelve</source>
        <translation>去向：上架</translation>
    </message>
    <message>
        <source>ROUTE: hold shelf for %1 until %2</source>
        <translation>去向：放预约架，留给 %1，保留至 %2</translation>
    </message>
    <message>
        <source>ROUTE: send to %1 for the hold of %2</source>
        <translation>去向：送往 %1，供 %2 预约取书</translation>
    </message>
    <message>
        <source>ROUTE: send to %1, its home library</source>
        <translation>去向：送回所属馆 %1</translation>
    </message>
    <message>
        <source>Returned: %1 %2 at %3.</source>
        <translation>已归还：%1 《%2》，还书地点 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Loan of %1 closed, %n day(s) overdue.</source>
        <translation>
            <numerusform>%1 的借阅已结束，逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan of %1 closed.</source>
        <translation>%1 的借阅已结束。</translation>
    </message>
    <message>
        <source>The item was not on loan.</source>
        <translation>该册原本未被借出。</translation>
    </message>
    <message>
        <source>FINE: %1 yuan charged to the borrower.</source>
        <translation>滞纳金：向借书人收取 %1 元。</translation>
    </message>
    <message>
        <source>Renewed: %1 for %2, due %3 (was %4), renewal %5.</source>
        <translation>已续借：%1（读者 %2），应还日期 %3（原为 %4），第 %5 次续借。</translation>
    </message>
    <message>
        <source>Lend an item to a reader</source>
        <translation>借书给读者</translation>
    </message>
    <message>
        <source>Take a returned item back; prints where it must go</source>
        <translation>还书；显示该书的去向</translation>
    </message>
    <message>
        <source>Renew a loan</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>the database (default: environment variable ILS_DB)</source>
        <translation>数据库文件（默认取环境变量 ILS_DB）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>who is acting, recorded in the outbox (default: ILS_OPERATOR, USER or ilsctl)</source>
        <translation>操作员，记入发件箱（默认：ILS_OPERATOR、USER 或 ilsctl）</translation>
    </message>
    <message>
        <source>language of messages (default: from LC_ALL, LC_MESSAGES, LANG)</source>
        <translation>提示语言（默认取自 LC_ALL、LC_MESSAGES、LANG）</translation>
    </message>
    <message>
        <source>show help, for the program or for a command</source>
        <translation>显示帮助（整个程序或某个命令）</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>environment ILS_NOW: &apos;%1&apos; is not a UTC time such as 2026-03-02T02:00:00Z</source>
        <translation>环境变量 ILS_NOW：“%1”不是 UTC 时间（例如 2026-03-02T02:00:00Z）</translation>
    </message>
    <message>
        <source>missing option %1</source>
        <translation>缺少选项 %1</translation>
    </message>
    <message>
        <source>missing option --db PATH (or set the environment variable ILS_DB)</source>
        <translation>缺少选项 --db PATH（或设置环境变量 ILS_DB）</translation>
    </message>
    <message>
        <source>cannot open database %1: no such file (create one with &apos;ilsctl init&apos;)</source>
        <translation>无法打开数据库 %1：文件不存在（请用 “ilsctl init” 创建）</translation>
    </message>
    <message>
        <source>database %1 already exists and is not empty; nothing was changed</source>
        <translation>数据库 %1 已存在且不为空；未做任何修改</translation>
    </message>
    <message>
        <source>demo generation failed: %1</source>
        <translation>生成演示数据失败：%1</translation>
    </message>
    <message>
        <source>Generated the demo county in %1 s:</source>
        <translation>已生成演示县，用时 %1 秒：</translation>
    </message>
    <message>
        <source>  %1 records, %2 items, %3 readers (%4 with a resident ID number)</source>
        <translation>  书目 %1 条，馆藏 %2 册，读者 %3 人（其中 %4 人登记了身份证号）</translation>
    </message>
    <message>
        <source>  %1 past loans, %2 open loans (%3 overdue), %4 holds, %5 fees</source>
        <translation>  历史借阅 %1 笔，在借 %2 笔（逾期 %3 笔），预约 %4 笔，费用 %5 笔</translation>
    </message>
    <message>
        <source>  %1: %2 s</source>
        <translation>  %1：%2 秒</translation>
    </message>
    <message>
        <source>how many items (copies)</source>
        <translation>馆藏册数</translation>
    </message>
    <message>
        <source>how many readers</source>
        <translation>读者人数</translation>
    </message>
    <message>
        <source>how many past loans; open loans come on top</source>
        <translation>历史借阅笔数；在借记录另计</translation>
    </message>
    <message>
        <source>how many titles (default: two for every five items)</source>
        <translation>书目种数（默认：每五册两种）</translation>
    </message>
    <message>
        <source>random seed; the same seed and ILS_NOW give the same data</source>
        <translation>随机种子；相同的种子和 ILS_NOW 生成相同的数据</translation>
    </message>
    <message>
        <source>Create a new database with a synthetic county, with Chinese titles and names</source>
        <translation>新建数据库并生成一个模拟县（中文书名和人名）</translation>
    </message>
    <message>
        <source>Paid %1 yuan for %2; still owes %3 yuan.</source>
        <translation>%2 已缴 %1 元；尚欠 %3 元。</translation>
    </message>
    <message>
        <source>Waived %1 yuan of fee #%2 for %3; %4 yuan of it outstanding.</source>
        <translation>已减免 %3 的费用 #%2 中的 %1 元；该笔尚欠 %4 元。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已减免</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No open fees.</source>
        <translation>没有未结费用。</translation>
    </message>
    <message>
        <source>%1 owes %2 yuan.</source>
        <translation>%1 共欠 %2 元。</translation>
    </message>
    <message>
        <source>Take a payment in yuan (e.g. 1.50); the oldest fees are settled first</source>
        <translation>收费，单位为元（例如 1.50）；先结清最早的费用</translation>
    </message>
    <message>
        <source>why it is waived</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>Waive part or all of a fee</source>
        <translation>减免一笔费用的部分或全部</translation>
    </message>
    <message>
        <source>List a reader&apos;s open fees</source>
        <translation>列出读者的未结费用</translation>
    </message>
    <message>
        <source>Usage: ilsctl COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>用法：ilsctl 命令 [参数] [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options for every command (they may appear anywhere):</source>
        <translation>所有命令通用的选项（可出现在任意位置）：</translation>
    </message>
    <message>
        <source>&apos;ilsctl COMMAND --help&apos; describes one command.</source>
        <translation>“ilsctl 命令 --help”显示某个命令的说明。</translation>
    </message>
    <message>
        <source>Usage: ilsctl %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>用法：ilsctl %1 命令 [参数] [选项]</translation>
    </message>
    <message>
        <source>Usage: ilsctl %1</source>
        <translation>用法：ilsctl %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>ilsctl %1
</source>
        <translation>ilsctl %1
</translation>
    </message>
    <message>
        <source>Hold #%1 placed on %2 for %3, number %4 in the queue; pickup at %5.</source>
        <translation>已为 %3 预约《%2》（预约 #%1），排第 %4 位；取书地点 %5。</translation>
    </message>
    <message>
        <source>Hold #%1 on %2 for %3 cancelled.</source>
        <translation>已取消 %3 对《%2》的预约 #%1。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>取书馆</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>No open holds.</source>
        <translation>没有有效预约。</translation>
    </message>
    <message>
        <source>where the reader will collect it</source>
        <translation>读者取书的图书馆</translation>
    </message>
    <message>
        <source>Reserve the title of an item for a reader</source>
        <translation>为读者预约某册所属的书目</translation>
    </message>
    <message>
        <source>Cancel a hold</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>List a reader&apos;s open holds</source>
        <translation>列出读者的有效预约</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，应还日期 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>  status:          %1</source>
        <translation>  状态：    %1</translation>
    </message>
    <message>
        <source>  owner:           %1</source>
        <translation>  所属馆：  %1</translation>
    </message>
    <message>
        <source>  current library: %1</source>
        <translation>  所在馆：  %1</translation>
    </message>
    <message>
        <source>  in transit to:   %1</source>
        <translation>  在途送往：%1</translation>
    </message>
    <message>
        <source>  loan:            %1</source>
        <translation>  借阅：    %1</translation>
    </message>
    <message>
        <source>  holds waiting:   %1</source>
        <translation>  等待预约：%1</translation>
    </message>
    <message>
        <source>  type:            %1</source>
        <translation>  类型：    %1</translation>
    </message>
    <message>
        <source>  call number:     %1</source>
        <translation>  索书号：  %1</translation>
    </message>
    <message>
        <source>the owning library</source>
        <translation>所属图书馆</translation>
    </message>
    <message>
        <source>title, for a new record</source>
        <translation>题名（新书目用）</translation>
    </message>
    <message>
        <source>ISBN; a record with this ISBN is reused</source>
        <translation>ISBN；已有相同 ISBN 的书目则直接使用</translation>
    </message>
    <message>
        <source>author, for a new record</source>
        <translation>责任者（新书目用）</translation>
    </message>
    <message>
        <source>publisher, for a new record</source>
        <translation>出版者（新书目用）</translation>
    </message>
    <message>
        <source>year of publication, for a new record</source>
        <translation>出版年（新书目用）</translation>
    </message>
    <message>
        <source>add a copy of this existing record</source>
        <translation>为这条已有书目添加复本</translation>
    </message>
    <message>
        <source>item type for the rules (default book)</source>
        <translation>文献类型，用于流通规则（默认 book）</translation>
    </message>
    <message>
        <source>call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Add a copy; prints the new barcode</source>
        <translation>新增一册馆藏；输出新分配的条码</translation>
    </message>
    <message>
        <source>Show an item: status, owner, where it is, its loan and holds</source>
        <translation>显示一册馆藏：状态、所属馆、所在位置、借阅和预约</translation>
    </message>
    <message>
        <source>Added %1, level %2, under %3.</source>
        <translation>已添加 %1，馆级 %2，上级为 %3。</translation>
    </message>
    <message>
        <source>%1 now sits under %2.</source>
        <translation>%1 的上级已改为 %2。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>There is no library %1.</source>
        <translation>没有图书馆 %1。</translation>
    </message>
    <message>
        <source>  level:    %1</source>
        <translation>  馆级：    %1</translation>
    </message>
    <message>
        <source>  parent:   %1</source>
        <translation>  上级：    %1</translation>
    </message>
    <message>
        <source>  division: %1</source>
        <translation>  区划代码：%1</translation>
    </message>
    <message>
        <source>  under it: %1</source>
        <translation>  下级：    %1</translation>
    </message>
    <message>
        <source>  %1 range: %2 – %3</source>
        <translation>  %1 号段：%2 – %3</translation>
    </message>
    <message>
        <source>province, prefecture, county, branch or point</source>
        <translation>province（省）、prefecture（地州）、county（县）、branch（分馆）或 point（流通点）</translation>
    </message>
    <message>
        <source>the library it belongs to</source>
        <translation>上级图书馆</translation>
    </message>
    <message>
        <source>GB/T 2260 division code, where it has one</source>
        <translation>GB/T 2260 行政区划代码（如有）</translation>
    </message>
    <message>
        <source>Add a library to the network</source>
        <translation>向网络中添加一个图书馆</translation>
    </message>
    <message>
        <source>Move a library under another one</source>
        <translation>把图书馆移到另一个上级之下</translation>
    </message>
    <message>
        <source>List the libraries</source>
        <translation>列出图书馆</translation>
    </message>
    <message>
        <source>Show a library, the libraries under it and its code ranges</source>
        <translation>显示图书馆、其下级馆和号段</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting to be sent to the central.</source>
        <translation>
            <numerusform>%n 条记录等待上传总馆。</numerusform>
        </translation>
    </message>
    <message>
        <source>only entries not yet acknowledged by the central</source>
        <translation>仅显示总馆尚未确认的记录</translation>
    </message>
    <message>
        <source>at most N entries (default 100)</source>
        <translation>最多 N 条（默认 100）</translation>
    </message>
    <message>
        <source>only entries after this sequence number</source>
        <translation>仅显示此序号之后的记录</translation>
    </message>
    <message>
        <source>List the outbox, oldest first</source>
        <translation>列出发件箱，最早的在前</translation>
    </message>
    <message>
        <source>ilsctl: error: %1</source>
        <translation>ilsctl：错误：%1</translation>
    </message>
    <message>
        <source>ilsctl: error [%1]: %2</source>
        <translation>ilsctl：错误 [%1]：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 – %3  %4  %5</source>
        <translation>%1 %2 – %3  %4  %5</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>未导入任何号段</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n range(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个号段。</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not valid (expected reader or item)</source>
        <translation>--kind：“%1”无效（应为 reader 或 item）</translation>
    </message>
    <message>
        <source>first</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>last</source>
        <translation>终止号</translation>
    </message>
    <message>
        <source>library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No code ranges.</source>
        <translation>没有号段。</translation>
    </message>
    <message>
        <source>%1 is not of this network: no code range holds it.</source>
        <translation>%1 不属于本网络：没有任何号段包含它。</translation>
    </message>
    <message>
        <source>reader card</source>
        <translation>读者证号</translation>
    </message>
    <message>
        <source>item barcode</source>
        <translation>文献条码</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%3 的%2</translation>
    </message>
    <message>
        <source>  range %1 – %2 (%3)</source>
        <translation>  号段 %1 – %2（%3）</translation>
    </message>
    <message>
        <source>Import a range table (TSV: kind first last library description); all or nothing</source>
        <translation>导入号段表（TSV：kind first last library description）；要么全部导入，要么都不导入</translation>
    </message>
    <message>
        <source>only ranges of this kind</source>
        <translation>仅显示此类号段</translation>
    </message>
    <message>
        <source>List the code ranges</source>
        <translation>列出号段</translation>
    </message>
    <message>
        <source>Tell which library and range a card number or barcode belongs to</source>
        <translation>查询读者证号或条码属于哪个图书馆和号段</translation>
    </message>
    <message>
        <source>  loans (%1):</source>
        <translation>  在借（%1）：</translation>
    </message>
    <message>
        <source>    %1 %2, due %3, lent at %4</source>
        <translation>    %1 《%2》，应还日期 %3，借出地点 %4</translation>
    </message>
    <message>
        <source>  holds (%1):</source>
        <translation>  预约（%1）：</translation>
    </message>
    <message>
        <source>    #%1 %2, pickup at %3, %4</source>
        <translation>    #%1 《%2》，取书地点 %3，%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>  type:         %1</source>
        <translation>  读者类型：%1</translation>
    </message>
    <message>
        <source>  home library: %1</source>
        <translation>  办证馆：  %1</translation>
    </message>
    <message>
        <source>  status:       %1</source>
        <translation>  状态：    %1</translation>
    </message>
    <message>
        <source>  card expires: %1</source>
        <translation>  有效期至：%1</translation>
    </message>
    <message>
        <source>  ID number:    %1</source>
        <translation>  身份证号：%1</translation>
    </message>
    <message>
        <source>  deposit:      %1</source>
        <translation>  押金：    %1</translation>
    </message>
    <message>
        <source>  owes:         %1</source>
        <translation>  欠费：    %1</translation>
    </message>
    <message>
        <source>card</source>
        <translation>读者证号</translation>
    </message>
    <message>
        <source>home library</source>
        <translation>办证馆</translation>
    </message>
    <message>
        <source>No readers.</source>
        <translation>没有读者。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的状态已改为：%2。</translation>
    </message>
    <message>
        <source> Reason: %1</source>
        <translation> 原因：%1</translation>
    </message>
    <message>
        <source>the library issuing the card</source>
        <translation>办证的图书馆</translation>
    </message>
    <message>
        <source>the reader&apos;s name</source>
        <translation>读者姓名</translation>
    </message>
    <message>
        <source>reader type for the rules (default adult)</source>
        <translation>读者类型，用于流通规则（默认 adult）</translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation>18 位居民身份证号码</translation>
    </message>
    <message>
        <source>deposit paid, e.g. 100.00</source>
        <translation>已交押金，例如 100.00</translation>
    </message>
    <message>
        <source>Register a reader; prints the new card number</source>
        <translation>办理读者证；输出新分配的证号</translation>
    </message>
    <message>
        <source>show the resident ID number unmasked</source>
        <translation>显示完整的身份证号码</translation>
    </message>
    <message>
        <source>Show a reader with loans, holds and what they owe</source>
        <translation>显示读者信息、在借、预约和欠费</translation>
    </message>
    <message>
        <source>List readers</source>
        <translation>列出读者</translation>
    </message>
    <message>
        <source>why the reader is blocked</source>
        <translation>停借原因</translation>
    </message>
    <message>
        <source>Block a reader from borrowing</source>
        <translation>停止读者借阅权限</translation>
    </message>
    <message>
        <source>Let a reader borrow again</source>
        <translation>恢复读者借阅权限</translation>
    </message>
    <message>
        <source>a note, e.g. who reported it</source>
        <translation>备注，例如挂失人</translation>
    </message>
    <message>
        <source>Report a reader&apos;s card lost</source>
        <translation>读者证挂失</translation>
    </message>
    <message>
        <source>There is no such library.</source>
        <translation>没有这个图书馆。</translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation>没有持此证的读者。</translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation>该读者已被停借。</translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation>此证已挂失。</translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation>读者证已过期。</translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation>读者已达到可借册数上限。</translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation>读者欠费过多。</translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation>没有此条码的馆藏。</translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation>此类文献在本馆不外借。</translation>
    </message>
    <message>
        <source>The item is not available for loan.</source>
        <translation>该册目前不能外借。</translation>
    </message>
    <message>
        <source>The item is already on loan to another reader.</source>
        <translation>该册已借给其他读者。</translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation>该读者已借有此书。</translation>
    </message>
    <message>
        <source>The item is held for another reader.</source>
        <translation>该册已为其他读者预留。</translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation>该册未被借出。</translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation>已达到续借次数上限。</translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation>有其他读者在预约等待此书。</translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation>此类文献不能预约。</translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation>读者已达到预约上限。</translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation>该读者已预约过此书。</translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation>没有这条有效预约。</translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation>没有这笔费用。</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>金额无效。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <source>The code range is used up.</source>
        <translation>号段已用完。</translation>
    </message>
    <message>
        <source>The library has no code range for this.</source>
        <translation>该馆没有可用的号段。</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid (expected %3)</source>
        <translation>%1：“%2”无效（应为 %3）</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>正整数</translation>
    </message>
    <message>
        <source>a whole number of minutes, such as 480 for UTC+8</source>
        <translation>整数分钟数，例如 UTC+8 为 480</translation>
    </message>
    <message>
        <source>an amount in yuan with at most 2 decimals, such as 1.50</source>
        <translation>以元为单位、最多两位小数的金额，例如 1.50</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01</source>
        <translation>日期，例如 2026-05-01</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes 或 no</translation>
    </message>
    <message>
        <source>available</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>on the hold shelf</source>
        <translation>在预约架上</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>in processing</source>
        <translation>加工中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>card reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>停借</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>copy in transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>待取</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已取</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省馆</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>地州馆</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县馆</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分馆</translation>
    </message>
    <message>
        <source>point</source>
        <translation>流通点</translation>
    </message>
    <message>
        <source>no command given; &apos;ilsctl --help&apos; lists the commands</source>
        <translation>未给出命令；“ilsctl --help”列出所有命令</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; &apos;ilsctl --help&apos; lists the commands</source>
        <translation>未知命令“%1”；“ilsctl --help”列出所有命令</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of its commands; &apos;ilsctl %1 --help&apos; lists them</source>
        <translation>“%1”后面需要跟子命令；“ilsctl %1 --help”列出这些命令</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;ilsctl %2&apos;</source>
        <translation>“ilsctl %2”没有选项 %1</translation>
    </message>
    <message>
        <source>missing option %1 %2 (usage: ilsctl %3)</source>
        <translation>缺少选项 %1 %2（用法：ilsctl %3）</translation>
    </message>
    <message>
        <source>missing argument %1 (usage: ilsctl %2)</source>
        <translation>缺少参数 %1（用法：ilsctl %2）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: ilsctl %2)</source>
        <translation>多余的参数“%1”（用法：ilsctl %2）</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation>--lang：“%1”无效（应为 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>Added %1, level %2.</source>
        <translation>已添加 %1，馆级 %2。</translation>
    </message>
    <message>
        <source>show resident ID numbers in payloads unmasked</source>
        <translation>显示内容中完整的身份证号码</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>No hold on the shelf has expired.</source>
        <translation>预约架上没有过期的预约。</translation>
    </message>
    <message>
        <source>Take these copies off the hold shelf and check them in again:</source>
        <translation>请将下列图书从预约架取下并重新还回：</translation>
    </message>
    <message>
        <source>the library whose hold shelf is checked</source>
        <translation>要检查预约架的图书馆</translation>
    </message>
    <message>
        <source>Expire holds left on the hold shelf past their date</source>
        <translation>使超过保留期仍在预约架上的预约失效</translation>
    </message>
    <message>
        <source>#%1  %2  %3 seq %4  %5 at %6</source>
        <translation>#%1  %2  %3 序号 %4  %5，地点 %6</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1：%2</translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation>没有异常记录。</translation>
    </message>
    <message>
        <source>only entries after this id (to page on)</source>
        <translation>只列出编号大于此值的记录（用于翻页）</translation>
    </message>
    <message>
        <source>at most N entries (default 1000)</source>
        <translation>最多 N 条（默认 1000）</translation>
    </message>
    <message>
        <source>List the exceptions report: rules broken by operations done offline</source>
        <translation>列出异常报告：离线办理的业务违反了哪些规则</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 storage failure, 2 bad input or refused by the rules, 3 not found, 4 could not reach the central or the sync failed.
Environment: ILS_DB (the database), ILS_NOW (fixes the clock, e.g. 2026-03-02T02:00:00Z), ILS_OPERATOR.
</source>
        <translation>退出状态：0 完成，1 存储故障，2 输入有误或被规则拒绝，3 未找到，4 无法连接总馆或同步失败。
环境变量：ILS_DB（数据库），ILS_NOW（固定时钟，例如 2026-03-02T02:00:00Z），ILS_OPERATOR。
</translation>
    </message>
    <message>
        <source>Administration of the county library network: libraries, code ranges, readers, items, circulation, rules, the outbox and replication with the central.</source>
        <translation>县域图书馆总分馆网络的管理工具：图书馆、号段、读者、馆藏、流通、规则、发件箱以及与总馆的数据同步。</translation>
    </message>
    <message>
        <source>waiting for enrolment</source>
        <translation>等待注册</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>this database is the replica of an enrolled node; nodes are managed on the central&apos;s database</source>
        <translation>此数据库是已注册节点的副本；节点只能在总馆数据库上管理</translation>
    </message>
    <message>
        <source>--valid-days: a token must be valid for at least one day</source>
        <translation>--valid-days：注册令牌的有效期至少为一天</translation>
    </message>
    <message>
        <source>Added node %1 (number %2) for %3.</source>
        <translation>已为 %3 添加节点 %1（编号 %2）。</translation>
    </message>
    <message>
        <source>Enrolment token (shown once, valid until %1): %2</source>
        <translation>注册令牌（仅显示一次，有效期至 %1）：%2</translation>
    </message>
    <message>
        <source>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 --token %1</source>
        <translation>在节点上执行：ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 --token %1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>last seq</source>
        <translation>最后序号</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>没有节点。</translation>
    </message>
    <message>
        <source>there is no node %1 (&apos;ilsctl nodes&apos; lists them)</source>
        <translation>没有节点 %1（“ilsctl nodes”列出所有节点）</translation>
    </message>
    <message>
        <source>Node %1 is revoked: the central refuses its credentials from now on.</source>
        <translation>节点 %1 已撤销：总馆从现在起拒绝它的凭据。</translation>
    </message>
    <message>
        <source>List the nodes: status, last contact, backlog (central)</source>
        <translation>列出节点：状态、最近联系时间、待上传数（总馆）</translation>
    </message>
    <message>
        <source>the library the node works for</source>
        <translation>节点所服务的图书馆</translation>
    </message>
    <message>
        <source>a name for the node, e.g. the desk it serves</source>
        <translation>节点名称，例如它所在的服务台</translation>
    </message>
    <message>
        <source>days the enrolment token stays valid (default 7)</source>
        <translation>注册令牌的有效天数（默认 7）</translation>
    </message>
    <message>
        <source>Register a node at the central; prints its one-time enrolment token</source>
        <translation>在总馆登记一个节点；输出一次性注册令牌</translation>
    </message>
    <message>
        <source>Revoke a node&apos;s credentials (central)</source>
        <translation>撤销节点的凭据（总馆）</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --title, --author, --publisher, --year, --isbn, --clc</source>
        <translation>没有要修改的内容：请至少给出 --title、--author、--publisher、--year、--isbn、--clc 之一</translation>
    </message>
    <message>
        <source>Record %1 edited: %2</source>
        <translation>书目 %1 已修改：%2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>the new title</source>
        <translation>新题名</translation>
    </message>
    <message>
        <source>the new author</source>
        <translation>新责任者</translation>
    </message>
    <message>
        <source>the new publisher</source>
        <translation>新出版者</translation>
    </message>
    <message>
        <source>the new year of publication</source>
        <translation>新出版年</translation>
    </message>
    <message>
        <source>the new ISBN</source>
        <translation>新 ISBN</translation>
    </message>
    <message>
        <source>the new Chinese Library Classification class</source>
        <translation>新中图法分类号</translation>
    </message>
    <message>
        <source>Edit a bibliographic record; unnamed fields keep their values</source>
        <translation>修改书目记录；未指定的字段保持原值</translation>
    </message>
    <message>
        <source>The same copy was lent twice while offline.</source>
        <translation>同一册书在离线期间被借出两次。</translation>
    </message>
    <message>
        <source>The copy was returned before its loan reached the central.</source>
        <translation>该册的借阅记录到达总馆之前，书已被归还。</translation>
    </message>
    <message>
        <source>The loan was already closed at the central.</source>
        <translation>该笔借阅在总馆已经结束。</translation>
    </message>
    <message>
        <source>A return arrived that is older than the open loan.</source>
        <translation>收到的还书记录早于当前的在借记录。</translation>
    </message>
    <message>
        <source>The central routes the copy differently from the desk.</source>
        <translation>总馆对该册的去向与服务台不同。</translation>
    </message>
    <message>
        <source>The record was edited at two places.</source>
        <translation>该书目在两处被同时修改。</translation>
    </message>
    <message>
        <source>This node may not do that.</source>
        <translation>此节点无权进行该操作。</translation>
    </message>
    <message>
        <source>The operation is not known.</source>
        <translation>未知的业务类型。</translation>
    </message>
    <message>
        <source>The operation&apos;s data is malformed.</source>
        <translation>业务数据格式有误。</translation>
    </message>
    <message>
        <source>--fingerprint: &apos;%1&apos; is not valid (expected the SHA-256 fingerprint of the central&apos;s certificate: 64 hex digits, colons allowed)</source>
        <translation>--fingerprint：“%1”无效（应为总馆证书的 SHA-256 指纹：64 位十六进制数字，可含冒号）</translation>
    </message>
    <message>
        <source>database %1 already exists; enrolment creates a new node database, give a new path</source>
        <translation>数据库 %1 已存在；注册会新建节点数据库，请给出新的路径</translation>
    </message>
    <message>
        <source>the central refused the enrolment: %1</source>
        <translation>总馆拒绝了注册：%1</translation>
    </message>
    <message>
        <source>enrolment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Enrolled as node %1 (number %2) for %3.</source>
        <translation>已注册为%3的节点 %1（编号 %2）。</translation>
    </message>
    <message>
        <source>Replica %1 made from the central&apos;s snapshot: %2 bytes (%3 compressed), change number %4, in %5 s.</source>
        <translation>已从总馆快照建立副本 %1：%2 字节（压缩后 %3 字节），变更号 %4，用时 %5 秒。</translation>
    </message>
    <message>
        <source>this database is not an enrolled node; enrol it first with &apos;ilsctl enrol&apos;</source>
        <translation>此数据库不是已注册的节点；请先用“ilsctl enrol”注册</translation>
    </message>
    <message>
        <source>sync failed after %1 operation(s) pushed and %2 change(s) pulled: %3</source>
        <translation>同步失败（已上传 %1 笔业务，已下载 %2 条变更）：%3</translation>
    </message>
    <message>
        <source>Pushed %1 operation(s): %2 applied, %3 applied with exceptions, %4 rejected.</source>
        <translation>已上传 %1 笔业务：%2 笔已应用，%3 笔已应用但有异常，%4 笔被拒绝。</translation>
    </message>
    <message>
        <source>Pulled %1 change(s); the replica is at change number %2.</source>
        <translation>已下载 %1 条变更；副本现处于变更号 %2。</translation>
    </message>
    <message>
        <source>%1 operation(s) still waiting in the outbox. Done in %2 s.</source>
        <translation>发件箱中还有 %1 笔业务等待上传。用时 %2 秒。</translation>
    </message>
    <message>
        <source>where the central&apos;s ils-central listens</source>
        <translation>总馆 ils-central 的监听地址</translation>
    </message>
    <message>
        <source>the SHA-256 fingerprint of the central&apos;s certificate</source>
        <translation>总馆证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>the one-time token from &apos;ilsctl node add&apos;</source>
        <translation>“ilsctl node add”给出的一次性令牌</translation>
    </message>
    <message>
        <source>a name for this node, e.g. the desk it serves</source>
        <translation>本节点的名称，例如它所在的服务台</translation>
    </message>
    <message>
        <source>Make --db (a new file) a node&apos;s replica, from the central&apos;s snapshot; stores the node&apos;s credentials</source>
        <translation>用总馆快照把 --db（一个新文件）建成节点副本，并保存节点凭据</translation>
    </message>
    <message>
        <source>the central&apos;s address for this run (default: as enrolled)</source>
        <translation>本次使用的总馆地址（默认：注册时的地址）</translation>
    </message>
    <message>
        <source>the certificate fingerprint to expect for this run (default: as enrolled)</source>
        <translation>本次要求的证书指纹（默认：注册时的指纹）</translation>
    </message>
    <message>
        <source>Push the outbox to the central, pull its changes, and report</source>
        <translation>把发件箱上传到总馆，下载总馆的变更，并报告结果</translation>
    </message>
    <message>
        <source>HOST:PORT, such as 192.168.1.10:7443</source>
        <translation>HOST:PORT，例如 192.168.1.10:7443</translation>
    </message>
    <message>
        <source>there is no record %1</source>
        <translation>没有书目记录 %1</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>没有这个工作人员账号。</translation>
    </message>
    <message>
        <source>A staff account with this username already exists.</source>
        <translation>已有使用该用户名的工作人员账号。</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins.</source>
        <translation>登录失败次数过多，账号已被锁定。</translation>
    </message>
    <message>
        <source>The staff account has been deactivated.</source>
        <translation>该工作人员账号已停用。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>cataloguer</source>
        <translation>编目员</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>流通</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not valid (expected administrator, cataloguer, circulation or kiosk)</source>
        <translation>--role：“%1”无效（应为 administrator、cataloguer、circulation 或 kiosk）</translation>
    </message>
    <message>
        <source>no password: standard input ended</source>
        <translation>没有密码：标准输入已结束</translation>
    </message>
    <message>
        <source>standard input is not a terminal: give the password with --password-stdin</source>
        <translation>标准输入不是终端：请用 --password-stdin 提供密码</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <source>Added %1, %2 at %3.</source>
        <translation>已添加%2账号 %1，所在馆：%3。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No staff accounts.</source>
        <translation>没有工作人员账号。</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer log in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (default: a prompt)</source>
        <translation>从标准输入的第一行读取密码（默认：提示输入）</translation>
    </message>
    <message>
        <source>the staff member&apos;s name as shown</source>
        <translation>工作人员显示的姓名</translation>
    </message>
    <message>
        <source>administrator, cataloguer, circulation or kiosk</source>
        <translation>administrator（管理员）、cataloguer（编目员）、circulation（流通）或 kiosk（自助机）</translation>
    </message>
    <message>
        <source>the library the staff member works at</source>
        <translation>工作人员所在的图书馆</translation>
    </message>
    <message>
        <source>Add a staff account for the desk (at the central; it replicates to the nodes)</source>
        <translation>添加借还台工作人员账号（在总馆操作；会同步到各节点）</translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation>列出工作人员账号</translation>
    </message>
    <message>
        <source>Set a staff member&apos;s password (and lift a lock-out)</source>
        <translation>设置工作人员的密码（并解除锁定）</translation>
    </message>
    <message>
        <source>Deactivate a staff account: it can no longer log in</source>
        <translation>停用工作人员账号：之后不能再登录</translation>
    </message>
    <message>
        <source>this is a training database (practice mode); its transactions never sync</source>
        <translation>这是练习模式的数据库；其中的业务永不同步</translation>
    </message>
    <message>
        <source>HEX: &apos;%1&apos; at character %2 is not a hexadecimal digit</source>
        <translation>HEX：第 %2 个字符“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>HEX: no hexadecimal digits</source>
        <translation>HEX：没有十六进制数字</translation>
    </message>
    <message>
        <source>HEX: an odd number of hexadecimal digits (%1)</source>
        <translation>HEX：十六进制数字的个数是奇数（%1 个）</translation>
    </message>
    <message>
        <source>--model: &apos;%1&apos; is not valid (expected 2 or 3)</source>
        <translation>--model：“%1”无效（应为 2 或 3）</translation>
    </message>
    <message>
        <source>blank tag</source>
        <translation>空白标签</translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation>数据提前结束</translation>
    </message>
    <message>
        <source>a length that cannot be right</source>
        <translation>长度不可能正确</translation>
    </message>
    <message>
        <source>the checksum does not match</source>
        <translation>校验码不符</translation>
    </message>
    <message>
        <source>not library tag data of ISO 28560-2 or ISO 28560-3</source>
        <translation>不是 ISO 28560-2 或 ISO 28560-3 的图书馆标签数据</translation>
    </message>
    <message>
        <source>a data element breaks its rules</source>
        <translation>某个数据元素不符合规则</translation>
    </message>
    <message>
        <source>a form this program does not read</source>
        <translation>本程序不支持读取的格式</translation>
    </message>
    <message>
        <source>acquisition item</source>
        <translation>采访中的文献</translation>
    </message>
    <message>
        <source>item for circulation</source>
        <translation>可流通文献</translation>
    </message>
    <message>
        <source>item not for circulation</source>
        <translation>不可流通文献</translation>
    </message>
    <message>
        <source>discarded item</source>
        <translation>已剔除文献</translation>
    </message>
    <message>
        <source>patron card</source>
        <translation>读者证</translation>
    </message>
    <message>
        <source>library equipment</source>
        <translation>图书馆设备</translation>
    </message>
    <message>
        <source>other or local use</source>
        <translation>其他或本地使用</translation>
    </message>
    <message>
        <source>--usage: &apos;%1&apos; is not valid (expected circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hexadecimal digits such as 12)</source>
        <translation>--usage：“%1”无效（应为 circulating、not-circulating、acquisition、discarded、patron-card、equipment，或两位十六进制数字，如 12）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from 1 to 9999</source>
        <translation>%1：“%2”不是 1 到 9999 之间的整数</translation>
    </message>
    <message>
        <source>shelf location</source>
        <translation>排架位置</translation>
    </message>
    <message>
        <source>ONIX media format</source>
        <translation>ONIX 载体形态</translation>
    </message>
    <message>
        <source>MARC media format</source>
        <translation>MARC 载体形态</translation>
    </message>
    <message>
        <source>supplier identifier</source>
        <translation>供应商标识</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>ILL borrowing institution</source>
        <translation>馆际互借借入机构</translation>
    </message>
    <message>
        <source>ILL borrowing transaction number</source>
        <translation>馆际互借借入事务号</translation>
    </message>
    <message>
        <source>GS1 product identifier</source>
        <translation>GS1 产品标识</translation>
    </message>
    <message>
        <source>alternative unique item identifier</source>
        <translation>备用唯一文献标识</translation>
    </message>
    <message>
        <source>local data A</source>
        <translation>本地数据 A</translation>
    </message>
    <message>
        <source>local data B</source>
        <translation>本地数据 B</translation>
    </message>
    <message>
        <source>local product identifier</source>
        <translation>本地产品标识</translation>
    </message>
    <message>
        <source>media format (other)</source>
        <translation>载体形态（其他）</translation>
    </message>
    <message>
        <source>supply chain stage</source>
        <translation>供应链阶段</translation>
    </message>
    <message>
        <source>supplier invoice number</source>
        <translation>供应商发票号</translation>
    </message>
    <message>
        <source>alternative item identifier</source>
        <translation>备用文献标识</translation>
    </message>
    <message>
        <source>alternative owner institution</source>
        <translation>备用所属机构</translation>
    </message>
    <message>
        <source>subsidiary of the owner institution</source>
        <translation>所属机构的下属单位</translation>
    </message>
    <message>
        <source>alternative ILL borrowing institution</source>
        <translation>备用馆际互借借入机构</translation>
    </message>
    <message>
        <source>local data C</source>
        <translation>本地数据 C</translation>
    </message>
    <message>
        <source>extension block %1</source>
        <translation>扩展块 %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>数据元素 %1</translation>
    </message>
    <message>
        <source>The tag is blank: nothing has been written to it.</source>
        <translation>标签是空白的：尚未写入任何数据。</translation>
    </message>
    <message>
        <source>The tag cannot be read at byte %1: %2 (%3).</source>
        <translation>标签无法读取，问题在第 %1 字节：%2（%3）。</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>数据模型：%1</translation>
    </message>
    <message>
        <source>Primary item identifier: %1</source>
        <translation>主标识符（条码号）：%1</translation>
    </message>
    <message>
        <source>Owner library (ISIL): %1</source>
        <translation>所属馆（ISIL）：%1</translation>
    </message>
    <message>
        <source>Set: part %1 of %2</source>
        <translation>套件：共 %2 件中的第 %1 件</translation>
    </message>
    <message>
        <source>Type of usage: %1 (%2)</source>
        <translation>用途类型：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--model is required: 2 or 3</source>
        <translation>必须给出 --model：2 或 3</translation>
    </message>
    <message>
        <source>--part %1 is more than --parts %2</source>
        <translation>--part %1 大于 --parts %2</translation>
    </message>
    <message>
        <source>The data does not fit %1: %2.</source>
        <translation>数据无法按 %1 写入：%2。</translation>
    </message>
    <message>
        <source>read as ISO 28560-2 or -3 (default: detect)</source>
        <translation>按 ISO 28560-2 或 -3 读取（默认：自动识别）</translation>
    </message>
    <message>
        <source>Show what an RFID tag&apos;s memory holds (hex, spaces allowed)</source>
        <translation>显示 RFID 标签存储区的内容（十六进制，可含空格）</translation>
    </message>
    <message>
        <source>ISO 28560-2 or ISO 28560-3</source>
        <translation>ISO 28560-2 或 ISO 28560-3</translation>
    </message>
    <message>
        <source>the primary item identifier (the item&apos;s barcode)</source>
        <translation>主标识符（文献的条码号）</translation>
    </message>
    <message>
        <source>the owner library&apos;s ISIL, e.g. CN-530000-1</source>
        <translation>所属馆的 ISIL，如 CN-530000-1</translation>
    </message>
    <message>
        <source>the number of parts in the set (with --part)</source>
        <translation>套件的总件数（与 --part 一起使用）</translation>
    </message>
    <message>
        <source>which part this tag is on (with --parts)</source>
        <translation>本标签所在的是第几件（与 --parts 一起使用）</translation>
    </message>
    <message>
        <source>type of usage: circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hex digits</source>
        <translation>用途类型：circulating、not-circulating、acquisition、discarded、patron-card、equipment 或两位十六进制数字</translation>
    </message>
    <message>
        <source>Print the tag memory (hex) for an item</source>
        <translation>输出一件文献的标签存储内容（十六进制）</translation>
    </message>
    <message>
        <source>Nothing from --offset %1: there are %2 rows.</source>
        <translation>--offset %1 之后没有内容：共 %2 行。</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3; use --offset %2 for the next ones.</source>
        <translation>第 %1–%2 行，共 %3 行；用 --offset %2 查看后面的。</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3.</source>
        <translation>第 %1–%2 行，共 %3 行。</translation>
    </message>
    <message>
        <source>skip the first N rows</source>
        <translation>跳过前 N 行</translation>
    </message>
    <message>
        <source>show at most N rows (default 1000)</source>
        <translation>最多显示 N 行（默认 1000）</translation>
    </message>
    <message>
        <source>Only the first %1 shown; use --after %2 for the next ones.</source>
        <translation>只显示了前 %1 条；用 --after %2 查看后面的。</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Everything saved before is safe; free some disk space and try again.</source>
        <translation>磁盘已满，最后这次更改没有保存。已保存的记录不会丢失；请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>--reveal-id works only at the central: a branch keeps resident ID numbers masked and hashed, never in full</source>
        <translation>--reveal-id 只能在总馆使用：分馆只保存经过遮掩和加密散列的身份证号，从不保存完整号码</translation>
    </message>
    <message>
        <source>%1 cannot be changed: every reader&apos;s resident ID hash depends on it</source>
        <translation>%1 不能更改：每位读者身份证号的散列值都依赖于它</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, checked; up to change number %4).</source>
        <translation>已将 %1 备份到 %2（%3 MB，已校验；截至变更号 %4）。</translation>
    </message>
    <message>
        <source>restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (up to change number %3).</source>
        <translation>已从 %2 恢复 %1（截至变更号 %3）。</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Nodes registered after the backup, kept from the replaced database: %1.</source>
        <translation>备份之后登记的节点，已从被替换的数据库中保留：%1。</translation>
    </message>
    <message>
        <source>Start ils-central again: at its next sync each node sends again what the backup lacks and rebuilds its replica from the central&apos;s snapshot.</source>
        <translation>请重新启动 ils-central：各节点在下次同步时会重新发送备份中缺少的业务，并按总馆快照重建本地副本。</translation>
    </message>
    <message>
        <source>the backup file to write (replaced if it exists)</source>
        <translation>要写入的备份文件（已存在则覆盖）</translation>
    </message>
    <message>
        <source>Copy the central&apos;s database consistently, also while ils-central runs</source>
        <translation>一致地复制总馆数据库（ils-central 运行时也可以）</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>Replace the central&apos;s database by a backup (stop ils-central first)</source>
        <translation>用备份替换总馆数据库（须先停止 ils-central）</translation>
    </message>
    <message>
        <source>The central was restored from a backup: %1 operation(s) it lacked were sent again, and this replica was rebuilt from the central&apos;s snapshot.</source>
        <translation>总馆已从备份恢复：已重新发送总馆缺少的 %1 笔业务，并已按总馆快照重建本地副本。</translation>
    </message>
    <message>
        <source>Operations %1 to %2 of node %3 are recorded as lost; the node continues after %2.</source>
        <translation>节点 %3 的第 %1 至 %2 笔业务已记为丢失；该节点从 %2 之后继续。</translation>
    </message>
    <message>
        <source>the last lost sequence number</source>
        <translation>丢失的最后一个序号</translation>
    </message>
    <message>
        <source>After a restore: accept that a node&apos;s operations up to SEQ are lost, which it no longer keeps (central)</source>
        <translation>恢复之后：确认某节点截至 SEQ 的业务已丢失（节点已不再保留）（总馆）</translation>
    </message>
    <message>
        <source>The item is not available for loan: %1.</source>
        <translation>该册目前不能外借：%1。</translation>
    </message>
    <message>
        <source>for a lost item found, when the county&apos;s lost_charge is ask: refund its charge or keep it</source>
        <translation>丢失图书找回时，若全县的 lost_charge 设为 ask：refund 退还赔偿，keep 不退</translation>
    </message>
    <message>
        <source>ROUTE: to the cataloguers (not catalogued yet; it stays in processing)</source>
        <translation>去向：交编目人员（此书尚未编目，仍为加工中）</translation>
    </message>
    <message>
        <source>ROUTE: keep off the shelf (withdrawn; it stays withdrawn)</source>
        <translation>去向：不要上架（此书已剔除，仍为已剔除）</translation>
    </message>
    <message>
        <source>--lost-charge must be refund or keep, not &apos;%1&apos;</source>
        <translation>--lost-charge 应为 refund 或 keep，而不是“%1”</translation>
    </message>
    <message>
        <source>FOUND: the item was registered as lost and has now been found.</source>
        <translation>找回：此书曾登记为丢失，现已找回。</translation>
    </message>
    <message>
        <source>REFUND: %1 yuan to %2; the lost-item charge is cancelled.</source>
        <translation>退款：退还 %2 %1 元；丢失赔偿已取消。</translation>
    </message>
    <message>
        <source>The lost-item charge of %1 stays (%2 yuan).</source>
        <translation>%1 的丢失赔偿保持不变（%2 元）。</translation>
    </message>
    <message>
        <source>The item is not catalogued yet; give it to the cataloguers.</source>
        <translation>此书尚未编目，请交编目人员。</translation>
    </message>
    <message>
        <source>The item was registered as lost and has been found: say whether to refund its charge (--lost-charge refund or keep).</source>
        <translation>此书曾登记为丢失，现已找回：请指明是否退还赔偿（--lost-charge refund 或 keep）。</translation>
    </message>
    <message>
        <source>lost_charge must be refund, keep or ask, not &apos;%1&apos;</source>
        <translation>lost_charge 应为 refund、keep 或 ask，而不是“%1”</translation>
    </message>
    <message>
        <source>found after being lost; its charge was refunded</source>
        <translation>丢失后找回；已退还赔偿</translation>
    </message>
    <message>
        <source>found after being lost; its charge was kept</source>
        <translation>丢失后找回；赔偿未退</translation>
    </message>
    <message>
        <source>found after being lost</source>
        <translation>丢失后找回</translation>
    </message>
    <message>
        <source>brought to a desk while in processing; sent to the cataloguers</source>
        <translation>加工中被送到借还台；已交编目人员</translation>
    </message>
    <message>
        <source>brought to a desk while withdrawn; kept off the shelf</source>
        <translation>已剔除却被送到借还台；未上架</translation>
    </message>
    <message>
        <source>  history:         %1 at %2: %3</source>
        <translation>  历史：    %1 在 %2：%3</translation>
    </message>
    <message>
        <source>at most N readers (default 1000)</source>
        <translation>最多 N 位读者（默认 1000）</translation>
    </message>
    <message>
        <source>skip the first N readers</source>
        <translation>跳过前 N 位读者</translation>
    </message>
    <message>
        <source>%1 belongs to the node itself and cannot be shown or changed with &apos;settings&apos;</source>
        <translation>%1 属于本节点自身，不能用 settings 查看或修改</translation>
    </message>
    <message>
        <source>%1 is a secret and is not shown</source>
        <translation>%1 是密钥，不予显示</translation>
    </message>
    <message>
        <source>no enrolment token: standard input ended</source>
        <translation>没有注册令牌：标准输入已结束</translation>
    </message>
    <message>
        <source>give the token either with --token-stdin or with --token, not both</source>
        <translation>令牌只能用 --token-stdin 或 --token 之一提供，不能同时使用</translation>
    </message>
    <message>
        <source>ilsctl: warning: --token shows the token to every user of this computer (ps); use --token-stdin or the prompt</source>
        <translation>ilsctl：警告：--token 会让这台电脑的每个用户（ps）看到令牌；请改用 --token-stdin 或按提示输入</translation>
    </message>
    <message>
        <source>Enrolment token: </source>
        <translation>注册令牌：</translation>
    </message>
    <message>
        <source>standard input is not a terminal: give the token with --token-stdin</source>
        <translation>标准输入不是终端：请用 --token-stdin 提供令牌</translation>
    </message>
    <message>
        <source>no enrolment token given</source>
        <translation>没有提供注册令牌</translation>
    </message>
    <message>
        <source>read the one-time token from &apos;ilsctl node add&apos; from the first line of stdin (without it: asked for without echo)</source>
        <translation>从标准输入的第一行读取 &apos;ilsctl node add&apos; 给出的一次性令牌（不加此项：不回显地询问）</translation>
    </message>
    <message>
        <source>the token on the command line, where other users see it: avoid</source>
        <translation>在命令行上提供令牌，其他用户能看到：请避免使用</translation>
    </message>
    <message>
        <source>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 (it asks for the token; or pipe it in with --token-stdin)</source>
        <translation>在节点上执行：ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256（会询问令牌；也可用 --token-stdin 从管道输入）</translation>
    </message>
</context>
</TS>
