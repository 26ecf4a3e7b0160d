#pragma once

// Subsystem ui/dashboard/: the first page, how events have been coming in at a glance. Its figures
// (DashboardFigures) come from ActivityQuery's quarter-hour counts, so they stay quick at a
// million events; the charts are drawn with QPainter (ActivityChart); a card per category
// (CategoryCard).

#include "dashboard/dashboardfigures.h"

#include <QWidget>

class ActivityChart;
class CategoryCard;
class Instance;
class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

// Above, all events per day (per hour for Today) stacked by category; below, a card per category
// with its count for the chosen range, the change against the range before, its last event and
// its own chart. Before the first event it shows what to do instead: a ready-to-copy curl command
// and the quick-start categories. It follows every change by itself.
class DashboardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Instance &instance, QWidget *parent = nullptr);

    bool showsEmptyState() const;
    // Before Discord is set up, the first step says so (the API would answer 403).
    bool asksForDiscordSetup() const;
    QString curlCommand() const;
    QComboBox *rangeBox() const { return m_range; }
    // The figures shown, and the text of each card (what a person reads on it).
    const DashboardFigures &figures() const { return m_figures; }
    QStringList cardTexts() const;
    QList<CategoryCard *> cards() const { return m_cardList; }
    ActivityChart *overview() const { return m_overview; }

Q_SIGNALS:
    void quickStartRequested();
    void settingsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int CardMinWidth = 240;
    static constexpr int CardIdealWidth = 320; // a new column once there is this much room
    static constexpr int MaxColumns = 3;
    QWidget *firstEventState();
    QWidget *overviewState();
    void refresh();
    void showFigures();
    // Puts the cards in as many columns as the page's width holds (one on a narrow window).
    void placeCards();
    int columnsForWidth() const;

    Instance &m_instance;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_curl;
    QPushButton *m_quickStart;
    QWidget *m_setupStep;
    bool m_stale = true; // changed while hidden: refreshed when next shown
    QComboBox *m_range;
    QLabel *m_overviewTitle;
    ActivityChart *m_overview;
    QLabel *m_legend;
    QWidget *m_cards;
    QGridLayout *m_grid;
    QScrollArea *m_scroll;
    QList<CategoryCard *> m_cardList;
    DashboardReader m_reader;
    DashboardFigures m_figures;
    qint64 m_eventCount = 0;
    int m_columns = 0;
};
