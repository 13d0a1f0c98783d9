<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CirculationController</name>
    <message>
        <source>Hold placed on %1: number %2 in the queue, to collect at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 yuan; still owed %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reader %1, card %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1 (it was not on loan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) overdue, fine %1 yuan</source>
        <translation>
            <numerusform> — %n day overdue, fine %1 yuan</numerusform>
            <numerusform> — %n days overdue, fine %1 yuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewed %1 of %2 loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed: %1, now due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n not renewed. %2</source>
        <translation>
            <numerusform>%1; %n was not renewed. %2</numerusform>
            <numerusform>%1; %n were not renewed. %2</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationView</name>
    <message>
        <source>Scan a reader card, an ID number or an item barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 Scan  F3 Renew selected  F4 Renew all  F5 Hold  F6 Pay  F7 Waive  F8 New reader  F12 Reader done  Ctrl+P Print slip  Ctrl+Shift+P Print card label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the loan with the arrow keys, then press F3 again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print yet: lend or return an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first, then press Ctrl+Shift+P to print its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer: saved as PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reader, card %1: give the reader the card with this label.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a practice database; practice mode never opens a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>unknown or incomplete argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILS_DESK_QUIT: &apos;%1&apos; is not valid (expected login or main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskTerms</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back on the shelf here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold shelf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the hold shelf for %1 (card %2), to collect by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold of %1 (card %2) is collected there: put it in the transit box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send home to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to %1: put it in the transit box.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not available for loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is already on loan to another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is held for another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code range is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no code range for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same copy was lent twice while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was returned before its loan reached the central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan was already closed at the central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return arrived that is older than the open loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central routes the copy differently from the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was edited at two places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation&apos;s data is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff account with this username already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cataloguer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>Barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unplugged: scan the items&apos; barcodes until it is plugged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unplugged: type or scan into the scan field until it is plugged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected; check its cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag did not answer; put the item back on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time; unplug it and plug it in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag refused the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sent something the desk cannot read; check how it is set up (HID POS mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in HID POS mode; set it to HID POS mode, or use it as a keyboard scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer refused access to it; ask IT to check the device permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>The central&apos;s address must be HOST:PORT, such as 192.168.1.10:7443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint must be the 64 hex digits of the central&apos;s certificate (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one-time token the administrator gave for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s administrator gives these for each desk (&apos;ilsctl node add&apos; at the central).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this &amp;desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolProgressPage</name>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1 Press Finish, then log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment failed: %1. Go back to check the address, fingerprint and token, or ask the administrator for a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: the download broke off; connecting to the central again (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: connecting to the central at %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: downloading the county&apos;s data: %1 of %2 MB. This can take a few minutes on a slow line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: building this desk&apos;s database from the download…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolTask</name>
    <message>
        <source>Enrolled as %1 for library %2; replica of %3 MB made in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node, sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Exceptions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions: every transaction sent to the central kept the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries: rules broken by transactions done offline, as the central recorded them. Settle each with the reader or the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start of the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Circulation: scan a reader&apos;s card, then the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the central now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out (the next person logs in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions of the circulation screen, shown on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menus: Alt and the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ils-desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled (standalone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: a separate demo database that never syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Place a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &amp;barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick up at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed logins: this account is locked until %1. Ask an administrator if you need it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PRACTICE] Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the desk of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice account: username %1, password %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. They are added at the central (&apos;ilsctl staff add&apos;) and arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a self-service kiosk&apos;s account: it cannot log in to the desk. Log in with your own staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use the circulation desk. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>County library desk — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PRACTICE] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exceptions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Circulation   %2 Exceptions   %3 Help   %4 Sync now   %5 Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: scan a reader card, an ID number or an item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReaderDialog</name>
    <message>
        <source>New reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is not valid: check every digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount paid (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PileTable</name>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due / where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, fine %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk opens on a separate demo database with made-up readers and books, marked in orange on every screen. Nothing done there is sent to the central. Log in with the practice account: username %1, password %2. This window comes back at the next start, until the desk is connected or set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a reader card or an ID number to lend; scan an item alone to return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owes %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>No reader is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has nothing on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer and that the disk is not full, then press the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reader cannot borrow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reader with this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number on the card; a new reader registers with F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the reader to have the block lifted at the central library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the card and check who is using it; the owner gets a new card at their home library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the reader to renew the card at their home library, with their ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has reached the loan limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend no more now; the reader can borrow again after returning some items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader owes too much in fines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a payment (F6) first, then lend again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with this barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the item aside for the cataloguer; do not lend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of this type are not lent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is for reading in the library only; put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not available for loan (lost, withdrawn, in processing or in transit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F12, scan the item to check it in, then scan the reader&apos;s card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is on loan to another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader already has this item on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; to extend the loan, renew it (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is waiting on the hold shelf for another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not lend it; put it back on the hold shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to renew; if it was on the desk, reshelve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan cannot be renewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item must be returned; the reader may borrow it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readers are waiting for this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be renewed; ask the reader to return it by the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s library is not known to the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the central library to check this desk&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of this type cannot be reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the reader; nothing else to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader has reached the hold limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new hold is possible once one is collected or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader already has a hold on this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; the reader is already in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such open hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the reader&apos;s card again to see the fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yuan with at most two decimals, e.g. 2 or 2.50, and no more than is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library has used up its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the central library for a new range of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library has no range of numbers for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the central library to assign one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central library recorded a conflict for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the central library; it is in the exceptions report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader is registered with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the reader with F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not one of our county&apos;s cards or barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be an ISBN or another library&apos;s code: scan the library&apos;s own barcode label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a card or a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again, or type the number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cataloguer accounts look readers up only. Ask a colleague with a circulation account, or log out (Ctrl+L) and log in with one.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that its cable is plugged in. Until it answers, scan the items&apos; barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lent, but its security bit could not be cleared: the gate will alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan is recorded. Put the item back on the pad to try again, or desensitise it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is returned, but its security bit could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is recorded. Put the item back on the pad to try again, or sensitise it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security bit of %1 cleared: it can leave the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security bit of %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing part %2 (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing parts %2 (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between part numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every part on the pad: a set is lent or returned only when all its parts are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfidPadPanel</name>
    <message>
        <source>Tag %1: no library data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; security bit NOT written: put it back on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not handled: the reader card on the pad was refused (see the message above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfidSimulatorWindow</name>
    <message>
        <source>Simulated RFID pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the next security write fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank tag (no library data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated scanner: type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingBanner</name>
    <message>
        <source>Returns show here where each item goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPainter</name>
    <message>
        <source>Loan receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: %1  Card: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandalonePage</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone county database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a county that starts on one computer. Staff, code ranges and rules are added later with ilsctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s n&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not enrolled with a central: nothing is synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: transactions stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the central and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. The desk works on; transactions wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1. The desk works on; transactions wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Practice mode — nothing done here is sent to the central</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <source>Waive a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no database yet. How will it be used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the county central (a branch or circulation point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standalone: a new county database on this computer, no central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice only: try the desk on demo data, nothing is saved for real</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
