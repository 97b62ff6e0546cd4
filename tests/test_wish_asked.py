"""Loose and foreign pauses, preferred channels (followup/text/wish_asked.py) and the round-5 opt-out rules."""
from datetime import datetime

import pytest

from followup.text.wish_asked import asked_channel, asked_pause, asked_quiet_days
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def kinds(text: str) -> set[tuple[str, bool]]:
    """(kind, certain) of every wish read in text."""
    return {(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ)}


@pytest.mark.parametrize("text", [
    "Try us again sometime next spring, the board isn't ready.",
    "Ask us again in the new financial year.",
    "The rollout went on the back burner when our CTO left.",
    "I can't see us taking this up any time soon.",
    "We zetten het project voorlopig niet door.",
    "Vi har besluttet at udsætte projektet.",
    "Projekt jsme odložili na příští rok.",
    "Por enquanto não vamos avançar, o orçamento foi congelado.",
])
def test_a_loose_or_foreign_pause_is_asked_never_applied(text):
    got = kinds(text)
    assert ("paused", False) in got or ("paused", True) in got
    assert ("do_not_contact", True) not in got


@pytest.mark.parametrize("text", [
    "We shipped the fix last week and the tests pass.",
    "The pile of invoices on my desk is at the bottom of my worries.",
    "Ask me anything about the contract.",
])
def test_ordinary_sentences_are_no_pause(text):
    assert asked_pause(text, 0, text) is None


@pytest.mark.parametrize("text, value", [
    ("Wolę rozmowę telefoniczną niż maile.", "channel:phone"),
    ("Mejor me llamas, el correo casi no lo miro.", "channel:phone"),
    ("Jag föredrar inte telefon, hellre mejl.", "channel:email"),
    ("Sure, but by phone please, I rarely read email.", "channel:phone"),
])
def test_a_preferred_channel_is_asked_with_the_channel_named_first(text, value):
    wish = asked_channel(text, 0, text)
    assert wish is not None and wish.preference == value and not wish.certain


def test_a_channel_preferred_takes_the_place_of_a_possible_opt_out():
    got = kinds("Mejor por teléfono, los correos no los leo nunca.")
    assert {("preference", False), ("preference", True)} & got
    assert not {("do_not_contact", False), ("do_not_contact", True)} & got


def test_a_preference_setting_in_ordinary_mail_is_no_channel():
    text = "I have the preference set to play a sound when new mail arrives."
    assert asked_channel(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Take me off whichever list I ended up on.",
    "Remove me please.",
    "Drop my address from every mailing list you run.",
])
def test_round_5_certain_opt_outs(text):
    assert ("do_not_contact", True) in kinds(text)


@pytest.mark.parametrize("text", [
    "Jeg ønsker ikke at modtage flere tilbud fra jer.",
    "Tack för påminnelsen, men jag vill inte längre få era utskick.",
    "Slett vennligst mine opplysninger.",
])
def test_nordic_refusals_of_more_mail_are_asked_even_after_thanks_for(text):
    got = kinds(text)
    assert ("do_not_contact", False) in got or ("do_not_contact", True) in got


def test_telling_other_senders_to_stop_is_no_opt_out():
    got = kinds("I asked my old supplier to stop calling me, so you are the one I'll deal with. Send the quote.")
    assert ("do_not_contact", True) not in got
    assert ("do_not_contact", True) in kinds("I told you to stop calling me.")


def test_pointing_back_at_a_quoted_own_opt_out_is_asked():
    text = ("As I said, nothing has changed.\n\n> On Mon, Nov 2, 2026 Kim wrote:\n> Stop emailing me, please.\n"
            "> > On Fri, Oct 30, 2026 Dana wrote:\n> > Any news on the trial?")
    assert ("do_not_contact", False) in kinds(text)


def test_pointing_back_at_a_quoted_sales_mail_is_no_opt_out():
    text = ("As I said, Thursday works.\n\n> On Mon, Nov 2, 2026 Dana wrote:\n> > Please stop by our booth at the fair.")
    assert not any(k == "do_not_contact" for k, _ in kinds(text))


@pytest.mark.parametrize("text, channel", [
    ("Rufen Sie mich an, das geht schneller.", "channel:phone"),
    ("Appelez-moi plutôt, c'est plus simple.", "channel:phone"),
    ("Escríbame por correo, es más fácil para mí.", "channel:email"),
])
def test_a_foreign_call_me_or_write_me_beside_quicker_is_an_asked_channel(text, channel):
    wish = asked_channel(text, 0, text)
    assert wish is not None and wish.preference == channel and not wish.certain


@pytest.mark.parametrize("text, channel", [
    ("Calls on my mobile distract me all day; email me and I will answer at night.", "channel:email"),
    ("Instead of long email threads, please just phone me.", "channel:phone"),
    ("Could you call me rather than sending me attachments by email?", "channel:phone"),
    ("Please keep everything to email, I'm on the factory floor all day.", "channel:email"),
])
def test_a_channel_asked_for_because_the_other_gets_in_the_way_is_read(text, channel):
    assert any(w.preference == channel for w in detect_wishes(text, SENT, TZ))


def test_a_refused_channel_is_never_the_guessed_one():
    text = "I'm hard of hearing, so phone calls don't suit me. Writing is perfect."
    prefs = {(w.preference, w.certain) for w in detect_wishes(text, SENT, TZ) if w.kind == "preference"}
    assert ("channel:phone", False) not in prefs and ("channel:phone", True) not in prefs


@pytest.mark.parametrize("text, days", [
    ("Ho bisogno di due settimane per valutare l'offerta.", 14),
    ("Necesitamos un mes para decidirlo con el equipo.", 30),
    ("Vi behöver två veckor innan vi kan svara.", 14),
    ("Potrzebuję kilka dni na przemyślenie.", 3),
])
def test_time_asked_for_in_another_language_is_a_possible_quiet_period(text, days):
    quiet = [w for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]
    assert quiet, text
    assert (quiet[0].until - SENT).days in (days - 1, days)


@pytest.mark.parametrize("text", ["Per ora non procediamo con l'acquisto.", "Por el momento no seguimos adelante.",
                                  "Pour le moment nous ne donnons pas suite.", "Vorerst machen wir nicht weiter."])
def test_for_now_we_do_not_go_ahead_is_an_asked_pause(text):
    assert any(w.kind == "paused" for w in detect_wishes(text, SENT, TZ)), text


@pytest.mark.parametrize("text", ["We went with a local installer, so we won't be pursuing your proposal.",
                                  "After the review we are not renewing the support contract."])
def test_an_offer_declined_without_a_time_is_an_asked_pause(text):
    assert any(w.kind == "paused" for w in detect_wishes(text, SENT, TZ)), text


@pytest.mark.parametrize("text", [
    "After a review the trustees resolved not to proceed with the purchase this year.",
    "we're not gonna go ahead with the new signage tbh, too much on.",
    "The upgrade stays in abeyance, I am afraid.",
    "In the end we went with a regional contractor for the roof.",
    "Das Projekt ist bis auf Weiteres zurückgestellt.",
    "Neste momento não vamos avançar com o contrato.",
    "Na razie wstrzymujemy zakup nowych regałów.",
])
def test_a_no_to_going_on_said_formally_casually_or_abroad_is_an_asked_pause(text):
    assert any(w.kind == "paused" for w in detect_wishes(text, SENT, TZ)), text


def test_holding_a_delivery_is_no_pause():
    assert not any(w.kind == "paused" for w in detect_wishes("Proszę wstrzymać dostawę do poniedziałku.", SENT, TZ))


def test_slang_for_take_my_name_off_your_list_is_asked_in_an_english_sentence():
    text = "Cheers for the call mate, but pull my name off your list would you."
    assert any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


def test_a_channel_named_beside_a_certain_opt_out_is_not_kept():
    text = "Please don't email me anymore. I'd rather keep my inbox for my clients."
    wishes = detect_wishes(text, SENT, TZ)
    assert any(w.kind == "do_not_contact" and w.certain for w in wishes)
    assert not any((w.preference or "").startswith("channel:") for w in wishes)


def test_a_foreign_call_me_said_to_work_better_than_mail_is_asked():
    text = "Bel me gerust, dat gaat beter dan mailen."
    wish = asked_channel(text, 0, text)
    assert wish is not None and wish.preference == "channel:phone"


@pytest.mark.parametrize("text, days", [
    ("Denos dos semanas más, por favor.", 14),  # a polite imperative "give us"
    ("Laissez-moi deux semaines pour en parler avec mon associé.", 14),
    ("Kunt u over twee weken weer contact opnemen?", 14),  # "contact me again in two weeks"
])
def test_time_asked_with_give_me_or_again_in_another_language(text, days):
    quiet = [w for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]
    assert quiet and (quiet[0].until - SENT).days in (days - 1, days)


@pytest.mark.parametrize("text, value", [
    ("Bel mij liever even, dan regelen we het.", "channel:phone"),  # a call-me with "rather", no "quicker"
    ("Lähetä asiakirjat mieluummin sähköpostilla.", "channel:email"),  # Finnish "preferably by email"
])
def test_a_foreign_call_me_or_preferably_by_is_a_possible_channel(text, value):
    got = asked_channel(text, 0, text)
    assert got is not None and got.preference == value


def test_a_call_at_a_time_of_day_prefers_the_time_not_the_channel():
    assert asked_channel("Mejor que me llamen por la noche.", 0, "Mejor que me llamen por la noche.") is None


@pytest.mark.parametrize("text, days", [
    ("Bitte rufen Sie in einem Monat wieder an.", 30),
    ("Riscrivetemi tra tre settimane.", 21),
    ("Llámeme otra vez dentro de dos semanas.", 14),
])
def test_contact_me_in_n_weeks_in_another_language_asks_for_that_time(text, days):
    from followup.text.wish_asked import asked_quiet_days

    assert asked_quiet_days(text) == days


def test_a_delivery_in_n_weeks_asks_for_no_time():
    from followup.text.wish_asked import asked_quiet_days

    assert asked_quiet_days("La consegna arriva tra due settimane, chiamateci se manca qualcosa.") is None


def test_goods_held_in_another_language_is_no_pause():
    text = "Bitte halten Sie die Lieferung bis auf Weiteres zurück."  # "hold the delivery until further notice"
    assert asked_pause(text, 0, text) is None


def test_an_order_not_placed_in_another_language_is_still_a_pause():
    text = "Por ahora no vamos a seguir con el pedido de las vitrinas."  # "for now we won't go ahead with the order"
    assert asked_pause(text, 0, text) is not None


@pytest.mark.parametrize("text, day", [
    ("Avant de signer je dois voir avec mon associé. Vous me laissez une quinzaine ?", "2026-11-24"),
    ("Tengo que hablarlo con mi socio. ¿Me dejas siete días?", "2026-11-17"),
])
def test_time_asked_as_a_question_in_french_or_spanish_is_a_possible_quiet_period(text, day):
    got = [w for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]
    assert got and got[0].until.date().isoformat() in (day, ), got


@pytest.mark.parametrize("text", [
    "A beruházást egyelőre felfüggesztettük.",  # Hungarian: we suspended the investment
    "Proiectul a fost amânat până la anul.",  # Romanian: the project was postponed
    "Satın alma kararını erteledik.",  # Turkish: we postponed the purchase decision
    "Мы отложили закупку до весны.",  # Russian: we postponed the purchase
])
def test_a_postponement_in_hungarian_romanian_turkish_or_russian_is_asked(text):
    assert ("paused", False) in kinds(text), kinds(text)


@pytest.mark.parametrize("sentence", ["Schreiben Sie mir bitte alles schriftlich.",
                                      "Mándeme las preguntas por escrito, por favor."])
def test_everything_asked_for_in_writing_in_another_language_is_a_possible_email_preference(sentence):
    wish = asked_channel(sentence, 0, sentence)
    assert wish is not None and wish.preference == "channel:email" and not wish.certain


@pytest.mark.parametrize("sentence, value", [
    ("Telefonisch werkt bij mij veel beter dan mailen.", "channel:phone"),  # one channel better than the other
    ("Mi scriva per email invece di telefonare, per favore.", "channel:email"),  # one instead of the other
    ("Je préfère un coup de fil plutôt que des courriels.", "channel:phone"),  # "coup de fil" is a call
    ("Je préfère qu'on s'appelle, les mails je les lis trop tard.", "channel:phone"),
    ("Stuur het liefst per mail, overdag sta ik in de werkplaats.", "channel:email"),  # "liefst": preferably
    ("Telefone-me, é mais depressa.", "channel:phone"),  # call me, it is quicker
])
def test_a_channel_preferred_abroad_by_comparison_instead_or_a_preference_word(sentence, value):
    wish = asked_channel(sentence, 0, sentence)
    assert wish is not None and wish.preference == value and not wish.certain


def test_a_comparison_abroad_that_names_one_channel_only_prefers_none():
    assert asked_channel("Das Angebot ist besser als das letzte per E-Mail.", 0,
                         "Das Angebot ist besser als das letzte per E-Mail.") is None


@pytest.mark.parametrize("sentence, days", [
    ("Jag återkommer om en månad.", 30),  # Swedish: the customer will come back in a month
    ("Позвоните мне через неделю.", 7),  # Russian and Ukrainian: contact me in a week
    ("Будь ласка, зв'яжіться зі мною через тиждень.", 7),
    ("Мені потрібно кілька днів.", 3),  # time needed, "a few days"
    ("Доставка через тиждень.", None),  # a delivery in a week asks nothing of the rep
])
def test_time_asked_in_swedish_and_cyrillic(sentence, days):
    assert asked_quiet_days(sentence) == days


@pytest.mark.parametrize("sentence", [
    "Leider ist das Thema Kassensystem für dieses Jahr vom Tisch.",  # off the table
    "We leggen het dossier even stil; niemand heeft er nu tijd voor.",  # laid still
    "Per quest'anno con il nuovo impianto non se ne fa niente.",  # nothing will come of it
    "Por lo pronto no vamos a avanzar con la instalación de los paneles.",  # for now we won't go ahead
    "We're going with Northgate for this year.",  # a competitor by name
])
def test_a_deal_off_the_table_in_more_words_is_a_possible_pause(sentence):
    wish = asked_pause(sentence, 0, sentence)
    assert wish is not None and wish.kind == "paused" and not wish.certain


@pytest.mark.parametrize("text", [
    "Wir stellen das Projekt vorderhand zurück, da unsere Organisation neu aufgestellt wird.",
    "Vorerst belassen wir es dabei.",
    "Per la casa a Cefalù per ora ci fermiamo, mio marito ha cambiato lavoro.",
    "Pour le moment, on s'arrête là.",
    "De momento lo dejamos aquí.",
    "Por enquanto vamos parar por aqui.",
    "Voorlopig stoppen we ermee.",
    "Cette saison, nous passons notre tour.",
    "Dieses Jahr setzen wir aus.",
    "Este año nos lo saltamos.",
    "Quest'anno rinunciamo.",
    "Dit jaar slaan we het festival over.",
    "Este año no vamos a renovar el palco.",
    "Nous ne renouvellerons pas l'abonnement.",
    "Wir werden den Vertrag nicht verlängern.",
    "Non rinnoveremo l'abbonamento.",
    "Não vamos renovar o camarote.",
    "Wij gaan het contract niet verlengen.",
    "I don't plan to renew the membership.",
])
def test_a_step_back_for_now_or_a_season_or_a_renewal_declined_abroad_is_an_asked_pause(text):
    got = asked_pause(text, 0, text)
    assert got is not None and not got.certain


@pytest.mark.parametrize("text", [
    "Bitte stellen Sie das Paket zurück.",  # goods put back
    "Non rinnoveremo il contratto con il fornitore attuale.",  # the contract with someone else
    "Nous ne renouvellerons pas sans une remise.",  # on terms
    "Wir verlängern den Vertrag nicht automatisch, bitte schicken Sie ein Angebot.",
    "This letter gives notice that we will not renew the cleaning contract when it expires, as we are relocating.",
])
def test_goods_put_back_or_a_renewal_with_others_or_on_terms_is_no_asked_pause(text):
    assert asked_pause(text, 0, text) is None


@pytest.mark.parametrize("text, value", [
    ("Je vous saurais gré de privilégier le courriel.", "channel:email"),
    ("Preferiblemente por correo, por favor.", "channel:email"),
    ("Bitte kontaktieren Sie mich vorzugsweise per Mail.", "channel:email"),
    ("Preferibilmente al telefono.", "channel:phone"),
    ("Ruf mich lieber an, das geht schneller.", "channel:phone"),
    ("Rufen Sie mich lieber an.", "channel:phone"),
])
def test_a_channel_favoured_or_a_call_me_with_rather_abroad_is_a_possible_channel(text, value):
    got = asked_channel(text, 0, text)
    assert got is not None and got.preference == value and not got.certain


def test_a_call_favoured_at_a_time_of_day_abroad_favours_the_time_not_the_channel():
    text = "Pour la suite, appelez-moi de préférence en fin d'après-midi, entre 16 h et 18 h."
    assert asked_channel(text, 0, text) is None


@pytest.mark.parametrize("text, days", [
    ("Donnez-moi des nouvelles dans deux semaines, d'accord?", 14),  # news asked of the rep, a tag question after
    ("Dê-me notícias daqui a duas semanas.", 14),
])
def test_news_asked_of_the_rep_after_a_length_is_a_possible_quiet_period(text, days):
    quiet = [w for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]
    assert quiet and (quiet[0].until - SENT).days in (days - 1, days)
