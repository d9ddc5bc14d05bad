#!/usr/bin/env bash
# Records what the reference interpreter (PUC-Rio lua5.1) does for each
# command-line case; LunacyCommandIT expects the same of bin/lunacy.
#
# A case is a folder cases/<name>/ with
#   args     the arguments, one per line
#   stdin    (optional) standard input; else /dev/null
#   env      (optional) KEY=VALUE lines added to the environment
#   merged   (optional, empty) standard error goes into expected.out too (2>&1)
# and gets
#   expected.out, expected.err  the exact bytes lua5.1 wrote
#   expected.status             its exit status
# Every case runs in files/. The program name "lua5.1" in the output becomes
# "lunacy" and lua5.1's version banner becomes @BANNER@.
#
# Usage: component/src/test/cli/record.sh [case ...]    (default: all)
#        LUA=/path/to/lua5.1 record.sh ...
set -euo pipefail

LUA="${LUA:-lua5.1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! "$LUA" -v 2>&1 | grep -q '^Lua 5\.1\.5'; then
  echo "record.sh: $LUA is not Lua 5.1.5" >&2
  exit 1
fi
banner='Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio'
name="$(basename "$LUA")"

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here/cases" && ls)
fi
for c in "$@"; do
  dir="$here/cases/$c"
  [ -f "$dir/args" ] || { echo "record.sh: no case $c" >&2; exit 1; }
  mapfile -t args < "$dir/args"
  envs=()
  [ -f "$dir/env" ] && mapfile -t envs < "$dir/env"
  input=/dev/null
  [ -f "$dir/stdin" ] && input="$dir/stdin"
  status=0
  run() {
    (cd "$here/files" && exec env -u LUA_INIT -u LUA_PATH -u LUA_CPATH "${envs[@]}" \
      timeout 60 "$LUA" "${args[@]}") < "$input"
  }
  if [ -f "$dir/merged" ]; then
    : > "$dir/expected.err"
    run > "$dir/expected.out" 2>&1 || status=$?
  else
    run > "$dir/expected.out" 2> "$dir/expected.err" || status=$?
  fi
  echo "$status" > "$dir/expected.status"
  for f in expected.out expected.err; do
    # a message's "lua5.1: " may follow output without a newline (merged streams)
    sed -i -e "s/$banner/@BANNER@/g" -e "s/\\b$name\\b/lunacy/g" -e "s/$name: /lunacy: /g" "$dir/$f"
  done
done
echo "record.sh: $# cases recorded"
