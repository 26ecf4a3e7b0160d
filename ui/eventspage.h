#pragma once

#include "domain/error.h"

#include <QWidget>

class Instance;
class EventsModel;
class QComboBox;
class QStackedWidget;
class QLabel;
class QLineEdit;
class QTimer;
class QPushButton;
class QTableView;
class QTextBrowser;
struct Event;

// The event history: filters (category, delivery status, time range, text), a table that loads
// lazily and updates by itself when events arrive or change, the selected event's details, Retry
// for a failed one, Copy as JSON, and Export of the filtered rows to CSV or JSON.
class EventsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPage)

public:
    explicit EventsPage(Instance &instance, QWidget *parent = nullptr);

    EventsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *rangeFilter() const { return m_range; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *retryButton() const { return m_retry; }

    QLineEdit *searchEdit() const { return m_search; }

    Status retrySelected();
    // Writes the rows the filters select (all of them) to a .csv or .json file.
    Result<qint64> exportTo(const QString &fileName);
    // The selected event as JSON, as the API shows it; also put on the clipboard.
    QString copySelectedAsJson();
    // While there are no rows: what the page says instead, and its one button.
    bool showsEmptyState() const;
    QPushButton *emptyStateButton() const { return m_emptyAction; }

Q_SIGNALS:
    // The empty history's button: the Send test event page.
    void sendTestRequested();

private:
    // The filter row: category, status, time range and search.
    void setUpFilters();
    QWidget *emptyState();
    void showEmptyState();
    bool filtered() const;
    void clearFilters();
    // The table, its column widths and the details pane under it.
    void setUpTable();
    void applyFilters();
    void fillCategories();
    void showSelected();
    // Everything the event carried, and its delivery: status, problem and history.
    QString detailsHtml(const Event &e) const;

    Instance &m_instance;
    EventsModel *m_model;
    QTableView *m_view;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_range;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTextBrowser *m_details;
    QPushButton *m_retry;
    QStackedWidget *m_table; // the table, or what to do while it is empty
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
};
