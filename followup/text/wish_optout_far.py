"""Opt-outs read for certain in languages the other opt-out tables do not read (Polish, Czech and Slovak, the South
Slavic languages, the Baltic languages, Swedish, Danish, Norwegian, Icelandic, Finnish, Estonian, Turkish, Russian,
Ukrainian, Bulgarian, Romanian, Greek, Hungarian, Japanese, Korean, Chinese, Arabic, Hebrew, Hindi, Indonesian and
Malay, Vietnamese, Thai, Catalan, Galician, Swahili, Afrikaans): the writer asking not to be contacted or sent mail
again, or to be taken off a list, with the writer as the one contacted. A limit in time anywhere in the sentence
(FAR_LIMIT) or a condition or link around it leaves it to the possible readings (wish_abroad, wish_tongues)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

FAR_PATTERNS: dict[str, str] = {
    # Polish: "proszę o usunięcie mojego adresu", "niewysyłanie mi więcej ofert", "proszę więcej do mnie nie pisać",
    # "aby nie kontaktowali się Państwo ze mną", "cofam zgodę", "wnoszę sprzeciw wobec przetwarzania"
    "far_pl": r"\b(?:(?:proszę|prosimy|uprzejmie\s+proszę)\s+(?:o\s+)?(?:usunięcie|usunąć|wykreślenie)\s+(?:mojego|moich|mój|"
              r"moje|mnie|nas|naszego|naszych)|nie\s*(?:wysyłani\w*|kontaktowani\w*\s+się\s+ze\s+mną)|zaprzestani\w*\s+"
              r"(?:wysyłania|wszelkiego\s+kontaktu|kontaktu)|więcej\s+do\s+mnie\s+nie\s+pisać|(?:proszę\s+)?nie\s+"
              r"(?:wysyłać|pisać|dzwonić)\s+(?:do\s+mnie\s+|mi\s+)?więcej|nie\s+kontaktowali\s+się\s+Państwo\s+ze\s+mną|"
              r"cofam\s+zgodę|wnoszę\s+sprzeciw\s+wobec\s+przetwarzania)",
    # Czech and Slovak: "už mě nekontaktujte", "abyste mě již nekontaktovali", "přestaňte mi posílat e-maily",
    # "vymažte můj e-mail", "už mi prosím nepište", "neposílejte mi žádné nabídky", "nepřeji si být dále kontaktován"
    "far_cs": r"\b(?:nekontaktuj\w*|nekontaktoval\w*|přestaňte\s+(?:mi|nám)\s+(?:posílat|psát|volat)|(?:vymažte|vymazali|"
              r"odstraňte|odstranili|odstráňte|vyřaďte|vyraďte)\s+(?:prosím\s+)?(?:můj|mé|mou|moje|moju|môj|moje|ma|mě|mne)\b|"
              r"(?:už|již)\s+(?:mi\s+)?(?:prosím\s+)?nepište|neposílejte\s+(?:mi|nám)|nepřeji\s+si\s+(?:být\s+)?(?:dále\s+)?"
              r"kontaktován\w*)",
    # Croatian, Serbian, Slovene: "da me više ne kontaktirate", "da mi više ne šaljete poruke", "me ne kontaktirajte
    # več", "uklonite me s popisa", "odstranite moj e-naslov"
    "far_hr": r"\b(?:(?:me|mi)\s+više\s+ne\s+(?:kontaktira|šalj)\w*|(?:me|mi)\s+ne\s+kontaktira\w*\s+več|(?:me\s+)?uklonite\s+"
              r"(?:me\s+)?s\s+popisa|odstranite\s+(?:moj|me)\b)",
    # Lithuanian, Latvian, Estonian: "daugiau manęs nebekontaktuoti", "daugiau su manimi nesisiekti", "vairs ar mani
    # nesazinieties", "vairs nesūtiet man", "ärge minuga enam ühendust võtke", "eemaldage minu e-posti aadress"
    "far_baltic": r"\b(?:nebekontaktuo\w*|su\s+manimi\s+nesisiekti|pašalinti\s+mane|išbraukti\s+mano|vairs\s+(?:ar\s+mani\s+)?"
                  r"ne(?:sūt|sazin)\w*|izņemiet\s+(?:manu|mani)|ärge\s+minuga\s+enam|eemaldage\s+(?:minu|mind))",
    # Swedish: "jag vill inte längre bli kontaktad", "jag vill inte få fler mejl från er", "kontakta mig inte igen",
    # "sluta skicka mejl till mig", "ta bort mig ur ert register", "hör inte av er igen", "radera mina kontaktuppgifter"
    "far_sv": r"\b(?:vill\s+inte\s+(?:längre\s+)?bli\s+kontaktad\w*|vill\s+inte\s+(?:få|ha)\s+fler\s+\w*(?:mejl|mail|utskick|"
              r"e-post)\w*|kontakta\s+mig\s+inte|inte\s+kontakta\s+mig|sluta\s+(?:skicka|mejla|ringa)|ta\s+bort\s+(?:mig|mina|min|"
              r"alla\s+våra)\b|(?:hör|höra)\s+(?:inte\s+)?av\s+(?:er|dig)\s+(?:\w+\s+){0,2}?(?:inte\s+)?igen|radera\s+(?:gärna\s+)?"
              r"mina)",
    # Danish, Norwegian, Icelandic: "jeg ønsker ikke at modtage flere mails", "ønsker ikke å bli kontaktet", "slet venligst
    # mine oplysninger", "stop med at sende mig", "ikke kontakt meg igjen", "fjerner meg fra e-postlistene", "slutt å
    # sende meg", "hafið ekki samband við mig", "fjarlægið mig af póstlistanum"
    "far_nordic": r"\b(?:ønsker\s+ikke\s+(?:at\s+modtage|å\s+motta|flere)|ønsker\s+ikke\s+(?:at|å)\s+bli(?:ve)?\s+kontaktet|"
                  r"(?:vil|skal)\s+ikke\s+bli(?:ve)?\s+kontaktet|slet(?:te|ter)?\s+(?:venligst\s+)?(?:mine|min|mig)\b|"
                  r"(?:stop|stoppe|slutt)\s+(?:med\s+)?(?:at|å)\s+(?:sende|skrive|ringe|kontakte)|ikke\s+(?:at\s+|å\s+)?"
                  r"(?:kontakte?r?|ta\s+kontakt)\s+(?:mig|meg)?\s*(?:\w+\s+){0,3}?igj?en|ikke\s+tar\s+kontakt\s+igjen|fjerner\s+meg|"
                  r"slett\w*\s+(?:\w+\s+)?(?:kontaktinformasjonen|oplysninger)\s*(?:min|mine)|hafið\s+ekki\s+samband\s+við\s+mig|"
                  r"fjarlægið\s+(?:mig|netfangið\s+mitt))",
    # Finnish: "älkää enää lähettäkö minulle", "en halua enää vastaanottaa viestejä", "poistakaa yhteystietoni",
    # "ettette ota minuun enää yhteyttä", "ettekä enää lähetä minulle", "lopetatte viestien lähettämisen"
    "far_fi": r"\b(?:älkää\s+enää|en\s+halua\s+enää\s+(?:vastaanottaa|saada|yhteydenottoja)|poista(?:kaa|tte)\s+(?:\w+\s+)?"
              r"(?:\w*yhteystietoni|tietoni|\w*osoitteeni)|ettette\s+ota\s+minuun|ettekä\s+enää|lopetatte\s+\w+\s+lähettämisen)",
    # Turkish: "lütfen bana bir daha e-posta göndermeyin", "benimle iletişime geçmeyin", "adresimi listenizden çıkarın",
    # "göndermemenizi ve aramamanızı rica ederim", "bize tekrar ulaşmayın"
    "far_tr": r"(?:göndermeyin|geçmeyin|ulaşmayın|aramayın|göndermemenizi|aramamanızı|listenizden\s+(?:çıkar|sil)\w*|"
              r"çıkarılmak\s+istiyorum)",
    # Russian, Ukrainian, Bulgarian: "прошу больше не писать мне", "больше со мной не связываться", "удалите мой адрес",
    # "більше не надсилати мені листів", "видаліть мої дані", "не ми изпращайте повече имейли", "изтрийте данните ми"
    "far_cyr": r"(?:больше\s+(?:со\s+мной\s+|мне\s+)?не\s+(?:пис|присыл|звон|связыва|беспоко|отправл)\w*|не\s+пишите\s+мне|"
               r"(?:удал|исключ)\w*\s+(?:\w+\s+)?(?:мой|мои|мою|меня)\b|меня\s+прошу\s+удалить|більше\s+не\s+(?:пиш|надсил|"
               r"телефон|дзвон)\w*|видал\w*\s+(?:мою|мої|мене|мій)\b|не\s+ми\s+изпращайте|да\s+не\s+ми\s+(?:изпращате|"
               r"звъните)|изтрийте\s+(?:данните\s+ми|моя|моите))",
    # Romanian: "vă rog să nu mă mai contactați", "să îmi ștergeți datele"
    "far_ro": r"\b(?:nu\s+mă\s+mai\s+(?:contacta|sun|scrie)\w*|(?:îmi|-mi)\s+[șş]terge[țţ]i|[șş]terge[țţ]i\s+datele\s+mele)",
    # Greek: "να μη μου ξαναστείλετε μηνύματα", "μην επικοινωνήσετε ξανά μαζί μου", "μην μου στέλνετε άλλα", "διαγράψτε
    # τα στοιχεία μου", "να με αφαιρέσετε από τη λίστα", "δεν επιθυμώ να λαμβάνω άλλα"
    "far_el": r"(?:μην?\s+(?:μου\s+)?(?:ξαναστείλετε|στέλνετε\s+άλλ\w*|επικοινωνήσετε\s+ξανά|επικοινωνείτε\s+ξανά)|διαγράψ\w*\s+"
              r"(?:τα\s+στοιχεία\s+μου|τη\s+διεύθυνσή\s+μου)|με\s+αφαιρέσετε|δεν\s+επιθυμώ\s+να\s+λαμβάνω)",
    # Hungarian: "a jövőben ne keressenek meg", "töröljék az e-mail címemet", "töröljenek a levelezőlistájukról"
    "far_hu": r"(?:ne\s+keressenek|töröljenek|töröljék\s+(?:\S+\s+){0,3}?\S*(?:címemet|adataimat|adatomat)|címemet\s+töröljék)",
    # Japanese, Korean, Chinese (no spaces between words): "配信リストから削除", "ご連絡はお控えください", "もう送らないで
    # ください", "今後...不要", "연락하지 말아 주시고", "수신 거부", "명단에서 삭제", "请不要再给我发邮件", "今后请勿再与本人联系"
    "far_cjk": r"(?:配信(?:リストから|を)?(?:削除|停止)(?:して|いただ|を(?:お願い|希望)|希望|願)|"
               r"(?:連絡|メール|電話|ご案内)[^。]{0,12}(?:お控えください|ご遠慮)|送らないでください|"
               r"送信は停止|今後[^。]{0,24}不要|(?:연락|전화|이메일|메일)[^.。]{0,12}(?:하지|보내지)\s*말아|보내지\s*말아|수신\s*거부|"
               r"(?:명단|목록)에서\s*삭제|받고\s*싶지\s*않|不要再(?:给我|打电话|发|联系)|请勿再?(?:与|给|发|联系)|"
               r"(?:从|把)[^。]{0,24}名单(?:中|里)?删(?:除|掉))",
    # Arabic, Hebrew, Hindi: "أرجو عدم التواصل معي", "حذف بريدي الإلكتروني", "שלא תפנו אליי יותר", "להסיר אותי",
    # "आगे से कोई ईमेल न भेजें", "लिस्ट से हटा दीजिए"
    "far_semitic_hindi": r"(?:عدم\s+(?:التواصل|الاتصال|إرسال|مراسلتي)|حذف\s+(?:بريدي|رقمي|بياناتي|اسمي)|לא\s+(?:תפנו|לפנות|"
                         r"לשלוח|תשלחו|תתקשרו|להתקשר)\s+(?:אליי|לי|אלי)\s+יותר|להסיר\s+אותי|आगे\s+से\s+(?:\S+\s+){0,4}?न\s+"
                         r"(?:करें|भेजें)|(?:सूची|लिस्ट)\s+से\s+हटा)",
    # Indonesian and Malay, Vietnamese, Thai, Catalan, Galician, Swahili, Afrikaans: "jangan hubungi saya lagi", "xin
    # đừng gửi email cho tôi nữa", "ไม่ต้องส่งอีเมล...อีก", "no em torneu a contactar", "non me volvan contactar",
    # "msiniwasiliane tena", "dat julle my nie weer kontak nie"
    "far_other": r"(?:\bjangan\s+(?:\w+\s+)?(?:hubungi|menghubungi)\s+(?:saya|kami)\s+lagi|\b(?:xin|vui\s+lòng)\s+(?:đừng|"
                 r"không)\s+(?:\S+\s+){0,6}?(?:cho|với)\s+(?:tôi|em)\s+nữa|ไม่ต้อง(?:ส่ง|โทร|ติดต่อ)\S*อีก|\bno\s+em\s+torneu\s+a|"
                 r"\bnon\s+me\s+volvan\s+a?\s*contactar|\b(?:msi|usi)niwasiliane\s+tena|\bmy\s+nie\s+weer\s+(?:kontak|e-?pos|"
                 r"bel))",
}

# Japanese, Korean and Chinese run their words together, so the needle scan (which reads words) has nothing to test
# their pattern by: it stays out of the rule table, whose needles would otherwise be none (every sentence offered to
# every opt-out rule), and is tried only on a sentence written in those scripts
_SCRIPT_ONLY = ("far_cjk",)
FAR_WORDED = {name: rx for name, rx in FAR_PATTERNS.items() if name not in _SCRIPT_ONLY}
_CJK_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_FAR_SCRIPT_RULES = [(name, re.compile(FAR_PATTERNS[name], re.I)) for name in _SCRIPT_ONLY]


def far_script_rules(sentence: str) -> list[tuple[str, re.Pattern[str]]]:
    """The far rules kept out of the table (name, pattern), for a sentence in Japanese, Korean or Chinese script."""
    return _FAR_SCRIPT_RULES if _CJK_SCRIPT.search(sentence) else []


def or_far_script(search):
    """A whole-text needle test (a search, or None: every text read) that also lets through a text in those scripts,
    so a quick pass over older mail never skips an opt-out the rules kept out of the table would read."""
    if search is None:
        return None
    return lambda folded: search(folded) or _CJK_SCRIPT.search(folded)


# a limit in time in these languages ("do końca miesiąca", "tills vidare", "indtil", "toistaiseksi", "şimdilik", "до
# января", "până", "μέχρι", "egyelőre", "まで", "까지", "暂时", "حتى", "עד", "तक", "sampai"): a wait, asked, never certain
FAR_LIMIT = re.compile(
    r"\b(?:do\s+(?:\d+|końca|konce|konca|(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listopad|grud|"
    r"led|únor|břez|dub|květ|červ|srp|září|říj|prosin|poniedział|wtor|środ|czwart|piąt|sobot|niedziel|pondělí|úterý|"
    r"středy|čtvrt|pátk)\w*)|przed|na\s+razie|zatím|prozatím|před|tills|innan|till\s+(?:den\s+|och\s+med\s+)?"
    r"(?:\d+|efter|nästa|slutet|början)|förrän|just\s+nu|för\s+tillfället|"
    r"indtil|inntil|før|foreløbig|lige\s+nu|akkurat\s+nå|ennen|asti|saakka|toistaiseksi|kadar|önce|şimdilik|"
    r"до\s+(?!(?:мен|нас|вас|тях|него|нея|мене|вам|тебе)\w*\b)\w+|пока|поки|засега|până|deocamdată|înainte|μέχρι|πριν|"
    r"προς\s+το\s+παρόν|egyelőre|előtt|sampai|sementara|đến\s+khi|tạm\s+thời|fins|hasta|"
    r"حتى|قبل|مؤقت\w*|עד|לפני|בינתיים|तक|पहले)\b|まで|当面|しばらく|까지|당분간|之前|以前|暂时|目前|为止")
# a condition or a footer's instructions: "jeśli nie chcą Państwo otrzymywać ...", "om du inte vill ..., klicka här"
_FAR_NOT_ASKED = re.compile(
    r"^\W*(?:jeśli|jeżeli|pokud|jestliže|ak|om|hvis|jos|eğer|если|якщо|ако|dacă|αν|ha|jika|kalau|nếu|إذا|אם|अगर)\b|"
    r"\b(?:klik\w*|kliknij\w*|klikněte|klicka|tıkla\w*|нажмите|натисніть|clic\w*|click)\b|https?://|もし|如果|만약|点击|クリック")


# another way of reaching the writer preferred or offered instead: one line swapped for another ("să nu mă mai sunați
# pe mobil, prefer să comunicăm prin e-mail"), as abroad (wish_optout_abroad.other_line_abroad)
_FAR_OTHER_WAY = re.compile(
    r"\b(?:prefer\w*|föredrar|hellre|foretr(?:æ|e)kker|heller|mieluummin|wol(?:ę|imy)|raději|radšej|tercih\w*|"
    r"предпочита\w*|предпочт\w*|віддаю\s+перевагу|προτιμ\w*|inkább|zamiast|místo|namiesto|istället|i\s+stedet|sijaan|yerine|"
    r"вместо|замість|вместо|în\s+loc|αντί|helyett|lebih\s+suka|thích\s+hơn|بدلا|במקום|מעדיפ\w*|पसंद|बजाय)\b|"
    r"代わりに|の方が|대신|더\s*좋|更喜欢|宁愿|而是")


def far_opt_out_limited(sentence: str) -> bool:
    """Whether a sentence one of FAR_PATTERNS fires on names an end in time, another way to reach the writer, or is a
    condition or a footer: asked."""
    return bool(FAR_LIMIT.search(sentence) or _FAR_NOT_ASKED.search(sentence) or _FAR_OTHER_WAY.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
