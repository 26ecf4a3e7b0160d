#pragma once

#include "domain/error.h"

#include <QGroupBox>

class Instance;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Settings' "Keys for tools": the keys made for scripts and services (name, what each may send,
// created, last used), with Make key… (the key shown once, with a Copy button) and Revoke….
class ApiKeysPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPanel)

public:
    explicit ApiKeysPanel(Instance &instance, QWidget *parent = nullptr);

    // The operations behind the buttons (the dialogs aside); a new key is returned once.
    Result<QString> addKey(const QString &name, const QStringList &categories);
    Status revokeKey(const QString &name);
    void reload();

    QTableWidget *table() const { return m_table; }
    // Its controls in reading order, for the page's Tab order.
    QList<QWidget *> focusOrder() const;
    bool showsEmptyState() const;

private:
    void onAdd();
    void onRevoke();
    QString selectedName() const;

    Instance &m_instance;
    QTableWidget *m_table;
    QStackedWidget *m_stack;
    QPushButton *m_add;
    QPushButton *m_revoke;
};
