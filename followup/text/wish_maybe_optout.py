"""Possible opt-outs the rules did not read with certainty: the opt-out grammar loosened to a question, and the
unambiguous opt-out words of the languages no rule reads. Never certain: a reading here is asked, never applied."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import CONTACT_VERB, MAIL_NOUN, NEG_BEFORE, guarded
from followup.text.wish_optout_guards import DNC_G, LIST_FOR_ELSE

# what an opt-out is about (besides a halt word, in _MAYBE_CUES)
DNC_TOPIC = re.compile(rf"{MAIL_NOUN}|\b{CONTACT_VERB}\b|\b(?:list(?!\s+of\b)|unsubscrib\w*|consent|data|records|database|"
                       rf"send(?:ing)?|writ(?:e|ing)|hear(?:ing)?\s+from|outreach|approach\w*|solicit\w*|"
                       rf"get\s+in\s+touch)\b", re.I)

# The opt-out grammar loosened to a question: a halt verb, something sent, and someone addressed, in one sentence
# ("please take me off the distribution for this", "I'd rather not get these"). Never certain on its own.
_WEAK_HALT = re.compile(r"\b(?:stop|no\s+longer|never\s+again|remov\w*|unsubscrib\w*|opt(?:ed|ing)?\s+out|delete|erase|"
                        r"erasure|withdraw\w*|refrain|cease|discontinu\w*|not\s+(?:wish|want)\s+to\s+(?:receive|be)|"
                        r"rather\s+not|take\s+(?:me|us)\s+off|don'?t\s+(?:contact|e-?mail|write|call|send))\b", re.I)
_WEAK_ADDRESSED = re.compile(r"\b(?:please|kindly|me|us|my|our)\b", re.I)
# someone else, a list that is not for mail, or the customer's own "don't": "stop emailing my husband",
# "take me off the waiting list", "don't email me the contract"
WEAK_NOT_ME = re.compile(r"\b(?:my|our)\s+(?:husband|wife|partner|colleague|boss|son|daughter|assistant|team)\b|"
                          # a titled third person taken off a list: "nehmen Sie Frau Keller aus dem Verteiler",
                          # "please remove Mr Obi from the mailing list", "retirez M. Blanc de la liste"
                         r"\b(?:nehm\w*|streich\w*|entfern\w*|l[öo]sch\w*|remov\w*|take|drop|delete|retir\w*|quit\w*|"
                         r"elimin\w*|rimuov\w*|verwijder\w*|haal|tire\w*|exclu\w*)\s+(?:(?:sie|bitte|please|kindly|"
                         r"also|auch)\s+){0,2}(?:Frau|Herrn?|Mr|Mrs|Ms|Miss|Mme|Madame|M|Monsieur|Sr|Sra|Se[ñn]ora?|Sig|Sig\.?ra|"
                         r"Signora?|Dhr|Mevr|Mevrouw|Meneer|Dr|Prof)\.?\s+[^\W\d_][\w-]+\s+(?:aus|von|vom|from|off|de|del|"
                         r"dalla|dal|da|van|uit)\b|"
                         r"\b(?:waiting|wait|guest|shopping|short|packing|parts|price|task|to-?do|cc)\s*-?list\b|"
                          # a copy line, not the mail: "take me off the cc on the freight updates"
                         r"\b(?:off|from)\s+(?:the\s+|this\s+|that\s+)?b?cc\b|"
                         r"\bnot\s+me\b|\b(?:don'?t|do\s+not)\s+(?:e-?mail|send|call)\s+(?:me\s+|us\s+)?(?:the|a|an|this|that|"
                         r"it|them|those|these\s+(?:files|drawings|documents))\b|\bunsubscribe\s+link\b|\bunsubscribed\b|"
                         r"\b(?:pedido|bestellung|commande|ordine|encomenda|bestelling|order|lieferung|livraison|entrega|"
                         r"consegna|levering)\s+(?:n[º°o.]?\s*)?#?\d+|"  # "dejen de enviar el pedido 55": goods
                         r"\bback\s+on\s+(?:the|your)\s+(?:\w+\s+)?list\b|\baccidentally\b|\bby\s+mistake\b|\b(?:add|put)\s+(?:me|us)\s+back\b|\bre-?subscribe\b",
                         re.I)
_WEAK_GUARD = re.compile(r"\b(?:confidential\w*|intended\s+recipient|disclos\w*|privileged)\b", re.I)


def weak_opt_out(sentence: str) -> bool:
    """Whether a sentence looks like an opt-out the rules did not read with certainty."""
    from followup.text.wish_net import looks_like_opt_out_but_is_not

    halt = _WEAK_HALT.search(sentence)
    return bool(halt and not looks_like_opt_out_but_is_not(sentence) and DNC_TOPIC.search(sentence)
                and _WEAK_ADDRESSED.search(sentence)
                and not _WEAK_GUARD.search(sentence) and not guarded(sentence, DNC_G)
                and not NEG_BEFORE.search(sentence[: halt.start()]) and not WEAK_NOT_ME.search(sentence)
                and not LIST_FOR_ELSE.search(sentence))  # "remove my name from the certificate list"


# unambiguous opt-out words in the languages the model was not trained on (Swedish, Danish, Norwegian, Polish, Czech,
# Finnish, Turkish, Romanian, Ukrainian, Latvian, Estonian, Hungarian, Lithuanian, Greek, Icelandic) and the
# Dutch/German "niet meer te ..." / "nicht mehr zu ..."; asked, never certain
_FOREIGN_OPT_OUT = re.compile(r"\b(?:avregistrera|sluta\s+(?:skicka|mejla|maila|kontakta|ringa)|ta\s+bort\s+(?:mig|oss)|"
                              r"afmeld\s+(?:mig|os)|stop\s+med\s+at|fjern\w*\s+(?:dere\s+|du\s+|I\s+)?(?:mig|meg|os|oss)|meld\s+(?:meg|oss)\s+av|"
                              r"slutt\s+å|wypisz\w*|usu[ńn]\w*\s+(?:mnie|nas|m[óo]j)|nie\s+(?:\w+\s+)?(?:kontaktowa\w*|"
                              r"wysy\w*|pisa\w*|dzwoni\w*)|przesta\w*\s+(?:\w+\s+)?(?:wysy\w*|pisa\w*|dzwoni\w*)|"
                              r"odhl[aá]s\w*|nekontaktuj\w*|nepos[íi]l\w*|p[řr]esta[ňn]\w*\s+(?:\w+\s+)?(?:pos[íi]l\w*|ps[áa]t|"
                              r"volat)|poista\s+(?:minut|meid[äa]t)|[äa]lk[äa][äa]\s+(?:\w+\s+)?(?:l[äa]hett\w*|ottako)|"
                              r"(?:[øo]nsker|vil)\s+ikke\s+(?:at\s+|å\s+)?(?:modtage|motta|f[åa])\s+(?:\w+\s+)?(?:flere|mere|mer)|"
                              r"slet(?:t)?\s+(?:venligst\s+|vennligst\s+)?(?:mig|meg|os|oss|mine\s+(?:oplysninger|opplysninger|data))|"
                              r"vill\s+inte\s+(?:l[äa]ngre\s+)?(?:ta\s+emot|f[åa])|radera\s+(?:mina|mig|oss)|"
                              r"retir\w+\s+(?:o\s+|a\s+)?(?:meu|minha|nosso)\s+(?:e-?mail|contacto|contato|endere\w+|nome)|"
                              r"niet\s+meer\s+(?:te\s+)?(?:benaderen|contacteren|mailen|bellen)|"
                              r"nicht\s+mehr\s+(?:zu\s+)?(?:kontaktieren|anschreiben|anrufen|schreiben)|"
                              r"ikke\s+(?:kontakt|send|ring|skriv)\w*\s+(?:til\s+)?(?:meg|mig|oss|os)|"
                              r"(?:e-?posta|mail|mesaj)\w*\s+göndermey\w*|iletişime\s+geçmey\w*|listeden\s+çıkar\w*|"
                              r"nu\s+m[ăa]\s+mai\s+(?:contacta\w*|suna\w*)|nu\s+(?:[îi]mi|ne)\s+mai\s+trimite\w*|"
                              r"dezabon\w*|dej[eé]is\s+de\s+(?:enviar|escribir|llamar|contactar)\w*|"

                              r"більше\s+не\s+(?:надсилати|надсилайте|пишіть|телефонуйте)|видаліть\s+мою|видалити\s+мою|"
                              r"vairs\s+(?:man\s+)?(?:nesūtiet|nerakstiet|nezvaniet)|vairs\s+ar\s+mani\s+nesazinieties|"
                              r"izņemiet\s+(?:manu|mani)|ärge\s+(?:minuga\s+)?enam\s+(?:ühendust|kirjutage|saatke)|"
                              r"eemaldage\s+(?:minu|mind)|töröljék\s+(?:az\s+)?(?:e-?mail|adataimat|címemet)|"
                              r"ne\s+keressenek|nebekontaktuo\w*|išbraukti\s+mano|nesisiekti|pašalinti\s+mane|"
                              r"διαγράψ\w+\s+(?:τη\s+διεύθυνσ\w+\s+μου|τα\s+στοιχεία\s+μου)|μη\s+μου\s+ξαναστείλετε|"
                              r"μην\s+επικοινωνήσετε\s+ξανά|fjarlægið\s+(?:netfangið\s+mitt|mig)|"
                              r"hafið\s+ekki\s+samband\s+við\s+mig|"
                              # "don't contact me again" in the Nordic languages, said the other way round
                              r"(?:ikke|inte)\s+(?:at\s+|å\s+|att\s+)?(?:kontakt\w*|ring\w*|skriv\w*|send\w*|skicka\w*|mejla\w*|maila\w*)\s+"
                              r"(?:mig|meg|oss|os)\b|(?:kontakt\w*|ring\w*|skriv\w*)\s+(?:mig|meg|oss|os)\s+(?:ikke|inte)\b|"
                              # consent withdrawn, in the languages no rule reads
                              r"(?:återkalla\w*|drar\s+tillbaka)\s+(?:\w+\s+){0,2}?samtycke|(?:trekker|trækker|tilbagekalder|"
                              r"tilbakekaller)\s+(?:\w+\s+){0,2}?samtykke|cofa\w*\s+(?:\w+\s+)?zgod\w*|odvol[áa]\w*\s+(?:\w+\s+)?"
                              r"souhlas|peru\w*\s+(?:\w+\s+)?suostumu\w*|retrag\s+(?:\w+\s+)?consim\w*|"
                              r"(?:onay\w*|rıza\w*|izn\w*)\s+(?:\w+\s+)?geri\s+(?:al\w*|çek\w*)|visszavon\w*\s+(?:\w+\s+)?hozzájárul\w*|"
                              # Turkish, Romanian, Hungarian, Croatian/Serbian/Slovenian, Greek, Russian/Ukrainian refusals
                              r"(?:göndermeyin|göndermeyiniz|aramayın|aramayınız|yazmayın|ulaşmayın)|iletişime\s+geçmeyin\w*|"
                              r"listen\w*\s+(?:\w+\s+)?(?:çıkar\w*|sil\w*)|abonelik\w*\s+(?:\w+\s+)?(?:iptal|çık\w*)|"
                              r"nu\s+(?:m[ăa]|ne)\s+mai\s+\w+|nu\s+(?:mai\s+)?(?:doresc|vreau)\s+s[ăa]\s+(?:mai\s+)?primesc|"
                              r"dezabon\w*|(?:ș|ş|s)terge[țţt]i[- ](?:m[ăa]|datele)|(?:ș|ş|s)terge[țţt]i\s+(?:\w+\s+)?datele|"
                              r"ne\s+(?:keressen\w*|küldjön\w*|írjon\w*|hívjon\w*)|leiratkoz\w*|töröljenek|"
                              r"ne\s+(?:me|nas)\s+(?:vi[šs]e\s+)?kontaktira\w*|ne\s+(?:\w+\s+)?(?:vi[šs]e|ve[čc])\s+(?:kontaktira\w*|"
                              r"[šs]alj\w*|pi[šs]\w*|zovi\w*)|ne\s+(?:[šs]alj\w*|kontaktira\w*|zov\w*|pi[šs]\w*)\s+(?:mi|me|nam|nas)\b|"
                              r"odjav\w*\s+(?:me|nas)|"
                              r"μην\s+(?:μου\s+|μας\s+)?(?:στέλνετε|στείλετε|επικοινωνήσετε|επικοινωνείτε)|διαγρ[άα]ψτε|"
                              r"не\s+(?:пишите|звоните|присылайте|надсилайте|пишіть|телефонуйте|связывайтесь|контактуйте)|"
                              # Russian asked with an infinitive ("прошу больше не писать", "удалить мой адрес"),
                              # Finnish "I no longer want to receive" / "remove my details" (possessive -ni / -mme)
                              r"больше\s+не\s+(?:писать|звонить|присылать|отправлять|беспокоить|связываться)|"
                              r"(?:удалить|удалите)\s+(?:мой|мою|моё|мои|меня|нас|наш\w*)|отписать\w*|"
                              r"(?:меня|нас)\s+(?:прошу\s+|просим\s+)?(?:удалить|удалите)|"  # "Меня прошу удалить"
                              r"en\s+(?:enää\s+)?halua\s+(?:enää\s+)?(?:vastaanottaa|saada)|"
                              r"poista\w*\s+(?:\w+\s+)?(?:minut|meidät|\w+(?:ni|mme))|(?:ettekä|älkää)\s+enää\s+\w+|"
                              r"отпиш\w*|удалите\s+(?:мои|меня)|видаліть\s+(?:мої|мене)|"
                              # Slovenian, Lithuanian, Latvian, Estonian, Bulgarian
                              r"ne\s+(?:po[šs]iljaj\w*|kli[čc]i\w*)\s+(?:mi|nam)|odjavi\w*|nesi[ųu]s\w*|atsisak\w*|nes[ūu]tiet|"
                              r"vairs\s+nes\w*|[äa]rge\s+(?:saatke|kirjutage|helistage|v[õo]tke)|loobu\w*|"
                              r"не\s+ми\s+(?:пишете|изпращайте|изпращате|звънете|звъните)|не\s+желая\s+да\s+получавам|отпишете|"
                              # Czech/Slovak and Polish: "abyste mě již nekontaktovali", "proszę mnie nie kontaktować"
                              r"nekontaktu\w+|nep[řr]eji\s+si\s+(?:b[ýy]t\s+)?(?:\w+\s+)?kontaktov\w*|"
                              r"vyma[žz]\w*\s+(?:m[ée]|moje|na[šs]e)\s+(?:\w+\s+)?(?:[úu]daje|kontakt\w*|adres\w*|e-?mail\w*)|"
                              # Turkish asked as a request of a negated verb noun: "göndermemenizi ... rica ederim"
                              r"(?:göndermemeniz|aramamanız|yazmamanız|ulaşmamanız|rahatsız\s+etmemeniz)\w*|nekontaktoval\w*|odstra[ňn]\w*\s+(?:mou|moji|na[šs]i|m[ůu]j|m[ěe])\s+(?:\w+\s+)?"
                              r"(?:adres\w*|kontakt\w*|e-?mail\w*)|nie\s+kontaktowa[ćc]|wypisa[ćc]\s+(?:mnie|nas)|"
                              r"usu[ńn]\w*\s+(?:mój|moje|nasz\w*)\s+(?:\w+\s+)?(?:adres|dane|e-?mail))", re.I)
# the same in Chinese, Japanese, Korean, Hebrew, Arabic and Hindi (read without word boundaries)
_CJK_OPT_OUT = re.compile(r"退订|退訂|取消订阅|取消訂閱|不要再(?:发|發|给|給|联系|聯繫)|请勿再|請勿再|配信停止|配信を停止|"
                          r"メール(?:を)?(?:送らないで|不要)|もう(?:\S{0,6}?)(?:送らないで|連絡しないで|電話しないで)|連絡(?:しないで|不要)|登録解除|"
                          # Japanese and Korean: "refrain from contacting", "delete from the mailing list", "don't contact"
                          r"ご?連絡(?:（[^）]{0,20}）|\([^)]{0,20}\))?は(?:お控え|ご遠慮)|(?:配信|送付|メール)リストから(?:削除|外)|"
                          r"연락\s?하지 (?:말|마)|수신거부|(?:목록에서|명단에서|리스트에서)\s*(?:삭제|제외)|"
                          # "이메일이나 전화는 하지 말아 주세요", "제 연락처도 삭제해 주시기 바랍니다"
                          r"(?:이메일|메일|전화|연락)\S{0,3}\s?하지\s?(?:말|마)|연락처\S{0,2}\s?삭제|"
                          # Hebrew: "that you not turn to me / don't call me / remove me"
                          r"(?:ש?לא|אל)\s+(?:ת|ל)\S{2,8}\s+(?:אליי|אלי|אלינו|לי|לנו|איתי|אותי)(?:\s|$|[.,])|"
                          r"(?:ל|ת)?הסיר(?:ו)?\s+אותי|לא\s+ליצור\s+(?:איתי|אתי)\s+קשר|"
                          # Arabic: "not to contact me", "don't call / send", "delete my number", "stop sending"
                          r"عدم\s+(?:التواصل|الاتصال|مراسلتي|إرسال)|لا\s+(?:تتواصلوا|تتصلوا|ترسلوا|تراسلوني|تتصل|ترسل)\b|"
                          r"(?:إزالة|احذفوا|حذف|أزيلوا)\s+(?:اسمي|رقمي|بريدي|بياناتي|عنواني)|التوقف\s+عن\s+(?:إرسال|الاتصال)|"
                          # Hindi: "don't email or call me", "remove from your list"
                          r"(?:ईमेल|फ़ोन|फोन|कॉल|संपर्क|मैसेज|मेल)\s+(?:\S+\s+){0,3}?(?:न|मत)\s+(?:करें|करो|कीजिए|भेजें|भेजो)|"
                          r"(?:सूची|लिस्ट)\s+से\s+(?:हटा|निकाल)")
# A word bounding a request in time, in many languages ("innan", "przed", "kadar", "bis", "hasta").
FOREIGN_LIMIT = re.compile(r"\b(?:innan|f[öo]rr[äa]n|tills|indtil|før|przed|dop[óo]ki|do\s+\d|a[žz]\s+do|p[řr]ed|"
                           r"kadar|önce|p[âa]n[ăa]|[îi]nainte|amíg|előtt|dok|prije|до|пока|μέχρι|πριν|"
                           r"ennen|kunnes|bis|vor|tot|voor|antes|hasta|avant|jusqu\w*|fino|prima|at[ée]|"
                            # only after something: "pas na de vergadering", "erst nach", "qu'après", "solo dopo"
                           r"pas\s+(?:\w+\s+){0,4}?na|erst\s+(?:\w+\s+){0,2}?(?:nach|ab)|qu['\u2019]\s*apr[èe]s|que\s+apr[èe]s|"
                           r"(?:s[óo]lo|solamente|[úu]nicamente)\s+despu[ée]s|(?:solo|soltanto|solamente)\s+dopo|"
                           r"(?:s[óo]|somente|apenas)\s+(?:depois|ap[óo]s)|only\s+after)\b", re.I)


# the same said in English slang, read with the other languages' words but outside their English gate
OFF_YOUR_LIST = re.compile(r"\b(?:pull|take|get|strike)\s+(?:my|our)\s+(?:name|e-?mail|address)\s+off\s+(?:your|the)\s+"
                           r"(?:list|database|books)|\boff\s+(?:whatever|every|any|all)\s+(?:\w+\s+)?lists?\s+(?:we|I)(?:'re|\s+are|'m|"
                           r"\s+am)\s+on\b", re.I)  # ("take Old Ferry Brewing off whatever list we're on")


# a sender's confidentiality footer, in the seven languages: "if you are not the intended recipient, please delete this
# message", "Wenn Sie nicht der richtige Empfänger sind, ... löschen Sie diese Nachricht", "si vous n'êtes pas le
# destinataire", "si usted no es el destinatario", "se non è il destinatario", "se não for o destinatário", "indien u
# niet de geadresseerde bent", "received this message in error" (not "remove me from your list of recipients")
MISDELIVERED = re.compile(
    r"\bnot\s+the\s+(?:intended\s+|right\s+|correct\s+)?(?:recipient|addressee)\b|\breceived\s+this\s+(?:\w+\s+)?in\s+error\b|"
    r"\bnicht\s+(?:der|die)\s+(?:\w+\s+)?(?:Empf[äa]nger\w*|Adressat\w*)\b|\birrt[üu]mlich\s+(?:\w+\s+){0,3}?erhalten\b|"
    r"\bn['\u2019]?\s*[êe]tes\s+pas\s+(?:le\s+|la\s+)?destinataire\b|\bre[çc]u\s+(?:\w+\s+){0,3}?par\s+erreur\b|"
    r"\bno\s+(?:es|sea|fuera|eres)\s+(?:usted\s+)?(?:el\s+|la\s+)?destinatari[oa]\b|\brecibido\s+(?:\w+\s+){0,3}?por\s+error\b|"
    r"\bnon\s+(?:è|e|sia|fosse|siete)\s+(?:il\s+|la\s+)?destinatari[oa]\b|\bricevut[oa]\s+(?:\w+\s+){0,3}?per\s+errore\b|"
    r"\bn[ãa]o\s+(?:for|é|seja|fores)\s+(?:o\s+|a\s+)?destinat[áa]ri[oa]\b|\brecebid[oa]\s+(?:\w+\s+){0,3}?por\s+engano\b|"
    r"\bniet\s+de\s+(?:\w+\s+)?(?:geadresseerde|ontvanger)\b|\b(?:abusievelijk|per\s+vergissing|ten\s+onrechte)\s+"
    r"(?:\w+\s+){0,3}?ontvangen\b", re.I)


def foreign_opt_out(sentence: str) -> bool:
    """Whether a sentence in another language says "stop / unsubscribe me" with no end in time."""
    from followup.text.wish_abroad import opt_out_abroad

    return bool((_FOREIGN_OPT_OUT.search(sentence) or _CJK_OPT_OUT.search(sentence) or opt_out_abroad(sentence))
                and not FOREIGN_LIMIT.search(sentence) and not WEAK_NOT_ME.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
