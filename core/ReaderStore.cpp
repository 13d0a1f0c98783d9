#include "ReaderStore.h"

#include "Database.h"
#include "ReaderPrivacy.h"
#include "ResidentId.h"

namespace ils {

namespace {

constexpr const char* columns =
    "card, name, type, home_library, status, expiry, deposit_fen, id_number, block_reason, id_masked";

Reader readReader(const Query& q)
{
    Reader r;
    r.card = q.getText(0);
    r.name = q.getText(1);
    r.type = q.getText(2);
    r.homeLibrary = q.getText(3);
    r.status = readerStatusFromString(q.getText(4)).value_or(ReaderStatus::Blocked);
    r.expiry = Date::fromIso(q.getText(5)).value_or(Date());
    r.depositFen = q.getInt(6);
    r.idNumber = q.getOptionalText(7);
    r.blockReason = q.getText(8);
    r.idMasked = q.isNull(9) ? (r.idNumber ? maskResidentId(*r.idNumber) : std::string()) : q.getText(9);
    return r;
}

} // namespace

void ReaderStore::insert(const Reader& r, Timestamp now)
{
    std::optional<std::string> hash;
    std::optional<std::string> masked;
    if (r.idNumber) {
        masked = maskResidentId(*r.idNumber);
        // A node without the county key yet leaves the hash to the central's row image.
        hash = hashOf(*r.idNumber, true);
    }
    Query q(m_db,
            "INSERT INTO readers(card, name, type, home_library, status, expiry, deposit_fen, id_number, block_reason, "
            "created_at, id_hash, id_masked) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.card)
        .bind(2, r.name)
        .bind(3, r.type)
        .bind(4, r.homeLibrary)
        .bind(5, toString(r.status))
        .bind(6, r.expiry.toIso())
        .bind(7, r.depositFen)
        .bind(8, keepsClearIdNumbers(m_db) ? r.idNumber : std::nullopt)
        .bind(9, r.blockReason)
        .bind(10, now)
        .bind(11, hash)
        .bind(12, masked)
        .run();
}

std::optional<Reader> ReaderStore::find(std::string_view card) const
{
    Query q(m_db, std::string("SELECT ") + columns + " FROM readers WHERE card = ?");
    q.bind(1, card);
    if (q.step())
        return readReader(q);
    return std::nullopt;
}

std::optional<std::string> ReaderStore::hashOf(std::string_view idNumber, bool makeKey) const
{
    auto key = idHashKey(m_db);
    if (!key && makeKey && keepsClearIdNumbers(m_db))
        key = ensureIdHashKey(m_db);
    if (!key)
        return std::nullopt;
    return residentIdHash(*key, normalizeResidentId(idNumber));
}

std::optional<Reader> ReaderStore::findByIdNumber(std::string_view idNumber) const
{
    // By the keyed hash, which every database has; the clear number too where it is kept, for
    // a row the hash has not reached yet.
    const auto hash = hashOf(idNumber, false);
    Query q(m_db, std::string("SELECT ") + columns + " FROM readers WHERE id_hash = ?1 OR id_number = ?2");
    q.bind(1, hash).bind(2, normalizeResidentId(idNumber));
    if (q.step())
        return readReader(q);
    return std::nullopt;
}

std::vector<Reader> ReaderStore::list(int limit, int offset) const
{
    std::vector<Reader> out;
    Query q(m_db, std::string("SELECT ") + columns + " FROM readers ORDER BY card LIMIT ? OFFSET ?");
    q.bind(1, limit).bind(2, offset);
    while (q.step())
        out.push_back(readReader(q));
    return out;
}

std::int64_t ReaderStore::count() const
{
    Query q(m_db, "SELECT count(*) FROM readers");
    q.step();
    return q.getInt(0);
}

void ReaderStore::setStatus(std::string_view card, ReaderStatus status, std::string_view reason)
{
    Query q(m_db, "UPDATE readers SET status = ?, block_reason = ? WHERE card = ?");
    q.bind(1, toString(status)).bind(2, reason).bind(3, card).run();
}

bool ReaderStore::exists(std::string_view card) const
{
    Query q(m_db, "SELECT 1 FROM readers WHERE card = ?");
    q.bind(1, card);
    return q.step();
}

} // namespace ils
