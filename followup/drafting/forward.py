"""A customer's request to send the offer or documents to someone else ("please send the quote to my colleague
Anna Berg, anna@..."), said back as the rep's promise with that person's name from the source ("I'll send the
quote to Anna Berg as well.").

A request counts until a later rep email names that person (sent to them or about them). The
name is the capitalised words right after the role ("our accountant Desislava Koleva"), so it always grounds; with
no name the role is said with the customer's possessive turned ("mon associé" -> "votre associé").
"""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.phrases import PHRASES
from followup.drafting.sentences import Source
from followup.text.replies import ADDRESS

# case-sensitive inside patterns that are not: "a nombre de Olivo" names no one
# One capitalised word is a name only right after its role ("our bookkeeper Rivka, rivka@..."); alone it is too often
# a place or a product, so a bare name needs two words.
_PART = r"(?:\s+(?:van |von |de |da |del |le |la )?[A-ZÀ-ÖØ-Þ][\w'’-]+)"
# a title with its dot ("Mr. Yamikani Phiri") is no one-word name
_NAME = rf"(?P<name>(?-i:(?!(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra|Ing)\.)[A-ZÀ-ÖØ-Þ][\w'’-]+(?(role){_PART}{{0,3}}|{_PART}{{1,3}})))"
_ROLE = r"(?P<role>(?P<poss>my|our|mein(?:e[nm]?)?|unser(?:e[nm]?)?|mon|ma|notre|mi|nuestr[oa])\s+(?:{w}\s+){{0,2}}?{w})"
_ROLE = _ROLE.format(w=r"(?!(?:aussi|also|too|as|well|también|auch|bitte|please|and|et|y|und)\b)[^\W\d_-]+")
# Who it goes to: a name (after its role, if any) or, failing that, the role alone.
_TO = (rf"(?:{_ROLE}\s*,?\s*)?{_NAME}", _ROLE)
_ASK = {
    # "send the quote and the spec to ...", "Can the invoice go to our office manager, Lucy Tran?"
    "en": r"\b(?:(?:send|forward|email|e-mail|copy)\s+|(?:can|could|should)\s+(?=(?:the|a|an|your)\s+(?:[\w-]+\s+){{0,3}}"
          r"go\s+to\b)|(?=(?:the|a|an|your)\s+(?:[\w-]+\s+){{0,3}}{goes}\s+to\b))(?P<doc>{doc}(?:\s+and\s+(?:the|a|an|"
          r"your)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+{docfor})?|it|them)\s+(?:also\s+|as well\s+)?(?:{goes}\s+)?to\s+{to}",
    "de": r"\b(?:schicken|senden|mailen|geben)\s+Sie\s+(?P<doc>(?:das|die|den)\s+[\w-]+(?:\s+und\s+(?:das|die|den)\s+[\w-]+)?)"
          r"(?:\s+für\s+[^,.?!]{{1,30}}?)?\s+(?:bitte\s+)?(?:auch\s+)?an\s+{to}",
    "fr": r"\b(?:envoyer|transmettre|adresser)\s+(?P<doc>(?:l['’]|le |la |les )[\w-]+(?:\s+[\w-]+ée?s?)?)"
          r"\s+(?:aussi\s+|également\s+)?à\s+{to}",
    "es": r"\b(?:envi\w*|mand\w*|pas\w*)\s+(?P<doc>(?:el|la|los|las)\s+[\w-]+)\s+(?:también\s+)?a\s+{to}",
}
# The document, and what it is for ("the invoice for the advance"); "the insurance certificate goes to our agent ...":
# the thing said to go to someone asks the rep to send it there.
_DOC_FOR = r"(?:\s+for\s+(?:the|a|an|your)\s+[\w-]+)?"
_DOC = (r"(?:the|a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:quotes?|quotation|offer|proposal|contracts?|invoices?|"
        r"order confirmation|documents?|specs?|brochure|drawings?|certificates?)" + _DOC_FOR)
_GOES = r"(?:go|goes|should go|needs to go|must go)"
# "the invoice for the advance" said as "the advance invoice": the rep's words, not the customer's run of them.
_FOR_THE = re.compile(r"\b(the|a|an|your)\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\s+for\s+(?:the|a|an|your)\s+([\w-]+)", re.I)
_ASK_RE = {lang: tuple(re.compile(rx.format(to=to, doc=_DOC, docfor=_DOC_FOR, goes=_GOES), 0 if lang == "de" else re.I)
                       for to in _TO)
           for lang, rx in _ASK.items()}
_POSS = {"my": "your", "our": "your", "mein": "Ihr", "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem",
         "unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "mon": "votre", "ma": "votre",
         "notre": "votre", "mi": "su", "nuestro": "su", "nuestra": "su"}
# The request says the person is to get it too ("also", "in copy"): the rep says "as well".
_ALSO = re.compile(r"\b(?:also|too|as well|auch|aussi|également|también)\b|"
                   r"\b(?:copy|cc|Kopie|copie|copia)\b(?!\s+(?:to|an|à|a)\s+(?:me|mich|moi|mí)\b)", re.I)
# What "it" stands for in "prepare invoice for prepayment and send it to ...": the document named before it.
_DOC_BEFORE = re.compile(r"\b(quote|quotation|offer|proposal|contract|invoice|order confirmation|documents?|"
                         r"brochure|drawings?)\b(?!.*\b(?:quote|quotation|offer|proposal|contract|invoice|documents?)\b)",
                         re.I | re.S)
# The address given right after the name ("Lucy Tran, at accounts@...", "Losa Tuilagi (losa@...)").
_MAIL_AFTER = re.compile(r"\s*,?\s*(?:at\s+|an\s+|à\s+|a\s+|\()?(?P<mail>" + ADDRESS + ")", re.I)
_IT = {"en": "it", "de": "es", "fr": "le document", "es": "la documentación"}
_TO_YOU = {"en": "your", "de": "Ihr", "fr": "votre", "es": "su"}


def forward_request(sources: Sequence[Source], language: str) -> Item | None:
    """The customer's newest open request to send something to another person, as the rep's promise, or None."""
    if language not in _ASK_RE:
        return None
    for src in sorted(sources, key=lambda s: s.at, reverse=True):
        if src.kind != "message" or src.direction != "inbound":
            continue
        named, unnamed = (list(rx.finditer(src.text or "")) for rx in _ASK_RE[language])
        # a request that names someone is never read again as one to their role alone
        for m in named + [m for m in unnamed if not any(n.start() == m.start() for n in named)]:
            name, role = m.groupdict().get("name"), m.group("role")
            if name and re.match(r"(?i)me\b|mir\b|moi\b|mí\b", name):
                continue
            if not name and not role:
                continue  # "send it to me", "send the quote to the address below": no one else
            if role and re.search(r"\b(?:me|mir|moi)\b", role, re.I):
                continue
            later = " ".join(s.text or "" for s in sources if s.direction == "outbound" and s.at > src.at)
            if name and name.split()[-1] in later:
                continue  # the rep wrote to or about that person since: done
            who = name or f"{_POSS.get(m.group('poss').lower(), _TO_YOU[language])}{role[len(m.group('poss')):]}"
            doc = m.group("doc")
            named = _DOC_BEFORE.search(src.text[max(0, m.start() - 120):m.start()]) if language == "en" else None
            if doc.lower() in ("it", "them") and named:
                doc = f"the {named.group(1).lower()}"  # "prepare invoice ... and send it to": the invoice
            doc = _IT[language] if doc.lower() in ("it", "them") else (
                doc if language == "de" else doc[:1].lower() + doc[1:])
            if language == "en":
                doc = _FOR_THE.sub(r"\1 \2\4 \3", re.sub(r"^(?:a|an|your)\s+", "the ", doc, flags=re.I))
            quote = next((s for s in re.split(r"(?<=[.?!])\s+", src.text) if m.group(0) in s), m.group(0))
            mail = _MAIL_AFTER.match(src.text, m.end()) if name else None
            who = f"{who.strip(' ,')} ({mail.group('mail')})" if mail else who  # where it goes, as they gave it
            text = PHRASES[language]["forward" if _ALSO.search(quote) else "forward_to"].format(doc=doc,
                                                                                            x=who.strip(" ,"))
            if language == "fr":
                text = re.sub(r"\bà le\b", "au", text)
            return Item(kind="forward", text=text, quote=quote.strip(), source_kind=src.kind, source_id=src.id,
                        at=src.at, direction="inbound")
    return None
