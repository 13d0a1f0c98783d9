#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QProcessEnvironment;

// How ils-desk was started: the command line and the few environment variables it honours.
//   --db PATH           the node's database (default: <AppDataLocation>/node.db)
//   --training          practice mode (练习模式) on a separate demo database that never syncs
//   --lang zh_CN|en     the language to start in (default: the last one chosen, else zh_CN)
//   --simulate-devices  a simulated RFID pad with demo tags, moved from a small window (demo)
// For benchmarks and demos (docs/PERFORMANCE.md, "Desk"):
//   ILS_DESK_AUTOLOGIN=user:password  logs in without the dialog, honoured only on a training
//                                     database or with ILS_DESK_BENCH=1
//   ILS_DESK_REPORT=1                 prints when the login dialog and the main window were first
//                                     painted, and the peak RSS at exit, to stderr
//   ILS_DESK_QUIT=login|main          with ILS_DESK_BENCH=1: quits once that screen is painted
struct DeskOptions
{
    Q_DECLARE_TR_FUNCTIONS(DeskOptions)

public:
    QString dbPath; // empty: the default location
    bool training = false;
    bool simulateDevices = false; // a simulated RFID pad and the window that moves its tags (demo)
    QString language; // empty: not given
    struct Credentials
    {
        QString username;
        QString password;
    };
    std::optional<Credentials> autoLogin; // as given; DeskApplication decides whether it applies
    bool bench = false;
    bool report = false;
    QString quitAfter; // "", "login" or "main"

    struct [[nodiscard]] Parsed;
    static Parsed parse(const QStringList& arguments, const QProcessEnvironment& environment);
    static QString usage();
};

// The options, or a message saying what is wrong with them.
struct [[nodiscard]] DeskOptions::Parsed
{
    std::optional<DeskOptions> options;
    QString problem;
};
