"""People's names as the drafts compare them: a name's words folded, a short form of a first name, the titles a
customer or a call note writes before a name, and names written family name first.

Names written family name first: Vietnamese, Hungarian, Chinese and Korean customers often sign "Nguyễn Văn Hải",
"Nagy Péter" or "Zhou Xiaoming", and a draft greeting "Dear Nguyễn," calls them by their family name.

A name is taken as family name first only when its first word is a common family name of those languages and its
last is not one too ("Wei Zhang" and "Zhang Wei" stay as written: either order is likely). Vietnamese customers are
called by the last word of the name ("Hải"), the others by the words after the family name. Words that are also
common given names elsewhere ("Kim", "Lee", "Han", "Lin") are left out.
"""
from __future__ import annotations

import re
import unicodedata

# Vietnamese family names, with and without their marks.
_VIETNAMESE = set("""nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ võ đặng dang bùi bui đỗ hồ
ngô ngo dương duong lý đinh dinh trương truong""".split())
# Hungarian, Chinese and Korean family names that are no given name elsewhere.
_OTHERS = set("""nagy kovács tóth szabó horváth varga kiss molnár németh farkas balogh papp takács juhász lakatos
mészáros oláh rácz fekete szilágyi török fehér gál szűcs kocsis pintér fodor szalai sipos lukács gulyás biró bíró
király katona boros fazekas orosz somogyi veres vincze hegedűs deák vörös
wang zhang liu chen huang zhao zhou xu sun zhu guo luo zheng liang xie tang feng deng cao peng zeng xiao tian dong
yuan cai jiang zhong cui liao xiong qiu qian xue duan shao
park choi jung kang cho yoon jang shin kwon hwang ahn""".split())
# A word of a written name: a letter, then letters, digits, apostrophes and hyphens ("O'Brien", "Jean-Luc").
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The letters a short form of a first name keeps at least ("Jess" for Jessica, "Dan" for Daniel).
MIN_SHORT_NAME = 3
# Titles of address and the dot each takes as a customer writes it: "?" with or without ("Mr Banda", "Mr. Banda"),
# "" never ("Frau", "Mme"), "." always ("M. Diop", "Sr. Ruiz": a bare "M" or "Sr" is not read as a title).
_TITLE_DOTS = {"Mr": "?", "Mrs": "?", "Ms": "?", "Dr": "?", "Herr": "", "Frau": "", "M": ".", "Mme": "", "Madame": "",
               "Monsieur": "", "Sr": ".", "Sra": ".", "Señor": "", "Señora": "", "Ing": "."}
# A call note's shorthand titles beyond those ("Hr.", "Herrn", "Fr."); a note may drop any title's dot.
_NOTE_SHORTHAND = ("Hr", "Herrn", "Fr")
_DOT = {"?": r"\.?", ".": r"\.", "": ""}


def _alternation(forms: dict[str, str]) -> str:
    """A regex group matching any title (a key) with its dot rule (the value), longest first."""
    return "(?:" + "|".join(re.escape(t) + _DOT[forms[t]] for t in sorted(forms, key=len, reverse=True)) + ")"


# A title as a customer writes it ("Mr.", "Frau", "M.", "Sra.").
TITLE = _alternation(_TITLE_DOTS)
# A title as a call note writes it, shorthand included and any dot optional ("Hr. Hämmerli", "Mme Diop", "Sr Ruiz").
NOTE_TITLE = _alternation(dict.fromkeys((*_TITLE_DOTS, *_NOTE_SHORTHAND), "?"))


def fold(word: str) -> str:
    """A word without its marks, lower case ("Hải" -> "hai", "Đặng" -> "dang"): names compared as a rep types them."""
    plain = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def name_words(text: str) -> set[str]:
    """A name's words, folded ("Doris Wyss" -> {"doris", "wyss"}): names compared as a rep types them."""
    return {fold(w) for w in _NAME_WORD.findall(text or "")}


def is_own_name(word: str, own: set[str]) -> bool:
    """Whether a folded name word is one of own's folded name words or a short form of one ("yami" of "yamile")."""
    return word in own or (len(word) >= MIN_SHORT_NAME and any(o.startswith(word) for o in own))


def given_name(words: list[str]) -> str | None:
    """The name a family-name-first name is called by ("Nguyễn Văn Hải" -> "Hải", "Nagy Péter" -> "Péter"), or None
    when the name does not read as family name first."""
    if len(words) < 2:
        return None
    first, last = words[0].lower(), words[-1].lower()
    if first in _VIETNAMESE and last not in _VIETNAMESE:
        return words[-1]
    if first in _OTHERS and last not in _OTHERS and last not in _VIETNAMESE:
        return " ".join(words[1:])
    return None
