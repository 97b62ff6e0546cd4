"""A customer's point the rep's own line in force says again is said once, in the rep's line."""
from followup.drafting.saidonce import counted, said_again

LINE = "Ohne Heißfolie, mit partiellem UV-Lack, kostet der Druck bei 20.000 Stück EUR 0,96 pro Schachtel."


def test_a_count_the_reps_line_counts_the_same_way_is_said_once():
    assert said_again("Sie nehmen 20.000 Stück mit UV-Lack", [LINE])
    assert said_again("tomamos 4 grupos", ["4 grupos focales, S/ 16.000 + IGV"])


def test_a_sum_the_reps_line_names_is_said_once():
    assert said_again("you're taking it at $260, first delivery Monday Dec 7", ["The price is $260 per unit, Dec 7"])


def test_a_figure_counted_otherwise_or_not_at_all_is_news():
    assert not said_again("Sie hätten gern einen Termin am Dienstag, 6. Juni", ["EUR 6.400 für 6 Motive"])
    assert not said_again("you need 36 loggers", ["30 loggers at $40"])
    assert not said_again("you take 20.000 boxes and 300 samples", ["20,000 boxes at EUR 0.96"])
    assert not said_again("you'd like a call", [LINE])


def test_a_count_is_read_with_its_thing_and_days_can_be_left_out():
    assert counted("environ 22 000 mots, publication le 30 juin") == {("22000", "mots"), ("30", "juin")}
    assert counted("environ 22 000 mots, publication le 30 juin", days=False) == {("22000", "mots")}


def test_a_models_number_and_the_customers_go_ahead_are_never_said_once():
    assert not said_again("Budget ist freigegeben, Sie nehmen die KT-40 mit Wartung", ["Die KT-40 mit Montage"])
    assert not said_again("vous voulez commander les 2 machines", ["2 machines VacuPro 40 à 14 800 000 Ar chacune"])
