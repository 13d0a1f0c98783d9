#pragma once

// Shared by the files that implement Circulation; not part of core's interface.

#include "CirculationDetail.h"

#include <string>
#include <string_view>
#include <vector>

namespace ils::detail {

// Refund or keep the charges of a lost copy that came back: the county's setting, the desk's
// choice when the county asks, the node's decision in fact mode. None when nothing is charged.
Result<LostChargeDecision> decideLostCharge(LocalStore& store,
                                            const std::vector<Fee>& charges,
                                            const Occasion& occasion,
                                            const CheckinChoices& choices);
// Applies the decision to the charges; `refunds` gets "fee:refund:event;…" for the payload.
FoundLost settleLostCharges(LocalStore& store,
                            const std::vector<Fee>& charges,
                            LostChargeDecision decision,
                            const Occasion& occasion,
                            std::string& refunds);
// A line of the copy's history; returns its id.
std::int64_t recordItemEvent(LocalStore& store,
                             const Occasion& occasion,
                             std::string_view barcode,
                             std::string_view kind,
                             std::string_view library,
                             std::string_view detail = {});

} // namespace ils::detail
