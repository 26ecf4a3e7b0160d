#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

// Asks for a new tool key: its name, and whether it may send every category or only some.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyDialog)

public:
    // `categories`: the profile's category names; `taken`: names of existing keys.
    ApiKeyDialog(
        const QStringList &categories, const QStringList &taken, QWidget *parent = nullptr);

    QString name() const;
    // Empty: every category.
    QStringList categories() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *categoryList() const { return m_list; }
    QRadioButton *someChoice() const { return m_some; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QRadioButton *m_all;
    QRadioButton *m_some;
    QListWidget *m_list;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
