// tag decode / encode: RFID tag data per ISO 28560-2 and ISO 28560-3, for checking what a tag
// holds (paste the hex a reader shows) and for preparing one. The codecs live in ils_devices.
#include "CliError.h"
#include "Command.h"
#include "Context.h"
#include "Tr.h"

#include "tagdata/TagData.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace ilsctl {

namespace {

using ils::devices::TagData;
using ils::devices::TagModel;
using ils::devices::TagProblem;
using Bytes = std::vector<std::uint8_t>;

CliError badInput(const char* code, const QString& message, QJsonObject extra = {})
{
    return CliError(BadInput, QString::fromLatin1(code), message, std::move(extra));
}

// Hex digits, with or without spaces between them.
Bytes parseHex(const std::string& text)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c))
            continue;
        if (!std::isxdigit(c))
            throw badInput("bad_hex",
                           Text::tr("HEX: '%1' at character %2 is not a hexadecimal digit")
                               .arg(QChar::fromLatin1(static_cast<char>(c)))
                               .arg(i + 1));
        digits += static_cast<char>(c);
    }
    if (digits.empty())
        throw badInput("bad_hex", Text::tr("HEX: no hexadecimal digits"));
    if (digits.size() % 2 != 0)
        throw badInput("bad_hex", Text::tr("HEX: an odd number of hexadecimal digits (%1)").arg(digits.size()));
    Bytes bytes;
    for (std::size_t i = 0; i < digits.size(); i += 2)
        bytes.push_back(static_cast<std::uint8_t>(std::stoi(digits.substr(i, 2), nullptr, 16)));
    return bytes;
}

QString toHex(const Bytes& bytes)
{
    QStringList parts;
    for (auto b : bytes)
        parts << QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

std::optional<TagModel> parseModel(Context& ctx)
{
    const auto text = ctx.option("--model");
    if (!text)
        return std::nullopt;
    if (*text == "2")
        return TagModel::Iso28560_2;
    if (*text == "3")
        return TagModel::Iso28560_3;
    throw usageError(Text::tr("--model: '%1' is not valid (expected 2 or 3)").arg(qs(*text)));
}

QString modelName(TagModel model)
{
    return model == TagModel::Iso28560_2 ? QStringLiteral("ISO 28560-2") : QStringLiteral("ISO 28560-3");
}

QString problemText(TagProblem problem)
{
    switch (problem) {
    case TagProblem::Blank:
        return Text::tr("blank tag");
    case TagProblem::Truncated:
        return Text::tr("the data ends too early");
    case TagProblem::BadLength:
        return Text::tr("a length that cannot be right");
    case TagProblem::BadCrc:
        return Text::tr("the checksum does not match");
    case TagProblem::UnknownModel:
        return Text::tr("not library tag data of ISO 28560-2 or ISO 28560-3");
    case TagProblem::BadValue:
        return Text::tr("a data element breaks its rules");
    case TagProblem::Unsupported:
        return Text::tr("a form this program does not read");
    }
    return {};
}

const char* problemCode(TagProblem problem)
{
    switch (problem) {
    case TagProblem::Blank:
        return "blank";
    case TagProblem::Truncated:
        return "truncated";
    case TagProblem::BadLength:
        return "bad_length";
    case TagProblem::BadCrc:
        return "bad_crc";
    case TagProblem::UnknownModel:
        return "unknown_model";
    case TagProblem::BadValue:
        return "bad_value";
    case TagProblem::Unsupported:
        return "unsupported";
    }
    return "";
}

// ISO 28560-1's main types of usage (the high digit); the low digit qualifies.
QString usageText(std::uint8_t usage)
{
    switch (usage >> 4) {
    case 0x0:
        return Text::tr("acquisition item");
    case 0x1:
        return Text::tr("item for circulation");
    case 0x2:
        return Text::tr("item not for circulation");
    case 0x7:
        return Text::tr("discarded item");
    case 0x8:
        return Text::tr("patron card");
    case 0x9:
        return Text::tr("library equipment");
    default:
        return Text::tr("other or local use");
    }
}

std::uint8_t parseUsage(const std::string& text)
{
    static const std::vector<std::pair<std::string, std::uint8_t>> names {
        {"acquisition", 0x00},
        {"circulating", 0x10},
        {"not-circulating", 0x20},
        {"discarded", 0x70},
        {"patron-card", 0x80},
        {"equipment", 0x90},
    };
    for (const auto& [name, code] : names) {
        if (text == name)
            return code;
    }
    std::string hex = text.rfind("0x", 0) == 0 ? text.substr(2) : text;
    if (hex.size() == 2 && std::isxdigit(static_cast<unsigned char>(hex[0]))
        && std::isxdigit(static_cast<unsigned char>(hex[1])))
        return static_cast<std::uint8_t>(std::stoi(hex, nullptr, 16));
    throw usageError(Text::tr("--usage: '%1' is not valid (expected circulating, not-circulating, acquisition, "
                              "discarded, patron-card, equipment or two hexadecimal digits such as 12)")
                         .arg(qs(text)));
}

int parseCount(Context& ctx, const char* option)
{
    const std::string text = ctx.required(option);
    const bool digits = !text.empty() && text.size() <= 4
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(text) < 1)
        throw usageError(Text::tr("%1: '%2' is not a whole number from 1 to 9999").arg(qs(option), qs(text)));
    return std::stoi(text);
}

// ISO 28560-1's names of the elements ISO 28560-2 numbers 6 to 26.
QString elementName(int oid)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ilsctl", "shelf location"),
        QT_TRANSLATE_NOOP("ilsctl", "ONIX media format"),
        QT_TRANSLATE_NOOP("ilsctl", "MARC media format"),
        QT_TRANSLATE_NOOP("ilsctl", "supplier identifier"),
        QT_TRANSLATE_NOOP("ilsctl", "order number"),
        QT_TRANSLATE_NOOP("ilsctl", "ILL borrowing institution"),
        QT_TRANSLATE_NOOP("ilsctl", "ILL borrowing transaction number"),
        QT_TRANSLATE_NOOP("ilsctl", "GS1 product identifier"),
        QT_TRANSLATE_NOOP("ilsctl", "alternative unique item identifier"),
        QT_TRANSLATE_NOOP("ilsctl", "local data A"),
        QT_TRANSLATE_NOOP("ilsctl", "local data B"),
        QT_TRANSLATE_NOOP("ilsctl", "title"),
        QT_TRANSLATE_NOOP("ilsctl", "local product identifier"),
        QT_TRANSLATE_NOOP("ilsctl", "media format (other)"),
        QT_TRANSLATE_NOOP("ilsctl", "supply chain stage"),
        QT_TRANSLATE_NOOP("ilsctl", "supplier invoice number"),
        QT_TRANSLATE_NOOP("ilsctl", "alternative item identifier"),
        QT_TRANSLATE_NOOP("ilsctl", "alternative owner institution"),
        QT_TRANSLATE_NOOP("ilsctl", "subsidiary of the owner institution"),
        QT_TRANSLATE_NOOP("ilsctl", "alternative ILL borrowing institution"),
        QT_TRANSLATE_NOOP("ilsctl", "local data C"),
    };
    constexpr int first = 6;
    if (oid >= first && oid < first + static_cast<int>(std::size(names)))
        return translated(names[oid - first]);
    if (oid >= ils::devices::kPart3BlockOid)
        return Text::tr("extension block %1").arg(oid - ils::devices::kPart3BlockOid);
    return Text::tr("element %1").arg(oid);
}

QString elementText(const ils::devices::TagElement& e)
{
    if (!e.raw)
        return qs(e.value);
    return toHex(Bytes(e.value.begin(), e.value.end()));
}

int runTagDecode(Context& ctx)
{
    const Bytes bytes = parseHex(ctx.positionalsFrom(0));
    const auto forced = parseModel(ctx);
    const auto decoded = ils::devices::decodeTag(bytes, forced);
    if (!decoded) {
        const auto error = ils::devices::tagDecodeError(bytes, forced);
        const TagProblem problem = error ? error->problem : TagProblem::BadValue;
        const qsizetype offset = error ? static_cast<qsizetype>(error->offset) : 0;
        const QString detail = error ? qs(error->what) : qs(decoded.error().message);
        const QString message = problem == TagProblem::Blank
            ? Text::tr("The tag is blank: nothing has been written to it.")
            : Text::tr("The tag cannot be read at byte %1: %2 (%3).").arg(offset).arg(problemText(problem), detail);
        throw badInput("bad_tag",
                       message,
                       {{"problem", QString::fromLatin1(problemCode(problem))},
                        {"offset", static_cast<double>(offset)},
                        {"detail", detail}});
    }
    const TagData& tag = decoded.value();
    // Detection takes ISO 28560-3 exactly when its checksum fits, so a forced part 3 reads it too.
    const TagModel model = forced.value_or(ils::devices::decodeTag(bytes, TagModel::Iso28560_3) ? TagModel::Iso28560_3
                                                                                                : TagModel::Iso28560_2);
    QJsonObject json {{"model", modelName(model)}, {"primary_item_id", qs(tag.primaryItemId)}};
    QStringList lines {Text::tr("Model: %1").arg(modelName(model)),
                       Text::tr("Primary item identifier: %1").arg(qs(tag.primaryItemId))};
    if (!tag.ownerLibrary.empty()) {
        json["owner_library"] = qs(tag.ownerLibrary);
        lines << Text::tr("Owner library (ISIL): %1").arg(qs(tag.ownerLibrary));
    }
    if (tag.set) {
        json["set"] = QJsonObject {{"part", tag.set->part}, {"total", tag.set->total}};
        lines << Text::tr("Set: part %1 of %2").arg(tag.set->part).arg(tag.set->total);
    }
    if (tag.typeOfUsage) {
        const QString code = QStringLiteral("%1").arg(*tag.typeOfUsage, 2, 16, QLatin1Char('0'));
        json["type_of_usage"] = code;
        lines << Text::tr("Type of usage: %1 (%2)").arg(code, usageText(*tag.typeOfUsage));
    }
    QJsonArray elements;
    for (const auto& e : tag.otherElements) {
        elements.append(QJsonObject {{"oid", e.oid}, {"value", elementText(e)}, {"raw", e.raw}});
        lines << Text::tr("%1: %2").arg(elementName(e.oid), elementText(e));
    }
    json["elements"] = elements;
    ctx.out().result({{"tag", json}}, lines);
    return Success;
}

int runTagEncode(Context& ctx)
{
    const auto model = parseModel(ctx);
    if (!model)
        throw usageError(Text::tr("--model is required: 2 or 3"));
    TagData tag;
    tag.primaryItemId = ctx.required("--pii");
    tag.ownerLibrary = ctx.required("--isil");
    if (ctx.flag("--parts") || ctx.flag("--part")) {
        const int total = parseCount(ctx, "--parts");
        const int part = parseCount(ctx, "--part");
        if (part > total)
            throw usageError(Text::tr("--part %1 is more than --parts %2").arg(part).arg(total));
        tag.set = ils::devices::TagSet {part, total};
    }
    if (const auto usage = ctx.option("--usage"))
        tag.typeOfUsage = parseUsage(*usage);
    const auto encoded = ils::devices::encodeTag(tag, *model);
    if (!encoded)
        throw badInput("does_not_fit",
                       Text::tr("The data does not fit %1: %2.").arg(modelName(*model), qs(encoded.error().message)));
    const QString hex = toHex(encoded.value());
    ctx.out().result(
        {{"model", modelName(*model)}, {"hex", hex}, {"bytes", static_cast<double>(encoded.value().size())}}, {hex});
    return Success;
}

} // namespace

CommandList tagCommands()
{
    return {
        {{"tag", "decode"},
         {"HEX..."},
         {{"--model", "2|3", QT_TRANSLATE_NOOP("ilsctl", "read as ISO 28560-2 or -3 (default: detect)")}},
         QT_TRANSLATE_NOOP("ilsctl", "Show what an RFID tag's memory holds (hex, spaces allowed)"),
         runTagDecode},
        {{"tag", "encode"},
         {},
         {{"--model", "2|3", QT_TRANSLATE_NOOP("ilsctl", "ISO 28560-2 or ISO 28560-3"), true},
          {"--pii", "ID", QT_TRANSLATE_NOOP("ilsctl", "the primary item identifier (the item's barcode)"), true},
          {"--isil", "ISIL", QT_TRANSLATE_NOOP("ilsctl", "the owner library's ISIL, e.g. CN-530000-1"), true},
          {"--parts", "N", QT_TRANSLATE_NOOP("ilsctl", "the number of parts in the set (with --part)")},
          {"--part", "K", QT_TRANSLATE_NOOP("ilsctl", "which part this tag is on (with --parts)")},
          {"--usage",
           "USAGE",
           QT_TRANSLATE_NOOP("ilsctl",
                             "type of usage: circulating, not-circulating, acquisition, discarded, "
                             "patron-card, equipment or two hex digits")}},
         QT_TRANSLATE_NOOP("ilsctl", "Print the tag memory (hex) for an item"),
         runTagEncode},
    };
}

} // namespace ilsctl
