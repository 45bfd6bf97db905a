"""Newsroom: generated corpora of syndicated news with known provenance.

Every article is built from a BBC News story (2004-2005, read at run time from
``shared/data/bbc_news``; see ``_data``) as agencies and papers would have passed it on. All
randomness comes from ``random.Random`` seeded with the caller's seed, so equal seeds give
equal output.

Outlets (``outlets``)
    20 wire agencies (Reuters, AP, AFP, PA Media, dpa, EFE, ANSA, Xinhua, Kyodo, Yonhap,
    Anadolu, PTI, ANI, IANS, NAN, Bernama, ANP, TASS, UPI, AAP) with their dateline styles and
    name spellings, and 31 invented sites (27 papers, 4 aggregators) in 23 countries
    (dailyledger.co.uk, thekenyanherald.com, manila-morning.ph, ...), each with a spelling
    convention, time zone, date style, usual agencies and one fixed footer. A record shows its
    outlet and URL 62% of the time, only the URL 22%, only the outlet 8%, neither 8%.

``credit_set(n, seed)``
    ``n`` single articles ``{"id","title","text","outlet","url","credited","form"}``.
    ``round(0.3 * n)`` are negatives (``credited`` None). Positive families and weights:
    dateline 20, byline 14 (on the first line, under a kicker, or at the end), trailer_dash 6,
    trailer_inputs 6, inline 6, dateline_bare 5, prefix 5, trailer_paren 5, trailer_with 5,
    trailer_contrib 5, first_appeared 5, trailer_additional 4, trailer_source 4, copyright 4,
    republished 3, trailer_via 3. ``first_appeared`` and ``republished`` credit a site half of
    the time. 10% of positives also carry a copyright line of the same agency, and 25% carry a
    non-credit mention of a different agency. Negative families: neg_none 30, neg_told 14,
    neg_according 12, neg_person_byline 12, neg_editing 10 ("Writing by ...; Editing by ...",
    people only), neg_photo 8, neg_self 8 (a site's notice about itself, only when outlet or URL
    shows; else neg_none), neg_quote 6; 20% of non-empty negatives carry a second mention.
    ``credited`` is the agency's canonical name (``outlets.AGENCIES[i]["name"]``, e.g.
    "Associated Press", "Press Trust of India") or a site's name.

``network(kind, n_stories, seed)`` with ``kind`` in ``KINDS``
    copies     a present source (agency wire 65%, else a paper's own story) and 2-5 direct
               copies; in 35% of stories one record appears again verbatim (same site at a
               second URL, or an aggregator).
    chains     3-5 copies each made from the previous one (65%) or trees whose parent is one
               of the last three nodes (35%); each copy inherits its parent's cuts, swaps,
               credit and (60%) footer and adds its own. The root is absent in 20%.
    siblings   2-4 copies of one absent wire story, cut differently, dated minutes to hours
               after it in any order; in 30% one sibling is copied again.
    mixes      a copy of agency story A with 1-3 paragraphs of agency story B (a different
               base story of the same topic, standing in for a second agency's take), often
               credited "With B" or "Compiled from A and B reports". A is absent 25%, B 30%;
               50% add a plain copy of A, 30% a copy of the mix.
    rewrites   1-2 heavy rewrites of a source (``rewording``: phrases and words replaced
               outside quotes, attributions and quotes turned round, leading and trailing
               phrases moved, sentences split, dropped and swapped, a few context sentences
               added, paragraphs merged and moved, credit mostly dropped; a rewrite keeps
               about half of its 8-word sequences from its source, a light copy about 85%).
               The source is absent in 24% of stories; 0-2 light copies come with it.
    unrelated  2-4 different stories of one topic sharing only a quoted sentence, a
               boilerplate paragraph, or one site (and so its footer).
    mixed      the six families in turn, in an order shuffled by the seed.

    Edits of a copy (``edits``): tail cut at 10-80% (sometimes mid-paragraph), middle
    paragraphs dropped, paragraphs merged, split or moved, one sentence reworded, house style
    (American spelling on US-style sites in 60-90% of copies, British on others, "said" to
    "stated" 18-36%, number style 30-60%), a new headline 50% (shortened, question, SEO,
    capitals, title case, "UPDATE 2-", reworded), a local-angle paragraph 15-35% on papers,
    page furniture in the body and the site's footer. The credit is kept 60-70%, moved to
    another form 20%, dropped 10%; copies of a paper's own story say where it first appeared
    45% of the time.

    Dates (``dates``): copies appear 3-90 minutes (45%), 1.5-20 hours (35%) or 1-4 days (20%)
    after their parent, siblings 2-240 minutes after the absent wire. The date is missing for
    4% of sources and 7% of copies, and 3% of copies show a time 20 minutes to 11 hours before
    their parent's (a clock or zone error; their ids are in ``clock_errors``). Styles include
    ISO 8601 with offset or Z, RFC 2822, "3 March 2024", "March 3, 2024 10:15 AM EST",
    ambiguous "03/04/2024", "2024-03-03", Unix seconds, "03.03.2024 10:15", "Updated: ...".

Truth (returned by ``network``)
    ``records``: ``{"id","title","text","outlet","url","published"}`` in shuffled order; ids
    say nothing about structure. ``edges``: ``[copy, parent]`` for every direct derivation
    between two present records (a mix has two parents; a duplicate's parent is the record it
    repeats). ``absent_sources``: ``[copy, outlet name]`` for a direct parent that is not in
    the corpus. For two records a, b of one story, ``pairs`` gives ``a_from_b`` when b is an
    ancestor of a through present or absent nodes (``b_from_a`` the other way), with
    ``direct`` (b is a's parent) and ``rewrite`` (the path passes through a heavy rewrite);
    ``siblings`` when neither descends from the other but they share an ancestor, present or
    absent; else ``none``. Every pair within a story is listed (a before b in record order),
    plus ``2 * len(records)`` sampled pairs across stories, all ``none``. ``siblings`` lists
    the sibling pairs; ``story`` maps id to story number; ``story_kinds`` gives each story's
    family; ``duplicates`` lists ``[repeat, original]`` of identical texts. Removal edits
    never drop the last paragraph taken from any source, so a derived record always keeps
    some text of each ancestor's story; a quote or boilerplate shared by unrelated stories
    does not make them related.
"""

from .creditset import credit_set
from .network import KINDS, network
from .outlets import AGENCIES, SITES

__all__ = ["AGENCIES", "KINDS", "SITES", "credit_set", "network"]
