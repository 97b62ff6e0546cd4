"""Which part of the composer writes the echoed sentences of the blind drafts (issue 14's echo measure).

Every helper composition.py imports from another module is wrapped to record the text it returns while a case is
drafted; an echoed sentence (ECHO_RUN words in a row from a source, bench_drafting_blind.echoes) is put down to the
first helper whose output holds one of its copied runs. Helpers that only mend or place a sentence already made
(POLISH) are skipped, so the count names the part that wrote the words. Attribution is by run, not by call stack:
read the examples before trusting a count.
Run: .venv/bin/python -m benchmarks.echo_sources heldout9 heldout10 ... [--examples=FILE]
"""
from __future__ import annotations

import collections
import sys
import types
from pathlib import Path

from benchmarks import bench_drafting_blind as bench
from followup.drafting import composition

# Helpers that mend, cut or place a sentence another helper wrote: never the writer of its words.
POLISH = {"relabelled", "unhung", "one_lead_each", "written_out", "whole_line", "unreplaced", "unnamed",
          "after_greeting", "beside_slot", "padded", "said_again", "spelled", "signed_off", "greeting_with",
          "slot_paragraphs", "complete", "full_sentence", "retold", "repeats"}
MAX_DEPTH = 4  # how deep into a helper's returned lists, tuples and dicts its text is looked for
_calls: list[tuple[str, list[str]]] = []


def _texts(value: object, depth: int = 0) -> list[str]:
    """The strings a helper returned, inside lists, tuples, sets and dicts, or on a `.line`."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [t for v in value for t in _texts(v, depth + 1)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v, depth + 1)]
    line = getattr(value, "line", None)
    return [line] if isinstance(line, str) else []


def _recorded(name: str, fn):
    """`fn`, recording what it returns under `name`."""
    def inner(*args, **kwargs):
        """The wrapped helper."""
        out = fn(*args, **kwargs)
        _calls.append((name, _texts(out)))
        return out
    return inner


def _runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ECHO_RUN words of a text."""
    words = bench._norm_words(text)
    return {tuple(words[i:i + bench.ECHO_RUN]) for i in range(len(words) - bench.ECHO_RUN + 1)}


def attribute(batches: list[str]) -> tuple[collections.Counter, collections.Counter, dict[str, list[str]], int]:
    """Echoed sentences per writing helper, those of them in the customer's own words, examples, and all sentences."""
    for name, obj in list(vars(composition).items()):
        if isinstance(obj, types.FunctionType) and obj.__module__ != composition.__name__ and name not in POLISH:
            setattr(composition, name, _recorded(name, obj))
    count, theirs, examples, total = collections.Counter(), collections.Counter(), collections.defaultdict(list), 0
    for batch in batches:
        for path in sorted((bench.BATCHES / batch).glob("*.json")):
            case = bench.load_case(path)
            if not case["expect_draft"]:
                continue
            _calls.clear()
            made = bench.draft_case(case)
            if isinstance(made, str):
                continue
            grams = bench.source_grams(case)
            own = bench.source_grams(case, inbound=True) - bench.source_grams(case, inbound=False)
            for sentence in bench.sentences(made.body):
                total += 1
                if not bench.echoes(sentence, grams):
                    continue
                copied = _runs(sentence) & grams
                who = next((name for name, texts in _calls if any(copied & _runs(t) for t in texts)), "?")
                count[who] += 1
                theirs[who] += bench.echoes(sentence, own)
                examples[who].append(f"{case['id']}: {sentence}")
    return count, theirs, examples, total


def main(argv: list[str]) -> None:
    """Print the echoed sentences per writing helper; --examples=FILE writes each helper's sentences."""
    batches = [a for a in argv if not a.startswith("-")]
    count, theirs, examples, total = attribute(batches)
    print(f"{total} sentences, {sum(count.values())} echoed")
    for who, n in count.most_common():
        print(f"{n:5d}  (customer's own words {theirs[who]:3d})  {who}")
    out = next((a.split("=", 1)[1] for a in argv if a.startswith("--examples=")), None)
    if out:
        Path(out).write_text("\n".join(f"== {who}\n" + "\n".join(examples[who]) for who, _ in count.most_common()),
                             encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
