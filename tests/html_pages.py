# ruff: noqa: E501  (page markup keeps its own long lines)
"""Saved web pages for the tests, written here rather than downloaded.

Each builder wraps plain article text in the page a news site would serve: a site header with
navigation, the headline, a byline and a date, the article, share buttons and tags, a related-
articles block, a sidebar and a site footer. The two seeds get pages shaped like the outlets'
own (an Al Jazeera news page and a Libyan Express WordPress post), so the tests can check that
reading the pages finds the same derivation as reading the plain text.
"""

from __future__ import annotations

from html import escape

_NAV = """
<header class="site-header" role="banner">
  <a class="site-logo" href="/">{site}</a>
  <nav class="main-menu" aria-label="Main"><ul>
    <li><a href="/news/">News</a></li><li><a href="/middle-east/">Middle East</a></li>
    <li><a href="/africa/">Africa</a></li><li><a href="/opinion/">Opinion</a></li>
    <li><a href="/sport/">Sport</a></li><li><a href="/video/">Video</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
"""

_SHARE = """
<div class="share-buttons"><span>Share</span>
  <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-twitter">Twitter</a>
  <a href="#" class="share-whatsapp">WhatsApp</a> <a href="#" class="share-email">Email</a>
</div>
"""


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _promo(text: str) -> str:
    label, _, rest = text.partition(":")
    return f'<p><strong>{escape(label)}:</strong> <a href="/news/related.html">{escape(rest.strip())}</a></p>'


def aljazeera_page(text: str, *, published: str = "2017-01-16T16:39:00+00:00") -> str:
    """The Al Jazeera seed (000) as the outlet's news page: headline, standfirst, lead photo with
    caption, body with promos and a subheading, "Source:" line, related stories and site footer."""
    lines = [line for line in text.splitlines() if line.strip()]
    title, standfirst, alt, caption, *rest = lines
    source = [line for line in rest if line.startswith("Source:")]
    body = []
    for line in rest:
        if line in source:
            continue
        if line.startswith(("OPINION:", "READ MORE:")):
            body.append(_promo(line))
        elif len(line.split()) <= 3 and not line.endswith("."):
            body.append(f"<h2>{escape(line)}</h2>")
        else:
            body.append(_p(line))
    body_html = "\n      ".join(body)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>{escape(title)} | Syria News | Al Jazeera</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://www.aljazeera.com/news/2017/1/16/syrian-rebel-groups-to-attend-peace-talks-in-astana">
  <meta property="og:site_name" content="Al Jazeera">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(title)}">
  <meta property="og:description" content="{escape(standfirst)}">
  <meta property="og:url" content="https://www.aljazeera.com/news/2017/1/16/syrian-rebel-groups-to-attend-peace-talks-in-astana">
  <meta property="article:published_time" content="{published}">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
  <style>.site-header{{display:flex}} .article-dates{{color:#666}}</style>
</head>
<body class="article-page">
{_NAV.format(site="Al Jazeera")}
<main id="main-content-area" class="container">
  <div class="breadcrumbs"><a href="/news/">News</a> | <a href="/where/mideast/syria/">Syria's War</a></div>
  <div class="article-header">
    <header class="article-header__title"><h1>{escape(title)}</h1></header>
    <p class="article__subhead"><em>{escape(standfirst)}</em></p>
    <div class="article-dates"><span class="screen-reader-text">Published On </span>
      <time datetime="{published}">16 Jan 2017</time></div>
  </div>
  <figure class="article-featured-image">
    <img src="/images/rebels-al-bab.jpg" alt="{escape(alt)}" width="770" height="513">
    <figcaption>{escape(caption)}</figcaption>
  </figure>
  {_SHARE}
  <div class="wysiwyg wysiwyg--all-content">
      {body_html}
  </div>
  <p class="article-source">{escape(source[0]) if source else ""}</p>
  <div class="topics"><span>More on</span> <a href="/topics/syria.html">Syria</a> <a href="/topics/kazakhstan.html">Kazakhstan</a></div>
  <section class="more-on" aria-label="More on Syria's War">
    <h2>More on Syria's War</h2>
    <ul>
      <li><article class="gc"><a href="/news/1.html">Turkey and Russia to co-sponsor Syria talks</a><span class="date">15 Jan 2017</span></article></li>
      <li><article class="gc"><a href="/news/2.html">Aleppo evacuation completed, ICRC says</a><span class="date">14 Jan 2017</span></article></li>
    </ul>
  </section>
</main>
<aside class="sidebar"><h3>Most Read</h3><ol>
  <li><a href="/news/3.html">Storm batters coastal towns</a></li><li><a href="/news/4.html">Markets fall on oil news</a></li>
</ol></aside>
<footer class="site-footer" role="contentinfo">
  <ul><li><a href="/about">About</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
  <p>© 2024 Al Jazeera Media Network. All rights reserved.</p>
</footer>
<script src="/js/app.js"></script>
</body>
</html>
"""


def libyan_express_page(text: str, *, published: str = "2017-01-17T09:20:00+00:00") -> str:
    """The Libyan Express copy (003) as a WordPress post: the op-ed footer sits inside the post
    content, the related articles follow the post, then a sidebar and the site footer."""
    lines = [line for line in text.splitlines() if line.strip()]
    title = lines[0]
    footer_at = next(i for i, line in enumerate(lines) if line.startswith("How to submit an Op-Ed"))
    body, footer, related = lines[1:footer_at], lines[footer_at], lines[footer_at + 1 :]
    label, _, rest = footer.partition(":")
    first_credit, _, first_rest = body[0].partition(" – ")
    paragraphs = [f"<p><strong>{escape(first_credit)}</strong> – {escape(first_rest)}</p>"]
    paragraphs += [_p(line) for line in body[1:]]
    items = []
    for line in related:
        headline, _, date = line.lstrip("- ").rpartition(" - ")
        items.append(
            '<div class="td_module_related_posts"><h3 class="entry-title td-module-title">'
            f'<a href="https://www.libyanexpress.com/post-{len(items)}/">{escape(headline)}</a></h3>'
            f'<span class="td-post-date"><time datetime="2024-12-03">{escape(date)}</time></span></div>'
        )
    content = "\n        ".join(paragraphs)
    related_html = "\n        ".join(items)
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{escape(title)} - Libyan Express</title>
<link rel="canonical" href="https://www.libyanexpress.com/all-syrian-opposition-factions-agree-to-attend-astana-talks/">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="Libyan Express">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{escape(title)}","datePublished":"{published}","publisher":{{"@type":"Organization","name":"Libyan Express"}}}}</script>
</head>
<body class="post-template-default single single-post">
<div class="td-header-wrap">
  <div class="td-header-top-menu"><span class="td_data_time">Tuesday, December 3, 2024</span></div>
  {_NAV.format(site="Libyan Express")}
</div>
<div class="td-main-content-wrap">
  <div class="td-ss-main-content">
    <article id="post-51234" class="post-51234 post type-post status-publish">
      <div class="td-post-header">
        <ul class="td-category"><li class="entry-category"><a href="/category/world/">World</a></li></ul>
        <header class="td-post-title">
          <h1 class="entry-title">{escape(title)}</h1>
          <div class="td-module-meta-info">
            <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/le/">Libyan Express</a></div>
            <span class="td-post-date"><time class="entry-date" datetime="{published}">January 17, 2017</time></span>
          </div>
        </header>
      </div>
      <div class="td-post-sharing-top">{_SHARE}</div>
      <div class="td-post-content">
        {content}
        <div class="td-a-rec td-a-rec-id-content_bottom"><span class="ad-label">Advertisement</span></div>
        <p><em><strong>{escape(label)}:</strong> {escape(rest.strip())}</em></p>
      </div>
      <footer>
        <div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>
          <li><a href="/tag/syria/">Syria</a></li><li><a href="/tag/astana/">Astana</a></li></ul></div>
        <div class="td-post-sharing-bottom">{_SHARE}</div>
        <div class="td-block-row td-post-next-prev">
          <div class="td-post-next-prev-content"><span>Previous article</span><a href="/prev/">Libya's oil output rises</a></div>
          <div class="td-post-next-prev-content"><span>Next article</span><a href="/next/">Tripoli clashes leave two dead</a></div>
        </div>
        <div class="author-box-wrap"><a href="/author/le/">Libyan Express</a>
          <div class="td-author-description">Libyan Express is an independent news organisation.</div></div>
      </footer>
    </article>
    <div class="td_block_wrap td_block_related_posts">
      <h4 class="td-related-title"><a href="#" class="td-related-left">RELATED ARTICLES</a><a href="#" class="td-related-right">MORE FROM AUTHOR</a></h4>
      <div class="td_block_inner">
        {related_html}
      </div>
    </div>
    <div class="comments" id="comments"><h4 class="block-title">LEAVE A REPLY</h4>
      <form id="commentform"><p class="comment-form-comment"><label>Comment:</label><textarea></textarea></p>
      <p class="comment-notes">Please enter your comment!</p></form></div>
  </div>
  <div class="td-ss-main-sidebar"><aside class="widget widget_recent_entries"><h4>Latest</h4><ul>
    <li><a href="/l1/">Central bank governor returns to Tripoli</a></li><li><a href="/l2/">Benghazi port reopens</a></li>
  </ul></aside></div>
</div>
<div class="td-footer-wrapper"><footer class="site-footer">
  <div class="footer-text-wrap">Libyan Express is an independent news organisation. Contact us: info@libyanexpress.com</div>
  <div class="td-sub-footer-copy">© Libyan Express 2024. All rights reserved.</div>
</footer></div>
</body>
</html>
"""
