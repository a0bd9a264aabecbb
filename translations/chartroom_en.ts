<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileSink</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetCache</name>
    <message>
        <source>The fleet cache is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet cache is from another version of Chartroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpoState</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamPump</name>
    <message>
        <source>Reading the output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command stopped reading its input after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the input failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolInfo</name>
    <message>
        <source>Cannot read the %1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl printed no version JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolOutput</name>
    <message>
        <source>Cannot read the output of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed JSON of an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not report its version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom</name>
    <message>
        <source>untiered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom-cli</name>
    <message numerus="yes">
        <source>, %n release(s)</source>
        <translation>
            <numerusform>, %n release</numerusform>
            <numerusform>, %n releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::CliApp</name>
    <message>
        <source>chartroom-cli: unknown command “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli jobs show ID [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: job id prefix “%1” is ambiguous
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no job with id “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --limit needs a positive number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chartroom-cli [--version] [--help] &lt;command&gt; [options]

Chartroom&apos;s command-line interface: the same engine as the desktop app,
for scripts, cron and CI.

Commands:
  tools [--json]              show which helm and kubectl are used, and their versions
  inventory [--context NAME]... [--exclude-namespace NS]... [--json]
                              scan the fleet: every release by context and DR tier
  jobs [--json] [--limit N]   list the job journal, newest first
  jobs show ID [--json]       show one job: commands, outcome and full output

Exit codes: 0 ok, 1 failed, 2 usage error, 3 missing prerequisite.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::InventoryCommand</name>
    <message>
        <source>Scan this context (repeatable); default: the fleet&apos;s contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this namespace out (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fleet as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli inventory [--context NAME]... [--exclude-namespace NS]... [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: context %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not allowed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::ContextScanJob</name>
    <message>
        <source>Scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List releases in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List workloads in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm list in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl get failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing releases across all namespaces is forbidden; listing namespace by namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List namespaces in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing workloads across all namespaces is forbidden; listing namespace by namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to list in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::InventoryScanner</name>
    <message>
        <source>helm and kubectl have not been found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context “%1” is not in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::ReleaseDetailsLoader</name>
    <message>
        <source>helm has not been found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get computed values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get manifest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::JobJournal</name>
    <message>
        <source>Cannot create the job journal directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom stopped while this job was running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::ParallelGroupJob</name>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::ProcessJob</name>
    <message>
        <source>Cannot create a pipe for the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a pipe for the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of %1 s reached; stopping the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process did not stop after SIGTERM; sending SIGKILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … (%1 more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::SequenceJob</name>
    <message>
        <source>▶ Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Compensating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation did not succeed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (compensation “%1” failed too: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::kube::ToolProbe</name>
    <message>
        <source>not found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::models::FleetTreeModel</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DR tier in the chart&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to list in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the cache until the running scan answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup of this release exists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck: this release has been %1 since %2. A helm operation died half-way, and helm refuses further upgrades (&quot;another operation is in progress&quot;) until the release is rolled back to its last deployed revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helm operation on this release is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::models::JobListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (earlier session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::ContextsDialog</name>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reachable, %n release(s)</source>
        <translation>
            <numerusform>Reachable, %n release</numerusform>
            <numerusform>Reachable, %n releases</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable with errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom scans the checked contexts of your kubeconfig. When all are checked, contexts added to the kubeconfig later are scanned too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kube-system, scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces whose releases are left out of the fleet, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the fleet again in the background every so many minutes; Off scans only on F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excluded namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::DashboardView</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see those releases in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) on %1 context(s)</source>
        <translation>
            <numerusform>%n release on %1 context(s)</numerusform>
            <numerusform>%n releases on %1 context(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stateful release(s) inside their RPO</source>
        <translation>
            <numerusform>%1 of %n stateful release inside its RPO</numerusform>
            <numerusform>%1 of %n stateful releases inside their RPO</numerusform>
        </translation>
    </message>
    <message>
        <source>RPO compliance by tier (stateful releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet health per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup age as a share of the RPO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never backed up (shown at 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the last verified backup, % of the RPO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup age: no stateful releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): last backup at %3 % of the RPO target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::DiffView</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;unchanged objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two revisions are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) changed</source>
        <translation>
            <numerusform>%n object changed</numerusform>
            <numerusform>%n objects changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (hidden)</source>
        <translation>
            <numerusform>%n unchanged (hidden)</numerusform>
            <numerusform>%n unchanged (hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (superseded, uninstalling…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search releases, charts, namespaces… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, pending or not ready releases, breached or missing backups, and contexts with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group each context&apos;s releases by DR tier or by namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every release again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetPage</name>
    <message>
        <source>Check &amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fleet will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find helm and kubectl again and ask each for its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not exist yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the KUBECONFIG environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 (major version %2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom lists the Helm releases on your clusters, grouped by disaster-recovery tier with their RTO and RPO status. It reads them with helm and kubectl: once both are found, your fleet appears here. The job queue below records every helm and kubectl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. Install it, or set its path in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetTreeView</name>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetWorkspace</name>
    <message>
        <source>&amp;Refresh Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contexts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every context of the fleet again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig contexts and namespaces that form the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 of %2 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the fleet as of %1; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the fleet as of %1; checking helm and kubectl before refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the fleet as of %1. It cannot be refreshed: helm or kubectl is not usable (see Tools ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the fleet as of %1. Press F5 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet could not be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning your clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet could not be scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking helm and kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom needs helm and kubectl to read your fleet. Set their paths in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your kubeconfig has no contexts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts are selected. Choose them with Contexts….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::HistoryView</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two revisions to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history needs helm; it is still being checked or was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the revision history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one revision: nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading revisions %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::JobOutputView</name>
    <message numerus="yes">
        <source>… %n earlier line(s) not shown</source>
        <translation>
            <numerusform>… %n earlier line not shown</numerusform>
            <numerusform>… %n earlier lines not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its commands and output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job (its process and children are terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job again as a new job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the exact command line, with secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished jobs from the list (the journal keeps their logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier line(s) not kept in memory; the journal has them all</source>
        <translation>
            <numerusform>… %n earlier line not kept in memory; the journal has them all</numerusform>
            <numerusform>… %n earlier lines not kept in memory; the journal has them all</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs you start appear here with their live output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free slot in the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command(s) to the clipboard (secrets masked)</source>
        <translation>
            <numerusform>Copied %n command to the clipboard (secrets masked)</numerusform>
            <numerusform>Copied %n commands to the clipboard (secrets masked)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::MainWindow</name>
    <message>
        <source>Chartroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find helm and kubectl again and ask each for its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Chartroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found: %2. Set its path in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 does not work: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chartroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chartroom %1&lt;/h3&gt;&lt;p&gt;A desktop control center for Helm chart fleets on Kubernetes: inventory, backup, restore, upgrade and RBAC review, with every helm and kubectl command run through a visible job queue.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Logs: %3&lt;br&gt;Job journal: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom writes its log to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::ReleaseDetailsPane</name>
    <message>
        <source>Select a release to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User-supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computed (with chart defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · namespace %2 · revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery: roll back to the last deployed revision, which clears the lock: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart profile matches this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DR tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed (stateless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workloads found for this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent volume claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persistent volume claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom needs helm to show this; it is still being checked or was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release renders no objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user-supplied values: the release runs on the chart&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has no values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;helm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;kubectl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs may run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs may run against one cluster at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs running at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per &amp;cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on PATH or in the development tools folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop control center for Helm chart fleets on Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window, save a picture of it to &lt;file&gt; once the tool check has finished, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up and refresh figures (time to a painted fleet, memory, longest UI stall) and quit after one scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
