"""followup.drafting.memo: remembered readings, copies handed out, forgotten per conversation."""
from followup.drafting.memo import forget, memo


def test_memo_reads_once_and_hands_out_copies():
    calls = []

    @memo
    def words(text: str) -> set[str]:
        """The words of a text."""
        calls.append(text)
        return set(text.split())

    first = words("a b")
    first.add("changed")  # a caller changing its result must not change what the next caller gets
    assert words("a b") == {"a", "b"}
    assert calls == ["a b"]


def test_forget_empties_every_memo():
    calls = []

    @memo
    def spans(text: str) -> list[int]:
        """One span per character."""
        calls.append(text)
        return list(range(len(text)))

    assert spans("abc") == [0, 1, 2]
    forget()
    assert spans("abc") == [0, 1, 2]
    assert calls == ["abc", "abc"]
