"""Opt-outs read for certain in German, French, Spanish, Italian, Portuguese and Dutch beside the phrase table's
imperatives (wish_optout "foreign_no_more"): a halt verb said to the rep, the data-protection objection, not wanting to
hear from the rep again and the writer's line refused; a limit in time anywhere in the sentence (POLITE_LIMIT), one
line swapped for another or only how often complained of leaves each to the looser readings."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_firm import ASKS

# the writer's own premises as the object of a halt ("dejad de llamar a la clínica", "dejen de escribir aquí"): the
# writer's firm refused, as "stop calling the practice" is in English
_PREMISES = (r"\s+(?:aqu[íi]|a\s+(?:la|esta|nuestra)\s+(?:cl[íi]nica|consulta|oficina|empresa|tienda|farmacia|residencia|"
             r"recepci[óo]n|centralita|f[áa]brica)|al\s+(?:despacho|centro|taller|hotel|consultorio|estudio|negocio|"
             r"local)|a\s+(?:este|nuestro)\s+(?:despacho|centro|taller|hotel|consultorio|estudio|negocio|local|n[úu]mero))\b")
# German objects of a removal: the writer, the writer's firm or club or details ("unseren Verein", "meine Adresse")
_DE_OBJECT = r"mich|uns|(?:unsere?[nmrs]?|meine?[nmrs]?)\s+(?:[\w-]+\s+){0,1}?[\w-]+|diese\s+(?:E-?Mail-?)?Adresse"
# a list the rep keeps, in one word as German writes it ("Kundenkartei", "Mailverteiler", "Adressliste")
_DE_LIST = (r"(?:Ihre[mnr]?|eure[mnr]?|de[mnr]|allen)\s+(?:\w+\s+)?(?:Kunden|Adress|Kontakt|E-?Mail-?|Mail|Werbe|"
            r"Interessenten|Marketing|Versand|Presse|Newsletter|Empf(?:ä|ae)nger|Verteiler)?-?(?:verteiler|liste|kartei|datei|"
            r"datenbank|newsletter|mailingliste|mailing-liste|verzeichnis|system|CRM)\b")
# what the rep sends, as a plural German noun ("Anrufe", "Angebote", "Werbe-E-Mails"; not "Werbung", which may be the
# writer's own: "unterlassen Sie jede Werbung auf unserer Seite")
_DE_SENT = (r"(?:Werbe-?)?(?:Anrufe|E-?Mails|Mails|Zusendungen|Kontaktaufnahmen|Kontaktversuche|Angebote|Nachrichten|"
            r"Newsletter|Prospekte|Werbeanrufe|Werbemails)\b")
ABROAD_PATTERNS: dict[str, str] = {
    # "stop calling me" in the six other languages: the halt verb said to the rep with the writer as the contact's
    # object ("arrêtez de m'appeler", "deje de llamarme", "smettete di scrivermi", "hören Sie auf, mich anzurufen",
    # "stop met mij te bellen"); a limit in time anywhere in the sentence leaves it to the looser readings
    "foreign_stop": r"\b(?:"
                    r"arr[êe]t(?:e|ez|es)\s+(?:donc\s+|enfin\s+|svp\s+)?de\s+(?:me\s+|m['\u2019]\s*|nous\s+)(?:contacter|appeler|"
                    r"rappeler|[ée]crire|relancer|solliciter|t[ée]l[ée]phoner|harceler|envoyer\s+des\s+(?:e-?mails|mails|messages))|"
                    r"cess(?:er|ez)\s+(?:imm[ée]diatement\s+)?(?:toute|tout)\s+(?:d[ée]marche|prospection|sollicitation|"
                    r"d[ée]marchage|contact|envoi)s?\s+(?:commercia\w+\s+)?(?:aupr[èe]s\s+de\s+(?:moi|nous)|avec\s+(?:moi|nous))|"
                    r"(?:deje|dejen|deja|dejad)\s+de\s+(?:llamar|escribir|contactar|molestar|buscar)"
                    r"(?:(?:me|nos)\b|" + _PREMISES + ")|"
                    r"(?:smetta|smettete|smetti|smettetela)\s+di\s+(?:chiamar|scriver|contattar|cercar|disturbar)(?:mi|ci)\b|"
                    r"h(?:ö|oe)r(?:en\s+sie|t)\s+(?:bitte\s+)?(?:endlich\s+)?auf,?\s+(?:mich|uns)\s+(?:\w+\s+){0,3}?(?:anzurufen|"
                    r"anzuschreiben|zu\s+kontaktieren|zu\s+belästigen|zu\s+mailen)|"
                    r"(?:stop|stopt|stopp?en)\s+(?:alstublieft\s+|aub\s+|a\.u\.b\.\s+)?met\s+(?:mij|me|ons)\s+(?:te\s+)?"
                    r"(?:bellen|mailen|benaderen|contacteren|e-?mailen))",
    # enough of the rep's calls or mail, said as a noun with no verb, as "no more calls" in English: "basta telefonate",
    # "basta con le chiamate", "(ya) basta de llamadas", "Schluss mit den Anrufen", "chega de ligações", "geen
    # telefoontjes meer", "assez d'appels", "fini les mails"; the plural noun alone (not "basta una telefonata": one
    # call is enough; not "basta chiamare": just call), and "geen ... meer" opening the sentence or after a comma or a
    # please (not the report "we hebben geen telefoontjes meer gehad")
    "foreign_enough": r"(?:(?:\b(?:ora\s+)?basta\s+(?:con\s+)?(?:(?:le|i|gli|queste|questi)\s+)?|"
                      r"\b(?:ya\s+)?basta\s+(?:de|con)\s+(?:(?:las|los|tantas|tantos|estas|estos)\s+)?|"
                      r"\bSchluss\s+(?:jetzt\s+)?mit\s+(?:(?:den|diesen|Ihren|euren)\s+)?|"
                      r"\bchega\s+de\s+(?:(?:tantas|tantos|estas|estes)\s+)?|"
                      r"\b(?:assez|marre|fini(?:s|es)?|stop)\s+(?:avec\s+)?(?:d['\u2019]\s*|de\s+|des\s+|les\s+|aux\s+|vos\s+))"
                      r"(?:telefonate|chiamate|e-?mails|mails|messaggi|llamadas|correos|mensajes|Anrufen?|E-?Mails|"
                      r"Nachrichten|liga[çc](?:õ|o)es|telefonemas|chamadas|mensagens|appels|coups\s+de\s+(?:fil|t[ée]l[ée]phone)|"
                      r"courriels|messages)\b|"
                      r"(?:^\W*|[,;:]\s*|\b(?:alstublieft|aub|graag)\s+)geen\s+(?:\w+\s+)?(?:telefoontjes|belletjes|"
                      r"telefoons|mailtjes|e-?mails|mails|berichten)\s+meer\b)",
    # the data-protection objection said by the writer ("object to the processing" in English): "widerspreche ich gemäß
    # Art. 21 DSGVO der Verarbeitung meiner Daten", "je m'oppose au traitement de mes données", "maak ik bezwaar tegen
    # het gebruik van mijn gegevens" (their data or marketing named: not "widerspreche der Nutzung des Logos")
    # (the objection as a noun lodged: "lege ... Widerspruch gegen jede weitere Verarbeitung ... ein")
    "foreign_objection": r"\b(?:widerspreche\w*\s+(?:[\w.]+\s+){0,8}?(?:der|jeder|einer)\s+(?:\w+\s+)?(?:Verarbeitung|Nutzung|"
                         r"Verwendung)|Widerspruch\s+gegen\s+(?:die|jede|jegliche|eine)\s+(?:\w+\s+)?(?:Verarbeitung|Nutzung|"
                         r"Verwendung)|(?:je\s+m['\u2019]\s*|nous\s+nous\s+)oppos\w*\s+(?:\w+\s+){0,3}?(?:au|[àa]\s+(?:tout|la|l['\u2019]))\s*"
                         r"(?:\w+\s+)?(?:traitement|utilisation|usage)|(?:me|nos)\s+opon(?:go|emos)\s+(?:\w+\s+){0,3}?(?:al|a\s+(?:la|todo|"
                         r"cualquier))\s+(?:\w+\s+)?(?:tratamiento|uso|utilizaci[óo]n)|(?:mi|ci)\s+oppon(?:go|iamo)\s+(?:\w+\s+){0,3}?"
                         r"(?:al|a\s+(?:ogni|qualsiasi))\s+(?:\w+\s+)?(?:trattamento|utilizzo|uso)|(?:oponho-me|opomo-nos|me\s+oponho)\s+"
                         r"(?:\w+\s+){0,3}?(?:ao|a\s+qualquer)\s+(?:\w+\s+)?(?:tratamento|uso|utiliza[çc][ãa]o)|(?:maak|maken)\s+(?:ik|wij|"
                         r"we)\s+(?:\w+\s+){0,2}?bezwaar\s+tegen\s+(?:\w+\s+){0,2}?(?:gebruik|verwerking)|"
                         # the processing asked to stop, as "cease processing my data": "cesser tout traitement de nos
                         # coordonnées à des fins publicitaires", "cesen el tratamiento", "cessare il trattamento",
                         # "cessar o tratamento", "die Verarbeitung ... einzustellen", "de verwerking ... te staken"
                         r"ce(?:ss?)(?:er|ez|en|e|ar|em|are|ate|ino)\s+(?:imm[ée]diatement\s+)?(?:tout|todo|ogni|qualquer|le|el|il|o)\s+"
                         r"(?:\w+\s+)?(?:traitement|tratamiento|trattamento|tratamento))\b"
                         # (German and Dutch say the data in one word: "Kontaktdaten", "Direktwerbung", "contactgegevens")
                         r"(?=[^.!?]{0,80}?\b(?:\w*daten|\w*gegevens|donn[ée]es|coordonn[ée]es|datos|dati|dados|\w*werb\w*|"
                         r"marketing|prospection|publicit\w*|pubblicit\w*|publicidad))|"
                         r"\b(?:Verarbeitung|verwerking)\s+(?:\w+\s+){0,2}?(?:\w*daten|\w*gegevens)\b[^.!?]{0,60}?"
                         r"\b(?:einzustellen|einstellen|te\s+sta(?:ken|kken)|te\s+stoppen)\b",
    # to refrain from all contact, said with a noun as formal letters do (as "refrain from any further contact"):
    # "vous abstenir dorénavant de toute prise de contact", "jede werbliche Ansprache ... zu unterlassen", "abstenerse
    # de cualquier contacto", "astenersi da ogni contatto", "abster-se de qualquer contacto", "zich onthouden van elk
    # contact"; the refrain said of all contact, so a limit in time still leaves it to the looser readings
    "foreign_abstain": r"\b(?:abst(?:enir|enez|iendr\w*|ienne\w*)\s+(?:\w+\s+){0,2}?de\s+(?:toute?s?|tous)\s+(?:\w+\s+){0,2}?"
                       r"(?:prise\s+de\s+contact|contacts?|sollicitations?|prospection|d[ée]marchage|envois?|communications?|"
                       r"appels?)|"
                       r"(?:jede|jegliche|s(?:ä|ae)mtliche)\s+(?:(?:weitere|werbliche|k(?:ü|ue)nftige|telefonische|schriftliche)\s+)*"
                       r"(?:Kontaktaufnahme|Ansprache|Kontaktierung|Zusendung\w*|Werbeanrufe|Anrufe|"
                       r"Werbe-?(?:E-?Mails|mails))\b[^.!?]{0,60}?\b(?:zu\s+)?unterlass\w*|"
                       r"unterlass\w*\s+(?:Sie\s+)?(?:\w+\s+){0,3}?(?:jede|jegliche)\s+(?:\w+\s+){0,2}?(?:Kontaktaufnahme|Ansprache|"
                       r"Kontaktierung|Zusendung\w*)|"
                       r"abst(?:ener(?:se)?|eng\w*)\s+(?:\w+\s+){0,2}?de\s+(?:todo|toda|cualquier)\s+(?:\w+\s+)?(?:contacto|"
                       r"comunicaci[óo]n|llamada|env[íi]o|publicidad)|"
                       r"astener(?:si|vi)?\s+(?:\w+\s+){0,2}?da\s+(?:ogni|qualsiasi|qualunque)\s+(?:\w+\s+)?(?:contatto|"
                       r"comunicazione|chiamata|invio)|"
                       r"abst(?:er(?:-se)?|enha\w*)\s+(?:\w+\s+){0,2}?de\s+(?:qualquer|todo|toda)\s+(?:\w+\s+)?(?:contacto|"
                       r"contato|comunica[çc][ãa]o|liga[çc][ãa]o|envio)|"
                       r"onthoud\w*\s+(?:\w+\s+){0,3}?van\s+(?:elk|elke|ieder|iedere|alle|verder|verdere)\s+(?:\w+\s+)?"
                       r"(?:contact|contactname|benadering|communicatie))\b",
    # "I don't want to hear from you again" in the six languages, dialect spellings too ("wolln a nix mehr hören von
    # euch", "no queremos saber nada más de ustedes", "wil niets meer van jullie horen")
    "foreign_hear_from_you": r"\b(?:(?:will|wollen|wolln|m(?:ö|oe)chte\w*|mag)\s+(?:\w+\s+){0,2}?(?:nichts|nix)\s+mehr\s+"
                             r"(?:von\s+(?:Ihnen|euch|dir)\s+h(?:ö|oe)ren|h(?:ö|oe)ren\s+von\s+(?:Ihnen|euch|dir))|"
                             # the rep's firm before the "nothing more", in dialect spellings too ("i will von Ihrer
                             # Firma nix mehr hörn", "mir wolln von eurem Laden nimmer nix hören")
                             r"(?:will|wollen|wolln|m(?:ö|oe)chte\w*|mag|mog)\s+(?:\w+\s+)?von\s+(?:Ihnen|euch|dir|"
                             r"(?:Ihre[rm]|eure[rm]?|deine[rm]|dene[mn]?)\s+(?:\w+\s+)?(?:Firma|Laden|Haus|Verein|Seite|Leuten|"
                             r"Unternehmen|Vertrieb|Betrieb|Kollegen))\s+(?:gar\s+|absolut\s+)?(?:nichts|nix|nimmer|nüscht|nüt|"
                             r"nünt)\s+(?:mehr\s+|nix\s+|nichts\s+)?h(?:ö|oe)r(?:e)?n\b"
                             # (not until something comes or but for it: "..., bevor das Angebot da ist", "außer dem Angebot")
                             r"(?![^.!?]{0,40}\b(?:bevor|ehe|solange|au(?:ß|ss)er)\b)|"
                             r"ne\s+(?:veux|voulons|souhaite|souhaitons)\s+plus\s+(?:entendre\s+parler\s+de\s+vous|avoir\s+de\s+vos\s+"
                             r"nouvelles)|no\s+(?:quiero|queremos)\s+saber\s+(?:nada\s+)?m[áa]s\s+de\s+(?:ustedes|usted|vosotros|ti)|"
                             r"non\s+(?:voglio|vogliamo)\s+pi[uù]\s+sentir(?:vi|ti|e\s+parlare\s+di\s+voi)|"
                             r"n[ãa]o\s+(?:quero|queremos)\s+(?:mais\s+)?(?:saber|ouvir\s+falar)\s+(?:mais\s+)?de\s+(?:voc[êe]s|v[óo]s)|"
                             r"(?:wil|willen)\s+(?:\w+\s+)?niets\s+meer\s+(?:van\s+(?:jullie|u|je)\s+horen|horen\s+van\s+(?:jullie|u|je)))",
    # the writer's line or address refused with no pronoun, as "don't call this number again": "não liguem mais para
    # este número", "n'appelez plus ce numéro", "no llamen más a este número", "non chiamate più questo numero",
    # "rufen Sie diese Nummer nicht mehr an", "bel dit nummer niet meer"
    "foreign_this_number": r"\b(?:n[ãa]o\s+(?:lig|telefon|escrev|contact|contat)\w*\s+mais\s+(?:para\s+)?(?:este|esse)\s+"
                           r"(?:n[úu]mero|endere[çc]o|contacto|contato)|n['\u2019]\s*(?:appelez|[ée]crivez|contactez)\s+plus\s+(?:ce|cette)\s+"
                           r"(?:num[ée]ro|adresse)|no\s+(?:llamen|llame|escriban|escriba)\s+m[áa]s\s+a\s+(?:este|esta)\s+(?:n[úu]mero|"
                           r"direcci[óo]n)|non\s+(?:chiamate|chiami|scrivete|scriva)\s+pi[uù]\s+(?:a\s+|su\s+)?(?:questo|questa|"
                           r"quest['\u2019])\s*(?:numero|indirizzo)|(?:rufen|schreiben)\s+Sie\s+(?:diese|dieser)\s+(?:Nummer|Adresse)\s+"
                           r"nicht\s+mehr|(?:bel|mail)\s+(?:dit|naar\s+dit)\s+(?:nummer|adres)\s+niet\s+meer)\b",
    # "no more" said the spoken way: the French imperative without its "ne" ("vous m'appelez plus, vous m'écrivez plus")
    # at a clause's start and closing it (not "vous m'appelez plus tard", nor the complaint "depuis, vous m'appelez
    # plus"), and the Spanish "vosotros" forms ("no me llaméis más ni me mandéis más correos", not "más tarde")
    "foreign_no_more_spoken": r"(?:(?<![\w'\u2019]\s)(?<![\w'\u2019])(?<!depuis,\s)(?:vous|tu)\s+(?:me\s+|m['\u2019]\s*|nous\s+)"
                              r"(?:contactez|appelez|rappelez|[ée]crivez|sollicitez|relancez|t[ée]l[ée]phonez|appelles|"
                              r"rappelles|[ée]cris|contactes|relances)\s+plus(?=\s*(?:[,.!?;]|$|jamais\b))|"
                              r"\bno\s+(?:me|nos)\s+(?:llam[ée]is|escrib[áa]is|mand[ée]is|envi[ée]is|contact[ée]is|molest[ée]is)\s+"
                              r"m[áa]s\b(?!\s+(?:tarde|temprano|veces|de\s+\d|que)))",
    # "take me off your list" in five more languages, as German's "nehmen Sie mich aus Ihrem Verteiler" is read: the
    # writer removed from a mailing list or database ("sácame de la lista de distribución", "toglietemi dalla vostra
    # mailing list", "merci de me retirer de votre liste de diffusion"); a CC line or a meeting's list is no such list
    "foreign_off_list": r"\b(?:(?:s[áa]c|s[áa]qu|b[óo]rr|elimin|elimín|quit|quít|retir|retír|dad)\w*(?:me|nos)|"
                        r"d[ée]n(?:me|nos)\s+de\s+baja|"
                        r"(?:retirez|supprimez|enlevez|radiez|d[ée]sinscrivez)-(?:moi|nous)|"
                        r"(?:veuillez|merci\s+de|pouvez-vous|pourriez-vous)\s+(?:me|nous)\s+(?:retirer|supprimer|enlever|"
                        r"radier|d[ée]sinscrire)|"
                        r"(?:toglie|rimuove|cancella|elimina)te(?:mi|ci)|(?:mi|ci)\s+(?:tolga|tolgano|rimuova|rimuovano|"
                        r"cancelli|cancellino)|"
                        r"(?:retir|remov|exclu|tir)(?:em|e|a)-(?:me|nos)|(?:me|nos)\s+(?:retirem|removam|excluam|tirem)|"
                        r"(?:haal|verwijder|schrap)\s+(?:me|mij|ons)\b"
                        # the writer's name or address taken off, others' beside it ("Retirem o meu nome e o da
                        # empresa das vossas listas", "Retiren mi nombre de sus listas", "retirez mon nom de vos
                        # listes", "togliete il mio nome dalle vostre liste", "haal mijn naam uit jullie lijsten")
                        r"|(?:retir|remov|exclu|tir|quit|borr|elimin|supprim|enlev|ray|togli|rimuov|cancell|verwijder|"
                        r"schrap|haal)\w*\s+(?:o\s+meu|a\s+minha|mi|mon|ma|il\s+mio|mijn)\s+(?:nome|nombre|nom|"
                        r"naam|contacto|contato|contact|contatto|e-?mail|correo|endere[çc]o|direcci[óo]n|adresse|indirizzo|"
                        r"adres|e-?mailadres|n[úu]mero|num[ée]ro|numero|nummer|gegevens|datos|dados|dati|"
                        r"coordonn[ée]es)\b(?:\s+[\w\u00c0-\u024f'\u2019]+){0,6}?)"
                        r"\s+(?:\w+\s+){0,2}?(?:de|del|de\s+la|de\s+votre|de\s+vos|de\s+ce|de\s+cette|da|dalla|dal|"
                        r"dalle|dai|do|dos|das|van|uit)\s+(?:(?:la|el|los|las|su|sus|vuestra|vuestro|vuestras|vuestros|tu|tus|"
                        r"vostra|vostro|vostre|vostri|sua|suas|seu|seus|vossa|vosso|vossas|vossos|jullie|uw|je|jouw|de|het|"
                        r"os|as)\s+)?"
                        # (a list in the plural too, the Spanish "listado(s)": "sacadme de vuestros listados de correo")
                        r"(?:(?:listas?|listados?)\s+de\s+(?:distribuci[óo]n|distribui[çc][ãa]o|correo|correos|env[íi]os?|e-?mails?|contact[oa]s|"
                        r"clientes)|liste\s+de\s+(?:diffusion|distribution|contacts|prospection)|liste\s+d['\u2019]\s*envoi|"
                        r"lista\s+(?:di\s+distribuzione|contatti|d['\u2019]\s*invio)|mailing(?:\s*list|lijst)?|"
                        r"newsletter|bolet[íi]n|base\s+de\s+(?:datos|donn[ée]es|dados)|database|fichiers?|verzendlijst|"
                        r"nieuwsbrief|bestand|(?:listas?|listes?|lijst(?:en)?|listados?)(?=\s*[.!,;]|\s*$)|"
                        # the lists the rep's promotions go out from ("das vossas listas de promoção", "de sus listas
                        # de promociones", "de vos listes de prospection")
                        r"(?:listas?|listes?|liste)\s+(?:de\s+|di\s+)?(?:promo[çc](?:[ãa]o|[õo]es)|promoci[óo]n(?:es)?|"
                        r"promozion[ei]|publicidad|publicidade|publicit[ée]|pubblicit[àa]|marketing|prospection))"
                        # one list of one thing only ("la liste de diffusion des bons de livraison"): the rest stays
                        r"(?!\s+(?:de|des|du|d['\u2019]|di|dei|degli|delle|del|della|do|da|dos|das|van|voor|para|per|pour)\b)",
    # German "take us off your list" with any object and the list in one word, as German writes it: "streichen Sie
    # unseren Verein aus Ihrem Verteiler", "nehmen Sie uns aus Ihrer Kundenkartei", "uns aus Ihrem Mailverteiler zu
    # nehmen", "möchte aus Ihrer Adressliste gestrichen werden"; the list one the rep keeps (not "Warteliste",
    # "Teilnehmerliste": no such first part is read), a negation before it leaves it
    "german_off_list": r"\b(?:(?:nehmen|streichen|entfernen|l(?:ö|oe)schen|tilgen|tragen)\s+Sie\s+(?:bitte\s+)?"
                       r"(?:" + _DE_OBJECT + r")\s+(?:bitte\s+)?(?:(?:umgehend|sofort|unverz(?:ü|ue)glich)\s+)?"
                       r"(?:aus|von)\s+" + _DE_LIST + "|"
                       r"(?:" + _DE_OBJECT + r")\s+(?:bitte\s+)?(?:(?:umgehend|sofort|unverz(?:ü|ue)glich)\s+)?(?:aus|von)\s+"
                       + _DE_LIST + r"\s+(?:(?:zu\s+)?(?:nehmen|streichen|entfernen|l(?:ö|oe)schen|tilgen)|"
                       r"(?:heraus|raus|aus)zu(?:nehmen|tragen))|"
                       r"(?:m(?:ö|oe)chte\w*|will|wollen|w(?:ü|ue)nsche\w*|bitte\w*)\s+(?:(?!nicht\b|kein\w*)\w+\s+){0,2}?"
                       r"(?:aus|von)\s+" + _DE_LIST + r"\s+(?:genommen|gestrichen|entfernt|gel(?:ö|oe)scht|ausgetragen)\s+"
                       r"(?:zu\s+)?werden)\b",
    # German "refrain from calls and offers of any kind" said with the verb first or last and what is refrained from
    # as a plural noun ("unterlassen Sie in Zukunft Anrufe und Angebote jeder Art", "weitere Werbeanrufe zu
    # unterlassen"), each for all time: a word for the future, "further" or "of any kind" beside it
    "german_refrain": r"\bunterlass\w*\s+(?:Sie\s+)?(?:(?:bitte|daher|deshalb|umgehend)\s+)*(?:"
                      # the verb first: "further", "any" or a word for the future before the noun, "of any kind" after it
                      r"(?:(?:ab\s+sofort|k(?:ü|ue)nftig|zuk(?:ü|ue)nftig|in\s+Zukunft|fortan)\s+(?:bitte\s+)?)?"
                      r"(?:weitere|werbliche|jegliche|jede|s(?:ä|ae)mtliche)\s+(?:(?:weitere|werbliche|unaufgeforderte)\s+)?"
                      + _DE_SENT + r"|(?:ab\s+sofort|k(?:ü|ue)nftig|zuk(?:ü|ue)nftig|in\s+Zukunft|fortan)\s+(?:bitte\s+)?"
                      r"(?:(?:unaufgeforderte|werbliche)\s+)?" + _DE_SENT + r"|" + _DE_SENT
                      + r"(?=[^.!?;]{0,40}?\b(?:jeder|aller|jeglicher)\s+Art\b))|"
                      # the verb last: "weitere Werbeanrufe zu unterlassen", "Anrufe jeder Art künftig zu unterlassen"
                      r"\b(?:(?:weitere|werbliche|jegliche|s(?:ä|ae)mtliche)\s+" + _DE_SENT + r"(?:\s+(?:und|oder|sowie)\s+"
                      + _DE_SENT + r")?|" + _DE_SENT + r"(?:\s+(?:und|oder|sowie)\s+" + _DE_SENT
                      + r")?\s+(?:jeder|aller|jeglicher)\s+Art)\s+(?:\w+\s+){0,3}?zu\s+unterlassen\b",
    # German "don't call again", "send no more offers", said to the rep with or without the writer named: "rufen Sie
    # nicht wieder an", "schicken Sie uns keine Angebote mehr"; French and Italian with no object ("ne rappelez plus",
    # "n'envoyez plus d'offres", "non richiamateci più"); a limit in time ("vor Montag") leaves it to the quiet period,
    # and offers refused on paper only ("keine Angebote mehr per Post") leave the other channels
    "foreign_not_again": r"\b(?:(?:rufen|schreiben|kontaktieren|mailen)\s+Sie\s+(?:(?:mich|uns)\s+)?(?:bitte\s+)?(?:hier\s+)?"
                         r"nicht\s+(?:mehr|wieder|noch\s*mal|noch\s+einmal)(?:\s+an)?(?=\s*[.!,;]|\s*$)|"
                         r"(?:schicken|senden|schreiben|mailen|zusenden)\s+Sie\s+(?:(?:mir|uns)\s+)?(?:bitte\s+)?keine\s+"
                         r"(?:weiteren\s+)?" + _DE_SENT + r"\s+mehr(?!\s+(?:per|als|auf|in)\s+(?:Post|Brief|Fax|Papier\w*))|"
                         r"ne\s+(?:nous\s+|me\s+)?rappelez\s+plus|n['\u2019]\s*envoyez\s+plus\s+(?:de\s+|d['\u2019]\s*)|"
                         r"ne\s+(?:nous|m['\u2019])\s*envoyez\s+plus\s+(?:de\s+|d['\u2019]\s*|rien)|"
                         r"non\s+(?:(?:mi|ci)\s+)?richiam\w+\s+pi[uù]|non\s+richiamate(?:mi|ci)\s+pi[uù])\b"
                         r"(?!\s+(?:tardi|presto|spesso|tard|t[ôo]t|souvent)\b)",
}

# a line or place named for the contact halted ("arrête de m'appeler sur le fixe", "deja de llamarme al móvil"): with
# nothing else offered it is the customer's every line refused, as in English ("stop calling me on my mobile"); a second
# line named beside it ("sur le fixe, appelez-moi sur le portable") is one line swapped for another, asked
_ONE_LINE_ABROAD = re.compile(r"\b(?:sur|au|à|auf|am|an|ins|al|en|sul|nel|no|na|op|via|per|por)\s+(?:\w+\s+){0,2}?"
                              r"(?P<line>fixe|portable|mobile|bureau|Handy|Festnetz|B(?:ü|ue)ro|fijo|m[óo]vil|celular|oficina|"
                              r"fisso|cellulare|ufficio|telem[óo]vel|escrit[óo]rio|vaste|mobiel|kantoor|WhatsApp)\b", re.I)
# the writer reachable elsewhere: a number changed, not contact refused ("ich bin jetzt unter ... erreichbar")
_ELSEWHERE = re.compile(r"\b(?:erreichbar|joignable|localizable|reperibile|bereikbaar|contact[áa]vel|"
                        r"neue[nr]?\s+(?:Nummer|Adresse)|nouve(?:au|lle)\s+(?:num[ée]ro|adresse)|"
                        r"nuev[oa]\s+(?:n[úu]mero|direcci[óo]n)|nuov[oa]\s+(?:numero|indirizzo)|nov[oa]\s+(?:n[úu]mero|"
                        r"endere[çc]o)|nieuw\w*\s+(?:nummer|adres))\b", re.I)

# only the frequency complained of ("hören Sie auf, mich ständig anzurufen", "arrêtez de m'appeler sans cesse"): fewer
# calls may be all the writer wants, so asked rather than applied
_SO_OFTEN = re.compile(r"\b(?:st(?:ä|ae)ndig|dauernd|andauernd|immer\s+wieder|so\s+oft|t(?:ä|ae)glich|jeden\s+Tag|"
                       r"sans\s+cesse|tout\s+le\s+temps|constamment|tous\s+les\s+jours|constantemente|"
                       r"todo\s+el\s+(?:rato|tiempo)|a\s+cada\s+rato|todos\s+los\s+d[íi]as|continuamente|di\s+continuo|"
                       r"in\s+continuazione|ogni\s+giorno|cos[ìi]\s+spesso|tutti\s+i\s+giorni|toda\s+hora|o\s+tempo\s+todo|"
                       r"todos\s+os\s+dias|voortdurend|de\s+hele\s+tijd|elke\s+dag|zo\s+vaak|telkens|steeds)\b", re.I)


def other_line_abroad(sentence: str) -> bool:
    """Whether a foreign refusal names one line and another beside it, or the writer reachable elsewhere: one line
    swapped for another ("nicht mehr auf dem Festnetz, sondern auf dem Handy"), not contact refused."""
    lines = {m.group("line").lower() for m in _ONE_LINE_ABROAD.finditer(sentence)}
    return len(lines) > 1 or bool(_ELSEWHERE.search(sentence))


def enough_swapped(sentence: str) -> bool:
    """Whether a sentence that has had enough of one channel asks in it to be reached by the other ("basta con le
    telefonate, scrivetemi una mail", "assez d'appels, écrivez-moi"): one channel swapped for another, not contact
    refused."""
    return any(rx.search(sentence) for rx in ASKS.values())


def one_line_abroad(sentence: str) -> bool:
    """Whether a foreign refusal swaps one line for another, names the writer reachable elsewhere or complains only
    of how often: asked."""
    return other_line_abroad(sentence) or bool(_SO_OFTEN.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
