#include "Arguments.h"

#include "CliError.h"
#include "Tr.h"

namespace ilsctl {

namespace {

const OptionSpec* findSpec(const std::vector<OptionSpec>& known, std::string_view name)
{
    for (const auto& spec : known)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

bool isOption(const std::string& token)
{
    return token == "-h" || (token.size() > 2 && token.starts_with("--"));
}

} // namespace

Arguments Arguments::parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& known)
{
    Arguments out;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& token = argv[i];
        if (token == "--" && !optionsEnded) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !isOption(token)) {
            out.m_words.push_back(token);
            continue;
        }
        std::string name = token == "-h" ? "--help" : token;
        std::optional<std::string> value;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name.resize(equals);
        }
        const OptionSpec* spec = findSpec(known, name);
        if (!spec)
            throw usageError(Text::tr("unknown option %1").arg(qs(name)));
        if (out.has(name))
            throw usageError(Text::tr("option %1 is given more than once").arg(qs(name)));
        if (!spec->valueName) {
            if (value)
                throw usageError(Text::tr("option %1 takes no value").arg(qs(name)));
            out.m_options.emplace(name, std::string());
            continue;
        }
        // A following option is not a value: `--reason --json` means the reason was forgotten.
        if (!value && (i + 1 >= argv.size() || isOption(argv[i + 1])))
            throw usageError(Text::tr("option %1 needs a value (%2)").arg(qs(name), qs(spec->valueName)));
        out.m_options.emplace(name, value ? *value : argv[++i]);
    }
    return out;
}

std::optional<std::string> Arguments::value(std::string_view option) const
{
    const auto found = m_options.find(option);
    if (found == m_options.end())
        return std::nullopt;
    return found->second;
}

std::vector<std::string> Arguments::optionNames() const
{
    std::vector<std::string> names;
    for (const auto& [name, value] : m_options)
        names.push_back(name);
    return names;
}

bool Arguments::mentions(const std::vector<std::string>& argv, std::string_view flag)
{
    for (const auto& token : argv) {
        if (token == "--")
            return false;
        if (token == flag)
            return true;
    }
    return false;
}

std::optional<std::string> Arguments::peek(const std::vector<std::string>& argv, std::string_view option)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& token = argv[i];
        if (token == "--")
            break;
        if (token == option && i + 1 < argv.size())
            return argv[i + 1];
        if (token.size() > option.size() && token.starts_with(option) && token[option.size()] == '=')
            return token.substr(option.size() + 1);
    }
    return std::nullopt;
}

} // namespace ilsctl
