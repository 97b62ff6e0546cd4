"""Options for the trained second opinion side by side: leave-one-batch-out over the blind batches, "maybe" rate on real mail.

Run: FOLLOWUP_CORPORA=/work/shared/corpora .venv/bin/python benchmarks/wish_model_cv.py [--batches 1 2 ...]

For each held-out blind batch a model is trained on everything else (benchmarks/data/wishes_labelled*.tsv, the other
blind batches, real business mail read in place: followup.text.wish_model.corpus_negatives) and the whole reading
(rules + net + second opinion) is scored on the held batch with each pipeline option. The "maybe" rate is measured
on real mail the model never saw (BC3, the trimmed replies, the odd fedora-devel messages) with a model trained on
all batches. The round-3 sentences paraphrase some misses of batches 5-6, so figures on 5-6 are tuned-on.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import wishes_blind  # noqa: E402
from followup.text import wish_maybe, wish_model  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
# name -> (model: "shipped" | "retrained" | "pair", ML_CUES, DNC_MAYBE_THRESHOLD, MAYBE_THRESHOLD, DNC_CONFIDENT[,
# WIDE_CUES]); "pair": the shipped model with the retrained one voting beside it (wish_model.Either), as shipped since
# the second model (followup/data/wish_model_2.json); options without a sixth field read without wide cues
OPTIONS = {
    "A shipped model, round-2 pipeline": ("shipped", False, 0.3, 0.3, 1.01),
    "B retrained, round-2 pipeline": ("retrained", False, 0.3, 0.3, 1.01),
    "C retrained + 6-language cues": ("retrained", True, 0.3, 0.3, 1.01),
    "D C with dnc 0.2": ("retrained", True, 0.2, 0.3, 1.01),
    "E D + confident dnc 0.9 uncued/beside": ("retrained", True, 0.2, 0.3, 0.9),
    "F D + confident dnc 0.97 uncued/beside": ("retrained", True, 0.2, 0.3, 0.97),
    "G E with dnc 0.1, others 0.2": ("retrained", True, 0.1, 0.2, 0.9),
    "H shipped model alone, no wide cues": ("shipped", True, 0.2, 0.3, 0.9, False),
    "I shipped + retrained voting, wide cues": ("pair", True, 0.2, 0.3, 0.9, True),
}
TRAIN_1 = DATA / "wishes_train_1.tsv"  # 700 training messages by a writer who read no rules (2026-11-28)
FOLDS = 5


def base_examples() -> list[tuple[str, str]]:
    """The hand-labelled sentences."""
    return [pair for path in sorted(DATA.glob("wishes_labelled*.tsv")) for pair in wish_model.read_tsv(path)]


def train_1_fold(fold: int | None) -> tuple[list[tuple[str, str]], list]:
    """(training pairs of TRAIN_1 without fold, items of fold); fold None: all of it for training, no items."""
    lines = [line for line in TRAIN_1.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    keep = [line for i, line in enumerate(lines) if fold is None or i % FOLDS != fold]
    held = [line for i, line in enumerate(lines) if fold is not None and i % FOLDS == fold]
    tmp = Path(tempfile.mkdtemp())
    (tmp / "keep.tsv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    (tmp / "held.tsv").write_text("\n".join(held) + "\n", encoding="utf-8")
    return wish_model.read_tsv(tmp / "keep.tsv"), (wishes_blind.load(str(tmp / "held.tsv")) if held else [])


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Word 4-grams of a text, lower-cased."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def unlike(examples: list[tuple[str, str]], held: list) -> list[tuple[str, str]]:
    """The examples that share no word 4-gram with the held batch (the round-3 lines paraphrasing its misses go)."""
    seen = set().union(*(_shingles(i.text) for i in held))
    return [(label, text) for label, text in examples if not (_shingles(text) & seen)]


def batch_examples(name: str) -> list[tuple[str, str]]:
    """Training pairs of one blind batch."""
    return wish_model.read_tsv(wishes_blind.BLIND / f"batch_{name}.tsv")


def use(model, option: tuple) -> None:
    """Point the pipeline at a model and an option's settings."""
    kind, ml, dnc, other, confident, *wide = option
    if not hasattr(use, "shipped"):  # the shipped first model, read once before load is pointed elsewhere
        use.shipped = wish_model.load()  # type: ignore[attr-defined]
    shipped = use.shipped  # type: ignore[attr-defined]
    chosen = shipped if kind == "shipped" else wish_model.Either(shipped, model) if kind == "pair" else model
    wish_model.load = lambda *a, **k: chosen  # type: ignore
    wish_model.load.cache_clear = lambda: None  # type: ignore
    wish_model.opinion = lambda: chosen  # type: ignore
    wish_maybe.WIDE_CUES = bool(wide and wide[0])
    wish_maybe.ML_CUES = ml
    wish_maybe.DNC_MAYBE_THRESHOLD, wish_maybe.MAYBE_THRESHOLD, wish_maybe.DNC_CONFIDENT = dnc, other, confident


def summary(r: dict) -> str:
    """One line: recall certain/with maybe per kind, wrong certain opt-outs, none fires."""
    parts = []
    for kind in ("do_not_contact", "paused", "quiet", "time", "channel"):
        m = r["kinds"][kind]
        parts.append(f"{kind[:5]} {m['recall_certain']:.2f}/{m['recall_with_maybe']:.2f}")
    return "  ".join(parts) + f"  wrongDNC {r['wrong_certain_dnc']}  none c/m {r['none_certain_fires']}/{r['none_maybe_fires']}"


def real_mail_rate(corpora: Path) -> str:
    """Share of unseen real messages with a possible wish, by source."""
    sources = wishes_blind.corpus_replies(corpora)
    sources["fedora-devel"] = sources.get("fedora-devel", [])[1::2]  # the even ones are training negatives
    out = []
    for name, texts in sources.items():
        maybe = sum(1 for t in texts if wishes_blind.read(t).maybe)
        out.append(f"{name} {maybe}/{len(texts)} ({maybe / max(1, len(texts)):.1%})")
    return ", ".join(out)


def main() -> None:
    """Train per held-out batch, score each option, then the maybe rate with a model trained on all batches."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="*", default=list(wishes_blind.TUNABLE))
    parser.add_argument("--options", nargs="*", help="option letters (default all)")
    parser.add_argument("--folds", nargs="*", type=int, default=list(range(FOLDS)), help="train_1 folds to hold out")
    parser.add_argument("--exclude", nargs="*", default=[], help="batches kept aside: neither trained on nor scored")
    parser.add_argument("--groups", type=int, default=0,
                        help="hold out the batches in this many groups (every Nth batch together) instead of one by one")
    args = parser.parse_args()
    tunable = [b for b in wishes_blind.TUNABLE if b not in args.exclude]
    args.batches = [b for b in args.batches if b not in args.exclude]
    corpora = Path(os.environ.get("FOLLOWUP_CORPORA", "/work/shared/corpora"))
    negatives = wish_model.corpus_negatives(corpora)
    base = base_examples()
    options = {k: v for k, v in OPTIONS.items() if not args.options or k[0] in args.options}
    train_1_all, _ = train_1_fold(None)
    groups = [args.batches[i::args.groups] for i in range(args.groups)] if args.groups else [[b] for b in args.batches]
    heldouts = [(f"batches {' '.join(g)}", None, g) for g in groups] + [(f"train_1 fold {f}", f, None) for f in args.folds]
    pooled: dict[str, list] = {name: [] for name in options}
    for title, fold, held in heldouts:
        start = time.time()
        if fold is None:
            items = [i for b in held for i in wishes_blind.load(b)]
            extra = train_1_all
        else:
            extra, items = train_1_fold(fold)
        train = unlike(base, items) + negatives + extra + [p for b in tunable if b not in (held or [])
                                                          for p in batch_examples(b)]
        model = wish_model.train(train)
        print(f"== {title} held out (trained on {len(train)} in {time.time() - start:.0f} s)")
        for name, option in options.items():
            use(model, option)
            print(f"  {name:40s} {summary(wishes_blind.score(items))}")
            if fold is not None:
                pooled[name] += [(item, wishes_blind.read(item.text, *item.sent)) for item in items]
        sys.stdout.flush()
    if args.folds:
        print(f"== train_1 pooled over folds {args.folds} (each scored by the model that did not see it)")
        read = wishes_blind.read
        for name, pairs in pooled.items():
            readings = {item.text: reading for item, reading in pairs}
            # each item as its own fold's model read it
            wishes_blind.read = lambda text, *_sent, _r=readings: _r[text]  # type: ignore
            print(f"  {name:40s} {summary(wishes_blind.score([item for item, _ in pairs]))}")
        wishes_blind.read = read
    model = wish_model.train(base + negatives + train_1_all + [p for b in tunable for p in batch_examples(b)])
    everything = [i for b in tunable for i in wishes_blind.load(b)]
    for name, option in options.items():
        use(model, option)
        print(f"  maybe rate {name:38s} {real_mail_rate(corpora)}; "
              f"{wishes_blind.ms_per_message(everything, rounds=3):.3f} ms/message")


if __name__ == "__main__":
    main()
