#include "ReaderSnapshot.h"

#include "CatalogueStore.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReaderStore.h"
#include "Settings.h"

namespace {

std::string titleOfRecord(ils::CatalogueStore& catalogue, std::int64_t recordId)
{
    const auto record = catalogue.findRecord(recordId);
    return record ? record->title : std::string();
}

std::string titleOfItem(ils::CatalogueStore& catalogue, std::string_view barcode)
{
    const auto item = catalogue.findItem(barcode);
    return item ? titleOfRecord(catalogue, item->recordId) : std::string();
}

std::string libraryName(ils::LibraryStore& libraries, const std::string& code)
{
    const auto library = libraries.find(code);
    return library ? library->name : code;
}

std::string yuanText(std::int64_t fen)
{
    const std::string cents = std::to_string(fen % 100);
    return std::to_string(fen / 100) + "." + (cents.size() < 2 ? "0" : "") + cents;
}

// The same standing the engine checks before it lends (core's readerStanding), plus fines, so the
// panel shows the blocks before the first item is scanned.
std::vector<ils::Refusal> blocksOf(const ReaderSnapshot& s, std::int64_t maxOwedFen)
{
    using ils::Reason;
    std::vector<ils::Refusal> out;
    const ils::Reader& r = s.reader;
    switch (r.status) {
    case ils::ReaderStatus::Blocked:
        out.push_back(ils::refuse(Reason::ReaderBlocked,
                                  r.blockReason.empty() ? "blocked" : r.blockReason,
                                  {{ils::fact::text, r.blockReason}}));
        break;
    case ils::ReaderStatus::CardLost:
        out.push_back(ils::refuse(Reason::ReaderCardLost, "card " + r.card + " is reported lost"));
        break;
    case ils::ReaderStatus::Expired:
        out.push_back(ils::refuse(
            Reason::ReaderExpired, "card expired on " + r.expiry.toIso(), {{ils::fact::date, r.expiry.toIso()}}));
        break;
    case ils::ReaderStatus::Active:
        if (r.expiry < s.today)
            out.push_back(ils::refuse(
                Reason::ReaderExpired, "card expired on " + r.expiry.toIso(), {{ils::fact::date, r.expiry.toIso()}}));
        break;
    }
    if (s.owedFen > maxOwedFen)
        out.push_back(ils::refuse(
            Reason::OwesTooMuch,
            "owes " + yuanText(s.owedFen) + " yuan, more than the limit of " + yuanText(maxOwedFen),
            {{ils::fact::count, std::to_string(s.owedFen)}, {ils::fact::limit, std::to_string(maxOwedFen)}}));
    return out;
}

} // namespace

std::optional<ReaderSnapshot> ReaderSnapshot::load(ils::LocalStore& store, std::string_view card)
{
    auto reader = store.readers().find(card);
    if (!reader)
        return std::nullopt;
    ReaderSnapshot s;
    s.reader = std::move(*reader);
    s.homeLibraryName = libraryName(store.libraries(), s.reader.homeLibrary);
    s.today = store.today();
    ils::Circulation& circulation = store.circulation();
    for (auto& loan : circulation.openLoans(card)) {
        const bool overdue = loan.due < s.today;
        std::string title = titleOfItem(store.catalogue(), loan.item);
        s.loans.push_back({std::move(loan), std::move(title), overdue});
    }
    for (auto& hold : circulation.openHolds(card)) {
        std::string title = titleOfRecord(store.catalogue(), hold.recordId);
        std::string pickup = libraryName(store.libraries(), hold.pickupLibrary);
        s.holds.push_back({std::move(hold), std::move(title), std::move(pickup)});
    }
    s.fees = circulation.openFees(card);
    for (const auto& fee : s.fees)
        s.owedFen += fee.outstandingFen();
    s.blocks = blocksOf(s, store.settings().maxOwedFen());
    return s;
}
