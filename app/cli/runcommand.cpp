#include "cli/cli.h"

#include "domain/category.h"
#include "jobs/commandrunner.h"
#include "storage/categorystore.h"
#include "storage/database.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

const auto DefaultCategory = u"job"_s;

} // namespace

int Cli::runCommand()
{
    // What the CLI printed so far goes out before the command's own output.
    m_out.flush();
    m_err.flush();
    CommandRunner runner(m_args);
    const JobOutcome outcome = runner.run();
    if (!runner.startError().isEmpty())
        m_err << "pingpanda: " << oneLine(runner.startError()) << Qt::endl;
    if (m_parser->isSet(u"only-failures"_s) && outcome.exitStatus == 0)
        return outcome.exitStatus;

    // From here on, whatever happens, the exit status is the command's.
    const auto notSent = [this, &outcome](const QString &why) {
        m_err << "pingpanda: " << tr("The event was not sent: %1").arg(oneLine(why)) << Qt::endl;
        return outcome.exitStatus;
    };
    const QString category
        = m_parser->isSet(u"category"_s) ? m_parser->value(u"category"_s) : DefaultCategory;
    Result<std::unique_ptr<Database>> db = Database::open(m_dataDir);
    if (!db)
        return notSent(db.error().message);
    m_db = std::move(db).value();
    if (category == DefaultCategory) {
        CategoryStore categories(*m_db);
        if (Result<Category> found = categories.find(category);
            !found && found.error().code == Error::Code::NotFound) {
            Category job;
            job.name = DefaultCategory;
            job.emoji = u"\u23F1\uFE0F"_s; // ⏱️
            if (Result<Category> added = categories.add(job); !added)
                return notSent(added.error().message);
        }
    }
    if (Result<QString> id = postEvent(JobReport::eventBody(category, outcome)); !id)
        return notSent(id.error().message);
    return outcome.exitStatus;
}
