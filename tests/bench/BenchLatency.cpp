#include "BenchLatency.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bench {

namespace {

double percentile(const std::vector<double>& sorted, double p)
{
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

void LatencyTable::report(benchmark::State& state, std::string name, std::vector<double> micros)
{
    if (micros.empty())
        return;
    std::sort(micros.begin(), micros.end());
    Row row {std::move(name), micros.size()};
    row.p50 = percentile(micros, 50);
    row.p90 = percentile(micros, 90);
    row.p99 = percentile(micros, 99);
    row.max = micros.back();
    for (double us : micros)
        row.mean += us / static_cast<double>(micros.size());
    state.counters["p50_us"] = row.p50;
    state.counters["p90_us"] = row.p90;
    state.counters["p99_us"] = row.p99;
    state.counters["max_us"] = row.max;
    m_rows.push_back(row);
}

void LatencyTable::print(const char* firstColumn, int width) const
{
    std::printf("\n%-*s %7s %9s %9s %9s %9s %9s   (microseconds)\n",
                width,
                firstColumn,
                "n",
                "mean",
                "p50",
                "p90",
                "p99",
                "max");
    for (const auto& row : m_rows)
        std::printf("%-*s %7zu %9.0f %9.0f %9.0f %9.0f %9.0f\n",
                    width,
                    row.name.c_str(),
                    row.count,
                    row.mean,
                    row.p50,
                    row.p90,
                    row.p99,
                    row.max);
}

} // namespace bench
