"""The words of a draft: counted as a reader counts them, joined into a list, figures picked out; and its answer
slots ("[[answer: ...]]")."""
from __future__ import annotations

import re

SLOT_RE = re.compile(r"\[\[\s*answer\s*:\s*(?P<q>[^\]]*?)\s*\]\]", re.I)


def slots(body: str) -> list[str]:
    """The unfilled answer slots of a body, as written ("[[answer: ...]]")."""
    return [m.group(0) for m in SLOT_RE.finditer(body or "")]


# A German date's own dot ends the sentence too: "Start zum 01.02." + "." -> "Start zum 01.02."
DATE_STOP = re.compile(r"(\b\d{1,2}\.\d{1,2}\.)\.(?=\s|$)")


def join(parts: list[str], word: str) -> str:
    """"a", "a and b", "a, b and c" ("a; b; and c" when a part has commas of its own); an article opening a later
    part is lower-cased ("und den Liefertermin")."""
    parts = parts[:1] + [re.sub(r"^(?:Den|Der|Die|Das|Dem|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Una|The|A|An)\b",
                                lambda m: m.group(0).lower(), p) for p in parts[1:]]
    if len(parts) <= 1:
        return "".join(parts)
    if any("," in p for p in parts):
        return "; ".join(parts[:-1]) + f"; {word} " + parts[-1]  # "40 colours, sample box free; and ..."
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def words(text: str) -> int:
    """Words as a reader counts them."""
    return len(re.findall(r"\S+", text))


# A slot's question is replaced by the rep's answer: the length limit counts it as a short answer's words at most, so
# a long question never pushes a figure in force out of the draft.
SLOT_ANSWER_WORDS = 8


def limit_words(text: str) -> int:
    """Words as the length limit counts them: each answer slot as the answer a rep writes in its place."""
    return words(SLOT_RE.sub(lambda m: " ".join(["w"] * min(SLOT_ANSWER_WORDS, words(m.group("q")) or 1)), text))


def figures(text: str) -> set[str]:
    """The numbers of two digits or more in a text, without their separators ("$1,200" -> "1200")."""
    return {re.sub(r"[,.' ]", "", n) for n in re.findall(r"\d[\d,.']*\d", text)}


def counted(text: str) -> set[str]:
    """Each figure of a text with the word after it ("18-29 January" -> {"18", "29 january"}, "£10m" -> {"10m"})."""
    return {re.sub(r"[,.' ]", "", m.group(1)) + " " + m.group(2).lower() for m in
            re.finditer(r"(\d[\d,.']*)\.?\s?([^\W\d_]*)", text)}
