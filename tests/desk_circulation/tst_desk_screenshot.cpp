// The circulation screen in Chinese, rendered by a real window system (Xvfb) where there is one,
// saved for people to look at (build/screenshots/circulation-zh_CN.png) and checked by machine:
// not blank, and every Chinese character drawn from a font that has it, not as a box.
#include "DeskScreen.h"

#include "CirculationController.h"
#include "RefusalText.h"

#include "Circulation.h"
#include "LocalStore.h"

#include <QDir>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QImage>
#include <QLabel>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>

namespace {

// The glyphs the text is drawn with, and the fonts they come from (fallbacks included).
struct Shaped
{
    QList<quint32> glyphs;
    QStringList families;
};

Shaped shape(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    Shaped shaped;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        shaped.glyphs += run.glyphIndexes();
        shaped.families << run.rawFont().familyName();
    }
    return shaped;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TestDeskScreenshot : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_translator.load(QStringLiteral(ILS_DESK_ZH_CN_QM)), ILS_DESK_ZH_CN_QM);
        QCoreApplication::installTranslator(&m_translator);
    }

    void chineseFontInstalled()
    {
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        QVERIFY2(!families.filter(QStringLiteral("WenQuanYi")).isEmpty(),
                 "no WenQuanYi font: install fonts-wqy-microhei (scripts/lib/common.sh), or Chinese shows as boxes");
    }

    void circulationScreen()
    {
        DeskScreen screen;
        DeskCounty& county = screen.county();
        const auto reader = county.addReader(DeskCounty::branchA, "李明");
        const auto books = {county.addItem(DeskCounty::branchA, "平凡的世界"),
                            county.addItem(DeskCounty::branchA, "围城"),
                            county.addItem(DeskCounty::branchA, "中国农村实用技术手册")};
        const auto reference = county.addItem(DeskCounty::branchA, "新华字典", "reference");
        screen.view().resize(1280, 800);
        QVERIFY(screen.show());
        auto& controller = screen.view().controller();
        controller.scan(QString::fromStdString(reader));
        for (const auto& book : books)
            controller.scan(QString::fromStdString(book));
        controller.scan(QString::fromStdString(reference)); // a refusal on show, in red
        QTest::qWait(50);

        const QImage image = screen.view().grab().toImage();
        QVERIFY(!image.isNull());
        const QString directory = QStringLiteral(ILS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(directory));
        const QString path = directory + QStringLiteral("/circulation-zh_CN.png");
        QVERIFY(image.save(path));
        qInfo("screenshot: %s (%dx%d, platform %s)",
              qPrintable(path),
              image.width(),
              image.height(),
              qPrintable(QGuiApplication::platformName()));

        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(distinctColours(image) >= 16, "the screen is (nearly) blank");

        // Chinese on the screen, shaped with the label's own font: no glyph is the .notdef box.
        auto* sentence = screen.find<QLabel>("messageText");
        QCOMPARE(sentence->text(), RefusalText::forReason(ils::Reason::ItemNotLoanable).what);
        const QString chinese = screen.find<QLabel>("readerName")->text() + sentence->text();
        const Shaped shaped = shape(chinese, sentence->font());
        QVERIFY(!shaped.glyphs.isEmpty());
        QVERIFY2(!shaped.glyphs.contains(0),
                 qPrintable(
                     QStringLiteral("boxes for: %1 (fonts %2)").arg(chinese, shaped.families.join(QLatin1Char(',')))));
        QVERIFY2(!shaped.families.filter(QStringLiteral("WenQuanYi")).isEmpty(), qPrintable(shaped.families.join(',')));
    }
};

QTEST_MAIN(TestDeskScreenshot)
#include "tst_desk_screenshot.moc"
