#!/usr/bin/env python3
"""Cold start and memory of the desk (ils-desk) on a replica of DESIGN §6's size.

Starts ils-desk again and again on a copy of the replica and measures, from outside, the wall time
from spawning the process to the first paint of
  login  the login dialog (what a librarian sees first), and
  main   the main window after a login (ILS_DESK_AUTOLOGIN, honoured with ILS_DESK_BENCH=1),
with the program's own figures beside it (ILS_DESK_REPORT=1: ms from main() and from the kernel's
start of the process, peak RSS as VmHWM at exit). ILS_DESK_QUIT ends each run once its screen is
painted. Every run is a new process ("cold" for the program); its files are either left in the OS
page cache ("warm cache", a desk restarted during the day) or evicted from it before each run with
posix_fadvise(DONTNEED) ("cold cache": the database, the program, every shared library it loads, the
Qt plugins and the Chinese font; the first start after a reboot, as near as one gets without root;
pages other processes have mapped stay). See docs/PERFORMANCE.md, "Desk".

Usage: bench_desk.py --desk BUILD/app/desk/ils-desk --ilsctl BUILD/app/cli/ilsctl
                     --replica build/bench/replica-1M.db --work build/bench/desk-work
                     [--runs 10] [--json out.json] [--quick]
"""
import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

USER, PASSWORD, LIBRARY = "bench", "bench-desk-2026", "532622-01"
TARGET_SECONDS, TARGET_MB = 1.0, 200


def evict(path):
    """Drops a file's clean pages from the page cache (no root needed)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)  # dirty pages cannot be dropped
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)


def program_files(desk):
    """What a start of ils-desk reads besides the database."""
    listed = subprocess.run(["ldd", desk], capture_output=True, text=True).stdout
    files = [desk] + [w for line in listed.splitlines() for w in line.split() if w.startswith("/")]
    for pattern in ("/usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so", "/usr/share/fonts/truetype/wqy/*",
                    "/usr/share/qt6/translations/qtbase_zh_CN.qm", "/var/cache/fontconfig/*"):
        files += glob.glob(pattern)
    return files


def prepare(args):
    """A private copy of the replica (the desk upgrades its schema and writes to it) with a staff
    account for the automatic login."""
    os.makedirs(args.work, exist_ok=True)
    db = os.path.join(args.work, "desk-replica.db")
    if not os.path.exists(db) or os.path.getmtime(db) < os.path.getmtime(args.replica):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        print(f"copying {args.replica} to {db}", file=sys.stderr)
        shutil.copyfile(args.replica, db)
    listed = subprocess.run([args.ilsctl, "--db", db, "--json", "staff", "list"], capture_output=True, text=True,
                            check=True)
    if not any(s["username"] == USER for s in json.loads(listed.stdout)["staff"]):
        subprocess.run([args.ilsctl, "--db", db, "staff", "add", USER, "--name", "Benchmark", "--role",
                        "circulation", "--library", LIBRARY, "--password-stdin"], input=PASSWORD + "\n", text=True,
                       check=True, stdout=subprocess.DEVNULL)
    return db


def display_environment():
    """An X display for realistic painting: the caller's, or an Xvfb of our own; else offscreen."""
    env = dict(os.environ)
    if env.get("DISPLAY"):
        return env, None, "xcb on $DISPLAY"
    if shutil.which("Xvfb"):
        number = 90 + os.getpid() % 9
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        if xvfb.poll() is None:
            env["DISPLAY"] = f":{number}"
            env["QT_QPA_PLATFORM"] = "xcb"
            return env, xvfb, f"xcb on Xvfb :{number}"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, None, "offscreen"


def run_once(args, db, env, screen, cold):
    env = dict(env, ILS_DESK_BENCH="1", ILS_DESK_REPORT="1", ILS_DESK_QUIT=screen)
    if screen == "main":
        env["ILS_DESK_AUTOLOGIN"] = f"{USER}:{PASSWORD}"
    if cold:
        for path in [db, db + "-wal", db + "-shm"] + args.program_files:
            evict(path)
    start = time.monotonic()
    process = subprocess.Popen([args.desk, "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    shown = None
    lines = []
    for line in process.stderr:
        lines.append(line.rstrip())
        if shown is None and f"ils-desk: {screen} painted" in line:
            shown = time.monotonic() - start
    process.wait(timeout=60)
    result = {"wall_s": shown, "exit": process.returncode}
    for line in lines:
        if " painted after " in line:
            words = line.split()
            result["from_main_ms"] = float(words[words.index("after") + 1])
            result["from_process_start_ms"] = float(words[words.index("main,") + 1])
        if "VmHWM" in line:
            result["peak_rss_mb"] = int(line.split("(VmHWM)")[1].split()[0]) / 1024
            result["rss_at_exit_mb"] = int(line.split("(VmRSS)")[1].split()[0]) / 1024
    if shown is None or process.returncode != 0:
        raise RuntimeError(f"ils-desk did not paint {screen} (exit {process.returncode}):\n" + "\n".join(lines))
    return result


def summarise(runs):
    walls = [r["wall_s"] for r in runs]
    peaks = [r["peak_rss_mb"] for r in runs]
    return {
        "runs": len(runs),
        "wall_s_median": statistics.median(walls),
        "wall_s_max": max(walls),
        "from_main_ms_median": statistics.median(r["from_main_ms"] for r in runs),
        "peak_rss_mb_median": statistics.median(peaks),
        "peak_rss_mb_max": max(peaks),
        "rss_at_exit_mb_median": statistics.median(r["rss_at_exit_mb"] for r in runs),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desk", required=True)
    parser.add_argument("--ilsctl", required=True)
    parser.add_argument("--replica", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json")
    parser.add_argument("--quick", action="store_true", help="3 runs, targets not judged")
    args = parser.parse_args()
    if args.quick:
        args.runs = 3
    db = prepare(args)
    args.program_files = program_files(args.desk)
    env, xvfb, platform = display_environment()
    try:
        run_once(args, db, env, "main", False)  # the first start upgrades the copy's schema: not timed
        report = {"replica": args.replica, "replica_bytes": os.path.getsize(db), "platform": platform, "results": {}}
        for screen in ("login", "main"):
            for cold in (False, True):
                runs = [run_once(args, db, env, screen, cold) for _ in range(args.runs)]
                report["results"][f"{screen}/{'cold' if cold else 'warm'}-cache"] = summarise(runs) | {"each": runs}
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
    if args.json:
        with open(args.json, "w") as out:
            json.dump(report, out, indent=2)
    print(f"replica:  {args.replica} ({report['replica_bytes'] / 1e6:.0f} MB), platform {platform}")
    if args.json:
        print(f"json:     {args.json}")
    print()
    print(f"{'start to':<22} {'runs':>4} {'median s':>9} {'max s':>7} {'in-app ms':>10} {'peak RSS MB':>12} {'max MB':>7}"
          f" {'RSS MB':>7}  targets <= {TARGET_SECONDS:g} s, <= {TARGET_MB} MB (peak)")
    for name, r in report["results"].items():
        ok = r["wall_s_max"] <= TARGET_SECONDS and r["peak_rss_mb_max"] <= TARGET_MB
        verdict = "(quick: not judged)" if args.quick else ("met" if ok else "MISSED")
        print(f"{name:<22} {r['runs']:>4} {r['wall_s_median']:>9.3f} {r['wall_s_max']:>7.3f}"
              f" {r['from_main_ms_median']:>10.0f} {r['peak_rss_mb_median']:>12.1f} {r['peak_rss_mb_max']:>7.1f}"
              f" {r['rss_at_exit_mb_median']:>7.1f}  {verdict}")


if __name__ == "__main__":
    main()
