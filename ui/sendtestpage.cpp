#include "sendtestpage.h"

#include "embedpreview.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "discord/discordembed.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "testevent.h"
#include "json/jsonparser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SendTestPage::SendTestPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_category(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_preview(new EmbedPreview(this))
    , m_result(new QLabel(this))
    , m_testEvent(new TestEvent(instance, this))
{
    m_category->setAccessibleName(tr("Category"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("New sale completed!"));
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_preview->setAccessibleName(tr("Message preview"));
    m_preview->setMinimumHeight(120);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));

    auto *addField = new QPushButton(tr("Add &field"), this);
    auto *removeField = new QPushButton(tr("Remo&ve field"), this);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();

    auto *send = new QPushButton(tr("&Send"), this);
    send->setDefault(true);
    auto *copyCurl = new QPushButton(tr("Copy as &curl"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(send);
    actions->addWidget(copyCurl);
    actions->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    auto *fieldsLabel = new QLabel(tr("F&ields:"), this);
    fieldsLabel->setBuddy(m_fields);
    form->addRow(fieldsLabel, m_fields);
    form->addRow(QString(), fieldButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("How Discord will show it:"), this));
    layout->addWidget(m_preview);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addStretch();

    fillCategories();
    connect(
        addField, &QPushButton::clicked, this, [this] { this->addField(QString(), QString()); });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
        updatePreview();
    });
    connect(send, &QPushButton::clicked, this, &SendTestPage::send);
    connect(copyCurl, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(curlCommand()); });
    connect(m_category, &QComboBox::currentIndexChanged, this, &SendTestPage::updatePreview);
    connect(m_description, &QLineEdit::textChanged, this, &SendTestPage::updatePreview);
    connect(m_fields, &QTableWidget::cellChanged, this, &SendTestPage::updatePreview);
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this,
        &SendTestPage::fillCategories);
    connect(
        m_testEvent, &TestEvent::changed, this, [this] { m_result->setText(m_testEvent->text()); });
    connect(m_testEvent, &TestEvent::stored, this, &SendTestPage::sent);
    updatePreview();
}

void SendTestPage::fillCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    for (const Category &c : m_instance.profile().categories())
        m_category->addItem(c.shownEmoji() + u' ' + c.name, c.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
    updatePreview();
}

void SendTestPage::addField(const QString &name, const QString &value)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem(name));
    m_fields->setItem(row, 1, new QTableWidgetItem(value));
    updatePreview();
}

JsonValue SendTestPage::body() const
{
    JsonValue body = JsonValue::object();
    body.insert(u"category"_s, JsonValue::string(m_category->currentData().toString()));
    JsonValue fields = JsonValue::object();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString name
            = m_fields->item(row, 0) ? m_fields->item(row, 0)->text().trimmed() : QString();
        const QString value = m_fields->item(row, 1) ? m_fields->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            fields.insert(name, JsonParser::scalarFromText(value));
    }
    if (!fields.members().empty())
        body.insert(u"fields"_s, std::move(fields));
    if (!m_description->text().isEmpty())
        body.insert(u"description"_s, JsonValue::string(m_description->text()));
    return body;
}

QString SendTestPage::curlCommand() const
{
    return TestEvent::curlCommand(m_instance, body());
}

void SendTestPage::updatePreview()
{
    Event event;
    event.category = m_category->currentData().toString();
    const JsonValue b = body();
    if (const JsonValue *d = b.find(u"description"))
        event.description = d->toString();
    if (const JsonValue *f = b.find(u"fields"))
        event.fields = *f;
    event.createdAt = QDateTime::currentDateTimeUtc();
    const Category *category = m_instance.profile().category(event.category);
    m_preview->setEmbeds({DiscordEmbed::build(event, category).json});
}

void SendTestPage::send()
{
    m_testEvent->send(body());
}

QString SendTestPage::lastEventId() const
{
    return m_testEvent->eventId();
}
