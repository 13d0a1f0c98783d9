// Slips and card labels on paper (PDF here), the Code 128 bars as drawn, a new reader registered
// from the keyboard with the next card number and its label, and sounds that never block.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "Code128.h"
#include "Feedback.h"
#include "SlipPainter.h"
#include "SlipPrinter.h"

#include "Circulation.h"
#include "LocalStore.h"
#include "ReaderStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

namespace {

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-" && file.size() > 1000;
}

// Reads one row of pixels back into bar and space widths, in pixels.
std::vector<int> runsAcross(const QImage& image, int y)
{
    std::vector<int> runs;
    bool dark = false;
    int length = 0;
    bool started = false;
    for (int x = 0; x < image.width(); ++x) {
        const bool pixelDark = qGray(image.pixel(x, y)) < 128;
        if (!started) {
            if (!pixelDark)
                continue;
            started = true;
            dark = true;
        }
        if (pixelDark == dark) {
            ++length;
            continue;
        }
        runs.push_back(length);
        dark = pixelDark;
        length = 1;
    }
    if (started && dark)
        runs.push_back(length);
    while (!runs.empty() && runs.size() % 2 == 0)
        runs.pop_back(); // a trailing white run is the quiet zone
    return runs;
}

} // namespace

class TestDeskSlips : public QObject
{
    Q_OBJECT

private:
    const QString m_dir = QStringLiteral(ILS_SLIPS_DIR);

private slots:
    void initTestCase() { QVERIFY(QDir(m_dir).removeRecursively() || !QDir(m_dir).exists()); }

    void slipsToPdf()
    {
        SlipPrinter printer(m_dir, false);
        DueSlip due {QStringLiteral("江那镇分馆"),
                     QStringLiteral("李明"),
                     QStringLiteral("532622001000001"),
                     QStringLiteral("2026-03-02 10:00"),
                     {}};
        due.lines.push_back(
            {QStringLiteral("2622010000000001"), QStringLiteral("平凡的世界"), QStringLiteral("2026-04-01")});
        due.lines.push_back({QStringLiteral("2622010000000002"), QStringLiteral("围城"), QStringLiteral("2026-04-01")});
        const auto dueOut = printer.print(due);
        QCOMPARE(dueOut.kind, SlipPrinter::Outcome::Kind::SavedAsPdf);
        QVERIFY2(isPdf(dueOut.path), qPrintable(dueOut.path));

        const RoutingSlip routing {QStringLiteral("江那镇分馆"),
                                   QStringLiteral("预约架：王芳"),
                                   QStringLiteral("2622010000000005"),
                                   QStringLiteral("活着"),
                                   QStringLiteral("532622001000002"),
                                   QStringLiteral("2026-03-09"),
                                   QStringLiteral("2026-03-02 10:05")};
        const auto routingOut = printer.print(routing);
        QVERIFY(isPdf(routingOut.path));

        const auto labelOut = printer.print(
            CardLabel {QStringLiteral("532622001000001"), QStringLiteral("李明"), QStringLiteral("江那镇分馆")});
        QVERIFY(isPdf(labelOut.path));
        QCOMPARE(QDir(m_dir).entryList({QStringLiteral("*.pdf")}).size(), 3);
    }

    // The bars as painted read back to the symbol's module widths: a scanner will read them.
    void code128AsPainted()
    {
        const QString card = QStringLiteral("532622001000001");
        const std::vector<int> modules = Code128::modules(card.toStdString());
        int total = 20; // quiet zones
        for (int w : modules)
            total += w;
        const int moduleWidth = 3;
        QImage image(total * moduleWidth, 60, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QVERIFY(SlipPainter::paintCode128(painter, QRectF(0, 0, image.width(), image.height()), card));
        painter.end();
        const std::vector<int> runs = runsAcross(image, 30);
        QCOMPARE(runs.size(), modules.size());
        for (std::size_t i = 0; i < runs.size(); ++i)
            QCOMPARE(runs[i], modules[i] * moduleWidth);
    }

    // F8, a name typed through the input method, Enter: the next card of this branch's range,
    // and its label printed.
    void newReaderFromTheKeyboard()
    {
        DeskScreen screen;
        const auto first = screen.county().addReader(DeskCounty::branchA, "李明");
        QCOMPARE(first, std::string("532622001000001"));
        screen.view().setSlipOutput(m_dir + QStringLiteral("/labels"), false);
        QVERIFY(screen.show());
        screen.view().focusScanField();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        auto* name = screen.find<QLineEdit>("newReaderName");
        QVERIFY(name);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("陈静"));
        QCoreApplication::sendEvent(name, &typed);
        QCOMPARE(name->text(), QStringLiteral("陈静"));
        QTest::keyClick(name, Qt::Key_Return);

        const std::string next = "532622001000002";
        QTRY_VERIFY(screen.view().controller().reader().has_value());
        QCOMPARE(screen.view().controller().reader()->reader.card, next);
        const auto stored = screen.store().readers().find(next);
        QVERIFY(stored);
        QCOMPARE(stored->name, std::string("陈静"));
        QCOMPARE(stored->homeLibrary, std::string(DeskCounty::branchA));
        const QStringList labels = QDir(m_dir + QStringLiteral("/labels")).entryList({QStringLiteral("card-*.pdf")});
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.front().contains(QString::fromStdString(next)));
        QVERIFY(screen.find<QLabel>("messageHeadline")->text().contains(QString::fromStdString(next)));
    }

    void printKeysWriteSlips()
    {
        DeskScreen screen;
        const auto reader = screen.county().addReader(DeskCounty::branchA, "李明");
        const auto item = screen.county().addItem(DeskCounty::branchA, "围城");
        screen.view().setSlipOutput(m_dir + QStringLiteral("/keys"), false);
        QVERIFY(screen.show());
        screen.view().controller().scan(QString::fromStdString(reader));
        screen.view().controller().scan(QString::fromStdString(item));
        screen.view().focusScanField();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QDir keys(m_dir + QStringLiteral("/keys"));
        QTRY_COMPARE(keys.entryList({QStringLiteral("due-*.pdf")}).size(), 1);
        QCOMPARE(keys.entryList({QStringLiteral("card-*.pdf")}).size(), 1);
    }

    void soundsNeverBlock()
    {
        Feedback feedback;
        QSignalSpy played(&feedback, &Feedback::played);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i)
            for (auto cue : {Feedback::Cue::Success, Feedback::Cue::Refusal, Feedback::Cue::Action})
                feedback.play(cue);
        QCOMPARE(played.size(), 30);
        qInfo("30 cues in %lld ms, audible: %s",
              static_cast<long long>(timer.elapsed()),
              feedback.audible() ? "yes" : "no (no audio device)");
        // Played one after another, ten rounds of the three cues last 10 × (90 + 440 + 380) ms: a
        // play() that waited for its sound could not finish sooner, however fast the machine.
        QVERIFY2(timer.elapsed() < 10 * (90 + 440 + 380), qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TestDeskSlips)
#include "tst_desk_slips.moc"
