#include "mainwindow.h"

#include "categoriespage.h"
#include "config/profile.h"
#include "dashboard/dashboardpage.h"
#include "discordpanel.h"
#include "eventspage.h"
#include "icons.h"
#include "integrations/hookspage.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "sendtestpage.h"
#include "settingspage.h"
#include "sidebar.h"
#include "storage/eventstore.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const auto GeometryKey = u"ui/window-geometry"_s;

struct PageText
{
    QString title;
    QString help;
};

// Each page's title and its one line of help, in the sidebar's order.
PageText pageText(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Dashboard:
        return {
            MainWindow::tr("Dashboard"), MainWindow::tr("How your events have been coming in.")};
    case MainWindow::Page::Events:
        return {MainWindow::tr("Events"),
            MainWindow::tr("Every event received, newest first. Select one to see its fields and "
                           "what Discord answered.")};
    case MainWindow::Page::Categories:
        return {MainWindow::tr("Categories"),
            MainWindow::tr("The kinds of events your scripts send, with the emoji and colour of "
                           "their Discord messages.")};
    case MainWindow::Page::SendTest:
        return {MainWindow::tr("Send test event"),
            MainWindow::tr("Send an event the way a script would, and watch it reach Discord.")};
    case MainWindow::Page::Hooks:
        return {MainWindow::tr("Hooks"),
            MainWindow::tr("Addresses for GitHub, Grafana, Uptime Kuma or any program's webhooks: "
                           "what they send becomes events.")};
    case MainWindow::Page::Settings:
        return {MainWindow::tr("Settings"),
            MainWindow::tr("Where events go, the key scripts use, and how PingPanda runs on this "
                           "computer.")};
    }
    return {};
}

} // namespace

// One line of help that ends in "…" when the window is too narrow for it, with the whole line as
// its tooltip then. A wrapping label would have Qt size the page column by height-for-width, which
// counts every page at its preferred height, not its minimum.
class HelpLine : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return QSize(0, fontMetrics().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, width());
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, shown);
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        const bool cut = fontMetrics().horizontalAdvance(text()) > width();
        setToolTip(cut ? text() : QString());
    }
};

MainWindow::MainWindow(Instance &instance, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_sidebar(new Sidebar(this))
    , m_title(new QLabel(this))
    , m_help(new HelpLine(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(instance, this))
    , m_events(new EventsPage(instance, this))
    , m_categories(new CategoriesPage(instance, this))
    , m_sendTest(new SendTestPage(instance, this))
    , m_hooks(new HooksPage(instance, this))
    , m_settings(new SettingsPage(instance, this))
{
    setWindowTitle(tr("PingPanda"));
    setWindowIcon(Icons::get(Icons::Name::App));
    m_sidebar->setAccessibleName(tr("Pages"));
    const Icons::Name icons[]
        = {Icons::Name::PageDashboard, Icons::Name::PageEvents, Icons::Name::PageCategories,
            Icons::Name::PageSendTest, Icons::Name::PageHooks, Icons::Name::PageSettings};
    for (int row = 0; row <= int(Page::Settings); ++row)
        m_sidebar->addPage(icons[row], pageText(Page(row)).title);
    m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    // Ctrl+1 … Ctrl+6 go to the pages, as in the sidebar's order.
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + row)));
        auto *go = new QAction(this);
        go->setShortcut(keys);
        connect(go, &QAction::triggered, this, [this, row] { showPage(Page(row)); });
        addAction(go);
        m_sidebar->item(row)->setToolTip(keys.toString(QKeySequence::NativeText));
    }
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_events);
    m_pages->addWidget(m_categories);
    m_pages->addWidget(m_sendTest);
    m_pages->addWidget(m_hooks);
    m_pages->addWidget(m_settings);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showHeader);
    m_sidebar->setCurrentRow(0);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_help->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QVBoxLayout;
    page->setContentsMargins(12, 8, 4, 0);
    page->addWidget(m_title);
    page->addWidget(m_help);
    page->addSpacing(8);
    page->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(page, 1);
    setCentralWidget(central);
    showHeader(0);
    updateFailedCount();
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this,
        &MainWindow::updateFailedCount);
    connect(m_dashboard, &DashboardPage::settingsRequested, this,
        [this] { m_sidebar->setCurrentRow(int(Page::Settings)); });
    connect(m_dashboard, &DashboardPage::quickStartRequested, m_categories,
        [this] { (void)m_categories->addQuickStartCategories(); });
    connect(m_settings->discordPanel(), &DiscordPanel::assistantRequested, this,
        &MainWindow::setupRequested);
    connect(m_events, &EventsPage::sendTestRequested, this, [this] { showPage(Page::SendTest); });
    statusBar()->showMessage(tr("Listening on %1").arg(instance.url()));
    setTabOrder(m_sidebar, m_pages);

    const Result<QString> geometry = Profile(instance.database()).value(GeometryKey);
    if (!geometry || geometry->isEmpty()
        || !restoreGeometry(QByteArray::fromBase64(geometry->toLatin1())))
        resize(960, 640);
}

void MainWindow::showHeader(int page)
{
    const PageText text = pageText(Page(page));
    m_title->setText(text.title);
    m_help->setText(text.help);
}

void MainWindow::updateFailedCount()
{
    EventQuery failed;
    failed.status = DeliveryStatus::Failed;
    const Result<qint64> count = EventStore(m_instance.database()).count(failed);
    const int n = count ? int(qMin<qint64>(count.value(), INT_MAX)) : 0;
    m_sidebar->setBadge(int(Page::Events), n, tr("%n failed event(s)", nullptr, n));
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
    showAndRaise();
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Status s = Profile(m_instance.database())
                       .setValue(GeometryKey, QString::fromLatin1(saveGeometry().toBase64()));
        !s)
        qWarning("Could not remember the window's size: %ls", qUtf16Printable(s.error().message));
    if (m_keepInTray) {
        event->ignore();
        hide();
        Q_EMIT hiddenToTray();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}
