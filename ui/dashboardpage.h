#pragma once

#include <QWidget>

class Instance;
class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

// The first page: a card per category (events today, this week and this month, the last one,
// and the sums of numeric fields over the chosen range, like the original's category page), or,
// before the first event, what to do: a ready-to-copy curl command and the quick-start
// categories. It follows every change by itself.
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
    // The text of each card, by category name (what a person reads on it).
    QStringList cardTexts() const;

Q_SIGNALS:
    void quickStartRequested();
    void settingsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int CardMinWidth = 220;
    static constexpr int CardIdealWidth = 300; // a new column once there is this much room
    static constexpr int MaxColumns = 3;
    void refresh();
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
    QWidget *m_cards;
    QGridLayout *m_grid;
    QScrollArea *m_scroll;
    QList<QLabel *> m_cardList;
    int m_columns = 0;
};
