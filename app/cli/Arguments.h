#pragma once

#include "Command.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ilsctl {

// The command line split into words (command words, then positionals) and --options, which
// may appear anywhere. `--name=value` and `--name value` both work; `--` ends the options.
// Problems (an unknown option, a missing value, an option given twice) throw a usage error
// naming the option.
class Arguments
{
public:
    static Arguments parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& known);

    const std::vector<std::string>& words() const { return m_words; }
    bool has(std::string_view option) const { return m_options.find(option) != m_options.end(); }
    std::optional<std::string> value(std::string_view option) const;
    std::vector<std::string> optionNames() const;

    // Looks at the raw command line before it is parsed: the language and the output format
    // must be known to report a parse error itself.
    static bool mentions(const std::vector<std::string>& argv, std::string_view flag);
    static std::optional<std::string> peek(const std::vector<std::string>& argv, std::string_view option);

private:
    std::vector<std::string> m_words;
    std::map<std::string, std::string, std::less<>> m_options;
};

} // namespace ilsctl
