"""A note's shorthand left in a composed sentence, written out in the customer's language (notewords.py)."""
from __future__ import annotations

import pytest

from followup.drafting.notewords import bare_days, note_words, plus_words, written_out


@pytest.mark.parametrize(("text", "language", "want"), [
    ("I'll send the proposal by Fri.", "en", "I'll send the proposal by Friday."),
    ("I'll send the proposal by Thurs. Then we talk.", "en", "I'll send the proposal by Thursday. Then we talk."),
])
def test_a_bare_weekday_cut_short_is_said_in_full(text: str, language: str, want: str) -> None:
    assert bare_days(text, language) == want


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Ich schicke Ihnen das Angebot bis Fr.", "de", "Ich schicke Ihnen das Angebot bis Freitag."),
    ("Je vous envoie le devis avant ven.", "fr", "Je vous envoie le devis avant vendredi."),
    ("Le envío la cotización antes del vie. Saludos", "es", "Le envío la cotización antes del viernes. Saludos"),
    ("Ich rufe Sie am Di an.", "de", "Ich rufe Sie am Dienstag an."),
])
def test_a_cut_weekday_text_dates_reads_is_said_in_full(text: str, language: str, want: str) -> None:
    """The grounding check reads the note's "Fr." as that Friday (text/dates), so "Freitag" is no invented day."""
    assert bare_days(text, language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("The visit is Thu 17 Dec.", "en"), ("Termin Do 17.12. um 9 Uhr.", "de"), ("Bitte an Fr. Müller.", "de"),
    ("une prise d'eau en mer", "fr"), ("antes del vie 18 dic.", "es"), ("I'll be there on sun or rain.", "en"),
])
def test_a_weekday_before_its_date_or_a_word_like_one_stays(text: str, language: str) -> None:
    assert bare_days(text, language) == text


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Wie besprochen: Sie möchten das Angebot schriftl.", "de", "Wie besprochen: Sie möchten das Angebot schriftlich."),
    ("Sie bevorzugen Mail, tel. nur vor 7 Uhr.", "de", "Sie bevorzugen Mail, telefonisch nur vor 7 Uhr."),
    ("Gehörschutz ist nötig (ca. 110 dB).", "de", "Gehörschutz ist nötig (etwa 110 dB)."),
    ("I'll call w/ the installer after the mtg.", "en", "I'll call with the installer after the meeting."),
    ("Running cost approx. JPY 410,000 per month.", "en", "Running cost about JPY 410,000 per month."),
    ("Débit env. 25 m³/h.", "fr", "Débit environ 25 m³/h."),
    ("Entrega aprox. en 3 semanas.", "es", "Entrega aproximadamente en 3 semanas."),
])
def test_note_only_words_are_written_out(text: str, language: str, want: str) -> None:
    assert note_words(text, language) == want


@pytest.mark.parametrize(("text", "language", "want"), [
    ("As agreed, proposal + COI by Friday.", "en", "As agreed, proposal and COI by Friday."),
    ("Je vous envoie la fiche technique + plans de montage + facture proforma.", "fr",
     "Je vous envoie la fiche technique, plans de montage et facture proforma."),
    ("Yes, stainless frame + IP68 motor.", "en", "Yes, stainless frame and IP68 motor."),
])
def test_a_plus_between_two_things_is_and(text: str, language: str, want: str) -> None:
    assert plus_words(text, language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("The total is £3,600 + VAT.", "en"), ("Total USD 21.100 + IVA.", "es"), ("Euribor + 1,5 %", "fr"),
    ("We go with the DE-20 + DM-20.", "es"), ("48 hrs cure time, 15 min per lane.", "en"),
])
def test_a_price_charge_a_code_and_a_measure_stay_as_written(text: str, language: str) -> None:
    assert written_out(text, language) == text
