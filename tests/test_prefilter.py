"""The needle test in front of the wish patterns: a necessary condition, so it never changes an answer."""
import re
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.text import wish_optout, wish_optout_guards
from followup.text.prefilter import (
    Prefiltered,
    fold,
    needles,
    prefilter_patterns,
    prefiltered,
)


def test_needles_of_literals_branches_and_repeats():
    # needles are read in normalize(text): words' edges and the spaces between words are part of them, cut to 8
    assert needles(re.compile(r"\bplease\s+(?:stop|cease)\s+(?:e-?mailing|calling)\b", re.I)) == {" please "}
    assert needles(re.compile(r"\bstop\s+(?:it|that)\b", re.I)) == {" stop it", " stop th"}
    assert needles(re.compile(r"(?:unsubscribe|no)\s+more", re.I)) == {"unsubscr", "no more"}
    assert needles(re.compile(r"(?:unsubscribe|no)", re.I)) is None  # "no" alone would be too short
    assert needles(re.compile(r"(?:unsubscribe|remove\s+me)", re.I)) == {"unsubscr", "remove m"}
    # an optional group or an empty branch requires nothing: the word is a needle alone, and with it
    assert {"email", "stop ema", "stopemai"} <= needles(re.compile(r"(?:stop)?\s*emails?", re.I))
    assert "again" in needles(re.compile(r"(?:never|)\s*again", re.I))
    assert needles(re.compile(r"(?:contact\s+){1,3}", re.I)) == {"contact "}
    # short words become selective with their edges, even inside a group that is not known exactly
    assert needles(re.compile(r"\b(?:dej\w*\s+de|ya\s+no|nunca\s+m[áa]s)", re.I)) == {" ya no", " nunca m", " dej"}
    assert needles(re.compile(r"don'?t\s+call", re.I)) == {"dont cal", "don t ca"}


def test_normalized_needles_are_found_in_normalized_text():
    from followup.text.prefilter import normalize
    assert normalize("Don't\n\nCALL me, ok?") == " don t call me ok "
    rx = prefiltered(re.compile(r"\bdon'?t\s+call\b", re.I))
    assert rx.search("Don't   call me") and rx.search("dont call") and not rx.search("Don't recall")


def test_patterns_without_a_useful_needle_stay_as_they_are():
    plain = re.compile(r"\?\s*$")
    assert prefiltered(plain) is plain


def test_folding_follows_ignorecase():
    # IGNORECASE matches a dotless i with i and a long s with s although lower() keeps them apart
    rx = prefiltered(re.compile(r"listesinden", re.I))
    assert rx.search("beni LİSTESİNDEN çıkarın") and rx.search("beni lıstesınden çıkarın")
    assert re.search("lıstesınden", "listesinden", re.I) and fold("ſtop") == fold("stop")


def test_a_rule_module_has_its_patterns_prefiltered():
    assert any(isinstance(rx, Prefiltered) for rx in wish_optout.DNC_RULES.values())
    namespace = {"_A": re.compile("unsubscribe", re.I), "_T": {"x": re.compile("remove me", re.I)}, "n": 3}
    prefilter_patterns(namespace)
    assert isinstance(namespace["_A"], Prefiltered) and isinstance(namespace["_T"]["x"], Prefiltered)
    assert namespace["_A"].pattern.pattern == "unsubscribe" and namespace["n"] == 3


WORDS = st.sampled_from(["please", "stop", "STOP", "emailing", "e-mailing", "me", "unsubscribe", "remove", "Remove",
                         "us", "from", "your", "list", "never", "again", "ıt", "İt", "contact", " ", "\n", "."])
# words of pauses, waits and their ends beside the opt-out ones, for the tables live() offers
_VARIED_WORDS = ["please", "stop", "emailing", "me", "unsubscribe", "remove", "from", "your", "list", "not", "right",
                 "now", "maybe", "next", "year", "hold", "off", "until", "the", "15th", "December", "in", "two", "weeks",
                 "give", "a", "week", "on", "ice", "for", "moment", "don't", "call", "again", ",", "."]


@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_the_prefilter_never_changes_a_search(text):
    for rx in wish_optout.DNC_RULES.values():
        if isinstance(rx, Prefiltered):
            assert bool(rx.search(text)) == bool(rx.pattern.search(text))


NEEDLE_BITS = st.sampled_from(["stop", "stop sen", "sending", "top", "op s", "unsub", "unsubscribe", "ubs", "me", "x",
                               " ", "ıt", "remov", "emo", "list", "ist"])


@given(st.lists(NEEDLE_BITS, max_size=15).map("".join))
def test_one_scan_finds_exactly_the_needles_a_text_holds(text):
    from followup.text import prefilter
    folded = prefilter.normalize(text)
    assert prefilter._present(folded) == {n for n in prefilter._ALL_NEEDLES if n in folded}


def test_a_long_text_is_searched_needle_by_needle_with_the_same_answer():
    from followup.text.prefilter import SCAN_MAX_CHARS
    text = "lorem ipsum " * (SCAN_MAX_CHARS // 6) + "please unsubscribe me"
    rx = wish_optout.DNC_RULES["unsubscribe_me"]
    assert isinstance(rx, Prefiltered) and rx.search(text) and not rx.search(text[:-len("unsubscribe me")])


def test_a_rule_table_is_passed_over_as_a_whole_when_it_holds_none_of_the_needles():
    from followup.text.prefilter import PrefilteredTable, may_match_any
    table = wish_optout.DNC_RULES
    assert isinstance(table, PrefilteredTable) and table.needles
    quiet = "The build finished in twelve minutes on the new runner."
    assert not may_match_any(table, quiet)
    assert not any(rx.search(quiet) for rx in table.values())
    assert may_match_any(table, "Please unsubscribe me.")


@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_passing_over_a_table_never_hides_a_match(text):
    from followup.text.prefilter import may_match_any
    for table in (wish_optout.DNC_RULES, wish_optout_guards.DNC_G):
        # a pattern with no needle of its own stays a plain compiled pattern, and the table is never passed over
        if any((rx.pattern if isinstance(rx, Prefiltered) else rx).search(text) for rx in table.values()):
            assert may_match_any(table, text)


@settings(deadline=None)
@given(st.lists(st.sampled_from(_VARIED_WORDS), max_size=14).map(" ".join))
def test_a_table_offers_every_pattern_that_matches_in_table_order(text):
    from followup.text import wish_pause, wish_quiet_dates
    from followup.text.prefilter import live
    for table in (wish_optout.DNC_RULES, wish_optout_guards.DNC_G, wish_pause.PAUSED_RULES, wish_pause._PAUSED_G,
                  wish_quiet_dates.QUIET_DATE, wish_quiet_dates._LOOSE_END):
        offered = [name for name, _ in live(table, text)]
        assert offered == [name for name in table if name in offered]  # in table order
        assert {name for name, rx in table.items() if rx.search(text)} <= set(offered)


def test_a_table_with_a_pattern_without_needles_always_offers_that_pattern():
    from followup.text.prefilter import live
    from followup.text.wish_quiet_dates import QUIET_DATE
    always = [name for name, rx in QUIET_DATE.items() if not isinstance(rx, Prefiltered)]
    assert always and [name for name, _ in live(QUIET_DATE, "The build finished.")] == always


def test_a_pattern_anchored_at_the_start_is_left_as_it_is():
    from followup.text import wish_scope
    assert isinstance(wish_scope._WITHDRAWN, re.Pattern)  # one attempt at the start: cheaper than the needle scan
    assert isinstance(wish_scope._HISTORY, Prefiltered)  # (^ under re.M: every line, so its needles still help)


def test_a_pattern_anchored_at_line_starts_searches_a_long_text_itself_with_the_same_answer():
    """On a text too long for the one scan, a line-anchored pattern skips its needle trie and runs: found where the
    pattern finds it, nothing where it does not, and a long hostile paste of near misses finishes."""
    from followup.text import wish_scope
    from followup.text.prefilter import SCAN_MAX_CHARS
    rx = wish_scope._HISTORY
    assert rx._by_line and not prefiltered(re.compile(r"-{2,}\s*forwarded", re.I))._by_line
    body = "Thanks for the quote, we will look at it on Monday.\n" * (SCAN_MAX_CHARS // 40)
    marker = "---------- Forwarded message ---------\nFrom: Ann\n"
    for text in (body, body + marker + body, "On " + "x" * 5000 + " wrote:\n" + body, ("On Monday Ann said\n" * 3000)):
        assert bool(rx.search(text)) == bool(rx.pattern.search(text))
    assert rx.search(body + marker).start() == len(body)


@given(st.lists(st.sampled_from(["email", "phone", "call", "me", "is", "better", "rather", "than", "text", "only",
                                 "reach", "by", "writing", "don't", "do", " ", "."]), max_size=10).map(" ".join))
def test_the_channel_rules_list_is_prefiltered_without_changing_a_search(text):
    from followup.text.wish_prefs import _CHANNEL_RULES
    assert any(isinstance(rx, Prefiltered) for _, rx in _CHANNEL_RULES)
    for _, rx in _CHANNEL_RULES:
        if isinstance(rx, Prefiltered):
            assert bool(rx.search(text)) == bool(rx.pattern.search(text))


@lru_cache(maxsize=1)
def _every_prefiltered_pattern():
    """Every needle-tested pattern of the modules that read wishes and auto-replies (module level, tables, lists)."""
    import importlib
    import pkgutil

    import followup.text as text_package

    found = []
    for info in pkgutil.iter_modules(text_package.__path__):
        if not (info.name.startswith("wish") or info.name == "auto_reply"):
            continue
        for value in vars(importlib.import_module(f"followup.text.{info.name}")).values():
            values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                for rx in (item if isinstance(item, tuple) else (item,)):
                    if isinstance(rx, Prefiltered):
                        found.append(rx)
    return found


# a handful of varied messages in our own words: punctuation and apostrophes of every kind, case, line breaks,
# dotless i, other languages, words run together, the edges of a text
VARIED = [
    "Please STOP e-mailing me.", "Don’t call me again!!", "dont   call\nme before 3pm", "UNSUBSCRIBE",
    "Take me off your list -- thanks", "I'm flexible, whatever works.", "Call me back in an hour?",
    "Could you hold off until after the 9th of December?", "Bitte keine E-Mails mehr senden.", "Beni LİSTENİZDEN çıkarın",
    "no more emails please", "No, more emails are fine", "I'll be out of the office until Monday 3 Jan.",
    "Mornings are best; afternoons never work.", "ne m'écrivez plus", "ya no me escriban", "stopcalling me",
    "—Forwarded message—\nFrom: a@b.c\nSent: today", "On Tue, Ann wrote:", "give me a couple of weeks to think it over",
]


@settings(deadline=None)  # (the first example imports every rule module)
@given(st.lists(st.sampled_from(VARIED + ["", " ", "\n", ".", ",", "'", "’", "-", "me", "Stop", "not", "now"]),
                max_size=6).map("".join))
def test_the_needle_test_never_hides_a_match_of_any_wish_pattern(text):
    for rx in _every_prefiltered_pattern():
        assert bool(rx.search(text)) == bool(rx.pattern.search(text)), rx.pattern.pattern[:80]


def test_every_wish_pattern_agrees_on_the_varied_messages_and_a_long_text_of_them():
    patterns = _every_prefiltered_pattern()
    assert len(patterns) > 100
    from followup.text.prefilter import SCAN_MAX_CHARS
    long_text = "\n".join(VARIED * (SCAN_MAX_CHARS // 200 + 1))  # searched by each pattern's own needle trie
    for text in VARIED + [long_text]:
        for rx in patterns:
            assert bool(rx.search(text)) == bool(rx.pattern.search(text)), (rx.pattern.pattern[:80], text[:40])
            assert bool(rx.match(text)) == bool(rx.pattern.match(text)), (rx.pattern.pattern[:80], text[:40])


def test_a_message_longer_than_the_scan_remembers_reads_the_same_twice():
    """More sentences than SCAN_CACHE_TEXTS (a hostile paste): its first and last sentences are still read, and a
    second reading with every cache warm gives the same wishes."""
    from datetime import datetime

    from followup.text.prefilter import SCAN_CACHE_TEXTS
    from followup.text.wishes import detect_wishes

    filler = "".join(f"Line {n} of the parts list: bolt {n * 7} and washer {n * 3}.\n" for n in range(SCAN_CACHE_TEXTS + 200))
    text = "Please remove me from your mailing list.\n" + filler + "Call me in the afternoon.\n"
    first = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert (first[0].kind, first[0].quote) == ("do_not_contact", "remove me from your mailing list")
    assert "time:afternoon" in [w.preference for w in first]
    assert detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") == first
