"""A customer's sentence said back behind "Notiert:" stands alone, or is the rep's promise, or is not said."""
from followup.drafting.saidback import leans_on_before, rep_promise, unturned


def test_a_demonstrative_standing_for_the_sentence_before_does_not_stand_alone():
    """"die brauchen die Eltern für die Anmeldung": 'die' is the thing of their sentence before."""
    assert leans_on_before("die brauchen die Eltern für die Anmeldung", "de")
    assert leans_on_before("das ist bis Freitag erledigt", "de")
    assert not leans_on_before("die neue Turnhalle braucht den Boden bis Juli", "de")


def test_a_named_subject_with_an_object_pronoun_leans_back_in_spanish():
    """"el Colegio la quiere antes del lunes": what 'la' is stands in their sentence before."""
    assert leans_on_before("el Colegio la quiere antes del lunes", "es")
    assert leans_on_before("eso les sirve para la auditoría", "es")
    assert not leans_on_before("necesitan 30 sillas para el sábado 3 de julio", "es")
    assert leans_on_before("cela nous convient pour le 3 mai", "fr")
    assert not leans_on_before("vous prenez les 12 barrières", "fr")


def test_their_own_bidding_left_unturned_is_their_words_pasted():
    """"Bitte nur telefonisch", "así lo hacemos ahora": their words, not the rep's."""
    assert unturned("Bitte nur telefonisch", "de")
    assert unturned("así lo hacemos ahora", "es")
    assert not unturned("los próximos 10 días y los últimos", "es")
    assert not unturned("Sie brauchen 12 Helfer", "de")


def test_a_spanish_imperative_with_their_pronoun_is_the_reps_promise():
    """"Mándenos también 6 conos" -> "Les mando también 6 conos.": the thing and figure kept, in the rep's voice."""
    assert rep_promise("Mándenos también 6 conos.", "es") == "Les mando también 6 conos."
    assert rep_promise("Y envíeme la factura a nombre del club, por favor.", "es") == \
        "Le envío la factura a nombre del club."
    assert rep_promise("Búsquenos dos carpas más.", "es") == "Les busco dos carpas más."
    assert rep_promise("Teléfonos: 555 0101", "es") == ""
    assert rep_promise("Mándenos también 6 conos.", "de") == ""


def test_their_send_to_in_german_is_what_the_rep_sends():
    """"Das Angebot bitte an unseren Einkauf": the rep sends it there, their "unser" turned to "Ihr"."""
    assert rep_promise("Das Angebot bitte an unseren Einkauf.", "de") == "Ich schicke das Angebot an Ihren Einkauf."
    assert rep_promise("Bitte der Vertrag an die Stadtwerke Lindau GmbH.", "de") == \
        "Ich schicke den Vertrag an die Stadtwerke Lindau GmbH."
    assert rep_promise("Angebot bitte an den Einkauf.", "de") == ""


def test_their_wish_to_be_written_to_is_the_reps_answer_by_mail():
    """"Bitte lieber per Mail" is acknowledged by the rep writing; a statement sent by mail is no wish."""
    assert "per Mail" in rep_promise("Bitte lieber per Mail, ich bin viel unterwegs.", "de")
    assert "par mail" in rep_promise("Répondez-moi plutôt par mail.", "fr")
    assert rep_promise("Nous vous envoyons le bon de commande par mail.", "fr") == ""
    assert rep_promise("Können Sie per Mail antworten?", "de") == ""


def test_their_statement_before_a_bidding_tail_is_kept_alone():
    """"Die Pläne sind nie angekommen, bitte nochmal schicken": the statement stands, their bidding is not pasted."""
    from followup.drafting.saidback import before_bidding
    assert before_bidding("Die Pläne sind bei Ihnen nie angekommen, bitte nochmal schicken", "de") == \
        "Die Pläne sind bei Ihnen nie angekommen"
    assert before_bidding("Bitte nur per Mail", "de") == ""
    assert before_bidding("Sie brauchen 12 Helfer", "de") == ""
