#pragma once

#include "SyncTypes.h"

namespace ils {

class LocalStore;

// Applies one operation a node pushed, at the central, with the same engine the desk used, in
// fact mode (docs/SYNC.md): checks that the node may do it, records exceptions, and repairs
// what a rejected operation left at its node. Runs inside the caller's transaction.
class Applier
{
public:
    explicit Applier(LocalStore& central)
        : m_store(central)
    {
    }

    ApplyOutcome apply(const NodeInfo& node, const PushedEntry& entry);

private:
    LocalStore& m_store;
};

} // namespace ils
