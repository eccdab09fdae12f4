#!/usr/bin/env bash
# Installs dependencies only when needed (none yet, or the lockfile changed since), exactly as
# the lockfile says: `npm ci` never rewrites package-lock.json, as `npm install` may.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
