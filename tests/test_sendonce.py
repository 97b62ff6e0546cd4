"""A thing to send said once, as the customer's newer request for it (followup/drafting/sendonce.py)."""
from datetime import datetime, timezone

from followup.drafting.items import Item
from followup.drafting.sendonce import sent_once

EARLY, LATE = datetime(2028, 8, 10, tzinfo=timezone.utc), datetime(2028, 8, 16, tzinfo=timezone.utc)


def _promise(text, when=""):
    return Item("commitment", text, text, "note", 1, EARLY, "note", when=when)


def _asked(text):
    return Item("request", text, text, "message", 2, LATE, "inbound")


def test_an_older_promise_to_send_the_same_thing_gives_way_to_the_newer_request():
    items = sent_once([_promise("Je vous envoie offre révisée + fiche technique"),
                       _asked("Je vous envoie l'offre écrite et la fiche technique pour le bon de commande")])
    assert [(i.kind, i.status) for i in items] == [("commitment", "superseded"), ("request", "open")]
    assert items[0].by == "message:2"


def test_the_same_in_other_languages():
    for promise, asked in [("I'll send you the product datasheet", "I'll send you the datasheet for the product"),
                           ("Ich schicke Ihnen die Preisliste", "Ich schicke Ihnen die aktuelle Preisliste"),
                           ("Le envío el catálogo", "Le envío el catálogo de cascos")]:
        assert sent_once([_promise(promise), _asked(asked)])[0].status == "superseded"


def test_a_promise_of_another_thing_or_with_a_day_ahead_stays():
    other = sent_once([_promise("Je vous envoie le contrat signé"), _asked("Je vous envoie la fiche technique")])
    ahead = sent_once([_promise("Je vous envoie la fiche technique", when="jeudi"),
                       _asked("Je vous envoie la fiche technique")])
    assert other[0].status == ahead[0].status == "open"
