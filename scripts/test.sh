#!/usr/bin/env bash
# npm test: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
echo "▸ lint";        npx eslint . --max-warnings=0
echo "▸ format";      npx prettier --check . --log-level=warn
echo "▸ types";       npx tsc -p tsconfig.json && npx tsc -p src/sw/tsconfig.json
echo "▸ unused";      npx knip
echo "▸ schema";      npx tsx scripts/gen-schema.ts --check
echo "▸ manifests";   npx tsx scripts/validate.ts scenes/sample/hall.json
echo "▸ tests";       npx vitest run --reporter=default --reporter=json --outputFile=node_modules/.vitest-results.json
echo "▸ bench smoke"; npx tsx bench/run.ts --quick --no-build
# One plain closing line for CI: "N passed, N failed".
node -e 'const r = require("./node_modules/.vitest-results.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
