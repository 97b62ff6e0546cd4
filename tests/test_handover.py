"""A person the customer names to deal with from now on is said back; their address or number never is."""
from datetime import datetime, timezone

from followup.drafting.clauses import whole_clause
from followup.drafting.conversation import build_state
from followup.drafting.handover import contact_cut, hands_over
from followup.drafting.reported import customer_said
from followup.drafting.sentences import Source, classify


def test_a_hand_over_in_german_french_and_spanish_is_recognised():
    """Their son, brother or colleague by first name, taking over a part of the business."""
    assert hands_over("Mein Sohn Lukas kümmert sich um die Termine, bitte direkt mit ihm: lukas@hof.example")
    assert hands_over("Unsere Kollegin Petra übernimmt die Abrechnung.")
    assert hands_over("Ma fille Claire s'occupe des commandes à partir d'octobre.")
    assert hands_over("Mi hermano Lucas se encarga de recibir en el campo.")
    assert not hands_over("Mein Sohn kümmert sich darum.")  # no one named: nothing handed over
    assert not hands_over("Mi enóloga, Marta Quintanilla, quiere saber si la visita puede ser en noviembre.")


def test_the_instruction_to_write_or_call_them_is_cut_with_its_address():
    """"bitte direkt mit ihm: lukas@...", "coordinalo con él: 341 ...", "c'est lui qui sera votre interlocuteur : ..."."""
    assert contact_cut("Mein Sohn Lukas kümmert sich um die Termine, bitte direkt mit ihm: lukas@hof.example") \
        == "Mein Sohn Lukas kümmert sich um die Termine"
    assert contact_cut("Mon fils Loïc reprend les parchets du haut, c'est lui qui sera votre interlocuteur pour les "
                       "dates : loic@domaine.example.ch") == "Mon fils Loïc reprend les parchets du haut"
    assert contact_cut("Mi hermano Lucas se encarga de recibir en el campo de Casilda, coordinalo con él: "
                       "341 555-9027.") == "Mi hermano Lucas se encarga de recibir en el campo de Casilda"
    other = "Die Rechnung bitte an die Buchhaltung, Ansprechpartnerin: 0381 555 9127"
    assert contact_cut(other) == other  # not a hand-over: left to the modules that own it


def test_a_hand_over_is_a_point_said_back_to_the_customer():
    """Before: no kind ("Mein Sohn ...") or the sentence said back with the phone number, which grounding drops."""
    assert classify("Mein Sohn Lukas kümmert sich um die Termine, bitte direkt mit ihm: lukas@hof.example",
                    "inbound") == "constraint"
    assert customer_said("Mon fils Loïc reprend les parchets du haut, c'est lui qui sera votre interlocuteur pour "
                         "les dates : loic@domaine.example.ch", "fr") == "votre fils Loïc reprend les parchets du haut"
    quote = "Mi hermano Lucas se encarga de recibir en el campo de Casilda, coordinalo con él: 341 555-9027."
    said = "su hermano Lucas se encarga de recibir en el campo de Casilda"
    assert whole_clause(said, quote, "es") == said  # never extended back over the number


def test_the_state_names_who_takes_over_without_their_number():
    """A Spanish order with a brother receiving the goods: Lucas and the field said back, his phone never."""
    at = datetime(2029, 9, 11, 14, 10, tzinfo=timezone.utc)
    body = ("Vale, buenas.\n\nCerramos con la segunda propuesta, la de 400 bolsas, con el descuento por pago contado. "
            "Mi hermano Lucas se encarga de recibir en el campo de Casilda, coordinalo con él: 341 555-9027.\n\n"
            "Abrazo,\nMartín")
    state = build_state([Source("message", 1, body, at, "inbound")], "America/Argentina/Cordoba",
                        datetime(2029, 9, 12, 12, 0, tzinfo=timezone.utc), customer_name="Martín Giordano")
    said = [i.text for i in state.items if "Lucas" in i.quote]
    assert said == ["su hermano Lucas se encarga de recibir en el campo de Casilda"]
