<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CirculationController</name>
    <message>
        <source>Hold placed on %1: number %2 in the queue, to collect at %3</source>
        <translation>Hold placed on %1: number %2 in the queue, to collect at %3</translation>
    </message>
    <message>
        <source>Paid %1 yuan; still owed %2 yuan</source>
        <translation>Paid %1 yuan; still owed %2 yuan</translation>
    </message>
    <message>
        <source>Waived %1 yuan</source>
        <translation>Waived %1 yuan</translation>
    </message>
    <message>
        <source>New reader %1, card %2</source>
        <translation>New reader %1, card %2</translation>
    </message>
    <message numerus="yes">
        <source>Reader %1: %n item(s) on loan</source>
        <translation>
            <numerusform>Reader %1: %n item on loan</numerusform>
            <numerusform>Reader %1: %n items on loan</numerusform>
        </translation>
    </message>
    <message>
        <source>Lent (the reader&apos;s hold): %1, due %2</source>
        <translation>Lent (the reader&apos;s hold): %1, due %2</translation>
    </message>
    <message>
        <source>Lent: %1, due %2</source>
        <translation>Lent: %1, due %2</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <source>Returned: %1 (it was not on loan)</source>
        <translation>Returned: %1 (it was not on loan)</translation>
    </message>
    <message>
        <source>Renewed %1 of %2 loans</source>
        <translation>Renewed %1 of %2 loans</translation>
    </message>
    <message>
        <source>Renewed: %1, now due %2</source>
        <translation>Renewed: %1, now due %2</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue, fine %1 yuan owed by %2 (card %3)</source>
        <translation>
            <numerusform> — %n day overdue, fine %1 yuan owed by %2 (card %3)</numerusform>
            <numerusform> — %n days overdue, fine %1 yuan owed by %2 (card %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n not renewed.</source>
        <translation>
            <numerusform>%1; %n not renewed.</numerusform>
            <numerusform>%1; %n not renewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked in: %1 — not catalogued yet, give it to the cataloguers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1 — withdrawn from stock, do not shelve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationPage</name>
    <message>
        <source>The circulation screen is not part of this build of the desk.</source>
        <translation>The circulation screen is not part of this build of the desk.</translation>
    </message>
</context>
<context>
    <name>CirculationView</name>
    <message>
        <source>Scan a reader card, an ID number or an item barcode</source>
        <translation>Scan a reader card, an ID number or an item barcode</translation>
    </message>
    <message>
        <source>F2 Scan  F3 Renew selected  F4 Renew all  F5 Hold  F6 Pay  F7 Waive  F8 New reader  F12 Reader done  Ctrl+P Print slip  Ctrl+Shift+P Print card label</source>
        <translation>F2 Scan  F3 Renew selected  F4 Renew all  F5 Hold  F6 Pay  F7 Waive  F8 New reader  F12 Reader done  Ctrl+P Print slip  Ctrl+Shift+P Print card label</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>Choose the loan with the arrow keys, then press F3 again to renew it.</source>
        <translation>Choose the loan with the arrow keys, then press F3 again to renew it.</translation>
    </message>
    <message>
        <source>Nothing to print yet: lend or return an item first.</source>
        <translation>Nothing to print yet: lend or return an item first.</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first, then press Ctrl+Shift+P to print its label.</source>
        <translation>Scan the reader&apos;s card first, then press Ctrl+Shift+P to print its label.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <source>No printer: saved as PDF %1</source>
        <translation>No printer: saved as PDF %1</translation>
    </message>
    <message>
        <source>New reader, card %1: give the reader the card with this label.</source>
        <translation>New reader, card %1: give the reader the card with this label.</translation>
    </message>
    <message>
        <source>Lost item found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was registered as lost and has now been found.
%2 paid %3 yuan for it and owes %4 yuan more.
Refund the lost-item charge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>County library desk</source>
        <translation>County library desk</translation>
    </message>
    <message>
        <source>The practice database %1 could not be made: %2</source>
        <translation>The practice database %1 could not be made: %2</translation>
    </message>
    <message>
        <source>%1 is not a practice database; practice mode never opens a real one.</source>
        <translation>%1 is not a practice database; practice mode never opens a real one.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>unknown or incomplete argument &apos;%1&apos;</source>
        <translation>unknown or incomplete argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</translation>
    </message>
    <message>
        <source>ILS_DESK_QUIT: &apos;%1&apos; is not valid (expected login or main)</source>
        <translation>ILS_DESK_QUIT: &apos;%1&apos; is not valid (expected login or main)</translation>
    </message>
    <message>
        <source>usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]
  --db PATH           this desk&apos;s database (default: the user&apos;s application data folder)
  --training          practice mode on a separate demo database that never syncs
  --lang zh_CN|en     the language to start in (default: the last one chosen, else zh_CN)
  --simulate-devices  a simulated RFID pad with demo tags, moved from a small window
  --help              this text</source>
        <translation>usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]
  --db PATH           this desk&apos;s database (default: the user&apos;s application data folder)
  --training          practice mode on a separate demo database that never syncs
  --lang zh_CN|en     the language to start in (default: the last one chosen, else zh_CN)
  --simulate-devices  a simulated RFID pad with demo tags, moved from a small window
  --help              this text</translation>
    </message>
</context>
<context>
    <name>DeskTerms</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Card lost</source>
        <translation>Card lost</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>On its way</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Ready to collect</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Overdue fine</source>
        <translation>Overdue fine</translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation>Lost item</translation>
    </message>
    <message>
        <source>Card fee</source>
        <translation>Card fee</translation>
    </message>
    <message>
        <source>Reshelve</source>
        <translation>Reshelve</translation>
    </message>
    <message>
        <source>Put it back on the shelf here.</source>
        <translation>Put it back on the shelf here.</translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation>Hold shelf: %1</translation>
    </message>
    <message>
        <source>Put it on the hold shelf for %1 (card %2), to collect by %3.</source>
        <translation>Put it on the hold shelf for %1 (card %2), to collect by %3.</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Send to %1</translation>
    </message>
    <message>
        <source>A hold of %1 (card %2) is collected there: put it in the transit box.</source>
        <translation>A hold of %1 (card %2) is collected there: put it in the transit box.</translation>
    </message>
    <message>
        <source>Send home to %1</source>
        <translation>Send home to %1</translation>
    </message>
    <message>
        <source>It belongs to %1: put it in the transit box.</source>
        <translation>It belongs to %1: put it in the transit box.</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>On the hold shelf</source>
        <translation>On the hold shelf</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>To cataloguing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not catalogued yet: give it to the cataloguers. Do not shelve or lend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: do not shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has been withdrawn from stock: keep it off the shelf and give it to the staff who handle withdrawn items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was registered as lost and has now been found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 yuan to %2; the lost-item charge is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost-item charge of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost-item charge of %1 stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>There is no such library.</source>
        <translation>There is no such library.</translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation>There is no reader with this card.</translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation>The reader is blocked.</translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation>This card has been reported lost.</translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation>The reader&apos;s card has expired.</translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation>The reader has reached the loan limit.</translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation>The reader owes too much in fines.</translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation>There is no item with this barcode.</translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation>Items of this type are not lent here.</translation>
    </message>
    <message>
        <source>The item is not available for loan.</source>
        <translation>The item is not available for loan.</translation>
    </message>
    <message>
        <source>The item is already on loan to another reader.</source>
        <translation>The item is already on loan to another reader.</translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation>The reader already has this item on loan.</translation>
    </message>
    <message>
        <source>The item is held for another reader.</source>
        <translation>The item is held for another reader.</translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation>The item is not on loan.</translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation>The loan cannot be renewed again.</translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation>Other readers are waiting for this title.</translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation>Items of this type cannot be reserved.</translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation>The reader has reached the hold limit.</translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation>The reader already has a hold on this title.</translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation>There is no such open hold.</translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation>There is no such fee.</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>The amount is not valid.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>The code range is used up.</source>
        <translation>The code range is used up.</translation>
    </message>
    <message>
        <source>The library has no code range for this.</source>
        <translation>The library has no code range for this.</translation>
    </message>
    <message>
        <source>The same copy was lent twice while offline.</source>
        <translation>The same copy was lent twice while offline.</translation>
    </message>
    <message>
        <source>The copy was returned before its loan reached the central.</source>
        <translation>The copy was returned before its loan reached the central.</translation>
    </message>
    <message>
        <source>The loan was already closed at the central.</source>
        <translation>The loan was already closed at the central.</translation>
    </message>
    <message>
        <source>A return arrived that is older than the open loan.</source>
        <translation>A return arrived that is older than the open loan.</translation>
    </message>
    <message>
        <source>The central routes the copy differently from the desk.</source>
        <translation>The central routes the copy differently from the desk.</translation>
    </message>
    <message>
        <source>The record was edited at two places.</source>
        <translation>The record was edited at two places.</translation>
    </message>
    <message>
        <source>This node may not do that.</source>
        <translation>This node may not do that.</translation>
    </message>
    <message>
        <source>The operation is not known.</source>
        <translation>The operation is not known.</translation>
    </message>
    <message>
        <source>The operation&apos;s data is malformed.</source>
        <translation>The operation&apos;s data is malformed.</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>There is no such staff account.</translation>
    </message>
    <message>
        <source>A staff account with this username already exists.</source>
        <translation>A staff account with this username already exists.</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>The username or the password is wrong.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins.</source>
        <translation>The account is locked after too many failed logins.</translation>
    </message>
    <message>
        <source>The staff account has been deactivated.</source>
        <translation>The staff account has been deactivated.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cataloguer</source>
        <translation>Cataloguer</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Hold placed</source>
        <translation>Hold placed</translation>
    </message>
    <message>
        <source>Hold cancelled</source>
        <translation>Hold cancelled</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Hold expired</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>New reader</translation>
    </message>
    <message>
        <source>Reader status</source>
        <translation>Reader status</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>Record edited</translation>
    </message>
    <message>
        <source>The item is not catalogued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was lost and found; its charge needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceStatusWidget</name>
    <message>
        <source>%1: connected (%2)</source>
        <translation>%1: connected (%2)</translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation>%1: not connected (%2)</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation>Serial barcode scanner</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>RFID reader</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>%1 connected and ready.</source>
        <translation>%1 connected and ready.</translation>
    </message>
    <message>
        <source>%1 unplugged: scan the items&apos; barcodes until it is plugged in again.</source>
        <translation>%1 unplugged: scan the items&apos; barcodes until it is plugged in again.</translation>
    </message>
    <message>
        <source>%1 unplugged: type or scan into the scan field until it is plugged in again.</source>
        <translation>%1 unplugged: type or scan into the scan field until it is plugged in again.</translation>
    </message>
    <message>
        <source>not connected; check its cable</source>
        <translation>not connected; check its cable</translation>
    </message>
    <message>
        <source>the tag did not answer; put the item back on the pad</source>
        <translation>the tag did not answer; put the item back on the pad</translation>
    </message>
    <message>
        <source>it did not answer in time; unplug it and plug it in again</source>
        <translation>it did not answer in time; unplug it and plug it in again</translation>
    </message>
    <message>
        <source>the tag refused the operation</source>
        <translation>the tag refused the operation</translation>
    </message>
    <message>
        <source>it sent something the desk cannot read; check how it is set up (HID POS mode)</source>
        <translation>it sent something the desk cannot read; check how it is set up (HID POS mode)</translation>
    </message>
    <message>
        <source>it cannot do this</source>
        <translation>it cannot do this</translation>
    </message>
    <message>
        <source>it is not in HID POS mode; set it to HID POS mode, or use it as a keyboard scanner</source>
        <translation>it is not in HID POS mode; set it to HID POS mode, or use it as a keyboard scanner</translation>
    </message>
    <message>
        <source>the computer refused access to it; ask IT to check the device permissions</source>
        <translation>the computer refused access to it; ask IT to check the device permissions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>Serial scanner</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>The central&apos;s address must be HOST:PORT, such as 192.168.1.10:7443.</source>
        <translation>The central&apos;s address must be HOST:PORT, such as 192.168.1.10:7443.</translation>
    </message>
    <message>
        <source>The fingerprint must be the 64 hex digits of the central&apos;s certificate (colons allowed).</source>
        <translation>The fingerprint must be the 64 hex digits of the central&apos;s certificate (colons allowed).</translation>
    </message>
    <message>
        <source>Type the one-time token the administrator gave for this desk.</source>
        <translation>Type the one-time token the administrator gave for this desk.</translation>
    </message>
    <message>
        <source>Connect to the central</source>
        <translation>Connect to the central</translation>
    </message>
    <message>
        <source>The county&apos;s administrator gives these for each desk (&apos;ilsctl node add&apos; at the central).</source>
        <translation>The county&apos;s administrator gives these for each desk (&apos;ilsctl node add&apos; at the central).</translation>
    </message>
    <message>
        <source>Central &amp;address</source>
        <translation>Central &amp;address</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Certificate &amp;fingerprint</translation>
    </message>
    <message>
        <source>One-time &amp;token</source>
        <translation>One-time &amp;token</translation>
    </message>
    <message>
        <source>Name of this &amp;desk</source>
        <translation>Name of this &amp;desk</translation>
    </message>
</context>
<context>
    <name>EnrolProgressPage</name>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Done. %1 Press Finish, then log in.</source>
        <translation>Done. %1 Press Finish, then log in.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1. Go back to check the address, fingerprint and token, or ask the administrator for a new token.</source>
        <translation>Enrolment failed: %1. Go back to check the address, fingerprint and token, or ask the administrator for a new token.</translation>
    </message>
    <message>
        <source>Step 1 of 3: the download broke off; connecting to the central again (attempt %1)…</source>
        <translation>Step 1 of 3: the download broke off; connecting to the central again (attempt %1)…</translation>
    </message>
    <message>
        <source>Step 1 of 3: connecting to the central at %1:%2…</source>
        <translation>Step 1 of 3: connecting to the central at %1:%2…</translation>
    </message>
    <message>
        <source>Step 2 of 3: downloading the county&apos;s data: %1 of %2 MB. This can take a few minutes on a slow line.</source>
        <translation>Step 2 of 3: downloading the county&apos;s data: %1 of %2 MB. This can take a few minutes on a slow line.</translation>
    </message>
    <message>
        <source>Step 3 of 3: building this desk&apos;s database from the download…</source>
        <translation>Step 3 of 3: building this desk&apos;s database from the download…</translation>
    </message>
</context>
<context>
    <name>EnrolTask</name>
    <message>
        <source>Enrolled as %1 for library %2; replica of %3 MB made in %4 s.</source>
        <translation>Enrolled as %1 for library %2; replica of %3 MB made in %4 s.</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Node, sequence</source>
        <translation>Node, sequence</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Exceptions report</source>
        <translation>Exceptions report</translation>
    </message>
    <message>
        <source>No exceptions: every transaction sent to the central kept the rules.</source>
        <translation>No exceptions: every transaction sent to the central kept the rules.</translation>
    </message>
    <message>
        <source>The newest %1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation>The newest %1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</translation>
    </message>
    <message>
        <source>%1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation>%1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start of the desk</source>
        <translation>First start of the desk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Circulation: scan a reader&apos;s card, then the books</source>
        <translation>Circulation: scan a reader&apos;s card, then the books</translation>
    </message>
    <message>
        <source>Exceptions report</source>
        <translation>Exceptions report</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>This page</translation>
    </message>
    <message>
        <source>Synchronise with the central now</source>
        <translation>Synchronise with the central now</translation>
    </message>
    <message>
        <source>Log out (the next person logs in)</source>
        <translation>Log out (the next person logs in)</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Close the desk</translation>
    </message>
    <message>
        <source>Functions of the circulation screen, shown on it</source>
        <translation>Functions of the circulation screen, shown on it</translation>
    </message>
    <message>
        <source>The menus: Alt and the underlined letter</source>
        <translation>The menus: Alt and the underlined letter</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ils-desk %1</source>
        <translation>ils-desk %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>not enrolled (standalone)</source>
        <translation>not enrolled (standalone)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Practice: a separate demo database that never syncs</source>
        <translation>Practice: a separate demo database that never syncs</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>About this desk</source>
        <translation>About this desk</translation>
    </message>
    <message>
        <source>Lending: scan the reader&apos;s card (or ID card), then each book. Each book appears in the list on the right with its due date.</source>
        <translation>Lending: scan the reader&apos;s card (or ID card), then each book. Each book appears in the list on the right with its due date.</translation>
    </message>
    <message>
        <source>Returning: with no reader on the screen, scan the book. The large banner says where it goes next.</source>
        <translation>Returning: with no reader on the screen, scan the book. The large banner says where it goes next.</translation>
    </message>
    <message>
        <source>F12 when a reader is done: the screen is cleared, and the next book scanned is a return.</source>
        <translation>F12 when a reader is done: the screen is cleared, and the next book scanned is a return.</translation>
    </message>
    <message>
        <source>Fees: a late return shows its fine on the screen. F6 takes a payment, F7 waives a fee (a reason is required). A reader who owes too much borrows again after paying.</source>
        <translation>Fees: a late return shows its fine on the screen. F6 takes a payment, F7 waives a fee (a reason is required). A reader who owes too much borrows again after paying.</translation>
    </message>
    <message>
        <source>Where a returned book goes: Reshelve: back on this library&apos;s shelf. Hold shelf: on the hold shelf, with the reader&apos;s name on a slip (Ctrl+P prints it). Send to another library or home: into the transit box for that library.</source>
        <translation>Where a returned book goes: Reshelve: back on this library&apos;s shelf. Hold shelf: on the hold shelf, with the reader&apos;s name on a slip (Ctrl+P prints it). Send to another library or home: into the transit box for that library.</translation>
    </message>
    <message>
        <source>When a scan is refused, the red bar says why and what to do. Without a network the desk works on: the work is kept on this PC and sent when the network returns.</source>
        <translation>When a scan is refused, the red bar says why and what to do. Without a network the desk works on: the work is kept on this PC and sent when the network returns.</translation>
    </message>
    <message>
        <source>Everyday work</source>
        <translation>Everyday work</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Place a hold</source>
        <translation>Place a hold</translation>
    </message>
    <message>
        <source>Item &amp;barcode:</source>
        <translation>Item &amp;barcode:</translation>
    </message>
    <message>
        <source>&amp;Pick up at:</source>
        <translation>&amp;Pick up at:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed logins: this account is locked until %1. Ask an administrator if you need it sooner.</source>
        <translation>Too many failed logins: this account is locked until %1. Ask an administrator if you need it sooner.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>This account has been deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>[PRACTICE] Log in</source>
        <translation>[PRACTICE] Log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in to the desk</source>
        <translation>Log in to the desk</translation>
    </message>
    <message>
        <source>Log in to the desk of %1</source>
        <translation>Log in to the desk of %1</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Practice account: username %1, password %2</source>
        <translation>Practice account: username %1, password %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. They are added at the central (&apos;ilsctl staff add&apos;) and arrive with the next sync.</source>
        <translation>This database has no staff accounts yet. They are added at the central (&apos;ilsctl staff add&apos;) and arrive with the next sync.</translation>
    </message>
    <message>
        <source>This is a self-service kiosk&apos;s account: it cannot log in to the desk. Log in with your own staff account.</source>
        <translation>This is a self-service kiosk&apos;s account: it cannot log in to the desk. Log in with your own staff account.</translation>
    </message>
    <message>
        <source>This account may not use the circulation desk. Ask an administrator.</source>
        <translation>This account may not use the circulation desk. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>County library desk — %1 — %2</source>
        <translation>County library desk — %1 — %2</translation>
    </message>
    <message>
        <source>[PRACTICE] %1</source>
        <translation>[PRACTICE] %1</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>&amp;Circulation</source>
        <translation>&amp;Circulation</translation>
    </message>
    <message>
        <source>&amp;Exceptions report</source>
        <translation>&amp;Exceptions report</translation>
    </message>
    <message>
        <source>&amp;Help and about</source>
        <translation>&amp;Help and about</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>%1 Circulation   %2 Exceptions   %3 Help   %4 Sync now   %5 Log out</source>
        <translation>%1 Circulation   %2 Exceptions   %3 Help   %4 Sync now   %5 Log out</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practice mode: nothing is synchronised.</source>
        <translation>Practice mode: nothing is synchronised.</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a central: there is nothing to synchronise.</source>
        <translation>This desk is not enrolled with a central: there is nothing to synchronise.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synchronising with the central…</source>
        <translation>Synchronising with the central…</translation>
    </message>
    <message>
        <source>Sync done: sent %1, received %2.</source>
        <translation>Sync done: sent %1, received %2.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ready: scan a reader card, an ID number or an item.</source>
        <translation>Ready: scan a reader card, an ID number or an item.</translation>
    </message>
</context>
<context>
    <name>NewReaderDialog</name>
    <message>
        <source>New reader</source>
        <translation>New reader</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;ID number (optional):</source>
        <translation>&amp;ID number (optional):</translation>
    </message>
    <message>
        <source>This ID number is not valid: check every digit.</source>
        <translation>This ID number is not valid: check every digit.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>Reader:</translation>
    </message>
    <message>
        <source>Owed (yuan):</source>
        <translation>Owed (yuan):</translation>
    </message>
    <message>
        <source>&amp;Amount paid (yuan):</source>
        <translation>&amp;Amount paid (yuan):</translation>
    </message>
</context>
<context>
    <name>PileTable</name>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due / where it goes</source>
        <translation>Due / where it goes</translation>
    </message>
    <message>
        <source>Lent (hold)</source>
        <translation>Lent (hold)</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>, fine %1 yuan owed by %2</source>
        <translation>, fine %1 yuan owed by %2</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice mode</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>The desk opens on a separate demo database with made-up readers and books, marked in orange on every screen. Nothing done there is sent to the central. Log in with the practice account: username %1, password %2. This window comes back at the next start, until the desk is connected or set up.</source>
        <translation>The desk opens on a separate demo database with made-up readers and books, marked in orange on every screen. Nothing done there is sent to the central. Log in with the practice account: username %1, password %2. This window comes back at the next start, until the desk is connected or set up.</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Pick up at</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Collect by</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>No reader</source>
        <translation>No reader</translation>
    </message>
    <message>
        <source>Scan a reader card or an ID number to lend; scan an item alone to return it.</source>
        <translation>Scan a reader card or an ID number to lend; scan an item alone to return it.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>home library %1</source>
        <translation>home library %1</translation>
    </message>
    <message>
        <source>owes %1 yuan</source>
        <translation>owes %1 yuan</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
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
        <translation>No reader is loaded.</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first.</source>
        <translation>Scan the reader&apos;s card first.</translation>
    </message>
    <message>
        <source>The reader has nothing on loan.</source>
        <translation>The reader has nothing on loan.</translation>
    </message>
    <message>
        <source>Nothing to renew.</source>
        <translation>Nothing to renew.</translation>
    </message>
    <message>
        <source>The page could not be printed or saved.</source>
        <translation>The page could not be printed or saved.</translation>
    </message>
    <message>
        <source>Check the printer and that the disk is not full, then press the key again.</source>
        <translation>Check the printer and that the disk is not full, then press the key again.</translation>
    </message>
    <message>
        <source>Scan not accepted</source>
        <translation>Scan not accepted</translation>
    </message>
    <message>
        <source>This reader cannot borrow now</source>
        <translation>This reader cannot borrow now</translation>
    </message>
    <message>
        <source>Checkout refused</source>
        <translation>Checkout refused</translation>
    </message>
    <message>
        <source>Return refused</source>
        <translation>Return refused</translation>
    </message>
    <message>
        <source>Renewal refused</source>
        <translation>Renewal refused</translation>
    </message>
    <message>
        <source>Hold refused</source>
        <translation>Hold refused</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Payment refused</translation>
    </message>
    <message>
        <source>Waiver refused</source>
        <translation>Waiver refused</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Registration refused</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation>There is no reader with this card.</translation>
    </message>
    <message>
        <source>Check the number on the card; a new reader registers with F8.</source>
        <translation>Check the number on the card; a new reader registers with F8.</translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation>The reader is blocked.</translation>
    </message>
    <message>
        <source>Ask the reader to have the block lifted at the central library.</source>
        <translation>Ask the reader to have the block lifted at the central library.</translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation>This card has been reported lost.</translation>
    </message>
    <message>
        <source>Keep the card and check who is using it; the owner gets a new card at their home library.</source>
        <translation>Keep the card and check who is using it; the owner gets a new card at their home library.</translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation>The reader&apos;s card has expired.</translation>
    </message>
    <message>
        <source>Ask the reader to renew the card at their home library, with their ID card.</source>
        <translation>Ask the reader to renew the card at their home library, with their ID card.</translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation>The reader has reached the loan limit.</translation>
    </message>
    <message>
        <source>Lend no more now; the reader can borrow again after returning some items.</source>
        <translation>Lend no more now; the reader can borrow again after returning some items.</translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation>The reader owes too much in fines.</translation>
    </message>
    <message>
        <source>Take a payment (F6) first, then lend again.</source>
        <translation>Take a payment (F6) first, then lend again.</translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation>There is no item with this barcode.</translation>
    </message>
    <message>
        <source>Put the item aside for the cataloguer; do not lend it.</source>
        <translation>Put the item aside for the cataloguer; do not lend it.</translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation>Items of this type are not lent here.</translation>
    </message>
    <message>
        <source>It is for reading in the library only; put it back.</source>
        <translation>It is for reading in the library only; put it back.</translation>
    </message>
    <message>
        <source>The item is not available for loan (lost, withdrawn, in processing or in transit).</source>
        <translation>The item is not available for loan (lost, withdrawn, in processing or in transit).</translation>
    </message>
    <message>
        <source>Press F12, scan the item to check it in, then scan the reader&apos;s card again.</source>
        <translation>Press F12, scan the item to check it in, then scan the reader&apos;s card again.</translation>
    </message>
    <message>
        <source>The item is on loan to another reader.</source>
        <translation>The item is on loan to another reader.</translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation>The reader already has this item on loan.</translation>
    </message>
    <message>
        <source>Nothing to do; to extend the loan, renew it (F3).</source>
        <translation>Nothing to do; to extend the loan, renew it (F3).</translation>
    </message>
    <message>
        <source>The item is waiting on the hold shelf for another reader.</source>
        <translation>The item is waiting on the hold shelf for another reader.</translation>
    </message>
    <message>
        <source>Do not lend it; put it back on the hold shelf.</source>
        <translation>Do not lend it; put it back on the hold shelf.</translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation>The item is not on loan.</translation>
    </message>
    <message>
        <source>Nothing to renew; if it was on the desk, reshelve it.</source>
        <translation>Nothing to renew; if it was on the desk, reshelve it.</translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation>The loan cannot be renewed again.</translation>
    </message>
    <message>
        <source>The item must be returned; the reader may borrow it again afterwards.</source>
        <translation>The item must be returned; the reader may borrow it again afterwards.</translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation>Other readers are waiting for this title.</translation>
    </message>
    <message>
        <source>It cannot be renewed; ask the reader to return it by the due date.</source>
        <translation>It cannot be renewed; ask the reader to return it by the due date.</translation>
    </message>
    <message>
        <source>This desk&apos;s library is not known to the system.</source>
        <translation>This desk&apos;s library is not known to the system.</translation>
    </message>
    <message>
        <source>Call the central library to check this desk&apos;s setup.</source>
        <translation>Call the central library to check this desk&apos;s setup.</translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation>Items of this type cannot be reserved.</translation>
    </message>
    <message>
        <source>Tell the reader; nothing else to do.</source>
        <translation>Tell the reader; nothing else to do.</translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation>The reader has reached the hold limit.</translation>
    </message>
    <message>
        <source>A new hold is possible once one is collected or cancelled.</source>
        <translation>A new hold is possible once one is collected or cancelled.</translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation>The reader already has a hold on this title.</translation>
    </message>
    <message>
        <source>Nothing to do; the reader is already in the queue.</source>
        <translation>Nothing to do; the reader is already in the queue.</translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation>There is no such open hold.</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the holds.</source>
        <translation>Scan the reader&apos;s card again to see the holds.</translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation>There is no such fee.</translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the fees.</source>
        <translation>Scan the reader&apos;s card again to see the fees.</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>The amount is not valid.</translation>
    </message>
    <message>
        <source>Type yuan with at most two decimals, e.g. 2 or 2.50, and no more than is owed.</source>
        <translation>Type yuan with at most two decimals, e.g. 2 or 2.50, and no more than is owed.</translation>
    </message>
    <message>
        <source>What was typed is not valid.</source>
        <translation>What was typed is not valid.</translation>
    </message>
    <message>
        <source>Check it and try again.</source>
        <translation>Check it and try again.</translation>
    </message>
    <message>
        <source>This library has used up its numbers.</source>
        <translation>This library has used up its numbers.</translation>
    </message>
    <message>
        <source>Call the central library for a new range of numbers.</source>
        <translation>Call the central library for a new range of numbers.</translation>
    </message>
    <message>
        <source>This library has no range of numbers for this.</source>
        <translation>This library has no range of numbers for this.</translation>
    </message>
    <message>
        <source>Call the central library to assign one.</source>
        <translation>Call the central library to assign one.</translation>
    </message>
    <message>
        <source>The central library recorded a conflict for this operation.</source>
        <translation>The central library recorded a conflict for this operation.</translation>
    </message>
    <message>
        <source>Tell the central library; it is in the exceptions report.</source>
        <translation>Tell the central library; it is in the exceptions report.</translation>
    </message>
    <message>
        <source>No reader is registered with this ID number.</source>
        <translation>No reader is registered with this ID number.</translation>
    </message>
    <message>
        <source>Register the reader with F8.</source>
        <translation>Register the reader with F8.</translation>
    </message>
    <message>
        <source>This code is not one of our county&apos;s cards or barcodes.</source>
        <translation>This code is not one of our county&apos;s cards or barcodes.</translation>
    </message>
    <message>
        <source>It may be an ISBN or another library&apos;s code: scan the library&apos;s own barcode label.</source>
        <translation>It may be an ISBN or another library&apos;s code: scan the library&apos;s own barcode label.</translation>
    </message>
    <message>
        <source>This is not a card or a barcode.</source>
        <translation>This is not a card or a barcode.</translation>
    </message>
    <message>
        <source>Scan again, or type the number and press Enter.</source>
        <translation>Scan again, or type the number and press Enter.</translation>
    </message>
    <message>
        <source>Your account may not do this at the desk.</source>
        <translation>Your account may not do this at the desk.</translation>
    </message>
    <message>
        <source>Cataloguer accounts look readers up only. Ask a colleague with a circulation account, or log out (Ctrl+L) and log in with one.</source>
        <translation>Cataloguer accounts look readers up only. Ask a colleague with a circulation account, or log out (Ctrl+L) and log in with one.</translation>
    </message>
    <message>
        <source>This scan is far too long to be a card or a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that nothing presses the scanner&apos;s trigger, then scan the label once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before is safe. Free some disk space (or call support), then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before is safe. Try again; if it happens again, restart the desk and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshelve here</source>
        <translation>reshelve here</translation>
    </message>
    <message>
        <source>hold shelf here</source>
        <translation>hold shelf here</translation>
    </message>
    <message>
        <source>send to %1 for a hold</source>
        <translation>send to %1 for a hold</translation>
    </message>
    <message>
        <source>send home to %1</source>
        <translation>send home to %1</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>the author</translation>
    </message>
    <message>
        <source>The item is recorded as lost.</source>
        <translation>The item is recorded as lost.</translation>
    </message>
    <message>
        <source>The item has been withdrawn from the collection.</source>
        <translation>The item has been withdrawn from the collection.</translation>
    </message>
    <message>
        <source>The item is still being processed (not yet catalogued).</source>
        <translation>The item is still being processed (not yet catalogued).</translation>
    </message>
    <message>
        <source>The item is in transit between libraries.</source>
        <translation>The item is in transit between libraries.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <source>The card expired on %1.</source>
        <translation>The card expired on %1.</translation>
    </message>
    <message>
        <source>%1 items on loan; the limit is %2.</source>
        <translation>%1 items on loan; the limit is %2.</translation>
    </message>
    <message>
        <source>Owes %1 yuan; the limit is %2 yuan.</source>
        <translation>Owes %1 yuan; the limit is %2 yuan.</translation>
    </message>
    <message>
        <source>%1 holds; the limit is %2.</source>
        <translation>%1 holds; the limit is %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Item type %1, reader type %2.</source>
        <translation>Item type %1, reader type %2.</translation>
    </message>
    <message>
        <source>Item type %1.</source>
        <translation>Item type %1.</translation>
    </message>
    <message>
        <source>Due back on %1.</source>
        <translation>Due back on %1.</translation>
    </message>
    <message>
        <source>The copy on loan: %1.</source>
        <translation>The copy on loan: %1.</translation>
    </message>
    <message>
        <source>Kept for card %1 until %2.</source>
        <translation>Kept for card %1 until %2.</translation>
    </message>
    <message>
        <source>Renewed %1 times; the limit is %2.</source>
        <translation>Renewed %1 times; the limit is %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n other reader(s) waiting.</source>
        <translation>
            <numerusform>%n other reader waiting.</numerusform>
            <numerusform>%n other readers waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee %1: %2 yuan paid too much.</source>
        <translation>Fee %1: %2 yuan paid too much.</translation>
    </message>
    <message>
        <source>Typed: %1</source>
        <translation>Typed: %1</translation>
    </message>
    <message>
        <source>%1 yuan paid for fee %2, which the central does not know.</source>
        <translation>%1 yuan paid for fee %2, which the central does not know.</translation>
    </message>
    <message>
        <source>This ID number already has card %1.</source>
        <translation>This ID number already has card %1.</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>Check %1.</translation>
    </message>
    <message>
        <source>Copy %1 was also on loan to card %2 from %3; that loan is recorded as returned at %4.</source>
        <translation>Copy %1 was also on loan to card %2 from %3; that loan is recorded as returned at %4.</translation>
    </message>
    <message>
        <source>Copy %1 was lent again to card %2 at %3; this loan is recorded as returned then.</source>
        <translation>Copy %1 was lent again to card %2 at %3; this loan is recorded as returned then.</translation>
    </message>
    <message>
        <source>Copy %1 has a later loan from %2; this loan is recorded as returned then.</source>
        <translation>Copy %1 has a later loan from %2; this loan is recorded as returned then.</translation>
    </message>
    <message>
        <source>Copy %1 was returned at %2 at %3, before this loan reached the central.</source>
        <translation>Copy %1 was returned at %2 at %3, before this loan reached the central.</translation>
    </message>
    <message>
        <source>Copy %1 was returned at %2 at %3, before the open loan from %4; that loan stays open.</source>
        <translation>Copy %1 was returned at %2 at %3, before the open loan from %4; that loan stays open.</translation>
    </message>
    <message>
        <source>Copy %1: the desk at %2 said %3; with what the central knows: %4.</source>
        <translation>Copy %1: the desk at %2 said %3; with what the central knows: %4.</translation>
    </message>
    <message>
        <source>Record %1, %2: “%3” was sent; “%4” is kept.</source>
        <translation>Record %1, %2: “%3” was sent; “%4” is kept.</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Nothing was typed.</translation>
    </message>
    <message>
        <source>“%1”: a second decimal point at character %2.</source>
        <translation>“%1”: a second decimal point at character %2.</translation>
    </message>
    <message>
        <source>“%1”: no yuan before the point at character %2 (write 0.50, not .50).</source>
        <translation>“%1”: no yuan before the point at character %2 (write 0.50, not .50).</translation>
    </message>
    <message>
        <source>“%1”: a sign at character %2; amounts are never negative.</source>
        <translation>“%1”: a sign at character %2; amounts are never negative.</translation>
    </message>
    <message>
        <source>“%1”: a comma at character %2; write 1200, not 1,200.</source>
        <translation>“%1”: a comma at character %2; write 1200, not 1,200.</translation>
    </message>
    <message>
        <source>“%1”: character %2 is not a digit.</source>
        <translation>“%1”: character %2 is not a digit.</translation>
    </message>
    <message>
        <source>“%1”: a third decimal at character %2; the smallest amount is 0.01 yuan.</source>
        <translation>“%1”: a third decimal at character %2; the smallest amount is 0.01 yuan.</translation>
    </message>
    <message>
        <source>“%1”: too many digits of yuan.</source>
        <translation>“%1”: too many digits of yuan.</translation>
    </message>
    <message>
        <source>“%1”: no digits after the point at character %2.</source>
        <translation>“%1”: no digits after the point at character %2.</translation>
    </message>
    <message>
        <source>Copy %1: the loan to card %2 was already closed; the copy is now lent to card %3.</source>
        <translation>Copy %1: the loan to card %2 was already closed; the copy is now lent to card %3.</translation>
    </message>
    <message>
        <source>Copy %1 is back: the loan that was renewed was already closed.</source>
        <translation>Copy %1 is back: the loan that was renewed was already closed.</translation>
    </message>
    <message>
        <source>the library&apos;s code (letters, digits, - or _; not one in use)</source>
        <translation>the library&apos;s code (letters, digits, - or _; not one in use)</translation>
    </message>
    <message>
        <source>the library&apos;s name</source>
        <translation>the library&apos;s name</translation>
    </message>
    <message>
        <source>the division code (6 digits)</source>
        <translation>the division code (6 digits)</translation>
    </message>
    <message>
        <source>the username (a-z, 0-9, . _ -)</source>
        <translation>the username (a-z, 0-9, . _ -)</translation>
    </message>
    <message>
        <source>the staff member&apos;s name</source>
        <translation>the staff member&apos;s name</translation>
    </message>
    <message>
        <source>the database file: it exists already</source>
        <translation>the database file: it exists already</translation>
    </message>
    <message>
        <source>A password of one repeated character is too easy to guess.</source>
        <translation>A password of one repeated character is too easy to guess.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The item is not catalogued yet; it cannot be lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not lend it and do not shelve it: give it to the cataloguers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was registered as lost and has been found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether to refund the lost-item charge, then scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfidPadController</name>
    <message>
        <source>The RFID pad does not answer</source>
        <translation>The RFID pad does not answer</translation>
    </message>
    <message>
        <source>Check that its cable is plugged in. Until it answers, scan the items&apos; barcodes.</source>
        <translation>Check that its cable is plugged in. Until it answers, scan the items&apos; barcodes.</translation>
    </message>
    <message>
        <source>%1 is lent, but its security bit could not be cleared: the gate will alarm</source>
        <translation>%1 is lent, but its security bit could not be cleared: the gate will alarm</translation>
    </message>
    <message>
        <source>The loan is recorded. Put the item back on the pad to try again, or desensitise it by hand.</source>
        <translation>The loan is recorded. Put the item back on the pad to try again, or desensitise it by hand.</translation>
    </message>
    <message>
        <source>%1 is returned, but its security bit could not be set</source>
        <translation>%1 is returned, but its security bit could not be set</translation>
    </message>
    <message>
        <source>The return is recorded. Put the item back on the pad to try again, or sensitise it by hand.</source>
        <translation>The return is recorded. Put the item back on the pad to try again, or sensitise it by hand.</translation>
    </message>
    <message>
        <source>Security bit of %1 cleared: it can leave the library</source>
        <translation>Security bit of %1 cleared: it can leave the library</translation>
    </message>
    <message>
        <source>Security bit of %1 set</source>
        <translation>Security bit of %1 set</translation>
    </message>
    <message>
        <source>%1 is missing part %2 (of %3)</source>
        <translation>%1 is missing part %2 (of %3)</translation>
    </message>
    <message>
        <source>%1 is missing parts %2 (of %3)</source>
        <translation>%1 is missing parts %2 (of %3)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between part numbers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Put every part on the pad: a set is lent or returned only when all its parts are there.</source>
        <translation>Put every part on the pad: a set is lent or returned only when all its parts are there.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>RfidPadPanel</name>
    <message numerus="yes">
        <source>waiting for part %1 (of %2)</source>
        <translation>
            <numerusform>waiting for part %1 (of %2)</numerusform>
            <numerusform>waiting for parts %1 (of %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between part numbers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>lent</source>
        <translation>lent</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>refused: see the message above</source>
        <translation>refused: see the message above</translation>
    </message>
    <message>
        <source>; security bit NOT written: put it back on the pad</source>
        <translation>; security bit NOT written: put it back on the pad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n part(s))</source>
        <translation>
            <numerusform> (%n part)</numerusform>
            <numerusform> (%n parts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>RFID pad (%1): %n item(s) on the pad</source>
        <translation>
            <numerusform>RFID pad (%1): %n item on the pad</numerusform>
            <numerusform>RFID pad (%1): %n items on the pad</numerusform>
        </translation>
    </message>
    <message>
        <source>RFID pad (%1): not connected</source>
        <translation>RFID pad (%1): not connected</translation>
    </message>
    <message>
        <source>not handled: the reader card on the pad was refused (see the message above)</source>
        <translation>not handled: the reader card on the pad was refused (see the message above)</translation>
    </message>
    <message>
        <source>Tag %1: no library data. Put the item back on the pad; if it stays, give it to the cataloguer.</source>
        <translation>Tag %1: no library data. Put the item back on the pad; if it stays, give it to the cataloguer.</translation>
    </message>
</context>
<context>
    <name>RfidSimulatorWindow</name>
    <message>
        <source>Simulated RFID pad</source>
        <translation>Simulated RFID pad</translation>
    </message>
    <message>
        <source>Pad plugged in</source>
        <translation>Pad plugged in</translation>
    </message>
    <message>
        <source>Make the next security write fail</source>
        <translation>Make the next security write fail</translation>
    </message>
    <message>
        <source>A blank tag (no library data)</source>
        <translation>A blank tag (no library data)</translation>
    </message>
    <message>
        <source>Simulated scanner: type a barcode, then Enter</source>
        <translation>Simulated scanner: type a barcode, then Enter</translation>
    </message>
</context>
<context>
    <name>RoutingBanner</name>
    <message>
        <source>Returns show here where each item goes.</source>
        <translation>Returns show here where each item goes.</translation>
    </message>
    <message>
        <source>Call number %1 · %2</source>
        <translation>Call number %1 · %2</translation>
    </message>
</context>
<context>
    <name>SlipPainter</name>
    <message>
        <source>Loan receipt</source>
        <translation>Loan receipt</translation>
    </message>
    <message>
        <source>Reader: %1  Card: %2</source>
        <translation>Reader: %1  Card: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Please return them by the date shown.</source>
        <translation>
            <numerusform>%n item. Please return it by the date shown.</numerusform>
            <numerusform>%n items. Please return them by the date shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold for card %1</source>
        <translation>Hold for card %1</translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation>Collect by %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>The database %1 could not be created: %2</translation>
    </message>
    <message>
        <source>Standalone county database</source>
        <translation>Standalone county database</translation>
    </message>
    <message>
        <source>For a county that starts on one computer. Staff, code ranges and rules are added later with ilsctl.</source>
        <translation>For a county that starts on one computer. Staff, code ranges and rules are added later with ilsctl.</translation>
    </message>
    <message>
        <source>County &amp;code (6 digits)</source>
        <translation>County &amp;code (6 digits)</translation>
    </message>
    <message>
        <source>Library &amp;name</source>
        <translation>Library &amp;name</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;username</source>
        <translation>Administrator&apos;s &amp;username</translation>
    </message>
    <message>
        <source>Administrator&apos;s n&amp;ame</source>
        <translation>Administrator&apos;s n&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more)</source>
        <translation>&amp;Password (8 characters or more)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a central: nothing is synchronised.</source>
        <translation>This desk is not enrolled with a central: nothing is synchronised.</translation>
    </message>
    <message>
        <source>Practice: no sync</source>
        <translation>Practice: no sync</translation>
    </message>
    <message>
        <source>Practice mode: transactions stay on this computer.</source>
        <translation>Practice mode: transactions stay on this computer.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to the central and up to date.</source>
        <translation>Connected to the central and up to date.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>Sending and receiving changes.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Connecting to the central.</source>
        <translation>Connecting to the central.</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>To send: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>the central cannot be reached (the network is down or the central is not running).</source>
        <translation>the central cannot be reached (the network is down or the central is not running).</translation>
    </message>
    <message>
        <source>the central does not accept this desk any more; call the central library.</source>
        <translation>the central does not accept this desk any more; call the central library.</translation>
    </message>
    <message>
        <source>this desk&apos;s program is too old or too new for the central; call the central library.</source>
        <translation>this desk&apos;s program is too old or too new for the central; call the central library.</translation>
    </message>
    <message>
        <source>this desk is not enrolled with a central; call the central library.</source>
        <translation>this desk is not enrolled with a central; call the central library.</translation>
    </message>
    <message>
        <source>this desk&apos;s database is missing; call the central library.</source>
        <translation>this desk&apos;s database is missing; call the central library.</translation>
    </message>
    <message>
        <source>the central is restarting; it is tried again shortly.</source>
        <translation>the central is restarting; it is tried again shortly.</translation>
    </message>
    <message>
        <source>the connection to the central broke off; it is tried again shortly.</source>
        <translation>the connection to the central broke off; it is tried again shortly.</translation>
    </message>
    <message>
        <source>Offline: work is kept on this PC and sent when the network returns</source>
        <translation>Offline: work is kept on this PC and sent when the network returns</translation>
    </message>
    <message>
        <source>Not connected. The desk works on; transactions wait on this PC.</source>
        <translation>Not connected. The desk works on; transactions wait on this PC.</translation>
    </message>
    <message>
        <source>Not connected: %1 The desk works on; transactions wait on this PC.</source>
        <translation>Not connected: %1 The desk works on; transactions wait on this PC.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode — nothing done here is sent to the central</source>
        <translation>Practice mode — nothing done here is sent to the central</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Waive a fee</source>
        <translation>Waive a fee</translation>
    </message>
    <message>
        <source>%1 %2: %3 yuan</source>
        <translation>%1 %2: %3 yuan</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This desk has no database yet. How will it be used?</source>
        <translation>This desk has no database yet. How will it be used?</translation>
    </message>
    <message>
        <source>&amp;Connect to the county central (a branch or circulation point)</source>
        <translation>&amp;Connect to the county central (a branch or circulation point)</translation>
    </message>
    <message>
        <source>&amp;Standalone: a new county database on this computer, no central</source>
        <translation>&amp;Standalone: a new county database on this computer, no central</translation>
    </message>
    <message>
        <source>&amp;Practice only: try the desk on demo data, nothing is saved for real</source>
        <translation>&amp;Practice only: try the desk on demo data, nothing is saved for real</translation>
    </message>
</context>
</TS>
