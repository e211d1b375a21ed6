#!/usr/bin/env bash
# msw 3 compatibility check (issue 6): runs the mock's test suite once with msw 3 on Node 22,
# while the workspace itself stays on msw 2.13.3 and Node 20.
#
# compat/msw3 is outside the pnpm workspace: its own package.json and package-lock.json pin msw 3,
# the mock's other runtime dependencies, vitest, and Node 22 from the npm `node` package (the only
# way to get it here). This script installs that folder with npm, copies mocks/src,
# packages/sdk/src, packages/conformance/src, spec and test into a temporary overlay whose node_modules is that folder's, so
# every `msw`, `msw/node` and `msw/browser` import in the mock's sources resolves to msw 3, and runs
# vitest there with Node 22. compat/msw3/globalSetup.mjs refuses to run on anything else.
# Exits non-zero when a test fails. Usage: bash scripts/msw3-compat.sh [vitest args...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
compat="$root/compat/msw3"
started=$SECONDS

# npm, not pnpm: this folder is deliberately not a workspace package. Its `allowScripts` lets only
# `node` run an install script (the one that fetches the Node 22 binary from the npm registry).
# msw 3 declares Node >=22.12 while the npm doing the install runs on Node 20, hence
# --engine-strict=false here; the tests themselves run on Node 22 (checked by globalSetup.mjs).
if [ ! -x "$compat/node_modules/.bin/node" ] ||
  ! cmp -s "$compat/package-lock.json" "$compat/node_modules/.msw3-compat.lock"; then
  echo "msw3-compat: installing compat/msw3 (msw 3, Node 22, vitest) with npm ci"
  (cd "$compat" && npm ci --no-audit --no-fund --engine-strict=false --loglevel=error)
  cp "$compat/package-lock.json" "$compat/node_modules/.msw3-compat.lock"
fi
node22="$compat/node_modules/.bin/node"

overlay="$(mktemp -d "${TMPDIR:-/tmp}/tessera-msw3.XXXXXX")"
trap 'rm -rf "$overlay"' EXIT
mkdir -p "$overlay/mocks/node_modules/@scalar" "$overlay/packages/sdk"
cp -R "$root/mocks/src" "$overlay/mocks/src"
cp -R "$root/packages/sdk/src" "$overlay/packages/sdk/src"
# The rule scenarios live in the conformance kit; the suite under test/ imports them from there.
mkdir -p "$overlay/packages/conformance"
cp -R "$root/packages/conformance/src" "$overlay/packages/conformance/src"
cp -R "$root/spec" "$overlay/spec"
(cd "$root" && tar cf - --exclude=node_modules test) | (cd "$overlay" && tar xf -)
mkdir -p "$overlay/test/msw3"
cp "$compat"/tests/*.test.ts "$overlay/test/msw3/"
cp "$compat/vitest.config.mjs" "$compat/globalSetup.mjs" "$compat/tsconfig.json" "$root/tsconfig.base.json" "$overlay/"
ln -s "$compat/node_modules" "$overlay/node_modules"
# /docs serves the API reference bundle (a static file of the optional peer @scalar/api-reference)
# and the server tests ask for it; the workspace's copy is linked rather than installing its ~230 MB
# of dependencies again.
scalar="$root/mocks/node_modules/@scalar/api-reference"
if [ ! -e "$scalar" ]; then
  echo "msw3-compat: $scalar is missing; run pnpm install first" >&2
  exit 1
fi
ln -s "$(cd "$scalar" && pwd -P)" "$overlay/mocks/node_modules/@scalar/api-reference"

# The fuzzer draws a new seed per run; a fixed one makes this run the same 10,000 requests every time
# (seed 6 passes on msw 2 and Node 20 too), so a failure here points at msw 3, not at the draw.
export FUZZ_SEED="${FUZZ_SEED:-6}"

echo "msw3-compat: Node $("$node22" --version), overlay $overlay, FUZZ_SEED=$FUZZ_SEED"
status=0
# Types first: the mock's sources (and the msw-facing tests) against msw 3's type definitions.
echo "msw3-compat: tsc -p tsconfig.json (mocks/src and test/msw3 against msw 3's types)"
(cd "$overlay" && "$node22" node_modules/typescript/bin/tsc -p tsconfig.json) || status=$?
(cd "$overlay" && "$node22" node_modules/vitest/vitest.mjs run --config vitest.config.mjs "$@") || status=$?
echo "msw3-compat: $([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - started)) s"
exit "$status"
