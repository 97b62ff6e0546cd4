"""The trained second opinion retrained on more blind batches, side by side with the shipped one, on batches it never saw.

Run: FOLLOWUP_CORPORA=/work/shared/corpora .venv/bin/python -m benchmarks.wish_model_split --held 79 80 ... [--out F]

A model is trained as followup.text.wish_model trains it (the labelled sentences, the 700 training messages, real mail
read in place as negatives) with every tunable blind batch but the held ones, and each way of voting with it is scored
on the held batches: the whole reading (rules + net + second opinion, wishes_blind.score), the model alone (a sentence
of the message at the pipeline's thresholds, no cue words), the "maybe" share on the corpora's real replies and on
parakweet's sentences, the weight file's size and the time per message.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import wishes_blind
from benchmarks.bench_wishes import corpus_fires
from benchmarks.wish_model_cv import base_examples, batch_examples, train_1_fold, unlike
from followup.text import wish_maybe, wish_model

KINDS = ("do_not_contact", "paused", "quiet", "time", "channel")
MODEL_CLASS = {"time": "pref_time", "channel": "pref_channel"}  # a blind label -> the model's class


def threshold(cls: str) -> float:
    """The probability from which the pipeline asks about a kind (wish_maybe)."""
    return wish_maybe.DNC_MAYBE_THRESHOLD if cls == "do_not_contact" else wish_maybe.MAYBE_THRESHOLD


def model_alone(opinion, items: list) -> str:
    """Recall of the model by itself (a sentence of the message's own part at the kind's threshold) per kind, and the
    share of none items where some kind reaches its threshold."""
    hit: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    fired = nones = 0
    for item in items:
        text = wish_model._QUOTED_TAIL.split(item.text)[0]
        probs = [opinion.probabilities(s) for s in wish_model._split(text)] or [{}]
        if item.label == "none":
            nones += 1
            fired += any(p.get(c, 0) >= threshold(c) for p in probs for c in wish_model.CLASSES if c != "none")
        elif item.label in hit:
            cls = MODEL_CLASS.get(item.label, item.label)
            hit[item.label][1] += 1
            hit[item.label][0] += any(p.get(cls, 0) >= threshold(cls) for p in probs)
    kinds = "  ".join(f"{k[:5]} {h}/{n}" for k, (h, n) in hit.items())
    return f"{kinds}  none fired {fired}/{nones}"


def pipeline(items: list) -> str:
    """Recall certain / counting maybe per kind over the items (counts), wrong certain opt-outs, none fires."""
    r = wishes_blind.score(items)
    parts = []
    for kind in KINDS:
        m = r["kinds"][kind]
        if m["support"]:
            certain = round(m["recall_certain"] * m["support"])
            maybe = round(m["recall_with_maybe"] * m["support"])
            parts.append(f"{kind[:5]} {certain}/{maybe}/{m['support']}")
    return "  ".join(parts) + f"  wrongDNC {r['wrong_certain_dnc']}  none c/m {r['none_certain_fires']}/{r['none_maybe_fires']}"


def real_mail(corpora: Path) -> str:
    """The share of the corpora's real replies read with a possible wish (as wishes_blind.corpus_rates), and parakweet's
    sentences read with a possible wish."""
    out = []
    for name, texts in REPLIES.items():
        maybe = sum(1 for t in texts if wishes_blind.read(t).maybe)
        out.append(f"{name} {maybe}/{len(texts)} ({maybe / max(1, len(texts)):.1%})")
    n, fired = corpus_fires(corpora)
    maybe = sum(len(v) for k, v in fired.items() if k.endswith("(maybe)"))
    return ", ".join(out) + f"; parakweet maybe {maybe}/{n}"


REPLIES: dict[str, list[str]] = {}


class OptOutBeside:
    """An opinion with another model's opt-out beside it: P(opt-out) the higher of the two."""

    def __init__(self, main, other):
        self.main, self.other = main, other

    def probabilities(self, text: str) -> dict[str, float]:
        """The main opinion's P(class), its opt-out raised to the other model's."""
        out = self.main.probabilities(text)
        out["do_not_contact"] = max(out["do_not_contact"], self.other.probabilities(text)["do_not_contact"])
        return out


def point(opinion) -> None:
    """Make the pipeline read with this opinion."""
    wish_model.opinion = lambda: opinion  # type: ignore[assignment]


def main() -> None:
    """Train without the held batches, then score the shipped and the retrained ways of voting side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", nargs="+", required=True, help="blind batches neither trained on nor tuned here")
    parser.add_argument("--out", help="also keep the retrained weights here")
    parser.add_argument("--model", help="score these weights instead of training")
    parser.add_argument("--ways", nargs="*", type=int, help="only these ways of voting (0: the shipped one, ...)")
    args = parser.parse_args()
    corpora = Path(os.environ.get("FOLLOWUP_CORPORA", "/work/shared/corpora"))
    items = [i for b in args.held for i in wishes_blind.load(b)]
    path = Path(args.model) if args.model else Path(args.out or tempfile.mkstemp(suffix=".json")[1])
    if not args.model:
        start = time.time()
        train_1, _ = train_1_fold(None)
        train = unlike(base_examples(), items) + wish_model.corpus_negatives(corpora) + train_1 \
            + [p for b in wishes_blind.TUNABLE if b not in args.held for p in batch_examples(b)]
        model = wish_model.train(train)
        path.write_text(__import__("json").dumps(model.to_json(), separators=(",", ":")), encoding="utf-8")
        print(f"trained on {len(train)} examples in {time.time() - start:.0f} s -> {path} "
              f"({path.stat().st_size / 1e6:.2f} MB)")
    new = wish_model.load(path)
    first, second = wish_model.load(), wish_model.load(wish_model.SECOND_MODEL_PATH)
    REPLIES.update(wishes_blind.corpus_replies(corpora))
    ways = {"shipped: first + second": lambda: wish_model.Either(first, second),
            "first + retrained as second": lambda: wish_model.Either(first, new),
            "retrained as first + second": lambda: wish_model.Either(new, second),
            "retrained alone": lambda: wish_model.Either(new),
            "retrained as first + second, shipped first's opt-out beside":
                lambda: OptOutBeside(wish_model.Either(new, second), first)}
    print(f"held out: {' '.join(args.held)} ({len(items)} messages); pipeline: kind certain/maybe/n")
    for n, (name, make) in enumerate(ways.items()):
        if args.ways and n not in args.ways:
            continue
        point(make())
        start = time.time()
        line = pipeline(items)
        ms = wishes_blind.ms_per_message(items, rounds=3)
        print(f"== {name} ({time.time() - start:.0f} s)\n  pipeline   {line}\n  model only "
              f"{model_alone(make(), items)}\n  real mail  {real_mail(corpora)}\n  {ms:.2f} ms per message")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
