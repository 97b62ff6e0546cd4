"""Contact refused by structure: two negated contact words, or one with "again", in any register
(followup.text.wish_optout_refused)."""
from datetime import datetime

import pytest

from followup.text.wish_optout_guards import DNC_G
from followup.text.wish_optout_refused import refused_contact
from followup.text.wishes import detect_wishes

ZURICH = "Europe/Zurich"
WED = datetime(2030, 7, 31, 14, 0)


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out read in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, WED, ZURICH) if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    # two contact verbs negated, in dialect
    "Divvent ring us again, divvent email us, nowt.",
    "Don't be ringing the office again and don't be sending me emails neither, I'm not interested.",
    "I'd ask you not to ring or email me again about it.",
    "Appelez-moi pu pis m'écrivez pu non plus, ok là?",
    "Rufen Se nich mehr an und schreiben Se mir ooch nich mehr, det is jetz ma jut.",
    "Ich möchte von Ihrer Firma weder Anrufe noch E-Mails mehr erhalten.",
    "No me manden más correos ni me llamen más al celular con lo del leasing.",
    "Ik wil niet meer gebeld of gemaild worden door uw kantoor.",
    "Non voglio più essere chiamato né ricevere email.",
    # one contact verb negated with "again / any more"
    "I'd appreciate it if nobody from your company called this office again.",
    "Please I am pleading with you, don't call my line again about the CPD courses.",
    "I would ask that you do not get in touch with me at this address or my mobile again.",
    # contact details taken off a list left unnamed
    "Can ye take this address off whatever ye've got.",
])
def test_contact_refused_by_structure_is_a_certain_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Don't call me before 10.",  # a time of day
    "Don't call me again until the audit is done.",  # a wait
    "Please remove me from the CC on these.",  # a copy line
    "Whatever you have is fine.",
    "Nobody called me again after the demo.",  # a past contact told
    "I didn't get a call again.",
    "I got no email and no call from you about the delivery.",
    "Ich habe weder Anrufe noch E-Mails erhalten.",
    "No need to call me again, we're sorted.",  # a need, not a refusal
    "There's no point sending us the software stuff any more.",
    "Don't call him again, he has left.",  # someone else
    "I won't call you again.",  # the writer's own side
    "Ich rufe Sie nicht mehr an.",
    "Je ne vous appellerai plus.",
    "No llamaremos más.",
    "Non la chiamerò più.",
])
def test_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_the_structure_alone_reads_a_dialect_refusal():
    text = "Divvent ring us again, divvent email us, nowt."
    wish = refused_contact(text, 0, text, DNC_G)
    assert wish is not None and wish.certain and wish.quote == text


def test_the_structure_alone_reads_nothing_in_a_limited_refusal():
    text = "Divvent ring us again before Monday, divvent email us."
    assert refused_contact(text, 0, text, DNC_G) is None


# "further" is an again word, as "no more": "your company should not contact me further", "nicht weiter kontaktieren"
@pytest.mark.parametrize("sentence", [
    "your company should not contact me further in this regard or any other.",
    "Please do not email me any further about this.",
])
def test_contact_refused_further_is_refused_again(sentence):
    assert refused_contact(sentence, 0, sentence, DNC_G) is not None


def test_the_writers_own_contact_further_is_no_refusal():
    sentence = "We will not contact you further about the invoice."
    assert refused_contact(sentence, 0, sentence, DNC_G) is None


# a negative subject with whose people it names before the verb, in the seven languages, asked for in a wish frame
@pytest.mark.parametrize("text", [
    "We're gonna pass. Please consider this the end of it on our side, I'd ask that nobody from your outfit gets in "
    "touch with me or the office again, phone or email.",
    "I'd appreciate it if no one from your company contacted me again.",
    "I ask that none of your people contact us again.",
    "Ich möchte, dass mich niemand von Ihrer Firma mehr anruft.",
    "Je vous demande que personne de votre société ne me contacte plus.",
    "Les pido que nadie de su empresa vuelva a contactarme.",
    "Chiedo che nessuno della vostra ditta mi contatti più.",
    "Peço que ninguém da vossa empresa volte a ligar-me.",
    "Ik wil dat niemand van jullie bedrijf mij nog belt.",
])
def test_nobody_from_your_company_contacting_again_is_a_certain_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


# to abstain from contact refuses it for good, with or without "again", in the seven languages
@pytest.mark.parametrize("text", [
    "En mi carácter de titular de Vinos del Cerro, solicito la supresión de todos mis datos personales de su base "
    "comercial y les pido que se abstengan de volver a contactarme, ya sea por correo electrónico, por teléfono o por "
    "WhatsApp.",
    "Je vous prie de vous abstenir de me contacter.",
    "La prego di astenersi dal contattarmi.",
    "Peço que se abstenham de me contactar.",
    "Please refrain from contacting me.",
    "Ik verzoek u zich te onthouden van het bellen van mij.",
])
def test_abstaining_from_contact_is_a_certain_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Nobody from your company called me again after the demo.",  # a past contact told
    "Please refrain from calling before 10.",  # a time of day
    "Bel me nog niet, ik ben op vakantie.",  # "nog niet": not yet
    "Hello, two customers of our e-shop asked us to delete their data from the loyalty programme. How can we do it?",
])
def test_negative_subject_and_abstain_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_an_abstain_channel_list_is_no_channel_preference():
    text = "Les pido que se abstengan de volver a contactarme, ya sea por correo electrónico, por teléfono o por WhatsApp."
    assert not any(w.kind == "preference" for w in detect_wishes(text, WED, ZURICH))


# "any more" with what is sent unsaid, where mail was named just before; a line of the writer's refused with nothing
# else offered; two refusals in one asking clause; "doh" for "don't"; German "weder angerufen noch angeschrieben"
@pytest.mark.parametrize("text", [
    "Your newsletters land in my spam folder anyway. Please don't send me any more, thanks.",
    "Three mails this week about the forklift deal. Do not send us any more of them.",
    "Please do not ring my mobile about the cleaning contracts.",
    "Kindly don't call me on this number for the insurance offers.",
    "Please do not phone me and do not email me from now on.",
    "I don't want to be called and I don't want to be emailed by your firm.",
    "doh call me again bout the tiles, I done tell you already",
    "Ich möchte weder angerufen noch angeschrieben werden, vielen Dank.",
])
def test_refusals_said_in_other_shapes_are_certain_opt_outs(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "The pallets arrived damaged. Don't send me any more until the packaging is fixed.",  # goods, and a wait
    "We have plenty of brackets in stock. Please don't send me any more.",  # goods: no mail named
    "Please don't call my mobile, call the office instead.",  # one line swapped for another
    "Don't ring my cell, email me.",
    "Please do not call my mobile after 6pm.",  # a time of day
    "Doh, I forgot to call you again.",  # the exclamation, the writer's own call
    "I don't call or email customers at weekends.",  # the writer's own practice
])
def test_other_shapes_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_a_spanish_request_not_to_address_the_firm_again_is_certain_and_running_a_department_is_not():
    wishes = detect_wishes("Le ruego que no se dirija más a nosotros por correo.", WED, ZURICH)
    assert [(w.kind, w.certain) for w in wishes] == [("do_not_contact", True)]
    assert detect_wishes("Ya no dirijo más el departamento comercial.", WED, ZURICH) == []


@pytest.mark.parametrize("text", [
    # nothing more to be sent, the refusal said by the object, in the seven languages
    "Please send us nothing further.",
    "Do not send us anything else, thank you.",
    "Senden Sie uns bitte nichts mehr zu.",
    "Schicken Sie mir nichts mehr an diese Adresse, danke.",
    "Ne nous envoyez plus rien, merci.",
    "Por favor no nos envíen nada más.",
    "Non inviateci più nulla, grazie.",
    "Não nos enviem mais nada, obrigado.",
    "Stuurt u ons alstublieft niets meer.",
])
def test_nothing_more_sent_is_a_certain_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Send us nothing more about the shelving, the racking quote is welcome.",  # one thing named
    "Non inviateci più niente sulla caldaia.",
    "Do not send us anything else, ring the office.",  # another way asked for
    "Do not send me anything else, just phone me.",
    "Schicken Sie uns nichts mehr per Post, nur per Fax.",
])
def test_nothing_more_sent_with_one_thing_or_another_way_named_is_only_possible(text):
    assert _opt_outs(text) == [("do_not_contact", False)]


@pytest.mark.parametrize("text", [
    "You don't need to send us anything further, the file is complete.",  # no need: nothing refused
    "Sie brauchen uns nichts mehr zu schicken, die Unterlagen sind da.",
    "Não precisam de nos enviar mais nada.",
    "Schicken Sie unserem Einkäufer nichts mehr.",  # someone else
    "Do not send us anything else yet, we will ask.",  # a wait
    "Schick uns nichts mehr, bevor der Vorstand entschieden hat.",
    "We sent them nothing more after May.",  # told
])
def test_nothing_more_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Ik wil niet dat jullie ons blijven bellen of mailen.",  # to go on calling refused: "again"
    "Solicitamos que se abstenham de nos voltar a contactar por qualquer meio.",  # "voltar a" before the verb
])
def test_going_on_or_contact_again_refused_with_words_between_is_certain(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Hij wilde niet dat ze hem bleven bellen.",  # someone else's
    "We don't want to keep e-mailing members who left the club.",  # the writer's own mail goes on
])
def test_keeping_on_said_of_someone_else_is_no_certain_opt_out(text):
    assert not any(certain for _, certain in _opt_outs(text))


@pytest.mark.parametrize("text", [
    "Eerlijk gezegd wil ik niet meer gebeld of gemaild worden door jullie.",  # the wish verb before its subject
    "Ehrlich gesagt möchte ich nicht mehr angerufen werden.",
    "Daarom willen wij niet meer gebeld worden.",
])
def test_a_wish_verb_before_its_subject_frames_the_writers_own_refusal(text):
    assert ("do_not_contact", True) in _opt_outs(text)


def test_the_writers_own_step_after_an_inverted_verb_is_no_refusal():
    assert ("do_not_contact", True) not in _opt_outs("Morgen will ich nicht mehr anrufen, sondern schreiben.")


@pytest.mark.parametrize("text", [
    # "nimmer" in dialect: Palatine "nimmi", Bavarian "nimma", Swabian "nemme", Swiss "nümme"
    "Mir sin fertich mit Ihne: rufe Se uns nimmi o un schreibe Se uns nimmi.",
    "Ruft's uns nimma an, mir brauchen nix.",
    "Schreibet Se mir nemme, i han koi Intresse.",
    "Schreiben Sie uns nümme, mir sind versorgt.",
])
def test_dialect_no_more_refuses_contact(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "I ruf Sie nimma an, des mach ma per Mail.",  # the writer's own call
    "Rufen Sie uns nimma vor Montag an.",  # a limit in time
])
def test_dialect_no_more_keeps_its_guards(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Bitte treten Sie nicht mehr mit uns in Verbindung.",
    "Ich bitte Sie, nicht mehr mit mir in Verbindung zu treten.",
])
def test_the_formal_in_verbindung_treten_refused_again_is_an_opt_out(text):
    assert _opt_outs(text) == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Wir werden künftig nicht mehr mit Ihnen in Verbindung treten.",  # the writer's own contact
    "Bitte treten Sie nicht mehr mit meiner Assistentin in Verbindung.",  # someone else
])
def test_in_verbindung_treten_towards_others_is_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)
