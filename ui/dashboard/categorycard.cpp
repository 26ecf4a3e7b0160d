#include "dashboard/categorycard.h"

#include "dashboard/activitychart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString relativeTime(const QDateTime &when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return CategoryCard::tr("just now");
    if (seconds < 3600)
        return CategoryCard::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return CategoryCard::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return CategoryCard::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QLabel *secondary(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CategoryCard::CategoryCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_last(secondary(this))
    , m_count(new QLabel(this))
    , m_change(secondary(this))
    , m_chart(new ActivityChart(this))
    , m_totals(new QLabel(this))
{
    setObjectName(u"card"_s);
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_count->setFont(big);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_last->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_change->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_change->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_last);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_change, 1);
    auto *layout = new QVBoxLayout(this);
    // Room on the left for the category's colour strip.
    layout->setContentsMargins(18, 12, 12, 12);
    layout->addLayout(header);
    layout->addLayout(countRow);
    layout->addWidget(m_chart);
    layout->addWidget(m_totals);
    layout->addStretch(); // beside a taller card, the content stays at the top
}

void CategoryCard::setFigures(
    const DashboardFigures &figures, const DashboardFigures::PerCategory &c)
{
    m_figures = c;
    m_title->setText(c.category.shownEmoji() + u"  "_s + c.category.name);
    m_last->setText(c.lastEvent.isValid() ? relativeTime(c.lastEvent) : tr("no events yet"));
    m_count->setText(QLocale().toString(c.count));
    m_change->setText(DashboardFigures::changeText(figures.range, c.count, c.previous));
    m_chart->setData(figures.buckets,
        {{c.category.name, QColor::fromRgb(QRgb(c.category.color)), c.series}},
        figures.range == DashboardFigures::Range::Today);
    QStringList totals;
    for (const auto &[name, value] : c.totals)
        totals << u"%1: %2"_s.arg(name, DashboardFigures::totalText(value));
    m_totals->setText(totals.join(u"  ·  "_s));
    m_totals->setVisible(!totals.isEmpty());
    setAccessibleName(tr("Category %1").arg(c.category.name));
    setAccessibleDescription(text());
}

QString CategoryCard::text() const
{
    QStringList lines {
        m_title->text() + u" · "_s + m_last->text(), m_count->text() + u" · "_s + m_change->text()};
    if (!m_totals->text().isEmpty())
        lines << m_totals->text();
    return lines.join(u'\n');
}

void CategoryCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.15);
    painter.setPen(QPen(border, 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    // The category's colour down the left edge, as Discord draws it beside the message.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(QRgb(m_figures.category.color)));
    painter.drawRoundedRect(QRectF(box.left() + 4, box.top() + 8, 4, box.height() - 16), 2, 2);
}
