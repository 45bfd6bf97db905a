"""Word lists: British and American spellings, and the synonyms a rewriting reporter reaches for.

The synonym list covers the verbs, nouns and connectives that fill news prose ("said", "firm",
"rose", "however", "more than"...), so that a paraphrase built from it shares few runs of words with its
source while keeping names, numbers and quotations.
"""

from __future__ import annotations

import re

__all__ = ["SYNONYMS", "UK_TO_US", "US_TO_UK"]

_PAIRS = """
colour color|colours colors|coloured colored|colourful colorful|favour favor|favours favors|favoured favored
favourite favorite|favourable favorable|honour honor|honours honors|honoured honored|labour labor
neighbour neighbor|neighbours neighbors|neighbouring neighboring|behaviour behavior|rumour rumor
rumours rumors|harbour harbor|humour humor|flavour flavor|endeavour endeavor|vigour vigor|armoured armored
centre center|centres centers|centred centered|theatre theater|theatres theaters|metre meter|metres meters
litre liter|litres liters|fibre fiber|calibre caliber|defence defense|offence offense|licence license
programme program|programmes programs|catalogue catalog|analogue analog|grey gray|travelled traveled
travelling traveling|traveller traveler|travellers travelers|cancelled canceled|cancelling canceling
modelling modeling|labelled labeled|fuelled fueled|signalled signaled|levelled leveled|channelled channeled
counselling counseling|jewellery jewelry|tyre tire|tyres tires|aluminium aluminum|mould mold
sceptical skeptical|sceptic skeptic|sceptics skeptics|manoeuvre maneuver|paediatric pediatric
enrolment enrollment|fulfil fulfill|instalment installment|ageing aging|judgement judgment
acknowledgement acknowledgment|cheque check|plough plow|pyjamas pajamas|cosy cozy|sulphur sulfur
practise practice|practised practiced|anaesthetic anesthetic|leukaemia leukemia|learnt learned
"""
_NO_INVERSE = {"meter", "meters", "license", "program", "programs", "tire", "tires", "check", "practice",
               "practiced", "learned"}
_ISE = (
    "organis realis recognis criticis apologis privatis stabilis minimis maximis authoris prioritis modernis "
    "normalis finalis legalis mobilis capitalis characteris summaris specialis utilis penalis subsidis "
    "standardis sympathis categoris optimis globalis nationalis industrialis centralis decentralis jeopardis "
    "scrutinis hospitalis computeris digitalis monetis familiaris harmonis liberalis localis marginalis "
    "neutralis publicis rationalis revolutionis sanitis socialis emphasis galvanis antagonis incentivis "
    "memoris militaris patronis polaris popularis radicalis terroris traumatis vandalis visualis energis "
    "dramatis customis legitimis urbanis equalis fertilis immunis itemis westernis agonis"
).split()
_ISE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")
_YSE = ("analys", "paralys", "catalys")


def _spellings() -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _PAIRS.replace("\n", "|").split("|"):
        if chunk.strip():
            uk, us = chunk.split()
            out[uk] = us
    for stem in _ISE:
        for end in _ISE_ENDINGS:
            out[stem + end] = stem[:-1] + "z" + end
    for stem in _YSE:
        for end in ("e", "ed", "es", "ing"):
            out[stem + end] = stem[:-1] + "z" + end
    return out


UK_TO_US: dict[str, str] = _spellings()
US_TO_UK: dict[str, str] = {us: uk for uk, us in UK_TO_US.items() if us not in _NO_INVERSE}

# One entry a line: a word or phrase, then its replacements. Forms are listed as they inflect.
_SYNONYMS = """
said: stated, noted, remarked, explained
says: states, notes, argues, maintains
told: informed
announced: unveiled, revealed, disclosed, made public
announcement: statement, decision, news
expected: forecast, projected, anticipated, likely
expects: forecasts, anticipates, predicts
expect: anticipate, foresee, predict
plans to: intends to, aims to, is set to
firm: company, business, group
company: firm, business, group
companies: firms, businesses, groups
government: administration, authorities
officials: authorities, representatives
people: individuals, citizens
rose: climbed, increased, went up, edged up
rising: climbing, increasing, growing
risen: climbed, increased
fell: dropped, declined, slipped, went down
falling: dropping, declining, sliding
jumped: surged, soared, leapt
increased: raised, boosted, lifted
big: large, major, sizeable
large: big, considerable, substantial
small: modest, minor, little
major: leading, key, significant
key: central, important, crucial
main: principal, chief, primary
important: significant, crucial, vital
significant: notable, considerable, marked
strong: robust, solid, healthy
weak: soft, poor, sluggish
however: nonetheless, though
also: additionally
because: as, since
while: whereas, although
although: though, even though
despite: in spite of, notwithstanding
after: following
around: about, roughly, some
more than: over, upwards of
less than: under, below, fewer than
including: among them, such as
according to: citing, as stated by
helped: assisted, aided, supported
showed: revealed, indicated, suggested
boost: lift, bolster
boosted: lifted, raised, bolstered
deal: agreement, accord, pact
deal with: handle, tackle, cope with
chief executive: boss, CEO
as a result: consequently
sales: revenues, turnover
profits: earnings
growth: expansion, increase
warned: cautioned, signalled
decision: ruling, verdict, move
recent: latest
recently: lately, in recent days
currently: at present, now
already: by now, so far
next: coming
previous: earlier, prior
several: a number of, various
many: numerous
figures: data, numbers, statistics
results: figures, performance
shares: stock
investors: shareholders, backers
analysts: experts, observers, commentators
customers: clients, buyers
users: subscribers, customers
team: squad, side
club: side, outfit
coach: manager, boss
manager: boss, head coach
season: campaign
game: match, contest
won: secured, claimed, clinched
beat: defeated, overcame
fans: supporters, followers
film: movie, picture
films: movies, pictures
album: record, release
award: prize, accolade
awards: prizes, accolades
technology: tech, innovation
internet: web, net
phone: handset, device
service: offering, system
election: poll, vote
campaign: drive, push
voters: the electorate, electors
minister: cabinet member, secretary
spokesman: representative, press officer
spokeswoman: representative, press officer
statement: announcement, release
chief: head
biggest: largest
largest: biggest
best: top, finest
worst: poorest
began: started, commenced
begin: start, commence
started: began, launched
ended: finished, concluded
needed: required
believe: think, feel
believes: thinks, feels
think: believe, feel
wants: wishes, hopes
used: employed, utilised
gave: offered, provided
get: obtain, receive
got: obtained, received
keep: retain, maintain
kept: retained, maintained
allow: permit, let
allowed: permitted
buy: purchase, acquire
bought: purchased, acquired
sell: offload, dispose of
sold: offloaded, disposed of
prices: costs, rates
money: funds, cash
rate: level, pace
problem: issue, difficulty
problems: issues, difficulties
concern: worry, unease
concerns: worries, fears
leader: head, chief
leaders: heads, chiefs
country: nation, state
countries: nations, states
region: area
city: town, metropolis
children: youngsters, kids
again: once more, anew
very: highly, extremely
almost: nearly, close to
nearly: almost, close to
quickly: rapidly, swiftly
due to: because of, owing to
in order to: to, so as to
as well as: along with, plus
such as: like, including
across: throughout
during: throughout, over the course of
within: inside
around the world: worldwide, globally
on the back of: thanks to, driven by
in the wake of: after, following
for the first time: for the very first time, in a first
added: continued, went on
meeting: session, gathering
sharp: steep, marked
highly: very, extremely
therefore: thus, as a result
partly: in part, partially
slightly: a little, marginally
meaningful: substantive, real
attractive: appealing
loosening: easing, relaxing
shift: change, switch
comments: remarks
willingness: readiness
factors: elements
reduce: cut, lower, shrink
reached: hit, touched
tumbled: slumped, dropped
speech: address
produce: yield, generate
differential: gap
enough: sufficient
assets: holdings
funded: financed
announce: unveil, reveal
commentators: pundits, observers
improve: strengthen, get better
confirmed: verified
revealed: disclosed
estimated: reckoned
suggested: indicated
insisted: maintained
admitted: conceded, acknowledged
argued: contended
urged: called on
aims: seeks, intends
attempt: bid, effort
attempts: efforts, bids
efforts: attempts, moves
strongly: firmly
clearly: plainly
finally: eventually
previously: before, formerly
immediately: at once, straight away
successful: effective
expensive: costly, pricey
cheap: inexpensive, low-cost
easy: simple
similar: comparable
serious: grave
dramatic: striking
rapid: swift, fast
entire: whole
whole: entire
various: several
amount: sum, quantity
talks: negotiations, discussions
row: dispute, spat
dispute: row, disagreement
scheme: programme, plan
rival: competitor
rivals: competitors
employees: staff, workers
staff: employees, personnel
workers: employees, staff
consumers: shoppers, buyers
experts: specialists, analysts
critics: opponents, detractors
supporters: backers
defeat: loss
injury: knock
former: one-time, ex-
industry: sector, trade
firms: companies, businesses
great: huge, tremendous
information: details, data
international: global, worldwide
spending: expenditure, outlays
foreign: overseas
latest: newest, most recent
chance: opportunity, shot
chairman: chair
released: issued, published
huge: massive, enormous, vast
demand: appetite
production: output
investment: funding
available: on offer, obtainable
difficult: hard, tough
annual: yearly
received: got, obtained
denied: rejected, refuted
global: worldwide, international
debt: borrowing, liabilities
giant: heavyweight, behemoth
pressure: strain
launched: rolled out, unveiled
television: TV
ensure: make sure, guarantee
proposals: plans, suggestions
claimed: asserted, alleged
remain: stay
remains: stays
victory: win, triumph
rules: regulations
evidence: proof
result: outcome
cash: money, funds
boss: chief, head
using: employing, utilising
website: site, web page
saying: stating, noting
seen as: viewed as, regarded as
it is: it's
does not: doesn't
did not: didn't
is not: isn't
will not: won't
would not: wouldn't
could not: couldn't
"""


def _synonyms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in _SYNONYMS.strip().splitlines():
        key, _, alts = line.partition(":")
        out[key.strip()] = tuple(a.strip() for a in alts.split(",") if a.strip())
    return out


SYNONYMS: dict[str, tuple[str, ...]] = _synonyms()
SYNONYM_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)) + r")\b",
                        re.IGNORECASE)
