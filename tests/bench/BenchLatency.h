#pragma once

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double microsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// Latencies of one benchmark, one operation timed at a time. The mean hides the slow commits a
// librarian notices, so each row keeps nearest-rank percentiles (the smallest value with at least
// p% of the values at or below it) and the maximum.
class LatencyTable
{
public:
    // Summarises `micros`, stores the percentiles as the benchmark's counters (p50_us, p90_us,
    // p99_us, max_us: they go into the JSON) and keeps the row for print().
    void report(benchmark::State& state, std::string name, std::vector<double> micros);
    // The rows as a table on standard output; `firstColumn` names what was timed.
    void print(const char* firstColumn, int width) const;

private:
    struct Row
    {
        std::string name;
        std::size_t count = 0;
        double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace bench
