#include "Schema.h"

#include "Database.h"

#include <algorithm>
#include <string>
#include <vector>

namespace ils {

namespace {

// Step N takes a database from version N-1 to version N. Append; never edit a shipped step.
const std::vector<const char*> steps = {
    R"SQL(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE libraries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    parent TEXT REFERENCES libraries(code),
    division TEXT
) WITHOUT ROWID;

CREATE TABLE code_ranges (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    library TEXT NOT NULL REFERENCES libraries(code),
    description TEXT NOT NULL DEFAULT '',
    check_scheme TEXT NOT NULL DEFAULT '',
    next TEXT NOT NULL -- allocation cursor: codes below it are never handed out again
);
CREATE INDEX code_ranges_lookup ON code_ranges(kind, first);

CREATE TABLE readers (
    card TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    home_library TEXT NOT NULL REFERENCES libraries(code),
    status TEXT NOT NULL,
    expiry TEXT NOT NULL,
    deposit_fen INTEGER NOT NULL DEFAULT 0,
    id_number TEXT UNIQUE,
    block_reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    year TEXT NOT NULL DEFAULT '',
    isbn TEXT NOT NULL DEFAULT '',
    clc TEXT NOT NULL DEFAULT ''
);
CREATE INDEX records_isbn ON records(isbn) WHERE isbn <> '';

CREATE TABLE items (
    barcode TEXT PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    owner_library TEXT NOT NULL REFERENCES libraries(code),
    current_library TEXT NOT NULL REFERENCES libraries(code),
    call_number TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    transit_to TEXT REFERENCES libraries(code),
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX items_record ON items(record_id);

CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    item TEXT NOT NULL,
    reader TEXT NOT NULL,
    library TEXT NOT NULL,
    out_at INTEGER NOT NULL,
    due TEXT NOT NULL,
    renewals INTEGER NOT NULL DEFAULT 0,
    returned_at INTEGER,
    return_library TEXT
);
-- At most one open loan per item, enforced by the database itself.
CREATE UNIQUE INDEX loans_open_item ON loans(item) WHERE returned_at IS NULL;
CREATE INDEX loans_open_reader ON loans(reader) WHERE returned_at IS NULL;

CREATE TABLE holds (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    reader TEXT NOT NULL REFERENCES readers(card),
    pickup TEXT NOT NULL REFERENCES libraries(code),
    placed_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    item TEXT,
    ready_until TEXT
);
CREATE INDEX holds_open_record ON holds(record_id, placed_at, id) WHERE status IN ('pending', 'in_transit', 'ready');
CREATE INDEX holds_open_reader ON holds(reader) WHERE status IN ('pending', 'in_transit', 'ready');
CREATE INDEX holds_open_item ON holds(item) WHERE status IN ('in_transit', 'ready');

CREATE TABLE fees (
    id INTEGER PRIMARY KEY,
    reader TEXT NOT NULL REFERENCES readers(card),
    item TEXT,
    kind TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    paid_fen INTEGER NOT NULL DEFAULT 0,
    waived_fen INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fees_open_reader ON fees(reader) WHERE amount_fen > paid_fen + waived_fen;

CREATE TABLE fee_events (
    id INTEGER PRIMARY KEY,
    fee_id INTEGER NOT NULL REFERENCES fees(id),
    kind TEXT NOT NULL, -- pay | waive
    amount_fen INTEGER NOT NULL,
    at INTEGER NOT NULL,
    operator TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rules (
    reader_type TEXT NOT NULL,
    item_type TEXT NOT NULL,
    level TEXT NOT NULL,
    loan_days INTEGER NOT NULL,
    max_loans INTEGER NOT NULL,
    renewals INTEGER NOT NULL,
    renewal_days INTEGER NOT NULL,
    daily_fine_fen INTEGER NOT NULL,
    grace_days INTEGER NOT NULL,
    fine_cap_fen INTEGER NOT NULL,
    holds_allowed INTEGER NOT NULL,
    max_holds INTEGER NOT NULL,
    PRIMARY KEY (reader_type, item_type, level)
) WITHOUT ROWID;

-- library '' means every library of the county.
CREATE TABLE closed_days (library TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (library, day)) WITHOUT ROWID;
CREATE TABLE closed_weekdays (library TEXT NOT NULL, weekday INTEGER NOT NULL, PRIMARY KEY (library, weekday)) WITHOUT ROWID;

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, even after pruning
    node_id TEXT NOT NULL,
    uuid TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    operator TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' -- pending | acked
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';
)SQL",
    // 2: replication (docs/SYNC.md). Settings that belong to one database and never replicate
    // move under the "local." prefix; the central-only tables exist everywhere but stay empty
    // on nodes.
    R"SQL(
UPDATE settings SET key = 'local.node_id' WHERE key = 'node_id';

CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    library TEXT NOT NULL REFERENCES libraries(code),
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    token_hash TEXT,
    token_expires INTEGER,
    secret_hash TEXT,
    created_at INTEGER NOT NULL,
    enrolled_at INTEGER,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_contact INTEGER,
    backlog INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE applied (
    node_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    uuid TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    applied_at INTEGER NOT NULL,
    PRIMARY KEY (node_id, seq)
) WITHOUT ROWID;

CREATE TABLE exceptions (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    code TEXT NOT NULL,
    detail TEXT NOT NULL,
    library TEXT NOT NULL DEFAULT ''
);

-- The central's change feed: row images written by triggers (CentralService::prepare).
CREATE TABLE changes (cn INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, key TEXT NOT NULL, row TEXT);

-- Which edit last set each field of a record: later edits win, field by field.
CREATE TABLE record_versions (
    record_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    node_number INTEGER NOT NULL,
    PRIMARY KEY (record_id, field)
) WITHOUT ROWID;

-- The last time a copy came back, kept even when no loan was open: a return that reaches the
-- central before the loan it ends.
ALTER TABLE items ADD COLUMN last_return_at INTEGER;
ALTER TABLE items ADD COLUMN last_return_library TEXT;
ALTER TABLE loans ADD COLUMN implied_return INTEGER NOT NULL DEFAULT 0;
CREATE INDEX loans_item_out ON loans(item, out_at);
)SQL",
    // 3: staff accounts (core/StaffAccounts.h). `staff` replicates from the central, so a branch
    // can log its staff in while offline; `staff_lockouts` counts failed logins at this node only.
    R"SQL(
CREATE TABLE staff (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL, -- administrator | cataloguer | circulation | kiosk
    library TEXT NOT NULL REFERENCES libraries(code),
    password_hash TEXT NOT NULL, -- Argon2id, in libsodium's string form; never the password
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff_lockouts (
    username TEXT PRIMARY KEY, -- also names nobody has: a guesser learns nothing from a lock-out
    failures INTEGER NOT NULL DEFAULT 0, -- consecutive, since the last success or lock
    locked_until INTEGER
) WITHOUT ROWID;
)SQL",
    // 4: the change feed of a group commit (core/ChangeFeed.h, DeferredFeed). While the central's
    // writer applies a group of pushed batches, the feed triggers note which rows changed instead
    // of writing an image per change; the images are written once per row before the commit.
    // Both tables are empty outside that uncommitted transaction.
    R"SQL(
CREATE TABLE feed_defer (mark INTEGER PRIMARY KEY);
CREATE TABLE feed_dirty (tbl TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID;
)SQL",
    // 5: resident ID numbers stay at the central (core/ReaderPrivacy.h). Readers get the keyed
    // hash a scanned ID card is found by and the masked form a screen shows; id_number no longer
    // replicates, so the row images already in the central's feed lose it. Filling the new
    // columns needs the key (C++): enforceReaderPrivacy() does it after the upgrade, and at a
    // node removes the clear numbers.
    R"SQL(
ALTER TABLE readers ADD COLUMN id_hash TEXT;
ALTER TABLE readers ADD COLUMN id_masked TEXT;
CREATE UNIQUE INDEX readers_id_hash ON readers(id_hash);
UPDATE changes SET row = json_remove(row, '$.id_number')
    WHERE tbl = 'readers' AND json_extract(row, '$.id_number') IS NOT NULL;
)SQL",
    // 6: a node keeps acknowledged outbox entries for local.keep_acked_days after their
    // acknowledgement, to send them again to a central restored from an older backup
    // (docs/SYNC.md, "Backup and restore"). Entries acknowledged before this step count from
    // their creation.
    R"SQL(
ALTER TABLE outbox ADD COLUMN acked_at INTEGER;
CREATE INDEX outbox_acked ON outbox(coalesce(acked_at, created_at)) WHERE state = 'acked';
)SQL",
    // 7: the specifics of an exception as data (a flat JSON object, core/Result.h RefusalFacts),
    // so each screen words them in its own language. NULL in rows recorded before; nullable, so
    // a node one version ahead of its central still applies the central's row images. The
    // central reinstalls its feed triggers at start (CentralService::prepare), so they carry it.
    R"SQL(
ALTER TABLE exceptions ADD COLUMN facts TEXT;
)SQL",
    // 8: instants in milliseconds instead of whole seconds (core/Time.h), so that events of two
    // desks in one second keep their order; and the history of a copy (core/CheckinStates.cpp).
    // Every stored instant is multiplied by 1000: columns, the times inside outbox payloads
    // not yet pushed, and the row images of the central's change feed. At the central the
    // feed triggers only note keys while the rows are rewritten (feed_defer, step 4), and the
    // notes are dropped: the images already in the feed are converted in place.
    R"SQL(
INSERT OR IGNORE INTO feed_defer(mark) VALUES(1);
UPDATE readers SET created_at = created_at * 1000;
UPDATE items SET created_at = created_at * 1000, last_return_at = last_return_at * 1000;
UPDATE loans SET out_at = out_at * 1000, returned_at = returned_at * 1000;
UPDATE holds SET placed_at = placed_at * 1000;
UPDATE fees SET created_at = created_at * 1000;
UPDATE fee_events SET at = at * 1000;
UPDATE exceptions SET at = at * 1000;
UPDATE staff SET created_at = created_at * 1000;
UPDATE staff_lockouts SET locked_until = locked_until * 1000;
UPDATE nodes SET token_expires = token_expires * 1000, created_at = created_at * 1000,
    enrolled_at = enrolled_at * 1000, last_contact = last_contact * 1000;
UPDATE applied SET applied_at = applied_at * 1000;
UPDATE record_versions SET edited_at = edited_at * 1000;
UPDATE outbox SET created_at = created_at * 1000, acked_at = acked_at * 1000;
UPDATE outbox SET payload = json_set(payload, '$.out_at', json_extract(payload, '$.out_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.out_at') = 'integer';
UPDATE outbox SET payload = json_set(payload, '$.returned_at', json_extract(payload, '$.returned_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.returned_at') = 'integer';
UPDATE outbox SET payload = json_set(payload, '$.renewed_at', json_extract(payload, '$.renewed_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.renewed_at') = 'integer';
UPDATE outbox SET payload = json_set(payload, '$.placed_at', json_extract(payload, '$.placed_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.placed_at') = 'integer';
UPDATE outbox SET payload = json_set(payload, '$.paid_at', json_extract(payload, '$.paid_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.paid_at') = 'integer';
UPDATE outbox SET payload = json_set(payload, '$.edited_at', json_extract(payload, '$.edited_at') * 1000)
    WHERE json_valid(payload) AND json_type(payload, '$.edited_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.created_at', json_extract(row, '$.created_at') * 1000)
    WHERE tbl = 'readers' AND row IS NOT NULL AND json_type(row, '$.created_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.created_at', json_extract(row, '$.created_at') * 1000)
    WHERE tbl = 'items' AND row IS NOT NULL AND json_type(row, '$.created_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.last_return_at', json_extract(row, '$.last_return_at') * 1000)
    WHERE tbl = 'items' AND row IS NOT NULL AND json_type(row, '$.last_return_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.out_at', json_extract(row, '$.out_at') * 1000)
    WHERE tbl = 'loans' AND row IS NOT NULL AND json_type(row, '$.out_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.returned_at', json_extract(row, '$.returned_at') * 1000)
    WHERE tbl = 'loans' AND row IS NOT NULL AND json_type(row, '$.returned_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.placed_at', json_extract(row, '$.placed_at') * 1000)
    WHERE tbl = 'holds' AND row IS NOT NULL AND json_type(row, '$.placed_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.created_at', json_extract(row, '$.created_at') * 1000)
    WHERE tbl = 'fees' AND row IS NOT NULL AND json_type(row, '$.created_at') = 'integer';
UPDATE changes SET row = json_set(row, '$.at', json_extract(row, '$.at') * 1000)
    WHERE tbl = 'fee_events' AND row IS NOT NULL AND json_type(row, '$.at') = 'integer';
UPDATE changes SET row = json_set(row, '$.at', json_extract(row, '$.at') * 1000)
    WHERE tbl = 'exceptions' AND row IS NOT NULL AND json_type(row, '$.at') = 'integer';
UPDATE changes SET row = json_set(row, '$.created_at', json_extract(row, '$.created_at') * 1000)
    WHERE tbl = 'staff' AND row IS NOT NULL AND json_type(row, '$.created_at') = 'integer';
DELETE FROM feed_dirty;
DELETE FROM feed_defer;

-- The history of a copy: a lost copy found, a copy in processing or withdrawn brought to a
-- desk. Replicated like loans; ids from the creating node's block.
CREATE TABLE item_events (
    id INTEGER PRIMARY KEY,
    item TEXT NOT NULL,
    kind TEXT NOT NULL, -- found | returned_processing | returned_withdrawn
    at INTEGER NOT NULL,
    library TEXT NOT NULL,
    operator TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '' -- found: the lost charge's fate, refund | keep | none
);
CREATE INDEX item_events_item ON item_events(item, at);
)SQL",
};

} // namespace

int SchemaManager::versionOf(Database& db)
{
    Query q(db, "PRAGMA user_version");
    return q.step() ? static_cast<int>(q.getInt(0)) : 0;
}

SchemaUpgrade SchemaManager::upgrade(Database& db)
{
    return upgrade(db, currentVersion);
}

SchemaUpgrade SchemaManager::upgrade(Database& db, int target)
{
    // currentVersion (Schema.h) and the list of steps must move together.
    if (steps.size() != static_cast<std::size_t>(currentVersion))
        throw StoreError("schema: " + std::to_string(steps.size()) + " steps for version "
                         + std::to_string(currentVersion));
    const int from = versionOf(db);
    if (from > currentVersion)
        throw StoreError("database " + db.path() + " has schema version " + std::to_string(from)
                         + ", newer than this program understands (" + std::to_string(currentVersion) + ")");
    target = std::min(target, currentVersion);
    for (int version = from; version < target; ++version) {
        Transaction tx(db);
        db.exec(steps[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
    return {from, std::max(from, target)};
}

} // namespace ils
