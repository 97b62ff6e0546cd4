"""Opt-outs in a letter written on someone's behalf: an assistant, a family member, a legal department, a
data-protection officer or a solicitor writes for the person the rep contacts ("We write on behalf of our employee,
Ms. Caduff ... refrain from contacting her", "im Auftrag unseres Einkaufsleiters, Herrn Petersen ... jegliche weitere
Kontaktaufnahme mit ihm zu unterlassen"). The represented person is read as the writer (she / Ms. Caduff / our client
-> I, her -> me), and the sentence is read by the opt-out rules again: certain only where the rules read it certain
and nothing around it is weak (their customers, a question, a condition)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, Wish, sentence_quote
from followup.text.wish_behalf_abroad import as_the_writer_abroad, behalf_languages

# the person's message passed on by whoever writes: a verb of telling someone to (asked, instructed, directed, told,
# requested) x a verb of passing on (tell, inform, let know, convey, pass on, relay, communicate), to the reader ("Dr
# Okafor has asked me to let you know", "he has directed me to convey that", "hat mich angewiesen, Ihnen auszurichten")
_RELAY_EN = (r"\b(?:asked|instructed|directed|told|requested)\s+(?:me|us)\s+to\s+(?:(?:tell|inform|let|notify|advise)\s+"
             r"(?:you|u)|(?:convey|pass\s+on|relay|communicate)(?:\s+to\s+(?:you|u))?)")
_RELAY_DE = (r"\bhat\s+(?:mich|uns)\s+(?:gebeten|beauftragt|angewiesen),?\s+Ihnen\s+(?:mitzuteilen|auszurichten|"
             r"zu\s+(?:sagen|übermitteln))\b")
# the letter says whom it is written for, a person (by title, name or relation), in English and German
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
_KIN = (r"(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|grand(?:daughter|son|mother|father)|sister|"
        r"brother|niece|nephew|carer|caregiver)")
_BEHALF = re.compile(
    rf"\bon\s+(?:the\s+)?behalf\s+of\s+(?:(?:my|our)\s+(?:[\w-]+,?\s+){{0,2}}?)?(?:{_TITLE}\s+)?{_CAP}|"
    rf"\b(?:we|I)\s+(?:act|are\s+acting|am\s+acting)\s+(?:as\s+(?:\w+\s+){{0,3}}?)?for\s+(?:{_TITLE}|our\s+client\b)|"
    # the person's message passed on by whoever writes ("Dr Okafor has asked me to let you know that she ...")
    rf"{_RELAY_EN}|"
    # a family member writes for a relative, named beside the relation ("This is Margaret Keane's daughter", "My
    # mother, Joan Pritchard, passed away in August")
    rf"\bthis\s+is\s+{_CAP}(?:\s+{_CAP})?['’]s\s+(?:{_KIN})\b|\b(?:my|our)\s+(?:{_KIN}),\s+{_CAP}|"
    # the office that speaks for its staff says so ("I write as the data protection officer of ...")
    r"\b(?:I|we)\s+(?:write|am\s+writing|are\s+writing)\s+(?:to\s+you\s+)?as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:officer|counsel|solicitors?|lawyers?|attorneys?|department)\b|"
    rf"{_RELAY_DE}|"
    rf"\b(?:I|we)\s+(?:handle|manage|read|look\s+after|answer)\s+(?:my|our)\s+\w+['’]s\s+(?:e-?mails?|inbox|mail)\b|"
    rf"\b(?:im\s+Auftrag|im\s+Namen)\s+(?:von\s+|unser(?:es|er)\s+|meine[sr]\s+|des\s+|der\s+)(?:[\w-]+\s*,?\s+){{0,2}}?"
    rf"(?:(?:Herrn?|Frau|Dr\.)\s+)?{_CAP}", re.I)

# the represented person as the subject, with the verb after it (its "s" or "t" dropped for the first person)
_SUBJECT = re.compile(
    rf"\b(?:she|he|(?:our|my)\s+client|{_TITLE}\s+{_CAP}(?:\s+{_CAP})?|(?:Herr|Frau)\s+{_CAP}|(?-i:er))"
    r"\s+(?P<adv>(?:hereby|also|therefore|now|formally|expressly|no\s+longer|hiermit|ausdrücklich|daher|auch)\s+)?"
    r"(?P<verb>[a-zäöü]+)\b", re.I)
_EN_VERB = {"does": "do", "doesn": "don", "has": "have", "is": "am", "was": "was", "would": "would", "will": "will", "can": "can",
            "did": "did", "had": "had"}
_DE_VERB = {"will": "will", "möchte": "möchte", "hat": "habe", "ist": "bin", "wünscht": "wünsche", "bittet": "bitte",
            "widerspricht": "widerspreche", "verlangt": "verlange", "fordert": "fordere", "lehnt": "lehne",
            "untersagt": "untersage", "widerruft": "widerrufe", "möchten": "möchte"}
# the relay frame around what the person asked ("has asked us to let you know that", "hat mich gebeten, Ihnen
# mitzuteilen, dass"): the message itself, not someone else's request retold
_FRAME = re.compile(rf"\b(?:(?:she|he|{_TITLE}\s+{_CAP}(?:\s+{_CAP})?)\s+)?(?:has\s+|had\s+)?{_RELAY_EN}"
                    rf"(?:\s+know)?(?:\s+that)?\b|{_RELAY_DE},?\s+(?:dass)?", re.I)
# "her" before a noun is hers ("her details", "her customers"), before anything else it is her ("contacting her again")
_NOT_A_NOUN = (r"(?:from|in|to|with|about|again|any|anymore|and|or|nor|at|on|by|directly|either|further|for|regarding|"
               r"via|about|if|as|unless|until|ever|henceforth|herself|in|under)")
_PRONOUNS = [(re.compile(rf"\bher\b(?=\s+(?!{_NOT_A_NOUN}\b)[a-z])", re.I), "my"), (re.compile(r"\bher\b", re.I), "me"),
             (re.compile(r"\bhis\b", re.I), "my"), (re.compile(r"\bhim\b", re.I), "me"),
             (re.compile(r"\b(?:our|my)\s+client['’]s\b", re.I), "my"),
             (re.compile(r"\bihm\b"), "mir"), (re.compile(r"\bihn\b"), "mich"),
             (re.compile(r"\bsein(e[nmrs]?)?\b"), r"mein\1")]


def _verb(verb: str) -> str:
    """The first-person form of a third-person verb ("objects" -> "object", "widerspricht" -> "widerspreche")."""
    low = verb.lower()
    if low in _EN_VERB:
        return _EN_VERB[low]
    if low in _DE_VERB:
        return _DE_VERB[low]
    if re.search(r"(?:sh|ch|ss|x)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


def as_the_writer(sentence: str) -> str:
    """The sentence with the represented person written as the writer: "she does not wish to be contacted" ->
    "I do not wish to be contacted", "refrain from contacting her" -> "refrain from contacting me"."""
    out = _FRAME.sub(" ", sentence)
    out = _SUBJECT.sub(lambda m: f"I {m.group('adv') or ''}{_verb(m.group('verb'))}" if not re.match(
        r"(?:Herr|Frau|er|sie)\b", m.group(0)) else f"ich {m.group('adv') or ''}{_verb(m.group('verb'))}", out)
    for rx, mine in _PRONOUNS:
        out = rx.sub(mine, out)
    return out


def written_for_someone(own: str) -> bool:
    """Whether the customer's own text says it is written on a person's behalf."""
    return bool(_BEHALF.search(own)) or bool(behalf_languages(own))


def behalf_opt_out(sentence: str, offset: int, text: str) -> Wish | None:
    """A certain opt-out read in a sentence of a letter written on someone's behalf, once that person is read as the
    writer; None when the rules read none, or only a weak one."""
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_scope import own_text
    from followup.text.wish_strength import someone_elses, weigh_opt_out

    swapped = as_the_writer_abroad(as_the_writer(sentence), behalf_languages(own_text(text)))
    if swapped == sentence:
        return None
    dnc = do_not_contact(swapped, 0, swapped)
    if dnc is None or not dnc.certain or someone_elses(swapped):
        return None
    weighed = weigh_opt_out(dnc, swapped, 0, text)
    if weighed.kind != DNC or not weighed.certain:
        return None
    return Wish(DNC, sentence_quote(sentence, offset, text))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
