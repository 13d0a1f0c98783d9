#include "Code128.h"

#include <algorithm>

namespace {

// Widths of bar, space, bar, space, bar, space for the values 0-105, then the stop symbol
// with its final bar (ISO/IEC 15417, table 1).
constexpr const char* patterns[] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312",  "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211",  "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",  "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113",  "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113",  "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",  "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112",  "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112",  "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",  "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::vector<int> Code128::values(std::string_view text)
{
    if (text.empty() || std::any_of(text.begin(), text.end(), [](char c) { return c < 32 || c > 126; }))
        return {};
    std::vector<int> out;
    const bool digits = text.size() >= 2 && std::all_of(text.begin(), text.end(), isDigit);
    if (digits) {
        out.push_back(startC);
        std::size_t i = 0;
        for (; i + 1 < text.size(); i += 2)
            out.push_back((text[i] - '0') * 10 + (text[i + 1] - '0'));
        if (i < text.size()) { // an odd digit left over goes in code set B
            out.push_back(codeB);
            out.push_back(text[i] - 32);
        }
    } else {
        out.push_back(startB);
        for (char c : text)
            out.push_back(c - 32);
    }
    int check = out.front();
    for (std::size_t i = 1; i < out.size(); ++i)
        check += out[i] * static_cast<int>(i);
    out.push_back(check % 103);
    out.push_back(stop);
    return out;
}

std::vector<int> Code128::modules(std::string_view text)
{
    std::vector<int> out;
    for (int value : values(text))
        for (const char* width = patterns[value]; *width; ++width)
            out.push_back(*width - '0');
    return out;
}
