#include "DeskPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace DeskPaths {

namespace {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

} // namespace

QString defaultDatabase()
{
    return dataFolder() + QStringLiteral("/node.db");
}

QString trainingDatabase(const QString& database, bool databaseGiven)
{
    if (databaseGiven)
        return database + QStringLiteral(".training.db");
    return dataFolder() + QStringLiteral("/training.db");
}

} // namespace DeskPaths
