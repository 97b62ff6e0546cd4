"""The one needle scan: a text inside one scanned just before is answered from that scan, exactly as a scan of it."""
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.text import prefilter, prefilter_scan, wish_optout  # noqa: F401 (the rule modules register needles)
from followup.text.prefilter import normalize

WORDS = st.sampled_from(["please", "stop", "sending", "me", "emails", "unsubscribe", "remove", "from", "your", "list",
                         "call", "after", "4pm", "don't", "ever", "again", "ıt", "the", "x"])


class _NoScan:
    """A scan that must not run."""

    def finditer(self, text):
        raise AssertionError(f"scanned again: {text!r}")


def _scanned_fresh(folded: str) -> frozenset[str]:
    """The needles of a folded text, from a scan of its own."""
    prefilter_scan._recent.clear()
    return prefilter_scan.present(folded)


def test_a_piece_of_a_scanned_text_is_read_from_that_scan(monkeypatch):
    sentence = normalize("Please stop sending me emails, and remove me from your list.")
    piece = normalize("stop sending me emails")
    whole = _scanned_fresh(sentence)
    expected = {n for n in prefilter._ALL_NEEDLES if n in piece}
    assert expected and expected < whole
    scanner = prefilter_scan._scanner
    monkeypatch.setattr(prefilter_scan, "_scanner", tuple((_NoScan(), starts) for _, starts in scanner))
    assert prefilter_scan.present(piece) == expected


@settings(deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12), st.data())
def test_a_piece_holds_exactly_the_needles_a_scan_of_it_finds(words, data):
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, len(words)))
    whole, piece = normalize(" ".join(words)), normalize(" ".join(words[start:end]))
    fresh = _scanned_fresh(piece)
    _scanned_fresh(whole)
    assert prefilter_scan.present(piece) == fresh == {n for n in prefilter._ALL_NEEDLES if n in piece}


def test_new_needles_forget_the_scans_kept():
    folded = normalize("hold off until qzxv May")
    _scanned_fresh(folded)
    prefilter._register(frozenset(["hold off"]) & frozenset(prefilter._ALL_NEEDLES))  # nothing new: the scans stay
    assert prefilter_scan._recent
    prefilter._register(frozenset([" qzxv "]))  # a new needle: a text kept was scanned without it
    assert not prefilter_scan._recent and " qzxv " in prefilter_scan.present(folded)
