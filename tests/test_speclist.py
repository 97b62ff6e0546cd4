"""A note's list of specifications and figures said as one of the rep's sentences (followup.drafting.speclist)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.grounding import ground
from followup.drafting.items import Item
from followup.drafting.phrases import framing_texts
from followup.drafting.profile import RepProfile
from followup.drafting.saying import sentence, sentences
from followup.drafting.sentences import Source
from followup.drafting.speclist import list_sentence, list_words, recounted, written

TZ = "Europe/Berlin"
MON = datetime(2026, 11, 23, 10)
TUE = datetime(2026, 11, 24, 10)
REP = RepProfile("Ines Roth", "ines@kalt.example", "Ines Roth\nKalt GmbH")


@pytest.mark.parametrize("clause, language, said", [
    ("3x 40ft reefers, 2 gensets, Mon-Fri 7-15", "en", "I've noted 3x 40ft reefers, 2 gensets and Mon-Fri 7-15."),
    ("Angebot: 2 Kühlzellen 12 m², 1 Verdampfer", "de", "Unser Angebot umfasst 2 Kühlzellen 12 m² und 1 Verdampfer."),
    ("devis : 14 capteurs, 2 passerelles, 1 an de licence", "fr",
     "Notre offre comprend 14 capteurs, 2 passerelles et 1 an de licence."),
    ("12 paneles 450 W + inversor 5 kW", "es", "He anotado 12 paneles 450 W y inversor 5 kW."),
    ("14 Fenster als Spannrahmen, 3 Terrassentüren als Plissee", "de",
     "Ich habe 14 Fenster als Spannrahmen und 3 Terrassentüren als Plissee notiert."),
    ("2 generators: 500 kVA main + 250 kVA backup.", "en", "I've noted 2 generators – 500 kVA main and 250 kVA backup."),
    ("-> Offered GS-10: 10 sizes", "en", "Our offer covers GS-10 – 10 sizes."),
    ("vorschlag Hackschnitzelkessel HK-60, 10 m³ Bunker", "de",
     "Unser Angebot umfasst Hackschnitzelkessel HK-60 und 10 m³ Bunker."),
    ("Setup: 6 terminals, 4 kitchen printers, 2 kitchen display screens", "en",
     "I've noted 6 terminals, 4 kitchen printers and 2 kitchen display screens."),
])
def test_a_list_of_specifications_is_one_sentence_with_every_figure_as_written(clause, language, said):
    assert list_sentence(clause, language) == said
    assert sentence(clause, language) == said  # saying.sentence falls back to it


@pytest.mark.parametrize("clause, language", [
    ("want 8 igloos, not 6", "en"),  # a change: recount.py
    ("now wants 40 panels only + 24 baffles", "en"),  # the customer's new wish
    ("415 V 3-phase ok, needs 45 kW", "en"),  # an answer and a need
    ("acompte 30 % OK si le solde est garanti, sinon 40 %", "fr"),  # a condition, shares
    ("3 días, 14 al 16 de abril, 2 salas", "es"),  # dated: an event
    ("Miete 0 €, Umsatzprovision 12 %", "de"),  # prices: the price shapers'
    ("conseillé motorisée BTC-40, 185 000 000 GNF, formation 3 jours", "fr"),  # a sum in a currency code
    ("grading by hand at the moment, 3 staff", "en"),  # one figure: no list
    ("pour électrique bi-énergie 16 m, 6 sem", "fr"),  # a phrase of a sentence, not an item
    ("Hofbesichtigung Mi., 9 Uhr, 2 Personen", "de"),  # a clock time: a meeting's
    ("3 rooms, 2 stories", "it"),  # no language covered
    ("1 Manual, 9 Register, Holzwurm in der Windlade", "de"),  # a part without a figure: the note's account
    ("420 old HPS fixtures, 4 levels", "en"),  # what the customer has now and the offer replaces
    ("chaudière actuelle 24 kW, 2 étages", "fr"),
    ("not 2 pumps: 4 kW + 6 kW", "en"),  # a head that corrects is no head of a list
])
def test_what_is_no_list_of_specifications_is_left_to_the_other_shapes(clause, language):
    assert list_sentence(clause, language) == ""


def test_a_kilowatt_is_no_calendar_week():
    assert list_sentence("6 Module 400 W, Wechselrichter 5 kW", "de") == \
        "Ich habe 6 Module 400 W und Wechselrichter 5 kW notiert."


@pytest.mark.parametrize("language, lead, said", [
    ("fr", "Pour confirmer : {x}.", "Pour confirmer : j'ai noté 14 capteurs et 2 passerelles."),
    ("es", "Para confirmar: {x}.", "Para confirmar: he anotado 12 paneles y 2 baterías."),
    ("en", "To confirm, {x}.", "To confirm, I've noted 14 sensors and 2 gateways."),
])
def test_after_the_lead_it_reads_on(language, lead, said):
    clause = {"fr": "14 capteurs, 2 passerelles", "es": "12 paneles, 2 baterías", "en": "14 sensors, 2 gateways"}
    assert sentences([clause[language]], language, lead, 3) == [(said, 0)]


@pytest.mark.parametrize("language, clauses", [
    ("en", ["14 sensors, 2 gateways", "delivery 3 weeks", "warranty 5 years", "installation 4 days"]),
    ("de", ["14 Sensoren, 2 Gateways", "Lieferzeit: 10 Wochen ab Auftrag", "Etagenofen EO-5 für 64.800 € netto",
            "Stikkenofen RS-2 für 18.900 € netto"]),
])
def test_a_list_takes_no_place_a_term_in_force_had(language, clauses):
    assert written(sentence(clauses[0], language))
    said = sentences(clauses, language, "", 3)
    assert len(said) == 3 and not any(written(s) for s, _ in said)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_its_framing_words_are_known_to_grounding(language):
    words = set(list_words(language).split())
    assert words and words <= set(" ".join(framing_texts(language)).split())


NOTE = Source("note", 1, "Anruf mit Frau Keller. Kühlhaus für die Molkerei. Angebot: 2 Kühlzellen 12 m², 1 Verdampfer. "
              "Ich schicke das Datenblatt morgen.", MON, "note")


def test_the_draft_says_the_list_and_grounding_passes():
    state = build_state([NOTE], TZ, TUE, customer_name="Anna Keller")
    body = compose_state(state, customer_name="Anna Keller", thread_subject="", rep=REP).body
    assert "2 Kühlzellen 12 m² und 1 Verdampfer" in body
    report = ground(body, [NOTE], (REP.name, REP.signature, "Anna Keller", *framing_texts("de")), written_at=TUE, tz=TZ)
    assert not report.unmatched


def test_a_list_counted_anew_in_a_newer_note_is_not_said():
    newer = Source("note", 2, "Anruf mit Frau Keller. Doch 3 Kühlzellen. Ich schicke das Datenblatt morgen.",
                   MON.replace(hour=15), "note")
    state = build_state([NOTE, newer], TZ, TUE, customer_name="Anna Keller")
    body = compose_state(state, customer_name="Anna Keller", thread_subject="", rep=REP).body
    assert "2 Kühlzellen" not in body


def test_a_newer_count_of_a_thing_of_the_list_puts_it_out_of_force():
    listed = Item("term", "", "6 terminals, 4 kitchen printers", "note", 1, MON, "note")
    again = Item("request", "", "we need 8 terminals in total", "message", 2, TUE, "inbound")
    same = Item("request", "", "the 6 terminals are fine", "message", 3, TUE, "inbound")
    older = Item("request", "", "we need 8 terminals", "message", 4, MON.replace(hour=8), "inbound")
    assert recounted(listed, [listed, again])
    assert not recounted(listed, [listed, same]) and not recounted(listed, [older, listed])


def test_a_newer_count_of_the_customers_people_under_another_noun_puts_the_list_out_of_force():
    team = Item("term", "", "7 technicians, 3,000 samples a year", "note", 1, MON, "note")
    users = Item("term", "", "they bought a second lab: 2 sites, 11 users", "note", 2, TUE, "note")
    same = Item("term", "", "7 staff still", "note", 3, TUE, "note")
    assert recounted(team, [team, users])
    assert not recounted(team, [team, same])
    assert recounted(Item("term", "", "9 Mitarbeiter, 2 Standorte", "note", 1, MON, "note"),
                     [Item("term", "", "jetzt 12 Nutzer", "note", 2, TUE, "note")])
    assert recounted(Item("term", "", "5 técnicos, 4 equipos", "note", 1, MON, "note"),
                     [Item("term", "", "8 usuarios en total", "note", 2, TUE, "note")])


@pytest.mark.parametrize("clause, language, said", [
    ("Now 120 m fence incl. two gates along the car park, 6 stewards 5pm-10pm", "en",
     "Our offer now covers 120 m fence incl. two gates along the car park and 6 stewards 5pm-10pm."),
    ("Jetzt 4 Kühlzellen, 2 Verdampfer", "de", "Unser Angebot umfasst jetzt 4 Kühlzellen und 2 Verdampfer."),
    ("Désormais 9 tables, 3 bancs", "fr", "Notre offre comprend désormais 9 tables et 3 bancs."),
    ("Ahora 5 carpas, 2 generadores", "es", "Nuestra oferta incluye ahora 5 carpas y 2 generadores."),
])
def test_a_notes_new_scope_after_now_is_what_the_offer_now_covers(clause, language, said):
    """A note's revised list ("Now ..."), a shift of what it counts and an "incl." part kept, is the offer's scope."""
    assert list_sentence(clause, language) == said


@pytest.mark.parametrize("clause", ["Meeting 10:00-11:00, 3 people", "Now 6 tents, 2 of them with floors"])
def test_a_meetings_time_or_a_person_is_no_item_of_a_list(clause):
    """A clock time that counts nothing is a meeting's; "2 of them" (turned "of you") is a clause about someone."""
    assert list_sentence(clause, "en") == ""
