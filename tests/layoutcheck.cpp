#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTest>

using namespace Qt::StringLiterals;

QString describeWidget(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text().left(40);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return u"%1 \"%2\" %3x%4"_s
        .arg(QString::fromLatin1(w->metaObject()->className()),
            text.isEmpty() ? w->accessibleName() : text)
        .arg(w->width())
        .arg(w->height());
}

namespace {

// Widgets whose insides are the widget's own business (scroll areas other than QScrollArea's
// content, combo boxes, spin boxes, line edits): checked themselves, not their children.
bool isOpaque(const QWidget *w)
{
    return (qobject_cast<const QAbstractScrollArea *>(w) && !qobject_cast<const QScrollArea *>(w))
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QLineEdit *>(w);
}

// A button with neither text nor icon (a colour swatch) shows nothing that could be cut off.
bool showsNothing(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return button && button->text().isEmpty() && button->icon().isNull();
}

void check(const QWidget *w, bool insideScroll, QStringList &problems)
{
    const QSize min = showsNothing(w) ? QSize() : w->minimumSizeHint();
    const QSizePolicy policy = w->sizePolicy();
    if (min.isValid() && policy.horizontalPolicy() != QSizePolicy::Ignored
        && w->width() < min.width())
        problems << u"too narrow (needs %1): %2"_s.arg(min.width()).arg(describeWidget(w));
    int needed = min.isValid() ? min.height() : 0;
    if (w->hasHeightForWidth())
        needed = qMax(needed, w->heightForWidth(w->width()));
    if (policy.verticalPolicy() != QSizePolicy::Ignored && w->height() < needed)
        problems << u"too low (needs %1): %2"_s.arg(needed).arg(describeWidget(w));

    // A label's & marks a shortcut only with a buddy; without one it shows as a stray "&".
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
        if (!label->buddy() && !Qt::mightBeRichText(label->text())
            && mnemonic.match(QString(label->text()).remove(u"&&"_s)).hasMatch())
            problems << u"shows a stray &: %1"_s.arg(describeWidget(w));
    }

    if (isOpaque(w))
        return;
    const QWidget *viewport = nullptr;
    if (const auto *scroll = qobject_cast<const QScrollArea *>(w))
        viewport = scroll->viewport();

    QList<const QWidget *> shown;
    for (const QObject *o : w->children()) {
        const auto *child = qobject_cast<const QWidget *>(o);
        if (!child || !child->isVisible() || child->isWindow())
            continue;
        // Content larger than a scroll area's viewport is scrolled, not clipped.
        const bool scrolled = insideScroll || w == viewport;
        if (!scrolled && !w->rect().contains(child->geometry()))
            problems << u"sticks out of %1: %2"_s.arg(describeWidget(w), describeWidget(child));
        for (const QWidget *other : std::as_const(shown)) {
            if (other->geometry().intersects(child->geometry()))
                problems << u"overlap: %1 and %2"_s.arg(
                    describeWidget(other), describeWidget(child));
        }
        shown << child;
        check(child, scrolled || qobject_cast<const QScrollArea *>(w), problems);
    }
}

} // namespace

// With PINGPANDA_SCREENSHOTS=DIR, each layout checked is also saved there as a PNG named after
// the test row, to look at by eye (fonts and colours the checks cannot judge).
void saveScreenshot(QWidget *root, const QString &given)
{
    const QString dir = qEnvironmentVariable("PINGPANDA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QString name = given.isEmpty() ? QString::fromLatin1(QTest::currentDataTag()) : given;
    if (name.isEmpty())
        name = QString::fromLatin1(QTest::currentTestFunction());
    name.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
    QVERIFY(root->grab().save(dir + u'/' + name + u".png"_s));
}

QStringList layoutProblems(QWidget *root)
{
    // Let the layouts settle: they apply on posted events.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QStringList problems;
    check(root, false, problems);
    return problems;
}
