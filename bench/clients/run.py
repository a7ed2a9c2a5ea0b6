#!/usr/bin/env python3
"""The client benchmarks' orchestrator (bench/clients/README.md).

Starts the load server, measures each language's raw-client ceiling, then runs
ours and the peers alternated (ours, theirs, ours, ...), each run a fresh
child process whose CPU time and peak RSS come from os.wait4, and writes
build/bench/clients.json and build/bench/clients.md.

    python3 bench/clients/run.py [--quick] [--runs N] [--lang go,native,...]
                                 [--workloads chat,...] [--no-setup] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

WORKLOADS = ["chat", "chat_cjk", "small_seq", "small_32", "workflow"]
WORKLOAD_NOTES = {
    "chat": "100k deltas",
    "chat_cjk": "100k CJK deltas",
    "small_seq": "10k calls, 1 at a time",
    "small_32": "10k calls, 32 at a time",
    "workflow": "20k Message events",
}
# language -> (ours, [peers]); the harness is bench/clients/<lang>/run_harness.sh.
LANGUAGES = {
    "native": ("cozecore", ["handwritten"]),
    "go": ("cozecore", ["handwritten"]),
    "python": ("cozecore", ["cozepy", "cozepy_async"]),
    "node": ("cozecore", ["coze-js"]),
    "java": ("cozecore", ["coze-java"]),
}
PEER_NAMES = {
    ("native", "handwritten"): "libcurl + line loop + nlohmann",
    ("go", "handwritten"): "net/http + bufio + encoding/json",
    ("python", "cozepy"): "cozepy 0.20.0 (Coze)",
    ("python", "cozepy_async"): "cozepy 0.20.0 (AsyncCoze)",
    ("node", "coze-js"): "@coze/api 1.3.9",
    ("java", "coze-java"): "coze-api 0.4.2",
}
RUN_TIMEOUT_S = 600


def log(msg: str) -> None:
    print(f"==> {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Child processes, measured.


# The measured process must not start as a fork of this Python: Linux keeps
# the largest RSS a process ever had, the forked interpreter's included, in
# its ru_maxrss. So a tiny C launcher forks and execs the harness and reports
# the harness's own wait4 rusage (CPU to the microsecond, peak RSS).
SPAWN_C = r"""
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char** argv) {
  if (argc < 3) return 2;
  pid_t pid = fork();
  if (pid == 0) { execvp(argv[2], argv + 2); perror(argv[2]); _exit(127); }
  if (pid < 0) return 126;
  int status = 0; struct rusage ru;
  while (wait4(pid, &status, 0, &ru) < 0) if (errno != EINTR) return 126;
  FILE* f = fopen(argv[1], "w");
  if (f) {
    fprintf(f, "%ld.%06ld %ld.%06ld %ld\n", (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec,
            (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec, ru.ru_maxrss);
    fclose(f);
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
"""
SPAWN: list[str] = []


def build_spawn(out: Path) -> None:
    src, exe = out / "raw" / "spawn.c", out / "raw" / "spawn"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(SPAWN_C)
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc and subprocess.run([cc, "-O2", "-o", str(exe), str(src)]).returncode == 0:
        SPAWN[:] = [str(exe)]
    else:
        log("no C compiler: peak RSS includes the forked orchestrator's")


def measured(argv: list[str], env: dict | None = None, timeout: float = RUN_TIMEOUT_S) -> dict:
    """Runs argv to its end; its last stdout JSON line plus cpu_s and maxrss_kb (wait4's rusage)."""
    usage_file = tempfile.NamedTemporaryFile(prefix="coze-bench-rusage-", delete=False)
    usage_file.close()
    if SPAWN:
        argv = SPAWN + [usage_file.name] + argv
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                start_new_session=True)
        status, usage = 0, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.monotonic() - t0 > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - t0
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    line = None
    for text in reversed(stdout.strip().splitlines()):
        text = text.strip()
        if text.startswith("{"):
            try:
                line = json.loads(text)
                break
            except ValueError:
                continue
    if line is None:
        tail = (stderr.strip().splitlines() or stdout.strip().splitlines() or [""])[-1][:300]
        line = {"ok": False, "error": f"no JSON line (exit {proc.returncode}): {tail}"}
    line["cpu_s"] = usage.ru_utime + usage.ru_stime
    line["maxrss_kb"] = usage.ru_maxrss
    try:
        with open(usage_file.name) as f:
            utime, stime, maxrss = f.read().split()
        line["cpu_s"], line["maxrss_kb"] = float(utime) + float(stime), int(maxrss)
    except (OSError, ValueError):
        pass  # the launcher did not report: wait4's numbers of the launcher stand
    finally:
        os.unlink(usage_file.name)
    line["process_s"] = wall
    line["exit"] = proc.returncode
    return line


# ---------------------------------------------------------------------------
# The load server.


class LoadServer:
    def __init__(self, binary: Path):
        self.proc = subprocess.Popen([str(binary)], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                     start_new_session=True, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith("LISTENING "):
            self.stop()
            raise RuntimeError(f"load server said {line!r}")
        self.base = f"http://127.0.0.1:{line.split()[1]}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def go_env() -> dict:
    env = dict(os.environ)
    env.setdefault("GOTOOLCHAIN", "local")
    env.setdefault("GOFLAGS", "-mod=mod")
    return env


def build_load_server(out: Path) -> Path:
    binary = out / "load_server"
    subprocess.run(["go", "build", "-o", str(binary), "."], cwd=HERE / "load_server", check=True, env=go_env())
    return binary


# ---------------------------------------------------------------------------
# Raw clients: how fast a bare client of each language reads the chat stream
# from this server (the ceiling no client library of that language can pass).

RAW_PY = r'''
import http.client, json, sys, time, urllib.parse
base = urllib.parse.urlparse(sys.argv[-1])
sys.argv = sys.argv[:-1]
conn = http.client.HTTPConnection(base.hostname, base.port)
body = json.dumps({"bot_id": "7379462189365198898", "user_id": "bench", "stream": True})
t0 = time.perf_counter()
conn.request("POST", "/v3/chat", body, {"Content-Type": "application/json", "Authorization": "Bearer pat_bench"})
resp = conn.getresponse()
want_events, want_bytes = int(resp.getheader("X-Bench-Events")), int(resp.getheader("X-Bench-Bytes"))
events = nbytes = 0
first = None
if sys.argv[2:] == ["bytes"]:  # read1 chunks, bytes counted
    events = want_events
    while chunk := resp.read1(65536):
        if first is None:
            first = (time.perf_counter() - t0) * 1e3
        nbytes += len(chunk)
else:  # lines
    for line in resp:
        nbytes += len(line)
        if line.startswith(b"event:"):
            if first is None:
                first = (time.perf_counter() - t0) * 1e3
            events += 1
secs = time.perf_counter() - t0
err = "" if (events, nbytes) == (want_events, want_bytes) else f"read {events} events / {nbytes} bytes, want {want_events} / {want_bytes}"
print(json.dumps({"client": "raw", "workload": "chat", "events": events, "bytes": nbytes, "seconds": secs,
                  "first_event_ms": first, "ok": not err, "error": err}))
'''

RAW_NODE = r'''
const base = process.argv[2];
const t0 = performance.now();
const resp = await fetch(base + "/v3/chat", {method: "POST", headers: {"Content-Type": "application/json",
  Authorization: "Bearer pat_bench"}, body: JSON.stringify({bot_id: "7379462189365198898", user_id: "bench", stream: true})});
const wantEvents = Number(resp.headers.get("x-bench-events")), wantBytes = Number(resp.headers.get("x-bench-bytes"));
const reader = resp.body.getReader();
let bytes = 0, first = null;
for (;;) {
  const {done, value} = await reader.read();
  if (done) break;
  if (first === null) first = performance.now() - t0;
  bytes += value.length;
}
const secs = (performance.now() - t0) / 1e3;
const err = bytes === wantBytes ? "" : `read ${bytes} bytes, want ${wantBytes}`;
console.log(JSON.stringify({client: "raw", workload: "chat", events: wantEvents, bytes, seconds: secs,
  first_event_ms: first, ok: !err, error: err}));
'''

RAW_JAVA = r'''
import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.charset.StandardCharsets;

public class RawClient {
  public static void main(String[] args) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long t0 = System.nanoTime();
    HttpRequest req = HttpRequest.newBuilder(URI.create(args[args.length - 1] + "/v3/chat"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer pat_bench")
        .POST(HttpRequest.BodyPublishers.ofString("{\"bot_id\":\"7379462189365198898\",\"user_id\":\"bench\",\"stream\":true}"))
        .build();
    HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    long wantEvents = Long.parseLong(resp.headers().firstValue("x-bench-events").orElse("-1"));
    long events = 0, chars = 0;
    double first = -1;
    if (args.length > 1 && args[0].equals("bytes")) {  // byte[] reads, bytes counted
      long wantBytes = Long.parseLong(resp.headers().firstValue("x-bench-bytes").orElse("-1"));
      long bytes = 0;
      byte[] buf = new byte[65536];
      try (InputStream in = resp.body()) {
        for (int n; (n = in.read(buf)) > 0; ) {
          if (first < 0) first = (System.nanoTime() - t0) / 1e6;
          bytes += n;
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      String err = bytes == wantBytes ? "" : "read " + bytes + " bytes, want " + wantBytes;
      System.out.println("{\"client\": \"raw\", \"workload\": \"chat\", \"events\": " + wantEvents + ", \"seconds\": "
          + secs + ", \"first_event_ms\": " + first + ", \"ok\": " + err.isEmpty() + ", \"error\": \"" + err + "\"}");
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8), 65536)) {
      String line;
      while ((line = r.readLine()) != null) {
        chars += line.length() + 1;
        if (line.startsWith("event:")) {
          if (first < 0) first = (System.nanoTime() - t0) / 1e6;
          events++;
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    String err = events == wantEvents ? "" : "read " + events + " events, want " + wantEvents;
    System.out.println("{\"client\": \"raw\", \"workload\": \"chat\", \"events\": " + events + ", \"seconds\": " + secs
        + ", \"first_event_ms\": " + first + ", \"ok\": " + err.isEmpty() + ", \"error\": \"" + err + "\"}");
  }
}
'''


def raw_clients(out: Path) -> list[tuple[str, str, list[str] | str]]:
    """(language, what, argv prefix to which the base URL is appended, or why there is none)."""
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    clients: list[tuple[str, str, list[str] | str]] = []
    for lang, what in (("native", "libcurl"), ("go", "net/http")):
        harness = str(HERE / lang / "run_harness.sh")
        clients.append((lang, f"{what}, bytes counted", [harness, "handwritten", "raw"]))
        clients.append((lang, f"{what} + the hand-written line loop and JSON (the peer)", [harness, "handwritten", "chat"]))
    (raw / "raw_client.py").write_text(RAW_PY)
    clients.append(("python", "http.client, read1 chunks, bytes counted",
                    [sys.executable, str(raw / "raw_client.py"), "bytes"]))
    clients.append(("python", "http.client, lines", [sys.executable, str(raw / "raw_client.py")]))
    if shutil.which("node"):
        (raw / "raw_client.mjs").write_text(RAW_NODE)
        clients.append(("node", "fetch + getReader, bytes counted", ["node", str(raw / "raw_client.mjs")]))
    else:
        clients.append(("node", "fetch + getReader", "node not found"))
    if shutil.which("javac") and shutil.which("java"):
        src = raw / "RawClient.java"
        src.write_text(RAW_JAVA)
        done = subprocess.run(["javac", "-d", str(raw), str(src)], capture_output=True, text=True)
        for what, extra in (("HttpClient, InputStream reads, bytes counted", ["bytes"]),
                            ("HttpClient + BufferedReader, lines", [])):
            clients.append(("java", what, ["java", "-cp", str(raw), "RawClient"] + extra if done.returncode == 0
                            else "javac failed: " + done.stderr.strip()[:200]))
    else:
        clients.append(("java", "HttpClient + BufferedReader", "javac not found"))
    return clients


# ---------------------------------------------------------------------------
# Statistics and the table.


def median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize(runs: list[dict]) -> dict:
    """Medians of one client's runs on one workload; `failure` when any run did not check."""
    bad = [r for r in runs if not r.get("ok")]
    if bad:
        return {"failure": bad[0].get("error") or "failed", "runs": len(runs), "failed_runs": len(bad)}
    def per_run(fn):
        return median([fn(r) for r in runs])
    return {
        "runs": len(runs),
        "events": per_run(lambda r: r["events"]),
        "seconds": per_run(lambda r: r["seconds"]),
        "events_per_s": per_run(lambda r: r["events"] / r["seconds"] if r["seconds"] else None),
        "cpu_us_per_event": per_run(lambda r: r["cpu_s"] * 1e6 / r["events"] if r["events"] else None),
        "cpu_s": per_run(lambda r: r["cpu_s"]),
        "peak_rss_mb": per_run(lambda r: r["maxrss_kb"] / 1024),
        "first_event_ms": per_run(lambda r: r.get("first_event_ms") if (r.get("first_event_ms") or -1) >= 0 else None),
    }


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def fmt_rate(v):
    if v is None:
        return "–"
    return f"{v / 1e6:.2f} M" if v >= 1e6 else f"{v / 1e3:.1f} k" if v >= 1e3 else f"{v:.0f}"


def fmt_num(v, digits=1):
    if v is None:
        return "–"
    if v >= 100:
        return f"{v:.0f}"
    return f"{v:.{digits}f}" if v >= 1 else f"{v:.{digits + 1}f}"


def fmt_ratio(v, higher_is_better: bool):
    if v is None:
        return "–"
    good = v >= 1 if higher_is_better else v <= 1
    return f"{v:.2f}x" + (" ✓" if good else " ✗")


def table(pairs: list[dict]) -> str:
    head = ("| language | workload | peer | events/s ours | events/s peer | ours/peer | CPU µs/event ours | "
            "CPU µs/event peer | ours/peer | peak RSS MB ours | peak RSS MB peer | ours/peer | "
            "first event ms ours | first event ms peer | ours/peer |")
    lines = [head, "|" + "---|" * 3 + "---:|" * 12]
    for p in pairs:
        o, t = p["ours"], p["peer"]
        cells = [p["language"], f"{p['workload']} ({WORKLOAD_NOTES.get(p['workload'], '')})", p["peer_name"]]
        if "failure" in o or "failure" in t or "missing" in o or "missing" in t:
            def what(s, who):
                if "missing" in s:
                    return f"{who}: not run ({s['missing']})"
                if "failure" in s:
                    return f"{who}: FAILED ({s['failure']})"
                return f"{who}: {fmt_rate(s['events_per_s'])} ev/s, {fmt_num(s['cpu_us_per_event'], 2)} µs/ev"
            text = (what(o, "ours") + "; " + what(t, "peer")).replace("|", "\\|")
            cells += [text] + [""] * 11
        else:
            cells += [fmt_rate(o["events_per_s"]), fmt_rate(t["events_per_s"]),
                      fmt_ratio(ratio(o["events_per_s"], t["events_per_s"]), True),
                      fmt_num(o["cpu_us_per_event"], 2), fmt_num(t["cpu_us_per_event"], 2),
                      fmt_ratio(ratio(o["cpu_us_per_event"], t["cpu_us_per_event"]), False),
                      fmt_num(o["peak_rss_mb"]), fmt_num(t["peak_rss_mb"]),
                      fmt_ratio(ratio(o["peak_rss_mb"], t["peak_rss_mb"]), False),
                      fmt_num(o["first_event_ms"], 2), fmt_num(t["first_event_ms"], 2),
                      fmt_ratio(ratio(o["first_event_ms"], t["first_event_ms"]), False)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="2 runs per client instead of 5")
    ap.add_argument("--runs", type=int, help="runs per client and workload (default 5, --quick 2)")
    ap.add_argument("--lang", default=",".join(LANGUAGES), help="languages to run (comma-separated)")
    ap.add_argument("--workloads", default=",".join(WORKLOADS), help="workloads to run (comma-separated)")
    ap.add_argument("--no-setup", action="store_true", help="skip each language's setup.sh (builds, installs)")
    ap.add_argument("--no-concurrency", action="store_true", help="skip the native 1,000-stream run")
    ap.add_argument("--streams", type=int, default=1000, help="streams of the concurrency run")
    ap.add_argument("--out", default=os.environ.get("COZE_BENCH_OUT", str(ROOT / "build" / "bench")))
    args = ap.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    langs = [l for l in args.lang.split(",") if l]
    workloads = [w for w in args.workloads.split(",") if w]
    env = dict(os.environ, COZE_BENCH_OUT=str(out))

    log("building the load server")
    server_bin = build_load_server(out)
    build_spawn(out)

    available: dict[str, str] = {}  # language -> "" or why it cannot run
    for lang in langs:
        setup = HERE / lang / "setup.sh"
        harness = HERE / lang / "run_harness.sh"
        if not harness.exists():
            available[lang] = f"no {harness.relative_to(ROOT)}"
            continue
        available[lang] = ""
        if setup.exists() and not args.no_setup:
            log(f"{lang}: {setup.relative_to(ROOT)}")
            logfile = out / f"clients-setup-{lang}.log"
            with open(logfile, "w") as f:
                done = subprocess.run([str(setup)], stdout=f, stderr=subprocess.STDOUT, env=env)
            if done.returncode != 0:
                tail = logfile.read_text(errors="replace").strip().splitlines()[-3:]
                available[lang] = f"setup failed: {' / '.join(tail)[:300]} (see {logfile})"
                log(f"{lang}: setup failed, see {logfile}")

    server = LoadServer(server_bin)
    log(f"load server at {server.base}")
    result: dict = {
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "runs_per_client": runs, "server": server.base, "ceiling": [], "pairs": [], "correctness": [],
        "concurrency": None, "all_runs": [],
    }
    try:
        # 1. The ceiling: a bare client of each language on the chat stream.
        stream_bytes = json.loads(urlopen(server.base + "/bench/expect?kind=chat").read())["bytes"]
        for lang, what, argv in raw_clients(out):
            if lang not in langs:
                continue
            entry = {"language": lang, "client": what}
            if isinstance(argv, str):
                entry["missing"] = argv
            elif lang in ("native", "go") and available.get(lang):
                entry["missing"] = available[lang]
            else:
                got = [measured(argv + [server.base], env=env) for _ in range(max(3, runs))]
                entry.update(summarize(got))
                if entry.get("seconds"):
                    entry["mb_per_s"] = stream_bytes / 1e6 / entry["seconds"]
                log(f"ceiling {lang} ({what}): {fmt_rate(entry.get('events_per_s'))} events/s" +
                    (f" ({entry['failure']})" if "failure" in entry else ""))
            result["ceiling"].append(entry)

        # 2. Correctness: a chat stream cut after half its deltas (clean end, no done).
        for lang in langs:
            if available.get(lang):
                continue
            ours, peers = LANGUAGES[lang]
            for client in [ours] + peers:
                r = measured([str(HERE / lang / "run_harness.sh"), client, "chat_cut", server.base], env=env)
                result["correctness"].append({"language": lang, "client": client, "ok": r.get("ok"),
                                              "error": r.get("error", "")})

        # 3. The pairs, alternated.
        for lang in langs:
            ours, peers = LANGUAGES[lang]
            harness = str(HERE / lang / "run_harness.sh")
            for workload in workloads:
                got: dict[str, list[dict]] = {c: [] for c in [ours] + peers}
                if not available.get(lang):
                    log(f"{lang} {workload}: {runs} runs each of {', '.join([ours] + peers)}")
                    for i in range(runs):
                        for client in [ours] + peers:
                            r = measured([harness, client, workload, server.base], env=env)
                            r.update(language=lang, run=i)
                            r.setdefault("client", client)
                            r.setdefault("workload", workload)
                            got[client].append(r)
                            result["all_runs"].append(r)
                            if not r.get("ok"):
                                log(f"  {client}: {r.get('error')}")
                for peer in peers:
                    if available.get(lang):
                        o = t = {"missing": available[lang]}
                    else:
                        o, t = summarize(got[ours]), summarize(got[peer])
                        if any("unknown workload" in (r.get("error") or "") for r in got[peer]):
                            t = {"missing": "the harness has no such workload"}
                    result["pairs"].append({"language": lang, "workload": workload, "peer_client": peer,
                                            "peer_name": PEER_NAMES.get((lang, peer), peer), "ours": o, "peer": t})

        # 4. The npm package's size and instantiate time, beside @coze/api's.
        if "node" in langs and not available.get("node"):
            sizes: dict[str, list[dict]] = {"cozecore": [], "coze-js": []}
            for _ in range(runs):
                for client in sizes:
                    sizes[client].append(measured([str(HERE / "node" / "run_harness.sh"), client, "size"], env=env))
            result["node_size"] = {}
            for client, got in sizes.items():
                good = [g for g in got if g.get("ok")]
                if not good:
                    result["node_size"][client] = {"failure": got[0].get("error") if got else "not run"}
                    continue
                entry = dict(good[0])
                entry["instantiate_ms"] = median([g.get("instantiate_ms") for g in good])
                entry["peak_rss_mb"] = median([g["maxrss_kb"] / 1024 for g in good])
                result["node_size"][client] = entry

        # 5. Native concurrency: many paced streams through one client process.
        if "native" in langs and not args.no_concurrency and not available.get("native"):
            log(f"native concurrency: {args.streams} streams")
            r = measured([str(HERE / "native" / "run_harness.sh"), "concurrency", "-", server.base,
                          str(args.streams), "200", "20"], env=env)
            r["rss_per_stream_kb"] = r["maxrss_kb"] / args.streams
            r["cpu_us_per_event"] = r["cpu_s"] * 1e6 / r["events"] if r.get("events") else None
            result["concurrency"] = r
    finally:
        server.stop()

    md = render(result)
    (out / "clients.json").write_text(json.dumps(result, indent=1))
    (out / "clients.md").write_text(md)
    print(md)
    return 0


def render(result: dict) -> str:
    parts = []
    cpu = os.cpu_count()
    parts.append(f"Client benchmarks over loopback, medians of {result['runs_per_client']} alternated runs per "
                 f"client (ours, peer, ours, ...), each a fresh process; CPU = user+sys of that process; "
                 f"{cpu} CPUs shared with the load server.\n")
    parts.append(table(result["pairs"]))
    parts.append("\n✓: ours is better (more events/s; less CPU, memory, time to first event); ✗: the peer is.\n")
    parts.append("Raw-client ceiling: the chat stream (100,005 events, 32 MB) from the load server to a bare "
                 "client of each language (bytes or lines counted, nothing parsed), and for native and Go the "
                 "hand-written loop the peers are.\n")
    parts.append("| language | client | events/s | MB/s | CPU µs/event | peak RSS MB |")
    parts.append("|---|---|---:|---:|---:|---:|")
    for s in result["ceiling"]:
        lang, what = s["language"], s["client"]
        if "missing" in s or "failure" in s:
            parts.append(f"| {lang} | {what} | {s.get('missing') or 'FAILED: ' + s['failure']} | | | |")
        else:
            parts.append(f"| {lang} | {what} | {fmt_rate(s['events_per_s'])} | "
                         f"{fmt_num(s.get('mb_per_s'))} | {fmt_num(s['cpu_us_per_event'], 2)} | {fmt_num(s['peak_rss_mb'])} |")
    if result["correctness"]:
        parts.append("\nCorrectness: a chat stream whose body ends cleanly after 50,000 of its deltas (no "
                     "completed, no `done`); a correct client tells its caller.\n")
        parts.append("| language | client | result |")
        parts.append("|---|---|---|")
        for c in result["correctness"]:
            err = (c.get("error") or "").replace("|", "\\|")
            if "unknown workload" in err:
                verdict = "not run (the harness has no chat_cut)"
            else:
                verdict = "reports the cut ✓" if c["ok"] else f"FAILS: {err}"
            parts.append(f"| {c['language']} | {c['client']} | {verdict} |")
    sizes = result.get("node_size")
    if sizes:
        parts.append("\nnpm package: what a browser bundle and Node load (gzip -9), and the time from `import` to "
                     "a ready client in a fresh Node process (median).\n")
        parts.append("| package | browser bundle gzip KB | Node entry gzip KB | installed MB (packages) | "
                     "import to ready client ms | peak RSS MB |")
        parts.append("|---|---:|---:|---:|---:|---:|")
        for client, e in sizes.items():
            name = "cozecore (ours)" if client == "cozecore" else "@coze/api 1.3.9"
            if "failure" in e:
                parts.append(f"| {name} | FAILED: {e['failure']} | | | | |")
                continue
            def kb(d):
                return f"{d['gzip'] / 1024:.1f}" if isinstance(d, dict) and "gzip" in d else "–"
            extra = " + axios " + kb(e["axios"]) if isinstance(e.get("axios"), dict) else ""
            parts.append(f"| {name} | {kb(e.get('browser'))}{extra} | {kb(e.get('node'))} | "
                         f"{(e.get('installed_bytes') or 0) / 1e6:.1f} ({e.get('installed_packages', '?')}) | "
                         f"{fmt_num(e.get('instantiate_ms'))} | {fmt_num(e.get('peak_rss_mb'))} |")
    c = result.get("concurrency")
    if c:
        parts.append("\nNative concurrency: simultaneous chat streams through one `CozeClient` (one thread per "
                     "stream), 200 deltas each paced 20 ms apart, each stamped with its send time.\n")
        if c.get("ok"):
            lat = c.get("lateness_ms", {})
            parts.append("| streams | completed | events | wall s | CPU µs/event | lateness p50 / p99 / max ms | "
                         "peak RSS MB | RSS per stream KB |")
            parts.append("|---:|---:|---:|---:|---:|---|---:|---:|")
            parts.append(f"| {c['streams']} | {c['completed']} | {c['events']} | {c['seconds']:.2f} | "
                         f"{fmt_num(c.get('cpu_us_per_event'), 2)} | {lat.get('p50', 0):.2f} / {lat.get('p99', 0):.2f} / "
                         f"{lat.get('max', 0):.2f} | {c['maxrss_kb'] / 1024:.1f} | {c['rss_per_stream_kb']:.0f} |")
        else:
            parts.append(f"FAILED: {c.get('error')}")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.exit(main())
