"""Possible wishes: the second opinion where the rules read nothing (a loosened opt-out grammar, then the trained
classifier of followup.text.wish_model) and the wide net of followup.text.wish_net beside the rules (wish_netmaybe.py).
Never certain: each reading holds the customer's drafts until the rep confirms or dismisses it."""
from __future__ import annotations

import re
from datetime import datetime

from followup.text.dates import MONTHS, WEEKDAY_NAMES
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_asked import asked_channel
from followup.text.wish_base import (  # noqa: F401
    A_FEW_DAYS,
    CONTACT_VERB,
    DNC,
    MAIL_NOUN,
    MONTH_RE,
    NEG_BEFORE,
    PAUSED,
    PREFERENCE,
    QUIET,
    Wish,
    english,
    guarded,
    sentence_quote,
)
from followup.text.wish_channel import missed_channel
from followup.text.wish_ends import (
    foreign_after_day,
    foreign_event_wait,
    foreign_not_before,
    foreign_time_asked,
    net_quiet_end,
)
from followup.text.wish_maybe_optout import (
    DNC_TOPIC,
    FOREIGN_LIMIT,
    MISDELIVERED,
    OFF_YOUR_LIST,
    WEAK_NOT_ME,
    foreign_opt_out,
    weak_opt_out,
)
from followup.text.wish_negation import EN_NOT_APOSTROPHE
from followup.text.wish_optout_bounded import bounded_read
from followup.text.wish_prefs import CHANNELS, REP_TRIED, TIME, TIME_BAD_RX, visit_only
from followup.text.wish_rather import without_refused_part
from followup.text.wish_reach import clause_channels
from followup.text.wish_scope import after_withdrawal
from followup.text.wish_told_other import told_only_someone_else
from followup.text.wish_tongues import tongue_wish

# ---------------------------------------------------------------- second opinion (followup.text.wish_model)
MAYBE_THRESHOLD = 0.3  # the classifier's probability for a kind the rules did not read -> a possible wish
# An opt-out is asked about at a lower probability, and wins over a likelier other kind: a missed opt-out costs the
# customer, a question one click.
DNC_MAYBE_THRESHOLD = 0.2
# Above this the model's opt-out is asked about without a cue word ("Avregistrera mig, tack", "Please suppress this
# address") and also where the rules read a pause or a preference in the same sentence.
DNC_CONFIDENT = 0.9
# Without a cue word a sure opt-out still needs a refusal of some kind, in any language ("I'm interested." is not one):
# a "no", a halt or deletion verb ("je vous saurais gré d'effacer mes coordonnées", "solicito la supresión de mis
# datos", "que se abstengan de ..."), or nobody to make contact ("I'd ask that nobody from your outfit gets in touch";
# "niemand heeft er nu tijd voor" refuses no contact)
_NOBODY = (r"(?:nobody|no[\s-]one|noone|personne|nadie|niemand|nessuno|ningu[ée]m)\s+(?:[\w']+\s+){0,5}?"
           r"(?:g[eo]t\w*\s+in\s+touch|reach\w*\s+out|contact\w*|kontakt\w*|e-?mail\w*|mail\w*|call\w*|ring\w*|phon\w*|"
           r"writ\w*|messag\w*|text\w*|llam\w*|escrib\w*|appel\w*|[ée]cri\w*|anruf\w*|ruft|schreib\w*|bel\w*|chiam\w*|"
           r"scriv\w*|lig\w*|sollicit\w*)")
_ERASE = r"effac\w*|supres\w*|suppress\w*|abst[ei]n\w*|asten\w*"
# Portuguese "no" before a time word is "in the" ("me procura no final de março"), no refusal
_PT_AT_TIME = r"(?:final|fim|in[íi]cio|come[çc]o|meio|dia|m[êe]s|pr[óo]xim[oa])\b"
_ANY_REFUSAL = re.compile(rf"\b(?:{_NOBODY}|{_ERASE}|not|no(?!\s+{_PT_AT_TIME})|"
                          rf"n't|{EN_NOT_APOSTROPHE}|never|stop\w*|remov\w*|off|(?<!reach\s)"
                          r"(?<!check\s)(?<!find\s)(?<!figure\s)(?<!work\s)(?<!sort\s)(?<!look\s)(?<!point\s)out|unsubscri\w*|delete|suppress|drop|enough|"
                          r"nicht|kein\w*|ne|n'|pas|plus|jamais|nunca|m[áa]s|non|pi[uù]|mai|n[ãa]o|mais|niet|geen|nooit|meer|"
                          r"nie|wi[ęe]cej|inte|sluta|bort|avregistrera|wypisz\w*|usu\w+|baja|streich\w*|aus\w*|auf|nej|nein|"
                          r"rimuov\w*|b[óo]rr\w*|elimin\w*|supprim\w*|arr[êe]t\w*|cess\w*|refus\w*|verwijder\w*|apag\w*|"
                          r"cancell\w*|l[öo]sch\w*|niekontakt\w*|remvo\w*)\b|n't\b", re.I)
# ... and someone addressed, in any language: "- Remove bundled pstack." in a changelog asks nothing of the sender
_ANY_PERSON = re.compile(r"\b(?:me|us|my|our|you|your|please|pls|kindly|I|we|mig|oss|meg|os|mnie|nas|mě|nás|mi|minut|"
                         r"mich|uns|mir|bitte|moi|nous|m'|nos|ci|mij|ons|alsjeblieft|graag|favor|favore|proszę|prosím|"
                         r"tack|venligst|takk|kiitos|ik|je|jij|u|ich|Sie|je|vous|yo|usted|io|eu)\b|m'", re.I)
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a sentence of numbers and signs is not read by the model
ML_CUES = True  # cue words of the other six languages open the second opinion too
TONGUES = True  # the word tables of twenty-odd more languages (wish_tongues) read before the model
_MODEL_KINDS = {"quiet": QUIET, "paused": PAUSED, "do_not_contact": DNC, "pref_time": PREFERENCE,
                "pref_channel": PREFERENCE}
# "Not right now, I'm in a meeting. Call me back in an hour": a moment, not a pause, whichever sentence says it
# ("try me again in an hour or so": again, as back)
SHORT_CALLBACK = re.compile(r"\b(?:call|ring|try)\s+(?:me\s+)?(?:back\s+|again\s+)?(?:in\s+(?:an?|\d+|ten|twenty|thirty|"
                            r"fifteen|five)\s+(?:hour|min\w*)|in\s+\d{1,2}\s*[.!]|later\s+today|this\s+(?:afternoon|evening)|"
                            r"after\s+(?:the|my)\s+meeting|at\s+\d|after\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[?.!]|"
                            r"tonight)|"
                             # "not now, I'm driving": the moment is bad, not the deal
                            r"^\W*not\s+(?:right\s+)?now\s*[,!.-]+\s*(?:sorry\W+)?(?:I'?m\s+|I\s+am\s+)?(?:driving|on\s+(?:a|the)\s+"
                            r"(?:call|phone|road|train|plane)|in\s+a\s+meeting|with\s+a\s+(?:customer|client|patient)|the\s+kids|"
                            r"at\s+the\s+(?:doctor|dentist|airport))", re.I | re.M)


# The same cues in German, French, Spanish, Dutch, Italian and Portuguese (the model is trained on all seven).
_NORDIC_SLAVIC_HALT = (r"avregistrera|avsluta|sluta|ta\s+bort\s+(?:mig|oss)|inte\s+(?:l[äa]ngre|fler|mer)|afmeld\w*|"
                       r"fjern\s+(?:mig|meg|os|oss)|ikke\s+(?:l[æe]ngere|mere|flere|mer)|meld\s+(?:meg|mig|os|oss)\s+(?:av|af|ud)|"
                       r"slutt|stop\s+med|wypis\w*|usu[ńn]\w*|nie\s+(?:\w+\s+)?(?:kontakt\w*|wysy\w*|pisa\w*|dzwoni\w*)|"
                       r"wi[ęe]cej|przesta\w*|odhl[aá]s\w*|nekontaktuj\w*|nepos[íi]l\w*|nepi[šs]\w*|p[řr]esta[ňn]\w*|"
                       r"sma[žz]\w*|u[žz]\s+ne\w*|poista\w*|[äa]lk[äa][äa]\w*|en\s+halua")
_ML_HALT = (r"nicht\s+mehr|keine\s+(?:weiteren\s+)?\w+\s+mehr|keine\s+weiteren|l[öo]sch\w*|streich\w*|abmeld\w*|austrag\w*|"
            r"widersprech\w*|widerspruch|entfern\w*|sehen\s+sie\s+(?:bitte\s+)?von|ne\s+plus|n'?\s*\w+\s+plus|plus\s+(?:me|m')|"
            r"cess\w*|retir\w*|supprim\w*|d[ée]sinscri\w*|d[ée]sabonn\w*|dej(?:en|ar|e|ad|a)\s+de|s[áa](?:c|qu)(?:ad|a|en|e)(?:me|nos)|no\s+(?:me|nos|vuelvan|quiero|deseo)|"
            r"elimin\w*|borr\w*|baja|niet\s+meer|geen\s+\w+\s+meer|verwijder\w*|afmeld\w*|uitschrijv\w*|haal\s+(?:mij|me|ons)|"
            r"non\s+\w+\s+pi[uù]|pi[uù]\s+contatt\w*|cancell\w*|smett\w*|disiscriv\w*|n[ãa]o\s+(?:me\s+)?\w+\s+mais|"
            r"n[ãa]o\s+(?:quero|desejo)|remov\w*|apag\w*|parem|descadastr\w*|"
            # Swedish, Danish, Norwegian, Polish, Czech, Finnish (untrained: these open the loosened grammar below)
            + _NORDIC_SLAVIC_HALT)
_ML_TOPIC = (r"e-?mails?|nachricht\w*|kontakt\w*|anruf\w*|verteiler|mailingliste|anschreib\w*|schreib\w*|meld\w*|daten|"
             r"courriels?|messages?|contact\w*|[ée]cri\w*|sollicit\w*|liste|coordonn[ée]es|donn[ée]es|fichiers?|envo\w*|"
             r"correos?|mensajes?|escrib\w*|llam\w*|datos|lista|berichten|contacter\w*|mailinglijst|gegevens|bestand|stuur|"
             r"contattar\w*|scriver\w*|dati|mensagens|contact\w*|dados|envi\w*|lista|"
             r"mejl\w*|mail\w*|e-?post\w*|meddelande\w*|utskick\w*|listan|nyhetsbrev\w*|kontakt\w*|skick\w*|ring\w*|"
             r"sende|sendt|beskeder|nyhedsbrev\w*|listen|ringe|wiadomo\w*|maili\w*|list\w*|newsletter\w*|dzwoni\w*|"
             r"zpr[áa]v\w*|e-?mail\w*|seznam\w*|kontaktuj\w*|vol\w*|s[äa]hk[öo]post\w*|viest\w*|uutiskirje\w*|"
             r"listalta|yhteyt\w*|mnie|mig|meg|mě|nás|minut")
_ML_DNC = re.compile(rf"\b(?:{_ML_HALT})\b", re.I)
_ML_DNC_TOPIC = re.compile(rf"\b(?:{_ML_TOPIC})\b", re.I)
_ML_PAUSED = re.compile(r"\b(?:vorerst|eis|anderen?\s+anbieter|sobald|pause|suspendu|autre|pour\s+l'instant|otro|por\s+ahora|"
                        r"esperar|retomemos|voorlopig|andere|per\s+ora|sospes\w*|altro|por\s+agora|outro|parad\w*|stil)\b", re.I)
_ML_QUIET = re.compile(r"\b(?:tage?n?|wochen?|monat\w*|jours?|semaines?|mois|d[ií]as?|semanas?|mes|dagen|weken|week|giorni|"
                       r"settiman\w*|dias|avant|antes|nach|bis|jusqu\w*|d'ici|hasta|fino|at[ée]|tot|\d{1,2}\.)", re.I)
_ML_PREF = re.compile(r"\b(?:nachmittags?|vormittags?|abends?|morgens|telefon\w*|apr[èe]s-midi|matin|soir|"
                      r"t[ée]l[ée]phon\w*|tarde|"
                      r"ma[ñn]ana|noche|middag|ochtend|avond|telefoon\w*|pomeriggio|mattin\w*|sera|manh[ãa]|noite|ligu\w*|llam\w*|"
                      r"correo|e-?mail)", re.I)
_ML_PREF_VALUES = (("time:afternoon", r"nachmittag|apr[èe]s-midi|por\s+la\s+tarde|\btarde\b|(?<!f[öo]r)(?<!for)middag|"
                                      r"pomeriggio"),
                   ("time:morning", r"vormittag|\bmorgens|\bmatin|ma[ñn]ana|ochtend|mattin|manh[ãa]|f[öo]rmiddag|formiddag"),
                   ("time:evening", r"\babends?\b|\bsoir|noche|avond|\bsera\b|\bserata\b|noite|kv[äa]ll|kveld"),
                   ("channel:phone", r"telefon|t[ée]l[ée]phon|telefoon|llam|ligu|\bcall(?:s|ed|ing|back)?\b|\bphone"),
                   ("channel:email", r"e-?mail|courriel|correo|\bmail"))
# A possible wish needs, besides the model's vote, a word of its kind in the sentence (a compositional minimum:
# an opt-out names mail or contact and a halt; a pause a "no" or a deferral; a quiet period some time).
_MAYBE_CUES = {
    DNC: re.compile(r"\b(?:stop|declin\w*\s+(?:any\s+)?(?:further|future|more)|no\s+longer|don'?t|do\s+not|never|"
                    r"remov\w*|off|unsubscrib\w*|opt\w*|delete|erase|"
                    r"erasure|withdraw\w*|refrain|cease|discontinu\w*|not\s+(?:wish|want)|rather\s+not|enough|without)\b",
                    re.I),
    PAUSED: re.compile(r"\b(?:not|no|never|pass|later|hold|decid\w*|another|different|elsewhere|shelv\w*|postpon\w*|"
                       r"declin\w*|turn\w*\s+down|close|budget|next\s+(?:year|quarter)|for\s+now|time\s+being|"
                       rf"wait\w*|priorit\w*|freez\w*|frozen|pause\w*|{EN_NOT_APOSTROPHE})\b", re.I),
    # (month names are looked up word by word in _cued: one alternation of every month in seven languages is slow)
    QUIET: re.compile(rf"\b(?:days?|weeks?|months?|fortnight|until|till|after|before|once|back|time|think\w*|wait\w*|"
                      rf"hold|weekend|later|soon|{'|'.join(WEEKDAY_NAMES)}|[0-3]?\d(?:st|nd|rd|th))\b", re.I),
    # a preference also needs a value (_guess_preference)
    PREFERENCE: re.compile(r"\b(?:mornings?|afternoons?|evenings?|midday|lunch\w*|noon|early|late|later|"
                           r"e-?mails?|phone|call(?:s|ed|ing|back)?|ring|text\w*|sms|whatsapp|mobile)\b", re.I),
}


# Wider cue words per kind, for a model vote of WIDE_MAYBE_THRESHOLD or more on a sentence the narrow cues above miss:
# deferrals said as a promise to write ("I'll let you know if anything changes", "put a pin in it till spring",
# "on the back burner"), a stretch of time asked for ("give me 2 wks then try me again"), a clock time bounding the
# day ("Best before 10am") and channels said as habits ("I'm no good at keeping on top of my inbox"). Measured on
# blind batches 15-48 with models that never saw the batch read (benchmarks/wish_model_cv.py, option I).
WIDE_CUES = True
WIDE_MAYBE_THRESHOLD = 0.9
_WIDE_CUES = {
    PAUSED: re.compile(r"\b(?:revisit\w*|back[- ]burner|on\s+ice|push(?:ed)?\s+(?:back|out|to)|pin\s+in|"
                       r"(?:off|onto|on)\s+the\s+table|timing|ready|competitor|(?:went|going|gone|stick\w*|stay\w*)\s+with|this\s+(?:round|year|season|time)|"
                       r"foreseeable|at\s+this\s+(?:point|stage)|anything\s+changes|things\s+change|down\s+the\s+(?:road|line)|"
                       r"fiscal|scrap\w*|park\w*|maybe\s+next|another\s+time|some\s+other\s+time)\b", re.I),
    QUIET: re.compile(r"\b(?:give\s+(?:me|us|him|her|them)|by\s+then|then|first|wks?|a\s+(?:bit|while)|"
                      r"check\s+with|consult\w*|back\s+from|holiday|vacation|leave|closed|head\s+above\s+water)\b", re.I),
    PREFERENCE: re.compile(r"\b(?:phon\w*|inbox|mail|voicemail|in\s+writing|written|landline|cell)\b", re.I),
}
# a time of day bounding the day, a wide cue for a preference only beside a word for talking (wish_net_time.TALK): "the
# van can't arrive before 9am" is a delivery
_WIDE_TIME = re.compile(r"\b(?:before|after|until|till|between|from|by)\s+\d|\bfirst\s+thing\b|\bduring\s+the\s+day\b|"
                        r"\bdaytime\b|\bo'?clock\b", re.I)
# a clock time bounding the day, for the value of a possible time preference (_clock_part)
_CLOCK_BOUND = re.compile(r"\b(?P<prep>before|after|until|till|by|from)\s+(?P<h>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?!\d)\s*"
                          r"(?P<ampm>a\.?m\.?|p\.?m\.?)?(?!\s*(?:%|days?|weeks?|months?|years?|hours?|mins?|minutes?|th\b|st\b|"
                          r"nd\b|rd\b|[/.-]\d))", re.I)
_FIRST_THING = re.compile(r"\bfirst\s+thing\b", re.I)


# channels refused as a list ("neither by email nor by WhatsApp") in the seven languages
_NEITHER_NOR = re.compile(r"\b(?:neither|nor|nem|ni|weder|n[èé])\b", re.I)


_LETTERS = re.compile(r"[^\W\d_]+\.?")
# a stretch of time already past is no wait asked for ("the order of last week still stands", "de order van vorige
# week staat nog", "die Bestellung von letzter Woche", "la commande de la semaine dernière", "el pedido de la semana
# pasada", "l'ordine della settimana scorsa", "a encomenda da semana passada", "two weeks ago", "vor zwei Wochen")
_PAST_TIME = re.compile(
    r"\b(?:(?:last|past|previous)\s+(?:week|month|fortnight)|(?:vorige|afgelopen|verleden)\s+(?:week|maand)|"
    r"(?:letzte[nr]?|vergangene[nr]?|vorige[nr]?)\s+(?:woche|monat|monats)|"
    r"(?:la\s+semaine|le\s+mois)\s+(?:derni(?:er|ère)|pass[ée]e?)|(?:la\s+semana|el\s+mes)\s+pasad[oa]|"
    r"(?:la\s+settimana|il\s+mese)\s+(?:scors[oa]|passat[oa])|(?:a\s+semana|o\s+m[êe]s)\s+passad[oa]|"
    r"(?:\w+\s+)?(?:weeks?|months?)\s+ago|vor\s+\w+\s+(?:wochen|woche|monaten|monat)|"
    r"il\s+y\s+a\s+\w+\s+(?:semaines?|mois)|hace\s+\w+\s+(?:semanas?|mes(?:es)?)|"
    r"\w+\s+(?:settiman[ae]|mes[ie])\s+fa|h[áa]\s+\w+\s+(?:semanas?|m[êe]s(?:es)?)|\w+\s+(?:weken|week|maanden|maand)\s+geleden)\b",
    re.I)


def _names_month(sentence: str) -> bool:
    """Whether a word of the sentence is a month's name or abbreviation (any of the seven languages)."""
    return any(word.lower().rstrip(".") in MONTHS for word in _LETTERS.findall(sentence))


def _cued(sentence: str) -> list[str]:
    """The kinds whose cue words (any of the seven languages) the sentence holds; an opt-out also needs a topic."""
    unpast = _PAST_TIME.sub(" ", sentence)  # a wait's cue words, with the stretches of time already past left out
    cued = [kind for kind, rx in _MAYBE_CUES.items()
            if (rx.search(unpast if kind == QUIET else sentence) or (kind == QUIET and _names_month(sentence)))
            and (kind != DNC or DNC_TOPIC.search(sentence))]
    if ML_CUES and not english(sentence):  # the six other languages' cue words (English ones are read above)
        if DNC not in cued and _ML_DNC.search(sentence) and _ML_DNC_TOPIC.search(sentence):
            cued.append(DNC)
        for kind, rx in ((PAUSED, _ML_PAUSED), (QUIET, _ML_QUIET), (PREFERENCE, _ML_PREF)):
            if kind not in cued and rx.search(unpast if kind == QUIET else sentence):
                cued.append(kind)
    return cued


def _wide_cued(sentence: str) -> list[str]:
    """The kinds whose wider cue words (_WIDE_CUES) the sentence holds: asked about only when the model is sure."""
    if not WIDE_CUES:
        return []
    from followup.text.wish_net_time import TALK

    wide = [kind for kind, rx in _WIDE_CUES.items() if rx.search(sentence)]
    if PREFERENCE not in wide and _WIDE_TIME.search(sentence) and TALK.search(sentence):
        wide.append(PREFERENCE)
    return wide


def _clock_part(sentence: str) -> str | None:
    """The part of day a clock time in a sentence bounds ("best before 10am" -> morning, "after 2" -> afternoon)."""
    m = _CLOCK_BOUND.search(sentence)
    if m is None:
        return "time:morning" if _FIRST_THING.search(sentence) else None
    hour = int(m.group("h"))
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif not ampm and hour < 7:
        hour += 12  # "after 2" at work is the afternoon
    if m.group("prep").lower() in ("before", "until", "till", "by"):
        hour -= 1
    return "time:" + ("evening" if hour >= 17 else "afternoon" if hour >= 12 else "morning")


def _ml_preference(sentence: str, kind: str) -> str | None:
    """The time of day or channel named first in a sentence of any of the seven languages."""
    prefix = "time:" if kind == "pref_time" else "channel:"
    hits = [(m.start(), value) for value, rx in _ML_PREF_VALUES if value.startswith(prefix)
            for m in [re.search(rx, sentence, re.I)] if m]
    return min(hits)[1] if hits else None


def possible_opt_out_beside(sentence: str, offset: int, text: str, found: list[Wish]) -> Wish | None:
    """A possible opt-out where the rules read only a pause, quiet period or preference in the sentence: "he's not
    interested and doesn't want any further contact from your company" is read as a pause."""
    from followup.text import wish_model, wish_net
    from followup.text.wish_ends import refuses_before_abroad  # (wish_ends reads the rules, which read this module)

    model = wish_model.opinion()
    if not found or any(w.kind == DNC for w in found) or model is None or WEAK_NOT_ME.search(sentence) \
            or bounded_read(found):  # ("no more calls this week": the quiet period it is)
        return None
    if any(w.kind == QUIET and w.certain for w in found) and (wish_net.looks_like_opt_out_but_is_not(sentence)
                                                            or refuses_before_abroad(sentence)):
        return None  # "contact me again from Monday 15 February, not earlier", "nicht vor KW 48": the wait's start
    if not (_ANY_REFUSAL.search(sentence) and _ANY_PERSON.search(sentence)) or _refusals_are_the_wait(sentence, found) \
            or model.probabilities(sentence)["do_not_contact"] < DNC_CONFIDENT:
        return None
    return Wish(DNC, sentence_quote(sentence, offset, text), certain=False)


def _refusals_are_the_wait(sentence: str, found: list[Wish]) -> bool:
    """Whether every refusal of the sentence lies inside the quote of a certain quiet period read in it ("Kindly do
    not call me for the next few days": the refusal is bounded by its length, a wait and not a stop)."""
    spans = [(at, at + len(w.quote)) for w in found if w.kind == QUIET and w.certain and w.quote
             and (at := sentence.find(w.quote)) >= 0]
    return bool(spans) and all(any(lo <= m.start() and m.end() <= hi for lo, hi in spans)
                               for m in _ANY_REFUSAL.finditer(sentence))


_REFUSES_CHANNEL = re.compile(r"\b(?:don'?t|do\s+not|doesn'?t|never|can'?t|cannot|not)\s+(?:\w+\s+){0,2}?(?:phone|call|ring|"
                              r"e-?mail|text)|\b(?:phones?|calls?|e-?mails?|texts?)\b[^.]{0,15}\b(?:don'?t|doesn'?t|do\s+not|"
                              r"never|won'?t)\s+(?:\w+\s+)?(?:work|suit|go\s+(?:well|down\s+well))|"
                              # "pls no calls", "no emails please"; "long emails take me forever", "calls are a nightmare"
                              r"\bno\s+(?:more\s+)?(?:phone\s+)?(?:calls|e-?mails|texts|phoning|ringing)\b|"
                              r"\b(?:phones?|calls?|e-?mails?|texts?)\b[^.]{0,15}\b(?:take\s+me\s+(?:forever|ages)|drive\s+me\s+"
                              r"(?:mad|crazy)|(?:is|are)\s+(?:a\s+nightmare|hopeless|impossible|hard|difficult))", re.I)


# a channel named for something else than how to reach the customer: thanks for a past call, someone added to the mail
# ("thanks for the call earlier", "please include her on future emails", "cc Tom on the invoices")
_CHANNEL_MENTIONED = re.compile(r"\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:(?:the|your|our)\s+(?:\w+\s+)?(?:call|e-?mail|"
                                r"message|text|chat)\b|(?:calling|ringing|phoning|e-?mailing|writing|texting)\b)|"
                                + REP_TRIED + r"|\b(?:include|cc|copy|add)\s+(?:her|him|them|[A-Z][a-z]+)\s+(?:in|on|into)\b",
                                re.I)


def _guess_preference(sentence: str, kind: str) -> str | None:
    """The time of day or channel a sentence names, for a possible preference (None when it names none, or when it
    only says a part of the day is bad: "Mornings are chaos here" prefers nothing yet)."""
    if kind == "pref_time":
        sentence = after_withdrawal(sentence)  # "Mornings work best - actually no, ...": the part taken back asks nothing
        sentence = without_refused_part(sentence)  # "non pas le matin mais l'après-midi": the afternoon
        if TIME_BAD_RX.search(sentence):
            return None
    if kind == "pref_channel":
        if _CHANNEL_MENTIONED.search(sentence):
            return None
        after = asked_channel(sentence, 0, sentence)  # the channel named after "prefiero", "rather", "mejor" ...
        if after is not None:
            return after.preference
        if _REFUSES_CHANNEL.search(sentence):  # "phone calls don't work for me": the channel named is the one refused
            return None
        if (missed := missed_channel(sentence)) is not None:  # "email's a black hole here": the other of the two
            return missed
    # a channel the sentence refuses is never the one it prefers ("please don't put anything in writing either")
    avoided = {f"channel:{c}" for c, weight in clause_channels(sentence) if weight == "avoid"} \
        if kind == "pref_channel" else set()
    if ML_CUES:
        guess = _ml_preference(sentence, kind)
        if guess:
            return guess if guess not in avoided else None
    if kind == "pref_time":
        for part, rx in TIME.items():
            if rx.search(sentence) and part in ("morning", "afternoon", "evening", "midday"):
                return f"time:{part}"
        return _clock_part(sentence) if WIDE_CUES else None
    for name in ("phone", "email", "sms"):
        if re.search(rf"\b{CHANNELS[name]}\b", sentence, re.I) and f"channel:{name}" not in avoided:
            return f"channel:{name}"
    return None


def possible_wish(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """A possible wish in a sentence where the rules read nothing: the loosened opt-out grammar, else the classifier.

    Not done: turning a rule's reading into a question when the model disagrees. Measured on blind batches 1-2, the
    model gave true opt-outs ("please discontinue all communications") P < 0.01 and caught no false one.
    """
    from followup.text import wish_model
    from followup.text.wish_net import looks_like_opt_out_but_is_not

    if ML_CUES and not english(sentence):  # "bitte melde dich nicht vor nächstem Montag"
        zone = local.tzinfo
        after = text[offset + len(sentence):]  # a correction may follow the sentence ("una semana... mejor diez días")
        until = foreign_not_before(sentence, local, zone) or foreign_time_asked(sentence, local, zone, after) \
            or foreign_after_day(sentence, local, zone) or foreign_event_wait(sentence, local, zone)
        if until is not None:
            return Wish(QUIET, sentence_quote(sentence, offset, text), until=until, certain=False)
    # the word tables of the languages no rule reads (wish_tongues): a wait with its end outranks an opt-out there
    abroad = tongue_wish(sentence, sentence.strip(), local, local.tzinfo, text) if TONGUES and not english(sentence) else None
    if abroad is not None and abroad.kind == QUIET:
        return abroad
    cued = _cued(sentence)
    if (DNC in cued and weak_opt_out(sentence)) or (ML_CUES and (
            OFF_YOUR_LIST.search(sentence) or (not english(sentence) and foreign_opt_out(sentence)))):
        label = "do_not_contact"  # a missed opt-out costs the customer; a false question costs the rep one click
    elif abroad is not None:
        return abroad
    else:
        model = wish_model.opinion()
        # without a cue word only a sure opt-out with a refusal word can come out: no refusal, no model (same answers)
        wide = _wide_cued(sentence)
        if model is None or not (cued or wide or (_ANY_REFUSAL.search(sentence) and _ANY_PERSON.search(sentence))) \
                or not _WORDY.search(sentence):
            return None  # uncued, only a sure opt-out can come out, and that needs a refusal and someone addressed
        probs = model.probabilities(sentence)
        label, p = max(((c, v) for c, v in probs.items() if c != "none"), key=lambda cv: cv[1])
        dnc = probs["do_not_contact"]
        sure = dnc >= DNC_CONFIDENT and _ANY_REFUSAL.search(sentence) and _ANY_PERSON.search(sentence) \
            and not FOREIGN_LIMIT.search(sentence) \
            and not looks_like_opt_out_but_is_not(sentence)  # "nie wysyłać ... przed 5 grudnia" is a wait, not a stop
        if sure or (DNC in cued and dnc >= DNC_MAYBE_THRESHOLD):
            label, p = "do_not_contact", dnc  # a confident opt-out needs no cue word of the seven languages
            if WEAK_NOT_ME.search(sentence):  # "stop emailing my husband"
                return None
        else:
            # the likeliest kind the sentence's cue words allow: a narrow cue at MAYBE_THRESHOLD, a wide one when sure
            allowed = [(v, c) for c, v in probs.items() if c not in ("none", "do_not_contact")
                       and ((v >= MAYBE_THRESHOLD and _MODEL_KINDS[c] in cued)
                            or (v >= WIDE_MAYBE_THRESHOLD and _MODEL_KINDS[c] in wide))]
            if not allowed:
                return None
            p, label = max(allowed)
    kind = _MODEL_KINDS[label]
    if kind == DNC and told_only_someone_else(sentence):  # "Told the other supplier to stop calling me": not to us
        return None
    if kind == DNC and MISDELIVERED.search(sentence):  # "if you are not the intended recipient, delete this message"
        return None
    quote = sentence_quote(sentence, offset, text)
    if kind == PAUSED and (missed := missed_channel(sentence)) is not None:
        # "we need to decide fast, mails take too long": the channel is what is too slow, the matter goes on
        return Wish(PREFERENCE, quote, preference=missed, certain=False)
    if kind == PREFERENCE:
        if label == "pref_channel" and DNC in cued and _NEITHER_NOR.search(sentence):
            return None  # "não entrem mais em contato, nem por e-mail nem por WhatsApp": no channel is left
        value = None if label == "pref_time" and visit_only(sentence, offset, text) else _guess_preference(sentence, label)
        return Wish(PREFERENCE, quote, preference=value, certain=False) if value else None
    if kind == QUIET:
        return Wish(QUIET, quote, until=net_quiet_end(sentence, text, local, local.tzinfo), certain=False)
    return Wish(kind, quote, certain=False)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
