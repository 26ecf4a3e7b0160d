#include "assistant/setupassistant.h"

#include "assistant/destinationpages.h"
#include "assistant/finishpages.h"
#include "config/liveprofile.h"
#include "config/profile.h"
#include "icons.h"
#include "runtime/instance.h"

using namespace Qt::StringLiterals;

namespace {
const auto OfferedKey = u"ui/setup-assistant-offered"_s;
}

SetupAssistant::SetupAssistant(Instance &instance, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Set up PingPanda"));
    setWindowIcon(Icons::get(Icons::Name::App));
    // The same look on every desktop: a header with each step's title and what it is for.
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, Icons::get(Icons::Name::App).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close"));
    setPage(ChoosePage, new ChooseDestinationPage(this));
    setPage(WebhookPage, new WebhookAddressPage(instance, this));
    setPage(BotTokenPage, new BotTokenStepPage(instance, this));
    setPage(BotUserPage, new BotUserStepPage(instance, this));
    setPage(CategoriesPage, new StarterCategoriesPage(instance, this));
    setPage(TestPage, new TestEventPage(instance, this));
    setStartId(ChoosePage);
    setMinimumSize(640, 520);
}

bool SetupAssistant::offerAtStart(Instance &instance)
{
    if (instance.profile().hasDestination())
        return false;
    const Result<QString> offered = Profile(instance.database()).value(OfferedKey);
    return offered && offered->isEmpty();
}

void SetupAssistant::noteOffered(Instance &instance)
{
    if (Status s = Profile(instance.database()).setValue(OfferedKey, u"1"_s); !s)
        qWarning("Could not remember that the setup assistant was shown: %ls",
            qUtf16Printable(s.error().message));
}

void SetupAssistant::setBot(const QString &token, const QString &botId)
{
    m_botToken = token;
    m_botId = botId;
}
