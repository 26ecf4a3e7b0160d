#include "secretdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

SecretDialog::SecretDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setWindowTitle(title);
    auto *heading = new QLabel(intro, this);
    heading->setWordWrap(true);
    auto *warning = new QLabel(
        tr("<b>Copy it now.</b> PingPanda keeps only a hash of the key and cannot show it again; "
           "if it is lost, make a new one."),
        this);
    warning->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addLayout(warningRow);
    layout->addWidget(buttons);
    // Values come after construction; the dialog grows to show them whole.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QLineEdit *SecretDialog::addValue(const QString &label, const QString &value)
{
    auto *field = new QLineEdit(value, this);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole value in view: a key is copied whole, but read and compared by eye too.
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value)
        + 4 * field->fontMetrics().averageCharWidth());
    field->setAccessibleName(label);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    connect(copy, &QPushButton::clicked, this, [field, copy] {
        QGuiApplication::clipboard()->setText(field->text());
        copy->setText(tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    m_form->addRow(label + QLatin1Char(':'), row);
    return field;
}

void SecretDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    m_form->addRow(note);
}
