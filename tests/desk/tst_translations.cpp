// The desk's translations: zh_CN, the language the desk starts in, has no string left
// untranslated, neither in the .ts file as committed nor for any tr() in the sources today (the
// test runs lupdate on a copy); and the compiled .qm files load from the program's resources.
#include "DeskLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// "context: source" of every message whose translation is missing, unfinished or empty.
QStringList untranslated(const QString& tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsFile};
    QStringList missing;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            const bool numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || (!numerus && text.trimmed().isEmpty()))
                missing << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        missing << tsFile + QStringLiteral(": ") + xml.errorString();
    return missing;
}

int messageCount(const QString& tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count("<message"));
}

const QString zhTs = QStringLiteral(ILS_SOURCE_DIR "/translations/desk_zh_CN.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete()
    {
        QVERIFY2(messageCount(zhTs) > 100, "desk_zh_CN.ts holds the desk's strings");
        const QStringList missing = untranslated(zhTs);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("untranslated in desk_zh_CN.ts:\n  ") + missing.join(QStringLiteral("\n  "))));
    }

    void everyStringOfTheSourcesIsInIt()
    {
        // What `cmake --build … --target update_translations` would add, found on a copy.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("desk_zh_CN.ts"));
        QVERIFY(QFile::copy(zhTs, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ILS_LUPDATE),
                      {QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"),
                       QStringLiteral("none"),
                       QStringLiteral(ILS_SOURCE_DIR "/app/desk"),
                       QStringLiteral("-ts"),
                       copy});
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not yet in desk_zh_CN.ts (run the update_translations target, then "
                                           "translate):\n  ")
                            + missing.join(QStringLiteral("\n  "))));
    }

    void theCompiledTranslationsLoad()
    {
        DeskLanguage language;
        QVERIFY(language.set(QStringLiteral("zh_CN")));
        QCOMPARE(
            QCoreApplication::translate("TrainingBanner", "Practice mode — nothing done here is sent to the central"),
            QStringLiteral("练习模式 — 业务不会上传"));
        QVERIFY(language.set(QStringLiteral("en")));
        QCOMPARE(
            QCoreApplication::translate("TrainingBanner", "Practice mode — nothing done here is sent to the central"),
            QStringLiteral("Practice mode — nothing done here is sent to the central"));
        QVERIFY(!language.set(QStringLiteral("fr")));
        QCOMPARE(language.current(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
