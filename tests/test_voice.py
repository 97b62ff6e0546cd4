"""Whether a customer needs a follow-up now (followup/drafting/voice.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state, needs_follow_up_state
from followup.drafting.sentences import Source


def test_a_yes_to_the_offer_with_one_change_needs_the_reps_confirmation():
    sources = [Source("message", 1, "Bonjour Madame Rochat,\n\n10 % n'est pas possible, mais je peux vous accorder 6 %, "
                                    "soit CHF 45 778 HT.\n\nNicolas Perrin", datetime(2027, 11, 23, 16), "outbound"),
               Source("message", 2, "Bonjour Monsieur Perrin,\n\nC'est d'accord pour CHF 45 778 HT, vous recevrez la "
                                    "commande signée demain. Une seule modification : 10 armoires au lieu de 8.\n\n"
                                    "Valérie Rochat", datetime(2027, 11, 30, 13, 45), "inbound")]
    now = datetime(2027, 12, 1, 9)
    state = build_state(sources, "Europe/Zurich", now, customer_name="Valérie Rochat")
    assert not state.open("order")  # the change makes it no order of the offer as it stands
    assert needs_follow_up_state(state, sources, now) == "acceptance to confirm"


def test_a_call_asked_for_needs_a_follow_up_though_a_colleague_writes_about_one_matter():
    """"Meine Buchhalterin meldet sich wegen der Rechnungsadresse" leaves the call the customer asked for to the rep."""
    sources = [Source("message", 1, "Sehr geehrter Herr Brückner,\n\nLoge mit 10 Plätzen, 42.000 € netto.\n\nNina Esser",
                      datetime(2028, 3, 16, 9), "outbound"),
               Source("message", 2, "Hallo Frau Esser,\n\nMeine Buchhalterin Frau Yilmaz meldet sich wegen der "
                                    "Rechnungsadresse. Rufen Sie mich bitte nach 17 Uhr an, tagsüber bin ich auf dem "
                                    "Dach.\n\nThomas Brückner", datetime(2028, 4, 12, 15, 45), "inbound")]
    now = datetime(2028, 4, 13, 7, 30)
    state = build_state(sources, "Europe/Berlin", now, customer_name="Thomas Brückner")
    assert needs_follow_up_state(state, sources, now) == "call asked for"
