"""Opt-outs in the languages no other opt-out table reads (followup/text/wish_optout_far.py)."""
from datetime import datetime

import pytest

from followup.text.wish_optout_far import far_opt_out_limited
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15)


def _dnc(text: str) -> list[bool]:
    """Whether each opt-out read in the text is certain."""
    return [w.certain for w in detect_wishes(text, SENT, "America/Chicago") if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Proszę o usunięcie mojego adresu z Państwa bazy i niewysyłanie mi więcej ofert.",  # Polish
    "Proszę więcej do mnie nie pisać. Nie jestem zainteresowany współpracą.",
    "Prosím, nekontaktujte mě již s dalšími nabídkami a vymažte mou adresu ze svého seznamu.",  # Czech
    "Prosím, už ma nekontaktujte a odstráňte môj e-mail zo svojho zoznamu.",  # Slovak
    "Molim Vas da me više ne kontaktirate i da moju adresu obrišete iz svoje baze.",  # Serbian / Croatian
    "Lūdzu, vairs ar mani nesazinieties un izņemiet mani no sava adresātu saraksta.",  # Latvian
    "Jag vill inte få fler mejl från er - vänligen kontakta mig inte igen.",  # Swedish
    "Sluta skicka mejl till mig och ta bort mina uppgifter ur ert register, tack.",  # "till mig" is no end in time
    "Jeg ønsker ikke at modtage flere henvendelser fra jer.",  # Danish
    "Jeg ønsker ikke å bli kontaktet av dere igjen, verken på e-post eller telefon.",  # Norwegian
    "Älkää enää ottako minuun yhteyttä, ja poistakaa tietoni rekisteristänne.",  # Finnish
    "Lütfen bana bir daha e-posta göndermeyin ve adresimi listenizden çıkarın.",  # Turkish
    "Прошу больше не писать мне и удалить мой адрес из вашей рассылки.",  # Russian
    "Будь ласка, більше не пишіть мені та видаліть мої дані з вашої бази.",  # Ukrainian
    "Моля, не ми изпращайте повече имейли и изтрийте данните ми от вашия списък.",  # Bulgarian
    "Vă rog să nu mă mai contactați și să îmi ștergeți datele.",  # Romanian
    "Παρακαλώ μην επικοινωνείτε ξανά μαζί μου και διαγράψτε τα στοιχεία μου.",  # Greek
    "Kérem, a jövőben ne keressenek többé, és töröljék az adataimat a levelezőlistájukról.",  # Hungarian
    "今後、営業メールの送信は停止してください。",  # Japanese
    "더 이상 광고 메일을 보내지 말아 주세요.",  # Korean
    "请不要再给我发推广邮件了，麻烦把我的邮箱从你们的名单里删掉。",  # Chinese
    "أرجو حذف بريدي الإلكتروني من قائمتكم وعدم إرسال أي عروض لي بعد الآن.",  # Arabic
    "אני מבקש להסיר אותי מרשימת התפוצה שלכם.",  # Hebrew
    "कृपया मुझे आगे से कोई ईमेल या ऑफ़र न भेजें।",  # Hindi
    "Tolong jangan hubungi saya lagi melalui e-mel atau telefon.",  # Malay
    # asked before this module, now certain (moved from test_wish_maybe.py and test_wish_abroad.py)
    "Xin đừng gửi email quảng cáo cho tôi nữa.",  # Vietnamese
    "광고 메일 수신 거부합니다.",  # Korean
    "Jag vill inte ha fler utskick från er, tack.",  # Swedish
    "Jeg ønsker ikke at blive kontaktet mere.",  # Danish
    "Lütfen artık bana mesaj atmayın ve e-posta göndermeyin.",  # Turkish
    "Beni e-posta listenizden silin.",
    "请勿再发送邮件给我。",  # Chinese
    "今後、メールを送らないでください。",  # Japanese
    "今後のご連絡はご遠慮ください。",
    "今後、弊社への営業のご連絡（メール・お電話とも）はご遠慮いただけますようお願い申し上げます。",  # a note between
    "Prosím, nekontaktujte nás již v této věci.",  # Czech
    "אני מבקשת שלא תפנו אליי יותר, לא במייל ולא בטלפון.",  # Hebrew
    "أرجو عدم التواصل معي مرة أخرى بأي شكل.",  # Arabic
    "मेरा नंबर अपनी सूची से हटा दें।",  # Hindi, "remove my number from your list"
    "моля да не ми изпращате повече рекламни имейли.",  # Bulgarian, the indicative
    "Poistakaa tietoni ja ettekä enää soita.",  # Finnish
])
def test_a_refusal_of_contact_in_a_further_language_is_certain(text):
    assert _dnc(text) == [True]


@pytest.mark.parametrize("text", [
    "Proszę nie pisać do mnie więcej do końca miesiąca.",  # an end in time: a wait
    "Vänligen kontakta mig inte igen förrän efter nyår.",
    "Lütfen ocak ayına kadar bana bir daha e-posta göndermeyin.",
    "Прошу больше не писать мне до января.",
    "Не пишите мне до двадцатого, пожалуйста.",  # an ordinal day after "до"
    "Proszę nie pisać do mnie do piątku.",
    "Vă rog să nu mă mai sunați pe mobil, prefer să comunicăm prin e-mail.",  # one line swapped for another
    "Jeśli nie chcą Państwo otrzymywać wiadomości, proszę o usunięcie mojego adresu tutaj: https://x.example",
])
def test_a_limited_swapped_or_conditional_refusal_is_never_certain(text):
    assert True not in _dnc(text)


def test_a_release_note_naming_an_opt_out_setting_is_no_opt_out():
    """Blind batch 53: a Japanese release note listing an opt-out setting ("配信停止（opt-out）設定を追加しました")."""
    assert True not in _dnc("通知の配信停止（opt-out）設定を追加しました。")


@pytest.mark.parametrize("text", [
    "Proszę nie pisać do mnie do końca miesiąca.",
    "Kontakta mig inte tills vidare.",
    "Ne keressenek egyelőre.",
    "Vui lòng đừng gọi cho tôi nữa đến khi tôi trở lại.",
    "Lütfen şimdilik aramayın.",
    "Να μη μου ξαναστείλετε μέχρι τον Ιανουάριο.",
    "来月まで連絡はご遠慮ください。",
])
def test_an_end_in_time_in_a_further_language_is_read(text):
    assert far_opt_out_limited(text)


def test_a_plain_refusal_names_no_limit():
    assert not far_opt_out_limited("Proszę o usunięcie mojego adresu z Państwa bazy.")
