#pragma once

#include "Catalogue.h"
#include "CodeRange.h"
#include "Library.h"
#include "Loan.h"
#include "Outbox.h"
#include "Reader.h"
#include "Rules.h"
#include "Time.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string_view>

namespace ils {
class LocalStore;
}

namespace ilsctl {

// The --json form of each domain object. Keys are English snake_case and stable: scripts
// depend on them. Money is integer fen, instants UTC ISO 8601, dates YYYY-MM-DD.
QJsonObject toJson(const ils::Library& library);
QJsonObject toJson(const ils::CodeRange& range);
QJsonObject toJson(const ils::Reader& reader, bool revealId);
QJsonObject toJson(const ils::Record& record);
QJsonObject toJson(const ils::Item& item);
QJsonObject toJson(const ils::Loan& loan);
QJsonObject toJson(const ils::Hold& hold);
QJsonObject toJson(const ils::Fee& fee);
QJsonObject toJson(const ils::RuleRow& row);
// The payload is embedded as an object; a resident ID number in it is masked unless revealed.
QJsonObject toJson(const ils::OutboxEntry& entry, bool revealId);

// The resident ID number as shown: masked unless the operator asked to reveal it.
QString shownIdNumber(const ils::Reader& reader, bool reveal);

// Names for people, looked up for display: "Pingyuan branch (532622-02)", "name (card)".
QString libraryLabel(ils::LocalStore& store, std::string_view code);
QString readerLabel(ils::LocalStore& store, std::string_view card);
QString titleOf(ils::LocalStore& store, std::int64_t recordId);
QString named(const QString& name, std::string_view code);

// An instant in the county's local time, for people: "2026-03-02 10:00 (UTC+08:00)".
QString localTime(ils::LocalStore& store, ils::Timestamp at);

// Translated words for states, for the text output.
QString statusText(ils::ItemStatus status);
QString statusText(ils::ReaderStatus status);
QString statusText(ils::HoldStatus status);
QString levelText(ils::LibraryLevel level);

} // namespace ilsctl
