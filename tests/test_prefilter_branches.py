"""A long alternation read branch by branch (followup/text/prefilter_branches.py): the same yes/no as the whole."""
import re

import pytest

from followup.text.prefilter_branches import AnyBranch, _top_branches


def test_a_regex_is_split_at_its_top_level_bars_only():
    assert _top_branches(r"ab|c(d|e)|[|x]|\|") == ["ab", "c(d|e)", "[|x]", r"\|"]
    assert _top_branches(r"[^]|]|(?-i:Q|R)") == ["[^]|]", "(?-i:Q|R)"]


@pytest.mark.parametrize("text", ["Kindly never mind that.", "no worries at all", "IN ERROR", "nothing here"])
def test_any_branch_finds_what_the_whole_alternation_finds(text):
    whole = re.compile(r"\bnever\s*mind\b|^\W*no\s+worr\w*|\bin\s+error\b|[|]x", re.I)
    assert bool(AnyBranch(whole).search(text)) == bool(whole.search(text))
