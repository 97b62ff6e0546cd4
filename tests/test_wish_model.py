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
