<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArtifactReader</name>
    <message>
        <source>Decompressing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 stream in %2 ends early: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactWriter</name>
    <message>
        <source>The encryption key is not a 256-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up AES-256-GCM encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting chunk %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillPlan</name>
    <message>
        <source>Keep the scratch namespace %1 for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scratch namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also when the restore fails or is canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1: restore backup %2 into the scratch namespace %3, timed against the RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not match the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRecord</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no list of drills; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>%1 ms</source>
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
    <name>PassphrasePrompt</name>
    <message>
        <source>There is no terminal to ask for the passphrase (%1). Set %2 to the path of a file whose first line is the passphrase, or to an open file descriptor number (for example %2=3 with 3&lt;file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/tty: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty passphrase is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch echo off: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the prompt: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase entry was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read from the terminal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the passphrase file “%1” is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file “%1” is empty (its first line must be the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The batch stopped: not every release was upgraded.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no chart profile knows chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Helm operation is in progress (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 lists nothing to back up</source>
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
        <source>%1: skipped, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up %n release(s)</source>
        <translation>
            <numerusform>Back up %n release</numerusform>
            <numerusform>Back up %n releases</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest: the backup was interrupted before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl&apos;s pod list is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no container &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) match, none is running and ready: %1</source>
        <translation>
            <numerusform>%n pod matches, it is not running and ready: %1</numerusform>
            <numerusform>%n pods match, none is running and ready: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The config export is not a Kubernetes object or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config export is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: start time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: older than 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: older than 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: younger than 24 h, may still be finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: younger than 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad: a newer verified backup exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad, but the only evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest verified backup of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept by the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep only the newest verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 backups, and always the newest verified one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to remove: all %n backup(s) are kept.</source>
        <translation>
            <numerusform>Nothing to remove: the %n backup is kept.</numerusform>
            <numerusform>Nothing to remove: all %n backups are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 of %2 backups, freeing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep %2, remove %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are not valid YAML (%1); they are not stored unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 MiB of output; too large to rewrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the stored checksums were checked: the repository key was not available to authenticate the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart holds a file with an unsafe name: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record holds no release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record cannot be decompressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record is not a release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record holds no chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 has dependencies, and Helm does not keep subcharts in its release record.</source>
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
    <name>SecretStore</name>
    <message>
        <source>The OS keychain did not answer within %1 s when reading “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s when storing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s when deleting “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer a check within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain found no keychain backend (neither the Secret Service nor KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain has no keychain backend on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the D-Bus session bus at %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service is not running on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service has no usable default keyring (none could be created or unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring is locked and no unlock prompt could be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsecret (package libsecret-1-0) is not installed and KWallet does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored in the OS keychain under “%1”, or the keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is locked and could not be unlocked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the OS keychain entry “%1” was denied (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain was not unlocked, so “%1” could not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1” from the OS keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store “%1” in the OS keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1” from the OS keychain: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain needs a QCoreApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QT_NO_GLIB is set, and the Secret Service backend needs Qt&apos;s GLib event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring accepts entries but does not return them (it may be locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain returned a different value than the one just stored.</source>
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
    <message>
        <source>The backup repository (default: %1).</source>
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
    <name>chartroom::BackupCommands</name>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not encrypt (Secrets and Helm release records are then not stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a random key kept only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remember the passphrase in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd (default), gzip or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain] [--compression zstd|gzip|none]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: unknown compression “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the new key could not be stored in the OS keychain (%1); the repository is unusable and is left empty at %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the passphrase is not remembered (%1); you will be asked for it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 repository %2 at %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this release (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every release of this DR tier (1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the whole fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan and run nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: “%1” is not CONTEXT/NAMESPACE/RELEASE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: nothing to back up
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli backups [--repo DIR] [--release CTX/NS/NAME] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every complete backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli verify (BACKUP-ID | --all) [--repo DIR]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no backup %1 in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: backup %1 cannot be verified: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be removed and remove nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli prune [--repo DIR] [--dry-run]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 backup(s), %2 freed
</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>All %n release(s) upgraded.
</source>
        <translation>
            <numerusform>%n release upgraded.
</numerusform>
            <numerusform>All %n releases upgraded.
</numerusform>
        </translation>
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
  init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain]
                              create a backup repository (encrypted by default)
  backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]
                              back up releases in tier order, then verify them
  backups [--repo DIR] [--release CTX/NS/NAME] [--json]
                              list backups: verified, unverified, bad, failed, incomplete
  verify (ID | --all) [--repo DIR]
                              re-read backups: checksums, decryption, content
  prune [--repo DIR] [--dry-run]
                              remove backups the retention policy no longer keeps
  restore --backup ID [--target-namespace NS] [--repo DIR] [--yes]
          [--no-safety-backup --confirm-no-safety-backup=RELEASE]
                              show the restore plan; with --yes verify, back up, restore, check
  drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace]
                              restore the latest verified backup into a scratch namespace,
                              check it, time it against the RTO, record it, clean up
  upgrade --release CTX/NS/NAME --chart REF [--version V] [--values FILE]
          --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]
                              preview values, manifest diff and risks, then upgrade
                              (backup gate, checks, automatic rollback on failure)
  upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF | --to-latest) --strategy S
                              upgrade several releases in tier order, stopping at the
                              first failure (--to-latest: each remembered source&apos;s newest)
  upgrade --list-scheduled    the upgrades waiting for a maintenance window, and the missed ones
  rollback --release CTX/NS/NAME [--revision N] [--yes]
                              roll back, or recover a release stuck in pending-*
  rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html]
       [--fail-on SEVERITY]   review RBAC: risky bindings, drift from chart profiles
                              (exit 4: open findings at or above SEVERITY)
  rbac accept --context CTX [--release NS/NAME] --rule RULE (--note TEXT | --reopen)
                              accept a finding with a note (or reopen it)

An encrypted repository&apos;s passphrase comes from the OS keychain, else from the file
named by CHARTROOM_PASSPHRASE_FILE, else from the terminal.

Exit codes: 0 ok, 1 failed, 2 usage error, 3 missing prerequisite, 4 open RBAC findings.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::DrillCommand</name>
    <message>
        <source>The release to drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill every release of this tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the scratch namespace after the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what each drill would do, with its commands; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace] [--dry-run]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1 has no verified backup in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no release of tier %1 has a verified backup in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no chart profile “%1” to restore backup %2 with
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1: backup %2 into %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  succeeded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RTO %1 s: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no RTO in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the drill: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept namespace %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  deleting namespace %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot delete the drill namespace %1: %2
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
    <message>
        <source>chartroom-cli: the backup repository cannot be read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the remembered chart sources: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::RbacCommand</name>
    <message>
        <source>Review this context (repeatable); default: every context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings in this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings about this release (NAME or NS/NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 4 when open findings at or above SEVERITY exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html] [--fail-on info|low|medium|high|critical]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: choose one of --json, --markdown, --csv, --html
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --fail-on takes info, low, medium, high or critical
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read kubeconfig</source>
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
        <source>context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not from a release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [accepted: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s), %2 open
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding&apos;s context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding&apos;s release (NS/NAME; empty: not from a release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the finding of this binding or role (as printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the acceptance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli rbac accept --context CTX [--release NS/NAME] --rule RULE [--target TEXT] (--note TEXT | --reopen)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: unknown rule “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no such acceptance
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::RestoreCommand</name>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into this namespace (a clone) instead of in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the restore (without it, only the plan is shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not back up the release&apos;s current state first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release name, to confirm --no-safety-backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no backup %1 in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: backup %1 cannot be restored: it is %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --no-safety-backup needs --confirm-no-safety-backup=%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no chart profile “%1” to restore backup %2 with
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the restore cannot run: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not match the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RTO %1 s: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1/%2/%3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as this release name (a clone; installed from the backup when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the workload to become ready (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli restore --backup ID [--target-namespace NS] [--target-release NAME] [--repo DIR]
                            [--yes] [--rollout-timeout SECONDS]
                            [--no-safety-backup --confirm-no-safety-backup=RELEASE]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --rollout-timeout needs a number of seconds
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::RollbackCommand</name>
    <message>
        <source>The release to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to go back to (default: the previous good one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm timeout in seconds (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli rollback --release CTX/NS/NAME [--revision N] [--yes]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to roll back.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the checkpoint: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled %1 back to revision %2: now revision %3 (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::UpgradeCommand</name>
    <message>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the history of %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to upgrade (repeatable: several are upgraded in tier order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade every release of this DR tier in the scanned fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new chart: REPO/CHART, oci://…, or a chart directory or archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart version (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version from each release&apos;s remembered chart source (--chart for those without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A values file: the complete user values (--reset-values -f FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse or reset-then-reuse (default: reset-then-reuse on helm ≥ 3.14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling, blue-green, maintenance or in-place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm and rollout timeout in seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window start (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green: seconds to observe green after the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without a fresh verified backup (needs --confirm-skip-backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release name, to confirm --skip-backup (once per release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on although the preview found immutable field changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print the per-object diffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green: point the Services back at the release and remove NAME-green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green: keep the Services on green and uninstall the release (needs --confirm-retire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release name, to confirm --retire-blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the preview and the plan, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: chartroom-cli upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF [--version V] | --to-latest)
       [--values FILE] --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --release is CTX/NS/NAME, --tier a number, --chart is REPO/CHART, oci://… or a path, --strategy one of rolling, blue-green, maintenance, in-place
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --skip-backup needs --confirm-skip-backup=%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --window is an ISO 8601 time, e.g. 2026-11-27T02:00:00Z
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --values-mode is reuse or reset-then-reuse
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: helm %1 has no --reset-then-reuse-values (helm ≥ 3.14); use --values-mode reuse
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upgrade.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 (%2) ==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to upgrade.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the window at %2 UTC (scheduled as %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot keep the scheduled upgrade: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the plan cannot run
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
== %1: %2 ==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot list the versions of %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no release of tier %1 in the fleet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the remembered chart sources: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the versions of its source %2 cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2, the newest version of %3: nothing to do
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no remembered chart source (Chartroom learns it from an upgrade it ran): give --chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: refused: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot preview the upgrade of %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the server-side dry run was refused (%1); rendered with helm template
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the checkpoint: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot remember the chart source: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to %2 in %3: revision %4 → %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green serves. Switch back: chartroom-cli upgrade --release %1 --switch-back --yes
Retire %2 once you are sure: chartroom-cli upgrade --release %1 --retire-blue --confirm-retire=%2 --yes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade failed after %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is in place. To go back: chartroom-cli rollback --release %2 --revision %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is at revision %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --release is CTX/NS/NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: --retire-blue uninstalls %1: confirm with --confirm-retire=%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the manifest of %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the upgrades waiting for a maintenance window, and those that missed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the scheduled upgrades: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade is waiting for a maintenance window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed (told %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed (not told yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  window %3 UTC  %4 → %5  [%6]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCI registry of --chart speaks plain HTTP (e.g. a local registry).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::artifact</name>
    <message>
        <source>Verification was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored: %1 bytes, sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than when it was written: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the checksum recorded when it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; matches the recorded checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: without its key only the stored checksum could be checked, not the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or not a Chartroom key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key derivation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt N must be a power of two up to 2^24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt r or p out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt parameters need more than 1 GiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salt must be 16 to 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::ArtifactReader</name>
    <message>
        <source>The key is not a 256-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted; its key is needed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, but %3 bytes were written: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the checksum recorded when it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 does not match the checksum recorded when it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid read size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 is longer than recorded (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::WrappedKey</name>
    <message>
        <source>the data key is not 256 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a wrapped key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wrapped key has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the key file was modified: its parameters, key id and wrapped key are authenticated together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not match its id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::detail::DecryptingSource</name>
    <message>
        <source>%1 is not an encrypted Chartroom artifact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses artifact format version %2, which this Chartroom cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match this artifact (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 failed authentication: the file was modified or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 content, not %3 as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends right after its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends inside chunk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends after chunk %2, which is not its final chunk: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has data after its final chunk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends inside chunk %2: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed authentication: the file was modified, reordered or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup</name>
    <message>
        <source>Back up %1: Helm&apos;s record, values and manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::DrillJob</name>
    <message>
        <source>Restore drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Restore backup %1 into the scratch namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore succeeded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed after %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the scratch namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the drill namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Delete the scratch namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the scratch namespace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill canceled; not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::ReleaseBackupJob</name>
    <message>
        <source>Back up %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: it holds secrets and the repository is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is encrypted and its key is not unlocked; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm&apos;s record of revision %1: chart, values and manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s revision is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-supplied values (helm get values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered manifest (helm get manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not stored: the repository is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no command for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: an earlier component failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the pod for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod to run it in (selector %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret data masked: the repository is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret-looking values masked: the repository is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command produced no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes stored as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest could not be written (%1); the backup is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled during verification; the backup stays unverified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreCompensationJob</name>
    <message>
        <source>Undo the restore&apos;s changes to the workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload was scaled down; nothing to scale back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data may be partly restored. To return to the state before this restore, restore the safety backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety backup did not complete; the release was not changed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety backup was taken (skipped on request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not scale back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was not installed before this restore, which installed it from the backup&apos;s Helm record; it is left in place for inspection (helm uninstall %1 --namespace %2 removes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreConfigJob</name>
    <message>
        <source>The config export cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config export holds no object; nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestorePlan</name>
    <message>
        <source>Backup %1 cannot be restored: it is incomplete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 cannot be restored: it is %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was taken with the chart profile “%2”, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 holds nothing this profile can restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify backup %1: re-read every artifact (checksums, authentication, content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the repository only; a bad backup stops the restore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backup of %1/%2/%3 as it is now, into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore from if this restore goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety backup (skipped on request): a failed restore cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiesce: %1 restore(s) into the running pods (a database dump is replayed by the server&apos;s own client; scaling the workload to zero would remove the pod the restore runs in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiesce %1: remember its replicas, scale to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects rewritten into namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup holds no Secrets, none is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore config %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD: the first running, ready pod of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 back to its replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N: as read before the quiesce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 so that it reads the restored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup %1 of %2 (%3 %4, revision %5, taken %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  into %1/%2/%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recovery time objective: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1/%2 from backup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiesce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is not installed in namespace %2 and backup %3 holds no Helm release record to reinstall it from (unencrypted repositories do not store it): install the chart first, then restore into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety backup: %1 is not installed in %2, there is nothing to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall %1 from the backup&apos;s Helm record (chart %2 %3 with its saved values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART, VALUES: rebuilt from %1 in a private temporary directory, removed after helm ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; names %1… become %2…, release labels and Helm annotations name %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestorePodJob</name>
    <message>
        <source>Find the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod to run it in (selector %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pod %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreReleaseJob</name>
    <message>
        <source>The Helm release record cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary directory for the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 %2 rebuilt from the backup&apos;s Helm record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up values of %1 set fullnameOverride=%2: installed as %3, the chart would create objects with the same names as %1&apos;s. Restore under the original name (into another namespace), or install %3 yourself without the override and restore into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreScaleJob</name>
    <message>
        <source>%1 was not scaled down; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the replicas of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no replica count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had %2 replica(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::backup::VerifyBackupJob</name>
    <message>
        <source>Verify backup %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is bad: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::cli</name>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the keychain&apos;s entry for this repository does not unlock it (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: the repository key is kept in the OS keychain, which did not provide it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: context %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no release %1 in the fleet
</source>
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
    <name>chartroom::kube::ReleaseRevision</name>
    <message>
        <source>Look up release %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the release is installed: %1</source>
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
    <message>
        <source>Last drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask %1 for newer versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the newest version at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is available at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill of this release has been recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO exceeded: the last successful drill took %1, the target is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful drill %1, restored in %2</source>
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
    <name>chartroom::rbac</name>
    <message>
        <source>not from a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard verbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule grants every verb (&quot;*&quot;), including ones added to the API later, such as escalate, bind and impersonate where they apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule grants every resource (&quot;*&quot;) of its API groups, including Secrets and resources that future API versions add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard API groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule applies to every API group (&quot;*&quot;), including custom resources installed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to cluster-admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is bound to the cluster-admin ClusterRole: full control of the cluster (or of the namespace, for a RoleBinding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to admin or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is bound to the admin or edit ClusterRole: it can read Secrets, run commands in pods and create workloads that run as any ServiceAccount of the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster-wide read access to Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get, list or watch on Secrets through a ClusterRoleBinding reads every Secret of every namespace, including ServiceAccount tokens and other applications&apos; credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec, attach or port-forward into pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods/exec, pods/attach and pods/portforward give a shell or a network path into every matching pod, with the pod&apos;s ServiceAccount, files and mounted Secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating pods or workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can create pods (directly or through Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs or ReplicationControllers) can run them as any ServiceAccount of the namespace and mount any of its Secrets: privilege escalation through pod creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate, bind or impersonate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate and bind on roles let the subject grant itself permissions it does not have; impersonate lets it act as other users, groups or ServiceAccounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes/proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes/proxy reaches the kubelet API of every node, which runs commands in any pod on it and bypasses audit logging and admission control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating ServiceAccount tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create on serviceaccounts/token issues tokens for other ServiceAccounts, and so their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving certificate signing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update on certificatesigningrequests/approval (or approve on signers) lets the subject approve client certificates, for example for system:masters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing admission webhook configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever writes mutating or validating webhook configurations can read or change every object sent to the API server, or block them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to anonymous users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding names system:anonymous or system:unauthenticated: anyone who can reach the API server gets these permissions without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to every authenticated user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding names system:authenticated: every user and every ServiceAccount of every namespace gets these permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to default ServiceAccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binding names a namespace&apos;s default ServiceAccount (or every ServiceAccount through the system:serviceaccounts groups): every pod that does not name a ServiceAccount gets these permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants more than its chart is expected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s RBAC grants permissions its chart profile does not expect (a changed chart, values that widen RBAC, or a binding added by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the output of kubectl auth can-i --list (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected columns in kubectl auth can-i --list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable line in kubectl auth can-i --list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not valid YAML (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::AcceptanceStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid acceptance file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::AccessProbeJob</name>
    <message>
        <source>Check your access in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cluster-wide access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::PlanAccess</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at cluster scope (context %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace %1 (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access %1 is not known yet (no answer from kubectl auth can-i): the steps there are not checked, the server decides when they run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacCollectJob</name>
    <message>
        <source>Read RBAC of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workloads of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the releases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacReview</name>
    <message>
        <source>RBAC review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the chart profile (would be %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacSnapshot</name>
    <message>
        <source>%1 has no &quot;kind&quot;: not Kubernetes output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RBAC object list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::UserAccess</name>
    <message>
        <source>your kubeconfig user cannot %1 at cluster scope (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your kubeconfig user cannot %1 in namespace %2 (context %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
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
        <source>Chartroom backup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: no (Secrets and the Helm release record were not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: %1, failed: %2, skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chart profile knows chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 lists nothing to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Helm operation is in progress (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%n open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupComponentsPage</name>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to back up of each release. Sizes are those of the release&apos;s last complete backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release / component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository for size estimates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
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
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) to back up</source>
        <translation>
            <numerusform>%n release to back up</numerusform>
            <numerusform>%n releases to back up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>; no earlier backup to estimate the size from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; estimated %1 plus %n release(s) never backed up before</source>
        <translation>
            <numerusform>; estimated %1 plus %n release never backed up before</numerusform>
            <numerusform>; estimated %1 plus %n releases never backed up before</numerusform>
        </translation>
    </message>
    <message>
        <source>; estimated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupDestinationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a random &amp;key kept in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository: a folder holding the backups of every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, Kubernetes Secrets and the Helm release record are &lt;b&gt;not stored&lt;/b&gt; and secret-looking values are masked, so a restore will need them from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted repository is here. Secrets and the Helm release record will not be stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted repository (passphrase) is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted repository is here; its key is kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repository here yet: a new one will be created when the backup starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be kept in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupPlanning</name>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no backup repository. Choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet. Check the plan, then start the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up %n release(s), one tier after the other:</source>
        <translation>
            <numerusform>Back up %n release, one tier after the other:</numerusform>
            <numerusform>Back up %n releases, one tier after the other:</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: unknown (no earlier backup of these releases in this repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated size: %1, plus %n release(s) never backed up here before</source>
        <translation>
            <numerusform>Estimated size: %1, plus %n release never backed up here before</numerusform>
            <numerusform>Estimated size: %1, plus %n releases never backed up here before</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: %1 (the size of the last backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parallel: up to %n release(s) at a time within a tier</source>
        <translation>
            <numerusform>Parallel: up to %n release at a time within a tier</numerusform>
            <numerusform>Parallel: up to %n releases at a time within a tier</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination: %1 (a new repository, created when the backup starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: on (AES-256-GCM, key protected by your passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: on (AES-256-GCM, random key kept in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: OFF. Secrets and the Helm release record will not be stored; secret-looking values are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm and kubectl must be usable to back up (see Tools ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupRunPage</name>
    <message>
        <source>&amp;Cancel Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the repository at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the repository %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the repository&apos;s secret in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored in the OS keychain (%1); without it the repository is unusable, so nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not remembered (%1); you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n release(s)…</source>
        <translation>
            <numerusform>Backing up %n release…</numerusform>
            <numerusform>Backing up %n releases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 releases were backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every release was backed up and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with problems: %1 of %2 releases were backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupScopePage</name>
    <message>
        <source>Every release of &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the releases selected in the inventory, one disaster-recovery tier, or the whole fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected releases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;fleet (%1 releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 releases can be backed up; the others are listed on the next page with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupSelection</name>
    <message>
        <source>Select a release, a tier or a context in the inventory to back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to back up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 selected releases can be backed up (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each release. Failed backups are kept in the repository, marked as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupWizard</name>
    <message>
        <source>Back Up Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BlueGreenPanel</name>
    <message>
        <source>&amp;Switch Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Switch back: the Services select %1 again, then %2 is uninstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to retire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Retire %1: its Services are saved, %1 is uninstalled, the Services are created again (serving %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation: %1 left. %2-green serves; %1 still runs beside it, so switching back is instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation window is over. %1-green serves; retire %1 once you are sure, or switch back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the Services back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched back: the Services select %1 again and %2 is uninstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired: its Services serve %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed: %1</source>
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
    <message numerus="yes">
        <source>%n drilled within 30 days</source>
        <translation>
            <numerusform>%n drilled within 30 days</numerusform>
            <numerusform>%n drilled within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with RTO exceeded or a failed drill</source>
        <translation>
            <numerusform>%n with RTO exceeded or a failed drill</numerusform>
            <numerusform>%n with RTO exceeded or a failed drill</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore drills by tier (stateful releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilled within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilled within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilled over 90 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never drilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO exceeded or last drill failed</source>
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
    <name>chartroom::ui::DrillDialog</name>
    <message>
        <source>&amp;Keep the scratch namespace afterwards, to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no verified backup to drill: back it up (and let it verify) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart profile “%1” is known to restore backup %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the latest verified backup &lt;b&gt;%1&lt;/b&gt; (taken %2, %3) into the new namespace &lt;b&gt;%4&lt;/b&gt;, checks it and measures the restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> against the RTO of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace is kept afterwards; delete it yourself when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace is deleted afterwards, also when the drill fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilling into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was canceled; it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill restored backup %1 in &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RTO of %1 was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the RTO of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart profile sets no RTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace %1 is kept for inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace %1 is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up the %n selected release(s) to the backup repository</source>
        <translation>
            <numerusform>Back up the %n selected release to the backup repository</numerusform>
            <numerusform>Back up the %n selected releases to the backup repository</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Restore &amp;Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review RB&amp;AC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups at %1: back up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of %1 can be restored: every one is bad, failed or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a release from its backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one release to drill its latest verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm and kubectl must be usable: check the tools first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no verified backup to drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest verified backup of %1 into a scratch namespace, time it against the RTO and delete the namespace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one release: upgrades run one release at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is not usable: check the tools first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stuck in %2: recover it to its last deployed revision (previewed first), then upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1: see every change first, then choose how it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl is not usable: check the tools first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fleet to review yet: scan your clusters first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what the RBAC of the selected releases (or the whole fleet) allows, and accept or keep open each finding</source>
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
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrades, rollbacks and recoveries Chartroom ran on this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read Chartroom&apos;s upgrade records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (confirmed)</source>
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
    <name>chartroom::ui::JobStepsView</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::MissedUpgradesBar</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tell of these again; they stay listed by chartroom-cli upgrade --list-scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned maintenance upgrade(s) missed the window while Chartroom was not running: %1</source>
        <translation>
            <numerusform>%n planned maintenance upgrade missed the window while Chartroom was not running: %1</numerusform>
            <numerusform>%n planned maintenance upgrades missed the window while Chartroom was not running: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 upgrade to %3, window %4 UTC (planned %5 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    plan it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These upgrades waited for a maintenance window that opened while Chartroom was not running. Nothing was changed; plan them again with Upgrade… or the command shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::PlanAccessNotice</name>
    <message>
        <source>Your kubeconfig user may not run every step of this plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every step of this plan could be checked against your access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for these permissions, or choose differently, then go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::PlanRunPage</name>
    <message>
        <source>&amp;Result &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacCollectPage</name>
    <message>
        <source>Collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, ClusterRoles, bindings, ServiceAccounts, workloads and releases are read with kubectl and helm in the job queue; their commands are in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no context to review: scan the fleet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the RBAC of %n context(s) for %1…</source>
        <translation>
            <numerusform>Reading the RBAC of %n context for %1…</numerusform>
            <numerusform>Reading the RBAC of %n contexts for %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles, %2 bindings, %3 ServiceAccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1, %2 open.</source>
        <translation>
            <numerusform>%n finding for %1, %2 open.</numerusform>
            <numerusform>%n findings for %1, %2 open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reviewed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted findings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review incomplete for context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed: context %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacFindingsPage</name>
    <message>
        <source>not from a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the RBAC in scope allows that a careful reviewer would question. Accept a finding with a note when it is intended; accepted findings no longer count as open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is acceptable (required to accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A narrower Role and RoleBinding for review. Chartroom does not apply it: change the chart&apos;s values or apply it yourself after review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptances could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — %n open</numerusform>
            <numerusform>%1 — %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n accepted</numerusform>
            <numerusform>, %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1; %2 open%3.</source>
        <translation>
            <numerusform>%n finding for %1; %2 open%3.</numerusform>
            <numerusform>%n findings for %1; %2 open%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see the rule, the bindings and roles behind it and the path from each subject to the permission.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the chart&apos;s profile (otherwise %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject → binding → role → rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># No suggestion: the finding names no namespace to narrow it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note saying why it is acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this finding with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacReportPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review with your decisions. Export it to keep it or to share it; `chartroom-cli rbac` produces the same report in a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1: %2 open, %3 accepted.</source>
        <translation>
            <numerusform>%n finding for %1: %2 open, %3 accepted.</numerusform>
            <numerusform>%n findings for %1: %2 open, %3 accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the RBAC Review To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacScopePage</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to review: the whole fleet, one context, one namespace or one release. Chartroom reads the RBAC objects of each context with kubectl; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster-wide bindings are read for every scope: a ClusterRoleBinding that reaches a release&apos;s ServiceAccount is reported with that release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacSession</name>
    <message>
        <source>the whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacWizard</name>
    <message>
        <source>Review RBAC</source>
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
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository at %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup failed its verification and cannot be restored; the RPO counts from the last verified one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of this release in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) not shown.</source>
        <translation>
            <numerusform>%n older backup not shown.</numerusform>
            <numerusform>%n older backups not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet: the review runs after each scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release ▸ Review RBAC… shows the bindings, rules and paths behind each finding and lets you accept it with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last successful drill %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: no successful restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO exceeded: the restore took longer than the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last drill failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded drills cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill of this release has been recorded. Release ▸ Run Restore Drill… (or chartroom-cli drill) restores its latest verified backup into a scratch namespace and measures the restore time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
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
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RepositoryUnlocker</name>
    <message>
        <source>The keychain&apos;s entry does not unlock this repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the OS keychain for the repository&apos;s secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with the secret from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain does not have this repository&apos;s key, so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not in the OS keychain. Enter it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: %1 Enter the passphrase; it is used this time only and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1), and this repository&apos;s key is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreConfirmPage</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what will happen. The restore starts when you press Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup &lt;b&gt;%1&lt;/b&gt; (taken %2, %3) of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;in place&lt;/b&gt;: the current configuration and data of %1/%2 are &lt;b&gt;overwritten&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> into &lt;b&gt;%1/%2&lt;/b&gt; as a clone; the original release is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed there: it is installed from the backup&apos;s Helm record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety backup of the current state is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No safety backup&lt;/b&gt; is taken: nothing can undo this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the release name “%1” to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestorePointPage</name>
    <message>
        <source>Restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. Only a backup that passed (or will pass) its verification can be restored; it is verified again before anything in the cluster changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1. Its RPO (chart profile “%2”) is %3: a restore point older than that loses more data than the target allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1. Its chart profile sets no RPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 the RPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup, %1, cannot be restored (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified yet: the restore verifies it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous good backup, %1, is offered instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this release can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestorePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the restore and the exact commands it runs (secrets hidden). Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking helm whether %1/%2 is installed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs to know the target&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart profile “%1” to restore this backup with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is installed (revision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is not installed: it is reinstalled from the backup&apos;s Helm record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restore cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreReleasePage</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the release to restore. Releases that are no longer installed can be restored from their backups too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup repository at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 holds no backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2. Choose another release:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran for &lt;b&gt;%1&lt;/b&gt; and did not complete, so there is no restore time to compare with the RTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured restore time: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the RTO of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RTO of %1 was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart profile sets no RTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart profile defines no health checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks: %1 of %2 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before the restore is kept in the safety backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped at step %1 of %2, “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation succeeded: no workload is left scaled down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensation failed: %1. Check the workload&apos;s replicas by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the cluster was changed: the backup was refused before the first change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data may be half restored. To return to the state before this restore, restore the safety backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety backup was taken: the data may be half restored. Restore a good backup again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreRunPage</name>
    <message>
        <source>&amp;Cancel Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling… (the compensation runs next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore cannot run without the repository&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 into %2/%3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: restored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreTargetPage</name>
    <message>
        <source>As a &amp;clone, in another namespace or under another name (e.g. for a recovery drill):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the target&apos;s current state &amp;first (a safety backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place, or as a clone into another namespace or under another release name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In place: overwrite %1/%2 with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the release&apos;s own), or e.g. dr-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the release&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace name is lower-case letters, digits and &apos;-&apos;, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release name is lower-case letters, digits and &apos;-&apos;, at most 53 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clone needs another namespace or another release name (else choose “In place”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a safety backup, nothing can undo this restore if it fails half way. Type the release name “%1” to restore without one:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreWizard</name>
    <message>
        <source>Restore a Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
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
    <message>
        <source>Where backups are written and read from; one repository can hold several clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Chartroom backup repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a backup repository, and not empty: a new repository needs an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet: the first backup creates it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeBackupPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on without a fresh backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade starts from a verified backup that is recent enough for the release&apos;s tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest verified backup: %1, %2 old. The policy allows at most %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 profile&apos;s RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile: a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no verified backup in %2. The policy allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It satisfies the policy: no backup is needed before the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh backup (verified) is the first step of the plan; you can follow and cancel it in the job queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup can be taken: there is no backup repository at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup can be taken: the chart has no backup recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeBadgeUpdater</name>
    <message>
        <source>Cannot ask %1 for newer versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 available at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the newest version at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradePreviewPage</name>
    <message>
        <source>immutable field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image major version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the upgrade changes, object by object, and what to look at first. Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the API server rejects these changes and want to go on anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1 with helm (a dry run: nothing changes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1: only masked Secret data changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n object(s) change.</source>
        <translation>
            <numerusform>%1 → %2: %n object changes.</numerusform>
            <numerusform>%1 → %2: %n objects change.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server-side dry run was refused (%1): rendered with helm template, without lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No immutable field, RBAC, image or removal risk found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An immutable field changes: the API server will reject the upgrade (helm then rolls it back). Change the values or the chart, or acknowledge to go on anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeRecoverPage</name>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a Stuck Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted helm left the release in a pending state: helm refuses to upgrade it until it is rolled back to its last deployed revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 at revision %3: nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stuck in %2 at revision %3. Recovering rolls it back to revision %4, its last deployed one; helm records that as a new revision. Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering %1 to revision %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered to revision %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeReleasePage</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the release to upgrade. Nothing changes in the cluster until you confirm on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory has no releases yet: refresh the fleet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in the inventory:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeResultPage</name>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-green runs %2 beside %1 (still at revision %3) and the Services select it; done in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to %2 in %3: revision %4 → %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the new version misbehaves, roll back to revision %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is in place although the upgrade failed. Roll back to revision %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back to revision %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back to revision %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the upgrade and the exact commands it runs (secrets hidden). Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, values: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: the preview found immutable field changes the API server rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited values helm reads with -f - on its stdin (secrets masked; no file holds them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This upgrade cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeRunPage</name>
    <message>
        <source>&amp;Cancel Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade&apos;s checkpoint could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1. Reading the new revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1. Reading the release&apos;s state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window opens in %1 (%2). Nothing has changed yet; Cancel Upgrade drops the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeSession</name>
    <message>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeSourcePage</name>
    <message>
        <source>A &amp;Helm repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;OCI registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;local chart directory or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new chart comes from. Helm does not record it: Chartroom remembers it once an upgrade succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPOSITORY/CHART, e.g. sb-charts/memcached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart directory or a .tgz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last upgraded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartroom does not know yet where %1&apos;s chart comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up where %1&apos;s chart came from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking helm which versions %1 offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is newer than the deployed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of %1 is newer than the deployed %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeStrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the new version replaces the old one, and the downtime to expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance &amp;window opens (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green &amp;observation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm and rollout &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 profile documents these strategies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart profile matches %1: only the generic strategies are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — downtime: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade waits until the new pods are ready and rolls back by itself when they are not; the old pods serve until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A values-only upgrade of the deployed chart version: for configuration changes that need no new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is already open: the plan starts at once. The workloads are scaled to zero during the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan waits in the job queue until the window opens (cancellable), then scales the workloads to zero, upgrades and scales them back up. It is kept on disk until it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version is installed beside the current one as %1-green; the Services switch to it once it passed its checks, and switch back with one click during the observation time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeValuesPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the release&apos;s values meet the new chart&apos;s defaults. Secrets are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values over the new defaults (--reset-then-reuse-values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployed values as they are (--reuse-values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edited values file over the new defaults (--reset-values -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed (old default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: Old → New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of %1 and the defaults of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># no user-supplied values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reuse-values keeps the old value: this new default is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: Old → New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace each masked value (%1) with the real one: helm gets this file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid YAML: %n value(s).</source>
        <translation>
            <numerusform>Valid YAML: %n value.</numerusform>
            <numerusform>Valid YAML: %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “An edited values file” to edit the values helm gets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeWizard</name>
    <message>
        <source>Upgrade a Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1: review the permissions it grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes: review the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is immutable: the API server rejects the change (%2 → %3); the object must be deleted and recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.clusterIP is immutable: the API server rejects the change (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image major version %1 → %2 (%3 → %4): read the release notes, take a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the upgrade: the claim and the data on its volume are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the upgrade: the permissions it granted go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%n default(s) of the new chart will NOT be applied:</source>
        <translation>
            <numerusform>%n default of the new chart will NOT be applied:</numerusform>
            <numerusform>%n defaults of the new chart will NOT be applied:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n default(s) change with the new chart:</source>
        <translation>
            <numerusform>%n default changes with the new chart:</numerusform>
            <numerusform>%n defaults change with the new chart:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-place (values only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reuse-values: the release keeps its current values merged with the OLD chart&apos;s defaults; defaults that the new chart version adds or changes are NOT applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reset-then-reuse-values: the NEW chart&apos;s defaults apply, then your current values on top of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reset-values -f FILE: the NEW chart&apos;s defaults apply, then the file; values you set before and the file does not repeat are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::BackupGate</name>
    <message>
        <source>Backup gate: verified backup %1 is %2 old (policy: newer than %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup gate: the last verified backup (%1) is older than %2: a backup is taken and verified first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup gate: no verified backup: one is taken and verified first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup gate SKIPPED on the user&apos;s explicit confirmation (recorded): no backup newer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup gate: no verified backup newer than %1, and none can be taken here (no backup recipe or repository): going on needs an explicit confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::BatchUpgradePlan</name>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untiered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch upgrade of %n release(s) in tier order, stopping at the first failure:</source>
        <translation>
            <numerusform>Batch upgrade of %n release in tier order, stopping at the first failure:</numerusform>
            <numerusform>Batch upgrade of %n releases in tier order, stopping at the first failure:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %n release(s) in tier order</source>
        <translation>
            <numerusform>Upgrade %n release in tier order</numerusform>
            <numerusform>Upgrade %n releases in tier order</numerusform>
        </translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: stopped after %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::ChartVersionsJob</name>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::GreenInstallJob</name>
    <message>
        <source>Install %1 beside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::RetireBlueJob</name>
    <message>
        <source>Retire %1 (its Services keep serving green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Service %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::RollbackPlan</name>
    <message>
        <source>%1 has no history: it is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and has no earlier deployed revision to recover to: uninstall it and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no earlier revision to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revision %2 (helm keeps a limited history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan: %1 is stuck in %2 at revision %3 (a helm operation was interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan: %1 at revision %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 1. [rollback] Roll back to revision %1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      (helm records the rollback as a new revision; the values of revision %1 come back with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1 to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradeAvailabilityCheck</name>
    <message>
        <source>the source could not be asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePlan</name>
    <message>
        <source>depends on the chart (no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values-only helm upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stuck in %2: recover it to its last deployed revision first (chartroom-cli rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 profile does not support the %2 strategy (it supports: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values-file mode needs a values file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-place is a values-only change of the deployed chart %1; a new version (%2) needs another strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue-green needs a Service whose selector names app.kubernetes.io/instance=%1 to switch; %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window scales the release&apos;s workloads to zero; %1 has no Deployment or StatefulSet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview found changes the API server will reject (immutable fields): the upgrade would fail. Review them; going on needs an explicit confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-upgrade check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-upgrade check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the maintenance window: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window: starts at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellable; the plan is kept when Chartroom closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until %1 is rolled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure helm rolls back to revision %1 itself (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values-only upgrade of %1 (chart %2 stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 to 0 (replicas remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 back to its replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure: %1 scaled back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 (%2) beside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-f -: the values of %1, read with helm get values, on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Service %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic moves to green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe for %1 s (switch back in one click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards: switch back (selectors to %1, %2 uninstalled) or, on your confirmation, retire %1 (its Services saved, helm uninstall %1, the Services created again as plain objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure: selectors back to %1, %2 uninstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plan: %1 (%2, revision %3) → %4, strategy %5, values %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downtime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe %1 on green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 back from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Service %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePreview</name>
    <message>
        <source>The values could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new chart changes no default you rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Your values (helm get values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendered by helm upgrade --dry-run=server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendered by helm template: no server lookups or validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    (Secret values change; they are not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No object changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> BLOCKING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePreviewJob</name>
    <message>
        <source>Preview the upgrade of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the values file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values with defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chart defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the new version (server-side dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry run printed no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the new version (helm template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::WaitUntilJob</name>
    <message>
        <source>Waiting for %1 UTC: %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait was canceled</source>
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
