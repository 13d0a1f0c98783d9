#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

// Every message a person reads goes through Text::tr(), which lupdate files under the one
// context "ilsctl" wherever it is called from. Global, not in namespace ilsctl: lupdate loses
// track of namespaces after a return type such as std::string and would then file the string
// under "Text".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ilsctl)
};

namespace ilsctl {

// For strings kept in tables and translated when shown (command summaries, option help).
inline QString translated(const char* text)
{
    return QCoreApplication::translate("ilsctl", text);
}

// Core speaks UTF-8 std::string; Qt shows QString.
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace ilsctl
