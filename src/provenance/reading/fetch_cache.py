"""Fetched pages kept on disk, so that tracing the same links again needs no network.

Each page is two files under the cache folder, named by a digest of the link as given:
``ab/abcdef….body`` holds the bytes the site sent (decompressed) and ``ab/abcdef….json`` the
rest: the link, the final URL after redirects, the status, the Content-Type and charset, and
when the page was fetched. The JSON is written last and each file is written whole under a
temporary name first, so an interrupted run leaves no half entry. A second run reads both back,
fetched time included, and so gives the same report, offline.

The folder is, in order: the ``cache=`` given to :func:`provenance.trace`, the
``PROVENANCE_CACHE`` environment variable, or ``pages`` in the user's cache folder
(``~/.cache/provenance`` on Linux, ``~/Library/Caches/provenance`` on macOS,
``%LOCALAPPDATA%\\provenance\\Cache`` on Windows, found by platformdirs). Only HTML pages are
kept; failures are not, so a link that failed is tried again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import ProvenanceWarning
from ..optional import require

__all__ = ["CACHE_ENV", "Page", "PageCache", "cache_folder"]

CACHE_ENV = "PROVENANCE_CACHE"
#: The layout of one entry; an entry of another format is fetched again.
_FORMAT = 1


@dataclass(frozen=True)
class Page:
    """A page as fetched: the link asked for, where it led, what the site said it was, and its bytes."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    charset: str | None
    fetched_at: datetime
    body: bytes


def cache_folder(cache: str | Path | None = None) -> Path:
    """The folder pages are kept in: ``cache`` if given, else ``$PROVENANCE_CACHE``, else the user's cache folder."""
    if cache is not None:
        return Path(cache).expanduser()
    env = os.environ.get(CACHE_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    platformdirs = require("platformdirs", "web", "finding the user's cache folder for fetched pages")
    return Path(platformdirs.user_cache_dir("provenance", appauthor=False)) / "pages"


class PageCache:
    """Pages on disk by the link asked for; safe to share between threads and runs."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self._given = folder
        self._folder: Path | None = None
        self._warned = False

    @property
    def folder(self) -> Path:
        """Where the pages are kept (found at first use: a run without links never looks)."""
        if self._folder is None:
            self._folder = cache_folder(self._given)
        return self._folder

    def _paths(self, url: str) -> tuple[Path, Path]:
        digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        base = self.folder / digest[:2] / digest
        return base.with_suffix(".json"), base.with_suffix(".body")

    def get(self, url: str) -> Page | None:
        """The page kept for ``url``, or None (never fetched, or an entry that cannot be read)."""
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        try:
            if meta.get("format") != _FORMAT or meta["url"] != url or meta["size"] != len(body):
                return None
            return Page(
                url=url, final_url=meta["final_url"], status=int(meta["status"]), content_type=meta["content_type"],
                charset=meta["charset"], fetched_at=datetime.fromisoformat(meta["fetched_at"]), body=body,
            )
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, page: Page) -> None:
        """Keep ``page``; a folder that cannot be written is said once in a warning, and the run goes on."""
        meta_path, body_path = self._paths(page.url)
        meta = {
            "format": _FORMAT, "url": page.url, "final_url": page.final_url, "status": page.status,
            "content_type": page.content_type, "charset": page.charset,
            "fetched_at": page.fetched_at.isoformat(), "size": len(page.body),
        }
        try:
            meta_path.parent.mkdir(parents=True, exist_ok=True)
            _write(body_path, page.body)
            _write(meta_path, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as exc:
            if not self._warned:
                self._warned = True
                warnings.warn(
                    f"fetched pages cannot be kept in {str(self.folder)!r} ({exc}); they will be fetched again "
                    f"next time (give cache= or set {CACHE_ENV} to a folder that can be written)",
                    ProvenanceWarning, stacklevel=2,
                )


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole: under a temporary name in the same folder, then renamed."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
