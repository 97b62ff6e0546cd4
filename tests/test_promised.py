"""A call note's promise as the rep's commitment (followup/drafting/promised.py)."""
import pytest

from followup.drafting.promised import note_promise


@pytest.mark.parametrize("quote, said", [
    ("Unterlagen (Grundriss, Protokolle STWEG) morgen schicken.",
     "Ich schicke Ihnen die Unterlagen (Grundriss, Protokolle STWEG) morgen."),  # the parenthesis stays whole
    ("Angebot und Preisliste bis Freitag zuschicken.", "Ich schicke Ihnen das Angebot und die Preisliste bis Freitag."),
    # a compound takes its last part's article
    ("Ausstellerunterlagen + Hallenplan morgen schicken.",
     "Ich schicke Ihnen die Ausstellerunterlagen und den Hallenplan morgen."),
])
def test_a_german_note_with_the_verb_last_is_the_reps_promise(quote, said):
    assert note_promise(quote, "de") == said


def test_a_german_note_whose_sender_is_someone_else_is_no_promise():
    assert note_promise("Kunde will Angebot schicken.", "de") == ""


def test_a_french_note_bidding_the_order_form_sent_is_the_reps_promise():
    assert note_promise("Envoyer bon de commande jeudi.", "fr") == "Je vous envoie le bon de commande jeudi."


@pytest.mark.parametrize("quote, language, said", [
    # the thing first, then what is to be done with it, in the four languages; the day may follow
    ("certificate of insurance to send", "en", "I'll send you the certificate of insurance."),
    ("revised invoice to send by Friday", "en", "I'll send you the revised invoice by Friday."),
    ("contrat à envoyer", "fr", "Je vous envoie le contrat."),
    ("attestation à envoyer demain", "fr", "Je vous envoie l'attestation demain."),
    ("cotización formal por enviar", "es", "Le envío la cotización formal."),
    ("Vertrag zu schicken", "de", "Ich schicke Ihnen den Vertrag."),
    # a document whose article a compound's last part gives
    ("Versprochen: Vertragsentwurf bis Freitag.", "de", "Ich schicke Ihnen den Vertragsentwurf bis Freitag."),
    ("Auftragsbestätigung schicken", "de", "Ich schicke Ihnen die Auftragsbestätigung."),
])
def test_a_document_the_note_says_is_to_send_is_the_reps_promise(quote, language, said):
    assert note_promise(quote, language) == said


@pytest.mark.parametrize("quote, language", [
    ("Need to send", "en"),  # a verb, not a thing, before "to send"
    ("forgot to send the plan", "en"),
    ("will send to Anna", "en"),  # a person, not a thing
    ("documents à envoyer : talons de paie", "fr"),  # the customer's list, after a colon
])
def test_what_is_no_thing_to_send_is_no_promise(quote, language):
    assert note_promise(quote, language) == ""


@pytest.mark.parametrize("quote, language, said", [
    ("Revised quote pending: send it after the site visit.", "en", "I'll send you the revised quote."),
    ("Das Wartungsangebot steht noch aus: schicken bis Freitag.", "de",
     "Ich schicke Ihnen das Wartungsangebot bis Freitag."),
    ("Le devis définitif reste en attente : l'envoyer après le jour férié.", "fr", "Je vous envoie le devis définitif."),
    ("La cotización formal queda pendiente: mandarla después del puente.", "es", "Le envío la cotización formal."),
])
def test_a_thing_left_pending_with_the_reps_to_do_to_send_it_is_a_promise(quote, language, said):
    assert note_promise(quote, language) == said


def test_a_thing_pending_sent_on_to_someone_else_is_no_promise():
    assert note_promise("The decision is pending: send it to the board.", "en") == ""


def test_a_german_thing_put_before_the_rep_who_sends_it_is_a_promise_with_its_article_and_day():
    assert note_promise("Überarbeitete Preisliste schicke ich Do.", "de") == \
        "Ich schicke Ihnen die überarbeitete Preisliste am Do."
    assert note_promise("Auftragsbestätigung sende ich bis Freitag", "de") == \
        "Ich schicke Ihnen die Auftragsbestätigung bis Freitag."
    assert note_promise("Das Datenblatt schicke ich morgen.", "de") == "Ich schicke Ihnen das Datenblatt morgen."
    assert note_promise("Kamerateam schicke ich evtl.", "de") == ""  # no day, a doubt


def test_a_french_plan_to_send_is_a_thing_and_the_notes_capital_goes():
    assert note_promise("Contrat + plan à envoyer lundi.", "fr") == "Je vous envoie le contrat et le plan lundi."
    assert note_promise("Il faut contrat à envoyer lundi.", "fr") == ""
    assert note_promise("Plans to send Friday.", "en") == ""  # English: "plans to send" is an intention


def test_an_english_thing_to_send_loses_the_capital_that_only_starts_the_notes_line():
    assert note_promise("Order confirmation to send Thu.", "en") == "I'll send you the order confirmation Thu."


def test_a_fronted_german_thing_keeps_no_aside_and_its_adjective_takes_the_weak_ending():
    assert note_promise("Datenblatt schicke ich bis Freitag (von Technik holen).", "de") == \
        "Ich schicke Ihnen das Datenblatt bis Freitag."
    assert note_promise("Schriftliches Angebot schicke ich ihr.", "de") == "Ich schicke Ihnen das schriftliche Angebot."
    assert note_promise("Neuer Vertrag schicke ich morgen.", "de") == "Ich schicke Ihnen den neuen Vertrag morgen."
