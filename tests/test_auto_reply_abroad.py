"""Out-of-office notices in the ten languages of followup/text/auto_reply_abroad.py, read through detect_auto_reply:
a notice with its day back, and look-alikes that are a person writing (sentences written for this test)."""
from datetime import date, datetime

import pytest

from followup.text.auto_reply_abroad import day_back_abroad, may_be_abroad
from followup.text.wishes import detect_auto_reply

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
TZ = "America/Chicago"


def _read(text: str) -> tuple[bool, str | None]:
    """(is an auto-reply, the ISO day back or None)."""
    got = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ)
    return got.is_auto, (got.return_at.date().isoformat() if got.return_at else None)


@pytest.mark.parametrize("text, back", [
    ("Ek is tans nie op kantoor nie en sal op 23 November terug wees. Vir dringende sake, kontak ons kantoor.",
     "2026-11-23"),  # af
    ("Outomatiese antwoord: Ek is met verlof en sal weer op Maandag 16 November op kantoor wees.", "2026-11-16"),
    ("안녕하세요. 현재 휴가 중이며 11월 23일에 복귀할 예정입니다. 급한 용무는 사무실로 연락 주세요.", "2026-11-23"),  # ko
    ("자동 응답: 저는 11월 20일까지 부재중입니다.", "2026-11-23"),  # "까지": the last day away, a Friday
    ("Автоответ: я в командировке и вернусь в офис в понедельник, 23 ноября.", "2026-11-23"),  # ru
    ("Я нахожусь в отпуске до 20 ноября. По срочным вопросам пишите коллеге.", "2026-11-20"),
    ("أنا خارج المكتب حاليًا وسأعود في 23 نوفمبر. للأمور العاجلة يرجى التواصل مع زميلي.", "2026-11-23"),  # ar
    ("رد تلقائي: أنا في إجازة حتى 20 تشرين الثاني.", "2026-11-20"),  # the Levant's month name
    ("תשובה אוטומטית: אני בחופשה ואחזור ב-23 בנובמבר.", "2026-11-23"),  # he
    ("אני נמצא מחוץ למשרד עד 20 בנובמבר. לעניינים דחופים אנא פנו לעמית שלי.", "2026-11-20"),
    ("Odpowiedź automatyczna: jestem poza biurem. Wracam 23 listopada.", "2026-11-23"),  # pl
    ("Autosvar\n\nJag är på tjänsteresa och tillbaka på kontoret den 23 november.", "2026-11-23"),  # sv
    ("お問い合わせありがとうございます。11月20日まで休暇をいただいております。11月23日より順次対応いたします。",
     "2026-11-23"),  # ja
    ("自動返信：不在のため、11月23日に戻ります。", "2026-11-23"),
    ("您好，我目前正在休假，将于11月23日返回办公室。如有急事，请联系我的同事。", "2026-11-23"),  # zh
    ("自动回复：我将于11月20日前不在办公室。", "2026-11-20"),  # "前": not in before that day
    ("Otomatik yanıt: Ofis dışındayım, 23 Kasım'da döneceğim.", "2026-11-23"),  # tr
    ("Otomatik yanıt\n\nMerhaba, 13 Kasım'a kadar fuardayım.", "2026-11-13"),  # the title alone on its line
])
def test_a_notice_is_an_auto_reply_with_its_day_back(text, back):
    assert _read(text) == (True, back)


@pytest.mark.parametrize("text", [
    "Я в отпуске, отдыхаю на море! Как у вас дела?",  # on leave, no day back, no urgent matters: a person
    "Пришлите, пожалуйста, счёт до 20 ноября.",  # a deadline, nobody away
    "我们下周开会讨论这个方案，11月23日给您答复。",  # an answer promised on a day
    "Ek is bly om te hoor dat die projek vorder.",  # Afrikaans chat
    "11월 20일까지 견적서를 보내 주세요.",  # "please send the quote by the 20th"
])
def test_a_person_writing_is_no_auto_reply(text):
    assert _read(text) == (False, None)


def test_only_text_beyond_ascii_or_with_the_languages_words_is_read():
    assert not may_be_abroad("Thanks, see you on the 23rd.")
    assert may_be_abroad("Ek is met verlof.") and may_be_abroad("Я в отпуске.")
    assert day_back_abroad("вернусь 31 ноября", date(2026, 11, 10)) is None  # no such day


@pytest.mark.parametrize("text, back", [
    ("Sjálfvirkt svar. Ég er í fríi og kem aftur til vinnu mánudaginn 16. nóvember.", "2026-11-16"),  # is
    ("Ég er fjarverandi. Verð aftur á skrifstofunni 18. nóvember. Ef erindið er áríðandi, hringið í skiptiborðið.",
     "2026-11-18"),
])
def test_an_icelandic_notice_and_its_day_back(text, back):
    assert _read(text) == (True, back)
