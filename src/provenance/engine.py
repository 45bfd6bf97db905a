"""Running a pipeline stage over many items: in this process, on local cores, or on a Dask cluster.

Every backend returns results in the order of the input chunks, so a trace gives the same
report whatever the worker count or the cluster. The data every task needs (the articles and
settings) is sent once per worker, not once per task: through a process pool's initializer
locally, through ``Client.scatter(..., broadcast=True)`` on Dask.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from .errors import ProvenanceError

__all__ = ["EngineError", "paused_collection", "run"]

T = TypeVar("T")
R = TypeVar("R")
_SHARED: Any = None


class EngineError(ProvenanceError):
    """The execution backend cannot be used (unknown engine, Dask not installed)."""


@contextmanager
def paused_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a trace or one of its tasks runs.

    Nearly everything a trace makes lives until it returns, so collecting while it runs frees
    nothing and rescans the whole corpus each time: a quarter of the time of a 10,000-article
    trace, more in worker processes (bench/scale.py). Reference counting still frees whatever
    is dropped; the collector's previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _init(shared: Any) -> None:
    global _SHARED
    _SHARED = shared
    gc.freeze()  # the shared data lives as long as the worker: keep it out of every collection


def _task(fn: Callable[[Any, Sequence[T]], list[R]], shared: Any, chunk: Sequence[T]) -> list[R]:
    with paused_collection():
        return fn(shared, chunk)


def _call(job: tuple[Callable[[Any, Sequence[T]], list[R]], Sequence[T]]) -> list[R]:
    fn, chunk = job
    return _task(fn, _SHARED, chunk)


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[k : k + size] for k in range(0, len(items), size)]


def _progress(total: int, desc: str, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # progress is a nicety; never fail a trace for it
        return None
    return tqdm(total=total, desc=desc, unit="item", leave=False)


def run(
    fn: Callable[[Any, Sequence[T]], list[R]],
    shared: Any,
    items: Sequence[T],
    *,
    workers: int = 1,
    engine: Any = "local",
    chunk_size: int = 256,
    progress: bool = False,
    desc: str = "",
) -> list[R]:
    """``fn(shared, chunk)`` over chunks of ``items``; the concatenated results, in input order.

    ``engine`` is "local" (``workers`` processes; 1 runs in this process) or "dask" (a
    LocalCluster of ``workers`` processes) or a ``dask.distributed.Client`` to run on.
    """
    chunks = _chunks(items, chunk_size)
    bar = _progress(len(items), desc, progress)
    try:
        return [r for part in _dispatch(fn, shared, chunks, workers, engine, bar) for r in part]
    finally:
        if bar is not None:
            bar.close()


def _dispatch(
    fn: Callable[[Any, Sequence[T]], list[R]],
    shared: Any,
    chunks: list[Sequence[T]],
    workers: int,
    engine: Any,
    bar: Any,
) -> Iterator[list[R]]:
    if workers < 1:
        raise EngineError(f"workers must be at least 1, not {workers}")
    if engine == "local" and (workers == 1 or len(chunks) <= 1):
        for chunk in chunks:
            part = fn(shared, chunk)
            if bar is not None:
                bar.update(len(chunk))
            yield part
        return
    if engine == "local":
        yield from _local(fn, shared, chunks, min(workers, os.cpu_count() or workers), bar)
        return
    yield from _dask(fn, shared, chunks, workers, engine, bar)


def _local(fn: Callable, shared: Any, chunks: list[Sequence[T]], workers: int, bar: Any) -> Iterator[list[R]]:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(shared,))
    try:
        for chunk, part in zip(chunks, pool.map(_call, [(fn, c) for c in chunks])):
            if bar is not None:
                bar.update(len(chunk))
            yield part
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _dask(
    fn: Callable, shared: Any, chunks: list[Sequence[T]], workers: int, engine: Any, bar: Any
) -> Iterator[list[R]]:
    try:
        from dask.distributed import Client, LocalCluster, wait
    except ImportError:
        raise EngineError("engine='dask' needs Dask: pip install 'provenance[dask]'") from None
    own = None
    if isinstance(engine, Client):
        client = engine
    elif engine == "dask":
        own = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(own)
    else:
        raise EngineError(f"unknown engine {engine!r}: use 'local', 'dask' or a dask.distributed.Client")
    try:
        data = client.scatter(shared, broadcast=True, hash=False)
        wait(data)  # on every worker before any task asks for it
        futures = [client.submit(_task, fn, data, chunk, pure=False, retries=2) for chunk in chunks]
        for chunk, future in zip(chunks, futures):
            part = future.result()
            if bar is not None:
                bar.update(len(chunk))
            yield part
    finally:
        if own is not None:
            client.close()
            own.close()
