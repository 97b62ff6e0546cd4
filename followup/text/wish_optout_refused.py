"""Contact refused by structure, in any register: negated contact verbs read clause by clause, not as phrases.

Decision: a sentence that refuses two ways of contact ("Divvent ring us again, divvent email us", "Rufen Se nich mehr
an und schreiben Se mir ooch nich mehr", "no me manden más correos ni me llamen más"), or one contact verb negated
with "again / any more / no longer" ("I'd appreciate it if nobody from your company called this office again",
"Appelez-moi pu"), is a certain opt-out, whatever the dialect's negation word. Not when the sentence limits it in
time or by a condition ("don't call me again before 10", "... unless it's urgent"), when the contact is the writer's
own or towards someone else ("we won't call you again", "don't call him again"), or when a past contact is only
reported ("nobody called me again after the demo").
Also refused for good: "send me any more (of them)" where mail was named just before ("these emails have gotta stop
... Don't send me any more, ok?", not "we have enough brackets, don't send me any more"), one line of the writer's
refused with no other way offered ("Kindly do not call on my mobile for the offers", not "..., call the office"), and
two contact verbs refused in one asking clause ("So please do not call my cell or send email to me", "Ich will weder
angerufen noch angeschrieben werden").
"""
from __future__ import annotations

import re

from followup.text.wish_base import DNC, Wish, guarded, sentence_quote
from followup.text.wish_negation import EN_NOT_CONTRACTION
from followup.text.wish_optout_abroad import other_line_abroad
from followup.text.wish_optout_polite import POLITE_LIMIT
from followup.text.wish_optout_staff import names_staff

# the words that negate a contact, per language, dialect and colloquial forms with them (Geordie "divvent", Scots
# "dinnae", Berlin "nich", Bavarian/Swiss "ned", Québécois "pu" for "plus"); French "ne" only with "pas / plus /
# jamais" (Italian "ne" is "of it"), and after the verb they are read by _AFTER_NEG ("Appelez-moi pu")
# German "nimmer" ("no more") in its dialect forms: Bavarian and Austrian "nimma", Palatine and Hessian "nimmi" /
# "nimmie", Swabian "nemme", Swiss "nümme" / "nüme" ("Rufe Se uns nimmi o"; not "nimme", also "I take")
DE_NO_MORE = r"(?:nimmer|nimma|nimmie?|nemme|n(?:ü|ue)mm?e)"
_NEGATIONS = {
    "en": (r"not", "never", r"no(?![,.!?])", "neither", "nor", EN_NOT_CONTRACTION,
           r"divv?(?:en|n['\u2019]?)t", r"dinn?(?:ae|a)", r"didnae", r"doan['\u2019]?t",
           # Trinidadian and Jamaican "doh" for "don't", only before a verb ("doh call me again"), not "Doh!"
           r"doh(?=\s+(?:call|ring|phone|e-?mail|mail|text|message|contact|write|send)\b)"),
    "de": ("nicht", "nich", "ned", "net", "nit", "nie", DE_NO_MORE, r"kein\w*", r"keen\w*", "weder", "noch"),
    # (French "plus" alone is English "plus" as well: before a verb only behind "ne", "ne plus m'appeler")
    "fr": (r"ne\s+(?:pas|plus|pu|jamais)", "ni"),
    "es": ("no", "ni", "nunca", r"jam[aá]s"),
    "it": ("non", r"n[eé]", "mai"),
    "pt": (r"n[ãa]o", "nem", "nunca"),
    "nl": ("niet", "nooit", "geen", "noch"),
}
# a negative subject, per language: "nobody / no one / none of you (from your company)", "niemand aus Ihrer Firma",
# "personne de chez vous ne ...", "nadie de su empresa", "nessuno della vostra ditta", "ninguém da vossa empresa"; the
# words that name whose people stand between it and the verb ("I'd ask that nobody from your outfit gets in touch with
# me again"), so its reach is longer (NEG_SUBJECT_REACH)
_NEG_SUBJECTS = {
    "en": ("nobody", r"no[\s-]?one", r"none(?=\s+of\b)"),
    "de": ("niemand",),
    # (French "personne" is "a person" as well: a subject only with its "ne" after it)
    "fr": (r"personne(?=(?:\s+[^\s,;.]+){0,5}?\s+n(?:e\b|['\u2019]))",),
    "es": ("nadie",),
    "it": ("nessuno",),
    "pt": (r"ningu[ée]m",),
    "nl": ("niemand",),
}
# to abstain from contact, which refuses it for good by itself (a negation and its "again" at once): "refrain from
# contacting me", "se abstengan de volver a contactarme", "vous abstenir de me contacter", "astenersi dal contattarmi",
# "abster-se de me contactar", "sich ... enthalten, mich zu kontaktieren", "zich onthouden van"
_ABSTAIN = {
    "en": (r"refrain\w*\s+from", r"abstain\w*\s+from", r"desist\w*\s+from"),
    "de": (r"enthalt\w*", r"enth[äa]lt\w*"),
    "fr": (r"abst(?:enir|en[ei]z|iendr\w*|ienne\w*)\s+de", ),
    "es": (r"abst(?:ener(?:se)?|eng\w*|uvi\w*)\s+de",),
    "it": (r"astener(?:si|vi)?\s+da\w*", r"astengal?\w*\s+da\w*"),
    "pt": (r"abst(?:er(?:-se)?|enha\w*|ivesse\w*)\s+de",),
    "nl": (r"onthoud\w*\s+van", r"onthouden\s+van"),
}
# "again / any more / no longer / further" (not French "encore" nor Italian "ancora", "not yet" beside a negation; not
# Portuguese "mais" after a comma, French "but": clauses are cut at commas first)
_AGAINS = {
    "en": ("again", r"any\s*more", r"any\s+longer", r"no\s+longer", r"no\s+more", r"(?:any\s+)?further"),
    "de": ("mehr", "wieder", DE_NO_MORE, "weiter"),
    "fr": ("plus", "pu", r"[àa]\s+nouveau", r"de\s+nouveau", "davantage"),
    "es": (r"m[aá]s", r"de\s+nuevo", r"otra\s+vez", r"vuelv\w*\s+a", r"volver\s+a"),
    "it": (r"pi[uù]", r"di\s+nuovo", "ulteriormente"),
    "pt": ("mais", r"de\s+novo", "novamente", r"outra\s+vez", r"volt\w*\s+a"),
    # ("nog" after "niemand" is "any more": "niemand ... mij nog belt"; not "nog niet", "not yet")
    "nl": ("meer", "weer", "opnieuw", "verder", r"nog(?!\s+(?:niet|even|eens|steeds|altijd|wel|maar)\b)"),
}
# contact verbs (a past form or participle in _PAST as well), per language
_VERBS = {
    # (no "-s" form: "calls", "emails" are the nouns, a refusal says "call" or "calling")
    "en": (r"call(?:ed|ing)?", r"r(?:i|a)ng(?:ing)?", r"phon(?:e|ed|ing)", r"e-?mail(?:ed|ing)?", r"mail(?:ed|ing)?",
           r"text(?:ed|ing)?", r"messag(?:e|ed|ing)", r"contact(?:ed|ing)?", r"writ(?:e|ing)", "wrote",
           r"reach(?:es|ed|ing)?\s+out", r"(?:gets?|getting|got)\s+in\s+touch", r"(?:send|sending|sent)\s+(?:me|us)",
           r"send(?=\s+nothing\s+(?:more|else|further)\b)",
           # the third person's "-s" only with the writer as its object, read as a verb only after a wish frame
           r"(?:calls|phones|rings|e-?mails|texts|messages|contacts|writes)(?=\s+(?:to\s+)?(?:me|us)\b)"),
    "de": (r"(?:an)?ruf\w*", r"(?:an)?gerufen", r"telefonier\w*", r"(?:an)?schreib\w*", r"(?:an)?geschrieben", r"(?:ge)?mail\w*",
           r"kontaktier\w*", r"(?:zu)?(?:ge)?schick\w*", r"(?:zu)?(?:ge)?send(?:en|et|e)",
           # the formal "in Verbindung treten", the verb at the end or first ("nicht mehr mit mir in Verbindung zu
           # treten", "Bitte treten Sie nicht mehr mit mir in Verbindung")
           # (the writer named as the one not to be contacted: not "wir werden nicht mehr mit Ihnen in Verbindung treten")
           r"mit\s+(?:mir|uns)\s+(?:\w+\s+){0,3}?in\s+Verbindung\s+(?:zu\s+)?(?:treten|trete|tritt)",
           r"(?:treten|tritt)(?=[^,.;:!?]{0,40}?\bmit\s+(?:mir|uns)\s+(?:\w+\s+){0,3}?in\s+Verbindung\b)"),
    "fr": (r"(?:m['\u2019])?appel\w*", r"(?:m['\u2019])?[ée]cri\w*", r"(?:me\s+)?contact\w*", r"t[ée]l[ée]phon\w*",
           r"(?:m['\u2019])?envoy\w*", r"relanc\w*"),
    # (to address oneself to someone is reflexive: "dirigirse a este despacho"; "dirigir" alone is to run a thing)
    "es": (r"llam\w*", r"escrib\w*", r"escrito", r"mand\w*", r"env[ií]\w*", r"contact\w*", r"dirigir(?:se|nos|me)",
           r"(?:se|nos|me)\s+dirij\w*"),
    "it": (r"chiam\w*", r"scriv\w*", "scritto", r"mand\w*", r"invi\w*", r"contatt\w*", r"telefon\w*"),
    "pt": (r"lig\w*", r"escrev\w*", r"mand\w*", r"envi\w*", r"conta(?:c)?t\w*"),
    "nl": (r"bel(?:t|len)?", "gebeld", r"(?:ge)?mail\w*", r"schrijf\w*", r"schrijven", "geschreven", r"benader\w*",
           r"contacte\w*", r"(?:ge)?stuur\w*"),
}
# contact nouns, counted when a negation stands right before them ("no calls, no sms", "weder Anrufe noch E-Mails")
_NOUNS = (r"calls?", r"phone\s*calls?", r"e-?mails?", r"mails?", "sms", r"texts?", r"messages?", r"anrufe?n?",
          r"nachrichten", r"appels?", r"courriels?", r"llamadas?", r"correos?", r"mensajes?", r"chiamate", r"telefonate",
          r"messaggi", r"liga[çc](?:ão|ao|ões|oes)", r"chamadas?", r"mensagens", r"telefoontjes?", r"berichten")


def _words(table: dict[str, tuple[str, ...]]) -> str:
    """One alternation of every language's words in a table."""
    return "|".join(dict.fromkeys(w for words in table.values() for w in words))


# Any word that negates a contact (_NEGATIONS).
NEG = re.compile(rf"\b(?:{_words(_ABSTAIN)}|{_words(_NEG_SUBJECTS)}|{_words(_NEGATIONS)})\b", re.I)
_NEG_SUBJECT = re.compile(rf"\b(?:{_words(_NEG_SUBJECTS)})\b", re.I)
_AGAIN = re.compile(rf"\b(?:{_words(_ABSTAIN)}|{_words(_AGAINS)})\b", re.I)
_VERB = re.compile(rf"(?<![\w-])(?:{_words(_VERBS)})\b", re.I)
_NOUN = re.compile(rf"\b(?:{'|'.join(_NOUNS)})\b", re.I)
_RETURN_TO = re.compile(r"\b(?:vuelv\w*|volver|volt\w*)\s+a\s+$", re.I)
# how near a negation must stand to its contact word, in words
NEG_REACH = 4
# to go on contacting, right before the contact verb: "keep calling", "blijven bellen", "weiter anrufen", "continuer à
# appeler", "seguir llamando", "continuare a chiamare", "continuar a ligar"
_KEEP_ON = re.compile(r"\b(?:keep|blijv\w*|weiter|continu\w*\s+[àa]|continu\w*\s+a|sig\w*|seguir)\s+$", re.I)
_REP_GOES_ON = re.compile(r"\b(?:you|jullie|u|Sie|ihr|vous|ustedes|usted|voi|lei|voc[êe]s?)\b", re.I)
RETURN_WORDS = 2  # the words of a Spanish or Portuguese "again" before its verb ("volver a", "voltar a")
# how near a negative subject must stand to its verb: "nobody from your outfit gets", "niemand von Ihrer Firma mehr anruft"
NEG_SUBJECT_REACH = 8
# the verb first and its negation after it ("Rufen Se nich mehr an", "Appelez-moi pu"): only an again-negation
_AFTER_NEG = re.compile(rf"\b(?:(?:nicht|nich|ned|net|nit|nie|niet)\s+(?:mehr|meer)|{DE_NO_MORE}|plus|pu|no\s+more)\b",
                        re.I)
AFTER_REACH = 3
# nothing more sent, the refusal said by the object after a verb first ("Please send me nothing more", "Schicken Sie
# mir bitte nichts mehr", "Stuur me niets meer", "Non inviatemi più nulla"), or "anything else" after a negated send
# ("Please don't send me anything else"): the whole of what the rep sends refused
_NOTHING_MORE = re.compile(r"\b(?:nothing|nichts|nix|niets|niks|rien|nada|niente|nulla)\s+(?:more|else|further|mehr|"
                           r"meer|m[áa]s|pi[uù]|plus|mais|weiter|verder)\b", re.I)
# only the writer and courtesy words between the verb and its "nothing more" (not "Schicken Sie meinem Kollegen ...")
_TO_WRITER = re.compile(r"\s*(?:(?:Sie|u|mir|uns|me|us|mij|ons|moi|nous|bitte|doch|please|pls|kindly|alstublieft|"
                        r"alsjeblieft|svp)\s+)*", re.I)
NOTHING_REACH = 5  # words after the verb where its "nothing more" stands ("Sie mir bitte nichts mehr")
_ANYTHING_ELSE = re.compile(r"^\s*(?:(?:me|us)\s+)?(?:anything|nothing)\s+else\b", re.I)
# Dutch polite "u" after a clause-initial verb is its subject, not the one refused ("Stuurt u mij niets meer")
_U_SUBJECT = re.compile(r"^\s*u\s+(?=(?:mij|me|ons)\b)", re.I)
# no need to send (a reason, not a refusal): "You don't need to send me anything further", "Sie brauchen mir nichts
# mehr zu schicken", "Não precisa me enviar mais nada", "No hace falta que me envíe nada más", "U hoeft me niets meer"
_NO_NEED = re.compile(r"\b(?:need|needs|have\s+to|has\s+to|must|brauch\w*|m(?:ü|ue)ss\w*|hoef\w*|precis\w*|"
                      r"hace\s+falta|necesit\w*|serve|servono|bisogno|besoin|n[ée]cessaire|faut|n(?:ö|oe)tig)\b", re.I)
# another way kept beside the refusal ("..., nur per E-Mail", "only by phone")
_ONLY_WAY = re.compile(r"\b(?:only|just|nur|seulement|uniquement|solo|solamente|soltanto|apenas|s[óo]|alleen|enkel)\s+"
                       r"(?:\w+\s+)?(?:by|via|per|par|por|through|on|over|am|au)\b", re.I)
# whom or where the offered contact goes ("call me", "ring the office", "rufen Sie mich an")
_OFFER_OBJECT = re.compile(r"\s+(?:Sie\s+|u\s+)?(?:me|us|mich|uns|mir|moi|nous|nos|mi|ci|mij|ons|the|my|our|das|den|"
                           r"die|le|la|el|il|het|de)\b", re.I)
# one thing named as what no more is sent about ("send me nothing more about the printer", "non mandatemi più niente
# sulla stampante"): mail about the rest is kept, so the refusal is only possible
_ONE_TOPIC = re.compile(r"\b(?:nothing|anything|nichts|nix|niets|niks|rien|nada|niente|nulla)\b[^,;.]{0,20}?\b(?:about|"
                        r"regarding|concerning|(?:ü|ue)ber|zu[mr]|sur|concernant|sobre|sul\w*|riguardo|over|"
                        r"betreffende|omtrent)\s+(?!(?:this|it|that|these|those|dies\w*|das|es|[çc]a|cela|ceci|esto|eso|"
                        r"esta|este|questo|questa|ci[òo]|isso|isto|dit|dat|hier)\b)\w", re.I)
# where a clause starts a verb-first refusal: its start, a coordinator, or a courtesy word
_CLAUSE_LEAD = re.compile(r"^\s*(?:(?:and|und|et|pis|puis|y|e|en|ou|or|oder|of|please|bitte|pls|ne)\s+)*$", re.I)
# the contact is towards the reader or a third person: the writer's own ("we won't call you again"), someone else's
# ("don't call him again"); German "Sie" only right after a clause-initial verb is the imperative's subject
_OTHER_OBJECT = re.compile(r"^\s*(?:(?:back|again)\s+)?(?:you|yous|ihnen|dich|euch|vous|te|ti|vi|lei|u|jou|usted|"
                           r"ustedes|lhe|lhes|voc[eê]s?|him|her|them|ihn|lui|lo|la|le|les|hem|haar|hun)\b", re.I)
_SIE_OBJECT = re.compile(r"^\s*Sie\b")
# German "Sie" before the negation of a verb at the clause's end is its object ("gebeten, Sie nicht mehr zu kontaktieren")
_SIE_BEFORE = re.compile(rf"\bSie\s+(?:(?:bitte|doch|auch|ooch|och)\s+)?(?:nicht|nich|nie|ned|net|{DE_NO_MORE}|kein\w*)\b")
# a past contact told, not refused, unless a wish frames it ("I'd appreciate it if nobody called this office again",
# "ich will nicht mehr angerufen werden", "je ne veux plus être appelé")
_PAST = re.compile(r"(?:ed|rang|wrote|sent|reached\s+out|got\s+in\s+touch)$|^(?:gets|calls|phones|rings|e-?mails|texts|"
                   r"messages|contacts|writes|reaches)$|^(?:an)?ge\w+(?:t|en|d)$|^geschreven$|"
                   r"(?:é|ée|és|[ée]crit|ad[oa]s?|id[oa]s?|at[oai]|itto|escrito)$", re.I)
_FIRST = re.compile(r"\b(?:I|I['\u2019]d|we|me|us|my|our|ich|wir|mich|uns|je|j['\u2019]|nous|moi|yo|quiero|queremos|"
                    r"io|voglio|vogliamo|eu|quero|ik|wij|mij|ons)\b", re.I)
_WISH_FRAME = re.compile(r"['\u2019]d\b|\b(?:if|rather|prefer|wish|want|would|should|must|ask|request|beg|plead|"
                         r"insist|werden|worden|wollen|will|m[öo]chte|"
                         r"wil|willen|[êe]tre|veux|voulons|souhaite\w*|ser|quiero|queremos|essere|voglio|vogliamo|quero|"
                         r"queremos|bitte|prie|demande|demandons|pido|pedimos|chiedo|pe[çc]o|verzoek|vraag)\b", re.I)
# a time that bounds a refusal, the period named by its end (wish_optout_bounded reads the refusal it bounds as a
# quiet period to that end): "this week", "today", "tomorrow", in the seven languages
TIME_BOUND = (r"(?P<week>this\s+week|diese\w*\s+Woche|cette\s+semaine|esta\s+semana|questa\s+settimana|deze\s+week)|"
              r"(?P<month>this\s+month)|(?P<year>this\s+year)|(?P<tomorrow>tomorrow|morgen|demain|ma[ñn]ana|domani|"
              r"amanh[ãa])|(?P<today>this\s+(?:morning|afternoon)|today|tonight|heute|aujourd['\u2019]hui|hoy|oggi|"
              r"hoje|vandaag)")
# a limit in time or a condition: a wait or an exception, not contact refused
_LIMITED = re.compile(rf"\b(?:{TIME_BOUND}|during|while|after|"
                      r"unless|except|only\s+if|if\s+(?:it|there)|au[ßs]er|wenn|falls|"
                      r"apr[eè]s|sauf|sinon|"
                      r"despu[eé]s|salvo|a\s+menos|dopo|tranne|a\s+meno|"
                      r"depois|exceto|behalve|tenzij|instead|stattdessen|plut[ôo]t|invece|"
                      r"em\s+vez|in\s+plaats|right\s+now|next\s+(?:year|season|quarter)|later|sp[äa]ter|tard|tarde|"
                      r"tardi|hesitat\w*|z[öo]gern|h[ée]sit\w*|dud\w+|esit\w*|hesit\w*|aarzel\w*|"
                      r"if\s+(?:anything|you\s+need|needed|necessary|required)|"
                      # contact still wanted: "do keep sending the offers to me"
                      r"keep\s+(?:sending|emailing|calling|writing|in\s+touch)|continue\s+to|weiterhin|continuez|sigan|"
                      r"continuate|continuem|blijf|"
                      # a wait said by its end ("... anything else yet", "..., bevor ich mich melde")
                      r"yet|bevor|voordat|sobald)\b", re.I)
# the writer as the one who would contact ("I won't call you again", "je ne vous appellerai plus"), unless a wish
# frames it ("I don't want to be called again", "ik wil niet meer gebeld worden")
_WRITER = re.compile(r"\b(?:I|we|ich|wir|je|j['\u2019]|yo|io|eu|ik|wij|nous(?=\s+(?:ne|n['\u2019])))\b", re.I)
# German and Dutch put the wish verb before its subject after a first word (verb-second order): "Ehrlich gesagt möchte
# ich nicht mehr angerufen werden", "Eerlijk gezegd wil ik niet meer gebeld worden" frame the writer's own wish
_WISH_BEFORE_WRITER = re.compile(r"\b(?:will|wollen|wolln|m(?:ö|oe)chte\w*|w(?:ü|ue)nsche\w*|wil|willen|wens\w*)\s+$",
                                 re.I)
# a verb in the writer's own first person, its pronoun dropped ("no llamaremos más", "non chiameremo più", "não
# ligaremos mais"), or a future told ("no le llamarán más")
_OWN_FORM = re.compile(r"(?:amos|emos|imos|iamo|r[ée]|r[òo]|rei|remos|remo|r[ãa]o|r[áa]n)$", re.I)
# a clitic before the verb naming the reader or a third person ("je ne vous appellerai plus", "no la llamaré más")
_OTHER_CLITIC = re.compile(r"(?:\b(?:vous|te|lui|leur|les|os|ti|vi|gli|lhe|lhes|vos|le|la|lo)\s+|\bl['\u2019])$", re.I)
# a negation of the past, a complaint told ("I didn't get a call again"), or of a need ("no need to call me again",
# "no point sending us ... any more": a reason, read by the pause rules)
_NOT_REFUSAL = re.compile(r"^(?:didn['\u2019]?t|did\s+not|hasn['\u2019]?t|haven['\u2019]?t|hadn['\u2019]?t|wasn['\u2019]?t|"
                          r"weren['\u2019]?t|no)\b(?:\s+(?:need|point|use|reason|hurry|rush|problem|worries|idea|answer))?",
                          re.I)
_PAST_NEG = re.compile(r"^(?:didn|did\s+not|hasn|haven|hadn|wasn|weren)", re.I)
# a word after these is a noun ("a call", Dutch "geen contact meer opnemen": read by the phrase rules, not here)
_DETERMINER = re.compile(r"\b(?:a|an|the|your|my|our|this|that|any|one|his|her|their|geen|kein\w*|aucun\w*|ning[úu]n\w*|"
                         r"nessun\w*|nenhum\w*)\s+$", re.I)
# someone else refusing or refused: a third person as the subject ("she does not wish to be contacted again", "ils ne
# veulent plus être appelés"), or as the one not to be called ("told suppliers not to call the store managers")
_THIRD_SUBJECT = re.compile(r"\b(?:he|she|they|il|ils|elle|elles|er|hij|zij|ellos|ellas|[ée]l|ella|eles|elas|ele|ela|"
                            r"loro|wants|wishes|does|doesn['\u2019]?t|veut|veulent|quiere|quieren|vuole|vogliono|"
                            r"querem)\b", re.I)
_THIRD_OBJECT = re.compile(r"^\s*(?:the|his|her|their|those|these|that|any|all|other|a|an|die|der|den|dem|le|la|les|el|"
                           r"los|las|il|gli|o|os|de|het)\s+(?!(?:office|shop|line|number|mobile|cell|phone|desk|front|"
                           r"address|house|home|store|practice|garage|workshop|company|firm|business|b[üu]ro|laden|"
                           r"nummer|handy|bureau|magasin|num[ée]ro|ligne|oficina|tienda|celular|m[óo]vil|ufficio|"
                           r"negozio|numero|cellulare|escrit[óo]rio|loja|kantoor|winkel)\b)\w", re.I)
# a verb of sending counts only with contact sent ("no me manden más correos"), never goods ("não nos mandem mais
# amostras", "non inviarmi più campioni")
_SEND = re.compile(r"^(?:send|sending|sent|envoy|env[ií]|mand|invi|stuur|gestuurd|schick|geschick|zuschick|gesend|zusend)", re.I)
_SENT_WHAT = re.compile(rf"{_NOUN.pattern}|\b(?:offers?|angebote?|offres?|ofertas?|offerte|propostas?|aanbieding\w*|"
                        r"newsletters?|werbung|publicit\w*|pubblicit\w*|anything|nothing|rien|nada|niente|nulla|nient['\u2019]altro|nichts|nix|niets|niks|"
                        r"stuff|things)\b", re.I)
SENT_REACH = 4  # words after a verb of sending where what is sent is named
# what is sent said only as "more of it" ("Don't send me any more, ok?", "any more of them"): contact only where mail
# was named in the sentence or just before it (MAIL_BACK sentences), never goods said earlier
_SENT_BACK = re.compile(r"^\s*(?:(?:me|us)\s+)?(?:any\s*more|no\s+more|more|anything\s+(?:else|more))"
                        r"(?:\s+of\s+(?:them|these|those|it|this))?\s*(?:[,.!?]|$|(?:please|thanks?|ok(?:ay)?|about)\b)", re.I)
MAIL_BACK = 2
# mail named before such a "more": a contact noun or what is mailed ("Your newsletters land in my spam folder")
_MAIL_NAMED = re.compile(rf"{_NOUN.pattern}|\b(?:newsletters?|mailings?|promo(?:tion)?s?|spam|marketing|e-?blasts?)\b", re.I)
# a line or channel offered instead of the one refused
_OTHER_LINE = re.compile(r"\b(?:office|landline|desk|work|whatsapp|line|number|reach|instead|rather)\b", re.I)
# a line of the writer's refused: "do not call my cell", "don't ring me on this number"; one line refused with
# nothing else offered is contact refused for good, as abroad ("arrêtez de m'appeler sur le fixe")
_LINE_REFUSED = re.compile(r"^\s*(?:me\s+)?(?:(?:on|at)\s+)?(?:my|this|our)\s+(?:own\s+|personal\s+|private\s+|"
                           r"\w+\s+)?(?:cell(?:\s*phone)?|mobile|number|landline|phone\s+number|line)\b", re.I)
_CLAUSES = re.compile(r"[^,;:()\n]+")
_COORD = re.compile(r"^\s*(?:or|nor|and|oder|und|noch|ou|et|ni|pis|o|y|né|o|e|nem|of|en)\s+", re.I)
# the first verb's object between it and its coordinated second ("do not call my cell or send email to me")
_COORD_AFTER_OBJECT = re.compile(r"^\s*(?:me|us|my\s+\w+|this\s+\w+|our\s+\w+)\s+(?:or|nor|and)\s+", re.I)
# a clause that asks: an imperative behind a courtesy or a linking word ("So please do not call ..."), or the writer's
# own wish before the negation ("Ich will weder angerufen noch angeschrieben werden", "I don't want calls or mails")
_ASKING_LEAD = re.compile(r"^(?:(?:so|and|but|just|also|please|pls|kindly|bitte|und|aber|do)\s+)*", re.I)
_OWN_WISH = re.compile(r"^\s*(?:I|ich|je|yo|io|eu|ik)\s+(?:(?:really|just|simply|wirklich|einfach)\s+)?"
                       r"(?:(?:do\s+not|don['\u2019]?t)\s+)?(?:will|m[öo]chte|want|wish|veux|quiero|voglio|quero|wil)\b",
                       re.I)


def _not_refusal(clause: str, neg: re.Match[str]) -> bool:
    """Whether a negation tells the past or a need rather than refusing (a wish frame before a past one refuses)."""
    m = _NOT_REFUSAL.match(clause[neg.start():])
    if m is None or (m.group().lower() == "no" and not m.group().lower().startswith("no ")):
        return False
    return not (_PAST_NEG.match(m.group()) and _WISH_FRAME.search(clause[: neg.start()]))


def _reach(neg: re.Match[str], is_verb: bool) -> int:
    """How many words a negation reaches: a negative subject's whose-people words before a verb, else NEG_REACH."""
    if not is_verb:
        return 2
    return NEG_SUBJECT_REACH if _NEG_SUBJECT.match(neg.string, neg.start()) else NEG_REACH


def _negated_items(clause: str, mail_named: bool = False) -> tuple[int, bool, bool, bool]:
    """How many contact words a clause negates, whether one is a verb, whether an again word goes with it and whether
    a line of the writer's is refused; mail_named: mail was named in the sentence or just before, so "send me any
    more" sends mail."""
    items, verb, again, line = 0, False, False, False
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", clause)]
    def index(at: int) -> int:
        return sum(1 for s, _ in words if s < at)
    negs = [(index(m.start()), m) for m in NEG.finditer(clause)]
    last_negated = -1
    found = {m.start(): (m, False) for m in _NOUN.finditer(clause)}
    found.update({m.start(): (m, True) for m in _VERB.finditer(clause)})  # a word both ("call") once, as a verb
    for _, (m, is_verb) in sorted(found.items()):
        at = index(m.start())
        rest = clause[m.end():]
        # "a call": the noun (not "vuelva a contactarme", "voltem a ligar": the Spanish and Portuguese "again")
        is_verb = is_verb and not (_DETERMINER.search(clause[: m.start()]) and not _RETURN_TO.search(clause[: m.start()]))
        # ("se abstenham de nos voltar a contactar": the "again" said before the verb stretches the reach)
        # ("ik wil niet dat jullie ons blijven bellen", "I don't want you to keep calling": to go on is "again")
        # (the rep named as who goes on: "We don't want to keep mailing people" is the writer's own mail)
        keep_on = is_verb and bool(_KEEP_ON.search(clause[: m.start()]) and _REP_GOES_ON.search(clause[: m.start()]))
        stretch = RETURN_WORDS if keep_on or _RETURN_TO.search(clause[: m.start()]) else 0
        before = [n for i, n in negs if 0 <= at - i <= _reach(n, is_verb) + stretch and n.end() <= m.start()
                  and not _not_refusal(clause, n)]
        lead = _CLAUSE_LEAD.match(clause[: m.start()])
        after = _AFTER_NEG.search(" ".join(clause[m.end():].split()[:AFTER_REACH + 1])) if is_verb and lead else None
        if is_verb and lead and not after and _SEND.match(m.group()):
            said = " ".join(rest.split()[:NOTHING_REACH + 1])
            after = _NOTHING_MORE.match(said, _TO_WRITER.match(said).end())
        between = clause[last_negated: m.start()]
        coordinated = last_negated >= 0 and (_COORD.match(between) or _COORD_AFTER_OBJECT.match(between))
        if not (before or after or coordinated):
            continue
        if (_OTHER_OBJECT.match(rest) and not (lead and _U_SUBJECT.match(rest))) \
                or (_SIE_OBJECT.match(rest) and not lead) or _OTHER_CLITIC.search(clause[: m.start()]):
            continue
        sent_back = mail_named and bool(_SENT_BACK.match(rest))  # ("any more" is no third person's "any")
        if _THIRD_SUBJECT.search(clause[: m.start()]) or (is_verb and not sent_back and _THIRD_OBJECT.match(rest)):
            continue
        if not lead and _SIE_BEFORE.search(clause[: m.start()]):
            continue
        if _SEND.match(m.group()) and not sent_back and not _SENT_WHAT.search(" ".join(rest.split()[:SENT_REACH])):
            continue
        writer = _WRITER.search(clause[: m.start()])
        if (writer and not (_WISH_FRAME.search(clause[writer.start(): m.start()])
                            or _WISH_BEFORE_WRITER.search(clause[: writer.start()]))) or _OWN_FORM.search(m.group()):
            continue
        if is_verb and _PAST.search(m.group().split()[0]) and not (
                _WISH_FRAME.search(clause[: m.start()]) and _FIRST.search(clause[: m.start()])):
            continue  # (the writer's wish: "Patients who opted out should not be contacted again" is someone else's)
        items, verb, last_negated = items + 1, verb or is_verb, m.end()
        start = before[0].start() if before else m.start()
        if before and _NO_NEED.search(clause[before[0].start(): m.start()]):
            continue  # "you don't need to send me anything further": nothing refused
        again = again or bool(after) or bool(_AGAIN.search(clause[start:])) or sent_back or keep_on
        again = again or bool(_SEND.match(m.group()) and before and _ANYTHING_ELSE.match(rest))
        line = line or (is_verb and bool(_LINE_REFUSED.match(rest)))
    return items, verb, again, line


def _sentences_before(before: str) -> list[str]:
    """The last MAIL_BACK sentences of the text before a sentence."""
    return re.split(r"(?<=[.!?])\s+|\n+", before.strip())[-MAIL_BACK:] if before.strip() else []


def _nothing_else_offered(others: list[str], after: str) -> bool:
    """Whether the other clauses of a sentence and the next sentence offer no way of contact ("..., email me",
    "use the office line"): one line refused with nothing offered is refused for good."""
    following = re.split(r"(?<=[.!?])\s+|\n+", after.strip(), maxsplit=1)[0] if after.strip() else ""
    # (the next sentence offers only by a line or an imperative: "I do not want such calls at all" offers nothing)
    offered_next = _OTHER_LINE.search(following) or _VERB.match(following[_ASKING_LEAD.match(following).end():])
    return not (offered_next or any(_VERB.search(o) or _NOUN.search(o) or _OTHER_LINE.search(o) for o in others))


def _asks(clause: str) -> bool:
    """Whether a clause asks: led by its negation or verb behind a courtesy word, or by the writer's own wish."""
    rest = clause.strip()[_ASKING_LEAD.match(clause.strip()).end():]
    return bool(NEG.match(rest) or _VERB.match(rest) or _OWN_WISH.match(rest))


def _offers(clause: str) -> bool:
    """Whether a clause asks for another way of contact ("just call me", "ring the office", "nur per Fax"), not a list
    of the ways refused ("..., phone or email")."""
    rest = clause.strip()[_ASKING_LEAD.match(clause.strip()).end():]
    verb = _VERB.match(rest)
    return bool(_ONLY_WAY.search(clause) or (verb and _OFFER_OBJECT.match(rest[verb.end():])))


def refused_contact(sentence: str, offset: int, text: str, guards: dict[str, re.Pattern[str]]) -> Wish | None:
    """A certain opt-out where the sentence refuses two ways of contact, or one with "again", else None."""
    if not (NEG.search(sentence) or _NOTHING_MORE.search(sentence)) or _LIMITED.search(sentence) \
            or POLITE_LIMIT.search(sentence) or names_staff(sentence):
        return None  # (the writer's people are read by wish_optout_staff)
    total, with_again, clause_led, led_items, offered = 0, False, 0, 0, False
    mail_named = bool(_MAIL_NAMED.search(" ".join([*_sentences_before(text[:offset]), sentence])))
    clauses = list(_CLAUSES.finditer(sentence))
    for c in clauses:
        items, verb, again, line = _negated_items(c.group(), mail_named)
        total += items
        with_again = with_again or (verb and again) or (line and _nothing_else_offered(
            [o.group() for o in clauses if o is not c], text[offset + len(sentence):]))
        clause_led += items and bool(NEG.match(c.group().strip()) or _VERB.match(c.group().strip()))
        led_items += items if items and _asks(c.group()) else 0
        offered = offered or (not items and not NEG.search(c.group()) and _offers(c.group()))
    # two refused in one asking clause ("please do not call me and do not send email to me") as in two clauses
    if not (with_again or (total >= 2 and (clause_led >= 2 or led_items >= 2))):
        return None
    if guarded(sentence, guards) or other_line_abroad(sentence):
        return None
    # another way asked for in the same sentence ("..., just call me") or one thing named: only possibly for good
    return Wish(DNC, sentence_quote(sentence, offset, text), certain=not (offered or _ONE_TOPIC.search(sentence)))
