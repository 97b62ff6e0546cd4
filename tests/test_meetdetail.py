"""What an appointment's sentence says beside its day and time (followup/drafting/meetdetail.py)."""
from datetime import date

from followup.drafting.meetdetail import cut_date_at, en_cut_date, person_met, place_after, time_bound


def test_the_person_met_in_each_language_never_a_noun_a_day_or_the_customer():
    assert person_met("Demo Thu 10:00 with their buyer Omar.", "en") == "with Omar"
    assert person_met("Demo Thu 10:00, Omar will be there.", "en") == "with Omar"
    assert person_met("Demo Thu 10:00 with Ruth.", "en", "Ruth Bell") == ""
    assert person_met("Demo Thu 10:00 with their Leeds team.", "en") == ""  # a place's name, then a noun
    assert person_met("Visite jeudi à 10 h avec M. Girard.", "fr") == "avec M. Girard"
    assert person_met("Visita jueves 10:00, Rodrigo estará.", "es") == "con Rodrigo"
    assert person_met("Termin Do 10 Uhr mit Aufbau.", "de") == ""
    assert person_met("Termin Do 10 Uhr, Herr Sutter ist dabei.", "de") == "mit Herrn Sutter"


def test_the_bound_of_a_time_and_the_place_after_it():
    clause = "Delivery Fri 9 Apr before 8:00 at their gate 2, driver calls ahead."
    assert time_bound(clause, clause.find("8:00")) == "before"
    assert place_after(clause, clause.find("8:00") + 4, "en") == "at your gate 2"
    de = "Aufbau Mi 14.04. ab 18 Uhr im Saal 2."
    assert time_bound(de, de.find("18 Uhr")) == "ab" and place_after(de, de.find("Uhr") + 3, "de") == "im Saal 2"
    assert place_after("Call Tue 10:00 at the latest for the final check list of all seven stands.", 14, "en") == ""


def test_an_english_date_cut_whole_is_kept_only_when_its_day_name_fits():
    assert en_cut_date("Demo Thu 18 Jan 10:00.", date(2035, 1, 18)) == "Thu 18 Jan"
    assert en_cut_date("Demo Fri 18 Jan 10:00.", date(2035, 1, 18)) == ""  # a wrong day name: said in full elsewhere
    assert cut_date_at("Install Mon 15 - Fri 19 Jan", 8) and not cut_date_at("Install Mon 15 and Fri 19", 8)


def test_the_customers_own_place_is_said_as_theirs():
    assert place_after("Termin Mo 10 Uhr bei ihr im Verlag.", 16, "de") == "bei Ihnen im Verlag"
    assert place_after("Démo mardi à 8 h 30 à son atelier.", 19, "fr") == "à votre atelier"
    assert place_after("Demo Tue 10:00 at his warehouse.", 14, "en") == "at your warehouse"
