#include "DeskFixture.h"

#include "Argon2idHasher.h"
#include "DemoCounty.h"

#include "Database.h"

#include <QtGlobal>

DeskFixture::DeskFixture()
    : m_clock(*ils::parseUtc("2026-03-02T02:00:00Z"))
{
    m_store = std::make_unique<ils::LocalStore>(path(), m_clock, ils::Durability::Normal);
    ils::createDemoCounty(*m_store);
    const ils::auth::Argon2idHasher argon2;
    const ils::NewStaff staff {username, "王丽", ils::StaffRole::Circulation, library};
    if (!ils::StaffAccounts(*m_store).add(staff, password, argon2.hasher()))
        qFatal("cannot add the test's staff account");
}

void DeskFixture::addException(const std::string& type, const std::string& code, const std::string& detail)
{
    ils::Query q(
        m_store->db(),
        "INSERT INTO exceptions(at, node_id, seq, type, code, detail, library) VALUES(?, 'node-0001', 7, ?, ?, ?, ?)");
    q.bind(1, m_clock.now()).bind(2, type).bind(3, code).bind(4, detail).bind(5, library).run();
}
