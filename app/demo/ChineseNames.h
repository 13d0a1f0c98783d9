#pragma once

#include <string>

namespace ils::demo {

class Random;

// Which naming fashion a given name follows: 建国 and 秀英 for the old, 子轩 and 梓涵 for the young.
enum class Generation
{
    Child,
    Adult,
    Senior,
};

struct PersonName
{
    std::string name;
    bool male = true;
    char initial = 'W'; // pinyin initial of the surname, for author marks in call numbers
};

// A surname drawn by its frequency (Yunnan weighting) and a given name of the generation.
PersonName personName(Random& random, Generation generation);

// A translated foreign author, e.g. "[美] 詹姆斯·米勒"; `country` is 美, 英, 日, 俄 or 法.
PersonName foreignAuthor(Random& random, const char* country);

} // namespace ils::demo
