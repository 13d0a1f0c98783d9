#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ils {

// Outbox payloads are flat JSON objects of strings and integers: easy to read in
// `ilsctl outbox`, and all the apply side needs.
class JsonWriter
{
public:
    JsonWriter& add(std::string_view key, std::string_view value);
    JsonWriter& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
    JsonWriter& add(std::string_view key, const std::string& value) { return add(key, std::string_view(value)); }
    JsonWriter& add(std::string_view key, std::int64_t value);
    JsonWriter& add(std::string_view key, int value) { return add(key, static_cast<std::int64_t>(value)); }
    JsonWriter& add(std::string_view key, bool value);
    std::string str() const { return m_body.empty() ? "{}" : "{" + m_body + "}"; }

private:
    void key(std::string_view key);
    std::string m_body;
};

std::string jsonQuote(std::string_view text);

// Parses what JsonWriter writes (a flat object). Errors name the byte offset.
struct FlatJson
{
    std::map<std::string, std::string, std::less<>> strings;
    std::map<std::string, std::int64_t, std::less<>> numbers;
    std::map<std::string, bool, std::less<>> booleans;

    std::optional<std::string> text(std::string_view key) const;
    std::optional<std::int64_t> number(std::string_view key) const;
};

struct FlatJsonResult
{
    std::optional<FlatJson> value;
    std::string error;
};

FlatJsonResult parseFlatJson(std::string_view text);

} // namespace ils
