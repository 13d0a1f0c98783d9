#include "SmallDisk.h"

#include "Database.h"

#include <QDir>
#include <QFile>

#include <sys/mount.h>

#include <stdexcept>

SmallDisk::SmallDisk()
{
    m_root = m_base.filePath(QStringLiteral("disk"));
    QDir().mkpath(m_root);
    // ILS_SMALLDISK_NO_MOUNT runs the fallback where mounting would work, to test the fallback.
    m_mounted = !qEnvironmentVariableIsSet("ILS_SMALLDISK_NO_MOUNT")
        && ::mount("tmpfs", m_root.toLocal8Bit().constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=2m") == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(m_root.toLocal8Bit().constData(), MNT_DETACH);
}

QString SmallDisk::how() const
{
    return m_mounted ? QStringLiteral("a 2 MiB tmpfs filled with a ballast file")
                     : QStringLiteral("no mount allowed: a database limited by PRAGMA max_page_count");
}

QString SmallDisk::filePath(const QString& name) const
{
    return m_root + QLatin1Char('/') + name;
}

void SmallDisk::fill(ils::Database& db)
{
    if (!m_mounted) {
        ils::Query count(db, "PRAGMA page_count");
        if (!count.step())
            throw std::runtime_error("no page count");
        const auto pages = count.getInt(0);
        db.exec("PRAGMA max_page_count = " + std::to_string(pages));
        return;
    }
    QFile ballast(filePath(QStringLiteral("ballast")));
    if (!ballast.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw std::runtime_error("cannot create the ballast file");
    // Big pieces, then ever smaller ones, until not one byte more fits.
    for (qint64 piece = 64 * 1024; piece >= 1; piece /= 2) {
        const QByteArray bytes(static_cast<int>(piece), 'x');
        while (ballast.write(bytes) == piece) { }
    }
}

void SmallDisk::free(ils::Database& db)
{
    if (!m_mounted) {
        db.exec("PRAGMA max_page_count = 1073741823");
        return;
    }
    QFile::remove(filePath(QStringLiteral("ballast")));
}
