"""The price in force said as one line: count, unit price and total together, a sum with each part's price, in the
customer's language; nothing when a clause holds no such price."""
import pytest

from followup.drafting.priceline import amount, said_once, source_lines


def test_a_unit_price_takes_its_count_from_the_clause_the_total_works_out_from():
    lines, apart, said, _ = source_lines(["Settled on 14 panels rather than 16", "€640 each = €8,960 excl. VAT."], "en")
    assert lines == ["14 panels at €640 each, €8,960 excl. VAT in total"]
    assert apart == [] and said == {0, 1}  # the count's own clause is said with it, its old count never


def test_a_price_per_thing_takes_the_count_of_those_things_from_the_same_note():
    lines, _, _, _ = source_lines(["They add a branch in May, so 4 branches.",
                                "Group rate USD 180/mo per branch = USD 720/mo, 3-year contract."], "en")
    assert lines == ["4 branches at USD 180 a month per branch, USD 720 a month in total"]


def test_a_total_that_is_not_count_times_price_is_said_apart():
    lines, apart, _, _ = source_lines(["Extra screens yes: 3 wall screens GBP 2,100 each, total now GBP 41,500 fitted."],
                                   "en")
    assert lines == ["3 wall screens at GBP 2,100 each"]
    assert apart == ["The total is GBP 41,500 fitted."]


def test_an_at_sign_is_said_as_at_each():
    lines, _, _, _ = source_lines(["5,000 wristbands @ EUR 0.85 (bulk rate), colours as agreed."], "en")
    assert lines == ["5,000 wristbands at EUR 0.85 each"]


@pytest.mark.parametrize("clause, language, line", [
    ("150 Jacken à 48,50 € (Staffelpreis) = 7.275 €, Stick inklusive.", "de", "150 Jacken à 48,50 €, insgesamt 7.275 €"),
    ("Flyer 10.000 Stück, 4 Seiten, 0,09 € pro Stück.", "de", "Flyer 10.000 Stück, 4 Seiten zu 0,09 € pro Stück"),
    ("60 chaises à 42 € l'unité = 2 520 € HT.", "fr", "60 chaises à 42 € l'unité, soit 2 520 € HT"),
    ("200 sudaderas a 18,50 € = 3.700 € + IVA.", "es", "200 sudaderas a 18,50 €, en total 3.700 € + IVA"),
])
def test_a_count_at_a_unit_price_with_its_total_in_each_language(clause, language, line):
    assert source_lines([clause], language)[0] == [line]


def test_a_sum_of_priced_parts_says_each_part_and_the_total_when_they_add_up():
    clause = "Zelt CHF 4'000 + 12 Helfer CHF 3'600 + Funk CHF 250 = CHF 7'850 exkl. MWST."
    assert source_lines([clause], "de")[0] == ["Zelt für CHF 4'000, 12 Helfer für CHF 3'600 und Funk für CHF 250, "
                                               "insgesamt CHF 7'850 exkl. MWST"]
    assert source_lines(["Zelt CHF 4'000 + Funk CHF 250 = CHF 9'999."], "de")[0] == []  # no sum: not said as one


def test_a_lump_price_after_its_count_right_after_a_label_s_colon():
    assert source_lines(["1 200 places : 3 tribunes de 400, 52 000 € HT."], "fr")[0] == ["3 tribunes de 400 pour 52 000 € HT"]
    assert source_lines(["Stage firm: 2 risers, 3.100 €, total 11.200 € + IVA."], "es")[1] == ["El total es de 11.200 € + IVA."]
    # a count opening the note's clause may be its account of something else; so may words before the price
    for clause in ["6 heaters OK, new price CAD 1,240/mo.", "Call: 14 lines, I keep the EUR 14.50.",
                   "Pidió cuotas -> 3 cuotas de USD 1.200 ok.", "Covered 200-seater adds £3,500, total £21,000."]:
        assert source_lines([clause], "en")[0] == []


@pytest.mark.parametrize("clause", ["Install Mon 12 - Wed 14 Feb, 2 days on site.", "Deposit 30% on signing.",
                                    "Budget around 40k.", "Schals bleiben 400 à 7,90 €."])
def test_a_clause_without_a_counted_price_says_nothing(clause):
    assert source_lines([clause], "de" if "Schals" in clause else "en")[0] == []


def test_amounts_are_read_with_their_local_separators():
    assert amount("£1,150") == 1150 and amount("32,90 €") == 32.9 and amount("9.870 €") == 9870
    assert amount("CHF 31'650") == 31650 and amount("EUR 1.95") == 1.95 and amount("31 900 €") == 31900


def test_a_sentence_whose_figures_the_price_line_says_is_said_once():
    recap = ["As agreed, 14 panels.", "I've noted you have 300 staff and 14 panels."]
    assert said_once(recap, ["14 panels at €640 each"]) == ["I've noted you have 300 staff and 14 panels."]


@pytest.mark.parametrize("clause", [
    "Quoted quarterly service $410/unit for the small tanks, $560 for the large ones.",  # two prices: each other's
    "We'd suggest 20 heaters plus 4 thermostats at AUD 18,900 installed.",  # "at" the lot, not each
    "Proposed: cold room 40 m3, 2 doors, EUR 31,000 fitted.",  # the count is no thing opening the clause
    "Devis oral : taille 40 tilleuls 5 200 € HT, abattage 3 tilleuls 1 900 € HT.",
])
def test_a_clause_whose_price_is_not_one_counted_line_is_left_to_the_term_sentences(clause):
    assert source_lines([clause], "fr" if "Devis" in clause else "en")[0] == []


def test_what_a_priced_clause_says_beyond_its_price_stays_a_term():
    _, _, said, kept = source_lines(["900 mugs @ GBP 3.20 (bulk), gift boxes free of charge, sample by Friday."], "en")
    assert said == {0} and kept == {0: "gift boxes free of charge, sample by Friday."}


def test_at_without_each_or_a_total_says_no_line():
    assert source_lines(["Offered 20 heaters plus 4 thermostats at AUD 18,900 installed."], "en")[0] == []
    assert source_lines(["Agreed 13 heaters at AUD 900 (last year's price)."], "en")[0] == []


def test_a_slash_unit_stays_with_its_price_and_an_add_on_takes_no_count_from_elsewhere():
    assert source_lines(["Angebot: 9 Kassen à 24 €/Monat, Einrichtung frei."], "de")[0] == ["9 Kassen à 24 €/Monat"]
    assert source_lines(["42 MA, 3 Standorte.", "Modul Dienstplan +2,10 € pro MA."], "de")[0] == []


def test_a_measure_is_no_count_and_a_link_word_no_name_of_pieces():
    assert source_lines(["Onduleur 5 kVA à 2 400 USD."], "fr")[0] == []
    assert source_lines(["Zusage für 4 Stück à EUR 2.300 = EUR 9.200."], "de")[0] == ["4 Stück à EUR 2.300, insgesamt EUR 9.200"]


def test_a_total_after_each_now_is_the_line_s_total():
    lines, _, _, _ = source_lines(["12 desks at GBP 640 each now = GBP 7,680"], "en")
    assert lines == ["12 desks at GBP 640 each, GBP 7,680 in total"]
