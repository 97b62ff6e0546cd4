"""A customer's wish a call note records beside the rep's "I'll find out": asked of the rep, an answer slot
(followup/drafting/wanted.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source
from followup.drafting.wanted import wanted

MON = datetime(2027, 3, 1, 15)
TUE = datetime(2027, 3, 2, 9)


def test_the_wish_the_reps_remark_speaks_of_is_asked():
    quote = "Wants a sample contract + leasing over 4 yrs"
    m = wanted(quote, "en", " - not sure we lease over 4 yrs.")
    assert quote[m.end():] == "leasing over 4 yrs"
    de = "Möchte Infos zur Landesförderung"
    assert de[wanted(de, "de").end():] == "Infos zur Landesförderung"


def test_no_wish_is_read_from_a_remark_a_verb_clause_or_a_wish_with_the_reps_answer_inside():
    assert wanted("need to ask Tom in stores", "en") is None
    assert wanted("Will morgen anrufen", "de") is None
    assert wanted("Veut une remorque, je lui ai dit de voir avec Agrilog", "fr") is None


def test_a_wish_the_rep_will_find_out_about_becomes_an_answer_slot_in_each_language():
    notes = {
        "de": ("Hr. Brandt", "Angebot besprochen. Will Infos zur Landesförderung (EFRE?) - klär ich."),
        "fr": ("Mme Diallo", "Devis discuté. Veut payer en 4 fois - à voir avec la compta."),
        "es": ("Ana Ruiz", "Llamada con doña Ana, le gustó el presupuesto de la secadora. Quiere pagar en 6 cuotas - "
                         "lo averiguo."),
        "en": ("Tom Reed", "Quote discussed. Wants leasing over 4 yrs - not sure we lease that long."),
    }
    for language, (name, text) in notes.items():
        state = build_state([Source("note", 1, text, MON, "note")], "Europe/Berlin", TUE, customer_name=name)
        asked = [i.text for i in state.items if i.kind == "question"]
        assert len(asked) == 1, (language, state.items)
        assert not any(w in asked[0] for w in ("klär", "voir", "averigu", "sure")), asked


def test_a_note_recording_what_they_asked_for_that_the_rep_must_check_becomes_an_answer_slot():
    for language, name, text in (
            ("fr", "Mme Diallo", "Appel avec Mme Diallo. Il demande la garantie sur les moules - à vérifier."),
            ("de", "Hr. Brandt", "Telefonat mit Hr. Brandt. Er fragt nach Skonto - klären."),
            ("es", "Ana Ruiz", "Llamada con Ana. Pregunta por el flete, pendiente.")):
        state = build_state([Source("note", 1, text, MON, "note")], "Europe/Berlin", TUE, customer_name=name)
        asked = [i.text for i in state.items if i.kind == "question" and not i.internal]
        assert len(asked) == 1 and not any(w in asked[0] for w in ("vérifier", "klären", "pendiente")), (language, asked)
    assert wanted("Il demande la garantie sur les moules", "fr") is not None
    assert wanted("Il demande si c'est possible", "fr") is None  # "demande si" is a question, read as one elsewhere
