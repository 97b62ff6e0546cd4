"""A customer's listed conditions are said back point by point, from the rep's side."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.lists import _point, lead_of, listed_points
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Chimwemwe Banda", "chim@millparts.example", "Chimwemwe Banda\nMill Parts Ltd")


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    """One email of the conversation, on a day of May 2026."""
    return Source("message", i, text, datetime(2026, 5, day, 9), direction)


MILL = [_msg(1, "outbound", "Hi Grace,\n\nA full rebuild is MWK 2,950,000 per mill.\n\nBest,\nChimwemwe", 4),
        _msg(2, "inbound", "Hi Chimwemwe,\n\nWe want to go ahead. Our conditions:\n\n- screens in 3 mm and 5 mm for "
                           "each mill\n- rebuild done at our mill, not in your workshop, because we cannot stop all "
                           "production\n- one mill at a time\n- can you start in June?\n\nGrace", 6)]


def test_listed_conditions_reach_the_draft_turned_to_the_reps_side():
    """Each point said, "our mill" -> "your mill", "your workshop" -> "our workshop", the reason left off; the
    question among them is not a point."""
    state = build_state(MILL, "Africa/Blantyre", datetime(2026, 5, 12, 9), customer_name="Grace Phiri")
    body = compose_state(state, customer_name="Grace Phiri", thread_subject="Mill rebuild", rep=REP).body
    assert "I've taken your points on board:" in body
    assert "screens in 3 mm and 5 mm for each mill" in body
    assert "rebuild done at your mill, not in our workshop" in body
    assert "one mill at a time" in body
    assert "because we cannot" not in body and "can you start in June" not in body.split("[[")[0]


def test_a_list_the_rep_has_answered_since_is_not_said_again():
    """A rep email after the list: it is answered there."""
    later = MILL + [_msg(3, "outbound", "Hi Grace, yes to all of it.", 8)]
    assert listed_points(later, [], "en") == []
    assert [i.text for i in listed_points(MILL, [], "en")] == [
        "screens in 3 mm and 5 mm for each mill", "rebuild done at your mill, not in our workshop",
        "one mill at a time"]


def test_a_list_joined_after_its_lead_is_said_point_by_point_once():
    """ "We'll take the half-season box. Our games: - Round 6 - Round 9 ...": the joined sentence is only the lead and
    its points, so the points are said (a word before a figure keeps its capital) and the lead is not said again."""
    assert lead_of("Our games: Round 6, Round 9 and Round 22.", ["Round 6", "Round 9", "Round 22"])
    assert lead_of("Unsere Wünsche: Firmenlogo und 2 Parkplätze", ["Firmenlogo", "2 Parkplätze"])
    assert not lead_of("Our games: Round 6 and Round 9, but we need parking.", ["Round 6", "Round 9"])
    assert not lead_of("We need this for the launch and the team: Round 6, Round 9", ["Round 6", "Round 9"])
    assert not lead_of("We'd like to interview: Eilidh Grant and Ravi Menon", ["Eilidh Grant", "Ravi Menon"])
    assert not lead_of("Queremos: el contrato y la factura", ["el contrato", "la factura"])
    sources = [_msg(1, "outbound", "Hi Tom,\n\nHalf-season boxes (6 games) are AUD 39,500 plus GST.\n\nBree", 4),
               _msg(2, "inbound", "Hi Bree,\n\nWe'll take the half-season box. Our games:\n\n- Round 6\n- Round 9\n"
                                  "- Round 12\n\nTom", 6)]
    state = build_state(sources, "Australia/Melbourne", datetime(2026, 5, 7, 9), customer_name="Tom Gallagher")
    body = compose_state(state, customer_name="Tom Gallagher", thread_subject="Box", rep=REP).body
    assert "Round 6, Round 9 and Round 12" in body and body.count("Round 9") == 1


def test_a_spanish_point_in_the_first_person_by_its_verb_alone_is_left_out():
    """'Necesitamos 90 habitaciones en lugar de 80' says 'we' by its verb: never 'Tengo en cuenta tus puntos:
    necesitamos 90 habitaciones' (blind heldout26); a point about a thing stays."""
    sources = [_msg(1, "outbound", "Hola Marta:\n\nAuditorio: 14.800 €.\n\nPablo", 4),
               _msg(2, "inbound", "Pablo:\n\nConfirmamos. Dos cambios:\n\n1. Necesitamos 90 habitaciones en lugar de "
                                  "80\n2. Queremos la cena el día 20\n3. cena de gala para 200 personas\n\nMarta", 6)]
    assert [i.text for i in listed_points(sources, [], "es")] == ["cena de gala para 200 personas"]


def test_a_series_of_figures_is_a_list_no_cut_may_split():
    from followup.drafting.lists import joins_list
    assert joins_list("Miren pregunta si podemos pagar un 40% a la firma, un 50% a la entrega y un 10% a la puesta en "
                      "marcha.")
    assert joins_list("Can you confirm 30% on order, 60% on delivery and 10% on sign-off?")
    assert joins_list("Nous proposons 30 % à la commande, 60 % à la livraison et 10 % à la réception.")
    assert joins_list("Wir zahlen 30 % bei Bestellung, 60 % bei Lieferung und 10 % bei Abnahme.")
    assert joins_list("We need: a dock, a forklift and a driver.")  # after a lead's colon, as before
    assert not joins_list("Storage is EUR 1,200 per year, and 3 days on site.")  # a thousands comma is no item
    assert not joins_list("Hello, we need 3 units and 2 spares.")  # two figures make no series


def test_a_point_asking_to_know_something_is_a_question_not_a_point():
    """"to know whether the shade sail can be done in green" under "we need:" is asked in a slot, not noted back."""
    playground = [_msg(1, "outbound", "Kia ora Hemi,\n\nPackage 2 is NZ$214,900.\n\nBest,\nFiona", 4),
                  _msg(2, "inbound", "Kia ora Fiona,\n\nBefore sign-off we need:\n\n- a safety audit statement for the "
                                     "design\n- the quote re-issued with our PO reference PK-2031-07\n- to know whether "
                                     "the shade sail can be done in council green\n\nHemi", 6)]
    assert [i.text for i in listed_points(playground, [], "en")] == [
        "a safety audit statement for the design", "the quote re-issued with your PO reference PK-2031-07"]
    state = build_state(playground, "Pacific/Auckland", datetime(2026, 5, 12, 9), customer_name="Hemi Walker")
    body = compose_state(state, customer_name="Hemi Walker", thread_subject="Playground", rep=REP).body
    assert "whether the shade sail can be done in council green?]]" in body
    assert "to know whether" not in body.split("[[")[0]


def test_a_point_a_named_colleague_asks_is_a_question_in_any_language():
    """"Ms. Osei, our safety lead, asks whether ..." is never cut to "Ms. Osei" by its aside."""
    for language, text in (("en", "Ms. Osei, our safety lead, asks whether the old cylinders can go too"),
                           ("de", "Herr Brandt, unser Laborleiter, fragt, ob die alten Kanister mitgehen"),
                           ("fr", "M. Petit, notre responsable sécurité, demande si les vieux bidons partent aussi"),
                           ("es", "La Sra. Vidal, nuestra jefa de seguridad, pregunta si se llevan los bidones viejos")):
        assert _point(text, language) == ""
    assert _point("the cylinders, the old ones too", "en") == "the cylinders"


def test_documents_a_please_send_list_asks_for_are_sent_not_taken_on_board():
    """"Please send: the signed order form" is owed as sent; a point that is no document stays a listed point."""
    from followup.drafting.lists import sent_points
    mails = [_msg(1, "outbound", "Hi Grace,\n\nA full rebuild is MWK 2,950,000 per mill.\n\nBest,\nChimwemwe", 4),
             _msg(2, "inbound", "Hi Chimwemwe,\n\nWe are ready. Please send:\n\n- the contract for both mills\n"
                                "- the warranty certificate\n\nGrace", 6)]
    state = build_state(mails, "Africa/Blantyre", datetime(2026, 5, 12, 9), customer_name="Grace Phiri")
    sends, rest = sent_points(state.open("listed"))
    assert [i.text for i in sends] == ["the contract for both mills", "the warranty certificate"] and not rest
    body = compose_state(state, customer_name="Grace Phiri", thread_subject="Mill rebuild", rep=REP).body
    assert "I'll send you the contract for both mills and the warranty certificate." in body
    assert "taken your points on board" not in body
    kept = build_state(MILL, "Africa/Blantyre", datetime(2026, 5, 12, 9)).open("listed")
    assert kept and not sent_points(kept)[0]
