"""The ordered process pool behind ``extract``/``build``: order, early stop, killed workers.

Workers are killed for real (SIGKILL, as the out-of-memory killer does). A killed worker
must end the pool with ``PoolBroken`` — never a hang: ``ProcessPoolExecutor`` hung forever
when its worker was killed half-way through sending a result (the last case below). The
thread around the consumer only turns such a hang into a failure; it measures no speed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import struct
import threading
import time

import pytest

from respgraph.procpool import PoolBroken, ordered_map


def _square(x: int) -> int:
    return x * x


def _collector_on(x: int) -> bool:
    import gc

    return gc.isenabled()


def _die_on_three(x: int) -> int:
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def _big(x: int) -> bytes | int:
    # item 1: a result far larger than a pipe's buffer, so its worker blocks half-way
    # through sending it while the consumer holds on to item 0
    return b"x" * (64 * 1024 * 1024) if x == 1 else x


def _raises_on_two(x: int) -> int:
    if x == 2:
        raise ValueError("bad item")
    return x


def _unpicklable(x: int):
    return (lambda: x) if x == 2 else x


def _drain(it, out: list, box: dict) -> None:
    try:
        for r in it:
            out.append(r)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        box["error"] = exc


def _consume(it, limit: float = 120.0) -> tuple[list, BaseException | None]:
    out: list = []
    box: dict = {}
    t = threading.Thread(target=_drain, args=(it, out, box), daemon=True)
    t.start()
    t.join(limit)
    assert not t.is_alive(), "the pool hung"
    return out, box.get("error")


def test_results_come_back_in_input_order_over_many_chunks():
    items = list(range(103))
    out, err = _consume(ordered_map(_square, items, workers=2, chunk=4))
    assert err is None and out == [x * x for x in items]


def test_a_worker_computes_and_sends_a_chunk_with_the_collector_paused():
    # a chunk's results all live until sent (see respgraph.gcpolicy); the collector would only
    # walk them, so it is paused for the chunk and on again afterwards
    import gc

    out, err = _consume(ordered_map(_collector_on, list(range(12)), workers=2, chunk=3))
    assert err is None and out == [False] * 12
    assert gc.isenabled()  # the parent's own setting is untouched


def test_no_items_and_more_workers_than_chunks():
    assert list(ordered_map(_square, [], workers=2)) == []
    assert list(ordered_map(_square, [7], workers=4, chunk=8)) == [49]


def test_a_worker_that_dies_breaks_the_pool_after_the_results_before_it():
    out, err = _consume(ordered_map(_die_on_three, list(range(8)), workers=2, chunk=1))
    assert isinstance(err, PoolBroken) and "died" in str(err)
    assert out == list(range(len(out))) and len(out) <= 3 and err.done == len(out)
    assert not multiprocessing.active_children()


def test_a_result_that_cannot_be_pickled_breaks_the_pool():
    out, err = _consume(ordered_map(_unpicklable, list(range(5)), workers=2, chunk=1))
    assert isinstance(err, PoolBroken) and "could not be sent back" in str(err)
    # the pool stops at the first failure; what was handed on is a prefix (the caller redoes the rest)
    assert out == list(range(len(out))) and len(out) <= 2 and err.done == len(out)


def test_an_exception_in_a_worker_is_a_reason_not_a_traceback(capfd):
    out, err = _consume(ordered_map(_raises_on_two, list(range(5)), workers=2, chunk=1))
    assert isinstance(err, PoolBroken) and str(err) == "a worker failed (ValueError: bad item)"
    assert out == list(range(len(out))) and len(out) <= 2
    assert "Traceback" not in capfd.readouterr().err


def test_stopping_early_stops_the_workers():
    it = ordered_map(_square, list(range(50)), workers=2, chunk=1)
    assert next(it) == 0
    assert len(multiprocessing.active_children()) == 2
    it.close()
    assert not multiprocessing.active_children()


def test_a_worker_killed_while_its_big_result_travels_never_hangs_nor_truncates():
    it = ordered_map(_big, [0, 1, 2, 3], workers=2, chunk=1)
    assert next(it) == 0
    workers = multiprocessing.active_children()
    assert len(workers) == 2
    time.sleep(0.2)  # the big result is on its way, or already here
    for w in workers:
        os.kill(w.pid, signal.SIGKILL)
    out, err = _consume(it)
    if err is None:  # it had arrived whole before the kill
        assert len(out[0]) == 64 * 1024 * 1024 and out[1:] in ([2, 3], [2], [])
    else:
        assert isinstance(err, PoolBroken) and all(not isinstance(r, bytes) or len(r) == 64 * 1024 * 1024 for r in out)
    assert not multiprocessing.active_children()


def _half_sender(conn) -> None:
    conn.recv()
    # a message header promising 10 MB, a few bytes of it, then death (a kill mid-write)
    os.write(conn.fileno(), struct.pack("!i", 10_000_000) + b"\x80\x04partial")
    os._exit(1)


def test_half_a_message_from_a_dead_worker_reads_as_its_death():
    """The case that hung ProcessPoolExecutor: the reader meets a message cut short."""
    import queue

    from respgraph.procpool import _Failure, _drive

    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=True)
    p = ctx.Process(target=_half_sender, args=(there,), daemon=True)
    p.start()
    there.close()
    out: queue.SimpleQueue = queue.SimpleQueue()
    t = threading.Thread(target=_drive, args=([[0]], [p], [here], out, threading.Event()), daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "the reader hung on half a message"
    failure = out.get_nowait()
    assert isinstance(failure, _Failure) and "died" in failure.reason
    p.join()
    here.close()


@pytest.mark.parametrize("workers", [1, 3])
def test_worker_counts(workers):
    assert list(ordered_map(_square, list(range(10)), workers=workers, chunk=3)) == [x * x for x in range(10)]
