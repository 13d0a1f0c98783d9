#pragma once
// Files that hold the library's data (databases, snapshots, backups, keys) are readable by
// their owner only: a township PC is shared, and anyone logged in to it may look around.
#include <string>

namespace ils {

// Creates an empty file at path with mode 0600 unless something is there already.
void createPrivateFile(const std::string& path);

// Takes group and other access away from path if it exists (a file made by an older version).
void restrictToOwner(const std::string& path);

// Creates a folder and its parents; the folder itself ends up 0700.
void createPrivateFolder(const std::string& path);

} // namespace ils
