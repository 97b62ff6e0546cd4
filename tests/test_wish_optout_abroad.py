"""The foreign opt-outs' guards (followup/text/wish_optout_abroad.py)."""
from datetime import datetime

import pytest

from followup.text.wish_optout_abroad import enough_swapped, one_line_abroad, other_line_abroad
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 2, 25, 8)


@pytest.mark.parametrize("text", [
    "Arrête de m'appeler sur le fixe, appelle-moi sur le portable.",  # one line swapped for another
    "Bitte rufen Sie mich nicht mehr auf dem Festnetz an, sondern auf dem Handy.",
    "Rufen Sie diese Nummer nicht mehr an, ich bin unter einer neuen Nummer erreichbar.",
    "Bel dit nummer niet meer, ik ben bereikbaar op kantoor.",
    "Bitte hören Sie auf, mich ständig anzurufen.",  # how often, not whether
    "Arrêtez de m'appeler sans cesse.",
    "Dejen de llamarme todos los días.",
    "Smettete di chiamarmi in continuazione.",
    "Stop met mij de hele tijd te bellen.",
])
def test_a_line_swapped_the_writer_reachable_elsewhere_or_only_how_often_is_seen(text):
    assert one_line_abroad(text)


def test_a_plain_refusal_names_no_line():
    assert not one_line_abroad("Arrêtez de m'appeler, c'est non.")


@pytest.mark.parametrize("text", [
    "Arrête de m'appeler sur le fixe.",  # one line refused, nothing else offered: a refusal, as in English
    "Deja de llamarme al móvil.",
    "Smettete di chiamarmi sul cellulare.",
    "Stop met mij te bellen op mijn mobiel.",
])
def test_one_line_refused_with_nothing_offered_is_no_swap(text):
    assert not one_line_abroad(text) and not other_line_abroad(text)


def test_a_second_line_named_is_another_line_offered():
    assert other_line_abroad("Por favor no me llamen más al fijo, llámenme al móvil.")


@pytest.mark.parametrize("text, certain", [
    ("Nous vous demandons de cesser toute démarche commerciale auprès de nous.", True),
    ("Merci de cesser toute prospection auprès de moi, quel que soit le canal.", True),
    ("Nous allons cesser toute collaboration avec ce fournisseur.", False),  # not the rep's contact
])
def test_ceasing_every_approach_to_the_writer_is_certain(text, certain):
    from followup.text.wish_optout import do_not_contact
    assert (do_not_contact(text, 0, text) is not None) == certain


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out read in text."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    return [(w.kind, w.certain) for w in detect_wishes(text, datetime(2026, 11, 10, 15), "Europe/Rome")
            if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Basta telefonate, per favore.",  # enough of the calls, said as a noun with no verb: "no more calls"
    "Basta con le chiamate!",
    "Basta de llamadas, por favor.",
    "Ya basta de correos.",
    "Schluss mit den Anrufen!",
    "Chega de ligações, obrigado.",
    "Geen telefoontjes meer alstublieft.",
    "Assez d'appels.",
    "Fini les mails, merci.",
])
def test_enough_of_the_reps_calls_or_mail_is_a_certain_opt_out(text):
    assert _opt_outs(text) == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Basta una telefonata.",  # one call is enough
    "Basta chiamare il numero verde.",  # just call
    "We hebben geen telefoontjes meer gehad.",  # a report, not a request
    "Schluss mit den Anrufen bis Ende des Monats.",  # a wait
])
def test_enough_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_enough_of_one_channel_with_the_other_asked_is_a_swap():
    assert enough_swapped("Basta con le telefonate, scrivetemi una mail.")
    assert ("do_not_contact", True) not in _opt_outs("Basta con le telefonate, scrivetemi una mail.")
    assert not enough_swapped("Basta telefonate, per favore.")


@pytest.mark.parametrize("text", [
    "Vous m'appelez plus, vous m'écrivez plus, c'est clair ?",  # spoken French drops the "ne"
    "Bon, tu m'appelles plus !",
    "No me llaméis más ni me mandéis más correos con lo de las vitrinas.",  # the Spanish "vosotros" forms
    "No nos escribáis más, por favor.",
])
def test_no_more_said_the_spoken_way_is_a_certain_opt_out(text):
    assert _opt_outs(text) == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Vous m'appelez plus tard ?",  # later
    "Depuis, vous m'appelez plus.",  # a complaint that the rep stopped calling
    "Si vous m'appelez plus, tant mieux.",
    "No me llaméis más tarde de las ocho.",
])
def test_spoken_no_more_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Merci de me retirer de votre liste de diffusion.",
    "Por favor, sácame de la lista de distribución.",
    "Per favore toglietemi dalla vostra mailing list.",
    "Por favor, retirem-me da vossa lista de envio.",
    "Haal me alstublieft van jullie mailinglijst.",
    "Denme de baja de su boletín.",
])
def test_taken_off_a_mailing_list_abroad_is_a_certain_opt_out(text):
    """'Take me off your list' in fr/es/it/pt/nl, as German's 'nehmen Sie mich aus Ihrem Verteiler'."""
    assert [(w.kind, w.certain) for w in detect_wishes(text, SENT, "Europe/Berlin")] == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Por favor, sácame de la copia, ya no llevo ese proyecto.",
    "Retirez-moi du CC svp.",
    "Toglietemi dalla lista dei partecipanti alla riunione.",
    "Haal me uit de cc.",
])
def test_taken_off_a_copy_line_or_a_meetings_list_is_no_opt_out(text):
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, "Europe/Berlin"))


def test_taken_off_one_list_of_one_thing_is_no_opt_out():
    text = ("Pouvez-vous me retirer de la liste de diffusion des bons de livraison quotidiens ? Par contre, continuez "
            "à m'envoyer les factures mensuelles.")
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_wishes(text, SENT, "Europe/Berlin"))


@pytest.mark.parametrize("text", [
    "Dejad de llamar a la oficina, que no tenemos tiempo para esto.",  # the writer's premises as the object
    "Dejen de llamar al despacho, por favor.",
    "Sacadme de vuestros listados de correo.",  # vosotros imperative, the list in the plural
    "Quitadnos de vuestras listas de envío, gracias.",
])
def test_spanish_vosotros_halts_and_lists_in_the_plural_are_certain_opt_outs(text):
    assert [w.certain for w in detect_wishes(text, SENT, "Europe/Madrid") if w.kind == "do_not_contact"] == [True]


@pytest.mark.parametrize("text", [
    "Dejad de llamar a Marta, ahora llevo yo las compras.",  # someone else, not the writer's premises
    "Sacad el pedido de la lista de espera, ya lo tenemos.",  # a thing off a list, not the writer
])
def test_a_halt_about_someone_or_something_else_is_no_certain_opt_out(text):
    assert not [w for w in detect_wishes(text, SENT, "Europe/Madrid") if w.kind == "do_not_contact" and w.certain]


@pytest.mark.parametrize("text", [
    "Wir wollen von Ihrer Firma nix mehr hörn, koa Anruf, koa Post.",  # the rep's firm before the "nothing more"
    "I mog von eurem Laden nimmer nix hören.",
    "Ich will von Ihnen gar nichts mehr hören.",
])
def test_nothing_more_to_hear_from_the_reps_firm_in_dialect_is_a_certain_opt_out(text):
    assert _opt_outs(text) == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Wir wollen von Ihrer Firma nichts mehr hören, bevor die Gutschrift da ist.",  # until something comes
    "Ich will von Ihrem Vertrieb nichts mehr hören außer der Rechnung.",  # but for one thing
    "Wir wollen von Ihnen nichts mehr hören bis zum Herbst.",  # a wait
])
def test_nothing_more_to_hear_with_a_limit_is_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def _certain_opt_out(text: str) -> bool:
    """Whether a certain opt-out is read in text."""
    return any(w.kind == "do_not_contact" and w.certain for w in detect_wishes(text, SENT, "Europe/Berlin"))


@pytest.mark.parametrize("text", [
    # all contact refrained from, said with a noun as formal letters do
    "Nous vous prions de vous abstenir désormais de toute prise de contact avec notre cabinet.",
    "Wir fordern Sie auf, jede weitere Kontaktaufnahme zu unterlassen.",
    "Les rogamos que se abstengan de cualquier contacto comercial con nuestra empresa.",
    "Vi preghiamo di astenervi da ogni contatto con il nostro studio.",
    "Solicitamos que se abstenham de qualquer contacto com a nossa loja.",
    "Wij verzoeken u zich te onthouden van elk verder contact.",
    # the processing of the writer's data for marketing asked to stop
    "Ich widerspreche der Verarbeitung meiner Kontaktdaten zu Zwecken der Direktwerbung.",
    "Wir bitten Sie, die Verarbeitung unserer Kontaktdaten für Werbezwecke einzustellen.",
    "Merci de cesser tout traitement de mes coordonnées à des fins de prospection.",
    "Les pedimos que cesen el tratamiento de nuestros datos con fines publicitarios.",
    # the Dutch familiar "je" naming the rep's list
    "Haal ons maar uit je bestand.",
])
def test_formal_refusals_abroad_are_certain_opt_outs(text):
    assert _certain_opt_out(text)


@pytest.mark.parametrize("text", [
    "Bitte unterlassen Sie jede Werbung für andere Produkte auf unserer Seite.",  # not contact with the writer
    "Bitte die Verarbeitung der Bestellung einstellen, wir haben storniert.",  # an order, no data
    "Haal me uit je lijst van deelnemers voor de cursus.",  # a list kept for something else
])
def test_look_alikes_of_formal_refusals_abroad_are_not_certain(text):
    assert not _certain_opt_out(text)


def _read(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every wish read in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, "Europe/Berlin")]


@pytest.mark.parametrize("text", [
    "Bitte streichen Sie unsere Praxis aus Ihrem Verteiler.",  # the writer's firm, not "mich"/"uns"
    "Nehmen Sie uns umgehend aus Ihrer Adresskartei.",  # the list in one word
    "Entfernen Sie meine E-Mail-Adresse bitte aus Ihrem Mailverteiler.",
    "Wir bitten Sie, uns aus Ihrer Kundendatenbank zu löschen.",  # the verb last
    "Ich möchte aus Ihrer Interessentenliste gestrichen werden.",
    "Unterlassen Sie bitte künftig Werbeanrufe.",  # refrained from, for all time
    "Unterlassen Sie E-Mails und Anrufe aller Art.",
    "Wir fordern Sie auf, weitere Angebote zu unterlassen.",
    "Rufen Sie hier nicht mehr an!",  # no object named
    "Senden Sie uns keine weiteren Newsletter mehr.",
    "Ne rappelez plus, merci.",
    "N'envoyez plus de propositions à cette adresse.",
    "Non richiamateci più.",
])
def test_german_removals_refrains_and_objectless_refusals_are_certain(text):
    assert ("do_not_contact", True) in _read(text)


@pytest.mark.parametrize("text", [
    "Bitte nehmen Sie mich von der Warteliste.",  # a list for something else
    "Bitte nehmen Sie uns nicht aus dem Verteiler.",
    "Ich möchte nicht aus Ihrem Verteiler genommen werden.",
    "Rufen Sie nicht wieder an, bevor das Angebot fertig ist.",  # a wait
    "Rufen Sie mich nicht wieder vor Montag an.",
    "Schicken Sie mir keine Angebote mehr per Post, lieber per E-Mail.",  # one channel swapped
    "Ne rappelez plus tard que 18h.",
    "Unterlassen Sie bitte Anrufe während der Mittagszeit.",  # not for all time
])
def test_look_alikes_of_the_german_refusals_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _read(text)


@pytest.mark.parametrize("text", [
    "Por favor retirem o meu endereço das vossas listas.",
    "Retiren mi correo de sus listas de promociones.",
    "Merci de retirer mon adresse de vos listes.",
    "Togliete il mio nome dalle vostre liste.",
    "Verwijder mijn e-mailadres uit jullie lijsten.",
])
def test_the_writers_name_or_address_taken_off_the_lists_is_a_certain_opt_out(text):
    assert [(w.kind, w.certain) for w in detect_wishes(text, SENT, "Europe/Berlin")] == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Retiren mi nombre de la lista de invitados del evento.",  # one list of one thing
    "Retirez mon nom de la liste des participants.",
])
def test_a_name_off_a_list_of_one_thing_is_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in [(w.kind, w.certain) for w in detect_wishes(text, SENT, "Europe/Berlin")]
