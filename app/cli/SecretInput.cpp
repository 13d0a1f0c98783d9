#include "SecretInput.h"

#include "CliError.h"

#include <iostream>

#include <termios.h>
#include <unistd.h>

namespace ilsctl {

namespace {

// Echo off while the secret is typed, restored whatever happens.
class NoEcho
{
public:
    NoEcho()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~NoEcho()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

} // namespace

std::string readSecretLine(const QString& ended)
{
    std::string line;
    if (!std::getline(std::cin, line))
        throw usageError(ended);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

std::string promptSecret(const QString& question, const QString& ended)
{
    std::cerr << question.toStdString() << std::flush;
    NoEcho quiet;
    std::string line = readSecretLine(ended);
    std::cerr << std::endl;
    return line;
}

} // namespace ilsctl
