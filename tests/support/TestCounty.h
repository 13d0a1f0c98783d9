#pragma once

#include "LocalStore.h"
#include "Time.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

// A small county on a real SQLite file: 砚山县 central library, two township branches and a
// village point, with their reader and item ranges (one branch with its own block, one with a
// sub-range nested in the county's), the default rules and two readers and items to lend.
class TestCounty
{
public:
    TestCounty();

    ils::LocalStore& store() { return *m_store; }
    ils::ManualClock& clock() { return m_clock; }
    std::string path() const;
    // Closes and reopens the database, as a restarted program would.
    void reopen();

    std::string addReader(const std::string& library,
                          const std::string& name,
                          const std::string& type = "adult",
                          const std::string& idNumber = {});
    std::string addItem(const std::string& library,
                        const std::string& title,
                        const std::string& type = "book",
                        const std::string& isbn = {});

    static constexpr const char* county = "532622";
    static constexpr const char* branchA = "532622-01"; // 江那镇, own block of codes
    static constexpr const char* branchB = "532622-02"; // 平远镇, nested sub-range
    static constexpr const char* point = "532622-01-01"; // a village point under branch A

private:
    QTemporaryDir m_dir;
    ils::ManualClock m_clock;
    std::unique_ptr<ils::LocalStore> m_store;
};
