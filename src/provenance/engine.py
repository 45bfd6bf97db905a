"""Running a pipeline stage over many items: in this process, on local cores, or on a Dask cluster.

Every backend returns results in the order of the input chunks, so a trace gives the same
report whatever the worker count or the cluster. The data every task needs (the articles and
settings) reaches local workers once, through the process pool's initializer (a fork shares it).
On Dask, a stage that says which part of it each chunk needs (``pick``) sends that part with the
chunk's task, a few hundred articles rather than the corpus to every worker; other stages
broadcast it once with ``Client.scatter``. A task's own arguments and result cross the cluster as
pickled bytes, which its scheduler forwards untouched.

Items may come from an iterator (a corpus being read): they are then cut into chunks as the
workers ask for them, with a few chunks per worker in flight, so the input is never held whole."""

from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
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

    What survives (the report) is long-lived, so it is handed to the collector's oldest
    generation at once (``gc.freeze()`` then ``gc.unfreeze()``, as the gc module documents),
    rather than scanned whole on the first allocation after and again when it is promoted:
    about 3% of a 30,000-article trace. Objects of the caller's that were young go along with
    it; a cycle among them is collected at the next full collection. When the caller has frozen
    objects of its own, they stay frozen and the collector is simply enabled again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
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


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive chunks of ``size`` items, read from ``items`` only as each chunk is needed."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _progress(total: int | None, desc: str, enabled: bool) -> Any:
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
        items: Iterable[T],
        *,
        chunk_size: int = 256,
        desc: str = "",
        pick: Callable[[Any, Sequence[T]], Any] | None = None,
    ) -> list[R]:
        """``fn(shared, chunk)`` over chunks of ``items``; the concatenated results, in input order.

        ``items`` may be an iterator: it is read a chunk at a time, and only a few chunks per
        worker are in flight at once, so a streamed corpus is never held whole.
        ``pick(shared, chunk)``, if given, is the part of ``shared`` a chunk needs: on a cluster it
        is sent with the chunk's task instead of the whole of ``shared`` to every worker.
        """
        chunks = _chunks(items, chunk_size)
        sized = isinstance(items, Sized)
        bar = _progress(len(items) if sized else None, desc, self.progress)
        # Items already in memory are all handed out at once, so no worker waits on a slow chunk.
        ahead = None if sized else 2 * self.workers + 2
        try:
            return [r for part in self._dispatch(fn, shared, chunks, bar, pick, ahead) for r in part]
        finally:
            if bar is not None:
                bar.close()

    def _dispatch(
        self,
        fn: Callable,
        shared: Any,
        chunks: Iterator[list[T]],
        bar: Any,
        pick: Callable | None = None,
        ahead: int | None = None,
    ) -> Iterator[list[R]]:
        """Results of each chunk, in order, with at most ``ahead`` chunks in flight (None: all)."""
        first = next(chunks, None)
        if first is None:
            return
        second = next(chunks, None)
        chunks = chain([first], [second] if second is not None else [], chunks)
        if self.engine == "local" and (self.workers == 1 or second is None):
            for chunk in chunks:
                part = _task(fn, shared, chunk)
                if bar is not None:
                    bar.update(len(chunk))
                yield part
            return
        if self.engine == "local":
            yield from _local(fn, shared, chunks, min(self.workers, os.cpu_count() or self.workers), ahead, bar)
            return
        client = self._dask_client()
        if pick is None:
            data = self._scatter(shared)
            yield from _dask(fn, lambda chunk: data, chunks, client, ahead, bar)
        else:
            yield from _dask(fn, lambda chunk: pick(shared, chunk), chunks, client, ahead, bar)

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


def _in_order(
    submit: Callable[[list[T]], Any], chunks: Iterator[list[T]], limit: int | None, bar: Any,
    cancel: Callable[[list], Any],
) -> Iterator[Any]:
    """Results of ``submit(chunk)`` for each chunk, in chunk order, with at most ``limit`` in flight (None: all).

    Bounding what is in flight keeps a streamed input streaming: a chunk is read (and its
    articles made) only when an earlier one has come back."""
    flight: deque[tuple[int, Any]] = deque()
    try:
        for chunk in chunks:
            flight.append((len(chunk), submit(chunk)))
            if limit is not None and len(flight) >= limit:
                yield _collect(*flight.popleft(), bar)
        while flight:
            yield _collect(*flight.popleft(), bar)
    finally:
        if flight:  # stopped early: an error, or the caller gave up
            cancel([future for _, future in flight])


def _collect(size: int, future: Any, bar: Any) -> Any:
    part = future.result()
    if bar is not None:
        bar.update(size)
    return part


def _local(
    fn: Callable, shared: Any, chunks: Iterator[list[T]], workers: int, ahead: int | None, bar: Any
) -> Iterator[list[R]]:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(shared,))
    try:
        yield from _in_order(lambda chunk: pool.submit(_call, (fn, chunk)), chunks, ahead, bar,
                             lambda futures: [f.cancel() for f in futures])
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _dask(
    fn: Callable, data_for: Callable[[list[T]], Any], chunks: Iterator[list[T]], client: Any, limit: int | None,
    bar: Any,
) -> Iterator[list[R]]:
    """``fn(data_for(chunk), chunk)`` for each chunk, as tasks on the cluster; results in chunk order."""
    def submit(chunk: list[T]) -> Any:
        data = data_for(chunk)
        packed = data if _is_future(data) else pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        return client.submit(_packed_task, fn, packed, pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL),
                             pure=False, retries=2)

    for part in _in_order(submit, chunks, limit, bar, client.cancel):
        yield pickle.loads(part)


def _is_future(value: Any) -> bool:
    from dask.distributed import Future

    return isinstance(value, Future)


def _packed_task(fn: Callable[[Any, Sequence[T]], list[R]], data: Any, chunk: bytes) -> bytes:
    """A cluster task: its arguments and its result travel as pickled bytes, which the cluster's
    scheduler passes along as they are rather than unpacking and packing every article again."""
    with paused_collection():
        shared = pickle.loads(data) if isinstance(data, bytes) else data
        return pickle.dumps(fn(shared, pickle.loads(chunk)), protocol=pickle.HIGHEST_PROTOCOL)
