"""A named day given with its date beside it ("contact me only after Merdeka Day, 31st August", "nach dem Tag der
Deutschen Einheit, dem 3. Oktober", "après la Fête nationale, le 14 juillet", "después del Día de la Hispanidad, el 12
de octubre", "dopo la Festa della Repubblica, il 2 giugno", "depois do Dia de Portugal, 10 de junho", "na Koningsdag,
27 april"): the date is what the quiet readers read.

Decision: the name is dropped (blanked, so every offset still points at the customer's words) only where a date with
its month follows the comma; a name the readers know on its own keeps its own reading (they are tried first)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import MONTH_RE

# the word that bounds a wait, and an article after it ("after", "until after the", "nach dem", "après la", "del")
_BOUND = (r"(?i:(?:after|until|till|til|before|from|nach|bis|vor|ab|apr[eè]s|avant|jusqu['’]\s*[àa]|despu[ée]s\s+del?|antes\s+de|"
          r"hasta|dopo|prima\s+d[ie]|fino\s+a|depois\s+d[eo]?|at[ée]|na|tot|voor|vanaf)"
          r"(?:\s+(?:the|dem|der|den|la|le|l['’]|el|al|della|dell['’]|il|do|da|o|a|de|het))?)")
# the date after the comma: a day number and its month, or the month and its day, an article before it
_DATE = (rf"(?i:(?:(?:the|dem|den|le|el|il|o|de|het)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|er|º|ª|\.)?\s*(?:of\s+|de\s+)?"
         rf"(?:{MONTH_RE})\b|(?:{MONTH_RE})\s+\d{{1,2}}\b))")
# the name: a capital first, up to four more words, then its comma (and the date's own article, blanked with it)
_NAMED_DAY = re.compile(rf"\b{_BOUND}\s+(?P<name>[A-ZÄÖÜÉÍÓÚ][\w'’-]*(?:\s+[\w'’-]+){{0,4}}?\s*,\s*"
                        rf"(?i:(?:the|dem|den|le|el|il|o|het)\s+)?)(?={_DATE})")


def named_day_dropped(sentence: str) -> str:
    """``sentence`` with each named day standing before its own date blanked out (same length); as it was without."""
    out = sentence
    for m in _NAMED_DAY.finditer(sentence):
        out = out[:m.start("name")] + " " * (m.end("name") - m.start("name")) + out[m.end("name"):]
    return out


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
