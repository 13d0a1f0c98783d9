#pragma once
// Replicated text (reader names, titles, library names, block reasons, exception details) is
// typed at any branch PC of the county: the desk shows it as it is, never as HTML, so a reader
// named "<font size=7>已结清</font>" cannot restyle the screen of every desk.
#include <QLabel>
#include <QString>
#include <QTextDocument>

namespace PlainText {

// A label that shows data: its text is never read as HTML.
inline QLabel* keep(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A tool tip is read as HTML when it looks like HTML: such a text is escaped to show literally.
inline QString toolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        + QStringLiteral("</qt>");
}

} // namespace PlainText
