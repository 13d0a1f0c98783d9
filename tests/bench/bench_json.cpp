// bench_json: parsing outbox payloads the way the central's apply path does (every pushed
// operation is parsed once), with ils::parseFlatJson and with each candidate library doing the
// same job: a flat object of strings, integers and booleans into a FlatJson, duplicate keys
// refused. The figures chose the library behind parseFlatJson (docs/PERFORMANCE.md).
//   build/tests/bench/bench_json [--benchmark_repetitions=5]
#include "Json.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <simdjson.h>

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using ils::FlatJson;

// What the desks push most (checkout, check-in, renewal, payment), and the largest payload (a new
// item with its record, in Chinese). Written by the same JsonWriter the desks use.
std::vector<std::string> payloads()
{
    using ils::JsonWriter;
    return {
        JsonWriter()
            .add("card", "R3401220000123")
            .add("barcode", "T3401220004567")
            .add("at", "340122-07")
            .add("out_at", std::int64_t(1795459544))
            .add("due", "2026-12-22")
            .add("loan_id", std::int64_t(4821733))
            .str(),
        JsonWriter()
            .add("barcode", "T3401220004567")
            .add("at", "340122-03")
            .add("in_at", std::int64_t(1795459544))
            .add("loan_id", std::int64_t(4821733))
            .add("fine_fen", std::int64_t(150))
            .add("route", "transit")
            .str(),
        JsonWriter()
            .add("card", "R3401220000123")
            .add("barcode", "T3401220004567")
            .add("at", "340122-07")
            .add("renewed_at", std::int64_t(1795459544))
            .add("due", "2027-01-05")
            .add("loan_id", std::int64_t(4821733))
            .str(),
        JsonWriter()
            .add("card", "R3401220000123")
            .add("amount_fen", std::int64_t(350))
            .add("paid_at", std::int64_t(1795459544))
            .add("split", "4821733:150,4821790:200")
            .str(),
        JsonWriter()
            .add("barcode", "T3401220004568")
            .add("library", "340122-07")
            .add("type", "book")
            .add("call_number", "I247.57/1234")
            .add("record_id", std::int64_t(912345))
            .add("title", "平凡的世界：全三册（普及本）\"典藏\"")
            .add("author", "路遥 著")
            .add("publisher", "北京十月文艺出版社")
            .add("year", std::int64_t(2017))
            .add("isbn", "9787530216781")
            .add("clc", "I247.57")
            .str(),
    };
}

template<typename Parse>
void runParser(benchmark::State& state, Parse parse)
{
    const auto texts = payloads();
    std::size_t bytes = 0;
    for (const auto& text : texts) {
        if (!parse(text)) {
            state.SkipWithError("a payload was refused");
            return;
        }
        bytes += text.size();
    }
    for (auto _ : state) {
        for (const auto& text : texts) {
            auto parsed = parse(text);
            benchmark::DoNotOptimize(parsed);
        }
    }
    // Per payload, and bytes for a per-MB view.
    state.SetItemsProcessed(std::int64_t(state.iterations()) * std::int64_t(texts.size()));
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes));
}

// One value into the flat result; false on a duplicate key.
bool put(FlatJson& out, std::string key, std::string value)
{
    return !out.numbers.contains(key) && !out.booleans.contains(key)
        && out.strings.emplace(std::move(key), std::move(value)).second;
}
bool put(FlatJson& out, std::string key, std::int64_t value)
{
    return !out.strings.contains(key) && !out.booleans.contains(key)
        && out.numbers.emplace(std::move(key), value).second;
}
bool put(FlatJson& out, std::string key, bool value)
{
    return !out.strings.contains(key) && !out.numbers.contains(key)
        && out.booleans.emplace(std::move(key), value).second;
}

void parseFlatJson(benchmark::State& state)
{
    runParser(state, [](const std::string& text) { return ils::parseFlatJson(text).value; });
}

// nlohmann-json, the SAX interface: no tree is built.
struct NlohmannSax : nlohmann::json_sax<nlohmann::json>
{
    FlatJson out;
    std::string pendingKey;
    int depth = 0;

    bool null() override { return false; }
    bool boolean(bool v) override { return depth == 1 && put(out, std::move(pendingKey), v); }
    bool number_integer(number_integer_t v) override
    {
        return depth == 1 && put(out, std::move(pendingKey), std::int64_t(v));
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        return depth == 1 && v <= std::uint64_t(INT64_MAX) && put(out, std::move(pendingKey), std::int64_t(v));
    }
    bool number_float(number_float_t, const string_t&) override { return false; }
    bool string(string_t& v) override { return depth == 1 && put(out, std::move(pendingKey), std::move(v)); }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return ++depth == 1; }
    bool key(string_t& v) override
    {
        pendingKey = std::move(v);
        return true;
    }
    bool end_object() override
    {
        --depth;
        return true;
    }
    bool start_array(std::size_t) override { return false; }
    bool end_array() override { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

void nlohmannSax(benchmark::State& state)
{
    runParser(state, [](const std::string& text) -> std::optional<FlatJson> {
        NlohmannSax sax;
        if (!nlohmann::json::sax_parse(text, &sax, nlohmann::json::input_format_t::json, true, true))
            return std::nullopt;
        return std::move(sax.out);
    });
}

// nlohmann-json, a tree first (the usual way to use it); its objects keep the last of two equal
// keys, so this variant cannot refuse duplicates: it shows what the tree costs.
void nlohmannDom(benchmark::State& state)
{
    runParser(state, [](const std::string& text) -> std::optional<FlatJson> {
        const auto tree = nlohmann::json::parse(text, nullptr, false);
        if (!tree.is_object())
            return std::nullopt;
        FlatJson out;
        for (const auto& [key, value] : tree.items()) {
            if (value.is_string())
                put(out, key, value.get<std::string>());
            else if (value.is_number_integer())
                put(out, key, value.get<std::int64_t>());
            else if (value.is_boolean())
                put(out, key, value.get<bool>());
            else
                return std::nullopt;
        }
        return out;
    });
}

// simdjson's DOM parser (it keeps duplicate keys, so put() refuses them); the parser is reused,
// as the apply loop would.
void simdjsonDom(benchmark::State& state)
{
    simdjson::dom::parser parser;
    runParser(state, [&](const std::string& text) -> std::optional<FlatJson> {
        simdjson::dom::object object;
        if (parser.parse(text).get(object))
            return std::nullopt;
        FlatJson out;
        for (auto field : object) {
            std::string key(field.key);
            bool ok = false;
            switch (field.value.type()) {
            case simdjson::dom::element_type::STRING:
                ok = put(out, std::move(key), std::string(std::string_view(field.value)));
                break;
            case simdjson::dom::element_type::INT64:
                ok = put(out, std::move(key), std::int64_t(field.value));
                break;
            case simdjson::dom::element_type::BOOL:
                ok = put(out, std::move(key), bool(field.value));
                break;
            default:
                break;
            }
            if (!ok)
                return std::nullopt;
        }
        return out;
    });
}

// simdjson On-Demand: the fastest reading it offers; it needs padded input (a copy).
void simdjsonOnDemand(benchmark::State& state)
{
    simdjson::ondemand::parser parser;
    runParser(state, [&](const std::string& text) -> std::optional<FlatJson> {
        simdjson::padded_string padded(text);
        simdjson::ondemand::document doc;
        simdjson::ondemand::object object;
        if (parser.iterate(padded).get(doc) || doc.get_object().get(object))
            return std::nullopt;
        FlatJson out;
        for (auto field : object) {
            std::string_view key;
            simdjson::ondemand::value value;
            if (field.unescaped_key().get(key) || field.value().get(value))
                return std::nullopt;
            simdjson::ondemand::json_type type;
            if (value.type().get(type))
                return std::nullopt;
            bool ok = false;
            if (type == simdjson::ondemand::json_type::string) {
                std::string_view s;
                ok = !value.get_string().get(s) && put(out, std::string(key), std::string(s));
            } else if (type == simdjson::ondemand::json_type::number) {
                std::int64_t n = 0;
                ok = !value.get_int64().get(n) && put(out, std::string(key), n);
            } else if (type == simdjson::ondemand::json_type::boolean) {
                bool b = false;
                ok = !value.get_bool().get(b) && put(out, std::string(key), b);
            }
            if (!ok)
                return std::nullopt;
        }
        return out; // simdjson 3.0 has no at_end(): trailing bytes go unnoticed here
    });
}

// RapidJSON's SAX reader.
struct RapidHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RapidHandler>
{
    FlatJson out;
    std::string key;
    int depth = 0;

    bool Default() { return false; }
    bool Bool(bool v) { return depth == 1 && put(out, std::move(key), v); }
    bool Int(int v) { return depth == 1 && put(out, std::move(key), std::int64_t(v)); }
    bool Uint(unsigned v) { return depth == 1 && put(out, std::move(key), std::int64_t(v)); }
    bool Int64(std::int64_t v) { return depth == 1 && put(out, std::move(key), v); }
    bool Uint64(std::uint64_t v)
    {
        return depth == 1 && v <= std::uint64_t(INT64_MAX) && put(out, std::move(key), std::int64_t(v));
    }
    bool String(const char* s, rapidjson::SizeType n, bool)
    {
        return depth == 1 && put(out, std::move(key), std::string(s, n));
    }
    bool StartObject() { return ++depth == 1; }
    bool Key(const char* s, rapidjson::SizeType n, bool)
    {
        key.assign(s, n);
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --depth;
        return true;
    }
};

void rapidjsonSax(benchmark::State& state)
{
    runParser(state, [](const std::string& text) -> std::optional<FlatJson> {
        RapidHandler handler;
        rapidjson::Reader reader;
        rapidjson::StringStream stream(text.c_str());
        if (reader.Parse<rapidjson::kParseFullPrecisionFlag>(stream, handler).IsError())
            return std::nullopt;
        return std::move(handler.out);
    });
}

} // namespace

BENCHMARK(parseFlatJson)->Name("json/ils_parseFlatJson");
BENCHMARK(nlohmannSax)->Name("json/nlohmann_sax");
BENCHMARK(nlohmannDom)->Name("json/nlohmann_dom");
BENCHMARK(simdjsonDom)->Name("json/simdjson_dom");
BENCHMARK(simdjsonOnDemand)->Name("json/simdjson_ondemand");
BENCHMARK(rapidjsonSax)->Name("json/rapidjson_sax");

BENCHMARK_MAIN();
