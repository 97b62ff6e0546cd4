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


# ---------------------------------------------------------------- the grammar: contact verb x cessation, any language
# Not a phrase list: a verb or noun of reaching someone, in any of fourteen languages and any of its forms (clitics
# included: "escribirme", "inviarmi", "contactar-me", "mij benaderen"), and a marker that it should end ("dejar de",
# "non ... più", "nicht mehr", "ne ... plus", "não ... mais", "niet meer", "inte längre", "ikke mere", "już nie",
# "už ne", "enää", "artık"), in one sentence addressed to someone. Asked, never certain (followup.text.wish_net).
_GAP = r"[^.!?;\n]{0,50}?"
_CONTACT_ABROAD = (
    r"(?:e-?mail\w*|mails?|mail(?:en|s|t|e)|newsletter\w*|"
    r"escrib\w*|escriban|envi[aáeéo]\w*|mand[aeá]\w*|llam[aeáé]\w*|contact\w*|molest\w*|correos?|mensajes?|comunicaci\w*|"  # es
    r"scriv\w*|invi[ao]\w*|chiam\w*|contatt\w*|telefon\w*|sollecit\w*|messaggi|comunicazion\w*|"  # it
    r"[ée]cri\w*|envoy\w*|appel\w*|rappel\w*|relanc\w*|sollicit\w*|t[ée]l[ée]phon\w*|courriels?|messages|"  # fr
    r"schreib\w*|anschreib\w*|schick\w*|zusend\w*|kontakt\w*|anruf\w*|rufen|ruft|meld(?:en|et)|bel[äa]stig\w*|"  # de
    r"nachrichten|werbung|"
    r"escrev\w*|lig(?:ar|ue|uem|ue-me|ar-me)\b|contat\w*|mensagens|"  # pt
    r"schrij\w*|stuur\w*|bel(?:len|t|de)?|benader\w*|berichten|"  # nl
    r"skriv\w*|skick\w*|mejl\w*|ring(?:a|e|er)?|höra\s+av|e-?post\w*|meddelanden|utskick|send(?:e|er)?|henvend\w*|"  # sv da no
    r"beskeder|meldinger|"
    r"l[äa]hett\w*|soit\w*|yhteyt\w*|kirjoit\w*|s[äa]hk[öo]post\w*|viest\w*|"  # fi
    r"pis(?:a[ćc]|z\w*|ać)|napisa\w*|(?:nie)?wysy\w*|dzwon\w*|wiadomo\w*|"  # pl
    r"(?:ne)?(?:ps[áa]t|pi[šs]te|pos[íi]l\w*|volat|volejte|kontaktuj\w*)|zpr[áa]v\w*|"  # cs
    r"g[öo]nder\w*|yazma\w*|arama\w*|ula[şs]ma\w*|ileti[şs]im\w*|e-?posta\w*|mesaj\w*)")  # tr
# a marker of an end that may stand on either side of the contact word
_CEASE_ABROAD = (
    r"(?:dej\w*\s+de|ya\s+no|nunca\s+m[áa]s|no\s+(?:\w+\s+)?vuelv\w*\s+a|"  # es
    r"smett\w*\s+di|mai\s+pi[uù]|basta\s+con|"  # it
    r"arr[êe]t\w*\s+de|cess\w*\s+de|plus\s+jamais|ne\s+plus|non\s+pi[uù]|"  # fr
    r"nicht\s+mehr|nie\s+wieder|keine\s+weiteren|nicht\s+weiter|aufh[öo]r\w*|h[öo]ren\s+sie\s+\w+\s+auf|unterlass\w*|"  # de
    r"(?:parar|pare|parem|parasse\w*|deix\w*)\s+de|nunca\s+mais|j[áa]\s+n[ãa]o|n[ãa]o\s+(?:\w+\s+)?volt\w*\s+a|"  # pt
    r"niet\s+(?:meer|langer)|stop\w*\s+met|nooit\s+meer|"  # nl
    r"inte\s+(?:l[äa]ngre|mer|fler)|inga\s+fler|sluta|aldrig\s+mer|"  # sv
    r"ikke\s+(?:mere|l[æa]ngere|lenger|mer|flere)|ingen\s+flere|stop\s+med|hold\s+op|slutt\w*\s+[åa]|aldrig\s+mere|aldri\s+mer|"
    r"en[äa][äa]|lopet\w*|"  # fi
    r"ju[żz]\s+nie|wi[ęe]cej\s+nie|przesta\w*|nigdy\s+wi[ęe]cej|"  # pl
    r"už|již|p[řr]esta[ňn]\w*|nikdy\s+v[íi]c\w*|"  # cs
    r"art[ıi]k|bir\s+daha|daha\s+fazla)")  # tr
# a negation and its "more" around the contact word: "no me escriba más", "non inviarmi più", "ne me contactez plus",
# "keine E-Mails mehr", "não me enviem mais", "geen mails meer", "ikke skriv til meg igjen", "nie wysyłajcie więcej"
_NEG_ABROAD = r"(?:no|non|ne|n['\u2019]|n[ãa]o|nicht|kein\w*|niet|geen|inte|ikke|nie|ni)"
_MORE_ABROAD = (r"(?:m[áa]s|pi[uù]|plus|mais|mehr|meer|l[äa]ngre|lenger|l[æa]ngere|mer|mere|fler|flere|wi[ęe]cej|ulteriori|"
                r"igen|igjen)")
_CEASED_ABROAD = re.compile(rf"\b{_CEASE_ABROAD}\b{_GAP}\b{_CONTACT_ABROAD}\b|\b{_CONTACT_ABROAD}\b{_GAP}\b{_CEASE_ABROAD}\b|"
                            rf"\b{_NEG_ABROAD}\b{_GAP}\b{_CONTACT_ABROAD}\b{_GAP}\b{_MORE_ABROAD}\b|"
                            # the "more" before the contact word: "je ne souhaite plus recevoir de messages", "no deseo
                            # recibir más correos", "vill inte få fler mejl", "proszę więcej do mnie nie pisać"
                            rf"\b{_NEG_ABROAD}\b{_GAP}\b{_MORE_ABROAD}\b{_GAP}\b{_CONTACT_ABROAD}\b|"
                            rf"\b{_MORE_ABROAD}\b{_GAP}\b{_NEG_ABROAD}\b{_GAP}\b{_CONTACT_ABROAD}\b", re.I)
# someone addressed or the writer as object: a pronoun, a please, or a clitic on the verb ("escribirme", "ligar-me")
_PERSON_ABROAD = re.compile(
    r"\b(?:jeg|jag|ich|ik|io|yo|eu|ja|wir|wij|noi|nosotros|n[óo]s|me|mi|te|ti|nos|ci|vi|le|lei|moi|nous|vous|m['\u2019]|mich|mir|uns|sie|ihnen|mij|me|ons|u|jullie|mig|meg|os|oss|"
    r"dig|deg|er|dere|minua|minulle|meille|meit[äa]|teid[äa]n|mnie|nas|mn[ěe]|n[áa]s|bana|bize|usted(?:es)?|voc[êe]s?|"
    r"por\s+favor|per\s+favore|s['\u2019]il\s+vous\s+pla[îi]t|bitte|alsjeblieft|alstublieft|graag|v[äa]nligen|venligst|"
    r"vennligst|pros[ízi][mę]|l[üu]tfen|ystäv\w*|pe[çc]o|pido|chiedo|prego|bitten?|verzoek\w*|ber|beder)\b|"
    r"\w{2,}[aeií]r(?:me|mi|ci|nos)\b|-(?:me|nos|lhe|lhes)\b", re.I)
# not addressed to the rep about mail to the writer: goods, a document, a copy line, someone else, an end in time, the
# end itself refused ("no dejes de escribirme"), or what happened ("no he recibido más correos")
_NOT_CEASED = re.compile(
    r"\b(?:pedido|bestellung|commande|ordine|encomenda|bestelling|zam[óo]wien\w*|objedn[áa]vk\w*|sipari[şs]\w*|order|"
    r"factura|fattura|facture|rechnung|fatura|factuur|faktur\w*|lieferung|livraison|consegna|entrega|levering|leverans|"
    r"muestras?|campioni|[ée]chantillons?|muster|monsters|cat[áa]logo|katalog\w*|catalogue|prospekt\w*|revista|rivista|"
    r"documentos?|documenti|dokument\w*|contrato|contratto|contrat|vertrag|paquete|pacco|colis|paket|pakket|papier|papel|"
    r"cc|copia|copie|kopie|kopii|kopi|"
    r"colega|collega|coll[èe]gue|kolleg\w*|kolega|meslekta[şs]\w*|marido|esposa|moglie|marito|mari|femme|ehemann|ehefrau|"
    r"hasta|bis|jusqu\w*|fino\s+a|at[ée]|tot|tills|indtil|inntil|przed|kadar|ennen|kunnes|antes\s+de|avant|prima\s+di|"
    r"vor|voor|innan|f[øo]r|"
    r"recibido|ricevuto|re[çc]u|recebid[oa]|f[åa]tt|modtaget|otrzyma[łl]\w*|obdr[žz]el\w*)\b|"
    r"\b(?:habe|haben|hab|heb|hebben|hebt)\s+(?:\w+\s+){0,8}?(?:erhalten|bekommen|ontvangen|gekregen)\b|"
    r"\b(?:no|non|ne|nicht|n[ãa]o|niet|inte|ikke|nie)\s+(?:\w+\s+)?(?:dej|smett|arr[êe]t|cess|aufh|par[ae]|deix|stop|"
    r"sluta|przesta|p[řr]esta|lopet)\w*|"
    # a condition ("se non desidera più ricevere ...", "si vous ne souhaitez plus ..."): a footer's instructions
    r"^\W*(?:si|se|wenn|falls|indien|als|om|hvis|jos|je[śs]li|je[żz]eli|pokud|e[ğg]er)\b|"
    # the writer is the one who will write or call: "ya te escribo yo", "ti chiamo io", "je vous écris dès que ..."
    r"\b(?:te|le|les|ti|vi|vous|lhe|dich|ihnen|je|u|dig|deg)\s+(?:re)?(?:escribo|llamo|contacto|scrivo|chiamo|contatto|"
    r"[ée]cris|appelle|contacte|escrevo|ligo|contato|schreibe|rufe|schrijf|bel|mail|skriver|ringer)\b|"
    r"\b(?:ich|ik|jeg|jag|eu|yo|io)\s+(?:\w+\s+)?(?:schreibe|melde|rufe|schrijf|bel|mail|skriver|ringer|escrevo|escribo|scrivo)\b",
    re.I)


def ceased_contact(sentence: str) -> bool:
    """Whether a sentence not in English asks that contact end: a contact verb and a cessation in one sentence,
    addressed to someone, not about goods, a document, a copy line, someone else or a time."""
    from followup.text.wish_base import english

    return bool(not english(sentence) and _CEASED_ABROAD.search(sentence) and _PERSON_ABROAD.search(sentence)
                and not _NOT_CEASED.search(sentence))


def opt_out_abroad(sentence: str) -> bool:
    """Whether a sentence says "stop contacting me / take me off your list" in one of this module's languages."""
    return bool(_WORDED.search(sentence) or _UNSPACED.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
