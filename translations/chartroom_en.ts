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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
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
        <source>chartroom-cli: context %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: no release %1 in the fleet
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

An encrypted repository&apos;s passphrase comes from the OS keychain, else from the file
named by CHARTROOM_PASSPHRASE_FILE, else from the terminal.

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
    <name>chartroom::RestoreCommand</name>
    <message>
        <source>Look up the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chartroom-cli: cannot tell whether %1/%2/%3 is installed: %4
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>usage: chartroom-cli restore --backup ID [--target-namespace NS] [--repo DIR] [--yes]
                            [--no-safety-backup --confirm-no-safety-backup=RELEASE]
</source>
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
        <source>Restoring under another release name (%1) is not supported yet.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; no earlier backup to estimate the size from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; estimated %1 plus %n release(s) never backed up before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Asking the OS keychain for the repository&apos;s secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain&apos;s entry does not unlock this repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the repository: %1</source>
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
        <source>The passphrase is not in the OS keychain. Enter it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain does not have this repository&apos;s key, so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: %1 Enter the passphrase; it is used for this backup only and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1), and this repository&apos;s key is kept there.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: unknown (no earlier backup of these releases in this repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated size: %1, plus %n release(s) never backed up here before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: %1 (the size of the last backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parallel: up to %n release(s) at a time within a tier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up the %n selected release(s) to the backup repository</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
