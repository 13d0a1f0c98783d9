#include "DeskLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

DeskLanguage::DeskLanguage(QObject* parent)
    : QObject(parent)
{
}

DeskLanguage::~DeskLanguage()
{
    for (auto* translator : {m_translator.get(), m_qtTranslator.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
}

bool DeskLanguage::isSupported(const QString& language)
{
    return language == QLatin1String("zh_CN") || language == QLatin1String("en");
}

bool DeskLanguage::set(const QString& language)
{
    if (!isSupported(language))
        return false;
    if (language == m_current)
        return true;
    // The sources are English: en needs no translation, but loads its file all the same, so that
    // a missing resource shows up as an error in both languages.
    auto next = std::make_unique<QTranslator>();
    if (!next->load(QStringLiteral(":/i18n/desk_%1.qm").arg(language)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset(); // optional (Debian: qt6-translations-l10n); Qt's few words stay English
    for (auto* old : {m_translator.get(), m_qtTranslator.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    m_translator = std::move(next);
    m_qtTranslator = std::move(qt);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_translator.get());
    m_current = language;
    emit changed(language);
    return true;
}
