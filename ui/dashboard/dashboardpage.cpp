#include "dashboard/dashboardpage.h"

#include "dashboard/activitychart.h"
#include "dashboard/categorycard.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/eventstore.h"

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
const auto RangeKey = u"ui/dashboard-range"_s;
}

DashboardPage::DashboardPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_stack(new QStackedWidget(this))
    , m_curl(new QPlainTextEdit(this))
    , m_quickStart(new QPushButton(tr("Add &quick-start categories"), this))
    , m_setupStep(new QWidget(this))
    , m_range(new QComboBox(this))
    , m_overviewTitle(new QLabel(this))
    , m_overview(new ActivityChart(this))
    , m_legend(new QLabel(this))
    , m_cards(new QWidget(this))
    , m_grid(new QGridLayout(m_cards))
    , m_reader(instance.database())
{
    m_stack->addWidget(firstEventState());
    m_stack->addWidget(overviewState());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_quickStart, &QPushButton::clicked, this, &DashboardPage::quickStartRequested);
    // The range chosen last time, kept in the profile.
    const Result<QString> remembered = Profile(instance.database()).value(RangeKey);
    if (remembered)
        m_range->setCurrentIndex(qMax(0, m_range->findData(remembered->toInt())));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        if (Status s = Profile(m_instance.database())
                           .setValue(RangeKey, QString::number(m_range->currentData().toInt()));
            !s)
            qWarning("Could not remember the dashboard's range: %ls",
                qUtf16Printable(s.error().message));
        refresh();
    });
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, &DashboardPage::refresh);
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this, [this] {
        m_reader.forget(); // a category may have been renamed
        refresh();
    });
    refresh();
}

// Before the first event: what to do.
QWidget *DashboardPage::firstEventState()
{
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
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(curlCommand()); });
    emptyLayout->addWidget(heading);
    emptyLayout->addWidget(m_setupStep);
    emptyLayout->addWidget(explain);
    emptyLayout->addWidget(m_curl);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();
    return empty;
}

// With events: the range, the chart of all events, a card per category.
QWidget *DashboardPage::overviewState()
{
    auto *overview = new QWidget(this);
    m_range->setAccessibleName(tr("Range"));
    m_range->addItem(tr("Today"), int(DashboardFigures::Range::Today));
    m_range->addItem(tr("Last 7 days"), int(DashboardFigures::Range::Week));
    m_range->addItem(tr("Last 30 days"), int(DashboardFigures::Range::Month));
    auto *rangeLabel = new QLabel(tr("S&how:"), overview);
    rangeLabel->setBuddy(m_range);
    QFont bold = m_overviewTitle->font();
    bold.setBold(true);
    m_overviewTitle->setFont(bold);
    auto *header = new QHBoxLayout;
    header->addWidget(m_overviewTitle, 1);
    header->addWidget(rangeLabel);
    header->addWidget(m_range);
    m_overview->setAccessibleName(tr("All events"));
    m_overview->setAxisLabels(true);
    m_overview->setMinimumHeight(fontMetrics().height() * 5);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    m_scroll = new QScrollArea(overview);
    m_scroll->setAccessibleName(tr("Categories at a glance"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards reflow instead
    m_scroll->setWidget(m_cards);
    m_scroll->viewport()->installEventFilter(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_scroll->setMinimumWidth(CardMinWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    auto *layout = new QVBoxLayout(overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_overview);
    layout->addWidget(m_legend);
    layout->addSpacing(8);
    layout->addWidget(m_scroll, 1);
    return overview;
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
    for (const CategoryCard *card : m_cardList)
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
    // Fewer events than before: some were removed, and the past days' totals with them.
    if (total && total.value() < m_eventCount)
        m_reader.forget();
    m_eventCount = total ? total.value() : 0;
    if (!total || total.value() == 0) {
        m_curl->setPlainText(curlCommand());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const auto range = DashboardFigures::Range(m_range->currentData().toInt());
    Result<DashboardFigures> figures
        = m_reader.read(categories, range, QDateTime::currentDateTime());
    if (!figures) {
        m_overviewTitle->setText(figures.error().message);
        return;
    }
    m_figures = std::move(figures).value();
    showFigures();
}

void DashboardPage::showFigures()
{
    const bool today = m_figures.range == DashboardFigures::Range::Today;
    m_overviewTitle->setText(today
            ? tr("All events today, by hour")
            : tr("All events in the last %1 days, by day").arg(DashboardFigures::ChartDays));
    QList<ActivityChart::Series> series;
    QStringList legend;
    for (const DashboardFigures::PerCategory &c : std::as_const(m_figures.categories)) {
        const QColor color = QColor::fromRgb(QRgb(c.category.color));
        series.append({c.category.name, color, c.series});
        legend << u"<span style='color:%1'>●</span>&nbsp;%2"_s.arg(
            color.name(), c.category.name.toHtmlEscaped());
    }
    m_overview->setData(m_figures.buckets, series, today);
    m_legend->setText(legend.join(u"&nbsp;&nbsp;&nbsp; "_s));

    // Cards are reused: a refresh while the person hovers a chart keeps its tooltip in place.
    while (m_cardList.size() > m_figures.categories.size())
        delete m_cardList.takeLast();
    while (m_cardList.size() < m_figures.categories.size()) {
        auto *card = new CategoryCard(m_cards);
        card->setMinimumWidth(CardMinWidth);
        m_cardList << card;
    }
    for (qsizetype i = 0; i < m_cardList.size(); ++i)
        m_cardList[i]->setFigures(m_figures, m_figures.categories[i]);
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
    for (CategoryCard *card : std::as_const(m_cardList))
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
