<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ilsctl</name>
    <message>
        <source>Created database %1 for %2, UTC offset %3 minutes.</source>
        <translation>Created database %1 for %2, UTC offset %3 minutes.</translation>
    </message>
    <message>
        <source>reader %1, item %2, level %3</source>
        <translation>reader %1, item %2, level %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>loan days</source>
        <translation>loan days</translation>
    </message>
    <message>
        <source>max loans</source>
        <translation>max loans</translation>
    </message>
    <message>
        <source>renewals</source>
        <translation>renewals</translation>
    </message>
    <message>
        <source>renewal days</source>
        <translation>renewal days</translation>
    </message>
    <message>
        <source>fine/day</source>
        <translation>fine/day</translation>
    </message>
    <message>
        <source>grace days</source>
        <translation>grace days</translation>
    </message>
    <message>
        <source>fine cap</source>
        <translation>fine cap</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>holds</translation>
    </message>
    <message>
        <source>max holds</source>
        <translation>max holds</translation>
    </message>
    <message>
        <source>reader type</source>
        <translation>reader type</translation>
    </message>
    <message>
        <source>item type</source>
        <translation>item type</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>(built-in default)</source>
        <translation>(built-in default)</translation>
    </message>
    <message>
        <source>Rule set for %1:</source>
        <translation>Rule set for %1:</translation>
    </message>
    <message>
        <source>every library of the county</source>
        <translation>every library of the county</translation>
    </message>
    <message>
        <source>Closed on %1: %2. Due dates will skip this day.</source>
        <translation>Closed on %1: %2. Due dates will skip this day.</translation>
    </message>
    <message>
        <source>WEEKDAY: &apos;%1&apos; is not valid (expected 1 for Monday to 7 for Sunday)</source>
        <translation>WEEKDAY: &apos;%1&apos; is not valid (expected 1 for Monday to 7 for Sunday)</translation>
    </message>
    <message>
        <source>Closed every weekday %1 (1 = Monday): %2.</source>
        <translation>Closed every weekday %1 (1 = Monday): %2.</translation>
    </message>
    <message>
        <source>setting %1 is not set (the built-in default applies)</source>
        <translation>setting %1 is not set (the built-in default applies)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>only this library (default: all)</source>
        <translation>only this library (default: all)</translation>
    </message>
    <message>
        <source>code of the county central library, e.g. 532622</source>
        <translation>code of the county central library, e.g. 532622</translation>
    </message>
    <message>
        <source>name of the county central library</source>
        <translation>name of the county central library</translation>
    </message>
    <message>
        <source>the county&apos;s time zone (default 480, UTC+8)</source>
        <translation>the county&apos;s time zone (default 480, UTC+8)</translation>
    </message>
    <message>
        <source>GB/T 2260 division code of the county</source>
        <translation>GB/T 2260 division code of the county</translation>
    </message>
    <message>
        <source>Create the database and the county central library</source>
        <translation>Create the database and the county central library</translation>
    </message>
    <message>
        <source>List the county&apos;s circulation rules</source>
        <translation>List the county&apos;s circulation rules</translation>
    </message>
    <message>
        <source>reader type, or * for any (default)</source>
        <translation>reader type, or * for any (default)</translation>
    </message>
    <message>
        <source>item type, or * for any (default)</source>
        <translation>item type, or * for any (default)</translation>
    </message>
    <message>
        <source>library level, or * for any (default)</source>
        <translation>library level, or * for any (default)</translation>
    </message>
    <message>
        <source>loan period in days; 0: not lent</source>
        <translation>loan period in days; 0: not lent</translation>
    </message>
    <message>
        <source>most items on loan at once</source>
        <translation>most items on loan at once</translation>
    </message>
    <message>
        <source>how many times a loan may be renewed</source>
        <translation>how many times a loan may be renewed</translation>
    </message>
    <message>
        <source>days a renewal adds</source>
        <translation>days a renewal adds</translation>
    </message>
    <message>
        <source>fine per day overdue, e.g. 0.10</source>
        <translation>fine per day overdue, e.g. 0.10</translation>
    </message>
    <message>
        <source>days overdue before a fine</source>
        <translation>days overdue before a fine</translation>
    </message>
    <message>
        <source>largest fine for one loan</source>
        <translation>largest fine for one loan</translation>
    </message>
    <message>
        <source>whether such items may be reserved</source>
        <translation>whether such items may be reserved</translation>
    </message>
    <message>
        <source>most open holds per reader</source>
        <translation>most open holds per reader</translation>
    </message>
    <message>
        <source>Set one row of the rule matrix (unnamed fields keep their values)</source>
        <translation>Set one row of the rule matrix (unnamed fields keep their values)</translation>
    </message>
    <message>
        <source>Close a day (YYYY-MM-DD); no item falls due on it</source>
        <translation>Close a day (YYYY-MM-DD); no item falls due on it</translation>
    </message>
    <message>
        <source>Close a day of every week (1 = Monday … 7 = Sunday)</source>
        <translation>Close a day of every week (1 = Monday … 7 = Sunday)</translation>
    </message>
    <message>
        <source>Show a setting</source>
        <translation>Show a setting</translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation>Change a setting</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>option %1 is given more than once</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>option %1 takes no value</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>option %1 needs a value (%2)</translation>
    </message>
    <message>
        <source>the library where this happens</source>
        <translation>the library where this happens</translation>
    </message>
    <message>
        <source>Lent: %1 %2 to %3, due %4.</source>
        <translation>Lent: %1 %2 to %3, due %4.</translation>
    </message>
    <message>
        <source>This fills the reader&apos;s hold on the title.</source>
        <translation>This fills the reader&apos;s hold on the title.</translation>
    </message>
    <message>
        <source>ROUTE: reshelve</source>
        <translation>ROUTE: reshelve</translation>
    </message>
    <message>
        <source>ROUTE: hold shelf for %1 until %2</source>
        <translation>ROUTE: hold shelf for %1 until %2</translation>
    </message>
    <message>
        <source>ROUTE: send to %1 for the hold of %2</source>
        <translation>ROUTE: send to %1 for the hold of %2</translation>
    </message>
    <message>
        <source>ROUTE: send to %1, its home library</source>
        <translation>ROUTE: send to %1, its home library</translation>
    </message>
    <message>
        <source>Returned: %1 %2 at %3.</source>
        <translation>Returned: %1 %2 at %3.</translation>
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
        <translation>Loan of %1 closed.</translation>
    </message>
    <message>
        <source>The item was not on loan.</source>
        <translation>The item was not on loan.</translation>
    </message>
    <message>
        <source>FINE: %1 yuan charged to the borrower.</source>
        <translation>FINE: %1 yuan charged to the borrower.</translation>
    </message>
    <message>
        <source>Renewed: %1 for %2, due %3 (was %4), renewal %5.</source>
        <translation>Renewed: %1 for %2, due %3 (was %4), renewal %5.</translation>
    </message>
    <message>
        <source>Lend an item to a reader</source>
        <translation>Lend an item to a reader</translation>
    </message>
    <message>
        <source>Take a returned item back; prints where it must go</source>
        <translation>Take a returned item back; prints where it must go</translation>
    </message>
    <message>
        <source>Renew a loan</source>
        <translation>Renew a loan</translation>
    </message>
    <message>
        <source>the database (default: environment variable ILS_DB)</source>
        <translation>the database (default: environment variable ILS_DB)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>who is acting, recorded in the outbox (default: ILS_OPERATOR, USER or ilsctl)</source>
        <translation>who is acting, recorded in the outbox (default: ILS_OPERATOR, USER or ilsctl)</translation>
    </message>
    <message>
        <source>language of messages (default: from LC_ALL, LC_MESSAGES, LANG)</source>
        <translation>language of messages (default: from LC_ALL, LC_MESSAGES, LANG)</translation>
    </message>
    <message>
        <source>show help, for the program or for a command</source>
        <translation>show help, for the program or for a command</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>environment ILS_NOW: &apos;%1&apos; is not a UTC time such as 2026-03-02T02:00:00Z</source>
        <translation>environment ILS_NOW: &apos;%1&apos; is not a UTC time such as 2026-03-02T02:00:00Z</translation>
    </message>
    <message>
        <source>missing option %1</source>
        <translation>missing option %1</translation>
    </message>
    <message>
        <source>missing option --db PATH (or set the environment variable ILS_DB)</source>
        <translation>missing option --db PATH (or set the environment variable ILS_DB)</translation>
    </message>
    <message>
        <source>cannot open database %1: no such file (create one with &apos;ilsctl init&apos;)</source>
        <translation>cannot open database %1: no such file (create one with &apos;ilsctl init&apos;)</translation>
    </message>
    <message>
        <source>database %1 already exists and is not empty; nothing was changed</source>
        <translation>database %1 already exists and is not empty; nothing was changed</translation>
    </message>
    <message>
        <source>demo generation failed: %1</source>
        <translation>demo generation failed: %1</translation>
    </message>
    <message>
        <source>Generated the demo county in %1 s:</source>
        <translation>Generated the demo county in %1 s:</translation>
    </message>
    <message>
        <source>  %1 records, %2 items, %3 readers (%4 with a resident ID number)</source>
        <translation>  %1 records, %2 items, %3 readers (%4 with a resident ID number)</translation>
    </message>
    <message>
        <source>  %1 past loans, %2 open loans (%3 overdue), %4 holds, %5 fees</source>
        <translation>  %1 past loans, %2 open loans (%3 overdue), %4 holds, %5 fees</translation>
    </message>
    <message>
        <source>  %1: %2 s</source>
        <translation>  %1: %2 s</translation>
    </message>
    <message>
        <source>how many items (copies)</source>
        <translation>how many items (copies)</translation>
    </message>
    <message>
        <source>how many readers</source>
        <translation>how many readers</translation>
    </message>
    <message>
        <source>how many past loans; open loans come on top</source>
        <translation>how many past loans; open loans come on top</translation>
    </message>
    <message>
        <source>how many titles (default: two for every five items)</source>
        <translation>how many titles (default: two for every five items)</translation>
    </message>
    <message>
        <source>random seed; the same seed and ILS_NOW give the same data</source>
        <translation>random seed; the same seed and ILS_NOW give the same data</translation>
    </message>
    <message>
        <source>Create a new database with a synthetic county, with Chinese titles and names</source>
        <translation>Create a new database with a synthetic county, with Chinese titles and names</translation>
    </message>
    <message>
        <source>Paid %1 yuan for %2; still owes %3 yuan.</source>
        <translation>Paid %1 yuan for %2; still owes %3 yuan.</translation>
    </message>
    <message>
        <source>Waived %1 yuan of fee #%2 for %3; %4 yuan of it outstanding.</source>
        <translation>Waived %1 yuan of fee #%2 for %3; %4 yuan of it outstanding.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>outstanding</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>No open fees.</source>
        <translation>No open fees.</translation>
    </message>
    <message>
        <source>%1 owes %2 yuan.</source>
        <translation>%1 owes %2 yuan.</translation>
    </message>
    <message>
        <source>Take a payment in yuan (e.g. 1.50); the oldest fees are settled first</source>
        <translation>Take a payment in yuan (e.g. 1.50); the oldest fees are settled first</translation>
    </message>
    <message>
        <source>why it is waived</source>
        <translation>why it is waived</translation>
    </message>
    <message>
        <source>Waive part or all of a fee</source>
        <translation>Waive part or all of a fee</translation>
    </message>
    <message>
        <source>List a reader&apos;s open fees</source>
        <translation>List a reader&apos;s open fees</translation>
    </message>
    <message>
        <source>Usage: ilsctl COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage: ilsctl COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options for every command (they may appear anywhere):</source>
        <translation>Options for every command (they may appear anywhere):</translation>
    </message>
    <message>
        <source>&apos;ilsctl COMMAND --help&apos; describes one command.</source>
        <translation>&apos;ilsctl COMMAND --help&apos; describes one command.</translation>
    </message>
    <message>
        <source>Usage: ilsctl %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage: ilsctl %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: ilsctl %1</source>
        <translation>Usage: ilsctl %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Options for every command:</translation>
    </message>
    <message>
        <source>ilsctl %1
</source>
        <translation>ilsctl %1
</translation>
    </message>
    <message>
        <source>Hold #%1 placed on %2 for %3, number %4 in the queue; pickup at %5.</source>
        <translation>Hold #%1 placed on %2 for %3, number %4 in the queue; pickup at %5.</translation>
    </message>
    <message>
        <source>Hold #%1 on %2 for %3 cancelled.</source>
        <translation>Hold #%1 on %2 for %3 cancelled.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>pickup</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>No open holds.</source>
        <translation>No open holds.</translation>
    </message>
    <message>
        <source>where the reader will collect it</source>
        <translation>where the reader will collect it</translation>
    </message>
    <message>
        <source>Reserve the title of an item for a reader</source>
        <translation>Reserve the title of an item for a reader</translation>
    </message>
    <message>
        <source>Cancel a hold</source>
        <translation>Cancel a hold</translation>
    </message>
    <message>
        <source>List a reader&apos;s open holds</source>
        <translation>List a reader&apos;s open holds</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>  status:          %1</source>
        <translation>  status:          %1</translation>
    </message>
    <message>
        <source>  owner:           %1</source>
        <translation>  owner:           %1</translation>
    </message>
    <message>
        <source>  current library: %1</source>
        <translation>  current library: %1</translation>
    </message>
    <message>
        <source>  in transit to:   %1</source>
        <translation>  in transit to:   %1</translation>
    </message>
    <message>
        <source>  loan:            %1</source>
        <translation>  loan:            %1</translation>
    </message>
    <message>
        <source>  holds waiting:   %1</source>
        <translation>  holds waiting:   %1</translation>
    </message>
    <message>
        <source>  type:            %1</source>
        <translation>  type:            %1</translation>
    </message>
    <message>
        <source>  call number:     %1</source>
        <translation>  call number:     %1</translation>
    </message>
    <message>
        <source>the owning library</source>
        <translation>the owning library</translation>
    </message>
    <message>
        <source>title, for a new record</source>
        <translation>title, for a new record</translation>
    </message>
    <message>
        <source>ISBN; a record with this ISBN is reused</source>
        <translation>ISBN; a record with this ISBN is reused</translation>
    </message>
    <message>
        <source>author, for a new record</source>
        <translation>author, for a new record</translation>
    </message>
    <message>
        <source>publisher, for a new record</source>
        <translation>publisher, for a new record</translation>
    </message>
    <message>
        <source>year of publication, for a new record</source>
        <translation>year of publication, for a new record</translation>
    </message>
    <message>
        <source>add a copy of this existing record</source>
        <translation>add a copy of this existing record</translation>
    </message>
    <message>
        <source>item type for the rules (default book)</source>
        <translation>item type for the rules (default book)</translation>
    </message>
    <message>
        <source>call number</source>
        <translation>call number</translation>
    </message>
    <message>
        <source>Add a copy; prints the new barcode</source>
        <translation>Add a copy; prints the new barcode</translation>
    </message>
    <message>
        <source>Show an item: status, owner, where it is, its loan and holds</source>
        <translation>Show an item: status, owner, where it is, its loan and holds</translation>
    </message>
    <message>
        <source>Added %1, level %2, under %3.</source>
        <translation>Added %1, level %2, under %3.</translation>
    </message>
    <message>
        <source>%1 now sits under %2.</source>
        <translation>%1 now sits under %2.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>There is no library %1.</source>
        <translation>There is no library %1.</translation>
    </message>
    <message>
        <source>  level:    %1</source>
        <translation>  level:    %1</translation>
    </message>
    <message>
        <source>  parent:   %1</source>
        <translation>  parent:   %1</translation>
    </message>
    <message>
        <source>  division: %1</source>
        <translation>  division: %1</translation>
    </message>
    <message>
        <source>  under it: %1</source>
        <translation>  under it: %1</translation>
    </message>
    <message>
        <source>  %1 range: %2 – %3</source>
        <translation>  %1 range: %2 – %3</translation>
    </message>
    <message>
        <source>province, prefecture, county, branch or point</source>
        <translation>province, prefecture, county, branch or point</translation>
    </message>
    <message>
        <source>the library it belongs to</source>
        <translation>the library it belongs to</translation>
    </message>
    <message>
        <source>GB/T 2260 division code, where it has one</source>
        <translation>GB/T 2260 division code, where it has one</translation>
    </message>
    <message>
        <source>Add a library to the network</source>
        <translation>Add a library to the network</translation>
    </message>
    <message>
        <source>Move a library under another one</source>
        <translation>Move a library under another one</translation>
    </message>
    <message>
        <source>List the libraries</source>
        <translation>List the libraries</translation>
    </message>
    <message>
        <source>Show a library, the libraries under it and its code ranges</source>
        <translation>Show a library, the libraries under it and its code ranges</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>time (UTC)</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
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
        <translation>only entries not yet acknowledged by the central</translation>
    </message>
    <message>
        <source>at most N entries (default 100)</source>
        <translation>at most N entries (default 100)</translation>
    </message>
    <message>
        <source>only entries after this sequence number</source>
        <translation>only entries after this sequence number</translation>
    </message>
    <message>
        <source>List the outbox, oldest first</source>
        <translation>List the outbox, oldest first</translation>
    </message>
    <message>
        <source>ilsctl: error: %1</source>
        <translation>ilsctl: error: %1</translation>
    </message>
    <message>
        <source>ilsctl: error [%1]: %2</source>
        <translation>ilsctl: error [%1]: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3  %4  %5</source>
        <translation>%1 %2 – %3  %4  %5</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>nothing was imported</translation>
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
        <translation>--kind: &apos;%1&apos; is not valid (expected reader or item)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>No code ranges.</source>
        <translation>No code ranges.</translation>
    </message>
    <message>
        <source>%1 is not of this network: no code range holds it.</source>
        <translation>%1 is not of this network: no code range holds it.</translation>
    </message>
    <message>
        <source>reader card</source>
        <translation>reader card</translation>
    </message>
    <message>
        <source>item barcode</source>
        <translation>item barcode</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>  range %1 – %2 (%3)</source>
        <translation>  range %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Import a range table (TSV: kind first last library description); all or nothing</source>
        <translation>Import a range table (TSV: kind first last library description); all or nothing</translation>
    </message>
    <message>
        <source>only ranges of this kind</source>
        <translation>only ranges of this kind</translation>
    </message>
    <message>
        <source>List the code ranges</source>
        <translation>List the code ranges</translation>
    </message>
    <message>
        <source>Tell which library and range a card number or barcode belongs to</source>
        <translation>Tell which library and range a card number or barcode belongs to</translation>
    </message>
    <message>
        <source>  loans (%1):</source>
        <translation>  loans (%1):</translation>
    </message>
    <message>
        <source>    %1 %2, due %3, lent at %4</source>
        <translation>    %1 %2, due %3, lent at %4</translation>
    </message>
    <message>
        <source>  holds (%1):</source>
        <translation>  holds (%1):</translation>
    </message>
    <message>
        <source>    #%1 %2, pickup at %3, %4</source>
        <translation>    #%1 %2, pickup at %3, %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>  type:         %1</source>
        <translation>  type:         %1</translation>
    </message>
    <message>
        <source>  home library: %1</source>
        <translation>  home library: %1</translation>
    </message>
    <message>
        <source>  status:       %1</source>
        <translation>  status:       %1</translation>
    </message>
    <message>
        <source>  card expires: %1</source>
        <translation>  card expires: %1</translation>
    </message>
    <message>
        <source>  ID number:    %1</source>
        <translation>  ID number:    %1</translation>
    </message>
    <message>
        <source>  deposit:      %1</source>
        <translation>  deposit:      %1</translation>
    </message>
    <message>
        <source>  owes:         %1</source>
        <translation>  owes:         %1</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>home library</source>
        <translation>home library</translation>
    </message>
    <message>
        <source>No readers.</source>
        <translation>No readers.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source> Reason: %1</source>
        <translation> Reason: %1</translation>
    </message>
    <message>
        <source>the library issuing the card</source>
        <translation>the library issuing the card</translation>
    </message>
    <message>
        <source>the reader&apos;s name</source>
        <translation>the reader&apos;s name</translation>
    </message>
    <message>
        <source>reader type for the rules (default adult)</source>
        <translation>reader type for the rules (default adult)</translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <source>deposit paid, e.g. 100.00</source>
        <translation>deposit paid, e.g. 100.00</translation>
    </message>
    <message>
        <source>Register a reader; prints the new card number</source>
        <translation>Register a reader; prints the new card number</translation>
    </message>
    <message>
        <source>show the resident ID number unmasked</source>
        <translation>show the resident ID number unmasked</translation>
    </message>
    <message>
        <source>Show a reader with loans, holds and what they owe</source>
        <translation>Show a reader with loans, holds and what they owe</translation>
    </message>
    <message>
        <source>List readers</source>
        <translation>List readers</translation>
    </message>
    <message>
        <source>why the reader is blocked</source>
        <translation>why the reader is blocked</translation>
    </message>
    <message>
        <source>Block a reader from borrowing</source>
        <translation>Block a reader from borrowing</translation>
    </message>
    <message>
        <source>Let a reader borrow again</source>
        <translation>Let a reader borrow again</translation>
    </message>
    <message>
        <source>a note, e.g. who reported it</source>
        <translation>a note, e.g. who reported it</translation>
    </message>
    <message>
        <source>Report a reader&apos;s card lost</source>
        <translation>Report a reader&apos;s card lost</translation>
    </message>
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
        <source>Refused.</source>
        <translation>Refused.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid (expected %3)</source>
        <translation>%1: &apos;%2&apos; is not valid (expected %3)</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>a whole number from 0 to %1</translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation>a whole number from 0</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>a positive whole number</translation>
    </message>
    <message>
        <source>a whole number of minutes, such as 480 for UTC+8</source>
        <translation>a whole number of minutes, such as 480 for UTC+8</translation>
    </message>
    <message>
        <source>an amount in yuan with at most 2 decimals, such as 1.50</source>
        <translation>an amount in yuan with at most 2 decimals, such as 1.50</translation>
    </message>
    <message>
        <source>a date such as 2026-05-01</source>
        <translation>a date such as 2026-05-01</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>on loan</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>in transit</translation>
    </message>
    <message>
        <source>on the hold shelf</source>
        <translation>on the hold shelf</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>in processing</source>
        <translation>in processing</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>card reported lost</source>
        <translation>card reported lost</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>copy in transit</source>
        <translation>copy in transit</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>ready for pickup</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>no command given; &apos;ilsctl --help&apos; lists the commands</source>
        <translation>no command given; &apos;ilsctl --help&apos; lists the commands</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; &apos;ilsctl --help&apos; lists the commands</source>
        <translation>unknown command &apos;%1&apos;; &apos;ilsctl --help&apos; lists the commands</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of its commands; &apos;ilsctl %1 --help&apos; lists them</source>
        <translation>&apos;%1&apos; needs one of its commands; &apos;ilsctl %1 --help&apos; lists them</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;ilsctl %2&apos;</source>
        <translation>unknown option %1 for &apos;ilsctl %2&apos;</translation>
    </message>
    <message>
        <source>missing option %1 %2 (usage: ilsctl %3)</source>
        <translation>missing option %1 %2 (usage: ilsctl %3)</translation>
    </message>
    <message>
        <source>missing argument %1 (usage: ilsctl %2)</source>
        <translation>missing argument %1 (usage: ilsctl %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: ilsctl %2)</source>
        <translation>unexpected argument &apos;%1&apos; (usage: ilsctl %2)</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</source>
        <translation>--lang: &apos;%1&apos; is not valid (expected zh_CN or en)</translation>
    </message>
    <message>
        <source>Added %1, level %2.</source>
        <translation>Added %1, level %2.</translation>
    </message>
    <message>
        <source>show resident ID numbers in payloads unmasked</source>
        <translation>show resident ID numbers in payloads unmasked</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>No hold on the shelf has expired.</source>
        <translation>No hold on the shelf has expired.</translation>
    </message>
    <message>
        <source>Take these copies off the hold shelf and check them in again:</source>
        <translation>Take these copies off the hold shelf and check them in again:</translation>
    </message>
    <message>
        <source>the library whose hold shelf is checked</source>
        <translation>the library whose hold shelf is checked</translation>
    </message>
    <message>
        <source>Expire holds left on the hold shelf past their date</source>
        <translation>Expire holds left on the hold shelf past their date</translation>
    </message>
    <message>
        <source>#%1  %2  %3 seq %4  %5 at %6</source>
        <translation>#%1  %2  %3 seq %4  %5 at %6</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation>No exceptions.</translation>
    </message>
    <message>
        <source>only entries after this id (to page on)</source>
        <translation>only entries after this id (to page on)</translation>
    </message>
    <message>
        <source>at most N entries (default 1000)</source>
        <translation>at most N entries (default 1000)</translation>
    </message>
    <message>
        <source>List the exceptions report: rules broken by operations done offline</source>
        <translation>List the exceptions report: rules broken by operations done offline</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 storage failure, 2 bad input or refused by the rules, 3 not found, 4 could not reach the central or the sync failed.
Environment: ILS_DB (the database), ILS_NOW (fixes the clock, e.g. 2026-03-02T02:00:00Z), ILS_OPERATOR.
</source>
        <translation>Exit status: 0 done, 1 storage failure, 2 bad input or refused by the rules, 3 not found, 4 could not reach the central or the sync failed.
Environment: ILS_DB (the database), ILS_NOW (fixes the clock, e.g. 2026-03-02T02:00:00Z), ILS_OPERATOR.
</translation>
    </message>
    <message>
        <source>Administration of the county library network: libraries, code ranges, readers, items, circulation, rules, the outbox and replication with the central.</source>
        <translation>Administration of the county library network: libraries, code ranges, readers, items, circulation, rules, the outbox and replication with the central.</translation>
    </message>
    <message>
        <source>waiting for enrolment</source>
        <translation>waiting for enrolment</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>this database is the replica of an enrolled node; nodes are managed on the central&apos;s database</source>
        <translation>this database is the replica of an enrolled node; nodes are managed on the central&apos;s database</translation>
    </message>
    <message>
        <source>--valid-days: a token must be valid for at least one day</source>
        <translation>--valid-days: a token must be valid for at least one day</translation>
    </message>
    <message>
        <source>Added node %1 (number %2) for %3.</source>
        <translation>Added node %1 (number %2) for %3.</translation>
    </message>
    <message>
        <source>Enrolment token (shown once, valid until %1): %2</source>
        <translation>Enrolment token (shown once, valid until %1): %2</translation>
    </message>
    <message>
        <source>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 --token %1</source>
        <translation>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 --token %1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>last contact</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>backlog</translation>
    </message>
    <message>
        <source>last seq</source>
        <translation>last seq</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>No nodes.</translation>
    </message>
    <message>
        <source>there is no node %1 (&apos;ilsctl nodes&apos; lists them)</source>
        <translation>there is no node %1 (&apos;ilsctl nodes&apos; lists them)</translation>
    </message>
    <message>
        <source>Node %1 is revoked: the central refuses its credentials from now on.</source>
        <translation>Node %1 is revoked: the central refuses its credentials from now on.</translation>
    </message>
    <message>
        <source>List the nodes: status, last contact, backlog (central)</source>
        <translation>List the nodes: status, last contact, backlog (central)</translation>
    </message>
    <message>
        <source>the library the node works for</source>
        <translation>the library the node works for</translation>
    </message>
    <message>
        <source>a name for the node, e.g. the desk it serves</source>
        <translation>a name for the node, e.g. the desk it serves</translation>
    </message>
    <message>
        <source>days the enrolment token stays valid (default 7)</source>
        <translation>days the enrolment token stays valid (default 7)</translation>
    </message>
    <message>
        <source>Register a node at the central; prints its one-time enrolment token</source>
        <translation>Register a node at the central; prints its one-time enrolment token</translation>
    </message>
    <message>
        <source>Revoke a node&apos;s credentials (central)</source>
        <translation>Revoke a node&apos;s credentials (central)</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --title, --author, --publisher, --year, --isbn, --clc</source>
        <translation>nothing to change: give at least one of --title, --author, --publisher, --year, --isbn, --clc</translation>
    </message>
    <message>
        <source>Record %1 edited: %2</source>
        <translation>Record %1 edited: %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>the new title</source>
        <translation>the new title</translation>
    </message>
    <message>
        <source>the new author</source>
        <translation>the new author</translation>
    </message>
    <message>
        <source>the new publisher</source>
        <translation>the new publisher</translation>
    </message>
    <message>
        <source>the new year of publication</source>
        <translation>the new year of publication</translation>
    </message>
    <message>
        <source>the new ISBN</source>
        <translation>the new ISBN</translation>
    </message>
    <message>
        <source>the new Chinese Library Classification class</source>
        <translation>the new Chinese Library Classification class</translation>
    </message>
    <message>
        <source>Edit a bibliographic record; unnamed fields keep their values</source>
        <translation>Edit a bibliographic record; unnamed fields keep their values</translation>
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
        <source>--fingerprint: &apos;%1&apos; is not valid (expected the SHA-256 fingerprint of the central&apos;s certificate: 64 hex digits, colons allowed)</source>
        <translation>--fingerprint: &apos;%1&apos; is not valid (expected the SHA-256 fingerprint of the central&apos;s certificate: 64 hex digits, colons allowed)</translation>
    </message>
    <message>
        <source>database %1 already exists; enrolment creates a new node database, give a new path</source>
        <translation>database %1 already exists; enrolment creates a new node database, give a new path</translation>
    </message>
    <message>
        <source>the central refused the enrolment: %1</source>
        <translation>the central refused the enrolment: %1</translation>
    </message>
    <message>
        <source>enrolment failed: %1</source>
        <translation>enrolment failed: %1</translation>
    </message>
    <message>
        <source>Enrolled as node %1 (number %2) for %3.</source>
        <translation>Enrolled as node %1 (number %2) for %3.</translation>
    </message>
    <message>
        <source>Replica %1 made from the central&apos;s snapshot: %2 bytes (%3 compressed), change number %4, in %5 s.</source>
        <translation>Replica %1 made from the central&apos;s snapshot: %2 bytes (%3 compressed), change number %4, in %5 s.</translation>
    </message>
    <message>
        <source>this database is not an enrolled node; enrol it first with &apos;ilsctl enrol&apos;</source>
        <translation>this database is not an enrolled node; enrol it first with &apos;ilsctl enrol&apos;</translation>
    </message>
    <message>
        <source>sync failed after %1 operation(s) pushed and %2 change(s) pulled: %3</source>
        <translation>sync failed after %1 operation(s) pushed and %2 change(s) pulled: %3</translation>
    </message>
    <message>
        <source>Pushed %1 operation(s): %2 applied, %3 applied with exceptions, %4 rejected.</source>
        <translation>Pushed %1 operation(s): %2 applied, %3 applied with exceptions, %4 rejected.</translation>
    </message>
    <message>
        <source>Pulled %1 change(s); the replica is at change number %2.</source>
        <translation>Pulled %1 change(s); the replica is at change number %2.</translation>
    </message>
    <message>
        <source>%1 operation(s) still waiting in the outbox. Done in %2 s.</source>
        <translation>%1 operation(s) still waiting in the outbox. Done in %2 s.</translation>
    </message>
    <message>
        <source>where the central&apos;s ils-central listens</source>
        <translation>where the central&apos;s ils-central listens</translation>
    </message>
    <message>
        <source>the SHA-256 fingerprint of the central&apos;s certificate</source>
        <translation>the SHA-256 fingerprint of the central&apos;s certificate</translation>
    </message>
    <message>
        <source>the one-time token from &apos;ilsctl node add&apos;</source>
        <translation>the one-time token from &apos;ilsctl node add&apos;</translation>
    </message>
    <message>
        <source>a name for this node, e.g. the desk it serves</source>
        <translation>a name for this node, e.g. the desk it serves</translation>
    </message>
    <message>
        <source>Make --db (a new file) a node&apos;s replica, from the central&apos;s snapshot; stores the node&apos;s credentials</source>
        <translation>Make --db (a new file) a node&apos;s replica, from the central&apos;s snapshot; stores the node&apos;s credentials</translation>
    </message>
    <message>
        <source>the central&apos;s address for this run (default: as enrolled)</source>
        <translation>the central&apos;s address for this run (default: as enrolled)</translation>
    </message>
    <message>
        <source>the certificate fingerprint to expect for this run (default: as enrolled)</source>
        <translation>the certificate fingerprint to expect for this run (default: as enrolled)</translation>
    </message>
    <message>
        <source>Push the outbox to the central, pull its changes, and report</source>
        <translation>Push the outbox to the central, pull its changes, and report</translation>
    </message>
    <message>
        <source>HOST:PORT, such as 192.168.1.10:7443</source>
        <translation>HOST:PORT, such as 192.168.1.10:7443</translation>
    </message>
    <message>
        <source>there is no record %1</source>
        <translation>there is no record %1</translation>
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
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>cataloguer</source>
        <translation>cataloguer</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>circulation</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not valid (expected administrator, cataloguer, circulation or kiosk)</source>
        <translation>--role: &apos;%1&apos; is not valid (expected administrator, cataloguer, circulation or kiosk)</translation>
    </message>
    <message>
        <source>no password: standard input ended</source>
        <translation>no password: standard input ended</translation>
    </message>
    <message>
        <source>standard input is not a terminal: give the password with --password-stdin</source>
        <translation>standard input is not a terminal: give the password with --password-stdin</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>the two passwords differ; nothing was changed</translation>
    </message>
    <message>
        <source>Added %1, %2 at %3.</source>
        <translation>Added %1, %2 at %3.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>No staff accounts.</source>
        <translation>No staff accounts.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer log in.</source>
        <translation>%1 is deactivated and can no longer log in.</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (default: a prompt)</source>
        <translation>read the password from the first line of standard input (default: a prompt)</translation>
    </message>
    <message>
        <source>the staff member&apos;s name as shown</source>
        <translation>the staff member&apos;s name as shown</translation>
    </message>
    <message>
        <source>administrator, cataloguer, circulation or kiosk</source>
        <translation>administrator, cataloguer, circulation or kiosk</translation>
    </message>
    <message>
        <source>the library the staff member works at</source>
        <translation>the library the staff member works at</translation>
    </message>
    <message>
        <source>Add a staff account for the desk (at the central; it replicates to the nodes)</source>
        <translation>Add a staff account for the desk (at the central; it replicates to the nodes)</translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation>List the staff accounts</translation>
    </message>
    <message>
        <source>Set a staff member&apos;s password (and lift a lock-out)</source>
        <translation>Set a staff member&apos;s password (and lift a lock-out)</translation>
    </message>
    <message>
        <source>Deactivate a staff account: it can no longer log in</source>
        <translation>Deactivate a staff account: it can no longer log in</translation>
    </message>
    <message>
        <source>this is a training database (practice mode); its transactions never sync</source>
        <translation>this is a training database (practice mode); its transactions never sync</translation>
    </message>
    <message>
        <source>HEX: &apos;%1&apos; at character %2 is not a hexadecimal digit</source>
        <translation>HEX: &apos;%1&apos; at character %2 is not a hexadecimal digit</translation>
    </message>
    <message>
        <source>HEX: no hexadecimal digits</source>
        <translation>HEX: no hexadecimal digits</translation>
    </message>
    <message>
        <source>HEX: an odd number of hexadecimal digits (%1)</source>
        <translation>HEX: an odd number of hexadecimal digits (%1)</translation>
    </message>
    <message>
        <source>--model: &apos;%1&apos; is not valid (expected 2 or 3)</source>
        <translation>--model: &apos;%1&apos; is not valid (expected 2 or 3)</translation>
    </message>
    <message>
        <source>blank tag</source>
        <translation>blank tag</translation>
    </message>
    <message>
        <source>the data ends too early</source>
        <translation>the data ends too early</translation>
    </message>
    <message>
        <source>a length that cannot be right</source>
        <translation>a length that cannot be right</translation>
    </message>
    <message>
        <source>the checksum does not match</source>
        <translation>the checksum does not match</translation>
    </message>
    <message>
        <source>not library tag data of ISO 28560-2 or ISO 28560-3</source>
        <translation>not library tag data of ISO 28560-2 or ISO 28560-3</translation>
    </message>
    <message>
        <source>a data element breaks its rules</source>
        <translation>a data element breaks its rules</translation>
    </message>
    <message>
        <source>a form this program does not read</source>
        <translation>a form this program does not read</translation>
    </message>
    <message>
        <source>acquisition item</source>
        <translation>acquisition item</translation>
    </message>
    <message>
        <source>item for circulation</source>
        <translation>item for circulation</translation>
    </message>
    <message>
        <source>item not for circulation</source>
        <translation>item not for circulation</translation>
    </message>
    <message>
        <source>discarded item</source>
        <translation>discarded item</translation>
    </message>
    <message>
        <source>patron card</source>
        <translation>patron card</translation>
    </message>
    <message>
        <source>library equipment</source>
        <translation>library equipment</translation>
    </message>
    <message>
        <source>other or local use</source>
        <translation>other or local use</translation>
    </message>
    <message>
        <source>--usage: &apos;%1&apos; is not valid (expected circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hexadecimal digits such as 12)</source>
        <translation>--usage: &apos;%1&apos; is not valid (expected circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hexadecimal digits such as 12)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from 1 to 9999</source>
        <translation>%1: &apos;%2&apos; is not a whole number from 1 to 9999</translation>
    </message>
    <message>
        <source>shelf location</source>
        <translation>shelf location</translation>
    </message>
    <message>
        <source>ONIX media format</source>
        <translation>ONIX media format</translation>
    </message>
    <message>
        <source>MARC media format</source>
        <translation>MARC media format</translation>
    </message>
    <message>
        <source>supplier identifier</source>
        <translation>supplier identifier</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>ILL borrowing institution</source>
        <translation>ILL borrowing institution</translation>
    </message>
    <message>
        <source>ILL borrowing transaction number</source>
        <translation>ILL borrowing transaction number</translation>
    </message>
    <message>
        <source>GS1 product identifier</source>
        <translation>GS1 product identifier</translation>
    </message>
    <message>
        <source>alternative unique item identifier</source>
        <translation>alternative unique item identifier</translation>
    </message>
    <message>
        <source>local data A</source>
        <translation>local data A</translation>
    </message>
    <message>
        <source>local data B</source>
        <translation>local data B</translation>
    </message>
    <message>
        <source>local product identifier</source>
        <translation>local product identifier</translation>
    </message>
    <message>
        <source>media format (other)</source>
        <translation>media format (other)</translation>
    </message>
    <message>
        <source>supply chain stage</source>
        <translation>supply chain stage</translation>
    </message>
    <message>
        <source>supplier invoice number</source>
        <translation>supplier invoice number</translation>
    </message>
    <message>
        <source>alternative item identifier</source>
        <translation>alternative item identifier</translation>
    </message>
    <message>
        <source>alternative owner institution</source>
        <translation>alternative owner institution</translation>
    </message>
    <message>
        <source>subsidiary of the owner institution</source>
        <translation>subsidiary of the owner institution</translation>
    </message>
    <message>
        <source>alternative ILL borrowing institution</source>
        <translation>alternative ILL borrowing institution</translation>
    </message>
    <message>
        <source>local data C</source>
        <translation>local data C</translation>
    </message>
    <message>
        <source>extension block %1</source>
        <translation>extension block %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>The tag is blank: nothing has been written to it.</source>
        <translation>The tag is blank: nothing has been written to it.</translation>
    </message>
    <message>
        <source>The tag cannot be read at byte %1: %2 (%3).</source>
        <translation>The tag cannot be read at byte %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Primary item identifier: %1</source>
        <translation>Primary item identifier: %1</translation>
    </message>
    <message>
        <source>Owner library (ISIL): %1</source>
        <translation>Owner library (ISIL): %1</translation>
    </message>
    <message>
        <source>Set: part %1 of %2</source>
        <translation>Set: part %1 of %2</translation>
    </message>
    <message>
        <source>Type of usage: %1 (%2)</source>
        <translation>Type of usage: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--model is required: 2 or 3</source>
        <translation>--model is required: 2 or 3</translation>
    </message>
    <message>
        <source>--part %1 is more than --parts %2</source>
        <translation>--part %1 is more than --parts %2</translation>
    </message>
    <message>
        <source>The data does not fit %1: %2.</source>
        <translation>The data does not fit %1: %2.</translation>
    </message>
    <message>
        <source>read as ISO 28560-2 or -3 (default: detect)</source>
        <translation>read as ISO 28560-2 or -3 (default: detect)</translation>
    </message>
    <message>
        <source>Show what an RFID tag&apos;s memory holds (hex, spaces allowed)</source>
        <translation>Show what an RFID tag&apos;s memory holds (hex, spaces allowed)</translation>
    </message>
    <message>
        <source>ISO 28560-2 or ISO 28560-3</source>
        <translation>ISO 28560-2 or ISO 28560-3</translation>
    </message>
    <message>
        <source>the primary item identifier (the item&apos;s barcode)</source>
        <translation>the primary item identifier (the item&apos;s barcode)</translation>
    </message>
    <message>
        <source>the owner library&apos;s ISIL, e.g. CN-530000-1</source>
        <translation>the owner library&apos;s ISIL, e.g. CN-530000-1</translation>
    </message>
    <message>
        <source>the number of parts in the set (with --part)</source>
        <translation>the number of parts in the set (with --part)</translation>
    </message>
    <message>
        <source>which part this tag is on (with --parts)</source>
        <translation>which part this tag is on (with --parts)</translation>
    </message>
    <message>
        <source>type of usage: circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hex digits</source>
        <translation>type of usage: circulating, not-circulating, acquisition, discarded, patron-card, equipment or two hex digits</translation>
    </message>
    <message>
        <source>Print the tag memory (hex) for an item</source>
        <translation>Print the tag memory (hex) for an item</translation>
    </message>
    <message>
        <source>Nothing from --offset %1: there are %2 rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows %1–%2 of %3; use --offset %2 for the next ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows %1–%2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skip the first N rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show at most N rows (default 1000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first %1 shown; use --after %2 for the next ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Everything saved before is safe; free some disk space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--reveal-id works only at the central: a branch keeps resident ID numbers masked and hashed, never in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be changed: every reader&apos;s resident ID hash depends on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, checked; up to change number %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 from %2 (up to change number %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes registered after the backup, kept from the replaced database: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start ils-central again: at its next sync each node sends again what the backup lacks and rebuilds its replica from the central&apos;s snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup file to write (replaced if it exists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the central&apos;s database consistently, also while ils-central runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the central&apos;s database by a backup (stop ils-central first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The central was restored from a backup: %1 operation(s) it lacked were sent again, and this replica was rebuilt from the central&apos;s snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations %1 to %2 of node %3 are recorded as lost; the node continues after %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last lost sequence number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After a restore: accept that a node&apos;s operations up to SEQ are lost, which it no longer keeps (central)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item is not available for loan: %1.</source>
        <translation>The item is not available for loan: %1.</translation>
    </message>
    <message>
        <source>for a lost item found, when the county&apos;s lost_charge is ask: refund its charge or keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROUTE: to the cataloguers (not catalogued yet; it stays in processing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROUTE: keep off the shelf (withdrawn; it stays withdrawn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lost-charge must be refund or keep, not &apos;%1&apos;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOUND: the item was registered as lost and has now been found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REFUND: %1 yuan to %2; the lost-item charge is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lost-item charge of %1 stays (%2 yuan).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item is not catalogued yet; give it to the cataloguers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item was registered as lost and has been found: say whether to refund its charge (--lost-charge refund or keep).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lost_charge must be refund, keep or ask, not &apos;%1&apos;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found after being lost; its charge was refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found after being lost; its charge was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found after being lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brought to a desk while in processing; sent to the cataloguers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brought to a desk while withdrawn; kept off the shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  history:         %1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most N readers (default 1000)</source>
        <translation>at most N readers (default 1000)</translation>
    </message>
    <message>
        <source>skip the first N readers</source>
        <translation>skip the first N readers</translation>
    </message>
    <message>
        <source>%1 belongs to the node itself and cannot be shown or changed with &apos;settings&apos;</source>
        <translation>%1 belongs to the node itself and cannot be shown or changed with &apos;settings&apos;</translation>
    </message>
    <message>
        <source>%1 is a secret and is not shown</source>
        <translation>%1 is a secret and is not shown</translation>
    </message>
    <message>
        <source>no enrolment token: standard input ended</source>
        <translation>no enrolment token: standard input ended</translation>
    </message>
    <message>
        <source>give the token either with --token-stdin or with --token, not both</source>
        <translation>give the token either with --token-stdin or with --token, not both</translation>
    </message>
    <message>
        <source>ilsctl: warning: --token shows the token to every user of this computer (ps); use --token-stdin or the prompt</source>
        <translation>ilsctl: warning: --token shows the token to every user of this computer (ps); use --token-stdin or the prompt</translation>
    </message>
    <message>
        <source>Enrolment token: </source>
        <translation>Enrolment token: </translation>
    </message>
    <message>
        <source>standard input is not a terminal: give the token with --token-stdin</source>
        <translation>standard input is not a terminal: give the token with --token-stdin</translation>
    </message>
    <message>
        <source>no enrolment token given</source>
        <translation>no enrolment token given</translation>
    </message>
    <message>
        <source>read the one-time token from &apos;ilsctl node add&apos; from the first line of stdin (without it: asked for without echo)</source>
        <translation>read the one-time token from &apos;ilsctl node add&apos; from the first line of stdin (without it: asked for without echo)</translation>
    </message>
    <message>
        <source>the token on the command line, where other users see it: avoid</source>
        <translation>the token on the command line, where other users see it: avoid</translation>
    </message>
    <message>
        <source>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 (it asks for the token; or pipe it in with --token-stdin)</source>
        <translation>On the node: ilsctl --db NODE.db enrol --central HOST:PORT --fingerprint SHA256 (it asks for the token; or pipe it in with --token-stdin)</translation>
    </message>
</context>
</TS>
