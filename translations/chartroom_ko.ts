<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation>사용법: chartroom-cli [--version] [--help] &lt;명령&gt; [옵션]

Chartroom 명령줄 인터페이스: 데스크톱 앱과 같은 엔진으로
스크립트, cron, CI에서 사용합니다.

명령:
  tools [--json]              사용하는 helm과 kubectl 및 그 버전 표시
  inventory [--context NAME]... [--exclude-namespace NS]... [--json]
                              플릿 검사: 컨텍스트와 DR 등급별 모든 릴리스
  jobs [--json] [--limit N]   작업 기록을 최신순으로 표시
  jobs show ID [--json]       작업 하나 표시: 명령, 결과, 전체 출력

종료 코드: 0 정상, 1 실패, 2 사용법 오류, 3 필요한 도구 없음.
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
