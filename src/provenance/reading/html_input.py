"""Reading saved web pages into articles: text, headline, date, site name and canonical URL.

trafilatura finds the article in the page and gives its main text and metadata; htmldate gives
the publication date (with its time, where the page states one); charset-normalizer reads the
bytes of pages whose encoding is not declared, or declared wrongly.

trafilatura's main text is kept as the body, one paragraph a line, because telling article from
boilerplate is what it does well. But provenance needs some of what it leaves out: a copy differs
from its source by the furniture it adds and drops, so that furniture must reach the segmenter
(:mod:`provenance.article.furniture`), which reports it as furniture rather than as rewritten text. Put
back, in page order:

- figures between the headline and the end of the article: the image's alt text and caption;
- after the article: related-links blocks (a container whose class, id or label says "related",
  "more on", "read more"...) as one "- headline - date" line per link, and, inside the article's
  own container, short blocks the furniture rules recognise (a "Source:" line, a submission
  footer, a byline, a promo).

Page chrome stays out: navigation, banners, sidebars, share buttons, tags, comments, forms and
the site footer, so that two copies of one article on two sites compare on what the articles
carry, not on their sites' menus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import EmptyDocumentError, InputFormatError, UnreadableInputError
from ..models import Article
from ..optional import require
from .dates import Precision, parse_date
from .urls import outlet_from_url

__all__ = ["decode_html", "looks_like_html", "read_html"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
#: Bytes at the start of a page searched for a ``<meta charset>`` declaration (the HTML standard's 1024, doubled).
_PRESCAN_BYTES = 2048
_SPACE = re.compile(r"\s+")
_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:p|div|article|h[1-6]|section|li|br)[\s/>]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_RELATED = re.compile(
    r"related|more[\s_-]?(?:on|from|stories|news|in)\b|read[\s_-]?(?:more|next|also)|recommended|"
    r"also[\s_-]?read|you[\s_-]?may|further[\s_-]?reading|see[\s_-]?also",
    re.I,
)
#: A related block's own title or tab ("RELATED ARTICLES", "More from author"), not a related link.
_LABEL_LINK = re.compile(r"^(?:related|more|read|see|you may|recommended|also|further|latest|popular)\b", re.I)
_LABEL_WORDS = 4
_CHROME_TAGS = frozenset({"nav", "aside", "form", "button", "select", "textarea", "script", "style", "noscript",
                          "template", "iframe", "svg", "menu", "dialog"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"})
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|share|sharing|social|comments?|sidebar|widget|cookie|consent|newsletter|"
    r"subscribe|breadcrumbs?|tags?|topics|author|pagination|next-prev|prev-next|advert|advertisement|ads?|"
    r"sponsored|popular|most-read|trending)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt", "pre",
           "figcaption", "section", "article", "header", "footer", "address")
_SKIP = frozenset({"script", "style", "noscript", "template"})
_DATE_META = frozenset({"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                        "publish-date", "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date"})
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def looks_like_html(text: str) -> bool:
    """Whether a string is an HTML page or fragment rather than plain article text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Talks open on Monday <in Astana>, officials said.")
    False
    """
    head = text[:4096]
    if _START.match(head):
        return True
    stripped = head.lstrip()
    return stripped.startswith("<") and len(_BLOCK_TAG.findall(head)) >= 2


def decode_html(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a page's bytes: byte-order mark, then the declared charset (HTTP header, then
    ``<meta charset>``) if the bytes decode under it, then charset-normalizer's detection.

    Raises UnreadableInputError naming ``name`` when nothing decodes the bytes.
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    for charset in (declared, meta.group(1).decode("ascii", "replace") if meta else None):
        if not charset:
            continue
        codec = _whatwg(charset)
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue  # unknown or wrong declaration: detect instead
    charset_normalizer = require("charset_normalizer", "html", f"reading the HTML page {name!r}")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableInputError(f"{name!r}: cannot tell the character encoding of this HTML (binary data?)")
    return str(best)


def _whatwg(charset: str) -> str:
    """Browsers read Latin-1 and ASCII declarations as Windows-1252; so do we."""
    low = charset.strip().lower()
    return "cp1252" if low in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"} else low


@dataclass(frozen=True)
class _Line:
    position: float
    text: str


def read_html(
    page: str | bytes,
    *,
    ident: str,
    origin: str,
    url: str | None = None,
    charset: str | None = None,
) -> Article:
    """An article (not yet segmented) from one HTML page.

    ``url`` is where the page was fetched from (used when the page names no canonical URL);
    ``charset`` is a declared encoding (an HTTP header's) for pages given as bytes. The text is
    the headline, then the main text with figures and trailing furniture put back (see the
    module's docstring). The outlet is the page's site name, else its URL's registered domain.

    Raises MissingDependencyError without the ``html`` extra, InputFormatError for a page that
    cannot be parsed, UnreadableInputError for bytes that cannot be decoded, and
    EmptyDocumentError for a page in which no article text is found.
    """
    trafilatura = require("trafilatura", "html", f"reading the HTML page {origin!r}")
    lxml_html = require("lxml.html", "html", f"reading the HTML page {origin!r}")
    html = decode_html(page, origin, charset) if isinstance(page, bytes) else page
    html = html.replace("\x00", "")
    if not html.strip():
        raise EmptyDocumentError(f"{origin!r} is empty")
    try:
        tree = lxml_html.document_fromstring(
            html.encode("utf-8", "surrogatepass"), parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
        )
    except Exception as exc:  # lxml raises ParserError, ValueError...
        raise InputFormatError(f"{origin!r} cannot be parsed as HTML: {exc}") from None
    xml = trafilatura.extract(
        html, url=url, output_format="xml", with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
    )
    meta: dict[str, Any] = {}
    lines: list[str] = []
    if xml:
        from lxml import etree

        doc = etree.fromstring(xml.encode("utf-8"))
        meta = dict(doc.attrib)
        main = doc.find("main")
        lines = _linearise(main) if main is not None else []
    title = _fold(meta.get("title") or "") or None
    text_lines = _with_furniture(tree, lines, title)
    if not any(_fold(line) != title for line in text_lines):
        raise EmptyDocumentError(f"{origin!r}: no article text found in this HTML page")
    if title and _fold(text_lines[0]) != title:
        text_lines.insert(0, title)
    canonical = meta.get("url") or url
    outlet, outlet_from = _outlet(meta.get("sitename"), canonical)
    published, precision = _stated_date(tree) or _published(html, canonical) or (None, None)
    return Article(
        id=ident,
        title=title,
        text="\n".join(text_lines),
        outlet=outlet,
        outlet_from=outlet_from,
        url=canonical,
        published=published,
        published_precision=precision,
        origin=origin,
    )


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _key(text: str) -> str:
    """Text without any white space, to find trafilatura's lines in the page: it adds and drops
    spaces between elements ("coast</h1><div>By" reads "coast By")."""
    return _SPACE.sub("", text)


def _linearise(main: Any) -> list[str]:
    """trafilatura's XML main text as lines: paragraphs and headings, "- item" for list items,
    " | "-joined cells for table rows; line breaks inside a paragraph start a new line."""
    lines: list[str] = []

    def text_of(el: Any) -> list[str]:
        parts = [""]
        if el.text:
            parts[-1] += el.text
        for child in el:
            if child.tag == "lb":
                parts.append("")
            else:
                parts[-1] += "".join(child.itertext())
            if child.tail:
                parts[-1] += child.tail
        return [p for p in (_fold(x) for x in parts) if p]

    def walk(el: Any) -> None:
        for child in el:
            if child.tag == "list":
                for item in child.iter("item"):
                    own = _fold("".join(t for t in [item.text or ""] + [c.tail or "" for c in item]))
                    if own or len(item) == 0:
                        lines.extend(f"- {t}" for t in text_of(item) if t)
            elif child.tag == "table":
                for row in child.iter("row"):
                    cells = [_fold("".join(c.itertext())) for c in row]
                    if any(cells):
                        lines.append(" | ".join(c for c in cells if c))
            elif child.tag in ("quote", "div") and len(child) and child[0].tag in ("p", "head", "list"):
                walk(child)
            elif child.tag != "graphic":
                lines.extend(text_of(child))

    walk(main)
    return lines


def _tokens(el: Any) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("aria-label"))))


def _chrome(el: Any) -> bool:
    """Page chrome: navigation, sidebars, share buttons, comments, forms, the site footer."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _CHROME_TAGS or (el.get("role") or "").lower() in _CHROME_ROLES:
        return True
    if tag == "footer" and not any(a.tag == "article" for a in el.iterancestors()):
        return True
    tokens = _tokens(el)
    return "byline" not in tokens.lower() and bool(_CHROME_WORDS.search(tokens))  # a byline carries credits


def _with_furniture(tree: Any, main_lines: list[str], title: str | None) -> list[str]:
    """The main lines, with figures and trailing furniture from the page put back in page order."""
    body = tree.find("body")
    if body is None:
        return list(main_lines)
    order: dict[Any, int] = {}
    by_text: dict[str, list[Any]] = {}
    in_chrome: set[Any] = set()
    for n, el in enumerate(e for e in body.iter() if isinstance(e.tag, str)):
        order[el] = n
        if el.getparent() in in_chrome or _chrome(el):
            in_chrome.add(el)  # a menu item that repeats a line of the article is not where it is
        elif el.tag in _BLOCKS:
            by_text.setdefault(_key(el.text_content()), []).append(el)
    located: list[_Line] = []
    anchors: list[Any] = []
    cursor = -1.0
    for line in main_lines:
        key = _key(line[2:] if line.startswith("- ") else line)
        found = next((el for el in by_text.get(key, ()) if order[el] > cursor), None)
        if found is None:
            cursor += 1e-3
            located.append(_Line(cursor, line))
            continue
        for leaf in _leaves(found):  # one line that is a whole container: its own blocks instead
            cursor = float(order[leaf])
            anchors.append(leaf)
            located.append(_Line(cursor, line if leaf is found else _fold(leaf.text_content())))
    if not anchors:
        return list(main_lines)
    main_lines = [line.text for line in located]
    first = next((a for a in anchors if _fold(a.text_content()) != title), anchors[0])
    heading = next((h for h in body.iter("h1") if title and _fold(h.text_content()) == title), None)
    start = min(order[first], order[heading]) if heading is not None else order[first]
    last = anchors[-1]
    known = {_fold(line) for line in main_lines} | {title or ""}
    extra = list(_figures(body, order, start, order[last], known))
    known |= {line.text for line in extra}
    extra += _leading(body, order, start, first, known)
    extra += _trailing(body, order, last, known)
    return [line.text for line in sorted(located + extra, key=lambda x: x.position)]


def _figures(body: Any, order: dict[Any, int], start: int, end: int, known: set[str]) -> Iterable[_Line]:
    for fig in body.iter("figure"):
        at = order.get(fig, -1)
        if not start < at < end or any(_chrome(a) for a in fig.iterancestors()) or _chrome(fig):
            continue
        captions = [_fold(c.text_content()) for c in fig.iter("figcaption")]
        caption = " ".join(c for c in captions if c)
        image = next(fig.iter("img"), None)
        alt = _fold(image.get("alt") or "") if image is not None else ""
        texts = [t for t in (alt, caption) if t and t not in known]
        if alt and alt == caption:
            texts = texts[:1]
        for n, text in enumerate(texts):
            yield _Line(at - 0.5 + n * 1e-4, text)


def _leaves(el: Any) -> list[Any]:
    """``el`` itself if no block lies inside it, else the innermost blocks inside it (chrome left out).

    trafilatura's fallback extractor, used on short pages, returns a whole container as one
    paragraph; reading the container's own blocks gives the headline, byline and paragraphs back.
    """
    if not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
        return [el]
    found = []
    skip: set[Any] = set()
    for d in el.iterdescendants():
        if not isinstance(d.tag, str) or d.tag in _SKIP or any(a in skip for a in d.iterancestors()):
            continue
        if _chrome(d):
            skip.add(d)
        elif d.tag in _BLOCKS and _fold(d.text_content()) and not any(
            isinstance(x.tag, str) and x.tag in _BLOCKS for x in d.iterdescendants()
        ):
            found.append(d)
    return found or [el]


def _container(el: Any) -> Any | None:
    """The article's container: the nearest ``<article>``, ``<main>`` or role=main around it."""
    return next((a for a in el.iterancestors() if a.tag in ("article", "main") or a.get("role") == "main"), None)


#: Whether a line is page furniture by its shape alone (byline, "Source:" line, caption...). The
#: shape rules belong to the article part, which segments what this reader hands on; it registers
#: them here when it loads (importing ``provenance`` loads it), so reading never imports it.
_FURNITURE_RULES: list[Callable[[str], bool]] = []


def use_furniture_rule(rule: Callable[[str], bool]) -> None:
    """Tell the reader how to recognise a furniture line (called by :mod:`provenance.article.furniture`)."""
    _FURNITURE_RULES[:] = [rule]


def _furniture_line(text: str) -> bool:
    return _FURNITURE_RULES[0](text)


def _furniture_leaf(el: Any, known: set[str]) -> str | None:
    """A block with no blocks inside whose text the furniture rules recognise (byline, source line...)."""
    if el.tag not in _BLOCKS or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
        return None
    text = _fold(el.text_content())
    if not text or text in known or not _furniture_line(text):
        return None
    known.add(text)
    return text


def _leading(body: Any, order: dict[Any, int], start: int, first: Any, known: set[str]) -> list[_Line]:
    """Furniture between the headline and the first paragraph (a byline, say), inside the container."""
    container = _container(first)
    if container is None:
        return []
    found = []
    skip_until = -1
    for el in container.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        at = order[el]
        if at >= order[first]:
            break
        if at <= start or at <= skip_until:
            continue
        if el.tag == "figure" or (el not in set(first.iterancestors()) and _chrome(el)):
            skip_until = at + sum(1 for _ in el.iterdescendants())
            continue
        text = _furniture_leaf(el, known)
        if text:
            found.append(_Line(at, text))
    return found


def _trailing(body: Any, order: dict[Any, int], last: Any, known: set[str]) -> list[_Line]:
    """Related-links blocks after the article, and furniture blocks closing the article's container."""
    ancestors = set(last.iterancestors())
    container = _container(last)
    after = order[last] + sum(1 for _ in last.iterdescendants())
    found: list[_Line] = []
    skip_until = -1
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        at = order[el]
        if at <= after or at <= skip_until:
            continue
        if el not in ancestors and _chrome(el):
            skip_until = at + sum(1 for _ in el.iterdescendants())
            continue
        if _RELATED.search(_tokens(el)):
            found.extend(_related_lines(el, order, known))
            skip_until = at + sum(1 for _ in el.iterdescendants())
            continue
        if container is not None and container in set(el.iterancestors()):
            text = _furniture_leaf(el, known)
            if text:
                found.append(_Line(at, text))
    return found


def _related_lines(container: Any, order: dict[Any, int], known: set[str]) -> list[_Line]:
    """One "- headline - date" line per link of a related-links block (its own title links left out)."""
    links = [a for a in container.iter("a") if _fold(a.text_content()) and not (
        _LABEL_LINK.match(_fold(a.text_content())) and len(a.text_content().split()) <= _LABEL_WORDS)]
    found = []
    for link in links:
        item = link
        while item.getparent() is not None and item.getparent() is not container and sum(
            1 for a in item.getparent().iter("a") if a in links
        ) == 1:
            item = item.getparent()
        date = next((d for d in item.iter() if isinstance(d.tag, str) and d is not link and (
            d.tag == "time" or "date" in (d.get("class") or "").lower())), None)
        headline = _fold(link.text_content())
        line = f"- {headline} - {_fold(date.text_content())}" if date is not None and _fold(
            date.text_content()) else f"- {headline}"
        if line not in known:
            found.append(_Line(order[link], line))
            known.add(line)
    return found


def _outlet(sitename: str | None, url: str | None) -> tuple[str | None, str | None]:
    """The site name if the page states one; a host name that trafilatura filled in counts as the URL's."""
    name = _fold(sitename or "")
    if name and not (" " not in name and "." in name):
        return name, "metadata"
    domain = outlet_from_url(url) or (outlet_from_url(name) if name else None)
    return (domain, "url") if domain else (None, None)


def _stated_date(tree: Any) -> tuple[datetime, Precision] | None:
    """The publication time the page states in its markup, and how precisely, in order of trust:
    publication meta tags, JSON-LD ``datePublished``, then the first ``<time datetime>`` outside
    chrome and related links.

    Checked before htmldate because htmldate's "original date" is the oldest date it finds, which
    on a news page can be a related story's; the markup also keeps the time of day and zone.
    """
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _DATE_META:
            found = _markup_date(el.get("content"))
            if found:
                return found
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json":
            match = _LD_DATE.search(el.text or "")
            if match and _markup_date(match.group(1)):
                return _markup_date(match.group(1))
    for el in tree.iter("time"):
        if el.get("datetime") and not any(_chrome(a) or _RELATED.search(_tokens(a)) for a in el.iterancestors()):
            found = _markup_date(el.get("datetime"))
            if found:
                return found
    return None


def _published(html: str, url: str | None) -> tuple[datetime, Precision] | None:
    """Publication date by htmldate when the markup states none (original date, no search of the text)."""
    try:
        htmldate = require("htmldate", "html", "reading HTML dates")
        found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False,
                                   outputformat="%Y-%m-%dT%H:%M:%S%z")
    except ImportError:
        return None
    except Exception:  # htmldate gives up on odd markup; the date is optional
        return None
    moment = _iso_date(found)
    return (moment, _precision(moment)) if moment else None


def _markup_date(value: str | None) -> tuple[datetime, Precision] | None:
    moment = _iso_date(value)
    return (moment, _precision(moment, value)) if moment and value else None


def _precision(moment: datetime, stated: str | None = None) -> Precision:
    """A page's date at midnight with no zone is a date alone (htmldate gives a date alone so, and a
    page may write ``2023-05-04T00:00:00`` for one); otherwise as precisely as the markup stated it."""
    if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0) and moment.tzinfo is None:
        return "day"
    try:
        return parse_date(stated, where="the page's date")[1] if stated else "second"
    except InputFormatError:  # ISO 8601 that dateutil does not read: taken as stated to the second
        return "second"


def _iso_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
