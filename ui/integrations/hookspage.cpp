#include "hookspage.h"

#include "config/settings.h"
#include "hookdialog.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "secretdialog.h"
#include "storage/categorystore.h"
#include "storage/hookstore.h"
#include "taborder.h"
#include "json/jsonparser.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString shownTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The payload as a person reads it: indented when it is JSON.
QString readable(const QByteArray &payload)
{
    const Result<JsonValue> json = JsonParser::parse(payload);
    return QString::fromUtf8(json ? json->toIndentedJson() : payload);
}

} // namespace

HooksPage::HooksPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_address(new QLineEdit(this))
    , m_received(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_payload(new QPlainTextEdit(this))
    , m_newKey(new QPushButton(tr("New &key…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_hosts(new QLineEdit(this))
    , m_hostsProblem(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Sent by"), tr("Category"), tr("Last received")});
    m_table->setAccessibleName(tr("Hooks"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Make hook…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_newKey);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);
    listLayout->addWidget(details(), 2);
    m_stack->addWidget(list);
    m_stack->addWidget(emptyState());

    // In a small window the page scrolls rather than squeezing the payload to nothing.
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_stack, 1);
    column->addWidget(tunnelRow());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Hooks"));
    scroll->setMinimumWidth(
        content->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    chainTabOrder({scroll, m_table, add, m_newKey, m_remove, m_address, m_copy, m_payload,
        m_makeFirst, m_hosts, m_saveHosts});

    connect(add, &QPushButton::clicked, this, &HooksPage::onAdd);
    connect(m_newKey, &QPushButton::clicked, this, &HooksPage::onNewKey);
    connect(m_remove, &QPushButton::clicked, this, &HooksPage::onRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HooksPage::showSelected);
    // A delivery updates what the hook last received; the CLI may add or remove hooks.
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this, &HooksPage::reload);
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, [this] {
        if (isVisible())
            reload();
    });
    reload();
}

QWidget *HooksPage::emptyState()
{
    auto *empty = new QWidget(this);
    auto *text = new QLabel(
        tr("<b>No hooks yet.</b><br>A hook gives GitHub, Grafana, Uptime Kuma or any program "
           "that sends webhooks an address here: what it sends becomes an event, without a script "
           "in between."),
        empty);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 36);
    m_makeFirst = new QPushButton(tr("Make a &hook…"), empty);
    QPushButton *make = m_makeFirst;
    connect(make, &QPushButton::clicked, this, &HooksPage::onAdd);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(text);
    layout->addWidget(make, 0, Qt::AlignHCenter);
    layout->addStretch();
    return empty;
}

QWidget *HooksPage::details()
{
    auto *box = new QGroupBox(tr("Selected hook"), this);
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address"));
    m_copy = new QPushButton(tr("&Copy"), box);
    QPushButton *copy = m_copy;
    copy->setToolTip(tr("Copy the address (the key is not in it: it is shown once, when made)"));
    connect(copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_address->text()); });
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(copy);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payload->setReadOnly(true);
    m_payload->setAccessibleName(tr("Last payload"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setMinimumHeight(m_payload->fontMetrics().height() * 5);
    m_payload->setPlaceholderText(tr("Nothing received yet. Send a test from the other program "
                                     "(GitHub: Recent Deliveries > Redeliver; Grafana and Uptime "
                                     "Kuma: Test)."));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Address:"), addressRow);
    form->addRow(tr("Last received:"), m_received);
    form->addRow(tr("Became:"), m_outcome);
    form->addRow(tr("Payload:"), m_payload);
    return box;
}

QWidget *HooksPage::tunnelRow()
{
    auto *row = new QWidget(this);
    m_hosts->setPlaceholderText(tr("abc.ngrok-free.app"));
    m_hosts->setAccessibleName(tr("Host names of a tunnel or proxy"));
    m_hosts->setToolTip(tr("Senders outside this computer reach PingPanda through a tunnel or "
                           "reverse proxy; the server answers for the host names given here "
                           "(separated by commas)."));
    m_hostsProblem->setWordWrap(true);
    m_hostsProblem->hide();
    m_saveHosts = new QPushButton(tr("Sa&ve"), row);
    connect(m_saveHosts, &QPushButton::clicked, this,
        [this] { (void)saveAllowedHosts(m_hosts->text()); });
    auto *label = new QLabel(tr("Tunnel or proxy &host name:"), row);
    label->setBuddy(m_hosts);
    auto *edit = new QHBoxLayout;
    edit->addWidget(label);
    edit->addWidget(m_hosts, 1);
    edit->addWidget(m_saveHosts);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(edit);
    layout->addWidget(m_hostsProblem);
    return row;
}

bool HooksPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void HooksPage::reload()
{
    QString current = selected() ? selected()->name : QString();
    const Result<QList<Hook>> hooks = HookStore(m_instance.database()).list();
    m_hooks = hooks ? hooks.value() : QList<Hook>();
    if (current.isEmpty() && !m_hooks.isEmpty()) {
        // Nothing chosen yet: the hook that heard from its sender last, the likeliest of interest.
        const auto latest = std::max_element(m_hooks.cbegin(), m_hooks.cend(),
            [](const Hook &a, const Hook &b) { return a.lastReceivedAt < b.lastReceivedAt; });
        current = latest->name;
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Hook &hook : std::as_const(m_hooks)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(hook.name));
        m_table->setItem(row, 1, new QTableWidgetItem(HookDialog::presetTitle(hook.preset)));
        m_table->setItem(row, 2, new QTableWidgetItem(hook.category));
        m_table->setItem(row, 3,
            new QTableWidgetItem(
                hook.lastReceivedAt.isValid() ? shownTime(hook.lastReceivedAt) : tr("Never")));
        if (hook.name == current)
            m_table->selectRow(row);
    }
    m_stack->setCurrentIndex(m_hooks.isEmpty() ? 1 : 0);
    if (!m_hosts->hasFocus())
        m_hosts->setText(Settings(m_instance.database())
                             .value(Settings::Key::ServerAllowedHosts)
                             .value()
                             .replace(u',', u", "_s));
    showSelected();
}

const Hook *HooksPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString name = m_table->item(items.first()->row(), 0)->text();
    for (const Hook &hook : m_hooks) {
        if (hook.name == name)
            return &hook;
    }
    return nullptr;
}

void HooksPage::showSelected()
{
    const Hook *hook = selected();
    m_newKey->setEnabled(hook);
    m_remove->setEnabled(hook);
    if (!hook) {
        m_address->clear();
        m_received->clear();
        m_outcome->clear();
        m_payload->clear();
        return;
    }
    m_address->setText(senderUrl(*hook, {}));
    m_address->setCursorPosition(0);
    m_received->setText(
        hook->lastReceivedAt.isValid() ? shownTime(hook->lastReceivedAt) : tr("Nothing yet"));
    m_outcome->setText(hook->lastOutcome.isEmpty() ? u"—"_s : hook->lastOutcome);
    m_payload->setPlainText(readable(hook->lastPayload));
}

QString HooksPage::senderUrl(const Hook &hook, const QString &key) const
{
    QString url = m_instance.url() + u"/api/v1/hooks/"_s + hook.name;
    if (!key.isEmpty() && hook.preset != HookPreset::GitHub)
        url += u"?key="_s + key;
    return url;
}

Result<QString> HooksPage::addHook(const QString &name, HookPreset preset, const QString &category)
{
    Result<QString> key = HookStore(m_instance.database()).add(name, category, preset);
    if (key) {
        m_instance.profileEdited();
        reload();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, 0)->text() == name)
                m_table->selectRow(row);
        }
    }
    return key;
}

Result<QString> HooksPage::newKey(const QString &name)
{
    Result<QString> key = HookStore(m_instance.database()).replaceKey(name);
    if (key) {
        m_instance.profileEdited();
        reload();
    }
    return key;
}

Status HooksPage::removeHook(const QString &name)
{
    Status s = HookStore(m_instance.database()).remove(name);
    if (s) {
        m_instance.profileEdited();
        reload();
    }
    return s;
}

Status HooksPage::saveAllowedHosts(const QString &hosts)
{
    Status s = hosts.trimmed().isEmpty()
        ? Settings(m_instance.database()).unset(Settings::Key::ServerAllowedHosts)
        : Settings(m_instance.database()).set(Settings::Key::ServerAllowedHosts, hosts);
    m_hostsProblem->setText(
        s ? tr("Saved: the server answers for these names now.") : s.error().message);
    m_hostsProblem->show();
    if (s)
        m_instance.profileEdited();
    return s;
}

void HooksPage::showSetup(const Hook &hook, const QString &key)
{
    SecretDialog dialog(tr("Hook %1").arg(hook.name),
        tr("Paste these into %1; what it sends becomes an event of the category %2.")
            .arg(HookDialog::presetTitle(hook.preset), hook.category),
        this);
    switch (hook.preset) {
    case HookPreset::GitHub:
        dialog.addNote(tr("In the repository: Settings > Webhooks > Add webhook. Content type: "
                          "application/json."));
        dialog.addValue(tr("Payload URL"), senderUrl(hook, key));
        dialog.addValue(tr("Secret"), key);
        break;
    case HookPreset::Grafana:
        dialog.addNote(tr("In Grafana: Alerting > Contact points > Add contact point, integration "
                          "Webhook."));
        dialog.addValue(tr("URL"), senderUrl(hook, key));
        break;
    case HookPreset::UptimeKuma:
        dialog.addNote(tr("In Uptime Kuma: Settings > Notifications > Setup Notification, type "
                          "Webhook, body application/json."));
        dialog.addValue(tr("Post URL"), senderUrl(hook, key));
        break;
    case HookPreset::Generic:
        dialog.addNote(tr("POST JSON to this URL, or send the key as 'Authorization: Bearer "
                          "<key>' to the address without it."));
        dialog.addValue(tr("URL"), senderUrl(hook, key));
        break;
    }
    if (QUrl(m_instance.url()).host().startsWith(u"127."_s)) {
        dialog.addNote(tr("This address works on this computer only; a sender elsewhere needs a "
                          "tunnel or reverse proxy, whose host name goes at the foot of the "
                          "Hooks page."));
    }
    dialog.exec();
}

void HooksPage::onAdd()
{
    QStringList categories;
    const Result<QList<Category>> known = CategoryStore(m_instance.database()).list();
    for (const Category &c : known ? known.value() : QList<Category>())
        categories << c.name;
    QStringList taken;
    for (const Hook &hook : std::as_const(m_hooks))
        taken << hook.name;
    HookDialog dialog(categories, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<QString> key = addHook(dialog.name(), dialog.preset(), dialog.category());
    if (!key) {
        QMessageBox::warning(this, tr("Make hook"), key.error().message);
        return;
    }
    if (const Hook *hook = selected())
        showSetup(*hook, key.value());
}

void HooksPage::onNewKey()
{
    const Hook *hook = selected();
    if (!hook)
        return;
    const QString name = hook->name;
    if (QMessageBox::question(this, tr("New key"),
            tr("Make a new key for the hook \"%1\"? The old one stops working at once: paste the "
               "new one into the sender.")
                .arg(name))
        != QMessageBox::Yes)
        return;
    const Result<QString> key = newKey(name);
    if (!key) {
        QMessageBox::warning(this, tr("New key"), key.error().message);
        return;
    }
    if (const Hook *changed = selected())
        showSetup(*changed, key.value());
}

void HooksPage::onRemove()
{
    const Hook *hook = selected();
    if (!hook)
        return;
    const QString name = hook->name;
    if (QMessageBox::question(this, tr("Remove hook"),
            tr("Remove the hook \"%1\"? Its address answers 404 from then on; the events it "
               "brought stay in the history.")
                .arg(name))
        != QMessageBox::Yes)
        return;
    if (Status s = removeHook(name); !s)
        QMessageBox::warning(this, tr("Remove hook"), s.error().message);
}
