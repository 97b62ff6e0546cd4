"""The part of the day set aside by a comparison (followup/text/wish_rather.py), and what the readers make of it."""
from datetime import datetime, timezone

import pytest

from followup.text.wish_rather import negated_at, without_refused_part
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc)


def times(text: str) -> dict[str, bool]:
    """The time-of-day values read in text, with whether each is certain."""
    return {w.preference: w.certain for w in detect_wishes(text, SENT, "Europe/London")
            if (w.preference or "").startswith("time:")}


@pytest.mark.parametrize("text, kept, gone", [
    ("Ring me in the evening rather than at lunchtime.", "evening", "lunchtime"),
    ("Evenings suit me better than mornings.", "Evenings", "than mornings"),
    ("Try me not in the morning but in the afternoon.", "afternoon", "morning but"),
    ("Ruf mich eher abends als morgens an.", "abends", "als morgens"),
    ("Je préfère le soir plutôt que le matin.", "le soir", "que le matin"),
    ("Prefiero por la noche en vez de por la mañana.", "noche", "mañana"),
    ("Meglio di sera invece che di mattina.", "sera", "mattina"),
    ("Prefiro à noite em vez de de manhã.", "noite", "manhã"),
    ("Bel me liever 's avonds dan 's middags.", "avonds", "middags"),
])
def test_the_part_set_aside_is_blanked_and_offsets_kept(text, kept, gone):
    out = without_refused_part(text)
    assert len(out) == len(text) and kept in out and gone not in out


@pytest.mark.parametrize("text", [
    "Je ne suis joignable que le matin.",  # "ne ... que" is "only", no comparison
    "I'm not a morning person but I'll manage.",
    "We had more visitors than usual this morning.",
])
def test_no_comparison_leaves_the_sentence_alone(text):
    assert without_refused_part(text) == text


@pytest.mark.parametrize("text, part", [
    ("Please phone me in the evening rather than the morning.", "evening"),
    ("Could you try me in the evenings instead of mornings, please.", "evening"),
    ("Ring me not in the afternoon but in the morning, please.", "morning"),
    ("Rufen Sie mich bitte lieber abends als vormittags an.", "evening"),
    ("Appelez-moi plutôt le soir que le matin, merci.", "evening"),
    ("Llámeme mejor por la noche que por la mañana, gracias.", "evening"),
])
def test_the_preferred_part_wins(text, part):
    got = times(text)
    assert got.get(f"time:{part}") is True
    assert not any(v for v, certain in got.items() if certain and not v.startswith(("time:not_", f"time:{part}")))


@pytest.mark.parametrize("text, at, refused", [
    ("Evenings, not mornings, please.", "mornings", True),
    ("Ring me, just not in the mornings.", "mornings", True),
    ("I'm not usually at my desk in the mornings.", "mornings", False),  # "not" said of something else
])
def test_a_not_right_before_the_part_refuses_it(text, at, refused):
    assert negated_at(text, text.index(at)) is refused


def test_a_part_refused_with_please_is_avoided_not_asked():
    assert times("Evenings, not mornings, please.") == {"time:not_morning": True}
