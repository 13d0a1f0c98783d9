#include "ScannerSettings.h"

#include "DeskSession.h"
#include "LocalStore.h"
#include "Settings.h"

#include <algorithm>

ils::devices::WedgeConfig scannerSettings(DeskSession& session)
{
    ils::Settings& settings = session.store.settings();
    ils::devices::WedgeConfig config;
    config.maxGapMs = std::clamp<std::int64_t>(settings.getInt("local.scanner_gap_ms", config.maxGapMs), 5, 75);
    if (settings.get("local.scanner_suffix", "enter") == "tab")
        config.suffix = ils::devices::WedgeKey::Kind::Tab;
    config.prefix = settings.get("local.scanner_prefix", "");
    return config;
}
