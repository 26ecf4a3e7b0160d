#include "assistant/finishpages.h"

#include "assistant/livecheck.h"
#include "assistant/setupassistant.h"
#include "config/liveprofile.h"
#include "runtime/instance.h"
#include "storage/categorystore.h"
#include "testevent.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

StarterCategoriesPage::StarterCategoriesPage(Instance &instance, QWidget *parent)
    : QWizardPage(parent)
    , m_instance(instance)
    , m_problem(wrapped(QString(), this))
{
    setTitle(tr("Start with a few categories"));
    setSubTitle(tr("A category names a kind of event and gives its Discord message an emoji and "
                   "a colour. Scripts send the category's name with each event."));
    auto *layout = new QVBoxLayout(this);
    for (const Category &c : Category::quickStart()) {
        auto *box = new QCheckBox(c.shownEmoji() + u"  "_s + c.name, this);
        box->setProperty("category", c.name);
        m_choices << box;
        layout->addWidget(box);
    }
    layout->addWidget(wrapped(tr("You can rename them, change their colours or add your own on "
                                 "the Categories page at any time."),
        this));
    layout->addWidget(m_problem);
    layout->addStretch();
}

void StarterCategoriesPage::initializePage()
{
    for (QCheckBox *box : std::as_const(m_choices)) {
        const bool exists = m_instance.profile().category(box->property("category").toString());
        box->setEnabled(!exists);
        box->setChecked(true);
        box->setToolTip(exists ? tr("You have this category already.") : QString());
    }
}

bool StarterCategoriesPage::validatePage()
{
    CategoryStore store(m_instance.database());
    bool added = false;
    for (const Category &c : Category::quickStart()) {
        const auto box = std::find_if(m_choices.cbegin(), m_choices.cend(),
            [&](QCheckBox *b) { return b->property("category").toString() == c.name; });
        if (box == m_choices.cend() || !(*box)->isEnabled() || !(*box)->isChecked()
            || store.find(c.name)) {
            continue;
        }
        if (Result<Category> stored = store.add(c); !stored) {
            m_problem->setText(stored.error().message);
            return false;
        }
        added = true;
    }
    if (added)
        m_instance.profileEdited();
    return true;
}

int StarterCategoriesPage::nextId() const
{
    return SetupAssistant::TestPage;
}

TestEventPage::TestEventPage(Instance &instance, QWidget *parent)
    : QWizardPage(parent)
    , m_instance(instance)
    , m_testEvent(new TestEvent(instance, this))
    , m_category(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send a test event"), this))
    , m_status(wrapped(QString(), this))
    , m_done(new QWidget(this))
    , m_curl(new QLineEdit(this))
{
    setTitle(tr("Send your first event"));
    setSubTitle(tr("A real event, sent through PingPanda the way your scripts will send theirs."));
    setFinalPage(true);
    m_category->setAccessibleName(tr("Category"));
    m_status->setAccessibleName(tr("Test event status"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_curl->setReadOnly(true);
    m_curl->setAccessibleName(tr("Command that sends an event"));
    m_curl->setCursorPosition(0);

    m_send->setDefault(true);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(categoryLabel);
    sendRow->addWidget(m_category);
    sendRow->addWidget(m_send);
    sendRow->addStretch();

    auto *copy = new QPushButton(tr("&Copy"), m_done);
    auto *curlRow = new QHBoxLayout;
    curlRow->addWidget(m_curl, 1);
    curlRow->addWidget(copy);
    auto *doneLayout = new QVBoxLayout(m_done);
    doneLayout->setContentsMargins(0, 12, 0, 0);
    doneLayout->addWidget(wrapped(tr("From now on, your scripts and tools send events with a "
                                     "request like this one:"),
        m_done));
    doneLayout->addLayout(curlRow);
    doneLayout->addWidget(wrapped(tr("The API key in it is also on the Settings page, under API "
                                     "key. Keep it private: anyone who has it can send you "
                                     "events."),
        m_done));
    m_done->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("PingPanda stores a short hello in the category you pick and "
                                 "sends it to Discord. This page follows it until Discord has "
                                 "it, usually within a second or two."),
        this));
    layout->addSpacing(8);
    layout->addLayout(sendRow);
    layout->addWidget(m_status);
    layout->addWidget(m_done);
    layout->addStretch();

    connect(m_send, &QPushButton::clicked, this, &TestEventPage::send);
    connect(m_testEvent, &TestEvent::changed, this, &TestEventPage::showProgress);
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_curl->text()); });
}

void TestEventPage::initializePage()
{
    m_category->clear();
    for (const Category &c : m_instance.profile().categories())
        m_category->addItem(c.shownEmoji() + u' ' + c.name, c.name);
    const bool any = m_category->count() > 0;
    m_send->setEnabled(any);
    if (!any)
        m_status->setText(tr("There is no category to send yet: go back one step and pick one."));
}

void TestEventPage::send()
{
    JsonValue body = JsonValue::object();
    body.insert(u"category"_s, JsonValue::string(m_category->currentData().toString()));
    body.insert(u"description"_s,
        JsonValue::string(
            tr("Hello from PingPanda! This test event shows that your setup works.")));
    m_curl->setText(TestEvent::curlCommand(m_instance, body));
    m_curl->setCursorPosition(0);
    m_done->hide();
    m_testEvent->send(body);
}

void TestEventPage::showProgress()
{
    const auto marked
        = [this](bool ok, const QString &text) { return LiveCheck::marked(ok, text, palette()); };
    switch (m_testEvent->stage()) {
    case TestEvent::Stage::None:
    case TestEvent::Stage::Sending:
    case TestEvent::Stage::Waiting:
        m_status->setText(m_testEvent->text().toHtmlEscaped());
        break;
    case TestEvent::Stage::Delivered:
        m_status->setText(marked(true, tr("Check your Discord: it's there.")));
        m_done->show();
        break;
    case TestEvent::Stage::Refused:
    case TestEvent::Stage::Failed:
        m_status->setText(marked(
            false, m_testEvent->text() + u' ' + tr("Go back to fix the setup, then send again.")));
        break;
    }
}
