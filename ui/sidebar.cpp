#include "sidebar.h"

#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

constexpr int BadgeRole = Qt::UserRole + 1;

// Draws the row as usual, then its count as a pill at the right end.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 999 ? u"999+"_s : QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = qMax(height, metrics.horizontalAdvance(text) + height / 2 + 4);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2 + 1,
            width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xda, 0x37, 0x3c)); // Discord's red: reads on light and dark
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // Room for a three-digit count, and rows tall enough to aim at.
        size.rwidth() += option.fontMetrics.horizontalAdvance(u"000"_s) + 24;
        size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
        return size;
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar sits on the window's colour, apart from the page beside it.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

void Sidebar::addPage(Icons::Name icon, const QString &name)
{
    m_icons << icon;
    auto *item = new QListWidgetItem(Icons::themed(icon, palette()), name, this);
    item->setData(Qt::AccessibleTextRole, name);
}

void Sidebar::setBadge(int row, int count, const QString &meaning)
{
    QListWidgetItem *entry = item(row);
    if (!entry || entry->data(BadgeRole).toInt() == count)
        return;
    entry->setData(BadgeRole, count);
    const QString name = entry->text();
    entry->setData(Qt::AccessibleTextRole, count > 0 ? name + u", "_s + meaning : name);
}

int Sidebar::badge(int row) const
{
    return item(row) ? item(row)->data(BadgeRole).toInt() : 0;
}

QSize Sidebar::sizeHint() const
{
    const int width = sizeHintForColumn(0) + frameWidth() * 2 + 8;
    return QSize(width, QListWidget::sizeHint().height());
}

void Sidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        retheme();
}

void Sidebar::retheme()
{
    for (int row = 0; row < count() && row < m_icons.size(); ++row)
        item(row)->setIcon(Icons::themed(m_icons.at(row), palette()));
}
