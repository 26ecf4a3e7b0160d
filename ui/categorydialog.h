#pragma once

#include "domain/category.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Adds or edits a category: its look (name, emoji, colour, totals) and how its events are sent
// (with the rest, urgent, or muted; to the profile's destination or a webhook of its own). Every
// rule is checked while the person types (name rules, a name already taken, one emoji, a colour,
// a webhook address), with the reason shown under the field and OK disabled until all is well.
// Offers common emojis and colours to pick with one click.
class CategoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDialog)

public:
    // `takenNames`: names of the other categories, refused for this one. `numericFields`: the
    // numeric fields this category's events have carried lately, offered for its totals.
    CategoryDialog(const Category &category, const QStringList &takenNames,
        const QStringList &numericFields = {}, QWidget *parent = nullptr);

    Category category() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emojiEdit() const { return m_emoji; }
    QLineEdit *colorEdit() const { return m_color; }
    QLineEdit *totalsEdit() const { return m_totals; }
    // With the rest, Urgent, Muted: the Sending choices, in this order.
    enum class Sending { Normal, Urgent, Muted };
    QComboBox *sendingBox() const { return m_sending; }
    QLineEdit *webhookEdit() const { return m_webhook; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

    static const QStringList &commonEmojis();
    static const QList<quint32> &presetColors();

private:
    // The common emojis as a grid of buttons, each filling in the emoji field.
    QGridLayout *emojiPicker();
    // The colour field, its swatch, the preset colours and "Other…".
    QHBoxLayout *colorPicker();
    void validate();

    QStringList m_taken;
    Category m_original;
    QLineEdit *m_name;
    QLineEdit *m_emoji;
    QLineEdit *m_color;
    QLineEdit *m_totals;
    QComboBox *m_sending;
    QLineEdit *m_webhook;
    QLabel *m_swatch;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
