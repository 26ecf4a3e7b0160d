#include "mainwindow.h"

#include "categoriespage.h"
#include "config/profile.h"
#include "dashboard/dashboardpage.h"
#include "eventspage.h"
#include "icons.h"
#include "runtime/instance.h"
#include "sendtestpage.h"
#include "settingspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
const auto GeometryKey = u"ui/window-geometry"_s;
}

MainWindow::MainWindow(Instance &instance, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(instance, this))
    , m_events(new EventsPage(instance, this))
    , m_categories(new CategoriesPage(instance, this))
    , m_sendTest(new SendTestPage(instance, this))
    , m_settings(new SettingsPage(instance, this))
{
    setWindowTitle(tr("PingPanda"));
    setWindowIcon(Icons::get(Icons::Name::App));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->addItem(tr("Dashboard"));
    m_sidebar->addItem(tr("Events"));
    m_sidebar->addItem(tr("Categories"));
    m_sidebar->addItem(tr("Send test event"));
    m_sidebar->addItem(tr("Settings"));
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 48);
    // Ctrl+1 … Ctrl+5 go to the pages, as in the sidebar's order.
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
    m_pages->addWidget(m_settings);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_dashboard, &DashboardPage::settingsRequested, this,
        [this] { m_sidebar->setCurrentRow(int(Page::Settings)); });
    connect(m_dashboard, &DashboardPage::quickStartRequested, m_categories,
        [this] { (void)m_categories->addQuickStartCategories(); });
    connect(m_settings, &SettingsPage::assistantRequested, this, &MainWindow::setupRequested);
    statusBar()->showMessage(tr("Listening on %1").arg(instance.url()));
    setTabOrder(m_sidebar, m_pages);

    const Result<QString> geometry = Profile(instance.database()).value(GeometryKey);
    if (!geometry || geometry->isEmpty()
        || !restoreGeometry(QByteArray::fromBase64(geometry->toLatin1())))
        resize(960, 640);
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
