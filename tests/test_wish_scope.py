"""Which part of a message is read as the customer's own words (followup/text/wish_scope.py)."""
from datetime import datetime

import pytest

from followup.text.wish_scope import not_a_request, own_text, signature_spans
from followup.text.wishes import detect_stops, detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def readings(text: str) -> set[tuple[str, bool, str | None]]:
    """(kind, certain, preference) of every wish read in text."""
    return {(w.kind, w.certain, w.preference) for w in detect_wishes(text, SENT, TZ)}


@pytest.mark.parametrize("header", [
    "---------- Forwarded message ---------\nFrom: Lena Park <lena@shop.example>\nSubject: your offer",
    "-----Original Message-----\nFrom: Lena Park\nSent: Monday, November 9, 2026 4:10 PM",
    "On Mon, 9 Nov 2026 at 16:10, Lena Park <lena@shop.example> wrote:",
    "Am 09.11.2026 um 16:10 schrieb Lena Park:",
    "Begin forwarded message:",
])
def test_someone_elses_refusal_below_a_header_is_not_the_customers(header):
    text = f"Passing this on so you know what the shop said.\n\n{header}\n\nPlease take me off your mailing list for good."
    assert own_text(text).startswith("Passing this on") and "mailing list" not in own_text(text)
    assert not any(kind == "do_not_contact" for kind, _, _ in readings(text))
    assert detect_stops(text, SENT, TZ) == []


def test_an_opt_out_above_the_thread_or_between_quoted_lines_is_still_read():
    above = "No more emails from your team, thank you.\n\nOn Mon, 9 Nov 2026, Sam wrote:\n> Any thoughts on the quote?"
    assert ("do_not_contact", True, None) in readings(above)
    between = "Thanks.\n\n> Sam wrote: any thoughts?\n> Earlier: still thinking.\n\nJust so we're clear, no more emails please."
    assert any(kind == "do_not_contact" for kind, _, _ in readings(between))


@pytest.mark.parametrize("text", [
    "Fine by me, see you at the workshop.\n\nKind regards,\nOwen Blake\nHead of Facilities\nBest reached by phone: 0161 555 0199",
    "See you then.\n\nCheers,\nPriya\nSent from my phone - calls preferred over email",
    "Order confirmed.\n\nMarta Ruiz | Buyer\nMobile preferred: +34 600 111 222",
])
def test_a_signature_block_is_no_channel_preference(text):
    assert not any(kind == "preference" for kind, _, _ in readings(text))


def test_a_ps_under_the_signature_is_read_and_a_preference_said_in_the_letter_stays():
    ps = "Got it.\n\nBest,\nNoor\n\nP.S. Phone is better than email for me, my inbox is a mess."
    assert ("preference", True, "channel:phone") in readings(ps)
    out = "Great chatting.\n--\nSent from my tablet\nPS: please remove me from all your lists."
    assert ("do_not_contact", True, None) in readings(out)
    alone = "Easier by phone: 555-0143."
    assert signature_spans(alone) == []


def test_a_greeting_line_at_the_top_does_not_make_the_letter_a_signature():
    text = "Thanks,\nAfternoons are much better for me if you want to talk about the renewal in more detail next time."
    assert signature_spans(text) == []


@pytest.mark.parametrize("sentence", [
    "You are receiving this email because you joined our trade-show list.",
    "To stop receiving these updates, unsubscribe here.",
    "- Removed the opt-out checkbox from the signup form.",
    "v3.4: stop sending duplicate reminder emails after a retry.",
    "Fixed: no longer emails the weekly digest to archived users.",
    "We removed the unsubscribe banner in the last release.",
])
def test_footers_and_change_notes_are_not_requests(sentence):
    assert not_a_request(sentence)
    assert not any(kind == "do_not_contact" for kind, _, _ in readings(sentence))


@pytest.mark.parametrize("sentence", ["Please unsubscribe me.", "Stop sending me newsletters, I never asked for them.",
                                      "I'd like to opt out of all your mailings."])
def test_a_plain_request_is_not_taken_for_a_footer(sentence):
    assert not not_a_request(sentence)


@pytest.mark.parametrize("text", [
    "Changes in 2.4.1:\n- Don't send the crash report twice (mkoval)\n- Stop emailing the nightly digest to bots",
    "TODO for Friday:\n* hold the release until QA signs off\n* no more calls to the old API",
])
def test_list_bullets_that_address_no_one_hold_no_wish(text):
    assert readings(text) == set()


def test_a_numbered_point_with_the_customer_in_it_is_still_read():
    text = "Two things:\n1. The invoice is paid.\n2. Please take me off your mailing list."
    assert ("do_not_contact", True, None) in readings(text)


def test_a_line_of_contact_details_is_no_channel_preference():
    text = "Regards Ola Berg, Facilities Email ola.berg@firm.example Phone +47 22 33 44 55 Mobile preferred"
    assert not any(kind == "preference" for kind, _, _ in readings(text))


@pytest.mark.parametrize("text", [
    "Hi Jo,\nPlease only ring me in the evenings about the roof. Scratch that, the job is done, so ring me whenever.\nTom",
    "Hallo,\nBitte melden Sie sich erst in zwei Wochen wieder. Bei näherer Überlegung: rufen Sie einfach an, wann es passt.",
    "Bonjour,\nRecontactez-moi dans deux semaines. En fait non, appelez-moi quand vous voulez.",
    "Hola,\nLlámeme solo por la tarde. Pensándolo bien, llámeme cuando quiera.",
])
def test_a_wish_taken_back_in_the_next_sentence_is_not_read(text):
    """"Scratch that" (and its like in other languages) at a sentence's start takes back the sentence before it."""
    assert not {r for r in readings(text) if r[0] != "do_not_contact"}


def test_an_opt_out_taken_back_is_still_asked_about_and_a_later_wish_stands():
    """An opt-out is never dropped by a take-back, only made a question; what is said after it is read as usual."""
    got = readings("Hi,\nPlease stop emailing me. Actually, scratch that.\nThanks")
    assert ("do_not_contact", False, None) in got and ("do_not_contact", True, None) not in got
    got = readings("Hi,\nGive me a couple of weeks. On second thoughts, please call me in the afternoons instead.")
    assert ("preference", True, "time:afternoon") in {(k, c, p) for k, c, p in got} or \
        ("preference", False, "time:afternoon") in got
    assert not any(k == "quiet" for k, _, _ in got)


def test_after_withdrawal_keeps_only_what_follows_a_clause_taken_back():
    from followup.text.wish_scope import after_withdrawal

    assert after_withdrawal("Fridays are fine - actually no, Mondays.") == "actually no, Mondays."
    assert after_withdrawal("Fridays are fine, thanks.") == "Fridays are fine, thanks."


@pytest.mark.parametrize("marker", [
    "---------- Přeposlaná zpráva ----------",  # cs
    "---------- Пересланное сообщение ---------",  # ru
    "---------- फ़ॉरवर्ड किया गया संदेश ---------",  # hi
    "Від: Олена Коваль <olena@example.com>\nДата: 3 листопада 2026",  # uk: a header block
])
def test_a_forwarded_message_in_other_languages_is_not_the_customers(marker):
    text = f"Posílám dál, pro informaci.\n\n{marker}\nProsím, už mi nepište.\n"
    assert own_text(text).startswith("Posílám dál") and "nepište" not in own_text(text)


def test_a_signature_line_of_fields_parted_by_pipes_stays_in_the_signature():
    """A long 'Office hours: ... | Phone preferred ...' line ended the sign-off block and its hours were a possible
    afternoon (blind batch 57): fields parted by '|' are a signature line, however long."""
    from followup.text.wish_scope import field_line
    text = ("Thanks Laura, invoice received and passed to accounts.\n\nBest wishes,\nDr Kofi Mensah\nClinical Director\n"
            "Office hours: Mon-Thu 8am-1pm | Phone preferred for urgent matters: 0161 555 0193")
    assert field_line(text.rsplit("\n", 1)[1])
    assert signature_spans(text)
    assert not field_line("We are closing the account at the end of the month, as I said on the phone to your colleague.")
    assert not [w for w in detect_wishes(text, SENT, TZ) if w.kind == "preference"]


def test_opening_hours_below_the_sign_off_are_where_a_notice_would_be_cut():
    from followup.text.wish_scope import hours_notice_at
    text = ("Hi Lucy,\n\nPlease go ahead with the 40 places.\n\nBest regards,\nColin\n\nWinter opening hours: our office "
            "is closed from 24 December to 6 January inclusive.")
    assert text[hours_notice_at(text):].startswith("Winter opening hours")
    notice = "Winter opening hours: our office is closed from 24 December to 6 January inclusive.\n\nKind regards,\nColin"
    assert hours_notice_at(notice) is None


def test_a_line_ending_in_a_phone_number_under_a_field_line_is_the_signature():
    text = ("Hi Sam,\n\nThe invoice looks right, thanks.\n\nJo Park\nPartner | Park & Lee Tax Advisers\n"
            "Phone: mornings suit me best, or leave word with reception on 020 555 0147")
    footer = text.index("Phone:")
    assert any(start <= footer < end for start, end in signature_spans(text))


def test_a_phone_number_under_a_plain_greeting_line_is_no_signature():
    text = "Hi Sam\nPlease ring me in the mornings on 020 555 0147"
    assert signature_spans(text) == []


@pytest.mark.parametrize("close", ["Groet,", "Groetjes,", "Gruss", "Un saluto,", "Abrazos,", "Bises,"])
def test_a_short_sign_off_opens_the_signature_block(close):
    text = f"Het pakket is akkoord, graag op de 19e bezorgen.\n\n{close}\nAnna Smit\nBij spoed liever bellen: 0517 555 000"
    assert signature_spans(text) and signature_spans(text)[-1][0] == text.index(close)
