#include "Language.h"

#include <QTranslator>

namespace ilsctl {

namespace {

QString fromLocaleName(const QString& name)
{
    return name.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

std::optional<QString> chooseLanguage(const std::optional<std::string>& option)
{
    if (option) {
        const QString name = QString::fromStdString(*option);
        if (name.startsWith(QLatin1String("zh")) || name.startsWith(QLatin1String("en")))
            return fromLocaleName(name);
        return std::nullopt;
    }
    // The first one set wins, as in the C library's own lookup.
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return fromLocaleName(value);
    }
    return QStringLiteral("en");
}

bool loadTranslation(QTranslator& translator, const QString& language)
{
    return translator.load(QStringLiteral(":/i18n/ilsctl_%1.qm").arg(language));
}

} // namespace ilsctl
