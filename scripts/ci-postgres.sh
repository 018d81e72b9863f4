#!/usr/bin/env bash
# Start a real PostgreSQL from Debian's packages on localhost for the storage
# tests, and print the URL to use (VERKSTED_TEST_DATABASE_URL). Idempotent.
set -euo pipefail
# Everything but the URL goes to stderr, so `URL=$(bash scripts/ci-postgres.sh)` works.
exec 3>&1 1>&2

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
# The server outlives this script: it must not inherit the URL pipe (fd 3,
# else `$(...)` waits for it forever) nor the caller's stdout/stderr.
pg_ctlcluster "$version" main start </dev/null >/dev/null 2>&1 3>&- || true
for _ in $(seq 1 30); do
  pg_isready -h localhost -q && break
  sleep 0.5
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='verksted'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE verksted LOGIN CREATEDB PASSWORD 'verksted'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='verksted_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O verksted verksted_test"
echo "postgresql+psycopg://verksted:verksted@localhost:5432/verksted_test" >&3
