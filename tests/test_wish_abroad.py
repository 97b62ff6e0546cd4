"""Opt-outs in the languages of followup/text/wish_abroad.py: asked, never certain, and never for goods."""
from datetime import datetime

import pytest

from followup.text.wish_abroad import opt_out_abroad
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


@pytest.mark.parametrize("text", [
    "Verwyder my asseblief van julle poslys.",  # Afrikaans
    "Mohon hapus saya dari daftar email Anda.",  # Indonesian
    "Doneu-me de baixa de la llista, si us plau.",  # Catalan
    "Nimechoka, niondoe kwenye orodha yenu.",  # Swahili
    "Немојте нас контактирати убудуће.",  # Serbian
    "الرجاء إزالة بريدي من القائمة.",  # Arabic
    "אל תשלחו לי יותר הודעות.",  # Hebrew
    "कृपया संपर्क न करें।",  # Hindi
    "กรุณายกเลิกการรับข่าวสาร",  # Thai
])
def test_an_opt_out_in_a_further_language_is_asked_not_applied(text):
    wishes = detect_wishes(text, SENT, TZ)
    assert any(w.kind == "do_not_contact" for w in wishes)
    assert not any(w.kind == "do_not_contact" and w.certain for w in wishes)


@pytest.mark.parametrize("text", [
    "Jangan kirim barangnya dulu, gudang kami penuh.",  # "don't send the goods yet"
    "Không gửi hàng nữa, chúng tôi đủ rồi.",  # "no more goods sent"
    "Terima kasih atas penawarannya, kami akan hubungi Anda minggu depan.",
])
def test_goods_or_a_promise_to_call_is_no_opt_out(text):
    assert not opt_out_abroad(text)


def test_a_refusal_in_hindi_written_in_latin_letters_is_asked():
    text = "Aap mujhe email na bhejein, aur mera naam list se hata dijiye."
    assert opt_out_abroad(text)
    assert {(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ)} == {("do_not_contact", False)}


# contact verb x cessation marker, in fourteen languages, in forms no phrase table lists (written for this test)
@pytest.mark.parametrize("text", [
    "Les agradecería que dejaran de llamarnos a la oficina.",  # es: dejar de + clitic
    "Vi chiedo di smettere di mandarmi preventivi in negozio.",  # it: smettere di
    "Bitte hören Sie auf, mich ständig anzurufen.",  # de: aufhören
    "Je vous saurais gré de ne plus me déranger sur ce numéro.",  # fr: ne plus + infinitive
    "Peço que deixem de me enviar orçamentos para a loja.",  # pt: deixar de (mail named: wish_optout_polite, certain)
    "Kunt u stoppen met het sturen van mails naar mij?",  # nl: stoppen met
    "Jeg vil bede jer om ikke at ringe til mig igen.",  # da: ikke ... igen
    "Dere trenger ikke å skrive til meg mer.",  # no: ikke ... mer
    "Pyydän, ettette enää lähettäisi minulle tarjouksia.",  # fi: enää
    "Bardzo proszę, żeby Państwo już nie dzwonili do mnie.",  # pl: już nie
    "Prosím, už mi neposílejte žádné nabídky.",  # cs: už + negated verb
])
def test_a_contact_verb_with_a_cessation_in_any_language_is_a_possible_opt_out(text):
    wishes = detect_wishes(text, SENT, TZ)
    assert any(w.kind == "do_not_contact" for w in wishes), text
    assert not any(w.kind == "do_not_contact" and w.certain for w in wishes)


@pytest.mark.parametrize("text", [
    "Por favor, no dejes de escribirme cuando tengas novedades.",  # the end itself refused
    "No me envíen más el pedido 4471, lo recogemos nosotros.",  # goods
    "Non inviatemi più la fattura cartacea, basta il PDF.",  # a document
    "Bitte schicken Sie mir nicht mehr vor Montag etwas zu.",  # an end in time: a quiet period, not a stop
    "Si vous ne souhaitez plus recevoir nos messages, écrivez à privacy@example.org.",  # a footer's condition
    "Ahora no tengo tiempo para nada más, ya te escribo yo la semana que viene.",  # the writer will write
    "Ich habe seit Oktober keine Mails mehr von Ihnen bekommen.",  # what happened
])
def test_the_grammar_leaves_look_alikes_alone(text):
    from followup.text.wish_abroad import ceased_contact

    assert not ceased_contact(text)
