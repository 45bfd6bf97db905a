"""The pieces every HTML view of the project shares: the page around a body, its style sheet and
Content-Security-Policy, escaping, and the small badges (credit, reuse, confidence) and number forms.

Safety lives here: :func:`esc` is the one way article text reaches a page, and :func:`page` sets a
policy that forbids scripts and any network fetch.
"""

from __future__ import annotations

import html

from .wording import confidence_text

__all__ = [
    "CSP", "REUSE_MEANING", "STYLE", "confidence_badge", "credit_badge", "esc", "page", "pct", "reuse_badge",
    "scroll", "yes_no",
]



CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;
  color:#1f2328;background:#fff}
main{max-width:1280px;margin:0 auto;padding:1.5rem;box-sizing:border-box}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
h1,h2,h3,p,summary,.banner{overflow-wrap:break-word}
code{overflow-wrap:anywhere;font-size:.85em}
.scroll{overflow-x:auto;max-width:100%;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:0}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:break-word}
th{background:#f6f8fa;font-weight:600}
td.num{text-align:right;white-space:nowrap}
table.summary td.name,table.undetermined td.name{min-width:11rem}
td .id{display:block;color:#57606a;font-size:.8rem}
.diagram{overflow:auto;border:1px solid #d0d7de;padding:.5rem;background:#fff;max-width:100%;box-sizing:border-box}
.diagram svg{max-width:100%;height:auto;display:block}
.diagram:target svg{max-width:none}
.diagram-size{margin:.3rem 0;font-size:.9rem}
.diagram:target ~ .diagram-size .open,.diagram-size .fit{display:none}
.diagram:target ~ .diagram-size .fit{display:inline}
.note{color:#57606a}
.meaning{color:#57606a;font-size:.9rem}
details.pair{margin:.6rem 0;border:1px solid #d0d7de;border-radius:6px;padding:.3rem .6rem}
details.pair summary{cursor:pointer;font-weight:600}
details.pair:target,details.derivation:target{border-color:#0969da}
details.pair:target::details-content,details.derivation:target::details-content{content-visibility:visible;display:block}
@media (max-width:640px){main{padding:.75rem}body{font-size:16px}h1{font-size:1.35rem}h2{font-size:1.15rem}
  th,td{padding:.3rem .35rem}.sbs td.text{min-width:9rem}
  table.summary th,table.undetermined th,table.documents th{white-space:nowrap}}
.banner{padding:.6rem .8rem;border-radius:6px;margin:.4rem 0;border:1px solid}
.credited{background:#eef6ff;border-color:#9cc4f2}
.uncredited{background:#ffebe9;border-color:#c0392b;color:#82071e;font-weight:600}
.retitle{background:#fff8c5;border-color:#d4a72c}
.same-title{background:#f6f8fa;border-color:#d0d7de}
.badge{display:inline-block;padding:0 .4rem;border-radius:1rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.b-UNCREDITED{background:#c0392b;color:#fff}.b-credited{background:#ddf4ff;color:#0969da}
.b-copy{background:#eaeef2;color:#24292f}.b-rewrite{background:#fbefff;color:#8250df}
.b-certain{background:#dafbe1;color:#116329}.b-probable{background:#fff8c5;color:#7d4e00}
.b-possible{background:#ffebe9;color:#a40e26}
.sbs td.text{width:44%}.sbs td.kind{width:12%;white-space:nowrap}
tr.op-kept td.text{background:#fff}
tr.op-modified td.text{background:#fff8c5}
tr.op-moved td.text{background:#ddf4ff}
tr.op-added td.derived{background:#dafbe1}
tr.op-dropped td.source{background:#ffebe9}
tr.op-added td.source,tr.op-dropped td.derived{background:#f6f8fa}
tr.op-kept td.kind{color:#57606a}
tr.op-modified td.kind{color:#7d4e00}tr.op-moved td.kind{color:#0550ae}
tr.op-added td.kind{color:#116329}tr.op-dropped td.kind{color:#a40e26}
ins{background:#abf2bc;text-decoration:none}
del{background:#ffcecb;text-decoration:line-through}
.block-kind{color:#57606a;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
.legend span{margin-right:1rem}
.furniture{border-left:4px solid #d0d7de;padding-left:.8rem}
"""


def esc(value: object) -> str:
    """Text made safe for HTML element content and quoted attributes (``<``, ``&``, quotes)."""
    return html.escape("" if value is None else str(value), quote=True)


def pct(x: float) -> str:
    return f"{x:.0%}"


def yes_no(flag: bool | None) -> str:
    return "?" if flag is None else "yes" if flag else "no"


def credit_badge(credited: bool) -> str:
    word = "credited" if credited else "UNCREDITED"
    return f'<span class="badge b-{word}">{word}</span>'


def reuse_badge(reuse: str) -> str:
    """copy or rewrite, as a badge: a paraphrase must not read as a copy."""
    return f'<span class="badge b-{esc(reuse)}" title="{esc(REUSE_MEANING[reuse])}">{esc(reuse)}</span>'


#: What the two kinds of reuse mean, for the badge's tooltip and the page's explanation.
REUSE_MEANING = {
    "copy": "copied: paragraphs mostly kept as they were, with small edits",
    "rewrite": "rewritten: the shared text paraphrased, cut or reordered",
}


def confidence_badge(value: float) -> str:
    """The confidence by the one rule, its word as a coloured badge."""
    number, word = confidence_text(value).split(" ")
    return f'{number} <span class="badge b-{word}">{word}</span>'


def scroll(table: str) -> str:
    """A table in a box of its own that scrolls sideways when the table is wider than the page."""
    return f'<div class="scroll">{table}</div>'


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body``: inline style, no script, nothing fetched."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body><main>{body}</main></body></html>\n"
    )
