#include "apikeydialog.h"

#include "domain/apikey.h"
#include "wrappedtext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ApiKeyDialog::ApiKeyDialog(const QStringList &categories, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_name(new QLineEdit(this))
    , m_all(new QRadioButton(tr("&Every category"), this))
    , m_some(new QRadioButton(tr("&Only these:"), this))
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New key for a tool"));
    m_name->setPlaceholderText(tr("backup-script"));
    m_name->setAccessibleName(tr("Name"));
    m_all->setChecked(true);
    for (const QString &category : categories) {
        auto *item = new QListWidgetItem(category, m_list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setAccessibleName(tr("Categories it may send"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make key"));

    auto *intro = new QLabel(tr("Give each script or service its own key: you can tell them apart "
                                "in the events, limit what each may send, and revoke one alone."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("May send:"), m_all);
    form->addRow(QString(), m_some);
    form->addRow(QString(), m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // Wide enough that the wrapped lines (the introduction, the problem) stay few.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ApiKeyDialog::validate);
    connect(m_some, &QRadioButton::toggled, this, &ApiKeyDialog::validate);
    connect(m_list, &QListWidget::itemChanged, this, &ApiKeyDialog::validate);
    validate();
}

QString ApiKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList ApiKeyDialog::categories() const
{
    QStringList chosen;
    if (!m_some->isChecked())
        return chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen << m_list->item(row)->text();
    }
    return chosen;
}

void ApiKeyDialog::validate()
{
    m_list->setEnabled(m_some->isChecked());
    QString problem;
    if (name().isEmpty())
        problem = tr("Name the tool that will use the key.");
    else if (Status s = ApiKey::validateName(name()); !s)
        problem = s.error().message;
    else if (m_taken.contains(name()))
        problem = tr("There is already a key named \"%1\".").arg(name());
    else if (m_some->isChecked() && categories().isEmpty())
        problem = tr("Tick the categories it may send.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    growToFitWrappedText(this);
}

void ApiKeyDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFitWrappedText(this);
}
