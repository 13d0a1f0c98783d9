#pragma once

#include "StaffAccounts.h"

#include <string>

namespace ils {
class Clock;
class LocalStore;
} // namespace ils

// The practice database of 练习模式: the demo county of 砚山县 with a few thousand books and
// readers, a practice account, and the node-local setting "local.training" = "1" that marks it
// wherever it is opened. It is never enrolled, so nothing done in it can reach a central.
namespace TrainingDatabase {

inline constexpr const char* username = "training";
inline constexpr const char* password = "training";
inline constexpr const char* library = "532622-01"; // 江那镇分馆

// True for a database made by create().
bool isTraining(ils::LocalStore& store);
// Makes the database at `path` (which must not exist): written beside it and renamed into
// place, so an interrupted first start leaves nothing half-made. Takes about a second. Throws
// ils::StoreError or std::runtime_error.
void create(const std::string& path, const ils::Clock& clock, const ils::PasswordHasher& hasher);

} // namespace TrainingDatabase
