#include "hooks/hookreader.h"

using namespace Qt::StringLiterals;

namespace {

using namespace HookReader;

// Commits listed under a push; the rest are counted.
constexpr qsizetype CommitsShown = 5;
// Characters of an issue's, pull request's or release's text shown under its first line.
constexpr qsizetype BodyShown = 500;

QString words(const QString &action)
{
    return QString(action).replace(u'_', u' ');
}

// "#12" for an issue or pull request number.
QString numbered(const JsonValue &payload, QStringView object)
{
    const QString number = text(payload, {object, u"number"});
    return number.isEmpty() ? QString() : u"#"_s + number;
}

QString excerpt(const QString &body)
{
    const QString trimmed = body.trimmed();
    return trimmed.isEmpty() ? QString() : u"\n\n"_s + cut(trimmed, BodyShown);
}

HookEvent push(const JsonValue &p, const QString &repo, const QString &sender)
{
    HookEvent event;
    const QString ref = text(p, {u"ref"});
    const bool tag = ref.startsWith(u"refs/tags/"_s);
    const QString name = ref.section(u'/', 2);
    const QString kind = tag ? u"tag"_s : u"branch"_s;
    QString who = text(p, {u"pusher", u"name"});
    if (who.isEmpty())
        who = sender;
    const JsonValue *commits = p.find(u"commits");
    const qsizetype count = commits && commits->isArray() ? qsizetype(commits->items().size()) : 0;
    const auto flag = [&p](QStringView key) {
        const JsonValue *v = p.find(key);
        return v && v->isBool() && v->toDisplayString() == u"true"_s;
    };

    if (flag(u"deleted")) {
        event.description = u"%1 deleted %2 %3 in %4"_s.arg(who, kind, name, repo);
    } else if (count == 0) {
        event.description = flag(u"created")
            ? u"%1 created %2 %3 in %4"_s.arg(who, kind, name, repo)
            : u"%1 pushed to %2 %3 in %4"_s.arg(who, kind, name, repo);
    } else {
        event.description = u"%1 %2 %3 %4 to %5 in %6"_s.arg(who,
            flag(u"forced") ? u"force-pushed"_s : u"pushed"_s, QString::number(count),
            count == 1 ? u"commit"_s : u"commits"_s, name, repo);
        QStringList lines;
        for (const JsonValue &commit : commits->items()) {
            if (lines.size() == CommitsShown)
                break;
            QString line = u"`%1` %2"_s.arg(
                text(commit, {u"id"}).left(7), firstLine(text(commit, {u"message"}), 120));
            const QString author = text(commit, {u"author", u"name"});
            if (!author.isEmpty())
                line += u" — "_s + author;
            lines << line;
        }
        if (count > CommitsShown)
            lines << u"…and %1 more"_s.arg(count - CommitsShown);
        event.description += u"\n\n"_s + lines.join(u'\n');
    }
    addField(event.fields, u"repository"_s, repo);
    addField(event.fields, kind, name);
    addField(event.fields, u"commits"_s, double(count));
    addField(event.fields, u"compare"_s, text(p, {u"compare"}));
    return event;
}

QString conclusionWords(const QString &conclusion)
{
    if (conclusion == u"success"_s)
        return u"succeeded"_s;
    if (conclusion == u"failure"_s)
        return u"failed"_s;
    if (conclusion == u"cancelled"_s)
        return u"was cancelled"_s;
    if (conclusion == u"timed_out"_s)
        return u"timed out"_s;
    if (conclusion == u"action_required"_s)
        return u"needs an action"_s;
    if (conclusion == u"skipped"_s)
        return u"was skipped"_s;
    return conclusion.isEmpty() ? u"finished"_s : u"finished (%1)"_s.arg(words(conclusion));
}

HookEvent workflowRun(const JsonValue &p, const QString &repo)
{
    HookEvent event;
    QString workflow = text(p, {u"workflow_run", u"name"});
    if (workflow.isEmpty())
        workflow = text(p, {u"workflow", u"name"});
    const QString branch = text(p, {u"workflow_run", u"head_branch"});
    const QString action = text(p, {u"action"});
    const QString conclusion = text(p, {u"workflow_run", u"conclusion"});
    const QString what = action == u"completed"_s ? conclusionWords(conclusion)
        : action == u"requested"_s                ? u"started"_s
                                                  : words(action);
    event.description = u"Workflow %1 %2"_s.arg(workflow, what);
    if (!branch.isEmpty())
        event.description += u" on "_s + branch;
    event.description += u" in "_s + repo;
    const QString title = text(p, {u"workflow_run", u"display_title"});
    if (!title.isEmpty())
        event.description += u"\n\n"_s + firstLine(title);
    addField(event.fields, u"repository"_s, repo);
    addField(event.fields, u"workflow"_s, workflow);
    addField(event.fields, u"branch"_s, branch);
    addField(event.fields, u"result"_s,
        action == u"completed"_s ? conclusion : text(p, {u"workflow_run", u"status"}));
    const QString run = text(p, {u"workflow_run", u"run_number"});
    addField(event.fields, u"run"_s, run.isEmpty() ? QString() : u"#"_s + run);
    addField(event.fields, u"url"_s, text(p, {u"workflow_run", u"html_url"}));
    return event;
}

// issues and pull_request: "<who> <did> issue #3 in <repo>: <title>".
HookEvent issueOrPull(const JsonValue &p, const QString &repo, const QString &sender, bool pull)
{
    HookEvent event;
    const QString object = pull ? u"pull_request"_s : u"issue"_s;
    QString action = words(text(p, {u"action"}));
    const JsonValue *merged = at(p, {object, u"merged"});
    if (pull && action == u"closed"_s && merged && merged->toDisplayString() == u"true"_s)
        action = u"merged"_s;
    const QString number = numbered(p, object);
    event.description
        = u"%1 %2 %3 %4 in %5: %6"_s.arg(sender, action, pull ? u"pull request"_s : u"issue"_s,
            number, repo, firstLine(text(p, {object, u"title"})));
    if (action == u"opened"_s)
        event.description += excerpt(text(p, {object, u"body"}));
    addField(event.fields, u"repository"_s, repo);
    addField(event.fields, pull ? u"pull request"_s : u"issue"_s, number);
    if (pull) {
        const QString head = text(p, {object, u"head", u"ref"});
        const QString base = text(p, {object, u"base", u"ref"});
        if (!head.isEmpty() && !base.isEmpty())
            addField(event.fields, u"branches"_s, head + u" → "_s + base);
    } else if (const JsonValue *labels = at(p, {object, u"labels"}); labels && labels->isArray()) {
        QStringList names;
        for (const JsonValue &label : labels->items())
            names << text(label, {u"name"});
        addField(event.fields, u"labels"_s, names.join(u", "_s));
    }
    addField(event.fields, u"url"_s, text(p, {object, u"html_url"}));
    return event;
}

HookEvent release(const JsonValue &p, const QString &repo, const QString &sender)
{
    HookEvent event;
    const QString tag = text(p, {u"release", u"tag_name"});
    QString name = text(p, {u"release", u"name"});
    if (name.isEmpty())
        name = tag;
    event.description
        = u"%1 %2 release %3 in %4"_s.arg(sender, words(text(p, {u"action"})), name, repo);
    event.description += excerpt(text(p, {u"release", u"body"}));
    addField(event.fields, u"repository"_s, repo);
    addField(event.fields, u"tag"_s, tag);
    const JsonValue *pre = at(p, {u"release", u"prerelease"});
    if (pre && pre->toDisplayString() == u"true"_s)
        addField(event.fields, u"prerelease"_s, u"yes"_s);
    addField(event.fields, u"url"_s, text(p, {u"release", u"html_url"}));
    return event;
}

// Any other event GitHub sends: who, what, where.
HookEvent other(
    const JsonValue &p, const QString &event, const QString &repo, const QString &sender)
{
    HookEvent result;
    const QString action = words(text(p, {u"action"}));
    result.description
        = u"GitHub %1%2"_s.arg(words(event), action.isEmpty() ? QString() : u" "_s + action);
    if (!sender.isEmpty())
        result.description += u" by "_s + sender;
    if (!repo.isEmpty())
        result.description += u" in "_s + repo;
    addField(result.fields, u"repository"_s, repo);
    addField(result.fields, u"event"_s, event);
    return result;
}

} // namespace

namespace HookReader {

// GitHub's webhook deliveries, told apart by the X-GitHub-Event header. A ping (sent when the
// webhook is made) stores nothing.
Result<HookEvent> readGitHub(const JsonValue &payload, const QString &event)
{
    if (event.isEmpty()) {
        return Error::invalidInput(
            u"The github preset needs the X-GitHub-Event header that GitHub sends with each "
            "delivery; point only GitHub webhooks at this hook."_s);
    }
    if (event == u"ping"_s) {
        HookEvent ping;
        ping.ignored = true;
        return ping;
    }
    const QString repo = text(payload, {u"repository", u"full_name"});
    const QString sender = text(payload, {u"sender", u"login"});
    if (event == u"push"_s) {
        if (text(payload, {u"ref"}).isEmpty())
            return Error::invalidInput(u"The push event has no \"ref\"."_s);
        return push(payload, repo, sender);
    }
    if (event == u"workflow_run"_s) {
        if (!at(payload, {u"workflow_run"}))
            return Error::invalidInput(u"The workflow_run event has no \"workflow_run\"."_s);
        return workflowRun(payload, repo);
    }
    if (event == u"issues"_s || event == u"pull_request"_s) {
        const bool pull = event == u"pull_request"_s;
        if (!at(payload, {pull ? u"pull_request" : u"issue"})) {
            return Error::invalidInput(
                u"The %1 event has no \"%2\"."_s.arg(event, pull ? u"pull_request"_s : u"issue"_s));
        }
        return issueOrPull(payload, repo, sender, pull);
    }
    if (event == u"release"_s) {
        if (!at(payload, {u"release"}))
            return Error::invalidInput(u"The release event has no \"release\"."_s);
        return release(payload, repo, sender);
    }
    return other(payload, event, repo, sender);
}

} // namespace HookReader
