#include "bluegreenpanel.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"

#include "core/redactor.h"
#include "jobs/jobqueue.h"
#include "upgrade/retirebluejob.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

QPlainTextEdit *commandText(const char *name)
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(QLatin1String(name));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMaximumHeight(text->fontMetrics().lineSpacing() * 6);
    return text;
}

QString commandsText(const QList<CommandLine> &commands)
{
    QStringList lines;
    for (const CommandLine &command : commands)
        lines << QStringLiteral("$ ") + command.toDisplayString(Redactor::shared());
    return lines.join(u'\n');
}

} // namespace

BlueGreenPanel::BlueGreenPanel(UpgradeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_observation(new QLabel)
    , m_switchPreview(commandText("switchBackPreviewText"))
    , m_switchBack(new QPushButton)
    , m_retirePreview(commandText("retireBluePreviewText"))
    , m_retireConfirm(new QLineEdit)
    , m_retire(new QPushButton)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("blueGreenPanel"));
    m_observation->setObjectName(QStringLiteral("observationLabel"));
    m_observation->setWordWrap(true);
    m_switchBack->setObjectName(QStringLiteral("switchBackButton"));
    m_retireConfirm->setObjectName(QStringLiteral("retireConfirmEdit"));
    m_retire->setObjectName(QStringLiteral("retireBlueButton"));
    m_status->setObjectName(QStringLiteral("blueGreenStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_observation, 0, 0, 1, 2);
    layout->addWidget(m_switchPreview, 1, 0);
    layout->addWidget(m_switchBack, 1, 1, Qt::AlignTop);
    layout->addWidget(m_retirePreview, 2, 0);
    auto *retireColumn = new QVBoxLayout;
    retireColumn->addWidget(m_retireConfirm);
    retireColumn->addWidget(m_retire);
    retireColumn->addStretch(1);
    layout->addLayout(retireColumn, 2, 1);
    layout->addWidget(m_status, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &BlueGreenPanel::tick);
    connect(m_switchBack, &QPushButton::clicked, this, &BlueGreenPanel::switchBack);
    connect(m_retire, &QPushButton::clicked, this, &BlueGreenPanel::retireBlue);
    connect(m_retireConfirm, &QLineEdit::textChanged, this, &BlueGreenPanel::updateButtons);
}

BlueGreenPanel::~BlueGreenPanel() = default;

void BlueGreenPanel::showOutcome()
{
    const upgrade::UpgradeRequest &request = m_session.request;
    const bool serving = request.strategy == upgrade::Strategy::BlueGreen && m_session.observationEnds.isValid();
    setVisible(serving);
    m_settled = false;
    m_status->clear();
    m_status->setStyleSheet(QString());
    m_retireConfirm->clear();
    if (!serving) {
        m_timer.stop();
        return;
    }
    const upgrade::UpgradePlan plan = m_session.plan();
    const backup::ClusterTools tools = m_session.runtime.clusterTools();
    const QString blue = request.release.name;
    m_switchBack->setText(tr("&Switch Back to %1").arg(blue));
    m_switchPreview->setPlainText(tr("# Switch back: the Services select %1 again, then %2 is uninstalled").arg(blue, plan.greenName()) +
                                  u'\n' + commandsText(plan.makeSwitchBackJob(tools)->commandLines()));
    m_retire->setText(tr("&Retire %1…").arg(blue));
    m_retireConfirm->setPlaceholderText(tr("Type %1 to retire it").arg(blue));
    m_retirePreview->setPlainText(
        tr("# Retire %1: its Services are saved, %1 is uninstalled, the Services are created again (serving %2)").arg(blue, plan.greenName()) +
        u'\n' + commandsText(upgrade::RetireBlueJob::plannedCommands(tools, request.release, request.services, request.timeoutSeconds)));
    tick();
    m_timer.start();
    updateButtons();
}

void BlueGreenPanel::tick()
{
    const QString blue = m_session.request.release.name;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_session.observationEnds);
    if (m_settled) {
        m_timer.stop();
        return;
    }
    if (left > 0) {
        m_observation->setText(tr("Observation: %1 left. %2-green serves; %1 still runs beside it, so switching back is instant.")
                                   .arg(durationText(left), blue));
        return;
    }
    m_timer.stop();
    m_observation->setText(tr("The observation window is over. %1-green serves; retire %1 once you are sure, or switch back.").arg(blue));
}

void BlueGreenPanel::updateButtons()
{
    const bool idle = !m_settled && (!m_job || m_job->isFinished());
    m_switchBack->setEnabled(idle);
    m_retireConfirm->setEnabled(idle);
    m_retire->setEnabled(idle && m_retireConfirm->text() == m_session.request.release.name);
}

void BlueGreenPanel::switchBack()
{
    const upgrade::UpgradePlan plan = m_session.plan();
    run(plan.makeSwitchBackJob(m_session.runtime.clusterTools()), tr("Switching the Services back to %1…").arg(m_session.request.release.name),
        tr("Switched back: the Services select %1 again and %2 is uninstalled.").arg(m_session.request.release.name, plan.greenName()));
}

void BlueGreenPanel::retireBlue()
{
    const QString blue = m_session.request.release.name;
    if (m_retireConfirm->text() != blue)
        return;
    const upgrade::UpgradePlan plan = m_session.plan();
    run(plan.makeRetireBlueJob(m_session.runtime.clusterTools(), true), tr("Retiring %1…").arg(blue),
        tr("%1 is retired: its Services serve %2.").arg(blue, plan.greenName()));
}

void BlueGreenPanel::run(std::unique_ptr<jobs::Job> job, const QString &running, const QString &done)
{
    if (!job)
        return;
    m_status->setText(running);
    m_status->setStyleSheet(QString());
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, m_session.request.release.context});
    m_job = queued;
    connect(queued, &jobs::Job::finished, this, [this, done](jobs::Job *finished) {
        const bool ok = finished->state() == jobs::JobState::Succeeded;
        m_status->setText(ok ? done : tr("It failed: %1").arg(finished->errorString()));
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        if (ok) {
            m_settled = true;
            m_observation->setText(done);
        }
        tick();
        updateButtons();
        Q_EMIT busyChanged();
    });
    updateButtons();
    Q_EMIT busyChanged();
}

bool BlueGreenPanel::isBusy() const
{
    return m_job && !m_job->isFinished();
}

} // namespace chartroom::ui
