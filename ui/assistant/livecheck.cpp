#include "assistant/livecheck.h"

#include "appearance.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

LiveCheck::LiveCheck(QLineEdit *field, QLabel *result, Check check, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_result(result)
    , m_check(std::move(check))
{
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LiveCheck::checkNow);
    connect(m_field, &QLineEdit::textEdited, this, &LiveCheck::onEdited);
    connect(m_field, &QLineEdit::returnPressed, this, &LiveCheck::checkNow);
}

void LiveCheck::onEdited()
{
    ++m_generation;
    m_passed = false;
    m_result->clear();
    if (!m_field->text().trimmed().isEmpty())
        m_delay.start();
    Q_EMIT changed();
}

void LiveCheck::checkNow()
{
    m_delay.stop();
    const QString value = m_field->text().trimmed();
    if (value.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_result->setText(tr("Checking…"));
    m_check(value, [this, generation](bool ok, const QString &text) {
        if (generation == m_generation)
            show(ok, text);
    });
}

QString LiveCheck::marked(bool ok, const QString &text, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    const QString color
        = ok ? (dark ? u"#81c784"_s : u"#2e7d32"_s) : (dark ? u"#ef9a9a"_s : u"#c62828"_s);
    return u"<span style='color:%1; font-weight:bold'>%2</span>&nbsp; %3"_s.arg(
        color, ok ? u"✓"_s : u"✗"_s, text.toHtmlEscaped());
}

void LiveCheck::show(bool ok, const QString &text)
{
    m_passed = ok;
    m_result->setText(marked(ok, text, m_result->palette()));
    Q_EMIT changed();
}
