#!/usr/bin/env bash
# Runs headless Neovim as a real client of the dpa-lint language server and checks that the
# expected diagnostics arrive. Builds nothing: pass the server binary.
#
#   tests/nvim/run.sh SERVER [SERVER_ARG...]
#     tests/nvim/run.sh target/debug/dpa-lsp
#     tests/nvim/run.sh target/debug/dpa-lint lsp
#
# Environment:
#   LSP_FILE   contract to open            (default: examples/defective.dpa)
#   EXPECT     rule ids that must appear   (default: the document rules defective.dpa triggers)
#   NVIM       the nvim binary             (default: nvim)
set -euo pipefail

if [[ $# -lt 1 ]]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
server="$1"
shift
[[ "$server" == */* ]] && server="$(cd "$(dirname "$server")" && pwd)/$(basename "$server")"
file="${LSP_FILE:-$root/examples/defective.dpa}"
expect="${EXPECT:-SYNTAX REF-BROKEN PLACEHOLDER FACT-UNKNOWN KIND-UNKNOWN}"

if ! command -v "${NVIM:-nvim}" >/dev/null; then
  echo "nvim not found (apt-get install -y neovim)" >&2
  exit 2
fi

output="$(LSP_SERVER="$server" LSP_SERVER_ARGS="$*" LSP_FILE="$file" \
  timeout 60 "${NVIM:-nvim}" --headless -u NONE -c "luafile $here/lsp_check.lua" 2>&1)" || {
  status=$?
  echo "$output"
  echo "FAIL: nvim exited with status $status" >&2
  exit 1
}
echo "$output"

missing=()
for rule in $expect; do
  grep -qE "^DIAG [0-9]+:[0-9]+ $rule " <<<"$output" || missing+=("$rule")
done
if ! grep -q "^SYMBOL " <<<"$output"; then
  missing+=("(document symbols)")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "FAIL: expected but not reported: ${missing[*]}" >&2
  exit 1
fi
echo "OK: Neovim received ${expect// /, } from $(basename "$server")"
