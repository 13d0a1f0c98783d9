#include "Context.h"

#include "CliError.h"
#include "Tr.h"

#include "LocalStore.h"
#include "Time.h"

#include <QFile>
#include <QFileInfo>

namespace ilsctl {

namespace {

std::optional<std::string> environment(const char* name)
{
    const QByteArray value = qgetenv(name);
    if (value.isEmpty())
        return std::nullopt;
    return value.toStdString();
}

// ILS_NOW fixes the clock, so that demos and tests give the same due dates every time.
std::unique_ptr<ils::Clock> makeClock()
{
    const auto now = environment("ILS_NOW");
    if (!now)
        return std::make_unique<ils::SystemClock>();
    const auto at = ils::parseUtc(*now);
    if (!at)
        throw usageError(
            Text::tr("environment ILS_NOW: '%1' is not a UTC time such as 2026-03-02T02:00:00Z").arg(qs(*now)));
    return std::make_unique<ils::ManualClock>(*at);
}

} // namespace

Context::Context(const Arguments& args, std::vector<std::string> positionals, const Output& out)
    : m_args(args)
    , m_positionals(std::move(positionals))
    , m_out(out)
{
}

Context::~Context() = default;

std::string Context::required(std::string_view name) const
{
    auto value = m_args.value(name);
    if (!value)
        throw usageError(Text::tr("missing option %1").arg(qs(name)));
    return *value;
}

std::string Context::databasePath() const
{
    if (auto path = m_args.value("--db"))
        return *path;
    if (auto path = environment("ILS_DB"))
        return *path;
    throw usageError(Text::tr("missing option --db PATH (or set the environment variable ILS_DB)"));
}

ils::LocalStore& Context::store(ils::Durability durability)
{
    if (m_store)
        return *m_store;
    const std::string path = databasePath();
    if (!QFileInfo::exists(qs(path)))
        throw CliError(StoreFailure,
                       QStringLiteral("store_error"),
                       Text::tr("cannot open database %1: no such file (create one with 'ilsctl init')").arg(qs(path)));
    return open(path, durability);
}

ils::LocalStore& Context::newStore(ils::Durability durability)
{
    const std::string path = databasePath();
    const QFileInfo file(qs(path));
    if (file.exists() && file.size() > 0)
        throw usageError(Text::tr("database %1 already exists and is not empty; nothing was changed").arg(qs(path)));
    if (!file.exists())
        m_createdPath = path;
    return open(path, durability);
}

void Context::discardNewStore()
{
    m_store.reset();
    if (m_createdPath.empty())
        return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(qs(m_createdPath + suffix));
    m_createdPath.clear();
}

ils::LocalStore& Context::open(const std::string& path, ils::Durability durability)
{
    m_clock = makeClock();
    m_store = std::make_unique<ils::LocalStore>(path, *m_clock, durability);
    auto operatorName = m_args.value("--operator");
    for (const char* variable : {"ILS_OPERATOR", "USER"})
        if (!operatorName)
            operatorName = environment(variable);
    m_store->setOperator(operatorName.value_or("ilsctl"));
    return *m_store;
}

std::string Context::positionalsFrom(std::size_t index) const
{
    std::string joined;
    for (std::size_t i = index; i < m_positionals.size(); ++i) {
        if (i > index)
            joined += ' ';
        joined += m_positionals[i];
    }
    return joined;
}

} // namespace ilsctl
