#include "DeskCounty.h"

DeskCounty::DeskCounty()
{
    store().setOperator("desk-test");
    m_session.reset(new DeskSession {store(),
                                     QString::fromLatin1(branchA),
                                     QStringLiteral("江那镇分馆"),
                                     QStringLiteral("zhang"),
                                     QStringLiteral("张老师"),
                                     ils::StaffRole::Circulation,
                                     false,
                                     {}});
}
