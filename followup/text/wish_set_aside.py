"""A matter set aside with no end in sight, read by a grammar over the whole message in the seven languages the rules
read: a set-aside clause (the writer's side, or a body of theirs, halts the matter: a hold word, or a negation with
"for now" beside it) and an open-end clause (the writer will make the next contact, or cannot say when it resumes).
"We're skipping the spring preorder this go-round. Will holler if that changes", "Our committee has put the plan on
hold ... without any date", "on a décidé de ne pas changer pour l'instant. On verra plus tard": a possible pause
(either clause alone is everyday business talk; a hold word with a return promised on a condition is certain,
wish_set_aside_firm)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish

# the matter halted whatever the time said: en, de, fr, es, it, pt, nl ("pon hold": Caribbean English "upon")
_HELD = (r"\bp?on\s+hold\b|\bon\s+ice\b|\bshelv(?:e|ed|ing)\b|\bskip(?:s|ping|ped)?\b|\bfr(?:eeze|ozen)\b|"
         r"\bhold(?:ing)?\s+off\b|\bno\s+new\s+(?:\w+\s+){0,2}?(?:commitments?|spend\w*|purchases?|investments?|projects?|"
         r"contracts?|suppliers?|vendors?|tools?|software)\b|"
         r"\bauf\s+eis\b|\bzur[üu]ckgestellt\b|\bgestoppt\b|\bpausier\w*|"
         r"\blass\w*\s+(?:\w+\s+){0,6}?(?:ruhen?|bleiben|liegen)\b|"
         r"\ben\s+(?:pause|attente|suspens|stand-by)\b|\bmis\s+de\s+c[ôo]t[ée]\b|\bgel[ée]s?\b|"
         r"\ben\s+(?:pausa|espera|suspenso)\b|\baparca\w*|\bcongela\w*|\bsuspend\w*|"
         r"\bin\s+(?:pausa|sospeso|stand-by)\b|\bsospes[oia]\b|\baccantona\w*|"
         r"\bem\s+(?:pausa|espera|suspenso|stand-by)\b|\bsuspens[oa]\b|"
         r"\bin\s+de\s+ijskast\b|\bstopgezet\b|\buitgesteld\b|\blaten\s+rusten\b")
# a negation said by the writer's side: not, nicht/net/ned (southern German), ne/pas/rien, no/nada, non/niente, não, niet
_NEGATION = (r"\b(?:not|no|nicht|net|ned|nix|nichts|kein\w*|ne|n['\u2019]|pas|rien|nada|non|niente|nulla|n[ãa]o|niet|"
             r"niets|geen)\b|n['\u2019]t\b")
# "for now", "this time" and "this year" in the seven languages ("fi now": Caribbean English "for")
_FOR_NOW = (r"\b(?:f(?:or|i)\s+now|for\s+the\s+(?:time\s+being|moment)|at\s+the\s+moment|(?:this|that)\s+(?:go-?round|"
            r"time|round|year|season)|f[üu]rs\s+erste|vorerst|vorl[äa]ufig|erst(?:\s+(?:ein|a)?mal|mal)|momentan|derzeit|"
            r"im\s+moment|heuer|dies(?:es)?\s+jahr|pour\s+(?:l['\u2019]instant|le\s+moment|l['\u2019]heure|cette\s+fois)|"
            r"dans\s+l['\u2019]imm[ée]diat|cette\s+ann[ée]e|por\s+(?:ahora|el\s+momento|lo\s+pronto|enquanto|agora)|"
            r"de\s+momento|este\s+a[ñn]o|esta\s+vez|per\s+(?:ora|il\s+momento|adesso|questa\s+volta)|al\s+momento|"
            r"quest['\u2019]anno|stavolta|neste\s+momento|este\s+ano|desta\s+vez|voorlopig|voor\s+nu|op\s+dit\s+moment|"
            r"dit\s+jaar|deze\s+keer)\b")
SET_ASIDE = re.compile(rf"{_HELD}|(?:{_NEGATION})[^.;!?\n]{{0,80}}?{_FOR_NOW}|{_FOR_NOW}[^.;!?\n]{{0,80}}?(?:{_NEGATION})",
                        re.I)
# the writer makes the next contact ("we'll be in touch", "will holler", "ich melde mich", "on vous recontactera", "ya
# te avisaré", "vi faremo sapere", "entramos em contato", "we laten het u weten"), or cannot say when the matter resumes
OPEN_END = re.compile(
    r"\b(?:(?:I|we)(?:['\u2019]ll|\s+will|\s+wi|\s+shall)|will)\s+(?:just\s+|definitely\s+|certainly\s+)?"
    r"(?:be\s+(?:back\s+)?in\s+touch|get\s+(?:back\s+)?(?:in\s+touch|back\s+to\s+you)|reach\s+(?:back\s+)?out|"
    r"let\s+you\s+know|contact\s+you|call\s+you|ring\s+you|message\s+you|e-?mail\s+you|text\s+you|holler|"
    r"link\s+(?:you|yuh|u)\b|circle\s+back|come\s+back\s+to\s+you|give\s+you\s+a\s+(?:shout|call|ring|buzz)|"
    r"drop\s+you\s+a\s+line|ping\s+you|revisit)|"
    r"\b(?:don['\u2019]?t|do\s+not)\s+know\s+when\b|\bnot\s+sure\s+when\b|\bno\s+idea\s+when\b|"
    r"\b(?:can['\u2019]?t|cannot)\s+say\s+when\b|\bwithout\s+(?:any\s+|a\s+)?(?:date|end\s+date|timeline)\b|"
    r"\bwhenever\s+that\b|\bwe['\u2019]ll\s+see\b|"
    r"\b(?:meld\w*|r[üu]hr\w*)\s+(?:(?:ich|wir)\s+)?(?:mich|uns)\b|\bgeb\w*\s+(?:Ihnen|dir|euch)\s+Bescheid\b|"
    r"\b(?:wei(?:ß|ss)|sagen?)\s+(?:ich\s+|wir\s+)?(?:noch\s+)?(?:nicht|net|ned|nit)\b|"
    r"\b(?:nicht|net|ned|nit)\s+sagen?\b|\bohne\s+(?:festen\s+)?termin\b|"
    r"\b(?:vous|te)\s+(?:recontacter\w*|rappeller\w*|rappeler\w*|tiendr\w*\s+au\s+courant)|\bon\s+verra\b|"
    r"\b(?:vous|te)\s+(?:ferai|ferons)\s+signe\b|\bje\s+ne\s+sais\s+pas\s+quand\b|\bsans\s+date\b|"
    r"\b(?:te|le|les|os)\s+(?:avisar(?:[ée]|emos)|contactar(?:[ée]|emos)|escribir(?:[ée]|emos)|llamar(?:[ée]|emos)|"
    r"dir(?:[ée]|emos))\b|\bya\s+veremos\b|\bno\s+s[ée]\s+cu[áa]ndo\b|\bsin\s+fecha\b|"
    r"\b(?:ti|vi|la|le)\s+(?:far[òo]|faremo)\s+sapere\b|\b(?:ci\s+faremo|mi\s+far[òo])\s+sentire\b|"
    r"\b(?:ti|vi|la|le)\s+(?:ricontatter\w*|richiamer\w*)|\bnon\s+so\s+quando\b|\bvedremo\b|\bsenza\s+data\b|"
    r"\b(?:te|lhe|vos)\s+(?:aviso|avisamos|avisaremos|avisarei|ligo|ligamos|ligaremos)\b|"
    r"\bentr(?:amos|aremos|o)\s+em\s+conta(?:c)?to\b|\bn[ãa]o\s+sei\s+quando\b|\bveremos\b|\bsem\s+data\b|"
    r"\blat(?:en)?\s+(?:het\s+)?(?:je|u|jullie)\s+weten\b|\bnemen\s+(?:wel\s+|dan\s+)?contact\s+op\b|"
    r"\blaten\s+van\s+ons\s+horen\b|\bweet\s+(?:ik\s+|we\s+)?niet\s+wanneer\b", re.I)
# not a matter of the writer's halted: a question, or a payment, invoice, delivery or order held
NOT_THE_MATTER = re.compile(r"\?|\b(?:payment|invoice|delivery|shipment|parcel|refund|zahlung|rechnung|lieferung|"
                             r"paiement|facture|livraison|pago|factura|env[íi]o|pagamento|fattura|consegna|fatura|"
                             r"entrega|betaling|factuur|levering)s?\b", re.I)


def set_aside(sentences: list[str], wishes: list[Wish]) -> list[Wish]:
    """A possible pause where one sentence sets the matter aside and one (the same or another) leaves its end open,
    when ``wishes`` has no pause, wait or opt-out yet."""
    if any(w.kind in (PAUSED, QUIET, DNC) for w in wishes) or not any(OPEN_END.search(s) for s in sentences):
        return []
    held = next((s for s in sentences if SET_ASIDE.search(s) and not NOT_THE_MATTER.search(s)), None)
    return [Wish(PAUSED, held.strip(), certain=False)] if held else []


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
