"""Reading a note's clauses for what is internal (followup/drafting/reading.py)."""
from followup.drafting.reading import _names_unknown


def test_a_person_after_a_slash_preposition_in_a_note_is_someone_the_customer_never_wrote_about():
    """"c/ Marta" and "m/ Jonas" name a colleague as "con Marta" and "mit Jonas" would."""
    visible = {"gracias", "precio", "hola", "jorge"}
    assert _names_unknown("revisado c/ Marta", visible, "es")
    assert not _names_unknown("hablado c/ Jorge", visible, "es")
    assert _names_unknown("abgestimmt m/ Jonas", {"danke"}, "de")
    assert not _names_unknown("Preis m/ Rabatt", {"danke", "rabatt"}, "de")


def test_a_month_after_a_days_number_is_no_colleague_deciding():
    """"Start Mon 17 May agreed" dates the start; "Diego agreed" names who decided."""
    from followup.drafting.reading import _COLLEAGUE

    assert [m.group("name") for m in _COLLEAGUE.finditer("Start Mon 17 May agreed, trial 2 weeks")] == []
    assert [m.group("name") for m in _COLLEAGUE.finditer("Termin 18. Mai bestätigt")] == []
    assert [m.group("name") for m in _COLLEAGUE.finditer("Price ok, Diego agreed")] == ["Diego"]
