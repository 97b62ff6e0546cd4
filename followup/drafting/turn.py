"""Whose turn it is after the newest customer email or call note: a change it makes to the deal (a new count, day,
colour, model or spec) leads the recap, the rep's older lines whose figures it makes stale are not said again, and
the close fits ("Let me know if anything has changed on your side" only when the ball is with the customer). A change of
another term (a day, colour, model, site) and the customer's go-ahead are read in followup.drafting.changes."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from followup.drafting.acceptance import welcome
from followup.drafting.backref import refers_back
from followup.drafting.brief import briefly, wanted
from followup.drafting.changes import replaced, swap_lines, unanswered_items, without_old
from followup.drafting.corrected import to_reader
from followup.drafting.followed import contact_wish
from followup.drafting.items import Item, State
from followup.drafting.nounphrase import thing_only
from followup.drafting.received import received
from followup.drafting.recount import MONEY, per_thing
from followup.drafting.sendback import own_action
from followup.text.dates import MONTHS, alternation

_MONTHS = alternation(MONTHS)

# New counts said back from a change that could not be restated whole, at most.
MAX_CHANGES = 2

# Words a customer changes a part of the deal with: "36 modules, not 30", "instead of", "8 Segel statt 6",
# "au lieu de", "finalement", "en vez de", "now need", "back to".
_CHANGE_WORDS = re.compile(
    r"\b(?:not \d|instead(?: of)?|rather than|changed (?:to|from)|now (?:need|want|take)|back to|only \d|"
    r"statt|anstatt|nur noch|geändert|"
    r"au lieu|finalement|plutôt que|changement|"
    r"en vez|en lugar|al final|finalmente|solo \d|cambio de|volvemos a|on revient à|revenons à|wieder auf)\b", re.I)


# A model code ("VL-90", "PS-400", "HP-2"): its number counts nothing ("VL-90 case" is not 90 cases).
_MODEL = re.compile(r"\b[A-Za-z]{1,5}-\d+[A-Za-z]*\b|\b[A-Z]{1,5}\d+[A-Za-z]*\b")

# A figure whole, thousands spaced too ("1 100", "1\u202f100"), never its last group alone ("100" of "1 100").
_WHOLE = r"(?<![\d.,'-])(?<!\d[ \u00a0\u202f])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)|\d[\d.,']*\d|\d)"
# A figure with what it counts ("36 modules", "8 Segel", "15 modules"), not a function word ("29 de noviembre").
_COUNT = re.compile(_WHOLE + r"\s+([^\W\d_]{3,})")
# The same over one hyphenated word: "2 dual-boiler machines" counts machines.
_OVER_ADJECTIVE = re.compile(_WHOLE + r"\s+[^\W\d_]+-[^\W\d_]+\s+([^\W\d_]{3,})")
_NOT_UNIT = {"del", "des", "der", "den", "dem", "die", "das", "and", "und", "for", "per", "pro", "par", "por", "para",
             "each", "the", "les", "los", "las", "une", "una", "uno", "avec", "con", "mit", "with", "from", "to"}


# A count per something ("4 coaches per Friday", "2 Segel pro Tag"): a limit, not the deal's new count.
_RATE = re.compile(r"\s+(?:per|a|an|each|pro|je|par|por|al|à)\b", re.I)


# A day set as a deadline ("by 7 June", "bis 7. Juni", "avant le 7 juin", "antes del 7 de junio"): no count of the deal,
# never the customer's change.
_DEADLINE = re.compile(rf"\b(?:by|until|till|before|no later than|bis(?: zum| spätestens)?|spätestens(?: am| zum)?|"
                       rf"avant le|d'ici (?:au|le)|au plus tard le|antes del?|hasta el|a más tardar el)\s+"
                       rf"(?:\w+,?\s+)?\d{{1,2}}\.?(?:\s+de)?\s+(?:{_MONTHS})\b", re.I)


def _counts(text: str) -> dict[str, set[str]]:
    """What a text counts, by the first four letters of the thing, with its figures (a deadline's day counts nothing)."""
    out: dict[str, set[str]] = {}
    text = _DEADLINE.sub(" ", _MODEL.sub(" ", text))
    for n, w in _COUNT.findall(text) + _OVER_ADJECTIVE.findall(text):
        if w.lower() not in _NOT_UNIT:
            out.setdefault(w.lower()[:4], set()).add(re.sub(r"[.,' ]", "", n))
    return out


def counted_again(old: str, newer: Sequence[str]) -> bool:
    """Whether a newer text counts a thing the old one counted at another figure only ("36 modules, not 30")."""
    mine = _counts(old)
    for text in newer:
        for unit, figures in _counts(text).items():
            if unit in mine and not figures & mine[unit]:
                return True
    return False


def newest_customer(state: State) -> list[Item]:
    """The customer's newest email, when it is the last interaction (after the rep's latest email and any call
    note); [] otherwise."""
    last = state.last or {}
    if last.get("direction") != "inbound":
        return []
    # a call note is the rep's own record: what it counts may be the rep's figure, so only an email leads
    return [i for i in state.items if f"{i.source_kind}:{i.source_id}" == last.get("source") and not i.internal
            and i.direction == "inbound"]


def _earlier_rep(state: State, before) -> list[str]:
    """What the rep said before a moment: their emailed sentences and call notes (a count a note already took on
    is no news)."""
    return [i.quote for i in state.items if i.direction in ("outbound", "note") and i.at < before and not i.internal]


def is_change(item: Item, state: State) -> bool:
    """Whether an item of the customer's newest source changes the deal: it counts again a thing the rep's earlier
    offer counted, or says so in a word of change, with a figure or a day."""
    if item.kind not in ("constraint", "request", "term") or "?" in item.quote:
        return False
    earlier = _earlier_rep(state, item.at)
    if earlier and counted_again(" | ".join(earlier), [item.quote]):  # all of them: a note may have taken it on
        return True
    return bool(_CHANGE_WORDS.search(item.quote) and re.search(r"\d", item.quote))


def changes(state: State) -> list[Item]:
    """The deal changes of the customer's newest email or call note, oldest first."""
    return [i for i in newest_customer(state) if is_change(i, state)]


def _new_counts(item: Item, state: State) -> list[str]:
    """The counts of a change the rep's earlier emails counted at another figure ("10,000 sets", "36 months")."""
    earlier: dict[str, set[str]] = {}
    for quote in _earlier_rep(state, item.at):
        for unit, figures in _counts(quote).items():
            earlier.setdefault(unit, set()).update(figures)
    # a count the rep states anywhere (a revised quote, a call note) is said in the rep's own line
    stated = _counts(" | ".join(i.quote for i in state.items if i.direction != "inbound" and not i.internal))
    found = {m.group(2).lower()[:4]: f"{m.group(1)} {m.group(2)}" for m in _COUNT.finditer(_MODEL.sub(" ", item.quote))
             if m.group(2).lower()[:4] in earlier and re.sub(r"[.,'\s]", "", m.group(1)) not in stated.get(
                 m.group(2).lower()[:4], set()) and not _RATE.match(item.quote, m.end())}
    return list(found.values())  # one count per thing, the last: "12 months shorter, so 36 months" -> "36 months"


# "de" before an article contracts in French and Spanish: "Tomo nota de el contrato" -> "del contrato".
_CONTRACT = [(re.compile(r"\bde el\b"), "del"), (re.compile(r"\bde le\b"), "du"), (re.compile(r"\bde les\b"), "des")]


def contracted(line: str) -> str:
    """A noting line with "de" and the article after it contracted ("de le devis" -> "du devis")."""
    for pattern, words in _CONTRACT:
        line = pattern.sub(words, line, count=1)
    return line


def noted_first(recap: list[str], used: list[Item], told: Sequence[Item], state: State, p: dict,
                join: Callable[[list[str], str], str]) -> tuple[list[str], list[Item]]:
    """The recap with the customer's points noted: their newest change first (said back whole when it could be
    turned to the rep's words, else as its new count: "I've noted the change: 10,000 sets"), then the rest."""
    new = changes(state)
    # "Las necesito para ...": names nothing; "Telefonisch bin ich nur ... erreichbar": a wish the sender keeps
    told = [i for i in told if not refers_back(i.quote, state.language) and not contact_wish(i.quote, i.at, state.tz)]
    # the newest change first, then the rest newest source first (a source's own points in their order)
    told = [i for i in told if i in new] + sorted([i for i in told if i not in new], key=lambda i: -i.at.timestamp())
    # not restatable, or only with the customer's story: its count ("please hold 36 modules" is the rep's action)
    unsaid = [i for i in new if i not in told and not own_action(i.text)]
    counts = [c for c in dict.fromkeys(c for i in unsaid for c in _new_counts(i, state))
              if not any(c in r for r in [*recap, *(i.text for i in told), (state.last or {}).get("order_lines", "")])
              ][:MAX_CHANGES]  # never said twice (the order's confirmation says each line's count)
    lines = [p["changed"].format(x=join(counts, p["and"]))] if counts else []
    # a change of another term (a day, colour, model, site, payment), said back by its new value
    swapped, swaps = swap_lines([i for i in unanswered_items(state) if i not in told and i not in used
                                 and not _new_counts(i, state)], state, p, join)
    lines += swapped
    # each point briefly, by what it carries (figures, dates, names), never the customer's whole story sent back
    short = briefly([without_old(i.text, state.language) for i in told], state.language)
    short = [to_reader(t, state.language) for t in short]  # "necesitamos las tarjetas" -> "necesitan las tarjetas"
    # "you need the offer as PDF" -> "Noted: the offer as PDF"; a point that is only a thing ("4 grupos") as it is
    things = [wanted(t, state.language) or (t if thing_only(t, state.language) else None) for t in short]
    if told and all(things):
        # "Tomo nota de su opinión ...": the noting said with its verb, never "Tomo nota: 4 grupos." (a fragment)
        lines += [contracted(p["noted_np"].format(x=join([t for t in things if t], p["and"])))]
    elif told:
        lines += [p["noted"].format(x=join(short, p["and"]))]
    lead = bool(counts) or bool(swaps) or any(i in new for i in told)
    said = [i for i in unsaid if _new_counts(i, state)] + list(told) + swaps
    # their order in force (or their go-ahead), the deposit they announce and the order they sent first
    first = ([] if state.open("order") else welcome(state, p)) + payment_lines(state, p)  # the order line opens
    used = used + state.open("order", "payment")
    return first + received(state, p, join) + (lines + recap if lead else recap + lines), used + said


def counted_as_change(item: Item, recap: list[str], state: State, p: dict) -> bool:
    """Whether the line noting the change ("I've noted the change: 44 drivers") already says a count an item's
    sentence carries, and the sentence brings no day or price beside it: the customer's whole sentence around that
    count ("driver count is 44 drivers now - you hired for peak") is then not noted again."""
    lead, tail = p["changed"].split("{x}")
    said = [r[len(lead):len(r) - len(tail)] for r in recap if r.startswith(lead) and r.endswith(tail)]
    counts = [c.strip() for r in said for c in re.split(rf",\s*|\s+{re.escape(p['and'])}\s+", r) if c.strip()]
    text = item.text or item.quote
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    return any(re.search(rf"(?<![\d.,]){re.escape(c)}\b", text) for c in counts) and not MONEY.search(text) \
        and not words & set(MONTHS)


def stale(line: Item, state: State) -> bool:
    """Whether the customer's newer email or note counts again a thing this line of the rep's counted ("30
    modules" after "we now need 36"): its figures (the old total) are out of date, and no later rep email or
    note states them again."""
    if replaced(line, state):
        return True  # it carries the value the customer's newest change replaced ("Dec 15" after "Jan 1 not Dec 15")
    newer = [i.quote for i in changes(state) if i.at > line.at]
    recounted = bool(newer) and not per_thing(line.quote) and MONEY.search(line.quote) is not None and any(
        _counts(line.quote).get(unit, set()) & figures for n in newer for unit, figures in _counts(n).items())
    if not newer or not (recounted or counted_again(line.quote, newer)):
        return False  # recounted: the state said the line with the new count, but a sum for the old one stays
    # a later email or note of the rep's that says the line's figures again keeps it in force
    figures = set(re.findall(r"\d[\d,.']*\d|\d", line.quote))
    return not any(i.at > line.at and i.direction != "inbound" and i is not line
                   and figures <= set(re.findall(r"\d[\d,.']*\d|\d", i.quote)) for i in state.items)


def customer_asked(state: State) -> bool:
    """Whether the customer's newest email asked or changed something: the rep owes the next move, so the close
    does not ask them what changed."""
    newest = newest_customer(state)
    if not newest:
        return False
    if any(i.direction == "inbound" and i.kind in ("question", "request") for i in newest):
        return True
    return any(is_change(i, state) for i in newest if i.direction == "inbound")


def fitting_close(state: State, p: dict) -> str:
    """The default close for whose turn it is: "anything changed?" when the ball is with the customer, an offer to
    go through it when they just asked or changed something."""
    if ordered_now(state):
        return p["close_order"]  # they said yes and asked nothing: never "has anything changed?"
    return p["close_more"] if customer_asked(state) else p["close"]


def padded(close: str, p: dict) -> str:
    """The close with one plain sentence more for a draft under the word floor: the letter's closing formula ("I look
    forward to hearing from you."), not a second request; after a promise to call, the offer to go through it."""
    return " ".join([close, p["close_more"] if close.startswith(p["call_at"][:8]) else p["look_forward"]])


def payment_lines(state: State, p: dict) -> list[str]:
    """The line that takes up the deposit the customer announced (thanks, or the deposit invoice they wait for)."""
    # only English words an announced deposit apart from a paid one; elsewhere both read as the paid one's thanks
    return [p.get(f"payment_{i.text}", p["payment_paid"]) for i in state.open("payment")][:1]


def ordered_now(state: State) -> bool:
    """Whether the customer's newest email placed the order and asked nothing: the close does not ask them again."""
    return bool(state.open("order")) and not any(
        i.kind in ("question", "request") and i.direction == "inbound" and i.source_id == order.source_id
        and i.source_kind == order.source_kind for order in state.open("order") for i in state.open())
