"""Pauses and channel preferences worded so loosely (or in a language the model never saw) that they are only ever
asked, never applied: "ask me again sometime in 2027", "vi har valgt at udskyde beslutningen", "mejor por correo"."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import PAUSED, PREFERENCE, Wish, english
from followup.text.wish_pause import NOT_RENEW
from followup.text.wish_prefs import timed_channel

# A deferral without a date the rules read: the deal is parked, to be raised again some far day.
_LOOSE_PAUSE = re.compile(
    r"\bask\s+(?:me|us)\s+again\s+(?:some\s*time|next|in|later|after)\b|"
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:us|me|it|this|that)\s+(?:\w+\s+){0,2}?"
    r"(?:picking|taking|coming|moving|going)\b[^.]{0,30}\b(?:any\s*time\s+soon|this\s+year|soon)\b|"
    r"\b(?:bottom\s+of\s+the\s+(?:pile|list|stack)|back\s*burner|on\s+ice)\b|"
    # the offer declined with no word of time: "so we won't be pursuing your quote", "we are not renewing the contract"
    r"\b(?:won'?t|will\s+not|are\s+not|aren'?t|not)\s+(?:be\s+)?(?:pursuing|renewing|proceeding\s+with|going\s+ahead\s+with|"
    r"moving\s+forward\s+with|taking\s+up|accepting|signing)\s+(?:your|the|this|that)\s+(?:\w+\s+)?(?:quote|offer|proposal|"
    r"contract|deal|tender|bid|renewal|estimate)\b|"
    # a formal or casual no to going on: "the Board has resolved not to proceed", "were not gonna go ahead with it",
    # "kept the proposal in abeyance", "we ended up going with a local installer"
    r"\b(?:resolved|decided|agreed|chosen|elected)\s+not\s+to\s+(?:proceed|go\s+ahead|move\s+forward|pursue|continue|"
    r"renew|buy|sign)\b|\bnot\s+(?:gonna|going\s+to)\s+(?:go\s+ahead|proceed|move\s+forward|do\s+(?:it|this|that))\b|"
    r"\bin\s+abeyance\b|\b(?:went|going|gone|ended\s+up\s+going|decided\s+to\s+go|chose|opted|signed)\s+(?:with|for)\s+"
    r"(?:a|an)\s+(?:local|cheaper|smaller|bigger|larger|regional|national|different|new)\s+(?:\w+\s+)?(?:installer|supplier|"
    r"vendor|provider|company|firm|contractor|agency|partner|team|shop|outfit)\b|"
    # a competitor by name: "we've decided to go with Caldera for the member app", "We've signed with Corvina for this
    # cycle" (asked: "go with Option B for the rollout" names a choice of the rep's own offer)
    r"\b(?:decided\s+to\s+go|(?:I|we)(?:'ve|\s+have)\s+(?:signed|gone)|we(?:'re|\s+are)\s+going)\s+with\s+(?!(?:Option|Plan|Package|Tier|Version|"
    r"Model|Bundle|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|You|Your)\b)(?-i:[A-Z][\w&-]+)(?:\s+(?-i:[A-Z][\w&-]+))?\s+for\s+"
    r"(?:this|the|all|our|next)\b", re.I)
# the same in Dutch, Danish, Norwegian, Swedish, Polish, Czech, Finnish, Portuguese, Spanish and more: shelved, postponed,
# frozen, "not interested now, maybe next year"
_FOREIGN_PAUSE = re.compile(
    r"\b(?:ijskast|in\s+de\s+wacht|voorlopig\s+niet|avvakta\w*|tills\s+vidare|indtil\s+videre|inntil\s+videre|"
    r"keinen\s+bedarf|kein\s+bedarf|"
    r"udskyd\w*|udsæt\w*|utsett\w*|skjut\w*\s+upp|p[åa]\s+ubestem\w*\s+tid|p[åa]\s+is|inte\s+just\s+nu|ikke\s+(?:lige\s+)?nu|"
    r"n[äa]sta\s+[åa]r|neste\s+[åa]r|n[æa]ste\s+[åa]r|"
    r"w\s+przysz[łl]ym\s+roku|na\s+razie\s+nie|odło[żz]\w*|"
    r"pozastav\w*|odlo[žz]\w*|moment[áa]ln[ěe]\s+(?:to\s+)?ne\w*|p[řr][íi][šs]t[íi]\s+rok|"
    r"ensi\s+vuonna|my[öo]hemmin|tauolla|"
    r"por\s+enquanto|congel\w*|at[ée]\s+segunda\s+ordem|ano\s+que\s+vem|pr[óo]ximo\s+ano|"
    r"hasta\s+nuevo\s+aviso|el\s+a[ñn]o\s+que\s+viene|"
    # German shelved / on ice / until further notice / next year, Polish "we are holding it"
    r"gestrichen|auf\s+eis|bis\s+auf\s+weiteres|n[äa]chstes\s+jahr|zur[üu]ckgestellt|verschoben|wstrzymujemy|wstrzymali[śs]my|"
    # Hungarian suspended / "not relevant now", Romanian postponed / suspended, Turkish postponed / for now, Russian
    # postponed / suspended
    r"felf[üu]ggeszt\w*|(?:jelenleg|most)\s+nem\s+aktu[áa]lis|elhalaszt\w*|am[âa]n\w*|suspendat\w*|"
    r"ertele\w*|ask[ıi]ya\s+al\w*|отлож\w*|приостанов\w*|"
    # off the table, laid still, nothing will come of it: "für dieses Jahr vom Tisch", "we leggen het dossier even stil",
    # "non se ne fa niente"
    r"vom\s+tisch|leggen\s+(?:\w+\s+){0,3}?stil|stilgelegd|non\s+se\s+ne\s+fa\s+(?:niente|nulla))\b",
    re.I)
# "for now we won't go ahead" in Italian, Spanish, Portuguese, French, German and Dutch
_FOR_NOW_NOT = re.compile(
    r"\b(?:per\s+(?:il\s+momento|ora)|al\s+momento|por\s+(?:el\s+momento|ahora|agora|enquanto)|de\s+momento|no\s+momento|"
    r"neste\s+momento|nesta\s+altura|en\s+este\s+momento|por\s+lo\s+pronto|"
    r"pour\s+(?:le\s+moment|l'instant)|vorerst|momentan|derzeit|op\s+dit\s+moment|voorlopig)\b[^.]{0,30}?"
    r"\b(?:non|no|n[ãa]o|ne|nicht|kein\w*|niet|geen)\b[^.]{0,25}?\b(?:proced\w*|avanz\w*|andiamo\s+avanti|seguimos|seguir\w*|"
    r"continu\w*|interess\w*|compr\w*|firm\w*|avan[çc]\w*|prosseg\w*|poursui\w*|donn\w*\s+(?:pas\s+)?suite|weiter\w*|engag\w*|"
    r"fortf\w*|bestell\w*|verder|door)", re.I)
# a step back for now, for a season, or a renewal declined, in German, French, Spanish, Italian, Portuguese and Dutch:
# "per ora ci fermiamo", "wir stellen das Projekt vorderhand zurück", "cette saison nous passons notre tour",
# "este año no vamos a renovar" (English is wish_pause's)
_NOW_ABROAD = (r"(?:per\s+(?:ora|adesso|il\s+momento)|al\s+momento|por\s+(?:ahora|el\s+momento|enquanto|agora|ora)|"
               r"de\s+momento|no\s+momento|pour\s+(?:le\s+moment|l['\u2019](?:instant|heure))|vorerst|vorl[äa]ufig|vorderhand|"
               r"einstweilen|f[üu]rs\s+erste|momentan|voorlopig|voor\s+nu)")
_STOP_ABROAD = (r"(?:ci\s+fermiamo|fermiamo|sospendiamo|lasciamo\s+(?:perdere|stare)|rinunciamo|"  # it
                r"lo\s+dejamos|paramos|nos\s+detenemos|renunciamos|"  # es
                r"(?:on|nous)\s+(?:s['\u2019]|nous\s+)arr[êe]t\w*|en\s+rest\w*\s+l[àa]|on\s+laisse\s+tomber|renon[cç]\w*|"  # fr
                r"(?:stell|leg)\w*\s+(?:\w+\s+){0,5}?zur[üu]ck\b|zur[üu]ckstell\w*|belassen\s+wir\s+es|"  # de
                r"lassen\s+wir\s+(?:es|das)\s+(?:\w+\s+)?(?:dabei|ruhen|sein)|verzichten\s+wir|"
                r"vamos\s+parar|ficamos\s+por\s+aqui|desistimos|"  # pt
                r"stoppen\s+we|we\s+stoppen|houden\s+we\s+op|laten\s+we\s+(?:het|dit)\s+(?:\w+\s+)?rusten|"  # nl
                r"zien\s+we\s+(?:er\s+)?van\s+af)")
_SEASON_ABROAD = (r"(?:dies\w*\s+(?:jahr|saison|sommer|winter)|cette\s+(?:ann[ée]e|saison)|cet\s+(?:[ée]t[ée]|hiver)|"
                  r"est[ea]\s+(?:a[ñn]o|temporada|verano|invierno|ano|ver[ãa]o|inverno)|"
                  r"quest['\u2019](?:anno|estate|inverno)|questa\s+stagione|dit\s+(?:jaar|seizoen)|deze\s+(?:zomer|winter))")
_SKIP_ABROAD = (r"(?:setzen\s+wir\s+(?:\w+\s+)?aus|aussetzen|verzichten\s+wir|passons\s+(?:notre|son)\s+tour|"
                r"(?:faisons|fait|faire)\s+l['\u2019]impasse|pasamos|nos\s+lo\s+saltamos|lo\s+dejamos\s+pasar|passiamo|"
                r"saltiamo|rinunciamo|ficamos\s+de\s+fora|vamos\s+passar|slaan\s+we\s+(?:\w+\s+){0,3}?over\b|laten\s+we\s+"
                r"(?:\w+\s+)?schieten)")
_NOT_RENEW_ABROAD = (r"(?:nicht\s+(?:mehr\s+)?verl[äa]nger\w*|verl[äa]ngern\s+(?:\w+\s+){0,4}?nicht|"  # de
                     r"ne\s+(?:\w+\s+)?renouvel\w*\s+pas|ne\s+(?:pas|plus)\s+renouvel\w*|"  # fr
                     r"no\s+(?:vamos\s+a\s+|pensamos\s+|queremos\s+)?renova\w*|non\s+(?:\w+\s+)?rinnov\w*|"  # es it
                     r"n[ãa]o\s+(?:vamos\s+|iremos\s+|pretendemos\s+)?renova\w*|"  # pt
                     r"niet\s+(?:meer\s+)?(?:te\s+)?verlengen|verlengen\s+(?:\w+\s+){0,4}?niet)")  # nl
_STEP_BACK_ABROAD = re.compile(
    rf"\b(?:{_NOW_ABROAD}\b[^.;!?]{{0,40}}?\b{_STOP_ABROAD}|{_STOP_ABROAD}[^.;!?]{{0,40}}?\b{_NOW_ABROAD}\b|"
    rf"{_SEASON_ABROAD}\b[^.;!?]{{0,40}}?\b{_SKIP_ABROAD}|{_SKIP_ABROAD}[^.;!?]{{0,40}}?\b{_SEASON_ABROAD}\b|"
    # the German for-now word inside the separable verb: "wir stellen das Projekt vorderhand zurück"
    rf"\b(?:stell|leg)\w*\s+(?:\w+\s+){{0,4}}?{_NOW_ABROAD}\s+(?:\w+\s+){{0,3}}?zur[üu]ck\b|{_NOT_RENEW_ABROAD})", re.I)
_NOT_RENEW_RX = re.compile(NOT_RENEW, re.I)
# ... not a renewal refused on terms, with someone else, for good or under a notice clause ("nicht verlängern, außer
# ...", "ne pas renouveler avec X", "we will not renew the Leeds contract when it expires")
_RENEW_IF = re.compile(r"\b(?:renew|renouvel|renov|rinnov|verl[äa]nger|verleng)\w*\b[^.;!?]{0,60}\b(?:mit|avec|con|com|met|"
                       r"bei|chez|sans|ohne|sin|senza|sem|zonder|automati\w*|si|se|wenn|falls|als|sauf|außer|"
                       r"salvo|tranne|tenzij|with|unless|if|expir\w*|anymore|any\s+more)\b|"
                       r"\b(?:notice|clause|k[üu]ndigung\w*|pr[ée]avis|preaviso|preavviso|opzegging)\b", re.I)
_FAVOURED_WORDS = (r"privil[ée]gi\w*|privilegi\w*|bevorzug\w*|vorzugsweise|am\s+liebsten|de\s+pr[ée]f[ée]rence|"
                   r"preferiblemente|preferentemente|preferibilmente|de\s+prefer[êe]ncia|preferencialmente")
_FAVOURED = re.compile(_FAVOURED_WORDS, re.I)
# a channel preferred (Polish "wolę ... mailowy", Spanish "mejor por correo", "but by phone"); the value is the channel
# named first after the preference word
_CHANNEL_PREFERRED = re.compile(
    r"\b(?:wol[ęe]|preferuj[ęe]|rad[šs]i|mejor|prefiero|preferisc\w*|prefiro|pr[ée]f[èe]re|liever|liefst|bij\s+voorkeur|"
    # a channel favoured or "preferably" so: "privilégier le courriel", "preferiblemente por correo", "vorzugsweise"
    rf"{_FAVOURED_WORDS}|"
    r"hellre|helst|heller|mieluummin|mieluiten)\b|"
    r"\b(?:but|only|preferably|best)\s+(?:by|via|over\s+the)\s+(?=phone|e-?mail|telephone)", re.I)
_CHANNELS = (("channel:email", re.compile(r"e-?mail\w*|mail\w*|correo|courriel|poczt\w*|mejl\w*|s[äa]hk[öo]post\w*", re.I)),
             ("channel:phone", re.compile(r"phone|telefon\w*|tel[ée]fono|llam\w*|telefoon|ring\w*|zadzwo\w*|\bcall|\bligu\w*|"
                                          r"puhelin\w*|soit\w*|coup\s+de\s+fil|appel\w*|bell\w*|chiam\w*", re.I)))
# one channel said better than, or instead of, the other: "Bellen werkt voor mij een stuk beter dan mailen", "scrivermi
# via email invece di chiamare"; the channel named last before the comparison is the one preferred
_INSTEAD_ABROAD = re.compile(r"\b(?:beter\s+dan|besser\s+als|mieux\s+que|mejor\s+que|meglio\s+(?:che|di)|melhor\s+(?:do\s+)?que|"
                             r"invece\s+di|en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+de|(?:an)?statt|in\s+plaats\s+van|"
                             r"em\s+vez\s+de|ao\s+inv[ée]s\s+de)\b", re.I)


# a delivery or shipment in another language: what is held is goods, not the conversation (an order is not: "não
# vamos avançar com a encomenda" is the deal itself)
_FOREIGN_GOODS = re.compile(r"\b(?:lieferung\w*|sendung|livraison\w*|exp[ée]dition\w*|entrega\w*|env[íi]o\w*|levering\w*|"
                            r"zending\w*|consegn\w*|spedizion\w*|remessa\w*)\b", re.I)


def _stepped_back(sentence: str, in_english: bool) -> re.Match | None:
    """A renewal declined (English, without the season wish_pause reads for certain), or abroad a step back for now
    or for a season or a renewal declined (None if none)."""
    m = (_NOT_RENEW_RX if in_english else _STEP_BACK_ABROAD).search(sentence)
    return None if m is None or _RENEW_IF.search(sentence) else m


def asked_pause(sentence: str, offset: int, text: str) -> Wish | None:
    """A possible pause worded loosely or in a language the rules and the model do not read."""
    if not english(sentence) and _FOREIGN_GOODS.search(sentence):
        return None  # "bitte stoppen Sie die Lieferung bis auf Weiteres": goods held, not the customer
    in_english = english(sentence)
    m = _LOOSE_PAUSE.search(sentence) or (_stepped_back(sentence, True) if in_english else (
        _FOREIGN_PAUSE.search(sentence) or _FOR_NOW_NOT.search(sentence) or _stepped_back(sentence, False)))
    return Wish(PAUSED, text[offset + m.start(): offset + m.end()], certain=False) if m else None


# "call me, it's quicker" in other languages: a call-me (or write-me) imperative beside a "quicker / easier"
_FOREIGN_CALL_ME = re.compile(
    r"\b(?:ll[áa]me(?:me|nos)|ll[áa]mame|rufen\s+sie\s+(?:mich|uns)\s+(?:\w+\s+)?an|"
    r"ruf\s+(?:mich|uns)\s+(?:\w+\s+)?an|appelez[- ](?:moi|nous)|"
    r"(?:pass|donn)(?:e|ez)[- ](?:moi|nous)\s+(?:\w+\s+)?un\s+coup\s+de\s+(?:fil|t[ée]l[ée]phone)|"
    r"appelle[- ]moi|chiamami|mi\s+chiami|ci\s+chiami|ligue[- ]me|me\s+ligue|telefone[- ]me|bel\s+(?:me|mij|ons)|"
    r"belt\s+u\s+(?:mij|me)|ring\s+(?:mig|meg)|"
    r"zadzwo[ńn]\s+do\s+mnie|prosz[ęe]\s+dzwoni[ćc]|zavolejte\s+mi|soita\s+minulle)\b", re.I)
_FOREIGN_WRITE_ME = re.compile(
    r"\b(?:escr[íi]ba(?:me|nos)|escr[íi]beme|schreiben\s+sie\s+mir|schreib\s+mir|[ée]crivez[- ](?:moi|nous)|[ée]cris[- ]moi|"
    r"scrivimi|mi\s+scriva|escreva[- ]me|me\s+escreva|mail\s+(?:me|mij)|mejla\s+mig|maila\s+mig|napisz\s+do\s+mnie|"
    r"napi[šs]te\s+mi)\b", re.I)
# everything asked for in writing: "bitte schicken Sie mir ... schriftlich", "envoyez-moi tout par écrit"
_IN_WRITING = re.compile(r"\b(?:schriftlich|par\s+[ée]crit|por\s+escrito|per\s+iscritto|schriftelijk)\b", re.I)
_SEND_ME = re.compile(r"\b(?:schicken|senden|schreiben|envoy\w*|[ée]cri\w*|env[íi]\w*|m[áa]nd\w*|escrib\w*|invi\w*|scriv\w*|"
                      r"stuur\w*|stuurt|schrijf\w*|escrev\w*)\b", re.I)
_QUICKER = re.compile(r"\b(?:beter|besser|mieux|mejor|meglio|melhor|b[äa]ttre|bedre|lepiej|l[ée]pe|"
                      r"m[áa]s\s+(?:r[áa]pido|f[áa]cil|sencillo)|schneller|einfacher|plus\s+(?:rapide|simple|facile)|"
                      r"pi[uù]\s+(?:veloce|rapido|semplice|facile)|mais\s+(?:r[áa]pido|f[áa]cil|simples|depressa)|sneller|makkelijker|"
                      r"snabbare|enklare|hurtigere|nemmere|raskere|enklere|szybciej|[łl]atwiej|rychlej\w*|jednodu[šs]\w*|"
                      r"nopeampi|helpompi)\b", re.I)


_TIME_ABROAD = re.compile(r"\b(?:matin|apr[èe]s-midi|midi|soir\w*|journ[ée]e|\d{1,2}\s*h|morgens|abends|vormittag\w*|"
                          r"nachmittag\w*|mattin\w*|pomeriggio|sera|ochtend|middag|avond|ma[ñn]ana|tarde|noche|manh[ãa]|noite)\b",
                          re.I)
_RATHER_ABROAD = re.compile(r"\b(?:plut[ôo]t|lieber|stattdessen|piuttosto|invece|en\s+cambio|em\s+vez\s+disso|liever)\b", re.I)
# an imperative to use the customer's own phone or one channel, said in passing: "Call my mobile instead, 555-0147",
# "try my cell rather than the office", "a ring on my mobile will get one", "put it in an email" (asked: a line may be
# swapped for another line of the same channel, which prefers nothing)
_USE_MY = re.compile(
    r"(?:^\s*|[,;:.!\u2013\u2014-]\s*|\b(?:please|pls|just|kindly|so|then)\s+)(?P<verb>call|ring|phone|try|text|whatsapp)\s+"
    r"(?:me\s+(?:on|at)\s+)?(?:my|the)\s+(?:mobile|cell)(?:\s*(?:phone|number))?\b(?=[^.]{0,25}?\b(?:instead|rather|not)\b)|"
    r"\b(?:a|quick)\s+(?P<noun>ring|call|bell|text)\s+on\s+(?:my|the)\s+(?:mobile|cell)\b|"
    r"(?:^\s*|[.!;:]\s*|,\s*|\b(?:please|just|then|so)\s+)put\s+(?:it|that|this|everything|things|them)\s+in\s+(?:an?\s+)?"
    r"(?P<put>writing|e-?mail|text)\b", re.I | re.M)


def _used(m: re.Match) -> str:
    """The channel an imperative of _USE_MY names."""
    said = (m.group("verb") or m.group("noun") or m.group("put") or "").lower()
    return "channel:sms" if said in ("text", "whatsapp") else "channel:email" if said in ("writing", "email", "e-mail") \
        else "channel:phone"


def asked_channel(sentence: str, offset: int, text: str) -> Wish | None:
    """A possible channel preference: a preference word and the channel named first after it, or a foreign
    call-me / write-me beside a "quicker" ("Llámeme, es más rápido")."""
    for value, rx in (() if english(sentence) else (("channel:phone", _FOREIGN_CALL_ME), ("channel:email", _FOREIGN_WRITE_ME))):
        m = rx.search(sentence)
        # ("appelez-moi de préférence en fin d'après-midi": the time is what is favoured)
        favoured = _CHANNEL_PREFERRED.search(sentence)
        if favoured and _FAVOURED.match(favoured.group()) and _TIME_ABROAD.search(sentence):
            favoured = None
        if m and (_QUICKER.search(sentence) or favoured  # "Bel me liever op"
                  # "Appelez-moi plutôt au 06 ..." (not "appelez-moi plutôt le matin": the time is what is preferred)
                  or (_RATHER_ABROAD.search(sentence) and not _TIME_ABROAD.search(sentence))):
            return Wish(PREFERENCE, text[offset + m.start(): offset + m.end()], preference=value, certain=False)
    writing = None if english(sentence) else _IN_WRITING.search(sentence)
    if writing and _SEND_ME.search(sentence):
        return Wish(PREFERENCE, text[offset + writing.start(): offset + writing.end()], preference="channel:email",
                    certain=False)
    instead = None if english(sentence) else _INSTEAD_ABROAD.search(sentence)
    if instead:
        before = sentence[:instead.start()]
        hits = [(max((h.end() for h in rx.finditer(before)), default=-1), value) for value, rx in _CHANNELS]
        last, value = max(hits)
        if last >= 0 and any(rx.search(sentence, instead.end()) for _, rx in _CHANNELS):
            return Wish(PREFERENCE, text[offset + instead.start(): offset + instead.end()], preference=value,
                        certain=False)
    m = _CHANNEL_PREFERRED.search(sentence)
    if not m:
        used = _USE_MY.search(sentence)
        return Wish(PREFERENCE, text[offset + used.start(): offset + used.end()].strip(" ,;:.!-"), preference=_used(used),
                    certain=False) if used else None
    after = sentence[m.start():]
    hits = [(rx.search(after), value) for value, rx in _CHANNELS]
    hits = [(h.start(), value) for h, value in hits if h]
    if not hits:
        return None
    value = min(hits)[1]
    if timed_channel(after, min(hits)[0]):  # "prefiero que me llame por la tarde": the afternoon is preferred
        return None
    return Wish(PREFERENCE, text[offset + m.start(): offset + m.end()], preference=value, certain=False)


# time asked for in another language: a need word and a length ("mi serve qualche giorno", "preciso de um mês",
# "jag behöver en vecka till"); the length is read by followup.text.dates.foreign_duration_days
_FOREIGN_NEED_TIME = re.compile(
    r"\b(?:mi\s+serv\w+|ho\s+bisogno\s+di|abbiamo\s+bisogno\s+di|necesito|necesitamos|preciso\s+de|precisamos\s+de|"
    r"j'ai\s+besoin\s+d|nous\s+avons\s+besoin\s+d|il\s+me\s+faut|ich\s+brauche|wir\s+brauchen|geben\s+sie\s+mir|"
    r"ik\s+heb|wij\s+hebben|geef\s+me|jag\s+beh[öo]ver|vi\s+beh[öo]ver|jeg\s+(?:har\s+brug\s+for|trenger|beh[øo]ver)|"
    r"vi\s+(?:har\s+brug\s+for|trenger)|potrzebuj[ęe]|potrzebujemy|daj(?:cie)?\s+mi|pot[řr]ebuji|pot[řr]ebujeme|"
    r"tarvitsen|tarvitsemme|(?:мені|мне|нам)\s+(?:потр[іi]бн\w*|треба|нужн\w*)|дайте\s+(?:мені|мне|нам)|дай\s+(?:мені|мне)|"
    # "give me a few days" as a polite imperative, and "contact me again in three weeks"
    # ... or asked as a question: "¿me das diez días?", "tu me laisses quinze jours ?"
    r"(?:me|nos)\s+(?:das|dais|dejas|dan|dejan)|(?:tu\s+)?me\s+laisses|vous\s+me\s+laissez|"
    r"d[ée]me|d[ée]nos|dame|danos|conc[ée]da(?:me|nos)|donnez[- ](?:moi|nous)|laissez[- ](?:moi|nous)|accordez[- ](?:moi|nous)|"
    r"geben\s+sie\s+(?:mir|uns)|lassen\s+sie\s+(?:mir|uns)|gib\s+(?:mir|uns)|geef(?:t\s+u)?\s+(?:me|mij|ons)|"
    r"(?:mi|ci)\s+(?:dia|conceda|lasci)|dammi|datemi|d[êe][- ]me|conceda[- ]me|"
    r"weer\s+contact|opnieuw\s+contact|wieder\s+(?:melden|kontaktieren|anrufen|schreiben)|recontact\w*|relanc\w*|"
    r"volv(?:er|ed|amos)\s+a\s+(?:contactar|llamar|escribir|hablar)|ricontatt\w*|risentir\w*|"
    r"voltar\s+a\s+(?:contactar|falar|ligar))\b", re.I)


# "melden Sie sich in zwei Wochen wieder", "ci risentiamo tra due settimane", "vuelva a llamarme dentro de dos semanas":
# a contact word and a length of time said as "in N" (the length is read by foreign_duration_days)
_FOREIGN_IN = re.compile(r"\b(?:in|over|dans|en|dentro\s+de|daqui\s+a|tra|fra|om|za|inom)\s+(?:\w+\s+)?\w+\s+\w+|"
                         r"\b(?:через|za)\s+\w+", re.I)
_FOREIGN_CONTACT = re.compile(
    r"\b(?:meld\w*|kontakt\w*|anruf\w*|ruf\w*|schreib\w*|contact\w*|recontact\w*|rappel\w*|appel\w*|[ée]cri\w*|revenez|"
    r"reviens|ll[aá]m\w*|escr[íi]b\w*|ligu\w*|ligar|escrev\w*|chiam\w*|(?:ri)?scriv\w*|sentiamo|risentiamo|ricontatt\w*|"
    # news asked of the rep: "Redonne-moi des nouvelles dans trois semaines", "dê-me notícias daqui a um mês"
    r"(?:re)?donne[zr]?-(?:moi|nous)\s+(?:des|de\s+(?:vos|tes))\s+nouvelles|d[êe]-(?:me|nos)\s+not[íi]cias|"
    r"d[ae](?:me|nos)\s+noticias|(?:dammi|datemi)\s+notizie|"
    r"bel|belt|bellen|mail|mailt|mailen|hör\w*|h[øo]r\w*|ring\w*|skriv\w*|odezw\w*|zadzwo\w*|napisz\w*|"
    r"återkomm\w*|зв\W?яж\w*|напиш\w*|пиш\w*|зателефону\w*|подзвон\w*|телефону\w*|свяж\w*|позвон\w*|звон\w*|поговори\w*)\b", re.I)
# a delivery or a past: "Lieferung in zwei Wochen", "il y a deux semaines"
_FOREIGN_IN_NOT = re.compile(r"\b(?:lieferung|liefer\w*|livraison|livr\w*|entrega\w*|levering|geleverd|consegna\w*|"
                             r"il\s+y\s+a|hace|fa|geleden|vor|h[áa])\b", re.I)


def asked_quiet_days(sentence: str) -> int | None:
    """Days of time asked for in another language, or None when the sentence asks for none."""
    from followup.text.dates import foreign_duration_days

    if english(sentence):
        return None
    if _FOREIGN_NEED_TIME.search(sentence):
        return foreign_duration_days(sentence)
    m = _FOREIGN_IN.search(sentence)
    while m:  # "contact me again in N": the length must follow the "in"
        days = foreign_duration_days(sentence[m.start():])
        if days is not None and _FOREIGN_CONTACT.search(sentence) and not _FOREIGN_IN_NOT.search(sentence):
            return days
        m = _FOREIGN_IN.search(sentence, m.start() + 1)
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
