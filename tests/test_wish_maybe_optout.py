"""Possible opt-outs the rules did not read with certainty (followup/text/wish_maybe_optout.py)."""
from datetime import datetime

import pytest

from followup.text.wish_maybe_optout import FOREIGN_LIMIT, WEAK_NOT_ME, weak_opt_out
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


@pytest.mark.parametrize("text", [
    "Bitte streichen Sie Herrn Albers aus der Mailingliste für Rechnungen, er ist nicht mehr bei uns.",
    "Please remove Mrs Dlamini from the distribution list for delivery notes, she retired last week.",
    "Merci de retirer Mme Garnier de la liste des destinataires, elle a quitté la société.",
])
def test_a_titled_third_person_taken_off_a_list_is_not_the_customers_opt_out(text):
    assert WEAK_NOT_ME.search(text)
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


@pytest.mark.parametrize("text", [
    "Please take me off the distribution for these mailings.",
    "Bitte nehmen Sie mich aus dem Verteiler, ich möchte nichts mehr bekommen.",
])
def test_the_customer_taking_themselves_off_a_list_is_still_read(text):
    assert not WEAK_NOT_ME.search(text)
    assert weak_opt_out(text) or any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


def test_taken_off_a_copy_line_is_not_a_possible_opt_out():
    assert not weak_opt_out("Could you please take me off the cc for the weekly stock reports?")


@pytest.mark.parametrize("sentence", [
    "Ik kan hier pas iets over zeggen na de aandeelhoudersvergadering, en die datum ligt nog niet vast.",
    "Dazu kann ich erst nach der Hauptversammlung etwas sagen, ein Datum gibt es noch nicht.",
    "Je ne pourrai rien dire qu'après l'assemblée générale, dont la date n'est pas fixée.",
    "Solo después de la junta podré decir algo, y aún no hay fecha.",
    "Potrò dirle qualcosa solo dopo l'assemblea dei soci, la data non è ancora fissata.",
    "Só depois da assembleia geral poderei dizer algo, a data ainda não está marcada.",
    "I can only say something only after the shareholders' meeting, and no date is set.",
])
def test_only_after_an_event_limits_in_time_and_is_no_opt_out(sentence):
    """A Dutch 'pas na de aandeelhoudersvergadering' was a possible opt-out (blind batch 57): 'only after' is a wait."""
    assert FOREIGN_LIMIT.search(sentence)
    assert "do_not_contact" not in [w.kind for w in detect_wishes(sentence, SENT, TZ)]


def test_the_wait_asked_after_only_after_an_event_is_read():
    text = ("Ik kan hier pas iets over zeggen na de aandeelhoudersvergadering, en die datum ligt nog niet vast. "
            "Wil je tot die tijd even niet navragen? Ik kom zelf bij je terug.")
    assert [w.kind for w in detect_wishes(text, SENT, TZ)] == ["quiet"]


@pytest.mark.parametrize("text", [
    "Jeg vil bede dig om ikke at kontakte mig eller mine kolleger igen om dette.",  # Danish, "ikke at" before the verb
    "Nemám zájem o Vaše služby a nepřeji si být dále kontaktován, ani e-mailem.",  # Czech, "I don't wish to be contacted"
    "Prosím, vymažte mé údaje z Vaší databáze.",  # Czech, "delete my details"
    "Bundan sonra bize herhangi bir teklif göndermemenizi ve aramamanızı rica ederim.",  # Turkish, a negated verb noun
    "メールはほとんど見ないので、もう送らないでください。",  # Japanese, "don't send any more"
])
def test_refusals_in_languages_no_rule_read_are_opt_outs(text):
    """Once possible opt-outs only; wish_optout_far now reads these first-person refusals as certain."""
    wishes = detect_wishes(text, SENT, TZ)
    assert ("do_not_contact", True) in [(w.kind, w.certain) for w in wishes]


@pytest.mark.parametrize("text", [
    "Jeg kan ikke at kontakte ham før fredag.",  # Danish: "I can't reach him before Friday"
    "もう送りましたか？",  # Japanese: "have you sent it already?"
])
def test_look_alikes_of_those_refusals_are_no_possible_opt_out(text):
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


def test_taken_off_a_list_kept_for_something_else_is_not_a_possible_opt_out():
    assert not weak_opt_out("Please remove my name from the certificate list, I was only translating.")
    assert weak_opt_out("Please remove my name from the prospect list, we do not need this.")


@pytest.mark.parametrize("text", [
    "Wenn Sie nicht der richtige Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
    "If you are not the intended recipient, please notify the sender and delete this message.",
    "Si vous n'êtes pas le destinataire, merci de supprimer ce message.",
    "Si usted no es el destinatario, le rogamos que borre este mensaje.",
])
def test_a_confidentiality_footer_is_no_possible_opt_out(text):
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


def test_a_list_of_recipients_is_no_confidentiality_footer():
    from followup.text.wish_maybe_optout import MISDELIVERED

    assert not MISDELIVERED.search("Por favor elimínenme de su lista de destinatarios.")
