{{/* Chart name, truncated to 63 characters. */}}
{{- define "memcached.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified app name: <release> if it contains the chart name, else <release>-<chart>. */}}
{{- define "memcached.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "memcached.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "memcached.labels" -}}
helm.sh/chart: {{ include "memcached.chart" . }}
{{ include "memcached.selectorLabels" . }}
app.kubernetes.io/version: {{ include "memcached.str" (include "memcached.imageTag" .) }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "memcached.selectorLabels" -}}
app.kubernetes.io/name: {{ include "memcached.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "memcached.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion | toString }}
{{- end }}

{{/* A string scalar written the way scenario.to_yaml writes it (plain when safe, else JSON-quoted),
     so that seeded release manifests and rendered ones are byte-identical. */}}
{{- define "memcached.str" -}}
{{- $s := toString . -}}
{{- if and (regexMatch "^[A-Za-z0-9_/][A-Za-z0-9_./-]*$" $s) (not (regexMatch "^([-+]?[0-9_]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|\\.(inf|Inf|INF|nan|NaN|NAN))$" $s)) (not (has (lower $s) (list "y" "n" "yes" "no" "on" "off" "true" "false" "null" "~"))) -}}
{{ $s }}
{{- else -}}
{{ $s | toJson }}
{{- end -}}
{{- end }}

{{- define "memcached.serviceAccountName" -}}
{{- if .Values.serviceAccount.name }}
{{- .Values.serviceAccount.name }}
{{- else if .Values.serviceAccount.create }}
{{- include "memcached.fullname" . }}
{{- else }}
{{- "default" }}
{{- end }}
{{- end }}
