#include "categorydialog.h"

#include "domain/weburl.h"
#include "problemlabel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

const QStringList &CategoryDialog::commonEmojis()
{
    static const QStringList emojis = {u"💰"_s, u"🐞"_s, u"🤔"_s, u"🔔"_s, u"🎉"_s, u"🚀"_s, u"✅"_s,
        u"❌"_s, u"⚠️"_s, u"🔥"_s, u"💳"_s, u"🛒"_s, u"👋"_s, u"👤"_s, u"📧"_s, u"📦"_s, u"⭐"_s,
        u"💬"_s, u"📈"_s, u"🔒"_s, u"🧪"_s, u"🛠️"_s, u"⏰"_s, u"❤️"_s};
    return emojis;
}

const QList<quint32> &CategoryDialog::presetColors()
{
    static const QList<quint32> colors = {0xFF6B6B, 0xFFEB3B, 0x6C5CE7, 0x5865F2, 0x2ECC71,
        0x1ABC9C, 0x3498DB, 0xE67E22, 0xE91E63, 0x95A5A6};
    return colors;
}

CategoryDialog::CategoryDialog(const Category &category, const QStringList &takenNames,
    const QStringList &numericFields, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_original(category)
    , m_name(new QLineEdit(category.name, this))
    , m_emoji(new QLineEdit(category.emoji, this))
    , m_color(new QLineEdit(category.colorName(), this))
    , m_totals(new QLineEdit(category.totalFields.join(u", "_s), this))
    , m_sending(new QComboBox(this))
    , m_webhook(new QLineEdit(category.webhookUrl, this))
    , m_swatch(new QLabel(this))
    , m_problem(::problemLabel(this)) // the accessor problemLabel() hides the free function
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(category.name.isEmpty() ? tr("New category") : tr("Edit category"));
    m_name->setPlaceholderText(tr("sale"));
    m_name->setAccessibleName(tr("Category name"));
    m_name->setToolTip(
        tr("Lowercase letters, digits, '-' and '_'; scripts send it as \"category\"."));
    m_emoji->setPlaceholderText(tr("none (🔔)"));
    m_emoji->setAccessibleName(tr("Emoji"));
    m_color->setAccessibleName(tr("Colour"));
    m_color->setPlaceholderText(u"#FF6B6B"_s);
    m_swatch->setFixedSize(24, 24);
    m_problem->setAccessibleName(tr("Problem"));

    QGridLayout *emojiGrid = emojiPicker();
    QHBoxLayout *colorRow = colorPicker();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Emoji:"), m_emoji);
    form->addRow(QString(), emojiGrid);
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_color); // a row holding a layout gets no buddy by itself
    form->addRow(colorLabel, colorRow);
    m_totals->setAccessibleName(tr("Fields to add up"));
    m_totals->setPlaceholderText(tr("every number that is not an ID or a code"));
    m_totals->setToolTip(tr("Field names separated by commas, for example: amount, seats. The "
                            "dashboard shows their totals on this category's card."));
    form->addRow(tr("Show &totals of:"), m_totals);
    if (!numericFields.isEmpty()) {
        auto *seen = new QLabel(
            tr("Numbers its events carried lately: %1").arg(numericFields.join(u", "_s)), this);
        seen->setWordWrap(true);
        seen->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), seen);
    }

    m_sending->addItem(tr("With the rest: held in quiet hours and snoozes"));
    m_sending->addItem(tr("Urgent: sent at once, even when sends are held"));
    m_sending->addItem(tr("Muted: stored and shown, never sent"));
    m_sending->setCurrentIndex(int(category.muted ? Sending::Muted
            : category.urgent                     ? Sending::Urgent
                                                  : Sending::Normal));
    m_sending->setAccessibleName(tr("Sending"));
    form->addRow(tr("&Sending:"), m_sending);
    m_webhook->setAccessibleName(tr("Own webhook"));
    m_webhook->setPlaceholderText(tr("none: to the profile's destination"));
    m_webhook->setToolTip(tr("A Discord webhook address (the channel's settings > Integrations > "
                             "Webhooks > Copy Webhook URL). This category's events go there "
                             "instead; if it breaks, only this category waits."));
    form->addRow(tr("Own &webhook:"), m_webhook);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_emoji, m_color, m_webhook})
        connect(edit, &QLineEdit::textChanged, this, &CategoryDialog::validate);
    validate();
}

QGridLayout *CategoryDialog::emojiPicker()
{
    auto *emojiGrid = new QGridLayout;
    emojiGrid->setSpacing(2);
    const QStringList &emojis = commonEmojis();
    // Equal square cells, as large as the widest emoji needs: a grid that reads as a picker.
    QList<QToolButton *> emojiButtons;
    QFont emojiFont = font();
    emojiFont.setPointSizeF(emojiFont.pointSizeF() * 1.5);
    int cell = QFontMetrics(emojiFont).height() * 3 / 2;
    for (int i = 0; i < emojis.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setFont(emojiFont);
        button->setText(emojis[i]);
        emojiButtons << button;
        const QSize needed = button->minimumSizeHint().expandedTo(button->sizeHint());
        cell = qMax(cell, qMax(needed.width(), needed.height()));
        button->setAccessibleName(tr("Use %1").arg(emojis[i]));
        button->setAutoRaise(true);
        connect(
            button, &QToolButton::clicked, this, [this, e = emojis[i]] { m_emoji->setText(e); });
        emojiGrid->addWidget(button, i / 12, i % 12);
    }
    for (QToolButton *button : std::as_const(emojiButtons))
        button->setFixedSize(cell, cell);
    return emojiGrid;
}

QHBoxLayout *CategoryDialog::colorPicker()
{
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color);
    colorRow->addWidget(m_swatch);
    for (quint32 preset : presetColors()) {
        auto *button = new QToolButton(this);
        const QString name = Category::formatColor(preset);
        button->setAccessibleName(tr("Use colour %1").arg(name));
        button->setToolTip(name);
        button->setStyleSheet(
            u"background: %1; border: 1px solid palette(mid); min-width: 18px; min-height: 18px;"_s
                .arg(name));
        connect(button, &QToolButton::clicked, this, [this, name] { m_color->setText(name); });
        colorRow->addWidget(button);
    }
    auto *custom = new QToolButton(this);
    custom->setText(tr("Other…"));
    custom->setToolTip(tr("Pick any colour"));
    connect(custom, &QToolButton::clicked, this, [this] {
        const Result<quint32> current = Category::parseColor(m_color->text());
        const QColor chosen = QColorDialog::getColor(
            QColor::fromRgb(current ? current.value() : Category::DefaultColor), this,
            tr("Category colour"));
        if (chosen.isValid())
            m_color->setText(Category::formatColor(chosen.rgb() & 0xFFFFFF));
    });
    colorRow->addWidget(custom);
    return colorRow;
}

QPushButton *CategoryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

Category CategoryDialog::category() const
{
    Category c = m_original;
    c.name = m_name->text().trimmed();
    c.emoji = m_emoji->text().trimmed();
    if (Result<quint32> color = Category::parseColor(m_color->text()))
        c.color = color.value();
    c.totalFields.clear();
    for (const QString &field : m_totals->text().split(u',')) {
        if (const QString name = field.trimmed(); !name.isEmpty() && !c.totalFields.contains(name))
            c.totalFields << name;
    }
    c.urgent = m_sending->currentIndex() == int(Sending::Urgent);
    c.muted = m_sending->currentIndex() == int(Sending::Muted);
    const QString webhook = m_webhook->text().trimmed();
    const Result<QString> checked = WebUrl::normalizeDiscordWebhook(webhook);
    c.webhookUrl = webhook.isEmpty() || !checked ? QString() : checked.value();
    return c;
}

void CategoryDialog::validate()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    if (Status s = Category::validateName(name); !s && !name.isEmpty())
        problem = s.error().message;
    else if (m_taken.contains(name))
        problem = tr("A category named \"%1\" already exists.").arg(name);
    else if (Status e = Category::validateEmoji(m_emoji->text().trimmed()); !e)
        problem = e.error().message;
    else if (Result<quint32> color = Category::parseColor(m_color->text()); !color)
        problem = color.error().message;
    else if (const QString webhook = m_webhook->text().trimmed(); !webhook.isEmpty()) {
        if (const Result<QString> checked = WebUrl::normalizeDiscordWebhook(webhook); !checked)
            problem = checked.error().message;
    }

    const Result<quint32> color = Category::parseColor(m_color->text());
    m_swatch->setStyleSheet(color ? u"background: %1; border: 1px solid palette(mid);"_s.arg(
                                Category::formatColor(color.value()))
                                  : u"border: 1px dashed palette(mid);"_s);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty() && !name.isEmpty());
}
