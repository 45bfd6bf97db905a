"""One builder per case kind. Each takes the build context and the number of published pages it may add
(``room``), adds its pages to the context and returns how many published pages it added."""

from __future__ import annotations

from . import agency, chains, independent, mixes, rewrites, unrelated, updates

BUILDERS = {
    "agency": agency.build,
    "update": updates.build,
    "chain": chains.build,
    "mix": mixes.build,
    "independent": independent.build,
    "rewrite": rewrites.build,
    "unrelated": unrelated.build,
}
SHARE = {"agency": 0.30, "update": 0.08, "chain": 0.18, "mix": 0.12, "independent": 0.12, "rewrite": 0.06,
         "unrelated": 0.14}
SMALLEST = {"agency": 2, "update": 2, "chain": 2, "mix": 3, "independent": 2, "rewrite": 2, "unrelated": 1}
