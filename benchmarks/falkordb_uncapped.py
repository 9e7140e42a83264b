"""How fast the FalkorDB test server takes the Bolt load's batches when nothing caps their size.

    .venv/bin/python benchmarks/falkordb_uncapped.py --plans 200 [--batch-size 5000] [--repeat 3]

Over Bolt, FalkorDB 4.16 splices the parameters of a query into its text in a 4,096-byte
buffer (see ``respgraph/neo4j/connect.py``), so ``load_graph`` sends a handful of rows per
round trip there. This script sends the same rows, batches of ``--batch-size`` (the loader's
Neo4j default), spliced into the same text (``CYPHER rows=[…] <query>``, strings escaped as the
loader escapes them), as ``GRAPH.QUERY`` over the redis protocol, which has no such buffer:
what the server itself does with full batches — the ceiling the Bolt figure could reach if the
buffer were not there. Not a figure of the loader, and not over Bolt.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests"), str(HERE)]


class Resp:
    """The smallest redis-protocol client that will do: one command, one whole reply."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.file = self.sock.makefile("rb")

    def __call__(self, *args: str):
        parts = [a.encode("utf-8") for a in args]
        self.sock.sendall(b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts))
        return self._reply()

    def _reply(self):
        line = self.file.readline()
        kind, rest = line[:1], line[1:-2]
        if kind in (b"+", b":"):
            return rest
        if kind == b"-":
            raise RuntimeError(rest.decode("utf-8", "replace"))
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self.file.read(n + 2)[:-2]
        if kind == b"*":
            return [self._reply() for _ in range(max(int(rest), 0))]
        raise RuntimeError(f"unexpected reply {line!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", type=int, default=200, help="The first N plans of the corpus (default 200).")
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", default=str(HERE / ".corpus" / "seed0"))
    ap.add_argument("--work", default="/tmp/respgraph-falkordb-uncapped")
    args = ap.parse_args(argv)

    from _falkordb import FalkorServer, spliced_text
    from run import _pid_cpu_seconds, corpus_files

    from respgraph.model import NODE_TYPES
    from respgraph.neo4j.connect import escape_strings
    from respgraph.neo4j.load import node_query, node_rows, rel_query, rel_rows
    from respgraph.pipeline import run_build

    graph = run_build([str(f) for f in corpus_files(Path(args.corpus), args.plans)], out=None, write=False).graph
    rels = rel_rows(graph)
    steps = [(node_query(k), v) for k, v in node_rows(graph).items()]
    steps += [(rel_query(t, s, e), v) for (t, s, e), v in rels.items()]
    assignments = sum(len(v) for (t, _, _), v in rels.items() if t in ("LEADS", "SUPPORTS"))
    texts = [f"CYPHER rows={spliced_text(escape_strings(rows[i:i + args.batch_size]))} {query}"
             for query, rows in steps for i in range(0, len(rows), args.batch_size)]
    with FalkorServer(Path(args.work)) as srv:
        query = Resp(srv.redis_port)
        for label in NODE_TYPES:  # the loader's fallback id indexes
            query("GRAPH.QUERY", "falkordb", f"CREATE INDEX FOR (n:{label}) ON (n.id)")
        runs, cpu = [], []
        for _ in range(args.repeat):
            query("GRAPH.QUERY", "falkordb", "MATCH (n) DETACH DELETE n")
            c, t = _pid_cpu_seconds(srv.proc.pid), time.perf_counter()
            for text in texts:
                query("GRAPH.QUERY", "falkordb", text)
            runs.append(time.perf_counter() - t)
            cpu.append(_pid_cpu_seconds(srv.proc.pid) - c)
        rel_count = int(query("GRAPH.QUERY", "falkordb", "MATCH ()-[r]->() RETURN count(r)")[1][0][0])
    assert rel_count == sum(len(v) for v in rels.values()), rel_count
    med = statistics.median(runs)
    print(f"{args.plans} plans, {assignments:,} assignments, {len(texts):,} batches of up to {args.batch_size:,} rows "
          f"(longest text {max(len(t.encode('utf-8')) for t in texts):,} bytes) over RESP: runs "
          f"{', '.join(f'{r:.2f}' for r in runs)} s, median {med:.2f} s = {assignments / med:,.0f} assignments/s; "
          f"server CPU {statistics.median(cpu):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
