#include "eventspage.h"

#include "config/liveprofile.h"
#include "discord/deliveries.h"
#include "eventsmodel.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/eventexporter.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "taborder.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EventsPage::EventsPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_model(new EventsModel(instance.database(), this))
    , m_view(new QTableView(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_details(new QTextBrowser(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_table(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_emptyAction(new QPushButton(this))
{
    setUpFilters();
    setUpTable();
    auto *copyJson = new QPushButton(tr("Copy as &JSON"), this);
    auto *exportRows = new QPushButton(tr("E&xport…"), this);
    exportRows->setToolTip(tr("Save the events shown (all pages) as CSV or JSON."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_category);
    filters->addWidget(m_status);
    filters->addWidget(m_range);
    filters->addWidget(m_search, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(copyJson);
    actions->addWidget(exportRows);
    actions->addWidget(m_retry);

    m_table->addWidget(m_view);
    m_table->addWidget(emptyState());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);
    layout->addLayout(actions);

    // Ctrl+F: straight to the search.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    chainTabOrder({m_category, m_status, m_range, m_search, m_view, m_emptyAction, m_details,
        copyJson, exportRows, m_retry});

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EventsPage::applyFilters);
    connect(copyJson, &QPushButton::clicked, this, [this] { (void)copySelectedAsJson(); });
    connect(exportRows, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export events"), u"pingpanda-events.csv"_s, tr("CSV (*.csv);;JSON (*.json)"));
        if (file.isEmpty())
            return;
        const Result<qint64> written = exportTo(file);
        if (!written)
            QMessageBox::warning(this, tr("Export events"), written.error().message);
    });

    for (QComboBox *box : {m_category, m_status, m_range})
        connect(box, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EventsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsPage::showSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (Status s = retrySelected(); !s)
            QMessageBox::warning(this, tr("Retry"), s.error().message);
    });
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, m_model, &EventsModel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::showEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPage::showEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventsPage::showEmptyState);
    showEmptyState();
    connect(
        &instance.notifier(), &ProfileNotifier::profileChanged, this, &EventsPage::fillCategories);
}

// In place of the table when it has no rows: why, and what to do about it.
QWidget *EventsPage::emptyState()
{
    auto *empty = new QWidget(this);
    m_emptyText->setWordWrap(true);
    // Wide enough to need only a few lines: a wrapped label asks for the height of its
    // narrowest layout, and would make the whole window taller.
    m_emptyText->setMinimumWidth(m_emptyText->fontMetrics().averageCharWidth() * 36);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (filtered()) {
            clearFilters();
            return;
        }
        Q_EMIT sendTestRequested();
    });
    return empty;
}

bool EventsPage::showsEmptyState() const
{
    return m_table->currentIndex() == 1;
}

bool EventsPage::filtered() const
{
    return !m_category->currentData().toString().isEmpty() || m_status->currentData().toInt() >= 0
        || m_range->currentData().toInt() != 0 || !m_search->text().trimmed().isEmpty();
}

void EventsPage::clearFilters()
{
    for (QComboBox *box : {m_category, m_status, m_range})
        box->setCurrentIndex(0);
    m_search->clear();
    applyFilters();
}

void EventsPage::showEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && filtered()) {
        m_emptyText->setText(tr("<b>No events match these filters.</b><br>Events that arrive and "
                                "match them appear here at once."));
        m_emptyAction->setText(tr("Show &all events"));
    } else if (empty) {
        m_emptyText->setText(tr("<b>No events yet.</b><br>Every event a script sends appears "
                                "here the moment it arrives, with what Discord made of it."));
        m_emptyAction->setText(tr("Send a &test event"));
    }
    m_table->setCurrentIndex(empty ? 1 : 0);
}

void EventsPage::setUpFilters()
{
    m_category->setAccessibleName(tr("Category filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_range->setAccessibleName(tr("Time range"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Pending"), int(DeliveryStatus::Pending));
    m_status->addItem(tr("Delivered"), int(DeliveryStatus::Delivered));
    m_status->addItem(tr("Failed"), int(DeliveryStatus::Failed));
    m_range->addItem(tr("All time"), 0);
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("This week"), 7);
    m_range->addItem(tr("This month"), 31);
    fillCategories();

    m_search->setPlaceholderText(tr("Search descriptions and fields"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
}

void EventsPage::setUpTable()
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Widths from the font, not from the rows: measuring contents would read every page.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QString sampleTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(EventsModel::TimeColumn, metrics.horizontalAdvance(sampleTime) + 24);
    header->resizeSection(
        EventsModel::CategoryColumn, metrics.horizontalAdvance(u"question-category"_s));
    header->resizeSection(EventsModel::FieldsColumn, metrics.horizontalAdvance(u"x"_s) * 30);
    header->resizeSection(
        EventsModel::StatusColumn, metrics.horizontalAdvance(tr("Delivered")) + 32);
    header->setSectionResizeMode(EventsModel::DescriptionColumn, QHeaderView::Stretch);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Event details"));
    m_details->setPlaceholderText(
        tr("Select an event to see everything it carried and how its delivery went."));
    m_retry->setEnabled(false);
}

void EventsPage::fillCategories()
{
    m_model->setCategories(m_instance.profile().categories());
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const Category &c : m_instance.profile().categories())
        m_category->addItem(c.shownEmoji() + u' ' + c.name, c.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void EventsPage::applyFilters()
{
    EventQuery query;
    query.category = m_category->currentData().toString();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        query.status = DeliveryStatus(status);
    if (const int days = m_range->currentData().toInt(); days > 0) {
        const QDate today = QDate::currentDate();
        QDate from = today;
        if (days == 7)
            from = today.addDays(1 - today.dayOfWeek());
        else if (days == 31)
            from = QDate(today.year(), today.month(), 1);
        query.from = from.startOfDay();
    }
    query.text = m_search->text().trimmed();
    m_model->setQuery(query);
    showSelected();
}

void EventsPage::showSelected()
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        m_details->clear();
        m_retry->setEnabled(false);
        return;
    }
    const Event e = m_model->eventAt(rows.first().row());
    m_details->setHtml(detailsHtml(e));
    m_retry->setEnabled(e.status == DeliveryStatus::Failed);
}

QString EventsPage::detailsHtml(const Event &e) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto when = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime(), QLocale::LongFormat).toHtmlEscaped();
    };
    const Category *category = m_instance.profile().category(e.category);
    const QString emoji = category ? category->shownEmoji() : Category().shownEmoji();
    QString html = u"<h3>%1 %2</h3>"_s.arg(esc(emoji), esc(e.category));
    html += u"<p>"_s + esc(tr("Received %1")).arg(when(e.createdAt)) + u"<br><small>"_s
        + esc(tr("Event ID %1")).arg(esc(e.id)) + u"</small></p>"_s;
    if (!e.description.isEmpty())
        html += u"<p>"_s + esc(e.description).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    if (!e.fields.members().empty()) {
        html += u"<table cellspacing='0' cellpadding='3'>"_s;
        for (const auto &[name, value] : e.fields.members())
            html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
                esc(name), esc(value.toDisplayString()));
        html += u"</table>"_s;
    }

    html += u"<h4>"_s + esc(tr("Delivery: %1").arg(EventsModel::statusText(e.status))) + u"</h4>"_s;
    if (e.status == DeliveryStatus::Pending && e.attempts == 0)
        html += u"<p>"_s + esc(tr("Waiting to be sent to Discord.")) + u"</p>"_s;
    if (!e.error.isEmpty() && e.status != DeliveryStatus::Delivered)
        html += u"<p><b>"_s + esc(tr("Problem:")) + u"</b> "_s + esc(e.error) + u"</p>"_s;
    const Result<QList<DeliveryAttempt>> history = EventStore(m_instance.database()).history(e.id);
    if (!history) {
        html += u"<p>"_s + esc(history.error().message) + u"</p>"_s;
        return html;
    }
    if (history->isEmpty())
        return html;
    html += u"<ul>"_s;
    for (const DeliveryAttempt &a : history.value()) {
        QString what;
        switch (a.outcome) {
        case DeliveryAttempt::Outcome::Delivered:
            what = a.detail.isEmpty() ? tr("Sent to Discord.")
                                      : tr("Sent to Discord (message %1).").arg(a.detail);
            break;
        case DeliveryAttempt::Outcome::Retrying:
            what = tr("Not sent, will try again: %1").arg(a.detail);
            break;
        case DeliveryAttempt::Outcome::Failed:
            what = tr("Gave up: %1").arg(a.detail);
            break;
        case DeliveryAttempt::Outcome::Requeued:
            what = tr("You asked to send it again.");
            break;
        }
        html += u"<li>%1 — %2</li>"_s.arg(
            QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
            esc(what));
    }
    html += u"</ul>"_s;
    return html;
}

Status EventsPage::retrySelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return Error::invalidInput(tr("Select a failed event first."));
    const Event e = m_model->eventAt(rows.first().row());
    if (Status s = Outbox(m_instance.database()).requeue(e.id); !s)
        return s;
    m_instance.delivery().wake();
    m_instance.notifier().noteEventsChanged();
    return {};
}

Result<qint64> EventsPage::exportTo(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("%1 cannot be written: %2").arg(fileName, file.errorString()));
    const Result<qint64> written = EventExporter::write(EventStore(m_instance.database()),
        m_model->query(), EventExporter::formatFor(fileName), file);
    if (!written)
        return written;
    if (!file.commit())
        return Error::storage(tr("%1 cannot be written: %2").arg(fileName, file.errorString()));
    return written;
}

QString EventsPage::copySelectedAsJson()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QString json
        = QString::fromUtf8(m_model->eventAt(rows.first().row()).toJson().toIndentedJson());
    QApplication::clipboard()->setText(json);
    return json;
}
