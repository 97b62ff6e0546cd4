"""The deal gone elsewhere with further contact refused for good, a certain opt-out (followup.text.wish_elsewhere_optout)."""
from datetime import datetime

import pytest

from followup.text.wish_base import DNC, PAUSED, Wish
from followup.text.wish_elsewhere_optout import gone_for_good, may_refuse_for_good, refused_for_good
from followup.text.wishes import detect_opt_outs, detect_stops, detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)


def _certain(text):
    """The kinds read as certain in a message."""
    return {w.kind for w in detect_wishes(text, TUE, "America/Chicago") if w.certain}


@pytest.mark.parametrize("text", [
    "We've gone with another provider, so no need to contact us again.",
    "Thanks for the quote and the site visit. We've gone with another supplier in the end, they could start sooner. "
    "Please close off our file on your side and there's no need to contact us again about the shade ports, ja.",
    "After a fair bit of back and forth we've signed with another provider for the scheduling platform. Please close "
    "our file on your side and there's no need to reach out again.",
    "We went with a competitor. Please don't follow up any more.",
    "Hemos elegido otro proveedor, no hace falta que nos vuelvan a contactar.",
    "Nous avons choisi un autre prestataire, inutile de nous recontacter.",
    "Abbiamo scelto un altro fornitore, non serve che ci ricontattiate.",
    "Wir haben uns für einen anderen Anbieter entschieden, Sie brauchen uns nicht mehr anzurufen.",
    "We zijn met een andere leverancier in zee gegaan, u hoeft geen contact meer op te nemen.",
    "Assinamos com outra empresa, não precisa nos contatar novamente.",
])
def test_another_supplier_and_no_further_contact_is_a_certain_opt_out(text):
    assert _certain(text) == {DNC}
    assert [w.kind for w in detect_stops(text, TUE, "America/Chicago")] == [DNC]
    assert [w.kind for w in detect_opt_outs(text)] == [DNC]


@pytest.mark.parametrize("text", [
    # bounded in time, or a door left open: still a pause
    "We went with a competitor for now, so no need to contact us again this year.",
    "We've gone with another supplier. If anything changes, we'll be in touch, no need to contact us again.",
    "We signed with another carrier, no need to contact us again until the contract is up.",
    "Hemos elegido otro proveedor por ahora, no hace falta que nos vuelvan a contactar.",
    "Nous avons choisi un autre prestataire pour cette année, inutile de nous recontacter.",
    # someone else's choice or words, one part refused, the rest still wanted
    'Our partner said "we went with another supplier, no need to contact us again". Can you send the spec?',
    "Our sister company went with another provider, so no need to contact us again about them.",
    "We went with another supplier for the pallets, so no need to contact us again. Still keen on the racking quote.",
    # the choice alone, or a plain "no need to follow up" (no "again" said)
    "We went with another vendor. No need to follow up.",
])
def test_a_bounded_open_or_someone_elses_refusal_is_no_certain_opt_out(text):
    assert DNC not in _certain(text)


def test_a_refusal_without_a_supplier_chosen_is_not_promoted():
    assert refused_for_good(["Thanks, no need to contact us again about the invoice, it's paid."]) is None
    assert not may_refuse_for_good("Thanks, no need to contact us again about the invoice, it's paid.")


def test_gone_for_good_adds_a_certain_opt_out_unless_one_is_read():
    said = ["We've gone with another provider, so no need to contact us again."]
    assert gone_for_good(said, [Wish(PAUSED, "gone with another provider")])[-1] == Wish(DNC, said[0])
    assert gone_for_good(said, [Wish(DNC, "stop")]) == [Wish(DNC, "stop")]


def test_taglish_particles_between_stop_and_its_object():
    assert _certain("pls stop na po sending me emails") == {DNC}
    assert [w.kind for w in detect_opt_outs("pls stop na po sending me emails")] == [DNC]
