<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CirculationController</name>
    <message>
        <source>Hold placed on %1: number %2 in the queue, to collect at %3</source>
        <translation>已预约《%1》：排队第 %2 位，到 %3 取书</translation>
    </message>
    <message>
        <source>Paid %1 yuan; still owed %2 yuan</source>
        <translation>已收款 %1 元；尚欠 %2 元</translation>
    </message>
    <message>
        <source>Waived %1 yuan</source>
        <translation>已减免 %1 元</translation>
    </message>
    <message>
        <source>New reader %1, card %2</source>
        <translation>新读者 %1，读者证号 %2</translation>
    </message>
    <message numerus="yes">
        <source>Reader %1: %n item(s) on loan</source>
        <translation>
            <numerusform>读者 %1：在借 %n 册</numerusform>
        </translation>
    </message>
    <message>
        <source>Lent (the reader&apos;s hold): %1, due %2</source>
        <translation>已借出（读者本人的预约）：《%1》，应还日期 %2</translation>
    </message>
    <message>
        <source>Lent: %1, due %2</source>
        <translation>已借出：《%1》，应还日期 %2</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已归还：《%1》</translation>
    </message>
    <message>
        <source>Returned: %1 (it was not on loan)</source>
        <translation>已归还：《%1》（此书原本未借出）</translation>
    </message>
    <message>
        <source>Renewed %1 of %2 loans</source>
        <translation>已续借 %1 册（共 %2 册）</translation>
    </message>
    <message>
        <source>Renewed: %1, now due %2</source>
        <translation>已续借：《%1》，新的应还日期 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue, fine %1 yuan owed by %2 (card %3)</source>
        <translation>
            <numerusform>，逾期 %n 天，罚款 %1 元，由 %2（读者证 %3）缴纳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n not renewed.</source>
        <translation>
            <numerusform>%1；%n 册未续借。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked in: %1 — not catalogued yet, give it to the cataloguers</source>
        <translation>已收回：《%1》——此书尚未编目，请交编目人员</translation>
    </message>
    <message>
        <source>Checked in: %1 — withdrawn from stock, do not shelve it</source>
        <translation>已收回：《%1》——此书已剔除，不要上架</translation>
    </message>
    <message>
        <source>Returned: %1 — %2</source>
        <translation>已归还：《%1》——%2</translation>
    </message>
</context>
<context>
    <name>CirculationPage</name>
    <message>
        <source>The circulation screen is not part of this build of the desk.</source>
        <translation>此版本的借还台不含借还界面。</translation>
    </message>
</context>
<context>
    <name>CirculationView</name>
    <message>
        <source>Scan a reader card, an ID number or an item barcode</source>
        <translation>请扫描读者证、身份证号或图书条码</translation>
    </message>
    <message>
        <source>F2 Scan  F3 Renew selected  F4 Renew all  F5 Hold  F6 Pay  F7 Waive  F8 New reader  F12 Reader done  Ctrl+P Print slip  Ctrl+Shift+P Print card label</source>
        <translation>F2 扫描  F3 续借所选  F4 全部续借  F5 预约  F6 收款  F7 减免  F8 新读者  F12 本读者办完  Ctrl+P 打印凭条  Ctrl+Shift+P 打印读者证标签</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose the loan with the arrow keys, then press F3 again to renew it.</source>
        <translation>用方向键选中要续借的图书，再按一次 F3 续借。</translation>
    </message>
    <message>
        <source>Nothing to print yet: lend or return an item first.</source>
        <translation>还没有可打印的内容：请先借出或归还图书。</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first, then press Ctrl+Shift+P to print its label.</source>
        <translation>请先扫描读者证，再按 Ctrl+Shift+P 打印读者证标签。</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>No printer: saved as PDF %1</source>
        <translation>没有打印机：已另存为 PDF 文件 %1</translation>
    </message>
    <message>
        <source>New reader, card %1: give the reader the card with this label.</source>
        <translation>新读者，读者证号 %1：请把贴好此标签的读者证交给读者。</translation>
    </message>
    <message>
        <source>Lost item found</source>
        <translation>丢失图书已找回</translation>
    </message>
    <message>
        <source>%1 was registered as lost and has now been found.
%2 paid %3 yuan for it and owes %4 yuan more.
Refund the lost-item charge?</source>
        <translation>《%1》曾登记为丢失，现已找回。
%2 已为此书赔付 %3 元，尚欠 %4 元。
是否退还丢失赔偿？</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还赔偿</translation>
    </message>
    <message>
        <source>Keep the charge</source>
        <translation>不退赔偿</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>County library desk</source>
        <translation>县图书馆借还台</translation>
    </message>
    <message>
        <source>The practice database %1 could not be made: %2</source>
        <translation>无法生成练习数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a practice database; practice mode never opens a real one.</source>
        <translation>%1 不是练习数据库；练习模式决不打开真实数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>unknown or incomplete argument &apos;%1&apos;</source>
        <translation>未知或不完整的参数“%1”</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation>--lang：“%1”无效（应为 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>ILS_DESK_QUIT: &apos;%1&apos; is not valid (expected login or main)</source>
        <translation>ILS_DESK_QUIT：“%1”无效（应为 login 或 main）</translation>
    </message>
    <message>
        <source>usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]
  --db PATH           this desk&apos;s database (default: the user&apos;s application data folder)
  --training          practice mode on a separate demo database that never syncs
  --lang zh_CN|en     the language to start in (default: the last one chosen, else zh_CN)
  --simulate-devices  a simulated RFID pad with demo tags, moved from a small window
  --help              this text</source>
        <translation>usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]
  --db PATH           本工作台的数据库（默认：用户的应用数据文件夹）
  --training          练习模式：使用单独的演示数据库，从不同步
  --lang zh_CN|en     启动时的语言（默认：上次选择的语言，否则 zh_CN）
  --simulate-devices  模拟的 RFID 读写台和演示标签，在小窗口中移动
  --help              显示本说明</translation>
    </message>
</context>
<context>
    <name>DeskTerms</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Card lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已停借</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>少儿</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>老年</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>可取书</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已取走</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Overdue fine</source>
        <translation>逾期滞纳金</translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation>丢失赔偿</translation>
    </message>
    <message>
        <source>Card fee</source>
        <translation>办证费</translation>
    </message>
    <message>
        <source>Reshelve</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Put it back on the shelf here.</source>
        <translation>放回本馆书架。</translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation>预约架：%1</translation>
    </message>
    <message>
        <source>Put it on the hold shelf for %1 (card %2), to collect by %3.</source>
        <translation>放到预约架，留给 %1（读者证 %2），保留至 %3。</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>送往 %1</translation>
    </message>
    <message>
        <source>A hold of %1 (card %2) is collected there: put it in the transit box.</source>
        <translation>%1（读者证 %2）在那里取预约书：请放入调拨箱。</translation>
    </message>
    <message>
        <source>Send home to %1</source>
        <translation>送回 %1</translation>
    </message>
    <message>
        <source>It belongs to %1: put it in the transit box.</source>
        <translation>此书属于 %1：请放入调拨箱。</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>On the hold shelf</source>
        <translation>在预约架</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>加工中</translation>
    </message>
    <message>
        <source>To cataloguing</source>
        <translation>交编目</translation>
    </message>
    <message>
        <source>This item is not catalogued yet: give it to the cataloguers. Do not shelve or lend it.</source>
        <translation>此书尚未编目，请交编目人员。不要上架，也不要借出。</translation>
    </message>
    <message>
        <source>Withdrawn: do not shelve</source>
        <translation>已剔除：不要上架</translation>
    </message>
    <message>
        <source>This item has been withdrawn from stock: keep it off the shelf and give it to the staff who handle withdrawn items.</source>
        <translation>此书已剔除，不要放回书架，请交给负责剔除图书的工作人员。</translation>
    </message>
    <message>
        <source>This item was registered as lost and has now been found.</source>
        <translation>此书曾登记为丢失，现已找回。</translation>
    </message>
    <message>
        <source>Refund %1 yuan to %2; the lost-item charge is cancelled.</source>
        <translation>请退还 %2 %1 元；丢失赔偿已取消。</translation>
    </message>
    <message>
        <source>The lost-item charge of %1 is cancelled.</source>
        <translation>%1 的丢失赔偿已取消。</translation>
    </message>
    <message>
        <source>The lost-item charge of %1 stays as it is.</source>
        <translation>%1 的丢失赔偿保持不变。</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
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
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Cataloguer</source>
        <translation>编目员</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>流通</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>借书</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>还书</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Hold placed</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Hold cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>预约过期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>新读者办证</translation>
    </message>
    <message>
        <source>Reader status</source>
        <translation>读者状态变更</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新书入藏</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>书目修改</translation>
    </message>
    <message>
        <source>The item is not catalogued yet.</source>
        <translation>此书尚未编目。</translation>
    </message>
    <message>
        <source>The item was lost and found; its charge needs a decision.</source>
        <translation>此书丢失后已找回，需决定是否退还赔偿。</translation>
    </message>
</context>
<context>
    <name>DeviceStatusWidget</name>
    <message>
        <source>%1: connected (%2)</source>
        <translation>%1：已连接（%2）</translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation>%1：未连接（%2）</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>Barcode scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>RFID 读写器</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>%1 connected and ready.</source>
        <translation>%1已连接，可以使用。</translation>
    </message>
    <message>
        <source>%1 unplugged: scan the items&apos; barcodes until it is plugged in again.</source>
        <translation>%1已拔出：重新插好之前，请扫描图书条码。</translation>
    </message>
    <message>
        <source>%1 unplugged: type or scan into the scan field until it is plugged in again.</source>
        <translation>%1已拔出：重新插好之前，请在扫描框中输入或用键盘扫描枪扫描。</translation>
    </message>
    <message>
        <source>not connected; check its cable</source>
        <translation>未连接，请检查连线</translation>
    </message>
    <message>
        <source>the tag did not answer; put the item back on the pad</source>
        <translation>标签没有应答，请把图书放回读写板</translation>
    </message>
    <message>
        <source>it did not answer in time; unplug it and plug it in again</source>
        <translation>设备应答超时，请拔下后重新插上</translation>
    </message>
    <message>
        <source>the tag refused the operation</source>
        <translation>标签拒绝了此操作</translation>
    </message>
    <message>
        <source>it sent something the desk cannot read; check how it is set up (HID POS mode)</source>
        <translation>设备发来的数据无法识别，请检查其设置（HID POS 模式）</translation>
    </message>
    <message>
        <source>it cannot do this</source>
        <translation>设备不支持此操作</translation>
    </message>
    <message>
        <source>it is not in HID POS mode; set it to HID POS mode, or use it as a keyboard scanner</source>
        <translation>扫描枪不在 HID POS 模式，请设为 HID POS 模式，或当作键盘扫描枪使用</translation>
    </message>
    <message>
        <source>the computer refused access to it; ask IT to check the device permissions</source>
        <translation>电脑拒绝访问该设备，请联系技术人员检查设备权限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>The central&apos;s address must be HOST:PORT, such as 192.168.1.10:7443.</source>
        <translation>总馆地址应为“主机:端口”，例如 192.168.1.10:7443。</translation>
    </message>
    <message>
        <source>The fingerprint must be the 64 hex digits of the central&apos;s certificate (colons allowed).</source>
        <translation>指纹应为总馆证书的 64 位十六进制数字（可带冒号）。</translation>
    </message>
    <message>
        <source>Type the one-time token the administrator gave for this desk.</source>
        <translation>请输入管理员为本借还台提供的一次性令牌。</translation>
    </message>
    <message>
        <source>Connect to the central</source>
        <translation>连接总馆</translation>
    </message>
    <message>
        <source>The county&apos;s administrator gives these for each desk (&apos;ilsctl node add&apos; at the central).</source>
        <translation>以下信息由县馆管理员为每个借还台提供（在总馆执行“ilsctl node add”）。</translation>
    </message>
    <message>
        <source>Central &amp;address</source>
        <translation>总馆地址(&amp;A)</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>证书指纹(&amp;F)</translation>
    </message>
    <message>
        <source>One-time &amp;token</source>
        <translation>一次性令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Name of this &amp;desk</source>
        <translation>本借还台名称(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EnrolProgressPage</name>
    <message>
        <source>Enrolment</source>
        <translation>注册节点</translation>
    </message>
    <message>
        <source>Done. %1 Press Finish, then log in.</source>
        <translation>完成。%1 请按“完成”，然后登录。</translation>
    </message>
    <message>
        <source>Enrolment failed: %1. Go back to check the address, fingerprint and token, or ask the administrator for a new token.</source>
        <translation>注册失败：%1。请返回检查地址、指纹和令牌，或向管理员索取新的令牌。</translation>
    </message>
    <message>
        <source>Step 1 of 3: the download broke off; connecting to the central again (attempt %1)…</source>
        <translation>第 1 步（共 3 步）：下载中断，正在重新连接总馆（第 %1 次）……</translation>
    </message>
    <message>
        <source>Step 1 of 3: connecting to the central at %1:%2…</source>
        <translation>第 1 步（共 3 步）：正在连接总馆 %1:%2……</translation>
    </message>
    <message>
        <source>Step 2 of 3: downloading the county&apos;s data: %1 of %2 MB. This can take a few minutes on a slow line.</source>
        <translation>第 2 步（共 3 步）：正在下载全县数据：已下载 %1 MB，共 %2 MB。网络较慢时可能需要几分钟。</translation>
    </message>
    <message>
        <source>Step 3 of 3: building this desk&apos;s database from the download…</source>
        <translation>第 3 步（共 3 步）：正在用下载的数据建立本工作站的数据库……</translation>
    </message>
</context>
<context>
    <name>EnrolTask</name>
    <message>
        <source>Enrolled as %1 for library %2; replica of %3 MB made in %4 s.</source>
        <translation>已注册为图书馆 %2 的节点 %1；本地副本 %3 MB，用时 %4 秒。</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Node, sequence</source>
        <translation>节点、序号</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Exceptions report</source>
        <translation>异常报告</translation>
    </message>
    <message>
        <source>No exceptions: every transaction sent to the central kept the rules.</source>
        <translation>没有异常：上传到总馆的每笔业务都符合规则。</translation>
    </message>
    <message>
        <source>The newest %1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation>最新的 %1 条：离线办理的业务违反了规则，由总馆记录。请逐条与读者或书架核对处理。</translation>
    </message>
    <message>
        <source>%1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation>共 %1 条：离线办理的业务违反了规则，由总馆记录。请逐条与读者或书架核对处理。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start of the desk</source>
        <translation>借还台首次启动</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Circulation: scan a reader&apos;s card, then the books</source>
        <translation>借还：先扫读者证，再扫图书</translation>
    </message>
    <message>
        <source>Exceptions report</source>
        <translation>异常报告</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本页（帮助）</translation>
    </message>
    <message>
        <source>Synchronise with the central now</source>
        <translation>立即与总馆同步</translation>
    </message>
    <message>
        <source>Log out (the next person logs in)</source>
        <translation>退出登录（换人登录）</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>关闭借还台</translation>
    </message>
    <message>
        <source>Functions of the circulation screen, shown on it</source>
        <translation>借还界面的功能键，见该界面上的提示</translation>
    </message>
    <message>
        <source>The menus: Alt and the underlined letter</source>
        <translation>菜单：按 Alt 加括号中的字母</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>ils-desk %1</source>
        <translation>ils-desk %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>not enrolled (standalone)</source>
        <translation>未注册（单机）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Practice: a separate demo database that never syncs</source>
        <translation>练习：独立的演示数据库，永不同步</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>About this desk</source>
        <translation>关于本借还台</translation>
    </message>
    <message>
        <source>Lending: scan the reader&apos;s card (or ID card), then each book. Each book appears in the list on the right with its due date.</source>
        <translation>借书：先扫读者证（或身份证），再逐本扫书。每本书连同应还日期显示在右边的列表里。</translation>
    </message>
    <message>
        <source>Returning: with no reader on the screen, scan the book. The large banner says where it goes next.</source>
        <translation>还书：屏幕上没有读者时直接扫书。大字横幅告诉您这本书接下来放到哪里。</translation>
    </message>
    <message>
        <source>F12 when a reader is done: the screen is cleared, and the next book scanned is a return.</source>
        <translation>一位读者办完后按 F12：屏幕清空，接下来扫的书按还书处理。</translation>
    </message>
    <message>
        <source>Fees: a late return shows its fine on the screen. F6 takes a payment, F7 waives a fee (a reason is required). A reader who owes too much borrows again after paying.</source>
        <translation>费用：逾期还书时屏幕显示罚款。F6 收款，F7 减免（须填写原因）。欠款过多的读者缴费后才能再借。</translation>
    </message>
    <message>
        <source>Where a returned book goes: Reshelve: back on this library&apos;s shelf. Hold shelf: on the hold shelf, with the reader&apos;s name on a slip (Ctrl+P prints it). Send to another library or home: into the transit box for that library.</source>
        <translation>还回的书放到哪里：“上架”：放回本馆书架。“预约架”：放上预约架，夹一张写有读者姓名的条子（Ctrl+P 打印）。“送往/送回”某馆：放进寄往该馆的周转箱。</translation>
    </message>
    <message>
        <source>When a scan is refused, the red bar says why and what to do. Without a network the desk works on: the work is kept on this PC and sent when the network returns.</source>
        <translation>扫描被拒绝时，红色提示栏说明原因和处理办法。没有网络也能照常工作：业务保存在本机，网络恢复后自动上传。</translation>
    </message>
    <message>
        <source>Everyday work</source>
        <translation>日常工作</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Place a hold</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Item &amp;barcode:</source>
        <translation>图书条码(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Pick up at:</source>
        <translation>取书地点(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed logins: this account is locked until %1. Ask an administrator if you need it sooner.</source>
        <translation>登录失败次数过多：该账号已锁定至 %1。如需提前使用，请联系管理员。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>[PRACTICE] Log in</source>
        <translation>【练习模式】登录</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to the desk</source>
        <translation>登录借还台</translation>
    </message>
    <message>
        <source>Log in to the desk of %1</source>
        <translation>登录%1借还台</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Practice account: username %1, password %2</source>
        <translation>练习账号：用户名 %1，密码 %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. They are added at the central (&apos;ilsctl staff add&apos;) and arrive with the next sync.</source>
        <translation>此数据库还没有工作人员账号。账号在总馆添加（“ilsctl staff add”），下次同步时到达本机。</translation>
    </message>
    <message>
        <source>This is a self-service kiosk&apos;s account: it cannot log in to the desk. Log in with your own staff account.</source>
        <translation>这是自助借还机的账号，不能登录流通台。请用您本人的工作人员账号登录。</translation>
    </message>
    <message>
        <source>This account may not use the circulation desk. Ask an administrator.</source>
        <translation>此账号不能使用流通台。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>County library desk — %1 — %2</source>
        <translation>县图书馆借还台 — %1 — %2</translation>
    </message>
    <message>
        <source>[PRACTICE] %1</source>
        <translation>【练习模式】%1</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Circulation</source>
        <translation>借还(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Exceptions report</source>
        <translation>异常报告(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help and about</source>
        <translation>帮助与关于(&amp;H)</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 Circulation   %2 Exceptions   %3 Help   %4 Sync now   %5 Log out</source>
        <translation>%1 借还   %2 异常报告   %3 帮助   %4 立即同步   %5 退出登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Practice mode: nothing is synchronised.</source>
        <translation>练习模式：不进行同步。</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a central: there is nothing to synchronise.</source>
        <translation>本工作台未在中心馆注册：没有可同步的内容。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Synchronising with the central…</source>
        <translation>正在与中心馆同步……</translation>
    </message>
    <message>
        <source>Sync done: sent %1, received %2.</source>
        <translation>同步完成：上传 %1 笔，下载 %2 条。</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Ready: scan a reader card, an ID number or an item.</source>
        <translation>就绪：请扫描读者证、身份证号或图书。</translation>
    </message>
</context>
<context>
    <name>NewReaderDialog</name>
    <message>
        <source>New reader</source>
        <translation>新读者办证</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>读者类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;ID number (optional):</source>
        <translation>身份证号（可不填）(&amp;I)：</translation>
    </message>
    <message>
        <source>This ID number is not valid: check every digit.</source>
        <translation>身份证号无效：请逐位核对。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>读者：</translation>
    </message>
    <message>
        <source>Owed (yuan):</source>
        <translation>欠款（元）：</translation>
    </message>
    <message>
        <source>&amp;Amount paid (yuan):</source>
        <translation>实收金额（元）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PileTable</name>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Due / where it goes</source>
        <translation>应还日期 / 去向</translation>
    </message>
    <message>
        <source>Lent (hold)</source>
        <translation>借出（预约书）</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 应还</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>, fine %1 yuan owed by %2</source>
        <translation>，罚款 %1 元（%2）</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>The desk opens on a separate demo database with made-up readers and books, marked in orange on every screen. Nothing done there is sent to the central. Log in with the practice account: username %1, password %2. This window comes back at the next start, until the desk is connected or set up.</source>
        <translation>借还台将打开一个独立的演示数据库，其中的读者和图书都是虚构的，每个界面都有橙色标记。在这里办理的业务不会上传到总馆。请用练习账号登录：用户名 %1，密码 %2。在借还台连接总馆或完成设置之前，下次启动时仍会出现本窗口。</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>取书地点</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>欠款（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>在借图书</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>未读入读者</translation>
    </message>
    <message>
        <source>Scan a reader card or an ID number to lend; scan an item alone to return it.</source>
        <translation>借书：先扫描读者证或身份证号；还书：直接扫描图书。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>读者证 %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>home library %1</source>
        <translation>办证馆 %1</translation>
    </message>
    <message>
        <source>owes %1 yuan</source>
        <translation>欠款 %1 元</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>No reader is loaded.</source>
        <translation>还没有读入读者。</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first.</source>
        <translation>请先扫描读者证。</translation>
    </message>
    <message>
        <source>The reader has nothing on loan.</source>
        <translation>该读者没有在借图书。</translation>
    </message>
    <message>
        <source>Nothing to renew.</source>
        <translation>没有可续借的图书。</translation>
    </message>
    <message>
        <source>The page could not be printed or saved.</source>
        <translation>无法打印，也无法保存为文件。</translation>
    </message>
    <message>
        <source>Check the printer and that the disk is not full, then press the key again.</source>
        <translation>请检查打印机以及磁盘是否已满，然后再按一次该键。</translation>
    </message>
    <message>
        <source>Scan not accepted</source>
        <translation>扫描内容无法识别</translation>
    </message>
    <message>
        <source>This reader cannot borrow now</source>
        <translation>该读者目前不能借书</translation>
    </message>
    <message>
        <source>Checkout refused</source>
        <translation>借书未成功</translation>
    </message>
    <message>
        <source>Return refused</source>
        <translation>还书未成功</translation>
    </message>
    <message>
        <source>Renewal refused</source>
        <translation>续借未成功</translation>
    </message>
    <message>
        <source>Hold refused</source>
        <translation>预约未成功</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>收款未成功</translation>
    </message>
    <message>
        <source>Waiver refused</source>
        <translation>减免未成功</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>办证未成功</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation>没有这个读者证号的读者。</translation>
    </message>
    <message>
        <source>Check the number on the card; a new reader registers with F8.</source>
        <translation>请核对证上的号码；新读者请按 F8 办证。</translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation>该读者已被停借。</translation>
    </message>
    <message>
        <source>Ask the reader to have the block lifted at the central library.</source>
        <translation>请读者到总馆办理解除。</translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation>此证已挂失。</translation>
    </message>
    <message>
        <source>Keep the card and check who is using it; the owner gets a new card at their home library.</source>
        <translation>请扣下此证并核实持证人身份；证的主人到办证馆补办新证。</translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation>读者证已过期。</translation>
    </message>
    <message>
        <source>Ask the reader to renew the card at their home library, with their ID card.</source>
        <translation>请读者带身份证到办证馆办理续期。</translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation>该读者已达到借书上限。</translation>
    </message>
    <message>
        <source>Lend no more now; the reader can borrow again after returning some items.</source>
        <translation>本次不能再借；读者还书后可以再借。</translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation>该读者欠款过多。</translation>
    </message>
    <message>
        <source>Take a payment (F6) first, then lend again.</source>
        <translation>请先收款（F6），再借书。</translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation>没有这个条码的图书。</translation>
    </message>
    <message>
        <source>Put the item aside for the cataloguer; do not lend it.</source>
        <translation>此书不要借出，放在一边交给编目人员。</translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation>此类图书在本馆不外借。</translation>
    </message>
    <message>
        <source>It is for reading in the library only; put it back.</source>
        <translation>仅供馆内阅览，请放回书架。</translation>
    </message>
    <message>
        <source>The item is not available for loan (lost, withdrawn, in processing or in transit).</source>
        <translation>此书目前不能借出（已丢失、已剔除、加工中或在途）。</translation>
    </message>
    <message>
        <source>Press F12, scan the item to check it in, then scan the reader&apos;s card again.</source>
        <translation>请按 F12，扫描此书办理归还，然后再扫描读者证。</translation>
    </message>
    <message>
        <source>The item is on loan to another reader.</source>
        <translation>此书已借给另一位读者。</translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation>该读者已经借了这本书。</translation>
    </message>
    <message>
        <source>Nothing to do; to extend the loan, renew it (F3).</source>
        <translation>无需处理；如要延长借期，请续借（F3）。</translation>
    </message>
    <message>
        <source>The item is waiting on the hold shelf for another reader.</source>
        <translation>此书在预约架上，是为另一位读者保留的。</translation>
    </message>
    <message>
        <source>Do not lend it; put it back on the hold shelf.</source>
        <translation>不要借出，请放回预约架。</translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation>此书未被借出。</translation>
    </message>
    <message>
        <source>Nothing to renew; if it was on the desk, reshelve it.</source>
        <translation>无法续借；如果书在台上，请放回书架。</translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation>此书已达到续借次数上限。</translation>
    </message>
    <message>
        <source>The item must be returned; the reader may borrow it again afterwards.</source>
        <translation>此书须归还；归还后读者可以重新借阅。</translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation>有其他读者在预约这本书。</translation>
    </message>
    <message>
        <source>It cannot be renewed; ask the reader to return it by the due date.</source>
        <translation>不能续借；请读者在应还日期前归还。</translation>
    </message>
    <message>
        <source>This desk&apos;s library is not known to the system.</source>
        <translation>系统中没有本借还台所在的图书馆。</translation>
    </message>
    <message>
        <source>Call the central library to check this desk&apos;s setup.</source>
        <translation>请联系总馆检查本借还台的设置。</translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation>此类图书不能预约。</translation>
    </message>
    <message>
        <source>Tell the reader; nothing else to do.</source>
        <translation>告知读者即可，无需其他处理。</translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation>该读者的预约已达上限。</translation>
    </message>
    <message>
        <source>A new hold is possible once one is collected or cancelled.</source>
        <translation>等已有预约取走或取消后，才能再预约。</translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation>该读者已经预约了这本书。</translation>
    </message>
    <message>
        <source>Nothing to do; the reader is already in the queue.</source>
        <translation>无需处理，读者已在排队。</translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation>没有这条有效的预约。</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the holds.</source>
        <translation>请重新扫描读者证查看预约。</translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation>没有这笔费用。</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the fees.</source>
        <translation>请重新扫描读者证查看欠费。</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>金额无效。</translation>
    </message>
    <message>
        <source>Type yuan with at most two decimals, e.g. 2 or 2.50, and no more than is owed.</source>
        <translation>请以元为单位输入，最多两位小数，例如 2 或 2.50，且不超过欠款。</translation>
    </message>
    <message>
        <source>What was typed is not valid.</source>
        <translation>输入的内容无效。</translation>
    </message>
    <message>
        <source>Check it and try again.</source>
        <translation>请核对后重试。</translation>
    </message>
    <message>
        <source>This library has used up its numbers.</source>
        <translation>本馆的号段已用完。</translation>
    </message>
    <message>
        <source>Call the central library for a new range of numbers.</source>
        <translation>请联系总馆分配新的号段。</translation>
    </message>
    <message>
        <source>This library has no range of numbers for this.</source>
        <translation>本馆没有相应的号段。</translation>
    </message>
    <message>
        <source>Call the central library to assign one.</source>
        <translation>请联系总馆分配号段。</translation>
    </message>
    <message>
        <source>The central library recorded a conflict for this operation.</source>
        <translation>总馆记录到此操作有冲突。</translation>
    </message>
    <message>
        <source>Tell the central library; it is in the exceptions report.</source>
        <translation>请告知总馆；已记入异常报告。</translation>
    </message>
    <message>
        <source>No reader is registered with this ID number.</source>
        <translation>没有用这个身份证号办证的读者。</translation>
    </message>
    <message>
        <source>Register the reader with F8.</source>
        <translation>请按 F8 为读者办证。</translation>
    </message>
    <message>
        <source>This code is not one of our county&apos;s cards or barcodes.</source>
        <translation>这不是本县的读者证号或图书条码。</translation>
    </message>
    <message>
        <source>It may be an ISBN or another library&apos;s code: scan the library&apos;s own barcode label.</source>
        <translation>可能扫到了 ISBN 或外馆条码：请扫描本馆贴的条码标签。</translation>
    </message>
    <message>
        <source>This is not a card or a barcode.</source>
        <translation>这不是读者证号，也不是图书条码。</translation>
    </message>
    <message>
        <source>Scan again, or type the number and press Enter.</source>
        <translation>请重新扫描，或手工输入号码后按回车。</translation>
    </message>
    <message>
        <source>Your account may not do this at the desk.</source>
        <translation>您的账号无权在流通台办理此项业务。</translation>
    </message>
    <message>
        <source>Cataloguer accounts look readers up only. Ask a colleague with a circulation account, or log out (Ctrl+L) and log in with one.</source>
        <translation>编目人员账号只能查询读者。请找有流通权限的同事办理，或退出登录（Ctrl+L）后用流通账号登录。</translation>
    </message>
    <message>
        <source>This scan is far too long to be a card or a barcode.</source>
        <translation>扫描内容太长，不是读者证或条码。</translation>
    </message>
    <message>
        <source>Check that nothing presses the scanner&apos;s trigger, then scan the label once.</source>
        <translation>请检查扫描枪的扳机没有被压住，然后只扫一次标签。</translation>
    </message>
    <message>
        <source>The disk is full: this was not saved.</source>
        <translation>磁盘已满，这一笔没有保存。</translation>
    </message>
    <message>
        <source>Everything saved before is safe. Free some disk space (or call support), then do it again.</source>
        <translation>已保存的记录不会丢失；请清理磁盘空间（或联系技术支持）后重试。</translation>
    </message>
    <message>
        <source>The database could not save this.</source>
        <translation>数据库未能保存这一笔。</translation>
    </message>
    <message>
        <source>Everything saved before is safe. Try again; if it happens again, restart the desk and call support.</source>
        <translation>已保存的记录不会丢失。请重试；如果再次出现，请重新启动程序并联系技术支持。</translation>
    </message>
    <message>
        <source>reshelve here</source>
        <translation>在本馆上架</translation>
    </message>
    <message>
        <source>hold shelf here</source>
        <translation>放本馆预约架</translation>
    </message>
    <message>
        <source>send to %1 for a hold</source>
        <translation>送往 %1 供预约读者取书</translation>
    </message>
    <message>
        <source>send home to %1</source>
        <translation>送回 %1</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>The item is recorded as lost.</source>
        <translation>此书已登记为丢失。</translation>
    </message>
    <message>
        <source>The item has been withdrawn from the collection.</source>
        <translation>此书已剔除（注销）。</translation>
    </message>
    <message>
        <source>The item is still being processed (not yet catalogued).</source>
        <translation>此书还在加工中（尚未编目完成）。</translation>
    </message>
    <message>
        <source>The item is in transit between libraries.</source>
        <translation>此书正在馆际运送途中（在途）。</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The card expired on %1.</source>
        <translation>读者证已于 %1 到期。</translation>
    </message>
    <message>
        <source>%1 items on loan; the limit is %2.</source>
        <translation>已借 %1 册，上限 %2 册。</translation>
    </message>
    <message>
        <source>Owes %1 yuan; the limit is %2 yuan.</source>
        <translation>欠款 %1 元，上限 %2 元。</translation>
    </message>
    <message>
        <source>%1 holds; the limit is %2.</source>
        <translation>已有预约 %1 个，上限 %2 个。</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>Item type %1, reader type %2.</source>
        <translation>文献类型 %1，读者类型 %2。</translation>
    </message>
    <message>
        <source>Item type %1.</source>
        <translation>文献类型 %1。</translation>
    </message>
    <message>
        <source>Due back on %1.</source>
        <translation>应还日期 %1。</translation>
    </message>
    <message>
        <source>The copy on loan: %1.</source>
        <translation>在借的一册：%1。</translation>
    </message>
    <message>
        <source>Kept for card %1 until %2.</source>
        <translation>为读者证 %1 保留至 %2。</translation>
    </message>
    <message>
        <source>Renewed %1 times; the limit is %2.</source>
        <translation>已续借 %1 次，上限 %2 次。</translation>
    </message>
    <message numerus="yes">
        <source>%n other reader(s) waiting.</source>
        <translation>
            <numerusform>另有 %n 位读者在等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee %1: %2 yuan paid too much.</source>
        <translation>费用 %1：多付 %2 元。</translation>
    </message>
    <message>
        <source>Typed: %1</source>
        <translation>输入的是：%1</translation>
    </message>
    <message>
        <source>%1 yuan paid for fee %2, which the central does not know.</source>
        <translation>为费用 %2 付了 %1 元，但中心馆没有这笔费用。</translation>
    </message>
    <message>
        <source>This ID number already has card %1.</source>
        <translation>此身份证号已办读者证 %1。</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>请检查%1。</translation>
    </message>
    <message>
        <source>Copy %1 was also on loan to card %2 from %3; that loan is recorded as returned at %4.</source>
        <translation>%1 这一册自 %3 起还借给了读者证 %2；那笔借阅记为于 %4 归还。</translation>
    </message>
    <message>
        <source>Copy %1 was lent again to card %2 at %3; this loan is recorded as returned then.</source>
        <translation>%1 这一册于 %3 又借给了读者证 %2；本笔借阅记为那时归还。</translation>
    </message>
    <message>
        <source>Copy %1 has a later loan from %2; this loan is recorded as returned then.</source>
        <translation>%1 这一册在 %2 有一笔更晚的借阅；本笔借阅记为那时归还。</translation>
    </message>
    <message>
        <source>Copy %1 was returned at %2 at %3, before this loan reached the central.</source>
        <translation>%1 这一册于 %3 在 %2 还回，早于本笔借阅到达中心馆。</translation>
    </message>
    <message>
        <source>Copy %1 was returned at %2 at %3, before the open loan from %4; that loan stays open.</source>
        <translation>%1 这一册于 %3 在 %2 还回，早于 %4 开始的未还借阅；那笔借阅保持未还。</translation>
    </message>
    <message>
        <source>Copy %1: the desk at %2 said %3; with what the central knows: %4.</source>
        <translation>%1 这一册：%2 的工作台提示“%3”；按中心馆掌握的情况应为“%4”。</translation>
    </message>
    <message>
        <source>Record %1, %2: “%3” was sent; “%4” is kept.</source>
        <translation>书目 %1 的%2：收到“%3”，保留“%4”。</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>什么也没有输入。</translation>
    </message>
    <message>
        <source>“%1”: a second decimal point at character %2.</source>
        <translation>“%1”：第 %2 个字符是第二个小数点。</translation>
    </message>
    <message>
        <source>“%1”: no yuan before the point at character %2 (write 0.50, not .50).</source>
        <translation>“%1”：第 %2 个字符的小数点前没有元（应写 0.50，不写 .50）。</translation>
    </message>
    <message>
        <source>“%1”: a sign at character %2; amounts are never negative.</source>
        <translation>“%1”：第 %2 个字符是正负号；金额不能为负。</translation>
    </message>
    <message>
        <source>“%1”: a comma at character %2; write 1200, not 1,200.</source>
        <translation>“%1”：第 %2 个字符是逗号；应写 1200，不写 1,200。</translation>
    </message>
    <message>
        <source>“%1”: character %2 is not a digit.</source>
        <translation>“%1”：第 %2 个字符不是数字。</translation>
    </message>
    <message>
        <source>“%1”: a third decimal at character %2; the smallest amount is 0.01 yuan.</source>
        <translation>“%1”：第 %2 个字符是第三位小数；最小金额是 0.01 元。</translation>
    </message>
    <message>
        <source>“%1”: too many digits of yuan.</source>
        <translation>“%1”：元的位数太多。</translation>
    </message>
    <message>
        <source>“%1”: no digits after the point at character %2.</source>
        <translation>“%1”：第 %2 个字符的小数点后没有数字。</translation>
    </message>
    <message>
        <source>Copy %1: the loan to card %2 was already closed; the copy is now lent to card %3.</source>
        <translation>%1 这一册：借给读者证 %2 的那笔借阅已经结束；现在借给了读者证 %3。</translation>
    </message>
    <message>
        <source>Copy %1 is back: the loan that was renewed was already closed.</source>
        <translation>%1 这一册已还回：所续借的那笔借阅已经结束。</translation>
    </message>
    <message>
        <source>the library&apos;s code (letters, digits, - or _; not one in use)</source>
        <translation>馆代码（字母、数字、- 或 _，且未被使用）</translation>
    </message>
    <message>
        <source>the library&apos;s name</source>
        <translation>馆名</translation>
    </message>
    <message>
        <source>the division code (6 digits)</source>
        <translation>行政区划代码（6 位数字）</translation>
    </message>
    <message>
        <source>the username (a-z, 0-9, . _ -)</source>
        <translation>用户名（a-z、0-9、. _ -）</translation>
    </message>
    <message>
        <source>the staff member&apos;s name</source>
        <translation>工作人员姓名</translation>
    </message>
    <message>
        <source>the database file: it exists already</source>
        <translation>数据库文件：该文件已存在</translation>
    </message>
    <message>
        <source>A password of one repeated character is too easy to guess.</source>
        <translation>密码由同一个字符重复组成，太容易被猜到。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The item is not catalogued yet; it cannot be lent.</source>
        <translation>此书尚未编目，不能借出。</translation>
    </message>
    <message>
        <source>Do not lend it and do not shelve it: give it to the cataloguers.</source>
        <translation>此书尚未编目，请交编目人员；不要借出，也不要上架。</translation>
    </message>
    <message>
        <source>The item was registered as lost and has been found.</source>
        <translation>此书曾登记为丢失，现已找回。</translation>
    </message>
    <message>
        <source>Decide whether to refund the lost-item charge, then scan the item again.</source>
        <translation>请决定是否退还丢失赔偿，然后再扫描一次此书。</translation>
    </message>
</context>
<context>
    <name>RfidPadController</name>
    <message>
        <source>The RFID pad does not answer</source>
        <translation>RFID 读写板无响应</translation>
    </message>
    <message>
        <source>Check that its cable is plugged in. Until it answers, scan the items&apos; barcodes.</source>
        <translation>请检查它的数据线是否插好。在它恢复响应之前，请扫描图书的条码。</translation>
    </message>
    <message>
        <source>%1 is lent, but its security bit could not be cleared: the gate will alarm</source>
        <translation>%1 已借出，但未能解除防盗位：经过安全门时会报警</translation>
    </message>
    <message>
        <source>The loan is recorded. Put the item back on the pad to try again, or desensitise it by hand.</source>
        <translation>借书已记录。请把图书放回读写板上重试，或用消磁器手工消磁。</translation>
    </message>
    <message>
        <source>%1 is returned, but its security bit could not be set</source>
        <translation>%1 已还回，但未能设置防盗位</translation>
    </message>
    <message>
        <source>The return is recorded. Put the item back on the pad to try again, or sensitise it by hand.</source>
        <translation>还书已记录。请把图书放回读写板上重试，或用充磁器手工充磁。</translation>
    </message>
    <message>
        <source>Security bit of %1 cleared: it can leave the library</source>
        <translation>%1 的防盗位已解除：可以带出图书馆</translation>
    </message>
    <message>
        <source>Security bit of %1 set</source>
        <translation>%1 的防盗位已设置</translation>
    </message>
    <message>
        <source>%1 is missing part %2 (of %3)</source>
        <translation>%1缺第 %2 件（共 %3 件）</translation>
    </message>
    <message>
        <source>%1 is missing parts %2 (of %3)</source>
        <translation>%1缺第 %2 件（共 %3 件）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between part numbers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Put every part on the pad: a set is lent or returned only when all its parts are there.</source>
        <translation>请把每一件都放到读写板上：成套的图书只有全部在板上时才能借出或还回。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
</context>
<context>
    <name>RfidPadPanel</name>
    <message numerus="yes">
        <source>waiting for part %1 (of %2)</source>
        <translation>
            <numerusform>等待第 %1 件（共 %2 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between part numbers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已还回</translation>
    </message>
    <message>
        <source>refused: see the message above</source>
        <translation>被拒绝：见上方提示</translation>
    </message>
    <message>
        <source>; security bit NOT written: put it back on the pad</source>
        <translation>；防盗位未写入：请放回读写板</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n part(s))</source>
        <translation>
            <numerusform>（共 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>RFID pad (%1): %n item(s) on the pad</source>
        <translation>
            <numerusform>RFID 读写板（%1）：板上 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>RFID pad (%1): not connected</source>
        <translation>RFID 读写板（%1）：未连接</translation>
    </message>
    <message>
        <source>not handled: the reader card on the pad was refused (see the message above)</source>
        <translation>未处理：读写板上的读者证被拒绝（见上方提示）</translation>
    </message>
    <message>
        <source>Tag %1: no library data. Put the item back on the pad; if it stays, give it to the cataloguer.</source>
        <translation>标签 %1：没有图书馆数据。请把书重新放到读写台上；若仍如此，请交给编目人员。</translation>
    </message>
</context>
<context>
    <name>RfidSimulatorWindow</name>
    <message>
        <source>Simulated RFID pad</source>
        <translation>模拟 RFID 读写板</translation>
    </message>
    <message>
        <source>Pad plugged in</source>
        <translation>读写板已连接</translation>
    </message>
    <message>
        <source>Make the next security write fail</source>
        <translation>让下一次防盗位写入失败</translation>
    </message>
    <message>
        <source>A blank tag (no library data)</source>
        <translation>空白标签（没有图书馆数据）</translation>
    </message>
    <message>
        <source>Simulated scanner: type a barcode, then Enter</source>
        <translation>模拟扫描枪：输入条码后按回车</translation>
    </message>
</context>
<context>
    <name>RoutingBanner</name>
    <message>
        <source>Returns show here where each item goes.</source>
        <translation>还书后，这里显示每本书的去向。</translation>
    </message>
    <message>
        <source>Call number %1 · %2</source>
        <translation>索书号 %1 · %2</translation>
    </message>
</context>
<context>
    <name>SlipPainter</name>
    <message>
        <source>Loan receipt</source>
        <translation>借书凭条</translation>
    </message>
    <message>
        <source>Reader: %1  Card: %2</source>
        <translation>读者：%1  证号：%2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>应还：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Please return them by the date shown.</source>
        <translation>
            <numerusform>共 %n 册，请按上面的日期归还。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for card %1</source>
        <translation>预约读者证号 %1</translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation>保留至 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StandalonePage</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>Standalone county database</source>
        <translation>单机县馆数据库</translation>
    </message>
    <message>
        <source>For a county that starts on one computer. Staff, code ranges and rules are added later with ilsctl.</source>
        <translation>适用于先在一台电脑上起步的县馆。工作人员、号段和规则之后用 ilsctl 添加。</translation>
    </message>
    <message>
        <source>County &amp;code (6 digits)</source>
        <translation>县代码(&amp;C)（6 位数字）</translation>
    </message>
    <message>
        <source>Library &amp;name</source>
        <translation>馆名(&amp;N)</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;username</source>
        <translation>管理员用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Administrator&apos;s n&amp;ame</source>
        <translation>管理员姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more)</source>
        <translation>密码(&amp;P)（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;G)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Standalone</source>
        <translation>单机</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a central: nothing is synchronised.</source>
        <translation>本借还台未在总馆注册：不进行同步。</translation>
    </message>
    <message>
        <source>Practice: no sync</source>
        <translation>练习：不同步</translation>
    </message>
    <message>
        <source>Practice mode: transactions stay on this computer.</source>
        <translation>练习模式：业务只保存在本机。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connected to the central and up to date.</source>
        <translation>已连接总馆，数据为最新。</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>正在上传和下载变更。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connecting to the central.</source>
        <translation>正在连接总馆。</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>the central cannot be reached (the network is down or the central is not running).</source>
        <translation>连不上中心馆（网络不通，或中心馆服务未运行）。</translation>
    </message>
    <message>
        <source>the central does not accept this desk any more; call the central library.</source>
        <translation>中心馆不再接受本工作台，请联系中心馆。</translation>
    </message>
    <message>
        <source>this desk&apos;s program is too old or too new for the central; call the central library.</source>
        <translation>本工作台的程序版本与中心馆不符，请联系中心馆。</translation>
    </message>
    <message>
        <source>this desk is not enrolled with a central; call the central library.</source>
        <translation>本工作台未在中心馆注册，请联系中心馆。</translation>
    </message>
    <message>
        <source>this desk&apos;s database is missing; call the central library.</source>
        <translation>本工作台的数据库不见了，请联系中心馆。</translation>
    </message>
    <message>
        <source>the central is restarting; it is tried again shortly.</source>
        <translation>中心馆正在重启，稍后自动重试。</translation>
    </message>
    <message>
        <source>the connection to the central broke off; it is tried again shortly.</source>
        <translation>与中心馆的连接中断，稍后自动重试。</translation>
    </message>
    <message>
        <source>Offline: work is kept on this PC and sent when the network returns</source>
        <translation>离线：业务保存在本机，网络恢复后自动上传</translation>
    </message>
    <message>
        <source>Not connected. The desk works on; transactions wait on this PC.</source>
        <translation>未连接。工作台照常工作；业务暂存在本机。</translation>
    </message>
    <message>
        <source>Not connected: %1 The desk works on; transactions wait on this PC.</source>
        <translation>未连接：%1工作台照常工作；业务暂存在本机。</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode — nothing done here is sent to the central</source>
        <translation>练习模式 — 业务不会上传</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Waive a fee</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <source>%1 %2: %3 yuan</source>
        <translation>%1 %2：%3 元</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>费用(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>减免金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>减免原因（必填）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This desk has no database yet. How will it be used?</source>
        <translation>本借还台还没有数据库。请选择使用方式：</translation>
    </message>
    <message>
        <source>&amp;Connect to the county central (a branch or circulation point)</source>
        <translation>连接县总馆(&amp;C)（分馆或流通点）</translation>
    </message>
    <message>
        <source>&amp;Standalone: a new county database on this computer, no central</source>
        <translation>单机使用(&amp;S)：在本机新建县馆数据库，不连接总馆</translation>
    </message>
    <message>
        <source>&amp;Practice only: try the desk on demo data, nothing is saved for real</source>
        <translation>仅练习(&amp;P)：用演示数据试用借还台，不保存真实业务</translation>
    </message>
</context>
</TS>
