#!/usr/bin/env bash
# Regenerates the expected outputs of the Lua conformance tests with the
# reference interpreter (PUC-Rio lua5.1).
#
# For every tests/lua/<area>/<name>.lua: runs `lua5.1 <name>.lua` inside the
# area folder (so chunk names are "<name>.lua"), stdin from <name>.in if it
# exists (else /dev/null), and writes <name>.out with the exact stdout bytes.
# If lua5.1 exits non-zero, <name>.err gets the first line of stderr without
# the leading "lua5.1: "; otherwise a stale <name>.err is removed.
#
# An area whose folder holds a file ORACLE uses the interpreter named on its first line
# instead (tests/lua/bit/ORACLE says luajit: lua5.1 has no bit library); the prefix removed
# from <name>.err is then that name followed by ": ".
#
# Usage: tests/regen.sh [area | area/name ...]   (default: everything)
#        LUA=/path/to/lua5.1 tests/regen.sh       (other reference binary)
set -euo pipefail

LUA="${LUA:-lua5.1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lua"

if ! "$LUA" -v 2>&1 | grep -q '^Lua 5\.1'; then
  echo "regen.sh: $LUA is not Lua 5.1" >&2
  exit 1
fi

files=()
if [ "$#" -eq 0 ]; then
  while IFS= read -r f; do files+=("$f"); done < <(find "$root" -mindepth 2 -maxdepth 2 -name '*.lua' | sort)
else
  for sel in "$@"; do
    sel="${sel%.lua}"
    if [ -d "$root/$sel" ]; then
      while IFS= read -r f; do files+=("$f"); done < <(find "$root/$sel" -maxdepth 1 -name '*.lua' | sort)
    elif [ -f "$root/$sel.lua" ]; then
      files+=("$root/$sel.lua")
    else
      echo "regen.sh: no test $sel" >&2
      exit 1
    fi
  done
fi

errfile="$(mktemp)"
trap 'rm -f "$errfile"' EXIT
count=0
failing=0
for f in "${files[@]}"; do
  dir="$(dirname "$f")"
  name="$(basename "$f" .lua)"
  oracle="$LUA"
  [ -f "$dir/ORACLE" ] && oracle="$(head -n 1 "$dir/ORACLE")"
  if ! command -v "$oracle" > /dev/null; then
    echo "regen.sh: $oracle (named by $dir/ORACLE) is not installed" >&2
    exit 1
  fi
  input=/dev/null
  [ -f "$dir/$name.in" ] && input="$dir/$name.in"
  rc=0
  (cd "$dir" && exec timeout 120 "$oracle" "$name.lua") < "$input" > "$dir/$name.out" 2> "$errfile" || rc=$?
  if [ "$rc" -ne 0 ]; then
    line="$(head -n 1 "$errfile")"
    printf '%s\n' "${line#"$oracle: "}" > "$dir/$name.err"
    failing=$((failing + 1))
  else
    rm -f "$dir/$name.err"
  fi
  count=$((count + 1))
done
echo "regen.sh: $count tests regenerated ($failing end with an uncaught error)"
