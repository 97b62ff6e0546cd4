"""The other people on the customer's side: who wrote which part, whose question a slot is, whom the draft greets."""
from datetime import datetime

from followup.drafting.addressing import greeting_with, slot_paragraphs, waiting
from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item, Person
from followup.drafting.people import parts, relayed, with_askers
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"
NOW = datetime(2026, 11, 26, 9)
REP = RepProfile("Lucas Meirelles", "lucas@vox.example", "Lucas Meirelles\nVox Telecom")


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    return Source("message", i, text, datetime(2026, 11, day, 9), direction)


def test_a_colleague_introducing_themselves_starts_their_own_part_in_each_language():
    for text, name in (("Hi Lucas,\n\nOk, we accept.\n\nFernanda\n\nLucas, Rafael here. Can it do WhatsApp?", "Rafael"),
                       ("Hi Paweł, I am Dmytro Savchuk, IT at LvivCode. Can your IT set up a VLAN?", "Dmytro Savchuk"),
                       ("Gut so.\n\nFrau Grünwald, hier Petra Lang, Buchhaltung. Können Sie bis 28.12. abrechnen?",
                        "Petra Lang"),
                       ("Bonjour Mathieu, Patrick Roy ici. Deux questions : un rabais ?", "Patrick Roy"),
                       ("Bonjour Madame Sarda, Claire Fabre. De mon côté, une question : le dépôt ?", "Claire Fabre"),
                       ("Martín, Ezequiel acá. Sumo una: ¿se puede desde el celular?", "Ezequiel"),
                       ("Buenas tardes Ing. Rivas:\n\nSoy Wilber Castillo, técnico de producción. ¿Lleva ósmosis?",
                        "Wilber Castillo")):
        found = parts(text, "Fernanda Albuquerque", "Lucas Meirelles")
        assert [p.name for _, p in found] == [name], text


def test_the_customer_introducing_themselves_or_an_ordinary_capital_is_no_colleague():
    assert parts("Dear Ms. Fischer,\n\nI am Morimoto from Kansai Medical Forum.", "Kenji Morimoto") == []
    assert parts("Hi Lucas,\n\nI am Happy with the offer.", "Fernanda Albuquerque") == []
    assert parts("Hi Lucas,\n\nThis is fine for us.", "Fernanda Albuquerque") == []


def test_a_colleague_who_greets_the_rep_by_title_is_formal_and_a_role_word_says_their_gender():
    (_, petra), = parts("Frau Grünwald, hier Petra Lang. Können Sie das schicken?\n\nmeine Kollegin Petra Lang",
                        "Florian Huber")
    assert petra.formal and petra.female is True
    (_, claire), = parts("Bonjour Madame Sarda, Claire Fabre. Une question ?\n\nClaire Fabre\nDirectrice financière",
                         "Julien Castagné")
    assert claire.formal and claire.female is True
    (_, rafael), = parts("Lucas, Rafael here. Can it integrate?", "Fernanda Albuquerque")
    assert not rafael.formal and rafael.female is None


def test_a_question_the_customer_passes_on_by_name_is_that_colleagues_in_each_language():
    text = ("Only one change: 40,000 km. My colleague from finance, Bence Tóth, also has questions:\n\n"
            "- Is the insurance included?\n\n- Can the first payment be in February?\n\nBest regards,\nZsófia")
    (start, end, bence), = relayed(text, "Zsófia Kertész")
    assert bence.name == "Bence Tóth" and not bence.wrote
    assert "insurance" in text[start:end] and "February" in text[start:end] and "Best" not in text[start:end]
    for text, name in (("Y mi compañero de sistemas, Iván Robles, pregunta si se puede ver desde el celular.",
                        "Iván Robles"),
                       ("Merci. Notre directrice qualité, Mme Hamon, me demande aussi :\n\n- les certificats ?",
                        "Mme Hamon"),
                       ("Danke. Meine Kollegin, Frau Lang, fragt, ob die Rechnung per Mail kommt.", "Frau Lang")):
        assert [p.name for *_, p in relayed(text, "Alejandra Villaseñor")] == [name], text
    assert relayed("Management approved the offer, also the price.", "Zsófia Kertész") == []


def test_each_question_is_marked_with_the_colleague_whose_it_is():
    text = "Hi Lucas,\n\nOk, we accept.\n\nFernanda\n\nLucas, Rafael here. Can the PBX integrate WhatsApp?"
    at = datetime(2026, 11, 25, 9)
    items = [Item("term", "", "Ok, we accept.", "message", 4, at, "inbound"),
             Item("question", "", "Can the PBX integrate WhatsApp?", "message", 4, at, "inbound")]
    marked = with_askers(items, [_msg(4, "inbound", text, 25)], "Fernanda Albuquerque")
    assert marked[0].asker is None and marked[1].asker.name == "Rafael"
    assert waiting(marked) == [marked[1].asker]


def test_the_draft_greets_the_colleague_who_still_waits_and_answers_them_by_name():
    sources = [_msg(1, "outbound", "Hi Fernanda,\n\n64 extensions at BRL 39 per month.\n\nBest,\nLucas", 20),
               _msg(2, "inbound", "Hi Lucas,\n\nOk, we accept. I put in copy Rafael, he has a question.\n\nFernanda\n\n"
                                  "Lucas, Rafael here. Can the Cloud PBX integrate our WhatsApp line?\n\nRafael", 25)]
    state = build_state(sources, TZ, NOW, customer_name="Fernanda Albuquerque")
    body = compose_state(state, customer_name="Fernanda Albuquerque", thread_subject="PBX", rep=REP).body
    assert body.startswith("Hi Fernanda and Rafael,")
    assert "Rafael, on your question: [[answer:" in body


def test_a_colleague_whose_question_the_rep_answered_is_not_greeted_again():
    sources = [_msg(1, "inbound", "Marcus, Desmond here. Can you do SIP2 over TLS?", 20),
               _msg(2, "outbound", "Hi Harriet,\n\nSIP2 over TLS: yes, supported.\n\nBest,\nMarcus", 21),
               _msg(3, "inbound", "Hi Marcus,\n\nCould you send a final quote?\n\nHarriet", 25)]
    state = build_state(sources, TZ, NOW, customer_name="Harriet Dunmore")
    body = compose_state(state, customer_name="Harriet Dunmore", thread_subject="RFID",
                         rep=RepProfile("Marcus Lee", "m@x.example", "Marcus Lee")).body
    assert body.startswith("Hi Harriet,\n")


def test_a_colleague_writing_while_the_customer_is_away_is_greeted_alone():
    """'Soy Rodrigo Chaves ... Gabriela está de vacaciones': the draft greets Rodrigo, not 'Estimada Gabriela, Rodrigo:'
    (blind heldout26); in every language, and a colleague writing beside a present customer is greeted with them."""
    from followup.drafting.people import customer_away
    for text in ("Soy Rodrigo Chaves, de finanzas. Gabriela está de vacaciones de Semana Santa. ¿Nos envía la factura?",
                 "Hello, this is Rodrigo Chaves from finance. Gabriela is on holiday this week. Can you send the invoice?",
                 "Guten Tag, hier Rodrigo Chaves aus der Buchhaltung. Frau Mora ist im Urlaub. Bitte die Rechnung.",
                 "Bonjour, je suis Rodrigo Chaves, de la comptabilité. Gabriela est en congés. Merci pour la facture."):
        assert customer_away([_msg(1, "inbound", text, 20)], "Gabriela Mora")
    assert not customer_away([_msg(1, "inbound", "Soy Rodrigo Chaves, de finanzas. ¿Nos envía la factura?", 20)],
                             "Gabriela Mora")
    rodrigo = Person("Rodrigo Chaves", True, False, False)
    assert greeting_with("Estimada Gabriela:", [rodrigo], "es", True, away=True) == "Estimado Rodrigo:"
    assert greeting_with("Hi Gabriela,", [rodrigo], "en", False, away=True) == "Hi Rodrigo,"
    assert greeting_with("Estimada Gabriela:", [Person("Rodrigo Chaves", True, False, None)], "es", True,
                         away=True) == "Buenos días, Rodrigo:"
    assert greeting_with("Hi Gabriela,", [rodrigo], "en", False) == "Hi Gabriela and Rodrigo,"


def test_a_colleague_passed_on_with_the_verb_first_and_an_academic_title():
    """'Außerdem fragt meine Kollegin Frau Mag. Pichler, ob ...', 'Además pregunta mi compañera Ana Ruiz si ...'."""
    de = "Und montags ist schlecht. Außerdem fragt meine Kollegin Frau Mag. Pichler, ob es ein Zertifikat gibt."
    (_, _, person), = relayed(de, "Mag. Gerald Huber")
    assert (person.name, person.female) == ("Frau Mag. Pichler", True)
    es = "Seguimos. Además pregunta mi compañera Ana Ruiz si hay descuento."
    (_, _, person), = relayed(es, "Lucía Navarro")
    assert person.name == "Ana Ruiz"


def test_a_colleague_the_rep_already_greets_by_first_name_is_greeted_so_again():
    """The rep wrote 'Bonjour Camille et Hugo,'; Hugo then writes formally himself: 'bonjour Hugo', never 'bonjour
    Hugo Martin'."""
    sources = [_msg(1, "outbound", "Bonjour Camille et Hugo,\n\nLe samedi 16 septembre est libre.", 2),
               _msg(2, "inbound", "Bonjour Monsieur Lafitte,\n\nC'est Hugo, le futur marié. L'acompte peut-il être "
                                  "payé en deux fois ?\n\nHugo Martin", 5)]
    items = with_askers(build_state(sources, "Europe/Paris", datetime(2026, 5, 8, 9),
                                    customer_name="Camille Roussel").items, sources, "Camille Roussel")
    askers = [i.asker for i in items if i.asker is not None]
    assert askers and all(not p.formal for p in askers)
    assert greeting_with("Bonjour Camille,", waiting(items), "fr", True) == "Bonjour Camille, bonjour Hugo,"


def test_a_message_signed_by_a_colleague_is_theirs_from_the_top_and_a_closing_or_company_line_names_no_one():
    from followup.drafting.people import parts, signer
    assert signer("Kevin,\n\nWe need a signed quote.\n\nAngela Ruiz\nBuyer II\nCedar Lake County\n612-555-0199") == \
        "Angela Ruiz"
    assert signer("Grüezi Herr Brunner\n\nKönnen Sie ...?\n\nFreundliche Grüsse\nLukas Frei\nPharmaProbe AG") == \
        "Lukas Frei"
    assert signer("Bonjour,\n\nUne précision.\n\nBien cordialement,\nNathalie Caron\nResponsable RH\n\n"
                  "De : Luc Schmitt <l@x.example>\nObjet : Offre\n\nCordialement,\nLuc Schmitt") == "Nathalie Caron"
    assert signer("Hola:\n\n¿Podemos hablar?\n\nSaludos,\nGabriela Ríos\nContralora") == "Gabriela Ríos"
    assert signer("Hi Alicia,\nThanks,\nMegan\nMegan Sullivan, PhD\nDirector, Proteomics Core\nCharles River Institute") == ""
    (at, person), = parts("Sehr geehrter Herr Hofmann,\n\nich bin in der Kämmerei zuständig.\n\n"
                          "Mit freundlichen Grüßen\nMarkus Lindner\nKämmerei", "Sabine Krämer")
    assert at == 0 and person.name == "Markus Lindner" and person.wrote and person.formal
    assert parts("Hi Kevin,\n\nCan you send it?\n\nGreg Lindstrom\nFleet Superintendent", "Greg Lindstrom") == []


def test_a_title_in_any_source_says_a_colleagues_gender_in_each_language():
    from followup.drafting.people import titled_gender
    assert titled_gender("Markus Lindner", ["Tel. Fr. Krämer + Hr. Lindner (Kämmerei)."]) is False
    assert titled_gender("Sabine Krämer", ["Tel. Fr. Krämer + Hr. Lindner (Kämmerei)."]) is True
    assert titled_gender("Nathalie Caron", ["RDV visio M. Lefebvre + Mme Caron (RH)."]) is True
    assert titled_gender("Ana Ruiz", ["Llamada con la Sra. Ruiz."]) is True
    assert titled_gender("Dev Raman", ["Call with Mr Raman and Ms Raman."]) is None
    assert titled_gender("Angela Ruiz", ["Angela Ruiz, County Purchasing."]) is None


def test_the_colleague_who_wrote_the_newest_email_is_greeted_alone_unless_the_customer_still_waits_too():
    """'Angela Ruiz, County Purchasing' wrote last: 'Hi Angela,' not 'Hi Greg,' (blind heldout27); the customer
    beside them only with an open question of their own asked since the rep last wrote."""
    sources = [_msg(1, "inbound", "Hi Lucas,\n\nCan you quote 40 phones?\n\nGreg Lindstrom", 18),
               _msg(2, "outbound", "Hi Greg,\n\n40 phones at BRL 39 per month.\n\nBest,\nLucas", 20),
               _msg(3, "inbound", "Lucas,\n\nTo issue the PO, could you send a signed quote by Friday?\n\n"
                                  "Angela Ruiz\nCounty Purchasing", 25)]
    body = compose_state(build_state(sources, TZ, NOW, customer_name="Greg Lindstrom"),
                         customer_name="Greg Lindstrom", thread_subject="Phones", rep=REP).body
    assert body.startswith("Hi Angela,\n")
    both = sources[:2] + [_msg(3, "inbound", "Hi Lucas,\n\nCould the phones come in black?\n\nGreg", 22),
                          _msg(4, "inbound", sources[2].text, 25)]
    body = compose_state(build_state(both, TZ, NOW, customer_name="Greg Lindstrom"),
                         customer_name="Greg Lindstrom", thread_subject="Phones", rep=REP).body
    assert body.startswith("Hi Greg and Angela,\n")


def test_a_colleague_passed_on_by_role_and_name_is_named_without_the_role():
    """'Mein Partner Jonas fragt, ob ...' is Jonas's question, never 'Zur Frage von Mein Partner Jonas'."""
    for text in ("Danke. Mein Partner Jonas fragt, ob ihr auch einen Winzerabend macht.",
                 "Thanks. My partner Jonas asks whether you run tasting evenings.",
                 "Merci. Mon associé Jonas demande si vous faites des soirées.",
                 "Gracias. Mi socio Jonas pregunta si hacéis catas."):
        assert [p.name for *_, p in relayed(text, "Mehmet Yilmaz")] == ["Jonas"], text


def test_a_relative_signing_with_the_customers_surname_is_someone_else():
    """"Ines Kaya" signing for the customer Murat Kaya is another person; the note's "Hr. Kaya" is the customer's title."""
    text = "Hallo Herr Brandt,\n\nder Auftrag ist unterschrieben.\n\nGruß\nInes Kaya\nBüro Kaya Transporte"
    found = parts(text, "Murat Kaya")
    assert [p.name for _, p in found] == ["Ines Kaya"]
    assert parts("Hallo Herr Brandt,\n\nalles klar.\n\nGruß\nMurat Kaya\nKaya Transporte", "Murat Kaya") == []
    assert parts("Hallo Herr Brandt,\n\nalles klar.\n\nGruß\nMurat Kaya\nKaya Transporte", "Mu Kaya") == []
    from followup.drafting.people import titled_gender
    assert titled_gender("Ines Kaya", ["Tel. Hr. Kaya, alles ok."], "Murat Kaya") is None
    assert titled_gender("Ines Kaya", ["Tel. Fr. Ines Kaya, alles ok."], "Murat Kaya") is True


def test_the_newest_call_with_a_colleague_the_customer_handed_over_to_greets_them():
    """"Elena handles the invoices from now on" and then a note "Call with Elena: ...": the reply greets Elena; a call
    with the customer, or with someone the customer never named, greets the customer."""
    from dataclasses import replace

    from followup.drafting.people import note_caller
    mail = Source("message", 1, "Signed. Elena handles the invoices from now on.\n\nTom", datetime(2026, 11, 20, 9),
                  "inbound")
    call = Source("note", 2, "Call with Elena: wants one invoice per depot.", datetime(2026, 11, 24, 9), "note")
    assert note_caller([mail, call], "Tom Baker").name == "Elena"
    assert note_caller([mail, replace(call, text="Call with Tom: all fine.")], "Tom Baker") is None
    assert note_caller([mail, replace(call, text="Call with Priya: wants one invoice.")], "Tom Baker") is None
    assert note_caller([call, replace(mail, at=datetime(2026, 11, 25, 9))], "Tom Baker") is None
    state = build_state([mail, call], TZ, NOW, customer_name="Tom Baker")
    assert state.caller.name == "Elena"
    assert greeting_with("Hi Tom,", [state.caller], "en", False, away=True) == "Hi Elena,"


def test_a_colleague_named_after_a_role_or_mid_line_passes_a_question_on():
    for text, name in [("Thanks. Our site planner Ms. Adeyemi asks if the crane fits.", "Ms. Adeyemi"),
                       ("Noted. Kofi, our shift lead, asked if you can train nights.", "Kofi"),
                       ("Danke. Unsere Einkäuferin Frau Vogt fragt, ob Sie Rabatt geben.", "Frau Vogt"),
                       ("Merci. Notre responsable qualité, Mme Roux, demande si le lot est tracé.", "Mme Roux"),
                       ("Gracias. Lucía, de compras, pregunta si facturan en dólares.", "Lucía")]:
        (_, _, person), = relayed(text, "Sam Carter")
        assert person.name == name
    assert relayed("Noted. Además pregunta si hay descuento.", "Sam Carter") == []
    de = "Montag passt. Herr Ott vom Lager fragt, ob Sie auch Kisten liefern."
    (_, _, person), = relayed(de, "Jana Beck")
    assert person.name == "Herr Ott"
    lead = slot_paragraphs([("[[answer: Liefern wir auch Kisten?]]", Item(
        kind="question", text="", quote="Liefern Sie auch Kisten?", source_kind="message", source_id=1,
        at=datetime(2033, 2, 1), direction="inbound", asker=Person("Herr Ott", False)))], "Zu Ihrer Frage:", "de", True)
    assert lead == ["Zur Frage von Herrn Ott: [[answer: Liefern wir auch Kisten?]]"]


def test_no_name_in_a_pronoun_a_conjunction_or_a_possessive():
    assert relayed("El dueño aprobó. Pero pregunta si lo podemos hacer nosotros.", "Sam Carter") == []
    assert relayed("Vale. Ella pregunta también si se puede pagar con tarjeta.", "Sam Carter") == []
    (_, _, person), = relayed("Danke. Mein Mitgründer Simon fragt, ob Velos im Hof stehen dürfen.", "Sam Carter")
    assert person.name == "Simon"
    lead = slot_paragraphs([("[[answer: x?]]", Item(kind="question", text="", quote="x", source_kind="message",
                                                    source_id=1, at=datetime(2033, 2, 1), direction="inbound",
                                                    asker=Person("Émilie", False)))], "Concernant votre question :",
                           "fr", True)
    assert lead == ["Concernant la question d'Émilie : [[answer: x?]]"]


def test_a_colleague_described_by_a_relative_clause_or_a_team_still_relays_the_question():
    for text, name in (("Noor, who keeps our books, wants to know if the fee is fixed.", "Noor"),
                       ("My colleague Arjun from purchasing ask if you deliver on Sundays.", "Arjun"),
                       ("Herr Vogt, der unsere Technik betreut, fragt, ob die Geräte WLAN haben.", "Herr Vogt"),
                       ("Mme Roux, qui gère la caisse, demande si le terminal lit les cartes.", "Mme Roux")):
        assert [p.name for *_, p in relayed(text, "Alejandra Villaseñor")] == [name], text


def test_a_relayed_question_asked_anew_is_the_colleagues_though_its_words_stood_earlier():
    text = ("Delivery must be after the 18th, before is impossible.\n\nMy colleague Arjun from purchasing asks if we "
            "can pay half on order and half after delivery.\n\nThanks,\nMina")
    at = datetime(2026, 11, 25, 9)
    items = [Item("question", "", "Can we pay half on order and half after delivery?", "message", 4, at, "inbound")]
    (marked,) = with_askers(items, [_msg(4, "inbound", text, 25)], "Mina Sato")
    assert marked.asker is not None and marked.asker.name == "Arjun"


def test_a_role_with_the_article_then_a_titled_name_names_the_colleague_with_the_title():
    """"Der Hausmeister Dr. Berger fragt, ob ...": the colleague is Dr. Berger, not "Berger" after the title's dot."""
    for text, name in [("Das passt. Der Hausmeister Dr. Berger fragt außerdem, ob die Lieferung samstags geht.",
                        "Dr. Berger"),
                       ("Parfait. Le président M. Durand demande si la pose peut se faire en mars.", "M. Durand"),
                       ("The site manager Mr. Okafor asks whether the crane fits the yard.", "Mr. Okafor")]:
        assert [p.name for *_, p in relayed(text, "Alejandra Villaseñor")] == [name], text


def test_an_italian_academic_title_leads_a_passed_on_question():
    """"Prof.ssa Conti asks if ...", "Dott. Ferri asks whether ...": the title is part of the asker's name."""
    for text, name in [("Thanks. Prof.ssa Conti asks if the course can be in Italian.", "Prof.ssa Conti"),
                       ("Fine for us. Dott. Ferri asks whether the kit has spare filters.", "Dott. Ferri")]:
        assert [p.name for *_, p in relayed(text, "Giulia Ferrante")] == [name], text
