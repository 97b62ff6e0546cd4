"""benchmarks/compare_drafts.py: two dumps of drafts compared byte for byte."""
import json

from benchmarks.compare_drafts import differences, main


def test_differences_name_the_case_and_the_first_differing_line():
    old = {"a": {"subject": "Re: x", "body": "Hi,\nsame\nBest,"}, "b": {"none": "nothing to draft"}}
    new = {"a": {"subject": "Re: x", "body": "Hi,\nother\nBest,"}, "b": {"none": "nothing to draft"},
           "c": {"none": "wish: paused"}}
    found = differences(old, new)
    assert found == ["a: body differs at line 2: 'same' -> 'other'", "c: only in the new dump"]
    assert differences(old, dict(old)) == []


def test_main_exits_1_on_a_difference(tmp_path):
    old, same, changed = (tmp_path / n for n in ("old.json", "same.json", "changed.json"))
    old.write_text(json.dumps({"a": {"subject": "S", "body": "B"}}))
    same.write_text(json.dumps({"a": {"subject": "S", "body": "B"}}))
    changed.write_text(json.dumps({"a": {"subject": "S2", "body": "B"}}))
    assert main([str(old), str(same)]) == 0
    assert main([str(old), str(changed)]) == 1
