"""Drafting reads each stored email with the message its customer forwards and points to below it."""
from dataclasses import dataclass

from followup.drafting.endorsed import drafting_texts, replied_heads, replied_texts


@dataclass
class _Row:
    """A stored message's fields drafting reads."""

    id: int
    direction: str
    from_addr: str
    new_text: str
    quoted_text: str = ""
    mailbox_id: int = 1


def test_the_reps_sent_addresses_are_their_side():
    """The rep's own email forwarded back is never read as the customer's; a colleague's of the customer is."""
    rep = _Row(1, "outbound", "trent@equip.example", "Dale,\n\nThe lease is $58,500.\n\nTrent")
    own = _Row(2, "inbound", "dale@farm.example", "Trent, see below.\n\nDale",
               "From: Trent <trent@equip.example>\nSent: Monday\n\nThe lease is $58,500.")
    kyle = _Row(3, "inbound", "dale@farm.example", "Trent, see below from my son.\n\nDale",
                "From: Kyle Vorhees <kyle@farm.example>\nSent: Friday\n\nCan we get it the 12th?")
    texts = drafting_texts([rep, own, kyle])
    assert texts[1] == rep.new_text and texts[2] == own.new_text
    assert "Can we get it the 12th?" in texts[3] and texts[3].rstrip().endswith("Dale")
    assert drafting_texts([own], own=["trent@equip.example"])[2] == own.new_text


def test_the_reps_email_quoted_under_a_customers_reply_is_kept_for_its_greeting():
    """Only a customer's email quoting one of the rep's has it; the rep's own sent email never does."""
    rep = _Row(1, "outbound", "trent@equip.example", "Dale,\n\nThe lease is $58,500.\n\nTrent")
    reply = _Row(2, "inbound", "dale@farm.example", "Works for us.\n\nDale",
                 "From: Trent <trent@equip.example>\nSent: Monday\n\nMr Vorhees,\n\nThe lease is $58,500.")
    other = _Row(3, "inbound", "dale@farm.example", "Thoughts?\n\nDale",
                 "From: Kyle <kyle@farm.example>\nSent: Friday\n\nDad,\n\nCan we get it the 12th?")
    replied = replied_texts([rep, reply, other])
    assert list(replied) == [2] and replied[2].startswith("Mr Vorhees,")


def test_the_header_of_the_reps_quoted_email_is_kept_when_it_names_them():
    """By the rep's address, or by a name of theirs when the attribution gives no address; never another sender's."""
    by_address = _Row(2, "inbound", "dale@farm.example", "Works for us.\n\nDale",
                      "From: Trent <trent@equip.example>\nSent: Monday, 3 March 2031 10:00\n\nDale,\n\nThe lease is "
                      "$58,500.")
    by_name = _Row(3, "inbound", "dale@farm.example", "Any news?\n\nDale",
                   "On 4 Mar 2031, at 09:00, Trent Olsen wrote:\n> Dale,\n> I'll check whether the loader fits.\n")
    other = _Row(4, "inbound", "dale@farm.example", "Thoughts?\n\nDale",
                 "On 5 Mar 2031, at 09:00, Kyle Vorhees wrote:\n> Dad,\n> Can we get it the 12th?\n")
    heads = replied_heads([by_address, by_name, other], own=["trent@equip.example"], names=["Trent Olsen"])
    assert sorted(heads) == [2, 3]
    assert "3 March 2031" in heads[2] and heads[3].startswith("On 4 Mar 2031")
