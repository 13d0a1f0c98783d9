#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ils {

class Database;

// What a database may hold of a reader's resident ID number (docs/SYNC.md, "Readers' ID
// numbers"). The central (and a standalone library) keeps the number; a branch replica keeps
// only a keyed hash, to find a reader by a scanned ID card, and the masked form for the screen.

// The county's hash key, a replicated setting: the central makes it, the feed and the snapshot
// carry it to the nodes, so that a branch registering a reader offline hashes as the central does.
inline constexpr std::string_view idHashKeySetting = "privacy.id_key";

// HMAC-SHA-256 of the normalised number under the county key, in hex.
std::string residentIdHash(std::string_view keyHex, std::string_view normalizedNumber);

// The key, if this database has one yet (a node gets it with its first pull).
std::optional<std::string> idHashKey(Database& db);
// The key, made now if this database has none (at the central; a node must wait for the central's).
std::string ensureIdHashKey(Database& db);
// Whether this database may keep clear numbers: everywhere but at a branch node.
bool keepsClearIdNumbers(Database& db);

// Run after every schema upgrade, at every open; does nothing when there is nothing to do.
// At the central and a standalone library: makes the key if missing and fills id_hash and
// id_masked of readers that lack them. At a node: fills what it can, removes the clear numbers
// (also from acknowledged outbox entries) and rewrites the file so that their bytes are gone.
void enforceReaderPrivacy(Database& db);

// Removes the clear number from acknowledged reader.add entries of this node's outbox;
// returns how many were changed.
int scrubAcknowledgedIdNumbers(Database& db);

// Squeezes deleted bytes out of the WAL file: once a checkpoint has copied its pages into the
// database, the WAL is cut to nothing (it is otherwise reused, not shortened).
void truncateWal(Database& db);

} // namespace ils
