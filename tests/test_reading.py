"""Reading a note's clauses for what is internal (followup/drafting/reading.py)."""
import pytest

from followup.drafting.reading import LEAK, interaction_kind, names_unknown, untold


def test_a_person_after_a_slash_preposition_in_a_note_is_someone_the_customer_never_wrote_about():
    """"c/ Marta" and "m/ Jonas" name a colleague as "con Marta" and "mit Jonas" would."""
    visible = {"gracias", "precio", "hola", "jorge"}
    assert names_unknown("revisado c/ Marta", visible, "es")
    assert not names_unknown("hablado c/ Jorge", visible, "es")
    assert names_unknown("abgestimmt m/ Jonas", {"danke"}, "de")
    assert not names_unknown("Preis m/ Rabatt", {"danke", "rabatt"}, "de")


def test_a_month_after_a_days_number_is_no_colleague_deciding():
    """"Start Mon 17 May agreed" dates the start; "Diego agreed" names who decided."""
    from followup.drafting.reading import COLLEAGUE

    assert [m.group("name") for m in COLLEAGUE.finditer("Start Mon 17 May agreed, trial 2 weeks")] == []
    assert [m.group("name") for m in COLLEAGUE.finditer("Termin 18. Mai bestätigt")] == []
    assert [m.group("name") for m in COLLEAGUE.finditer("Price ok, Diego agreed")] == ["Diego"]


def test_a_model_code_a_language_or_a_things_internal_part_does_not_make_a_note_clause_internal():
    """"Interested in OG-4", "draft in Vietnamese and English", "log to internal memory" are for the customer;
    "in Hamish's team", "Internal: floor price", "keep internal" are not."""
    from followup.drafting.reading import INTERNAL_ANY

    visible = {"oysters", "contract"}
    assert not names_unknown("Interested in OG-4 optical grader", visible, "en")
    assert not names_unknown("She wants contract draft in Vietnamese and English.", visible, "en")
    assert names_unknown("Checked in Hamish's team", visible, "en")
    assert not INTERNAL_ANY.search("units log every 15 min to internal memory")
    assert INTERNAL_ANY.search("floor price is internal: $178k")
    assert INTERNAL_ANY.search("margin, keep internal")
    assert INTERNAL_ANY.search("Aquatreat quote (internal only)")


@pytest.mark.parametrize("note, kind", [
    ("1st call w/ Kila Aisi, mine camp near Lae. Needs our crew inducted on site, visit Saturday 16 October", "call"),
    ("Tél. 1er contact M. Ben Salah, dir. technique. Besoin estimé 180 m3 par jour, visite le 11 mai", "call"),
    ("Don Óscar otra vez: el 12 tiene auditoría. Nueva fecha de visita: jueves 14 de octubre", "call"),
    ("Visite école J. Ferry avec Mme Rousseau. Combles 435 m² mesurés", "meeting"),
    ("Besuch bei Frau Weber, 5 Ferienvillen in Peyia", "meeting"),
    ("Met Dana at the expo, she wants a quote for 40 seats", "meeting"),
    ("Checked w/ Marlon: 60-ton travel lift takes both models with masts up", "internal"),
    ("Checked with Greta (eng): DP-20 ATEX Zone 1 OK. Told Tomasz on call.", "call"),
])
def test_what_a_note_records_is_read_from_its_header(note, kind):
    """The header names the interaction; a later appointment word does not make a call a meeting, and a check with a
    colleague that reached nobody at the customer is no interaction to thank them for."""
    assert interaction_kind(note) == kind


@pytest.mark.parametrize("sentence", ["Also can you invoice quarterly instead of monthly",
                                      "Könnten Sie die Rechnung quartalsweise stellen",
                                      "Pourriez-vous facturer par trimestre",
                                      "¿Puede facturar cada trimestre"])
def test_a_customer_request_put_as_a_question_without_its_mark_is_a_question(sentence):
    """'Also can you invoice quarterly instead of monthly' asks: the draft answers it in a slot."""
    from followup.drafting.reading import sentence_kind

    assert sentence_kind(sentence, "inbound") == "question"


def test_the_customer_taking_time_is_no_request_and_no_step_to_restate():
    from followup.drafting.reading import sentence_kind
    assert sentence_kind("We need a couple of weeks to run it past the committee.", "inbound") is None
    assert sentence_kind("I'll get back to you.", "inbound") is None
    assert sentence_kind("Give me a few days to check the budget.", "inbound") is None
    assert sentence_kind("We need two more pallets by Friday.", "inbound") is not None  # a need of theirs, said back


def test_how_the_customers_own_meeting_went_is_news_not_a_step():
    from followup.drafting.reading import PLEASANTRY
    assert PLEASANTRY.match("Dana, the board meeting went well.")
    assert PLEASANTRY.match("Our budget review went fine, thanks")
    assert not PLEASANTRY.match("The meeting is on Tuesday at 10am.")


def test_a_figure_after_a_dash_answers_what_the_note_says_was_asked():
    """"Sie fragt nach Absaugung - Filteranlage 2.100 € extra": answered on the call; "- weiß nicht" and a dash
    with no figure after it are not."""
    from followup.drafting.reading import asked_open

    quote = "Sie fragt nach Absaugung"
    assert asked_open(quote, "Katrin", " - Filteranlage 2.100 € extra. Vorführung angeboten.") is False
    assert asked_open(quote, "Katrin", " - weiß nicht, 2 Modelle möglich?") not in (False, None)
    assert asked_open(quote, "Katrin", " - Vorführung in Chemnitz angeboten.") not in (False, None)
    # a check already made is no put-off: "checked with finance: yes, 40/30/30" answers it
    assert asked_open("She asked about three instalments", "", " - checked with finance: yes, 40/30/30.") is False
    assert asked_open("She asked about three instalments", "", " - check with finance, 40/30/30?") not in (False, None)


@pytest.mark.parametrize("sentence", ["Prefers WhatsApp voice notes but email for paperwork.",
                                      "Er will nur E-Mail, kein WhatsApp.", "Il préfère WhatsApp."])
def test_the_channel_a_customer_would_rather_be_reached_on_is_a_preference_not_a_point(sentence):
    """Honoured by the rep (or the close), never told back as "You prefer WhatsApp voice notes"."""
    from followup.drafting.reading import sentence_kind
    assert sentence_kind(sentence, "note") == "preference"


def test_a_quote_confirmed_inline_after_a_colon_is_a_term_not_a_promise():
    from followup.drafting.reading import sentence_kind
    assert sentence_kind("Le confirmo el presupuesto: dos bombas, USD 8,400 con instalación.", "outbound") == "term"
    assert sentence_kind("Je vous confirme notre offre : 2 cuves, 6 900 € HT.", "outbound") == "term"


def test_what_a_priced_german_model_comes_with_is_no_colleague():
    assert not names_unknown("Angeboten: FX-40 Presse mit Heizplatte, 9.400 € netto", {"danke"}, "de")
    assert names_unknown("Preis abgestimmt mit Jonas", {"danke"}, "de")


@pytest.mark.parametrize("note, untold_news", [
    ("4 zusätzliche Leute ab 6.12. bestätigt (Disposition hat sie). Huber noch nicht informiert.", True),
    ("Carrossier confirme : livraison le jeudi 2 décembre. Pas encore prévenu le client.", True),
    ("Fournisseur : installation 27 et 28 décembre OK. Confirmer à Dr Sow.", True),
    ("Shipment cleared port today. Site reqs doc still with Kojo, must send it out.", True),
    ("Dwayne: Saturday install ok, +$350. TODO email Priya.", True),
    ("Called Huber: 4 more people ok. Not told him the invoice date yet.", False),  # a call all the same
    ("Met Dr Asante at RidgeCare. Promised the plan next week.", False),
])
def test_a_note_of_news_the_customer_has_still_to_hear_records_no_call(note, untold_news):
    assert untold(note) is untold_news


def test_a_french_thanks_for_doing_something_is_a_request_not_a_pleasantry():
    from followup.drafting.reading import PLEASANTRY
    assert not PLEASANTRY.match("Merci d'établir une facture unique au nom de la Fondation.")
    assert not PLEASANTRY.match("Merci de nous envoyer le contrat.")
    assert PLEASANTRY.match("Merci de votre retour.")
    assert PLEASANTRY.match("Merci d'avance.")


def test_a_notes_question_handed_to_a_colleague_in_shorthand_is_asked_not_answered():
    from followup.drafting.reading import UNSURE
    from followup.drafting.whasked import ASKED
    assert UNSURE.search("Asked re finance over 5 yrs - check w/ Mel in finance.")
    assert ASKED.search("Asked re finance over 5 yrs").group(0) == "Asked re "


def test_a_notes_question_asked_straight_after_asked_and_handed_to_a_colleague_is_asked():
    from followup.drafting.whasked import ASKED
    assert ASKED.search("Asked can we do induction on site Mon 26 June").group(0) == "Asked "


def test_handover_over_a_list_is_no_promise():
    """A rep's "I'm sending you the quote:" that the email's list follows handed the quote over in that email."""
    from followup.drafting.reading import sentence_kind
    assert sentence_kind("Como quedamos, te mando la oferta para el taller nuevo", "outbound", ":\n- 6 bancos") != \
        "commitment"
    assert sentence_kind("Suite à notre visite, je vous envoie le devis des vestiaires", "outbound", ":") != "commitment"
    # no colon after it: the sending is still to come
    assert sentence_kind("Te mando la oferta para el taller nuevo", "outbound", ".") == "commitment"


def test_a_french_thanks_that_asks_for_something_is_no_pleasantry():
    from followup.drafting.reading import PLEASANTRY
    assert not PLEASANTRY.match("Merci aussi de me transmettre la liste des pièces.")
    assert not PLEASANTRY.match("Merci également de nous indiquer la date.")
    assert PLEASANTRY.match("Merci aussi de votre patience.")


def test_a_wh_question_or_a_request_asked_on_the_call_is_read_as_asked():
    from followup.drafting.reading import UNSURE, asked_open
    assert asked_open("She asked when the trainer could come", "", ". Send deck Fri.").group(0) == "She asked "
    assert asked_open("Er fragt, wie lange der Umbau dauert", "", ".").group(0) == "Er fragt, "
    assert asked_open("Elle demande combien de temps prend la pose", "", ".") not in (False, None)
    assert asked_open("Pregunta cuándo llega el técnico", "", ".").group(0) == "Pregunta "
    assert asked_open("She asked where the servers are", "", " - EU, Frankfurt.") is False
    # a clause forbidding a commitment leaves what was asked open
    assert UNSURE.search("Asked for net 60 - don't commit before finance signs off.")
    assert UNSURE.search("Veut 5 % de remise, ne rien promettre.")
    assert UNSURE.search("Will Skonto 3 %, nichts zusagen.")


@pytest.mark.parametrize("note", [
    "Lead time is 6 weeks for the panels, haven't told her yet.",
    "El equipo tarda 6 semanas, no se lo he dicho.",
    "Lieferzeit 6 Wochen, hab ihr noch nicht gesagt.",
    "Délai de 6 semaines, je ne lui ai pas encore dit.",
])
def test_what_the_rep_has_not_told_the_customer_is_internal(note):
    from followup.drafting.reading import INTERNAL_ANY
    assert INTERNAL_ANY.search(note)


def test_what_the_rep_told_the_customer_is_not_internal():
    from followup.drafting.reading import INTERNAL_ANY
    assert not INTERNAL_ANY.search("Lead time is 6 weeks, told her on the call.")


def test_a_price_at_sign_is_no_leak_but_an_address_is():
    assert not LEAK.search("1,200 caps @ EUR 3.40 (volume price), logo front")
    assert not LEAK.search("60 chairs @£45")
    assert LEAK.search("write to ops@venue.example.org for the plan")
