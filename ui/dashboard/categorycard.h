#pragma once

#include "dashboard/dashboardfigures.h"

#include <QFrame>

class ActivityChart;
class QLabel;

// One category at a glance: its count for the range in large type, the change against the range
// before, when the last event came, a bar per day (per hour for Today) in the category's colour,
// and the totals of its fields.
class CategoryCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryCard)

public:
    explicit CategoryCard(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures, const DashboardFigures::PerCategory &c);
    const DashboardFigures::PerCategory &figures() const { return m_figures; }
    // What a person reads on the card, line by line.
    QString text() const;
    ActivityChart *chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DashboardFigures::PerCategory m_figures;
    QLabel *m_title;
    QLabel *m_last;
    QLabel *m_count;
    QLabel *m_change;
    ActivityChart *m_chart;
    QLabel *m_totals;
};
