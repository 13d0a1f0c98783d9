#include "Json.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace ils {

JsonWriter& JsonWriter::put(std::string_view key, Value value)
{
    for (const auto& field : m_fields)
        if (field.first == key)
            throw std::logic_error("JSON key \"" + std::string(key) + "\" written twice");
    m_fields.emplace_back(std::string(key), std::move(value));
    return *this;
}

JsonWriter& JsonWriter::add(std::string_view key, std::string_view value)
{
    return put(key, std::string(value));
}

JsonWriter& JsonWriter::add(std::string_view key, std::int64_t value)
{
    return put(key, value);
}

JsonWriter& JsonWriter::add(std::string_view key, bool value)
{
    return put(key, value);
}

std::string JsonWriter::str() const
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    for (const auto& [key, value] : m_fields) {
        writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
        if (const auto* text = std::get_if<std::string>(&value))
            writer.String(text->data(), static_cast<rapidjson::SizeType>(text->size()));
        else if (const auto* number = std::get_if<std::int64_t>(&value))
            writer.Int64(*number);
        else
            writer.Bool(std::get<bool>(value));
    }
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::optional<std::string> FlatJson::text(std::string_view key) const
{
    auto found = strings.find(key);
    return found == strings.end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::optional<std::int64_t> FlatJson::number(std::string_view key) const
{
    auto found = numbers.find(key);
    return found == numbers.end() ? std::nullopt : std::optional<std::int64_t>(found->second);
}

bool FlatJson::has(std::string_view key) const
{
    return strings.contains(key) || numbers.contains(key) || booleans.contains(key);
}

namespace {

// RapidJSON's SAX events straight into a FlatJson (no document tree). Returning false stops the
// parse; `error` then says why, and the reader says where.
struct FlatHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, FlatHandler>
{
    FlatJson out;
    std::string key;
    int depth = 0;
    std::size_t keys = 0;
    std::string error;

    bool refuse(std::string what)
    {
        error = std::move(what);
        return false;
    }
    std::string valueOf() const { return "the value of \"" + key + "\""; }
    bool scalar()
    {
        if (depth != 1)
            return refuse("expected '{'");
        return true;
    }

    bool Default() { return refuse(depth == 0 ? "expected '{'" : valueOf() + " is not a string, integer or boolean"); }
    bool Null() { return depth == 0 ? refuse("expected '{'") : refuse(valueOf() + " is null"); }
    bool Bool(bool v) { return scalar() && (out.booleans.emplace(key, v), true); }
    bool Int(int v) { return Int64(v); }
    bool Uint(unsigned v) { return Int64(v); }
    bool Int64(std::int64_t v) { return scalar() && (out.numbers.emplace(key, v), true); }
    bool Uint64(std::uint64_t v)
    {
        if (v > static_cast<std::uint64_t>(INT64_MAX))
            return scalar() && refuse(valueOf() + " is out of range");
        return Int64(static_cast<std::int64_t>(v));
    }
    bool Double(double) { return scalar() && refuse(valueOf() + " is not an integer (or out of range)"); }
    bool String(const char* s, rapidjson::SizeType n, bool)
    {
        return scalar() && (out.strings.emplace(key, std::string(s, n)), true);
    }
    bool StartObject()
    {
        if (depth++ != 0)
            return refuse(valueOf() + " is a nested object: payloads are flat");
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType n, bool)
    {
        key.assign(s, n);
        if (out.has(key))
            return refuse("duplicate key \"" + key + "\"");
        if (++keys > kMaxFlatJsonKeys)
            return refuse("more than " + std::to_string(kMaxFlatJsonKeys) + " keys");
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --depth;
        return true;
    }
    bool StartArray() { return refuse(depth == 0 ? "expected '{'" : valueOf() + " is an array: payloads are flat"); }
};

std::string at(std::string what, std::size_t offset)
{
    return what + " at byte " + std::to_string(offset);
}

} // namespace

FlatJsonResult parseFlatJson(std::string_view text)
{
    if (text.size() > kMaxFlatJsonBytes)
        return {std::nullopt,
                at("payload longer than " + std::to_string(kMaxFlatJsonBytes) + " bytes", kMaxFlatJsonBytes)};
    // The reader recurses per nesting level, and the handler stops it at the first nested value.
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag;
    FlatHandler handler;
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    if (result.IsError()) {
        std::string what = handler.error;
        if (result.Code() != rapidjson::kParseErrorTermination || what.empty()) {
            // "Missing a colon after a name of object member." → "missing a colon … member"
            what = rapidjson::GetParseError_En(result.Code());
            if (!what.empty() && what.back() == '.')
                what.pop_back();
            if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z')
                what[0] = static_cast<char>(what[0] - 'A' + 'a');
        }
        return {std::nullopt, at(what, result.Offset())};
    }
    // The reader takes a NUL byte for the end of the text.
    if (stream.Tell() != text.size())
        return {std::nullopt, at("trailing characters", stream.Tell())};
    return {std::move(handler.out), {}};
}

} // namespace ils
