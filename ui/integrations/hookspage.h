#pragma once

#include "domain/error.h"
#include "hooks/hook.h"

#include <QWidget>

class Instance;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The Hooks page: the addresses other programs post their own webhooks to (GitHub, Grafana,
// Uptime Kuma, any JSON). A table of hooks; for the selected one, its address to copy, what it
// last received and what that became (or why it was refused), so that setting up a sender can be
// checked from here. Making a hook, or a new key for one, shows where to paste what, once.
class HooksPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HooksPage)

public:
    explicit HooksPage(Instance &instance, QWidget *parent = nullptr);

    // The operations behind the buttons (the dialogs aside); a new key is returned once.
    Result<QString> addHook(const QString &name, HookPreset preset, const QString &category);
    Result<QString> newKey(const QString &name);
    Status removeHook(const QString &name);
    Status saveAllowedHosts(const QString &hosts);
    void reload();

    // The URL a sender posts to, with the key in it unless GitHub (which signs with it).
    QString senderUrl(const Hook &hook, const QString &key) const;

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QLabel *outcomeLabel() const { return m_outcome; }
    bool showsEmptyState() const;

private:
    QWidget *emptyState();
    QWidget *details();
    QWidget *tunnelRow();
    void showSelected();
    void showSetup(const Hook &hook, const QString &key);
    void onAdd();
    void onNewKey();
    void onRemove();
    const Hook *selected() const;

    Instance &m_instance;
    QList<Hook> m_hooks;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QLineEdit *m_address;
    QLabel *m_received;
    QLabel *m_outcome;
    QPlainTextEdit *m_payload;
    QPushButton *m_newKey;
    QPushButton *m_remove;
    QPushButton *m_copy = nullptr;
    QPushButton *m_makeFirst = nullptr;
    QPushButton *m_saveHosts = nullptr;
    QLineEdit *m_hosts;
    QLabel *m_hostsProblem;
};
