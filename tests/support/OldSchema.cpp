#include "OldSchema.h"

#include "Database.h"
#include "Schema.h"

#include <stdexcept>
#include <string>

namespace {

// Undo of step N, newest first.
const char* undoOf(int step)
{
    switch (step) {
    case 8:
        return R"SQL(
INSERT OR IGNORE INTO feed_defer(mark) VALUES(1);
DROP TABLE item_events;
UPDATE readers SET created_at = created_at / 1000;
UPDATE items SET created_at = created_at / 1000, last_return_at = last_return_at / 1000;
UPDATE loans SET out_at = out_at / 1000, returned_at = returned_at / 1000;
UPDATE holds SET placed_at = placed_at / 1000;
UPDATE fees SET created_at = created_at / 1000;
UPDATE fee_events SET at = at / 1000;
UPDATE exceptions SET at = at / 1000;
UPDATE staff SET created_at = created_at / 1000;
UPDATE staff_lockouts SET locked_until = locked_until / 1000;
UPDATE nodes SET token_expires = token_expires / 1000, created_at = created_at / 1000,
    enrolled_at = enrolled_at / 1000, last_contact = last_contact / 1000;
UPDATE applied SET applied_at = applied_at / 1000;
UPDATE record_versions SET edited_at = edited_at / 1000;
UPDATE outbox SET created_at = created_at / 1000, acked_at = acked_at / 1000;
DELETE FROM feed_dirty;
DELETE FROM feed_defer;
)SQL";
    case 7:
        return "ALTER TABLE exceptions DROP COLUMN facts;";
    case 6:
        return "DROP INDEX outbox_acked; ALTER TABLE outbox DROP COLUMN acked_at;";
    case 5:
        return "DROP INDEX readers_id_hash; ALTER TABLE readers DROP COLUMN id_hash; "
               "ALTER TABLE readers DROP COLUMN id_masked;";
    default:
        return nullptr;
    }
}

} // namespace

void rewindSchema(ils::Database& db, int toVersion)
{
    for (int step = ils::SchemaManager::versionOf(db); step > toVersion; --step) {
        const char* undo = undoOf(step);
        if (!undo)
            throw std::logic_error("rewindSchema: no undo for schema step " + std::to_string(step)
                                   + " (tests/support/OldSchema.cpp)");
        db.exec(undo);
        db.exec("PRAGMA user_version = " + std::to_string(step - 1));
    }
}
