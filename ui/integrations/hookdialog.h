#pragma once

#include "hooks/hook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a new hook: its name (part of its URL), who sends to it (the preset) and the
// category its events get.
class HookDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookDialog)

public:
    HookDialog(const QStringList &categories, const QStringList &taken, QWidget *parent = nullptr);

    QString name() const;
    HookPreset preset() const;
    QString category() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *categoryBox() const { return m_category; }

    // What the person picks from, per preset ("GitHub"), and what it reads.
    static QString presetTitle(HookPreset preset);
    static QString presetHelp(HookPreset preset);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_preset;
    QLabel *m_presetHelp;
    QComboBox *m_category;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
