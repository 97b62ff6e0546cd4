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
    "Xin đừng gửi email quảng cáo cho tôi nữa.",  # Vietnamese
    "Doneu-me de baixa de la llista, si us plau.",  # Catalan
    "Nimechoka, niondoe kwenye orodha yenu.",  # Swahili
    "Немојте нас контактирати убудуће.",  # Serbian
    "الرجاء إزالة بريدي من القائمة.",  # Arabic
    "אל תשלחו לי יותר הודעות.",  # Hebrew
    "कृपया संपर्क न करें।",  # Hindi
    "광고 메일 수신 거부합니다.",  # Korean
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
