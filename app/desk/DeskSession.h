#pragma once

// Qt first: moc cannot parse <compare> (through core's Time.h) before Qt has defined its macros.
#include <QString>

#include "StaffAccounts.h"

#include <functional>

namespace ils {
class LocalStore;
}

// What every screen of the desk needs to know about who works where, on which database.
// Owned by the main window; screens keep a reference. No business logic here.
struct DeskSession
{
    ils::LocalStore& store;
    QString library; // the library this desk stands in (a branch, a point, or the central)
    QString libraryName;
    QString staffUsername;
    QString staffName;
    ils::StaffRole role = ils::StaffRole::Circulation; // what they may do: ils::deskAllows
    bool training = false; // 练习模式: a separate demo database that never syncs
    // Asks the replication client to push and pull now, after a desk transaction; never blocks.
    // The application sets it; empty or a no-op for a standalone or training database.
    std::function<void()> requestSync;
};
