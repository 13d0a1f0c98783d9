#include "Json.h"

#include <cstdio>

namespace ils {

std::string jsonQuote(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

void JsonWriter::key(std::string_view name)
{
    if (!m_body.empty())
        m_body += ",";
    m_body += jsonQuote(name);
    m_body += ":";
}

JsonWriter& JsonWriter::add(std::string_view name, std::string_view value)
{
    key(name);
    m_body += jsonQuote(value);
    return *this;
}

JsonWriter& JsonWriter::add(std::string_view name, std::int64_t value)
{
    key(name);
    m_body += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::add(std::string_view name, bool value)
{
    key(name);
    m_body += value ? "true" : "false";
    return *this;
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

namespace {

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {
    }

    FlatJsonResult run()
    {
        FlatJson out;
        skipSpace();
        if (!expect('{'))
            return fail("expected '{'");
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return finish(std::move(out));
        }
        for (;;) {
            skipSpace();
            std::string name;
            if (!readString(name))
                return fail(m_error.empty() ? "expected a quoted key" : m_error);
            skipSpace();
            if (!expect(':'))
                return fail("expected ':' after key");
            skipSpace();
            const char c = peek();
            if (c == '"') {
                std::string value;
                if (!readString(value))
                    return fail(m_error);
                out.strings[name] = std::move(value);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                std::int64_t value = 0;
                if (!readInteger(value))
                    return fail("bad integer");
                out.numbers[name] = value;
            } else if (m_text.substr(m_pos, 4) == "true") {
                m_pos += 4;
                out.booleans[name] = true;
            } else if (m_text.substr(m_pos, 5) == "false") {
                m_pos += 5;
                out.booleans[name] = false;
            } else {
                return fail("expected a string, an integer or a boolean");
            }
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (!expect('}'))
                return fail("expected ',' or '}'");
            return finish(std::move(out));
        }
    }

private:
    FlatJsonResult finish(FlatJson out)
    {
        skipSpace();
        if (m_pos != m_text.size())
            return fail("trailing characters");
        return {std::move(out), {}};
    }
    FlatJsonResult fail(const std::string& what) const
    {
        return {std::nullopt, what + " at byte " + std::to_string(m_pos)};
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool expect(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    static void appendUtf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    bool readString(std::string& out)
    {
        if (!expect('"')) {
            m_error = "expected '\"'";
            return false;
        }
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                unsigned cp = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = m_pos < m_text.size() ? hexValue(m_text[m_pos]) : -1;
                    if (h < 0) {
                        m_error = "bad \\u escape";
                        return false;
                    }
                    cp = cp * 16 + static_cast<unsigned>(h);
                    ++m_pos;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                m_error = "bad escape";
                return false;
            }
        }
        m_error = "unterminated string";
        return false;
    }
    bool readInteger(std::int64_t& out)
    {
        bool negative = expect('-');
        std::size_t digits = 0;
        std::uint64_t value = 0;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            value = value * 10 + static_cast<std::uint64_t>(m_text[m_pos++] - '0');
            if (++digits > 18)
                return false;
        }
        if (digits == 0)
            return false;
        out = negative ? -static_cast<std::int64_t>(value) : static_cast<std::int64_t>(value);
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

} // namespace

FlatJsonResult parseFlatJson(std::string_view text)
{
    return Parser(text).run();
}

} // namespace ils
