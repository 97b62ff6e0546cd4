"""The customer's newest change of any term is said back first by its new value, the rep's older line with the
replaced value is not said again, and an accepted offer is recapped by its price once the customer asks something
new (followup.drafting.changes)."""
from datetime import datetime

import pytest

from followup.drafting.changes import labelled, swap, swaps
from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "America/Chicago"
REP = RepProfile("Carla Mendez", "carla@glacier.example", "Carla Mendez\nGlacier Fleet Service")
NOW = datetime(2027, 12, 16, 9)


def draft(sources, name="Todd Berg", now=NOW):
    state = build_state(sources, TZ, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Service contract", rep=REP).body


@pytest.mark.parametrize("quote, language, new, old", [
    ("They want the term to start Jan 1 not Dec 15 and they'd like 2 spare blades.", "en",
     "the term to start Jan 1", "Dec 15"),
    ("We would prefer the grey finish instead of white.", "en", "the grey finish", "white"),
    ("Also we need delivery to Phu Quoc island, not HCMC.", "en", "delivery to Phu Quoc island", "HCMC"),
    ("Wir nehmen lieber die Ausführung in Anthrazit statt Weiß.", "de", "die Ausführung in Anthrazit", "Weiß"),
    ("Nous préférons finalement le modèle FG-5 au lieu du FG-3.", "fr", "le modèle FG-5", "FG-3"),
    ("Queremos la lona en azul en vez de gris.", "es", "la lona en azul", "gris"),
])
def test_the_new_value_is_cut_from_the_customer_sentence_without_the_old_one(quote, language, new, old):
    """What comes before 'not' / 'instead of' / 'statt' / 'au lieu de' / 'en vez de' is the new value, the "we'd
    like" lead is the customer's and is dropped; what follows is the replaced value."""
    found = swap(quote, language)
    assert found is not None and found[0] == new and found[1] == old, found


@pytest.mark.parametrize("quote, language, new, old", [
    ("we need 6 microphones and not 4, because there will be a panel discussion", "en", "6 microphones", "4"),
    ("wir brauchen 3 Bühnen und nicht 2", "de", "3 Bühnen", "2"),
    ("nous voudrions 8 tables et pas 6", "fr", "8 tables", "6"),
    ("necesitamos 5 salas y no 3", "es", "5 salas", "3"),
])
def test_and_not_between_two_figures_names_the_replaced_count(quote, language, new, old):
    """'6 microphones and not 4' is a change of count: 'and' before 'not' negates no verb there."""
    found = swap(quote, language)
    assert found is not None and found[0] == new and found[1] == old, found


@pytest.mark.parametrize("quote", [
    "We do not need the 3 extra units.",  # a negated verb replaces nothing
    "Can you invoice quarterly instead of monthly?",  # a question is answered, not noted
    "Our roll bars were rebuilt by us in 2024 with 45 mm tube instead of the factory 42 mm.",  # their story
    "We'd rather wait than rush it.",  # no value
])
def test_a_sentence_that_changes_no_term_is_not_said_back(quote):
    """Negations, questions, long stories and sentences without a value are no change to note."""
    assert swap(quote, "en") is None


def test_a_call_note_with_two_changes_gives_both_in_the_rep_words():
    """'moved install to 14 Dec, wants model X-200 instead': the thing first, then what it moved to; the model."""
    found = swaps("Customer on phone: moved install to 14 Dec, wants model X-200 instead.", "en")
    assert [f[0] for f in found] == ["install moved to 14 Dec", "model X-200"], found


CONTRACT = Source("message", 1, "Hi Todd,\n\nThe contract draft is attached: monthly visits at $690 per month, "
                                "term from Dec 15, loaner unit within 24 hours included.\n\nCarla",
                  datetime(2027, 12, 11, 10), "outbound")
CHANGE = Source("message", 2, "Carla - city attorney had a look. They want the term to start Jan 1 not Dec 15. "
                              "Anything else we need to sign?\n\nTodd", datetime(2027, 12, 15, 10), "inbound")


def test_a_changed_day_is_said_back_first_and_the_old_day_is_not_repeated():
    """The customer moved the start: the draft opens its recap with the new day, and the rep's own line carrying
    'Dec 15' is not pasted again."""
    body = draft([CONTRACT, CHANGE])
    recap = body.split("\n\n")[1]
    assert recap.split(". ")[1].startswith("You'd now like the term to start Jan 1"), recap
    assert "Dec 15" not in body, body


def test_a_french_change_said_back_whole_drops_the_replaced_day():
    """'Nous voudrions la livraison le 20 janvier au lieu du 12 janvier' is noted by its new day only."""
    offer = Source("message", 1, "Madame,\n\nLe générateur FG-3 coûte 46 000 MAD TTC posé, livraison le 12 janvier."
                                 "\n\nCordialement,\nOlivier Martin", datetime(2027, 12, 1, 10), "outbound")
    change = Source("message", 2, "Monsieur Martin,\n\nNous voudrions la livraison le 20 janvier au lieu du 12 "
                                  "janvier. Quel est le délai ?\n\nNadia Benjelloun", datetime(2027, 12, 10, 10),
                    "inbound")
    state = build_state([offer, change], "Africa/Casablanca", NOW, customer_name="Nadia Benjelloun")
    body = compose_state(state, customer_name="Nadia Benjelloun", thread_subject="Hammam", rep=REP).body
    recap = body.split("\n\n")[1]
    assert "la livraison le 20 janvier" in recap and "12 janvier" not in recap, recap


def test_an_accepted_offer_is_recapped_by_its_price_not_the_answers_already_given():
    """Once the customer approved the purchase and asks something new, the rep's earlier answer they read ('it
    cools 3,000 litres in 3 hours') is not pasted again; the priced offer line stays."""
    offer = Source("message", 1, "Dear Joseph,\n\nWe propose one 3,000-litre milk cooler with a solar-hybrid unit, "
                                 "KES 1,480,000 installed.\n\nWanjiru", datetime(2027, 11, 12, 8), "outbound")
    asked = Source("message", 2, "Dear Wanjiru,\n\nCan the cooler bring 3,000 litres down to 4 degrees within 3 "
                                 "hours?\n\nJoseph", datetime(2027, 11, 16, 8), "inbound")
    answer = Source("message", 3, "Hi Joseph,\n\nYes: the unit cools a full 3,000 litres to 4°C in under 3 hours, "
                                  "even at 30°C outside.\n\nWanjiru", datetime(2027, 11, 17, 8), "outbound")
    approved = Source("message", 4, "Hi Wanjiru,\n\nGood news, the AGM approved the purchase on Wednesday. Can you "
                                    "install on a Saturday?\n\nJoseph", datetime(2027, 11, 27, 8), "inbound")
    body = draft([offer, asked, answer, approved], name="Joseph Otieno")
    assert "KES 1,480,000" in body, body
    assert "30°C outside" not in body, body


@pytest.mark.parametrize("text, language, kept", [
    ("you need delivery to Phu Quoc island, not HCMC", "en", "you need delivery to Phu Quoc island"),
    ("vous voudriez la livraison le 20 janvier au lieu du 12 janvier", "fr", "vous voudriez la livraison le 20 janvier"),
    ("you take the VL-90, but 10 cases, not 8; and more", "en", "you take the VL-90, but 10 cases; and more"),
    ("you do not need it", "en", "you do not need it"),
    ("vous serez 12 personnes et non plus 14", "fr", "vous serez 12 personnes"),
    ("Sie sind jetzt 55 Personen und nicht mehr 40", "de", "Sie sind jetzt 55 Personen"),
    ("you are now 9 people and no longer 12", "en", "you are now 9 people"),
    ("serán 9 personas y ya no 12", "es", "serán 9 personas"),
])
def test_a_noted_change_is_said_without_the_value_it_replaced(text, language, kept):
    """The customer knows what the value was: only the new one is said back."""
    from followup.drafting.changes import without_old

    assert without_old(text, language) == kept


def test_a_call_note_move_split_over_two_clauses_is_said_as_agreed():
    """'Tech visit moved, road flooded - now Mon 8 March': the new day is said back, as agreed on the call."""
    visit = Source("note", 1, "Rang Shane. Offered recalibration + 2 new load bars $1,960 incl GST, tech visit Tue "
                              "23 Feb. He's happy w/ that.", datetime(2027, 2, 17, 10), "note")
    moved = Source("note", 2, "Tech visit moved, road flooded - now Mon 8 March. He asked if the indicator can upload "
                              "weights to his herd software.", datetime(2027, 2, 24, 10), "note")
    body = draft([visit, moved], name="Shane Kelly", now=datetime(2027, 2, 26, 9))
    assert "As agreed, the tech visit is now on Monday 8 March." in body, body


def test_the_go_ahead_is_taken_up_first():
    """'Director agrees with the price': the draft opens on the order, then the offer in force with its total."""
    offer = Source("message", 1, "Dear Ms. Hoa,\n\nFor 30 tanks: USD 2,980 each, USD 89,400 in total, 10 weeks from "
                                 "order.\n\nDaniel", datetime(2027, 11, 23, 10), "outbound")
    yes = Source("message", 2, "Dear Mr. Daniel,\n\nDirector agrees with the price. Can the tanks arrive before 6 "
                               "February?\n\nNguyen Thi Hoa", datetime(2027, 11, 27, 10), "inbound")
    body = draft([offer, yes], name="Nguyen Thi Hoa", now=datetime(2027, 12, 1, 9))
    recap = body.split("\n\n")[1]
    assert recap.startswith("Thank you for your order. For 30 tanks"), recap  # the offer's line says its total
    assert "USD 89,400" in body, body


@pytest.mark.parametrize("quote, new", [
    ("Montage verschoben auf Do 17.12., Gasthaus ist am 10. voll.", "Montage verschoben auf Do 17.12"),
    ("Montage verschoben auf den 9. März, passt ihm.", "Montage verschoben auf den 9. März"),
])
def test_a_moved_date_keeps_its_own_dots(quote, new):
    assert [n for n, _, _ in swaps(quote, "de")] == [new]


SCRUBBERS = Source("message", 1, "Hi Erik,\n\nFor 24,000 m2 I suggest 3 x RS-85 ride-on scrubbers with lithium "
                                 "batteries, SEK 189,000 each, delivery in 4 weeks.\n\nSarah",
                   datetime(2027, 12, 1, 9), "outbound")


def test_a_value_named_by_a_word_puts_the_priced_line_out_of_force_when_its_new_price_is_asked():
    """'lead-acid gel, not lithium' + 'What is the price with gel?': the lithium offer is not pasted back, the change
    is noted; without the price question the priced line stays (the customer only set a condition)."""
    asked = Source("message", 2, "Hi Sarah,\n\nOur safety officer wants lead-acid gel, not lithium, because of the "
                                 "fire rules. What is the price with gel batteries?\n\nErik",
                   datetime(2027, 12, 15, 10), "inbound")
    body = draft([SCRUBBERS, asked], name="Erik Lind")
    assert "lithium" not in body and "SEK 189,000" not in body, body
    assert "Your safety officer wants lead-acid gel." in body
    told = Source("message", 2, "Hi Sarah,\n\nOur safety officer wants lead-acid gel, not lithium, because of the "
                                "fire rules. When can you deliver?\n\nErik", datetime(2027, 12, 15, 10), "inbound")
    assert "SEK 189,000" in draft([SCRUBBERS, told], name="Erik Lind")


def test_a_models_number_is_no_replaced_count():
    """'6 cameras, not 4' says nothing of the VS-4's line."""
    offer = Source("message", 1, "Hi Rui,\n\nThe VS-4 sorts natural and colmated stoppers, EUR 48,000 "
                                 "installed.\n\nAna", datetime(2027, 12, 1, 9), "outbound")
    asked = Source("message", 2, "Hi Ana,\n\nNow we want 6 cameras, not 4. What is the price?\n\nRui",
                   datetime(2027, 12, 15, 10), "inbound")
    assert "VS-4 sorts natural and colmated stoppers" in draft([offer, asked], name="Rui Costa")


@pytest.mark.parametrize("quote, old", [
    ("Un cambio: ahora quieren arepas de 9 cm para el delivery, no de 12 cm.", {"12"}),
    ("Le pylône fait 45 m, pas 30 : il faut 55 m de câble.", {"30"}),
    ("Die Markise bitte 3 m breit, nicht 4 m.", {"4"}),
    ("Gracias, no de momento.", None),
    ("Merci, pas de souci pour lundi.", None),
])
def test_a_short_negation_after_a_comma_names_the_replaced_value(quote, old):
    from followup.drafting.changes import _replaced_values

    assert _replaced_values(quote) == ([old] if old else [])


@pytest.mark.parametrize("quote, language, new", [
    ("One change please: upholstery in the dark blue for both chairs, not the grey.", "en",
     "upholstery in the dark blue for both chairs"),
    ("One change please: can the Chapel Allerton share come on Wednesday 8 December instead, they've no space.", "en",
     "the Chapel Allerton share to come on Wednesday 8 December"),
    ("Eine Änderung bitte: die Polster in Dunkelblau statt Grau.", "de", "die Polster in Dunkelblau"),
    ("Une modification s'il vous plaît : la livraison le mercredi 8 décembre au lieu du 10.", "fr",
     "la livraison le mercredi 8 décembre"),
    ("Un cambio por favor: la entrega el miércoles 8 de diciembre en vez del 10.", "es",
     "la entrega el miércoles 8 de diciembre"),
])
def test_a_change_the_customer_names_as_one_is_a_change_of_the_deal(quote, language, new):
    """'One change please: ...' says what follows changes a term, even when the rep never named the old value and the
    change is asked as a question ('can the X come on ...' -> 'the X to come on ...'); it is said back whole."""
    found = swaps(quote, language, True)
    assert found and found[0][0] == new and found[0][2], found


def test_a_change_named_as_one_leads_the_draft_after_the_go_ahead():
    """The customer's go-ahead with one change: the change is noted before the offer is restated."""
    offer = Source("message", 1, "Hi Megan,\n\nTwo Aurora S3 chairs with LED light: AUD 63,450 plus GST.\n\nJarrod",
                   datetime(2027, 12, 10, 10), "outbound")
    reply = Source("message", 2, "Hi Jarrod,\n\nWe'll go ahead at AUD 63,450. One change please: upholstery in the dark "
                                 "blue for both chairs, not the grey.\n\nMegan", datetime(2027, 12, 15, 10), "inbound")
    body = draft([offer, reply], name="Megan Hale")
    assert "You'd now like upholstery in the dark blue for both chairs" in body, body
    assert body.index("dark blue") < body.index("63,450") or "63,450" not in body.split("dark blue")[1], body


@pytest.mark.parametrize("quote, language, new", [
    ("Installation please in January, not in February, in the week of 17 January.", "en",
     "installation in January, in the week of 17 January"),
    ("Montage bitte im Januar, nicht im Februar, in der Woche ab 17. Januar.", "de",
     "Montage im Januar, in der Woche ab 17. Januar"),
    ("Installation en janvier, pas en février, la semaine du 17 janvier.", "fr",
     "installation en janvier, la semaine du 17 janvier"),
    ("Instalación en enero, no en febrero, la semana del 17 de enero.", "es",
     "instalación en enero, la semana del 17 de enero"),
])
def test_a_clause_after_the_replaced_value_that_narrows_the_new_one_is_kept(quote, language, new):
    """'..., not in February, in the week of 17 January': the week is the newest detail of the change, said with it."""
    found = swap(quote, language, True)
    assert found is not None and found[0] == new and found[1], found


@pytest.mark.parametrize("quote, change", [
    ("Kleine Änderung: eins davon bitte in Weiß statt Grau.", "eins davon bitte in Weiß statt Grau."),
    ("Small change: one of them in white instead of grey.", "one of them in white instead of grey."),
    ("Petit changement : une des voitures en blanc au lieu de gris.", "une des voitures en blanc au lieu de gris."),
    ("Pequeño cambio: uno de ellos en blanco en vez de gris.", "uno de ellos en blanco en vez de gris."),
])
def test_a_change_labelled_without_an_article_is_a_change(quote, change):
    assert labelled(quote) == change


def test_a_bare_change_word_is_no_label():
    assert labelled("Änderung: die Farbe") == "" and labelled("Cambio: el color") == ""


def test_a_labelled_change_with_a_verb_of_its_own_is_noted_not_wanted():
    assert swap("One change: the owners now want Tahoe Grey instead of Aqua Blue", "en")[2] is False
    assert swap("Kleine Änderung: eins davon bitte in Weiß statt Grau", "de")[2] is True


def test_a_notes_money_word_and_figure_is_said_by_its_terms_sentence_not_as_a_change():
    """'Over 500 flights: fee EUR 15 instead of 18, agreed' is 'For over 500 flights, the fee is EUR 15.', never 'As
    agreed, fee EUR 15.'"""
    offer = Source("message", 1, "Hi Todd,\n\nOur offer: booking fee EUR 18 per flight.\n\nCarla",
                   datetime(2027, 12, 11, 10), "outbound")
    note = Source("note", 2, "Tel Todd. Over 500 flights: fee EUR 15 instead of 18, agreed.", datetime(2027, 12, 15, 10),
                  "note")
    body = draft([offer, note])
    assert "As agreed, fee" not in body and "for over 500 flights, the fee is EUR 15." in body, body


@pytest.mark.parametrize("quote, language, new", [
    ("We take the rest as quoted, but the boom lift start moves to Mon 4 Sept as the steel's late.", "en",
     "the boom lift start moves to Mon 4 Sept"),
    ("Der Kran verschiebt sich auf den 9. März, weil der Stahl fehlt.", "de", "Der Kran verschiebt sich auf den 9. März"),
    ("La livraison passe au 12 mars car le chantier a du retard.", "fr", "la livraison passe au 12 mars"),
    ("La entrega pasa al 18 de marzo porque la obra va con retraso.", "es", "la entrega pasa al 18 de marzo"),
])
def test_a_move_is_said_back_without_the_reason_given_for_it(quote, language, new):
    assert [n for n, _, _ in swaps(quote, language)][-1:] == [new]


def test_a_move_in_the_first_of_two_unanswered_emails_is_said_back():
    """The site manager moves one machine's start, then a colleague asks for papers: the move is still new to the
    rep and is noted, though it is not in the newest email."""
    offer = Source("message", 1, "Hi Rhys,\n\nFrom Mon 21 Aug for six weeks:\n- 2 x scissor lifts, £310 per week "
                                 "each\n- 1 x 16m boom lift, £1,320 per week\n\nGareth", datetime(2027, 12, 1, 9),
                   "outbound")
    move = Source("message", 2, "Morning Gareth,\n\nWe'll take the scissors from Mon 21 Aug as quoted, but the boom "
                                "lift start moves to Mon 4 Sept as the steel's late.\n\nRhys",
                  datetime(2027, 12, 10, 9), "inbound")
    papers = Source("message", 3, "Hi Gareth,\n\nBefore I can raise the order I need your insurance certificate."
                                  "\n\nCeri", datetime(2027, 12, 15, 9), "inbound")
    body = draft([offer, move, papers], name="Rhys Pritchard")
    assert "I've noted the change: the boom lift start moves to Mon 4 Sept." in body, body
