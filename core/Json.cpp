#include "Json.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/writer.h>

#include <algorithm>
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

namespace {

// A std::string as RapidJSON's output stream.
struct StringOutput
{
    using Ch = char;
    std::string& text;
    void Put(char c) { text.push_back(c); }
    void Flush() { }
};

} // namespace

std::string JsonWriter::str() const
{
    // RapidJSON writes each key and value (quoting, escaping, numbers) as a document of its own;
    // the braces, colons and commas of the flat object are written here. Its writer keeps the
    // nesting on a stack whose first use is undefined behaviour in RapidJSON 1.1 (the version
    // Debian 12 ships; fixed upstream since), and a flat object needs no nesting.
    std::string out = "{";
    StringOutput stream {out};
    rapidjson::Writer<StringOutput> writer(stream);
    for (const auto& [key, value] : m_fields) {
        if (out.size() > 1)
            out += ',';
        writer.Reset(stream);
        writer.String(key.data(), static_cast<rapidjson::SizeType>(key.size()));
        out += ':';
        writer.Reset(stream);
        if (const auto* text = std::get_if<std::string>(&value))
            writer.String(text->data(), static_cast<rapidjson::SizeType>(text->size()));
        else if (const auto* number = std::get_if<std::int64_t>(&value))
            writer.Int64(*number);
        else
            writer.Bool(std::get<bool>(value));
    }
    return out + "}";
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
    bool Bool(bool v) { return scalar() && (out.booleans.emplace(std::move(key), v), true); }
    bool Int(int v) { return Int64(v); }
    bool Uint(unsigned v) { return Int64(v); }
    bool Int64(std::int64_t v) { return scalar() && (out.numbers.emplace(std::move(key), v), true); }
    bool Uint64(std::uint64_t v)
    {
        if (v > static_cast<std::uint64_t>(INT64_MAX))
            return scalar() && refuse(valueOf() + " is out of range");
        return Int64(static_cast<std::int64_t>(v));
    }
    bool Double(double) { return scalar() && refuse(valueOf() + " is not an integer (or out of range)"); }
    bool String(const char* s, rapidjson::SizeType n, bool)
    {
        if (!scalar())
            return false;
        if (hasSurrogate(s, n))
            return refuse(valueOf() + " holds a lone \\u surrogate");
        out.strings.emplace(std::move(key), std::string(s, n));
        return true;
    }
    // RapidJSON 1.1 decodes a lone low surrogate escape (\uDC00-\uDFFF) into bytes that are not
    // UTF-8 (ED B0-BF ..): refused here like the lone high one it refuses itself.
    static bool hasSurrogate(const char* s, rapidjson::SizeType n)
    {
        const auto* bytes = reinterpret_cast<const unsigned char*>(s);
        for (rapidjson::SizeType i = 0; i + 1 < n; ++i)
            if (bytes[i] == 0xED && bytes[i + 1] >= 0xA0)
                return true;
        return false;
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
        if (hasSurrogate(s, n))
            return refuse("a key holds a lone \\u surrogate");
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
    // In situ: strings are decoded inside a copy of the text, so the reader never touches its own
    // stack, whose first use in RapidJSON 1.1 is undefined behaviour (offset added to null).
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag;
    // NUL-terminated, as the in situ stream wants, and padded: RapidJSON 1.1 checks a UTF-8
    // sequence only after taking all its bytes, so one cut short at the end reads 3 bytes on.
    std::string buffer(text);
    buffer.append(4, '\0');
    FlatHandler handler;
    rapidjson::InsituStringStream stream(buffer.data());
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
