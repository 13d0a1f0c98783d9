#include "CirculationPage.h"

#include "DeskSession.h"

#ifdef ILS_DESK_HAS_CIRCULATION
#include "CirculationView.h"
#else
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#endif

namespace {

#ifndef ILS_DESK_HAS_CIRCULATION
class Placeholder : public QLabel
{
public:
    explicit Placeholder(QWidget* parent)
        : QLabel(parent)
    {
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        retranslate();
    }

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(event);
    }

private:
    void retranslate()
    {
        setText(QCoreApplication::translate("CirculationPage",
                                            "The circulation screen is not part of this build of the desk."));
    }
};
#endif

} // namespace

QWidget* makeCirculationPage(DeskSession& session, QWidget* parent)
{
    QWidget* page = nullptr;
#ifdef ILS_DESK_HAS_CIRCULATION
    page = new CirculationView(session, parent);
#else
    (void)session;
    page = new Placeholder(parent);
#endif
    if (page->objectName().isEmpty())
        page->setObjectName(QStringLiteral("circulationPage"));
    return page;
}
