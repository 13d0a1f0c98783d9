#include "ChineseNames.h"

#include "DemoRandom.h"

#include <array>
#include <string_view>

namespace ils::demo {

namespace {

struct Surname
{
    std::string_view text;
    char initial;
    int weight; // roughly per ten thousand people; 杨, 李 and the Miao and Zhuang names of 文山 weigh more
};

constexpr std::array<Surname, 104> surnames {{
    {"李", 'L', 900}, {"王", 'W', 760}, {"张", 'Z', 680}, {"杨", 'Y', 560}, {"刘", 'L', 480}, {"陈", 'C', 420},
    {"赵", 'Z', 200}, {"黄", 'H', 200}, {"周", 'Z', 160}, {"吴", 'W', 160}, {"徐", 'X', 140}, {"孙", 'S', 130},
    {"马", 'M', 150}, {"朱", 'Z', 120}, {"胡", 'H', 120}, {"郭", 'G', 100}, {"何", 'H', 110}, {"高", 'G', 100},
    {"林", 'L', 90},  {"罗", 'L', 130}, {"郑", 'Z', 80},  {"梁", 'L', 80},  {"谢", 'X', 80},  {"宋", 'S', 70},
    {"唐", 'T', 70},  {"许", 'X', 60},  {"韩", 'H', 60},  {"冯", 'F', 60},  {"邓", 'D', 70},  {"曹", 'C', 60},
    {"彭", 'P', 50},  {"曾", 'Z', 50},  {"肖", 'X', 50},  {"田", 'T', 60},  {"董", 'D', 50},  {"袁", 'Y', 40},
    {"潘", 'P', 40},  {"于", 'Y', 40},  {"蒋", 'J', 40},  {"蔡", 'C', 40},  {"余", 'Y', 40},  {"杜", 'D', 40},
    {"叶", 'Y', 40},  {"程", 'C', 30},  {"苏", 'S', 30},  {"魏", 'W', 30},  {"吕", 'L', 30},  {"丁", 'D', 30},
    {"任", 'R', 30},  {"沈", 'S', 30},  {"姚", 'Y', 30},  {"卢", 'L', 40},  {"姜", 'J', 30},  {"崔", 'C', 20},
    {"钟", 'Z', 20},  {"谭", 'T', 20},  {"陆", 'L', 40},  {"汪", 'W', 20},  {"范", 'F', 20},  {"金", 'J', 20},
    {"石", 'S', 40},  {"廖", 'L', 20},  {"贾", 'J', 20},  {"夏", 'X', 20},  {"韦", 'W', 40},  {"付", 'F', 20},
    {"方", 'F', 20},  {"白", 'B', 30},  {"邹", 'Z', 20},  {"孟", 'M', 20},  {"熊", 'X', 60},  {"秦", 'Q', 20},
    {"邱", 'Q', 20},  {"江", 'J', 20},  {"尹", 'Y', 20},  {"薛", 'X', 10},  {"闫", 'Y', 10},  {"段", 'D', 30},
    {"雷", 'L', 20},  {"侯", 'H', 40},  {"龙", 'L', 40},  {"史", 'S', 10},  {"陶", 'T', 50},  {"黎", 'L', 10},
    {"贺", 'H', 10},  {"顾", 'G', 10},  {"毛", 'M', 10},  {"郝", 'H', 10},  {"龚", 'G', 10},  {"邵", 'S', 10},
    {"万", 'W', 10},  {"钱", 'Q', 10},  {"严", 'Y', 10},  {"覃", 'Q', 10},  {"武", 'W', 10},  {"戴", 'D', 10},
    {"莫", 'M', 10},  {"孔", 'K', 10},  {"向", 'X', 10},  {"汤", 'T', 10},  {"项", 'X', 40},  {"农", 'N', 30},
    {"普", 'P', 20},  {"沙", 'S', 20},
}};

// Given-name characters by generation and sex; a given name is one or two of them.
constexpr std::array<std::string_view, 40> maleChars {"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚",
                                                      "平", "辉", "鹏", "华", "飞", "鑫", "波", "斌", "宇", "浩",
                                                      "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "阳", "成",
                                                      "志", "文", "海", "云", "东", "亮", "晨", "兴", "荣", "江"};
constexpr std::array<std::string_view, 40> femaleChars {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲",
                                                        "燕", "婷", "雪", "琳", "梅", "慧", "莉", "倩", "颖", "欣",
                                                        "怡", "佳", "丹", "萍", "雨", "晴", "梦", "琴", "瑶", "彤",
                                                        "月", "兰", "英", "凤", "红", "芬", "琼", "蓉", "春", "美"};
constexpr std::array<std::string_view, 16> oldMaleFirst {
    "建", "国", "德", "志", "永", "学", "光", "文", "明", "正", "家", "开", "绍", "发", "金", "有"};
constexpr std::array<std::string_view, 14> oldMaleSecond {
    "华", "明", "生", "林", "成", "福", "贵", "荣", "军", "强", "忠", "民", "才", "祥"};
constexpr std::array<std::string_view, 12> oldFemaleFirst {
    "秀", "桂", "玉", "凤", "淑", "素", "翠", "美", "兰", "春", "金", "腊"};
constexpr std::array<std::string_view, 12> oldFemaleSecond {
    "英", "兰", "珍", "芬", "华", "梅", "琼", "芳", "莲", "香", "仙", "花"};
constexpr std::array<std::string_view, 16> youngMaleFirst {
    "子", "梓", "宇", "浩", "一", "俊", "睿", "奕", "博", "思", "嘉", "宸", "锦", "沐", "铭", "天"};
constexpr std::array<std::string_view, 14> youngMaleSecond {
    "轩", "辰", "泽", "航", "铭", "熙", "宇", "然", "诚", "阳", "晨", "豪", "杰", "睿"};
constexpr std::array<std::string_view, 16> youngFemaleFirst {
    "梓", "欣", "雨", "诗", "佳", "可", "若", "思", "一", "语", "紫", "子", "依", "芷", "书", "安"};
constexpr std::array<std::string_view, 14> youngFemaleSecond {
    "涵", "萱", "琪", "怡", "彤", "然", "妍", "桐", "汐", "瑶", "宁", "菲", "悦", "晨"};

struct Transliterated
{
    std::string_view text;
    char initial;
};

constexpr std::array<std::string_view, 20> westernGiven {
    "约翰", "玛丽", "詹姆斯", "安娜",   "威廉", "伊丽莎白", "查尔斯", "艾米莉", "托马斯", "乔治",
    "卡尔", "露西", "亨利",   "凯瑟琳", "彼得", "苏珊",     "大卫",   "简",     "理查德", "罗伯特"};
constexpr std::array<Transliterated, 20> westernFamily {{
    {"史密斯", 'S'}, {"布朗", 'B'}, {"琼斯", 'Q'},   {"米勒", 'M'}, {"戴维斯", 'D'}, {"威尔逊", 'W'}, {"安德森", 'A'},
    {"泰勒", 'T'},   {"摩尔", 'M'}, {"杰克逊", 'J'}, {"怀特", 'H'}, {"哈里斯", 'H'}, {"克拉克", 'K'}, {"刘易斯", 'L'},
    {"沃克", 'W'},   {"霍尔", 'H'}, {"艾伦", 'A'},   {"格林", 'G'}, {"贝克", 'B'},   {"库珀", 'K'},
}};
constexpr std::array<std::string_view, 12> russianGiven {"伊万",
                                                         "谢尔盖",
                                                         "安德烈",
                                                         "尼古拉",
                                                         "阿列克谢",
                                                         "娜塔莎",
                                                         "叶莲娜",
                                                         "奥尔加",
                                                         "米哈伊尔",
                                                         "德米特里",
                                                         "塔季扬娜",
                                                         "鲍里斯"};
constexpr std::array<Transliterated, 10> russianFamily {{
    {"彼得罗夫", 'B'},
    {"伊万诺夫", 'Y'},
    {"斯米尔诺夫", 'S'},
    {"索科洛夫", 'S'},
    {"波波夫", 'B'},
    {"列别杰夫", 'L'},
    {"科兹洛夫", 'K'},
    {"诺维科夫", 'N'},
    {"莫罗佐夫", 'M'},
    {"沃尔科夫", 'W'},
}};
constexpr std::array<Transliterated, 12> japaneseFamily {{
    {"佐藤", 'Z'},
    {"铃木", 'L'},
    {"高桥", 'G'},
    {"田中", 'T'},
    {"渡边", 'D'},
    {"伊藤", 'Y'},
    {"山本", 'S'},
    {"中村", 'Z'},
    {"小林", 'X'},
    {"加藤", 'J'},
    {"吉田", 'J'},
    {"松本", 'S'},
}};
constexpr std::array<std::string_view, 14> japaneseGiven {
    "健一", "裕子", "美穗", "太郎", "真由美", "浩二", "直树", "惠子", "翔太", "阳菜", "大辅", "明美", "修", "爱"};

template<typename T, std::size_t N>
const T& pickFrom(Random& random, const std::array<T, N>& values)
{
    return values[random.below(N)];
}

const Surname& pickSurname(Random& random)
{
    static const auto total = [] {
        int sum = 0;
        for (const auto& s : surnames)
            sum += s.weight;
        return sum;
    }();
    auto ticket = static_cast<int>(random.below(static_cast<std::uint64_t>(total)));
    for (const auto& s : surnames) {
        if (ticket < s.weight)
            return s;
        ticket -= s.weight;
    }
    return surnames.front();
}

} // namespace

PersonName personName(Random& random, Generation generation)
{
    const Surname& surname = pickSurname(random);
    PersonName person;
    person.male = random.below(2) == 0;
    person.initial = surname.initial;
    person.name = std::string(surname.text);
    const int style = random.percent();
    if (generation == Generation::Senior && style < 70) {
        person.name += person.male ? pickFrom(random, oldMaleFirst) : pickFrom(random, oldFemaleFirst);
        person.name += person.male ? pickFrom(random, oldMaleSecond) : pickFrom(random, oldFemaleSecond);
    } else if (generation == Generation::Child && style < 75) {
        person.name += person.male ? pickFrom(random, youngMaleFirst) : pickFrom(random, youngFemaleFirst);
        person.name += person.male ? pickFrom(random, youngMaleSecond) : pickFrom(random, youngFemaleSecond);
    } else {
        const auto& chars = person.male ? maleChars : femaleChars;
        person.name += pickFrom(random, chars);
        // Single-character given names were the fashion of the 1980s and 1990s.
        if (random.percent() < 65)
            person.name += pickFrom(random, chars);
    }
    return person;
}

PersonName foreignAuthor(Random& random, const char* country)
{
    const std::string_view which(country);
    PersonName person;
    person.name = "[" + std::string(which) + "] ";
    if (which == "日") {
        const auto& family = pickFrom(random, japaneseFamily);
        person.name += std::string(family.text) + std::string(pickFrom(random, japaneseGiven));
        person.initial = family.initial;
    } else if (which == "俄") {
        const auto& family = pickFrom(random, russianFamily);
        person.name += std::string(pickFrom(random, russianGiven)) + "·" + std::string(family.text);
        person.initial = family.initial;
    } else {
        const auto& family = pickFrom(random, westernFamily);
        person.name += std::string(pickFrom(random, westernGiven)) + "·" + std::string(family.text);
        person.initial = family.initial;
    }
    return person;
}

} // namespace ils::demo
