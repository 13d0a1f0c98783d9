#include "PrivateFiles.h"

#include "Database.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace ils {

namespace fs = std::filesystem;

void createPrivateFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno != EEXIST)
        throw StoreError("cannot create " + path + ": " + std::strerror(errno));
}

void restrictToOwner(const std::string& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status))
        return;
    const auto others = fs::perms::group_all | fs::perms::others_all;
    if ((status.permissions() & others) == fs::perms::none)
        return;
    // Only the owner (or root) may change a mode; anyone else keeps what the owner chose.
    fs::permissions(path, others, fs::perm_options::remove, error);
}

void createPrivateFolder(const std::string& path)
{
    std::error_code error;
    fs::create_directories(path, error);
    if (error)
        throw StoreError("cannot create the folder " + path + ": " + error.message());
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error)
        throw StoreError("cannot make the folder " + path + " private: " + error.message());
}

} // namespace ils
