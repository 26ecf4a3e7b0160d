#include "dashboardpage.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/activityquery.h"
#include "storage/eventstore.h"
#include "json/jsonvalue.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString relativeTime(const QDateTime &when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return DashboardPage::tr("just now");
    if (seconds < 3600)
        return DashboardPage::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DashboardPage::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return DashboardPage::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace

DashboardPage::DashboardPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_stack(new QStackedWidget(this))
    , m_curl(new QPlainTextEdit(this))
    , m_quickStart(new QPushButton(tr("Add &quick-start categories"), this))
    , m_setupStep(new QWidget(this))
    , m_range(new QComboBox(this))
    , m_cards(new QWidget(this))
    , m_grid(new QGridLayout(m_cards))
{
    // Before the first event: what to do.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *heading = new QLabel(tr("<h2>Send your first event</h2>"), empty);
    auto *explain
        = new QLabel(tr("Run this in a terminal or a script. The event appears here the moment "
                        "it arrives, and on Discord right after."),
            empty);
    explain->setWordWrap(true);
    m_curl->setReadOnly(true);
    m_curl->setAccessibleName(tr("Command for the first event"));
    m_curl->setMaximumHeight(90);
    auto *copy = new QPushButton(tr("&Copy command"), empty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(m_quickStart);
    buttons->addStretch();
    auto *setupText
        = new QLabel(tr("First, tell PingPanda where to send events: your bot's direct "
                        "messages or a channel webhook. Until then the API answers 403."),
            m_setupStep);
    setupText->setWordWrap(true);
    auto *openSettings = new QPushButton(tr("Open &Settings"), m_setupStep);
    auto *setupLayout = new QHBoxLayout(m_setupStep);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(setupText, 1);
    setupLayout->addWidget(openSettings);
    connect(openSettings, &QPushButton::clicked, this, &DashboardPage::settingsRequested);
    emptyLayout->addWidget(heading);
    emptyLayout->addWidget(m_setupStep);
    emptyLayout->addWidget(explain);
    emptyLayout->addWidget(m_curl);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    // With events: a card per category.
    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    m_range->setAccessibleName(tr("Range for the sums"));
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("This week"), 7);
    m_range->addItem(tr("This month"), 31);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Sums for:"), overview));
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();
    m_scroll = new QScrollArea(overview);
    m_scroll->setAccessibleName(tr("Categories at a glance"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards reflow instead
    m_scroll->setWidget(m_cards);
    m_scroll->viewport()->installEventFilter(this);
    const QMargins margins = m_grid->contentsMargins();
    m_scroll->setMinimumWidth(CardMinWidth + margins.left() + margins.right()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    overviewLayout->addLayout(rangeRow);
    overviewLayout->addWidget(m_scroll);

    m_stack->addWidget(empty);
    m_stack->addWidget(overview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(curlCommand()); });
    connect(m_quickStart, &QPushButton::clicked, this, &DashboardPage::quickStartRequested);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, &DashboardPage::refresh);
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this, &DashboardPage::refresh);
    refresh();
}

bool DashboardPage::asksForDiscordSetup() const
{
    return !m_setupStep->isHidden();
}

bool DashboardPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString DashboardPage::curlCommand() const
{
    const Result<QString> key = Profile(m_instance.database()).apiKey();
    const QList<Category> categories = m_instance.profile().categories();
    const QString category = categories.isEmpty() ? u"sale"_s : categories.first().name;
    return u"curl -X POST %1/api/v1/events \\\n  -H \"Authorization: Bearer %2\" \\\n  -H "
           u"\"Content-Type: "
           "application/json\" \\\n  -d '{\"category\": \"%3\", \"description\": \"Hello from PingPanda\"}'"_s
               .arg(m_instance.url(), key ? key.value() : QString(), category);
}

QStringList DashboardPage::cardTexts() const
{
    QStringList texts;
    for (const QLabel *card : m_cards->findChildren<QLabel *>(u"card"_s))
        texts << card->text();
    return texts;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    // Out of sight, the page only notes that it is out of date: a window opened on another page
    // does not wait for the dashboard's counts, and a stream of events does not recount them.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    EventStore events(m_instance.database());
    const Result<qint64> total = events.count({});
    const QList<Category> categories = m_instance.profile().categories();
    m_quickStart->setVisible(categories.isEmpty());
    m_setupStep->setVisible(!m_instance.profile().hasDestination());
    if (!total || total.value() == 0) {
        m_curl->setPlainText(curlCommand());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);

    const QDate today = QDate::currentDate();
    const QDateTime startOfDay = today.startOfDay();
    const QDateTime startOfWeek = today.addDays(1 - today.dayOfWeek()).startOfDay();
    const QDateTime startOfMonth = QDate(today.year(), today.month(), 1).startOfDay();
    const int range = m_range->currentData().toInt();
    const QDateTime sumsFrom = range == 1 ? startOfDay : range == 7 ? startOfWeek : startOfMonth;
    const Result<QList<CategoryActivity>> activity
        = ActivityQuery(m_instance.database())
              .perCategory(startOfDay, startOfWeek, startOfMonth, sumsFrom);
    if (!activity)
        return;

    qDeleteAll(m_cardList);
    m_cardList.clear();
    for (const Category &c : categories) {
        CategoryActivity a;
        for (const CategoryActivity &candidate : activity.value()) {
            if (candidate.category == c.name)
                a = candidate;
        }
        QStringList sums;
        for (const auto &[name, value] : std::as_const(a.sums))
            sums << u"%1: %2"_s.arg(name.toHtmlEscaped(), JsonValue::formatNumber(value));
        auto *card = new QLabel(m_cards);
        card->setObjectName(u"card"_s);
        card->setTextFormat(Qt::RichText);
        card->setWordWrap(true); // a narrow window wraps the counts instead of cutting them off
        card->setMinimumWidth(CardMinWidth);
        card->setStyleSheet(
            u"QLabel#card { border: 1px solid palette(mid); border-left: 6px solid %1; padding: 8px; }"_s
                .arg(c.colorName()));
        card->setText(
            tr("<b>%1 %2</b><br>Today: %3 · This week: %4 · This month: %5<br>Last event: %6%7")
                .arg(c.shownEmoji(), c.name.toHtmlEscaped())
                .arg(a.today)
                .arg(a.week)
                .arg(a.month)
                .arg(a.lastEvent.isValid() ? relativeTime(a.lastEvent) : tr("none yet"))
                .arg(sums.isEmpty() ? QString() : u"<br>"_s + sums.join(u" · "_s)));
        card->setAccessibleName(tr("Category %1").arg(c.name));
        m_cardList << card;
    }
    m_columns = 0;
    placeCards();
}

int DashboardPage::columnsForWidth() const
{
    const QMargins margins = m_grid->contentsMargins();
    const int room = m_scroll->viewport()->width() - margins.left() - margins.right();
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    return qBound(1, (room + spacing) / (CardIdealWidth + spacing), MaxColumns);
}

void DashboardPage::placeCards()
{
    const int columns = columnsForWidth();
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QLabel *card : std::as_const(m_cardList))
        m_grid->removeWidget(card);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    for (int column = 0; column < MaxColumns; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    for (qsizetype i = 0; i < m_cardList.size(); ++i)
        m_grid->addWidget(m_cardList[i], int(i / columns), int(i % columns));
    m_grid->setRowStretch(int((m_cardList.size() + columns - 1) / columns), 1);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        placeCards();
    return QWidget::eventFilter(watched, event);
}
