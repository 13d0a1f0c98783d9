// Runs the real ilsctl binary on a temporary database, with the clock fixed by ILS_NOW, through
// the story of a county: libraries, code ranges, readers, items, lending across branches, holds,
// fines, refusals and the outbox. Each slot builds on the ones before it.
#include "Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QString monday = QStringLiteral("2026-03-02T02:00:00Z"); // 10:00 in UTC+8
const QString county = QStringLiteral("532622");
const QString branchA = QStringLiteral("532622-01"); // 江那镇分馆, its own block of codes
const QString branchB = QStringLiteral("532622-02"); // 平远镇分馆, sub-ranges nested in the county's
const QString idNumber = QStringLiteral("532622199003150029");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString errorCode() const { return json().value("error").toObject().value("code").toString(); }
    QStringList errLines() const { return err.split('\n', Qt::SkipEmptyParts); }
};

} // namespace

class TestIlsctl : public QObject
{
    Q_OBJECT

private:
    // Runs ilsctl with LANG=C, no ILS_DB and the given clock; `environment` adds or overrides.
    Run ilsctl(const QStringList& arguments,
               const QString& now = monday,
               const QMap<QString, QString>& environment = {},
               const QByteArray& input = {}) const;
    // Runs ilsctl on the story's database.
    Run onDb(QStringList arguments, const QString& now = monday) const;
    void writeFile(const QString& name, const QByteArray& contents) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_cardA; // 张三 of branch A, with a resident ID number
    QString m_cardB; // 李四 of branch B
    QString m_bookA; // 边城, owned by branch A
    QString m_bookB; // 平凡的世界, owned by branch B
    QString m_feeId;

private slots:
    void initTestCase();
    void initCreatesTheCountyOnce();
    void filesAreTheOwnersAlone();
    void librariesFormAHierarchy();
    void publishedRangesAreRefusedLineByLine();
    void correctedRangesAndBranchSubRangesImport();
    void resolveNamesTheOwner();
    void readersAndItemsGetCodesFromTheirBranch();
    void listsSayWhenTheyShowPart();
    void checkoutHoldAndRenewalRefusal();
    void checkinRoutesToThePickupLibrary();
    void lateReturnChargesAFine();
    void feesArePaidInExactYuan();
    void refusalsExitTwoWithTheReasonCode();
    void unknownThingsExitThree();
    void badInputExitsTwo();
    void readerShowMasksTheIdNumber();
    void rulesAndCalendarShapeDueDates();
    void outboxListsEveryChangeInOrder();
    void messagesAreTranslated();
    void storageFailuresExitOne();
    void demoGenerateMakesACounty();
    void replicationCommandsWithoutANetwork();
    void tagDataDecodesAndEncodes();
    void helpAndVersion();
    void lostItemFoundAndTheCountysChargeRule();
    void settingsKeepOutOfTheNodesOwnState();
    void printedTextLosesControlCharacters();
};

Run TestIlsctl::ilsctl(const QStringList& arguments,
                       const QString& now,
                       const QMap<QString, QString>& environment,
                       const QByteArray& input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"ILS_DB", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(name);
    env.insert("LANG", "C");
    env.insert("ILS_NOW", now);
    env.insert("ILS_OPERATOR", "tester");
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(ILSCTL_PATH, arguments);
    process.write(input); // stdin is a pipe, never a terminal
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "ilsctl did not finish:" << arguments;
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestIlsctl::onDb(QStringList arguments, const QString& now) const
{
    arguments << "--db" << m_db;
    return ilsctl(arguments, now);
}

void TestIlsctl::writeFile(const QString& name, const QByteArray& contents) const
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

void TestIlsctl::initTestCase()
{
    // The usual umask of a shared PC: ilsctl must not rely on the caller's to keep files private.
    ::umask(022);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(ILSCTL_PATH));
    m_db = m_dir.filePath("county.db");
}

void TestIlsctl::initCreatesTheCountyOnce()
{
    // A refused init leaves no file behind, so the corrected command can simply be run again.
    const Run badOffset = onDb({"init", "--county", county, "--name", "砚山县图书馆", "--utc-offset", "2000"});
    QCOMPARE(badOffset.exitCode, 2);
    QVERIFY(badOffset.err.contains("invalid_input"));
    QVERIFY(!QFile::exists(m_db));

    // The database may be named before the command, as in the README.
    const Run init = ilsctl({"--db", m_db, "init", "--county", county, "--name", "砚山县图书馆", "--division", county});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains("砚山县图书馆 (532622)"), qPrintable(init.out));
    QCOMPARE(onDb({"settings", "get", "county_code"}).out.trimmed(), county);
    QCOMPARE(onDb({"settings", "get", "utc_offset_minutes"}).out.trimmed(), QString("480"));

    // An empty file, as `mktemp` leaves, is not in the way.
    writeFile("empty.db", {});
    const Run empty =
        ilsctl({"init", "--county", "532623", "--name", "西畴县图书馆", "--db", m_dir.filePath("empty.db")});
    QCOMPARE(empty.exitCode, 0);

    const Run again = onDb({"init", "--county", "532623", "--name", "西畴县图书馆"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(onDb({"settings", "get", "county_code"}).out.trimmed(), county);
}

// The database, its WAL and SHM files and backups are 0600 whatever the caller's umask, and a
// database an older version left readable to everyone is made private when ilsctl opens it.
void TestIlsctl::filesAreTheOwnersAlone()
{
    auto mode = [](const QString& path) {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(m_db), 0600);
    const QString backup = m_dir.filePath("county-backup.db");
    QCOMPARE(onDb({"backup", "--to", backup}).exitCode, 0);
    QCOMPARE(mode(backup), 0600);

    const QString old = m_dir.filePath("old.db");
    QVERIFY(QFile::copy(backup, old));
    QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
    QCOMPARE(ilsctl({"settings", "get", "county_code", "--db", old}).out.trimmed(), county);
    QCOMPARE(mode(old), 0600);
    for (const char* suffix : {"-wal", "-shm"})
        if (QFile::exists(old + suffix))
            QCOMPARE(mode(old + suffix), 0600);
}

void TestIlsctl::librariesFormAHierarchy()
{
    const QList<QStringList> libraries {
        {"530000", "云南省图书馆", "--level", "province"},
        {"532600", "文山州图书馆", "--level", "prefecture", "--parent", "530000"},
        {"532601", "文山市图书馆", "--level", "county", "--parent", "532600"},
        {"532623", "西畴县图书馆", "--level", "county", "--parent", "532600"},
        {branchA, "江那镇分馆", "--level", "branch", "--parent", county},
        {branchB, "平远镇分馆", "--level", "branch", "--parent", county},
    };
    for (const auto& library : libraries) {
        const Run add = onDb(QStringList {"library", "add"} + library);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
    QCOMPARE(onDb({"library", "set-parent", county, "532600"}).exitCode, 0);

    const QJsonArray list = onDb({"library", "list", "--json"}).json().value("libraries").toArray();
    QCOMPARE(list.size(), 7);
    QMap<QString, QJsonObject> byCode;
    for (const auto& value : list)
        byCode.insert(value.toObject().value("code").toString(), value.toObject());
    QCOMPARE(byCode[county].value("parent").toString(), QString("532600"));
    QCOMPARE(byCode[county].value("level").toString(), QString("county"));
    QCOMPARE(byCode[branchB].value("name").toString(), QString("平远镇分馆"));
    QVERIFY(byCode["530000"].value("parent").isNull());

    const Run upsideDown =
        onDb({"library", "add", "532622-09", "倒挂馆", "--level", "province", "--parent", county, "--json"});
    QCOMPARE(upsideDown.exitCode, 2);
    QCOMPARE(upsideDown.errorCode(), QString("invalid_input"));
    const Run badLevel = onDb({"library", "add", "532622-09", "某馆", "--level", "township"});
    QCOMPARE(badLevel.exitCode, 2);
    QVERIFY(badLevel.err.contains("--level"));
    QVERIFY(badLevel.err.contains("township"));
    QCOMPARE(onDb({"library", "show", "999999"}).exitCode, 3);
    QVERIFY(onDb({"library", "show", county}).out.contains("江那镇分馆 (532622-01)"));
}

void TestIlsctl::publishedRangesAreRefusedLineByLine()
{
    const Run import = onDb({"ranges", "import", QString(ILS_TEST_DATA) + "/published-code-ranges.tsv"});
    QCOMPARE(import.exitCode, 2);
    const QStringList lines = import.errLines();
    QCOMPARE(lines.size(), 10); // every data line of the published table is wrong somewhere
    QSet<int> numbers;
    const QRegularExpression pattern("^line (\\d+), field (first|last)");
    for (const auto& line : lines) {
        const auto match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        numbers.insert(match.captured(1).toInt());
    }
    QCOMPARE(numbers, QSet<int>({2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    QVERIFY(lines[0].contains("space"));
    QVERIFY(lines[2].contains("below the first code")); // 文山市: its reader range ends below its start
    QVERIFY(lines[6].contains("15 digits"));
    QVERIFY(import.out.isEmpty());

    // All or nothing: not one range of the file was stored.
    QCOMPARE(onDb({"ranges", "list", "--json"}).json().value("ranges").toArray().size(), 0);

    const Run json = onDb({"ranges", "import", QString(ILS_TEST_DATA) + "/published-code-ranges.tsv", "--json"});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.errorCode(), QString("range_problems"));
    QCOMPARE(json.json().value("error").toObject().value("problems").toArray().size(), 11);
}

void TestIlsctl::correctedRangesAndBranchSubRangesImport()
{
    const Run corrected = onDb({"ranges", "import", QString(ILS_TEST_DATA) + "/code-ranges-corrected.tsv"});
    QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
    QVERIFY(corrected.out.contains("10"));

    // Branch B gets blocks nested inside the county's ranges; branch A its own block of codes.
    writeFile("branches.tsv",
              "kind\tfirst\tlast\tlibrary\tdescription\n"
              "reader\t532622000500001\t532622000599999\t532622-02\t平远镇分馆读者证\n"
              "item\t2622005000000001\t2622005999999999\t532622-02\t平远镇分馆馆藏\n"
              "reader\t532622001000001\t532622001999999\t532622-01\t江那镇分馆读者证\n"
              "item\t2622010000000001\t2622019999999999\t532622-01\t江那镇分馆馆藏\n");
    const Run branches = onDb({"ranges", "import", m_dir.filePath("branches.tsv"), "--json"});
    QVERIFY2(branches.exitCode == 0, qPrintable(branches.err));
    QCOMPARE(branches.json().value("imported").toArray().size(), 4);

    const QJsonArray ranges = onDb({"ranges", "list", "--json"}).json().value("ranges").toArray();
    QCOMPARE(ranges.size(), 14);
    QCOMPARE(onDb({"ranges", "list", "--kind", "item", "--json"}).json().value("ranges").toArray().size(), 7);
}

void TestIlsctl::resolveNamesTheOwner()
{
    const Run nested = onDb({"resolve", "532622000500007", "--json"});
    QCOMPARE(nested.exitCode, 0);
    QCOMPARE(nested.json().value("library").toString(), branchB);
    QCOMPARE(nested.json().value("kind").toString(), QString("reader"));
    QCOMPARE(nested.json().value("range").toObject().value("first").toString(), QString("532622000500001"));

    const Run outer = onDb({"resolve", "532622000000123"});
    QCOMPARE(outer.exitCode, 0);
    QVERIFY2(outer.out.contains("砚山县图书馆 (532622)"), qPrintable(outer.out));

    const Run neighbour = onDb({"resolve", "2623000000000042", "--json"});
    QCOMPARE(neighbour.json().value("library_name").toString(), QString("西畴县图书馆"));

    const Run foreign = onDb({"resolve", "999999999999999"});
    QCOMPARE(foreign.exitCode, 3);
    QVERIFY(foreign.err.contains("not of this network"));
    QCOMPARE(onDb({"resolve", "999999999999999", "--json"}).errorCode(), QString("not_of_this_network"));
}

void TestIlsctl::readersAndItemsGetCodesFromTheirBranch()
{
    const Run a = onDb({"reader", "add", "--library", branchA, "--name", "张三", "--id-number", idNumber});
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    m_cardA = a.out.trimmed(); // the card number alone, for scripts
    QCOMPARE(m_cardA, QString("532622001000001"));

    const Run b = onDb({"reader", "add", "--library", branchB, "--name", "李四", "--json"});
    QCOMPARE(b.exitCode, 0);
    m_cardB = b.json().value("reader").toObject().value("card").toString();
    QCOMPARE(m_cardB, QString("532622000500001"));
    QCOMPARE(onDb({"resolve", m_cardB, "--json"}).json().value("library").toString(), branchB);

    const Run bookA = onDb({"item", "add", "--library", branchA, "--title", "边城", "--isbn", "9787020026911"});
    QCOMPARE(bookA.exitCode, 0);
    m_bookA = bookA.out.trimmed();
    QCOMPARE(m_bookA, QString("2622010000000001"));
    const Run bookB = onDb({"item", "add", "--library", branchB, "--title", "平凡的世界", "--author", "路遥"});
    QCOMPARE(bookB.exitCode, 0);
    m_bookB = bookB.out.trimmed();
    QCOMPARE(m_bookB, QString("2622005000000001"));

    const Run list = onDb({"reader", "list"});
    QVERIFY(list.out.contains("张三") && list.out.contains("李四"));
    QVERIFY(!list.out.contains(idNumber));
}

// A list cut at --limit says which rows it shows and how to see the rest, in text and JSON; every
// list command takes --offset and --limit.
void TestIlsctl::listsSayWhenTheyShowPart()
{
    const Run first = onDb({"reader", "list", "--limit", "1"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("Rows 1–1 of 2; use --offset 1 for the next ones."), qPrintable(first.out));
    QVERIFY(first.out.contains("张三") != first.out.contains("李四"));
    const Run second = onDb({"reader", "list", "--limit", "1", "--offset", "1", "--json"});
    QCOMPARE(second.json().value("readers").toArray().size(), 1);
    QCOMPARE(second.json().value("total").toInt(), 2);
    QCOMPARE(second.json().value("offset").toInt(), 1);
    QCOMPARE(second.json().value("limit").toInt(), 1);
    QVERIFY(onDb({"reader", "list", "--limit", "1", "--offset", "1"}).out.contains("Rows 2–2 of 2."));
    QVERIFY(onDb({"reader", "list", "--offset", "5"}).out.contains("Nothing from --offset 5: there are 2 rows."));
    const Run all = onDb({"reader", "list", "--json"});
    QCOMPARE(all.json().value("total").toInt(), 2);
    QCOMPARE(all.json().value("limit").toInt(), 1000);
    QVERIFY(!onDb({"reader", "list"}).out.contains("Rows"));
    QVERIFY(onDb({"reader", "list", "--limit", "1", "--lang", "zh_CN"}).out.contains("共 2 行"));

    for (const QStringList& command : {QStringList {"library", "list"},
                                       QStringList {"ranges", "list"},
                                       QStringList {"rules", "list"},
                                       QStringList {"staff", "list"},
                                       QStringList {"node", "list"},
                                       QStringList {"fee", "list", m_cardB},
                                       QStringList {"hold", "list", m_cardB}}) {
        const Run run = onDb(command + QStringList {"--offset", "0", "--limit", "1", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(' ') + ": " + run.err));
        QCOMPARE(run.json().value("limit").toInt(), 1);
        QVERIFY2(run.json().contains("total"), qPrintable(command.join(' ')));
    }
    const Run libraries = onDb({"library", "list", "--limit", "2"});
    QVERIFY2(libraries.out.contains("; use --offset 2 for the next ones."), qPrintable(libraries.out));
}

void TestIlsctl::checkoutHoldAndRenewalRefusal()
{
    const Run checkout = onDb({"checkout", m_cardA, m_bookA, "--at", branchA, "--json"});
    QVERIFY2(checkout.exitCode == 0, qPrintable(checkout.err));
    const QJsonObject loan = checkout.json().value("loan").toObject();
    QCOMPARE(loan.value("reader").toString(), m_cardA);
    QCOMPARE(loan.value("due").toString(), QString("2026-04-01")); // 30 days, the default rule
    QCOMPARE(checkout.json().value("title").toString(), QString("边城"));

    const Run hold = onDb({"hold", "place", m_cardB, m_bookA, "--pickup", branchB, "--json"});
    QVERIFY2(hold.exitCode == 0, qPrintable(hold.err));
    QCOMPARE(hold.json().value("queue_position").toInt(), 1);
    QCOMPARE(hold.json().value("hold").toObject().value("pickup_library").toString(), branchB);
    QVERIFY(onDb({"hold", "list", m_cardB}).out.contains("边城"));

    const Run renew = onDb({"renew", m_bookA, "--at", branchA, "--json"});
    QCOMPARE(renew.exitCode, 2);
    QCOMPARE(renew.errorCode(), QString("holds_waiting"));
    QVERIFY(renew.err.contains("holds_waiting"));

    const Run shown = onDb({"item", "show", m_bookA, "--json"});
    QCOMPARE(shown.json().value("item").toObject().value("status").toString(), QString("on_loan"));
    QCOMPARE(shown.json().value("loan").toObject().value("reader").toString(), m_cardA);
    QCOMPARE(shown.json().value("holds_queue").toInt(), 1);
}

void TestIlsctl::checkinRoutesToThePickupLibrary()
{
    // Returned at its home branch A, but 李四 waits for it at branch B.
    const Run atHome = onDb({"checkin", m_bookA, "--at", branchA});
    QCOMPARE(atHome.exitCode, 0);
    QVERIFY2(atHome.out.startsWith("ROUTE: send to 平远镇分馆 (532622-02)"), qPrintable(atHome.out));
    QVERIFY(atHome.out.contains("李四 (532622000500001)"));

    const Run inTransit = onDb({"item", "show", m_bookA});
    QVERIFY(inTransit.out.contains("in transit"));
    QVERIFY(inTransit.out.contains("平远镇分馆 (532622-02)"));
    QCOMPARE(onDb({"item", "show", m_bookA, "--json"}).json().value("item").toObject().value("transit_to").toString(),
             branchB);

    const Run atPickup = onDb({"checkin", m_bookA, "--at", branchB});
    QCOMPARE(atPickup.exitCode, 0);
    QVERIFY2(atPickup.out.startsWith("ROUTE: hold shelf for 李四 (532622000500001) until 2026-03-09"),
             qPrintable(atPickup.out));
    const QJsonObject routing =
        onDb({"checkin", m_bookA, "--at", branchB, "--json"}).json().value("routing").toObject();
    QCOMPARE(routing.value("action").toString(), QString("hold_shelf"));
    QCOMPARE(routing.value("hold_reader").toString(), m_cardB);
    QCOMPARE(routing.value("ready_until").toString(), QString("2026-03-09"));

    // Still within its days on the shelf: nothing expires; an unknown library is bad input.
    const Run expire = onDb({"hold", "expire", "--at", branchB, "--json"});
    QCOMPARE(expire.exitCode, 0);
    QCOMPARE(expire.json().value("expired").toArray().size(), 0);
    QCOMPARE(onDb({"hold", "expire", "--at", "nowhere"}).exitCode, 2);

    const Run other = onDb({"checkout", m_cardA, m_bookA, "--at", branchB, "--json"});
    QCOMPARE(other.exitCode, 2);
    QCOMPARE(other.errorCode(), QString("item_on_hold_for_other"));
    const Run collect = onDb({"checkout", m_cardB, m_bookA, "--at", branchB, "--json"});
    QCOMPARE(collect.exitCode, 0);
    QCOMPARE(collect.json().value("filled_hold").toBool(), true);
    QVERIFY(onDb({"hold", "list", m_cardB}).out.contains("No open holds"));
}

void TestIlsctl::lateReturnChargesAFine()
{
    // Due 2026-04-01, returned 30 days later at the branch that owns it.
    const Run late = onDb({"checkin", m_bookA, "--at", branchA}, "2026-05-01T02:00:00Z");
    QCOMPARE(late.exitCode, 0);
    QVERIFY2(late.out.startsWith("ROUTE: reshelve"), qPrintable(late.out));
    QVERIFY(late.out.contains("FINE: 3.00 yuan"));
    QVERIFY(late.out.contains("30 days overdue"));

    const Run fees = onDb({"fee", "list", m_cardB, "--json"});
    QCOMPARE(fees.json().value("owed_fen").toInt(), 300);
    const QJsonArray list = fees.json().value("fees").toArray();
    QCOMPARE(list.size(), 1);
    m_feeId = QString::number(list[0].toObject().value("id").toInt());
}

void TestIlsctl::feesArePaidInExactYuan()
{
    for (const char* bad : {"1.005", "abc", "1,50", "-1", "1.", ".5", "0x10"}) {
        const Run pay = onDb({"fee", "pay", m_cardB, bad});
        QCOMPARE(pay.exitCode, 2);
        QVERIFY2(pay.err.contains("AMOUNT"), qPrintable(pay.err));
    }
    const Run tooMuch = onDb({"fee", "pay", m_cardB, "100", "--json"});
    QCOMPARE(tooMuch.exitCode, 2);
    QCOMPARE(tooMuch.errorCode(), QString("amount_invalid"));

    const Run pay = onDb({"fee", "pay", m_cardB, "1.1", "--json"});
    QCOMPARE(pay.exitCode, 0);
    QCOMPARE(pay.json().value("paid_fen").toInt(), 110);
    QCOMPARE(pay.json().value("owed_fen").toInt(), 190);
    QVERIFY(onDb({"fee", "pay", m_cardB, "0.90"}).out.contains("still owes 1.00 yuan"));

    QCOMPARE(onDb({"fee", "waive", m_feeId, "0.50"}).exitCode, 2); // --reason is required
    const Run waive = onDb({"fee", "waive", m_feeId, "1.00", "--reason", "首次逾期", "--json"});
    QCOMPARE(waive.exitCode, 0);
    QCOMPARE(waive.json().value("fee").toObject().value("outstanding_fen").toInt(), 0);
    QVERIFY(onDb({"fee", "list", m_cardB}).out.contains("owes 0.00 yuan"));
}

void TestIlsctl::refusalsExitTwoWithTheReasonCode()
{
    QCOMPARE(onDb({"reader", "block", m_cardA, "--reason", "污损图书"}).exitCode, 0);
    const Run blocked = onDb({"checkout", m_cardA, m_bookB, "--at", branchB, "--json"});
    QCOMPARE(blocked.exitCode, 2);
    QCOMPARE(blocked.errorCode(), QString("reader_blocked"));
    QVERIFY(blocked.json().value("error").toObject().value("detail").toString().contains("污损图书"));
    QVERIFY(blocked.err.contains("reader_blocked"));
    QCOMPARE(onDb({"reader", "show", m_cardA, "--json"}).json().value("reader").toObject().value("status").toString(),
             QString("blocked"));

    QCOMPARE(onDb({"reader", "lost", m_cardA}).exitCode, 0);
    QCOMPARE(onDb({"checkout", m_cardA, m_bookB, "--at", branchB, "--json"}).errorCode(), QString("reader_card_lost"));
    QCOMPARE(onDb({"reader", "unblock", m_cardA}).exitCode, 0);
    QCOMPARE(onDb({"checkout", m_cardA, m_bookB, "--at", branchB}).exitCode, 0);

    const Run twice = onDb({"checkout", m_cardB, m_bookB, "--at", branchB, "--json"});
    QCOMPARE(twice.exitCode, 2);
    QCOMPARE(twice.errorCode(), QString("item_already_on_loan"));
    const Run nowhere = onDb({"checkout", m_cardB, m_bookA, "--at", "532622-77", "--json"});
    QCOMPARE(nowhere.exitCode, 2);
    QCOMPARE(nowhere.errorCode(), QString("library_unknown"));
    QCOMPARE(onDb({"hold", "place", m_cardA, m_bookB, "--pickup", branchA, "--json"}).errorCode(),
             QString("item_already_on_loan_to_reader"));
}

void TestIlsctl::unknownThingsExitThree()
{
    const Run reader = onDb({"checkout", "532622009999999", m_bookA, "--at", branchA, "--json"});
    QCOMPARE(reader.exitCode, 3);
    QCOMPARE(reader.errorCode(), QString("reader_unknown"));
    const Run item = onDb({"checkout", m_cardB, "2622019999999999", "--at", branchA, "--json"});
    QCOMPARE(item.exitCode, 3);
    QCOMPARE(item.errorCode(), QString("item_unknown"));
    QCOMPARE(onDb({"checkin", "2622019999999999", "--at", branchA}).exitCode, 3);
    QCOMPARE(onDb({"item", "show", "2622019999999999"}).exitCode, 3);
    QCOMPARE(onDb({"reader", "show", "123"}).exitCode, 3);
    QCOMPARE(onDb({"fee", "list", "123"}).exitCode, 3);
    QCOMPARE(onDb({"hold", "cancel", "999"}).exitCode, 3);
    QCOMPARE(onDb({"fee", "waive", "999", "1", "--reason", "x"}).exitCode, 3);
    QCOMPARE(onDb({"settings", "get", "no_such_key"}).exitCode, 3);
}

void TestIlsctl::badInputExitsTwo()
{
    const Run noDb = ilsctl({"reader", "list"});
    QCOMPARE(noDb.exitCode, 2);
    QVERIFY2(noDb.err.contains("--db"), qPrintable(noDb.err));
    const Run fromEnvironment = ilsctl({"reader", "list", "--json"}, monday, {{"ILS_DB", m_db}});
    QCOMPARE(fromEnvironment.exitCode, 0);
    QCOMPARE(fromEnvironment.json().value("readers").toArray().size(), 2);

    const Run unknown = onDb({"reader", "list", "--frobnicate"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("--frobnicate"));
    const Run foreign = onDb({"checkout", m_cardA, m_bookA, "--at", branchA, "--pickup", branchB});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY(foreign.err.contains("--pickup"));
    const Run noValue = onDb({"reader", "add", "--name", "王五", "--library"});
    QCOMPARE(noValue.exitCode, 2);
    QVERIFY(noValue.err.contains("--library"));
    const Run missing = onDb({"checkin", m_bookA});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("--at"));
    const Run extra = onDb({"checkin", m_bookA, m_bookB, "--at", branchA});
    QCOMPARE(extra.exitCode, 2);
    QVERIFY(extra.err.contains(m_bookB));
    QCOMPARE(onDb({"hold", "cancel", "first"}).exitCode, 2);
    QCOMPARE(onDb({"calendar", "close", "2026-02-30"}).exitCode, 2);
    QCOMPARE(onDb({"frobnicate"}).exitCode, 2);
    QCOMPARE(ilsctl({"reader", "list", "--db", m_db}, "yesterday").exitCode, 2); // ILS_NOW is checked
    const Run json = onDb({"reader", "add", "--library", branchA, "--json"});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.errorCode(), QString("usage"));
    QVERIFY(json.json().value("error").toObject().value("message").toString().contains("--name"));
}

void TestIlsctl::readerShowMasksTheIdNumber()
{
    const Run masked = onDb({"reader", "show", m_cardA});
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.out.contains("5326**********0029"), qPrintable(masked.out));
    QVERIFY(!masked.out.contains(idNumber));
    QVERIFY(masked.out.contains("平凡的世界")); // the loan of refusalsExitTwoWithTheReasonCode
    QCOMPARE(
        onDb({"reader", "show", m_cardA, "--json"}).json().value("reader").toObject().value("id_number").toString(),
        QString("5326**********0029"));
    QVERIFY(onDb({"reader", "show", m_cardA, "--reveal-id"}).out.contains(idNumber));
    // A scanned ID card finds the reader as the card does (by the keyed hash).
    QVERIFY(onDb({"reader", "show", idNumber}).out.contains(m_cardA));
    QCOMPARE(onDb({"settings", "set", "privacy.id_key", "00"}).exitCode, 2);
}

void TestIlsctl::rulesAndCalendarShapeDueDates()
{
    const Run rule = onDb({"rules", "set", "--item-type", "reference", "--loan-days", "0", "--daily-fine", "0.20"});
    QCOMPARE(rule.exitCode, 0);
    const QJsonArray rules = onDb({"rules", "list", "--json"}).json().value("rules").toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules[0].toObject().value("item_type").toString(), QString("reference"));
    QCOMPARE(rules[0].toObject().value("daily_fine_fen").toInt(), 20);
    QCOMPARE(rules[0].toObject().value("max_loans").toInt(), 10); // untouched fields keep the defaults

    const QString atlas =
        onDb({"item", "add", "--library", branchA, "--title", "云南省地图册", "--type", "reference"}).out.trimmed();
    QCOMPARE(onDb({"checkout", m_cardB, atlas, "--at", branchA, "--json"}).errorCode(), QString("item_not_loanable"));

    // Branch A closes on the day a 30-day loan would fall due: the loan is due the day after.
    QCOMPARE(onDb({"calendar", "close", "2026-04-01", "--library", branchA}).exitCode, 0);
    QCOMPARE(onDb({"calendar", "close", "2026-04-01", "--library", "nowhere"}).exitCode, 2);
    const QString novel = onDb({"item", "add", "--library", branchA, "--title", "围城"}).out.trimmed();
    const Run checkout = onDb({"checkout", m_cardB, novel, "--at", branchA, "--json"});
    QCOMPARE(checkout.json().value("loan").toObject().value("due").toString(), QString("2026-04-02"));
}

void TestIlsctl::outboxListsEveryChangeInOrder()
{
    const Run outbox = onDb({"outbox", "--json"});
    QCOMPARE(outbox.exitCode, 0);
    const QJsonArray entries = outbox.json().value("entries").toArray();
    QVERIFY(entries.size() >= 20);
    QCOMPARE(outbox.json().value("pending").toInt(), entries.size());
    QStringList types;
    qint64 previous = 0;
    const QRegularExpression uuid("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value("seq").toInteger() > previous);
        previous = entry.value("seq").toInteger();
        QVERIFY(uuid.match(entry.value("uuid").toString()).hasMatch());
        QCOMPARE(entry.value("operator").toString(), QString("tester"));
        QCOMPARE(entry.value("state").toString(), QString("pending"));
        types << entry.value("type").toString();
    }
    QCOMPARE(types.mid(0, 8),
             QStringList(
                 {"reader.add", "reader.add", "item.add", "item.add", "checkout", "hold.place", "checkin", "checkin"}));
    const QJsonObject first = entries[0].toObject();
    QCOMPARE(first.value("created_at").toString(), monday);
    QCOMPARE(first.value("payload").toObject().value("card").toString(), m_cardA);
    QCOMPARE(first.value("payload").toObject().value("id_number").toString(), QString("5326**********0029"));
    const QJsonObject lateReturn = entries[10].toObject();
    QCOMPARE(lateReturn.value("type").toString(), QString("checkin"));
    QCOMPARE(lateReturn.value("created_at").toString(), QString("2026-05-01T02:00:00Z"));
    QCOMPARE(lateReturn.value("payload").toObject().value("fine_fen").toInt(), 300);

    const Run two = onDb({"outbox", "--limit", "2", "--json"});
    QCOMPARE(two.json().value("entries").toArray().size(), 2);
    QCOMPARE(two.json().value("more").toBool(), true); // said, not cut off silently
    const qint64 second = two.json().value("entries").toArray().at(1).toObject().value("seq").toInteger();
    QVERIFY2(onDb({"outbox", "--limit", "2"})
                 .out.contains(QString("Only the first 2 shown; use --after %1 for the next ones.").arg(second)),
             qPrintable(onDb({"outbox", "--limit", "2"}).out));
    QCOMPARE(onDb({"outbox", "--json"}).json().value("more").toBool(), false);
    const Run text = onDb({"outbox", "--limit", "3"});
    QVERIFY(text.out.contains("reader.add") && text.out.contains("item.add"));
    QVERIFY(!text.out.contains(idNumber));
    QVERIFY(onDb({"outbox", "--reveal-id"}).out.contains(idNumber));
}

void TestIlsctl::messagesAreTranslated()
{
    const Run option = onDb({"reader", "show", "123", "--lang", "zh_CN"});
    QCOMPARE(option.exitCode, 3);
    QVERIFY2(option.err.contains("没有持此证的读者"), qPrintable(option.err));
    QVERIFY(option.err.contains("reader_unknown"));
    QVERIFY(option.err.contains("no reader with card 123")); // core's detail stays as it is

    const Run locale = ilsctl({"checkin", m_bookB, "--at", branchA, "--db", m_db}, monday, {{"LANG", "zh_CN.UTF-8"}});
    QCOMPARE(locale.exitCode, 0);
    // 平凡的世界 belongs to branch B and nobody waits for it: it goes home.
    QVERIFY2(locale.out.startsWith("去向：送回所属馆 平远镇分馆（532622-02）"), qPrintable(locale.out));
}

void TestIlsctl::storageFailuresExitOne()
{
    const Run missing = ilsctl({"reader", "list", "--db", m_dir.filePath("missing.db")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath("missing.db")));
    const Run noDirectory =
        ilsctl({"init", "--county", county, "--name", "x", "--db", m_dir.filePath("no/such/dir.db")});
    QCOMPARE(noDirectory.exitCode, 1);

    writeFile("garbage.db", QByteArray(4096, 'x'));
    const Run garbage = ilsctl({"reader", "list", "--db", m_dir.filePath("garbage.db"), "--json"});
    QCOMPARE(garbage.exitCode, 1);
    QCOMPARE(garbage.errorCode(), QString("store_error"));
    QCOMPARE(ilsctl({"init", "--county", county, "--name", "x", "--db", m_dir.filePath("garbage.db")}).exitCode, 2);
}

void TestIlsctl::demoGenerateMakesACounty()
{
    const QString demo = m_dir.filePath("demo.db");
    const Run generate = ilsctl({"demo",
                                 "generate",
                                 "--items",
                                 "300",
                                 "--readers",
                                 "40",
                                 "--loans",
                                 "200",
                                 "--seed",
                                 "7",
                                 "--db",
                                 demo,
                                 "--json"});
    QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
    QCOMPARE(generate.json().value("items").toInt(), 300);
    QCOMPARE(generate.json().value("readers").toInt(), 40);
    const QJsonArray libraries =
        ilsctl({"library", "list", "--db", demo, "--json"}).json().value("libraries").toArray();
    QVERIFY(libraries.size() > 3);
    QCOMPARE(ilsctl({"resolve", "532622001000001", "--db", demo, "--json"}).json().value("library").toString(),
             branchA);
    // The generator moved the allocation cursors past its own codes.
    const Run reader = ilsctl({"reader", "add", "--library", branchA, "--name", "王五", "--db", demo});
    QCOMPARE(reader.exitCode, 0);
    QCOMPARE(ilsctl({"reader", "show", reader.out.trimmed(), "--db", demo, "--json"})
                 .json()
                 .value("reader")
                 .toObject()
                 .value("name")
                 .toString(),
             QString("王五"));
    QCOMPARE(ilsctl({"demo", "generate", "--items", "1", "--readers", "1", "--loans", "1", "--db", demo}).exitCode, 2);
    QCOMPARE(
        ilsctl({"demo", "generate", "--items", "1", "--readers", "1", "--db", m_dir.filePath("demo2.db")}).exitCode, 2);
}

void TestIlsctl::replicationCommandsWithoutANetwork()
{
    // A database of its own: `node add` makes it a central, which the story's database is not.
    const QString central = m_dir.filePath("central.db");
    auto on = [&](QStringList arguments) {
        arguments << "--db" << central;
        return ilsctl(arguments);
    };
    QCOMPARE(on({"init", "--county", county, "--name", "砚山县图书馆"}).exitCode, 0);
    QCOMPARE(on({"library", "add", branchA, "江那镇分馆", "--level", "branch", "--parent", county}).exitCode, 0);

    const Run add = on({"node", "add", "--library", branchA, "--name", "借还台", "--valid-days", "2", "--json"});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QJsonObject node = add.json().value("node").toObject();
    QCOMPARE(node.value("id").toString(), QString("node-0001"));
    QCOMPARE(node.value("status").toString(), QString("pending"));
    QCOMPARE(node.value("token").toString().size(), 32);
    QCOMPARE(node.value("expires_at").toString(), QString("2026-03-04T02:00:00Z")); // ILS_NOW + 2 days
    const Run text = on({"node", "add", "--library", branchA});
    QVERIFY(text.out.contains("Enrolment token (shown once, valid until 2026-03-09 10:00 (UTC+08"));
    QCOMPARE(on({"node", "add", "--library", "999999"}).exitCode, 2);
    QCOMPARE(on({"node", "add", "--library", branchA, "--valid-days", "0"}).exitCode, 2);

    const QJsonArray nodes = on({"nodes", "--json"}).json().value("nodes").toArray();
    QCOMPARE(nodes.size(), 2);
    QVERIFY(nodes.first().toObject().value("last_contact").isNull());
    QCOMPARE(nodes.first().toObject().value("name").toString(), QString("借还台"));
    QVERIFY(on({"node", "list", "--lang", "zh_CN"}).out.contains("等待注册"));
    const Run revoke = on({"node", "revoke", "node-0002", "--json"});
    QCOMPARE(revoke.exitCode, 0);
    QCOMPARE(revoke.json().value("node").toObject().value("status").toString(), QString("revoked"));
    QCOMPARE(on({"node", "revoke", "node-0042"}).exitCode, 3);

    const Run none = on({"exceptions", "--json"});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.json().value("exceptions").toArray().size(), 0);
    QVERIFY(on({"exceptions"}).out.contains("No exceptions."));

    // Not a node: sync refuses before reaching for the network.
    const Run sync = on({"sync", "--json"});
    QCOMPARE(sync.exitCode, 2);
    QCOMPARE(sync.errorCode(), QString("not_enrolled"));
    // enrol never touches an existing database, and checks its arguments first.
    const QString fingerprint = QString("ab").repeated(32);
    const Run existing = on({"enrol", "--central", "127.0.0.1:7443", "--fingerprint", fingerprint, "--token", "t"});
    QCOMPARE(existing.exitCode, 2);
    QVERIFY(existing.err.contains("already exists"));
    const QString fresh = m_dir.filePath("node.db");
    QCOMPARE(
        ilsctl({"enrol", "--central", "7443", "--fingerprint", fingerprint, "--token", "t", "--db", fresh}).exitCode,
        2);
    QCOMPARE(ilsctl({"enrol", "--central", "127.0.0.1:7443", "--fingerprint", "abc", "--token", "t", "--db", fresh})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(fresh));
    // The token never has to be in argv (ps shows argv to every user): --token-stdin, or a
    // prompt without echo on a terminal; not on a terminal and not on stdin, it is refused.
    const QStringList nobody = {"enrol", "--central", "127.0.0.1:1", "--fingerprint", fingerprint, "--db", fresh};
    const Run noToken = ilsctl(nobody);
    QCOMPARE(noToken.exitCode, 2);
    QVERIFY2(noToken.err.contains("--token-stdin"), qPrintable(noToken.err));
    const Run emptyToken = ilsctl(nobody + QStringList {"--token-stdin"}, monday, {}, "\n");
    QCOMPARE(emptyToken.exitCode, 2);
    QVERIFY2(emptyToken.err.contains("no enrolment token"), qPrintable(emptyToken.err));
    const Run both = ilsctl(nobody + QStringList {"--token-stdin", "--token", "t"}, monday, {}, "t\n");
    QCOMPARE(both.exitCode, 2);
    // Read from stdin, the token goes on to the central (here nobody listens: exit 4).
    const Run piped = ilsctl(nobody + QStringList {"--token-stdin"}, monday, {}, "t\n");
    QCOMPARE(piped.exitCode, 4);
    QVERIFY2(!piped.err.contains("warning"), qPrintable(piped.err));
    // --token still works for old scripts, with a warning that others can read it.
    const Run argv = ilsctl(nobody + QStringList {"--token", "t"});
    QCOMPARE(argv.exitCode, 4);
    QVERIFY2(argv.err.contains("warning: --token"), qPrintable(argv.err));
    QVERIFY(!QFile::exists(fresh));

    // record edit goes through cataloguing and into the outbox as record.edit (the story's 边城).
    const Run edit = onDb({"record", "edit", "1", "--title", "边城（插图本）", "--clc", "I246.5", "--json"});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    QCOMPARE(edit.json().value("record").toObject().value("title").toString(), QString("边城（插图本）"));
    QCOMPARE(edit.json().value("record").toObject().value("clc").toString(), QString("I246.5"));
    const QJsonArray outbox = onDb({"outbox", "--json"}).json().value("entries").toArray();
    const QJsonObject last = outbox.last().toObject();
    QCOMPARE(last.value("type").toString(), QString("record.edit"));
    QCOMPARE(last.value("payload").toObject().value("set.title").toString(), QString("边城（插图本）"));
    QCOMPARE(onDb({"record", "edit", "999", "--title", "x"}).exitCode, 3);
    QCOMPARE(onDb({"record", "edit", "1"}).exitCode, 2);
    QCOMPARE(onDb({"record", "edit", "1", "--title", ""}).exitCode, 2);
}

// RFID tag data needs no database: the ISO 28560-2 annex example, a round trip through
// ISO 28560-3, and input that is not hex or not a tag.
void TestIlsctl::tagDataDecodesAndEncodes()
{
    QFile annexFile(ILS_TEST_DATA "/rfid/iso28560-2-annex-example.txt");
    QVERIFY(annexFile.open(QIODevice::ReadOnly));
    QString annex;
    for (const QByteArray& line : annexFile.readAll().split('\n')) {
        if (!line.startsWith('#') && !line.trimmed().isEmpty())
            annex = QString::fromLatin1(line.trimmed());
    }
    const Run decoded = ilsctl({"tag", "decode", annex, "--json"});
    QCOMPARE(decoded.exitCode, 0);
    const QJsonObject tag = decoded.json().value("tag").toObject();
    QCOMPARE(tag.value("model").toString(), QString("ISO 28560-2"));
    QCOMPARE(tag.value("primary_item_id").toString(), QString("123456789012"));
    QCOMPARE(tag.value("owner_library").toString(), QString("US-InU-Mu"));
    QCOMPARE(tag.value("set").toObject().value("part").toInt(), 3);
    QCOMPARE(tag.value("set").toObject().value("total").toInt(), 12);
    // Hex pasted unquoted, as a shell splits it: one argument a byte, the same tag.
    const QString compact = QString(annex).remove(' ');
    QStringList words = {"tag", "decode"};
    for (int i = 0; i + 1 < compact.size(); i += 2)
        words << compact.mid(i, 2);
    words << "--json";
    const Run split = ilsctl(words);
    QCOMPARE(split.exitCode, 0);
    QCOMPARE(split.json().value("tag").toObject(), tag);
    const Run text = ilsctl({"tag", "decode", annex, "--lang", "zh_CN"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("所属馆（ISIL）：US-InU-Mu"), qPrintable(text.out));

    for (const QString model : {"2", "3"}) {
        const Run encoded = ilsctl({"tag",
                                    "encode",
                                    "--model",
                                    model,
                                    "--pii",
                                    "31000000012",
                                    "--isil",
                                    "CN-530000",
                                    "--parts",
                                    "2",
                                    "--part",
                                    "1"});
        QCOMPARE(encoded.exitCode, 0);
        const Run back = ilsctl({"tag", "decode", encoded.out.trimmed(), "--model", model, "--json"});
        QCOMPARE(back.exitCode, 0);
        const QJsonObject t = back.json().value("tag").toObject();
        QCOMPARE(t.value("primary_item_id").toString(), QString("31000000012"));
        QCOMPARE(t.value("owner_library").toString(), QString("CN-530000"));
        QCOMPARE(t.value("set").toObject().value("part").toInt(), 1);
        QCOMPARE(t.value("set").toObject().value("total").toInt(), 2);
        QCOMPARE(t.value("model").toString(), "ISO 28560-" + model);
    }

    const Run badHex = ilsctl({"tag", "decode", "91 00 0g", "--json"});
    QCOMPARE(badHex.exitCode, 2);
    QCOMPARE(badHex.errorCode(), QString("bad_hex"));
    QVERIFY2(badHex.err.contains("character 8"), qPrintable(badHex.err));
    QCOMPARE(ilsctl({"tag", "decode", "910"}).exitCode, 2);
    const Run truncated = ilsctl({"tag", "decode", annex.left(30), "--json"});
    QCOMPARE(truncated.exitCode, 2);
    QCOMPARE(truncated.errorCode(), QString("bad_tag"));
    QVERIFY2(truncated.err.contains("byte 9"), qPrintable(truncated.err));
    const Run blank = ilsctl({"tag", "decode", "00000000 00000000"});
    QCOMPARE(blank.exitCode, 2);
    QVERIFY(blank.err.contains("blank"));
    const Run tooLong = ilsctl({"tag", "encode", "--model", "3", "--pii", "12345678901234567", "--isil", "CN-1"});
    QCOMPARE(tooLong.exitCode, 2);
    QCOMPARE(ilsctl({"tag", "encode", "--model", "4", "--pii", "1", "--isil", "CN-1"}).exitCode, 2);
}

void TestIlsctl::helpAndVersion()
{
    const Run help = ilsctl({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init",
                                "library add",
                                "ranges import",
                                "checkout",
                                "hold place",
                                "fee pay",
                                "outbox",
                                "node add",
                                "nodes",
                                "enrol",
                                "sync",
                                "exceptions",
                                "record edit"})
        QVERIFY2(help.out.contains(command), command);
    QVERIFY(help.out.contains("4 could not reach the central or the sync failed"));
    const Run command = ilsctl({"library", "add", "--help"});
    QCOMPARE(command.exitCode, 0);
    QVERIFY(command.out.contains("Usage: ilsctl library add CODE NAME --level LEVEL [--parent CODE]"));
    QVERIFY(ilsctl({"hold", "--help"}).out.contains("hold cancel"));
    QCOMPARE(ilsctl({"hold"}).exitCode, 2);
    QCOMPARE(ilsctl({}).exitCode, 2);
    QVERIFY(ilsctl({"--version"}).out.startsWith("ilsctl "));
}

void TestIlsctl::lostItemFoundAndTheCountysChargeRule()
{
    const QString book = onDb({"item", "add", "--library", branchA, "--title", "丢失的书"}).out.trimmed();
    {
        // Registered lost, and 张三 charged 30 yuan of which 10 are paid: what a desk would find.
        ils::Database db(m_db.toStdString());
        db.exec("UPDATE items SET status = 'lost' WHERE barcode = '" + book.toStdString() + "'");
        ils::Query fee(db,
                       "INSERT INTO fees(reader, item, kind, amount_fen, paid_fen, created_at) "
                       "VALUES(?, ?, 'lost', 3000, 1000, 0)");
        fee.bind(1, m_cardA.toStdString()).bind(2, book.toStdString()).run();
    }
    const Run badSetting = onDb({"settings", "set", "lost_charge", "sometimes"});
    QCOMPARE(badSetting.exitCode, 2);
    QVERIFY2(badSetting.err.contains("refund, keep or ask"), qPrintable(badSetting.err));
    // The county asks (the default): the return waits for a decision and changes nothing.
    const Run undecided = onDb({"checkin", book, "--at", branchA, "--json"});
    QCOMPARE(undecided.exitCode, 2);
    QCOMPARE(undecided.errorCode(), QString("lost_charge_undecided"));
    QCOMPARE(onDb({"checkin", book, "--at", branchA, "--lost-charge", "maybe"}).exitCode, 2);
    const Run found = onDb({"checkin", book, "--at", branchA, "--lost-charge", "refund"});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.out.contains("FOUND: the item was registered as lost"), qPrintable(found.out));
    QVERIFY2(found.out.contains("REFUND: 10.00 yuan"), qPrintable(found.out));
    const QJsonObject shown = onDb({"item", "show", book, "--json"}).json();
    QCOMPARE(shown.value("item").toObject().value("status").toString(), QString("available"));
    const QJsonArray history = shown.value("history").toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value("kind").toString(), QString("found"));
    QCOMPARE(history.at(0).toObject().value("detail").toString(), QString("refund"));
    QCOMPARE(onDb({"settings", "set", "lost_charge", "keep"}).exitCode, 0);
}

// `settings` neither shows nor changes the node's secret and state (local.secret, local.role):
// whoever sits at a branch PC could otherwise read the node's credentials or make it a
// central. The device and retention settings staff change stay open.
void TestIlsctl::settingsKeepOutOfTheNodesOwnState()
{
    const std::string secret = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    {
        ils::Database db(m_db.toStdString());
        ils::Query set(db, "INSERT OR REPLACE INTO settings(key, value) VALUES('local.secret', ?)");
        set.bind(1, secret).run();
    }
    for (const QStringList& command : {QStringList {"settings", "get", "local.secret"},
                                       QStringList {"settings", "get", "local.secret", "--json"},
                                       QStringList {"settings", "get", "local.role"},
                                       QStringList {"settings", "set", "local.role", "central"},
                                       QStringList {"settings", "set", "local.secret", "0"},
                                       QStringList {"settings", "get", "privacy.id_key"}}) {
        const Run run = onDb(command);
        QVERIFY2(run.exitCode == 2, qPrintable(command.join(' ')));
        QVERIFY2(!run.out.contains(QString::fromStdString(secret)) && !run.err.contains(QString::fromStdString(secret)),
                 qPrintable(command.join(' ')));
    }
    QVERIFY(onDb({"settings", "get", "local.role"}).err.contains("belongs to the node itself"));
    {
        ils::Database db(m_db.toStdString());
        ils::Query role(db, "SELECT count(*) FROM settings WHERE key = 'local.role' AND value = 'central'");
        QVERIFY(role.step());
        QCOMPARE(role.getInt(0), 0);
        ils::Query kept(db, "SELECT value FROM settings WHERE key = 'local.secret'");
        QVERIFY(kept.step());
        QCOMPARE(kept.getText(0), secret);
    }
    // What README and docs/DEVICES.md tell staff to set still works.
    QCOMPARE(onDb({"settings", "set", "local.scanner_usb", "05e0:1300"}).exitCode, 0);
    QCOMPARE(onDb({"settings", "get", "local.scanner_usb"}).out.trimmed(), QString("05e0:1300"));
    QCOMPARE(onDb({"settings", "set", "local.keep_acked_days", "60"}).exitCode, 0);
}

// A name typed at another branch PC arrives by replication with whatever bytes it holds: what
// ilsctl prints for a human loses escape sequences and line breaks (no cleared screen, no forged
// line); the JSON keeps the exact name.
void TestIlsctl::printedTextLosesControlCharacters()
{
    const QString name = QString::fromUtf8("李\x1b[2J四\n\x1b]0;root\x07伪造\u0085行\u009b1m");
    {
        ils::Database db(m_db.toStdString());
        ils::Query rename(db, "UPDATE readers SET name = ? WHERE card = ?");
        rename.bind(1, name.toStdString()).bind(2, m_cardB.toStdString()).run();
    }
    const Run shown = onDb({"reader", "show", m_cardB});
    QCOMPARE(shown.exitCode, 0);
    for (const QString& bad :
         {QString("\x1b"), QString("[2J"), QString("root"), QString(QChar(0x85)), QString(QChar(0x9b))})
        QVERIFY2(!shown.out.contains(bad), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QString::fromUtf8("李四伪造行")), qPrintable(shown.out));
    const Run listed = onDb({"reader", "list"});
    QVERIFY2(!listed.out.contains(QString("\x1b")) && listed.out.contains(QString::fromUtf8("李四伪造行")),
             qPrintable(listed.out));
    const Run json = onDb({"reader", "show", m_cardB, "--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value("reader").toObject().value("name").toString(), name);
}

QTEST_GUILESS_MAIN(TestIlsctl)
#include "tst_ilsctl.moc"
