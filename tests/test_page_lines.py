"""A page's own lines: what of the page around a story says whose page a copy took."""

from __future__ import annotations

import pytest

from conftest import seed_paragraphs
from provenance import trace
from provenance.corpus.page_lines import boilerplate_holders, line_key, own_lines
from provenance.models import Article, Block
from test_wire_scenario import WIRE

SIGN_UP = "Sign up for the Global Markets Today newsletter."
SHARE = "Follow us on Facebook and X for more news."
OTHER = seed_paragraphs("000")


def _page(ident: str, outlet: str, lines: list[tuple[str, str]]) -> Article:
    text = "\n\n".join(t for _, t in lines)
    return Article(id=ident, outlet=outlet, text=text, blocks=tuple(
        Block(index=n, kind=kind, text=t, start=0, end=len(t)) for n, (kind, t) in enumerate(lines)))


def test_line_keys_fold_case_punctuation_and_digits():
    folded = line_key("© 2025 daily ledger - all rights reserved")
    assert line_key("© 2024 Daily Ledger. All rights reserved.") == folded
    assert line_key("Share this story") != line_key("Share this page")


def test_a_line_is_a_pages_own_when_only_its_outlet_prints_it_on_other_stories():
    part = [
        _page("b", "Global Markets Today", [("body", WIRE[0]), ("boilerplate", SIGN_UP), ("boilerplate", SHARE),
                                            ("promo", "Related: Freight returns to the valley line")]),
        _page("c", "Prairie Energy Wire", [("body", WIRE[0]), ("boilerplate", SIGN_UP), ("boilerplate", SHARE),
                                           ("footer", "Advertisement")]),
        _page("u", None, [("body", WIRE[0]), ("boilerplate", "Posted by the news desk of this site")]),
    ]
    elsewhere = [_page(f"gmt{n}", "Global Markets Today", [("body", OTHER[n]), ("boilerplate", SIGN_UP),
                                                             ("boilerplate", SHARE)]) for n in range(3)]
    elsewhere += [_page("other", "Daily Ledger", [("body", OTHER[5]), ("boilerplate", SHARE)]),
                  _page("unknown", None, [("body", OTHER[6]), ("boilerplate", "Posted by the news desk of this site")])]
    own = own_lines({a.id: a for a in part}, boilerplate_holders([*part, *elsewhere]))
    # b's sign-up line (only its outlet prints it elsewhere) and its related link (the story's alone) are its
    # own; a share line other outlets print is not; c holds b's sign-up line, not its own; an advertisement
    # marker is nobody's; a line pages of unknown outlet print on other stories may be anyone's.
    assert own == {"b": frozenset({1, 3}), "c": frozenset(), "u": frozenset()}


def _doc(ident: str, outlet: str, day: int, paragraphs: list[str]) -> dict[str, str]:
    return {"id": ident, "outlet": outlet, "title": "Rail tunnel reopens", "published": f"2025-03-{day:02d}",
            "text": "\n\n".join(["Rail tunnel reopens", *paragraphs])}


def _outlets_other_stories() -> list[dict[str, str]]:
    """Stories that share nothing with the rail tunnel's: three of Global Markets Today, each with its
    sign-up line, and two of another outlet that, like it, prints a share line under every story."""
    stories = [OTHER[1:3], OTHER[9:11], OTHER[13:15], OTHER[20:22], OTHER[15:17]]
    gmt = [_doc(f"gmt-{n}", "Global Markets Today", 1, [*stories[n], SIGN_UP, SHARE]) for n in range(3)]
    return gmt + [_doc(f"ledger-{n}", "Daily Ledger", 1, [*stories[3 + n], SHARE]) for n in range(2)]


def _chain_corpus() -> list[dict[str, str]]:
    return [
        _doc("wire", "Wire Service", 2, WIRE),
        _doc("gmt", "Global Markets Today", 3, [*WIRE, SIGN_UP, SHARE]),
        _doc("prairie", "Prairie Energy Wire", 4, [*WIRE, SIGN_UP, "Copyright Prairie Energy Wire Inc."]),
        *_outlets_other_stories(),
    ]


def test_a_copy_that_kept_its_parents_own_sign_up_line_hangs_on_that_parent():
    """Global Markets Today ran a wire story whole with its sign-up line under it; Prairie Energy Wire
    took Global Markets Today's page, sign-up line and all, and put its own footer under it. Nothing in
    the story tells the two sources apart; the line only Global Markets Today prints does."""
    report = trace(_chain_corpus())
    assert sorted((d.derived, d.source) for d in report.derivations) == [("gmt", "wire"), ("prairie", "gmt")]


@pytest.mark.timeout(300)
def test_a_cluster_task_gets_the_counts_of_its_own_lines_and_decides_as_one_process_does():
    """Each task of the align stage is sent the corpus counts of its articles' lines only; the report is
    the same as one process gives, the chain included."""
    distributed = pytest.importorskip("dask.distributed", reason="Dask is an optional extra: provenance[dask]")
    local = trace(_chain_corpus())
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        on_dask = trace(_chain_corpus(), engine=client)
    assert ("prairie", "gmt") in {(d.derived, d.source) for d in on_dask.derivations}
    assert on_dask.model_dump_json() == local.model_dump_json()


def test_two_copies_that_print_the_same_share_line_as_other_outlets_do_stay_copies_of_the_original():
    report = trace([
        _doc("wire", "Wire Service", 2, WIRE),
        _doc("gmt", "Global Markets Today", 3, [*WIRE, SIGN_UP, SHARE]),
        _doc("ledger", "Daily Ledger", 4, [*WIRE, SHARE]),
        *_outlets_other_stories(),
    ])
    assert sorted((d.derived, d.source) for d in report.derivations) == [("gmt", "wire"), ("ledger", "wire")]

