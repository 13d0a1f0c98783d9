#pragma once

namespace ils {
class Database;
}

// Takes a database written by this program back to what an earlier schema version left, so a
// test can upgrade it as a real older database would be: each step the schema gained since is
// undone (columns, tables, and the instants of step 8 back to seconds; times inside outbox
// payloads and feed images are left as they are). Feed triggers that name a dropped column must
// be dropped by the caller first. Throws when the schema has a step it does not know how to undo,
// so a new step fails the tests that rewind until it is added here.
void rewindSchema(ils::Database& db, int toVersion);
