#pragma once

#include <QString>

#include <vector>

// What goes on paper, already in words: the printer only lays it out.
struct DueSlip
{
    struct Line
    {
        QString barcode;
        QString title;
        QString due; // ISO date
    };
    QString libraryName;
    QString readerName;
    QString card;
    QString printedAt; // local date and time
    std::vector<Line> lines;
};

struct RoutingSlip
{
    QString libraryName; // where the slip is printed
    QString instruction; // the routing banner's words: "Hold shelf: 张三" / "Send to 平远镇分馆"
    QString barcode;
    QString title;
    QString holdCard; // who it is held for, if anyone
    QString readyUntil;
    QString printedAt;
};

struct CardLabel
{
    QString card;
    QString name;
    QString libraryName;
};
