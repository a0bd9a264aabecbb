<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArtifactReader</name>
    <message>
        <source>Decompressing %1 failed: %2</source>
        <translation>%1의 압축을 풀지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The %1 stream in %2 ends early: the file is truncated.</source>
        <translation>%2의 %1 스트림이 예상보다 일찍 끝납니다: 파일이 잘렸습니다.</translation>
    </message>
</context>
<context>
    <name>ArtifactWriter</name>
    <message>
        <source>The encryption key is not a 256-bit key.</source>
        <translation>암호화 키가 256비트 키가 아닙니다.</translation>
    </message>
    <message>
        <source>Chunk size %1 is out of range.</source>
        <translation>청크 크기 %1이(가) 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>%1에 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>압축하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>난수 생성기가 실패했습니다.</translation>
    </message>
    <message>
        <source>Cannot set up AES-256-GCM encryption.</source>
        <translation>AES-256-GCM 암호화를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Encrypting chunk %1 failed.</source>
        <translation>청크 %1을(를) 암호화하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>DrillPlan</name>
    <message>
        <source>Keep the scratch namespace %1 for inspection</source>
        <translation>검사할 수 있도록 임시 네임스페이스 %1 유지</translation>
    </message>
    <message>
        <source>Delete the scratch namespace %1</source>
        <translation>임시 네임스페이스 %1 삭제</translation>
    </message>
    <message>
        <source>also when the restore fails or is canceled</source>
        <translation>복원이 실패하거나 취소되어도 실행</translation>
    </message>
    <message>
        <source>Drill %1: restore backup %2 into the scratch namespace %3, timed against the RTO</source>
        <translation>%1 훈련: 백업 %2을(를) 임시 네임스페이스 %3에 복원하고 RTO와 비교하여 시간 측정</translation>
    </message>
    <message>
        <source>the key does not match the backup</source>
        <translation>키가 백업과 일치하지 않음</translation>
    </message>
</context>
<context>
    <name>DrillRecord</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); it was left as it is</source>
        <translation>%1이(가) 올바른 JSON이 아닙니다 (%3바이트 위치: %2). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>%1 has no list of drills; it was left as it is</source>
        <translation>%1에 훈련 목록이 없습니다. 파일은 그대로 두었습니다</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot flush %1</source>
        <translation>%1을(를) 디스크에 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot rename into %1</source>
        <translation>%1(으)로 이름을 바꿀 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>FleetCache</name>
    <message>
        <source>The fleet cache is damaged: %1</source>
        <translation>플릿 캐시가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>The fleet cache is from another version of Chartroom</source>
        <translation>플릿 캐시가 다른 버전의 Chartroom에서 만들어졌습니다</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>취소하는 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>There is no terminal to ask for the passphrase (%1). Set %2 to the path of a file whose first line is the passphrase, or to an open file descriptor number (for example %2=3 with 3&lt;file).</source>
        <translation>암호 문구를 물어볼 터미널이 없습니다 (%1). %2에 첫 줄이 암호 문구인 파일의 경로나 열린 파일 디스크립터 번호를 지정하세요 (예: 3&lt;file과 함께 %2=3).</translation>
    </message>
    <message>
        <source>Enter the passphrase again: </source>
        <translation>암호 문구를 다시 입력하세요: </translation>
    </message>
    <message>
        <source>/dev/tty: </source>
        <translation>/dev/tty: </translation>
    </message>
    <message>
        <source>not a terminal</source>
        <translation>터미널이 아님</translation>
    </message>
    <message>
        <source>An empty passphrase is not accepted.</source>
        <translation>빈 암호 문구는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>cannot switch echo off: </source>
        <translation>입력 에코를 끌 수 없음: </translation>
    </message>
    <message>
        <source>cannot write the prompt: </source>
        <translation>프롬프트를 쓸 수 없음: </translation>
    </message>
    <message>
        <source>Passphrase entry was interrupted.</source>
        <translation>암호 문구 입력이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Cannot read from the terminal: </source>
        <translation>터미널에서 읽을 수 없습니다: </translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>암호 문구가 %1바이트보다 깁니다.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file “%1”: %2.</source>
        <translation>암호 문구 파일 “%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The first line of the passphrase file “%1” is longer than %2 bytes.</source>
        <translation>암호 문구 파일 “%1”의 첫 줄이 %2바이트보다 깁니다.</translation>
    </message>
    <message>
        <source>The passphrase file “%1” is empty (its first line must be the passphrase).</source>
        <translation>암호 문구 파일 “%1”이(가) 비어 있습니다 (첫 줄이 암호 문구여야 합니다).</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The batch stopped: not every release was upgraded.
</source>
        <translation>일괄 작업이 중단되었습니다: 일부 릴리스는 업그레이드되지 않았습니다.
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no chart profile knows chart %1</source>
        <translation>차트 %1에 맞는 차트 프로필이 없음</translation>
    </message>
    <message>
        <source>a Helm operation is in progress (%1)</source>
        <translation>Helm 작업이 진행 중임 (%1)</translation>
    </message>
    <message>
        <source>profile %1 lists nothing to back up</source>
        <translation>프로필 %1에 백업할 항목이 없음</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: 건너뜀, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Back up %n release(s)</source>
        <translation>
            <numerusform>릴리스 %n개 백업</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest: the backup was interrupted before it finished.</source>
        <translation>매니페스트 없음: 백업이 끝나기 전에 중단되었습니다.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>kubectl&apos;s pod list is not valid JSON (%1).</source>
        <translation>kubectl의 파드 목록이 올바른 JSON이 아닙니다 (%1).</translation>
    </message>
    <message>
        <source>no pod matches</source>
        <translation>일치하는 파드 없음</translation>
    </message>
    <message>
        <source>%1 is terminating</source>
        <translation>%1 종료 중</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>without a phase</source>
        <translation>단계 없음</translation>
    </message>
    <message>
        <source>%1 has no container &quot;%2&quot;</source>
        <translation>%1에 컨테이너 &quot;%2&quot;이(가) 없음</translation>
    </message>
    <message>
        <source>%1 is not ready</source>
        <translation>%1 준비 안 됨</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) match, none is running and ready: %1</source>
        <translation>
            <numerusform>파드 %n개가 일치하지만 실행 중이면서 준비된 파드가 없음: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The config export is not a Kubernetes object or list.</source>
        <translation>구성 내보내기가 Kubernetes 객체나 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The config export is not valid YAML: %1</source>
        <translation>구성 내보내기가 올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>incomplete: start time unknown</source>
        <translation>미완료: 시작 시각 알 수 없음</translation>
    </message>
    <message>
        <source>incomplete: older than 24 h</source>
        <translation>미완료: 24시간 넘게 지남</translation>
    </message>
    <message>
        <source>failed: older than 24 h</source>
        <translation>실패: 24시간 넘게 지남</translation>
    </message>
    <message>
        <source>incomplete: younger than 24 h, may still be finishing</source>
        <translation>미완료: 24시간이 지나지 않아 아직 끝나는 중일 수 있음</translation>
    </message>
    <message>
        <source>failed: younger than 24 h</source>
        <translation>실패: 24시간이 지나지 않음</translation>
    </message>
    <message>
        <source>bad: a newer verified backup exists</source>
        <translation>불량: 더 최근의 검증된 백업이 있음</translation>
    </message>
    <message>
        <source>bad, but the only evidence</source>
        <translation>불량이지만 유일한 증거</translation>
    </message>
    <message>
        <source>newest verified backup of the release</source>
        <translation>릴리스의 가장 최근 검증된 백업</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>최근 %1개</translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation>일별 %1</translation>
    </message>
    <message>
        <source>weekly %1</source>
        <translation>주별 %1</translation>
    </message>
    <message>
        <source>monthly %1</source>
        <translation>월별 %1</translation>
    </message>
    <message>
        <source>not kept by the retention policy</source>
        <translation>보존 정책에 따라 보관하지 않음</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>최근 %1개</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>일별 %1개</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>주별 %1개</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>월별 %1개</translation>
    </message>
    <message>
        <source>keep only the newest verified backup</source>
        <translation>가장 최근 검증된 백업만 보관</translation>
    </message>
    <message>
        <source>keep %1 backups, and always the newest verified one</source>
        <translation>%1 백업을 보관하고, 가장 최근 검증된 백업은 항상 보관</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to remove: all %n backup(s) are kept.</source>
        <translation>
            <numerusform>삭제할 것이 없습니다: 백업 %n개를 모두 보관합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 of %2 backups, freeing %3.</source>
        <translation>백업 %2개 중 %1개를 삭제하여 %3을(를) 확보합니다.</translation>
    </message>
    <message>
        <source>%1: keep %2, remove %3</source>
        <translation>%1: %2개 보관, %3개 삭제</translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation>(알 수 없는 릴리스)</translation>
    </message>
    <message>
        <source>keep %1 (%2): %3</source>
        <translation>보관 %1 (%2): %3</translation>
    </message>
    <message>
        <source>remove %1 (%2): %3</source>
        <translation>삭제 %1 (%2): %3</translation>
    </message>
    <message>
        <source>The values are not valid YAML (%1); they are not stored unmasked.</source>
        <translation>값이 올바른 YAML이 아닙니다 (%1). 가리지 않은 채로는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>More than %1 MiB of output; too large to rewrite.</source>
        <translation>출력이 %1MiB를 넘어 다시 쓰기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation>%1의 크기는 %2바이트인데 매니페스트에는 %3바이트로 되어 있음</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest</source>
        <translation>%1이(가) 매니페스트의 SHA-256과 일치하지 않음</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없음</translation>
    </message>
    <message>
        <source>Only the stored checksums were checked: the repository key was not available to authenticate the content.</source>
        <translation>저장된 체크섬만 확인했습니다: 내용을 인증할 저장소 키를 사용할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Cannot create the directory of %1</source>
        <translation>%1의 디렉터리를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The chart holds a file with an unsafe name: “%1”</source>
        <translation>차트에 안전하지 않은 이름의 파일이 있습니다: “%1”</translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record holds no release.</source>
        <translation>백업의 Helm 레코드에 릴리스가 없습니다.</translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record cannot be decompressed: %1</source>
        <translation>백업의 Helm 레코드의 압축을 풀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record is not a release: %1</source>
        <translation>백업의 Helm 레코드가 릴리스가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The backup&apos;s Helm record holds no chart.</source>
        <translation>백업의 Helm 레코드에 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Chart %1 has dependencies, and Helm does not keep subcharts in its release record.</source>
        <translation>차트 %1에는 의존성이 있지만 Helm은 릴리스 레코드에 하위 차트를 보관하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RpoState</name>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>백업한 적 없음</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>곧 기한</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>초과</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The OS keychain did not answer within %1 s when reading “%2”.</source>
        <translation>“%2”을(를) 읽는 동안 OS 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s when storing “%2”.</source>
        <translation>“%2”을(를) 저장하는 동안 OS 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s when deleting “%2”.</source>
        <translation>“%2”을(를) 삭제하는 동안 OS 키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer a check within %1 s.</source>
        <translation>OS 키체인이 %1초 안에 확인 요청에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>No OS keychain is available: %1.</source>
        <translation>사용할 수 있는 OS 키체인이 없습니다: %1.</translation>
    </message>
    <message>
        <source>No OS keychain is available: %1 (%2).</source>
        <translation>사용할 수 있는 OS 키체인이 없습니다: %1 (%2).</translation>
    </message>
    <message>
        <source>QtKeychain found no keychain backend (neither the Secret Service nor KWallet)</source>
        <translation>QtKeychain이 키체인 백엔드를 찾지 못함 (Secret Service도 KWallet도 없음)</translation>
    </message>
    <message>
        <source>QtKeychain has no keychain backend on this platform</source>
        <translation>QtKeychain은 이 플랫폼에서 키체인 백엔드를 지원하지 않음</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>D-Bus 세션 버스가 없음 (DBUS_SESSION_BUS_ADDRESS가 설정되지 않음)</translation>
    </message>
    <message>
        <source>the D-Bus session bus at %1 cannot be reached</source>
        <translation>%1의 D-Bus 세션 버스에 연결할 수 없음</translation>
    </message>
    <message>
        <source>the Secret Service is not running on the session bus</source>
        <translation>세션 버스에서 Secret Service가 실행되고 있지 않음</translation>
    </message>
    <message>
        <source>the Secret Service has no usable default keyring (none could be created or unlocked)</source>
        <translation>Secret Service에 사용할 수 있는 기본 키링이 없음 (만들거나 잠금 해제할 수 없음)</translation>
    </message>
    <message>
        <source>the keyring is locked and no unlock prompt could be shown</source>
        <translation>키링이 잠겨 있고 잠금 해제 창을 표시할 수 없음</translation>
    </message>
    <message>
        <source>libsecret (package libsecret-1-0) is not installed and KWallet does not answer</source>
        <translation>libsecret(패키지 libsecret-1-0)이 설치되어 있지 않고 KWallet도 응답하지 않음</translation>
    </message>
    <message>
        <source>Nothing is stored in the OS keychain under “%1”, or the keyring is locked.</source>
        <translation>OS 키체인에 “%1”(으)로 저장된 항목이 없거나 키링이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>The OS keychain is locked and could not be unlocked (%1).</source>
        <translation>OS 키체인이 잠겨 있어 잠금을 해제하지 못했습니다 (%1).</translation>
    </message>
    <message>
        <source>Access to the OS keychain entry “%1” was denied (%2).</source>
        <translation>OS 키체인 항목 “%1”에 대한 접근이 거부되었습니다 (%2).</translation>
    </message>
    <message>
        <source>The OS keychain was not unlocked, so “%1” could not be used (%2).</source>
        <translation>OS 키체인의 잠금이 해제되지 않아 “%1”을(를) 사용할 수 없었습니다 (%2).</translation>
    </message>
    <message>
        <source>Could not read “%1” from the OS keychain: %2.</source>
        <translation>OS 키체인에서 “%1”을(를) 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Could not store “%1” in the OS keychain: %2.</source>
        <translation>OS 키체인에 “%1”을(를) 저장하지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Could not delete “%1” from the OS keychain: %2.</source>
        <translation>OS 키체인에서 “%1”을(를) 삭제하지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>The OS keychain needs a QCoreApplication.</source>
        <translation>OS 키체인을 사용하려면 QCoreApplication이 필요합니다.</translation>
    </message>
    <message>
        <source>QT_NO_GLIB is set, and the Secret Service backend needs Qt&apos;s GLib event loop</source>
        <translation>QT_NO_GLIB가 설정되어 있는데 Secret Service 백엔드에는 Qt의 GLib 이벤트 루프가 필요함</translation>
    </message>
    <message>
        <source>the keyring accepts entries but does not return them (it may be locked)</source>
        <translation>키링이 항목을 받아들이지만 돌려주지 않음 (잠겨 있을 수 있음)</translation>
    </message>
    <message>
        <source>The OS keychain returned a different value than the one just stored.</source>
        <translation>OS 키체인이 방금 저장한 값과 다른 값을 돌려주었습니다.</translation>
    </message>
</context>
<context>
    <name>StreamPump</name>
    <message>
        <source>Reading the output failed: %1</source>
        <translation>출력을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The command stopped reading its input after %1 bytes</source>
        <translation>명령이 %1바이트를 받은 뒤 입력 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>Writing the input failed: %1</source>
        <translation>입력을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
</context>
<context>
    <name>ToolInfo</name>
    <message>
        <source>Cannot read the %1 version</source>
        <translation>%1 버전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: 찾을 수 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>kubectl printed no version JSON</source>
        <translation>kubectl이 버전 JSON을 출력하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ToolOutput</name>
    <message>
        <source>Cannot read the output of %1</source>
        <translation>%1의 출력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%2바이트 위치: %1</translation>
    </message>
    <message>
        <source>%1 printed JSON of an unexpected shape</source>
        <translation>%1이(가) 예상과 다른 형태의 JSON을 출력했습니다</translation>
    </message>
    <message>
        <source>The cluster did not report its version</source>
        <translation>클러스터가 버전을 알려 주지 않았습니다</translation>
    </message>
</context>
<context>
    <name>chartroom</name>
    <message>
        <source>untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation>백업 저장소 (기본값: %1).</translation>
    </message>
</context>
<context>
    <name>chartroom-cli</name>
    <message numerus="yes">
        <source>, %n release(s)</source>
        <translation>
            <numerusform>, 릴리스 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::BackupCommands</name>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>Do not encrypt (Secrets and Helm release records are then not stored).</source>
        <translation>암호화하지 않습니다 (이 경우 Secret과 Helm 릴리스 레코드는 저장하지 않습니다).</translation>
    </message>
    <message>
        <source>Encrypt with a random key kept only in the OS keychain.</source>
        <translation>OS 키체인에만 보관되는 무작위 키로 암호화합니다.</translation>
    </message>
    <message>
        <source>Do not remember the passphrase in the OS keychain.</source>
        <translation>암호 문구를 OS 키체인에 기억하지 않습니다.</translation>
    </message>
    <message>
        <source>zstd (default), gzip or none.</source>
        <translation>zstd (기본값), gzip 또는 none.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain] [--compression zstd|gzip|none]</source>
        <translation>사용법: chartroom-cli init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain] [--compression zstd|gzip|none]</translation>
    </message>
    <message>
        <source>chartroom-cli: unknown compression “%1”
</source>
        <translation>chartroom-cli: 알 수 없는 압축 방식 “%1”
</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>새 암호 문구: </translation>
    </message>
    <message>
        <source>chartroom-cli: the new key could not be stored in the OS keychain (%1); the repository is unusable and is left empty at %2
</source>
        <translation>chartroom-cli: 새 키를 OS 키체인에 저장하지 못했습니다 (%1). 저장소를 사용할 수 없으며 %2에 빈 상태로 남겨 둡니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: the passphrase is not remembered (%1); you will be asked for it
</source>
        <translation>chartroom-cli: 암호 문구를 기억하지 못했습니다 (%1). 필요할 때 다시 묻습니다
</translation>
    </message>
    <message>
        <source>Created %1 repository %2 at %3
</source>
        <translation>%3에 %1 저장소 %2을(를) 만들었습니다
</translation>
    </message>
    <message>
        <source>an encrypted</source>
        <translation>암호화된</translation>
    </message>
    <message>
        <source>an unencrypted</source>
        <translation>암호화되지 않은</translation>
    </message>
    <message>
        <source>Back up this release (repeatable).</source>
        <translation>이 릴리스를 백업합니다 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Back up every release of this DR tier (1-4).</source>
        <translation>이 DR 등급(1-4)의 모든 릴리스를 백업합니다.</translation>
    </message>
    <message>
        <source>Back up the whole fleet.</source>
        <translation>플릿 전체를 백업합니다.</translation>
    </message>
    <message>
        <source>Show the plan and run nothing.</source>
        <translation>계획만 표시하고 아무것도 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]
</source>
        <translation>사용법: chartroom-cli backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]
</translation>
    </message>
    <message>
        <source>chartroom-cli: “%1” is not CONTEXT/NAMESPACE/RELEASE
</source>
        <translation>chartroom-cli: “%1”은(는) CONTEXT/NAMESPACE/RELEASE 형식이 아닙니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: nothing to back up
</source>
        <translation>chartroom-cli: 백업할 것이 없습니다
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4%5
</source>
        <translation>%1  %2  %3  %4%5
</translation>
    </message>
    <message>
        <source>Only this release.</source>
        <translation>이 릴리스만 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli backups [--repo DIR] [--release CTX/NS/NAME] [--json]
</source>
        <translation>사용법: chartroom-cli backups [--repo DIR] [--release CTX/NS/NAME] [--json]
</translation>
    </message>
    <message>
        <source>Verify every complete backup.</source>
        <translation>완료된 모든 백업을 검증합니다.</translation>
    </message>
    <message>
        <source>The backup to verify.</source>
        <translation>검증할 백업.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli verify (BACKUP-ID | --all) [--repo DIR]
</source>
        <translation>사용법: chartroom-cli verify (BACKUP-ID | --all) [--repo DIR]
</translation>
    </message>
    <message>
        <source>chartroom-cli: no backup %1 in %2
</source>
        <translation>chartroom-cli: %2에 백업 %1이(가) 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: backup %1 cannot be verified: %2
</source>
        <translation>chartroom-cli: 백업 %1을(를) 검증할 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>Show what would be removed and remove nothing.</source>
        <translation>삭제할 대상만 표시하고 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli prune [--repo DIR] [--dry-run]
</source>
        <translation>사용법: chartroom-cli prune [--repo DIR] [--dry-run]
</translation>
    </message>
    <message>
        <source>Removed %1 backup(s), %2 freed
</source>
        <translation>백업 %1개를 삭제하여 %2을(를) 확보했습니다
</translation>
    </message>
</context>
<context>
    <name>chartroom::CliApp</name>
    <message>
        <source>chartroom-cli: unknown command “%1”
</source>
        <translation>chartroom-cli: 알 수 없는 명령 “%1”
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Show at most N jobs.</source>
        <translation>작업을 최대 N개까지 표시합니다.</translation>
    </message>
    <message>
        <source>Show one job.</source>
        <translation>작업 하나를 표시합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli jobs show ID [--json]
</source>
        <translation>사용법: chartroom-cli jobs show ID [--json]
</translation>
    </message>
    <message>
        <source>chartroom-cli: job id prefix “%1” is ambiguous
</source>
        <translation>chartroom-cli: 작업 ID 접두사 “%1”에 해당하는 작업이 여러 개입니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: no job with id “%1”
</source>
        <translation>chartroom-cli: ID가 “%1”인 작업이 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: --limit needs a positive number
</source>
        <translation>chartroom-cli: --limit에는 양수를 지정해야 합니다
</translation>
    </message>
    <message numerus="yes">
        <source>All %n release(s) upgraded.
</source>
        <translation>
            <numerusform>릴리스 %n개를 모두 업그레이드했습니다.
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
        <translation>사용법: chartroom-cli [--version] [--help] &lt;command&gt; [options]

Chartroom의 명령줄 인터페이스: 데스크톱 앱과 같은 엔진을
스크립트, cron, CI에서 사용합니다.

명령:
  tools [--json]              사용하는 helm과 kubectl 및 그 버전 표시
  inventory [--context NAME]... [--exclude-namespace NS]... [--json]
                              플릿 검사: 컨텍스트와 DR 등급별 모든 릴리스
  jobs [--json] [--limit N]   작업 기록 목록 (최신순)
  jobs show ID [--json]       작업 하나 표시: 명령, 결과, 전체 출력
  init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain]
                              백업 저장소 만들기 (기본적으로 암호화)
  backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]
                              릴리스를 등급 순서로 백업한 뒤 검증
  backups [--repo DIR] [--release CTX/NS/NAME] [--json]
                              백업 목록: 검증됨, 검증 안 됨, 불량, 실패, 미완료
  verify (ID | --all) [--repo DIR]
                              백업 다시 읽기: 체크섬, 복호화, 내용
  prune [--repo DIR] [--dry-run]
                              보존 정책에서 더 이상 보관하지 않는 백업 삭제
  restore --backup ID [--target-namespace NS] [--repo DIR] [--yes]
          [--no-safety-backup --confirm-no-safety-backup=RELEASE]
                              복원 계획 표시. --yes를 주면 검증, 백업, 복원, 점검
  drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace]
                              최근 검증된 백업을 임시 네임스페이스에 복원하고
                              점검, RTO와 비교한 시간 측정, 기록, 정리
  upgrade --release CTX/NS/NAME --chart REF [--version V] [--values FILE]
          --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]
                              값, 매니페스트 차이, 위험을 미리 본 뒤 업그레이드
                              (백업 게이트, 점검, 실패 시 자동 롤백)
  upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF | --to-latest) --strategy S
                              여러 릴리스를 등급 순서로 업그레이드하고 첫 실패에서
                              중단 (--to-latest: 기억해 둔 각 소스의 최신 버전)
  upgrade --list-scheduled    유지 관리 시간대를 기다리는 업그레이드와 놓친 업그레이드
  rollback --release CTX/NS/NAME [--revision N] [--yes]
                              롤백하거나 pending-* 상태에 멈춘 릴리스 복구
  rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html]
       [--fail-on SEVERITY]   RBAC 검토: 위험한 바인딩, 차트 프로필과의 차이
                              (종료 코드 4: SEVERITY 이상의 미해결 발견 사항 있음)
  rbac accept --context CTX [--release NS/NAME] --rule RULE (--note TEXT | --reopen)
                              메모와 함께 발견 사항 수용 (또는 다시 열기)

암호화된 저장소의 암호 문구는 OS 키체인에서, 없으면 CHARTROOM_PASSPHRASE_FILE이
가리키는 파일에서, 그것도 없으면 터미널에서 가져옵니다.

종료 코드: 0 정상, 1 실패, 2 사용법 오류, 3 필수 조건 없음, 4 미해결 RBAC 발견 사항 있음.
</translation>
    </message>
</context>
<context>
    <name>chartroom::DrillCommand</name>
    <message>
        <source>The release to drill.</source>
        <translation>훈련할 릴리스.</translation>
    </message>
    <message>
        <source>Drill every release of this tier.</source>
        <translation>이 등급의 모든 릴리스를 훈련합니다.</translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation>백업 저장소 (기본값: %1).</translation>
    </message>
    <message>
        <source>Keep the scratch namespace after the drill.</source>
        <translation>훈련이 끝난 뒤에도 임시 네임스페이스를 유지합니다.</translation>
    </message>
    <message>
        <source>Show what each drill would do, with its commands; change nothing.</source>
        <translation>각 훈련이 할 일을 명령과 함께 표시하고 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace] [--dry-run]
</source>
        <translation>사용법: chartroom-cli drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace] [--dry-run]
</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: %1 has no verified backup in %2
</source>
        <translation>chartroom-cli: %2에 %1의 검증된 백업이 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: no release of tier %1 has a verified backup in %2
</source>
        <translation>chartroom-cli: %2에 검증된 백업이 있는 %1등급 릴리스가 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: no chart profile “%1” to restore backup %2 with
</source>
        <translation>chartroom-cli: 백업 %2을(를) 복원하는 데 사용할 차트 프로필 “%1”이(가) 없습니다
</translation>
    </message>
    <message>
        <source>Drill %1: backup %2 into %3
</source>
        <translation>%1 훈련: 백업 %2 → %3
</translation>
    </message>
    <message>
        <source>  succeeded in %1</source>
        <translation>  %1 만에 성공</translation>
    </message>
    <message>
        <source>  failed after %1: %2</source>
        <translation>  %1 후 실패: %2</translation>
    </message>
    <message>
        <source> (RTO %1 s: %2)</source>
        <translation> (RTO %1초: %2)</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>within</source>
        <translation>이내</translation>
    </message>
    <message>
        <source> (no RTO in the profile)</source>
        <translation> (프로필에 RTO 없음)</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the drill: %1
</source>
        <translation>chartroom-cli: 훈련을 기록할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>  kept namespace %1
</source>
        <translation>  네임스페이스 %1을(를) 유지함
</translation>
    </message>
    <message>
        <source>  deleting namespace %1
</source>
        <translation>  네임스페이스 %1 삭제 중
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot delete the drill namespace %1: %2
</source>
        <translation>chartroom-cli: 훈련 네임스페이스 %1을(를) 삭제할 수 없습니다: %2
</translation>
    </message>
</context>
<context>
    <name>chartroom::InventoryCommand</name>
    <message>
        <source>Scan this context (repeatable); default: the fleet&apos;s contexts.</source>
        <translation>이 컨텍스트를 검사합니다 (여러 번 지정 가능). 기본값: 플릿의 컨텍스트.</translation>
    </message>
    <message>
        <source>Leave this namespace out (repeatable).</source>
        <translation>이 네임스페이스를 제외합니다 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Print the fleet as JSON.</source>
        <translation>플릿을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli inventory [--context NAME]... [--exclude-namespace NS]... [--json]
</source>
        <translation>사용법: chartroom-cli inventory [--context NAME]... [--exclude-namespace NS]... [--json]
</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: context %1: %2
</source>
        <translation>chartroom-cli: 컨텍스트 %1: %2
</translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation>컨텍스트 %1: %2</translation>
    </message>
    <message>
        <source>, not allowed in %1</source>
        <translation>, %1에서 권한 없음</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>앱</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>RPO STATE</source>
        <translation>RPO 상태</translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation>마지막 백업</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>chartroom-cli: the backup repository cannot be read: %1
</source>
        <translation>chartroom-cli: 백업 저장소를 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the remembered chart sources: %1
</source>
        <translation>chartroom-cli: 기억해 둔 차트 소스를 읽을 수 없습니다: %1
</translation>
    </message>
</context>
<context>
    <name>chartroom::RbacCommand</name>
    <message>
        <source>Review this context (repeatable); default: every context.</source>
        <translation>이 컨텍스트를 검토합니다 (여러 번 지정 가능). 기본값: 모든 컨텍스트.</translation>
    </message>
    <message>
        <source>Only findings in this namespace.</source>
        <translation>이 네임스페이스의 발견 사항만 표시합니다.</translation>
    </message>
    <message>
        <source>Only findings about this release (NAME or NS/NAME).</source>
        <translation>이 릴리스에 대한 발견 사항만 표시합니다 (NAME 또는 NS/NAME).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Print Markdown.</source>
        <translation>Markdown으로 출력합니다.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV로 출력합니다.</translation>
    </message>
    <message>
        <source>Print HTML.</source>
        <translation>HTML로 출력합니다.</translation>
    </message>
    <message>
        <source>Exit with 4 when open findings at or above SEVERITY exist.</source>
        <translation>SEVERITY 이상의 미해결 발견 사항이 있으면 코드 4로 종료합니다.</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>예상하지 못한 인수</translation>
    </message>
    <message>
        <source>usage: chartroom-cli rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html] [--fail-on info|low|medium|high|critical]
</source>
        <translation>사용법: chartroom-cli rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html] [--fail-on info|low|medium|high|critical]
</translation>
    </message>
    <message>
        <source>chartroom-cli: choose one of --json, --markdown, --csv, --html
</source>
        <translation>chartroom-cli: --json, --markdown, --csv, --html 중 하나만 고르세요
</translation>
    </message>
    <message>
        <source>chartroom-cli: --fail-on takes info, low, medium, high or critical
</source>
        <translation>chartroom-cli: --fail-on에는 info, low, medium, high, critical 중 하나를 지정합니다
</translation>
    </message>
    <message>
        <source>Read kubeconfig</source>
        <translation>kubeconfig 읽기</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: context %1: %2
</source>
        <translation>chartroom-cli: 컨텍스트 %1: %2
</translation>
    </message>
    <message>
        <source>context %1: %2</source>
        <translation>컨텍스트 %1: %2</translation>
    </message>
    <message>
        <source>(not from a release)</source>
        <translation>(릴리스와 무관)</translation>
    </message>
    <message>
        <source>  [accepted: %1]</source>
        <translation>  [수용됨: %1]</translation>
    </message>
    <message>
        <source>%1 finding(s), %2 open
</source>
        <translation>발견 사항 %1개, 미해결 %2개
</translation>
    </message>
    <message>
        <source>chartroom-cli: warning: %1
</source>
        <translation>chartroom-cli: 경고: %1
</translation>
    </message>
    <message>
        <source>The finding&apos;s context.</source>
        <translation>발견 사항의 컨텍스트.</translation>
    </message>
    <message>
        <source>The finding&apos;s release (NS/NAME; empty: not from a release).</source>
        <translation>발견 사항의 릴리스 (NS/NAME. 비어 있으면 릴리스와 무관).</translation>
    </message>
    <message>
        <source>The rule id.</source>
        <translation>규칙 ID.</translation>
    </message>
    <message>
        <source>Only the finding of this binding or role (as printed).</source>
        <translation>이 바인딩 또는 역할의 발견 사항만 (출력된 그대로).</translation>
    </message>
    <message>
        <source>Why it is accepted.</source>
        <translation>수용하는 이유.</translation>
    </message>
    <message>
        <source>Remove the acceptance instead.</source>
        <translation>대신 수용을 취소합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli rbac accept --context CTX [--release NS/NAME] --rule RULE [--target TEXT] (--note TEXT | --reopen)
</source>
        <translation>사용법: chartroom-cli rbac accept --context CTX [--release NS/NAME] --rule RULE [--target TEXT] (--note TEXT | --reopen)
</translation>
    </message>
    <message>
        <source>chartroom-cli: unknown rule “%1”
</source>
        <translation>chartroom-cli: 알 수 없는 규칙 “%1”
</translation>
    </message>
    <message>
        <source>chartroom-cli: no such acceptance
</source>
        <translation>chartroom-cli: 해당하는 수용 기록이 없습니다
</translation>
    </message>
</context>
<context>
    <name>chartroom::RestoreCommand</name>
    <message>
        <source>The backup to restore.</source>
        <translation>복원할 백업.</translation>
    </message>
    <message>
        <source>Restore into this namespace (a clone) instead of in place.</source>
        <translation>제자리에 복원하지 않고 이 네임스페이스에 복원합니다 (복제본).</translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation>백업 저장소 (기본값: %1).</translation>
    </message>
    <message>
        <source>Run the restore (without it, only the plan is shown).</source>
        <translation>복원을 실행합니다 (지정하지 않으면 계획만 표시합니다).</translation>
    </message>
    <message>
        <source>Do not back up the release&apos;s current state first.</source>
        <translation>릴리스의 현재 상태를 먼저 백업하지 않습니다.</translation>
    </message>
    <message>
        <source>The release name, to confirm --no-safety-backup.</source>
        <translation>--no-safety-backup을 확인하기 위한 릴리스 이름.</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: no backup %1 in %2
</source>
        <translation>chartroom-cli: %2에 백업 %1이(가) 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: backup %1 cannot be restored: it is %2 (%3)
</source>
        <translation>chartroom-cli: 백업 %1을(를) 복원할 수 없습니다: 상태가 %2입니다 (%3)
</translation>
    </message>
    <message>
        <source>chartroom-cli: --no-safety-backup needs --confirm-no-safety-backup=%1
</source>
        <translation>chartroom-cli: --no-safety-backup을 사용하려면 --confirm-no-safety-backup=%1을(를) 지정해야 합니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: no chart profile “%1” to restore backup %2 with
</source>
        <translation>chartroom-cli: 백업 %2을(를) 복원하는 데 사용할 차트 프로필 “%1”이(가) 없습니다
</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore.
</source>
        <translation>아무것도 변경하지 않았습니다. 복원하려면 --yes를 지정하여 다시 실행하세요.
</translation>
    </message>
    <message>
        <source>chartroom-cli: the restore cannot run: %1
</source>
        <translation>chartroom-cli: 복원을 실행할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>the key does not match the backup</source>
        <translation>키가 백업과 일치하지 않음</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>Compensation: %1  %2
</source>
        <translation>보상 작업: %1  %2
</translation>
    </message>
    <message>
        <source>Restored in %1</source>
        <translation>%1 만에 복원됨</translation>
    </message>
    <message>
        <source>Restore failed after %1: %2</source>
        <translation>%1 후 복원 실패: %2</translation>
    </message>
    <message>
        <source> (RTO %1 s: %2)</source>
        <translation> (RTO %1초: %2)</translation>
    </message>
    <message>
        <source>within</source>
        <translation>이내</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>chartroom-cli: %1/%2/%3: %4
</source>
        <translation>chartroom-cli: %1/%2/%3: %4
</translation>
    </message>
    <message>
        <source>Restore as this release name (a clone; installed from the backup when missing).</source>
        <translation>이 릴리스 이름으로 복원합니다 (복제본. 없으면 백업에서 설치).</translation>
    </message>
    <message>
        <source>How long to wait for the workload to become ready (default: %1).</source>
        <translation>워크로드가 준비될 때까지 기다릴 시간 (기본값: %1).</translation>
    </message>
    <message>
        <source>usage: chartroom-cli restore --backup ID [--target-namespace NS] [--target-release NAME] [--repo DIR]
                            [--yes] [--rollout-timeout SECONDS]
                            [--no-safety-backup --confirm-no-safety-backup=RELEASE]
</source>
        <translation>사용법: chartroom-cli restore --backup ID [--target-namespace NS] [--target-release NAME] [--repo DIR]
                            [--yes] [--rollout-timeout SECONDS]
                            [--no-safety-backup --confirm-no-safety-backup=RELEASE]
</translation>
    </message>
    <message>
        <source>chartroom-cli: --rollout-timeout needs a number of seconds
</source>
        <translation>chartroom-cli: --rollout-timeout에는 초 단위 숫자를 지정해야 합니다
</translation>
    </message>
</context>
<context>
    <name>chartroom::RollbackCommand</name>
    <message>
        <source>The release to roll back.</source>
        <translation>롤백할 릴리스.</translation>
    </message>
    <message>
        <source>The revision to go back to (default: the previous good one).</source>
        <translation>되돌아갈 리비전 (기본값: 직전의 정상 리비전).</translation>
    </message>
    <message>
        <source>helm timeout in seconds (default 300).</source>
        <translation>helm 제한 시간(초) (기본값 300).</translation>
    </message>
    <message>
        <source>Run the rollback.</source>
        <translation>롤백을 실행합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli rollback --release CTX/NS/NAME [--revision N] [--yes]
</source>
        <translation>사용법: chartroom-cli rollback --release CTX/NS/NAME [--revision N] [--yes]
</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to roll back.
</source>
        <translation>아무것도 변경하지 않았습니다. 롤백하려면 --yes를 지정하여 다시 실행하세요.
</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>리비전 %1</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the checkpoint: %1
</source>
        <translation>chartroom-cli: 체크포인트를 기록할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>Rollback failed: %1
</source>
        <translation>롤백 실패: %1
</translation>
    </message>
    <message>
        <source>Rolled %1 back to revision %2: now revision %3 (%4)
</source>
        <translation>%1을(를) 리비전 %2(으)로 롤백했습니다: 현재 리비전 %3 (%4)
</translation>
    </message>
</context>
<context>
    <name>chartroom::UpgradeCommand</name>
    <message>
        <source>Release history</source>
        <translation>릴리스 기록</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the history of %1: %2
</source>
        <translation>chartroom-cli: %1의 기록을 읽을 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>Compensation: %1  %2
</source>
        <translation>보상 작업: %1  %2
</translation>
    </message>
    <message>
        <source>The release to upgrade (repeatable: several are upgraded in tier order).</source>
        <translation>업그레이드할 릴리스 (여러 번 지정 가능: 여러 릴리스를 등급 순서로 업그레이드).</translation>
    </message>
    <message>
        <source>Upgrade every release of this DR tier in the scanned fleet.</source>
        <translation>검사한 플릿에서 이 DR 등급의 모든 릴리스를 업그레이드합니다.</translation>
    </message>
    <message>
        <source>The new chart: REPO/CHART, oci://…, or a chart directory or archive.</source>
        <translation>새 차트: REPO/CHART, oci://…, 또는 차트 디렉터리나 아카이브.</translation>
    </message>
    <message>
        <source>The chart version (default: the newest).</source>
        <translation>차트 버전 (기본값: 최신 버전).</translation>
    </message>
    <message>
        <source>The newest version from each release&apos;s remembered chart source (--chart for those without one).</source>
        <translation>각 릴리스에 대해 기억해 둔 차트 소스의 최신 버전 (소스가 없는 릴리스는 --chart 사용).</translation>
    </message>
    <message>
        <source>A values file: the complete user values (--reset-values -f FILE).</source>
        <translation>값 파일: 사용자 값 전체 (--reset-values -f FILE).</translation>
    </message>
    <message>
        <source>reuse or reset-then-reuse (default: reset-then-reuse on helm ≥ 3.14).</source>
        <translation>reuse 또는 reset-then-reuse (기본값: helm ≥ 3.14에서는 reset-then-reuse).</translation>
    </message>
    <message>
        <source>rolling, blue-green, maintenance or in-place.</source>
        <translation>rolling, blue-green, maintenance 또는 in-place.</translation>
    </message>
    <message>
        <source>helm and rollout timeout in seconds (default 600).</source>
        <translation>helm 및 롤아웃 제한 시간(초) (기본값 600).</translation>
    </message>
    <message>
        <source>Maintenance window start (ISO 8601, UTC).</source>
        <translation>유지 관리 시간대 시작 (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Blue-green: seconds to observe green after the switch.</source>
        <translation>블루-그린: 전환한 뒤 그린을 지켜볼 시간(초).</translation>
    </message>
    <message>
        <source>The backup repository (default: %1).</source>
        <translation>백업 저장소 (기본값: %1).</translation>
    </message>
    <message>
        <source>Go on without a fresh verified backup (needs --confirm-skip-backup).</source>
        <translation>새로 검증된 백업 없이 진행합니다 (--confirm-skip-backup 필요).</translation>
    </message>
    <message>
        <source>The release name, to confirm --skip-backup (once per release).</source>
        <translation>--skip-backup을 확인하기 위한 릴리스 이름 (릴리스마다 한 번).</translation>
    </message>
    <message>
        <source>Go on although the preview found immutable field changes.</source>
        <translation>미리 보기에서 변경 불가 필드의 변경이 발견되어도 진행합니다.</translation>
    </message>
    <message>
        <source>Do not print the per-object diffs.</source>
        <translation>객체별 차이를 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>Blue-green: point the Services back at the release and remove NAME-green.</source>
        <translation>블루-그린: Service가 다시 릴리스를 가리키게 하고 NAME-green을 삭제합니다.</translation>
    </message>
    <message>
        <source>Blue-green: keep the Services on green and uninstall the release (needs --confirm-retire).</source>
        <translation>블루-그린: Service를 그린에 둔 채 릴리스를 제거합니다 (--confirm-retire 필요).</translation>
    </message>
    <message>
        <source>The release name, to confirm --retire-blue.</source>
        <translation>--retire-blue를 확인하기 위한 릴리스 이름.</translation>
    </message>
    <message>
        <source>Print the preview and the plan, change nothing.</source>
        <translation>미리 보기와 계획을 출력하고 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Run the plan.</source>
        <translation>계획을 실행합니다.</translation>
    </message>
    <message>
        <source>usage: chartroom-cli upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF [--version V] | --to-latest)
       [--values FILE] --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]
</source>
        <translation>사용법: chartroom-cli upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF [--version V] | --to-latest)
       [--values FILE] --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]
</translation>
    </message>
    <message>
        <source>chartroom-cli: --release is CTX/NS/NAME, --tier a number, --chart is REPO/CHART, oci://… or a path, --strategy one of rolling, blue-green, maintenance, in-place
</source>
        <translation>chartroom-cli: --release는 CTX/NS/NAME, --tier는 숫자, --chart는 REPO/CHART, oci://… 또는 경로, --strategy는 rolling, blue-green, maintenance, in-place 중 하나입니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: --skip-backup needs --confirm-skip-backup=%1
</source>
        <translation>chartroom-cli: --skip-backup을 사용하려면 --confirm-skip-backup=%1을(를) 지정해야 합니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: --window is an ISO 8601 time, e.g. 2026-11-27T02:00:00Z
</source>
        <translation>chartroom-cli: --window는 ISO 8601 시각입니다 (예: 2026-11-27T02:00:00Z)
</translation>
    </message>
    <message>
        <source>chartroom-cli: --values-mode is reuse or reset-then-reuse
</source>
        <translation>chartroom-cli: --values-mode는 reuse 또는 reset-then-reuse입니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: helm %1 has no --reset-then-reuse-values (helm ≥ 3.14); use --values-mode reuse
</source>
        <translation>chartroom-cli: helm %1에는 --reset-then-reuse-values가 없습니다 (helm ≥ 3.14). --values-mode reuse를 사용하세요
</translation>
    </message>
    <message>
        <source>Nothing to upgrade.
</source>
        <translation>업그레이드할 것이 없습니다.
</translation>
    </message>
    <message>
        <source>== %1 (%2) ==
</source>
        <translation>== %1 (%2) ==
</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to upgrade.
</source>
        <translation>아무것도 변경하지 않았습니다. 업그레이드하려면 --yes를 지정하여 다시 실행하세요.
</translation>
    </message>
    <message>
        <source>%1 waits for the window at %2 UTC (scheduled as %3)
</source>
        <translation>%1이(가) %2 UTC의 시간대를 기다립니다 (%3(으)로 예약됨)
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot keep the scheduled upgrade: %1
</source>
        <translation>chartroom-cli: 예약된 업그레이드를 보관할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: the plan cannot run
</source>
        <translation>chartroom-cli: 계획을 실행할 수 없습니다
</translation>
    </message>
    <message>
        <source>
== %1: %2 ==
</source>
        <translation>
== %1: %2 ==
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot list the versions of %1: %2
</source>
        <translation>chartroom-cli: %1의 버전 목록을 가져올 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>chartroom-cli: no release of tier %1 in the fleet
</source>
        <translation>chartroom-cli: 플릿에 %1등급 릴리스가 없습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the remembered chart sources: %1
</source>
        <translation>chartroom-cli: 기억해 둔 차트 소스를 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>%1: the versions of its source %2 cannot be listed</source>
        <translation>%1: 소스 %2의 버전 목록을 가져올 수 없음</translation>
    </message>
    <message>
        <source>%1 is at %2, the newest version of %3: nothing to do
</source>
        <translation>%1은(는) %3의 최신 버전인 %2입니다: 할 일 없음
</translation>
    </message>
    <message>
        <source>%1 has no remembered chart source (Chartroom learns it from an upgrade it ran): give --chart</source>
        <translation>%1에 기억해 둔 차트 소스가 없습니다 (Chartroom은 직접 실행한 업그레이드에서 소스를 기억합니다): --chart를 지정하세요</translation>
    </message>
    <message>
        <source>chartroom-cli: refused: %1
</source>
        <translation>chartroom-cli: 거부됨: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot preview the upgrade of %1: %2
</source>
        <translation>chartroom-cli: %1의 업그레이드를 미리 볼 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>chartroom-cli: the server-side dry run was refused (%1); rendered with helm template
</source>
        <translation>chartroom-cli: 서버 측 시험 실행이 거부되었습니다 (%1). helm template으로 렌더링했습니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot record the checkpoint: %1
</source>
        <translation>chartroom-cli: 체크포인트를 기록할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot remember the chart source: %1
</source>
        <translation>chartroom-cli: 차트 소스를 기억할 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>Upgraded %1 to %2 in %3: revision %4 → %5
</source>
        <translation>%1을(를) %3 만에 %2(으)로 업그레이드했습니다: 리비전 %4 → %5
</translation>
    </message>
    <message>
        <source>Green serves. Switch back: chartroom-cli upgrade --release %1 --switch-back --yes
Retire %2 once you are sure: chartroom-cli upgrade --release %1 --retire-blue --confirm-retire=%2 --yes
</source>
        <translation>그린이 서비스 중입니다. 되돌리기: chartroom-cli upgrade --release %1 --switch-back --yes
확실해지면 %2 폐기: chartroom-cli upgrade --release %1 --retire-blue --confirm-retire=%2 --yes
</translation>
    </message>
    <message>
        <source>Upgrade failed after %1: %2
</source>
        <translation>%1 후 업그레이드 실패: %2
</translation>
    </message>
    <message>
        <source>Revision %1 is in place. To go back: chartroom-cli rollback --release %2 --revision %3
</source>
        <translation>리비전 %1이(가) 적용되어 있습니다. 되돌리려면: chartroom-cli rollback --release %2 --revision %3
</translation>
    </message>
    <message>
        <source>The release is at revision %1 (%2).
</source>
        <translation>릴리스는 리비전 %1 (%2)입니다.
</translation>
    </message>
    <message>
        <source>chartroom-cli: --release is CTX/NS/NAME
</source>
        <translation>chartroom-cli: --release는 CTX/NS/NAME입니다
</translation>
    </message>
    <message>
        <source>chartroom-cli: --retire-blue uninstalls %1: confirm with --confirm-retire=%1
</source>
        <translation>chartroom-cli: --retire-blue는 %1을(를) 제거합니다: --confirm-retire=%1(으)로 확인하세요
</translation>
    </message>
    <message>
        <source>Deployed manifest</source>
        <translation>배포된 매니페스트</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the manifest of %1: %2
</source>
        <translation>chartroom-cli: %1의 매니페스트를 읽을 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes.
</source>
        <translation>아무것도 변경하지 않았습니다. --yes를 지정하여 다시 실행하세요.
</translation>
    </message>
    <message>
        <source>List the upgrades waiting for a maintenance window, and those that missed it.</source>
        <translation>유지 관리 시간대를 기다리는 업그레이드와 시간대를 놓친 업그레이드를 표시합니다.</translation>
    </message>
    <message>
        <source>chartroom-cli: cannot read the scheduled upgrades: %1
</source>
        <translation>chartroom-cli: 예약된 업그레이드를 읽을 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>No upgrade is waiting for a maintenance window.
</source>
        <translation>유지 관리 시간대를 기다리는 업그레이드가 없습니다.
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>missed (told %1)</source>
        <translation>놓침 (%1에 알림)</translation>
    </message>
    <message>
        <source>missed (not told yet)</source>
        <translation>놓침 (아직 알리지 않음)</translation>
    </message>
    <message>
        <source>%1  %2  window %3 UTC  %4 → %5  [%6]
</source>
        <translation>%1  %2  시간대 %3 UTC  %4 → %5  [%6]
</translation>
    </message>
    <message>
        <source>The OCI registry of --chart speaks plain HTTP (e.g. a local registry).</source>
        <translation>--chart의 OCI 레지스트리가 일반 HTTP를 사용합니다 (예: 로컬 레지스트리).</translation>
    </message>
</context>
<context>
    <name>chartroom::artifact</name>
    <message>
        <source>Verification was canceled.</source>
        <translation>검증이 취소되었습니다.</translation>
    </message>
    <message>
        <source>stored: %1 bytes, sha256 %2</source>
        <translation>저장됨: %1바이트, sha256 %2</translation>
    </message>
    <message>
        <source>%1 is shorter than when it was written: the file is truncated.</source>
        <translation>%1이(가) 기록할 때보다 짧습니다: 파일이 잘렸습니다.</translation>
    </message>
    <message>
        <source>%1 does not match the checksum recorded when it was written.</source>
        <translation>%1이(가) 기록할 때 저장한 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>; matches the recorded checksum</source>
        <translation>; 기록된 체크섬과 일치함</translation>
    </message>
    <message>
        <source>%1 is encrypted: without its key only the stored checksum could be checked, not the content.</source>
        <translation>%1은(는) 암호화되어 있습니다: 키가 없어 내용은 확인하지 못하고 저장된 체크섬만 확인했습니다.</translation>
    </message>
    <message>
        <source>The key file is damaged or not a Chartroom key file.</source>
        <translation>키 파일이 손상되었거나 Chartroom 키 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>unsupported key derivation &quot;%1&quot;</source>
        <translation>지원하지 않는 키 유도 방식 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scrypt N must be a power of two up to 2^24</source>
        <translation>scrypt N은 2^24 이하의 2의 거듭제곱이어야 함</translation>
    </message>
    <message>
        <source>scrypt r or p out of range</source>
        <translation>scrypt r 또는 p가 범위를 벗어남</translation>
    </message>
    <message>
        <source>scrypt parameters need more than 1 GiB of memory</source>
        <translation>scrypt 매개변수에 1GiB가 넘는 메모리가 필요함</translation>
    </message>
    <message>
        <source>salt must be 16 to 64 bytes</source>
        <translation>salt는 16~64바이트여야 함</translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::ArtifactReader</name>
    <message>
        <source>The key is not a 256-bit key.</source>
        <translation>키가 256비트 키가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is encrypted; its key is needed to read it.</source>
        <translation>%1은(는) 암호화되어 있습니다. 읽으려면 키가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, but %3 bytes were written: the file is truncated.</source>
        <translation>%1의 길이는 %2바이트이지만 기록된 것은 %3바이트입니다: 파일이 잘렸습니다.</translation>
    </message>
    <message>
        <source>%1 does not match the checksum recorded when it was written.</source>
        <translation>%1이(가) 기록할 때 저장한 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>stored: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4</source>
        <translation>저장됨: %1바이트, sha256 %2; 예상: %3바이트, sha256 %4</translation>
    </message>
    <message>
        <source>The content of %1 does not match the checksum recorded when it was written.</source>
        <translation>%1의 내용이 기록할 때 저장한 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>content: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4</source>
        <translation>내용: %1바이트, sha256 %2; 예상: %3바이트, sha256 %4</translation>
    </message>
    <message>
        <source>Invalid read size.</source>
        <translation>읽기 크기가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The content of %1 is longer than recorded (%2 bytes).</source>
        <translation>%1의 내용이 기록된 길이(%2바이트)보다 깁니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::WrappedKey</name>
    <message>
        <source>the data key is not 256 bits</source>
        <translation>데이터 키가 256비트가 아님</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>난수 생성기가 실패했습니다.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>암호 문구에서 키를 유도하지 못했습니다.</translation>
    </message>
    <message>
        <source>Encrypting the key failed.</source>
        <translation>키를 암호화하지 못했습니다.</translation>
    </message>
    <message>
        <source>not a wrapped key</source>
        <translation>래핑된 키가 아님</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>지원하지 않는 버전 %1</translation>
    </message>
    <message>
        <source>unsupported cipher</source>
        <translation>지원하지 않는 암호화 방식</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>필드가 없거나 형식이 잘못됨</translation>
    </message>
    <message>
        <source>the wrapped key has the wrong length</source>
        <translation>래핑된 키의 길이가 잘못됨</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>암호 문구가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Or the key file was modified: its parameters, key id and wrapped key are authenticated together.</source>
        <translation>또는 키 파일이 수정되었습니다: 매개변수, 키 ID, 래핑된 키는 함께 인증됩니다.</translation>
    </message>
    <message>
        <source>the key does not match its id</source>
        <translation>키가 키 ID와 일치하지 않음</translation>
    </message>
</context>
<context>
    <name>chartroom::artifact::detail::DecryptingSource</name>
    <message>
        <source>%1 is not an encrypted Chartroom artifact.</source>
        <translation>%1은(는) 암호화된 Chartroom 아티팩트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 ends inside its header.</source>
        <translation>%1이(가) 헤더 중간에서 끝납니다.</translation>
    </message>
    <message>
        <source>%1 uses artifact format version %2, which this Chartroom cannot read.</source>
        <translation>%1은(는) 이 Chartroom이 읽을 수 없는 아티팩트 형식 버전 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The key does not match this artifact (%1).</source>
        <translation>키가 이 아티팩트와 맞지 않습니다 (%1).</translation>
    </message>
    <message>
        <source>The header of %1 failed authentication: the file was modified or is damaged.</source>
        <translation>%1의 헤더 인증에 실패했습니다: 파일이 수정되었거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>The header of %1 is malformed.</source>
        <translation>%1의 헤더 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>%1 holds %2 content, not %3 as expected.</source>
        <translation>%1에 들어 있는 내용은 예상한 %3이(가) 아니라 %2입니다.</translation>
    </message>
    <message>
        <source>%1 ends right after its header.</source>
        <translation>%1이(가) 헤더 바로 뒤에서 끝납니다.</translation>
    </message>
    <message>
        <source>%1 ends inside chunk %2.</source>
        <translation>%1이(가) 청크 %2 중간에서 끝납니다.</translation>
    </message>
    <message>
        <source>%1 ends after chunk %2, which is not its final chunk: the file is truncated.</source>
        <translation>%1이(가) 마지막 청크가 아닌 청크 %2 뒤에서 끝납니다: 파일이 잘렸습니다.</translation>
    </message>
    <message>
        <source>%1 has data after its final chunk %2.</source>
        <translation>%1의 마지막 청크 %2 뒤에 데이터가 더 있습니다.</translation>
    </message>
    <message>
        <source>%1 ends inside chunk %2: the file is truncated.</source>
        <translation>%1이(가) 청크 %2 중간에서 끝납니다: 파일이 잘렸습니다.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 failed authentication: the file was modified, reordered or is damaged.</source>
        <translation>%2의 청크 %1 인증에 실패했습니다: 파일이 수정되었거나 순서가 바뀌었거나 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::backup</name>
    <message>
        <source>Back up %1: Helm&apos;s record, values and manifest</source>
        <translation>%1 백업: Helm 레코드, 값, 매니페스트</translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation>%1 백업: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::DrillJob</name>
    <message>
        <source>Restore drill of %1</source>
        <translation>%1 복원 훈련</translation>
    </message>
    <message>
        <source>▶ Restore backup %1 into the scratch namespace %2</source>
        <translation>▶ 백업 %1을(를) 임시 네임스페이스 %2에 복원</translation>
    </message>
    <message>
        <source>Restore succeeded in %1 ms</source>
        <translation>%1ms 만에 복원 성공</translation>
    </message>
    <message>
        <source>Restore failed after %1 ms: %2</source>
        <translation>%1ms 후 복원 실패: %2</translation>
    </message>
    <message>
        <source>Keeping the scratch namespace %1</source>
        <translation>임시 네임스페이스 %1을(를) 유지합니다</translation>
    </message>
    <message>
        <source>Delete the drill namespace %1</source>
        <translation>훈련 네임스페이스 %1 삭제</translation>
    </message>
    <message>
        <source>▶ Delete the scratch namespace %1</source>
        <translation>▶ 임시 네임스페이스 %1 삭제</translation>
    </message>
    <message>
        <source>Cannot delete the scratch namespace %1: %2</source>
        <translation>임시 네임스페이스 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Drill canceled; not recorded</source>
        <translation>훈련이 취소되어 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot record the drill: %1</source>
        <translation>훈련을 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot record the drill: %1</source>
        <translation>훈련을 기록할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::ReleaseBackupJob</name>
    <message>
        <source>Back up %1/%2 (%3)</source>
        <translation>%1/%2 백업 (%3)</translation>
    </message>
    <message>
        <source>not stored: it holds secrets and the repository is not encrypted</source>
        <translation>저장하지 않음: 비밀 값이 들어 있는데 저장소가 암호화되지 않음</translation>
    </message>
    <message>
        <source>The repository is encrypted and its key is not unlocked; nothing was backed up.</source>
        <translation>저장소가 암호화되어 있는데 키의 잠금이 해제되지 않아 아무것도 백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>Backup %1 into %2</source>
        <translation>백업 %1을(를) %2에 저장</translation>
    </message>
    <message>
        <source>Helm&apos;s record of revision %1: chart, values and manifest</source>
        <translation>리비전 %1의 Helm 레코드: 차트, 값, 매니페스트</translation>
    </message>
    <message>
        <source>the release&apos;s revision is not known</source>
        <translation>릴리스의 리비전을 알 수 없음</translation>
    </message>
    <message>
        <source>User-supplied values (helm get values)</source>
        <translation>사용자 지정 값 (helm get values)</translation>
    </message>
    <message>
        <source>Rendered manifest (helm get manifest)</source>
        <translation>렌더링된 매니페스트 (helm get manifest)</translation>
    </message>
    <message>
        <source>%1 not stored: the repository is not encrypted</source>
        <translation>%1 저장 안 함: 저장소가 암호화되지 않음</translation>
    </message>
    <message>
        <source>the profile names no objects</source>
        <translation>프로필에 지정된 객체가 없음</translation>
    </message>
    <message>
        <source>the profile has no command for it</source>
        <translation>프로필에 해당 명령이 없음</translation>
    </message>
    <message>
        <source>not run: an earlier component failed</source>
        <translation>실행 안 함: 앞선 구성 요소가 실패함</translation>
    </message>
    <message>
        <source>%1: skipped (%2)</source>
        <translation>%1: 건너뜀 (%2)</translation>
    </message>
    <message>
        <source>Find the pod for %1</source>
        <translation>%1의 파드 찾기</translation>
    </message>
    <message>
        <source>no pod to run it in (selector %1): %2</source>
        <translation>실행할 파드가 없음 (셀렉터 %1): %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Secret data masked: the repository is not encrypted</source>
        <translation>Secret 데이터를 가림: 저장소가 암호화되지 않음</translation>
    </message>
    <message>
        <source>secret-looking values masked: the repository is not encrypted</source>
        <translation>비밀로 보이는 값을 가림: 저장소가 암호화되지 않음</translation>
    </message>
    <message>
        <source>the command produced no data</source>
        <translation>명령이 데이터를 만들지 않음</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored as %3</source>
        <translation>%1: %2바이트를 %3(으)로 저장함</translation>
    </message>
    <message>
        <source>The manifest could not be written (%1); the backup is incomplete.</source>
        <translation>매니페스트를 쓰지 못했습니다 (%1). 백업이 완료되지 않았습니다.</translation>
    </message>
    <message>
        <source>Canceled during verification; the backup stays unverified.</source>
        <translation>검증 중에 취소되었습니다. 백업은 검증되지 않은 상태로 남습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreCompensationJob</name>
    <message>
        <source>Undo the restore&apos;s changes to the workloads</source>
        <translation>복원이 워크로드에 적용한 변경 되돌리기</translation>
    </message>
    <message>
        <source>No workload was scaled down; nothing to scale back.</source>
        <translation>스케일 다운한 워크로드가 없어 되돌릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>Scale %1 back to %2</source>
        <translation>%1을(를) 레플리카 %2개로 되돌리기</translation>
    </message>
    <message>
        <source>The data may be partly restored. To return to the state before this restore, restore the safety backup %1.</source>
        <translation>데이터가 일부만 복원되었을 수 있습니다. 이번 복원 전 상태로 돌아가려면 안전 백업 %1을(를) 복원하세요.</translation>
    </message>
    <message>
        <source>The safety backup did not complete; the release was not changed before it.</source>
        <translation>안전 백업이 완료되지 않았습니다. 릴리스는 그 전에 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>No safety backup was taken (skipped on request).</source>
        <translation>안전 백업을 만들지 않았습니다 (요청에 따라 건너뜀).</translation>
    </message>
    <message>
        <source>Could not scale back: %1</source>
        <translation>원래대로 스케일하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Release %1 was not installed before this restore, which installed it from the backup&apos;s Helm record; it is left in place for inspection (helm uninstall %1 --namespace %2 removes it).</source>
        <translation>릴리스 %1은(는) 이번 복원 전에는 설치되어 있지 않았고, 복원이 백업의 Helm 레코드로 설치했습니다. 검사할 수 있도록 그대로 둡니다 (helm uninstall %1 --namespace %2로 제거할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreConfigJob</name>
    <message>
        <source>The config export cannot be read: %1</source>
        <translation>구성 내보내기를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The config export holds no object; nothing to apply.</source>
        <translation>구성 내보내기에 객체가 없어 적용할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestorePlan</name>
    <message>
        <source>Backup %1 cannot be restored: it is incomplete (%2).</source>
        <translation>백업 %1을(를) 복원할 수 없습니다: 미완료 상태입니다 (%2).</translation>
    </message>
    <message>
        <source>Backup %1 cannot be restored: it is %2%3.</source>
        <translation>백업 %1을(를) 복원할 수 없습니다: 상태가 %2%3입니다.</translation>
    </message>
    <message>
        <source>Backup %1 was taken with the chart profile “%2”, not “%3”.</source>
        <translation>백업 %1은(는) 차트 프로필 “%3”이(가) 아니라 “%2”(으)로 만들어졌습니다.</translation>
    </message>
    <message>
        <source>Backup %1 holds nothing this profile can restore.</source>
        <translation>백업 %1에는 이 프로필로 복원할 수 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Verify backup %1: re-read every artifact (checksums, authentication, content)</source>
        <translation>백업 %1 검증: 모든 아티팩트를 다시 읽음 (체크섬, 인증, 내용)</translation>
    </message>
    <message>
        <source>reads the repository only; a bad backup stops the restore here</source>
        <translation>저장소를 읽기만 함. 불량 백업이면 여기서 복원이 중단됨</translation>
    </message>
    <message>
        <source>Safety backup of %1/%2/%3 as it is now, into %4</source>
        <translation>현재 상태의 %1/%2/%3을(를) %4에 안전 백업</translation>
    </message>
    <message>
        <source>the backup to restore from if this restore goes wrong</source>
        <translation>이번 복원이 잘못되면 이 백업에서 복원함</translation>
    </message>
    <message>
        <source>No safety backup (skipped on request): a failed restore cannot be undone</source>
        <translation>안전 백업 없음 (요청에 따라 건너뜀): 복원에 실패하면 되돌릴 수 없음</translation>
    </message>
    <message>
        <source>No quiesce: %1 restore(s) into the running pods (a database dump is replayed by the server&apos;s own client; scaling the workload to zero would remove the pod the restore runs in)</source>
        <translation>정지 안 함: %1은(는) 실행 중인 파드에 복원함 (데이터베이스 덤프는 서버 자체 클라이언트로 재생하며, 워크로드를 0으로 스케일하면 복원이 실행되는 파드가 사라짐)</translation>
    </message>
    <message>
        <source>Quiesce %1: remember its replicas, scale to 0</source>
        <translation>%1 정지: 레플리카 수를 기억하고 0으로 스케일</translation>
    </message>
    <message>
        <source>objects rewritten into namespace %1</source>
        <translation>객체를 네임스페이스 %1(으)로 바꿔 씀</translation>
    </message>
    <message>
        <source>the backup holds no Secrets, none is applied</source>
        <translation>백업에 Secret이 없어 적용하지 않음</translation>
    </message>
    <message>
        <source>Restore config %1 from %2</source>
        <translation>%2에서 구성 %1 복원</translation>
    </message>
    <message>
        <source>Restore %1 (%2)</source>
        <translation>%1 복원 (%2)</translation>
    </message>
    <message>
        <source>POD: the first running, ready pod of %1</source>
        <translation>POD: %1의 실행 중이고 준비된 첫 번째 파드</translation>
    </message>
    <message>
        <source>Scale %1 back to its replicas</source>
        <translation>%1을(를) 원래 레플리카 수로 되돌리기</translation>
    </message>
    <message>
        <source>N: as read before the quiesce</source>
        <translation>N: 정지 전에 읽은 값</translation>
    </message>
    <message>
        <source>Restart %1 so that it reads the restored files</source>
        <translation>복원된 파일을 읽도록 %1 재시작</translation>
    </message>
    <message>
        <source>Wait until %1 is ready</source>
        <translation>%1이(가) 준비될 때까지 대기</translation>
    </message>
    <message>
        <source>Health check %1: %2</source>
        <translation>%1 상태 점검: %2</translation>
    </message>
    <message>
        <source>Restore backup %1 of %2 (%3 %4, revision %5, taken %6)</source>
        <translation>%2의 백업 %1 복원 (%3 %4, 리비전 %5, %6에 백업)</translation>
    </message>
    <message>
        <source>  into %1/%2/%3 (%4)</source>
        <translation>  대상: %1/%2/%3 (%4)</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>제자리</translation>
    </message>
    <message>
        <source>clone</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>  recovery time objective: %1 s</source>
        <translation>  복구 목표 시간: %1초</translation>
    </message>
    <message>
        <source>  cannot run: %1</source>
        <translation>  실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>Restore %1/%2 from backup %3</source>
        <translation>백업 %3에서 %1/%2 복원</translation>
    </message>
    <message>
        <source>Quiesce %1</source>
        <translation>%1 정지</translation>
    </message>
    <message>
        <source>Restore config %1</source>
        <translation>구성 %1 복원</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 복원</translation>
    </message>
    <message>
        <source>Scale %1 back up</source>
        <translation>%1 다시 스케일 업</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 재시작</translation>
    </message>
    <message>
        <source>Health check %1</source>
        <translation>%1 상태 점검</translation>
    </message>
    <message>
        <source>Release %1 is not installed in namespace %2 and backup %3 holds no Helm release record to reinstall it from (unencrypted repositories do not store it): install the chart first, then restore into it.</source>
        <translation>릴리스 %1이(가) 네임스페이스 %2에 설치되어 있지 않고, 백업 %3에는 다시 설치하는 데 사용할 Helm 릴리스 레코드가 없습니다 (암호화하지 않은 저장소에는 저장되지 않음): 먼저 차트를 설치한 다음 그 릴리스로 복원하세요.</translation>
    </message>
    <message>
        <source>No safety backup: %1 is not installed in %2, there is nothing to keep</source>
        <translation>안전 백업 없음: %1이(가) %2에 설치되어 있지 않아 보관할 것이 없음</translation>
    </message>
    <message>
        <source>Reinstall %1 from the backup&apos;s Helm record (chart %2 %3 with its saved values)</source>
        <translation>백업의 Helm 레코드로 %1 다시 설치 (차트 %2 %3, 저장된 값 사용)</translation>
    </message>
    <message>
        <source>CHART, VALUES: rebuilt from %1 in a private temporary directory, removed after helm ran</source>
        <translation>CHART, VALUES: 비공개 임시 디렉터리에 %1에서 다시 만들고, helm 실행 후 삭제함</translation>
    </message>
    <message>
        <source>Reinstall %1</source>
        <translation>%1 다시 설치</translation>
    </message>
    <message>
        <source>; names %1… become %2…, release labels and Helm annotations name %3</source>
        <translation>; 이름 %1…은(는) %2…(으)로 바뀌고, 릴리스 레이블과 Helm 어노테이션은 %3을(를) 가리킴</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestorePodJob</name>
    <message>
        <source>Find the pod</source>
        <translation>파드 찾기</translation>
    </message>
    <message>
        <source>No pod to run it in (selector %1): %2</source>
        <translation>실행할 파드가 없습니다 (셀렉터 %1): %2</translation>
    </message>
    <message>
        <source>In pod %1</source>
        <translation>파드 %1에서</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreReleaseJob</name>
    <message>
        <source>The Helm release record cannot be read: %1</source>
        <translation>Helm 릴리스 레코드를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No temporary directory for the chart: %1</source>
        <translation>차트용 임시 디렉터리를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Chart %1 %2 rebuilt from the backup&apos;s Helm record</source>
        <translation>백업의 Helm 레코드에서 차트 %1 %2을(를) 다시 만들었습니다</translation>
    </message>
    <message>
        <source>The backed-up values of %1 set fullnameOverride=%2: installed as %3, the chart would create objects with the same names as %1&apos;s. Restore under the original name (into another namespace), or install %3 yourself without the override and restore into it.</source>
        <translation>백업된 %1의 값이 fullnameOverride=%2을(를) 설정합니다: %3(으)로 설치하면 차트가 %1의 객체와 같은 이름의 객체를 만듭니다. 원래 이름으로 (다른 네임스페이스에) 복원하거나, override 없이 %3을(를) 직접 설치한 다음 그 릴리스로 복원하세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::RestoreScaleJob</name>
    <message>
        <source>%1 was not scaled down; nothing to do.</source>
        <translation>%1은(는) 스케일 다운되지 않았으므로 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Read the replicas of %1</source>
        <translation>%1의 레플리카 수 읽기</translation>
    </message>
    <message>
        <source>%1 reports no replica count</source>
        <translation>%1이(가) 레플리카 수를 알려 주지 않음</translation>
    </message>
    <message>
        <source>%1 had %2 replica(s)</source>
        <translation>%1의 레플리카 수: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::backup::VerifyBackupJob</name>
    <message>
        <source>Verify backup %1 of %2</source>
        <translation>%2의 백업 %1 검증</translation>
    </message>
    <message>
        <source>The backup is bad: %1</source>
        <translation>불량 백업입니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::cli</name>
    <message>
        <source>chartroom-cli: %1
</source>
        <translation>chartroom-cli: %1
</translation>
    </message>
    <message>
        <source>chartroom-cli: the keychain&apos;s entry for this repository does not unlock it (%1)
</source>
        <translation>chartroom-cli: 키체인에 있는 이 저장소의 항목으로 저장소 잠금을 해제할 수 없습니다 (%1)
</translation>
    </message>
    <message>
        <source>chartroom-cli: the repository key is kept in the OS keychain, which did not provide it
</source>
        <translation>chartroom-cli: 저장소 키가 OS 키체인에 보관되어 있지만 키체인이 키를 제공하지 않았습니다
</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1의 암호 문구: </translation>
    </message>
    <message>
        <source>chartroom-cli: context %1: %2
</source>
        <translation>chartroom-cli: 컨텍스트 %1: %2
</translation>
    </message>
    <message>
        <source>chartroom-cli: no release %1 in the fleet
</source>
        <translation>chartroom-cli: 플릿에 릴리스 %1이(가) 없습니다
</translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::ContextScanJob</name>
    <message>
        <source>Scan %1</source>
        <translation>%1 검사</translation>
    </message>
    <message>
        <source>Check %1 is reachable</source>
        <translation>%1 연결 확인</translation>
    </message>
    <message>
        <source>No answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>List releases in %1</source>
        <translation>%1의 릴리스 목록 조회</translation>
    </message>
    <message>
        <source>List workloads in %1</source>
        <translation>%1의 워크로드 목록 조회</translation>
    </message>
    <message>
        <source>helm list failed: %1</source>
        <translation>helm list 실패: %1</translation>
    </message>
    <message>
        <source>helm list in %1 failed: %2</source>
        <translation>%1에서 helm list 실패: %2</translation>
    </message>
    <message>
        <source>kubectl get failed: %1</source>
        <translation>kubectl get 실패: %1</translation>
    </message>
    <message>
        <source>Listing releases across all namespaces is forbidden; listing namespace by namespace</source>
        <translation>전체 네임스페이스의 릴리스 조회 권한이 없어 네임스페이스별로 조회합니다</translation>
    </message>
    <message>
        <source>List namespaces in %1</source>
        <translation>%1의 네임스페이스 목록 조회</translation>
    </message>
    <message>
        <source>Listing workloads across all namespaces is forbidden; listing namespace by namespace</source>
        <translation>전체 네임스페이스의 워크로드 조회 권한이 없어 네임스페이스별로 조회합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not allowed to list in: %1</source>
        <translation>조회 권한 없음: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::InventoryScanner</name>
    <message>
        <source>helm and kubectl have not been found yet</source>
        <translation>아직 helm과 kubectl을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Read kubeconfig</source>
        <translation>kubeconfig 읽기</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation>kubeconfig를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Context “%1” is not in the kubeconfig</source>
        <translation>컨텍스트 “%1”이(가) kubeconfig에 없습니다</translation>
    </message>
</context>
<context>
    <name>chartroom::inventory::ReleaseDetailsLoader</name>
    <message>
        <source>helm has not been found yet</source>
        <translation>아직 helm을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Get values of %1</source>
        <translation>%1의 값 가져오기</translation>
    </message>
    <message>
        <source>Get computed values of %1</source>
        <translation>%1의 계산된 값 가져오기</translation>
    </message>
    <message>
        <source>Get manifest of %1</source>
        <translation>%1의 매니페스트 가져오기</translation>
    </message>
    <message>
        <source>Get notes of %1</source>
        <translation>%1의 노트 가져오기</translation>
    </message>
    <message>
        <source>Get history of %1</source>
        <translation>%1의 기록 가져오기</translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation>시작하기 전에 취소됨</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::JobJournal</name>
    <message>
        <source>Cannot create the job journal directory %1</source>
        <translation>작업 기록 디렉터리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Chartroom stopped while this job was running</source>
        <translation>이 작업이 실행되는 동안 Chartroom이 종료되었습니다</translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::ParallelGroupJob</name>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” 실패: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::ProcessJob</name>
    <message>
        <source>Cannot create a pipe for the output</source>
        <translation>출력용 파이프를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot create a pipe for the input</source>
        <translation>입력용 파이프를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Time limit of %1 s reached; stopping the process</source>
        <translation>제한 시간 %1초에 도달하여 프로세스를 중지합니다</translation>
    </message>
    <message>
        <source>The process did not stop after SIGTERM; sending SIGKILL</source>
        <translation>SIGTERM 후에도 프로세스가 멈추지 않아 SIGKILL을 보냅니다</translation>
    </message>
    <message>
        <source> … (%1 more characters)</source>
        <translation> … (%1자 더 있음)</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1이(가) %2초 안에 끝나지 않아 중지했습니다</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2</source>
        <translation>%1이(가) 시그널 %2(으)로 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1이(가) 코드 %2(으)로 종료되었습니다</translation>
    </message>
</context>
<context>
    <name>chartroom::jobs::SequenceJob</name>
    <message>
        <source>▶ Step %1 of %2: %3</source>
        <translation>▶ %2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>Step “%1” failed: %2</source>
        <translation>“%1” 단계 실패: %2</translation>
    </message>
    <message>
        <source>↺ Compensating: %1</source>
        <translation>↺ 보상 작업 실행: %1</translation>
    </message>
    <message>
        <source>Compensation succeeded: %1</source>
        <translation>보상 작업 성공: %1</translation>
    </message>
    <message>
        <source>Compensation did not succeed: %1</source>
        <translation>보상 작업 실패: %1</translation>
    </message>
    <message>
        <source> (compensation “%1” failed too: %2)</source>
        <translation> (보상 작업 “%1”도 실패: %2)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>chartroom::kube::ReleaseRevision</name>
    <message>
        <source>Look up release %1/%2</source>
        <translation>릴리스 %1/%2 조회</translation>
    </message>
    <message>
        <source>cannot tell whether the release is installed: %1</source>
        <translation>릴리스가 설치되어 있는지 알 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::kube::ToolProbe</name>
    <message>
        <source>not found on PATH</source>
        <translation>PATH에서 찾을 수 없음</translation>
    </message>
    <message>
        <source>not found at %1</source>
        <translation>%1에 없음</translation>
    </message>
    <message>
        <source>Check %1 version</source>
        <translation>%1 버전 확인</translation>
    </message>
</context>
<context>
    <name>chartroom::models::FleetTreeModel</name>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation>핵심 인프라</translation>
    </message>
    <message>
        <source>Application platform</source>
        <translation>애플리케이션 플랫폼</translation>
    </message>
    <message>
        <source>Supporting services</source>
        <translation>지원 서비스</translation>
    </message>
    <message>
        <source>Auxiliary services</source>
        <translation>보조 서비스</translation>
    </message>
    <message>
        <source>No DR tier in the chart&apos;s profile</source>
        <translation>차트 프로필에 DR 등급이 없습니다</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>아직 검사하지 않음</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>연결 불가</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>인증 실패</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>1 release</source>
        <translation>릴리스 1개</translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation>릴리스 %1개</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>차트 버전</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation>마지막 배포</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>RPO state</source>
        <translation>RPO 상태</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>마지막 정상 백업</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO 목표</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO 목표</translation>
    </message>
    <message>
        <source>Not allowed to list in: %1</source>
        <translation>조회 권한 없음: %1</translation>
    </message>
    <message>
        <source>Shown from the cache until the running scan answers</source>
        <translation>진행 중인 검사가 끝날 때까지 캐시의 내용을 표시합니다</translation>
    </message>
    <message>
        <source>%1 (cached)</source>
        <translation>%1 (캐시)</translation>
    </message>
    <message>
        <source>%1, all fine</source>
        <translation>%1, 모두 정상</translation>
    </message>
    <message>
        <source>%1, %2 need attention</source>
        <translation>%1, %2개 확인 필요</translation>
    </message>
    <message>
        <source>No verified backup of this release exists yet</source>
        <translation>이 릴리스의 검증된 백업이 아직 없습니다</translation>
    </message>
    <message>
        <source>Stuck: this release has been %1 since %2. A helm operation died half-way, and helm refuses further upgrades (&quot;another operation is in progress&quot;) until the release is rolled back to its last deployed revision.</source>
        <translation>멈춤: 이 릴리스는 %2부터 %1 상태입니다. helm 작업이 중간에 중단되어, 마지막으로 배포된 리비전으로 롤백하기 전까지 helm이 이후 업그레이드를 거부합니다 (&quot;another operation is in progress&quot;).</translation>
    </message>
    <message>
        <source>A helm operation on this release is under way.</source>
        <translation>이 릴리스에 helm 작업이 진행 중입니다.</translation>
    </message>
    <message>
        <source>%1 (stuck)</source>
        <translation>%1 (멈춤)</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>마지막 훈련</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>측정된 RTO</translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>업그레이드</translation>
    </message>
    <message>
        <source>Cannot ask %1 for newer versions: %2</source>
        <translation>%1에 새 버전을 물어볼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is the newest version at %2</source>
        <translation>%1은(는) %2의 최신 버전입니다</translation>
    </message>
    <message>
        <source>Version %1 is available at %2</source>
        <translation>%2에서 버전 %1을(를) 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 (last failed)</source>
        <translation>%1 (마지막 훈련 실패)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>No restore drill of this release has been recorded</source>
        <translation>이 릴리스의 복원 훈련 기록이 없습니다</translation>
    </message>
    <message>
        <source>RTO exceeded: the last successful drill took %1, the target is %2</source>
        <translation>RTO 초과: 마지막으로 성공한 훈련에 %1이(가) 걸렸으며 목표는 %2입니다</translation>
    </message>
    <message>
        <source>The last drill failed: %1</source>
        <translation>마지막 훈련 실패: %1</translation>
    </message>
    <message>
        <source>Last successful drill %1, restored in %2</source>
        <translation>마지막 훈련 성공 %1, 복원에 %2 걸림</translation>
    </message>
</context>
<context>
    <name>chartroom::models::JobListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 / %2단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>%1 (earlier session)</source>
        <translation>%1 (이전 세션)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac</name>
    <message>
        <source>not from a release</source>
        <translation>릴리스와 무관</translation>
    </message>
    <message>
        <source>Wildcard verbs</source>
        <translation>와일드카드 동사</translation>
    </message>
    <message>
        <source>The rule grants every verb (&quot;*&quot;), including ones added to the API later, such as escalate, bind and impersonate where they apply.</source>
        <translation>규칙이 모든 동사(&quot;*&quot;)를 허용합니다. 나중에 API에 추가되는 동사와, 해당하는 경우 escalate, bind, impersonate도 포함됩니다.</translation>
    </message>
    <message>
        <source>Wildcard resources</source>
        <translation>와일드카드 리소스</translation>
    </message>
    <message>
        <source>The rule grants every resource (&quot;*&quot;) of its API groups, including Secrets and resources that future API versions add.</source>
        <translation>규칙이 해당 API 그룹의 모든 리소스(&quot;*&quot;)를 허용합니다. Secret과 이후 API 버전에서 추가되는 리소스도 포함됩니다.</translation>
    </message>
    <message>
        <source>Wildcard API groups</source>
        <translation>와일드카드 API 그룹</translation>
    </message>
    <message>
        <source>The rule applies to every API group (&quot;*&quot;), including custom resources installed later.</source>
        <translation>규칙이 모든 API 그룹(&quot;*&quot;)에 적용됩니다. 나중에 설치되는 사용자 지정 리소스도 포함됩니다.</translation>
    </message>
    <message>
        <source>Binding to cluster-admin</source>
        <translation>cluster-admin에 바인딩</translation>
    </message>
    <message>
        <source>The subject is bound to the cluster-admin ClusterRole: full control of the cluster (or of the namespace, for a RoleBinding).</source>
        <translation>주체가 cluster-admin ClusterRole에 바인딩되어 있습니다: 클러스터 전체를 (RoleBinding이면 네임스페이스 전체를) 완전히 제어할 수 있습니다.</translation>
    </message>
    <message>
        <source>Binding to admin or edit</source>
        <translation>admin 또는 edit에 바인딩</translation>
    </message>
    <message>
        <source>The subject is bound to the admin or edit ClusterRole: it can read Secrets, run commands in pods and create workloads that run as any ServiceAccount of the namespace.</source>
        <translation>주체가 admin 또는 edit ClusterRole에 바인딩되어 있습니다: Secret을 읽고, 파드에서 명령을 실행하고, 네임스페이스의 어떤 ServiceAccount로든 실행되는 워크로드를 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Cluster-wide read access to Secrets</source>
        <translation>클러스터 전체 Secret 읽기 권한</translation>
    </message>
    <message>
        <source>get, list or watch on Secrets through a ClusterRoleBinding reads every Secret of every namespace, including ServiceAccount tokens and other applications&apos; credentials.</source>
        <translation>ClusterRoleBinding을 통한 Secret의 get, list, watch는 ServiceAccount 토큰과 다른 애플리케이션의 자격 증명을 포함해 모든 네임스페이스의 모든 Secret을 읽습니다.</translation>
    </message>
    <message>
        <source>exec, attach or port-forward into pods</source>
        <translation>파드에 exec, attach, port-forward</translation>
    </message>
    <message>
        <source>pods/exec, pods/attach and pods/portforward give a shell or a network path into every matching pod, with the pod&apos;s ServiceAccount, files and mounted Secrets.</source>
        <translation>pods/exec, pods/attach, pods/portforward는 일치하는 모든 파드에 셸이나 네트워크 경로를 열어 주며, 파드의 ServiceAccount, 파일, 마운트된 Secret에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>Creating pods or workloads</source>
        <translation>파드 또는 워크로드 생성</translation>
    </message>
    <message>
        <source>Whoever can create pods (directly or through Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs or ReplicationControllers) can run them as any ServiceAccount of the namespace and mount any of its Secrets: privilege escalation through pod creation.</source>
        <translation>파드를 (직접 또는 Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController를 통해) 만들 수 있는 사람은 네임스페이스의 어떤 ServiceAccount로든 파드를 실행하고 그 Secret을 마운트할 수 있습니다: 파드 생성을 통한 권한 상승입니다.</translation>
    </message>
    <message>
        <source>escalate, bind or impersonate</source>
        <translation>escalate, bind 또는 impersonate</translation>
    </message>
    <message>
        <source>escalate and bind on roles let the subject grant itself permissions it does not have; impersonate lets it act as other users, groups or ServiceAccounts.</source>
        <translation>역할에 대한 escalate와 bind는 주체가 자신에게 없는 권한을 스스로 부여하게 하고, impersonate는 다른 사용자, 그룹 또는 ServiceAccount로 행동하게 합니다.</translation>
    </message>
    <message>
        <source>nodes/proxy</source>
        <translation>nodes/proxy</translation>
    </message>
    <message>
        <source>nodes/proxy reaches the kubelet API of every node, which runs commands in any pod on it and bypasses audit logging and admission control.</source>
        <translation>nodes/proxy는 모든 노드의 kubelet API에 접근합니다. kubelet API는 노드의 모든 파드에서 명령을 실행할 수 있고, 감사 로그와 어드미션 컨트롤을 우회합니다.</translation>
    </message>
    <message>
        <source>Creating ServiceAccount tokens</source>
        <translation>ServiceAccount 토큰 생성</translation>
    </message>
    <message>
        <source>create on serviceaccounts/token issues tokens for other ServiceAccounts, and so their permissions.</source>
        <translation>serviceaccounts/token에 대한 create는 다른 ServiceAccount의 토큰을, 따라서 그 권한을 발급합니다.</translation>
    </message>
    <message>
        <source>Approving certificate signing requests</source>
        <translation>인증서 서명 요청 승인</translation>
    </message>
    <message>
        <source>update on certificatesigningrequests/approval (or approve on signers) lets the subject approve client certificates, for example for system:masters.</source>
        <translation>certificatesigningrequests/approval에 대한 update(또는 signers에 대한 approve)는 주체가 클라이언트 인증서를 승인하게 합니다. 예를 들어 system:masters용 인증서도 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Writing admission webhook configurations</source>
        <translation>어드미션 웹훅 구성 쓰기</translation>
    </message>
    <message>
        <source>Whoever writes mutating or validating webhook configurations can read or change every object sent to the API server, or block them.</source>
        <translation>mutating 또는 validating 웹훅 구성을 쓸 수 있는 사람은 API 서버로 보내지는 모든 객체를 읽거나 바꾸거나 차단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Binding to anonymous users</source>
        <translation>익명 사용자에게 바인딩</translation>
    </message>
    <message>
        <source>The binding names system:anonymous or system:unauthenticated: anyone who can reach the API server gets these permissions without credentials.</source>
        <translation>바인딩이 system:anonymous 또는 system:unauthenticated를 지정합니다: API 서버에 접근할 수 있는 누구나 자격 증명 없이 이 권한을 얻습니다.</translation>
    </message>
    <message>
        <source>Binding to every authenticated user</source>
        <translation>인증된 모든 사용자에게 바인딩</translation>
    </message>
    <message>
        <source>The binding names system:authenticated: every user and every ServiceAccount of every namespace gets these permissions.</source>
        <translation>바인딩이 system:authenticated를 지정합니다: 모든 사용자와 모든 네임스페이스의 모든 ServiceAccount가 이 권한을 얻습니다.</translation>
    </message>
    <message>
        <source>Binding to default ServiceAccounts</source>
        <translation>기본 ServiceAccount에 바인딩</translation>
    </message>
    <message>
        <source>The binding names a namespace&apos;s default ServiceAccount (or every ServiceAccount through the system:serviceaccounts groups): every pod that does not name a ServiceAccount gets these permissions.</source>
        <translation>바인딩이 네임스페이스의 default ServiceAccount를 (또는 system:serviceaccounts 그룹을 통해 모든 ServiceAccount를) 지정합니다: ServiceAccount를 지정하지 않은 모든 파드가 이 권한을 얻습니다.</translation>
    </message>
    <message>
        <source>Grants more than its chart is expected to</source>
        <translation>차트에서 예상하는 것보다 많은 권한 부여</translation>
    </message>
    <message>
        <source>The release&apos;s RBAC grants permissions its chart profile does not expect (a changed chart, values that widen RBAC, or a binding added by hand).</source>
        <translation>릴리스의 RBAC가 차트 프로필에서 예상하지 않은 권한을 부여합니다 (차트가 바뀌었거나, 값이 RBAC를 넓혔거나, 바인딩을 수동으로 추가함).</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>not the output of kubectl auth can-i --list (no header line)</source>
        <translation>kubectl auth can-i --list의 출력이 아님 (헤더 줄 없음)</translation>
    </message>
    <message>
        <source>unexpected columns in kubectl auth can-i --list: %1</source>
        <translation>kubectl auth can-i --list에 예상하지 못한 열이 있음: %1</translation>
    </message>
    <message>
        <source>unreadable line in kubectl auth can-i --list: %1</source>
        <translation>kubectl auth can-i --list에 읽을 수 없는 줄이 있음: %1</translation>
    </message>
    <message>
        <source>the manifest is not valid YAML (line %1): %2</source>
        <translation>매니페스트가 올바른 YAML이 아님 (%1번째 줄): %2</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::AcceptanceStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid acceptance file (%2)</source>
        <translation>%1은(는) 올바른 수용 파일이 아님 (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::AccessProbeJob</name>
    <message>
        <source>Check your access in %1</source>
        <translation>%1에서 내 권한 확인</translation>
    </message>
    <message>
        <source>Your cluster-wide access</source>
        <translation>클러스터 전체에 대한 내 권한</translation>
    </message>
    <message>
        <source>Your access in namespace %1</source>
        <translation>네임스페이스 %1에서 내 권한</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::PlanAccess</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>at cluster scope (context %1)</source>
        <translation>클러스터 범위 (컨텍스트 %1)</translation>
    </message>
    <message>
        <source>in namespace %1 (context %2)</source>
        <translation>네임스페이스 %1 (컨텍스트 %2)</translation>
    </message>
    <message>
        <source>Your access %1 is not known yet (no answer from kubectl auth can-i): the steps there are not checked, the server decides when they run</source>
        <translation>%1에서의 내 권한을 아직 알 수 없습니다 (kubectl auth can-i가 응답하지 않음): 해당 단계는 확인하지 않았으며, 실행할 때 서버가 판단합니다</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacCollectJob</name>
    <message>
        <source>Read RBAC of %1</source>
        <translation>%1의 RBAC 읽기</translation>
    </message>
    <message>
        <source>List the workloads of %1</source>
        <translation>%1의 워크로드 목록 조회</translation>
    </message>
    <message>
        <source>List the releases of %1</source>
        <translation>%1의 릴리스 목록 조회</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>List the %1 of %2</source>
        <translation>%2의 %1 목록 조회</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 목록을 조회할 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacReview</name>
    <message>
        <source>RBAC review</source>
        <translation>RBAC 검토</translation>
    </message>
    <message>
        <source>Contexts: %1</source>
        <translation>컨텍스트: %1</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>릴리스: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <source>Findings: %1 (%2 open)</source>
        <translation>발견 사항: %1 (미해결 %2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>규칙: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>accepted — %1</source>
        <translation>수용됨 — %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>Expected by the chart profile (would be %1)</source>
        <translation>차트 프로필에서 예상함 (예상하지 않았다면 %1)</translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation>바인딩: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation>주체: %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>일치: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation>경로:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::RbacSnapshot</name>
    <message>
        <source>%1 has no &quot;kind&quot;: not Kubernetes output</source>
        <translation>%1에 &quot;kind&quot;가 없음: Kubernetes 출력이 아님</translation>
    </message>
    <message>
        <source>the RBAC object list</source>
        <translation>RBAC 객체 목록</translation>
    </message>
    <message>
        <source>the workload list</source>
        <translation>워크로드 목록</translation>
    </message>
</context>
<context>
    <name>chartroom::rbac::UserAccess</name>
    <message>
        <source>your kubeconfig user cannot %1 at cluster scope (context %2)</source>
        <translation>kubeconfig 사용자가 클러스터 범위에서 %1 권한이 없음 (컨텍스트 %2)</translation>
    </message>
    <message>
        <source>your kubeconfig user cannot %1 in namespace %2 (context %3)</source>
        <translation>kubeconfig 사용자가 네임스페이스 %2에서 %1 권한이 없음 (컨텍스트 %3)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui</name>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>검증 안 됨</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>불량</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Chartroom backup report</source>
        <translation>Chartroom 백업 보고서</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>Repository: `%1`</source>
        <translation>저장소: `%1`</translation>
    </message>
    <message>
        <source>Encrypted: yes</source>
        <translation>암호화: 예</translation>
    </message>
    <message>
        <source>Encrypted: no (Secrets and the Helm release record were not stored)</source>
        <translation>암호화: 아니요 (Secret과 Helm 릴리스 레코드는 저장하지 않음)</translation>
    </message>
    <message>
        <source>Succeeded: %1, failed: %2, skipped: %3</source>
        <translation>성공: %1, 실패: %2, 건너뜀: %3</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>no chart profile knows chart %1</source>
        <translation>차트 %1에 맞는 차트 프로필이 없음</translation>
    </message>
    <message>
        <source>profile %1 lists nothing to back up</source>
        <translation>프로필 %1에 백업할 항목이 없음</translation>
    </message>
    <message>
        <source>a Helm operation is in progress (%1)</source>
        <translation>Helm 작업이 진행 중임 (%1)</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>미해결 발견 사항 없음</translation>
    </message>
    <message>
        <source>%1 (%n open)</source>
        <translation>%1 (미해결 %n개)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupComponentsPage</name>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Choose what to back up of each release. Sizes are those of the release&apos;s last complete backup.</source>
        <translation>각 릴리스에서 백업할 항목을 고르세요. 크기는 릴리스의 마지막 완료된 백업 기준입니다.</translation>
    </message>
    <message>
        <source>Release / component</source>
        <translation>릴리스 / 구성 요소</translation>
    </message>
    <message>
        <source>Tier / kind</source>
        <translation>등급 / 종류</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>예상 크기</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Reading the backup repository for size estimates…</source>
        <translation>크기를 추정하려고 백업 저장소를 읽는 중…</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>계획을 세우지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>no earlier backup</source>
        <translation>이전 백업 없음</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (선택 사항)</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) to back up</source>
        <translation>
            <numerusform>백업할 릴리스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>; no earlier backup to estimate the size from</source>
        <translation>; 크기를 추정할 이전 백업 없음</translation>
    </message>
    <message numerus="yes">
        <source>; estimated %1 plus %n release(s) never backed up before</source>
        <translation>
            <numerusform>; 예상 %1, 그리고 한 번도 백업하지 않은 릴리스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>; estimated %1</source>
        <translation>; 예상 %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupDestinationPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>New repository</source>
        <translation>새 저장소</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;passphrase</source>
        <translation>암호 문구로 암호화(&amp;P)</translation>
    </message>
    <message>
        <source>Encrypt with a random &amp;key kept in the OS keychain</source>
        <translation>OS 키체인에 보관하는 무작위 키로 암호화(&amp;K)</translation>
    </message>
    <message>
        <source>Do &amp;not encrypt</source>
        <translation>암호화하지 않음(&amp;N)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the OS keychain</source>
        <translation>OS 키체인에 암호 문구 기억(&amp;R)</translation>
    </message>
    <message>
        <source>Destination and encryption</source>
        <translation>대상 위치와 암호화</translation>
    </message>
    <message>
        <source>The backup repository: a folder holding the backups of every cluster.</source>
        <translation>백업 저장소: 모든 클러스터의 백업을 담는 폴더입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, Kubernetes Secrets and the Helm release record are &lt;b&gt;not stored&lt;/b&gt; and secret-looking values are masked, so a restore will need them from elsewhere.</source>
        <translation>&lt;b&gt;경고:&lt;/b&gt; 암호화하지 않으면 Kubernetes Secret과 Helm 릴리스 레코드는 &lt;b&gt;저장되지 않고&lt;/b&gt; 비밀로 보이는 값은 가려지므로, 복원할 때 이 값들을 다른 곳에서 가져와야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>확인:</translation>
    </message>
    <message>
        <source>Repository folder:</source>
        <translation>저장소 폴더:</translation>
    </message>
    <message>
        <source>Backup Repository</source>
        <translation>백업 저장소</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>계획을 세우지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Looking at the folder…</source>
        <translation>폴더를 살펴보는 중…</translation>
    </message>
    <message>
        <source>An unencrypted repository is here. Secrets and the Helm release record will not be stored in it.</source>
        <translation>여기에 암호화되지 않은 저장소가 있습니다. Secret과 Helm 릴리스 레코드는 이 저장소에 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>An encrypted repository (passphrase) is here.</source>
        <translation>여기에 암호화된 저장소(암호 문구)가 있습니다.</translation>
    </message>
    <message>
        <source>An encrypted repository is here; its key is kept in the OS keychain.</source>
        <translation>여기에 암호화된 저장소가 있습니다. 키는 OS 키체인에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>There is no repository here yet: a new one will be created when the backup starts.</source>
        <translation>여기에는 아직 저장소가 없습니다: 백업을 시작할 때 새로 만듭니다.</translation>
    </message>
    <message>
        <source>Unlocking the repository…</source>
        <translation>저장소 잠금을 해제하는 중…</translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation>OS 키체인을 확인하는 중…</translation>
    </message>
    <message>
        <source>The key cannot be kept in the OS keychain: %1</source>
        <translation>OS 키체인에 키를 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation>암호 문구를 기억하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>계획을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupPlanning</name>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>백업을 저장할 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no backup repository. Choose an empty or new folder.</source>
        <translation>%1은(는) 비어 있지 않고 백업 저장소도 아닙니다. 비어 있거나 새로운 폴더를 고르세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Nothing has run yet. Check the plan, then start the backup.</source>
        <translation>아직 아무것도 실행하지 않았습니다. 계획을 확인한 다음 백업을 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Back up %n release(s), one tier after the other:</source>
        <translation>
            <numerusform>릴리스 %n개를 등급별로 차례대로 백업합니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: unknown (no earlier backup of these releases in this repository)</source>
        <translation>예상 크기: 알 수 없음 (이 저장소에 이 릴리스들의 이전 백업이 없음)</translation>
    </message>
    <message numerus="yes">
        <source>Estimated size: %1, plus %n release(s) never backed up here before</source>
        <translation>
            <numerusform>예상 크기: %1, 그리고 여기에 한 번도 백업하지 않은 릴리스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated size: %1 (the size of the last backups)</source>
        <translation>예상 크기: %1 (마지막 백업 크기 기준)</translation>
    </message>
    <message numerus="yes">
        <source>Parallel: up to %n release(s) at a time within a tier</source>
        <translation>
            <numerusform>병렬 실행: 한 등급 안에서 릴리스를 최대 %n개까지 동시에</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination: %1 (a new repository, created when the backup starts)</source>
        <translation>대상 위치: %1 (백업을 시작할 때 만드는 새 저장소)</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>대상 위치: %1</translation>
    </message>
    <message>
        <source>Encryption: on (AES-256-GCM, key protected by your passphrase)</source>
        <translation>암호화: 켬 (AES-256-GCM, 키는 암호 문구로 보호)</translation>
    </message>
    <message>
        <source>Encryption: on (AES-256-GCM, random key kept in the OS keychain)</source>
        <translation>암호화: 켬 (AES-256-GCM, 무작위 키를 OS 키체인에 보관)</translation>
    </message>
    <message>
        <source>Encryption: OFF. Secrets and the Helm release record will not be stored; secret-looking values are masked.</source>
        <translation>암호화: 끔. Secret과 Helm 릴리스 레코드는 저장하지 않으며, 비밀로 보이는 값은 가립니다.</translation>
    </message>
    <message>
        <source>helm and kubectl must be usable to back up (see Tools ▸ Settings).</source>
        <translation>백업하려면 helm과 kubectl을 사용할 수 있어야 합니다 (도구 ▸ 설정 참고).</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupRunPage</name>
    <message>
        <source>&amp;Cancel Backup</source>
        <translation>백업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <source>The backup runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation>백업은 작업 대기열에서 실행되며, 전체 로그는 작업 패널에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Summary &gt;</source>
        <translation>요약(&amp;S) &gt;</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Creating the repository at %1…</source>
        <translation>%1에 저장소를 만드는 중…</translation>
    </message>
    <message>
        <source>The repository could not be created: %1</source>
        <translation>저장소를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Created the repository %1 at %2</source>
        <translation>%2에 저장소 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Storing the repository&apos;s secret in the OS keychain…</source>
        <translation>저장소의 비밀 값을 OS 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>The new key could not be stored in the OS keychain (%1); without it the repository is unusable, so nothing was backed up.</source>
        <translation>새 키를 OS 키체인에 저장하지 못했습니다 (%1). 키 없이는 저장소를 사용할 수 없으므로 아무것도 백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>The passphrase is not remembered (%1); you will be asked for it next time.</source>
        <translation>암호 문구를 기억하지 못했습니다 (%1). 다음에 다시 묻습니다.</translation>
    </message>
    <message>
        <source>%v of %m releases</source>
        <translation>릴리스 %m개 중 %v개</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %n release(s)…</source>
        <translation>
            <numerusform>릴리스 %n개를 백업하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 releases were backed up.</source>
        <translation>취소됨: 릴리스 %2개 중 %1개를 백업했습니다.</translation>
    </message>
    <message>
        <source>Done: every release was backed up and verified.</source>
        <translation>완료: 모든 릴리스를 백업하고 검증했습니다.</translation>
    </message>
    <message>
        <source>Finished with problems: %1 of %2 releases were backed up.</source>
        <translation>문제가 있는 채로 끝남: 릴리스 %2개 중 %1개를 백업했습니다.</translation>
    </message>
    <message>
        <source>no component chosen</source>
        <translation>선택한 구성 요소 없음</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupScopePage</name>
    <message>
        <source>Every release of &amp;tier</source>
        <translation>다음 등급의 모든 릴리스(&amp;T)</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>백업 대상</translation>
    </message>
    <message>
        <source>Back up the releases selected in the inventory, one disaster-recovery tier, or the whole fleet.</source>
        <translation>목록에서 선택한 릴리스, 재해 복구 등급 하나, 또는 플릿 전체를 백업합니다.</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>The &amp;selected release: %1</source>
        <translation>선택한 릴리스(&amp;S): %1</translation>
    </message>
    <message>
        <source>The &amp;selected releases (%1)</source>
        <translation>선택한 릴리스 (%1)(&amp;S)</translation>
    </message>
    <message>
        <source>The whole &amp;fleet (%1 releases)</source>
        <translation>플릿 전체 (릴리스 %1개)(&amp;F)</translation>
    </message>
    <message>
        <source>No release is in this scope.</source>
        <translation>이 범위에 해당하는 릴리스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 releases can be backed up; the others are listed on the next page with the reason.</source>
        <translation>릴리스 %2개 중 %1개를 백업할 수 있습니다. 나머지는 다음 페이지에 사유와 함께 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupSelection</name>
    <message>
        <source>Select a release, a tier or a context in the inventory to back it up.</source>
        <translation>백업하려면 목록에서 릴리스, 등급 또는 컨텍스트를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to back up: %1.</source>
        <translation>백업할 것이 없습니다: %1.</translation>
    </message>
    <message>
        <source>None of the %1 selected releases can be backed up (%2).</source>
        <translation>선택한 릴리스 %1개 중 백업할 수 있는 릴리스가 없습니다 (%2).</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>What happened to each release. Failed backups are kept in the repository, marked as failed.</source>
        <translation>각 릴리스의 결과입니다. 실패한 백업은 실패로 표시되어 저장소에 남습니다.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation>성공 %1개, 실패 %2개, 건너뜀 %3개.</translation>
    </message>
    <message>
        <source>Report saved to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>보고서를 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;에 저장했습니다</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>보고서를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BackupWizard</name>
    <message>
        <source>Back Up Releases</source>
        <translation>릴리스 백업</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>백업 시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::BlueGreenPanel</name>
    <message>
        <source>&amp;Switch Back to %1</source>
        <translation>%1(으)로 되돌리기(&amp;S)</translation>
    </message>
    <message>
        <source># Switch back: the Services select %1 again, then %2 is uninstalled</source>
        <translation># 되돌리기: Service가 다시 %1을(를) 선택한 다음 %2을(를) 제거합니다</translation>
    </message>
    <message>
        <source>&amp;Retire %1…</source>
        <translation>%1 폐기(&amp;R)…</translation>
    </message>
    <message>
        <source>Type %1 to retire it</source>
        <translation>폐기하려면 %1을(를) 입력하세요</translation>
    </message>
    <message>
        <source># Retire %1: its Services are saved, %1 is uninstalled, the Services are created again (serving %2)</source>
        <translation># %1 폐기: Service를 저장하고 %1을(를) 제거한 다음 Service를 다시 만듭니다 (%2에 연결)</translation>
    </message>
    <message>
        <source>Observation: %1 left. %2-green serves; %1 still runs beside it, so switching back is instant.</source>
        <translation>관찰: %1 남음. %2-green이 서비스 중이며 %1도 옆에서 계속 실행되므로 즉시 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The observation window is over. %1-green serves; retire %1 once you are sure, or switch back.</source>
        <translation>관찰 시간이 끝났습니다. %1-green이 서비스 중입니다. 확실해지면 %1을(를) 폐기하거나 되돌리세요.</translation>
    </message>
    <message>
        <source>Switching the Services back to %1…</source>
        <translation>Service를 %1(으)로 되돌리는 중…</translation>
    </message>
    <message>
        <source>Switched back: the Services select %1 again and %2 is uninstalled.</source>
        <translation>되돌렸습니다: Service가 다시 %1을(를) 선택하며 %2은(는) 제거되었습니다.</translation>
    </message>
    <message>
        <source>Retiring %1…</source>
        <translation>%1 폐기 중…</translation>
    </message>
    <message>
        <source>%1 is retired: its Services serve %2.</source>
        <translation>%1을(를) 폐기했습니다: Service가 %2에 연결됩니다.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::ContextsDialog</name>
    <message>
        <source>Not scanned yet</source>
        <translation>아직 검사하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>Reachable, %n release(s)</source>
        <translation>
            <numerusform>연결됨, 릴리스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable with errors: %1</source>
        <translation>연결됨, 오류 있음: %1</translation>
    </message>
    <message>
        <source>Fleet Contexts</source>
        <translation>플릿 컨텍스트</translation>
    </message>
    <message>
        <source>Chartroom scans the checked contexts of your kubeconfig. When all are checked, contexts added to the kubeconfig later are scanned too.</source>
        <translation>Chartroom은 kubeconfig에서 선택한 컨텍스트를 검사합니다. 모두 선택하면 나중에 kubeconfig에 추가되는 컨텍스트도 검사합니다.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>마지막 상태</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>모두 해제(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. kube-system, scratch</source>
        <translation>예: kube-system, scratch</translation>
    </message>
    <message>
        <source>Namespaces whose releases are left out of the fleet, separated by commas</source>
        <translation>플릿에서 제외할 릴리스의 네임스페이스 (쉼표로 구분)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Scan the fleet again in the background every so many minutes; Off scans only on F5</source>
        <translation>지정한 분마다 백그라운드에서 플릿을 다시 검사합니다. 끔이면 F5를 누를 때만 검사합니다</translation>
    </message>
    <message>
        <source>&amp;Excluded namespaces:</source>
        <translation>제외할 네임스페이스(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>새로 고침 간격(&amp;R):</translation>
    </message>
    <message>
        <source>Save and &amp;Refresh</source>
        <translation>저장 후 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>not in the kubeconfig</source>
        <translation>kubeconfig에 없음</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::DashboardView</name>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>Click a bar to see those releases in the inventory.</source>
        <translation>막대를 클릭하면 목록에서 해당 릴리스를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) on %1 context(s)</source>
        <translation>
            <numerusform>컨텍스트 %1개에 릴리스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stateful release(s) inside their RPO</source>
        <translation>
            <numerusform>상태 저장 릴리스 %n개 중 %1개가 RPO 이내</numerusform>
        </translation>
    </message>
    <message>
        <source>RPO compliance by tier (stateful releases)</source>
        <translation>등급별 RPO 준수 (상태 저장 릴리스)</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Fleet health per context</source>
        <translation>컨텍스트별 플릿 상태</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>배포됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>Backup age as a share of the RPO target</source>
        <translation>RPO 목표 대비 백업 경과 시간</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never backed up (shown at 100 %)</source>
        <translation>백업한 적 없음 (100 %로 표시)</translation>
    </message>
    <message>
        <source>Age of the last verified backup, % of the RPO target</source>
        <translation>마지막 검증 백업의 경과 시간 (RPO 목표 대비 %)</translation>
    </message>
    <message>
        <source>Backup age: no stateful releases</source>
        <translation>백업 경과 시간: 상태 저장 릴리스 없음</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2): never backed up</source>
        <translation>%1 (%2): 백업한 적 없음</translation>
    </message>
    <message>
        <source>%1 (%2): last backup at %3 % of the RPO target</source>
        <translation>%1 (%2): 마지막 백업이 RPO 목표의 %3 % 경과</translation>
    </message>
    <message numerus="yes">
        <source>%n drilled within 30 days</source>
        <translation>
            <numerusform>30일 이내 훈련 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with RTO exceeded or a failed drill</source>
        <translation>
            <numerusform>RTO 초과 또는 훈련 실패 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore drills by tier (stateful releases)</source>
        <translation>등급별 복원 훈련 (상태 저장 릴리스)</translation>
    </message>
    <message>
        <source>Drilled within 30 days</source>
        <translation>30일 이내 훈련</translation>
    </message>
    <message>
        <source>Drilled within 90 days</source>
        <translation>90일 이내 훈련</translation>
    </message>
    <message>
        <source>Drilled over 90 days ago</source>
        <translation>90일 넘게 지난 훈련</translation>
    </message>
    <message>
        <source>Never drilled</source>
        <translation>훈련한 적 없음</translation>
    </message>
    <message>
        <source>RTO exceeded or last drill failed</source>
        <translation>RTO 초과 또는 마지막 훈련 실패</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::DiffView</name>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ 변경 없는 %n줄</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;unchanged objects</source>
        <translation>변경 없는 객체 표시(&amp;U)</translation>
    </message>
    <message>
        <source>The two revisions are identical.</source>
        <translation>두 리비전이 같습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) changed</source>
        <translation>
            <numerusform>객체 %n개 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n개 삭제됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n개 변경 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (hidden)</source>
        <translation>
            <numerusform>%n개 변경 없음 (숨김)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::ui::DrillDialog</name>
    <message>
        <source>&amp;Keep the scratch namespace afterwards, to inspect it</source>
        <translation>나중에 검사할 수 있도록 임시 네임스페이스 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>&amp;Cancel Drill</source>
        <translation>훈련 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>훈련 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Restore Drill of %1</source>
        <translation>%1 복원 훈련</translation>
    </message>
    <message>
        <source>Reading the backup repository %1…</source>
        <translation>백업 저장소 %1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>The backup repository cannot be read: %1</source>
        <translation>백업 저장소를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 has no verified backup to drill: back it up (and let it verify) first.</source>
        <translation>%1에는 훈련할 검증된 백업이 없습니다: 먼저 백업하고 검증이 끝나게 하세요.</translation>
    </message>
    <message>
        <source>No chart profile “%1” is known to restore backup %2 with.</source>
        <translation>백업 %2을(를) 복원하는 데 사용할 차트 프로필 “%1”을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Restores the latest verified backup &lt;b&gt;%1&lt;/b&gt; (taken %2, %3) into the new namespace &lt;b&gt;%4&lt;/b&gt;, checks it and measures the restore time</source>
        <translation>가장 최근에 검증된 백업 &lt;b&gt;%1&lt;/b&gt;(%2에 백업, %3)을(를) 새 네임스페이스 &lt;b&gt;%4&lt;/b&gt;에 복원하고, 점검한 뒤 복원 시간을 측정합니다</translation>
    </message>
    <message>
        <source> against the RTO of %1.</source>
        <translation> (RTO %1과(와) 비교).</translation>
    </message>
    <message>
        <source>The namespace is kept afterwards; delete it yourself when done.</source>
        <translation>네임스페이스는 훈련 후에도 유지됩니다. 다 쓴 뒤 직접 삭제하세요.</translation>
    </message>
    <message>
        <source>The namespace is deleted afterwards, also when the drill fails.</source>
        <translation>네임스페이스는 훈련이 실패하더라도 훈련 후에 삭제됩니다.</translation>
    </message>
    <message>
        <source>%1 itself is not touched.</source>
        <translation>%1 자체는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Drilling into %1…</source>
        <translation>%1에서 훈련하는 중…</translation>
    </message>
    <message>
        <source>&amp;Cancel and Close</source>
        <translation>취소하고 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>The drill was canceled; it is not recorded.</source>
        <translation>훈련이 취소되어 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The drill restored backup %1 in &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>훈련에서 백업 %1을(를) &lt;b&gt;%2&lt;/b&gt; 만에 복원했습니다.</translation>
    </message>
    <message>
        <source>The RTO of %1 was exceeded.</source>
        <translation>RTO %1을(를) 초과했습니다.</translation>
    </message>
    <message>
        <source>Within the RTO of %1.</source>
        <translation>RTO %1 이내입니다.</translation>
    </message>
    <message>
        <source>The chart profile sets no RTO.</source>
        <translation>차트 프로필에 RTO가 없습니다.</translation>
    </message>
    <message>
        <source>The drill failed after %1: %2</source>
        <translation>%1 후 훈련 실패: %2</translation>
    </message>
    <message>
        <source>The namespace %1 is kept for inspection.</source>
        <translation>검사할 수 있도록 네임스페이스 %1을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>The namespace %1 is being deleted.</source>
        <translation>네임스페이스 %1을(를) 삭제하는 중입니다.</translation>
    </message>
    <message>
        <source>The namespace %1 could not be deleted: %2</source>
        <translation>네임스페이스 %1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The drill could not be recorded: %1</source>
        <translation>훈련을 기록하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetFilterBar</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>배포됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Other (superseded, uninstalling…)</source>
        <translation>기타 (대체됨, 제거 중…)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>1등급</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>2등급</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>3등급</translation>
    </message>
    <message>
        <source>Tier 4</source>
        <translation>4등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>문제만(&amp;P)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Search releases, charts, namespaces… (Ctrl+F)</source>
        <translation>릴리스, 차트, 네임스페이스 검색… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Failed, pending or not ready releases, breached or missing backups, and contexts with errors</source>
        <translation>실패·대기·준비 안 된 릴리스, 기한을 넘겼거나 없는 백업, 오류가 있는 컨텍스트</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>등급별</translation>
    </message>
    <message>
        <source>By namespace</source>
        <translation>네임스페이스별</translation>
    </message>
    <message>
        <source>Group each context&apos;s releases by DR tier or by namespace</source>
        <translation>컨텍스트마다 릴리스를 DR 등급 또는 네임스페이스로 묶습니다</translation>
    </message>
    <message>
        <source>Show every release again</source>
        <translation>모든 릴리스를 다시 표시</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>이 필터 지우기</translation>
    </message>
    <message>
        <source>%1: All</source>
        <translation>%1: 전체</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>표시 중: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetPage</name>
    <message>
        <source>Check &amp;Tools</source>
        <translation>도구 확인(&amp;T)</translation>
    </message>
    <message>
        <source>Your fleet will appear here</source>
        <translation>여기에 플릿이 표시됩니다</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>helm:</source>
        <translation>helm:</translation>
    </message>
    <message>
        <source>kubectl:</source>
        <translation>kubectl:</translation>
    </message>
    <message>
        <source>Kubeconfig:</source>
        <translation>Kubeconfig:</translation>
    </message>
    <message>
        <source>Find helm and kubectl again and ask each for its version</source>
        <translation>helm과 kubectl을 다시 찾아 각각의 버전을 확인합니다</translation>
    </message>
    <message>
        <source>%1 (does not exist yet)</source>
        <translation>%1 (아직 없음)</translation>
    </message>
    <message>
        <source>from the KUBECONFIG environment variable</source>
        <translation>KUBECONFIG 환경 변수에서 가져옴</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>kubectl %1 — %2</source>
        <translation>kubectl %1 — %2</translation>
    </message>
    <message>
        <source>helm %1 (major version %2) — %3</source>
        <translation>helm %1 (메이저 버전 %2) — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chartroom lists the Helm releases on your clusters, grouped by disaster-recovery tier with their RTO and RPO status. It reads them with helm and kubectl: once both are found, your fleet appears here. The job queue below records every helm and kubectl command.</source>
        <translation>Chartroom은 클러스터의 Helm 릴리스를 재해 복구 등급별로 묶어 RTO·RPO 상태와 함께 보여 줍니다. 릴리스는 helm과 kubectl로 읽으며, 두 도구를 찾으면 여기에 플릿이 표시됩니다. 아래 작업 대기열은 모든 helm·kubectl 명령을 기록합니다.</translation>
    </message>
    <message>
        <source>Not found. Install it, or set its path in Tools ▸ Settings.</source>
        <translation>찾을 수 없습니다. 설치하거나 도구 ▸ 설정에서 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>Back up the %n selected release(s) to the backup repository</source>
        <translation>
            <numerusform>선택한 릴리스 %n개를 백업 저장소에 백업합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Run Restore &amp;Drill…</source>
        <translation>복원 훈련 실행(&amp;D)…</translation>
    </message>
    <message>
        <source>Review RB&amp;AC…</source>
        <translation>RBAC 검토(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>업그레이드(&amp;U)…</translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation>백업 저장소를 읽는 중…</translation>
    </message>
    <message>
        <source>The backup repository %1 cannot be read: %2</source>
        <translation>백업 저장소 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There are no backups at %1: back up first</source>
        <translation>%1에 백업이 없습니다: 먼저 백업하세요</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2</source>
        <translation>%2에 %1의 백업이 없습니다</translation>
    </message>
    <message>
        <source>No backup of %1 can be restored: every one is bad, failed or incomplete</source>
        <translation>복원할 수 있는 %1의 백업이 없습니다: 모두 불량, 실패 또는 미완료입니다</translation>
    </message>
    <message>
        <source>Restore %1 from one of its backups</source>
        <translation>%1을(를) 백업 중 하나에서 복원합니다</translation>
    </message>
    <message>
        <source>Restore a release from its backups in %1</source>
        <translation>%1의 백업에서 릴리스를 복원합니다</translation>
    </message>
    <message>
        <source>Select one release to drill its latest verified backup</source>
        <translation>가장 최근에 검증된 백업으로 훈련할 릴리스를 하나 선택하세요</translation>
    </message>
    <message>
        <source>helm and kubectl must be usable: check the tools first</source>
        <translation>helm과 kubectl을 사용할 수 있어야 합니다: 먼저 도구를 확인하세요</translation>
    </message>
    <message>
        <source>%1 has no verified backup to drill</source>
        <translation>%1에는 훈련할 검증된 백업이 없습니다</translation>
    </message>
    <message>
        <source>Restore the latest verified backup of %1 into a scratch namespace, time it against the RTO and delete the namespace again</source>
        <translation>%1의 가장 최근 검증된 백업을 임시 네임스페이스에 복원하고, RTO와 비교하여 시간을 잰 뒤 네임스페이스를 다시 삭제합니다</translation>
    </message>
    <message>
        <source>Select a release to upgrade</source>
        <translation>업그레이드할 릴리스를 선택하세요</translation>
    </message>
    <message>
        <source>Select one release: upgrades run one release at a time</source>
        <translation>릴리스를 하나만 선택하세요: 업그레이드는 한 번에 릴리스 하나씩 실행됩니다</translation>
    </message>
    <message>
        <source>helm is not usable: check the tools first</source>
        <translation>helm을 사용할 수 없습니다: 먼저 도구를 확인하세요</translation>
    </message>
    <message>
        <source>%1 is stuck in %2: recover it to its last deployed revision (previewed first), then upgrade it</source>
        <translation>%1이(가) %2 상태에 멈춰 있습니다: 마지막으로 배포된 리비전으로 복구한 다음 (먼저 미리 보기) 업그레이드하세요</translation>
    </message>
    <message>
        <source>Upgrade %1: see every change first, then choose how it runs</source>
        <translation>%1 업그레이드: 먼저 모든 변경 사항을 확인한 다음 실행 방식을 고릅니다</translation>
    </message>
    <message>
        <source>kubectl is not usable: check the tools first</source>
        <translation>kubectl을 사용할 수 없습니다: 먼저 도구를 확인하세요</translation>
    </message>
    <message>
        <source>There is no fleet to review yet: scan your clusters first</source>
        <translation>아직 검토할 플릿이 없습니다: 먼저 클러스터를 검사하세요</translation>
    </message>
    <message>
        <source>Review what the RBAC of the selected releases (or the whole fleet) allows, and accept or keep open each finding</source>
        <translation>선택한 릴리스(또는 플릿 전체)의 RBAC가 무엇을 허용하는지 검토하고, 각 발견 사항을 수용하거나 미해결로 둡니다</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetTreeView</name>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>클릭하면 정렬, 오른쪽 클릭하면 열 선택</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>열 초기화</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::FleetWorkspace</name>
    <message>
        <source>&amp;Refresh Fleet</source>
        <translation>플릿 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Contexts…</source>
        <translation>컨텍스트(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Find Release</source>
        <translation>릴리스 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Scan every context of the fleet again (F5)</source>
        <translation>플릿의 모든 컨텍스트를 다시 검사합니다 (F5)</translation>
    </message>
    <message>
        <source>Choose the kubeconfig contexts and namespaces that form the fleet</source>
        <translation>플릿을 이루는 kubeconfig 컨텍스트와 네임스페이스를 고릅니다</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>목록(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation>kubeconfig를 읽는 중…</translation>
    </message>
    <message>
        <source>Scanned %1 of %2 contexts</source>
        <translation>컨텍스트 %2개 중 %1개 검사함</translation>
    </message>
    <message>
        <source>Showing the fleet as of %1; refreshing…</source>
        <translation>%1 기준 플릿을 표시하며 새로 고치는 중…</translation>
    </message>
    <message>
        <source>Showing the fleet as of %1; checking helm and kubectl before refreshing…</source>
        <translation>%1 기준 플릿을 표시 중. 새로 고치기 전에 helm과 kubectl을 확인하는 중…</translation>
    </message>
    <message>
        <source>Showing the fleet as of %1. It cannot be refreshed: helm or kubectl is not usable (see Tools ▸ Settings).</source>
        <translation>%1 기준 플릿을 표시 중. helm 또는 kubectl을 사용할 수 없어 새로 고칠 수 없습니다 (도구 ▸ 설정 참고).</translation>
    </message>
    <message>
        <source>Showing the fleet as of %1. Press F5 to refresh.</source>
        <translation>%1 기준 플릿을 표시 중. F5를 누르면 새로 고칩니다.</translation>
    </message>
    <message>
        <source>The fleet could not be scanned: %1</source>
        <translation>플릿을 검사하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scanning your clusters…</source>
        <translation>클러스터를 검사하는 중…</translation>
    </message>
    <message>
        <source>The fleet could not be scanned.</source>
        <translation>플릿을 검사하지 못했습니다.</translation>
    </message>
    <message>
        <source>Checking helm and kubectl…</source>
        <translation>helm과 kubectl을 확인하는 중…</translation>
    </message>
    <message>
        <source>Chartroom needs helm and kubectl to read your fleet. Set their paths in Tools ▸ Settings.</source>
        <translation>플릿을 읽으려면 helm과 kubectl이 필요합니다. 도구 ▸ 설정에서 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>Your kubeconfig has no contexts yet.</source>
        <translation>kubeconfig에 아직 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>No contexts are selected. Choose them with Contexts….</source>
        <translation>선택한 컨텍스트가 없습니다. 컨텍스트…에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::HistoryView</name>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Select two revisions to compare them</source>
        <translation>비교할 리비전 두 개를 선택하세요</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>매니페스트</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>리비전 비교</translation>
    </message>
    <message>
        <source>with</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>The history needs helm; it is still being checked or was not found.</source>
        <translation>기록을 보려면 helm이 필요합니다. 아직 확인 중이거나 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Loading the revision history…</source>
        <translation>리비전 기록을 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only one revision: nothing to compare yet.</source>
        <translation>리비전이 하나뿐이라 아직 비교할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Could not read revision %1: %2</source>
        <translation>리비전 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Loading revisions %1 and %2…</source>
        <translation>리비전 %1과(와) %2을(를) 불러오는 중…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업 종류</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>The upgrades, rollbacks and recoveries Chartroom ran on this release</source>
        <translation>Chartroom이 이 릴리스에서 실행한 업그레이드, 롤백, 복구</translation>
    </message>
    <message>
        <source>Could not read Chartroom&apos;s upgrade records: %1</source>
        <translation>Chartroom의 업그레이드 기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>skipped (confirmed)</source>
        <translation>건너뜀 (확인함)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::JobOutputView</name>
    <message numerus="yes">
        <source>… %n earlier line(s) not shown</source>
        <translation>
            <numerusform>… 앞선 %n줄은 표시하지 않음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chartroom::ui::JobStepsView</name>
    <message>
        <source>not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>취소하는 중</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%m단계 중 %v단계</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>작업 출력</translation>
    </message>
    <message>
        <source>Select a job to see its commands and output.</source>
        <translation>작업을 선택하면 명령과 출력이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected job (its process and children are terminated)</source>
        <translation>선택한 작업을 중지합니다 (프로세스와 하위 프로세스를 종료)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected job again as a new job</source>
        <translation>선택한 작업을 새 작업으로 다시 실행합니다</translation>
    </message>
    <message>
        <source>Copy &amp;Command</source>
        <translation>명령 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the exact command line, with secrets masked</source>
        <translation>비밀 값을 가린 정확한 명령줄을 복사합니다</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>완료된 작업 지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list (the journal keeps their logs)</source>
        <translation>완료된 작업을 목록에서 지웁니다 (로그는 작업 기록에 남습니다)</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier line(s) not kept in memory; the journal has them all</source>
        <translation>
            <numerusform>… 앞선 %n줄은 메모리에 없습니다. 작업 기록에 모두 남아 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation>로그를 불러오는 중…</translation>
    </message>
    <message>
        <source>This job printed nothing.</source>
        <translation>이 작업은 아무것도 출력하지 않았습니다.</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>선택한 작업 없음</translation>
    </message>
    <message>
        <source>Jobs you start appear here with their live output.</source>
        <translation>시작한 작업이 실시간 출력과 함께 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Select a job to see its output.</source>
        <translation>작업을 선택하면 출력이 표시됩니다.</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>earlier session</source>
        <translation>이전 세션</translation>
    </message>
    <message>
        <source>Waiting for a free slot in the queue…</source>
        <translation>대기열에 빈자리가 나기를 기다리는 중…</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>아직 출력이 없습니다.</translation>
    </message>
    <message>
        <source>Started again: %1</source>
        <translation>다시 시작함: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command(s) to the clipboard (secrets masked)</source>
        <translation>
            <numerusform>명령 %n개를 클립보드에 복사했습니다 (비밀 값은 가림)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::MainWindow</name>
    <message>
        <source>Chartroom</source>
        <translation>Chartroom</translation>
    </message>
    <message>
        <source>The job journal is unavailable: %1</source>
        <translation>작업 기록을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>작업(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check Tools</source>
        <translation>도구 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Find helm and kubectl again and ask each for its version</source>
        <translation>helm과 kubectl을 다시 찾아 각각의 버전을 확인합니다</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Chartroom</source>
        <translation>Chartroom 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: 확인하는 중…</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 없음</translation>
    </message>
    <message>
        <source>%1 unusable</source>
        <translation>%1 사용 불가</translation>
    </message>
    <message>
        <source>%1 was not found: %2. Set its path in Tools ▸ Settings.</source>
        <translation>%1을(를) 찾을 수 없습니다: %2. 도구 ▸ 설정에서 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>%1 at %2 does not work: %3</source>
        <translation>%2의 %1이(가) 동작하지 않습니다: %3</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>실행 중인 작업 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>작업 %n개 실행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <source>About Chartroom</source>
        <translation>Chartroom 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chartroom %1&lt;/h3&gt;&lt;p&gt;A desktop control center for Helm chart fleets on Kubernetes: inventory, backup, restore, upgrade and RBAC review, with every helm and kubectl command run through a visible job queue.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Logs: %3&lt;br&gt;Job journal: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chartroom %1&lt;/h3&gt;&lt;p&gt;Kubernetes의 Helm 차트 플릿을 위한 데스크톱 관제 센터입니다. 목록, 백업, 복원, 업그레이드, RBAC 검토를 제공하며 모든 helm·kubectl 명령은 눈에 보이는 작업 대기열에서 실행됩니다.&lt;/p&gt;&lt;p&gt;Qt %2 기반.&lt;/p&gt;&lt;p&gt;로그: %3&lt;br&gt;작업 기록: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>로그 폴더</translation>
    </message>
    <message>
        <source>Chartroom writes its log to:
%1</source>
        <translation>Chartroom 로그 위치:
%1</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>플릿(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>릴리스(&amp;R)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::MissedUpgradesBar</name>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Do not tell of these again; they stay listed by chartroom-cli upgrade --list-scheduled</source>
        <translation>이 항목을 다시 알리지 않습니다. chartroom-cli upgrade --list-scheduled에는 계속 표시됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n planned maintenance upgrade(s) missed the window while Chartroom was not running: %1</source>
        <translation>
            <numerusform>Chartroom이 실행되지 않는 동안 계획된 유지 관리 업그레이드 %n개가 시간대를 놓쳤습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 upgrade to %3, window %4 UTC (planned %5 UTC)</source>
        <translation>%1: %3(으)로 %2 업그레이드, 시간대 %4 UTC (계획 %5 UTC)</translation>
    </message>
    <message>
        <source>    plan it again: %1</source>
        <translation>    다시 계획: %1</translation>
    </message>
    <message>
        <source>Missed maintenance windows</source>
        <translation>놓친 유지 관리 시간대</translation>
    </message>
    <message>
        <source>These upgrades waited for a maintenance window that opened while Chartroom was not running. Nothing was changed; plan them again with Upgrade… or the command shown.</source>
        <translation>이 업그레이드들은 Chartroom이 실행되지 않는 동안 열린 유지 관리 시간대를 기다리고 있었습니다. 아무것도 변경하지 않았습니다. 업그레이드…나 표시된 명령으로 다시 계획하세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::PlanAccessNotice</name>
    <message>
        <source>Your kubeconfig user may not run every step of this plan:</source>
        <translation>kubeconfig 사용자가 이 계획의 일부 단계를 실행하지 못할 수 있습니다:</translation>
    </message>
    <message>
        <source>Not every step of this plan could be checked against your access:</source>
        <translation>이 계획의 일부 단계는 내 권한과 대조하여 확인할 수 없었습니다:</translation>
    </message>
    <message>
        <source>Ask for these permissions, or choose differently, then go on.</source>
        <translation>이 권한을 요청하거나 다른 선택을 한 뒤 계속하세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::PlanRunPage</name>
    <message>
        <source>&amp;Result &gt;</source>
        <translation>결과(&amp;R) &gt;</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacCollectPage</name>
    <message>
        <source>Collecting</source>
        <translation>수집</translation>
    </message>
    <message>
        <source>Roles, ClusterRoles, bindings, ServiceAccounts, workloads and releases are read with kubectl and helm in the job queue; their commands are in the Jobs panel.</source>
        <translation>Role, ClusterRole, 바인딩, ServiceAccount, 워크로드, 릴리스는 작업 대기열에서 kubectl과 helm으로 읽으며, 그 명령은 작업 패널에 있습니다.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>There is no context to review: scan the fleet first.</source>
        <translation>검토할 컨텍스트가 없습니다: 먼저 플릿을 검사하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the RBAC of %n context(s) for %1…</source>
        <translation>
            <numerusform>%1을(를) 위해 컨텍스트 %n개의 RBAC를 읽는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>읽는 중</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>%1 roles, %2 bindings, %3 ServiceAccounts</source>
        <translation>Role %1개, 바인딩 %2개, ServiceAccount %3개</translation>
    </message>
    <message>
        <source>context %1: %2</source>
        <translation>컨텍스트 %1: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>No context could be read: %1</source>
        <translation>읽을 수 있는 컨텍스트가 없습니다: %1</translation>
    </message>
    <message>
        <source>Evaluating the rules…</source>
        <translation>규칙을 평가하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1, %2 open.</source>
        <translation>
            <numerusform>%1에 대한 발견 사항 %n개, 미해결 %2개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reviewed: %1.</source>
        <translation>검토하지 않음: %1.</translation>
    </message>
    <message>
        <source>The accepted findings could not be read: %1</source>
        <translation>수용한 발견 사항을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>read, incomplete</source>
        <translation>읽음, 불완전</translation>
    </message>
    <message>
        <source>Review incomplete for context %1: %2</source>
        <translation>컨텍스트 %1의 검토가 불완전합니다: %2</translation>
    </message>
    <message>
        <source>Not reviewed: context %1 could not be read: %2</source>
        <translation>검토하지 않음: 컨텍스트 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacFindingsPage</name>
    <message>
        <source>not from a release</source>
        <translation>릴리스와 무관</translation>
    </message>
    <message>
        <source>&amp;Copy YAML</source>
        <translation>YAML 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수용(&amp;A)</translation>
    </message>
    <message>
        <source>Keep &amp;Open</source>
        <translation>미해결로 유지(&amp;O)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>What the RBAC in scope allows that a careful reviewer would question. Accept a finding with a note when it is intended; accepted findings no longer count as open.</source>
        <translation>범위 안의 RBAC가 허용하는 것 중 신중한 검토자라면 의문을 가질 만한 항목입니다. 의도한 것이면 메모와 함께 발견 사항을 수용하세요. 수용한 발견 사항은 더 이상 미해결로 세지 않습니다.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Binding or role</source>
        <translation>바인딩 또는 역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Why this is acceptable (required to accept)</source>
        <translation>수용해도 되는 이유 (수용하려면 필수)</translation>
    </message>
    <message>
        <source>A narrower Role and RoleBinding for review. Chartroom does not apply it: change the chart&apos;s values or apply it yourself after review.</source>
        <translation>검토용으로 범위를 좁힌 Role과 RoleBinding입니다. Chartroom은 이를 적용하지 않습니다: 차트의 값을 바꾸거나 검토 후 직접 적용하세요.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Least Privilege</source>
        <translation>최소 권한</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>The acceptances could not be saved: %1</source>
        <translation>수용 기록을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수용됨</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n open</source>
        <translation>
            <numerusform>%1 — 미해결 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, 수용됨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings for %1.</source>
        <translation>%1에 대한 발견 사항이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1; %2 open%3.</source>
        <translation>
            <numerusform>%1에 대한 발견 사항 %n개, 미해결 %2개%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see the rule, the bindings and roles behind it and the path from each subject to the permission.&lt;/p&gt;</source>
        <translation>&lt;p&gt;발견 사항을 선택하면 규칙, 그 뒤에 있는 바인딩과 역할, 각 주체에서 권한까지의 경로가 표시됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>Expected by the chart&apos;s profile (otherwise %1).</source>
        <translation>차트 프로필에서 예상함 (예상하지 않았다면 %1).</translation>
    </message>
    <message>
        <source>Matched:</source>
        <translation>일치:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>릴리스:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>클러스터 전체</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation>바인딩:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>주체:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>수용됨: %1</translation>
    </message>
    <message>
        <source>Rules behind it</source>
        <translation>근거가 된 규칙</translation>
    </message>
    <message>
        <source>Subject → binding → role → rule</source>
        <translation>주체 → 바인딩 → 역할 → 규칙</translation>
    </message>
    <message>
        <source># No suggestion: the finding names no namespace to narrow it to.</source>
        <translation># 제안 없음: 이 발견 사항에는 범위를 좁힐 네임스페이스가 없습니다.</translation>
    </message>
    <message>
        <source>Select a finding first</source>
        <translation>먼저 발견 사항을 선택하세요</translation>
    </message>
    <message>
        <source>Type a note saying why it is acceptable</source>
        <translation>수용해도 되는 이유를 메모로 입력하세요</translation>
    </message>
    <message>
        <source>Accept this finding with the note</source>
        <translation>메모와 함께 이 발견 사항을 수용합니다</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacReportPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>The review with your decisions. Export it to keep it or to share it; `chartroom-cli rbac` produces the same report in a pipeline.</source>
        <translation>내 결정이 반영된 검토 결과입니다. 보관하거나 공유하려면 내보내세요. `chartroom-cli rbac`도 파이프라인에서 같은 보고서를 만듭니다.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장함: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1: %2 open, %3 accepted.</source>
        <translation>
            <numerusform>%1에 대한 발견 사항 %n개: 미해결 %2개, 수용됨 %3개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the RBAC Review To</source>
        <translation>RBAC 검토 내보내기</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>내보낼 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>형식을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>쓰는 중…</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacScopePage</name>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Choose what to review: the whole fleet, one context, one namespace or one release. Chartroom reads the RBAC objects of each context with kubectl; nothing is changed.</source>
        <translation>검토할 대상을 고르세요: 플릿 전체, 컨텍스트 하나, 네임스페이스 하나 또는 릴리스 하나. Chartroom은 각 컨텍스트의 RBAC 객체를 kubectl로 읽기만 하며 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Cluster-wide bindings are read for every scope: a ClusterRoleBinding that reaches a release&apos;s ServiceAccount is reported with that release.</source>
        <translation>클러스터 전체 바인딩은 어떤 범위에서든 읽습니다: 릴리스의 ServiceAccount에 닿는 ClusterRoleBinding은 그 릴리스와 함께 보고됩니다.</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>플릿 전체</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacSession</name>
    <message>
        <source>the whole fleet</source>
        <translation>플릿 전체</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>컨텍스트 %1</translation>
    </message>
    <message>
        <source>namespace %1/%2</source>
        <translation>네임스페이스 %1/%2</translation>
    </message>
    <message>
        <source>release %1/%2/%3</source>
        <translation>릴리스 %1/%2/%3</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RbacWizard</name>
    <message>
        <source>Review RBAC</source>
        <translation>RBAC 검토</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::ReleaseDetailsPane</name>
    <message>
        <source>Select a release to see its details.</source>
        <translation>릴리스를 선택하면 자세한 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;User-supplied</source>
        <translation>사용자 지정(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Computed (with chart defaults)</source>
        <translation>계산된 값 (차트 기본값 포함)(&amp;C)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>매니페스트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>노트</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>%1 · namespace %2 · revision %3</source>
        <translation>%1 · 네임스페이스 %2 · 리비전 %3</translation>
    </message>
    <message>
        <source>Recovery: roll back to the last deployed revision, which clears the lock: </source>
        <translation>복구: 마지막으로 배포된 리비전으로 롤백하면 잠금이 풀립니다: </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>차트 버전</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>No chart profile matches this chart</source>
        <translation>이 차트에 맞는 차트 프로필이 없습니다</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Last deployed</source>
        <translation>마지막 배포</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DR tier</source>
        <translation>DR 등급</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>Untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO 목표</translation>
    </message>
    <message>
        <source>RPO target</source>
        <translation>RPO 목표</translation>
    </message>
    <message>
        <source>RPO state</source>
        <translation>RPO 상태</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>마지막 정상 백업</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not needed (stateless)</source>
        <translation>필요 없음 (상태 비저장)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>No workloads found for this release.</source>
        <translation>이 릴리스의 워크로드가 없습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>No pods.</source>
        <translation>파드 없음.</translation>
    </message>
    <message>
        <source>Persistent volume claims</source>
        <translation>영구 볼륨 클레임</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>No persistent volume claims.</source>
        <translation>영구 볼륨 클레임 없음.</translation>
    </message>
    <message>
        <source>Chartroom needs helm to show this; it is still being checked or was not found.</source>
        <translation>이 내용을 보려면 helm이 필요합니다. 아직 확인 중이거나 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>This chart has no notes.</source>
        <translation>이 차트에는 노트가 없습니다.</translation>
    </message>
    <message>
        <source>Could not load this: %1</source>
        <translation>불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The release renders no objects.</source>
        <translation>이 릴리스는 아무 객체도 만들지 않습니다.</translation>
    </message>
    <message>
        <source>No user-supplied values: the release runs on the chart&apos;s defaults.</source>
        <translation>사용자 지정 값이 없습니다. 이 릴리스는 차트 기본값으로 실행됩니다.</translation>
    </message>
    <message>
        <source>The chart has no values.</source>
        <translation>이 차트에는 값이 없습니다.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>The backup repository at %1 cannot be read: %2</source>
        <translation>%1의 백업 저장소를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation>백업 저장소를 읽는 중…</translation>
    </message>
    <message>
        <source>The latest backup failed its verification and cannot be restored; the RPO counts from the last verified one.</source>
        <translation>가장 최근 백업이 검증에 실패하여 복원할 수 없습니다. RPO는 마지막으로 검증된 백업부터 계산합니다.</translation>
    </message>
    <message>
        <source>No backups of this release in %1.</source>
        <translation>%1에 이 릴리스의 백업이 없습니다.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) not shown.</source>
        <translation>
            <numerusform>이전 백업 %n개는 표시하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>Not reviewed yet: the review runs after each scan.</source>
        <translation>아직 검토하지 않음: 검토는 검사할 때마다 실행됩니다.</translation>
    </message>
    <message>
        <source>Release ▸ Review RBAC… shows the bindings, rules and paths behind each finding and lets you accept it with a note.</source>
        <translation>릴리스 ▸ RBAC 검토…에서 각 발견 사항의 근거가 된 바인딩, 규칙, 경로를 보고 메모와 함께 수용할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (last successful drill %2)</source>
        <translation>%1 (마지막 훈련 성공 %2)</translation>
    </message>
    <message>
        <source>not measured: no successful restore drill</source>
        <translation>측정 안 됨: 성공한 복원 훈련 없음</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정 안 됨</translation>
    </message>
    <message>
        <source>RTO exceeded: the restore took longer than the %1 target</source>
        <translation>RTO 초과: 복원에 목표 %1보다 오래 걸림</translation>
    </message>
    <message>
        <source>The last drill failed</source>
        <translation>마지막 훈련이 실패했습니다</translation>
    </message>
    <message>
        <source>Restore drills</source>
        <translation>복원 훈련</translation>
    </message>
    <message>
        <source>The recorded drills cannot be read: %1</source>
        <translation>기록된 훈련을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No restore drill of this release has been recorded. Release ▸ Run Restore Drill… (or chartroom-cli drill) restores its latest verified backup into a scratch namespace and measures the restore time.</source>
        <translation>이 릴리스의 복원 훈련 기록이 없습니다. 릴리스 ▸ 복원 훈련 실행…(또는 chartroom-cli drill)은 가장 최근에 검증된 백업을 임시 네임스페이스에 복원하고 복원 시간을 측정합니다.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>복원 시간</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>exceeded (%1)</source>
        <translation>초과 (%1)</translation>
    </message>
    <message>
        <source>within (%1)</source>
        <translation>이내 (%1)</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>업그레이드</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>측정된 RTO</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RepositoryUnlocker</name>
    <message>
        <source>The keychain&apos;s entry does not unlock this repository: %1</source>
        <translation>키체인 항목으로 이 저장소의 잠금을 해제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the repository: %1</source>
        <translation>이 암호 문구로는 저장소의 잠금을 해제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Asking the OS keychain for the repository&apos;s secret…</source>
        <translation>OS 키체인에 저장소의 비밀 값을 요청하는 중…</translation>
    </message>
    <message>
        <source>Unlocking the repository…</source>
        <translation>저장소 잠금을 해제하는 중…</translation>
    </message>
    <message>
        <source>The repository is not encrypted.</source>
        <translation>저장소가 암호화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Unlocked with the secret from the OS keychain.</source>
        <translation>OS 키체인의 비밀 값으로 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <source>Unlocked with your passphrase.</source>
        <translation>입력한 암호 문구로 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <source>The OS keychain does not have this repository&apos;s key, so it cannot be opened here.</source>
        <translation>OS 키체인에 이 저장소의 키가 없어 여기에서 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The passphrase is not in the OS keychain. Enter it:</source>
        <translation>OS 키체인에 암호 문구가 없습니다. 입력하세요:</translation>
    </message>
    <message>
        <source>Enter the passphrase:</source>
        <translation>암호 문구를 입력하세요:</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable: %1 Enter the passphrase; it is used this time only and not stored.</source>
        <translation>OS 키체인을 사용할 수 없습니다: %1 암호 문구를 입력하세요. 이번에만 사용하며 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1), and this repository&apos;s key is kept there.</source>
        <translation>OS 키체인을 사용할 수 없는데 (%1), 이 저장소의 키는 그곳에 보관되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreConfirmPage</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Read what will happen. The restore starts when you press Restore.</source>
        <translation>어떤 일이 일어날지 읽어 보세요. 복원을 누르면 복원이 시작됩니다.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Restore backup &lt;b&gt;%1&lt;/b&gt; (taken %2, %3) of %4</source>
        <translation>%4의 백업 &lt;b&gt;%1&lt;/b&gt;(%2에 백업, %3)을(를) 복원합니다</translation>
    </message>
    <message>
        <source> &lt;b&gt;in place&lt;/b&gt;: the current configuration and data of %1/%2 are &lt;b&gt;overwritten&lt;/b&gt;.</source>
        <translation> &lt;b&gt;제자리에&lt;/b&gt;: %1/%2의 현재 구성과 데이터를 &lt;b&gt;덮어씁니다&lt;/b&gt;.</translation>
    </message>
    <message>
        <source> into &lt;b&gt;%1/%2&lt;/b&gt; as a clone; the original release is not touched.</source>
        <translation> &lt;b&gt;%1/%2&lt;/b&gt;에 복제본으로: 원래 릴리스는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not installed there: it is installed from the backup&apos;s Helm record first.</source>
        <translation>%1이(가) 그곳에 설치되어 있지 않습니다: 먼저 백업의 Helm 레코드로 설치합니다.</translation>
    </message>
    <message>
        <source>A safety backup of the current state is taken first.</source>
        <translation>먼저 현재 상태의 안전 백업을 만듭니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No safety backup&lt;/b&gt; is taken: nothing can undo this restore.</source>
        <translation>&lt;b&gt;안전 백업을 만들지 않습니다&lt;/b&gt;: 이 복원은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Type the release name “%1” to confirm:</source>
        <translation>확인하려면 릴리스 이름 “%1”을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>The repository is unlocked.</source>
        <translation>저장소의 잠금이 해제되었습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestorePointPage</name>
    <message>
        <source>Restore point</source>
        <translation>복원 지점</translation>
    </message>
    <message>
        <source>Choose the backup to restore. Only a backup that passed (or will pass) its verification can be restored; it is verified again before anything in the cluster changes.</source>
        <translation>복원할 백업을 고르세요. 검증을 통과한 (또는 통과할) 백업만 복원할 수 있으며, 클러스터에서 무엇이든 바뀌기 전에 다시 검증합니다.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Backups of %1. Its RPO (chart profile “%2”) is %3: a restore point older than that loses more data than the target allows.</source>
        <translation>%1의 백업. RPO(차트 프로필 “%2”)는 %3입니다: 이보다 오래된 복원 지점은 목표가 허용하는 것보다 많은 데이터를 잃습니다.</translation>
    </message>
    <message>
        <source>Backups of %1. Its chart profile sets no RPO.</source>
        <translation>%1의 백업. 차트 프로필에 RPO가 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2 the RPO)</source>
        <translation>%1 (RPO %2)</translation>
    </message>
    <message>
        <source>within</source>
        <translation>이내</translation>
    </message>
    <message>
        <source>beyond</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>복원할 수 없음: %1</translation>
    </message>
    <message>
        <source>The newest backup, %1, cannot be restored (%2).</source>
        <translation>가장 최근 백업 %1은(는) 복원할 수 없습니다 (%2).</translation>
    </message>
    <message>
        <source>not verified yet: the restore verifies it first</source>
        <translation>아직 검증 안 됨: 복원할 때 먼저 검증함</translation>
    </message>
    <message>
        <source>The previous good backup, %1, is offered instead.</source>
        <translation>대신 직전의 정상 백업 %1을(를) 제시합니다.</translation>
    </message>
    <message>
        <source>No backup of this release can be restored.</source>
        <translation>복원할 수 있는 이 릴리스의 백업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestorePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Every step of the restore and the exact commands it runs (secrets hidden). Nothing has run yet.</source>
        <translation>복원의 모든 단계와 실행할 정확한 명령입니다 (비밀 값은 숨김). 아직 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Asking helm whether %1/%2 is installed…</source>
        <translation>helm에 %1/%2이(가) 설치되어 있는지 묻는 중…</translation>
    </message>
    <message>
        <source>The preview needs to know the target&apos;s state.</source>
        <translation>미리 보기에는 대상의 상태가 필요합니다.</translation>
    </message>
    <message>
        <source>No chart profile “%1” to restore this backup with.</source>
        <translation>이 백업을 복원하는 데 사용할 차트 프로필 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1/%2 is installed (revision %3).</source>
        <translation>%1/%2이(가) 설치되어 있습니다 (리비전 %3).</translation>
    </message>
    <message>
        <source>%1/%2 is not installed: it is reinstalled from the backup&apos;s Helm record first.</source>
        <translation>%1/%2이(가) 설치되어 있지 않습니다: 먼저 백업의 Helm 레코드로 다시 설치합니다.</translation>
    </message>
    <message>
        <source>This restore cannot run: %1</source>
        <translation>이 복원은 실행할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreReleasePage</name>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Choose the release to restore. Releases that are no longer installed can be restored from their backups too.</source>
        <translation>복원할 릴리스를 고르세요. 더 이상 설치되어 있지 않은 릴리스도 백업에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Latest verified backup</source>
        <translation>가장 최근 검증된 백업</translation>
    </message>
    <message>
        <source>Reading the backup repository %1…</source>
        <translation>백업 저장소 %1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>There is no backup repository at %1.</source>
        <translation>%1에 백업 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1의 백업:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치 안 됨</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The repository %1 holds no backups.</source>
        <translation>저장소 %1에 백업이 없습니다.</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2. Choose another release:</source>
        <translation>%2에 %1의 백업이 없습니다. 다른 릴리스를 고르세요:</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreResultPage</name>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>복원이 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Compensation: %1</source>
        <translation>보상 작업: %1</translation>
    </message>
    <message>
        <source>%1 was restored from backup %2.</source>
        <translation>백업 %2에서 %1을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>The restore of %1 was canceled.</source>
        <translation>%1 복원이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The restore of %1 failed.</source>
        <translation>%1 복원이 실패했습니다.</translation>
    </message>
    <message>
        <source>It ran for &lt;b&gt;%1&lt;/b&gt; and did not complete, so there is no restore time to compare with the RTO.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 동안 실행되었지만 완료되지 않아 RTO와 비교할 복원 시간이 없습니다.</translation>
    </message>
    <message>
        <source>Measured restore time: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>측정된 복원 시간: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Within the RTO of %1.</source>
        <translation>RTO %1 이내입니다.</translation>
    </message>
    <message>
        <source>The RTO of %1 was exceeded.</source>
        <translation>RTO %1을(를) 초과했습니다.</translation>
    </message>
    <message>
        <source>The chart profile sets no RTO.</source>
        <translation>차트 프로필에 RTO가 없습니다.</translation>
    </message>
    <message>
        <source>The chart profile defines no health checks.</source>
        <translation>차트 프로필에 상태 점검이 정의되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Health checks: %1 of %2 passed.</source>
        <translation>상태 점검: %2개 중 %1개 통과.</translation>
    </message>
    <message>
        <source>The state before the restore is kept in the safety backup %1.</source>
        <translation>복원 전 상태는 안전 백업 %1에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>It stopped at step %1 of %2, “%3”: %4</source>
        <translation>%2단계 중 %1단계 “%3”에서 멈췄습니다: %4</translation>
    </message>
    <message>
        <source>The compensation succeeded: no workload is left scaled down.</source>
        <translation>보상 작업이 성공했습니다: 스케일 다운된 채 남은 워크로드가 없습니다.</translation>
    </message>
    <message>
        <source>The compensation failed: %1. Check the workload&apos;s replicas by hand.</source>
        <translation>보상 작업이 실패했습니다: %1. 워크로드의 레플리카 수를 직접 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing in the cluster was changed: the backup was refused before the first change.</source>
        <translation>클러스터에서 아무것도 바뀌지 않았습니다: 첫 변경 전에 백업이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The data may be half restored. To return to the state before this restore, restore the safety backup %1.</source>
        <translation>데이터가 절반만 복원되었을 수 있습니다. 이번 복원 전 상태로 돌아가려면 안전 백업 %1을(를) 복원하세요.</translation>
    </message>
    <message>
        <source>No safety backup was taken: the data may be half restored. Restore a good backup again.</source>
        <translation>안전 백업을 만들지 않았습니다: 데이터가 절반만 복원되었을 수 있습니다. 정상 백업을 다시 복원하세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreRunPage</name>
    <message>
        <source>&amp;Cancel Restore</source>
        <translation>복원 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>The restore runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation>복원은 작업 대기열에서 실행되며, 전체 로그는 작업 패널에 남습니다.</translation>
    </message>
    <message>
        <source>Canceling… (the compensation runs next)</source>
        <translation>취소하는 중… (이어서 보상 작업이 실행됩니다)</translation>
    </message>
    <message>
        <source>The restore cannot run without the repository&apos;s key.</source>
        <translation>저장소 키 없이는 복원을 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2/%3…</source>
        <translation>%1을(를) %2/%3에 복원하는 중…</translation>
    </message>
    <message>
        <source>Done: restored in %1.</source>
        <translation>완료: %1 만에 복원했습니다.</translation>
    </message>
    <message>
        <source>Canceled after %1.</source>
        <translation>%1 후 취소되었습니다.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>복원 실패: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreTargetPage</name>
    <message>
        <source>As a &amp;clone, in another namespace or under another name (e.g. for a recovery drill):</source>
        <translation>다른 네임스페이스나 다른 이름의 복제본으로 (예: 복구 훈련용)(&amp;C):</translation>
    </message>
    <message>
        <source>Back up the target&apos;s current state &amp;first (a safety backup)</source>
        <translation>먼저 대상의 현재 상태 백업 (안전 백업)(&amp;F)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Restore in place, or as a clone into another namespace or under another release name.</source>
        <translation>제자리에 복원하거나, 다른 네임스페이스 또는 다른 릴리스 이름의 복제본으로 복원합니다.</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>복원 위치</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation>릴리스 이름:</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>&amp;In place: overwrite %1/%2 with the backup</source>
        <translation>제자리에(&amp;I): 백업으로 %1/%2 덮어쓰기</translation>
    </message>
    <message>
        <source>%1 (the release&apos;s own), or e.g. dr-test</source>
        <translation>%1 (릴리스 자체의 값) 또는 예: dr-test</translation>
    </message>
    <message>
        <source>%1 (the release&apos;s own)</source>
        <translation>%1 (릴리스 자체의 값)</translation>
    </message>
    <message>
        <source>A namespace name is lower-case letters, digits and &apos;-&apos;, at most 63 characters.</source>
        <translation>네임스페이스 이름은 영문 소문자, 숫자, &apos;-&apos;로 이루어지며 최대 63자입니다.</translation>
    </message>
    <message>
        <source>A release name is lower-case letters, digits and &apos;-&apos;, at most 53 characters.</source>
        <translation>릴리스 이름은 영문 소문자, 숫자, &apos;-&apos;로 이루어지며 최대 53자입니다.</translation>
    </message>
    <message>
        <source>A clone needs another namespace or another release name (else choose “In place”).</source>
        <translation>복제본에는 다른 네임스페이스나 다른 릴리스 이름이 필요합니다 (그렇지 않으면 “제자리에”를 고르세요).</translation>
    </message>
    <message>
        <source>Without a safety backup, nothing can undo this restore if it fails half way. Type the release name “%1” to restore without one:</source>
        <translation>안전 백업이 없으면 복원이 중간에 실패했을 때 되돌릴 수 없습니다. 안전 백업 없이 복원하려면 릴리스 이름 “%1”을(를) 입력하세요:</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::RestoreWizard</name>
    <message>
        <source>Restore a Release</source>
        <translation>릴리스 복원</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>&amp;helm:</source>
        <translation>&amp;helm:</translation>
    </message>
    <message>
        <source>&amp;kubectl:</source>
        <translation>&amp;kubectl:</translation>
    </message>
    <message>
        <source>How many jobs may run at the same time</source>
        <translation>동시에 실행할 수 있는 작업 수</translation>
    </message>
    <message>
        <source>How many jobs may run against one cluster at the same time</source>
        <translation>한 클러스터에서 동시에 실행할 수 있는 작업 수</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>작업 대기열</translation>
    </message>
    <message>
        <source>Jobs running at &amp;once:</source>
        <translation>동시 실행 작업 수(&amp;O):</translation>
    </message>
    <message>
        <source>Jobs per &amp;cluster:</source>
        <translation>클러스터당 작업 수(&amp;C):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose the %1 program</source>
        <translation>%1 프로그램 선택</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 선택</translation>
    </message>
    <message>
        <source>Not found on PATH or in the development tools folder</source>
        <translation>PATH와 개발 도구 폴더에서 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Not an executable file</source>
        <translation>실행 파일이 아닙니다</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>사용: %1</translation>
    </message>
    <message>
        <source>Where backups are written and read from; one repository can hold several clusters</source>
        <translation>백업을 쓰고 읽는 위치입니다. 저장소 하나에 여러 클러스터를 담을 수 있습니다</translation>
    </message>
    <message>
        <source>Choose the backup repository folder</source>
        <translation>백업 저장소 폴더 선택</translation>
    </message>
    <message>
        <source>Choose the backup repository</source>
        <translation>백업 저장소 선택</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>저장소(&amp;R):</translation>
    </message>
    <message>
        <source>Give an absolute path</source>
        <translation>절대 경로를 입력하세요</translation>
    </message>
    <message>
        <source>A Chartroom backup repository</source>
        <translation>Chartroom 백업 저장소</translation>
    </message>
    <message>
        <source>Not a backup repository, and not empty: a new repository needs an empty folder</source>
        <translation>백업 저장소가 아니며 비어 있지도 않습니다: 새 저장소에는 빈 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>Not created yet: the first backup creates it</source>
        <translation>아직 만들어지지 않음: 첫 백업 때 만들어집니다</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeBackupPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Go on without a fresh backup</source>
        <translation>새 백업 없이 계속(&amp;G)</translation>
    </message>
    <message>
        <source>Backup Gate</source>
        <translation>백업 게이트</translation>
    </message>
    <message>
        <source>An upgrade starts from a verified backup that is recent enough for the release&apos;s tier.</source>
        <translation>업그레이드는 릴리스 등급에 비해 충분히 최근의 검증된 백업에서 시작합니다.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>확인하려면 %1을(를) 입력하세요</translation>
    </message>
    <message>
        <source>Reading the backup repository…</source>
        <translation>백업 저장소를 읽는 중…</translation>
    </message>
    <message>
        <source>Latest verified backup: %1, %2 old. The policy allows at most %3 (%4).</source>
        <translation>가장 최근 검증된 백업: %1, %2 경과. 정책상 최대 %3까지 허용합니다 (%4).</translation>
    </message>
    <message>
        <source>the %1 profile&apos;s RPO</source>
        <translation>%1 프로필의 RPO</translation>
    </message>
    <message>
        <source>no profile: a day</source>
        <translation>프로필 없음: 하루</translation>
    </message>
    <message>
        <source>%1 has no verified backup in %2. The policy allows at most %3.</source>
        <translation>%2에 %1의 검증된 백업이 없습니다. 정책상 최대 %3까지 허용합니다.</translation>
    </message>
    <message>
        <source>It satisfies the policy: no backup is needed before the upgrade.</source>
        <translation>정책을 충족합니다: 업그레이드 전에 백업할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>A fresh backup (verified) is the first step of the plan; you can follow and cancel it in the job queue.</source>
        <translation>새 (검증된) 백업이 계획의 첫 단계입니다. 작업 대기열에서 진행을 보고 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>No backup can be taken: there is no backup repository at %1.</source>
        <translation>백업할 수 없습니다: %1에 백업 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>No backup can be taken: the chart has no backup recipe.</source>
        <translation>백업할 수 없습니다: 차트에 백업 방법이 없습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeBadgeUpdater</name>
    <message>
        <source>Cannot ask %1 for newer versions: %2</source>
        <translation>%1에 새 버전을 물어볼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 → %2 available at %3</source>
        <translation>%3에서 %1 → %2 사용 가능</translation>
    </message>
    <message>
        <source>%1 is the newest version at %2</source>
        <translation>%1은(는) %2의 최신 버전입니다</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradePreviewPage</name>
    <message>
        <source>immutable field</source>
        <translation>변경 불가 필드</translation>
    </message>
    <message>
        <source>RBAC change</source>
        <translation>RBAC 변경</translation>
    </message>
    <message>
        <source>image major version</source>
        <translation>이미지 메이저 버전</translation>
    </message>
    <message>
        <source>object removed</source>
        <translation>객체 삭제됨</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>What the upgrade changes, object by object, and what to look at first. Nothing has run yet.</source>
        <translation>업그레이드가 객체별로 무엇을 바꾸는지, 무엇을 먼저 살펴봐야 하는지 보여 줍니다. 아직 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>중요한 이유</translation>
    </message>
    <message>
        <source>I understand that the API server rejects these changes and want to go on anyway</source>
        <translation>API 서버가 이 변경을 거부한다는 것을 알지만 그래도 계속합니다</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>통합 보기</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>렌더링하는 중…</translation>
    </message>
    <message>
        <source>Rendering %1 with helm (a dry run: nothing changes)…</source>
        <translation>helm으로 %1을(를) 렌더링하는 중 (시험 실행: 아무것도 바뀌지 않음)…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>미리 보기 실패: %1</translation>
    </message>
    <message>
        <source># %1: only masked Secret data changes</source>
        <translation># %1: 가려진 Secret 데이터만 바뀜</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n object(s) change.</source>
        <translation>
            <numerusform>%1 → %2: 객체 %n개가 바뀝니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server-side dry run was refused (%1): rendered with helm template, without lookups.</source>
        <translation>서버 측 시험 실행이 거부되었습니다 (%1): lookup 없이 helm template으로 렌더링했습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No immutable field, RBAC, image or removal risk found.</source>
        <translation>변경 불가 필드, RBAC, 이미지, 삭제 위험이 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>An immutable field changes: the API server will reject the upgrade (helm then rolls it back). Change the values or the chart, or acknowledge to go on anyway.</source>
        <translation>변경 불가 필드가 바뀝니다: API 서버가 업그레이드를 거부합니다 (그러면 helm이 롤백합니다). 값이나 차트를 바꾸거나, 확인 후 그래도 계속하세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeRecoverPage</name>
    <message>
        <source>&amp;Recover</source>
        <translation>복구(&amp;R)</translation>
    </message>
    <message>
        <source>Recover a Stuck Release</source>
        <translation>멈춘 릴리스 복구</translation>
    </message>
    <message>
        <source>An interrupted helm left the release in a pending state: helm refuses to upgrade it until it is rolled back to its last deployed revision.</source>
        <translation>중단된 helm 작업이 릴리스를 대기 상태로 남겼습니다: 마지막으로 배포된 리비전으로 롤백하기 전까지 helm은 업그레이드를 거부합니다.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>%1의 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>no revisions</source>
        <translation>리비전 없음</translation>
    </message>
    <message>
        <source>The history of %1 cannot be read: %2</source>
        <translation>%1의 기록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3, %4).</source>
        <translation>%1은(는) 리비전 %2입니다 (%3, %4).</translation>
    </message>
    <message>
        <source>%1 is %2 at revision %3: nothing to recover.</source>
        <translation>%1은(는) 리비전 %3에서 %2 상태입니다: 복구할 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is stuck in %2 at revision %3. Recovering rolls it back to revision %4, its last deployed one; helm records that as a new revision. Nothing has run yet.</source>
        <translation>%1이(가) 리비전 %3에서 %2 상태로 멈춰 있습니다. 복구하면 마지막으로 배포된 리비전 %4(으)로 롤백하며, helm은 이를 새 리비전으로 기록합니다. 아직 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation>%1을(를) 리비전 %2(으)로 롤백</translation>
    </message>
    <message>
        <source>Recovering %1 to revision %2…</source>
        <translation>%1을(를) 리비전 %2(으)로 복구하는 중…</translation>
    </message>
    <message>
        <source>Recovered to revision %1 in %2.</source>
        <translation>%2 만에 리비전 %1(으)로 복구했습니다.</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>복구 실패: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeReleasePage</name>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Choose the release to upgrade. Nothing changes in the cluster until you confirm on the Review page.</source>
        <translation>업그레이드할 릴리스를 고르세요. 검토 페이지에서 확인하기 전까지 클러스터에서는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>The inventory has no releases yet: refresh the fleet first.</source>
        <translation>목록에 아직 릴리스가 없습니다: 먼저 플릿을 새로 고치세요.</translation>
    </message>
    <message>
        <source>Releases in the inventory:</source>
        <translation>목록의 릴리스:</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeResultPage</name>
    <message>
        <source>&amp;Roll Back</source>
        <translation>롤백(&amp;R)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3, %4).</source>
        <translation>%1은(는) 리비전 %2입니다 (%3, %4).</translation>
    </message>
    <message>
        <source>The upgrade did not start: %1</source>
        <translation>업그레이드가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1-green runs %2 beside %1 (still at revision %3) and the Services select it; done in %4.</source>
        <translation>%1-green이 %1(아직 리비전 %3) 옆에서 %2을(를) 실행하며 Service가 이를 선택합니다. %4 만에 완료했습니다.</translation>
    </message>
    <message>
        <source>Upgraded %1 to %2 in %3: revision %4 → %5.</source>
        <translation>%1을(를) %3 만에 %2(으)로 업그레이드했습니다: 리비전 %4 → %5.</translation>
    </message>
    <message>
        <source>The upgrade %1 after %2: %3</source>
        <translation>업그레이드가 %2 후 %1: %3</translation>
    </message>
    <message>
        <source>was canceled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패했습니다</translation>
    </message>
    <message>
        <source>If the new version misbehaves, roll back to revision %1:</source>
        <translation>새 버전이 제대로 동작하지 않으면 리비전 %1(으)로 롤백하세요:</translation>
    </message>
    <message>
        <source>Revision %1 is in place although the upgrade failed. Roll back to revision %2:</source>
        <translation>업그레이드는 실패했지만 리비전 %1이(가) 적용되어 있습니다. 리비전 %2(으)로 롤백하세요:</translation>
    </message>
    <message>
        <source>Rolling back to revision %1…</source>
        <translation>리비전 %1(으)로 롤백하는 중…</translation>
    </message>
    <message>
        <source>Rolled back to revision %1 in %2.</source>
        <translation>%2 만에 리비전 %1(으)로 롤백했습니다.</translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation>롤백 실패: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Every step of the upgrade and the exact commands it runs (secrets hidden). Nothing has run yet.</source>
        <translation>업그레이드의 모든 단계와 실행할 정확한 명령입니다 (비밀 값은 숨김). 아직 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, values: %5.</source>
        <translation>%1: %2 → %3, %4, 값: %5.</translation>
    </message>
    <message>
        <source>Acknowledged: the preview found immutable field changes the API server rejects.</source>
        <translation>확인함: 미리 보기에서 API 서버가 거부하는 변경 불가 필드 변경이 발견되었습니다.</translation>
    </message>
    <message>
        <source>The edited values helm reads with -f - on its stdin (secrets masked; no file holds them):</source>
        <translation>helm이 표준 입력에서 -f -로 읽는 편집된 값 (비밀 값은 가림. 어떤 파일에도 저장하지 않음):</translation>
    </message>
    <message>
        <source>This upgrade cannot run: %1</source>
        <translation>이 업그레이드는 실행할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeRunPage</name>
    <message>
        <source>&amp;Cancel Upgrade</source>
        <translation>업그레이드 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>업그레이드 중</translation>
    </message>
    <message>
        <source>The upgrade runs in the job queue; its full log stays in the Jobs panel.</source>
        <translation>업그레이드는 작업 대기열에서 실행되며, 전체 로그는 작업 패널에 남습니다.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The upgrade&apos;s checkpoint could not be recorded: %1</source>
        <translation>업그레이드 체크포인트를 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The upgrade cannot run.</source>
        <translation>업그레이드를 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 (%3)…</source>
        <translation>%1을(를) %2(으)로 업그레이드하는 중 (%3)…</translation>
    </message>
    <message>
        <source>Done in %1. Reading the new revision…</source>
        <translation>%1 만에 완료. 새 리비전을 읽는 중…</translation>
    </message>
    <message>
        <source>Canceled after %1. Reading the release&apos;s state…</source>
        <translation>%1 후 취소됨. 릴리스 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>The upgrade failed: %1</source>
        <translation>업그레이드 실패: %1</translation>
    </message>
    <message>
        <source>The maintenance window opens in %1 (%2). Nothing has changed yet; Cancel Upgrade drops the plan.</source>
        <translation>유지 관리 시간대가 %1 후 (%2) 열립니다. 아직 아무것도 바뀌지 않았습니다. 업그레이드 취소를 누르면 계획을 버립니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeSession</name>
    <message>
        <source>Release history</source>
        <translation>릴리스 기록</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeSourcePage</name>
    <message>
        <source>A &amp;Helm repository</source>
        <translation>Helm 저장소(&amp;H)</translation>
    </message>
    <message>
        <source>An &amp;OCI registry</source>
        <translation>OCI 레지스트리(&amp;O)</translation>
    </message>
    <message>
        <source>A &amp;local chart directory or archive</source>
        <translation>로컬 차트 디렉터리 또는 아카이브(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find Versions</source>
        <translation>버전 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <source>Where the new chart comes from. Helm does not record it: Chartroom remembers it once an upgrade succeeded.</source>
        <translation>새 차트를 가져올 곳입니다. Helm은 이를 기록하지 않으므로 Chartroom이 업그레이드에 성공하면 기억해 둡니다.</translation>
    </message>
    <message>
        <source>REPOSITORY/CHART, e.g. sb-charts/memcached</source>
        <translation>REPOSITORY/CHART, 예: sb-charts/memcached</translation>
    </message>
    <message>
        <source>A chart directory or a .tgz archive</source>
        <translation>차트 디렉터리 또는 .tgz 아카이브</translation>
    </message>
    <message>
        <source>the newest</source>
        <translation>최신 버전</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>참조:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>경로:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Chart Directory</source>
        <translation>차트 디렉터리</translation>
    </message>
    <message>
        <source>Last upgraded from %1.</source>
        <translation>마지막 업그레이드 소스: %1.</translation>
    </message>
    <message>
        <source>Chartroom does not know yet where %1&apos;s chart comes from.</source>
        <translation>Chartroom은 아직 %1의 차트를 어디에서 가져오는지 모릅니다.</translation>
    </message>
    <message>
        <source>Looking up where %1&apos;s chart came from…</source>
        <translation>%1의 차트를 어디에서 가져왔는지 찾는 중…</translation>
    </message>
    <message>
        <source>Asking helm which versions %1 offers…</source>
        <translation>helm에 %1이(가) 제공하는 버전을 묻는 중…</translation>
    </message>
    <message>
        <source>The versions of %1 could not be listed: %2</source>
        <translation>%1의 버전 목록을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>배포됨</translation>
    </message>
    <message>
        <source>older</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>%1 (app %2, %3)</source>
        <translation>%1 (앱 %2, %3)</translation>
    </message>
    <message>
        <source>%1 %2 is newer than the deployed %3.</source>
        <translation>%1 %2은(는) 배포된 %3보다 새 버전입니다.</translation>
    </message>
    <message>
        <source>No version of %1 is newer than the deployed %2.</source>
        <translation>%1에는 배포된 %2보다 새로운 버전이 없습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeStrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>How the new version replaces the old one, and the downtime to expect.</source>
        <translation>새 버전이 이전 버전을 대체하는 방식과 예상 다운타임입니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Maintenance &amp;window opens (local time):</source>
        <translation>유지 관리 시간대 시작 (현지 시각)(&amp;W):</translation>
    </message>
    <message>
        <source>Blue-green &amp;observation:</source>
        <translation>블루-그린 관찰 시간(&amp;O):</translation>
    </message>
    <message>
        <source>helm and rollout &amp;timeout:</source>
        <translation>helm 및 롤아웃 제한 시간(&amp;T):</translation>
    </message>
    <message>
        <source>The %1 profile documents these strategies:</source>
        <translation>%1 프로필에 문서화된 전략:</translation>
    </message>
    <message>
        <source>No chart profile matches %1: only the generic strategies are offered.</source>
        <translation>%1에 맞는 차트 프로필이 없습니다: 일반 전략만 제공합니다.</translation>
    </message>
    <message>
        <source>%1 — downtime: %2</source>
        <translation>%1 — 다운타임: %2</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
사용할 수 없음: %2</translation>
    </message>
    <message>
        <source>helm upgrade waits until the new pods are ready and rolls back by itself when they are not; the old pods serve until then.</source>
        <translation>helm upgrade는 새 파드가 준비될 때까지 기다리고, 준비되지 않으면 스스로 롤백합니다. 그때까지는 이전 파드가 서비스합니다.</translation>
    </message>
    <message>
        <source>A values-only upgrade of the deployed chart version: for configuration changes that need no new version.</source>
        <translation>배포된 차트 버전 그대로 값만 바꾸는 업그레이드: 새 버전이 필요 없는 구성 변경용입니다.</translation>
    </message>
    <message>
        <source>The window is already open: the plan starts at once. The workloads are scaled to zero during the upgrade.</source>
        <translation>시간대가 이미 열려 있습니다: 계획이 곧바로 시작됩니다. 업그레이드하는 동안 워크로드는 0으로 스케일됩니다.</translation>
    </message>
    <message>
        <source>The plan waits in the job queue until the window opens (cancellable), then scales the workloads to zero, upgrades and scales them back up. It is kept on disk until it ran.</source>
        <translation>계획은 시간대가 열릴 때까지 작업 대기열에서 기다린 뒤 (취소 가능) 워크로드를 0으로 스케일하고, 업그레이드한 다음 다시 스케일 업합니다. 실행될 때까지 디스크에 보관됩니다.</translation>
    </message>
    <message>
        <source>The new version is installed beside the current one as %1-green; the Services switch to it once it passed its checks, and switch back with one click during the observation time.</source>
        <translation>새 버전을 현재 버전 옆에 %1-green으로 설치합니다. 점검을 통과하면 Service가 새 버전으로 전환되며, 관찰 시간 동안에는 클릭 한 번으로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeValuesPage</name>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>How the release&apos;s values meet the new chart&apos;s defaults. Secrets are shown masked.</source>
        <translation>릴리스의 값이 새 차트의 기본값과 어떻게 합쳐지는지 보여 줍니다. Secret은 가려서 표시합니다.</translation>
    </message>
    <message>
        <source>Your values over the new defaults (--reset-then-reuse-values)</source>
        <translation>새 기본값 위에 내 값 적용 (--reset-then-reuse-values)</translation>
    </message>
    <message>
        <source>The deployed values as they are (--reuse-values)</source>
        <translation>배포된 값을 그대로 사용 (--reuse-values)</translation>
    </message>
    <message>
        <source>An edited values file over the new defaults (--reset-values -f)</source>
        <translation>새 기본값 위에 편집한 값 파일 적용 (--reset-values -f)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Deployed (old default)</source>
        <translation>배포됨 (이전 기본값)</translation>
    </message>
    <message>
        <source>New default</source>
        <translation>새 기본값</translation>
    </message>
    <message>
        <source>Your Values</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Defaults: Old → New</source>
        <translation>기본값: 이전 → 새</translation>
    </message>
    <message>
        <source>Proposed Values</source>
        <translation>제안된 값</translation>
    </message>
    <message>
        <source>Edit Values</source>
        <translation>값 편집</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>방식(&amp;M):</translation>
    </message>
    <message>
        <source>Reading the values of %1 and the defaults of %2…</source>
        <translation>%1의 값과 %2의 기본값을 읽는 중…</translation>
    </message>
    <message>
        <source>The values cannot be read: %1</source>
        <translation>값을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is at revision %2 (%3).</source>
        <translation>%1은(는) 리비전 %2입니다 (%3).</translation>
    </message>
    <message>
        <source># no user-supplied values</source>
        <translation># 사용자 지정 값 없음</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(새 항목)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>--reuse-values keeps the old value: this new default is not applied</source>
        <translation>--reuse-values는 이전 값을 유지합니다: 이 새 기본값은 적용되지 않습니다</translation>
    </message>
    <message>
        <source>Defaults: Old → New (%1)</source>
        <translation>기본값: 이전 → 새 (%1)</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Replace each masked value (%1) with the real one: helm gets this file as it is.</source>
        <translation>가려진 각 값(%1)을 실제 값으로 바꾸세요: helm은 이 파일을 그대로 받습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Valid YAML: %n value(s).</source>
        <translation>
            <numerusform>올바른 YAML: 값 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “An edited values file” to edit the values helm gets.</source>
        <translation>helm이 받을 값을 편집하려면 “편집한 값 파일”을 고르세요.</translation>
    </message>
</context>
<context>
    <name>chartroom::ui::UpgradeWizard</name>
    <message>
        <source>Upgrade a Release</source>
        <translation>릴리스 업그레이드</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>업그레이드(&amp;U)</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade</name>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>new %1: review the permissions it grants</source>
        <translation>새 %1: 부여하는 권한을 검토하세요</translation>
    </message>
    <message>
        <source>%1 changes: review the permissions</source>
        <translation>%1 변경: 권한을 검토하세요</translation>
    </message>
    <message>
        <source>%1 is immutable: the API server rejects the change (%2 → %3); the object must be deleted and recreated</source>
        <translation>%1은(는) 변경할 수 없습니다: API 서버가 변경을 거부합니다 (%2 → %3). 객체를 삭제하고 다시 만들어야 합니다</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>spec.clusterIP is immutable: the API server rejects the change (%1 → %2)</source>
        <translation>spec.clusterIP는 변경할 수 없습니다: API 서버가 변경을 거부합니다 (%1 → %2)</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>할당됨</translation>
    </message>
    <message>
        <source>image major version %1 → %2 (%3 → %4): read the release notes, take a backup</source>
        <translation>이미지 메이저 버전 %1 → %2 (%3 → %4): 릴리스 노트를 읽고 백업하세요</translation>
    </message>
    <message>
        <source>removed by the upgrade: the claim and the data on its volume are deleted</source>
        <translation>업그레이드로 삭제됨: 클레임과 볼륨의 데이터가 삭제됩니다</translation>
    </message>
    <message>
        <source>removed by the upgrade: the permissions it granted go</source>
        <translation>업그레이드로 삭제됨: 부여했던 권한이 사라집니다</translation>
    </message>
    <message>
        <source>removed by the upgrade</source>
        <translation>업그레이드로 삭제됨</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n default(s) of the new chart will NOT be applied:</source>
        <translation>
            <numerusform>새 차트의 기본값 %n개가 적용되지 않습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n default(s) change with the new chart:</source>
        <translation>
            <numerusform>새 차트에서 기본값 %n개가 바뀝니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>롤링</translation>
    </message>
    <message>
        <source>In-place (values only)</source>
        <translation>제자리 (값만)</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>유지 관리 시간대</translation>
    </message>
    <message>
        <source>Blue-green</source>
        <translation>블루-그린</translation>
    </message>
    <message>
        <source>--reuse-values: the release keeps its current values merged with the OLD chart&apos;s defaults; defaults that the new chart version adds or changes are NOT applied.</source>
        <translation>--reuse-values: 릴리스가 현재 값을 이전 차트의 기본값과 합쳐서 유지합니다. 새 차트 버전이 추가하거나 바꾼 기본값은 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>--reset-then-reuse-values: the NEW chart&apos;s defaults apply, then your current values on top of them.</source>
        <translation>--reset-then-reuse-values: 새 차트의 기본값을 적용한 다음 그 위에 현재 값을 적용합니다.</translation>
    </message>
    <message>
        <source>--reset-values -f FILE: the NEW chart&apos;s defaults apply, then the file; values you set before and the file does not repeat are dropped.</source>
        <translation>--reset-values -f FILE: 새 차트의 기본값을 적용한 다음 파일을 적용합니다. 이전에 설정했지만 파일에 다시 없는 값은 사라집니다.</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::BackupGate</name>
    <message>
        <source>Backup gate: verified backup %1 is %2 old (policy: newer than %3)</source>
        <translation>백업 게이트: 검증된 백업 %1은(는) %2 경과 (정책: %3 이내)</translation>
    </message>
    <message>
        <source>Backup gate: the last verified backup (%1) is older than %2: a backup is taken and verified first</source>
        <translation>백업 게이트: 마지막 검증된 백업(%1)이 %2보다 오래되었습니다: 먼저 백업하고 검증합니다</translation>
    </message>
    <message>
        <source>Backup gate: no verified backup: one is taken and verified first</source>
        <translation>백업 게이트: 검증된 백업 없음: 먼저 백업하고 검증합니다</translation>
    </message>
    <message>
        <source>Backup gate SKIPPED on the user&apos;s explicit confirmation (recorded): no backup newer than %1</source>
        <translation>사용자의 명시적 확인에 따라 백업 게이트를 건너뜀 (기록됨): %1 이내의 백업 없음</translation>
    </message>
    <message>
        <source>Backup gate: no verified backup newer than %1, and none can be taken here (no backup recipe or repository): going on needs an explicit confirmation</source>
        <translation>백업 게이트: %1 이내의 검증된 백업이 없고, 여기에서는 백업할 수도 없습니다 (백업 방법 또는 저장소 없음): 계속하려면 명시적 확인이 필요합니다</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::BatchUpgradePlan</name>
    <message>
        <source>tier %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>untiered</source>
        <translation>등급 없음</translation>
    </message>
    <message>
        <source>No release to upgrade.</source>
        <translation>업그레이드할 릴리스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Batch upgrade of %n release(s) in tier order, stopping at the first failure:</source>
        <translation>
            <numerusform>릴리스 %n개를 등급 순서로 일괄 업그레이드하며, 첫 실패에서 중단합니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %n release(s) in tier order</source>
        <translation>
            <numerusform>릴리스 %n개를 등급 순서로 업그레이드</numerusform>
        </translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>not started: stopped after %1 failed</source>
        <translation>시작 안 함: %1 실패 후 중단됨</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::ChartVersionsJob</name>
    <message>
        <source>Versions of %1</source>
        <translation>%1의 버전</translation>
    </message>
    <message>
        <source>Add repository %1</source>
        <translation>저장소 %1 추가</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>%1의 차트</translation>
    </message>
    <message>
        <source>Update repository %1</source>
        <translation>저장소 %1 업데이트</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 검색</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::GreenInstallJob</name>
    <message>
        <source>Install %1 beside %2</source>
        <translation>%2 옆에 %1 설치</translation>
    </message>
    <message>
        <source>Read the values of %1</source>
        <translation>%1의 값 읽기</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::RetireBlueJob</name>
    <message>
        <source>Retire %1 (its Services keep serving green)</source>
        <translation>%1 폐기 (Service는 계속 그린에 연결)</translation>
    </message>
    <message>
        <source>Read Service %1</source>
        <translation>Service %1 읽기</translation>
    </message>
    <message>
        <source>Uninstall %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>Create Service %1 again</source>
        <translation>Service %1 다시 만들기</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::RollbackPlan</name>
    <message>
        <source>%1 has no history: it is not installed.</source>
        <translation>%1에는 기록이 없습니다: 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is %2 and has no earlier deployed revision to recover to: uninstall it and install again.</source>
        <translation>%1은(는) %2 상태이며 복구할 이전 배포 리비전이 없습니다: 제거한 뒤 다시 설치하세요.</translation>
    </message>
    <message>
        <source>%1 has no earlier revision to roll back to.</source>
        <translation>%1에는 롤백할 이전 리비전이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no revision %2 (helm keeps a limited history).</source>
        <translation>%1에는 리비전 %2이(가) 없습니다 (helm은 기록을 일정 개수만 보관합니다).</translation>
    </message>
    <message>
        <source>Revision %1 is the current one.</source>
        <translation>리비전 %1이(가) 현재 리비전입니다.</translation>
    </message>
    <message>
        <source>Recovery plan: %1 is stuck in %2 at revision %3 (a helm operation was interrupted)</source>
        <translation>복구 계획: %1이(가) 리비전 %3에서 %2 상태로 멈춰 있습니다 (helm 작업이 중단됨)</translation>
    </message>
    <message>
        <source>Rollback plan: %1 at revision %2 (%3)</source>
        <translation>롤백 계획: %1, 리비전 %2 (%3)</translation>
    </message>
    <message>
        <source> 1. [rollback] Roll back to revision %1 (%2, %3, %4)</source>
        <translation> 1. [rollback] 리비전 %1(으)로 롤백 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>      (helm records the rollback as a new revision; the values of revision %1 come back with it)</source>
        <translation>      (helm은 롤백을 새 리비전으로 기록하며, 리비전 %1의 값도 함께 돌아옵니다)</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>Recover %1 to revision %2</source>
        <translation>%1을(를) 리비전 %2(으)로 복구</translation>
    </message>
    <message>
        <source>Roll %1 back to revision %2</source>
        <translation>%1을(를) 리비전 %2(으)로 롤백</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradeAvailabilityCheck</name>
    <message>
        <source>the source could not be asked</source>
        <translation>소스에 물어볼 수 없음</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePlan</name>
    <message>
        <source>depends on the chart (no profile)</source>
        <translation>차트에 따라 다름 (프로필 없음)</translation>
    </message>
    <message>
        <source>helm upgrade --wait</source>
        <translation>helm upgrade --wait</translation>
    </message>
    <message>
        <source>none expected</source>
        <translation>없을 것으로 예상</translation>
    </message>
    <message>
        <source>values-only helm upgrade</source>
        <translation>값만 바꾸는 helm upgrade</translation>
    </message>
    <message>
        <source>%1 is stuck in %2: recover it to its last deployed revision first (chartroom-cli rollback).</source>
        <translation>%1이(가) %2 상태에 멈춰 있습니다: 먼저 마지막으로 배포된 리비전으로 복구하세요 (chartroom-cli rollback).</translation>
    </message>
    <message>
        <source>The %1 profile does not support the %2 strategy (it supports: %3).</source>
        <translation>%1 프로필은 %2 전략을 지원하지 않습니다 (지원하는 전략: %3).</translation>
    </message>
    <message>
        <source>The values-file mode needs a values file.</source>
        <translation>값 파일 방식에는 값 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>In-place is a values-only change of the deployed chart %1; a new version (%2) needs another strategy.</source>
        <translation>제자리 방식은 배포된 차트 %1의 값만 바꿉니다. 새 버전(%2)에는 다른 전략이 필요합니다.</translation>
    </message>
    <message>
        <source>Blue-green needs a Service whose selector names app.kubernetes.io/instance=%1 to switch; %1 has none.</source>
        <translation>블루-그린 전환에는 셀렉터가 app.kubernetes.io/instance=%1을(를) 지정하는 Service가 필요한데, %1에는 없습니다.</translation>
    </message>
    <message>
        <source>The maintenance window scales the release&apos;s workloads to zero; %1 has no Deployment or StatefulSet.</source>
        <translation>유지 관리 시간대 방식은 릴리스의 워크로드를 0으로 스케일하는데, %1에는 Deployment나 StatefulSet이 없습니다.</translation>
    </message>
    <message>
        <source>The preview found changes the API server will reject (immutable fields): the upgrade would fail. Review them; going on needs an explicit confirmation.</source>
        <translation>미리 보기에서 API 서버가 거부할 변경(변경 불가 필드)이 발견되었습니다: 업그레이드가 실패합니다. 검토하세요. 계속하려면 명시적 확인이 필요합니다.</translation>
    </message>
    <message>
        <source>Post-upgrade check %1: %2</source>
        <translation>업그레이드 후 점검 %1: %2</translation>
    </message>
    <message>
        <source>Pre-upgrade check %1: %2</source>
        <translation>업그레이드 전 점검 %1: %2</translation>
    </message>
    <message>
        <source>Wait for the maintenance window: %1 UTC</source>
        <translation>유지 관리 시간대 대기: %1 UTC</translation>
    </message>
    <message>
        <source>Maintenance window: starts at once</source>
        <translation>유지 관리 시간대: 즉시 시작</translation>
    </message>
    <message>
        <source>cancellable; the plan is kept when Chartroom closes</source>
        <translation>취소 가능. Chartroom을 닫아도 계획은 보관됨</translation>
    </message>
    <message>
        <source>Wait until %1 is rolled out</source>
        <translation>%1의 롤아웃이 끝날 때까지 대기</translation>
    </message>
    <message>
        <source>on failure helm rolls back to revision %1 itself (%2)</source>
        <translation>실패하면 helm이 스스로 리비전 %1(으)로 롤백함 (%2)</translation>
    </message>
    <message>
        <source>Values-only upgrade of %1 (chart %2 stays)</source>
        <translation>%1의 값만 업그레이드 (차트 %2은(는) 그대로)</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>%1을(를) %2(으)로 업그레이드</translation>
    </message>
    <message>
        <source>Scale %1 to 0 (replicas remembered)</source>
        <translation>%1을(를) 0으로 스케일 (레플리카 수 기억)</translation>
    </message>
    <message>
        <source>downtime starts</source>
        <translation>다운타임 시작</translation>
    </message>
    <message>
        <source>Scale %1 back to its replicas</source>
        <translation>%1을(를) 원래 레플리카 수로 되돌리기</translation>
    </message>
    <message>
        <source>On failure: %1 scaled back up</source>
        <translation>실패 시: %1을(를) 다시 스케일 업</translation>
    </message>
    <message>
        <source>Install %1 (%2) beside %3</source>
        <translation>%3 옆에 %1 (%2) 설치</translation>
    </message>
    <message>
        <source>-f -: the values of %1, read with helm get values, on stdin</source>
        <translation>-f -: helm get values로 읽은 %1의 값을 표준 입력으로 전달</translation>
    </message>
    <message>
        <source>Switch Service %1 to %2</source>
        <translation>Service %1을(를) %2(으)로 전환</translation>
    </message>
    <message>
        <source>traffic moves to green</source>
        <translation>트래픽이 그린으로 이동함</translation>
    </message>
    <message>
        <source>Observe for %1 s (switch back in one click)</source>
        <translation>%1초 동안 관찰 (클릭 한 번으로 되돌리기 가능)</translation>
    </message>
    <message>
        <source>Afterwards: switch back (selectors to %1, %2 uninstalled) or, on your confirmation, retire %1 (its Services saved, helm uninstall %1, the Services created again as plain objects)</source>
        <translation>그 후: 되돌리거나 (셀렉터를 %1(으)로, %2 제거), 확인을 받아 %1 폐기 (Service 저장, helm uninstall %1, Service를 일반 객체로 다시 만듦)</translation>
    </message>
    <message>
        <source>On failure: selectors back to %1, %2 uninstalled</source>
        <translation>실패 시: 셀렉터를 %1(으)로 되돌리고 %2 제거</translation>
    </message>
    <message>
        <source>Upgrade plan: %1 (%2, revision %3) → %4, strategy %5, values %6</source>
        <translation>업그레이드 계획: %1 (%2, 리비전 %3) → %4, 전략 %5, 값 %6</translation>
    </message>
    <message>
        <source>chart unknown</source>
        <translation>차트 알 수 없음</translation>
    </message>
    <message>
        <source>Expected downtime: %1</source>
        <translation>예상 다운타임: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2 (%3)</source>
        <translation>%1을(를) %2(으)로 업그레이드 (%3)</translation>
    </message>
    <message>
        <source>Wait for the maintenance window</source>
        <translation>유지 관리 시간대 대기</translation>
    </message>
    <message>
        <source>helm upgrade %1</source>
        <translation>helm upgrade %1</translation>
    </message>
    <message>
        <source>Scale %1 to 0</source>
        <translation>%1을(를) 0으로 스케일</translation>
    </message>
    <message>
        <source>Scale %1 back up</source>
        <translation>%1 다시 스케일 업</translation>
    </message>
    <message>
        <source>Observe %1 on green</source>
        <translation>그린에서 %1 관찰</translation>
    </message>
    <message>
        <source>Switch %1 back from %2</source>
        <translation>%1을(를) %2에서 되돌리기</translation>
    </message>
    <message>
        <source>Switch Service %1 back to %2</source>
        <translation>Service %1을(를) %2(으)로 되돌리기</translation>
    </message>
    <message>
        <source>Uninstall %1</source>
        <translation>%1 제거</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePreview</name>
    <message>
        <source>The values could not be compared: %1</source>
        <translation>값을 비교하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The new chart changes no default you rely on.</source>
        <translation>새 차트는 사용 중인 기본값을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>  Your values (helm get values):</source>
        <translation>  내 값 (helm get values):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Manifest (%1)</source>
        <translation>매니페스트 (%1)</translation>
    </message>
    <message>
        <source>rendered by helm upgrade --dry-run=server</source>
        <translation>helm upgrade --dry-run=server로 렌더링함</translation>
    </message>
    <message>
        <source>rendered by helm template: no server lookups or validation</source>
        <translation>helm template으로 렌더링함: 서버 lookup과 검증 없음</translation>
    </message>
    <message>
        <source>    (Secret values change; they are not shown)</source>
        <translation>    (Secret 값이 바뀝니다. 표시하지 않습니다)</translation>
    </message>
    <message>
        <source>  No object changes.</source>
        <translation>  객체 변경 없음.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>  none found</source>
        <translation>  발견되지 않음</translation>
    </message>
    <message>
        <source> BLOCKING</source>
        <translation> 차단</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::UpgradePreviewJob</name>
    <message>
        <source>Preview the upgrade of %1</source>
        <translation>%1의 업그레이드 미리 보기</translation>
    </message>
    <message>
        <source>Cannot read the values file %1: %2</source>
        <translation>값 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>릴리스 기록</translation>
    </message>
    <message>
        <source>Current values</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>Current values with defaults</source>
        <translation>기본값을 포함한 현재 값</translation>
    </message>
    <message>
        <source>New chart defaults</source>
        <translation>새 차트의 기본값</translation>
    </message>
    <message>
        <source>Deployed manifest</source>
        <translation>배포된 매니페스트</translation>
    </message>
    <message>
        <source>Render the new version (server-side dry run)</source>
        <translation>새 버전 렌더링 (서버 측 시험 실행)</translation>
    </message>
    <message>
        <source>the dry run printed no manifest</source>
        <translation>시험 실행이 매니페스트를 출력하지 않음</translation>
    </message>
    <message>
        <source>Render the new version (helm template)</source>
        <translation>새 버전 렌더링 (helm template)</translation>
    </message>
</context>
<context>
    <name>chartroom::upgrade::WaitUntilJob</name>
    <message>
        <source>Waiting for %1 UTC: %2 s left</source>
        <translation>%1 UTC까지 대기: %2초 남음</translation>
    </message>
    <message>
        <source>The wait was canceled</source>
        <translation>대기가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop control center for Helm chart fleets on Kubernetes.</source>
        <translation>Kubernetes의 Helm 차트 플릿을 위한 데스크톱 관제 센터.</translation>
    </message>
    <message>
        <source>Show the window, save a picture of it to &lt;file&gt; once the tool check has finished, and quit.</source>
        <translation>창을 띄우고 도구 확인이 끝나면 창 이미지를 &lt;file&gt;에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print start-up and refresh figures (time to a painted fleet, memory, longest UI stall) and quit after one scan.</source>
        <translation>시작·새로 고침 수치(플릿이 그려지기까지의 시간, 메모리, 가장 긴 UI 멈춤)를 출력하고 한 번 검사한 뒤 종료합니다.</translation>
    </message>
</context>
</TS>
