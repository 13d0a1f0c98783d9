#pragma once

#include <QString>

// Where the desk keeps its databases when not told otherwise.
namespace DeskPaths {

// <AppDataLocation>/node.db; creates the folder.
QString defaultDatabase();
// The practice database that belongs to `database`: <AppDataLocation>/training.db for the
// default database, "<database>.training.db" for one given with --db, so that two desks
// started on two databases never share their practice data.
QString trainingDatabase(const QString& database, bool databaseGiven);

} // namespace DeskPaths
