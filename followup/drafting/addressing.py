"""How a draft greets and addresses the colleagues who wait for an answer: their names, greetings, slot leads."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import IMPLIED, Item, Person
from followup.drafting.people import _ACADEMIC_TITLE, _BARE, _TITLE_WORD, _first

# Titles by language and gender, for a colleague greeted formally.
_TITLE = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("Monsieur", "Madame"), "es": ("Sr.", "Sra.")}


# Titles that open a letter as its greeting without a greeting word, beyond _TITLES ("Mademoiselle", "Señorita").
_TITLE_ONLY = {"mademoiselle", "señorita", "sir", "madam", "mr", "mrs", "ms", "dr"}


def address(person: Person, language: str, formal: bool) -> str:
    """How the draft names a colleague: by first name where they or the thread write informally, else by title and
    surname ("Frau Lang", "Madame Fabre"), the name as written when their gender is not said."""
    if not (person.formal if person.wrote else formal):  # one who wrote is answered in their own register
        return _first(person.name)
    words = [w for w in person.name.split() if not _TITLE_WORD.match(w)]
    academic = _ACADEMIC_TITLE.match(person.name.split()[0])
    if academic and language == "en" and len(words) >= 2:
        return f"{'Dr' if academic.group(0).startswith('D') else 'Professor'} {words[-1]}"  # "Dear Professor Pop,"
    if person.female is None or len(words) < 2:
        return person.name
    return f"{_TITLE.get(language, _TITLE['en'])[person.female]} {words[-1]}"


# The greeting word repeated for a second person, by its gender where the language marks it.
_SECOND = {"sehr geehrter": ("sehr geehrter", "sehr geehrte"), "sehr geehrte": ("sehr geehrter", "sehr geehrte"),
           "lieber": ("lieber", "liebe"), "liebe": ("lieber", "liebe"), "hallo": ("hallo", "hallo"),
           "guten tag": ("guten Tag", "guten Tag"), "bonjour": ("bonjour", "bonjour"), "cher": ("cher", "chère"),
           "chère": ("cher", "chère"), "hola": ("hola", "hola"), "estimado": ("estimado", "estimada"),
           "estimada": ("estimado", "estimada")}


# A greeting word that says no gender, for a colleague whose gender nothing says ("Buenos días, Rodrigo:").
_NEUTRAL = {"en": "Hello", "de": "Guten Tag", "fr": "Bonjour", "es": "Buenos días,"}


def greeting_with(greeting: str, people: Sequence[Person], language: str, formal: bool, away: bool = False) -> str:
    """The customer's greeting with each waiting colleague added in the language's way: "Hi Fernanda and Rafael,",
    "Sehr geehrter Herr Huber, sehr geehrte Frau Lang,", "Bonjour Julien, bonjour Madame Fabre,"; the colleagues
    alone while the customer is away ("Estimado Rodrigo:")."""
    if not people or all(re.search(rf"\b(?:Professor|Prof\.?|Dr\.?)\s+{re.escape(p.name.split()[-1])}\b",
                                   greeting.split(",")[0]) for p in people):
        return greeting  # "Dear Professor Pop,": the rep's greeting cut to the one who wrote greets them already
    end = greeting.rstrip()[-1:] if greeting.rstrip()[-1:] in ",:!" else ","
    base = greeting.rstrip().rstrip(",:!")
    names = [address(p, language, formal) for p in people]
    # the greeting's own language decides (a German greeting the rep wrote stays German in an English draft)
    word = next((w for w in sorted(_SECOND, key=len, reverse=True) if base.lower().startswith(w)), "")
    if away:
        # "Fernando:" greets by name alone: the colleague is greeted so too ("Gabriela:")
        lead = base.split()[0] if len(base.split()) > 1 else (base if base.lower() in _BARE else "")
        # a title is no greeting word: "Madame Lemarchand," greets Monsieur Vasseur as "Monsieur Vasseur,"
        lead = "" if _TITLE_WORD.match(lead.rstrip(",")) or lead.lower() in _TITLE_ONLY else lead
        if word:
            gendered = _SECOND[word][0] != _SECOND[word][1]
            lead = _SECOND[word][bool(people[0].female)] if gendered and people[0].female is not None else (
                lead if not gendered else _NEUTRAL.get(language, "Hello"))
            lead = lead[:1].upper() + lead[1:]
        joined = " and ".join(names) if language == "en" else ", ".join(names)
        return f"{lead} {joined}{end}".strip() if lead else f"{joined}{end}"
    if language == "en" and not word:
        return f"{base} and {' and '.join(names)}{end}" if len(base.split()) > 1 else f"{base} {names[0]}{end}"
    said = []
    for p, n in zip(people, names):
        gendered = _SECOND[word][0] != _SECOND[word][1] if word else False
        again = "" if not word or (gendered and p.female is None) else _SECOND[word][bool(p.female)]
        said.append(f"{again} {n}".strip())
    return f"{base}, {', '.join(said)}{end}"


# The lead of a colleague's answer slots: to them when they wrote, about them when the customer passed it on.
_LEADS = {
    "en": ("{n}, on your question:", "{n}, on your questions:", "On the question from {n}:", "On the questions from {n}:"),
    "de": ("{n}, zu Ihrer Frage:", "{n}, zu Ihren Fragen:", "Zur Frage von {n}:", "Zu den Fragen von {n}:"),
    "fr": ("{n}, concernant votre question :", "{n}, concernant vos questions :", "Concernant la question de {n} :",
           "Concernant les questions de {n} :"),
    "es": ("{n}, sobre su pregunta:", "{n}, sobre sus preguntas:", "Sobre la pregunta de {n}:",
           "Sobre las preguntas de {n}:"),
}


def slot_paragraphs(slots: Sequence[tuple[str, Item | None]], lead: str, language: str, formal: bool,
                    alone: Sequence[Person] = (), customer_name: str = "") -> list[str]:
    """The answer slots as paragraphs: the customer's first (one with `lead`, several a line each), then each
    colleague's under a lead naming them. Where colleagues are greeted `alone`, theirs come under `lead` and the
    customer's under one naming the customer ("On the question from Greg:")."""
    customer = Person(customer_name if formal else _first(customer_name), False) if customer_name else None

    def whose(item: Item | None) -> Person | None:
        """The person a slot is asked for, None for the one the draft greets."""
        asker = item.asker if item is not None else None
        if not alone or customer is None:
            return asker
        return None if asker in alone else (asker or customer)

    owned = [(s, whose(i)) for s, i in slots]
    mine = [s for s, who in owned if who is None]
    asked = any(i is None or i.kind != IMPLIED for s, i in slots if s in mine)  # a price owed was never asked
    paras = [" ".join([lead, *mine] if asked else mine) if len(mine) == 1 else "\n".join(mine)] if mine else []
    for person in dict.fromkeys(who for _, who in owned if who is not None):
        theirs = [s for s, who in owned if who == person]
        forms = _LEADS.get(language, _LEADS["en"])
        name = address(person, language, formal) if person.wrote else (
            person.name if formal or language != "es" else _first(person.name))
        name = re.sub(r"^Herr\b", "Herrn", name) if language == "de" and not person.wrote else name  # "von Herrn"
        head = forms[(0 if person.wrote else 2) + (len(theirs) > 1)].format(n=name)
        head = re.sub(r"\bde (?=[AEIOUYÀÂÉÈÊÎÔÛH])", "d'", head) if language == "fr" else head  # "d'Émilie"
        paras.append(" ".join([head, *theirs]) if len(theirs) == 1 else "\n".join([head, *theirs]))
    return paras


def greets_alone(items: Sequence[Item]) -> bool:
    """Whether the draft answers a colleague's own newest email and the customer has no open question or request of
    theirs in an email: then the colleague alone is greeted ("Hi Angela," where Angela in Purchasing wrote last)."""
    inbound = [i for i in items if i.direction == "inbound" and i.source_kind == "message"]
    if not inbound:
        return False
    newest = max(inbound, key=lambda i: i.at)
    if newest.asker is None or not newest.asker.wrote or newest.asker not in waiting(items) or any(
            i.asker is None for i in inbound if i.source_id == newest.source_id):
        return False  # the customer wrote in that email too ("Ok, we accept. I put in copy Rafael")
    wrote = max((i.at for i in items if i.direction == "outbound"), default=None)  # what the rep answered since
    # an open question still waits; a request the rep's later email has taken up does not
    return not any(i.asker is None and i.status == "open" and (i.kind == "question" or i.kind == "request" and (
        wrote is None or i.at > wrote)) for i in inbound)


def waiting(items: Sequence[Item]) -> list[Person]:
    """The colleagues who wrote themselves and still wait for an answer: an open question or request of theirs."""
    return list(dict.fromkeys(i.asker for i in items if i.asker is not None and i.asker.wrote
                              and i.status == "open" and i.kind in ("question", "request")))
