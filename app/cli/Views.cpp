#include "Views.h"

#include "Tr.h"

#include "CatalogueStore.h"
#include "LibraryStore.h"
#include "LocalStore.h"
#include "ReaderStore.h"
#include "ResidentId.h"

#include "Settings.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace ilsctl {

namespace {

QJsonValue orNull(const std::optional<std::string>& text)
{
    return text ? QJsonValue(qs(*text)) : QJsonValue();
}

QJsonValue orNull(const std::optional<ils::Date>& date)
{
    return date ? QJsonValue(qs(date->toIso())) : QJsonValue();
}

QJsonValue orNull(const std::optional<ils::Timestamp>& at)
{
    return at ? QJsonValue(qs(ils::formatUtc(*at))) : QJsonValue();
}

QString iso(ils::Timestamp at)
{
    return qs(ils::formatUtc(at));
}

} // namespace

QJsonObject toJson(const ils::Library& library)
{
    return {{"code", qs(library.code)},
            {"name", qs(library.name)},
            {"level", qs(toString(library.level))},
            {"parent", orNull(library.parent)},
            {"division", orNull(library.divisionCode)}};
}

QJsonObject toJson(const ils::CodeRange& range)
{
    return {{"id", static_cast<qint64>(range.id)},
            {"kind", qs(toString(range.kind))},
            {"first", qs(range.first)},
            {"last", qs(range.last)},
            {"library", qs(range.library)},
            {"description", qs(range.description)},
            {"check_scheme", qs(range.checkScheme)}};
}

QJsonObject toJson(const ils::Reader& reader, bool revealId)
{
    return {{"card", qs(reader.card)},
            {"name", qs(reader.name)},
            {"type", qs(reader.type)},
            {"home_library", qs(reader.homeLibrary)},
            {"status", qs(toString(reader.status))},
            {"expiry", qs(reader.expiry.toIso())},
            {"deposit_fen", static_cast<qint64>(reader.depositFen)},
            {"id_number", reader.idMasked.empty() ? QJsonValue() : QJsonValue(shownIdNumber(reader, revealId))},
            {"block_reason", qs(reader.blockReason)}};
}

QJsonObject toJson(const ils::Record& record)
{
    return {{"id", static_cast<qint64>(record.id)},
            {"title", qs(record.title)},
            {"author", qs(record.author)},
            {"publisher", qs(record.publisher)},
            {"year", qs(record.year)},
            {"isbn", qs(record.isbn)},
            {"clc", qs(record.clc)}};
}

QJsonObject toJson(const ils::Item& item)
{
    return {{"barcode", qs(item.barcode)},
            {"record_id", static_cast<qint64>(item.recordId)},
            {"owner_library", qs(item.ownerLibrary)},
            {"current_library", qs(item.currentLibrary)},
            {"call_number", qs(item.callNumber)},
            {"type", qs(item.type)},
            {"status", qs(toString(item.status))},
            {"transit_to", orNull(item.transitTo)}};
}

QJsonObject toJson(const ils::Loan& loan)
{
    return {{"id", static_cast<qint64>(loan.id)},
            {"item", qs(loan.item)},
            {"reader", qs(loan.reader)},
            {"library", qs(loan.library)},
            {"out_at", iso(loan.outAt)},
            {"due", qs(loan.due.toIso())},
            {"renewals", loan.renewals},
            {"returned_at", orNull(loan.returnedAt)},
            {"return_library", orNull(loan.returnLibrary)}};
}

QJsonObject toJson(const ils::Hold& hold)
{
    return {{"id", static_cast<qint64>(hold.id)},
            {"record_id", static_cast<qint64>(hold.recordId)},
            {"reader", qs(hold.reader)},
            {"pickup_library", qs(hold.pickupLibrary)},
            {"placed_at", iso(hold.placedAt)},
            {"status", qs(toString(hold.status))},
            {"item", orNull(hold.item)},
            {"ready_until", orNull(hold.readyUntil)}};
}

QJsonObject toJson(const ils::Fee& fee)
{
    return {{"id", static_cast<qint64>(fee.id)},
            {"reader", qs(fee.reader)},
            {"item", orNull(fee.item)},
            {"kind", qs(fee.kind)},
            {"amount_fen", static_cast<qint64>(fee.amountFen)},
            {"paid_fen", static_cast<qint64>(fee.paidFen)},
            {"waived_fen", static_cast<qint64>(fee.waivedFen)},
            {"outstanding_fen", static_cast<qint64>(fee.outstandingFen())},
            {"created_at", iso(fee.createdAt)},
            {"note", qs(fee.note)}};
}

QJsonObject toJson(const ils::RuleRow& row)
{
    const ils::Rule& rule = row.rule;
    return {{"reader_type", qs(row.readerType)},
            {"item_type", qs(row.itemType)},
            {"level", qs(row.level)},
            {"loan_days", rule.loanDays},
            {"max_loans", rule.maxLoans},
            {"renewals", rule.renewals},
            {"renewal_days", rule.renewalDays},
            {"daily_fine_fen", static_cast<qint64>(rule.dailyFineFen)},
            {"grace_days", rule.graceDays},
            {"fine_cap_fen", static_cast<qint64>(rule.fineCapFen)},
            {"holds_allowed", rule.holdsAllowed},
            {"max_holds", rule.maxHolds}};
}

QJsonObject toJson(const ils::OutboxEntry& entry, bool revealId)
{
    // The payload is core's flat JSON: embed it as an object, not as a string to parse again.
    const auto payload = QJsonDocument::fromJson(QByteArray::fromStdString(entry.payload));
    QJsonObject object = payload.object();
    const auto idNumber = object.value(QStringLiteral("id_number"));
    if (idNumber.isString() && !revealId)
        object.insert(QStringLiteral("id_number"), qs(ils::maskResidentId(idNumber.toString().toStdString())));
    return {{"seq", static_cast<qint64>(entry.seq)},
            {"uuid", qs(entry.uuid)},
            {"node_id", qs(entry.nodeId)},
            {"type", qs(entry.type)},
            {"created_at", iso(entry.createdAt)},
            {"operator", qs(entry.operatorName)},
            {"state", qs(entry.state)},
            {"payload", payload.isObject() ? QJsonValue(object) : QJsonValue(qs(entry.payload))}};
}

QString shownIdNumber(const ils::Reader& reader, bool reveal)
{
    // A branch replica has only the masked form: revealing is refused there (runReaderShow).
    return qs(reveal && reader.idNumber ? *reader.idNumber : reader.idMasked);
}

QString named(const QString& name, std::string_view code)
{
    return name.isEmpty() ? qs(code) : Text::tr("%1 (%2)").arg(name, qs(code));
}

QString libraryLabel(ils::LocalStore& store, std::string_view code)
{
    const auto library = store.libraries().find(code);
    return named(library ? qs(library->name) : QString(), code);
}

QString readerLabel(ils::LocalStore& store, std::string_view card)
{
    const auto reader = store.readers().find(card);
    return named(reader ? qs(reader->name) : QString(), card);
}

QString titleOf(ils::LocalStore& store, std::int64_t recordId)
{
    const auto record = store.catalogue().findRecord(recordId);
    return record ? qs(record->title) : QString();
}

QString localTime(ils::LocalStore& store, ils::Timestamp at)
{
    // The county's zone is a fixed offset (settings), not the zone of the machine running ilsctl.
    const QTimeZone zone(store.settings().utcOffsetMinutes() * 60);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
    return Text::tr("%1 (%2)").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone.id());
}

QString statusText(ils::ItemStatus status)
{
    switch (status) {
    case ils::ItemStatus::Available:
        return Text::tr("available");
    case ils::ItemStatus::OnLoan:
        return Text::tr("on loan");
    case ils::ItemStatus::InTransit:
        return Text::tr("in transit");
    case ils::ItemStatus::OnHoldShelf:
        return Text::tr("on the hold shelf");
    case ils::ItemStatus::Lost:
        return Text::tr("lost");
    case ils::ItemStatus::Withdrawn:
        return Text::tr("withdrawn");
    case ils::ItemStatus::Processing:
        return Text::tr("in processing");
    }
    return qs(toString(status));
}

QString statusText(ils::ReaderStatus status)
{
    switch (status) {
    case ils::ReaderStatus::Active:
        return Text::tr("active");
    case ils::ReaderStatus::CardLost:
        return Text::tr("card reported lost");
    case ils::ReaderStatus::Blocked:
        return Text::tr("blocked");
    case ils::ReaderStatus::Expired:
        return Text::tr("expired");
    }
    return qs(toString(status));
}

QString statusText(ils::HoldStatus status)
{
    switch (status) {
    case ils::HoldStatus::Pending:
        return Text::tr("waiting");
    case ils::HoldStatus::InTransit:
        return Text::tr("copy in transit");
    case ils::HoldStatus::Ready:
        return Text::tr("ready for pickup");
    case ils::HoldStatus::Fulfilled:
        return Text::tr("collected");
    case ils::HoldStatus::Cancelled:
        return Text::tr("cancelled");
    case ils::HoldStatus::Expired:
        return Text::tr("expired");
    }
    return qs(toString(status));
}

QString levelText(ils::LibraryLevel level)
{
    switch (level) {
    case ils::LibraryLevel::Province:
        return Text::tr("province");
    case ils::LibraryLevel::Prefecture:
        return Text::tr("prefecture");
    case ils::LibraryLevel::County:
        return Text::tr("county");
    case ils::LibraryLevel::Branch:
        return Text::tr("branch");
    case ils::LibraryLevel::Point:
        return Text::tr("point");
    }
    return qs(toString(level));
}

} // namespace ilsctl
