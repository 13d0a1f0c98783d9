#include "StandalonePage.h"

#include "PlainText.h"

#include "DeskWords.h"
#ifdef ILS_DESK_HAS_CIRCULATION
#include "RefusalText.h"
#endif
#include "StandaloneSetup.h"

#include "Argon2idHasher.h"

#include "Database.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

StandalonePage::StandalonePage(QString dbPath, const ils::Clock& clock, QWidget* parent)
    : QWizardPage(parent)
    , m_dbPath(std::move(dbPath))
    , m_clock(clock)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_code->setObjectName(QStringLiteral("libraryCode"));
    m_name->setObjectName(QStringLiteral("libraryName"));
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_displayName->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_again->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_message->setObjectName(QStringLiteral("standaloneMessage"));
    m_code->setInputMask(QStringLiteral("999999"));
    m_password->setEchoMode(QLineEdit::Password);
    m_again->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    PlainText::keep(m_message);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    auto* form = new QFormLayout;
    QLineEdit* fields[] = {m_code, m_name, m_username, m_displayName, m_password, m_again};
    for (int i = 0; i < 6; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    retranslate();
}

QString StandalonePage::create()
{
    if (m_password->text() != m_again->text())
        return tr("The two passwords differ.");
    StandaloneSetup::Request request;
    request.libraryCode = m_code->text().trimmed().toStdString();
    request.libraryName = m_name->text().trimmed().toStdString();
    request.administrator.username = m_username->text().trimmed().toStdString();
    request.administrator.displayName = m_displayName->text().trimmed().toStdString();
    request.password = m_password->text().toStdString();
    try {
        const ils::auth::Argon2idHasher argon2;
        const auto made = StandaloneSetup::create(m_dbPath.toStdString(), request, m_clock, argon2.hasher());
        if (made)
            return {};
        // The engine's sentence, then its specifics in words.
        const QString sentence = DeskWords::reason(ils::reasonCode(made.refusal().reason));
#ifdef ILS_DESK_HAS_CIRCULATION
        const QString specifics = RefusalText::details(made.refusal().reason, made.refusal().facts);
        if (!specifics.isEmpty())
            return tr("%1 (%2)").arg(sentence, specifics);
#endif
        return sentence;
    } catch (const std::exception& error) {
        return tr("The database %1 could not be created: %2").arg(m_dbPath, QString::fromUtf8(error.what()));
    }
}

bool StandalonePage::validatePage()
{
    const QString problem = create();
    m_message->setText(problem);
    return problem.isEmpty();
}

void StandalonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void StandalonePage::retranslate()
{
    setTitle(tr("Standalone county database"));
    setSubTitle(tr("For a county that starts on one computer. Staff, code ranges and rules are added later "
                   "with ilsctl."));
    m_labels[0]->setText(tr("County &code (6 digits)"));
    m_labels[1]->setText(tr("Library &name"));
    m_labels[2]->setText(tr("Administrator's &username"));
    m_labels[3]->setText(tr("Administrator's n&ame"));
    m_labels[4]->setText(tr("&Password (8 characters or more)"));
    m_labels[5]->setText(tr("Password &again"));
}
