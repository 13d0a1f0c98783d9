#pragma once

#include <QKeySequence>

// The shell's keys, one table so that the menus, the status bar's key line and the help page
// agree. They work from any widget of the main window. F2–F8 and F12 belong to the circulation
// screen (circulation/: F2…F8 for its functions, F12 to end a reader's session); a key used by
// both would be ambiguous to Qt and do nothing, so the shell keeps to F1 and F9–F11.
namespace DeskKeys {

inline QKeySequence circulation()
{
    return QKeySequence(Qt::Key_F1);
}
inline QKeySequence exceptions()
{
    return QKeySequence(Qt::Key_F9);
}
inline QKeySequence help()
{
    return QKeySequence(Qt::Key_F10);
}
inline QKeySequence syncNow()
{
    return QKeySequence(Qt::Key_F11);
}
inline QKeySequence logout()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}
inline QKeySequence quit()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Q);
}

} // namespace DeskKeys
