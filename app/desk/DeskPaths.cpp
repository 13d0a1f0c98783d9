#include "DeskPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace DeskPaths {

namespace {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    // The node's database lives here: nobody else on a shared PC may list or read it.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
