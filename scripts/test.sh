#!/usr/bin/env bash
# Runs every sitrep test on a fresh machine: installs what the tests need when
# it is missing, then vets and tests every package. This is the README's test
# command and what CI (.ci/run) calls.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }

# Go and a C compiler (DuckDB's driver uses cgo).
command -v go >/dev/null || { echo "go is not installed (need Go 1.26)" >&2; exit 2; }
export CGO_ENABLED=1
export PATH="$(go env GOPATH)/bin:$PATH"

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v gcc >/dev/null || apt_install gcc g++ libc6-dev

# mailpit: the real SMTP server the delivery tests send through.
if ! command -v mailpit >/dev/null; then
  log "go install github.com/axllent/mailpit@v1.33.1"
  go install github.com/axllent/mailpit@v1.33.1
fi

# LibreOffice: proves the workbooks open outside excelize.
command -v soffice >/dev/null || apt_install libreoffice-calc-nogui fonts-dejavu-core

log "go mod download"
go mod download

log "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi

log "go vet ./..."
go vet ./...

log "go test ./..."
# -p 2: the machine has two cores; DuckDB-linking packages are few and large.
go test -p 2 -count=1 -timeout 20m "$@" ./...
