"""The second opinion on wishes: hashed character n-gram features, the shipped model, training on labelled text."""
import json

from followup.text import wish_model


def test_features_are_stable_across_processes_and_fold_digits():
    # crc32, not Python's salted hash(): the shipped weights must mean the same thing in every process
    assert wish_model.features("Call me at 9") == wish_model.features("Call me at 4")
    assert sorted(wish_model.features("stop")) == sorted(wish_model.features("STOP"))


def test_the_shipped_model_loads_and_reads_an_opt_out():
    model = wish_model.load()
    assert model is not None
    probs = model.probabilities("Please remove me from your mailing list.")
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert max(probs, key=probs.get) == "do_not_contact"


def test_training_on_a_few_labelled_lines_separates_them(tmp_path):
    data = tmp_path / "tiny.tsv"
    data.write_text("# comment\n" + "".join(
        f"{label}\t{text}\n" for label, text in [
            ("do_not_contact", "please unsubscribe me"), ("do_not_contact", "stop emailing me"),
            ("quiet", "give me a week"), ("quiet", "I need a few days"),
            ("none", "the invoice is attached"), ("none", "see you at the meeting")]), encoding="utf-8")
    model = wish_model.train(wish_model.read_tsv(data))
    probs = model.probabilities("please unsubscribe me")
    assert max(probs, key=probs.get) == "do_not_contact"
    shipped = model.to_json()
    assert shipped["classes"] == list(wish_model.CLASSES) and json.dumps(shipped)


def test_a_missing_model_file_means_rules_alone(tmp_path):
    wish_model.load.cache_clear()
    try:
        assert wish_model.load(tmp_path / "absent.json") is None
    finally:
        wish_model.load.cache_clear()


def test_a_blind_batch_trains_by_sentence_and_long_wish_messages_are_left_out(tmp_path):
    # every sentence of an ordinary message is a "none"; a short wish message is one example; a long one, whose wish
    # sentence is unknown, is not guessed at
    batch = tmp_path / "batch.tsv"
    long_wish = "Thanks for the call. " * 20 + "Please stop emailing me."
    batch.write_text("none\t-\tThe invoice is attached.\\nSee you Monday.\n"
                     "time\tafternoon\tAfternoons are better.\n"
                     f"do_not_contact\t-\t{long_wish}\n", encoding="utf-8")
    assert wish_model.read_tsv(batch) == [("none", "The invoice is attached."), ("none", "See you Monday."),
                                          ("pref_time", "Afternoons are better.")]


def test_the_shipped_model_reads_opt_outs_in_the_other_six_languages():
    model = wish_model.load()
    for text in ("Bitte kontaktieren Sie mich nicht mehr.", "Merci de ne plus me contacter.",
                 "Por favor, no me contacten más.", "Gelieve mij niet meer te contacteren.",
                 "Vi prego di non contattarmi più.", "Por favor, não me contactem mais."):
        probs = model.probabilities(text)
        assert probs["do_not_contact"] >= 0.5, (text, probs)


def test_remembered_weights_give_the_probabilities_of_the_hashed_features():
    import math
    model = wish_model.load()
    assert model is not None, "followup/data/wish_model.json ships in the package"
    for text in ("Please stop emailing me.", "Call me after lunch", "Der Termin passt.", "Please stop emailing me."):
        rows = [r for r in map(model.weights.get, wish_model.features(text)) if r is not None]
        scores = [b + sum(col) for b, col in zip(model.bias, zip(*rows))] if rows else list(model.bias)
        exps = [math.exp(s - max(scores)) for s in scores]
        want = {c: e / sum(exps) for c, e in zip(wish_model.CLASSES, exps)}
        got = model.probabilities(text)
        assert all(abs(got[c] - want[c]) < 1e-9 for c in wish_model.CLASSES)


class _Fixed:
    """A stand-in model giving the same probabilities to every sentence."""

    def __init__(self, **probs: float):
        self.probs = {c: probs.get(c, 0.0) for c in wish_model.CLASSES}

    def probabilities(self, text: str) -> dict[str, float]:
        return dict(self.probs)


def test_the_second_model_adds_only_sure_votes_and_never_an_opt_out():
    first = _Fixed(none=0.9, quiet=0.1)
    either = wish_model.Either(first, _Fixed(none=0.0, paused=0.995, do_not_contact=1.0, quiet=0.5))
    probs = either.probabilities("anything")
    assert probs["paused"] == 0.995  # sure: counted
    assert probs["quiet"] == 0.1  # unsure: the first model's vote stands
    assert probs["do_not_contact"] == 0.0  # never from the second model
    assert probs["none"] == 0.0


def test_the_shipped_second_model_votes_with_the_first():
    wish_model.opinion.cache_clear()
    either = wish_model.opinion()
    assert isinstance(either, wish_model.Either) and len(either.others) == 1, "followup/data/wish_model_2.json ships"
    probs = either.probabilities("We have decided to put the project on ice until next year.")
    assert probs["paused"] >= wish_model.load().probabilities("We have decided to put the project on ice until next "
                                                             "year.")["paused"]


def test_two_models_read_together_give_what_each_gives_alone():
    first, second = wish_model.load(), wish_model.load(wish_model.SECOND_MODEL_PATH)
    for text in ("Please hold off until January.", "Call me after 4pm.", "Der Termin passt."):
        together = wish_model.Either(first, second)._each(text)
        for model, probs in zip((first, second), together):
            alone = model.probabilities(text)
            assert all(abs(alone[c] - probs[c]) < 1e-9 for c in wish_model.CLASSES), (text, alone, probs)


def test_features_looked_up_in_one_pass_give_the_same_probabilities_to_the_last_digit():
    first, second = wish_model.load(), wish_model.load(wish_model.SECOND_MODEL_PATH)
    for text in ("Please hold off until January.", "Call me after 4pm.", "Der Termin passt."):
        either = wish_model.Either(first, second)
        filled = either._each(text)  # every feature new: each model's weights joined and remembered
        assert either._each(text) == filled  # every feature known: looked up in one pass
