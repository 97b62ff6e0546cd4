"""A possible pause read by a grammar: another supplier chosen, or a halt until further notice (followup.text.wish_hold)."""
from datetime import datetime

import pytest

from followup.text.wish_hold import held_for_now_abroad, indefinite_hold, possible_hold, service_paused
from followup.text.wishes import detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("sentence", [
    "Hemos optado por otra empresa, gracias igualmente.",
    "Abbiamo scelto un altro fornitore, grazie comunque.",
    "Optámos por outro fornecedor.",
    "Il progetto è sospeso fino a nuovo avviso.",
    "O projeto está suspenso até nova ordem.",
    "We've decided to go with a different provider.",
])
def test_another_supplier_or_a_halt_until_further_notice_is_a_possible_pause(sentence):
    assert possible_hold(sentence)
    assert "paused" in [w.kind for w in detect_wishes(sentence, TUE, "America/Chicago")]


@pytest.mark.parametrize("sentence", [
    "We went with another vendor for the cabinets, but we'd still like your quote for the countertops.",
    "Our clients often opt for another colour.",
    "Hemos elegido otra fecha para la entrega.",  # no supplier
    "The offer is valid until further notice.",  # nothing halted
])
def test_a_part_given_elsewhere_a_third_party_or_no_halt_is_no_pause(sentence):
    assert not possible_hold(sentence)


@pytest.mark.parametrize("sentence", [
    "Tak, men vi har valgt en anden leverandør.",  # Danish
    "Vi har valgt en annen leverandør denne gangen.",  # Norwegian
    "Vi har valt en annan leverantör.",  # Swedish
])
def test_another_supplier_chosen_in_the_nordic_languages(sentence):
    assert possible_hold(sentence)


def test_a_nordic_choice_with_no_supplier_named_is_no_hold():
    assert not possible_hold("Vi har valgt en anden dato for mødet.")


@pytest.mark.parametrize("sentence", [
    "Après réflexion, nous avons décidé de mettre le projet en suspens pour le moment.",
    "Wir legen das Projekt vorerst auf Eis.",
    "El proyecto queda en pausa por ahora.",
    "We've put the rollout on hold for the time being.",
])
def test_a_halt_for_now_is_a_possible_pause(sentence):
    assert possible_hold(sentence)


@pytest.mark.parametrize("sentence", [
    "For now, please send the quote to my colleague.",
    "Le projet avance bien pour le moment.",
])
def test_for_now_without_a_halt_is_no_pause(sentence):
    assert not possible_hold(sentence)


@pytest.mark.parametrize("sentence", [
    "Nous avons décidé de mettre le projet en veille pour le moment.",
    "Le dossier est en sommeil pour l'instant.",
    "Das Projekt liegt vorerst auf Standby.",
    "Lo dejamos aparcado por ahora.",
    "Per il momento il progetto resta in sospeso.",
    "Por enquanto o projeto fica em stand-by.",
    "We zetten het project voorlopig op stand-by.",
    "The project is parked for now.",
])
def test_a_project_on_standby_for_now_is_a_possible_pause(sentence):
    """French 'en veille pour le moment' was missed (blind batch 57): standby, asleep or parked is a halt word."""
    assert possible_hold(sentence)
    assert "paused" in [w.kind for w in detect_wishes(sentence, TUE, "America/Chicago")]


@pytest.mark.parametrize("sentence", [
    "The server goes into standby mode at night.",  # no "for now"
    "Pour le moment, l'écran se met en veille après dix minutes.",  # a screen, nothing halted by the customer
])
def test_standby_without_a_halt_of_the_customers_is_no_pause(sentence):
    assert "paused" not in [w.kind for w in detect_wishes(sentence, TUE, "America/Chicago")]


def test_a_project_set_aside_in_an_idiom_is_a_possible_pause_and_an_aside_is_not():
    from followup.text.wish_hold import possible_hold
    assert possible_hold("Nous mettons le projet de nouveau site entre parenthèses : les dépenses sont gelées.")
    assert possible_hold("Wir legen das Projekt auf Eis, bis das Budget steht.")
    assert possible_hold("Por ahora dejamos el proyecto en el congelador.")
    assert not possible_hold("Entre parenthèses, le devis est très clair.")


def test_a_pause_of_one_service_of_the_reps_is_not_of_the_conversation():
    from followup.text.wish_hold import service_paused
    assert service_paused("Please pause the LinkedIn ads campaign for now - everything else stays as planned.")
    assert service_paused("Could you hold the weekly deliveries until the kitchen is done?")
    assert not service_paused("Please pause everything on your side for now.")


@pytest.mark.parametrize("sentence", [
    "Please pause the automatic directory sync feature on our tenant from Friday 13 November until the migration "
    "team confirms completion.",
    "Could you please pause the automatic reorder feature on our account until the new SKU list has been loaded?",
    "Please hold the nightly export jobs until the 20th.",
])
def test_a_feature_or_job_paused_is_a_service(sentence):
    assert service_paused(sentence)


def test_a_feature_paused_until_a_day_is_no_possible_quiet_period():
    text = ("Please pause the automatic directory sync feature on our tenant from Friday 13 November 18:00 until the "
            "migration team confirms completion.")
    assert not [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("sentence", [
    "vamos deixar pra depois, o orçamento desse ano já foi todo",
    "Dejémoslo para más adelante, ahora no hay presupuesto.",
    "Laissons ça pour plus tard.",
    "Rimandiamo tutto a più avanti.",
    "Verschieben wir das auf später.",
    "Laten we het project voor later bewaren.",
    "Im Moment verfolgen wir das Projekt nicht weiter, da das ERP Vorrang hat.",
])
def test_a_matter_left_for_later_or_not_pursued_is_a_possible_pause(sentence):
    assert possible_hold(sentence)


def test_a_parcel_left_for_after_a_meeting_is_no_pause():
    assert not possible_hold("Deixa o pacote para depois da reunião na portaria.")


def test_a_habit_of_leaving_mail_for_later_is_no_pause():
    assert not possible_hold("Prefiro tratar destes assuntos por telefone, que por escrito acabo sempre por deixar para depois.")


@pytest.mark.parametrize("text", [
    "Por agora o projeto fica em banho-maria.",
    "On met le projet au frigo pour cette année.",
    "Das Thema schieben wir auf die lange Bank.",
])
def test_a_project_kept_simmering_or_shelved_is_a_possible_hold(text):
    assert possible_hold(text)


@pytest.mark.parametrize("text", [
    "All purchases of laboratory equipment are frozen. There is no date when this will end.",
    "We put the heat pump project on hold. I really cannot say when this will move. We will come back to you.",
    "Wir legen das Thema erstmal auf Eis. Wann's weitergeht, kann ich dir ehrlich nicht sagen.",
    "Le projet est suspendu sine die : le financement n'a pas été accordé.",
    "Por ahora vamos a dejar en stand by la auditoría; no tenemos fecha para retomarlo.",
    "Per ora ci fermiamo. Non so quando ne riparleremo.",
    "A abertura da nova ala foi adiada e ainda não há data prevista.",
    "We zetten het vertaalproject voorlopig in de ijskast. Geen idee wanneer het weer opgepakt wordt.",
])
def test_a_hold_said_to_have_no_end_in_time_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in wishes if w.kind in ("paused", "quiet")] == [("paused", True)]


@pytest.mark.parametrize("sentences", [
    ["The meeting is postponed.", "There is no new date yet."],  # a meeting, not the customer's buying
    ["Tomorrow's delivery is on hold.", "No idea when the site reopens."],  # goods
    ["Is the project frozen?", "Nobody knows when."],  # a question
    ["Our budget is tight.", "There is no date for the decision yet."],  # nothing held
])
def test_no_end_said_of_a_meeting_goods_a_question_or_nothing_held_is_no_indefinite_hold(sentences):
    assert indefinite_hold(sentences) is None


@pytest.mark.parametrize("text", [
    "Das mit dem Mähdrescher lassen wir erstmal liegen. Wann wir wieder investieren, steht in den Sternen.",
    "De koffieautomaten laten we voor nu even rusten. Er is geen budget en ik weet niet wanneer dat er wel is.",
    "Le projet, on le laisse dormir. Dieu sait quand le budget reviendra.",
    "El proyecto lo dejamos reposar; quién sabe cuándo habrá presupuesto.",
    "Il progetto lo lasciamo riposare, chissà quando ci sarà il budget.",
    "O projeto deixamos descansar, sabe-se lá quando teremos verba.",
    "Let's let the project rest. Who knows when the budget comes back.",
])
def test_a_project_left_lying_with_no_end_in_sight_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    # (a project set aside in an idiom is a certain pause of its own, the "no end in sight" beside it possible, as the
    # English "on hold for now. Who knows when ..." reads)
    assert [(w.kind, w.certain) for w in wishes if w.kind in ("paused", "quiet") and w.certain] == [("paused", True)]
    assert not any(w.kind == "quiet" for w in wishes)


@pytest.mark.parametrize("sentence", [
    "Lassen Sie die Unterlagen einfach auf dem Tisch liegen.",  # the rep leaves papers lying: no "wir"
    "Who knows when the truck arrives, traffic is awful.",  # no end of nothing held
])
def test_papers_left_lying_or_an_unknown_time_alone_is_no_hold(sentence):
    assert indefinite_hold([sentence]) is None


@pytest.mark.parametrize("sentence", [
    "Wir haben entschieden, das Projekt vorerst auf Eis zu legen.",
    "Nous mettons le projet de nouveau portail en pause pour le moment.",
    "Por ahora lo dejamos en pausa.",
    "Il progetto è sospeso fino a nuovo avviso.",
    "Por enquanto o projeto fica parado.",
    "Voorlopig zetten we dit even in de ijskast.",
])
def test_a_project_halted_for_now_abroad_is_a_certain_pause(sentence):
    assert held_for_now_abroad(sentence)
    assert [(w.kind, w.certain) for w in detect_wishes(sentence, TUE, "America/Chicago")] == [("paused", True)]


@pytest.mark.parametrize("sentence", [
    "The project is on hold for now.",  # English: read by wish_pause's own patterns
    "Abbiamo scelto un altro fornitore, grazie comunque.",  # another supplier chosen: still only possible
    "Bitte pausieren Sie vorerst die wöchentlichen Lieferungen.",  # a service of the rep's paused
])
def test_english_another_supplier_or_a_service_paused_is_no_certain_pause_abroad(sentence):
    assert not held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Abbiamo deciso di sospendere per il momento l'inserimento di nuovi fornitori.",
    "Per il momento sospendiamo tutto, non ha senso installare adesso.",
    "Vamos suspender por agora a contratação de trabalhadores temporários.",
    "Hemos decidido suspender por ahora la compra de nuevas máquinas.",
    "Nous allons suspendre pour le moment le projet de rénovation.",
    "Wir müssen das Projekt vorerst aussetzen.",
    "We gaan de verbouwing voorlopig opschorten.",
])
def test_the_halting_verb_itself_with_for_now_is_a_certain_pause_abroad(sentence):
    assert held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "De momento lo dejamos aparcado; la dirección no quiere más gasto este ejercicio.",  # "de momento" is "for now"
    "Hemos decidido aparcar el tema de momento.",
    "Das Thema liegt bei uns erst einmal auf Eis.",
    "Wir haben uns entschieden, die Umstellung der Zeiterfassung vorerst zurückzustellen.",
    "We hebben besloten het project voorlopig uit te stellen.",
    "We hebben besloten het voorlopig even te laten rusten.",
    "Por enquanto vamos segurar a compra dos equipamentos.",
    "Per il momento abbiamo deciso di soprassedere sul nuovo contratto.",
    "Per ora preferiamo lasciar perdere.",
    "On laisse tomber la vidéosurveillance pour le moment.",
    "On met tout ça de côté pour l'instant.",
    "Per il gestionale ci fermiamo qua per il momento.",
])
def test_more_halts_for_now_abroad_are_certain_pauses(sentence):
    assert held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "De momento lo dejamos aparcado hasta que llegue la factura.",  # an invoice awaited
    "Per ora lasciamo perdere la consegna di lunedì.",  # a delivery
    "Unsere Kunden stellen das vorerst zurück.",  # the customer's own customers
])
def test_halts_for_now_of_other_things_are_no_pause(sentence):
    assert not held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Après discussion en famille, nous mettons ce projet en attente pour le moment : la récolte a été maigre.",
    "Ponemos el proyecto en espera por ahora.",
    "Il progetto resta in attesa per ora.",
    "O projeto fica em espera por enquanto.",
    "We zetten het project voorlopig in de wacht.",
])
def test_a_project_put_on_hold_for_now_abroad_is_a_certain_pause(sentence):
    assert held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Pour le moment nous sommes en attente de votre devis.",
    "Pour le moment je suis en attente.",
    "Por ahora estamos en espera, el jefe decide.",
    "Per ora il progetto è in attesa di una risposta.",
])
def test_someone_awaiting_something_for_now_is_no_hold(sentence):
    assert not held_for_now_abroad(sentence)


class _Unasked:
    """A guard that fails the test when it is searched."""

    def search(self, *args):
        raise AssertionError("guard searched in a sentence that halts nothing")


def test_guards_only_asked_after_a_halt(monkeypatch):
    """The look-alike guard (no needle test of its own) is searched only where a halt was read."""
    from followup.text import wish_hold

    monkeypatch.setattr(wish_hold, "NOT_A_PAUSE", _Unasked())
    assert not held_for_now_abroad("Vielen Dank für das Angebot, ich lese es heute Abend.")


@pytest.mark.parametrize("sentence", [
    "vi chiedo di sospendere la campagna pubblicitaria sui social fino a nuovo avviso: stiamo rifacendo il catalogo.",
    "Merci de suspendre la campagne jusqu'à nouvel ordre, nous refaisons le site.",
    "Por favor, suspendan la campaña hasta nuevo aviso.",
    "Por favor, suspendam a campanha até nova ordem.",
    "Bitte die Kampagne bis auf Weiteres aussetzen, wir bauen den Shop um.",
    "Kunnen jullie de campagne tot nader order pauzeren?",
])
def test_a_service_halted_abroad_is_no_certain_pause(sentence):
    """A campaign or delivery of the rep's halted in another language pauses that service, not the conversation."""
    assert service_paused(sentence)
    assert not any(w.kind == "paused" and w.certain for w in detect_wishes(sentence, TUE, "Europe/Rome"))


def test_a_project_halted_abroad_is_still_a_pause():
    """The project itself halted until further notice stays a certain pause (no service named)."""
    assert not service_paused("Il progetto è sospeso fino a nuovo avviso.")
    assert any(w.kind == "paused" and w.certain
               for w in detect_wishes("Il progetto è sospeso fino a nuovo avviso.", TUE, "Europe/Rome"))


# a hold or a "cannot do it now" beside words of no end, in the seven languages: a pause for certain
@pytest.mark.parametrize("sentences", [
    ["Boss say the haul-out crane software hold first lah, this year cash flow tight.", "Later see how.", "No date yet."],
    ["This year we cannot do it, the speedboat business is slow after the high season.",
     "Maybe later, I do not know when."],
    ["We hebben de hygiënecursus even op de lange baan geschoven.",
     "Met de verbouwing lukt het nu gewoon niet.", "Wanneer we het oppikken, weet ik nog niet."],
    ["Dieses Jahr können wir das leider nicht machen.", "Wann es weitergeht, weiß ich nicht."],
    ["Este año no podemos hacerlo.", "Cuándo lo retomamos, no lo sé."],
])
def test_a_hold_or_cannot_now_with_no_end_is_an_indefinite_hold(sentences):
    assert indefinite_hold(sentences) is not None


@pytest.mark.parametrize("sentences", [
    ["This year we cannot do it.", "We will order again in March."],  # an end said
    ["Hold the line, please.", "No date yet for the delivery."],  # no hold of the buying
])
def test_a_hold_with_an_end_or_no_hold_is_not_indefinite(sentences):
    assert indefinite_hold(sentences) is None


@pytest.mark.parametrize("sentence", ["On va mettre ça en stand-by.", "Nous mettons le projet en stand-by."])
def test_a_project_put_on_standby_in_french_is_a_pause(sentence):
    assert held_for_now_abroad(sentence)
    assert "paused" in [w.kind for w in detect_wishes(sentence, TUE, "America/Chicago") if w.certain]


def test_a_device_on_standby_is_no_pause():
    assert not held_for_now_abroad("Le serveur est en stand-by la nuit.")


@pytest.mark.parametrize("text", [
    # a matter put to one side, then no end said (in Jamaican English as well)
    "We have put the fleet software to one side. Honestly I can't tell you when it will come back.",
    "Boss decide fi put di new van dem to one side. Mi cyaan tell you when it will start again.",
    # "en veilleuse", "op pauze": a pause word with the matter, abroad
    "Nous mettons le projet d'archivage en veilleuse. On verra plus tard.",
    "Nous avons mis la migration en veilleuse, je ne peux pas vous dire quand nous la reprendrons.",
    "We zetten de verbouwing voorlopig op pauze.",
    "Hemos decidido aparcarlo de momento.",
])
def test_a_matter_put_to_one_side_or_dimmed_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in wishes if w.kind in ("paused", "quiet")] == [("paused", True)]


@pytest.mark.parametrize("text", [
    "L'écran se met en veilleuse après dix minutes.",  # a device dimming by itself
    "We put some money to one side for the training.",  # no end said: no hold of the deal
])
def test_a_device_dimmed_or_money_set_aside_is_no_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert not [w for w in wishes if w.kind == "paused" and w.certain]


@pytest.mark.parametrize("text", [
    "Management has frozen every new IT project for this year, I'm afraid.",
    "Die Geschäftsleitung hat alle Investitionen bis auf Weiteres eingefroren.",
    "Les achats de matériel sont gelés pour le moment.",
    "Nos han congelado el presupuesto de compras este año.",
])
def test_projects_or_buying_frozen_for_a_time_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in wishes if w.kind in ("paused", "quiet")] == [("paused", True)]


@pytest.mark.parametrize("text", [
    "The frozen seafood project goes live this year.",  # "frozen" as an adjective
    "We froze the marketing budget at last year's level for this year.",  # a budget capped, not halted
    "Our budgets are frozen.",  # no time said
])
def test_a_freeze_without_a_halt_for_a_time_is_no_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert not [w for w in wishes if w.kind == "paused" and w.certain]


@pytest.mark.parametrize("text", [
    "We'll wait and see with the new roof. Nobody knows when.",
    "Wir warten ab mit der neuen Anlage. Wann, weiß ich nicht.",
])
def test_waiting_to_see_with_no_end_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in wishes if w.kind == "paused"] == [("paused", True)]


@pytest.mark.parametrize("sentence", [
    "Please hold off shipping the demo units for now.",
    "Hold off on sending those fabric swatches for now.",
])
def test_goods_held_back_are_no_pause(sentence):
    assert service_paused(sentence)
    assert not [w for w in detect_wishes(sentence, TUE, "America/Chicago") if w.kind == "paused" and w.certain]


@pytest.mark.parametrize("text", [
    "We have put the new roof on hold. The insurers are still arguing. Nobody knows how long that will take.",
    "The board has pulled the pin on the new silo. Whether it comes back next spring, honestly no idea.",
    "Met de nieuwe stal wachten we voorlopig. De vergunning is nog niet rond. Ik kan je geen termijn geven.",
    "De momento no vamos a cambiar las bombas. El presupuesto está cerrado. No te puedo decir cuándo lo retomaremos.",
    "Abbiamo deciso di rimandare il progetto a data da destinarsi.",
])
def test_a_hold_whose_length_nobody_can_tell_is_a_certain_pause(text):
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert ("paused", True) in [(w.kind, w.certain) for w in wishes]
    assert not any(w.kind == "quiet" for w in wishes)


@pytest.mark.parametrize("text", [
    "Le conseil a mis l'achat des nouvelles bandes sur la glace pour l'instant.",
    "Isso fica para outra vez.",
    "Queda para otro momento.",
    "C'est pour une autre fois.",
])
def test_set_aside_on_ice_or_for_another_time_is_a_pause(text):
    assert held_for_now_abroad(text)


@pytest.mark.parametrize("text", [
    "Les joueurs seront sur la glace à 19 h.",
    "A visita fica para outra altura da semana, combinamos depois.",
    "El curso queda para otro momento, pero el pedido sigue.",
])
def test_the_rink_or_one_thing_moved_is_no_pause(text):
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "paused" and w.certain]


@pytest.mark.parametrize("sentence", [
    "Vamos deixar isso quieto por enquanto.",  # a matter left still
    "Por ahora dejemos el tema quieto.",
])
def test_a_matter_left_still_for_now_is_held(sentence):
    assert held_for_now_abroad(sentence)


def test_a_person_left_alone_is_not_a_matter_held():
    assert not held_for_now_abroad("Dejame quieto por ahora.")


@pytest.mark.parametrize("sentences", [
    ["Der Chef hat das Projekt für heuer gestrichen.", "Wann wir darauf zurückkommen, weiß ich ehrlich gesagt nicht."],
    ["Le directeur a annulé le projet.", "Je ne sais pas quand on le reprendra."],
    ["El proyecto está cancelado, no sé cuándo lo retomaremos."],
])
def test_a_project_called_off_with_no_end_is_held_indefinitely(sentences):
    assert indefinite_hold(sentences) == 0


def test_a_meeting_called_off_is_no_hold():
    assert indefinite_hold(["La reunión está cancelada, no sé cuándo la haremos."]) is None


@pytest.mark.parametrize("sentence", [
    "Falei com o meu sócio e decidimos deixar isso pra depois.",
    "Hemos decidido dejarlo para más adelante.",
    "We hebben het besproken en we laten het nieuwe kassasysteem voor de zaal voorlopig rusten.",
])
def test_a_purchase_decided_to_wait_or_left_to_rest_is_a_pause(sentence):
    assert ("paused", True) in [(w.kind, w.certain) for w in detect_wishes(sentence, TUE, "America/Chicago")]


def test_people_left_to_rest_or_things_left_lying_are_no_pause():
    for sentence in ("We laten de gasten na de wandeling even rusten in de zaal.",
                     "We laten de fietsen van de klanten voor de deur liggen."):
        assert "paused" not in [w.kind for w in detect_wishes(sentence, TUE, "America/Chicago")], sentence


@pytest.mark.parametrize("sentence", [
    "Wir legen den Umbau vorerst beiseite.",
    "Das Vorhaben haben wir erstmal zur Seite gelegt.",
    "Mir lege des Vorhabe erschtmol uf d'Siite.",  # Alemannic
    "Per quest'anno lasciamo perdere il nuovo impianto.",
    "Il rinnovo del parco macchine è fermo fino a nuovo ordine.",
])
def test_a_matter_laid_aside_for_now_or_this_year_is_a_certain_pause(sentence):
    assert held_for_now_abroad(sentence)
    assert [(w.kind, w.certain) for w in detect_wishes(sentence, TUE, "Europe/Berlin")] == [("paused", True)]


@pytest.mark.parametrize("sentence", [
    "Dieses Jahr haben wir etwas Geld zur Seite gelegt.",  # money saved
    "Unser Team steht Ihnen vorerst gerne zur Seite.",  # standing by someone
])
def test_money_saved_or_help_offered_is_no_matter_laid_aside(sentence):
    assert not held_for_now_abroad(sentence)
    assert not possible_hold(sentence)
