"""A rep's wait or reminder done by the customer's later email, a promise to find out kept by a later answer
(followup/drafting/donesince.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.donesince import done_since, waited_thing
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Lena Ortiz", "lena@badges.example", "Lena Ortiz\nBadgeworks")


def _wait(quote: str, at: datetime) -> Item:
    return Item(kind="feature", text=quote, quote=quote, source_kind="message", source_id=1, at=at,
                direction="outbound")


@pytest.mark.parametrize("wait, reply, language", [
    ("I'm still waiting for the list of names for the badges.", "Here is the list of names, sorry it took a while.",
     "en"),
    ("Ich warte noch auf die Namensliste für die Schilder.", "Anbei die Namensliste, Entschuldigung für die Verzögerung.",
     "de"),
    ("J'attends la liste des prénoms pour les badges.", "Voici la liste des prénoms en pièce jointe.", "fr"),
    ("Quedo a la espera de la lista de nombres para las placas.", "Adjunto la lista de nombres.", "es"),
])
def test_a_wait_is_closed_by_the_customers_later_email_that_sends_it(wait, reply, language):
    sent, back = datetime(2031, 3, 2, 9), datetime(2031, 3, 20, 9)
    mail = Source("message", 2, reply, back, "inbound")
    last: dict = {}
    out = done_since([_wait(wait, sent)], [mail], {("message", 2): reply}, last, language)
    assert out[0].status == "kept" and out[0].by == "message:2"
    assert last["done"] == [waited_thing(wait)]


def test_a_reminder_is_closed_once_the_customer_reports_it_done_but_not_by_another_thing():
    sent, back = datetime(2031, 3, 2, 9), datetime(2031, 3, 20, 9)
    reminder = _wait("Pensez à déposer la demande de subvention avant la commande.", sent)
    done = "La demande de subvention a été déposée hier."
    other = "Voici le plan du magasin."
    assert done_since([reminder], [Source("message", 2, done, back, "inbound")], {("message", 2): done}, {},
                      "fr")[0].status == "kept"
    assert done_since([reminder], [Source("message", 2, other, back, "inbound")], {("message", 2): other}, {},
                      "fr")[0].status == "open"
    # an email from before the reminder closes nothing
    early = Source("message", 2, done, datetime(2031, 3, 1, 9), "inbound")
    assert done_since([reminder], [early], {("message", 2): done}, {}, "fr")[0].status == "open"


def test_a_promise_to_find_out_is_kept_by_the_later_answer_to_the_question_on_the_same_thing():
    promise = Item(kind="commitment", text="I'll check the warranty terms.", quote="I'll check the warranty terms.",
                   source_kind="message", source_id=1, at=datetime(2031, 3, 2, 9), direction="outbound")
    asked = Item(kind="question", text="", quote="What about the warranty?", source_kind="message", source_id=2,
                 at=datetime(2031, 3, 5, 9), direction="inbound", status="answered", by="note:3")
    note = Source("note", 3, "Call: warranty is 3 years, told her.", datetime(2031, 3, 8, 9), "note")
    out = done_since([promise, asked], [note], {}, {}, "en")
    assert out[0].status == "kept" and out[0].by == "note:3"
    other = Item(kind="question", text="", quote="What about the delivery?", source_kind="message", source_id=2,
                 at=datetime(2031, 3, 5, 9), direction="inbound", status="answered", by="note:3")
    assert done_since([promise, other], [note], {}, {}, "en")[0].status == "open"


@pytest.mark.parametrize("quote, thing", [
    ("Whenever the floor plan is ready I can book the fitters.", "the floor plan"),
    ("Ich warte noch auf die Namensliste bis Freitag.", "die Namensliste"),
    ("Quedamos a la espera del listado de tallas.", "el listado de tallas"),
    ("Nous restons dans l'attente de votre bon de commande pour lancer la production.", "votre bon de commande"),
])
def test_the_thing_a_wait_names_is_read_in_the_reps_words(quote, thing):
    assert waited_thing(quote) == thing


def _draft(sources: list[Source], name: str) -> str:
    state = build_state(sources, "Europe/Paris", datetime(2031, 3, 21, 9), customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Badges", rep=REP).body


def test_a_draft_says_the_waited_thing_received_and_never_waits_for_it_again():
    sources = [Source("message", 1, "Bonjour Madame Roux,\n\n120 badges brodés à 3,40 € HT pièce. J'attends la liste "
                      "des prénoms.\n\nCordialement,\nLena", datetime(2031, 3, 2, 9), "outbound"),
               Source("message", 2, "Bonjour,\n\nVoici la liste des prénoms en pièce jointe. Pouvez-vous livrer avant "
                      "le 15 avril ?\n\nClaire Roux", datetime(2031, 3, 20, 9), "inbound")]
    body = _draft(sources, "Claire Roux")
    assert "J'ai bien reçu la liste des prénoms." in body
    assert "J'attends" not in body


def test_an_english_draft_no_longer_reminds_of_what_the_customer_reports_done():
    sources = [Source("message", 1, "Hi Tom,\n\n80 enamel badges at $2.90 each. Please remember to send the artwork "
                      "files before we start.\n\nLena", datetime(2031, 3, 2, 9), "outbound"),
               Source("message", 2, "Hi Lena,\n\nThe artwork files have been sent to your colleague. Can you ship by "
                      "April 15?\n\nTom", datetime(2031, 3, 20, 9), "inbound")]
    body = _draft(sources, "Tom Hale")
    assert "remember" not in body.lower()


def test_the_customers_own_email_asking_again_keeps_no_promise_to_find_out():
    promise = Item(kind="commitment", text="I'll check the colour options.", quote="I'll check the colour options.",
                   source_kind="message", source_id=1, at=datetime(2031, 3, 2, 9), direction="outbound")
    chased = Item(kind="question", text="", quote="Any news on the colour options?", source_kind="message",
                  source_id=2, at=datetime(2031, 3, 5, 9), direction="inbound", status="answered", by="message:2")
    mail = Source("message", 2, "Any news on the colour options?", datetime(2031, 3, 5, 9), "inbound")
    assert done_since([promise, chased], [mail], {}, {}, "en")[0].status == "open"
