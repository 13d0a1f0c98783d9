#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

// The desk's language: zh_CN (the default) or en, from the translations compiled into the
// program (:/i18n/desk_<language>.qm), with Qt's own (qtbase_zh_CN.qm: the buttons of message
// boxes, the menu of a text field) where the system has them. Switching installs the other
// translators, and Qt then sends every widget a LanguageChange event, on which it retranslates
// itself.
class DeskLanguage : public QObject
{
    Q_OBJECT

public:
    explicit DeskLanguage(QObject* parent = nullptr);
    ~DeskLanguage() override;

    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static bool isSupported(const QString& language);
    QString current() const { return m_current; }
    // False when the language is unknown or its translation cannot be loaded; nothing changes.
    bool set(const QString& language);

signals:
    void changed(const QString& language);

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // null when the system has none for the language
    QString m_current;
};
