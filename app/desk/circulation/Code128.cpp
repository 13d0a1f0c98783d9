#include "Code128.h"

#include <zint.h>

#include <algorithm>
#include <cmath>
#include <memory>

Code128::Symbol Code128::encode(std::string_view text)
{
    if (text.empty() || std::any_of(text.begin(), text.end(), [](char c) { return c < 32 || c > 126; }))
        return {};
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return {};
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0; // the label prints the number itself, in its own font
    if (ZBarcode_Encode(
            symbol.get(), reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()))
            >= ZINT_ERROR
        || ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector || symbol->width <= 0)
        return {};
    // zint's vector output is in its own units (a module is vector width / symbol width).
    const double unit = symbol->vector->width / symbol->width;
    Symbol out;
    out.modules = symbol->width;
    for (const zint_vector_rect* rect = symbol->vector->rectangles; rect; rect = rect->next)
        out.bars.push_back({rect->x / unit, rect->width / unit});
    std::sort(out.bars.begin(), out.bars.end(), [](const Bar& a, const Bar& b) { return a.left < b.left; });
    return out;
}

std::vector<int> Code128::modules(std::string_view text)
{
    const Symbol symbol = encode(text);
    std::vector<int> out;
    double x = 0;
    for (const Bar& bar : symbol.bars) {
        if (bar.left > x)
            out.push_back(static_cast<int>(std::lround(bar.left - x))); // the space before it
        out.push_back(static_cast<int>(std::lround(bar.width)));
        x = bar.left + bar.width;
    }
    return out;
}
