"""The foreign opt-outs' guards (followup/text/wish_optout_abroad.py)."""
import pytest

from followup.text.wish_optout_abroad import one_line_abroad


@pytest.mark.parametrize("text", [
    "Arrête de m'appeler sur le fixe.",
    "Deja de llamarme al móvil.",
    "Rufen Sie diese Nummer nicht mehr an, ich bin unter einer neuen Nummer erreichbar.",
    "Bel dit nummer niet meer, ik ben bereikbaar op kantoor.",
    "Bitte hören Sie auf, mich ständig anzurufen.",  # how often, not whether
    "Arrêtez de m'appeler sans cesse.",
    "Dejen de llamarme todos los días.",
    "Smettete di chiamarmi in continuazione.",
    "Stop met mij de hele tijd te bellen.",
])
def test_one_line_named_the_writer_reachable_elsewhere_or_only_how_often_is_seen(text):
    assert one_line_abroad(text)


def test_a_plain_refusal_names_no_line():
    assert not one_line_abroad("Arrêtez de m'appeler, c'est non.")
