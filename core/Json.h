#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ils {

// Outbox payloads are flat JSON objects of strings and integers: easy to read in
// `ilsctl outbox`, and all the apply side needs. RapidJSON writes and reads them (Json.cpp).
class JsonWriter
{
public:
    JsonWriter& add(std::string_view key, std::string_view value);
    JsonWriter& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
    JsonWriter& add(std::string_view key, const std::string& value) { return add(key, std::string_view(value)); }
    JsonWriter& add(std::string_view key, std::int64_t value);
    JsonWriter& add(std::string_view key, int value) { return add(key, static_cast<std::int64_t>(value)); }
    JsonWriter& add(std::string_view key, bool value);
    std::string str() const;

private:
    using Value = std::variant<std::string, std::int64_t, bool>;
    // Throws std::logic_error on a key added twice: the central would refuse the payload.
    JsonWriter& put(std::string_view key, Value value);
    std::vector<std::pair<std::string, Value>> m_fields;
};

// What parseFlatJson accepts, so that a hostile or broken payload costs little: no nesting (a
// payload is one object of scalars), at most this many bytes and keys.
inline constexpr std::size_t kMaxFlatJsonBytes = 1024 * 1024;
inline constexpr std::size_t kMaxFlatJsonKeys = 1000;

// Parses what JsonWriter writes (a flat object). Refuses a key given twice, a nested object or
// array, null, a fraction or an integer outside int64, text that is not UTF-8. Errors name the
// byte offset.
struct FlatJson
{
    std::map<std::string, std::string, std::less<>> strings;
    std::map<std::string, std::int64_t, std::less<>> numbers;
    std::map<std::string, bool, std::less<>> booleans;

    std::optional<std::string> text(std::string_view key) const;
    std::optional<std::int64_t> number(std::string_view key) const;
    bool has(std::string_view key) const;
};

struct FlatJsonResult
{
    std::optional<FlatJson> value;
    std::string error;
};

FlatJsonResult parseFlatJson(std::string_view text);

} // namespace ils
