#include "DeskOptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace {

void readEnvironment(DeskOptions& options, const QProcessEnvironment& environment)
{
    options.bench = environment.value(QStringLiteral("ILS_DESK_BENCH")) == QLatin1String("1");
    options.report = environment.value(QStringLiteral("ILS_DESK_REPORT")) == QLatin1String("1");
    options.quitAfter = environment.value(QStringLiteral("ILS_DESK_QUIT"));
    const QString login = environment.value(QStringLiteral("ILS_DESK_AUTOLOGIN"));
    const auto colon = login.indexOf(QLatin1Char(':'));
    if (colon > 0)
        options.autoLogin = DeskOptions::Credentials {login.left(colon), login.mid(colon + 1)};
}

} // namespace

DeskOptions::Parsed DeskOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment)
{
    DeskOptions options;
    readEnvironment(options, environment);
    // arguments[0] is the program.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--training")) {
            options.training = true;
        } else if (argument == QLatin1String("--simulate-devices")) {
            options.simulateDevices = true;
        } else if (argument == QLatin1String("--db") && hasValue) {
            options.dbPath = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--db="))) {
            options.dbPath = argument.mid(5);
        } else if (argument == QLatin1String("--lang") && hasValue) {
            options.language = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            options.language = argument.mid(7);
        } else {
            return {std::nullopt, tr("unknown or incomplete argument '%1'").arg(argument)};
        }
    }
    if (!options.language.isEmpty() && options.language != QLatin1String("zh_CN")
        && options.language != QLatin1String("en")) {
        return {std::nullopt, tr("--lang: '%1' is not valid (expected zh_CN or en)").arg(options.language)};
    }
    if (!options.quitAfter.isEmpty() && options.quitAfter != QLatin1String("login")
        && options.quitAfter != QLatin1String("main")) {
        return {std::nullopt, tr("ILS_DESK_QUIT: '%1' is not valid (expected login or main)").arg(options.quitAfter)};
    }
    return {options, {}};
}

QString DeskOptions::usage()
{
    return tr("usage: ils-desk [--db PATH] [--training] [--lang zh_CN|en] [--simulate-devices]\n"
              "  --db PATH           this desk's database (default: the user's application data folder)\n"
              "  --training          practice mode on a separate demo database that never syncs\n"
              "  --lang zh_CN|en     the language to start in (default: the last one chosen, else zh_CN)\n"
              "  --simulate-devices  a simulated RFID pad with demo tags, moved from a small window\n"
              "  --help              this text");
}
