#pragma once

#include <QColor>
#include <QDateTime>
#include <QWidget>

// A bar chart drawn with QPainter: one bar per bucket (a local hour or day), each bar the stack
// of its series in their colours. Hovering a bar shows its bucket and exact counts. Small on a
// category's card (one series), wide above the cards (every category stacked).
class ActivityChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    struct Series
    {
        QString name; // shown on hover when there are several
        QColor color;
        QList<qint64> values; // one per bucket
    };

    explicit ActivityChart(QWidget *parent = nullptr);

    // `hourly`: the buckets are hours (labelled 14:00), else days (labelled Mon 5 Dec).
    void setData(const QList<QDateTime> &buckets, const QList<Series> &series, bool hourly);
    // Labels a few buckets under the bars (the wide chart; a card's small one has none).
    void setAxisLabels(bool on);
    // The sum of every series in a bucket.
    qint64 total(int bucket) const;
    // What hovering a bar says: "Mon 5 Dec: 12" (with each series when several).
    QString describe(int bucket) const;
    // The bucket under a point of the widget, or -1.
    int bucketAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barArea() const;
    QString bucketLabel(int bucket) const;

    QList<QDateTime> m_buckets;
    QList<Series> m_series;
    bool m_hourly = false;
    bool m_axisLabels = false;
};
