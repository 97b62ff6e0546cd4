"""The deal gone elsewhere with any further contact refused, read as a certain opt-out: "we've gone with another
provider, so no need to contact us again", "we signed with X, please don't follow up any more", "hemos elegido otro
proveedor, no hace falta que nos vuelvan a contactar". The choice alone is a pause (followup.text.wish_elsewhere); a
refusal bounded in time or with a door left open ("for now", "this year", "until", "if anything changes, we'll be in
touch") stays one.
"""
from __future__ import annotations

import re

from followup.text.wish_base import DNC, Wish
from followup.text.wish_elsewhere import may_go_elsewhere, went_elsewhere
from followup.text.wish_hold import STILL

# a refusal of any further contact, the "again / any more" said (English): "no need to contact us again", "please don't
# follow up any more", "there's no need to reach out again", "no further contact is needed"
_CONTACT_EN = (r"(?:contact|e-?mail|call|ring|phone|write\s+to|reach\s+out(?:\s+to)?|follow\s+up(?:\s+with)?|"
               r"get\s+in\s+touch(?:\s+with)?|chase|message)")
_MORE_EN = r"(?:again|further|any\s*more|any\s+further|in\s+(?:the\s+)?future)"
_REFUSED_EN = (rf"\b(?:no\s+need|(?:there\s+is|there'?s)\s+no\s+need|(?:you\s+)?(?:don'?t|do\s+not|needn'?t)\s+need)\s+"
               rf"(?:for\s+you\s+)?to\s+{_CONTACT_EN}\s+(?:(?:me|us)\s+)?{_MORE_EN}\b|"
               rf"\b(?:please\s+)?(?:don'?t|do\s+not)\s+{_CONTACT_EN}\s+(?:(?:me|us)\s+)?{_MORE_EN}\b|"
               r"\bno\s+(?:further|more)\s+(?:contact|follow[- ]?ups?|calls|e-?mails)\s+(?:is\s+|are\s+)?"
               r"(?:needed|necessary|required)\b")
# ... abroad, in the languages wish_elsewhere reads: "no hace falta que nos vuelvan a contactar", "no es necesario que
# nos contacten de nuevo", "inutile de nous recontacter", "pas besoin de nous recontacter", "non serve che ci
# ricontattiate", "non c'è bisogno di ricontattarci", "Sie brauchen uns nicht erneut zu kontaktieren", "kein Grund, uns
# noch einmal anzurufen", "u hoeft geen contact meer op te nemen", "não precisa nos contatar novamente", "I behøver
# ikke kontakte os igen", "ni behöver inte kontakta oss igen"
_REFUSED_ABROAD = (
    r"\bno\s+(?:hace\s+falta|es\s+necesario|(?:hay|tienen|tiene|tienes)\s+(?:por\s+qu[eé]|que|necesidad\s+de))\s+"
    r"(?:que\s+)?(?:nos|me)\s+(?:\w+\s+){0,2}?(?:vuelv\w*\s+a\s+\w+|\w+\s+(?:de\s+nuevo|otra\s+vez|m[aá]s))\b|"
    r"\b(?:inutile|pas\s+(?:la\s+peine|besoin)|nul\s+besoin)\s+de\s+(?:nous|me)\s+re(?:contacter|lancer|appeler|[ée]crire)\b|"
    r"\bnon\s+(?:serve|c['\u2019]\s*[eè]\s+bisogno|[eè]\s+necessario)\s+(?:di\s+|che\s+)?(?:ci|mi)?\s*ri(?:contatt|chiam|sent)\w*|"
    r"\b(?:brauchen|m[üu]ssen)\s+(?:uns|mich)\s+nicht\s+(?:mehr|erneut|wieder|noch\s+einmal)\b|"
    r"\bkein(?:en)?\s+(?:Grund|Bedarf|Anlass)\b[^.]{0,30}\b(?:erneut|wieder|noch\s+einmal|weiter)\b|"
    r"\bhoeft\s+(?:u\s+|je\s+)?(?:geen\s+contact\s+meer|(?:ons|mij)\s+niet\s+(?:meer|opnieuw))\b|"
    r"\bn[ãa]o\s+(?:precisa|[ée]\s+necess[áa]rio)\s+(?:de\s+)?(?:nos|me)?\s*(?:\w+\s+){0,3}?(?:novamente|de\s+novo|mais)\b|"
    r"\b(?:beh[øo]ver|beh[öo]ver|trenger)\s+(?:I\s+|ni\s+|dere\s+)?(?:ikke|inte)\s+(?:\w+\s+){1,3}?(?:igen|igjen)\b")
_REFUSED = re.compile(f"{_REFUSED_EN}|{_REFUSED_ABROAD}", re.I)
# the refusal bounded in time, or a door left open: "for now", "this year", "until", "if anything changes, we'll be in
# touch", "next time", and the same abroad ("por ahora", "hasta", "si cambia algo", "pour l'instant", "jusqu'à", "per
# ora", "fino a", "vorerst", "bis", "voorlopig", "tot", "por enquanto", "até", "indtil", "tills", "foreløpig")
_OPEN = re.compile(
    r"\b(?:for\s+now|for\s+the\s+(?:time\s+being|moment)|at\s+(?:the|this)\s+(?:moment|time|stage|point)|right\s+now|"
    r"this\s+(?:year|quarter|season|round|time|cycle|term)|next\s+(?:year|time|quarter|round|season)|until|till|unless|"
    r"if\b|in\s+touch|get\s+back\s+to\s+you|come\s+back\s+to\s+you|reach\s+out\s+to\s+you|down\s+the\s+(?:line|track|road)|"
    r"in\s+the\s+(?:future|meantime)|later|yet|(?:when|once|after)\s+(?:the|that|this|our|we|it|next|then)\b|"
    r"por\s+ahora|de\s+momento|por\s+el\s+momento|hasta|si\b|este\s+año|pour\s+(?:l['\u2019]\s*instant|le\s+moment)|"
    r"jusqu|cette\s+ann[ée]e|per\s+(?:ora|il\s+momento|adesso)|fino\s+a|quest['\u2019]\s*anno|se\b|vorerst|"
    r"momentan|zurzeit|derzeit|bis\b|falls|wenn|dieses\s+Jahr|voorlopig|tot\b|als\b|dit\s+jaar|por\s+enquanto|at[ée]\b|"
    r"este\s+ano|caso|indtil|tills|till|forel[øo]pig|for\s+nu|f[öo]r\s+tillf[äa]llet|i\s+[åa]r|hvis|om\b)",
    re.I)

# not the customer's own word for the whole deal: someone else's choice or words ('Our sister company went with ...',
# 'they said "no need to contact us again"'), a refusal of one part ("about those") or the rest still wanted
_NOT_WHOLE = re.compile(r"^\W*(?:our|my|his|her|their|the|they|he|she|it)\b|[\"\u201c\u201d\u201e\u00ab\u00bb]|"
                        r"\b(?:about|regarding|on|for)\s+(?:those|them|these|that|this|it|him|her)\b", re.I)


def refused_for_good(sentences: list[str]) -> str | None:
    """The sentence refusing any further contact in a message saying the deal went to another supplier, if any (neither
    bounded in time nor with a door left open anywhere in the message)."""
    chosen = [s for s in sentences if went_elsewhere(s)]
    refusal = next((s for s in sentences if _REFUSED.search(s)), None)
    if not chosen or refusal is None or any(_OPEN.search(s) or STILL.search(s) for s in sentences) \
            or any(_NOT_WHOLE.search(s) for s in chosen + [refusal]):
        return None
    return refusal


def may_refuse_for_good(text: str) -> bool:
    """Whether a whole text may hold a choice of another supplier and a refusal of further contact (the cheap test)."""
    return bool(_REFUSED.search(text) and may_go_elsewhere(text))


def gone_for_good(sentences: list[str], wishes: list[Wish]) -> list[Wish]:
    """The wishes with a certain opt-out added where the deal went elsewhere and further contact is refused for good."""
    if any(w.kind == DNC and w.certain for w in wishes):
        return wishes
    refusal = refused_for_good(sentences)
    return wishes + [Wish(DNC, refusal.strip())] if refusal else wishes
