"""Waits, pauses, times of day and channels in the languages of followup/text/wish_tongues.py: asked, never certain,
with the end of a wait read from its words; and look-alikes that ask nothing (sentences written for this test)."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text import wish_maybe
from followup.text.wish_tongues import tongue_wish
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
TZ = "America/Chicago"


def _local_day(moment: datetime) -> str:
    """Naive UTC -> the calendar day in Chicago, as ISO."""
    return moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(TZ)).date().isoformat()


def _read(text: str) -> dict[str, tuple[bool, str | None]]:
    """kind (time and channel apart) -> (certain, value) of each wish read in a message."""
    out = {}
    for w in detect_wishes(text, SENT, TZ):
        if w.preference:
            kind, value = w.preference.split(":", 1)
        else:
            kind, value = w.kind, (_local_day(w.until) if w.until else None)
        out.setdefault(kind, (w.certain, value))
    return out


@pytest.mark.parametrize("text, until", [
    ("Proszę nie dzwonić do mnie przed piątkiem, mamy inwentaryzację.", "2026-11-13"),  # pl
    ("Dejte mi prosím dva týdny, musím to probrat se společníkem.", "2026-11-24"),  # cs
    ("Пожалуйста, не пишите мне до конца месяца.", "2026-11-30"),  # ru
    ("Дайте мені тиждень, я все порахую.", "2026-11-17"),  # uk
    ("Моля, не ми звънете до петък.", "2026-11-13"),  # bg
    ("Molim vas, nemojte me zvati do ponedjeljka.", "2026-11-16"),  # hr
    ("Μην μου τηλεφωνήσετε πριν από τις 5 Δεκεμβρίου.", "2026-12-05"),  # el
    ("Lütfen pazartesiye kadar beni aramayın.", "2026-11-16"),  # tr
    ("来週の金曜日までは連絡しないでください。", "2026-11-20"),  # ja: Friday of next week
    ("月底之前请不要联系我。", "2026-11-30"),  # zh
    ("다음 주 수요일까지는 전화하지 마세요.", "2026-11-18"),  # ko
    ("أرجو عدم الاتصال بي قبل نهاية الشهر.", "2026-11-30"),  # ar
    ("תן לי שבועיים לחשוב על זה.", "2026-11-24"),  # he: "two weeks" in one word
    ("कृपया शुक्रवार तक फ़ोन मत कीजिए।", "2026-11-13"),  # hi
    ("Ge mig ett par veckor, så återkommer jag.", "2026-11-24"),  # sv
    ("Vennligst ikke kontakt meg før fredag.", "2026-11-13"),  # no
    ("Älkää soittako ennen maanantaita.", "2026-11-16"),  # fi
    ("Kérem, ne hívjanak a hónap végéig.", "2026-11-30"),  # hu
    ("Vă rog să nu mă sunați până vineri.", "2026-11-13"),  # ro
    ("Anh đừng gọi cho em trước thứ sáu nhé.", "2026-11-13"),  # vi
    ("Tolong jangan hubungi saya sampai akhir bulan.", "2026-11-30"),  # id
    ("กรุณาอย่าโทรมาจนถึงสิ้นเดือน", "2026-11-30"),  # th
    ("Tafadhali nipe wiki mbili nifikirie.", "2026-11-24"),  # sw: the count after the unit
    ("Gee my asseblief twee weke om daaroor te dink.", "2026-11-24"),  # af
    ("Нам нужно примерно три недели, потом я сам напишу.", "2026-12-01"),  # ru: a need of time
    ("Bana birkaç gün süre verin, sonra size dönerim.", "2026-11-13"),  # tr: a few days
])
def test_a_wait_is_asked_with_its_end(text, until):
    assert _read(text).get("quiet") == (False, until)


@pytest.mark.parametrize("text", [
    "Поки рада не збереться, прошу не нагадувати.",  # uk: until an undated meeting
    "До тех пор, пока совет не решит, не звоните мне, пожалуйста.",  # ru
])
def test_a_wait_for_an_undated_event_is_asked_for_a_week(text):
    assert _read(text).get("quiet") == (False, "2026-11-17")


@pytest.mark.parametrize("text", [
    "Na razie wstrzymujemy ten projekt, wrócimy do tematu w przyszłym roku.",  # pl
    "Zatím projekt odkládáme, ozveme se příští rok.",  # cs
    "Мы решили пока отложить закупку.",  # ru
    "Поки що ми призупинили проєкт.",  # uk
    "Προς το παρόν παγώσαμε το έργο.",  # el
    "Projeyi şimdilik askıya aldık.",  # tr
    "今回は見送りとさせていただきます。",  # ja
    "这个项目暂时搁置，明年再说。",  # zh
    "이번 건은 당분간 보류하겠습니다.",  # ko
    "قررنا تأجيل المشروع حالياً.",  # ar
    "החלטנו להקפיא את הפרויקט כרגע.",  # he
    "फ़िलहाल हमने यह योजना टाल दी है।",  # hi
    "Vi skjuter upp inköpet till nästa år.",  # sv (choosing another supplier is read by wish_elsewhere)
    "Päätimme lykätä hankintaa ensi vuoteen.",  # fi
    "Egyelőre felfüggesztjük a projektet.",  # hu
    "Deocamdată am amânat proiectul.",  # ro
    "Hiện tại chúng tôi tạm dừng dự án này.",  # vi
    "Untuk saat ini proyeknya kami tunda dulu.",  # id
    "ตอนนี้ขอเลื่อนออกไปก่อน",  # th
    "Kwa sasa tumeamua kuahirisha mradi.",  # sw
])
def test_a_pause_is_asked(text):
    assert _read(text).get("paused") == (False, None)


@pytest.mark.parametrize("text, part", [
    ("Звоните мне лучше утром.", "morning"),  # ru
    ("Najlepiej dzwonić do mnie po południu.", "afternoon"),  # pl
    ("Beni akşam arayabilir misiniz? Gündüz işteyim.", "evening"),  # tr
    ("お電話は夕方にいただけると助かります。", "evening"),  # ja
    ("请下午给我打电话。", "afternoon"),  # zh
    ("전화는 저녁에 주시면 좋겠습니다.", "evening"),  # ko
    ("أفضل أن تتصل بي في المساء.", "evening"),  # ar
    ("עדיף להתקשר אליי בבוקר.", "morning"),  # he
    ("मुझे सुबह फ़ोन करना बेहतर रहेगा।", "morning"),  # hi
    ("Ring mig helst på eftermiddagen.", "afternoon"),  # sv
    ("Soittakaa mieluummin iltapäivällä.", "afternoon"),  # fi
    ("Inkább reggel hívjon.", "morning"),  # hu
    ("Prefer să mă sunați dimineața.", "morning"),  # ro
    ("Anh gọi cho tôi vào buổi tối nhé.", "evening"),  # vi
    ("Sebaiknya telepon saya pagi hari.", "morning"),  # id
    ("Καλύτερα να με πάρετε τηλέφωνο το απόγευμα.", "afternoon"),  # el
    ("Rano jestem w hali i nie odbieram. Proszę dzwonić wieczorem.", "evening"),  # pl: the bad part said first
    ("请3点以后给我打电话。", "afternoon"),  # zh: an hour before its "after"
    ("Kérem, 10 előtt hívjon.", "morning"),  # hu: before ten
    ("Prosím volejte až po 17 hodině.", "evening"),  # cs: after five
    ("फ़ोन शाम 6 बजे के बाद करें।", "evening"),  # hi
])
def test_a_time_of_day_is_asked(text, part):
    assert _read(text).get("time") == (False, part)


@pytest.mark.parametrize("text, channel", [
    ("Wolę kontakt mailowy, rzadko odbieram telefon.", "email"),  # pl
    ("Лучше пишите на почту, по телефону я не отвечаю.", "email"),  # ru
    ("Raději mi pište e-mailem, telefon nezvedám.", "email"),  # cs
    ("Telefon yerine e-posta ile yazarsanız sevinirim.", "email"),  # tr: the refused one before "yerine"
    ("メールではなく電話でご連絡ください。", "phone"),  # ja
    ("请用电话联系我，不要发邮件。", "phone"),  # zh
    ("أرجو التواصل معي عبر الهاتف فقط.", "phone"),  # ar
    ("עדיף לי במייל, אני לא עונה לטלפון.", "email"),  # he
    ("कृपया फ़ोन के बजाय ईमेल भेजें।", "email"),  # hi
    ("Mejla mig hellre, jag svarar sällan i telefon.", "email"),  # sv
    ("Send meg heller en e-post, jeg tar sjelden telefonen.", "email"),  # no
    ("Lähettäkää mieluummin sähköpostia.", "email"),  # fi
    ("Inkább e-mailben írjon, a telefont ritkán veszem fel.", "email"),  # hu
    ("Hubungi saya melalui email saja, saya jarang angkat telepon.", "email"),  # id
    ("Chị chỉ liên hệ qua email thôi nhé.", "email"),  # vi
])
def test_a_channel_is_asked(text, channel):
    assert _read(text).get("channel") == (False, channel)


@pytest.mark.parametrize("text", [
    "Dostawa dotrze do piątku.",  # pl: goods arrive by Friday
    "Счёт нужно оплатить до 1 декабря.",  # ru: a deadline, not a wait
    "Dejte mi vědět do pátku, jestli to platí.",  # cs: "let me know by Friday"
    "Zadzwonię jutro rano.",  # pl: the customer will call tomorrow morning
    "내일 오전에 전화 드리겠습니다.",  # ko: the same
    "我们仓库上午8点到下午4点收货。",  # zh: receiving hours
    "Rano jestem zajęty, nie dzwońcie wtedy.",  # pl: a bad part of the day prefers none
    "Мой телефон и почта указаны в подписи.",  # ru: channels named, none asked for
    "Dzwoniłem wczoraj, ale nikt nie odebrał.",  # pl: a call tried
    "Møtet er flyttet til fredag kl. 10.",  # no: a meeting moved
    "Uitați de mesajul meu de săptămâna trecută, putem discuta.",  # ro: last week's message
    "Teslimat için lütfen pazartesi günü depoyu arayın.",  # tr: call the warehouse on Monday
    "谢谢，报价收到了，下周一开会讨论。",  # zh: a meeting next Monday
    "Kami menunggu kiriman sampai hari Jumat.",  # id: waiting for a delivery
    "Dostawa po 15:00.",  # pl: a delivery after three
    "Anh gửi hàng trước ngày 19 giúp em nhé.",  # vi: goods before the 19th (a day, not an hour)
])
def test_a_look_alike_asks_nothing_of_these_kinds(text):
    read = _read(text)
    assert not {"quiet", "paused", "time", "channel"} & set(read), read


def test_a_wait_with_its_end_outranks_an_opt_out_there():
    read = _read("Mohon jangan hubungi saya sebelum 18 Disember kerana kami sibuk dengan audit.")  # ms
    assert read.get("quiet") == (False, "2026-12-18")
    assert "do_not_contact" not in read


def test_an_opt_out_without_an_end_stays_an_opt_out():
    read = _read("Proszę więcej do mnie nie pisać.")  # certain since wish_optout_far reads Polish
    assert read.get("do_not_contact") == (True, None)
    assert "quiet" not in read


def test_the_languages_are_told_from_the_whole_message():
    local = SENT.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(TZ))
    sentence = "Kan du vente til etter den 20.?"  # no Norwegian-only word in the sentence itself
    message = "Hei Jonas, takk for tilbudet. " + sentence
    assert tongue_wish(sentence, sentence, local, ZoneInfo(TZ)) is None
    wish = tongue_wish(sentence, sentence, local, ZoneInfo(TZ), message)
    assert wish is not None and wish.kind == "quiet" and not wish.certain
    assert _local_day(wish.until) == date(2026, 11, 20).isoformat()


def test_switched_off_the_tables_read_nothing(monkeypatch):
    monkeypatch.setattr(wish_maybe, "TONGUES", False)
    assert "time" not in _read("Звоните мне лучше утром.")


@pytest.mark.parametrize("text", [
    "Όχι προς το παρόν, ίσως του χρόνου.",  # "no" is a refusal of its own
    "Για φέτος όχι, ίσως την άλλη χρονιά.",
    "Προς το παρόν δεν θα προχωρήσουμε με την ανανέωση. Ίσως το ξαναδούμε του χρόνου.",
    "Δεν είναι η κατάλληλη στιγμή, ίσως αργότερα.",
])
def test_a_greek_not_now_is_an_asked_pause(text):
    assert _read(text).get("paused") == (False, None)


@pytest.mark.parametrize("text", [
    "Δεν μπορώ να μιλήσω τώρα, θα σας πάρω αργότερα.",  # can't talk now, will call later
    "Θα προχωρήσουμε με την παραγγελία προς το παρόν.",  # going ahead
])
def test_a_greek_call_back_or_go_ahead_is_no_pause(text):
    assert "paused" not in _read(text)


@pytest.mark.parametrize("text, until", [
    ("Prosím, nevolejte mi dříve než dvacátého pátého.", "2026-11-25"),  # cs: "not before" an ordinal word, compound
    ("Proszę nie dzwonić przed piętnastym.", "2026-11-15"),  # pl: an ordinal word after "before"
    ("Не пишите мне до двадцатого, пожалуйста.", "2026-11-20"),  # ru
    ("Potrzebujemy trzech tygodni na decyzję.", "2026-12-01"),  # pl: a count in the genitive
    ("Θα ήθελα δύο εβδομάδες για να το μελετήσω.", "2026-11-24"),  # el: "I'd like" + a length
    ("תנו לי חודש לבדוק את זה.", "2026-12-10"),  # he: the unit inside the asking words
    ("أحتاج إلى أسبوع لمراجعة العقد.", "2026-11-17"),  # ar: "I need" + a preposition + a bare unit
    ("Älkää soittako ennen 4. joulukuuta.", "2026-12-04"),  # fi: the ordinal day's period ends no sentence
])
def test_more_waits_are_asked_with_their_end(text, until):
    assert _read(text).get("quiet") == (False, until)


def test_contact_held_until_then_is_a_wait_for_an_event():
    assert _read("그때까지 메일은 잠시 보류해 주시기 바랍니다.").get("quiet") == (False, "2026-11-17")  # ko


@pytest.mark.parametrize("text", [
    "Зараз ми не готові, покупку відклали.",  # uk: "now ... not" and a past "put off"
    "지금은 때가 아닌 것 같습니다.",  # ko: "now is not the time"
])
def test_more_pauses_are_asked(text):
    assert _read(text).get("paused") == (False, None)


@pytest.mark.parametrize("text, value", [
    ("कृपया कॉल की बजाय ईमेल कीजिए, वह मेरे लिए बेहतर है।", "channel:email"),  # hi: "की बजाय" (instead of)
    ("통화보다는 메일로 보내 주시면 좋겠습니다.", "channel:email"),  # ko: "rather than" after the refused one
    ("Προτιμώ το τηλέφωνο· στο email δύσκολα απαντώ.", "channel:phone"),  # el: a raised-dot clause, "hardly"
    ("Můžete mi zavolat, ideálně ráno.", "time:morning"),  # cs: "ideally" in a clause of its own
])
def test_more_preferences_are_asked(text, value):
    kind, part = value.split(":")
    assert _read(text).get(kind) == (False, part)


@pytest.mark.parametrize("text", [
    "Proszę wstrzymać wysyłkę do poniedziałku.",  # pl: a shipment held, not contact
    "Przekazuję odpowiedź klienta: oni proszą, żeby więcej do nich nie pisać.",  # pl: someone else's refusal
    "Наш партнёр ответил: они просят больше им не звонить.",  # ru: the same
    "Prosím odeberte pana Dvořáka z kopie, už u nás nepracuje.",  # cs: someone named taken off the copy line
    "Удалите Марину Соколову из рассылки, она уволилась.",  # ru: the same
])
def test_a_held_shipment_or_someone_elses_refusal_asks_nothing(text):
    read = _read(text)
    assert not {"quiet", "do_not_contact"} & set(read), read
