#!/usr/bin/env python3
"""Runs the Lua benchmarks side by side on several Lua VMs.

Each (benchmark, VM) pair runs once in a fresh process with N iterations:
`VM benchmarks/lua/NAME.lua N`. The program prints `iteration <i> <seconds>`
per iteration (timed with os.clock) and `result <checksum>` at the end. From
these lines and the process's wall-clock time this script derives

  peak     median of the last third of the iterations
  first    the first iteration
  process  the whole process, start-up included, timed here

and writes a markdown report and an SVG chart of the peak speedups over
lua5.1. Standard library only. See benchmarks/README.md.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA_DIR = ROOT / "benchmarks" / "lua"
DEFAULT_OUT = ROOT / "benchmarks" / "results"

# Command prefix of each VM; "{lunacy}" stands for the lunacy launcher.
VMS = {
    "lunacy": ["{lunacy}"],
    "lunacy-int": ["{lunacy}", "--experimental-options", "--engine.Compilation=false"],
    "lunacy-nolbbv": ["{lunacy}", "--experimental-options", "--lua.BlockVersioning=false"],
    "lunacy-nowit": ["{lunacy}", "--experimental-options", "--lua.HashWitnesses=false"],
    "lunacy-int-nolbbv": ["{lunacy}", "--experimental-options", "--engine.Compilation=false",
                            "--lua.BlockVersioning=false"],
    "lua5.1": ["lua5.1"],
    "luajit": ["luajit"],
}
REFERENCE = "lua5.1"  # speedups of every VM are relative to this one
JIT_REFERENCE = "luajit"  # and lunacy's also relative to this one
DEFAULT_ITERATIONS = 30
# Interpreter-only lunacy is expected to be slow: fewer iterations by default.
DEFAULT_VM_ITERATIONS = {"lunacy-int": 10, "lunacy-int-nolbbv": 10}
QUICK_ITERATIONS = 3
DEFAULT_TIMEOUT = 300.0
QUICK_TIMEOUT = 120.0

COLORS = {
    "lunacy": "#1f77b4",
    "lunacy-int": "#9ecae1",
    "lunacy-nolbbv": "#2ca02c",
    "lunacy-nowit": "#9467bd",
    "lunacy-int-nolbbv": "#c7e9c0",
    "lua5.1": "#7f7f7f",
    "luajit": "#d62728",
}

ITERATION_LINE = re.compile(r"^iteration (\d+) ([0-9.eE+-]+)\s*$")
RESULT_LINE = re.compile(r"^result (.*?)\s*$")


def available_benchmarks():
    return sorted(p.stem for p in LUA_DIR.glob("*.lua"))


def parse_list(text, known, what):
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        sys.exit(f"run.py: unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def parse_vm_iterations(text):
    counts = {}
    for item in filter(None, (s.strip() for s in text.split(","))):
        name, sep, value = item.partition("=")
        if not sep or name not in VMS or not value.isdigit() or int(value) < 1:
            sys.exit(f"run.py: bad --vm-iterations entry {item!r} (want VM=N, N >= 1)")
        counts[name] = int(value)
    return counts


def vm_command(vm, lunacy):
    """The VM's command prefix, or (None, reason) when it cannot run here."""
    prefix = [part.replace("{lunacy}", str(lunacy)) for part in VMS[vm]]
    exe = prefix[0]
    if os.sep in exe:
        if not os.access(exe, os.X_OK):
            return None, f"{exe} not found or not executable"
    elif shutil.which(exe) is None:
        return None, f"{exe} not on PATH"
    return prefix, None


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def kill_group(proc):
    """Ends the process and its children (a launcher script starts a JVM)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue


def run_one(prefix, benchmark, iterations, timeout):
    """Runs one benchmark on one VM; returns a dict describing the run."""
    program = os.path.relpath(LUA_DIR / f"{benchmark}.lua", ROOT)
    cmd = prefix + [program, str(iterations)]
    run = {"command": cmd, "iterations": iterations, "status": "ok"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        out, err = proc.communicate()
        run.update(status="failed", error=f"timeout after {timeout:g} s")
        run["process"] = time.perf_counter() - start
        return run
    run["process"] = time.perf_counter() - start

    times, result = [], None
    for line in out.splitlines():
        m = ITERATION_LINE.match(line)
        if m:
            times.append(float(m.group(2)))
            continue
        m = RESULT_LINE.match(line)
        if m:
            result = m.group(1)
    run["times"] = times
    run["result"] = result
    if proc.returncode != 0:
        message = first_line(err) or first_line(out) or "no output"
        run.update(status="failed", error=f"exit code {proc.returncode}: {message}")
    elif len(times) != iterations or result is None:
        message = first_line(err)
        detail = f"; stderr: {message}" if message else ""
        run.update(
            status="failed",
            error=f"printed {len(times)} of {iterations} iterations"
            + ("" if result is not None else " and no result line")
            + detail,
        )
    else:
        tail = times[-max(1, len(times) // 3):]
        run["peak"] = statistics.median(tail)
        run["first"] = times[0]
    return run


def check_results(runs):
    """Marks the runs whose result line differs from the reference's."""
    ok = {vm: r for vm, r in runs.items() if r["status"] == "ok"}
    if not ok:
        return None
    for vm in (REFERENCE, JIT_REFERENCE):
        if vm in ok:
            expected = ok[vm]["result"]
            break
    else:
        expected = next(iter(ok.values()))["result"]
    for run in ok.values():
        if run["result"] != expected:
            run["status"] = "MISMATCH"
            run["error"] = f"result {run['result']!r}, expected {expected!r}"
    return expected


# Report ------------------------------------------------------------------------


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def value(run, metric):
    """A run's figure for metric in seconds, or None unless it ran cleanly."""
    if run is None or run["status"] != "ok":
        return None
    return run.get(metric)


def speedup(runs, vm, ref, metric):
    a, b = runs.get(vm), runs.get(ref)
    ta, tb = value(a, metric), value(b, metric)
    if ta is None or tb is None or ta <= 0:
        return None
    if metric == "process" and a["iterations"] != b["iterations"]:
        return None  # whole-process times only compare at equal N
    return tb / ta


def speedup_columns(vms):
    """(vm, reference) pairs shown as ratio columns."""
    cols = []
    if REFERENCE in vms:
        cols += [(vm, REFERENCE) for vm in vms if vm != REFERENCE]
    if JIT_REFERENCE in vms and "lunacy" in vms:
        cols.append(("lunacy", JIT_REFERENCE))
    return cols


def cell(run):
    if run is None:
        return "–"
    if run["status"] == "MISMATCH":
        return "MISMATCH"
    if run["status"] == "unavailable":
        return "n/a"
    if run["status"] != "ok":
        return "failed"
    return None


def fmt_time(seconds, metric):
    if metric == "process":
        return f"{seconds:.2f}"
    ms = seconds * 1000
    return f"{ms:.2f}" if ms < 10 else f"{ms:.1f}"


def fmt_ratio(r):
    return "–" if r is None else f"{r:.2f}"


def metric_table(results, benchmarks, vms, metric):
    cols = speedup_columns(vms)
    head = ["benchmark"] + vms + [f"{vm} vs {ref}" for vm, ref in cols]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    per_vm = {vm: [] for vm in vms}
    per_col = {c: [] for c in cols}
    for b in benchmarks:
        runs = results[b]
        row = [b]
        for vm in vms:
            run = runs.get(vm)
            special = cell(run)
            if special is not None:
                row.append(special)
            else:
                t = run[metric]
                per_vm[vm].append(t)
                row.append(fmt_time(t, metric))
        for c in cols:
            r = speedup(runs, c[0], c[1], metric)
            per_col[c].append(r)
            row.append(fmt_ratio(r))
        lines.append("| " + " | ".join(row) + " |")
    row = ["**geomean**"]
    for vm in vms:
        g = geomean(per_vm[vm])
        text = "–" if g is None else fmt_time(g, metric)
        if g is not None and len(per_vm[vm]) < len(benchmarks):
            text += f" ({len(per_vm[vm])}/{len(benchmarks)})"  # over fewer benchmarks
        row.append(text)
    for c in cols:
        row.append(f"**{fmt_ratio(geomean(per_col[c]))}**")
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def vm_version(vm, prefix):
    if prefix is None or vm.startswith("lunacy"):
        return None
    try:
        p = subprocess.run(prefix + ["-v"], capture_output=True, text=True, timeout=30)
        return first_line(p.stdout + p.stderr) or None
    except (OSError, subprocess.TimeoutExpired):
        return None


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def git_revision():
    try:
        p = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=30,
        )
        if p.returncode == 0:
            dirty = subprocess.run(
                ["git", "-C", str(ROOT), "status", "--porcelain"],
                capture_output=True, text=True, timeout=30,
            ).stdout.strip()
            return p.stdout.strip() + (" (with local changes)" if dirty else "")
    except (OSError, subprocess.TimeoutExpired):
        pass
    return "no commit"


def markdown_report(info, results, benchmarks, vms):
    parts = [
        "# Lunacy benchmarks",
        "",
        f"- date: {info['date']}",
        f"- machine: {info['machine']}",
        f"- revision: {info['revision']}",
        "- iterations per process: "
        + ", ".join(f"{vm} {info['iterations'][vm]}" for vm in vms),
    ]
    for vm in vms:
        if info["versions"].get(vm):
            parts.append(f"- {vm}: {info['versions'][vm]}")
    parts += [
        "",
        "Times are per iteration (os.clock inside the program) except *process*,"
        " the wall-clock time of the whole process (start-up and all N iterations)."
        " A column `X vs R` is the speedup time(R) / time(X): above 1 means X is"
        " faster than R. Geomeans are over the benchmarks where the VMs ran"
        " cleanly; process ratios only compare runs with the same N.",
        "",
        "## Peak: median of the last third of the iterations (ms)",
        "",
        metric_table(results, benchmarks, vms, "peak"),
        "",
        "## First iteration (ms)",
        "",
        metric_table(results, benchmarks, vms, "first"),
        "",
        "## Whole process (s)",
        "",
        metric_table(results, benchmarks, vms, "process"),
        "",
    ]
    # Identical problems of one VM are listed once with their benchmarks.
    problems = {}
    for b in benchmarks:
        for vm in vms:
            run = results[b].get(vm)
            if run and run["status"] != "ok":
                key = (vm, run["status"], run.get("error", ""))
                problems.setdefault(key, []).append(b)
    parts += ["## Failures and mismatches", ""]
    if not problems:
        parts.append("None.")
    for (vm, status, error), names in problems.items():
        where = "all benchmarks" if len(names) == len(benchmarks) > 1 else ", ".join(names)
        parts.append(f"- {vm} {status} on {where}: {error}")
    for vm, reason in info["unavailable"].items():
        parts.append(f"- {vm} not run: {reason}")
    parts.append("")
    return "\n".join(parts)


def svg_chart(results, benchmarks, vms):
    """Grouped bars of the peak speedup over lua5.1, log scale, bars from 1x."""
    bars = [vm for vm in vms if vm != REFERENCE]
    groups = list(benchmarks) + ["geomean"]
    data = {}
    for vm in bars:
        per = [speedup(results[b], vm, REFERENCE, "peak") for b in benchmarks]
        data[vm] = per + [geomean(per)]
    present = [v for vm in bars for v in data[vm] if v is not None]

    bar_w, gap = 11, 16
    group_w = max(1, len(bars)) * bar_w + gap
    left, right, top, plot_h, bottom = 64, 170, 46, 320, 90
    plot_w = max(len(groups) * group_w, 460)  # room for the title
    width = left + plot_w + right
    height = top + plot_h + bottom
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left}" y="20" font-size="15" font-weight="bold">'
        "Peak speedup over lua5.1 (log scale, higher is faster)</text>",
        f'<text x="{left}" y="36" fill="#555">time(lua5.1) / time(VM), median of the'
        " last third of the iterations; bars start at 1×</text>",
    ]
    if REFERENCE not in vms or not present:
        out.append(
            f'<text x="{left}" y="{top + 40}">No speedups to show: lua5.1 did not run'
            " or no VM ran cleanly.</text></svg>"
        )
        return "\n".join(out) + "\n"

    lo = math.floor(math.log10(min(present + [1.0])))
    hi = math.ceil(math.log10(max(present + [1.0])))
    lo, hi = min(lo, -1), max(hi, 1)

    def y(v):
        return top + plot_h * (hi - math.log10(v)) / (hi - lo)

    plot_right = left + plot_w
    for decade in range(lo, hi + 1):
        for m in (1, 2, 5):
            v = m * 10.0 ** decade
            if not 10.0 ** lo <= v <= 10.0 ** hi:
                continue
            yy = y(v)
            major = m == 1
            out.append(
                f'<line x1="{left}" y1="{yy:.1f}" x2="{plot_right}" y2="{yy:.1f}" '
                f'stroke="{"#bbb" if major else "#eee"}"/>'
            )
            label = f"{v:g}×"
            out.append(
                f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" '
                f'fill="{"#000" if major else "#888"}">{label}</text>'
            )
    one = y(1.0)
    for gi, name in enumerate(groups):
        x0 = left + gi * group_w + gap / 2
        if gi % 2 == 1:
            out.append(
                f'<rect x="{x0 - gap / 2:.1f}" y="{top}" width="{group_w}" '
                f'height="{plot_h}" fill="#f6f6f6" fill-opacity="0.6"/>'
            )
        for bi, vm in enumerate(bars):
            v = data[vm][gi]
            x = x0 + bi * bar_w
            if v is None:
                out.append(
                    f'<text x="{x + bar_w / 2:.1f}" y="{one - 3:.1f}" text-anchor="middle" '
                    f'font-size="9" fill="#999">×</text>'
                )
                continue
            yv = y(v)
            y1, h = min(one, yv), max(abs(one - yv), 1.0)
            out.append(
                f'<rect x="{x:.1f}" y="{y1:.1f}" width="{bar_w - 1}" height="{h:.1f}" '
                f'fill="{COLORS.get(vm, "#333")}"><title>{name} {vm}: {v:.2f}×</title></rect>'
            )
        cx = x0 + len(bars) * bar_w / 2
        ly = top + plot_h + 12
        weight = ' font-weight="bold"' if name == "geomean" else ""
        out.append(
            f'<text x="{cx:.1f}" y="{ly}" text-anchor="end"{weight} '
            f'transform="rotate(-40 {cx:.1f} {ly})">{name}</text>'
        )
    out.append(
        f'<line x1="{left}" y1="{one:.1f}" x2="{plot_right}" y2="{one:.1f}" '
        'stroke="#000" stroke-width="1.5"/>'
    )
    out.append(
        f'<rect x="{left}" y="{top}" width="{plot_right - left}" height="{plot_h}" '
        'fill="none" stroke="#888"/>'
    )
    for i, vm in enumerate(bars):
        ly = top + 10 + i * 18
        out.append(
            f'<rect x="{plot_right + 16}" y="{ly - 9}" width="12" height="12" '
            f'fill="{COLORS.get(vm, "#333")}"/>'
        )
        out.append(f'<text x="{plot_right + 34}" y="{ly + 1}">{vm}</text>')
    out.append(
        f'<text x="{plot_right + 16}" y="{top + 14 + len(bars) * 18}" fill="#555">'
        "× = failed or mismatch</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


# Main ----------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(
        description="Run the Lua benchmarks on several VMs and compare them.",
        epilog="Writes <out>/latest.md, latest.svg and latest.json"
        " (quick.* with --quick).",
    )
    parser.add_argument("--iterations", type=int, metavar="N",
                        help=f"iterations per process for every VM (default {DEFAULT_ITERATIONS},"
                        " lunacy-int 10)")
    parser.add_argument("--vm-iterations", default="", metavar="VM=N,...",
                        help="per-VM iteration counts, e.g. lua5.1=10,lunacy-int=5")
    parser.add_argument("--only", metavar="B1,B2", help="benchmarks to run (default: all)")
    parser.add_argument("--vms", default=",".join(VMS), metavar="VM1,VM2",
                        help=f"VMs to run (default: {','.join(VMS)})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                        help="where to write the report (default: benchmarks/results)")
    parser.add_argument("--timeout", type=float, metavar="S",
                        help=f"seconds before a run is killed (default {DEFAULT_TIMEOUT:g},"
                        f" {QUICK_TIMEOUT:g} with --quick)")
    parser.add_argument("--lunacy", type=Path, default=ROOT / "lunacy", metavar="PATH",
                        help="the lunacy launcher (default: ./lunacy at the repository root)")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke test: {QUICK_ITERATIONS} iterations everywhere, shorter"
                        " timeout, report written as quick.*")
    parser.add_argument("--list", action="store_true", help="list benchmarks and VMs, then exit")
    args = parser.parse_args()

    known = available_benchmarks()
    if args.list:
        print("benchmarks:", " ".join(known))
        print("vms:", " ".join(VMS))
        return 0
    benchmarks = parse_list(args.only, known, "benchmark") if args.only else known
    vms = parse_list(args.vms, list(VMS), "VM")
    if not benchmarks or not vms:
        sys.exit("run.py: nothing to run")
    if args.iterations is not None and args.iterations < 1:
        sys.exit("run.py: --iterations must be at least 1")

    per_vm = parse_vm_iterations(args.vm_iterations)
    iterations = {}
    for vm in vms:
        if vm in per_vm:
            iterations[vm] = per_vm[vm]
        elif args.iterations is not None:
            iterations[vm] = args.iterations
        elif args.quick:
            iterations[vm] = QUICK_ITERATIONS
        else:
            iterations[vm] = DEFAULT_VM_ITERATIONS.get(vm, DEFAULT_ITERATIONS)
    timeout = args.timeout or (QUICK_TIMEOUT if args.quick else DEFAULT_TIMEOUT)
    lunacy = args.lunacy.resolve()

    prefixes, unavailable = {}, {}
    for vm in vms:
        prefix, reason = vm_command(vm, lunacy)
        prefixes[vm] = prefix
        if prefix is None:
            unavailable[vm] = reason
            print(f"run.py: {vm} unavailable: {reason}", file=sys.stderr)

    results = {}
    width = max(len(b) for b in benchmarks)
    for b in benchmarks:
        runs = {}
        for vm in vms:
            if vm in unavailable:
                runs[vm] = {"status": "unavailable", "error": unavailable[vm]}
                continue
            run = run_one(prefixes[vm], b, iterations[vm], timeout)
            runs[vm] = run
            if run["status"] == "ok":
                line = (f"peak {run['peak'] * 1000:9.2f} ms  first {run['first'] * 1000:9.2f} ms"
                        f"  process {run['process']:7.2f} s")
            else:
                line = f"failed: {run['error']}"
            print(f"{b:<{width}}  {vm:<13}  {line}", file=sys.stderr, flush=True)
        expected = check_results(runs)
        for vm, run in runs.items():
            if run["status"] == "MISMATCH":
                print(f"{b:<{width}}  {vm:<13}  MISMATCH: {run['error']}", file=sys.stderr)
        results[b] = runs
        results[b]["_expected"] = expected

    expected_results = {b: results[b].pop("_expected") for b in benchmarks}
    shown = [vm for vm in vms if vm not in unavailable]
    info = {
        "unavailable": unavailable,
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine_description(),
        "revision": git_revision(),
        "iterations": iterations,
        "versions": {vm: vm_version(vm, prefixes[vm]) for vm in vms},
    }
    report = markdown_report(info, results, benchmarks, shown)
    chart = svg_chart(results, benchmarks, shown)

    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    out.mkdir(parents=True, exist_ok=True)
    stem = "quick" if args.quick else "latest"
    (out / f"{stem}.md").write_text(report)
    (out / f"{stem}.svg").write_text(chart)
    raw = {"info": info, "vms": vms, "benchmarks": benchmarks,
           "expected": expected_results, "results": results}
    (out / f"{stem}.json").write_text(json.dumps(raw, indent=1) + "\n")
    print(report)
    print(f"run.py: wrote {out / stem}.md, .svg and .json", file=sys.stderr)

    bad = [(b, vm) for b in benchmarks for vm in vms
           if results[b][vm]["status"] in ("failed", "MISMATCH")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
