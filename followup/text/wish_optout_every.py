"""Opt-outs said without a halt verb on "me": the writer's details erased from the rep's files ("je vous saurais gré
d'effacer mes coordonnées de votre fichier", "löschen Sie meine Daten aus Ihrer Kartei"), and every way in refused at
once ("ni par téléphone ni par courriel", "don't be ringing the bakery again and don't be emailing me either"), in the
seven languages the rules read; and the writer's organisation named and taken off the rep's lists ("please take
Harbour View Care Home off your mailing list"). Decision: each is an opt-out, read for certain where nothing limits it
in time."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# the writer's details, as the rep's files hold them
_DETAILS = (r"(?:(?:my|our)\s+(?:(?:personal|contact)\s+)?(?:details|data|information|contact\s+details)|"
            r"(?:mes|nos)\s+(?:coordonn[ée]es|donn[ée]es|informations|adresses?)|"
            r"(?:meine|unsere)\s+(?:(?:pers(?:ö|oe)nlichen|gesamten)\s+)?(?:Daten|Kontaktdaten|Adressdaten|Angaben)|"
            r"(?:mis|nuestros)\s+(?:datos|contactos?)|(?:i\s+)?(?:miei|nostri)\s+(?:dati|recapiti|contatti)|"
            r"(?:os\s+)?(?:meus|nossos)\s+(?:dados|contactos|contatos)|(?:mijn|onze)\s+(?:contact)?gegevens|"
            # one detail named: "il mio indirizzo", "unsere Adresse", "mi dirección", "mon adresse", "mijn adres"
            r"(?:il\s+)?(?:mio|nostro)\s+(?:indirizzo|numero|nominativo)|(?:meine|unsere)\s+(?:E-?Mail-?)?Adresse|"
            r"(?:mi|nuestr[oa])\s+(?:direcci[óo]n|correo|n[úu]mero)|(?:mon|notre)\s+(?:adresse|num[ée]ro)|"
            r"(?:o\s+)?(?:meu|nosso)\s+(?:e-?mail|endere[çc]o|n[úu]mero)|(?:mijn|ons|onze)\s+(?:e-?mail)?adres)")
# ... taken out of the rep's file or list: "from your file", "aus Ihrer Kartei", "de su fichero", "uit uw bestand"
_FROM_FILE = (r"(?:\s+(?:personal|personnelles|personales|personali|pessoais))?\s+(?:from|out\s+of|de|des|du|aus|del|dal|dalla|"
              r"dai|dalle|da|do|dos|das|uit)\s+(?:(?:your|the|votre|vos|la|les|Ihrer|Ihrem|Ihren|eurer|eurem|der|dem|su|sus|"
              r"vuestr[oa]s?|el|los|las|vostr[oa]|vostri|Suo|sua|seu|vossa|vosso|vossos|vossas|uw|jullie|het|de)\s+)?"
              r"(?:\w+\s+)?(?:files?|records|database|CRM|fichiers?|base|registres?|Kartei|Datei|Datenbank|Verteiler|"
              r"Adressbestand|Kundendatei|fichero|archivo|registro|archivio|anagrafica|elenco|ficheiro|arquivo|registo|"
              r"cadastro|bestand|klantenbestand|administratie|database)\b")
# ... or off the rep's own lists, named by the rep's possessive ("dai vostri elenchi", "de sus listas", "aus Ihrem
# Verteiler"); a list for something else ("de vos listes de participants") is no such list
_FROM_LIST = (r"\s+(?:from|out\s+of|off|de|des|du|aus|del|dal|dalla|dai|dalle|da|do|dos|das|uit|van)\s+(?:your|vos|votre|"
              r"Ihrer|Ihrem|Ihren|eurer|eurem|euren|su|sus|vuestr[oa]s?|vostr[oaie]|Suoi|Sue|Suo|Sua|suas?|seus?|voss[oa]s?|"
              r"uw|jullie)\s+(?:\w+\s+)?(?:lists?|listes?|listas?|listados?|elenchi|elenco|indirizzar\w+|Listen?|"
              r"Verteiler\w*|Adresslisten?|(?:mailing|verzend|adres)?lijst(?:en)?|adressenbestand)\b"
              r"(?!\s+(?:de|des|du|di|dei|degli|delle|della|del|do|da|dos|das|van|voor|para|per|pour)\s+"
              r"(?!(?:correo|correos|env[íi]os?|distribu\w+|diffusion|contact\w*|e-?mails?|mail\w*|invio|prospection|"
              r"clientes|clienti|clients)\b))")
# a verb that erases, in the seven languages
_ERASE = (r"(?:delet|eras|remov|purg|effac|supprim|retir|ray|l(?:ö|oe)sch|entfern|streich|tilg|borr|elimin|suprim|"
          r"cancell|rimuov|togl|apag|exclu|verwijder|wis|schrap)\w*")
# a way in named: the phone and the mail (or post) in each language
_PHONE = (r"(?:t[ée]l[ée]phone|phone|telephone|telefonisch|Telefon|tel[ée]fono|telefono|telefone|telefoon|"
          r"telefonisch|appel|calls?)")
_MAIL = r"(?:courriel|courrier|e-?mail|mail|E-?Mail|Post|correo|posta|correio|schriftlich|sms)"
_NOR = r"(?:ni|neither|nor|weder|noch|n[ée]|nem)"
# the first way in refused ("don't be ringing", "quit calling", "stop phoning") and the second ("don't bother emailing")
_FIRST_HALT = r"\b(?:don'?t|do\s+not|never)\s+(?:be\s+|bother\s+)?|\b(?:stop|quit)\s+"
_THEN_HALT = r"(?:don'?t|do\s+not|never)\s+(?:be\s+|bother\s+)?"
_BY = r"(?:par|by|per|über|via|por|op)"

# an organisation named by its capitalised name and what it is ("Kahala Gardens Care Home", "Brightwater Clinic",
# "Northgate Medical Ltd"); a person's name is no such name ("remove Mr Obi from the mailing list" is someone else)
_ORG_NOUN = (r"(?:Home|Homes|Clinic|Hospital|Practice|Pharmacy|Surgery|Hospice|Dispensary|Lab|Labs|Laboratory|Laboratories|"
             r"Centre|Center|Group|Ltd|Limited|Inc|LLC|LLP|plc|GmbH|AG|BV|Srl|Services|Agency|Company|Trust|Foundation|"
             r"School|Office|Praxis|Apotheke|Klinik|Clinique|Pharmacie|Farmacia|Cl[íi]nica|Kliniek|Apotheek)")
_ORG = rf"(?-i:(?:[A-Z][\w'\u2019&.-]*\s+){{1,5}}{_ORG_NOUN})\b"
# the same abroad: a verb that takes off, then the organisation by what it is, capitalised as a name ("die Apotheke am
# Markt", "la Pharmacie du Port", "a Farmacia Central", "la Farmacia San Marco", "a Farmácia Avenida", "Apotheek De Linde")
_TAKE_OFF = (r"(?:nehm\w*|streich\w*|entfern\w*|l(?:ö|oe)sch\w*|retir\w*|supprim\w*|quit\w*|elimin\w*|borr\w*|togli\w*|"
             r"rimuov\w*|cancell\w*|remov\w*|exclu\w*|haal|haalt|verwijder\w*|schrap\w*)")
_ORG_ABROAD = (r"(?:die|den|das|unsere|la|le|l['\u2019]|notre|el|a|nuestra|il|lo|nostra|o|nossa|de|het|onze)?\s*"
               r"(?-i:Apotheke|Praxis|Klinik|Pflegeheim|Pharmacie|Clinique|Cabinet|Maison|Farmacia|Cl[íi]nica|Residencia|"
               r"Residenza|Farm[áa]cia|Lar|Apotheek|Praktijk|Kliniek|Zorgcentrum)(?:\s+[\w'\u2019.-]+){0,4}?")

EVERY_PATTERNS: dict[str, str] = {
    # ("nehmen Sie die Apotheke am Markt aus Ihrem Verteiler", "retirez la Pharmacie du Port de votre liste de diffusion",
    # "quiten a Farmacia Central de su lista de correo", "haal Apotheek De Linde uit uw mailinglijst")
    "org_off_list_abroad": rf"\b{_TAKE_OFF}\s+(?:(?:Sie|bitte|svp|por\s+favor|per\s+favore|aub)\s+)*{_ORG_ABROAD}{_FROM_LIST}",
    # the writer's organisation taken off the rep's own lists: "Please take Kahala Gardens Care Home off your mailing
    # list", "remove Brightwater Clinic from your call list" (the rep's list, named "your")
    "org_off_list": rf"\b(?:remove|take|delete|drop|strike|erase|purge)\s+(?:the\s+)?{_ORG}\s+(?:off|from)\s+"
                    rf"(?:all\s+(?:of\s+)?)?your\s+(?:[\w-]+\s+){{0,2}}?(?:lists?|database|records|system|files)\b",
    # "Je vous saurais gré d'effacer mes coordonnées de votre fichier", "löschen Sie meine Daten aus Ihrer Kartei",
    # "borren mis datos de su fichero", "cancellate i miei dati dal vostro archivio", "apaguem os meus dados do vosso
    # ficheiro", "verwijder mijn gegevens uit uw bestand", "meine Daten aus Ihrer Kartei zu löschen" (verb last)
    "erase_details": rf"\b{_ERASE}\b[^.!?]{{0,40}}?\b{_DETAILS}(?:{_FROM_FILE}|{_FROM_LIST})|"
                     rf"\b{_DETAILS}(?:{_FROM_FILE}|{_FROM_LIST})[^.!?]{{0,30}}?\b(?:zu\s+)?{_ERASE}",
    # every way in refused in one breath: "ni par téléphone ni par courriel", "weder telefonisch noch per E-Mail",
    # "ni por teléfono ni por correo", "né per telefono né per e-mail", "nem por telefone nem por e-mail", "neither by
    # phone nor by email", "noch telefonisch noch per mail" (either order)
    "no_way_in": rf"\b{_NOR}\s+(?:{_BY}\s+)?(?:(?:le|la|el|il|o)\s+)?{_PHONE}\s*,?\s+{_NOR}\s+(?:{_BY}\s+)?"
                 rf"(?:(?:le|la|el|il|o)\s+)?{_MAIL}\b|"
                 rf"\b{_NOR}\s+(?:{_BY}\s+)?(?:(?:le|la|el|il|o)\s+)?{_MAIL}\s*,?\s+{_NOR}\s+(?:{_BY}\s+)?"
                 rf"(?:(?:le|la|el|il|o)\s+)?{_PHONE}\b",
    # both channels refused by two verbs, the second on the writer, for good: "don't be ringing the bakery again and
    # don't be emailing me either", "don't call the shop, and don't email us either" (not "don't call me or text me
    # after 6pm": a time of day); the first refused by a halt verb or "bother" alike ("quit calling the shop line and
    # don't bother emailing me either")
    "both_refused": rf"(?:{_FIRST_HALT})(?:call|ring|phon)\w*\b[^.;!?]{{0,50}}?\b(?:and|or|nor)\s+"
                    rf"(?:{_THEN_HALT})?(?:e-?mail|writ|messag|text)\w*\s+(?:to\s+)?(?:me|us)\b"
                    rf"(?=\s*(?:either|again|any\s*more|ever)\b)|"
                    rf"(?:{_FIRST_HALT})(?:e-?mail|writ|messag|text)\w*\b[^.;!?]{{0,50}}?\b(?:and|or|nor)\s+"
                    rf"(?:{_THEN_HALT})?(?:call|ring|phon)\w*\s+(?:me|us)\b"
                    rf"(?=\s*(?:either|again|any\s*more|ever)\b)",
}

# the writer out of reach for a while, not contact refused ("ni joignable par téléphone ni par mail cette semaine")
_REACHABLE = re.compile(r"\b(?:reachable|available|erreichbar|joignable|disponible|localizable|reperibile|raggiungibile|"
                        r"bereikbaar|contact[áa]vel|contat[áa]vel)\b", re.I)


# contact asked of the rep, which the ways named refuse ("ne me contactez plus, ni par ...", not "weder per Telefon noch
# per Mail eine Antwort bekommen")
_CONTACTED = re.compile(r"\b(?:contact\w*|call\w*|reach\w*|appel\w*|rappel\w*|joindre|sollicit\w*|d[ée]march\w*|relanc\w*|"
                        r"kontakt\w*|anruf\w*|anzurufen|anschreib\w*|anzuschreiben|melden|Werbung|llam\w*|escrib\w*|"
                        r"chiam\w*|contatt\w*|scriv\w*|ligu\w*|ligar|contact\w*|bel|bellen|benader\w*)\b", re.I)


def out_of_reach(name: str, sentence: str) -> bool:
    """Whether a sentence read by the rule ``name`` only says the writer cannot be reached, or names the ways in with
    no contact asked of the rep: no opt-out."""
    return _REACHABLE.search(sentence) is not None or name == "no_way_in" and _CONTACTED.search(sentence) is None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
