"""Reading the corpus: folders, JSON Lines, CSV, tables, HTML pages and WARC crawls, item by item.

Hands on one :class:`~provenance.models.Article` an item (text, headline, date, outlet, URL), unsegmented.
"""
