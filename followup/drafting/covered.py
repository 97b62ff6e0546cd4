"""A colleague who covered for the rep ("Brian is travelling this week, so I am replying for him", "Sarah is on leave
until 16 August", "Laurent est en congé jusqu'au 16 août"): the draft is the rep's, so that absence is over and the
colleague's "Sarah will send the proposal form when she is back" is the rep's own promise, said in the first person
without the wait ("I'll send the proposal form."). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.past import BACK
from followup.drafting.sentences import Source

# Someone away, said by the colleague at the start of a sentence: "<Name> is travelling / on leave / away",
# "<Name> ist im Urlaub / unterwegs", "<Name> est en congé / en déplacement", "<Name> está de vacaciones / de viaje".
_AWAY_NAMED = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+)\s+(?:is|ist|est|está|sera|wird|will be)\s+(?:\w+\s+){0,3}?(?:travell?ing|away|on leave|"
    r"on holiday|on vacation|off|out of (?:the )?office|im urlaub|in den ferien|in den betriebsferien|abwesend|"
    r"unterwegs|verreist|auf reisen|en congés?|en vacances|absente?|en déplacement|de vacaciones|de viaje|"
    r"de licencia|de permiso|fuera|(?:at|on|auf|à|en)\s+(?:a|an|einer|einem|un|une|una)\s+(?:trade fair|fair|conference|"
    r"trip|messe|konferenz|dienstreise|salon|conférence|congrès|feria|congreso|conferencia))\b", re.I)
# The colleague's lead before the answer they give for the rep: "... and asked me to reply:", "... und hat mich
# gebeten, Ihnen zu antworten:", "... et m'a demandé de vous répondre :", "... y me ha pedido que te conteste:".
_FOR_THE_REP = re.compile(
    r"^.*?\b(?:asked me to|hat mich gebeten|bat mich|m'a demandé de|me ha pedido que|me pidió que)\b[^:]{0,40}:\s*",
    re.I)

# Lines of an email's end that may hold its writer's signature.
SIGNATURE_LINES = 4
# A signature line names its writer in this many words at most ("Laurent Weber", "Dr. Ana María López").
SIGNATURE_WORDS = 4


def _signed_by(src: Source, name: str) -> bool:
    """Whether one of the email's last lines starts with the name ("Brian", "Laurent Weber"): they wrote it."""
    lines = [line.strip() for line in (src.text or "").splitlines() if line.strip()]
    return any(re.match(rf"{re.escape(name)}\b", line, re.I) and len(line.split()) <= SIGNATURE_WORDS
               and not line.endswith((".", "!", "?")) for line in lines[-SIGNATURE_LINES:])


def rep_covered(ordered: Sequence[Source], cleaned: dict) -> dict[str, tuple[str, int]]:
    """The rep's first name, when a colleague's email in the thread says the rep was away, with that email: the name
    said away is the one signing the rep's other emails of the thread. {} otherwise."""
    for src in ordered:
        if src.direction != "outbound":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", cleaned.get((src.kind, src.id), "")):
            m = _AWAY_NAMED.match(sentence.strip())
            if m and not _signed_by(src, m.group("name")) and any(
                    o.direction == "outbound" and o is not src and _signed_by(o, m.group("name")) for o in ordered):
                return {m.group("name"): (src.kind, src.id)}
    return {}


# A sentence about the rep in the third person, per language, with the verb said in the first person: "Brian will",
# "Sarah wird", "Laurent vous proposera", "Gabriela le enviará", and their "is going to" forms.
def first_person(text: str, name: str) -> str:
    """The sentence said by the rep ("I'll confirm the cut-off times.") when it opens on the rep's name and a verb
    whose first-person form is known; the text as it is otherwise."""
    n = re.escape(name)
    rules = [
        (rf"^{n}\s+(?:will|'ll)\s+", "I'll "), (rf"^{n}\s+is going to\s+", "I'm going to "),
        (rf"^{n}\s+can\s+", "I can "),
        (rf"^{n}\s+wird\s+", "Ich werde "), (rf"^{n}\s+kann\s+", "Ich kann "),
        (rf"^{n}\s+meldet sich\b", "Ich melde mich"),
        (rf"^{n}\s+(?P<v>schick|send|ruf|bestätig|klär|prüf)(?:e?t)\b", "Ich \\g<v>e"),
        (rf"^{n}\s+va\s+(?=[^\W\d_]+er\b)", "Je vais "), (rf"^{n}\s+peut\s+", "Je peux "),
        (rf"^{n}\s+(?P<p>(?:vous|te|le|la|les|lui|leur|vous les|vous le|vous la)\s+)(?P<v>[^\W\d_]+ra)\b",
         "Je \\g<p>\\g<v>i"),
        (rf"^{n}\s+(?P<v>[aeiouéh][^\W\d_]+ra)\b", "J'\\g<v>i"), (rf"^{n}\s+(?P<v>[^\W\d_]+ra)\b", "Je \\g<v>i"),
        (rf"^{n}\s+va a\s+", "Voy a "), (rf"^{n}\s+puede\s+", "Puedo "),
        (rf"^{n}\s+(?P<p>(?:le|les|te|lo|la|se lo|se la|se los|se las)\s+)?(?P<v>[^\W\d_]+)á\b", "\\g<p>\\g<v>é"),
    ]
    for pattern, said in rules:
        out, done = re.subn(pattern, said, text, count=1, flags=re.I)
        if done:
            out = re.sub(r"\bsich\b", "mich", out, count=1) if out.startswith("Ich ") else out
            return out[:1].upper() + out[1:]
    return text


def back_in_person(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep back: the colleague's lines on the rep's absence past, and their lines naming the rep ("Sarah will
    send the proposal form when she is back") said in the rep's own voice without the wait."""
    covered = rep_covered(ordered, cleaned)
    if not covered:
        return items
    (name, where), = covered.items()
    out = []
    for item in items:
        if item.status == "open" and item.direction == "outbound" and (item.source_kind, item.source_id) == where:
            lead = _FOR_THE_REP.match(item.quote.strip())
            if _AWAY_NAMED.match(item.quote.strip()) and lead and item.quote.strip()[lead.end():]:
                # the answer the colleague gave is the rep's; the words on whose behalf are not
                tail = item.quote.strip()[lead.end():]
                said = _FOR_THE_REP.match(item.text or "")
                item = replace(item, quote=tail[:1].upper() + tail[1:], text=(
                    (item.text[said.end():][:1].upper() + item.text[said.end():][1:]) if said else item.text))
            elif _AWAY_NAMED.match(item.quote.strip()):
                item = replace(item, status="past")
            elif re.match(rf"{re.escape(name)}\b", item.quote.strip(), re.I):
                quote = first_person(BACK.sub("", item.quote.strip()).strip(), name)
                if quote != BACK.sub("", item.quote.strip()).strip():
                    text = first_person(BACK.sub("", item.text.strip()).strip(), name) if item.text else ""
                    item = replace(item, quote=quote, text=text)
        out.append(item)
    return out
