"""split_reply against stored ground truth (email_reply_trimmer, talon) and hand-made cases."""
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.text.parsing import html_to_text, parse_message
from followup.text.replies import split_reply

# Measured 2026-11-23 (benchmarks/bench_replies.py): trimmer exact 0.953, line F1 0.962; talon new+sig exact 1.0.
TRIMMER_EXACT_FLOOR = 0.90
TRIMMER_F1_FLOOR = 0.93
TALON_EXACT_FLOOR = 0.90
TALON_HTML_FLOOR = 8  # of 9; measured 9


def _norm(text: str) -> str:
    """Whitespace-normalised text for exact comparison."""
    return " ".join(text.split())


def _line_f1(predicted: str, expected: str) -> float:
    """F1 between predicted and expected non-blank lines."""
    p = Counter(_norm(x) for x in predicted.splitlines() if x.strip())
    e = Counter(_norm(x) for x in expected.splitlines() if x.strip())
    if not p and not e:
        return 1.0
    hit = sum((p & e).values())
    return 0.0 if not hit else 2 * hit / (sum(p.values()) + sum(e.values()))


def test_email_reply_trimmer_scores_above_floor(corpora_dir: Path):
    base = corpora_dir / "email_reply_trimmer"
    cases = [(p.read_text(encoding="utf-8"), (base / "trimmed" / p.name).read_text(encoding="utf-8"))
             for p in sorted((base / "emails").iterdir())]
    assert len(cases) == 64
    exact = sum(_norm(split_reply(body)[0]) == _norm(expected) for body, expected in cases) / len(cases)
    f1 = sum(_line_f1(split_reply(body)[0], expected) for body, expected in cases) / len(cases)
    assert exact >= TRIMMER_EXACT_FLOOR
    assert f1 >= TRIMMER_F1_FLOOR


def test_talon_standard_replies_score_above_floor(corpora_dir: Path):
    base = corpora_dir / "talon" / "standard_replies"
    hits = 0
    emls = sorted(base.glob("*.eml"))
    for path in emls:
        expected_file = base / f"{path.stem}_reply_text"
        expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else "Hello"
        message = parse_message(path.read_bytes())
        # talon's expected reply keeps the signature, so compare new text plus signature
        hits += _norm(f"{message.new_text}\n{message.signature}") == _norm(expected)
    assert len(emls) == 12
    assert hits / len(emls) >= TALON_EXACT_FLOOR


def test_talon_html_replies_after_html_to_text(corpora_dir: Path):
    pages = sorted((corpora_dir / "talon" / "html_replies").glob("*.html"))
    texts = [split_reply(html_to_text(p.read_text(encoding="utf-8", errors="replace")))[0] for p in pages]
    assert len(pages) == 9
    assert sum("".join(t.split()) == "Hi.Iamfine.Thanks,Alex" for t in texts) >= TALON_HTML_FLOOR


@pytest.mark.parametrize("fixture", [
    "email_tricky_1_on_false_positive", "email_tricky_13_timestamp_variations", "email_not_a_signature",
    "email_not_a_signature_2", "email_5",
])
def test_crisp_messages_without_quotes_are_kept_whole(corpora_dir: Path, fixture):
    text = (corpora_dir / "crisp-email-reply-parser" / "fixtures" / f"{fixture}.txt").read_text(encoding="utf-8")
    assert _norm(split_reply(text)[0]) == _norm(text)


@pytest.mark.parametrize("fixture, kept", [
    ("email_tricky_2_url_with_wrote", "https://example.com"),
    ("email_tricky_3_code_block", "function sendEmail"),
    ("email_tricky_6_regards_in_sentence", "with regards to the payment"),
    ("email_tricky_7_multiple_dashes", "Key Points"),
    ("email_tricky_8_sent_from_in_content", "sent from my iPhone app"),
    ("email_tricky_20_html_entities", "&gt; 100 and &lt; 200"),
])
def test_crisp_tricky_content_stays_in_new_text(corpora_dir: Path, fixture, kept):
    text = (corpora_dir / "crisp-email-reply-parser" / "fixtures" / f"{fixture}.txt").read_text(encoding="utf-8")
    assert kept in split_reply(text)[0]


def test_gmail_style_reply_is_split_into_new_and_quoted():
    text = "Sounds good, Tuesday works.\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Ann <ann@example.com> wrote:\n\n> Can we meet?\n"
    new, quoted, signature = split_reply(text)
    assert new == "Sounds good, Tuesday works."
    assert quoted.startswith("On Mon, Apr 2") and "> Can we meet?" in quoted
    assert signature == ""


def test_outlook_header_block_starts_the_quote():
    text = ("Please send the quote.\n\n________________________________\nFrom: Bob <bob@example.com>\n"
            "Sent: Monday, 3 June 2024 10:00\nTo: Ann\nSubject: Pricing\n\nOld text")
    new, quoted, _ = split_reply(text)
    assert new == "Please send the quote."
    assert quoted.endswith("Old text")


def test_a_turkish_outlook_header_block_starts_the_quote():
    text = ("I am still waiting the documents.\n\nMurat\n\nKimden: Chris Dalton <chris@example.co.uk>\n"
            "Gönderildi: 19 Kasım 2026 Perşembe 15:02\nKime: Murat\nKonu: RE: carpet washing machine\n\n"
            "Hello Murat,\nI'll send a link.")
    new, quoted, _ = split_reply(text)
    assert "send a link" not in new and quoted.endswith("I'll send a link.")


@pytest.mark.parametrize("sig", ["-- \nAnn Smith\nACME Corp", "Sent from my iPhone", "Von meinem iPhone gesendet"])
def test_signatures_are_separated(sig):
    new, quoted, signature = split_reply(f"Yes, we will sign this week.\n\n{sig}\n")
    assert (new, quoted, signature) == ("Yes, we will sign this week.", "", sig.strip())


def test_german_attribution_and_quote():
    text = "Passt, danke!\n\nAm 03.02.2016 15:35 schrieb Max Mustermann <max@example.de>:\n> Geht Dienstag?"
    assert split_reply(text)[0] == "Passt, danke!"


def test_conservative_keeps_inline_quotes_and_quote_only_mail():
    inline = "> What price?\n500 per seat.\n> And the start date?\nMarch 1."
    assert split_reply(inline)[0] == inline
    assert split_reply("> Only a quote here.")[0] == "> Only a quote here."


def test_prose_mentioning_wrote_is_not_an_attribution():
    text = "On this day\n\nI wrote the proposal\n\nwhich you will like.\n\nOn 28 Jan 2016, at 19:04, Ann wrote:\n> hi"
    assert split_reply(text)[0] == "On this day\n\nI wrote the proposal\n\nwhich you will like."


def test_code_fences_and_long_text_after_a_rule_are_kept():
    code = "Here is the config:\n\n```\n#\n# keep me\n```\n\nThanks"
    assert split_reply(code)[0] == code
    long_tail = "Intro\n\n---\n\n" + "\n".join(f"Point {i} that matters." for i in range(20))
    assert split_reply(long_tail)[0] == long_tail


def test_bottom_posted_reply_keeps_the_text_after_the_quote():
    text = "On Mon, Aug 19, 2013 at 2:36 AM, Ann <ann@example.com> wrote:\n\n> Old point\n>\n\nMy answer."
    new, quoted, _ = split_reply(text)
    assert new == "My answer."
    assert "> Old point" in quoted


def test_empty_and_whitespace_text():
    assert split_reply("") == ("", "", "")
    assert split_reply(" \n\n ") == ("", "", "")


def test_crlf_and_parts_together_cover_the_text():
    text = "Hi\r\n\r\nOn Mon, Apr 2, 2012 at 6:26 PM, Ann <a@b.c> wrote:\r\n> x\r\n"
    new, quoted, _ = split_reply(text)
    assert new == "Hi" and "\r" not in quoted and quoted.endswith("> x")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Hello", "", "> quoted", "-- ", "Sent from my iPhone", "On Mon, Apr 2, 2012 at 6:26 PM, Ann <a@b.c> wrote:",
    "From: Bob <bob@example.com>", "Sent: Monday", "```", "____", "Thanks, Ann", "2016-03-03 17:21 GMT+01:00 X <x@y.z>:",
]) | st.text(max_size=40), max_size=30))
def test_split_reply_never_raises_and_only_rearranges_lines(lines):
    text = "\n".join(lines)
    new, quoted, signature = split_reply(text)
    source = {line.strip() for line in text.replace("\r", "\n").split("\n")}
    for part in (new, quoted, signature):
        assert all(line.strip() in source for line in part.split("\n") if line.strip())
    if any(line.strip() for line in text.replace("\r", "\n").split("\n")):
        assert (new + quoted + signature).strip()  # nothing the sender wrote vanishes entirely


def test_a_paragraph_starting_with_at_is_no_wrapped_attribution():
    body = ("Nina,\n\nAt a 300-unit minimum the price comes down to $4.10 per unit. How about Tuesday at 2pm?\n\n"
            "Derek\n\nOn Mon, Nov 23, 2026 at 2:00 PM Nina Albright <nina@example.com> wrote:\n> What if we commit?\n")
    new, quoted, _ = split_reply(body)
    assert "$4.10 per unit" in new
    assert "What if we commit?" in quoted


def test_spoken_text_keeps_a_postscript_and_a_reply_below_a_quote_but_no_quoted_or_forwarded_line():
    from followup.text.replies import spoken_text

    below = spoken_text(*split_reply("Thanks.\n\n> On Mon you wrote:\n> Shall we book?\n\nNo more emails please."))
    assert below == "Thanks.\n\nNo more emails please."
    ps = spoken_text(*split_reply("Fine.\n--\nAnna Berg\nSales, Acme\nP.S. I am on leave until the 9th."))
    assert ps.endswith("P.S. I am on leave until the 9th.") and "Acme" not in ps
    forwarded = spoken_text(*split_reply("See below.\n\n> quoted\n\n-----Original Message-----\nFrom: a@b.example\n"
                                         "Sent: Monday\n\nPlease unsubscribe me."))
    assert "unsubscribe" not in forwarded


@pytest.mark.parametrize("line", ["On Mon, 3 Nov 2026 at 10:02, Ann <a@b.example> wrote:", "Am 3. Mai SCHRIEB Jan:",
                                  "İvan YAZDI:", "Le jeu. 5 nov. 2026, Marc a écrit :", "2016-03-03 17:21 GMT+01:00 X <a@b>:",
                                  "Thanks, see you Friday.", "The written report is attached.", "-- ", ""])
def test_the_attribution_pre_check_reads_as_the_one_pattern_did(line):
    import re

    from followup.text import replies
    one = re.compile(rf"({replies._WROTE})|^\W{{0,6}}\d|>\s*:\s*$", re.I)
    replies._may_attribute.cache_clear()
    assert replies._may_attribute(line) == bool(one.search(line))


def test_spoken_text_reads_a_forward_the_sender_says_to_act_on_and_no_other():
    from followup.text.replies import spoken_text

    forward = ("-------- Forwarded message --------\nFrom: Board office <board@mill.example>\nDate: Fri, 6 Nov 2026\n"
               "Subject: Supplier mail\nTo: Kim <kim@mill.example>\n\nKim, tell them to stop sending us offers.\n\n"
               "> older quoted line\n")
    acted = spoken_text(*split_reply("Hello,\n\nThe note below is from our board; I am forwarding it as instructed.\n\n"
                                     + forward))
    assert "tell them to stop sending us offers" in acted and "older quoted line" not in acted
    assert "board@mill.example" not in acted  # the header block is no one's words
    passed_on = spoken_text(*split_reply("FYI, see the thread below.\n\n" + forward))
    assert "stop sending" not in passed_on  # a thread passed along for information stays someone else's words


@pytest.mark.parametrize("header", [
    "Am 22.06.28 um 11:20 schrieb Thomas Gruber:",
    "On Thu, 22 Jun 2028 at 11:20, Thomas Gruber wrote:",
    "Le jeu. 22 juin 2028 à 11:20, Thomas Gruber a écrit :",
    "El jue, 22 jun 2028 a las 11:20, Thomas Gruber escribió:",
    "On Thu, 22 Jun 2028 at 11:20, Thomas Gruber <thomas@gruber.example> wrote:",
])
@pytest.mark.parametrize("between", ["\n\nSchöne Grüße\nMartina Pichler\n\n", "\n"])
def test_an_address_line_above_an_attribution_stays_in_the_new_text(header, between):
    line = "Die Rechnung bitte an unsere Buchhaltung: buchhaltung24@sport-pichler.example.it"
    body = f"Hallo Herr Gruber,\n\nwir buchen 4 Wochen. {line}{between}{header}\n> Hallo Frau Pichler,\n> 6.900 €.\n"
    new, quoted, _ = split_reply(body)
    assert line in new and header not in new
    assert quoted.startswith(header)


@pytest.mark.parametrize("body", [
    "Thanks\n\nOn Mon, Jan 3, 2028 at 10:00 AM John Smith <john@x.example>\nwrote:\n> hi",
    "Kiitos\n\npe 20. lokakuuta 2017 klo 17.50 X\n<x@y.example> kirjoitti:\n> moi",
    "Thanks\n\nOn 3 Jan 2028,\nat 10:00, John Smith <john@x.example> wrote:\n> hi",
])
def test_a_wrapped_attribution_is_still_one_header(body):
    new, quoted, _ = split_reply(body)
    assert new in ("Thanks", "Kiitos") and "@" in quoted
