#pragma once

#include "barcode/KeyboardWedgeDecoder.h"

struct DeskSession;

// How this desk's keyboard-wedge scanner is set up, from the node's local settings (they
// belong to the machine, not the county, so they never replicate):
//   local.scanner_gap_ms  longest gap between two keys of one scan (default 30)
//   local.scanner_suffix  "enter" (default) or "tab"
//   local.scanner_prefix  characters the scanner sends before each code (default none)
ils::devices::WedgeConfig scannerSettings(DeskSession& session);
