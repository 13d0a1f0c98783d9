#pragma once

#include <QString>

#include <optional>
#include <string>

class QTranslator;

namespace ilsctl {

// "zh_CN" or "en": from --lang, else from LC_ALL, LC_MESSAGES or LANG (C, POSIX and anything
// not Chinese mean English). Nothing for a --lang we have no translation for.
std::optional<QString> chooseLanguage(const std::optional<std::string>& option);
// Loads the translation compiled into the program (:/i18n/ilsctl_<language>.qm).
bool loadTranslation(QTranslator& translator, const QString& language);

} // namespace ilsctl
