#pragma once

// Shared by the files that implement Circulation; not part of core's interface.

#include "Circulation.h"
#include "Database.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ils::detail {

extern const char* const loanColumns;
extern const char* const holdColumns;
extern const char* const feeColumns;

Loan readLoan(const Query& q);
Hold readHold(const Query& q);
Fee readFee(const Query& q);
std::int64_t countOf(Database& db, const char* sql, std::string_view key);

// The refusal for a reader who may not borrow, renew or reserve, if any.
std::optional<Refusal> readerStanding(const Reader& reader, Date today);
std::optional<Hold> trappedHoldOfItem(Database& db, std::string_view barcode);
std::optional<Hold> oldestPendingHold(Database& db, std::int64_t recordId);

// At a desk a broken rule refuses; in fact mode it is noted and the operation goes on.
class RuleGate
{
public:
    explicit RuleGate(const Occasion& occasion)
        : m_factMode(occasion.factMode())
    {
    }
    // True when the caller must return refusal().
    bool refuses(const std::optional<Refusal>& problem)
    {
        if (!problem)
            return false;
        if (m_factMode) {
            m_noted.push_back(*problem);
            return false;
        }
        m_refusal = *problem;
        return true;
    }
    const Refusal& refusal() const { return *m_refusal; }
    std::vector<Refusal> takeNoted() { return std::move(m_noted); }

private:
    bool m_factMode;
    std::optional<Refusal> m_refusal;
    std::vector<Refusal> m_noted;
};

// When the operation happened: the node's time in fact mode, else the clock.
Timestamp when(LocalStore& store, const Occasion& occasion);
// The id of a new row: the node's choice in fact mode, else the next of this node's block.
std::int64_t newId(LocalStore& store, const char* table, const Occasion& occasion, std::string_view factKey);

} // namespace ils::detail
