#include "apikeyspanel.h"

#include "apikeydialog.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "secretdialog.h"
#include "storage/apikeystore.h"
#include "storage/categorystore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString shownTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ApiKeysPanel::ApiKeysPanel(Instance &instance, QWidget *parent)
    : QGroupBox(tr("Keys for tools"), parent)
    , m_instance(instance)
    , m_table(new QTableWidget(0, 4, this))
    , m_stack(new QStackedWidget(this))
    , m_add(new QPushButton(tr("&Make key…"), this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("May send"), tr("Created"), tr("Last used")});
    m_table->setAccessibleName(tr("Keys for tools"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Room for a handful of keys; more scroll inside the table, not the page.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 10);

    auto *empty = new QLabel(tr("No keys for tools yet. Every script can use the API key above; "
                                "give a tool its own key to tell it apart, limit what it may send, "
                                "and revoke it alone."),
        this);
    empty->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ApiKeysPanel::onAdd);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPanel::onRevoke);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_revoke->setEnabled(!selectedName().isEmpty()); });
    // `pingpanda api-key add` in a terminal shows here too.
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this, &ApiKeysPanel::reload);
    reload();
}

QList<QWidget *> ApiKeysPanel::focusOrder() const
{
    return {m_table, m_add, m_revoke};
}

bool ApiKeysPanel::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void ApiKeysPanel::reload()
{
    const Result<QList<ApiKey>> keys = ApiKeyStore(m_instance.database()).list();
    const QString selected = selectedName();
    m_table->setRowCount(0);
    for (const ApiKey &key : keys ? keys.value() : QList<ApiKey>()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key.name));
        m_table->setItem(row, 1,
            new QTableWidgetItem(
                key.categories.isEmpty() ? tr("Every category") : key.categories.join(u", "_s)));
        m_table->setItem(row, 2, new QTableWidgetItem(shownTime(key.createdAt)));
        m_table->setItem(row, 3,
            new QTableWidgetItem(
                key.lastUsedAt.isValid() ? shownTime(key.lastUsedAt) : tr("Never")));
        if (key.name == selected)
            m_table->selectRow(row);
    }
    m_stack->setCurrentIndex(m_table->rowCount() == 0 ? 1 : 0);
    m_revoke->setEnabled(!selectedName().isEmpty());
}

QString ApiKeysPanel::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

Result<QString> ApiKeysPanel::addKey(const QString &name, const QStringList &categories)
{
    Result<QString> key = ApiKeyStore(m_instance.database()).add(name, categories);
    if (key) {
        m_instance.profileEdited();
        reload();
    }
    return key;
}

Status ApiKeysPanel::revokeKey(const QString &name)
{
    Status s = ApiKeyStore(m_instance.database()).revoke(name);
    if (s) {
        m_instance.profileEdited();
        reload();
    }
    return s;
}

void ApiKeysPanel::onAdd()
{
    QStringList categories;
    const Result<QList<Category>> known = CategoryStore(m_instance.database()).list();
    for (const Category &c : known ? known.value() : QList<Category>())
        categories << c.name;
    QStringList taken;
    for (int row = 0; row < m_table->rowCount(); ++row)
        taken << m_table->item(row, 0)->text();
    ApiKeyDialog dialog(categories, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<QString> key = addKey(dialog.name(), dialog.categories());
    if (!key) {
        QMessageBox::warning(this, tr("Make key"), key.error().message);
        return;
    }
    SecretDialog shown(tr("Key for %1").arg(dialog.name()),
        tr("The tool sends this key as 'Authorization: Bearer <key>', like the API key above."),
        this);
    shown.addValue(tr("Key"), key.value());
    shown.exec();
}

void ApiKeysPanel::onRevoke()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Revoke key"),
            tr("Revoke the key \"%1\"? The tool using it gets 401 from its next request on.")
                .arg(name))
        != QMessageBox::Yes)
        return;
    if (Status s = revokeKey(name); !s)
        QMessageBox::warning(this, tr("Revoke key"), s.error().message);
}
