"""A point whose bracketed list of days holds one the customer later declines or asks to move is said without the
list; what it books and its price stay."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.daylist import unlisted, without_days
from followup.drafting.items import Item
from followup.drafting.sentences import Source

D1, D2, NOW = datetime(2028, 6, 23, 9), datetime(2028, 6, 27, 10), datetime(2028, 6, 28, 8)


def states(rep, customer):
    return build_state([Source("message", 1, f"Hola,\n\n{rep}\n\nPablo", D1, "outbound"),
                        Source("message", 2, f"Hola,\n\n{customer}\n\nCarmen", D2, "inbound")],
                       "Europe/Madrid", NOW, customer_name="Carmen Soler")


def test_a_declined_or_moved_day_of_a_bracketed_list_drops_the_list_in_every_language():
    cases = [("Package: 4 half pages (Sundays 3, 10, 17, 24 September) with the web banner for EUR 4,500.",
              "On Sunday 3 September we are closed for stocktaking."),
             ("Paket: 4 halbe Seiten (Sonntage 3., 10., 17., 24. September) mit Webbanner für 4.500 €.",
              "Am Sonntag, 3. September haben wir geschlossen, können wir die halbe Seite verschieben?"),
             ("Forfait : 4 demi-pages (dimanches 3, 10, 17, 24 septembre) avec bannière web pour 4 500 €.",
              "Le dimanche 3 septembre nous sommes fermés, peut-on décaler cette demi-page au dimanche 1er octobre ?"),
             ("4 medias páginas (domingos 3, 10, 17 y 24 de septiembre) y banner web, 4.500 €.",
              "El domingo 3 de septiembre cerramos por inventario, ¿se puede pasar esa media página al domingo 1 de "
              "octubre?")]
    for rep, customer in cases:
        line = next(i for i in states(rep, customer).items if i.source_id == 1 and "4" in i.quote)
        assert line.status == "open" and "4" in line.quote and "(" not in line.quote, rep
        assert "24" not in line.quote + line.text, rep


def test_a_list_whose_days_the_customer_leaves_alone_stays():
    state = states("4 medias páginas (domingos 3, 10, 17 y 24 de septiembre) y banner web, 4.500 €.",
                   "El domingo 8 de octubre cerramos por inventario.")
    line = next(i for i in state.items if i.source_id == 1 and "4.500" in i.quote)
    assert "(domingos 3, 10, 17 y 24 de septiembre)" in line.quote


def test_a_list_whose_month_is_named_before_the_bracket_counts():
    item = Item(kind="term", quote="4 medias páginas, domingos de septiembre (3, 10, 17, 24) + banner: 4.500 €.",
                text="", at=D1, source_kind="note", source_id=1, direction="note")
    said = [Source("note", 1, item.quote, D1, "note"),
            Source("message", 2, "El domingo 3 de septiembre cerramos por inventario.", D2, "inbound")]
    cleaned = {(s.kind, s.id): s.text for s in said}
    out = unlisted([item], said, cleaned)[0]
    assert out.quote == "4 medias páginas, domingos de septiembre + banner: 4.500 €."


def test_a_priced_clause_keeps_its_price_without_its_bracketed_or_comma_separated_days():
    assert without_days("4 halbe Seiten (Sonntage 3., 10., 17., 24. September) mit Webbanner für 4.500 €.") == \
        "4 halbe Seiten mit Webbanner für 4.500 €."
    assert without_days("Offered $1,960 incl GST, tech visit Tue 23 Feb.") == "Offered $1,960 incl GST."
    assert without_days("Delivery on 3 July.") == ""
