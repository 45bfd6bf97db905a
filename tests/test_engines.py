"""Workers and engines: the same report whatever runs it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import COPY, SOURCE, seed_text
from provenance import trace
from provenance.engine import EngineError, Runner, _chunks, paused_collection
from provenance.pipeline import _by_neighbourhood, _parts
from provenance.settings import LoadSettings, Settings


def _corpus():
    lines = seed_text("003").split("\n")
    extra = [{"id": f"copy{n}", "text": "\n".join(lines[: 12 - n] + lines[11:])} for n in range(4)]
    return [{"id": SOURCE, "text": seed_text("000")}, {"id": COPY, "text": seed_text("003")}, *extra]


def test_two_local_workers_give_the_same_report():
    one = trace(_corpus())
    two = trace(_corpus(), workers=2)
    assert one.model_dump_json() == two.model_dump_json()
    assert len(one.pairs) >= 10


def test_bad_worker_count_and_engine():
    with pytest.raises(EngineError, match="at least 1"):
        trace(_corpus(), workers=0)
    with pytest.raises(EngineError, match="unknown engine"):
        trace(_corpus(), workers=2, engine="spark")


@pytest.mark.timeout(300)  # a cluster that cannot start fails the test rather than hanging the suite
def test_dask_local_cluster_gives_the_same_report():
    distributed = pytest.importorskip("dask.distributed", reason="Dask is an optional extra: provenance[dask]")
    local = trace(_corpus())
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        on_dask = trace(_corpus(), engine=client)
        # Items left out while reading (here) and while segmenting (on the cluster) come back in order.
        skipping = trace(_with_bad_items(), engine=client, settings=LIMITED, on_error="skip")
    assert on_dask.model_dump_json() == local.model_dump_json()
    assert skipping.model_dump_json() == trace(_with_bad_items(), settings=LIMITED, on_error="skip").model_dump_json()
    assert [s.id for s in skipping.skipped] == ["blank", "transcript", "late"]
    assert skipping.model_copy(update={"skipped": ()}).to_json() == trace(_corpus(), settings=LIMITED).to_json()


LIMITED = Settings(load=LoadSettings(max_blocks=200))


def _with_bad_items():
    corpus = _corpus()
    transcript = "\n\n".join(f"Paragraph {k} of the transcript." for k in range(300))
    return [corpus[0], {"id": "blank", "text": None}, *corpus[1:3], {"id": "transcript", "text": transcript},
            *corpus[3:], {"id": "late", "text": 7}]


def test_two_local_workers_skip_the_same_items():
    one = trace(_with_bad_items(), settings=LIMITED, on_error="skip")
    assert trace(iter(_with_bad_items()), settings=LIMITED, on_error="skip", workers=2).to_json() == one.to_json()
    assert [s.id for s in one.skipped] == ["blank", "transcript", "late"]


@pytest.mark.timeout(300)
def test_dask_engine_starts_its_own_cluster_and_streams_a_generator():
    pytest.importorskip("dask.distributed", reason="Dask is an optional extra: provenance[dask]")
    local = trace(_corpus())
    on_dask = trace(iter(_corpus()), engine="dask", workers=2)
    assert on_dask.model_dump_json() == local.model_dump_json()


def test_progress_bar_is_shown_and_changes_nothing(capsys):
    quiet = trace(_corpus())
    shown = trace(_corpus(), progress=True)
    assert shown.model_dump_json() == quiet.model_dump_json()
    assert "align" in capsys.readouterr().err


def test_results_cross_processes_without_loss(seeds_report):
    # Workers send their results back pickled; the models pickle through their JSON.
    import pickle

    back = pickle.loads(pickle.dumps(seeds_report))
    assert back == seeds_report
    assert back.documents[0].blocks == seeds_report.documents[0].blocks
    assert [d.operations for d in back.diffs] == [d.operations for d in seeds_report.diffs]


def _squares(shared, chunk):
    return [shared * x * x for x in chunk]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_iterator_is_read_only_a_few_chunks_ahead(workers):
    # A streamed corpus stays streamed: the runner asks for a chunk only when an earlier one is done.
    pulled = 0

    def items():
        nonlocal pulled
        for k in range(3000):
            pulled += 1
            yield k

    done = []
    with Runner(workers) as run:
        for part in run._dispatch(_squares, 1, _chunks(items(), 10), None, ahead=2 * workers + 2):
            done.extend(part)
            assert pulled - len(done) <= (2 * workers + 3) * 10
    assert done == [k * k for k in range(3000)]


def test_a_generator_corpus_gives_the_same_report_as_a_list():
    records = _corpus()
    as_list = trace(records)
    assert trace(iter(records)).model_dump_json() == as_list.model_dump_json()
    assert trace(r for r in reversed(records)).model_dump_json() == as_list.model_dump_json()
    assert trace(iter(records), workers=2).model_dump_json() == as_list.model_dump_json()


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=120), st.integers(1, 30))
def test_tasks_of_the_align_stage_hold_every_pair_once_and_whole_connected_parts(raw, size):
    pairs = sorted({(min(p), max(p)) for p in raw if p[0] != p[1]})
    tasks = _parts(pairs, size)
    assert sorted(p for task in tasks for p in task) == pairs
    task_of = {}
    for n, task in enumerate(tasks):
        for pair in task:
            for article in pair:
                assert task_of.setdefault(article, n) == n  # an article's pairs are all in one task
    assert [len(t) for t in tasks] == sorted((len(t) for t in tasks), reverse=True)


def test_neighbourhood_order_keeps_a_story_and_its_versions_in_one_chunk():
    # 60 stories, each with three versions whose indices lie far from the story's (as ids
    # "r…" and "v…" sort apart), all in one connected part through stories sharing a line.
    stories, versions = range(60), [(s, 100 + s, 200 + s, 300 + s) for s in range(60)]
    pairs = sorted({(a, b) for group in versions for a in group for b in group if a < b}
                   | {(s, s + 1) for s in stories[:-1]})
    (ordered,) = _by_neighbourhood(pairs)
    chunks = [ordered[k : k + 16] for k in range(0, len(ordered), 16)]
    prepared = sum(len({a for pair in chunk for a in pair}) for chunk in chunks)
    assert prepared <= 1.5 * 240  # in plain (i, j) order each version is prepared about 3 times


def test_what_a_paused_collection_keeps_goes_to_the_oldest_generation_unscanned():
    import gc

    assert gc.isenabled()
    with paused_collection():
        assert not gc.isenabled()
        kept = [{"block": [n]} for n in range(1000)]
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(d) in oldest for d in kept)  # not left young, to be scanned on the way there


def test_a_paused_collection_leaves_the_callers_frozen_objects_frozen():
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_collection():
            [{"n": n} for n in range(100)]
        # Not unfrozen (that empties the permanent generation), and nothing of the block's frozen with
        # them. A frozen object another thread lets go of meanwhile is freed and leaves the count, so
        # the count may fall, never to nothing, and never rise.
        assert 0 < gc.get_freeze_count() <= frozen and gc.isenabled()
    finally:
        gc.unfreeze()
