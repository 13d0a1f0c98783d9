#include "ChineseTitles.h"

#include "ChineseNames.h"
#include "DemoRandom.h"

#include <array>
#include <string_view>

namespace ils::demo {

namespace {

using Words = std::span<const std::string_view>;

// Publisher groups, as a bit mask: which publishers print which classes.
enum Group : unsigned
{
    Literature = 1u << 0,
    Children = 1u << 1,
    History = 1u << 2,
    Local = 1u << 3,
    Computing = 1u << 4,
    Education = 1u << 5,
    Farming = 1u << 6,
    Health = 1u << 7,
    Living = 1u << 8,
    Law = 1u << 9,
    Economy = 1u << 10,
    Society = 1u << 11,
    Art = 1u << 12,
    Language = 1u << 13,
    Reference = 1u << 14,
    Science = 1u << 15,
};

struct Publisher
{
    std::string_view name;
    std::string_view registrant; // ISBN registrant element after 978-7-
    unsigned groups;
};

constexpr std::array<Publisher, 45> publishers {{
    {"人民文学出版社", "02", Literature},
    {"作家出版社", "5063", Literature},
    {"长江文艺出版社", "5354", Literature},
    {"湖南文艺出版社", "5404", Literature},
    {"北京十月文艺出版社", "5302", Literature},
    {"上海译文出版社", "5327", Literature},
    {"译林出版社", "5447", Literature},
    {"云南人民出版社", "222", Literature | History | Local | Economy},
    {"晨光出版社", "5414", Children},
    {"接力出版社", "5448", Children},
    {"二十一世纪出版社", "5391", Children},
    {"少年儿童出版社", "5324", Children},
    {"中国少年儿童出版社", "5007", Children},
    {"中华书局", "101", History | Reference},
    {"商务印书馆", "100", History | Reference | Language},
    {"生活·读书·新知三联书店", "108", History | Society},
    {"人民出版社", "01", History | Economy | Law},
    {"社会科学文献出版社", "5097", History | Society},
    {"云南民族出版社", "5367", Local},
    {"云南大学出版社", "81112", Local},
    {"云南美术出版社", "5489", Local | Children | Art},
    {"清华大学出版社", "302", Computing | Science},
    {"机械工业出版社", "111", Computing | Society},
    {"电子工业出版社", "121", Computing},
    {"人民邮电出版社", "115", Computing | Science | Society},
    {"人民教育出版社", "107", Education},
    {"高等教育出版社", "04", Education | Science},
    {"云南教育出版社", "5415", Education},
    {"北京师范大学出版社", "303", Education | Society},
    {"中国农业出版社", "109", Farming | Economy},
    {"金盾出版社", "5082", Farming | Health},
    {"云南科技出版社", "5416", Farming | Health},
    {"化学工业出版社", "122", Farming | Health | Living},
    {"中国农业科学技术出版社", "5116", Farming},
    {"人民卫生出版社", "117", Health},
    {"中国中医药出版社", "5132", Health},
    {"中国纺织出版社", "5064", Living},
    {"中国轻工业出版社", "5019", Living},
    {"法律出版社", "5118", Law},
    {"中国法制出版社", "5093", Law},
    {"中信出版社", "5086", Economy | Society},
    {"人民美术出版社", "102", Art},
    {"外语教学与研究出版社", "5135", Language},
    {"中国大百科全书出版社", "5000", Reference},
    {"科学出版社", "03", Science},
}};

// Literature.
constexpr std::array<std::string_view, 64> nouns {
    "山河", "故乡", "岁月",   "春天",   "秋水", "月光", "星辰", "河流",     "村庄", "父亲", "母亲", "少年", "归途",
    "远方", "青山", "白云",   "红土地", "稻田", "炊烟", "马帮", "茶马古道", "石头", "风雪", "灯火", "麦田", "大地",
    "人间", "江湖", "长夜",   "黎明",   "光阴", "芳华", "边城", "古镇",     "渡口", "山歌", "火塘", "铜鼓", "梯田",
    "云雾", "彩云", "春雨",   "秋风",   "晚霞", "时光", "往事", "家园",     "旷野", "群山", "草原", "小镇", "街巷",
    "老屋", "木棉", "三角梅", "雨季",   "蝴蝶", "驿站", "盐井", "矿山",     "铁路", "大河", "峡谷", "月亮"};
constexpr std::array<std::string_view, 20> adjectives {
    "平凡的", "遥远的", "沉默的", "温暖的", "孤独的", "燃烧的", "寂静的", "漫长的", "明亮的", "消失的",
    "秘密的", "奔跑的", "不老的", "永远的", "失落的", "最美的", "远去的", "倔强的", "金色的", "绿色的"};
constexpr std::array<std::string_view, 14> places {"南方",
                                                   "北方",
                                                   "滇南",
                                                   "边地",
                                                   "高原",
                                                   "红河",
                                                   "文山",
                                                   "云岭",
                                                   "乌蒙",
                                                   "盘龙河",
                                                   "普者黑",
                                                   "老君山",
                                                   "砚山",
                                                   "滇东南"};
constexpr std::array<std::string_view, 14> endings {
    "记", "传", "录", "志", "谣", "曲", "歌", "梦", "书", "事", "纪事", "笔记", "往事", "手记"};
constexpr std::array<std::string_view, 12> foreignNouns {
    "夜色", "海浪", "白夜", "无声的证词", "雪国", "远航", "灯塔", "孤岛", "迷宫", "长河", "玫瑰", "火车"};

// Children's books.
constexpr std::array<std::string_view, 20> animals {"熊",   "兔",   "狐狸", "猫",   "狗",     "象",   "猴",
                                                    "鹿",   "鸭",   "企鹅", "恐龙", "老虎",   "蜗牛", "蚂蚁",
                                                    "刺猬", "松鼠", "青蛙", "孔雀", "亚洲象", "小马"};
constexpr std::array<std::string_view, 18> things {"森林",
                                                   "月亮",
                                                   "星星",
                                                   "雨伞",
                                                   "魔法",
                                                   "城堡",
                                                   "彩虹",
                                                   "糖果",
                                                   "气球",
                                                   "种子",
                                                   "小船",
                                                   "信",
                                                   "梦",
                                                   "口袋",
                                                   "钥匙",
                                                   "风筝",
                                                   "铅笔",
                                                   "影子"};

// Non-fiction.
struct Coded
{
    std::string_view text;
    std::string_view clc;
};
constexpr std::array<Coded, 12> dynasties {{
    {"先秦", "K22"},
    {"秦汉", "K232"},
    {"魏晋", "K235"},
    {"隋唐", "K241"},
    {"宋代", "K244"},
    {"元代", "K247"},
    {"明代", "K248"},
    {"清代", "K249"},
    {"民国", "K258"},
    {"近代中国", "K25"},
    {"中国古代", "K220"},
    {"中华", "K20"},
}};
constexpr std::array<std::string_view, 12> historyTopics {"社会生活",
                                                          "政治制度",
                                                          "经济史",
                                                          "文化史",
                                                          "人物志",
                                                          "风云",
                                                          "史话",
                                                          "简史",
                                                          "名臣录",
                                                          "十五讲",
                                                          "兴亡",
                                                          "那些事儿"};
constexpr std::array<std::string_view, 8> counties {"砚山", "文山", "西畴", "麻栗坡", "马关", "丘北", "广南", "富宁"};
constexpr std::array<std::string_view, 10> localTopics {
    "民间故事", "地名志", "风物志", "民族志", "文史资料", "乡土教材", "民歌选", "非物质文化遗产", "年鉴", "县志"};
constexpr std::array<std::string_view, 8> ethnicTopics {
    "壮族文化", "苗族服饰", "彝族歌谣", "铜鼓文化", "民族节庆", "壮剧", "苗族芦笙", "瑶族医药"};
constexpr std::array<std::string_view, 10> languages {
    "C语言", "C++", "Java", "Python", "Go语言", "JavaScript", "PHP", "SQL", "Rust", "C#"};
constexpr std::array<std::string_view, 8> languageForms {
    "程序设计", "编程从入门到实践", "核心技术", "程序设计教程", "数据结构与算法", "实战", "项目开发案例", "编程思想"};
constexpr std::array<std::string_view, 8> software {
    "Excel", "Word", "PowerPoint", "WPS Office", "Photoshop", "电脑", "智能手机", "短视频剪辑"};
constexpr std::array<std::string_view, 6> softwareForms {
    "实用教程", "高效办公", "从入门到精通", "应用技巧", "一本通", "快速入门"};
constexpr std::array<Coded, 7> subjects {{
    {"语文", "2"},
    {"数学", "5"},
    {"英语", "31"},
    {"科学", "6"},
    {"道德与法治", "1"},
    {"美术", "75"},
    {"音乐", "71"},
}};
constexpr std::array<std::string_view, 8> schoolForms {
    "教学设计", "同步练习", "课堂实录", "教案", "阅读训练", "单元测试", "知识手册", "教学研究"};
constexpr std::array<Coded, 20> crops {{
    {"三七", "S567.236"}, {"辣椒", "S641.3"}, {"番茄", "S641.2"}, {"白菜", "S634.1"}, {"马铃薯", "S532"},
    {"玉米", "S513"},     {"水稻", "S511"},   {"烤烟", "S572"},   {"茶树", "S571.1"}, {"柑橘", "S666"},
    {"核桃", "S664.1"},   {"板栗", "S664.2"}, {"香蕉", "S668.1"}, {"芒果", "S667.7"}, {"生姜", "S632.5"},
    {"猪", "S828"},       {"肉牛", "S823.9"}, {"山羊", "S827"},   {"土鸡", "S831"},   {"蜜蜂", "S89"},
}};
constexpr std::array<std::string_view, 10> farmingForms {"高效栽培技术",
                                                         "规范化种植技术",
                                                         "栽培与加工",
                                                         "病虫害防治图谱",
                                                         "实用技术问答",
                                                         "种植新技术",
                                                         "丰产栽培",
                                                         "高效养殖技术",
                                                         "疾病防治",
                                                         "科学饲养"};
constexpr std::array<Coded, 10> conditions {{
    {"高血压", "R544.1"},
    {"糖尿病", "R587.1"},
    {"冠心病", "R541.4"},
    {"胃病", "R573"},
    {"颈椎病", "R681.5"},
    {"关节炎", "R684.3"},
    {"感冒", "R511.6"},
    {"失眠", "R749.7"},
    {"痛风", "R589.7"},
    {"脂肪肝", "R575.5"},
}};
constexpr std::array<std::string_view, 6> healthForms {
    "防治手册", "家庭调养", "饮食疗法", "百问百答", "自我管理", "看图说病"};
constexpr std::array<std::string_view, 8> healthBooks {"孕产期保健",
                                                       "育儿百科",
                                                       "中医养生",
                                                       "食疗本草",
                                                       "家庭急救手册",
                                                       "推拿按摩图解",
                                                       "老年人健康指南",
                                                       "儿童常见病护理"};
constexpr std::array<std::string_view, 10> cooking {
    "家常菜", "家常汤", "家常面点", "滇味小吃", "川菜", "云南菌菜", "过桥米线", "凉拌菜", "烘焙", "腌菜与酱菜"};
constexpr std::array<Coded, 8> laws {{
    {"民法典", "D923"},
    {"土地管理法", "D922.3"},
    {"劳动合同法", "D922.52"},
    {"婚姻家庭编", "D923.9"},
    {"未成年人保护法", "D922.7"},
    {"道路交通安全法", "D922.14"},
    {"农村土地承包法", "D922.32"},
    {"消费者权益保护法", "D922.294"},
}};
constexpr std::array<std::string_view, 5> lawForms {"释义", "案例解读", "条文理解与适用", "知识问答", "一本通"};
constexpr std::array<std::string_view, 8> economyTopics {
    "乡村振兴", "农村电商", "农民专业合作社", "特色产业", "家庭农场", "脱贫攻坚", "县域经济", "乡村旅游"};
constexpr std::array<std::string_view, 6> economyForms {
    "实践与探索", "实务指南", "操作手册", "案例选编", "调查报告", "理论与实践"};
constexpr std::array<std::string_view, 8> psychology {"儿童", "教育", "社会", "积极", "发展", "情绪", "沟通", "家庭"};
constexpr std::array<Coded, 8> arts {{
    {"素描", "J214"},
    {"水彩", "J215"},
    {"国画", "J212"},
    {"书法", "J292.1"},
    {"剪纸", "J528.1"},
    {"摄影", "J41"},
    {"刺绣", "J523.6"},
    {"民族舞蹈", "J722.2"},
}};
constexpr std::array<std::string_view, 6> englishTopics {"语法", "词汇", "口语", "阅读", "写作", "听力"};
constexpr std::array<std::string_view, 10> scienceTopics {
    "宇宙", "恐龙", "人体", "植物", "昆虫", "天气", "海洋", "地球", "动物", "化学"};
constexpr std::array<Coded, 9> references {{
    {"新华字典", "H163"},
    {"现代汉语词典", "H164"},
    {"辞海", "Z32"},
    {"成语大词典", "H136.3"},
    {"英汉大词典", "H316"},
    {"中国大百科全书", "Z227"},
    {"云南年鉴", "Z525.74"},
    {"文山年鉴", "Z525.74"},
    {"中国地图集", "K992.1"},
}};
struct Magazine
{
    std::string_view title;
    std::string_view clc;
    int issues;
};
constexpr std::array<Magazine, 10> magazines {{
    {"故事会", "I247.81", 24},
    {"读者", "I267", 24},
    {"农村百事通", "S-55", 24},
    {"云南农业", "S-55", 12},
    {"半月谈", "D6", 24},
    {"青年文摘", "Z228.2", 24},
    {"中国国家地理", "K92", 12},
    {"儿童文学", "I287", 12},
    {"大众医学", "R1", 12},
    {"小学生时代", "G624", 12},
}};

template<typename T, std::size_t N>
const T& pickFrom(Random& random, const std::array<T, N>& values)
{
    return values[random.below(N)];
}

std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (auto part : parts)
        out += part;
    return out;
}

struct Draft
{
    std::string title;
    std::string clc;
    std::string author; // set by the class when it differs from a person of today
    char initial = 0;
};

using Compose = void (*)(Random&, Draft&);

void novel(Random& r, Draft& d)
{
    switch (r.below(8)) {
    case 0:
        d.title = cat({pickFrom(r, nouns), "的", pickFrom(r, nouns)});
        break;
    case 1:
        d.title = cat({pickFrom(r, adjectives), pickFrom(r, nouns)});
        break;
    case 2:
        d.title = cat({pickFrom(r, places), pickFrom(r, nouns)});
        break;
    case 3:
        d.title = cat({pickFrom(r, nouns), "与", pickFrom(r, nouns)});
        break;
    case 4:
        d.title = cat({pickFrom(r, nouns), "之", pickFrom(r, nouns)});
        break;
    case 5:
        d.title = cat({pickFrom(r, nouns), pickFrom(r, endings)});
        break;
    case 6:
        d.title = cat({"最后的", pickFrom(r, nouns)});
        break;
    default:
        d.title = cat({pickFrom(r, places), pickFrom(r, nouns), pickFrom(r, endings)});
        break;
    }
}

void stories(Random& r, Draft& d)
{
    novel(r, d);
    d.title += r.below(2) ? "（中短篇小说集）" : "及其他";
}

void essays(Random& r, Draft& d)
{
    d.title =
        r.below(2) ? cat({pickFrom(r, nouns), "散记"}) : cat({"在", pickFrom(r, places), "的", pickFrom(r, nouns)});
}

void poems(Random& r, Draft& d)
{
    d.title = cat({pickFrom(r, nouns), r.below(2) ? "诗选" : "：诗集"});
}

template<std::size_t Country>
void foreignNovel(Random& r, Draft& d)
{
    static constexpr std::array<const char*, 4> countries {"美", "英", "日", "俄"};
    const auto author = foreignAuthor(r, countries[Country]);
    d.author = author.name;
    d.initial = author.initial;
    d.title =
        r.below(2) ? cat({pickFrom(r, adjectives), pickFrom(r, foreignNouns)}) : std::string(pickFrom(r, foreignNouns));
}

void childrens(Random& r, Draft& d)
{
    switch (r.below(7)) {
    case 0:
        d.title = cat({"小", pickFrom(r, animals), "的", pickFrom(r, things)});
        break;
    case 1:
        d.title = cat({"会飞的", pickFrom(r, things)});
        break;
    case 2:
        d.title = cat({pickFrom(r, things), "的秘密"});
        break;
    case 3:
        d.title = cat({pickFrom(r, animals), pickFrom(r, animals), "历险记"});
        break;
    case 4:
        d.title = cat({"神奇的", pickFrom(r, things)});
        break;
    case 5:
        d.title = cat({pickFrom(r, animals), "和", pickFrom(r, animals)});
        break;
    default:
        d.title = cat({"我的", pickFrom(r, things)});
        break;
    }
    if (r.below(4) == 0)
        d.title += "（注音版）";
}

void biography(Random& r, Draft& d)
{
    const auto subject = personName(r, Generation::Senior);
    d.title = subject.name + (r.below(3) == 0 ? "评传" : r.below(2) ? "传" : "的一生");
}

void localHistory(Random& r, Draft& d)
{
    if (r.below(3) == 0)
        d.title = cat({"滇东南", pickFrom(r, ethnicTopics), "研究"});
    else
        d.title = cat({pickFrom(r, counties), pickFrom(r, localTopics)});
    d.author = cat({pickFrom(r, counties), r.below(2) ? "县地方志编纂委员会" : "文史研究会"});
    d.initial = 'W';
}

void history(Random& r, Draft& d)
{
    const auto& dynasty = pickFrom(r, dynasties);
    d.title = cat({dynasty.text, pickFrom(r, historyTopics)});
    d.clc = std::string(dynasty.clc);
}

void programming(Random& r, Draft& d)
{
    d.title = r.below(5) == 0 ? cat({"深入理解", pickFrom(r, languages)})
                              : cat({pickFrom(r, languages), pickFrom(r, languageForms)});
}

void office(Random& r, Draft& d)
{
    d.title = cat({pickFrom(r, software), pickFrom(r, softwareForms)});
}

void primarySchool(Random& r, Draft& d)
{
    const auto& subject = pickFrom(r, subjects);
    d.title = cat({"小学", subject.text, pickFrom(r, schoolForms)});
    d.clc = cat({"G623.", subject.clc});
}

void middleSchool(Random& r, Draft& d)
{
    const auto& subject = pickFrom(r, subjects);
    d.title = cat({r.below(2) ? "初中" : "高中", subject.text, pickFrom(r, schoolForms)});
    d.clc = cat({"G633.", subject.clc});
}

void farming(Random& r, Draft& d)
{
    const auto& crop = pickFrom(r, crops);
    // 文山 grows most of the world's 三七 (Panax notoginseng): its manuals fill the shelves.
    const auto& which = r.below(5) == 0 ? crops[0] : crop;
    const bool animal = which.clc.starts_with("S8");
    const auto form = animal ? farmingForms[7 + r.below(3)] : farmingForms[r.below(7)];
    d.title = cat({which.text == std::string_view("三七") && r.below(2) ? "文山三七" : which.text, form});
    d.clc = std::string(which.clc);
}

void health(Random& r, Draft& d)
{
    if (r.below(3) == 0) {
        d.title = std::string(pickFrom(r, healthBooks));
        d.clc = "R1";
        return;
    }
    const auto& condition = pickFrom(r, conditions);
    d.title = cat({condition.text, pickFrom(r, healthForms)});
    d.clc = std::string(condition.clc);
}

void cookery(Random& r, Draft& d)
{
    d.title = cat({pickFrom(r, cooking), r.below(2) ? "一本就够" : "做法大全"});
}

void law(Random& r, Draft& d)
{
    const auto& which = pickFrom(r, laws);
    d.title = r.below(4) == 0 ? "农村法律知识问答" : cat({"中华人民共和国", which.text, pickFrom(r, lawForms)});
    d.clc = std::string(which.clc);
}

void economy(Random& r, Draft& d)
{
    d.title = cat({pickFrom(r, economyTopics), pickFrom(r, economyForms)});
}

void mind(Random& r, Draft& d)
{
    d.title = cat({pickFrom(r, psychology), "心理学", r.below(2) ? "" : "入门"});
}

void art(Random& r, Draft& d)
{
    const auto& which = pickFrom(r, arts);
    d.title = cat({which.text, r.below(2) ? "技法入门" : "基础教程"});
    d.clc = std::string(which.clc);
}

void english(Random& r, Draft& d)
{
    d.title = cat({"英语", pickFrom(r, englishTopics), r.below(2) ? "一本通" : "专项训练"});
}

void science(Random& r, Draft& d)
{
    d.title =
        r.below(2) ? cat({pickFrom(r, scienceTopics), "的奥秘"}) : cat({"十万个为什么·", pickFrom(r, scienceTopics)});
}

struct Class
{
    std::string_view clc;
    int weight; // per mille of the records
    unsigned group;
    Compose compose;
    RecordKind kind = RecordKind::Book;
};

constexpr std::array<Class, 30> classes {{
    {"I247.5", 130, Literature, novel},
    {"I247.7", 50, Literature, stories},
    {"I267", 50, Literature, essays},
    {"I227", 15, Literature, poems},
    {"I712.45", 20, Literature, foreignNovel<0>},
    {"I561.45", 10, Literature, foreignNovel<1>},
    {"I313.45", 20, Literature, foreignNovel<2>},
    {"I512.45", 8, Literature, foreignNovel<3>},
    {"I287", 125, Children, childrens},
    {"K827", 25, History, biography},
    {"K297.4", 20, Local, localHistory},
    {"K20", 30, History, history},
    {"TP312", 18, Computing, programming},
    {"TP317", 18, Computing, office},
    {"G623", 40, Education, primarySchool},
    {"G633", 30, Education, middleSchool},
    {"S", 95, Farming, farming},
    {"R", 40, Health, health},
    {"TS972.1", 20, Living, cookery},
    {"D92", 20, Law, law},
    {"F32", 20, Economy, economy},
    {"B84", 15, Society, mind},
    {"J", 16, Art, art},
    {"H31", 16, Language, english},
    {"N49", 20, Science, science},
    {"Z", 25, Reference, nullptr, RecordKind::Reference},
    {"", 30, 0, nullptr, RecordKind::Periodical},
    {"I247.5", 14, Local, novel}, // local authors, printed in Kunming
    {"I287", 10, Local, childrens},
    {"S", 10, Local, farming},
}};

std::string authorMark(Random& random, char initial)
{
    // 著者号: the surname's initial and a number, as the 通用汉语著者号码表 gives it.
    return std::string(1, initial) + std::to_string(random.between(11, 989));
}

} // namespace

char isbn13CheckDigit(const std::string& first12)
{
    int sum = 0;
    for (std::size_t i = 0; i < 12 && i < first12.size(); ++i)
        sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

TitleGenerator::TitleGenerator(int currentYear)
    : m_currentYear(currentYear)
    , m_issued(publishers.size(), 0)
{
}

std::string TitleGenerator::isbnFor(std::size_t publisher)
{
    const auto registrant = publishers[publisher].registrant;
    const std::size_t titleDigits = 8 - registrant.size();
    std::uint64_t capacity = 1;
    for (std::size_t i = 0; i < titleDigits; ++i)
        capacity *= 10;
    auto& issued = m_issued[publisher];
    if (issued >= capacity)
        return {};
    // A stride coprime to the block walks every title number once, in an order that looks random.
    const std::uint64_t number = (issued++ * 7919 + publisher * 104729 + 1237) % capacity;
    std::string digits = std::to_string(number);
    std::string first12 = "9787" + std::string(registrant) + std::string(titleDigits - digits.size(), '0') + digits;
    return first12 + isbn13CheckDigit(first12);
}

GeneratedRecord TitleGenerator::next(Random& random)
{
    static const auto weights = [] {
        std::array<int, classes.size()> w {};
        for (std::size_t i = 0; i < classes.size(); ++i)
            w[i] = classes[i].weight;
        return w;
    }();
    const Class& type = classes[random.weighted(weights)];
    GeneratedRecord record;
    record.kind = type.kind;
    // Newer books dominate a lending collection: years cluster near today.
    const auto age = random.below(1000);
    record.year = m_currentYear - static_cast<int>(age * age * 40 / 1'000'000);

    if (type.kind == RecordKind::Periodical) {
        const auto& magazine = pickFrom(random, magazines);
        record.year = m_currentYear - static_cast<int>(random.below(4));
        record.title = cat({magazine.title,
                            " ",
                            std::to_string(record.year),
                            "年第",
                            std::to_string(random.between(1, magazine.issues)),
                            "期"});
        record.clc = std::string(magazine.clc);
        record.author = cat({"《", magazine.title, "》编辑部"});
        record.publisher = cat({"《", magazine.title, "》杂志社"});
        record.callNumber = record.clc + "/" + std::to_string(record.year);
        return record;
    }

    Draft draft;
    if (type.kind == RecordKind::Reference) {
        const auto& work = pickFrom(random, references);
        if (work.text.ends_with("年鉴"))
            draft.title = cat({work.text, " ", std::to_string(record.year)});
        else
            draft.title = cat({work.text, "（第", std::to_string(random.between(2, 12)), "版）"});
        draft.clc = std::string(work.clc);
        draft.author = "编委会";
        draft.initial = 'B';
    } else {
        draft.clc = std::string(type.clc);
        type.compose(random, draft);
    }
    if (draft.author.empty()) {
        const auto person = personName(random, Generation::Adult);
        draft.author = person.name;
        draft.initial = person.initial;
        if (random.below(6) == 0)
            draft.author += " 主编";
    }
    record.title = std::move(draft.title);
    record.clc = std::move(draft.clc);
    record.author = std::move(draft.author);
    record.callNumber = record.clc + "/" + authorMark(random, draft.initial);

    std::array<int, publishers.size()> eligible {};
    for (std::size_t i = 0; i < publishers.size(); ++i)
        eligible[i] = (publishers[i].groups & type.group) ? 1 : 0;
    auto publisher = random.weighted(eligible);
    record.publisher = std::string(publishers[publisher].name);
    // Some local prints and old books carry no ISBN; a publisher whose block is used up hands
    // its later titles to a sister publisher of the group, as a real one would get a new prefix.
    if (random.below(40) != 0) {
        for (std::size_t tries = 0; tries < publishers.size() && record.isbn.empty(); ++tries) {
            record.isbn = isbnFor(publisher);
            if (record.isbn.empty()) {
                publisher = (publisher + 1) % publishers.size();
                while (!(publishers[publisher].groups & type.group))
                    publisher = (publisher + 1) % publishers.size();
                record.publisher = std::string(publishers[publisher].name);
            }
        }
    }
    return record;
}

} // namespace ils::demo
