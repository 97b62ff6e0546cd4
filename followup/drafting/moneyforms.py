"""Whether a figure is money, in the forms a rep or customer writes it: a sign or code before or after with local
separators ("S/ 2,400", "R$ 1.250,00", "CHF 1'200.–", "2.400,- €", "Fr. 450"), and a size word that makes a short
figure a large sum ("1,2 Mio. €", "USD 3.5k", "£1.2m", "ZAR 6.8m"). The one pattern wellformed.py says prices by."""
from __future__ import annotations

import re

from followup.drafting.figures import CURRENCY_CODES

# Every ISO code figures.py knows, the codes that are words too (upper-case only here: "TRY", "MAD") and the signs
# written as letters ("Ar", "Rs", "RM", "Gs.", "NT$", "R$", "S/.", "kr"), the longest first. The Swiss "Fr." is money
# only before three digits, a thousands mark or a dash for no cents ("Fr. 450", "Fr. 1'200.–"): "Fr. 12.5." is a Friday.
CODES = "|".join([*sorted({c.upper() for c in CURRENCY_CODES} | {"FCFA", "TRY", "MAD", "BOB", "GEL", "Ar", "Rs", "RM",
                                                                 "NT\\$", "N\\$", "R\\$"}, key=len, reverse=True),
                  r"Gs\.?", r"S/\.?", r"S?Fr\.(?=\s?(?:\d{3}|\d{1,3}['’]\d{3}|\d+\.[-–]))", "kr", "Q", "R"])
# A size word after the figure: thousands and millions ("15k", "£1.2m", "18,6 M FCFA", "1,2 Mio. €", "2 Mrd."), its
# dot kept only where a currency follows (a sentence's full stop is not part of the price).
SIZE = r"(?:k|m|M|bn|Mio|Mrd)"
_SIZED = r"(?:\s?(?:(?:k|m|M|bn)\b|(?:Mio|Mrd)\b(?:\.(?=\s?(?:€|\$|£|[A-Z]{3}\b)))?))"
# Whole units with a dash for no cents ("2.400,- €", "CHF 1'200.–", "1.500,– €").
_NO_CENTS = r"(?:[.,][-–—](?![\w-]))"
NUM = rf"\d(?:[\d.,'’\u202f ]*\d)?(?:{_NO_CENTS}|{_SIZED}|\b)"
# a dollar may carry its country's letters ("TT$", "US$", "EC$"): one currency, not "(US) at $6,850"
MONEY = (rf"(?:(?:(?<![\w$])[A-Z]{{1,3}}\$|[$€£¥]|\b(?:{CODES})\s?)\s?{NUM}(?:\s(?:{CODES}|MXN)\b)?(?!\s?%)|"
         rf"{NUM}\s?(?:€|\$|£|(?:{CODES})(?!\w)))")
MONEY_RE = re.compile(MONEY)
# A figure of at least two digits, or a short one a size word makes large ("ZAR 6.8m"): a price, not "$5 off".
_A_SUM = re.compile(rf"\d{{2}}|\d\s?{SIZE}\b")


def is_sum(money: str) -> bool:
    """Whether an amount found by MONEY_RE is a sum worth saying as a price (two digits, or a size word)."""
    return bool(_A_SUM.search(money))
