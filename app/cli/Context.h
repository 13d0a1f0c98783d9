#pragma once

#include "Arguments.h"
#include "Output.h"

#include "Database.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils {
class Clock;
class LocalStore;
} // namespace ils

namespace ilsctl {

// What a command runs with: its arguments, the output, and the database, opened on first use
// from --db (or ILS_DB) with the clock of ILS_NOW (or the system's) and the operator of
// --operator (or ILS_OPERATOR, USER, "ilsctl").
class Context
{
public:
    Context(const Arguments& args, std::vector<std::string> positionals, const Output& out);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Output& out() const { return m_out; }
    const std::string& positional(std::size_t index) const { return m_positionals.at(index); }
    // The positionals from `index` on, joined by single spaces (for a last "WORD..." argument).
    std::string positionalsFrom(std::size_t index) const;
    std::size_t positionalCount() const { return m_positionals.size(); }
    std::optional<std::string> option(std::string_view name) const { return m_args.value(name); }
    std::string required(std::string_view name) const;
    bool flag(std::string_view name) const { return m_args.has(name); }

    // The existing database; a missing file is an error, never silently created.
    ils::LocalStore& store(ils::Durability durability = ils::Durability::Full);
    // A new database (init, demo generate): refuses a file that exists and is not empty.
    ils::LocalStore& newStore(ils::Durability durability = ils::Durability::Full);
    // Closes and deletes the database newStore() created, after a failed init: a retry must
    // not find a half-made file in its way.
    void discardNewStore();
    // --db, or ILS_DB: for commands that hand the path to another layer (enrol, sync).
    std::string databasePath() const;

private:
    ils::LocalStore& open(const std::string& path, ils::Durability durability);

    const Arguments& m_args;
    std::vector<std::string> m_positionals;
    const Output& m_out;
    std::unique_ptr<ils::Clock> m_clock;
    std::unique_ptr<ils::LocalStore> m_store;
    std::string m_createdPath;
};

} // namespace ilsctl
