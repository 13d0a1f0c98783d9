<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ilsctl</name>
    <message>
        <source>Created database %1 for %2, UTC offset %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader %1, item %2, level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(built-in default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every library of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: %2. Due dates will skip this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEEKDAY: &apos;%1&apos; is not valid (expected 1 for Monday to 7 for Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed every weekday %1 (1 = Monday): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 is not set (the built-in default applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this library (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of the county central library, e.g. 532622</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the county central library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county&apos;s time zone (default 480, UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 2260 division code of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database and the county central library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the county&apos;s circulation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader type, or * for any (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item type, or * for any (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library level, or * for any (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan period in days; 0: not lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most items on loan at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many times a loan may be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a renewal adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine per day overdue, e.g. 0.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days overdue before a fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest fine for one loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether such items may be reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most open holds per reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one row of the rule matrix (unnamed fields keep their values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a day (YYYY-MM-DD); no item falls due on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a day of every week (1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library where this happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent: %1 %2 to %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fills the reader&apos;s hold on the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: reshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: hold shelf for %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: send to %1 for the hold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: send to %1, its home library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1 %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loan of %1 closed, %n day(s) overdue.</source>
        <translation>
            <numerusform>Loan of %1 closed, %n day overdue.</numerusform>
            <numerusform>Loan of %1 closed, %n days overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan of %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINE: %1 yuan charged to the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed: %1 for %2, due %3 (was %4), renewal %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend an item to a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a returned item back; prints where it must go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew a loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (default: environment variable ILS_DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting, recorded in the outbox (default: ILS_OPERATOR, USER or ilsctl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: from LC_ALL, LC_MESSAGES, LANG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show help, for the program or for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment ILS_NOW: &apos;%1&apos; is not a UTC time such as 2026-03-02T02:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing option --db PATH (or set the environment variable ILS_DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: no such file (create one with &apos;ilsctl init&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 already exists and is not empty; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated the demo county in %1 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 records, %2 items, %3 readers (%4 with a resident ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 past loans, %2 open loans (%3 overdue), %4 holds, %5 fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many items (copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many past loans; open loans come on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many titles (default: two for every five items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; the same seed and ILS_NOW give the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database with a synthetic county, with Chinese titles and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 yuan for %2; still owes %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived %1 yuan of fee #%2 for %3; %4 yuan of it outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owes %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a payment in yuan (e.g. 1.50); the oldest fees are settled first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive part or all of a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a reader&apos;s open fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ilsctl COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command (they may appear anywhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;ilsctl COMMAND --help&apos; describes one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ilsctl %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ilsctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilsctl %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold #%1 placed on %2 for %3, number %4 in the queue; pickup at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold #%1 on %2 for %3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the reader will collect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve the title of an item for a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a reader&apos;s open holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  owner:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  current library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in transit to:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  loan:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holds waiting:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  call number:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owning library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, for a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN; a record with this ISBN is reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author, for a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher, for a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year of publication, for a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a copy of this existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item type for the rules (default book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy; prints the new barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an item: status, owner, where it is, its loan and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, level %2, under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now sits under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  level:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  parent:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  division: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  under it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 range: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province, prefecture, county, branch or point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 2260 division code, where it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a library to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a library under another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a library, the libraries under it and its code ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting to be sent to the central.</source>
        <translation>
            <numerusform>%n entry waiting to be sent to the central.</numerusform>
            <numerusform>%n entries waiting to be sent to the central.</numerusform>
        </translation>
    </message>
    <message>
        <source>only entries not yet acknowledged by the central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N entries (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries after this sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outbox, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilsctl: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ilsctl: error [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3  %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n range(s) from %1.</source>
        <translation>
            <numerusform>Imported %n range from %1.</numerusform>
            <numerusform>Imported %n ranges from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not valid (expected reader or item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not of this network: no code range holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  range %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a range table (TSV: kind first last library description); all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ranges of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the code ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell which library and range a card number or barcode belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  loans (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 %2, due %3, lent at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  holds (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    #%1 %2, pickup at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  home library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  card expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ID number:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  deposit:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  owes:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library issuing the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader type for the rules (default adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit paid, e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a reader; prints the new card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the resident ID number unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a reader with loans, holds and what they owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N readers (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the first N readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the reader is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a reader from borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a reader borrow again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note, e.g. who reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a reader&apos;s card lost</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of minutes, such as 480 for UTC+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in yuan with at most 2 decimals, such as 1.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026-05-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the hold shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; &apos;ilsctl --help&apos; lists the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; &apos;ilsctl --help&apos; lists the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of its commands; &apos;ilsctl %1 --help&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;ilsctl %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing option %1 %2 (usage: ilsctl %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1 (usage: ilsctl %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: ilsctl %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show resident ID numbers in payloads unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold on the shelf has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take these copies off the hold shelf and check them in again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library whose hold shelf is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire holds left on the hold shelf past their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3 seq %4  %5 at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries after this id (to page on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N entries (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the exceptions report: rules broken by operations done offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 storage failure, 2 bad input or refused by the rules, 3 not found, 4 could not reach the central or the sync failed.
Environment: ILS_DB (the database), ILS_NOW (fixes the clock, e.g. 2026-03-02T02:00:00Z), ILS_OPERATOR.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration of the county library network: libraries, code ranges, readers, items, circulation, rules, the outbox and replication with the central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is the replica of an enrolled node; nodes are managed on the central&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-days: a token must be valid for at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added node %1 (number %2) for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment token (shown once, valid until %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 --token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node %1 (&apos;ilsctl nodes&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is revoked: the central refuses its credentials from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the nodes: status, last contact, backlog (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library the node works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the node, e.g. the desk it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days the enrolment token stays valid (default 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a node at the central; prints its one-time enrolment token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a node&apos;s credentials (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --title, --author, --publisher, --year, --isbn, --clc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 edited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new year of publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new Chinese Library Classification class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a bibliographic record; unnamed fields keep their values</source>
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
        <source>--fingerprint: &apos;%1&apos; is not valid (expected the SHA-256 fingerprint of the central&apos;s certificate: 64 hex digits, colons allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 already exists; enrolment creates a new node database, give a new path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central refused the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as node %1 (number %2) for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica %1 made from the central&apos;s snapshot: %2 bytes (%3 compressed), change number %4, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is not an enrolled node; enrol it first with &apos;ilsctl enrol&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed after %1 operation(s) pushed and %2 change(s) pulled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 operation(s): %2 applied, %3 applied with exceptions, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 change(s); the replica is at change number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operation(s) still waiting in the outbox. Done in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the central&apos;s ils-central listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 fingerprint of the central&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-time token from &apos;ilsctl node add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for this node, e.g. the desk it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make --db (a new file) a node&apos;s replica, from the central&apos;s snapshot; stores the node&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central&apos;s address for this run (default: as enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate fingerprint to expect for this run (default: as enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the outbox to the central, pull its changes, and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT, such as 192.168.1.10:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record %1</source>
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
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cataloguer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not valid (expected administrator, cataloguer, circulation or kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: standard input ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a terminal: give the password with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (default: a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff member&apos;s name as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, cataloguer, circulation or kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library the staff member works at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account for the desk (at the central; it replicates to the nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a staff member&apos;s password (and lift a lock-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a staff account: it can no longer log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a training database (practice mode); its transactions never sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX: &apos;%1&apos; at character %2 is not a hexadecimal digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX: no hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX: an odd number of hexadecimal digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model: &apos;%1&apos; is not valid (expected 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length that cannot be right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not library tag data of ISO 28560-2 or ISO 28560-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data element breaks its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form this program does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquisition item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item for circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item not for circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patron card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other or local use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--usage: &apos;%1&apos; is not valid (expected circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hexadecimal digits such as 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONIX media format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARC media format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILL borrowing institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILL borrowing transaction number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 product identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative unique item identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local data A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local data B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local product identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media format (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply chain stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative item identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative owner institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsidiary of the owner institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative ILL borrowing institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local data C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag is blank: nothing has been written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag cannot be read at byte %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary item identifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner library (ISIL): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of usage: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required: 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part %1 is more than --parts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not fit %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as ISO 28560-2 or -3 (default: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what an RFID tag&apos;s memory holds (hex, spaces allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 28560-2 or ISO 28560-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary item identifier (the item&apos;s barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner library&apos;s ISIL, e.g. CN-530000-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of parts in the set (with --part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which part this tag is on (with --parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of usage: circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tag memory (hex) for an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a lost item found, when the county&apos;s lost_charge is ask: refund its charge or keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: to the cataloguers (not catalogued yet; it stays in processing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTE: keep off the shelf (withdrawn; it stays withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lost-charge must be refund or keep, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOUND: the item was registered as lost and has now been found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND: %1 yuan to %2; the lost-item charge is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost-item charge of %1 stays (%2 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not catalogued yet; give it to the cataloguers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was registered as lost and has been found: say whether to refund its charge (--lost-charge refund or keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost_charge must be refund, keep or ask, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found after being lost; its charge was refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found after being lost; its charge was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found after being lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought to a desk while in processing; sent to the cataloguers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought to a desk while withdrawn; kept off the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  history:         %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
