"""The grounding report flags every figure, date, name, email, phone and URL a draft cannot point to."""
import json
from datetime import datetime

from followup.drafting.grounding import extract_tokens, ground
from followup.drafting.sentences import Source

MARIA = [
    Source("note", 3, "Wants to compare a 15 year fixed vs 30. Sending rate sheet Thursday. Budget $450,000. "
           "Call back after 3 pm. Works at Acme Lending.", datetime(2026, 11, 23, 16), "note"),
    Source("message", 12, "Can you send the estimate? Reach me at 312.555.0101 or maria@example.com. "
           "Our listing is at https://homes.example/123-oak.", datetime(2026, 11, 23, 18), "inbound"),
]
PROFILE = ("Dana Whitfield", "dana@northbank.example", "Dana Whitfield\nNorthbank Mortgage", "Maria Lopez",
           "maria@example.com")
# Another customer's conversation, which must never leak into Maria's draft.
GREG = [Source("note", 55, "Greg. Current premium $2,340/yr with Allstar. Boss is Priya Raman.",
               datetime(2026, 11, 21, 22), "note")]


def unmatched(text, sources=MARIA, profile=PROFILE):
    return [t.text for t in ground(text, sources, profile).unmatched]


def test_equivalent_spellings_ground():
    text = ("Hi Maria,\n\nYou'd like to compare a 15-year fixed vs 30 with a budget of 450k. "
            "I'll send the rate sheet Thu and call you after 3pm. Say hi to the team at acme lending, "
            "or reach me at (312) 555-0101. The listing https://homes.example/123-oak/, is lovely.\n\nDana")
    report = ground(text, MARIA, PROFILE)
    assert report.ok, report.unmatched
    kinds = {t.text: t.kind for t in report.tokens}
    assert kinds["450k"] == "amount" and kinds["Thu"] == "date" and kinds["3pm"] == "time"
    assert kinds["(312) 555-0101"] == "phone"
    assert {t.where for t in report.tokens if t.text == "450k"} == {"note:3"}
    assert {t.where for t in report.tokens if t.text == "Maria"} == {"message:12"}


def test_invented_figure_is_flagged():
    assert unmatched("Your closing costs come to $500.") == ["$500"]
    assert unmatched("We can offer 3.25% on the 15-year.") == ["3.25%"]


def test_invented_name_is_flagged():
    assert unmatched("I spoke with Robert at Contoso Bank about it.") == ["Robert", "Contoso Bank"]


def test_email_phone_and_url_not_in_sources_are_flagged():
    assert unmatched("Write to maria.l@other.example or call 415-555-0199, see https://rates.example/today.") == [
        "maria.l@other.example", "415-555-0199", "https://rates.example/today"]


def test_invented_date_and_time_are_flagged():
    assert unmatched("I'll send it Friday at 10am, or on Nov 30.") == ["Friday", "10am", "Nov 30"]


def test_a_month_ending_a_sentence_before_a_figure_is_no_day_of_it():
    """'... am Donnerstag, 15. April. 70 m² ...' was read as the day '70 April' and the draft held as invented."""
    board = [Source("message", 4, "Der Rat entscheidet am 15. April. Neu: 70 m² Wand.", datetime(2026, 11, 23, 9),
                    "inbound")]
    assert unmatched("Notiert: der Rat entscheidet am 15. April. 70 m² Wand.", board) == []
    assert unmatched("I'll call on April 31.", board) == ["April 31"]


def test_another_customers_data_injected_into_a_body_is_flagged():
    body = "Hi Maria,\n\nYour budget is $450,000. For reference, your premium is $2,340/yr, ask Priya Raman.\n"
    # the same tokens ground against Greg's sources, so the flag comes from the per-customer source set
    assert [t.text for t in ground(body, GREG, ("Maria",)).tokens if t.grounded] == ["Maria", "$2,340", "Priya Raman"]
    assert unmatched(body) == ["$2,340", "Priya Raman"]


def test_report_is_json_able_and_exposes_ok():
    report = ground("Call me at 555-123-4567 about the $450k budget.", MARIA, PROFILE)
    data = json.loads(json.dumps(report.as_dict()))
    assert data["ok"] is False and report.ok is False
    assert data["unmatched"] == ["555-123-4567"]
    assert [t["text"] for t in data["tokens"]] == ["555-123-4567", "$450k"]


def test_tokens_cover_each_kind_with_offsets():
    text = "Sent to bo@x.example on 2026-11-24 at 3:30 pm: $1.2m, 12%, see www.x.example, ring +1 312 555 0147, ask Ann."
    tokens = extract_tokens(text)
    assert [(t.text, t.kind) for t in tokens] == [
        ("bo@x.example", "email"), ("2026-11-24", "date"), ("3:30 pm", "time"), ("$1.2m", "amount"),
        ("12%", "percentage"), ("www.x.example", "url"), ("+1 312 555 0147", "phone"), ("Ann", "name")]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_sentence_start_words_and_stoplisted_words_are_not_names():
    assert [t.text for t in extract_tokens("Thanks again. Please send it. I will, and you can too.")] == []


def test_a_run_of_capitalised_words_counts_as_a_name_even_at_sentence_start():
    assert "Contoso Bank" in unmatched("Contoso Bank offered less.")


def test_may_as_a_verb_is_not_a_month():
    assert unmatched("May I call you? We may meet in May.") == ["May"]


def test_weekday_names_of_all_four_languages_ground_against_a_source_day():
    sources = [Source("message", 1, "Bitte um Rückmeldung.", datetime(2026, 11, 24, 9), "inbound")]  # a Tuesday
    written = datetime(2026, 11, 26, 15)  # Thursday
    for word in ("Dienstag", "mardi", "martes", "Tuesday", "Tuesdays"):
        report = ground(f"Danke für die Rückmeldung am {word}.", sources, (), written_at=written, tz="Europe/Berlin")
        assert report.ok, (word, report.unmatched)
    report = ground("Danke für die Rückmeldung am Freitag.", sources, (), written_at=written, tz="Europe/Berlin")
    assert [t.text for t in report.unmatched] == ["Freitag"]


def test_a_part_of_a_hyphenated_source_word_grounds():
    sources = [Source("message", 1, "Onboarding-Paket einmalig 1.200 €.", datetime(2026, 11, 24, 9), "outbound")]
    assert ground("Also the onboarding-Paket einmalig 1.200 €.", sources, ()).ok


def test_a_suspended_compound_grounds_its_first_part():
    """ "für Süd- und Westfassade" in a source: a draft that starts its sentence with "Für Süd- und ..." is grounded."""
    sources = [Source("message", 1, "für Süd- und Westfassade zusammen 139.500 € netto.", datetime(2027, 2, 11, 9),
                      "outbound")]
    assert ground("Für Süd- und Westfassade zusammen sind es 139.500 € netto.", sources, ()).ok
    assert not ground("Für Nord- und Westfassade zusammen sind es 139.500 € netto.", sources, ()).ok


def test_a_german_day_name_before_a_capitalised_noun_is_a_day_not_a_name():
    note = [Source("note", 7, "Telefonat mit Frau Brandt: Angebot 4.200 € netto.", datetime(2026, 11, 26, 10), "note")]
    from followup.drafting.phrases import framing_texts
    report = ground("Danke, dass Sie sich am Donnerstag Zeit genommen haben.", note,
                    tuple(PROFILE) + tuple(framing_texts("de")),
                    written_at=datetime(2026, 11, 30, 9), tz="Europe/Berlin")
    assert [t.text for t in report.unmatched] == []


def test_a_name_with_an_accented_letter_is_read_whole():
    """'Yamilé' is one name, grounded by the customer's own display name (it was read as 'Yamil', found nowhere,
    and the draft held); an accented name no source holds ('Ángel Ruiz') is still flagged, whole."""
    profile = PROFILE[:3] + ("Yamilé Hernández", "yami@example.com")
    assert unmatched("Gracias por su mensaje, Yamilé.", profile=profile) == []
    assert unmatched("I spoke with Ángel Ruiz about it.") == ["Ángel Ruiz"]


def test_a_month_a_source_names_in_a_date_read_with_a_clock_time_grounds():
    note = [Source("note", 7, "Vorführung Mo 8. Nov. 9 Uhr bei Ihnen.", datetime(2026, 10, 26, 10), "note")]
    report = ground("Wie vereinbart: Vorführung am Montag, 8. Nov. um 9 Uhr.", note, tuple(PROFILE),
                    written_at=datetime(2026, 10, 27, 9), tz="Europe/Berlin")
    assert [t.text for t in report.unmatched] == []
    report = ground("Vorführung im Dezember.", note, tuple(PROFILE), written_at=datetime(2026, 10, 27, 9),
                    tz="Europe/Berlin")
    assert [t.text for t in report.unmatched] == ["Dezember"]


def test_the_reps_greeting_kept_from_their_quoted_email_is_grounded():
    """A greeting the rep wrote in the email the customer's reply quotes is theirs: grounded, never invented."""
    reply = Source("message", 7, "Danke, so machen wir es.\n\nHanna Albrecht", datetime(2026, 5, 5, 9), "inbound")
    body = "Liebe Frau Albrecht,\n\nso machen wir es."
    assert not ground(body, [reply], ["Hanna Albrecht"]).ok  # the reply alone does not hold the greeting
    quoted = Source("message", 7, reply.text, reply.at, "inbound", replied="Liebe Frau Albrecht,\n\nanbei die Preise.")
    assert ground(body, [quoted], ["Hanna Albrecht"]).ok


def test_a_title_in_the_dative_grounds_on_the_name():
    """'Herrn Ott' said of a customer's 'Herr Ott' is the same name: grounded."""
    src = [Source("message", 1, "Herr Ott vom Lager fragt, ob Sie Kisten liefern.", datetime(2033, 2, 1, 9), "inbound")]
    assert [t.text for t in ground("Zur Frage von Herrn Ott: ja.", src, []).unmatched] == ["Zur Frage"]  # not "Herrn Ott"


def test_a_possessive_name_grounds_on_the_name():
    src = [Source("message", 1, "Ms Harada asks if the seats fit.", datetime(2033, 2, 1, 9), "inbound")]
    assert not ground("On that (Ms Harada's question): yes.", src, []).unmatched


def test_a_weekday_said_before_a_source_date_grounds_only_when_it_is_that_dates_weekday():
    # written on Wednesday 4 June 2031; the source names 30 June, a Monday
    sources = [Source("message", 1, "The crew can start June 30 at 7 am.", datetime(2031, 6, 4, 9), "outbound")]
    at = datetime(2031, 6, 11, 9)  # Wednesday 11 June, so no nearby Monday or Friday is a source day
    assert ground("The start is on Monday 30 June at 7 am.", sources, [], written_at=at, tz="UTC").ok
    assert ground("The start is on Monday, June 30.", sources, [], written_at=at, tz="UTC").ok
    wrong = ground("The start is on Friday 30 June at 7 am.", sources, [], written_at=at, tz="UTC")
    assert [t.text for t in wrong.unmatched] == ["Friday"]
