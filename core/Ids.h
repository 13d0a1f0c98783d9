#pragma once

#include <cstdint>
#include <string_view>

namespace ils {

class Database;

// Rows created at different nodes (records, loans, holds, fees, fee events) get ids from the
// creating node's block, so they never collide and need no translation (docs/SYNC.md).
constexpr std::int64_t idBlockSize = std::int64_t(1) << 40;
constexpr int maxNodeNumber = 8191; // keeps every id below 2^53, exact in any JSON reader

// The next free id of `table` in node `nodeNumber`'s block. Call inside the write transaction.
std::int64_t nextId(Database& db, std::string_view table, int nodeNumber);

} // namespace ils
