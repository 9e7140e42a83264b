"""A process pool that hands results back in input order and survives a killed worker.

``concurrent.futures.ProcessPoolExecutor`` sends every worker's results through one shared
pipe guarded by one lock. A worker killed while writing a result (the out-of-memory killer
does not wait for a write to end) leaves the lock held and half a message in the pipe: the
other workers block on the lock, the executor's thread blocks reading the rest of the
message, and the caller waits forever (seen in our own test, which kills a worker).

Here each worker has a pipe of its own, whose far end only that worker holds: if it dies,
reading from it ends at once (EOF) and its exit is seen through its sentinel, so the pool
raises :class:`PoolBroken` instead of hanging. The caller decides what to do with the items
not yet returned (``respgraph.extract.iter_extract`` extracts them in its own process).

    >>> list(ordered_map(abs, [-3, 1, -2, 5], workers=2, chunk=1))
    [3, 1, 2, 5]
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterator, Sequence

from respgraph.gcpolicy import paused_gc

__all__ = ["PoolBroken", "ordered_map"]


class PoolBroken(RuntimeError):
    """A worker died, or a result could not be sent back; ``done`` results were handed on."""

    def __init__(self, done: int, reason: str):
        super().__init__(reason)
        self.done = done


def _serve(conn, fn: Callable[[Any], Any], initializer: Callable[[], None] | None) -> None:
    """A worker: receive a chunk, send back its results, until told to stop (None).

    It never prints a traceback: Ctrl-C is the parent's to handle (it stops the workers), and
    a failure goes back to the parent as a reason, which ends the pool with one line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()
    while True:
        try:
            job = conn.recv()
        except Exception:  # noqa: BLE001 - the parent went away, or stopped us mid-message
            return
        if job is None:
            return
        key, items = job
        # A chunk's results all stay alive until they are sent, then all are dropped: the
        # collector, left on, would walk each result while the next is computed and again while
        # the chunk is pickled, and find nothing (see respgraph.gcpolicy). Paused for the chunk,
        # the results are freed by reference counting once sent, before it resumes.
        with paused_gc():
            if not _answer(conn, key, fn, items):
                return


def _answer(conn, key: Any, fn: Callable[[Any], Any], items: list[Any]) -> bool:
    """Compute one chunk and send it back (or why it failed); False if the parent is gone."""
    try:
        reply = (key, [fn(x) for x in items], None)
    except Exception as exc:  # noqa: BLE001 - reported by the parent as PoolBroken
        reply = (key, None, f"a worker failed ({type(exc).__name__}: {str(exc)[:80]})")
    try:
        conn.send(reply)
    except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled (nothing was written)
        try:
            conn.send((key, None, f"a result could not be sent back ({type(exc).__name__}: {str(exc)[:80]})"))
        except Exception:  # noqa: BLE001 - the parent is gone
            return False
    return True


def ordered_map(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    workers: int,
    chunk: int = 1,
    initializer: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """``fn(x)`` for every item, in worker processes, yielded in input order as soon as each
    result and all before it are back. Items go out ``chunk`` at a time, one chunk per idle
    worker. Raises :class:`PoolBroken` when a worker dies or a result cannot come back;
    the workers are stopped whatever happens (also when the caller stops iterating).

    A thread of this process receives the results as they come, so a worker hands its
    result over and takes its next chunk while the caller is still busy with an earlier one.
    ``fn`` must be a module-level function; workers are forked where the platform can, so
    they start with everything the parent has imported and cached.
    """
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork (Windows): each worker imports itself
        ctx = multiprocessing.get_context()
    chunks = [list(items[i : i + chunk]) for i in range(0, len(items), chunk)]
    if not chunks:
        return
    procs: list = []
    conns: list = []
    out: queue.Queue = queue.Queue()
    stop = threading.Event()
    reader = None
    done = 0
    finished = False
    try:
        for _ in range(min(workers, len(chunks))):
            here, there = ctx.Pipe(duplex=True)
            p = ctx.Process(target=_serve, args=(there, fn, initializer), daemon=True)
            p.start()
            there.close()  # only the worker holds its end: its death reads as EOF here
            procs.append(p)
            conns.append(here)
        reader = threading.Thread(target=_receive, args=(chunks, procs, conns, out, stop), daemon=True)
        reader.start()
        while True:
            item = out.get()
            if item is _END:
                finished = True
                return
            if isinstance(item, _Failure):
                raise PoolBroken(done, item.reason)
            done += 1
            yield item
    finally:
        stop.set()
        for c in conns:
            try:
                c.send(None)  # an idle worker ends at once
            except (OSError, ValueError):
                pass
        for p in procs:
            if finished:
                p.join(timeout=5)
            if p.is_alive():
                p.terminate()  # busy with a chunk nobody will read (a stop, Ctrl-C, a failure)
            p.join(timeout=5)
        if reader is not None:
            reader.join(timeout=5)  # it wakes on the workers' exits
        for c in conns:
            c.close()


@dataclass(frozen=True)
class _Failure:
    reason: str


_END = object()


def _receive(chunks: list[list[Any]], procs: list, conns: list, out: queue.Queue, stop: threading.Event) -> None:
    """The reader thread: feed chunks to idle workers, put results on ``out`` in input
    order, then ``_END``; or a ``_Failure`` when a worker dies or a result cannot come back."""
    try:
        _drive(chunks, procs, conns, out, stop)
    except Exception as exc:  # noqa: BLE001 - anything else this thread meets ends the pool, reported
        out.put(_Failure(f"{type(exc).__name__}: {str(exc)[:80]}"))


def _drive(chunks: list[list[Any]], procs: list, conns: list, out: queue.Queue, stop: threading.Event) -> None:
    busy: dict[int, int] = {}  # worker -> chunk it is working on
    ready: dict[int, list[Any]] = {}  # chunk -> results not yet handed on
    sent = 0

    def dispatch(w: int) -> bool:
        nonlocal sent
        try:
            conns[w].send((sent, chunks[sent]))
        except OSError:  # BrokenPipeError: it died since its last result
            out.put(_Failure(f"a worker died (exit code {procs[w].exitcode})"))
            return False
        busy[w] = sent
        sent += 1
        return True

    for w in range(len(procs)):
        if not dispatch(w):
            return
    nxt = 0
    while nxt < len(chunks):
        while nxt in ready:
            for r in ready.pop(nxt):
                out.put(r)
            nxt += 1
        if nxt >= len(chunks):
            break
        watch = {conns[w]: w for w in busy}
        watch.update({procs[w].sentinel: w for w in busy})
        for obj in wait(list(watch)):
            if stop.is_set():
                return  # the caller stopped iterating
            w = watch[obj]
            if w not in busy:
                continue  # its pipe and its sentinel were both ready
            if obj is procs[w].sentinel and not conns[w].poll():
                out.put(_Failure(f"a worker died (exit code {procs[w].exitcode})"))
                return
            try:
                key, results, error = conns[w].recv()
            except (EOFError, OSError):
                out.put(_Failure("a worker died while sending its results"))
                return
            if error is not None:
                out.put(_Failure(error))
                return
            ready[key] = results
            del busy[w]
            if sent < len(chunks) and not dispatch(w):
                return
    out.put(_END)
