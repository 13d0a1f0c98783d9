#pragma once
// Secrets (passwords, enrolment tokens) come from a prompt without echo or from the first line of
// stdin, never from the command line, where other users (ps, /proc) and the shell history see them.
#include <QString>

#include <string>

namespace ilsctl {

// The first line of stdin, without its line end; `ended` is the error when there is none.
std::string readSecretLine(const QString& ended);

// Asks on stderr and reads a line from the terminal with echo off.
std::string promptSecret(const QString& question, const QString& ended);

} // namespace ilsctl
