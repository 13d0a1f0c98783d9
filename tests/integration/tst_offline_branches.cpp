// Two branch nodes and the county central as separate processes on 127.0.0.1, driven the way
// staff drive them: ilsctl for everything, ils-central as the daemon. While the central is down
// the branches work offline through the five conflicts of docs/SYNC.md and the central blocks a
// reader; after the restart and two rounds of `ilsctl sync` the three database files must hold
// the same replicated rows, and the exceptions report one entry per conflict. Each slot builds
// on the ones before it.
#include "Processes.h"

#include "Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace integration;

namespace {

const QString county = QStringLiteral("532622");
const QString branchA = QStringLiteral("532622-01"); // 江那镇分馆, its own block of codes
const QString branchB = QStringLiteral("532622-02"); // 平远镇分馆, blocks nested in the county's

const QByteArray ranges = "kind\tfirst\tlast\tlibrary\tdescription\n"
                          "reader\t532622000000001\t532622000999999\t532622\t县馆读者证\n"
                          "reader\t532622001000001\t532622001999999\t532622-01\t江那镇分馆读者证\n"
                          "reader\t532622000500001\t532622000599999\t532622-02\t平远镇分馆读者证\n"
                          "item\t2622000000000001\t2622009999999999\t532622\t县馆馆藏\n"
                          "item\t2622010000000001\t2622019999999999\t532622-01\t江那镇分馆馆藏\n"
                          "item\t2622005000000001\t2622005999999999\t532622-02\t平远镇分馆馆藏\n";

const QStringList conflictCodes {
    "item_lent_twice", "returned_before_lent", "reader_blocked", "too_many_loans", "concurrent_edit"};

void waitForTheNextSecond()
{
    QThread::msleep(static_cast<unsigned long>(1010 - QDateTime::currentMSecsSinceEpoch() % 1000));
}

} // namespace

class TestOfflineBranches : public QObject
{
    Q_OBJECT

private:
    Run on(const QString& db, QStringList arguments) const
    {
        arguments << "--db" << db;
        return ilsctl(arguments);
    }
    QString path(const char* name) const { return m_dir.filePath(name); }
    // Adds a node for `library` at the central and enrols `db` with its token.
    void enrolNode(const QString& db, const QString& library, const QString& name, QString& nodeId);
    void expectConverged();
    QJsonArray exceptionsOf(const QString& db) const;
    std::int64_t lastSeqOf(const QString& db) const;

    QTemporaryDir m_dir;
    QString m_fingerprint;
    QString m_centralDb;
    QString m_dbA;
    QString m_dbB;
    QString m_nodeA;
    QString m_nodeB;
    std::unique_ptr<Central> m_central;
    QStringList m_copies; // copies of 平凡的世界, one record, owned by the county
    qint64 m_record = 0;
    QString m_bookA; // 边城, owned by branch A
    QString m_bookB; // 围城, owned by branch B
    QString m_returned; // 呐喊, owned by branch A: lent at B, returned at A
    QString m_kid; // 小明, a child reader of the county: at most 3 loans
    QString m_readerA; // 张三 of branch A
    QString m_readerB; // 王五 of branch B
    QString m_blocked; // 李四 of branch B, blocked at the central while the branches are offline

private slots:
    void initTestCase();
    void enrolmentRefusesAWrongToken();
    void branchesShareTheCountyWhileOnline();
    void offlineConflictsConvergeRowByRow();
    void exceptionsReportEachConflictOnce();
    void nodesShowLastContactAndNoBacklog();
    void wrongFingerprintIsRefused();
    void unknownWrongAndRevokedCredentialsAreRefused();
    void cleanupTestCase();
};

void TestOfflineBranches::enrolNode(const QString& db, const QString& library, const QString& name, QString& nodeId)
{
    const Run add = on(m_centralDb, {"node", "add", "--library", library, "--json"});
    QVERIFY_RUN(add);
    const QJsonObject node = add.json().value("node").toObject();
    QCOMPARE(node.value("status").toString(), QString("pending"));
    const QString token = node.value("token").toString();
    QVERIFY(!token.isEmpty());
    // The token comes on stdin, as scripts/run gives it: never in argv, where ps shows it.
    const Run enrol = ilsctlWithInput({"enrol",
                                       "--central",
                                       m_central->address(),
                                       "--fingerprint",
                                       m_fingerprint,
                                       "--token-stdin",
                                       "--name",
                                       name,
                                       "--json",
                                       "--db",
                                       db},
                                      token.toUtf8() + "\n");
    QVERIFY_RUN(enrol);
    QVERIFY2(!enrol.err.contains("warning"), qPrintable(enrol.err));
    nodeId = enrol.json().value("node_id").toString();
    QCOMPARE(nodeId, node.value("id").toString());
    QCOMPARE(enrol.json().value("library").toString(), library);
    QVERIFY(enrol.json().value("snapshot_bytes").toInteger() > 0);
    QVERIFY(QFile::exists(db));
    // The replica holds the county's readers: its owner's alone, whatever the umask (022 here).
    for (const QString& file : {db, db + "-wal", db + "-shm"}) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(file).constData(), &info) == 0)
            QCOMPARE(int(info.st_mode & 0777), 0600);
    }
    // The replica starts with the county as the snapshot showed it.
    QCOMPARE(on(db, {"item", "show", m_copies.first(), "--json"}).exitCode, 0);
}

void TestOfflineBranches::expectConverged()
{
    const Rows central = replicatedRows(m_centralDb);
    QVERIFY(!central.at("loans").empty());
    const QString a = firstDifference(central, replicatedRows(m_dbA));
    QVERIFY2(a.isEmpty(), qPrintable("node A differs from the central in " + a));
    const QString b = firstDifference(central, replicatedRows(m_dbB));
    QVERIFY2(b.isEmpty(), qPrintable("node B differs from the central in " + b));
}

QJsonArray TestOfflineBranches::exceptionsOf(const QString& db) const
{
    return on(db, {"exceptions", "--json"}).json().value("exceptions").toArray();
}

std::int64_t TestOfflineBranches::lastSeqOf(const QString& db) const
{
    const auto rows = queryRows(db, "SELECT coalesce(max(seq), 0) FROM outbox");
    return std::stoll(rows.front());
}

void TestOfflineBranches::initTestCase()
{
    ::umask(022); // the usual umask of a shared PC: the programs must not rely on the caller's
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(ILSCTL_PATH));
    QVERIFY(QFile::exists(ILS_CENTRAL_PATH));
    m_fingerprint = makeCertificate(m_dir.path());
    QVERIFY2(!m_fingerprint.isEmpty(), "openssl could not make a certificate");
    m_centralDb = path("central.db");
    m_dbA = path("branch-a.db");
    m_dbB = path("branch-b.db");

    // The county, as its administrator sets it up with ilsctl.
    QVERIFY_RUN(on(m_centralDb, {"init", "--county", county, "--name", "砚山县图书馆", "--division", county}));
    QVERIFY_RUN(on(m_centralDb, {"library", "add", branchA, "江那镇分馆", "--level", "branch", "--parent", county}));
    QVERIFY_RUN(on(m_centralDb, {"library", "add", branchB, "平远镇分馆", "--level", "branch", "--parent", county}));
    QFile table(path("ranges.tsv"));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write(ranges);
    table.close();
    QVERIFY_RUN(on(m_centralDb, {"ranges", "import", table.fileName()}));
    QVERIFY_RUN(on(m_centralDb, {"rules", "set", "--reader-type", "child", "--max-loans", "3"}));
    const Run first =
        on(m_centralDb, {"item", "add", "--library", county, "--title", "平凡的世界", "--author", "路遥", "--json"});
    QVERIFY_RUN(first);
    m_copies << first.json().value("item").toObject().value("barcode").toString();
    m_record = first.json().value("record").toObject().value("id").toInteger();
    for (int i = 1; i < 8; ++i) {
        const Run copy = on(m_centralDb, {"item", "add", "--library", county, "--record", QString::number(m_record)});
        QVERIFY_RUN(copy);
        m_copies << copy.out.trimmed();
    }
    const Run bookA = on(m_centralDb, {"item", "add", "--library", branchA, "--title", "边城", "--author", "沈从文"});
    QVERIFY_RUN(bookA);
    m_bookA = bookA.out.trimmed();
    const Run bookB = on(m_centralDb, {"item", "add", "--library", branchB, "--title", "围城", "--author", "钱锺书"});
    QVERIFY_RUN(bookB);
    m_bookB = bookB.out.trimmed();
    const Run returned = on(m_centralDb, {"item", "add", "--library", branchA, "--title", "呐喊", "--author", "鲁迅"});
    QVERIFY_RUN(returned);
    m_returned = returned.out.trimmed();
    const Run kid = on(m_centralDb, {"reader", "add", "--library", county, "--name", "小明", "--type", "child"});
    QVERIFY_RUN(kid);
    m_kid = kid.out.trimmed();

    m_central = std::make_unique<Central>(m_centralDb, path("cert.pem"), path("key.pem"));
    QVERIFY2(m_central->start(), qPrintable(m_central->log()));
    enrolNode(m_dbA, branchA, "江那镇分馆借还台", m_nodeA);
    enrolNode(m_dbB, branchB, "平远镇分馆借还台", m_nodeB);
    QCOMPARE(m_nodeA, QString("node-0001"));
    QCOMPARE(m_nodeB, QString("node-0002"));
}

void TestOfflineBranches::enrolmentRefusesAWrongToken()
{
    const QString db = path("intruder.db");
    const Run wrong = on(db,
                         {"enrol",
                          "--central",
                          m_central->address(),
                          "--fingerprint",
                          m_fingerprint,
                          "--token",
                          "0123456789abcdef0123456789abcdef",
                          "--json"});
    QCOMPARE(wrong.exitCode, 2);
    QCOMPARE(wrong.errorCode(), QString("enrolment_refused"));
    QVERIFY2(wrong.err.contains("token"), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(db));

    // A token is good for one enrolment only.
    const Run add = on(m_centralDb, {"node", "add", "--library", branchA, "--json"});
    QVERIFY_RUN(add);
    const QString token = add.json().value("node").toObject().value("token").toString();
    QVERIFY_RUN(on(path("kiosk.db"),
                   {"enrol", "--central", m_central->address(), "--fingerprint", m_fingerprint, "--token", token}));
    QCOMPARE(
        on(db, {"enrol", "--central", m_central->address(), "--fingerprint", m_fingerprint, "--token", token}).exitCode,
        2);
    QVERIFY(!QFile::exists(db));

    // An existing database is never overwritten, and nothing is asked of the central.
    const Run existing =
        on(m_dbA, {"enrol", "--central", m_central->address(), "--fingerprint", m_fingerprint, "--token", token});
    QCOMPARE(existing.exitCode, 2);
    QVERIFY2(existing.err.contains("already exists"), qPrintable(existing.err));

    // No central listening: exit 4, the network's own words.
    const Run unreachable =
        on(db, {"enrol", "--central", "127.0.0.1:1", "--fingerprint", m_fingerprint, "--token", token});
    QCOMPARE(unreachable.exitCode, 4);
    QVERIFY2(unreachable.err.contains("cannot connect"), qPrintable(unreachable.err));
    QVERIFY(!QFile::exists(db));
}

void TestOfflineBranches::branchesShareTheCountyWhileOnline()
{
    const QString idNumber = QStringLiteral("532622199003150029");
    const Run zhang = on(m_dbA, {"reader", "add", "--library", branchA, "--name", "张三", "--id-number", idNumber});
    QVERIFY_RUN(zhang);
    m_readerA = zhang.out.trimmed();
    QCOMPARE(m_readerA, QString("532622001000001")); // branch A's own block
    const Run li = on(m_dbB, {"reader", "add", "--library", branchB, "--name", "李四"});
    QVERIFY_RUN(li);
    m_blocked = li.out.trimmed();
    QCOMPARE(m_blocked, QString("532622000500001")); // branch B's block nested in the county's
    const Run wang = on(m_dbB, {"reader", "add", "--library", branchB, "--name", "王五"});
    QVERIFY_RUN(wang);
    m_readerB = wang.out.trimmed();
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_bookA, "--at", branchA}));

    const Run syncA = on(m_dbA, {"sync", "--json"});
    QVERIFY_RUN(syncA);
    QCOMPARE(syncA.json().value("pushed").toInt(), 2);
    QCOMPARE(syncA.json().value("applied").toInt(), 2);
    QCOMPARE(syncA.json().value("backlog").toInt(), 0);
    const Run syncB = on(m_dbB, {"sync"});
    QVERIFY_RUN(syncB);
    QVERIFY2(syncB.out.contains("Pushed 2 operation(s): 2 applied, 0 applied with exceptions, 0 rejected."),
             qPrintable(syncB.out));
    QVERIFY_RUN(on(m_dbA, {"sync"}));

    expectConverged();
    const Run atB = on(m_dbB, {"item", "show", m_bookA, "--json"});
    QCOMPARE(atB.json().value("loan").toObject().value("reader").toString(), m_readerA);

    // The resident ID number registered at A is in full at the central only (docs/SYNC.md):
    // the branches find 张三 by it and show it masked, and no byte of it is in their files.
    QVERIFY(on(m_centralDb, {"reader", "show", m_readerA, "--reveal-id"}).out.contains(idNumber));
    const Run byId = on(m_dbB, {"reader", "show", idNumber});
    QVERIFY_RUN(byId);
    QVERIFY(byId.out.contains(m_readerA));
    QVERIFY(!byId.out.contains(idNumber));
    QCOMPARE(on(m_dbB, {"reader", "show", m_readerA, "--reveal-id"}).exitCode, 2);
    for (const QString& db : {m_dbA, m_dbB})
        for (const char* suffix : {"", "-wal"}) {
            QFile file(db + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(idNumber.toLatin1()), qPrintable(db + suffix));
        }
}

void TestOfflineBranches::offlineConflictsConvergeRowByRow()
{
    const quint16 port = m_central->port();
    QCOMPARE(m_central->stop(), 0); // SIGTERM: a clean shutdown

    const Run down = on(m_dbA, {"sync", "--json"});
    QCOMPARE(down.exitCode, 4);
    QCOMPARE(down.errorCode(), QString("sync_failed"));
    QVERIFY2(down.err.contains("cannot connect"), qPrintable(down.err));

    // The central blocks 李四; branch B cannot know.
    QVERIFY_RUN(on(m_centralDb, {"reader", "block", m_blocked, "--reason", "欠费未缴"}));

    // 1. The same copy lent at A, then at B.
    QVERIFY_RUN(on(m_dbA, {"checkout", m_readerA, m_copies[0], "--at", branchA}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_readerB, m_copies[0], "--at", branchB}));
    // 2. B lends A's copy, which comes back home to A while B still shows it on loan; A syncs
    //    first, so the return reaches the central before the loan.
    QVERIFY_RUN(on(m_dbB, {"checkout", m_readerB, m_returned, "--at", branchB}));
    waitForTheNextSecond(); // instants are whole seconds; a tie would order the loan after the return
    QVERIFY_RUN(on(m_dbA, {"checkin", m_returned, "--at", branchA}));
    // 3. B serves the reader the central has blocked.
    QVERIFY_RUN(on(m_dbB, {"checkout", m_blocked, m_copies[2], "--at", branchB}));
    // 4. The child's limit of 3 is passed across the two branches.
    QVERIFY_RUN(on(m_dbA, {"checkout", m_kid, m_copies[3], "--at", branchA}));
    QVERIFY_RUN(on(m_dbA, {"checkout", m_kid, m_copies[4], "--at", branchA}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_kid, m_copies[5], "--at", branchB}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_kid, m_copies[6], "--at", branchB}));
    // 5. The record is edited at both branches, B later (or in the same second: B's higher node
    //    number wins the tie, so the outcome is the same).
    const QString record = QString::number(m_record);
    QVERIFY_RUN(on(m_dbA, {"record", "edit", record, "--title", "平凡的世界（全三册）"}));
    QVERIFY_RUN(on(m_dbB, {"record", "edit", record, "--title", "平凡的世界 第二版", "--author", "路遥 著"}));
    // Ordinary circulation meanwhile: new readers and a new copy from the branches' own ranges.
    const Run zhao = on(m_dbA, {"reader", "add", "--library", branchA, "--name", "赵六"});
    QVERIFY_RUN(zhao);
    const Run shoujie = on(m_dbA, {"item", "add", "--library", branchA, "--title", "受戒", "--author", "汪曾祺"});
    QVERIFY_RUN(shoujie);
    QVERIFY_RUN(on(m_dbA, {"checkout", zhao.out.trimmed(), shoujie.out.trimmed(), "--at", branchA}));
    QVERIFY_RUN(on(m_dbA, {"renew", m_bookA, "--at", branchA}));
    const Run sun = on(m_dbB, {"reader", "add", "--library", branchB, "--name", "孙七"});
    QVERIFY_RUN(sun);
    QVERIFY_RUN(on(m_dbB, {"checkout", sun.out.trimmed(), m_bookB, "--at", branchB}));
    QVERIFY_RUN(on(m_dbB, {"checkin", m_bookB, "--at", branchB}));
    QVERIFY_RUN(on(m_dbB, {"checkout", m_readerB, m_bookB, "--at", branchB}));

    const int pendingA = on(m_dbA, {"outbox", "--pending", "--json"}).json().value("pending").toInt();
    const int pendingB = on(m_dbB, {"outbox", "--pending", "--json"}).json().value("pending").toInt();
    QCOMPARE(pendingA, 9);
    QCOMPARE(pendingB, 10);

    QVERIFY2(m_central->start(port), qPrintable(m_central->log())); // the same address the nodes know

    const Run syncA = on(m_dbA, {"sync", "--json"});
    QVERIFY_RUN(syncA);
    QCOMPARE(syncA.json().value("pushed").toInt(), pendingA);
    QCOMPARE(syncA.json().value("rejected").toInt(), 0);
    QCOMPARE(syncA.json().value("backlog").toInt(), 0);
    const Run syncB = on(m_dbB, {"sync", "--json"});
    QVERIFY_RUN(syncB);
    QCOMPARE(syncB.json().value("pushed").toInt(), pendingB);
    QCOMPARE(syncB.json().value("rejected").toInt(), 0);
    // Lent twice, returned before lent, blocked reader, loan limit, concurrent edit: every one of
    // B's operations that met a conflict was applied all the same.
    QCOMPARE(syncB.json().value("exceptions").toInt(), 5);
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbB, {"sync"}));

    expectConverged();

    // The outcomes docs/SYNC.md promises, the same at the central and at both branches.
    for (const QString& db : {m_centralDb, m_dbA, m_dbB}) {
        const Run lentTwice = on(db, {"item", "show", m_copies[0], "--json"});
        QCOMPARE(lentTwice.json().value("loan").toObject().value("reader").toString(), m_readerB); // the later loan
        QVERIFY(on(db, {"item", "show", m_returned, "--json"}).json().value("loan").isNull()); // back at A
        QCOMPARE(on(db, {"reader", "show", m_kid, "--json"}).json().value("loans").toArray().size(), 4);
        const QJsonObject edited = lentTwice.json().value("record").toObject();
        QCOMPARE(edited.value("title").toString(), QString("平凡的世界 第二版"));
        QCOMPARE(edited.value("author").toString(), QString("路遥 著"));
        QCOMPARE(
            on(db, {"item", "show", m_copies[2], "--json"}).json().value("loan").toObject().value("reader").toString(),
            m_blocked);
        // Ordinary circulation is untouched: 围城 came back at B and went out again at once.
        QCOMPARE(on(db, {"item", "show", m_bookB, "--json"}).json().value("loan").toObject().value("reader").toString(),
                 m_readerB);
    }
}

void TestOfflineBranches::exceptionsReportEachConflictOnce()
{
    const QJsonArray report = exceptionsOf(m_centralDb);
    QStringList codes;
    for (const auto& entry : report)
        codes << entry.toObject().value("code").toString();
    for (const QString& code : conflictCodes)
        QVERIFY2(codes.count(code) == 1, qPrintable(code + " in\n" + on(m_centralDb, {"exceptions"}).out));
    QCOMPARE(codes.size(), conflictCodes.size());
    for (const auto& value : report) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value("node_id").toString(), m_nodeB); // B's operations arrived second
        // A catalogue edit happens at no desk: only circulation names the acting library.
        if (entry.value("operation").toString() == "checkout")
            QCOMPARE(entry.value("library").toString(), branchB);
        QVERIFY(!entry.value("reason").toString().isEmpty());
        QVERIFY(!entry.value("detail").toString().isEmpty());
        QVERIFY(entry.value("seq").toInteger() > 0);
    }

    // The report replicates: each branch shows the same entries.
    QCOMPARE(exceptionsOf(m_dbA), report);
    QCOMPARE(exceptionsOf(m_dbB), report);

    // For people: one sentence per code, in their language.
    const Run text = on(m_centralDb, {"exceptions"});
    QVERIFY_RUN(text);
    QVERIFY(text.out.contains("item_lent_twice: The same copy was lent twice while offline."));
    QVERIFY(text.out.contains("平远镇分馆 (532622-02)"));
    const Run chinese = on(m_centralDb, {"exceptions", "--lang", "zh_CN"});
    QVERIFY(chinese.out.contains("同一册书在离线期间被借出两次。"));

    // Paging on with --after.
    const qint64 third = report.at(2).toObject().value("id").toInteger();
    const Run after = on(m_centralDb, {"exceptions", "--after", QString::number(third), "--limit", "1", "--json"});
    QCOMPARE(after.json().value("exceptions").toArray().size(), 1);
    QCOMPARE(after.json().value("exceptions").toArray().first().toObject(), report.at(3).toObject());
}

void TestOfflineBranches::nodesShowLastContactAndNoBacklog()
{
    const Run nodes = on(m_centralDb, {"nodes", "--json"});
    QVERIFY_RUN(nodes);
    QMap<QString, QJsonObject> byId;
    for (const auto& value : nodes.json().value("nodes").toArray())
        byId.insert(value.toObject().value("id").toString(), value.toObject());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [id, db] : {std::pair {m_nodeA, m_dbA}, std::pair {m_nodeB, m_dbB}}) {
        const QJsonObject node = byId.value(id);
        QCOMPARE(node.value("status").toString(), QString("active"));
        QCOMPARE(node.value("backlog").toInt(), 0);
        QCOMPARE(node.value("last_seq").toInteger(), lastSeqOf(db));
        const QDateTime contact = QDateTime::fromString(node.value("last_contact").toString(), Qt::ISODate);
        QVERIFY2(contact.isValid(), qPrintable(nodes.out));
        QVERIFY(qAbs(contact.secsTo(now)) < 600);
    }
    QCOMPARE(byId.value(m_nodeA).value("name").toString(), QString("江那镇分馆借还台"));
    QCOMPARE(byId.value(m_nodeA).value("library").toString(), branchA);

    // `node list` is the same command; the text shows the county's local time.
    const Run list = on(m_centralDb, {"node", "list"});
    QVERIFY_RUN(list);
    QVERIFY(list.out.contains("平远镇分馆借还台"));
    QVERIFY(list.out.contains("(UTC+08"));
}

void TestOfflineBranches::wrongFingerprintIsRefused()
{
    const QString stranger = QString("ab").repeated(32);
    const Run wrong = on(m_dbA, {"sync", "--fingerprint", stranger, "--json"});
    QCOMPARE(wrong.exitCode, 4);
    QCOMPARE(wrong.errorCode(), QString("sync_failed"));
    QVERIFY2(wrong.err.contains("fingerprint"), qPrintable(wrong.err));
    QCOMPARE(on(m_dbA, {"sync", "--fingerprint", "not-a-fingerprint"}).exitCode, 2);
    // The node's own settings are untouched: the next plain sync works.
    QVERIFY_RUN(on(m_dbA, {"sync"}));
    QVERIFY_RUN(on(m_dbA, {"sync", "--central", m_central->address(), "--fingerprint", m_fingerprint}));
}

void TestOfflineBranches::unknownWrongAndRevokedCredentialsAreRefused()
{
    // Copies of branch B's replica with forged credentials.
    for (const auto& [key, value] : {std::pair {"local.secret", "0000"}, std::pair {"local.node_id", "node-0099"}}) {
        const QString forged = path("forged.db");
        QFile::remove(forged);
        QVERIFY(QFile::copy(m_dbB, forged));
        {
            ils::Database db(forged.toStdString());
            ils::Query q(db, "UPDATE settings SET value = ? WHERE key = ?");
            q.bind(1, value).bind(2, key).run();
            QCOMPARE(db.changes(), 1);
        }
        const Run refused = on(forged, {"sync"});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("credentials"), qPrintable(refused.err));
    }

    // A node the central revoked is refused from then on.
    QString nodeC;
    enrolNode(path("branch-c.db"), branchA, "流动书车", nodeC);
    QVERIFY_RUN(on(path("branch-c.db"), {"sync"}));
    const Run revoke = on(m_centralDb, {"node", "revoke", nodeC});
    QVERIFY_RUN(revoke);
    QVERIFY(revoke.out.contains("revoked"));
    const Run refused = on(path("branch-c.db"), {"sync"});
    QVERIFY2(refused.exitCode == 4 || refused.exitCode == 2, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("revoked"), qPrintable(refused.err));
    QCOMPARE(on(m_centralDb, {"node", "revoke", "node-0999"}).exitCode, 3);
    QCOMPARE(on(m_dbA, {"node", "add", "--library", branchA}).exitCode, 2); // nodes are added at the central
}

void TestOfflineBranches::cleanupTestCase()
{
    if (m_central && m_central->running())
        QCOMPARE(m_central->stop(), 0);
}

QTEST_GUILESS_MAIN(TestOfflineBranches)
#include "tst_offline_branches.moc"
