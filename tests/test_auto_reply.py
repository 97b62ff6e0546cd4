"""Automatic replies (followup/text/auto_reply.py) read from the body alone."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wishes import detect_auto_reply

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def test_an_auto_reply_said_by_its_first_line_or_an_auto_only_statement():
    for text in ("Abwesenheitsnotiz: Ich bin im Urlaub.", "OOO \u2014 reply delayed.",
                 "Ik ben momenteel afwezig. Uw e-mail wordt niet doorgestuurd.",
                 "Thank you for your message. This mailbox is not monitored outside business hours."):
        assert detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ).is_auto, text
    chat = "Please don't contact me again until next Monday, I'm traveling and need to think this through."
    assert not detect_auto_reply(auto_submitted=False, subject="", text=chat, sent_at=SENT, tz=TZ).is_auto


def _back(text: str) -> str | None:
    """The ISO return day read from an auto-reply body, or None."""
    got = detect_auto_reply(auto_submitted=True, subject="", text=text, sent_at=SENT, tz=TZ)
    return got.return_at.date().isoformat() if got.return_at else None


def test_back_at_my_desk_names_the_return_day():
    assert _back("Out of office: travelling to a trade fair, back at my desk on Thursday 19 November.") == "2026-11-19"


def test_the_spanish_rejoin_day_wins_over_an_inclusive_last_day():
    text = "Estaré de vacaciones hasta el martes 17 de noviembre inclusive y me reincorporaré el miércoles 18 de noviembre."
    assert _back(text) == "2026-11-18"


def test_a_turkish_day_first_then_in_the_office():
    # 06:00 UTC is local midnight in Chicago: the date part is the local day
    assert _back("Otomatik yanıt: izindeyim, 20 Kasım Cuma günü ofiste olacağım.") == "2026-11-20"


def _read(text: str) -> tuple[bool, str | None]:
    """(is_auto, ISO return day) of a body with no subject and no header flag."""
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    return got.is_auto, got.return_at.date().isoformat() if got.return_at else None


@pytest.mark.parametrize("text, day", [
    ("Автоматический ответ: я в командировке, вернусь 19 ноября.", "2026-11-19"),  # Russian title, "I'll be back"
    ("Автоматична відповідь: мене немає в офісі до 23 листопада.", "2026-11-23"),  # Ukrainian "until"
    ("Αυτόματη απάντηση: θα επιστρέψω στις 18 Νοεμβρίου.", "2026-11-18"),  # Greek
    ("Automaattinen vastaus: palaan 24.11. ja vastaan silloin.", "2026-11-24"),  # Finnish, day.month
    ("Automatická odpověď: jsem pryč do 12. listopadu, zpět budu 16. listopadu.", "2026-11-16"),  # back beats until
])
def test_a_title_and_return_day_in_more_languages(text, day):
    assert _read(text) == (True, day)


def test_an_english_do_before_a_number_is_no_foreign_until():
    text = "Out of office: back on 20 November. If you do 2 things, call the desk and email sales."
    assert _read(text) == (True, "2026-11-20")


def test_a_self_declared_automated_reply_with_a_return_to_any_workplace():
    text = ("This is an automatic reply. I'm away on a field course and will be back at the clinic on 7 December 2026.\n"
            "Messages are not read during that time.")
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == "2026-12-07"


def test_out_of_office_with_no_return_date_is_an_auto_reply_without_a_date():
    text = "Hello! I am out of the office with no fixed return date. For orders write to the shop address."
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at is None


@pytest.mark.parametrize("text, day", [
    ("Automatic reply: I'm off on leave until the 20th of November. Back at work and in the office on Friday 20 November.",
     "2026-11-20"),
    ("Respuesta automática: de vacaciones hasta el 3 de diciembre. Regresaré a la oficina el viernes 4 de diciembre.",
     "2026-12-04"),
    ("Risposta automatica: assente fino al 6 dicembre, rientro in ufficio lunedì 7 dicembre.", "2026-12-07"),
])
def test_the_day_back_said_with_where_to_wins_over_until(text, day):
    from zoneinfo import ZoneInfo
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 11, 10, 15, 0),
                            tz="America/Chicago")
    assert got.is_auto
    assert got.return_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo("America/Chicago")).date().isoformat() == day


def test_only_the_head_of_a_long_message_is_read_for_an_out_of_office_notice():
    from followup.text.auto_reply import AUTO_HEAD_CHARS
    notice = "I am currently out of the office until 20 November 2026 with limited access to email.\n"
    post = "Here is the build log you asked for.\n" + "make[2]: Entering directory '/src'\n" * (AUTO_HEAD_CHARS // 30)
    sent = datetime(2026, 11, 10, 15, 0)
    assert detect_auto_reply(auto_submitted=False, subject="", text=notice + post, sent_at=sent, tz="UTC").is_auto
    assert not detect_auto_reply(auto_submitted=False, subject="", text=post + notice, sent_at=sent, tz="UTC").is_auto


@pytest.mark.parametrize("text, day", [
    ("Out of office\nvisiting suppliers in Porto, back on the 19th\nslow replies till then", "2026-11-19"),
    ("Thanks for your email. I'm away from the practice and don't yet have a return date.\nUrgent: call reception.", None),
])
def test_an_out_of_office_label_alone_on_its_line_and_a_return_date_not_yet_known(text, day):
    from zoneinfo import ZoneInfo
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 11, 10, 15, 0),
                            tz="America/Chicago")
    assert got.is_auto
    when = got.return_at and got.return_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo("America/Chicago"))
    assert (when.date().isoformat() if when else None) == day


def test_a_person_mentioning_no_return_date_for_a_thing_is_not_an_auto_reply():
    text = "Thanks for your note. I am away that week, and there's no return date for the loaner yet."
    assert not detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 11, 10, 15, 0),
                                 tz="America/Chicago").is_auto


@pytest.mark.parametrize("text, day", [
    # hyphenated day-month-year, as office systems print it, after "resume work on"
    ("I am on annual leave from 02-Nov-2026 to 13-Nov-2026 and will resume work on 16-Nov-2026.", "2026-11-16"),
    # a weekday abbreviation before a bare day of the month
    ("Out of office: at the Leipzig fair this week, back in on Thu 19th.", "2026-11-19"),
    # the day back named after "on my return" beats the last day away
    ("Estoy de vacaciones hasta el martes 24 de noviembre. A mi regreso, el miércoles 25 de noviembre, le contesto.",
     "2026-11-25"),
    ("I am on leave until Friday 20 November. Upon my return on Monday 23 November I will answer.", "2026-11-23"),
])
def test_the_day_back_in_hyphenated_weekday_and_on_my_return_forms(text, day):
    assert _read(text) == (True, day)


@pytest.mark.parametrize("text, day", [
    # the day back said beside an inclusive last day away: the day back wins
    ("Ich bin bis einschließlich 18.11.2026 im Urlaub. Ab Donnerstag, dem 19.11.2026, bin ich wieder im Büro.", "2026-11-19"),
    ("Ik ben afwezig tot en met dinsdag 17 november en ben woensdag 18 november weer bereikbaar.", "2026-11-18"),
    ("Je suis absente jusqu'au mardi 17 novembre inclus. Je répondrai dès mon retour le mercredi 18 novembre.", "2026-11-18"),
    ("Je serai de retour au bureau le jeudi 19 novembre.", "2026-11-19"),
    # the noun alone, with where to or not: "Retour à la pharmacie le ...", "Retour le ..."
    ("Je suis en congés. Retour à la pharmacie le jeudi 19 novembre.", "2026-11-19"),
    ("Absente du cabinet, retour le mercredi 18 novembre.", "2026-11-18"),
    ("Estou de férias até terça-feira, 17 de novembro. Regresso ao escritório na quarta-feira, 18 de novembro.",
     "2026-11-18"),
    ("I am on leave and returning to office on 19 Nov 2026.", "2026-11-19"),
    # a day of the month alone after the return verb, with or without "on", in four languages
    ("Estoy de vacaciones hasta el 17 de noviembre, incluido. Vuelvo el miércoles 18.", "2026-11-18"),
    ("Je suis en congé jusqu'au mardi 17 novembre inclus, de retour le mercredi 18.", "2026-11-18"),
    ("Sono in ferie fino a martedì 17 novembre compreso. Rientro mercoledì 18.", "2026-11-18"),
    ("Out of office:\nback Fri 20th.", "2026-11-20"),
    ("I'm out of the office, returning Weds the 18th.", "2026-11-18"),
    ("I am at a conference and will be back in the office on the 24th and will reply then.", "2026-11-24"),
    # "volveré" is Spanish: day.month, not the US order
    ("Estaré fuera de la oficina y volveré el 2/12.", "2026-12-02"),
])
def test_the_day_back_said_wins_over_the_last_day_away(text, day):
    assert _back(text) == day


def test_a_day_back_with_a_clock_time_or_a_month_is_not_a_day_of_the_month_alone():
    assert _back("Out of office, back on Monday 9:30 latest.") != "2026-12-09"
    assert _back("Out of office, back on the 24th November.") == "2026-11-24"


@pytest.mark.parametrize("text, day", [
    ("Out of office till Thu 11/19, slow replies. Back then.", "2026-11-19"),
    ("Gone fishing and back in the office on Friday 20 November. Please don't respond to this automated e-mail.",
     "2026-11-20"),
    ("自動返信：本日より11月17日(火)まで休暇を頂いております。\n11月18日(水)より出社いたします。", "2026-11-18"),
    ("自动回复：我11月17日前休假，11月18日起恢复上班。", "2026-11-18"),
])
def test_an_auto_reply_said_by_its_label_or_by_calling_itself_automatic(text, day):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == day, got


def test_a_person_writing_out_of_office_or_an_automatic_thing_is_not_an_auto_reply():
    for text in ("We were out of office till Monday, sorry for the delay. Can you resend the quote?",
                 "The automatic message from your system confused our team.",
                 "Please reply to this message with the automatic renewal terms."):
        assert not detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ).is_auto, text


@pytest.mark.parametrize("text, day", [
    ("Αυτόματη απάντηση: Βρίσκομαι εκτός γραφείου έως την Παρασκευή 20/11 και θα επιστρέψω τη Δευτέρα 23/11/2026.",
     "2026-11-23"),
    ("Automatiskt svar: Jag är ledig t.o.m. 1/12 och åter på kontoret onsdag 2/12.", "2026-12-02"),
    ("Réponse automatique : je suis absente jusqu'au mardi 1er décembre inclus.", "2026-12-02"),
    ("Respuesta automática: estaré fuera de la oficina hasta el 16-XI-2026 (lunes).", "2026-11-16"),
    ("Resposta automática: estarei ausente até 2026.11.24 (inclusive).", "2026-11-25"),
    ("Automatisch antwoord: ik ben afwezig tot en met wo 18-11.", "2026-11-19"),
])
def test_the_day_back_in_figures_with_slashes_hyphens_roman_months_the_year_first_or_the_last_day_included(text, day):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == day, got


def test_an_away_notice_that_sends_urgent_matters_elsewhere_is_an_auto_reply_without_thanks_first():
    """'I am away at the wool sales and will be back in the office on Monday 16 November. For urgent matters please
    contact ...' is an out-of-office; the same away-and-back said by a person with no such cue is not."""
    notice = ("I am away at the wool and mohair sales and will be back in the office on Monday 16 November 2026. "
              "For urgent matters please contact my colleague Palesa on 555 0123.")
    assert _read(notice) == (True, "2026-11-16")
    person = "I'm away at the trade fair this week, back in the office Monday. Let's pick the colour then."
    assert not detect_auto_reply(auto_submitted=False, subject="", text=person, sent_at=SENT, tz=TZ).is_auto


@pytest.mark.parametrize("text, back", [
    ("Risposta automatica - Sono in ferie fino a giovedì 26 novembre. Rientro venerdì 27 novembre.", "2026-11-27"),
    ("Automatic reply: the school is closed this week. I'm away until Sunday 15 November and back behind the "
     "wheel on Monday 16 November.", "2026-11-16"),
    ("Automatikus válasz: Szabadságon vagyok november 20-ig (péntek). November 23-án, hétfőn térek vissza.",
     "2026-11-23"),
    ("Automatski odgovor: Na godišnjem sam odmoru do 24. studenoga. U ured se vraćam u srijedu, 25. studenoga.",
     "2026-11-25"),
    ("Balasan otomatis: Saya sedang cuti hingga tanggal 1 Desember 2026 dan akan kembali bekerja pada hari Rabu, "
     "2 Desember 2026.", "2026-12-02"),
    ("【自動返信】\n11月13日（金）まで出張のため不在にしております。11月16日（月）より通常どおり対応いたします。", "2026-11-16"),
    ("Odpowiedź automatyczna\n\nJestem na urlopie do 13 listopada. Wracam do biura 16 listopada.", "2026-11-16"),
])
def test_a_notice_naming_the_last_day_away_and_the_day_back_is_read_for_the_day_back(text, back):
    """'until Thursday 26th ... back Friday 27th' in any language: the later day, one to three days on, is the day
    back (Croatian 'listopada', October, is not read as the Polish November)."""
    assert _read(text) == (True, back)


@pytest.mark.parametrize("text, back", [
    ("Emne: Autosvar\n\nTak for din mail. Jeg holder ferie og er tilbage på kontoret torsdag den 19. november.",
     "2026-11-19"),
    ("Oggetto: Risposta automatica\n\nGentile mittente, sono attualmente in congedo di maternità.", None),
    ("Tak for din mail. Jeg holder ferie og er tilbage mandag den 23. november. Haster det, så ring til Mette.",
     "2026-11-23"),
    ("Takk for e-posten din. Jeg er på ferie til og med 20. november og leser ikke e-post.", "2026-11-23"),
    ("Tack för ditt mejl. Jag är på semester till och med 20 november. Vid brådskande ärenden kontakta Anna.",
     "2026-11-23"),
    ("Merhaba, 23 Kasım'a kadar izindeyim. Acil durumlarda Ayşe Hanım'a ulaşabilirsiniz.", "2026-11-23"),
    ("Dobrý den, momentálně nejsem v kanceláři. Zpět budu 23. listopadu.", "2026-11-23"),
    ("Βρίσκομαι εκτός γραφείου έως τις 20 Νοεμβρίου. Για επείγοντα θέματα επικοινωνήστε με τη Μαρία.", "2026-11-20"),
    ("Olá, estou fora do escritório e retorno no dia 23/11. Para assuntos urgentes, ligue para a Ana.", "2026-11-23"),
    ("Auto-reply: Thanks for your email! I'll be back answering emails on Wednesday 18 November. Woof!", "2026-11-18"),
    ("Thanks for your email! I'm away at a family wedding. I'll be back answering emails on the 14th.", "2026-11-14"),
])
def test_a_notice_in_the_nordic_languages_turkish_czech_greek_or_with_its_subject_label_and_its_day_back(text, back):
    """A pasted subject line ('Emne: Autosvar'), 'til og med' (the last day away), Turkish 'kadar' after the day and
    'back answering emails on the 14th' (the next 14th after the message) are read."""
    assert _read(text) == (True, back)


def test_a_person_saying_they_were_or_will_be_on_holiday_is_not_an_auto_reply():
    for text in ("Tak for sidst! Jeg holder ferie i næste uge, men vi kan tale sammen bagefter om tilbuddet.",
                 "Byla jsem na dovolené, proto odpovídám pozdě. Pošlete prosím nabídku znovu.",
                 "Geçen hafta izindeydim, geç cevap için kusura bakmayın. Teklifi tekrar gönderir misiniz?",
                 "Subject: your proposal\n\nI was on holiday, so I'll be back answering emails properly from Monday."):
        assert not _read(text)[0], text


@pytest.mark.parametrize("text, back", [
    ("Hej! Jag är borta till och med fredag 20 november. Brådskande ärenden: ring växeln.", "2026-11-23"),
    ("Merhaba, ofis dışındayım, 23.11.2026 tarihinde döneceğim.", "2026-11-23"),
    ("Dobrý den, jsem mimo kancelář do 20. 11. V naléhavých případech volejte 555 123.", "2026-11-20"),
    ("Olá, estou de licença e retorno dia 23/11.", "2026-11-23"),
    ("Oi, tudo bem? Estou fora do escritório, volto dia 23/11.", "2026-11-23"),
])
def test_the_day_back_with_a_weekday_in_figures_or_after_dia(text, back):
    assert _read(text) == (True, back)


@pytest.mark.parametrize("text", ["On my return I'll reply.", "I'LL BE BACK on the 3rd", "back in the office Monday",
                                  "I won't be reading email", "I do not yet have a return date", "without a return date",
                                  "no set return date", "Thanks, talk soon."])
def test_the_back_cue_reads_as_its_branches_without_the_first_letter_lookahead(text):
    import re

    from followup.text.auto_reply import _BACK_CUE
    source = getattr(_BACK_CUE, "pattern", _BACK_CUE)
    source = source.pattern if isinstance(source, re.Pattern) else source
    bare = re.compile(source.removeprefix("(?=[ouaibwdn])"), re.I)
    assert bool(_BACK_CUE.search(text)) == bool(bare.search(text))


@pytest.mark.parametrize("text,back", [
    ("Automatic reply: I'm on leave this week. I'll be back in the Leeds office from Tuesday 1 December.", "2026-12-01"),
    ("Out of office: visiting suppliers abroad. I will be back at our Rotterdam depot on Friday 4 December.", "2026-12-04"),
    ("Auto-reply: away at a conference with little signal. Back at my desk from Thursday the 19th.", "2026-11-19"),
    ("Out of office: I'll be back at the Denver site on Mon the 23rd and will answer then.", "2026-11-23"),
])
def test_the_day_back_at_a_named_workplace_or_desk_from_or_on_a_day(text, back):
    assert _back(text) == back


def _signed(text: str, signature: str = ""):
    return detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ, signature=signature)


@pytest.mark.parametrize("text,signature,day", [
    ("Thank you for your message. I am currently away from the office with no access to\nemail.",
     "--\nStatus: Out of office\nReturn date: Wed 02/12/2026\nUrgent enquiries: stores@example.com", "2026-12-02"),
    ("Ich bin derzeit nicht im Büro.", "--\nRückkehr: Montag, 23.11.2026\nVertretung: info@example.com", "2026-11-23"),
    ("Je suis absente du bureau.", "--\nDate de retour : lundi 30/11/2026", "2026-11-30"),
    ("Estoy fuera de la oficina.", "--\nFecha de regreso: 30/11/2026", "2026-11-30"),
    ("Sono fuori ufficio.", "--\nData di rientro: lunedì 23/11/2026", "2026-11-23"),
    ("Estou fora do escritório.", "--\nData de regresso: 16/11/2026", "2026-11-16"),
    ("Ik ben afwezig.", "--\nTerug op: donderdag 10/12/2026", "2026-12-10"),
])
def test_a_return_date_below_the_signature_marker_is_read(text, signature, day):
    """A notice's 'Return date:' line below '--' was cut with the signature and the notice missed (blind batch 58)."""
    got = _signed(text, signature)
    assert got.is_auto and got.return_at is not None
    assert got.return_at.strftime("%Y-%m-%d") == day


def test_a_customers_own_signature_makes_no_notice():
    # out-of-office wording is needed above the marker: a signature with a date is no notice by itself
    assert not _signed("Thanks, invoice received and passed to accounts.",
                     "--\nOffice closed for stocktake until Monday 16/11/2026").is_auto
    # and a chat about a holiday with an ordinary signature, no day back there, is none either
    assert not _signed("I'm on holiday myself next week, so let's sign before then.", "--\nPeter | Sales | 555 0101").is_auto


def test_the_date_above_the_marker_wins_over_one_below():
    got = _signed("I am out of the office until Monday 16 November.", "--\nReturn date: Wed 02/12/2026")
    assert got.return_at.strftime("%Y-%m-%d") == "2026-11-16"


def test_a_bare_return_field_gives_the_day_back_read_day_first_outside_the_americas():
    from datetime import datetime

    from followup.text.auto_reply import detect_auto_reply
    text = ("Automatic reply\n\nStatus: away (holiday)\nReturn: 04/01/2027\n\n"
            "Thank you for your message, it will be read on my return.")
    london = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 12, 14, 10),
                               tz="Europe/London")
    assert london.is_auto and london.return_at == datetime(2027, 1, 4)
    chicago = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 12, 14, 10),
                                tz="America/Chicago")
    assert chicago.return_at == datetime(2027, 4, 1, 5)


def test_a_signatures_winter_opening_hours_make_no_out_of_office():
    from datetime import datetime

    from followup.text.auto_reply import detect_auto_reply
    text = ("Hi Lucy,\n\nPlease go ahead with the 40 places on the refresher, invoice to the usual address.\n\n"
            "Best regards,\nColin Rafferty\n\nWinter opening hours: our office is closed from 24 December to 6 January "
            "inclusive and reopens on Thursday 7 January. From then until 31 January the front desk is staffed 9-13 only.")
    assert not detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2027, 1, 6, 8),
                                 tz="Europe/Madrid").is_auto


def test_a_return_day_in_words_when_no_figures_name_it():
    assert _back("Out of office: back at my desk on the twenty-third of November.") == "2026-11-23"
    # the 26th is a Saturday: the first working day after it is the Monday
    assert _back("Abwesenheitsnotiz: Ich bin am ersten Werktag nach dem zweiten Weihnachtstag wieder im Büro.") \
        == "2026-12-28"
    assert _back("Réponse automatique : je serai de retour le lendemain de Noël.") == "2026-12-26"
    # a date in figures still wins over one in words
    assert _back("Out of office until 20 November, back the day after Thanksgiving.") == "2026-11-20"


def test_the_day_first_then_again_in_the_office_is_the_return_day():
    # "again" for "back", as a German or Finnish writer says it
    assert _back("Automatic reply: I am on summer holiday. From Monday 4 January I am again in the office.") \
        == "2027-01-04"


@pytest.mark.parametrize("text, day", [
    ("Our office is closed for the break and reopens on Monday 30 November 2026.", "2026-11-30"),
    ("We will resume business on Tuesday, December 1. We will answer your email after that.", "2026-12-01"),
    ("I am on annual leave and will return to the University on Tuesday 1 December 2026.", "2026-12-01"),
    ("Resposta automática: estou de férias e retorno no dia 1º de dezembro.", "2026-12-01"),
])
def test_an_office_reopening_business_resumed_a_return_to_a_place_and_an_ordinal_day(text, day):
    assert _back(text) == day


@pytest.mark.parametrize("text", [
    "I am on summer vacation from August 7 to August 11. I will return to the office on Monday, August 14.",
    "Ich bin im Sommerurlaub und ab Montag, 14. August wieder im Büro.",
    "Je suis en vacances jusqu'au vendredi 11 août inclusivement, de retour au bureau le lundi 14 août.",
])
def test_a_seasonal_vacation_is_an_out_of_office_notice_without_the_header_flag(text):
    # "on summer vacation", "im Sommerurlaub", "en vacances": the season named before the leave changes nothing
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at is not None, text


@pytest.mark.parametrize("text, day", [
    ("Réponse automatique : nos bureaux sont fermés jusqu'au vendredi 20 novembre inclus.", "2026-11-23"),
    ("Automatisch antwoord: ons kantoor is gesloten tot en met vrijdag 20 november.", "2026-11-23"),
    ("Abwesenheitsnotiz: Ich bin bis einschließlich Freitag, 20. November im Urlaub.", "2026-11-23"),
    ("Out of office through Friday, November 20.", "2026-11-23"),
    ("Respuesta automática: estaré fuera hasta el viernes 20 de noviembre incluido.", "2026-11-23"),
    ("Risposta automatica: sono in ferie fino al venerdì 20 novembre compreso.", "2026-11-23"),
    ("Resposta automática: estou de férias até 20 de novembro (inclusive).", "2026-11-23"),
    ("Autosvar: jeg er på ferie til og med 20. november.", "2026-11-23"),
    ("Out of office through Thursday, November 19.", "2026-11-20"),  # a weekday included: back the day after
])
def test_a_closure_until_a_day_inclusive_returns_on_the_next_working_day(text, day):
    assert _back(text) == day


def test_a_closure_notice_opening_with_thanks_and_naming_the_day_back():
    text = ("Vielen Dank für Ihre Nachricht. Unser Betrieb befindet sich vom 9. bis einschließlich 20. November in den "
            "Werksferien. Ab Montag, 23. November sind wir wieder für Sie da.")
    assert _read(text) == (True, "2026-11-23")
    # a person's letter opening with thanks and a closure, with no day back, is no notice
    assert not _read("Vielen Dank für Ihre Nachricht. Das Lager ist geschlossen, wir melden uns.")[0]


def test_a_notice_after_a_nameless_greeting_and_will_be_back():
    # "Kia ora, thanks for your email": a greeting that names nobody before the thanks; "and will be back" the return
    text = ("Kia ora, thanks for your email. I'm away from the office until after Boxing Day and will be back the next "
            "working day.")
    assert _read(text) == (True, "2026-12-28")  # Boxing Day 2026 is a Saturday: back on Monday the 28th
    chat = "Hi Sam, thanks for your email. I'm away at the fair and will be back to you on the price."
    assert not _read(chat)[0]  # a person greets by name


@pytest.mark.parametrize(("text", "back"), [
    ("Good day! I am on leave from October 14, and our office is closed on Friday, November 1 for All Saints' Day. I "
     "will be back at work on Monday, November 4. Thank you for your patience.", "2030-11-04"),
    ("Thank you for your message. I am on autumn holiday and not reading e-mail. I am back in the office on Thursday 17 "
     "October.", "2030-10-17"),
])
def test_a_notice_without_headers_said_by_a_leave_and_its_dated_return(text, back):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2030, 10, 14, 14, 30), tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == back


@pytest.mark.parametrize("text, day", [
    ("Thank you for your mail. I am away on assignment and will resume on Thursday, November 19. Your mail will be "
     "attended to upon my return.", "2026-11-19"),
    ("Réponse automatique : je suis absente et je reprendrai le travail le lundi 23 novembre. En cas d'urgence, "
     "contactez Marc.", "2026-11-23"),
    ("Risposta automatica: sono fuori ufficio e riprendo servizio il 23 novembre. Per urgenze scrivere a Marco.",
     "2026-11-23"),
    ("Respuesta automática: estoy fuera de la oficina y retomo el 23 de noviembre. Para urgencias, Ana.", "2026-11-23"),
    ("Automatisch antwoord: ik ben afwezig en hervat mijn werk op 23 november. Voor spoed: Jan.", "2026-11-23"),
])
def test_resume_said_without_what_is_resumed_names_the_day_back(text, day):
    assert _read(text) == (True, day)


# a leave with words before it ("on official leave", "on long service leave"), the return verb contracted ("I'll be back
# at the marina on"), and the return said after "nach meiner Rückkehr am" / "na mijn terugkeer op"
@pytest.mark.parametrize(("text", "back"), [
    ("Good day! I am on official leave and will report back to the office on Monday, May 12. Your email will be "
     "attended to upon my return. For urgent concerns, kindly contact our reservations team.", "2031-05-12"),
    ("Thanks for your email. I'm on long service leave until Friday 6 June and then it's the King's Birthday long "
     "weekend, so I'll be back at the marina on Tuesday 10 June. For berth enquiries please contact the marina office.",
     "2031-06-10"),
    ("Diese Nachricht wurde automatisch erstellt.\n\nIch befinde mich im Urlaub und lese meine E-Mails erst nach meiner "
     "Rückkehr am Montag, 9. Juni. In dringenden Fällen wenden Sie sich bitte an unsere Rezeption.", "2031-06-09"),
])
def test_a_leave_with_its_kind_said_and_the_day_back_after_a_return_verb(text, back):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2031, 5, 7, 14, 0), tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == back


@pytest.mark.parametrize("text, back", [
    ("Risposta automatica.\nIl negozio resta chiuso da venerdì 13 novembre a domenica 15 novembre.\n"
     "Riapriamo lunedì 16 novembre: risponderemo alla sua e-mail in quella data.", "2026-11-16"),
    ("Vielen Dank für Ihre Nachricht.\nIch bin bis einschließlich Freitag, 13. November nicht im Laden und lese in "
     "dieser Zeit keine E-Mails.\nAb Montag, 16. November bin ich wieder für Sie da.", "2026-11-16"),
])
def test_the_day_a_shop_reopens_or_its_keeper_is_back_is_the_return(text, back):
    reply = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert reply.is_auto and reply.return_at is not None
    assert reply.return_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(TZ)).date().isoformat() == back


def test_the_writers_own_day_back_after_the_office_reopens_wins():
    text = ("This is an automated response.\n\nOur offices are closed from 24 November and reopen on Monday 30 "
            "November. I am taking some extra leave after that, so I will only be back on Thursday 3 December.")
    reply = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert reply.is_auto
    assert reply.return_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(TZ)).date().isoformat() == "2026-12-03"


@pytest.mark.parametrize("text, sent, tz, day", [
    # a date with its own year, after a place named and a holiday week just begun: that date, not the holiday's next year
    ("I am away for the Labor Day week. I will be back at Harbor Point Clinic on Monday, September 11, 2028.",
     datetime(2028, 9, 5, 14, 0), "America/New_York", "2028-09-11"),
    ("I am away for the Labor Day week and will be back at Riverside Motors on Monday, September 9, 2030.",
     datetime(2030, 9, 3, 14, 0), "America/Chicago", "2030-09-09"),
    ("Out for the holidays. I will be back at Northgate Leasing on Tuesday, January 4, 2033.",
     datetime(2032, 12, 20, 14, 0), "America/New_York", "2033-01-04"),
    ("I am on annual leave and will be back at Kew Dental on Monday 13 September 2032.",
     datetime(2032, 9, 7, 12, 0), "Europe/London", "2032-09-13"),
    # the Spanish day back with where to, and a holiday named after it in brackets
    ("Me encuentro de vacaciones y regreso a la oficina el lunes 4 de octubre (el domingo 3 de octubre es festivo).",
     datetime(2032, 9, 27, 12, 0), "Europe/Madrid", "2032-10-04"),
    ("Estoy de vacaciones; vuelvo a la oficina el martes 12 de octubre.",
     datetime(2032, 9, 27, 12, 0), "Europe/Madrid", "2032-10-12"),
])
def test_a_dated_day_back_keeps_its_year_and_its_place(text, sent, tz, day):
    got = detect_auto_reply(auto_submitted=False, subject="Automatic reply: quote", text=text, sent_at=sent, tz=tz)
    assert got.is_auto and got.return_at is not None
    assert got.return_at.astimezone(ZoneInfo(tz)).date().isoformat() == day


@pytest.mark.parametrize("subject, text", [
    ("Automatiskt svar: Re: Offert", "Tack för ditt mejl."),  # sv
    ("Αυτόματη απάντηση: Προσφορά", "Σας ευχαριστώ για το μήνυμά σας."),  # el
    ("Balasan otomatis: Penawaran", "Terima kasih atas email Anda."),  # id
    ("Balasan automatik: Sebut harga", "Terima kasih atas e-mel anda."),  # ms
    ("Automatisk svar: Tilbud", "Tak for din mail."),  # da
])
def test_an_automatic_reply_subject_in_the_other_languages(subject, text):
    got = detect_auto_reply(auto_submitted=False, subject=subject, text=text, sent_at=datetime(2026, 11, 10, 15),
                            tz="Europe/Berlin")
    assert got.is_auto


@pytest.mark.parametrize("text, day", [
    ("Ämne: Automatiskt svar: Re: Offert på däck\n\nHej, jag har semester och är tillbaka på kontoret måndag 16 november.",
     "2026-11-16"),
    ("Subjek: Balasan otomatis: Penawaran ban\n\nSaya sedang cuti dan akan kembali ke kantor pada hari Senin, "
     "16 November 2026.", "2026-11-16"),
    ("Perkara: Balasan automatik: Sebut harga tayar\n\nSaya sedang bercuti dan akan kembali bertugas pada hari Isnin, "
     "16 November 2026.", "2026-11-16"),
    ("Θέμα: Αυτόματη απάντηση: Προσφορά\n\nΛείπω με άδεια και θα επιστρέψω στο γραφείο τη Δευτέρα 16 Νοεμβρίου.",
     "2026-11-16"),
])
def test_a_pasted_subject_line_with_the_subject_it_answers_is_a_title(text, day):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 11, 10, 15),
                            tz="Europe/Berlin")
    assert got.is_auto and got.return_at is not None
    assert got.return_at.astimezone(ZoneInfo("Europe/Berlin")).date().isoformat() == day


@pytest.mark.parametrize("text", [
    "Subject: Auto - leasing offer for the fleet\n\nHi Tom, thanks for the figures, send me the contract.",
    "Subject: Auto parts order\n\nPlease send the invoice with the next delivery.",
])
def test_a_subject_about_cars_is_no_title(text):
    assert not detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=datetime(2026, 11, 10, 15),
                                 tz="Europe/Berlin").is_auto


def test_a_return_verb_then_where_to_in_portuguese_wins_over_the_days_around_it():
    from datetime import datetime

    from followup.text.wishes import detect_auto_reply

    text = ("Estou de férias até sexta-feira, 13 de novembro. Como segunda-feira, 16 de novembro, é feriado, retorno ao "
            "escritório na terça-feira, 17 de novembro.")
    got = detect_auto_reply(auto_submitted=False, subject="Resposta automática", text=text,
                            sent_at=datetime(2026, 11, 10, 12, 0), tz="America/Sao_Paulo")
    assert got.is_auto and got.return_at.date().isoformat() == "2026-11-17"


@pytest.mark.parametrize("text, day", [
    # a title in a language not read, then English that says "away" and the day back
    ("Jibu la kiotomatiki: Re: Offer\n\nAsante.\nI am away and will return to the office on Monday, 16 November 2026.",
     "2026-11-16"),
    ("Автовідповідь: Re: Offer\n\nI'm travelling and will be back in the office on 17 November.", "2026-11-17"),
    # the title in brackets after the subject's label, and the Portuguese day back after a feast day
    ("Assunto: [Resposta automática] Re: Proposta\n\nEstou de férias até sexta-feira, 13 de novembro. Segunda-feira, "
     "16 de novembro, é feriado.\nEstarei de volta na terça-feira, 17 de novembro.", "2026-11-17"),
    ("Oggetto: [Risposta automatica] Re: Offerta\n\nSono in ferie fino al 13 novembre.", "2026-11-13"),
    ("Onderwerp: (Automatisch antwoord) Re: Offerte\n\nIk ben afwezig tot 19 november.", "2026-11-19"),
])
def test_a_notice_titled_in_any_language_or_in_brackets_and_its_day_back(text, day):
    assert _read(text) == (True, day)


@pytest.mark.parametrize("text", [
    "Hi Sam: Re: your offer\nI am away this week and will be back in the office on Monday 16 November, call me then.",
    "Estarei de volta na segunda-feira, 16 de novembro, e vejo a proposta então.",
])
def test_a_person_away_with_a_day_back_is_no_notice(text):
    assert _read(text)[0] is False


@pytest.mark.parametrize("text, day", [
    ("Je suis en congé du 16 au 20 novembre. Je serai de retour au cabinet le lundi 23 novembre.", "2026-11-23"),
    ("Je suis absent. Je serai de retour à la boutique le 24 novembre.", "2026-11-24"),
])
def test_the_french_day_back_said_with_the_place_returned_to(text, day):
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == day, got


def test_a_pasted_subject_with_the_automatic_title_in_brackets_after_its_own_title():
    text = "Betreff: Eingeschränkt erreichbar (Automatische Antwort) - Re: Angebot\n\nDanke für Ihre Nachricht."
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at is None


def test_a_flemish_notice_on_leave_with_an_urgent_contact_and_no_date():
    text = ("Bedankt voor uw e-mail. Ik ben momenteel met verlof. Voor dringende zaken kan u het onthaal bellen.")
    assert _read(text) == (True, None)


def test_a_flemish_leave_mentioned_in_a_letter_is_no_notice():
    assert _read("Ik ben volgende maand met verlof, dus laten we nu afspreken.") == (False, None)


@pytest.mark.parametrize("text", [
    "Objet : Absence : RE: Devis tables pliantes\n\nBonjour,\nLe magasin est fermé jusqu'au 30 novembre.",
    "Oggetto: Fuori sede - Re: Ordine tovagliato\n\nGentile cliente,\nrisponderò alla sua e-mail al mio rientro.",
    "Onderwerp: Afwezig: Offerte stoelen\n\nBeste,\nIk lees uw bericht na mijn terugkeer.",
])
def test_an_away_title_on_a_pasted_subject_line_makes_a_notice(text):
    assert detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ).is_auto


def test_an_away_title_makes_no_notice_off_a_subject_line_or_as_a_word_of_the_subject():
    for text in ("Absence: we noticed the invoice for October is missing.",
                 "Subject: Absence of the delivery note - can you resend it?\n\nThanks, Jo"):
        assert not detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ).is_auto, text


def test_the_french_notice_with_its_closure_and_day_back_is_back_that_day():
    text = ("Objet : Absence : RE: Commande\n\nBonjour,\nLa boutique est fermée du lundi 16 novembre au jeudi 19 "
            "novembre inclus. Je serai de retour le vendredi 20 novembre.")
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    assert got.is_auto and got.return_at.date().isoformat() == "2026-11-20"
