#include "categoriespage.h"

#include "categoriesmodel.h"
#include "categorydialog.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/activityquery.h"
#include "storage/categorystore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CategoriesPage::CategoriesPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_model(new CategoriesModel(instance.database(), this))
    , m_view(new QTableView(this))
    , m_quickStart(new QPushButton(tr("Add &quick-start categories"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_table(new QStackedWidget(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Categories"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The emoji and the colour take what they show; the name takes the room.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(CategoriesModel::EmojiColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CategoriesModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CategoriesModel::ColorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CategoriesModel::SendingColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CategoriesModel::EventsColumn, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *add = new QPushButton(tr("&Add…"), this);
    m_quickStart->setToolTip(tr("Adds bug 🐞, sale 💰 and question 🤔."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_quickStart);

    // Without categories: what one is, in place of an empty table.
    auto *empty = new QLabel(tr("<b>No categories yet.</b><br>A category names a kind of event "
                                "(a sale, a signup, a failed job) and gives its Discord message "
                                "an emoji and a colour. Scripts can only send categories that "
                                "exist: add your own, or the quick-start set."),
        this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMinimumWidth(empty->fontMetrics().averageCharWidth() * 36);
    m_table->addWidget(m_view);
    m_table->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &CategoriesPage::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &CategoriesPage::onEdit);
    connect(m_delete, &QPushButton::clicked, this, &CategoriesPage::onDelete);
    connect(m_view, &QTableView::doubleClicked, this, &CategoriesPage::onEdit);
    connect(m_quickStart, &QPushButton::clicked, this, [this] { (void)addQuickStartCategories(); });
    connect(
        &instance.notifier(), &ProfileNotifier::profileChanged, m_model, &CategoriesModel::refresh);
    connect(
        &instance.notifier(), &ProfileNotifier::eventsChanged, m_model, &CategoriesModel::refresh);
    const auto updateButtons = [this] {
        const bool selected = m_view->selectionModel()->hasSelection();
        m_edit->setEnabled(selected);
        m_delete->setEnabled(selected);
        m_quickStart->setVisible(m_model->rowCount() == 0);
        m_table->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
}

bool CategoriesPage::showsEmptyState() const
{
    return m_table->currentIndex() == 1;
}

QStringList CategoriesPage::namesExcept(const QString &name) const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->categoryAt(row).name != name)
            names << m_model->categoryAt(row).name;
    }
    return names;
}

void CategoriesPage::changed()
{
    m_instance.profileEdited();
    m_model->refresh();
}

Status CategoriesPage::addCategory(const Category &category)
{
    Result<Category> added = CategoryStore(m_instance.database()).add(category);
    if (!added)
        return added.error();
    changed();
    return {};
}

Status CategoriesPage::updateCategory(const QString &name, const Category &changedCategory)
{
    Result<Category> updated = CategoryStore(m_instance.database()).update(name, changedCategory);
    if (!updated)
        return updated.error();
    changed();
    return {};
}

Status CategoriesPage::removeCategory(const QString &name)
{
    if (Status s = CategoryStore(m_instance.database()).remove(name); !s)
        return s;
    changed();
    return {};
}

Status CategoriesPage::addQuickStartCategories()
{
    CategoryStore store(m_instance.database());
    for (const Category &c : Category::quickStart()) {
        if (store.find(c.name))
            continue;
        if (Result<Category> added = store.add(c); !added) {
            QMessageBox::warning(this, tr("Quick-start categories"), added.error().message);
            return added.error();
        }
    }
    changed();
    return {};
}

QStringList CategoriesPage::numericFieldsOf(const QString &category) const
{
    // What the last 30 days' events of the category carried as numbers.
    const QDateTime now = QDateTime::currentDateTime();
    const Result<QList<FieldTotal>> totals
        = ActivityQuery(m_instance.database()).totalsBetween(now.addDays(-30), now.addSecs(60));
    QStringList names;
    for (const FieldTotal &t : totals ? totals.value() : QList<FieldTotal>()) {
        if (t.category == category)
            names << t.field;
    }
    return names;
}

void CategoriesPage::onAdd()
{
    CategoryDialog dialog(Category(), namesExcept(QString()), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = addCategory(dialog.category()); !s)
        QMessageBox::warning(this, tr("Add category"), s.error().message);
}

void CategoriesPage::onEdit()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Category current = m_model->categoryAt(rows.first().row());
    CategoryDialog dialog(current, namesExcept(current.name), numericFieldsOf(current.name), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = updateCategory(current.name, dialog.category()); !s)
        QMessageBox::warning(this, tr("Edit category"), s.error().message);
}

void CategoriesPage::onDelete()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = m_model->categoryAt(rows.first().row()).name;
    const int events
        = m_model->data(m_model->index(rows.first().row(), CategoriesModel::EventsColumn)).toInt();
    const QString question = events == 0
        ? tr("Delete the category \"%1\"? Scripts sending it will get 404 from then on.").arg(name)
        : tr("Delete the category \"%1\"? Its %n event(s) stay in the history; scripts sending it "
             "will get "
             "404 from then on.",
            nullptr, events)
              .arg(name);
    if (QMessageBox::question(this, tr("Delete category"), question) != QMessageBox::Yes)
        return;
    if (Status s = removeCategory(name); !s)
        QMessageBox::warning(this, tr("Delete category"), s.error().message);
}
