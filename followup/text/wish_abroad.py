"""Opt-out wordings in languages no other wish table reads (Afrikaans, Indonesian/Malay, Vietnamese, Catalan, Swahili,
Serbian/Macedonian Cyrillic, Ukrainian, Arabic, Hebrew, Hindi also in Latin letters, Korean, Thai): read only as a
possible opt-out, never certain, in a sentence that is not English (followup.text.wish_maybe)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# languages written with spaces between words: a refusal of contact or a request to be taken off a list
_WORDED = re.compile(
    r"\b(?:"
    # Afrikaans: "moenie my weer kontak nie", "verwyder my van julle lys", "stuur asseblief nie meer e-posse nie"
    r"moet\s+(?:my|ons)\s+(?:asseblief\s+)?nie\s+(?:meer|weer)|moenie\s+(?:my|ons)\s+(?:\w+\s+)?(?:kontak|e-?pos|bel|skryf)|"
    r"verwyder\s+(?:my|ons)|nie\s+(?:meer|weer)\s+(?:\w+\s+){0,2}?(?:e-?posse|boodskappe|kontak)|"
    # Indonesian / Malay: "jangan hubungi saya lagi", "hapus saya dari daftar", "berhenti berlangganan"
    r"jangan\s+(?:\w+\s+)?(?:hubungi|menghubungi|telepon|email|e-?mel)|jangan\s+(?:\w+\s+)?(?:kirim\w*|hantar)\s+(?:\w+\s+)?"
    r"(?:email|e-?mel|pesan|mesej|penawaran|promosi|surat)|hapus\w*\s+(?:saya|kami|nama|alamat|data)|"
    r"keluarkan\s+(?:saya|kami)|berhenti\s+(?:berlangganan|melanggan|mengirim\w*|menghubungi)|tidak\s+(?:mau|ingin|mahu)\s+"
    r"(?:lagi\s+)?(?:menerima|dihubungi)|"
    # Vietnamese: "đừng liên hệ với tôi nữa", "không liên hệ ... nữa", "hủy đăng ký", "xóa tôi khỏi danh sách"
    r"đừng\s+(?:\w+\s+){0,2}?(?:liên\s+(?:hệ|lạc)|gửi\s+(?:\w+\s+)?(?:email|thư|tin)|gọi)|"
    r"không\s+(?:\w+\s+){0,3}?(?:liên\s+(?:hệ|lạc)|gửi\s+(?:\w+\s+)?(?:email|thư|tin)|gọi)\s+(?:\w+\s+){0,3}?"
    r"nữa|hủy\s+đăng\s+ký|xóa\s+(?:tôi|tên|email|địa\s+chỉ)|"
    # Catalan: "no em torneu a contactar", "doneu-me de baixa", "no m'envieu més"
    r"no\s+(?:em|ens|m')\s*(?:torneu|envieu|truqueu|escrigueu|contacteu)|doneu-(?:me|nos)\s+de\s+baixa|esborreu\s+(?:les\s+)?"
    r"(?:meves|nostres)|"
    # Swahili: "usiniwasiliane tena", "acheni kunitumia", "niondoe kwenye orodha"
    r"usiniwasiliane|msiniwasiliane|acha\w*\s+kunitumia|niondoe|sitaki\s+(?:tena\s+)?(?:kupokea|barua)|"
    # Serbian / Macedonian Cyrillic, Ukrainian, Belarusian
    r"немојте\s+(?:ме|нас)|не\s+(?:ме|нас)\s+(?:више\s+)?контактира\w*|обриши\w*\s+(?:мој|моју|ме|нас)|"
    r"більше\s+не\s+(?:пишіть|надсилайте|дзвоніть|турбуйте|контактуйте)|не\s+(?:турбуйте|контактуйте|дзвоніть)|відпиш\w*|"
    # Arabic, Hebrew and Hindi put spaces between words too
    r"لا\s+(?:تتواصل|تراسل|ترسل|تتصل)\w*|(?:الرجاء|يرجى)\s+(?:عدم|إزالة|حذف)|إلغاء\s+الاشتراك|"
    r"אל\s+(?:תשלח|תשלחו|תפנו|תתקשרו|תיצרו)\w*|הסירו\s+אותי|הסר\s+אותי|להסיר\s+אותי|"
    r"मुझसे\s+(?:\S+\s+){0,2}?संपर्क\s+न|संपर्क\s+न\s+करें|सदस्यता\s+(?:रद्द|समाप्त)|(?:मेरा|मेरी)\s+(?:\S+\s+){0,2}?हटा|"
    # Hindi written in Latin letters: "email mat bhejiye" (don't send email), "list se hata dijiye" (take off the list)
    r"(?:e-?mail|mail|message|msg|call|sampark|contact)\w*\s+(?:mat|na|nahin|nahi)\s+(?:bhej|kar|bhij)\w*|"
    r"list\s+se\s+(?:hata|nikal)\w*"
    r")", re.I)
# Korean and Thai: no spaces to rely on
_UNSPACED = re.compile(r"수신\s*거부|연락\s*하지\s*마|보내지\s*마|구독\s*취소|명단에서\s*(?:삭제|빼)|"
                       r"ไม่ต้อง(?:ส่ง|ติดต่อ)|อย่า(?:ส่ง|ติดต่อ)|ยกเลิกการ(?:สมัคร|รับ)|ลบ(?:ชื่อ|อีเมล)")


def opt_out_abroad(sentence: str) -> bool:
    """Whether a sentence says "stop contacting me / take me off your list" in one of this module's languages."""
    return bool(_WORDED.search(sentence) or _UNSPACED.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
