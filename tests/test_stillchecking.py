"""A question the rep promised to find out about, still unanswered, says so in its slot (stillchecking.py)."""
from dataclasses import replace
from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.sentences import Source
from followup.drafting.stillchecking import chased_off, open_checks, promised_slot, still_checking


def _src(i: int, direction: str, text: str, day: int) -> Source:
    return Source("message" if direction != "note" else "note", i, text, datetime(2031, 6, day, 9), direction)


def _question(quote: str) -> Item:
    return Item(kind="question", text="", quote=quote, source_kind="message", source_id=3,
                at=datetime(2031, 6, 9, 9), direction="inbound")


def test_an_unanswered_promise_to_find_out_is_kept_open():
    sources = [_src(1, "inbound", "Does the dryer run on 110 V?", 2),
               _src(2, "outbound", "About the voltage, I am checking with the factory and will come back to you.", 3)]
    assert open_checks(sources, {}) == ("About the voltage, I am checking with the factory and will come back "
                                        "to you.",)
    answered = sources + [_src(4, "outbound", "The factory confirms the voltage: 110 V works.", 5)]
    assert open_checks(answered, {}) == ()


def test_the_slot_of_a_promised_answer_says_it_is_still_open_in_the_customers_language():
    state = State(items=(), language="es", today=date(2031, 6, 10), last={},
                  checking=("Le confirmo la fecha de entrega en cuanto me la den desde fábrica.",))
    slot = ("[[answer: ¿Hay ya fecha de fábrica?]]", _question("¿Hay ya fecha de fábrica?"))
    other = ("[[answer: ¿Incluye el montaje?]]", _question("¿Incluye el montaje?"))
    out = still_checking([slot, other], state)
    assert out[0][0] == "[[answer: ¿Hay ya fecha de fábrica? (prometido, aún pendiente)]]"
    assert out[1][0] == "[[answer: ¿Incluye el montaje?]]"
    ctx = ("[[answer: ¿Hay fecha? (pregunta de Jorge)]]", _question("¿Hay ya fecha de fábrica?"))
    assert still_checking([ctx], state)[0][0] == "[[answer: ¿Hay fecha? (pregunta de Jorge; prometido, aún pendiente)]]"


def test_a_promised_slot_reads_in_each_language():
    assert promised_slot("the colour options", "en") == "[[answer: the colour options (promised, still open)]]"
    assert promised_slot("die Farben", "de") == "[[answer: die Farben (zugesagt, noch offen)]]"
    assert promised_slot("les coloris", "fr") == "[[answer: les coloris (promis, toujours en attente)]]"


def _promise(quote: str) -> Item:
    return Item(kind="commitment", text=quote, quote=quote, source_kind="message", source_id=2,
                at=datetime(2031, 6, 3, 9), direction="outbound")


def test_a_promise_to_find_out_that_a_still_open_slot_asks_is_not_said_again():
    promise = ("The forklift is much in demand, I'll confirm availability.", _promise(
        "The forklift is much in demand, I'll confirm availability."))
    other = ("I'll send you the manual.", _promise("I'll send you the manual."))
    chased = ("[[answer: is the forklift confirmed for Monday? (promised, still open)]]",
              _question("Is the forklift confirmed for Monday?"))
    en = State(items=(), language="en", today=date(2031, 6, 10), last={})
    assert chased_off([promise, other], [chased], en) == [other]
    plain = ("[[answer: is the forklift confirmed for Monday?]]", _question("Is the forklift confirmed for Monday?"))
    assert chased_off([promise, other], [plain], en) == [promise, other]  # no slot says the promise is open
    es = ("La carretilla la tenemos muy solicitada, te confirmo disponibilidad.", _promise(
        "La carretilla la tenemos muy solicitada, te confirmo disponibilidad."))
    asked = ("[[answer: ¿Está confirmada la carretilla? (prometido, aún pendiente)]]",
             _question("¿Está confirmada la carretilla?"))
    assert chased_off([es], [asked], replace(en, language="es")) == []


def test_a_promise_that_also_sends_something_or_named_its_day_stays():
    sends = ("I'll ask our partner about the gate and forward his quote.", _promise(
        "I'll ask our partner about the gate and forward his quote."))
    dated = ("Wegen der Ladestation melde ich mich morgen.", _promise("Wegen der Ladestation melde ich mich morgen."))
    asked = [("[[answer: is the gate included? (promised, still open)]]", _question("Is the gate included?")),
             ("[[answer: Reicht für die Ladestation ein Solarpanel? (zugesagt, noch offen)]]",
              _question("Reicht für die Ladestation ein Solarpanel?"))]
    en = State(items=(), language="en", today=date(2031, 6, 10), last={})
    assert chased_off([sends], asked[:1], en) == [sends]
    assert chased_off([dated], asked[1:], replace(en, language="de")) == [dated]  # its "morgen" has passed


def test_a_shared_function_word_ties_no_promise_to_a_question():
    from followup.drafting.stillchecking import _things
    promise = _things("On the parking, I'll check with our landlord whether it is free on Sundays.")
    question = _things("Could you tell us whether the invoice goes to our treasurer or to the club?")
    assert not promise & question
    assert _things("Ob unsere Halle frei ist, kläre ich.") & _things("Ist unsere Halle am Sonntag frei?") == {"halle"}


def test_a_spanish_promise_to_find_out_without_its_lo_is_one():
    from followup.drafting.stillchecking import promises_to_check
    assert promises_to_check("Consulto con fábrica si el compresor aguanta 40 grados y te digo algo.")
    assert promises_to_check("Pregunto al transportista si entrega en sábado y te aviso.")
    assert not promises_to_check("El técnico consulto con nadie.")
