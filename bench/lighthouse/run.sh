#!/usr/bin/env bash
# Lighthouse's mobile scores for the seed reading (docs/performance-lighthouse.md): builds the seed site,
# serves it as plain static files on 127.0.0.1 (`lectern serve` would inject its reload script), runs the
# pinned Lighthouse against Debian's Chromium and prints the four category scores and the metrics.
# A benchmark, not a test: scores vary a point or two with the machine's load.
# Usage: bench/lighthouse/run.sh [port]   (needs npm, python3 and /usr/bin/chromium)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${1:-8391}"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# npm ci only when the installed Lighthouse is not the pinned one (a clean install takes half a minute).
pinned="$(node -p 'require(process.argv[1]).devDependencies.lighthouse' "$here/package.json")"
installed="$(node -p 'require(process.argv[1]).version' "$here/node_modules/lighthouse/package.json" 2>/dev/null || true)"
[ "$installed" = "$pinned" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
dotnet run --project "$repo/src/Lectern.Cli" -- build --output "$work/site" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1

CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" \
  "http://127.0.0.1:$port/report-2021-06-29-politburo/" \
  --form-factor=mobile --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
  --output=json --output-path="$work/report.json" --quiet

node -e '
const r = require(process.argv[1]);
console.log(`Lighthouse ${r.lighthouseVersion}, ${r.environment.hostUserAgent}`);
console.log(Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", "));
for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"])
  console.log(`  ${r.audits[id].title}: ${r.audits[id].displayValue}`);
' "$work/report.json"
