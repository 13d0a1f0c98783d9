// ils-desk: the circulation desk of a branch library. See DeskOptions.h for the command line.
#include "DeskApplication.h"
#include "DeskOptions.h"
#include "StartupReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstring>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    // Everything this program creates (databases, snapshots, backups, logs) is its owner's alone.
    ::umask(077);
    // --help before QApplication, which needs a display: the usage is for a terminal.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("%s\n", qPrintable(DeskOptions::usage()));
            return 0;
        }
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ils-desk"));
    QApplication::setOrganizationName(QStringLiteral("ils"));
    QApplication::setApplicationVersion(QStringLiteral(ILS_VERSION));
    // The main window decides when the program ends: dialogs come and go between log-ins.
    QApplication::setQuitOnLastWindowClosed(false);

    const auto parsed = DeskOptions::parse(QApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!parsed.options) {
        std::fprintf(stderr, "ils-desk: %s\n%s\n", qPrintable(parsed.problem), qPrintable(DeskOptions::usage()));
        return 2;
    }
    const DeskOptions& options = *parsed.options;
    StartupReport report(sinceMain, options.report, options.bench ? options.quitAfter : QString());
    int status = 0;
    {
        DeskApplication desk(options, report);
        status = desk.start() ? QApplication::exec() : desk.exitCode();
    }
    report.printMemory();
    return status;
}
