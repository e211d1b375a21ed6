#!/usr/bin/env bash
# The runtime matrix (issue 18): the packed SDK and mock on every runtime the README names, run by
# test/runtimes/runtimeMatrix.ts (see there for the cells).
#
# The runtimes come from npm, pinned in compat/runtimes (outside the pnpm workspace: its own
# package.json and package-lock.json): Node 20 and Node 22 (the `node` package, under the aliases
# node20 and node22), Bun (`bun`), Deno (`deno`), workerd through Miniflare (`miniflare`), and the
# esbuild the matrix bundles its scripts with. They are installed with npm ci
# into compat/runtimes/node_modules, once per lock file: that folder is the cache (a clean clone
# creates it; later runs reuse it). Exits non-zero when a cell fails.
# Usage: bash scripts/runtime-matrix.sh [vitest args...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runtimes="$root/compat/runtimes"
started=$SECONDS

# npm, not pnpm: this folder is deliberately not a workspace package. The install scripts fetch
# each runtime's binary from its platform package on the npm registry. Miniflare 4 declares Node
# >=22 while the npm doing the install runs on Node 20, hence --engine-strict=false here; Miniflare
# itself runs on the Node 22 installed beside it.
if [ ! -x "$runtimes/node_modules/.bin/deno" ] ||
  ! cmp -s "$runtimes/package-lock.json" "$runtimes/node_modules/.runtime-matrix.lock"; then
  echo "runtime-matrix: installing compat/runtimes (Node 20 and 22, Bun, Deno, Miniflare) with npm ci"
  (cd "$runtimes" && npm ci --no-audit --no-fund --engine-strict=false --loglevel=error)
  cp "$runtimes/package-lock.json" "$runtimes/node_modules/.runtime-matrix.lock"
fi
echo "runtime-matrix: runtimes ready after $((SECONDS - started)) s"

status=0
(cd "$root" && node_modules/.bin/vitest run --config test/runtimes/vitest.config.ts "$@") || status=$?
echo "runtime-matrix: $([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - started)) s"
exit "$status"
