#pragma once

class QWidget;
struct DeskSession;

// The circulation screen (circulation/CirculationView) when it is built in; until then a page
// that says it is missing, so the rest of the desk can be used and tested.
QWidget* makeCirculationPage(DeskSession& session, QWidget* parent);
