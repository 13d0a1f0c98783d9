#pragma once

#include "Command.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ilsctl {

class Context;

// The rows a list command shows: --offset and --limit, which every list command takes. When
// that is not all of them, the text says so and how to see the rest, and the JSON carries
// total, offset and limit, so that nothing is cut off silently.
struct Page
{
    static constexpr int defaultLimit = 1000;

    int offset = 0;
    int limit = defaultLimit;

    static Page of(const Context& ctx);
    template<typename T>
    std::vector<T> cut(const std::vector<T>& rows) const
    {
        const std::size_t begin = std::min(rows.size(), static_cast<std::size_t>(offset));
        const std::size_t end = std::min(rows.size(), begin + static_cast<std::size_t>(limit));
        return std::vector<T>(rows.begin() + begin, rows.begin() + end);
    }
    // Adds total/offset/limit to `json`, and to `lines` a line naming the rows shown when they are
    // not all of the `total`.
    void describe(QJsonObject& json, QStringList& lines, std::int64_t total) const;
};

// For the lists paged by a key instead (outbox, exceptions: --after): `more` when rows were left
// out, said in `lines` with the --after that shows them; `limit` and `more` go into `json`.
void describeMore(QJsonObject& json, QStringList& lines, int limit, bool more, std::int64_t lastKey);

// `options` with --offset and --limit added.
std::vector<OptionSpec> withPageOptions(std::vector<OptionSpec> options = {});

} // namespace ilsctl
