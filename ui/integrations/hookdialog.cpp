#include "hookdialog.h"

#include "wrappedtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HookDialog::HookDialog(const QStringList &categories, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_name(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_presetHelp(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New hook"));
    m_name->setPlaceholderText(tr("github-shop"));
    for (HookPreset preset :
        {HookPreset::GitHub, HookPreset::Grafana, HookPreset::UptimeKuma, HookPreset::Generic})
        m_preset->addItem(presetTitle(preset), int(preset));
    m_category->addItems(categories);
    m_presetHelp->setWordWrap(true);
    m_presetHelp->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make hook"));

    auto *intro = new QLabel(tr("A hook gives another program its own address here. What it "
                                "sends there becomes an event of the category you choose."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Sent by:"), m_preset);
    form->addRow(QString(), m_presetHelp);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &HookDialog::validate);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &HookDialog::validate);
    validate();
}

QString HookDialog::name() const
{
    return m_name->text().trimmed();
}

HookPreset HookDialog::preset() const
{
    return HookPreset(m_preset->currentData().toInt());
}

QString HookDialog::category() const
{
    return m_category->currentText();
}

QString HookDialog::presetTitle(HookPreset preset)
{
    switch (preset) {
    case HookPreset::GitHub:
        return tr("GitHub");
    case HookPreset::Grafana:
        return tr("Grafana alerting");
    case HookPreset::UptimeKuma:
        return tr("Uptime Kuma");
    case HookPreset::Generic:
        return tr("Any program (JSON)");
    }
    return {};
}

QString HookDialog::presetHelp(HookPreset preset)
{
    switch (preset) {
    case HookPreset::GitHub:
        return tr("Pushes, workflow runs, issues, pull requests and releases of a repository. "
                  "GitHub signs each delivery with the hook's key.");
    case HookPreset::Grafana:
        return tr("Alerts firing and resolved, from a contact point of type Webhook.");
    case HookPreset::UptimeKuma:
        return tr("Monitors going down and coming back up, from a Webhook notification.");
    case HookPreset::Generic:
        return tr("{\"description\": \"…\", \"fields\": {…}} or any JSON object: a text member "
                  "becomes the message, the other values its fields.");
    }
    return {};
}

void HookDialog::validate()
{
    m_presetHelp->setText(presetHelp(preset()));
    QString problem;
    if (m_category->count() == 0)
        problem = tr("Add a category first, on the Categories page: a hook's events need one.");
    else if (name().isEmpty())
        problem = tr("Name the hook; the name is part of its address.");
    else if (Status s = Hook::validateName(name()); !s)
        problem = s.error().message;
    else if (m_taken.contains(name()))
        problem = tr("There is already a hook named \"%1\".").arg(name());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    growToFitWrappedText(this);
}

void HookDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFitWrappedText(this);
}
