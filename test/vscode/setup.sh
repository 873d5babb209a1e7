#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, offline (npm registry + Debian packages only):
# code-server 4.100.3 (= VS Code 1.100.3, the last release that runs on Node 20) and Debian's
# Chromium, which playwright-core drives. Idempotent: a second run installs nothing.
#   CODE_SERVER_DIR  where code-server goes (default .vscode-test/code-server)
set -euo pipefail
cd "$(dirname "$0")/../.."
CODE_SERVER_VERSION=4.100.3
CODE_SERVER_DIR=${CODE_SERVER_DIR:-$PWD/.vscode-test/code-server}

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
[ -e /usr/include/krb5.h ] || need_apt+=(libkrb5-dev)   # code-server's native 'kerberos' module
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} (apt)"
  SUDO=$([ "$(id -u)" = 0 ] && echo || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the archive: give it
# Debian's rg under the name it looks for (version pinned by code-server 4.100.3).
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_archive" ]; then
  mkdir -p "$rg_cache/stage" && cp "$(command -v rg)" "$rg_cache/stage/rg"
  tar czf "$rg_archive" -C "$rg_cache/stage" rg && rm -rf "$rg_cache/stage"
fi

entry="$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"
pty="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node"
if [ ! -e "$entry" ] || [ ! -e "$pty" ]; then
  echo "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (takes a minute or two)"
  mkdir -p "$CODE_SERVER_DIR"
  cat > "$CODE_SERVER_DIR/package.json" <<JSON
{ "name": "openness-code-server", "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true } }
JSON
  # code-server's postinstall refuses to run as root without unsafe_perm; node-pty's runs `npx node-gyp`.
  (cd "$CODE_SERVER_DIR" && rm -rf node_modules package-lock.json &&
    npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --foreground-scripts >install.log 2>&1) ||
    { tail -40 "$CODE_SERVER_DIR/install.log"; echo "code-server install failed"; exit 1; }
fi
echo "code-server $(node -p "require('$CODE_SERVER_DIR/node_modules/code-server/package.json').version") ready"
