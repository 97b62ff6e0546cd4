"""Garbled phrases in dumped drafts: sentences a reader stops at although the "broken" figure passes them.

Counts, per batch, the draft sentences (bench_drafting_blind.sentences: greeting, slots and sign-off left out) that
hold one of these marks, written independently of the drafting rules so that a rule cannot hide from it:
- bracket: an opened "(" never closed in the sentence ("the site requirements (power.");
- determiner: an article or "for/für/pour/para" followed by a word that cannot open a noun phrase ("I'm sending the
  right away", "The as an apology ...", "Preis für dazu ...", "a written terms");
- verb: a clause with a verb doubled or agreement broken by a cut ("The finishes is", "installation possible is",
  "confirmed works with");
- abbrev: a note abbreviation left as written: a weekday cut short ("bis Fr.", "Fri 3 Dec", "ven.", "vie.") or a word
  of shorthand ("pkg", "approx", "w/");
- lead: a label lead (Noted:, Notiert :, C'est noté :, Tomo nota:) followed by a fragment without a verb ("Noted: the
  go-live after 10 January");
- voice: a note's word of the customer left in the third person ("at their site") or a note's "as sorry".
Run: .venv/bin/python -m benchmarks.garbled heldout25=/tmp/x_25.json [heldoutNN=/tmp/x_NN.json ...] [--list]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from benchmarks.bench_drafting_blind import BATCHES, sentences

_DET = {
    "en": r"\b(?i:the|a|an)\s+(?:as|right|at|in|on|to|for|with|from|by|is|are|was|will|and|or|but|if|that|which|"
          r"away|also|then|so|too|very|just)\b(?!-)|\b(?i:a|an)\s+(?:[a-z]+(?:ed|en|al|ive|ful|ic|ous|ary)\s+)?(?!(?:series|news|means|lens|gas|bus|plus|"
          r"canvas|process|business|class|glass|bonus|status|campus|basis|analysis)\b)[a-z]+[^su'\s]s\b(?!['’])"
          r"(?=\s+(?:today|to|for|by|and|or|that|on|in|at|from|with|so)\b|\s*[.,;:!?]|\s*$)",
    "de": r"\b(?i:ein|eine|einen|für)\s+(?:dazu|auch|nur|noch|und|oder|zu|als|bis|ab|am|ist|"
          r"sind)\b|\bPreis für [a-zäöü]\w+\s+(?:beträgt|ist)\b",
    "fr": r"(?<!-)\b(?:le|la|les|un|une|pour|de la)\s+(?:seulement|aussi|déjà|et|ou|à|au|est|sont|avec|comme)\b",
    "es": r"(?<!-)\b(?:el|la|los|las|un|una|para)\s+(?:solo|sólo|también|ya|y|o|a|al|es|son|con|como)\b",
}
_VERB = {
    "en": r"^(?:the|a|an)\s+[a-z]+(?:es|ed)\s+(?:is|are)\b|\b(?:possible|confirmed|agreed|ok)\s+(?:is|are|works|suits|"
          r"fits)\b|\b(?:is|are)\s+(?:is|are)\b",
    "de": r"\b(?:möglich|bestätigt|ok)\s+(?:ist|sind|passt)\b|\b(?:ist|sind)\s+(?:ist|sind)\b",
    "fr": r"\b(?:possible|confirmé|ok)\s+(?:est|sont|convient)\b(?!\s+prévue?s?)|\b(?:est|sont)\s+(?:est|sont)\b",
    "es": r"\b(?:posible|confirmado|ok)\s+(?:es|son|está|queda)\b|\b(?:es|son)\s+(?:es|son)\b",
}
_ABBREV = {
    "en": r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=\s*\d)|\b(?:pkg|approx|appt|mtg|qty|w/o?|"
          r"b/c|asap|tbc|tbd)\b",
    "de": r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.(?=\s*\d|\s*$)|\b(?:evtl|ggf|bzgl|Std|Tel)\.(?!\w)",
    "fr": r"\b(?:lun|mar|mer|jeu|ven|sam|dim)\.(?=\s*\d)|\b(?:rdv|qté|env|dispo)\b",
    "es": r"\b(?:lun|mar|mié|jue|vie|sáb|dom)\.(?=\s*\d)|\b(?:aprox|tb|tmb)\b",
}
_LEAD = {  # a lead, a noun of up to three words (no copula) and a day or figure after it, with no verb between
    "en": r"^(?:Noted|As agreed|As discussed|To confirm):\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}(?:after|before|from|until|"
          r"by)\s+\d[^,]*$",
    "de": r"^(?:Notiert|Wie vereinbart|Wie besprochen|Zur Bestätigung):\s+(?:die|der|das)\s+(?:[\w'-]+\s+){1,3}(?:nach|vor|"
          r"ab|bis)\s+(?:dem\s+)?\d[^,]*$",
    "fr": r"^(?:C'est noté|Comme convenu|Comme nous en avons parlé|Pour confirmer)\s?:\s+(?:les?|la|l')\s*(?:[\w'-]+\s+)"
          r"{1,3}(?:après|avant|dès|jusqu'au)\s+(?:le\s+)?\d[^,]*$",
    "es": r"^(?:Tomo nota|Como acordamos|Como hablamos|Para confirmar):\s+(?:el|la|los|las)\s+(?:[\w'-]+\s+){1,3}"
          r"(?:después del?|antes del?|desde el|hasta el)\s+\d[^,]*$",
}
_VOICE = {
    "en": r"\b(?:at|to|for)\s+their\s+(?:site|premises|office|offices|warehouse|plant|building)\b|\bas (?:a )?sorry\b",
    "de": r"\bbei ihnen\b(?! (?:ist|sind|war))", "fr": r"\bchez eux\b", "es": r"\ben su casa de ellos\b",
}


def marks(sentence: str, language: str) -> list[str]:
    """The garble classes a draft sentence shows."""
    lang = language if language in _DET else "en"
    found = []
    # the splitter's cut at an abbreviation's or a date's dot ("(ca.", "(ab 8.") is no bracket left open
    if sentence.count("(") > sentence.count(")") and not re.search(r"(?:\b(?:ca|galv|approx|env|aprox|inkl)|\d)\.$", sentence):
        found.append("bracket")
    for name, table, flags in (("determiner", _DET, 0 if lang in ("en", "de") else re.I), ("verb", _VERB, re.I),
                               ("abbrev", _ABBREV, 0), ("lead", _LEAD, 0), ("voice", _VOICE, 0)):
        if re.search(table[lang], sentence, flags) and not (name == "lead" and re.search(
                r"\s(?:is|are|ist|sind|muss|müssen|müssten|kann|est|sont|es|son)\s", sentence)):
            found.append(name)
    return found


def count(batch: str, dump: str, listing: bool) -> tuple[int, int]:
    """Garbled sentences and all sentences of one batch's dump; each garbled one printed with `listing`."""
    cases = {json.loads(p.read_text())["id"]: json.loads(p.read_text()) for p in (BATCHES / batch).glob("*.json")}
    drafts = json.loads(Path(dump).read_text())
    bad = total = 0
    for cid, draft in sorted(drafts.items()):
        if not draft or not draft.get("body") or cid not in cases:
            continue
        for s in sentences(draft["body"]):
            total += 1
            if found := marks(s, cases[cid].get("language", "en")):
                bad += 1
                if listing:
                    print(f"  {cid}: {','.join(found)}: {s}")
    return bad, total


def main(argv: list[str]) -> None:
    """Print the garbled sentences per batch and in all."""
    listing = "--list" in argv
    bad_all = total_all = 0
    for arg in (a for a in argv if not a.startswith("--")):
        batch, dump = arg.split("=", 1)
        bad, total = count(batch, dump, listing)
        bad_all, total_all = bad_all + bad, total_all + total
        print(f"{batch}: garbled {bad}/{total}")
    print(f"all: garbled {bad_all}/{total_all}")


if __name__ == "__main__":
    main(sys.argv[1:])
