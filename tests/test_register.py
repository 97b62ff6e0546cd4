"""The draft's register: du / tu / tú where the rep writes so to the customer, Sie / vous / usted otherwise."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.grounding import ground
from followup.drafting.phrases import framing_texts
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.register import is_informal, register_item, to_informal
from followup.drafting.sentences import Source

REP = RepProfile("Anke Lorenzen", "anke@reetschutz.example", "Anke Lorenzen\nReetschutz Nord")
NOW = datetime(2026, 5, 12, 9)


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    """One email of the conversation, on a day of May 2026."""
    return Source("message", i, text, datetime(2026, 5, day, 9), direction)


def _draft(sources, name, tz="Europe/Berlin"):
    """The state and the composed draft, with the grounding report of its body."""
    state = build_state(sources, tz, NOW, customer_name=name)
    draft = compose_state(state, customer_name=name, thread_subject="Angebot", rep=REP)
    report = ground(draft.body, sources, grounding_texts(customer_name=name, customer_email="", rep=REP)
                    + framing_texts(draft.language), written_at=NOW, tz=tz)
    return state, draft, report


JENS_DU = [_msg(1, "outbound", "Hallo Jens,\n\nwie besprochen schicke ich dir das Angebot: Imprägnierung "
                               "142.000 DKK.\n\nViele Grüße\nAnke", 4),
           _msg(2, "inbound", "Hallo Anke,\n\nwir möchten das Dach im Januar machen lassen. Wie lange hält die "
                              "Imprägnierung?\n\nJens Petersen", 6)]


def test_a_rep_who_writes_du_gets_a_du_draft_with_a_matching_greeting():
    """Framing, the customer's turned sentence and the greeting all say du; the draft still grounds."""
    state, draft, report = _draft(JENS_DU, "Jens Petersen")
    assert is_informal(state)
    body = draft.body
    assert body.startswith("Hallo Jens,")
    assert "\n\ndanke für deine Nachricht" in body and "Zu deiner Frage:" in body
    # Jens just asked something: the close offers to go through it (turn.py), in du
    assert "Ich gehe alles gern mit dir durch, wann immer es dir passt." in body
    assert "Du möchtest das Dach im Januar machen lassen" in body
    for formal in ("Ihre", "Ihnen", "Sagen Sie", "Sie möchten"):
        assert formal not in body
    assert report.ok, [t.text for t in report.tokens if not t.grounded]


def test_a_rep_who_writes_sie_keeps_the_formal_draft_unchanged():
    """The same conversation with the rep's Sie: the formal framing and greeting, nothing turned to du."""
    sources = [_msg(1, "outbound", "Sehr geehrter Herr Petersen,\n\nwie besprochen schicke ich Ihnen das Angebot: "
                                   "Imprägnierung 142.000 DKK.\n\nMit freundlichen Grüßen\nAnke Lorenzen", 4),
               JENS_DU[1]]
    state, draft, report = _draft(sources, "Jens Petersen")
    assert not is_informal(state)
    assert draft.body.startswith("Sehr geehrter Herr Petersen,")
    assert "\n\nvielen Dank für Ihre Nachricht" in draft.body and "Sie möchten das Dach im Januar machen lassen" in draft.body
    assert "deine" not in draft.body and " du " not in draft.body
    assert report.ok


def test_a_spanish_rep_who_writes_tu_gets_a_tu_draft():
    """Te / tu in the rep's email: "Gracias por tu mensaje", "Sobre tu pregunta", the rep's own greeting."""
    sources = [_msg(1, "outbound", "Hola Jordi:\n\nTe ofrecemos 2 máquinas pisapistas PS-400 en alquiler de temporada "
                                   "a 68.000 € cada una, con mantenimiento semanal.\n\nUn saludo,\nMireia", 4),
               _msg(2, "inbound", "Hola Mireia:\n\nPerfecto, nos gusta la propuesta. ¿La formación de los conductores "
                                  "está incluida en el precio?\n\nJordi", 6)]
    state, draft, report = _draft(sources, "Jordi Puig", tz="Europe/Andorra")
    assert is_informal(state) and draft.language == "es"
    assert draft.body.startswith("Hola Jordi:")
    assert "Gracias por tu mensaje" in draft.body and "Sobre tu pregunta:" in draft.body
    assert "Con gusto lo revisamos juntos cuando te venga bien." in draft.body  # Jordi asked: the close fits
    assert "su mensaje" not in draft.body and "Avíseme" not in draft.body and "le venga" not in draft.body
    assert report.ok


def test_no_rep_email_means_formal_and_a_german_greeting_by_full_name_not_hallo_first_name():
    """A prospect known from a call note: Sie, greeted "Guten Tag Monika Haas," (not "Hallo Monika," with Sie)."""
    note = Source("note", 1, "Erstgespräch tel. Monika Haas, Bäckerei Haas. Will Terminals in jeder Filiale. "
                             "Angebot schicke ich bis Freitag.", datetime(2026, 5, 11, 9), "note")
    state, draft, _ = _draft([note], "Monika Haas")
    assert not is_informal(state)
    assert draft.body.startswith("Guten Tag Monika Haas,")


def test_a_pfarrer_is_greeted_by_title_not_hallo_pfarrer():
    """The customer's name carries a title a note uses ("Pfr. Lechner"): the formal greeting keeps it."""
    note = Source("note", 1, "Tel. mit Pfr. Lechner, Pfarrei St. Georg. Will Holzglockenstuhl aus Eiche. Angebot "
                             "schicke ich bis Freitag.", datetime(2026, 5, 11, 9), "note")
    _, draft, _ = _draft([note], "Pfarrer Andreas Lechner")
    assert draft.body.startswith("Guten Tag Herr Pfarrer Lechner,")
    assert "Hallo Pfarrer" not in draft.body


def test_the_reps_newest_email_that_addresses_the_customer_decides():
    """A later Sie email overrides an earlier du; one with neither leaves the decision to the one before."""
    du = _msg(1, "outbound", "Hallo Jens,\n\nich schicke dir morgen das Angebot.", 4)
    sie = _msg(2, "outbound", "Sehr geehrter Herr Petersen,\n\nanbei das Angebot für Sie.", 5)
    plain = _msg(3, "outbound", "Nachtrag: das Gerüst ist inklusive.", 6)
    assert register_item([du, plain], "de") is not None
    assert register_item([du, sie, plain], "de") is None
    assert register_item([], "de") is None


def test_a_customer_writing_tu_is_answered_so_when_the_rep_never_addressed_them():
    """The rep's emails show no register; the customer's "Peux-tu" does."""
    sources = [_msg(1, "outbound", "Bonjour Mathieu,\n\nPour un 4 x 14 : 61 900 $ plus taxes.\n\nSylvie", 4),
               _msg(2, "inbound", "Salut Sylvie,\n\nPeux-tu me refaire un prix?\n\nMathieu", 6)]
    assert register_item(sources, "fr") is not None


def test_only_the_words_the_restating_put_in_are_turned():
    """ "Sie möchten" from the customer's "wir möchten" becomes "Du möchtest"; a quoted "Sie" stays."""
    assert to_informal("Sie möchten beides machen", "Wir möchten beides machen", "de") == "Du möchtest beides machen"
    assert to_informal("Ich schicke Ihnen das Angebot", "Angebot schicke ich", "de") == "Ich schicke dir das Angebot"
    assert to_informal("Je vous envoie le contrat", "je lui envoie le contrat", "fr") == "Je t'envoie le contrat"
    assert to_informal("vous demandez une remise", "Elle demande une remise", "fr") == "tu demandes une remise"
    assert to_informal("quiere la entrega el 29", "Quiere la entrega el 29", "es") == "quieres la entrega el 29"
    assert to_informal("Sie sagt, Sie kommen", "Sie sagt, Sie kommen", "de") == "Sie sagt, Sie kommen"


def test_the_customers_side_in_the_plural_keeps_its_sus_with_tu():
    """'Organizamos nuestras jornadas' is 'organizan sus jornadas' also to a customer the rep calls tú: never
    'organizan tus jornadas' (blind heldout26); the customer's own 'necesito mi factura' still turns."""
    from followup.drafting.register import to_informal
    assert to_informal("organizan sus jornadas anuales", "Organizamos nuestras jornadas anuales.", "es") == \
        "organizan sus jornadas anuales"
    assert to_informal("necesita su factura", "Necesito mi factura", "es") == "necesitas tu factura"


def _inbound(text: str, language: str, tz: str = "Europe/Madrid"):
    """The register item the customer's only email gives, with no rep email to decide."""
    return register_item([_msg(1, "inbound", text, 6)], language, tz)


def test_a_customers_informal_imperative_sets_the_informal_register():
    """'Llámame', 'reservadlo', 'confirmame', 'Ruf mich an', 'Appelle-moi': the customer writes tú / du / tu."""
    assert _inbound("Hola Ane:\n\nSi es posible, reservadlo ya. Llámame por la mañana antes de las 10.", "es")
    assert _inbound("Martín, ¿cuánto queda la licencia? Y confirmame las cuotas.", "es",
                    "America/Argentina/Mendoza")
    assert _inbound("Hallo Anke,\n\nruf mich bitte morgen an.", "de")
    assert _inbound("Salut Paul,\n\nappelle-moi demain matin.", "fr")


def test_a_customers_formal_imperative_keeps_the_formal_register():
    """'Llámeme', 'Escríbame', 'Rufen Sie mich an', 'Appelez-moi', 'Dites-moi': usted / Sie / vous."""
    assert _inbound("Buenos días:\n\nLlámeme por la mañana o escríbame.", "es") is None
    assert _inbound("Guten Tag,\n\nrufen Sie mich bitte morgen an.", "de") is None
    assert _inbound("Bonjour,\n\nappelez-moi demain et dites-moi le prix.", "fr") is None


def test_a_customers_greeting_by_title_outweighs_a_stray_informal_imperative():
    """'Bonjour Madame Roux, Votre offre ... Envoie-moi le contrat.': one tu form against a titled greeting and a
    votre is a formal customer."""
    assert _inbound("Bonjour Madame Roux,\n\nVotre offre nous convient. Envoie-moi le contrat.", "fr") is None
    assert _inbound("Salut Léa,\n\nTon offre nous convient. Envoie-moi le contrat.", "fr")


def test_a_plural_les_marks_no_register_outside_spain():
    """'Les paso una referencia' to two people in Mendoza is the plural of tú as well: the customer's 'confirmame'
    decides; in Madrid 'les' is the formal plural."""
    sources = [_msg(1, "outbound", "Hola Florencia, hola Ezequiel:\n\nLes paso una referencia.\n\nSaludos", 4),
               _msg(2, "inbound", "Martín, ¿cuánto queda la licencia? Y confirmame las cuotas.\n\nFlor", 6)]
    assert register_item(sources, "es", "America/Argentina/Mendoza") is not None
    assert register_item(sources, "es", "Europe/Madrid") is None


def test_in_spain_the_customers_side_in_the_plural_is_vosotros():
    """'Seguimos adelante', 'Organizamos nuestras jornadas', 'Nos interesa ... somos 10' said with tú in Spain:
    'seguís', 'organizáis vuestras', 'os interesa ... sois'; ustedes in the Americas; a note's 'firman' too."""
    assert to_informal("siguen adelante con los 4 Corolla", "Seguimos adelante con los 4 Corolla.", "es",
                       True) == "seguís adelante con los 4 Corolla"
    assert to_informal("organizan sus jornadas anuales", "Organizamos nuestras jornadas anuales.", "es",
                       True) == "organizáis vuestras jornadas anuales"
    assert to_informal("les interesa la eliminatoria, pero son 10 personas",
                       "Nos interesa la eliminatoria, pero somos 10 personas.", "es",
                       True) == "os interesa la eliminatoria, pero sois 10 personas"
    assert to_informal("organizan sus jornadas anuales", "Organizamos nuestras jornadas anuales.", "es",
                       False) == "organizan sus jornadas anuales"
    assert to_informal("26.400 € si firman antes del 15 abril", "26.400 € si firman antes del 15 abril.", "es",
                       True, True) == "26.400 € si firmáis antes del 15 abril"


def test_a_first_person_or_a_questions_inversion_is_no_imperative():
    """'Ich melde mich morgen' and 'Pouvons-nous venir ?' address no one: no register read from them."""
    assert _inbound("Ich melde mich morgen.", "de") is None
    assert _inbound("Pouvons-nous venir signer le contrat mardi ?", "fr") is None


def test_the_reps_own_promise_with_a_dropped_ich_is_no_imperative():
    """'Den Termin kläre ich und melde mich übermorgen': the writer's promise, not 'melde dich' to the reader."""
    sources = [_msg(1, "outbound", "Hallo Herr Rehbein,\n\nden Termin kläre ich mit unserer Einsatzplanung und melde mich "
                                   "übermorgen.\n\nViele Grüße\nJana", 4)]
    assert register_item(sources, "de", "Europe/Berlin") is None


def test_a_reps_greeting_by_title_keeps_the_formal_register_against_the_customers_voseo():
    """The rep writes 'Ing. Benítez:' without a pronoun; the customer's 'Mandame la propuesta' does not make the
    draft say tú under that greeting."""
    sources = [_msg(1, "outbound", "Ing. Benítez:\n\nCon 1.350 m² el precio queda en Gs. 30.200.\n\nSaludos,\nCarolina", 4),
               _msg(2, "inbound", "Carolina, perfecto. Mandame la propuesta final por escrito.\n\nRodrigo", 6)]
    assert register_item(sources, "es", "America/Asuncion") is None
