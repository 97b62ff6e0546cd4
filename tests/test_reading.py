"""Reading a note's clauses for what is internal (followup/drafting/reading.py)."""
from followup.drafting.reading import _names_unknown


def test_a_person_after_a_slash_preposition_in_a_note_is_someone_the_customer_never_wrote_about():
    """"c/ Marta" and "m/ Jonas" name a colleague as "con Marta" and "mit Jonas" would."""
    visible = {"gracias", "precio", "hola", "jorge"}
    assert _names_unknown("revisado c/ Marta", visible, "es")
    assert not _names_unknown("hablado c/ Jorge", visible, "es")
    assert _names_unknown("abgestimmt m/ Jonas", {"danke"}, "de")
    assert not _names_unknown("Preis m/ Rabatt", {"danke", "rabatt"}, "de")
