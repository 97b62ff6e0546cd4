"""The fixed words of sentence templates ("Payment in {n} parts, {x}, is fine."), for the grounding check: the words a
draft may say beyond its sources are the templates' own, never what fills their slots."""
from __future__ import annotations

import re

_SLOT = re.compile(r"\{\w\}")


def framing_words(*templates: str) -> str:
    """The templates' words with every slot left out, as one string."""
    return " ".join(_SLOT.sub(" ", t) for t in templates)


__all__ = ["framing_words"]
