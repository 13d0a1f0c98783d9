#include "TestCounty.h"

#include "Circulation.h"
#include "LibraryStore.h"
#include "RangeStore.h"
#include "RuleStore.h"

#include <stdexcept>

using namespace ils;

namespace {

template<typename T>
T expectOk(Result<T> result, const char* what)
{
    if (!result)
        throw std::runtime_error(std::string(what) + ": " + result.refusal().detail);
    return result.value();
}

} // namespace

TestCounty::TestCounty()
    // 2026-03-02 10:00 in UTC+8, a Monday.
    : m_clock(*parseUtc("2026-03-02T02:00:00Z"))
{
    m_store = std::make_unique<LocalStore>(path(), m_clock);
    auto& libraries = m_store->libraries();
    expectOk(libraries.add({county, "砚山县图书馆", LibraryLevel::County, std::nullopt, "532622"}), "county");
    expectOk(libraries.add({branchA, "江那镇分馆", LibraryLevel::Branch, std::string(county), std::nullopt}), "A");
    expectOk(libraries.add({branchB, "平远镇分馆", LibraryLevel::Branch, std::string(county), std::nullopt}), "B");
    expectOk(libraries.add({point, "者腊村流通点", LibraryLevel::Point, std::string(branchA), std::nullopt}), "point");

    const auto report =
        m_store->ranges().importTable("kind\tfirst\tlast\tlibrary\tdescription\n"
                                      "reader\t532622000000001\t532622000999999\t532622\tcounty\n"
                                      "reader\t532622001000001\t532622001999999\t532622-01\tbranch A\n"
                                      "reader\t532622000500001\t532622000599999\t532622-02\tbranch B\n"
                                      "item\t2622000000000001\t2622009999999999\t532622\tcounty\n"
                                      "item\t2622010000000001\t2622019999999999\t532622-01\tbranch A\n"
                                      "item\t2622005000000001\t2622005999999999\t532622-02\tbranch B\n");
    if (!report.ok())
        throw std::runtime_error("ranges: " + report.problems.front().describe());

    RuleRow reference;
    reference.itemType = "reference";
    reference.rule.loanDays = 0;
    m_store->rules().set(reference);
    RuleRow child;
    child.readerType = "child";
    child.rule.maxLoans = 3;
    child.rule.loanDays = 14;
    m_store->rules().set(child);
    RuleRow periodical;
    periodical.itemType = "periodical";
    periodical.rule.holdsAllowed = false;
    periodical.rule.loanDays = 7;
    m_store->rules().set(periodical);
}

std::string TestCounty::path() const
{
    return m_dir.filePath("county.db").toStdString();
}

void TestCounty::reopen()
{
    m_store.reset();
    m_store = std::make_unique<LocalStore>(path(), m_clock);
}

std::string TestCounty::addReader(const std::string& library,
                                  const std::string& name,
                                  const std::string& type,
                                  const std::string& idNumber)
{
    NewReader request;
    request.library = library;
    request.name = name;
    request.type = type;
    if (!idNumber.empty())
        request.idNumber = idNumber;
    return expectOk(m_store->circulation().registerReader(request), "reader").card;
}

std::string TestCounty::addItem(const std::string& library,
                                const std::string& title,
                                const std::string& type,
                                const std::string& isbn)
{
    NewItem request;
    request.library = library;
    request.record.title = title;
    request.record.isbn = isbn;
    request.type = type;
    return expectOk(m_store->circulation().addItem(request), "item").barcode;
}
