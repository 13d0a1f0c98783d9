#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ils::demo {

class Random;

enum class RecordKind
{
    Book,
    Periodical, // one issue of a magazine: lent for short, never reserved
    Reference, // dictionaries and yearbooks: read in the library
};

struct GeneratedRecord
{
    std::string title;
    std::string author;
    std::string publisher;
    int year = 2020;
    std::string isbn; // 13 digits, no hyphens; empty for periodicals and some local prints
    std::string clc; // 中图法 class, e.g. I247.5
    std::string callNumber; // 索书号: class / author mark, e.g. I247.5/W235
    RecordKind kind = RecordKind::Book;
};

// Bibliographic records of a county library's collection: mostly fiction, children's books and
// farming manuals (三七, 辣椒, pigs), with real publishers and ISBN prefixes. ISBNs are unique per
// generator: each publisher hands out title numbers without repeats until its block is used up.
class TitleGenerator
{
public:
    explicit TitleGenerator(int currentYear);
    GeneratedRecord next(Random& random);

private:
    std::string isbnFor(std::size_t publisher);
    int m_currentYear;
    std::vector<std::uint64_t> m_issued; // titles numbered so far, per publisher
};

// ISBN-13 check digit of the first 12 digits.
char isbn13CheckDigit(const std::string& first12);

} // namespace ils::demo
