#include "dashboard/activitychart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ActivityChart::setData(
    const QList<QDateTime> &buckets, const QList<Series> &series, bool hourly)
{
    m_buckets = buckets;
    m_series = series;
    m_hourly = hourly;
    qint64 sum = 0;
    for (int i = 0; i < m_buckets.size(); ++i)
        sum += total(i);
    setAccessibleDescription(hourly
            ? tr("%n event(s) today, by hour", nullptr, int(sum))
            : tr("%n event(s) in the last %1 days, by day", nullptr, int(sum))
                  .arg(m_buckets.size()));
    update();
}

qint64 ActivityChart::total(int bucket) const
{
    qint64 sum = 0;
    for (const Series &s : m_series)
        sum += bucket >= 0 && bucket < s.values.size() ? s.values.at(bucket) : 0;
    return sum;
}

QString ActivityChart::bucketLabel(int bucket) const
{
    const QDateTime at = m_buckets.value(bucket).toLocalTime();
    const QLocale locale;
    if (!m_hourly)
        return locale.toString(at.date(), u"ddd d MMM"_s);
    // An hour as the locale writes one: "6 PM" where clocks have 12 hours, else "18:00".
    const bool twelveHours
        = locale.timeFormat(QLocale::ShortFormat).contains(u"ap"_s, Qt::CaseInsensitive);
    return locale.toString(at.time(), twelveHours ? u"h AP"_s : u"HH:mm"_s);
}

QString ActivityChart::describe(int bucket) const
{
    if (bucket < 0 || bucket >= m_buckets.size())
        return {};
    QString text = tr("%1: %n event(s)", nullptr, int(total(bucket))).arg(bucketLabel(bucket));
    if (m_series.size() > 1) {
        for (const Series &s : m_series) {
            if (const qint64 n = s.values.value(bucket); n > 0)
                text += u"\n%1: %2"_s.arg(s.name).arg(n);
        }
    }
    return text;
}

void ActivityChart::setAxisLabels(bool on)
{
    m_axisLabels = on;
    updateGeometry();
    update();
}

QRectF ActivityChart::barArea() const
{
    const int labels = m_axisLabels ? fontMetrics().height() + 2 : 0;
    return QRectF(rect()).adjusted(1, 2, -1, -1 - labels);
}

int ActivityChart::bucketAt(const QPoint &point) const
{
    const QRectF area = barArea();
    if (m_buckets.isEmpty() || !area.contains(point))
        return -1;
    return qBound(0, int((point.x() - area.left()) * m_buckets.size() / area.width()),
        int(m_buckets.size()) - 1);
}

QSize ActivityChart::sizeHint() const
{
    return QSize(240, fontMetrics().height() * 3);
}

QSize ActivityChart::minimumSizeHint() const
{
    return QSize(m_buckets.size() * 3, fontMetrics().height() * 2);
}

void ActivityChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = barArea();
    // The baseline, so that an empty day still reads as a day.
    QColor baseline = palette().color(QPalette::WindowText);
    baseline.setAlphaF(0.25);
    painter.setPen(QPen(baseline, 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_buckets.isEmpty())
        return;
    qint64 highest = 1;
    for (int i = 0; i < m_buckets.size(); ++i)
        highest = qMax(highest, total(i));
    const qreal slot = area.width() / m_buckets.size();
    const qreal gap = slot > 6 ? qMax(1.0, slot * 0.2) : 0.5;
    if (m_axisLabels) {
        // Every sixth hour, or every week's day back from today: enough to place a bar.
        QColor text = palette().color(QPalette::WindowText);
        text.setAlphaF(0.6);
        painter.setPen(text);
        const int count = int(m_buckets.size());
        QList<int> labelled;
        if (m_hourly) {
            for (int i = 0; i < count; i += 6)
                labelled << i;
        } else {
            for (int i = count - 1; i >= 0; i -= 7)
                labelled << i;
        }
        const qreal room = rect().width();
        for (int i : std::as_const(labelled)) {
            const QString label = bucketLabel(i);
            const qreal width = fontMetrics().horizontalAdvance(label);
            const qreal centre = area.left() + (i + 0.5) * slot;
            const qreal left = qBound(0.0, centre - width / 2, qMax(0.0, room - width));
            painter.drawText(QPointF(left, area.bottom() + 2 + fontMetrics().ascent()), label);
        }
        painter.setPen(Qt::NoPen);
    }
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_buckets.size(); ++i) {
        qreal bottom = area.bottom();
        for (const Series &s : m_series) {
            const qint64 n = s.values.value(i);
            if (n <= 0)
                continue;
            const qreal height = qMax(1.5, area.height() * qreal(n) / qreal(highest));
            painter.setBrush(s.color);
            painter.drawRect(
                QRectF(area.left() + i * slot + gap / 2, bottom - height, slot - gap, height));
            bottom -= height;
        }
    }
}

bool ActivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(bucketAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
