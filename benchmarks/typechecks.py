#!/usr/bin/env python3
"""Counts the dynamic type checks each benchmark executes on Lunacy, with block
versioning on and off, and reports the share that block versioning removes.

Each benchmark runs one iteration in the Truffle interpreter (compilation does
not change the count) with --lua.CountTypeChecks, which prints
"[lua] dynamic type checks: N" when the program ends. What is counted: the
operand type tests of arithmetic and comparison operators that run on their
generic (unspecialized) nodes, and the entry guards of block versions (one
test per guarded local). Writes benchmarks/results/typechecks.md.

Usage: benchmarks/typechecks.py [--only B1,B2] [--lunacy PATH] [--iterations N]
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA_DIR = ROOT / "benchmarks" / "lua"
OUT = ROOT / "benchmarks" / "results" / "typechecks.md"
COUNT_LINE = re.compile(r"\[lua\] dynamic type checks: (\d+)")


def count(lunacy, benchmark, iterations, lbbv):
    cmd = [str(lunacy), "--experimental-options", "--engine.Compilation=false",
           "--lua.CountTypeChecks", f"--lua.BlockVersioning={'true' if lbbv else 'false'}",
           str(LUA_DIR / f"{benchmark}.lua"), str(iterations)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    m = COUNT_LINE.search(proc.stderr)
    if proc.returncode != 0 or not m:
        raise RuntimeError(f"{benchmark}: {' '.join(cmd)} failed: {proc.stderr.strip()[:300]}")
    return int(m.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="benchmarks to count (default: all)")
    parser.add_argument("--lunacy", type=Path, default=ROOT / "lunacy")
    parser.add_argument("--iterations", type=int, default=1)
    args = parser.parse_args()
    names = sorted(p.stem for p in LUA_DIR.glob("*.lua"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    rows = []
    total_on = total_off = 0
    for name in names:
        on = count(args.lunacy, name, args.iterations, True)
        off = count(args.lunacy, name, args.iterations, False)
        total_on += on
        total_off += off
        removed = 100.0 * (1 - on / off) if off else 0.0
        rows.append((name, off, on, removed))
        print(f"{name}: {off} -> {on} ({removed:.1f}% removed)", file=sys.stderr)
    removed_total = 100.0 * (1 - total_on / total_off) if total_off else 0.0
    lines = [
        "# Dynamic type checks removed by block versioning",
        "",
        f"One iteration per benchmark in the interpreter, `--lua.CountTypeChecks`; see"
        f" `benchmarks/typechecks.py` for what is counted.",
        "",
        "| benchmark | checks, versioning off | checks, versioning on | removed |",
        "|---|---:|---:|---:|",
    ]
    for name, off, on, removed in rows:
        lines.append(f"| {name} | {off:,} | {on:,} | {removed:.1f}% |")
    lines.append(f"| **all** | {total_off:,} | {total_on:,} | **{removed_total:.1f}%** |")
    text = "\n".join(lines) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
