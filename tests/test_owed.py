"""A document the customer still waits for is lost only when a rep email said that very version went (owed.py)."""
from followup.drafting.owed import other_version


def test_a_revised_version_never_sent_is_late_not_lost():
    assert other_version("Attached is our proposal: Outpatient Silver.", "We are still waiting for the revised proposal.")
    assert other_version("Anbei unser Angebot.", "Wir warten noch auf das überarbeitete Angebot.")
    assert other_version("Ci-joint notre devis.", "J'attends toujours le nouveau devis.")
    assert other_version("Adjunto la propuesta.", "Sigo esperando la propuesta actualizada.")


def test_the_same_thing_sent_is_the_same_version():
    assert not other_version("Attached is the revised proposal.", "We are still waiting for the revised proposal.")
    assert not other_version("Attached is our proposal.", "We never got the proposal.")
