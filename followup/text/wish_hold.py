"""A possible pause read by a grammar in the seven languages the rules read: another supplier chosen (a choosing verb x
"another" x a supplier word: "Hemos optado por otra empresa", "Abbiamo scelto un altro fornitore"), or a halt until
further notice ("Il progetto è sospeso fino a nuovo avviso", "O projeto está suspenso até nova ordem"). Never certain
(followup.text.wish_maybe)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import english
from followup.text.wish_hold_not_now import NOT_A_PAUSE, may_not_go_ahead, not_going_ahead

# another supplier chosen: en, de, fr, es, it, pt, nl
CHOSE_OTHER = re.compile(
    r"\b(?:went|gone|going|go|chose|chosen|picked|opted|decided|signed)\s+(?:\w+\s+)?(?:with|for|on)\s+(?:another|a\s+different)|"
    r"\b(?:entschieden|gew[äa]hlt)\b[^.;!?]{0,30}\b(?:anderen?|andere[mn]?)\b|"
    r"\b(?:choisi|opt[ée]|retenu|d[ée]cid[ée])\b[^.;!?]{0,25}\b(?:un\s+autre|une\s+autre|d['\u2019]autres?)\b|"
    r"\b(?:optado|elegido|decidido|escogido|contratado)\b[^.;!?]{0,25}\b(?:otr[oa]s?)\b|"
    r"\b(?:scelto|optato|deciso|preferito)\b[^.;!?]{0,25}\b(?:un\s+altr[oa]|un['\u2019]altra|altr[ie])\b|"
    r"\b(?:opt[áa]mos|optamos|escolhemos|decidimos|contratamos)\b[^.;!?]{0,25}\b(?:outr[oa]s?)\b|"
    r"\b(?:gekozen|besloten)\b[^.;!?]{0,25}\b(?:een\s+ander[e]?|andere)\b|"
    # Danish, Norwegian, Swedish: "vi har valgt en anden leverandør"
    r"\b(?:valgt|valt|bestemt|beslutat|besluttet)\b[^.;!?]{0,25}\b(?:en\s+anden|en\s+annen|en\s+annan|et\s+andet|et\s+annet|"
    r"ett\s+annat)\b", re.I)
_SUPPLIER = re.compile(r"\b(?:supplier|vendor|provider|company|firm|partner|solution|option|offer|quote|agency|contractor|"
                       r"anbieter\w*|lieferant\w*|dienstleister\w*|firma|l[öo]sung|angebot|prestataire|fournisseur|"
                       r"soci[ée]t[ée]|entreprise|solution|offre|proveedor\w*|empresa|soluci[óo]n|oferta|propuesta|"
                       r"fornitor\w*|azienda|ditta|soluzione|offerta|fornecedor\w*|solu[çc][ãa]o|proposta|"
                       r"leverancier|bedrijf|aanbieder|oplossing|offerte|leverand[øo]r|leverant[öo]r|firma|l[øo]sning|"
                       r"l[öo]sning|tilbud|offert)\b", re.I)
# a halt until further notice: the notice words x a halt word
_FURTHER_NOTICE = re.compile(r"\b(?:until\s+further\s+notice|bis\s+auf\s+weiteres|jusqu['\u2019]\s*[àa]\s+nouvel\s+ordre|"
                             r"hasta\s+nuevo\s+aviso|fino\s+a\s+nuovo\s+avviso|at[ée]\s+nova\s+ordem|at[ée]\s+novo\s+aviso|"
                             r"tot\s+nader\s+order|tot\s+nader\s+bericht|fino\s+a\s+nuovo\s+ordine|hasta\s+nueva\s+orden|"
                             r"at[ée]\s+ordem\s+em\s+contr[áa]rio)\b", re.I)
# ... or for now: "mettre le projet en suspens pour le moment", "vorerst auf Eis", "por ahora en pausa"
_FOR_NOW = re.compile(r"\b(?:for\s+now|for\s+the\s+time\s+being|pour\s+le\s+moment|pour\s+l['\u2019](?:instant|heure)|vorerst|"
                      r"vorl[äa]ufig|erst(?:mal|\s+einmal)|f[üu]rs\s+erste|por\s+ahora|por\s+el\s+momento|de\s+momento|"
                      r"por\s+lo\s+pronto|per\s+ora|per\s+adesso|per\s+il\s+momento|por\s+enquanto|"
                      r"por\s+agora|voorlopig|voor\s+nu|"
                      # the spoken forms of "erstmal" (Swabian, Alemannic, Bavarian: "mir lege des erschtmol uf d'Siite")
                      r"erscht(?:\s*mol|\s*mal)|erstmol|vorerscht|"
                      # this year, as "for now": "lasciamo perdere, almeno per quest'anno", "für dieses Jahr legen wir
                      # das beiseite", "on met le projet de côté cette année", "lo dejamos aparcado este año"
                      r"(?:per\s+)?quest['\u2019]anno|(?:pour\s+)?cette\s+ann[ée]e|(?:por\s+|para\s+)?este\s+a[ñn]o|"
                      r"(?:para\s+)?este\s+ano|(?:f[üu]r\s+)?dieses\s+jahr|heuer|(?:voor\s+)?dit\s+jaar)\b", re.I)
# aside, in German and its spoken forms ("beiseite", "zur Seite", "auf die Seite", "uf d'Siite", "auf d'Seitn")
_ASIDE_DE = r"(?:beiseite|zur\s+seite|(?:auf|uf|uff)\s+(?:die\s+|d['\u2019]\s*)(?:seite|siite|sitte|seit['\u2019]?n))"
# ... money laid aside is saved, no matter halted ("dieses Jahr viel Geld zur Seite gelegt")
_MONEY_ASIDE = re.compile(rf"\b(?:geld|euros?|rücklagen?|ersparnisse)\b[^.;!?]{{0,30}}?{_ASIDE_DE}", re.I)
# (on standby, asleep, dimmed, paused, parked: "en veille", "en sommeil", "en veilleuse", "op pauze", "aparcarlo",
# "auf Standby", "aparcado", "parcheggiato", "in sospeso"; not a device going to sleep by itself: "l'écran se met en
# veille")
_HALT = re.compile(r"\b(?:hold|paused?|suspended|stopped|frozen|shelved|eis|gestoppt|pausiert|ausgesetzt|gestoppt|"
                   r"(?:on|in|en|em|auf|op)\s+stand[- ]?by|(?<!\bse\smet\s)(?<!\bse\smettent\s)en\s+veille|"
                   r"en\s+sommeil|en\s+veilleuse|op\s+pauze|aparcad[oa]|parcheggiat[oa]|in\s+sospeso|parked|geparkeerd|geparkt|"
                   r"suspendu|en\s+suspens|arr[êe]t[ée]|gel[ée]|en\s+paus[ea]|parad[oa]|suspendid[oa]|congelad[oa]|sospes[oa]|fermo|"
                   r"bloccat[oa]|congelat[oa]|suspens[oa]|parad[oa]|congelad[oa]|stil|bevroren|gepauzeerd|on\s+hold|"
                   # the halting verb itself: "sospendere per il momento", "suspender por ahora", "vorerst aussetzen"
                   r"sospend(?:ere|iamo|o|ono)|suspend(?:re|ons|er|emos|o)|aussetzen|opschorten|opgeschort|"
                   # set back, parked, dropped, held, left be: "vorerst zurückzustellen", "voorlopig uit te stellen",
                   # "aparcar el tema de momento", "por enquanto vamos segurar", "per il momento abbiamo deciso di
                   # soprassedere", "per ora lasciamo perdere", "on laisse tomber ... pour le moment", "on met tout ça de
                   # côté pour l'instant", "ci fermiamo qua per il momento", "voorlopig even te laten rusten"
                   r"zur[üu]ck(?:ge|zu)?stell\w*|stellen\s+(?:\w+\s+){0,4}?zur[üu]ck|uit\s+te\s+stellen|uitgesteld|"
                   r"aparc(?:ar|amos)(?:l[oa]s?)?|dejamos\s+aqu[íi]|segur(?:ar|amos)|soprassedere|"
                   r"lasci(?:ar|are|amo)\s+(?:perdere|stare)|laiss\w*\s+tomber|de\s+c[ôo]t[ée]|ci\s+fermiamo|"
                   r"(?:te\s+)?laten\s+rusten|"
                   # laid aside: "wir legen das Projekt vorerst beiseite", "erstmal zur Seite gelegt", spoken "mir lege
                   # des erschtmol uf d'Siite" (Alemannic), "auf d'Seitn" (Bavarian)
                   # (a matter laid there, not money saved: "viel Geld zur Seite gelegt"; not "stehen Ihnen zur Seite")
                   rf"(?:leg|stell|schieb)\w*\s+(?:[\w'\u2019]+\s+){{0,5}}?{_ASIDE_DE}|"
                   rf"{_ASIDE_DE}\s+(?:ge)?(?:legt|legen|gelegt|stellen|gestellt|schieben|geschoben)|"
                   # a matter left still: "vamos deixar isso quieto por enquanto", "dejémoslo quieto de momento" (not
                   # a person left alone: "déjame quieto")
                   r"(?:deix|dej)\w*?(?:-?l[oa]s?)?(?<!me)(?<!nos)\s+(?:(?:isso|isto|esto|eso|tudo|todo|(?:o|el|a|la)\s+(?:assunto|tema|"
                   r"coisa|cosa|projeto|proyecto))\s+)?quiet[oa]s?|"
                   # a thing put or left on hold, not someone awaiting something ("nous mettons ce projet en attente
                   # pour le moment", "lo ponemos en espera por ahora", "il progetto resta in attesa per ora", "we zetten
                   # het voorlopig in de wacht"; not "en attente de votre devis", "je suis en attente", "estamos en espera")
                   r"(?:mett\w*|mis|mise|plac\w*|laiss\w*|est|reste|pon\w*|puest[oa]|dej\w*|queda|mess[oa]|lasci\w*|"
                   r"rimane|resta|è|coloc\w*|pôr|pomos|pusemos|deix\w*|fica|est[áa]|zet\w*|gezet|houd\w*|staat|ligt)"
                   r"\s+(?:[\w'\u2019]+\s+){0,5}?(?:en\s+attente(?!\s+(?:de\b|d['\u2019]|du\b|des\b))|en\s+espera(?!\s+(?:de|del)\b)|"
                   r"in\s+attesa(?!\s+(?:di|del\w*|dell['\u2019]|degli|che)\b)|em\s+espera(?!\s+(?:d[eoa]s?|que)\b)|"
                   r"in\s+de\s+wacht))\b",
                   re.I)
# a project set aside in an idiom of its own: "nous mettons le projet entre parenthèses", "wir legen das Projekt auf Eis",
# "dejamos el proyecto en el congelador", "mettiamo il progetto nel cassetto" (not an aside: "entre parenthèses, ...")
_SET_ASIDE = re.compile(r"\b(?:mett\w*|mis|mise)\s+(?:\w+\s+){0,6}?entre\s+parenth[èe]ses\b|"
                        r"\bauf\s+(?:\w+\s+)?eis\s+(?:gelegt|legen|gestellt|stellen)\b|\b(?:leg|stell)\w*\s+(?:\w+\s+){0,4}?auf\s+eis\b|\b(?:en\s+el|al)\s+congelador\b|"
                        r"\b(?:mett\w*|mis|mise)\s+(?:[\w'\u2019]+\s+){0,4}?en\s+stand[- ]?by\b|"
                        r"\b(?:nel|in)\s+(?:un\s+)?cassetto\b|\bna\s+gaveta\b|\bin\s+de\s+(?:ijskast|koelkast)\b|"
                        # kept simmering, shelved, in the fridge: "deixar isto em banho-maria", "fica na prateleira",
                        # "on le met au frigo", "auf die lange Bank", "lo dejamos en la nevera", "lo mettiamo in frigo"
                        r"\b(?:em|no)\s+banho[- ]maria\b|\bna\s+prateleira\b|\b(?:au|dans\s+le)\s+(?:frigo|placard)\b|"
                        # Quebec's "on met le projet sur la glace pour le moment" (not skaters on the rink)
                        r"\b(?:projet|dossier|id[ée]e|achat|commande)\s+(?:[\w'\u2019]+\s+){0,4}?sur\s+la\s+glace\b|"
                        r"\bsur\s+la\s+glace\s+pour\s+(?:le\s+moment|l['\u2019]\s*(?:instant|heure)|un\s+(?:bout|temps|moment))\b|"
                        # a bare "another time": "Fica para outra altura.", "Queda para otra ocasión.", "Ce sera pour une
                        # autre fois." (not "a reunião fica para outra altura": a meeting moved); at a sentence's start,
                        # also inside a whole text, which detect_stops' cheaper test reads
                        r"(?:^|(?<=[.!?\n]))\W*(?:(?:isso|isto|eso|esto|ent[ãa]o|entonces|ma|allora|alors),?\s+)?(?:fica\s+(?:para|pra)\s+(?:outra\s+(?:altura|vez|"
                        r"ocasi[ãa]o)|a\s+pr[óo]xima)|queda\s+para\s+(?:otra\s+(?:ocasi[óo]n|vez)|otro\s+momento|la\s+pr[óo]xima)|"
                        r"(?:ce\s+sera|c['\u2019]est)\s+pour\s+une\s+autre\s+fois|sar[àa]\s+per\s+un['\u2019]\s*altra\s+volta)\b|"
                        r"\bauf\s+die\s+lange\s+bank\b|\bop\s+de\s+lange\s+baan\b|\ben\s+la\s+nevera\b|\bin\s+frigo(?:rifero)?\b|"
                        # left for later: "vamos deixar pra depois", "dejémoslo para más adelante", "laissons ça pour plus
                        # tard", "rimandiamo a più avanti", "verschieben wir auf später", "laten we het voor later houden"
                        # (said as a proposal, not a habit: "por escrito acabo sempre por deixar para depois")
                        # (or decided: "decidimos deixar isso pra depois", "hemos decidido dejarlo para más adelante")
                        r"\b(?:vamos\s+deixar|deixemos|deixa|deixe|(?:decidimos|resolvemos|preferimos)\s+deixar)\s+"
                        r"(?:isso\s+|isto\s+|o\s+\w+\s+)?(?:para|pra)\s+"
                        r"(?:depois(?!\s+d[aeo]s?\b)|mais\s+tarde|outra\s+hora)\b|"
                        r"\b(?:vamos\s+a\s+dejar|dej[ée]moslo|dejemos|d[ée]jalo|dej[ée]melo|(?:decidimos|decidido|preferimos)\s+"
                        r"dejar(?:lo)?)\s+(?:\w+\s+)?para\s+(?:m[áa]s\s+adelante|"
                        r"despu[ée]s(?!\s+de)|m[áa]s\s+tarde|otro\s+momento)\b|"
                        r"\blaiss\w*\s+(?:\w+\s+)?(?:pour|à)\s+plus\s+tard\b|\brimand\w*\s+(?:\w+\s+)?a\s+pi[uù]\s+avanti\b|"
                        r"\b(?:verschieb|vertag)\w*\s+(?:\w+\s+){0,2}?auf\s+sp[äa]ter\b|\bvoor\s+later\s+(?:bewaren|houden)\b|"
                        # left lying or resting, said by the customer's side: "lassen wir erstmal liegen", "laten we
                        # voor nu even rusten", "laissons dormir le projet", "let it rest for now"
                        r"\b(?:lassen\s+wir|wir\s+lassen)\s+(?:\w+\s+){0,4}?liegen\b|"
                        # (the thing left named at length: "we laten het nieuwe kassasysteem voor de eventzaal voorlopig rusten")
                        r"\b(?:laten\s+we|we\s+laten)\s+(?:(?:\w+\s+){0,4}?(?:rusten|liggen)|(?:het|dit|dat)\s+(?:\w+\s+){0,6}?rusten)\b|"
                        r"\b(?:laissons|on\s+(?:l[ea]\s+|les\s+)?laisse|nous\s+(?:l[ea]\s+|les\s+)?laissons)\s+(?:\w+\s+){0,4}?(?:dormir|reposer)\b|"
                        r"\b(?:dejamos|dejemos|vamos\s+a\s+dejar)\s+(?:\w+\s+){0,4}?(?:reposar|dormir)\b|"
                        r"\b(?:lasciamo|lasciamolo)\s+(?:\w+\s+){0,4}?(?:riposare|dormire)\b|"
                        r"\b(?:deixamos|deixemos|vamos\s+deixar)\s+(?:\w+\s+){0,4}?(?:descansar|dormir)\b|"
                        r"\b(?:let(?:'s|\s+us)\s+let|we(?:'ll|\s+will)\s+let)\s+(?:it|this|that|the\s+\w+)\s+(?:rest|lie|sit)\b|"
                        # not pursued for now: "Im Moment verfolgen wir das Projekt nicht weiter"
                        r"\bverfolg\w*\s+(?:\w+\s+){0,3}?nicht\s+weiter\b|\bnicht\s+weiter\s+verfolg\w*", re.I)
# the customer's own customers or staff choosing, not the customer leaving: "our client went with another florist"
NOT_OURS = re.compile(r"\b(?:our\s+(?:client|customer)s?|unsere?\s+kunden?|nos\s+clients?|nuestros?\s+clientes?|"
                      r"i\s+nostri\s+clienti|os\s+nossos\s+clientes|onze\s+klanten)\b", re.I)


# ... or only for a part, the rest still wanted: "another vendor for the cabinets, but we'd still like your quote"
STILL = re.compile(r"\b(?:still|but\s+(?:we|I)(?:'d|\s+would)?\s+(?:like|want|need)|trotzdem|dennoch|noch\s+(?:gerne|immer)|"
                   r"todav[íi]a|a[úu]n\s+as[íi]|ancora|ainda|nog\s+(?:wel|steeds))\b", re.I)


# a halting verb, an article and a service word in de, fr, es, it, pt, nl (wordings of _SERVICE_PAUSED abroad)
_HALT_VERB_ABROAD = (r"pausier\w*|aussetz\w*|stopp\w*|anhalt\w*|einfrier\w*|suspend\w*|mett\w*\s+en\s+pause|"
                     r"paus(?:ar|ad|em|e)\w*|congel\w*|deten\w*|sospend\w*|mett\w*\s+in\s+pausa|bloccar\w*|"
                     r"interromp\w*|pauzeer\w*|pauzeren|stopzetten|stopgezet|opschort\w*|schort\w*")
_THE_ABROAD = (r"die|den|unsere?n?|meine?n?|la|les|le|l['\u2019]|nos|notre|mon|ma|mes|las|el|los|nuestr[oa]s?|mis?|"
               r"il|i|gli|lo|nostr[oaie]|mi[oaie]|a|as|o|os|nossa?s?|meus?|minhas?|de|het|onze|mijn")
_SERVICE_ABROAD = (r"kampagnen?|anzeigen|werbung|abos?|abonnements?|lieferung(?:en)?|bestellung(?:en)?|abbuchung(?:en)?|"
                   r"lizenz(?:en)?|buchung(?:en)?|campagnes?|publicit[ée]s?|annonces|abonnements?|livraisons?|commandes?|"
                   r"facturation|pr[ée]l[èe]vements?|licences?|r[ée]servations?|campa[ñn]as?|anuncios|publicidad|"
                   r"suscripci[óo]n(?:es)?|entregas?|env[íi]os|pedidos|facturaci[óo]n|pagos|licencias|reservas|"
                   r"campagn[ae]|annunci|pubblicit[àa]|abbonament[oi]|consegne?|spedizioni|ordini|fatturazione|"
                   r"pagamenti|licenze|prenotazioni|campanhas?|an[úu]ncios|assinaturas?|fatura[çc][ãa]o|faturamento|"
                   r"pagamentos|licen[çc]as|advertenties|leveringen|bestellingen|facturatie|betalingen|licenties")


# a pause of one thing the rep runs or delivers, the rest going on: "please pause the LinkedIn ads campaign for now",
# "put the weekly deliveries on hold" (the customer still wants the rep's mail)
_SERVICE_PAUSED = re.compile(r"\b(?:pause|hold|suspend|freeze)\s+(?:the|our|my|all|any)\s+(?:[\w-]+\s+){0,3}?(?:campaigns?|ads|"
                             r"adverts?|subscriptions?|deliver(?:y|ies)|shipments?|orders?|billing|payments?|direct\s+debits?|"
                             r"licen[cs]es?|bookings?|features?|sync\w*|jobs?|automations?|reorders?)\b|"
                             # the same in the six other languages: "sospendere la campagna pubblicitaria", "suspendre
                             # les livraisons", "suspender la campaña", "suspender a assinatura", "de campagne pauzeren",
                             # "die Kampagne aussetzen"
                             rf"\b(?:{_HALT_VERB_ABROAD})\s+(?:{_THE_ABROAD})\s+(?:{_SERVICE_ABROAD})\b|"
                             rf"\b(?:{_THE_ABROAD})\s+(?:[\w-]+\s+){{0,2}}?(?:{_SERVICE_ABROAD})\s+(?:\w+\s+){{0,4}}?"
                             rf"(?:{_HALT_VERB_ABROAD})\b|"
                             # goods held back, not the talk: "hold off sending the glove samples for now", "hold off on
                             # shipping the spare parts"
                             r"\bhold\s+off\s+(?:on\s+)?(?:send|ship(?:p(?=ing))?|deliver|dispatch|post)(?:ing)?\s+(?:the|our|my|any|"
                             r"those|these|that|this)\s+(?:[\w-]+\s+){0,3}?(?:samples?|goods|parts|stock|materials?|"
                             r"pallets?|units?|boxes|parcels?|products?|swatches|prototypes?|deliver(?:y|ies)|"
                             r"shipments?|orders?)\b", re.I)


# a round the rep's people run stopped, the rest going on: "please stop the Thursday laundry collection for that wing",
# "cancel the weekly pick-up at the depot" (not "stop the service emails": a contact word after it is the rep's mail)
_ROUND_STOPPED = re.compile(r"\b(?:stop|cancel|suspend|pause|halt|skip)\s+(?:the|our|my|all|any|that|this)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:collections?|pick-?ups?|runs?|rounds?|cleans?|cleaning|laundry|"
                            r"servicing|maintenance|deliver(?:y|ies)|shipments?)\b(?!\s+(?:e-?mails?|calls?|messages?|"
                            r"newsletters?|texts?|reminders?)\b)", re.I)


def round_stopped(sentence: str) -> bool:
    """Whether the sentence stops one round the rep's people run (a collection, a delivery), not the conversation."""
    return bool(_ROUND_STOPPED.search(sentence))


def service_paused(sentence: str) -> bool:
    """Whether the sentence pauses one service or delivery of the rep's, not the conversation."""
    return bool(_SERVICE_PAUSED.search(sentence)) or round_stopped(sentence)


def held_for_now_abroad(sentence: str) -> bool:
    """Whether a sentence in one of the six other languages halts the customer's project for now or until further
    notice, or sets it aside in an idiom ("wir legen das Projekt vorerst auf Eis", "por ahora lo dejamos en pausa"): a
    pause as certain as "on hold for now" in English (another supplier chosen stays possible)."""
    if english(sentence):
        return False
    # (a short English sentence may not read as English: its "for now" is left to wish_pause's English patterns)
    for_now = any(not m.group().lower().startswith(("for", "until"))
                  for rx in (_FURTHER_NOTICE, _FOR_NOW) for m in rx.finditer(sentence))
    halted = (for_now and (_HALT.search(sentence) or not_going_ahead(sentence))) or _SET_ASIDE.search(sentence)
    # (the look-alikes after the halt: their patterns have no needle test, and most sentences halt nothing)
    return bool(halted) and not (NOT_OURS.search(sentence) or STILL.search(sentence) or service_paused(sentence)
                                 or NOT_A_PAUSE.search(sentence)  # a payment, delivery or invoice held, a condition
                                 or _MONEY_ASIDE.search(sentence))



def possible_hold(sentence: str) -> bool:
    """Whether a sentence may say the customer chose another supplier or halted things until further notice."""
    if NOT_OURS.search(sentence) or STILL.search(sentence) or _MONEY_ASIDE.search(sentence):
        return False
    if (_FURTHER_NOTICE.search(sentence) or _FOR_NOW.search(sentence)) and _HALT.search(sentence):
        return True
    if _SET_ASIDE.search(sentence):
        return True
    return bool(CHOSE_OTHER.search(sentence) and _SUPPLIER.search(sentence))


# A hold or halt of the customer's project or buying, in the seven languages ("put the project on hold", "put it to one
# side", "mis en veilleuse", "op pauze gezet", "purchases are frozen", "auf Eis gelegt", "suspendu", "en stand by",
# "sospeso", "adiar", "in de ijskast"), for the indefinite hold below
_HELD = re.compile(
    r"\b(?:on\s+hold|(?:put|set|pushed|putting|setting)\s+(?:\w+\s+){0,4}?(?:aside|to\s+one\s+side)|paus(?:e|ed|ing)|pressing\s+pause|"
    r"suspend(?:ed|ing)?|frozen|freez(?:e|es|ing)|shelv(?:e|ed|ing)|postpon(?:e|ed|ing)|defer(?:red|ring)?|"
    r"cancell?ed|halted|on\s+ice|"
    # called off, abroad: "das Projekt für heuer gestrichen", "annulé", "cancelado", "annullato", "geschrapt"
    r"gestrichen|annul[ée]e?s?|cancelad[oa]s?|annullat[oa]|cancellat[oa]|geschrapt|afgeblazen|"
    r"auf\s+eis|zur[üu]ck(?:ge)?stell\w*|stellen\s+(?:\w+\s+){0,4}?zur[üu]ck|verschoben|ausgesetzt|gestoppt|pausier\w*|"
    r"eingefroren|suspendu\w*|en\s+(?:pause|suspens|attente|stand[- ]?by|veilleuse)|op\s+pauze|gel[ée]e?s?|report[ée]e?s?|"
    r"mis\s+de\s+c[ôo]t[ée]|"
    r"suspend\w*|en\s+pausa|en\s+suspenso|congel\w*|aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|stand[- ]?by|"
    r"quiet[oa]s?|aparcad[oa]s?|sospes[oa]|in\s+pausa|rimandat[oa]|rinviat[oa]|rimandare|rinviare|ci\s+fermiamo|lasciamo\s+perdere|"
    r"bloccat[oa]|adiad[oa]s?|adiar|segurar|em\s+(?:pausa|espera|banho[- ]maria)|parad[oa]s?|"
    r"in\s+de\s+ijskast|uit(?:gesteld|\s+te\s+stellen)|stilgelegd|ligt\s+(?:\w+\s+)?stil|gepauzeerd|bevroren|"
    r"geparkeerd|wachten\s+(?:we|wij)\s+(?:\w+\s+)?voorlopig|pulled\s+the\s+pin|de\s+momento\s+no\s+vamos\s+a|"
    # waiting to see, its end not known: "So we wait and we see. I don't know when.", "wir warten ab", "on attend de voir",
    # "esperamos a ver", "aspettiamo e vediamo", "vamos esperar para ver", "we wachten af"
    r"wait(?:ing)?\s+and\s+(?:we\s+)?see|warten\s+(?:\w+\s+){0,2}?ab|abwarten|attend(?:re|ons|s)?\s+(?:et\s+|de\s+)voir|"
    r"esper(?:ar|amos)\s+(?:a|y|para)\s+ver|aspett(?:are|iamo)\s+e\s+ved(?:ere|iamo)|esper(?:ar|amos)\s+para\s+ver|"
    r"wachten\s+(?:\w+\s+){0,2}?af|afwachten|"
    # held for now in the words of Singapore and Malaysian English: "the crane software hold first lah"
    r"hold\s+(?:(?:it|this|that|them)\s+)?(?:first|for\s+now|for\s+the\s+(?:moment|time\s+being)))\b", re.I)
# ... or the customer cannot do it for now, in the seven languages: "This year we cannot do it", "dieses Jahr können wir
# das nicht", "cette année on ne peut pas", "este año no podemos", "quest'anno non possiamo", "este ano não podemos",
# "met de verbouwing lukt het nu gewoon niet" (a hold only beside words of no end, as the other holds)
_NOW = (r"(?:this\s+year|right\s+now|at\s+the\s+moment|for\s+now|now|dieses\s+jahr|derzeit|zurzeit|im\s+moment|momentan|"
        r"jetzt|cette\s+ann[ée]e|pour\s+l['\u2019]instant|en\s+ce\s+moment|actuellement|este\s+a[ñn]o|ahora(?:\s+mismo)?|"
        r"de\s+momento|por\s+ahora|quest['\u2019]anno|adesso|al\s+momento|per\s+ora|este\s+ano|agora|por\s+enquanto|"
        r"dit\s+jaar|nu|momenteel|op\s+dit\s+moment)")
_CANNOT = (r"(?:(?:we|I)\s+(?:can(?:'|\u2019|no)?t|can\s+not|are\s+not\s+able\s+to)\s+(?:do|afford|manage|proceed|go\s+ahead)|"
           r"(?:können|schaffen)\s+wir\s+(?:\w+\s+){0,2}?nicht|(?:on|nous)\s+ne\s+(?:peut|pouvons)\s+pas|no\s+(?:podemos|puedo)|"
           r"non\s+(?:possiamo|posso)|n[ãa]o\s+(?:podemos|posso)|(?:lukt\s+het|kunnen\s+we)\s+(?:\w+\s+){0,2}?niet)")
CANNOT_REACH = 25  # characters at most between the time said and the "cannot"
_CANNOT_NOW = re.compile(rf"\b{_NOW}\b[^.;!?]{{0,{CANNOT_REACH}}}?\b{_CANNOT}\b|\b{_CANNOT}\s+(?:it|this|that|das)\s+{_NOW}\b|"
                         # the time inside the verb phrase: "lukt het nu gewoon niet", "geht es derzeit leider nicht"
                         rf"\b(?:lukt\s+het|gaat\s+het|kunnen\s+we|geht\s+(?:es|das)|können\s+wir)\s+{_NOW}\s+(?:\w+\s+)?"
                         r"(?:niet|nicht)\b", re.I)
# ... said to have no end in time: "There is no date when this will end", "I really cannot say when this will move",
# "Wann wir es wieder aufnehmen, ist offen", "sine die", "no sabemos hasta cuándo", "non so quando", "não tem previsão",
# "geen idee wanneer", "mi cyaan tell you when" (Jamaican "can't"), "je ne peux pas vous dire quand"
NO_END = re.compile(
    r"\bno\s+(?:new\s+|end\s+|fixed\s+|firm\s+|set\s+)?(?:date|timing|timeline|time\s*frame|end\s+date)\b|"
    r"\b(?:can(?:'|no)?t|cyaan|kyaan|can\s+not|could\s*n[o']?t|(?:do|does)\s*n[o']?t\s+know|nobody\s+knows|no\s+one\s+knows|"
    r"no\s+idea)\s+(?:\w+\s+){0,2}?when\b|\bindefinitely\b|\bsine\s+die\b|\buntil\s+further\s+notice\b|"
    r"\bauf\s+unbestimmte\s+zeit\b|\bkein(?:en)?\s+(?:neuen\s+)?(?:termin|datum|zeitplan)\b|\bbis\s+auf\s+weiteres\b|"
    r"\bwann\W*s?\b[^.;!?]{0,50}\b(?:ist\s+(?:noch\s+)?offen|steht\s+(?:noch\s+)?nicht\s+fest|nicht\s+sagen|"
    r"wei(?:ß|ss)\s+(?:ich|niemand|keiner)\s+(?:\w+\s+){0,2}?nicht)|"
    r"\bind[ée]termin[ée]e?\b|\b(?:sans|aucune)\s+(?:date|[ée]ch[ée]ance)\b|"
    r"\b(?:ne\s+sai[st]|ne\s+savons)\s+pas\s+(?:encore\s+)?quand\b|"
    r"\bne\s+(?:peux|pouvons|peut)\s+(?:\w+\s+){0,2}?pas\s+(?:vous\s+|te\s+)?dire\s+quand\b|\bjusqu['\u2019]\s*[àa]\s+nouvel\s+ordre\b|"
    r"\bno\s+(?:hay|tenemos|existe)\s+(?:una\s+)?fecha\b|\bsin\s+fecha\b|\b(?:no\s+sabemos|no\s+s[ée]|nadie\s+sabe)\s+"
    r"(?:hasta\s+)?cu[áa]ndo\b|\bindefinid[oa]\b|\bindefinidamente\b|\bhasta\s+nuevo\s+aviso\b|"
    r"\b(?:non\s+so|non\s+si\s+sa|nessuno\s+sa)\s+quando\b|\bquando\s+non\s+si\s+sa\b|\bindeterminat[oa]\b|"
    r"\b(?:senza|nessuna)\s+data\b|\bfino\s+a\s+nuovo\s+avviso\b|"
    r"\bn[ãa]o\s+(?:h[áa]|tem|temos)\s+(?:ainda\s+)?(?:data|previs[ãa]o)\b|\bainda\s+n[ãa]o\s+h[áa]\s+data\b|"
    r"\bsem\s+(?:data|previs[ãa]o)\b|\b(?:n[ãa]o\s+sabemos|n[ãa]o\s+sei|ningu[ée]m\s+sabe)\s+quando\b|"
    r"\bindeterminado\b|\bat[ée]\s+(?:nova|segunda)\s+ordem\b|\bat[ée]\s+novo\s+aviso\b|"
    r"\bgeen\s+(?:flauw\s+)?idee\s+wanneer\b|\bgeen\s+(?:nieuwe\s+)?(?:eind)?datum\b|\bonbepaalde\s+tijd\b|"
    r"\b(?:niet\s+bekend|weet\s+niemand|weten\s+we\s+niet)\s+wanneer\b|\btot\s+nader\s+(?:order|bericht)\b|"
    # nobody can tell, as an idiom: "steht in den Sternen", "ik weet niet wanneer", "who knows when", "Dieu sait quand",
    # "quién sabe cuándo", "chissà quando", "sabe-se lá quando"
    r"\bsteht\s+(?:noch\s+)?in\s+den\s+sternen\b|\b(?:ik|we|wij)\s+weet?(?:en)?\s+(?:\w+\s+)?niet\s+wanneer\b|"
    r"\bwho\s+knows\s+when\b|\banyone'?s\s+guess\b|\bdieu\s+sait\s+quand\b|\bqui[ée]n\s+sabe\s+cu[áa]ndo\b|"
    r"\bchiss[àa]\s+quando\b|\bsabe(?:-se|\s+se)?\s+l[áa]\s+quando\b|\bweet\s+ik\s+veel\s+wanneer\b|"
    # left to be seen: "Later see how", "we'll see later", "on verra", "ya veremos", "poi vedremo", "depois veremos", "we
    # zien wel", "mal sehen"
    r"\blater\s+see\s+how\b|\bwe['\u2019]ll\s+see\s+(?:later|how\s+it\s+goes)\b|\bon\s+verra\b|\bya\s+veremos\b|"
    r"\bpoi\s+vedremo\b|\bdepois\s+veremos\b|\bwe\s+zien\s+(?:wel|later)\b|\bmal\s+sehen\b|\bschauen\s+wir\s+mal\b|"
    # the "when" said first, then not known: "When we pick it up, I don't know yet", "Wanneer we het oppikken, weet ik
    # nog niet", "Quand on le reprendra, je ne sais pas", "Cuándo lo retomamos, no lo sé", "Quando lo riprendiamo, non
    # lo so", "Quando vamos retomar, não sei"
    r"\b(?:when|wanneer|quand|cu[áa]ndo|quando)\b[^.;!?]{0,50},\s*(?:I|we)\s+(?:don['\u2019]?t|do\s+not)\s+(?:yet\s+)?know\b|"
    r"\b(?:when|wanneer|quand|cu[áa]ndo|quando)\b[^.;!?]{0,50},\s*(?:weet\s+(?:ik|we)\s+(?:nog\s+)?niet|je\s+ne\s+"
    r"sais\s+pas|no\s+(?:lo\s+)?s[ée]|non\s+lo\s+so|n[ãa]o\s+sei)\b|"
    # how long, or whether it comes back, not known: "nobody knows how long", "Hoe lang dat gaat duren weet niemand",
    # "ik kan je geen termijn geven", "Whether it comes back next year or the year after, honestly no idea"
    r"\b(?:nobody|no\s+one)\s+knows\s+how\s+long\b|\bhow\s+long\b[^.;!?]{0,40}\b(?:nobody\s+knows|no\s+idea|who\s+knows)\b|"
    r"\bwhether\b[^.;!?]{0,60},\s*(?:\w+\s+)?(?:no\s+idea|who\s+knows)\b|\bgeen\s+termijn\b|"
    r"\bhoe\s+lang\b[^.;!?]{0,40}\b(?:weet\s+niemand|weten\s+we\s+niet|weet\s+ik\s+niet)\b|"
    # nobody can tell the rep when: "No te puedo decir cuándo lo retomaremos", "non ti so dire quando"
    r"\bno\s+(?:te|le|les|os)\s+(?:puedo|podemos|sabr[ée]|sabr[ií]a)\s+decir\s+cu[áa]ndo\b|"
    r"\bnon\s+(?:ti|le|vi)\s+(?:so|posso|possiamo|sappiamo)\s+dire\s+quando\b|"
    r"\bn[ãa]o\s+(?:te|lhe|vos)\s+(?:sei|posso|podemos|sabemos)\s+dizer\s+quando\b|"
    r"\bkan\s+(?:je|u|jullie)\s+(?:\w+\s+)?niet\s+zeggen\s+wanneer\b|"
    # a date still to be set: "a data da destinarsi", "fecha por determinar", "data a definir", "à une date ultérieure"
    r"\ba\s+data\s+da\s+(?:destinarsi|definire)\b|\bfecha\s+por\s+(?:determinar|definir)\b|\bdata\s+a\s+definir\b|"
    r"\bdate\s+(?:ult[ée]rieure|[àa]\s+d[ée]finir)\b", re.I)
# ... of a thing the rep was to deliver or a date of the customer's day, not the customer's buying: "the meeting is
# postponed, no new date yet", "tomorrow's delivery is on hold"
_HELD_THING = re.compile(r"\b(?:meeting|call|appointment|visit|webinar|demo|delivery|deliveries|shipment|order|invoice|"
                         r"payment|ticket|flight|reunion|r[ée]union|termin|besprechung|lieferung|reuni[óo]n|entrega|"
                         r"riunione|consegna|reuni[ãa]o|vergadering|levering)\b", re.I)


# a freeze of the customer's projects, budgets or buying for a time said ("our headquarter froze all new software
# projects for this year", "alle Projekte sind bis auf Weiteres eingefroren", "les achats sont gelés cette année",
# "congelaron los presupuestos por ahora"); not food or prices frozen, nor a budget frozen at a sum
_FREEZE = (r"(?:froze|frozen|freez(?:e|es|ing)|eingefroren|einfrier\w*|friert\s+(?:\w+\s+){0,4}?ein|gel[ée]e?s?|"
           r"g[èe]l(?:e|ent|er|ons)|congel\w*|bevroren|bevriez\w*)")
_BUYING = (r"(?:\w*projects?|budgets?|spend(?:ing)?|purchas(?:e|es|ing)|procurement|investments?|capex|capital\s+"
           r"(?:spending|projects?)|\w*projekte?n?|\w*budgets?|ausgaben|investitionen|anschaffungen|beschaffung\w*|"
           r"eink[äa]uf\w*|projets?|achats?|investissements?|d[ée]penses|proyectos?|presupuestos?|compras|inversiones|"
           r"gastos|progett[oi]|acquisti|investimenti|spese|projetos?|or[çc]amentos?|investimentos|projecten|aankopen|"
           r"investeringen|uitgaven)")
# (before its object "frozen" is the verb only after "have": "the frozen food project" freezes nothing)
_FREEZE_FIRST = _FREEZE.replace("froze|frozen|", r"froze|(?:ha(?:s|ve|d)|'ve)\s+(?:\w+\s+)?frozen|", 1)
_FROZEN_BUYING = re.compile(rf"\b{_FREEZE_FIRST}\s+(?:on\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?{_BUYING}\b(?!\s+at\b)|"
                            rf"\b{_BUYING}\b[^.;:!?]{{0,40}}?\b{_FREEZE}\b(?!\s+at\b)", re.I)
_FREEZE_SPAN = re.compile(r"\b(?:this|for\s+this|the\s+rest\s+of\s+(?:this|the))\s+(?:fiscal\s+|financial\s+|budget\s+)?"
                          r"(?:year|quarter)\b|\buntil\s+(?:next\s+year|the\s+end\s+of\s+the\s+year)\b|\bindefinitely\b|"
                          r"\b(?:f[üu]r\s+)?dieses\s+jahr\b|\bcette\s+ann[ée]e\b|\beste\s+a[ñn]o\b|\bquest['\u2019]anno\b|"
                          r"\beste\s+ano\b|\bdit\s+jaar\b", re.I)


def frozen_buying(sentence: str) -> bool:
    """Whether a sentence freezes the customer's projects, budgets or buying for now, this year or until further
    notice (a pause for certain, in the seven languages)."""
    return bool(_FROZEN_BUYING.search(sentence)
                and (_FREEZE_SPAN.search(sentence) or _FOR_NOW.search(sentence) or _FURTHER_NOTICE.search(sentence))
                and not NOT_OURS.search(sentence) and not STILL.search(sentence))


def may_freeze(text: str) -> bool:
    """Whether a whole text may freeze projects or buying (the cheap test before frozen_buying)."""
    return bool(_FROZEN_BUYING.search(text))


def may_hold_for_good(text: str) -> bool:
    """Whether a text holds both a hold and words of no end (the cheap test before indefinite_hold), or may halt a
    project for now in another language (held_for_now_abroad: the rules of detect_wishes decide)."""
    return bool(NO_END.search(text) and (_HELD.search(text) or _SET_ASIDE.search(text) or _CANNOT_NOW.search(text))) \
        or (bool(_FURTHER_NOTICE.search(text) or _FOR_NOW.search(text) or _SET_ASIDE.search(text))
            and bool(_HALT.search(text) or _SET_ASIDE.search(text) or may_not_go_ahead(text)))


# sentences from the hold to its "no end" at most: the hold, its reason, then "nobody can tell you when"
NO_END_REACH = 3


def indefinite_hold(sentences: list[str]) -> int | None:
    """The index of the sentence holding the customer's project or buying when it (first) or the next sentence says
    the hold has no end in time (a pause for certain), or None."""
    held = [i for i, sentence in enumerate(sentences)
            if (_HELD.search(sentence) or _SET_ASIDE.search(sentence) or _CANNOT_NOW.search(sentence))
            and not _HELD_THING.search(sentence)
            and not NOT_OURS.search(sentence) and not STILL.search(NO_END.sub("", sentence))  # "ainda não há data"
            and not service_paused(sentence) and "?" not in sentence]
    for reach in range(1, NO_END_REACH + 1):
        for i in held:
            if any(NO_END.search(s) and "?" not in s for s in sentences[i:i + reach]):
                return i
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
