"""Second opinion on customer wishes: a linear classifier over character n-grams, trained offline on labelled data.

The rules in followup.text.wishes decide; this model only raises a *possible* wish where the rules say nothing, so a
phrasing the rules were never written for is shown to the rep instead of being dropped. It is a multinomial
logistic regression over hashed character 4-grams and word uni/bigrams, in pure Python: the weights are a JSON
file shipped in the package (followup/data/wish_model.json), trained by `python -m followup.text.wish_model TSV...`
from the labelled sentences in the repository. Nothing is downloaded, at run time or at training time.
"""
from __future__ import annotations

import json
import math
import random
import re
import sys
import zlib
from functools import lru_cache
from itertools import repeat
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "wish_model.json"
# A second model, trained the same way with the blind batches written since (15-48, not 39-40: kept aside to validate);
# it only adds votes: the rules were tuned beside the first model, so what it reads stays read (opinion()).
SECOND_MODEL_PATH = MODEL_PATH.with_name("wish_model_2.json")
CLASSES = ("none", "quiet", "paused", "do_not_contact", "pref_time", "pref_channel")
HASH_BITS = 18  # 262,144 buckets: few collisions for a vocabulary of this size
CHAR_N = 4
EPOCHS = 12
LEARNING_RATE = 0.5
L2 = 1e-5
KEEP_WEIGHT = 0.02  # weights smaller than this are dropped from the shipped file (size, not accuracy)
SEED = 15
_MASK = (1 << HASH_BITS) - 1
_UNSEEN: list[float] = []  # a feature string not looked up yet (None: looked up, no weights)
SENTENCES_KEPT = 64  # the last sentences' probabilities (an opt-out beside a pause asks again about the same one)
ID_CACHE_SIZE = 200_000  # feature strings remembered with their hashed id (a few MB at most)
_IDS: dict[str, int] = {}
_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z']+")


def grams(text: str) -> set[str]:
    """The feature strings of one sentence: character 4-grams (digits folded), words and word pairs."""
    norm = " " + _SPACE.sub(" ", _DIGITS.sub("0", text.lower())).strip() + " "
    found = set(map("".join, zip(*(norm[k:] for k in range(CHAR_N)))))  # every CHAR_N-gram (zip: 3x the slices' pace)
    words = _WORD.findall(norm)
    found.update("w:" + w for w in words)
    found.update("b:" + a + " " + b for a, b in zip(words, words[1:]))
    return found


def features(text: str) -> list[int]:
    """Hashed feature ids of one sentence (grams(), each hashed)."""
    ids = _IDS
    out = []
    for g in grams(text):
        f = ids.get(g)
        if f is None:
            f = zlib.crc32(g.encode("utf-8")) & _MASK
            if len(ids) < ID_CACHE_SIZE:  # common grams recur in every message: hashed once
                ids[g] = f
        out.append(f)
    return out


class Model:
    """Per-class weights over hashed features, and biases."""

    def __init__(self, weights: dict[int, list[float]], bias: list[float]):
        self.weights = weights
        self.bias = bias
        self._rows: dict[str, list[float] | None] = {}  # feature string -> its weights (None: none), up to ID_CACHE_SIZE

    def _row(self, gram: str) -> list[float] | None:
        """The weights of one feature string, hashed once and remembered."""
        row = self.weights.get(zlib.crc32(gram.encode("utf-8")) & _MASK)
        if len(self._rows) < ID_CACHE_SIZE:
            self._rows[gram] = row
        return row

    def probabilities(self, text: str) -> dict[str, float]:
        """P(class) for one sentence."""
        known = self._rows
        rows = []
        for gram in grams(text):  # the same features, in the same order, as features(text)
            row = known[gram] if gram in known else self._row(gram)
            if row is not None:
                rows.append(row)
        scores = [b + sum(column) for b, column in zip(self.bias, zip(*rows))] if rows else list(self.bias)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(CLASSES, exps)}

    def to_json(self) -> dict:
        """The shipped form: only weights that matter, rounded."""
        kept = {str(f): [round(w, 3) for w in row] for f, row in self.weights.items()
                if max(abs(w) for w in row) >= KEEP_WEIGHT}
        return {"classes": list(CLASSES), "hash_bits": HASH_BITS, "char_n": CHAR_N,
                "bias": [round(b, 4) for b in self.bias], "weights": kept}


# The second model votes for a kind only when this sure: measured leave-batches-out on blind batches 15-48, its
# votes below it added about as many "maybe"s on ordinary messages as on wishes (benchmarks/wish_model_cv.py --pair)
SECOND_VOTE_FLOOR = 0.99
# ... and not for an opt-out: the first model's opt-outs are read at 0.2 already, and the second's added none on the
# blind batches but some on real mail ("then remove it from @gnome-desktop")
SECOND_VOTE_KINDS = ("quiet", "paused", "pref_time", "pref_channel")


class Either:
    """Models voting together: each wish kind at the highest probability any of them gives it (the ones after the
    first only from floor, and only for SECOND_VOTE_KINDS)."""

    def __init__(self, first: Model, *others: Model, floor: float = SECOND_VOTE_FLOOR):
        self.first, self.others, self.floor = first, others, floor
        self._rows: dict[str, list[float] | None] = {}  # feature string -> every model's weights side by side
        self._said: dict[str, dict[str, float]] = {}  # sentence -> probabilities, the last SENTENCES_KEPT

    def _each(self, text: str) -> list[dict[str, float]]:
        """Each model's P(class), the features of the sentence found once and looked up once for all of them (a
        second model read on its own cost ~15% more time per message than one)."""
        models = (self.first, *self.others)
        if not all(isinstance(m, Model) for m in models):
            return [m.probabilities(text) for m in models]
        width = len(CLASSES)
        known = self._rows
        found = grams(text)
        # every feature's weights looked up in one pass (rows in the set's order, so the sums are added as before)
        looked = list(map(known.get, found, repeat(_UNSEEN)))
        if _UNSEEN in looked:  # a feature not looked up yet: each model's weights joined and remembered
            looked = []
            for gram in found:
                row = known.get(gram, _UNSEEN)
                if row is _UNSEEN:
                    parts = [m._row(gram) for m in models]
                    row = None if all(r is None for r in parts) else [w for r in parts for w in (r or [0.0] * width)]
                    if len(known) < ID_CACHE_SIZE:
                        known[gram] = row
                looked.append(row)
        rows = list(filter(None, looked))  # (None: a feature without weights; a row of weights is never empty)
        sums = [sum(column) for column in zip(*rows)] if rows else [0.0] * (width * len(models))
        out = []
        for i, model in enumerate(models):
            scores = [b + v for b, v in zip(model.bias, sums[i * width:(i + 1) * width])]
            top = max(scores)
            exps = [math.exp(v - top) for v in scores]
            total = sum(exps)
            out.append({c: e / total for c, e in zip(CLASSES, exps)})
        return out

    def probabilities(self, text: str) -> dict[str, float]:
        """P(class) for one sentence: the most any model gives each wish kind ("none": the least)."""
        said = self._said.get(text)
        if said is None:
            if len(self._said) >= SENTENCES_KEPT:
                self._said.clear()
            said = self._said[text] = self._voted(text)
        return dict(said)

    def _voted(self, text: str) -> dict[str, float]:
        """probabilities(), worked out."""
        first, *others = self._each(text)
        out = first
        for probs in others:
            for c, v in probs.items():
                if c == "none":
                    out[c] = min(out[c], v)
                elif c in SECOND_VOTE_KINDS and v >= self.floor and v > out[c]:
                    out[c] = v
        return out


@lru_cache(maxsize=1)
def opinion() -> Model | Either | None:
    """The second opinion: the shipped model and, when its file is present, the second one voting with it."""
    first, second = load(), load(SECOND_MODEL_PATH)
    if first is None or second is None:
        return first or second
    return Either(first, second)


@lru_cache(maxsize=2)
def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when the file is absent (the rules then work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(data.get("classes", ())) != CLASSES or data.get("hash_bits") != HASH_BITS:
        return None
    return Model({int(f): row for f, row in data["weights"].items()}, data["bias"])


def train(examples: list[tuple[str, str]]) -> Model:
    """Fit a multinomial logistic regression by SGD on (label, text) pairs."""
    rng = random.Random(SEED)
    data = [(CLASSES.index(label), features(text)) for label, text in examples if label in CLASSES]
    weights: dict[int, list[float]] = {}
    bias = [0.0] * len(CLASSES)
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        rate = LEARNING_RATE / (1 + epoch)
        for gold, feats in data:
            rows = [weights.setdefault(f, [0.0] * len(CLASSES)) for f in feats]
            scores = [b + sum(r[k] for r in rows) for k, b in enumerate(bias)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for k in range(len(CLASSES)):
                grad = exps[k] / total - (1.0 if k == gold else 0.0)
                bias[k] -= rate * grad
                for r in rows:
                    r[k] -= rate * (grad + L2 * r[k])
    return Model(weights, bias)


_QUOTED_TAIL = re.compile(r"\n(?:-{3,}\s*Original Message|On .{0,80}wrote:|>)")  # the earlier mail quoted below a reply
BLIND_LONG_CHARS = 300  # a labelled blind message longer than this is many sentences, only one of them the wish
# A line is a sentence ("Remove me from your list" above a signature), "acme.com" is not two, and a hard-wrapped
# line that goes on in lower case is the same sentence ("I would not want to call it\na packaging police").
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\w)|\n(?=[ \t]*[a-z(\"']))+(?:[.!?]+|(?=\n)|$)")


def _split(text: str) -> list[str]:
    """The sentences of a message, as followup.text.wishes splits them."""
    return [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]


def read_tsv(path: Path) -> list[tuple[str, str]]:
    """(label, text) pairs of a labelled file: wishes_labelled*.tsv (label, sentence), a blind batch (label, expected,
    text; time/channel map to pref_time/pref_channel; every sentence of a none or auto_reply message is a none; a wish
    message is kept without its quoted tail and the sentences other messages share, unless still longer than
    BLIND_LONG_CHARS: its wish sentence is then unknown) or parakweet's Yes|No lines (none)."""
    mapping = {"time": "pref_time", "channel": "pref_channel"}
    out = []
    lines = path.read_text(encoding="utf-8").splitlines()
    # a sentence found in two messages of the file is a greeting, signature or quoted sales mail, not the wish
    seen: dict[str, int] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            for sentence in set(_split(parts[2].replace("\\n", "\n"))):
                seen[sentence] = seen.get(sentence, 0) + 1
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] in ("Yes", "No") and len(parts) == 2:  # parakweet-email-intent: business mail, no wish
            out.append(("none", parts[1]))
            continue
        blind = len(parts) >= 3 and not parts[2].strip().isdigit()  # label, expected, text
        if not blind:
            out.append((parts[0], parts[1]))
            continue
        text = parts[2].replace("\\n", "\n")
        if parts[0] in ("none", "auto_reply"):
            out.extend(("none", s) for s in _split(text))
        else:
            text = _QUOTED_TAIL.split(text)[0]
            own = " ".join(s for s in _split(text) if seen.get(s, 0) < 2 and not s.startswith(">"))
            if own and len(own) <= BLIND_LONG_CHARS:
                out.append((mapping.get(parts[0], parts[0]), own))
    return out


def corpus_negatives(corpora: Path) -> list[tuple[str, str]]:
    """Real business mail read in place as "none" sentences: parakweet's 4,649 sentences and the sentences of every
    other fedora-devel message (the odd ones, BC3 and the trimmed replies stay unseen for the "maybe" rate)."""
    import mailbox

    from followup.text.parsing import parse_message

    out = [pair for path in sorted((corpora / "parakweet-email-intent").glob("*.txt")) for pair in read_tsv(path)]
    fedora = corpora / "fedora-devel-2010-01" / "2010-January.txt"
    if fedora.is_file():
        for i, msg in enumerate(mailbox.mbox(str(fedora))):
            if i % 2 == 0:
                parsed = parse_message(msg.as_bytes())
                out.extend(("none", s) for s in _split(parsed.new_text or parsed.text or "") if 20 <= len(s) <= 400)
    return out


def main(argv: list[str]) -> None:
    """Train on the given TSV files (and, after --corpora DIR, real mail read in place) and write the model file."""
    corpora, out = None, MODEL_PATH
    if "--corpora" in argv:
        at = argv.index("--corpora")
        corpora, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2:]
    if "--out" in argv:  # the second model: --out followup/data/wish_model_2.json
        at = argv.index("--out")
        out, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2:]
    examples = [pair for name in argv for pair in read_tsv(Path(name))]
    if corpora is not None:
        examples += corpus_negatives(corpora)
    model = train(examples)
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(model.to_json(), separators=(",", ":")), encoding="utf-8")
    print(f"trained on {len(examples)} examples; {len(model.to_json()['weights'])} features kept -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
