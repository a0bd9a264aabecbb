#include "rbaccommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "jobs/processjob.h"
#include "kube/parsers/kubeconfigview.h"
#include "rbac/acceptancestore.h"
#include "rbac/rbaccollectjob.h"
#include "rbac/rbacreview.h"
#include "rbac/rulecatalog.h"
#include "rbac/ruleengine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

#include <memory>

namespace chartroom {

using cli::tr;

namespace {

/// Runs a job to its end on a local event loop (the CLI has no window to keep responsive).
void runToEnd(jobs::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
}

} // namespace

RbacCommand::RbacCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

int RbacCommand::run(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("accept"))
        return accept(arguments.mid(1));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("context"), tr("Review this context (repeatable); default: every context."),
                      QStringLiteral("CTX")});
    parser.addOption({QStringLiteral("namespace"), tr("Only findings in this namespace."), QStringLiteral("NS")});
    parser.addOption({QStringLiteral("release"), tr("Only findings about this release (NAME or NS/NAME)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("markdown"), tr("Print Markdown.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV.")});
    parser.addOption({QStringLiteral("html"), tr("Print HTML.")});
    parser.addOption({QStringLiteral("fail-on"), tr("Exit with 4 when open findings at or above SEVERITY exist."),
                      QStringLiteral("SEVERITY")});
    if (!parser.parse(QStringList{QStringLiteral("rbac")} + arguments) || !parser.positionalArguments().isEmpty()) {
        m_err << (parser.errorText().isEmpty() ? tr("unexpected argument") : parser.errorText()) << '\n'
              << tr("usage: chartroom-cli rbac [--context CTX]... [--namespace NS] [--release NAME] "
                    "[--json|--markdown|--csv|--html] [--fail-on info|low|medium|high|critical]\n");
        return CliApp::Usage;
    }
    int formats = 0;
    for (const char *f : {"json", "markdown", "csv", "html"})
        formats += parser.isSet(QString::fromLatin1(f)) ? 1 : 0;
    if (formats > 1) {
        m_err << tr("chartroom-cli: choose one of --json, --markdown, --csv, --html\n");
        return CliApp::Usage;
    }
    std::optional<rbac::Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        failOn = rbac::parseSeverity(parser.value(QStringLiteral("fail-on")));
        if (!failOn) {
            m_err << tr("chartroom-cli: --fail-on takes info, low, medium, high or critical\n");
            return CliApp::Usage;
        }
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const QString kubectl = m_runtime.tools().kubectl().path;
    const QString helm = m_runtime.tools().helm().path;

    QStringList contexts = parser.values(QStringLiteral("context"));
    if (contexts.isEmpty()) {
        jobs::ProcessJob view(tr("Read kubeconfig"), CommandLine(kubectl, {QStringLiteral("config"), QStringLiteral("view"),
                                                                          QStringLiteral("-o"), QStringLiteral("json")}));
        view.setCaptureStdout(true);
        view.setShowStdout(false);
        runToEnd(view);
        const auto parsed = view.state() == jobs::JobState::Succeeded ? kube::parseKubeconfigView(view.capturedStdout())
                                                                       : Result<kube::KubeconfigView>(makeError(
                                                                             QStringLiteral("rbac"), view.errorString()));
        if (!parsed) {
            m_err << tr("chartroom-cli: %1\n").arg(parsed.error().message);
            return CliApp::Failed;
        }
        for (const kube::KubeContext &c : parsed->contexts)
            contexts << c.name;
    }

    rbac::AcceptanceStore store;
    if (const Result<void> loaded = store.load(); !loaded) {
        m_err << tr("chartroom-cli: %1\n").arg(loaded.error().message);
        return CliApp::Failed;
    }
    const rbac::RuleEngine engine(&m_runtime.catalog());
    rbac::RbacReview review;
    review.contexts = contexts;
    review.namespaceName = parser.value(QStringLiteral("namespace"));
    review.release = parser.value(QStringLiteral("release"));
    review.generatedAt = QDateTime::currentDateTimeUtc();
    bool failed = false;
    for (const QString &context : std::as_const(contexts)) {
        rbac::RbacCollectJob job(rbac::RbacCommands(kubectl, helm), context);
        runToEnd(job);
        if (job.state() != jobs::JobState::Succeeded) {
            m_err << tr("chartroom-cli: context %1: %2\n").arg(context, job.errorString());
            failed = true;
            continue;
        }
        for (const QString &w : job.snapshot().warnings)
            review.warnings << tr("context %1: %2").arg(context, w);
        review.findings << engine.evaluate(job.snapshot());
    }
    review.applyScope();
    store.apply(review.findings);
    rbac::sortFindings(review.findings);

    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(review.toJson()).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(QStringLiteral("markdown"))) {
        m_out << review.toMarkdown();
    } else if (parser.isSet(QStringLiteral("csv"))) {
        m_out << review.toCsv();
    } else if (parser.isSet(QStringLiteral("html"))) {
        m_out << review.toHtml();
    } else {
        for (const rbac::Finding &f : std::as_const(review.findings)) {
            m_out << rbac::severityId(f.severity).toUpper() << "  " << f.ruleId << "  " << f.context << "  "
                  << (f.release.isEmpty() ? tr("(not from a release)") : f.release.key()) << "  "
                  << (f.bindingText.isEmpty() ? f.roleText : f.bindingText) << "  " << f.detail
                  << (f.accepted ? tr("  [accepted: %1]").arg(f.acceptNote) : QString()) << '\n';
        }
        m_out << tr("%1 finding(s), %2 open\n").arg(review.findings.size()).arg(review.openAtLeast(rbac::Severity::Info));
    }
    for (const QString &w : std::as_const(review.warnings))
        m_err << tr("chartroom-cli: warning: %1\n").arg(w);
    if (failed)
        return CliApp::Failed;
    if (failOn && review.openAtLeast(*failOn) > 0)
        return FindingsOpen;
    return CliApp::Ok;
}

int RbacCommand::accept(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("context"), tr("The finding's context."), QStringLiteral("CTX")});
    parser.addOption({QStringLiteral("release"), tr("The finding's release (NS/NAME; empty: not from a release)."),
                      QStringLiteral("NS/NAME")});
    parser.addOption({QStringLiteral("rule"), tr("The rule id."), QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("target"), tr("Only the finding of this binding or role (as printed)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("note"), tr("Why it is accepted."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reopen"), tr("Remove the acceptance instead.")});
    const bool parsed = parser.parse(QStringList{QStringLiteral("rbac accept")} + arguments);
    const QString rule = parser.value(QStringLiteral("rule"));
    if (!parsed || !parser.isSet(QStringLiteral("context")) || rule.isEmpty()
        || (!parser.isSet(QStringLiteral("reopen")) && parser.value(QStringLiteral("note")).trimmed().isEmpty())) {
        m_err << tr("usage: chartroom-cli rbac accept --context CTX [--release NS/NAME] --rule RULE [--target TEXT] "
                    "(--note TEXT | --reopen)\n");
        return CliApp::Usage;
    }
    if (!rbac::findRule(rule)) {
        m_err << tr("chartroom-cli: unknown rule “%1”\n").arg(rule);
        return CliApp::Usage;
    }
    rbac::AcceptanceStore store;
    if (const Result<void> loaded = store.load(); !loaded) {
        m_err << tr("chartroom-cli: %1\n").arg(loaded.error().message);
        return CliApp::Failed;
    }
    const QString context = parser.value(QStringLiteral("context"));
    const QString release = parser.value(QStringLiteral("release"));
    const QString target = parser.value(QStringLiteral("target"));
    if (parser.isSet(QStringLiteral("reopen"))) {
        if (!store.reopen(context, release, rule, target)) {
            m_err << tr("chartroom-cli: no such acceptance\n");
            return CliApp::Failed;
        }
    } else {
        store.accept({context, release, rule, target, parser.value(QStringLiteral("note")), QDateTime::currentDateTimeUtc()});
    }
    if (const Result<void> saved = store.save(); !saved) {
        m_err << tr("chartroom-cli: %1\n").arg(saved.error().message);
        return CliApp::Failed;
    }
    return CliApp::Ok;
}

} // namespace chartroom
