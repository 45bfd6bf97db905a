"""``python -m bench.beatdesk``: the family's self-check."""

from __future__ import annotations

from .check import main

if __name__ == "__main__":
    raise SystemExit(main())
