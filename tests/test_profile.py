"""The customer's first name for the greeting."""
import pytest

from followup.drafting.profile import first_name


@pytest.mark.parametrize("display, first", [
    ("Lopez, Maria", "Maria"),
    ("Sarah Connor", "Sarah"),
    ("Lê Văn Tùng", "Tùng"),
    ("Szabó Gergely", "Gergely"),
    ("Dr. Wang Lihua", "Lihua"),
])
def test_first_name_of_a_display_name(display, first):
    assert first_name(display) == first
