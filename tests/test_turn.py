"""The customer's newest change leads the draft, the rep's figures it makes stale are not said again, and the close
fits whose turn it is (followup.drafting.turn)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.phrases import INFORMAL, PHRASES, phrases
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.drafting.turn import _counts, contracted, counted_again, counted_as_change, padded

TZ = "Europe/London"
REP = RepProfile("Daniel Okafor", "daniel@airguard.example", "Daniel Okafor\nAirGuard Safety Hire")
NOW = datetime(2027, 11, 15, 9)
OFFER = Source("message", 1, "Hi Kerry,\n\nHire for a race weekend is £145 per module, with delivery and collection "
                             "from the ferry included. For 30 modules that is £4,350 for the weekend.\n\nDaniel",
               datetime(2027, 11, 5, 10), "outbound")
CHANGE = Source("message", 2, "Hi Daniel,\n\nThanks, that looks right for us. We now need 36 modules, not 30. "
                              "Please hold them for us.\n\nKerry", datetime(2027, 11, 12, 10), "inbound")


def draft(sources, now=NOW):
    state = build_state(sources, TZ, now, customer_name="Kerry Quayle")
    return compose_state(state, customer_name="Kerry Quayle", thread_subject="Air fence", rep=REP).body


def test_the_old_total_is_not_restated_after_the_customer_changed_the_quantity():
    """'For 30 modules that is £4,350' is stale once the customer needs 36: neither the old total nor the old count
    is said again, the new count is."""
    body = draft([OFFER, CHANGE])
    assert "£4,350" not in body and "30 modules" not in body, body
    assert "36 modules" in body, body


def test_the_change_is_said_first():
    """The customer's newest change opens the recap, before anything else restated."""
    body = draft([OFFER, CHANGE])
    recap = body.split("\n\n")[1]
    first = recap.split(". ", 2)[1]
    assert "36 modules" in first, recap


def test_a_count_the_customer_only_gave_in_their_words_is_said_back_as_the_change():
    """'please make it 10,000 sets after all' cannot be turned to 'you ...': its new count is noted, first."""
    offer = Source("message", 1, "Hi Pieter,\n\n8,000 sets with foil on the logo: R14,900 excl. VAT.\n\nChantelle",
                   datetime(2027, 11, 5, 10), "outbound")
    change = Source("message", 2, "Hi Chantelle,\n\nChange of plan, please make it 10,000 sets after all. When do "
                                  "you need the final approval?\n\nPieter", datetime(2027, 11, 12, 10), "inbound")
    body = draft([offer, change])
    assert "I've noted the change: 10,000 sets." in body, body
    assert "R14,900" not in body, body


def test_the_close_asks_what_changed_only_when_the_ball_is_with_the_customer():
    """Right after the customer changed the order, the draft does not ask them what changed; when the rep wrote last
    (a chase), it does."""
    en = PHRASES["en"]
    after_change = draft([OFFER, CHANGE])
    assert en["close"] not in after_change and en["close_more"] in after_change, after_change
    chase = Source("message", 3, "Hi Kerry,\n\nFor 36 modules that is £5,220 for the weekend.\n\nDaniel",
                   datetime(2027, 11, 13, 10), "outbound")
    after_rep = draft([OFFER, CHANGE, chase])
    assert en["close"] in after_rep, after_rep


def test_a_model_code_counts_nothing():
    """'VL-90 case' is not 90 cases, '29 de noviembre' counts no 'de': neither is counted again by a new figure."""
    assert not counted_again("Our VL-90 case is 90 cm wide.", ["We take the VL-90, but 10 cases, not 8."])
    assert not counted_again("Te ofrecemos 2 PS-400 de 400 CV.", ["Quiere la entrega el 29 de noviembre."])
    assert counted_again("Pour 240 m, il faut 12 modules.", ["300 m au total, soit 15 modules."])


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("informal", [False, True])
def test_both_closes_and_the_padding_exist_in_every_language_and_register(language, informal):
    """The close for either turn and the padding sentence are there in all four languages and both registers, and
    the padding never says the same sentence twice."""
    p = phrases(language, informal)
    assert p["close"] != p["close_more"] and p["thanks_again"] and p["changed"].count("{x}") == 1
    for close in (p["close"], p["close_more"]):
        said = padded(close, p)
        assert said.startswith(close) or said.endswith(close)
        assert said.count(close) == 1 and len(said) > len(close)
    if informal and language in INFORMAL:
        assert p["close_more"] == INFORMAL[language]["close_more"]


def test_the_customers_newest_points_are_noted_before_their_older_ones():
    """What they told us last comes first in the noted line; an older email's points follow in their own order."""
    first = Source("message", 1, "Hi Daniel,\n\nOur race weekend is in the Isle of Man. We need about 30 modules."
                                 "\n\nKerry", datetime(2027, 11, 1, 10), "inbound")
    later = Source("message", 3, "Hi Daniel,\n\nWe've decided on the paddock site. The marshals are away from 20 "
                                 "November, so we want the fence up before then.\n\nKerry",
                   datetime(2027, 11, 13, 10), "inbound")
    body = draft([first, later])
    assert body.lower().index("the marshals are away from 20 november") < body.index("30 modules"), body


@pytest.mark.parametrize(("line", "said"), [
    ("Tomo nota de el contrato en borrador.", "Tomo nota del contrato en borrador."),
    ("Je prends note de le devis signé.", "Je prends note du devis signé."),
    ("Je prends note de les 4 groupes.", "Je prends note des 4 groupes."),
    ("Tomo nota de su registro REPSE.", "Tomo nota de su registro REPSE."),
])
def test_a_noting_line_contracts_de_with_its_article(line, said):
    """The noting said with its verb ("Tomo nota de ..."), its "de el" contracted as Spanish and French write it."""
    assert contracted(line) == said


@pytest.mark.parametrize("text", [
    "The building manager needs the names of the technicians for access cards by 7 June.",
    "Wir brauchen die Namen bis 7. Juni.",
    "Il nous faut les noms avant le 7 juin.",
    "Necesitamos los nombres antes del 7 de junio.",
])
def test_a_deadline_day_counts_nothing(text):
    """'by 7 June' sets a deadline: it is no count of June that a change could replace."""
    assert not _counts(text)



def test_a_sentence_around_a_count_the_change_line_says_is_not_noted_again():
    """"36 modules now, not 30 - two more teams joined" beside "I've noted the change: 36 modules.": said once; a
    sentence with a day of its own beside the count still is."""
    recap = ["I've noted the change: 36 modules."]
    around = Item(kind="latest", text="36 modules now, not 30 - two more teams joined you",
                  quote="36 modules now, not 30 - two more teams joined us.", source_kind="message", source_id=2,
                  at=NOW, direction="inbound")
    dated = Item(kind="latest", text="you need the 36 modules by 3 December", quote="We need the 36 modules by 3 December.",
                 source_kind="message", source_id=2, at=NOW, direction="inbound")
    assert counted_as_change(around, recap, None, PHRASES["en"])
    assert not counted_as_change(dated, recap, None, PHRASES["en"])



def test_a_spaced_thousands_count_is_read_whole():
    """'1 100 places' is one count: never '100 places' said as the change."""
    assert _counts("Nous serons finalement 1 100 places assises") == {"plac": {"1100"}}
    assert _counts("on sera 2\u202f300 coureurs") == {"cour": {"2\u202f300"}}
