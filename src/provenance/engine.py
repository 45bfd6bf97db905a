"""Running a pipeline stage over many items: in this process, on local cores, or on a Dask cluster.

Every backend returns results in the order of the input chunks, so a trace gives the same
report whatever the worker count or the cluster. The data every task needs (the articles and
settings) reaches local workers once, through the process pool's initializer (a fork shares it).
On Dask, a stage that says which part of it each chunk needs (``pick``) sends that part with the
chunk's task, a few hundred articles rather than the corpus to every worker; other stages
broadcast it once with ``Client.scatter``."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from .errors import ProvenanceError

__all__ = ["EngineError", "Runner", "paused_collection"]

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


class Runner:
    """Runs the stages of one trace on one backend: ``runner(fn, shared, items)``.

    ``engine`` is "local" (``workers`` processes; 1 runs in this process), "dask" (a LocalCluster
    of ``workers`` processes, started at first use and closed with the runner, so the stages of a
    trace share it) or a ``dask.distributed.Client`` to run on.
    """

    def __init__(self, workers: int = 1, engine: Any = "local", progress: bool = False) -> None:
        if workers < 1:
            raise EngineError(f"workers must be at least 1, not {workers}")
        if engine not in ("local", "dask") and not _is_client(engine):
            raise EngineError(f"unknown engine {engine!r}: use 'local', 'dask' or a dask.distributed.Client")
        self.workers, self.engine, self.progress = workers, engine, progress
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._cluster is not None:
            self._client.close()
            self._cluster.close()
            self._client = self._cluster = None

    def __call__(
        self,
        fn: Callable[[Any, Sequence[T]], list[R]],
        shared: Any,
        items: Sequence[T],
        *,
        chunk_size: int = 256,
        desc: str = "",
        pick: Callable[[Any, Sequence[T]], Any] | None = None,
    ) -> list[R]:
        """``fn(shared, chunk)`` over chunks of ``items``; the concatenated results, in input order.

        ``pick(shared, chunk)``, if given, is the part of ``shared`` a chunk needs: on a cluster it
        is sent with the chunk's task instead of the whole of ``shared`` to every worker.
        """
        chunks = _chunks(items, chunk_size)
        bar = _progress(len(items), desc, self.progress)
        try:
            return [r for part in self._dispatch(fn, shared, chunks, bar, pick) for r in part]
        finally:
            if bar is not None:
                bar.close()

    def _dispatch(
        self, fn: Callable, shared: Any, chunks: list[Sequence[T]], bar: Any, pick: Callable | None = None
    ) -> Iterator[list[R]]:
        if self.engine == "local" and (self.workers == 1 or len(chunks) <= 1):
            for chunk in chunks:
                part = _task(fn, shared, chunk)
                if bar is not None:
                    bar.update(len(chunk))
                yield part
            return
        if self.engine == "local":
            yield from _local(fn, shared, chunks, min(self.workers, os.cpu_count() or self.workers), bar)
            return
        client = self._dask_client()
        if pick is None:
            data = self._scatter(shared)
            yield from _dask(fn, [data] * len(chunks), chunks, client, bar)
        else:
            yield from _dask(fn, [pick(shared, chunk) for chunk in chunks], chunks, client, bar)

    def _scatter(self, shared: Any) -> Any:
        """The shared data on every worker of the cluster, before any task asks for it."""
        from dask.distributed import wait

        data = self._dask_client().scatter(shared, broadcast=True, hash=False)
        wait(data)
        return data

    def _dask_client(self) -> Any:
        if _is_client(self.engine):
            return self.engine
        if self._client is None:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise EngineError("engine='dask' needs Dask: pip install 'provenance[dask]'") from None
            self._cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        return self._client


def _is_client(engine: Any) -> bool:
    try:
        from dask.distributed import Client
    except ImportError:
        return False
    return isinstance(engine, Client)


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
    fn: Callable, data: list[Any], chunks: list[Sequence[T]], client: Any, bar: Any
) -> Iterator[list[R]]:
    """``fn(data[k], chunks[k])`` for each chunk, as tasks on the cluster; results in chunk order."""
    futures = [client.submit(_task, fn, d, chunk, pure=False, retries=2) for d, chunk in zip(data, chunks)]
    try:
        for chunk, future in zip(chunks, futures):
            part = future.result()
            if bar is not None:
                bar.update(len(chunk))
            yield part
    finally:
        client.cancel(futures)
