#include "ReaderPrivacy.h"

#include "ChangeFeed.h"
#include "Database.h"
#include "ResidentId.h"

#include <sodium.h>

#include <vector>

namespace ils {

namespace {

std::optional<std::string> setting(Database& db, std::string_view key)
{
    Query q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (q.step())
        return q.getText(0);
    return std::nullopt;
}

// Feed triggers written before the schema step that took id_number out of the row images
// would still copy it into `changes`.
bool feedTriggersCarryIdNumbers(Database& db)
{
    Query q(db,
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'feed_readers_%' "
            "AND sql LIKE '%id_number%'");
    return q.step();
}

struct HeldNumber
{
    std::string card;
    std::string number;
};

std::vector<HeldNumber> numbersToProcess(Database& db, bool keepsClear)
{
    std::vector<HeldNumber> out;
    Query q(db,
            keepsClear ? "SELECT card, id_number FROM readers WHERE id_number IS NOT NULL "
                         "AND (id_hash IS NULL OR id_masked IS NULL)"
                       : "SELECT card, id_number FROM readers WHERE id_number IS NOT NULL");
    while (q.step())
        out.push_back({q.getText(0), q.getText(1)});
    return out;
}

bool outboxHoldsAcknowledgedNumbers(Database& db)
{
    Query q(db,
            "SELECT 1 FROM outbox WHERE state = 'acked' AND type = 'reader.add' "
            "AND json_extract(payload, '$.id_number') IS NOT NULL LIMIT 1");
    return q.step();
}

} // namespace

std::string residentIdHash(std::string_view keyHex, std::string_view normalizedNumber)
{
    std::vector<unsigned char> key(keyHex.size() / 2 + 1);
    std::size_t keyLength = 0;
    if (sodium_hex2bin(key.data(), key.size(), keyHex.data(), keyHex.size(), nullptr, &keyLength, nullptr) != 0
        || keyLength < 16)
        throw StoreError("the county's ID hash key (setting " + std::string(idHashKeySetting) + ") is not valid hex");
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), keyLength);
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char*>(normalizedNumber.data()), normalizedNumber.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(key.data(), key.size());
    char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return hex;
}

std::optional<std::string> idHashKey(Database& db)
{
    return setting(db, idHashKeySetting);
}

std::string ensureIdHashKey(Database& db)
{
    if (auto key = idHashKey(db))
        return *key;
    if (sodium_init() < 0)
        throw StoreError("libsodium could not be initialised: no random source for the ID hash key");
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[2 * sizeof bytes + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    sodium_memzero(bytes, sizeof bytes);
    const std::string key = hex;
    Query q(db, "INSERT INTO settings(key, value) VALUES(?, ?)");
    q.bind(1, idHashKeySetting).bind(2, key).run();
    return key;
}

bool keepsClearIdNumbers(Database& db)
{
    return setting(db, "local.role").value_or("") != "node";
}

int scrubAcknowledgedIdNumbers(Database& db)
{
    Query q(db,
            "UPDATE outbox SET payload = json_remove(payload, '$.id_number') WHERE state = 'acked' "
            "AND type = 'reader.add' AND json_extract(payload, '$.id_number') IS NOT NULL");
    q.run();
    return db.changes();
}

void truncateWal(Database& db)
{
    // Returns (busy, frames, checkpointed) rather than failing: a reader still using old frames
    // keeps them until the next time.
    Query q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    q.run();
}

void enforceReaderPrivacy(Database& db)
{
    const bool keepsClear = keepsClearIdNumbers(db);
    if (keepsClear) {
        // Looked at first without the write lock: most opens find nothing to do.
        if (!feedTriggersCarryIdNumbers(db) && numbersToProcess(db, true).empty())
            return;
        Transaction tx(db);
        if (feedTriggersCarryIdNumbers(db))
            installFeedTriggers(db);
        const auto held = numbersToProcess(db, true);
        if (!held.empty()) {
            const auto key = ensureIdHashKey(db);
            for (const auto& reader : held) {
                Query update(db, "UPDATE readers SET id_hash = ?, id_masked = ? WHERE card = ?");
                update.bind(1, residentIdHash(key, reader.number))
                    .bind(2, maskResidentId(reader.number))
                    .bind(3, reader.card)
                    .run();
            }
        }
        tx.commit();
        return;
    }
    // A node: whatever it frees is overwritten with zeros, in this connection from now on.
    db.exec("PRAGMA secure_delete = ON");
    // Acknowledged outbox entries are scrubbed as they are acknowledged (Outbox::markAcked); the
    // ones acknowledged before that existed are looked for once, then this marker says so.
    constexpr const char* outboxDone = "local.outbox_id_numbers_removed";
    const bool outboxChecked = setting(db, outboxDone).has_value();
    if (numbersToProcess(db, false).empty() && (outboxChecked || !outboxHoldsAcknowledgedNumbers(db))) {
        if (!outboxChecked) {
            Query mark(db, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, '1')");
            mark.bind(1, outboxDone).run();
        }
        return;
    }
    bool removed = false;
    {
        Transaction tx(db);
        Query mark(db, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, '1')");
        mark.bind(1, outboxDone).run();
        const auto held = numbersToProcess(db, false);
        const auto key = idHashKey(db);
        for (const auto& reader : held) {
            // The central's image brings the hash later if this node has no key yet, or if
            // another row already holds it (the central sorts that out).
            if (key) {
                Query hash(db, "UPDATE OR IGNORE readers SET id_hash = ? WHERE card = ?");
                hash.bind(1, residentIdHash(*key, reader.number)).bind(2, reader.card).run();
            }
            Query update(db, "UPDATE readers SET id_masked = ?, id_number = NULL WHERE card = ?");
            update.bind(1, maskResidentId(reader.number)).bind(2, reader.card).run();
        }
        const bool outbox = outboxHoldsAcknowledgedNumbers(db) && scrubAcknowledgedIdNumbers(db) > 0;
        removed = !held.empty() || outbox;
        tx.commit();
    }
    if (!removed)
        return;
    // secure_delete zeroes the cells it frees; VACUUM also rewrites every page, so no older
    // copy of a page survives anywhere in the file. Another process holding the file open can
    // make it busy: the zeroed cells are then enough.
    try {
        db.exec("VACUUM");
    } catch (const StoreError&) {
    }
    truncateWal(db);
}

} // namespace ils
