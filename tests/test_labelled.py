"""Options the rep set out under labels and the one the customer chose (followup/drafting/labelled.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.labelled import choice, options_in, picked
from followup.drafting.sentences import Source

_EN = ("Two options for floors 12 to 14:\n\nOption A: nightly janitorial, Monday to Friday, CAD 9,850 per month.\n"
       "Option B: the same plus a day porter 8 am to 4 pm, CAD 11,400 per month.\n\nWe could start on June 19.")
_NAMED = ("Two renewal options:\n\nGold: two visits a year, $38,400 per year for both instruments.\n"
          "Silver: one visit a year, labor only, $24,900 per year.")
_FR = "Voici nos deux formules :\n- Formule Océane : déjeuner servi, 38 € HT par personne\n" \
      "- Formule Terroir : buffet chaud, 31 € HT par personne"
_ES = "Como quedamos, dos opciones:\n\nOpción 1: 260 kWp en cubierta, 229.000 € + IVA.\nOpción 2: 260 kWp y 90 kWp en " \
      "marquesinas, 347.000 € + IVA."
_DE = "Zwei Varianten:\nVariante A: Wartung zweimal im Jahr, 4.800 € netto pro Jahr.\nVariante B: einmal, 2.900 €."
_NUMBERED = "Two lunch options:\n\n1. Tex-Mex buffet, $28 per person\n2. Smoked BBQ buffet, $34 per person"


@pytest.mark.parametrize("text, labels, price", [
    (_EN, ["Option A", "Option B"], "CAD 9,850 per month"),
    (_NAMED, ["Gold", "Silver"], "$38,400 per year"),
    (_FR, ["Formule Océane", "Formule Terroir"], "38 € HT par personne"),
    (_ES, ["Opción 1", "Opción 2"], "229.000 € + IVA"),
    (_DE, ["Variante A", "Variante B"], "4.800 € netto pro Jahr"),
    (_NUMBERED, ["1", "2"], "$28 per person"),
    ("Option A: CAD 9,850.\nOption B: CAD 11,400.\nTotal: CAD 21,250.", ["Option A", "Option B"], "CAD 9,850"),
])
def test_labelled_priced_lines_are_options_in_four_languages(text, labels, price):
    found = options_in(text)
    assert [o.label for o in found] == labels
    assert found[0].price == price


@pytest.mark.parametrize("text", [
    "Design: AUD 8,500 with 2 concepts.\nPrint: AUD 0.42 per carton.",  # parts of one offer, no options said
    "Option A: nightly janitorial, CAD 9,850 per month.",  # one option is no choice
])
def test_headed_lines_without_a_choice_are_no_options(text):
    assert options_in(text) == []


@pytest.mark.parametrize("text, sentence, said", [
    (_EN, "We'll go with Option B.", ["Option B"]),
    (_NAMED, "We'll go with Gold.", ["Gold"]),
    (_FR, "Nous retenons la formule Océane.", ["la formule Océane"]),
    (_ES, "El comité ha elegido la opción 2, con marquesinas.", ["la opción 2"]),
    (_DE, "Wir nehmen Variante B.", ["Variante B"]),
    (_NUMBERED, "We'd like option 2, the BBQ, and the headcount is now 155.", ["option 2"]),
    (_NUMBERED, "We'd like the BBQ for everyone.", ["2"]),  # named by a word only its own name has
    (_EN, "We decided: option A for the UI and option B for the help center.", ["option A", "option B"]),
    (_EN, "We go with B.", ["Option B"]),  # the bare letter after a word that chooses: the label as written
    (_DE, "Wir nehmen die zweite Variante.", ["die zweite Variante"]),  # by its place
    (_ES, "Vamos con la primera opción.", ["la primera opción"]),
])
def test_the_option_chosen_is_read_by_its_label_or_name(text, sentence, said):
    assert [s for _, s in choice(sentence, options_in(text))] == said


@pytest.mark.parametrize("sentence", [
    "Could you tell me more about Option B?",  # a question chooses nothing
    "Option B sounds expensive.",  # no word that chooses
    "We'd like to start on Monday.",  # a word of a line, no option's name
    "We take a break and come back to you.",  # a letter in a word of its own case is no label
    "We won't take Option A.",  # a not before the word that chooses
])
def test_no_choice_without_a_choosing_word_and_a_name(sentence):
    assert choice(sentence, options_in(_EN)) == []


def _src(n: int, direction: str, text: str) -> Source:
    return Source("message", n, text, datetime(2028, 5, n, 9), direction)


def _term(n: int, quote: str) -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=n,
                at=datetime(2028, 5, n, 9), direction="outbound")


def test_the_options_not_chosen_go_and_the_choice_is_the_order_at_its_price():
    offer, reply = _src(1, "outbound", _EN), _src(2, "inbound", "We'll go with Option B. Could the porter start at 7?")
    lines = [_term(1, "Two options for floors 12 to 14:"),
             _term(1, "Option A: nightly janitorial, Monday to Friday, CAD 9,850 per month."),
             _term(1, "Option B: the same plus a day porter 8 am to 4 pm, CAD 11,400 per month."),
             _term(1, "We could start on June 19.")]
    last: dict = {}
    out = picked(lines, [offer, reply], {("message", 1): _EN, ("message", 2): reply.text}, last)
    assert [i.status for i in out[:4]] == ["superseded", "superseded", "open", "open"]
    assert out[-1].kind == "order" and out[-1].text == "CAD 11,400 per month" and last["chosen"] == "Option B"


def test_a_split_choice_names_each_option_with_its_price_and_the_count_of_its_part():
    reply = "We decided: option A for the UI and option B for the help center. The UI is about 18,000 words and the " \
            "help center about 30,000."
    last: dict = {}
    out = picked([], [_src(1, "outbound", _EN), _src(2, "inbound", reply)], {("message", 2): reply}, last)
    assert last["chosen"] == "option A (CAD 9,850 per month) for the UI, about 18,000 words, and option B (CAD 11,400 " \
                             "per month) for the help center, about 30,000"
    assert out[-1].kind == "order" and out[-1].text == ""


@pytest.mark.parametrize("text, sentence", [
    (_FR, "Nous ne retenons pas la formule Terroir."),
    (_DE, "Wir nehmen Variante B nicht, sondern warten."),
    (_ES, "No elegimos la opción 1."),
])
def test_a_not_before_or_after_the_choosing_word_chooses_nothing(text, sentence):
    assert choice(sentence, options_in(text)) == []


def test_a_split_in_french_keeps_its_articles():
    offer = _FR.replace("Formule", "Option")
    reply = "Nous prenons l'option Océane pour le déjeuner et l'option Terroir pour le dîner."
    last: dict = {}
    picked([], [_src(1, "outbound", offer), _src(2, "inbound", reply)], {("message", 2): reply}, last)
    assert last["chosen"] == "l'option Océane (38 € HT par personne) pour le déjeuner et l'option Terroir (31 € HT par " \
                             "personne) pour le dîner"


def test_a_choice_the_rep_has_answered_since_is_not_confirmed_again_but_the_others_go():
    sources = [_src(1, "outbound", _EN), _src(2, "inbound", "We'll go with Option B."),
               _src(3, "outbound", "Great, I'll send the agreement.")]
    lines = [_term(1, "Option A: nightly janitorial, Monday to Friday, CAD 9,850 per month.")]
    last: dict = {}
    out = picked(lines, sources, {("message", 2): "We'll go with Option B."}, last)
    assert [i.status for i in out] == ["superseded"] and not last and len(out) == 1


@pytest.mark.parametrize("offer, reply", [(_EN, "We'll go with Option B."), (_FR, "Nous retenons la formule Terroir."),
                                          (_DE, "Wir nehmen Variante B."), (_ES, "Vamos con la opción 2.")])
def test_a_choice_answered_since_leaves_a_newer_offer_of_options_alone(offer, reply):
    sources = [_src(1, "outbound", offer), _src(2, "inbound", reply), _src(3, "outbound", offer)]
    lines = [_term(1, offer.splitlines()[-1])]
    assert picked(lines, sources, {("message", 2): reply}, {}) == lines


# Options lettered within one line, in the four languages.
@pytest.mark.parametrize("text, labels, name, price", [
    ("Two options: A) 80 m² for $49,500, no storeroom; B) 64 m² for $41,800.", ["A", "B"], "64 m²", "$41,800"),
    ("Zwei Varianten: A) 80 m² für 49.500 €; B) 64 m² für 41.800 €.", ["A", "B"], "64 m²", "41.800 €"),
    ("Deux formules : A) 80 m² pour 49 500 € HT ; B) 64 m² pour 41 800 € HT.", ["A", "B"], "64 m²", "41 800 € HT"),
    ("Las dos opciones: A) 80 m² por 49.500 € + IVA; B) 64 m² por 41.800 € + IVA. El almacenaje cuesta 1.800 €.",
     ["A", "B"], "64 m²", "41.800 € + IVA"),
])
def test_options_lettered_in_one_line_are_options(text, labels, name, price):
    found = options_in(text)
    assert [o.label for o in found] == labels and (found[1].name, found[1].price) == (name, price)


# A list a count heads ("we offer two contracts:"), in the four languages.
@pytest.mark.parametrize("head", ["For maintenance we offer two contracts:", "Für die Wartung bieten wir zwei Verträge an:",
                                  "Pour la maintenance, deux contrats :", "Para el mantenimiento, dos contratos:"])
def test_a_numbered_list_a_count_heads_is_options(head):
    text = head + "\n1. Basis: 2.400 € pro Jahr, ein Besuch\n2. Premium: 4.100 € pro Jahr, zwei Besuche"
    assert [o.name for o in options_in(text)] == ["Basis", "Premium"]


def test_a_numbered_list_no_count_heads_is_no_options():
    assert options_in("Our quote:\n1. Basis: 2.400 € pro Jahr\n2. Premium: 4.100 € pro Jahr") == []


_COUNTED = "Two contracts:\n1. Basis: 2,400 € a year, one visit\n2. Premium: 4,100 € a year, two visits"


@pytest.mark.parametrize("sentence", ["We lean towards the Premium contract.", "Wir tendieren zum Premium-Vertrag.",
                                      "Nous penchons pour le contrat Premium.", "Nos inclinamos por el Premium."])
def test_a_leaning_chooses_in_four_languages(sentence):
    assert [o.name for o, _ in choice(sentence, options_in(_COUNTED))] == ["Premium"]


_HEADED = "For the five lifts:\n- Vollwartung: 7.450 € pro Jahr netto\n- Teilwartung: 4.980 € pro Jahr netto"


@pytest.mark.parametrize("reply", [
    "The owners decided on the Vollwartung.", "Die Eigentümer haben sich für die Vollwartung entschieden.",
    "Nous avons choisi la Vollwartung.", "Hemos elegido la Vollwartung.",
])
def test_a_decision_between_headed_lines_makes_them_options(reply):
    lines = [_term(1, "Vollwartung: 7.450 € pro Jahr netto"), _term(1, "Teilwartung: 4.980 € pro Jahr netto")]
    last: dict = {}
    out = picked(lines, [_src(1, "outbound", _HEADED), _src(2, "inbound", reply)], {("message", 2): reply}, last)
    assert [i.status for i in out[:2]] == ["open", "superseded"] and out[-1].text == "7.450 € pro Jahr"


def test_headed_lines_a_customer_only_takes_stay_parts_of_one_offer():
    reply = "We'll take the Vollwartung."  # no decision between things: parts of one offer may both stand
    lines = [_term(1, "Teilwartung: 4.980 € pro Jahr netto")]
    assert picked(lines, [_src(1, "outbound", _HEADED), _src(2, "inbound", reply)], {("message", 2): reply}, {}) == lines


def test_a_numbered_option_named_by_its_words_is_confirmed_as_the_customer_said_it():
    offer = "Deux solutions :\n1. Occasion 2024 : 168 000 € HT\n2. Location pour la saison (4 semaines) : 14 500 € HT"
    reply = "On prend la location pour la saison."
    last: dict = {}
    picked([], [_src(1, "outbound", offer), _src(2, "inbound", reply)], {("message", 2): reply}, last)
    assert last["chosen"] == "la location pour la saison"


@pytest.mark.parametrize("offer, reply, label", [
    ("Sie können zwischen zwei Varianten wählen:\n1. Lieferung komplett im Februar, 8 % Vororderrabatt\n"
     "2. Lieferung in zwei Teilen, 5 % Vororderrabatt\n", "Wir nehmen Variante 2.", "2"),
    ("Two options:\n1. Full delivery in March, 6% discount\n2. Split delivery, 4% discount\n",
     "We'll go with option 1.", "1"),
    ("Deux formules :\n1. Livraison unique, 7 % de remise\n2. Deux livraisons, 4 % de remise\n",
     "On y va avec la formule 2.", "2"),
    ("Dos opciones:\n1. Entrega única, 6 % de descuento\n2. Dos entregas, 3 % de descuento\n",
     "Vamos con la opción 2.", "2"),
])
def test_options_told_apart_by_a_rate_are_options(offer, reply, label):
    options = options_in(offer)
    assert [o.label for o, _ in choice(reply, options)] == [label]


def test_a_numbered_list_of_rates_no_count_heads_is_no_options():
    assert options_in("Terms:\n1. Deposit 30 %\n2. Balance 70 % on delivery\n") == []


@pytest.mark.parametrize("offer, reply, label", [
    ("Offered two ways: (a) JMD 640/bottle, 30 days, or (b) JMD 610/bottle, pay on delivery.",
     "We'll do option (b), pay on delivery.", "(b)"),
    ("Zwei Wege: (a) 12,40 € pro Flasche, 30 Tage Ziel, oder (b) 11,90 € pro Flasche, Zahlung bei Lieferung.",
     "Wir nehmen Option (b).", "(b)"),
    ("Deux façons : (1) 640 $ par caisse, 30 jours, ou (2) 610 $ par caisse, paiement à la livraison.",
     "On prend la (1).", "(1)"),
    ("Dos formas: (a) 640 € por caja, a 30 días, o (b) 610 € por caja, pago a la entrega.",
     "Vamos con la opción (b).", "(b)"),
])
def test_options_bracketed_in_one_sentence_are_chosen_by_their_letter(offer, reply, label):
    assert [o.label for o, _ in choice(reply, options_in(offer))] == [label]


def test_a_bracketed_letter_is_not_the_article_a():
    options = options_in("Two ways: (a) JMD 640/bottle, 30 days, or (b) JMD 610/bottle, pay on delivery.")
    assert choice("We'll do a trial first.", options) == []


def test_a_call_note_offering_bracketed_options_is_the_offer_a_choice_confirms():
    note = Source("note", 1, "Visit. Offered two ways: (a) JMD 640/bottle, 30 days, or (b) JMD 610/bottle, pay on "
                             "delivery.", datetime(2028, 5, 1, 9), "note")
    reply = _src(2, "inbound", "We'll do option (b), pay on delivery.")
    line = Item(kind="term", text=note.text, quote="Offered two ways: (a) JMD 640/bottle, 30 days, or (b) JMD "
                "610/bottle, pay on delivery.", source_kind="note", source_id=1, at=note.at, direction="note")
    last: dict = {}
    out = picked([line], [note, reply], {("note", 1): note.text, ("message", 2): reply.text}, last)
    assert out[0].status == "superseded" and out[-1].kind == "order" and out[-1].text == "JMD 610/bottle"
    assert last["chosen"] == "option (b) (pay on delivery)"


def test_an_unpriced_bracketed_option_set_against_a_priced_one_is_an_option():
    options = options_in("Options for delivery: (1) weekly top-ups from our warehouse, or (2) one bulk delivery with "
                         "2% extra discount.")
    assert [(o.label, o.price) for o in options] == [("(1)", ""), ("(2)", "2%")]
    assert [o.label for o, _ in choice("We go with option 2, one bulk delivery.", options)] == ["(2)"]


def test_bracketed_steps_no_or_sets_against_each_other_are_no_options():
    assert options_in("Next: (1) send the form, (2) we visit the store.") == []


def test_a_rate_chosen_is_no_price_of_the_order():
    offer = _src(1, "outbound", "Delivery options: (1) weekly top-ups, or (2) one bulk delivery with 2% extra discount.")
    reply = _src(2, "inbound", "We go with option 2. Our order: 500 power banks.")
    order = Item(kind="order", text="", quote="Our order: 500 power banks.", source_kind="message",
                 source_id=2, at=reply.at, direction="inbound")
    last: dict = {}
    out = picked([order], [offer, reply], {("message", 1): offer.text, ("message", 2): reply.text}, last)
    assert out[0].text == "" and last["chosen"] == "option 2 (one bulk delivery with 2% extra discount)"


# Tiers an offer sells as plans or packages are options, in the four languages.
@pytest.mark.parametrize("head", ["Our seller plans:", "Three bus shelter packages for August:", "Unsere Pakete:",
                                  "Nos forfaits :", "Te paso nuestros planes:"])
def test_plans_or_packages_an_offer_sets_out_are_options(head):
    text = head + "\n- Starter: €19 a month, 8% commission\n- Pro: €49 a month, 5% commission"
    assert [o.label for o in options_in(text)] == ["Starter", "Pro"]
    reply = "We decided for the Pro plan, paid yearly."
    assert [o.label for o, _ in choice(reply, options_in(text))] == ["Pro"]


@pytest.mark.parametrize("offer, reply, gone", [
    (_FR, "Nous retenons la formule Terroir.", "- Formule Océane : déjeuner servi, 38 € HT par personne"),
    (_DE, "Wir nehmen Variante B.", "Variante A: Wartung zweimal im Jahr, 4.800 € netto pro Jahr."),
    (_ES, "Vamos con la opción 2.", "Opción 1: 260 kWp en cubierta, 229.000 € + IVA.")])
def test_the_options_passed_over_go_once_the_rep_answered_the_choice_in_four_languages(offer, reply, gone):
    sources = [_src(1, "outbound", offer), _src(2, "inbound", reply), _src(3, "outbound", "Merci, danke, gracias.")]
    out = picked([_term(1, gone)], sources, {("message", 2): reply}, {})
    assert [i.status for i in out] == ["superseded"]


@pytest.mark.parametrize("offer, reply", [
    (_EN, "The board has approved Option B."), (_DE, "Die Geschäftsführung hat Variante B genehmigt."),
    (_FR, "La direction a validé la formule Terroir."), (_ES, "La dirección ha aprobado la opción 2.")])
def test_approving_an_option_chooses_it_in_four_languages(offer, reply):
    assert len(choice(reply, options_in(offer))) == 1


def test_the_options_passed_over_go_when_the_rep_priced_more_before_the_choice():
    sources = [_src(1, "outbound", _ES), _src(2, "outbound", "La opción 2 con pago anual sale 340.000 € + IVA."),
               _src(3, "inbound", "Vamos con la opción 2, pago anual.")]
    lines = [_term(1, "Opción 1: 260 kWp en cubierta, 229.000 € + IVA.")]
    out = picked(lines, sources, {("message", 3): "Vamos con la opción 2, pago anual."}, {})
    assert out[0].status == "superseded"


@pytest.mark.parametrize("offer, choose, note, language, said", [
    ("Our three packages:\n- Bronze: fence sign, EUR 3,500\n- Silver: sign + box for 8, EUR 6,900",
     "We'll go with the Silver.", "Silver OK, 10 seats = +EUR 600, total EUR 7,500.", "en",
     "Silver with 10 seats, total EUR 7,500."),
    ("Unsere zwei Pakete:\n- Paket A: Bande, 3.500 €\n- Paket B: Bande + Loge für 8, 6.900 €",
     "Wir nehmen das Paket B.", "Paket B passt, 10 Plätze = +600 €, gesamt 7.500 €.", "de",
     "Paket B mit 10 Plätze, gesamt 7.500 €."),
    ("Voici nos trois formules :\n- Bronze : panneau, 6 500 € HT\n- Argent : panneau + loge de 8 places, 11 000 € HT",
     "Nous choisissons la formule Argent.", "Argent OK, 10 places = +900 € HT, total 11 900 € HT.", "fr",
     "Formule Argent avec 10 places, total 11 900 € HT."),
    ("Nuestros dos planes:\n- Plata: valla, USD 3.500\n- Oro: valla + palco para 8, USD 6.900",
     "Nos quedamos con el plan Oro.", "Oro vale, 10 lugares = +USD 600, en total USD 7.500.", "es",
     "Plan Oro con 10 lugares, en total USD 7.500."),
])
def test_a_notes_yes_to_an_option_keeps_its_name_with_the_new_total(offer, choose, note, language, said):
    from followup.drafting.labelled import note_named
    sources = [Source("message", 1, offer, datetime(2026, 6, 1, 9), "outbound"),
               Source("message", 2, choose, datetime(2026, 6, 3, 9), "inbound"),
               Source("note", 3, note, datetime(2026, 6, 5, 9), "note")]
    cleaned = {(s.kind, s.id): s.text for s in sources}
    item = Item("term", "", note, "note", 3, datetime(2026, 6, 5, 9), "note")
    assert note_named([item], sources, cleaned, language)[0].quote == said
    # "OK" on its own, or with no total after the change: as the note wrote it
    bare = Item("term", "", note.split(",")[0] + ", call back Friday.", "note", 3, datetime(2026, 6, 5, 9), "note")
    assert note_named([bare], sources, cleaned, language) == [bare]


_TIERS = "Two plans for your 3 rooftop units:\n\n1. Basic: 2 visits a year, $2,880/year\n" \
         "2. Priority: 4 visits a year, 4-hour emergency response, $5,340/year"
_INSPECTIONS = "For your hotels the annual inspection:\n\n- Standard: once a year, EUR 1,350 per hotel\n" \
          "- Plus: twice a year and a drill, EUR 2,100 per hotel"


@pytest.mark.parametrize("sentence, chosen", [("We want the Priority plan.", ["2"]),
                                              ("We want to know what the Priority plan covers.", [])])
def test_a_want_takes_an_option_and_a_want_to_know_asks(sentence, chosen):
    assert [o.label for o, _ in choice(sentence, options_in(_TIERS))] == chosen


@pytest.mark.parametrize("reply", ["We go with the Plus.", "Let's go with the Plus.", "Wir nehmen Plus.",
                                   "On part sur le Plus.", "Vamos con el Plus."])
def test_going_with_one_headed_line_makes_the_headed_lines_options(reply):
    sources = [_src(1, "outbound", _INSPECTIONS), _src(2, "inbound", reply)]
    lines = [_term(1, "Standard: once a year, EUR 1,350 per hotel."), _term(1, "Plus: twice a year and a drill, EUR "
                                                                             "2,100 per hotel.")]
    out = picked(lines, sources, {("message", 2): reply}, {})
    assert [i.status for i in out[:2]] == ["superseded", "open"] and out[-1].text == "EUR 2,100 per hotel"


def test_the_line_counting_the_plans_goes_once_one_is_chosen():
    sources = [_src(1, "outbound", _TIERS), _src(2, "inbound", "We want the Priority plan.")]
    lines = [_term(1, "Two plans for your 3 rooftop units:"), _term(1, "Basic: 2 visits a year, $2,880/year.")]
    out = picked(lines, sources, {("message", 2): "We want the Priority plan."}, {})
    assert [i.status for i in out[:2]] == ["superseded", "superseded"]


@pytest.mark.parametrize("sentence, label", [
    ("Nous prenons la formule Partenaire principal.", "Partenaire principal"),
    ("Nous prenons la formule Partenaire, merci.", "Partenaire"),
])
def test_a_label_inside_a_longer_one_is_not_chosen_with_it(sentence, label):
    options = options_in("Pour le Forum, deux formules :\n\n- Partenaire : CHF 12 000 (logo, stand)\n"
                         "- Partenaire principal : CHF 20 000 (avec une prise de parole)\n")
    assert [o.label for o, _ in choice(sentence, options)] == [label]


def test_a_longer_label_is_chosen_alone_in_german():
    options = options_in("Zwei Varianten:\n- Basis: 2.400 €\n- Basis Plus: 3.100 €")
    assert [o.label for o, _ in choice("Wir nehmen Basis Plus.", options)] == ["Basis Plus"]
