#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ils {

// A node pins its central by the SHA-256 of the central's certificate (DER), written as hex.

// Lower-case hex without separators; nullopt unless it is 64 hex digits once colons and
// spaces are dropped ("AB:CD:…" and "abcd…" are the same fingerprint).
std::optional<std::string> normaliseFingerprint(std::string_view text);

// The fingerprint of the first certificate of a PEM file, for `ils-central` to show to the
// administrators who enrol nodes. Throws std::runtime_error with the reason.
std::string certificateFileFingerprint(const std::string& pemFile);

} // namespace ils
