#pragma once

#include "DeskSession.h"
#include "TestCounty.h"

#include <memory>

// The shared test county (tests/support/TestCounty: 砚山县 central library, two township branches
// and a village point, their ranges and rules) with a desk session at branch A (江那镇分馆), where
// the desk tests stand.
class DeskCounty : public TestCounty
{
public:
    DeskCounty();

    DeskSession& session() { return *m_session; }

private:
    std::unique_ptr<DeskSession> m_session;
};
