#pragma once

#include "CliError.h"
#include "Result.h"

#include <QString>

#include <string_view>
#include <utility>

namespace ilsctl {

// The engine's reasons for saying no, as sentences a librarian can read (translated), and
// the exit status each earns: 3 when the thing asked about does not exist, 2 otherwise.
QString reasonText(ils::Reason reason);
// The sentence for a stored reason code (the exceptions report keeps codes, not enums); empty
// for a code this program does not know, say from a newer central.
QString reasonTextForCode(std::string_view code);
int exitCodeFor(ils::Reason reason);
// Sentence first, then core's (English) detail.
CliError refusalError(const ils::Refusal& refusal);

// The value of an accepted operation; a refusal ends the command.
template<typename T>
T accepted(ils::Result<T> result)
{
    if (!result)
        throw refusalError(result.refusal());
    return std::move(result.value());
}

} // namespace ilsctl
