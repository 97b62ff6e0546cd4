"""A message the customer forwards and points the rep to is read as its sender's words; the rep's own never is."""
import pytest

from followup.text.forwarded import endorsed_forward, endorsed_text, own_words, replied_body, replied_header
from followup.text.replies import split_reply

REP = "tlindqvist@prairielandequip.example.com"
BODY = """Trent,

see below from my son. I'm good with it if you can do what he's asking.

Dale

From: Kyle Vorhees <kyle@vorheesacres.example.com>
Sent: Friday, September 7, 2029 3:55 PM
To: Dale Vorhees <dale@vorheesacres.example.com>
Subject: RE: Combine lease - harvest 2029

Dad - Sept 15 is too late for us really. Can we get it the 12th? Also we don't need the 40 ft, the 35 ft head is fine.

K

From: Trent Lindqvist <tlindqvist@prairielandequip.example.com>
Sent: Wednesday, August 22, 2029 11:40 AM
To: Dale Vorhees <dale@vorheesacres.example.com>
Subject: Combine lease - harvest 2029

Dale,

Seasonal lease on the 2027 X8 combine with the 40 ft draper, Sept 15 - Nov 30: $58,500.

Trent
"""


def test_the_forwarded_colleagues_words_come_below_the_customers_own():
    """Kyle's asks are read; his greeting and initial go, Dale's name still closes, Trent's quoted offer stays out."""
    new, quoted, _ = split_reply(BODY)
    assert "Kyle" not in new  # what sync stores as new text is unchanged
    fwd = endorsed_forward(new, quoted, [REP])
    assert fwd is not None and fwd.name == "Kyle Vorhees" and fwd.address == "kyle@vorheesacres.example.com"
    text = endorsed_text(new, quoted, [REP])
    assert "Can we get it the 12th?" in text and "Dad -" not in text and "$58,500" not in text
    assert text.rstrip().endswith("Dale") and "\nK\n" not in text


def test_nothing_is_read_without_the_customer_pointing_to_it():
    """A quoted colleague's email under a reply that does not point to it is history, not an ask."""
    new, quoted, _ = split_reply(BODY.replace("see below from my son. ", ""))
    assert endorsed_forward(new, quoted, [REP]) is None


def test_the_reps_own_email_or_a_colleague_of_the_rep_is_never_read():
    """The first quoted message from the rep's address or domain: their own words, never said back."""
    body = ("Hi Brian,\n\nAs per Faith's email below, the rates work for us.\n\nWanjiru\n\n"
            "From: Faith Njeri <faith.njeri@savannahfreight.example.co.ke>\nSent: Monday, August 9, 2027 11:15 AM\n"
            "Subject: RE: rates\n\nBrian is travelling, I am replying for him. Liège is possible twice a week.\n")
    new, quoted, _ = split_reply(body)
    assert endorsed_forward(new, quoted, ["brian@savannahfreight.example.co.ke"]) is None


def test_an_offices_notice_is_not_a_colleagues_ask():
    """"Road Closures Office <roadclosures@...>": an organisation's unit, not a person whose asks are said back."""
    body = ("Morning Fenella,\n\nSee below from the roads office, so can you build from Wednesday?\n\nStuart\n\n"
            "---------- Forwarded message ---------\nFrom: Road Closures Office <roadclosures@dfi.example.im>\n"
            "Date: Mon, 29 Mar 2027 at 11:02\n\nThe service lane will be closed on Monday 24 May.\n")
    new, quoted, _ = split_reply(body)
    assert endorsed_forward(new, quoted, ["fenella@mannin-events.example.im"]) is None


def test_german_french_and_spanish_pointers():
    """"siehe unten", "voir ci-dessous", "te reenvío": the same reading in every language drafting covers."""
    for lead in ("Herr Kern, siehe unten die Mail unseres Einkaufs.", "Bonjour, voir ci-dessous la demande de Marc.",
                 "Sergio, te reenvío lo que me manda el chef."):
        body = (f"{lead}\n\nLena\n\nVon: Marc Weber <marc.weber@kunde.example>\nGesendet: Montag, 3. Mai 2027\n\n"
                "Wir brauchen 1.350 t statt 1.200 t.\n")
        new, quoted, _ = split_reply(body)
        assert "1.350 t statt" in endorsed_text(new, quoted, ["rep@seller.example"]), lead


def test_a_message_the_thread_already_holds_is_not_read_twice():
    """The forwarded body is another email of the thread: it is a source already."""
    new, quoted, _ = split_reply(BODY)
    held = "Dad - Sept 15 is too late for us really. Can we get it the 12th? Also we don't need the 40 ft, the 35 ft."
    assert endorsed_text(new, quoted, [REP], [held]) == new


def test_own_words_drop_the_greeting_and_the_closing():
    """"Ed, ... K", "Dear Mr Corlett, ... Regards, ...": only what they wrote stays."""
    assert own_words("Ed, numbers look good. Ask them about financing. K") == "numbers look good. Ask them about financing."
    assert own_words("Dear Mr Corlett,\nThe lane is closed on Monday.\nRegards,\nRoad Office") == \
        "The lane is closed on Monday."


def test_an_attribution_with_only_a_name_or_indented_lines_is_read():
    """"Am ... schrieb Marion Gräf:", "Le ..., Marc Favre a écrit :" (no address), and a mailer quoting by indenting
    under "On Monday, ..., 05:02:17 PM GMT+4, Khalid Mansour <...> wrote:": the colleague and their words are found."""
    cases = [("Hallo,\n\nFrau Gräf hat unten noch eine Frage.\n\nSabine\n\nAm 21.05.30 um 17:48 schrieb Marion Gräf:\n"
              "> Sabine, frag bitte noch, ob Brillen auch drin sind.\n> Marion\n", "Marion Gräf", "ob Brillen"),
             ("Bonjour,\n\nUne question ci-dessous.\n\nSophie\n\nLe 2030-05-21 16:05, Marc Favre a écrit :\n"
              "> Sophie, peux-tu leur demander si le train est inclus ?\n> Marc\n", "Marc Favre", "le train est inclus"),
             ("Dear Rebecca,\n\nKhalid asked something below.\n\nOmar\n\nOn Monday, May 20, 2030, 05:02:17 PM GMT+4, "
              "Khalid Mansour <khalid@falcon.example.ae> wrote:\n\n Omar, ask them if the facility works for retention "
              "invoices.\n Khalid\n", "Khalid Mansour", "retention invoices")]
    for body, name, said in cases:
        new, quoted, _ = split_reply(body)
        fwd = endorsed_forward(new, quoted, [REP])
        assert fwd is not None and fwd.name == name, body
        assert said in endorsed_text(new, quoted, [REP])


def test_a_header_that_opens_with_its_date_names_the_sender_below_it():
    """A web mailer's "Gesendet: ... / Von: ..." header: the From field under the date is the sender, and the next
    such header ends their words."""
    quoted = ("Gesendet: Montag, 13. Januar 2031 um 18:20 Uhr\nVon: \"Gruber Wolfgang\" <w.gruber@schule.example.at>\n"
              "An: \"Claudia Hofer\" <c.hofer@schule.example.at>\nBetreff: Re: Woche\n\nLiebe Claudia,\nbitte frag "
              "nach, ob eine Stornoversicherung inkludiert ist.\nW. Gruber\n\nGesendet: Mittwoch, 04. Dezember 2030 "
              "um 10:12 Uhr\nVon: \"Lukas Ebner\" <l.ebner@reisen.example.at>\n\nSehr geehrte Frau Hofer, unser Angebot.")
    fwd = endorsed_forward("Direktor Gruber hat unten noch eine Frage.", quoted, ["l.ebner@reisen.example.at"])
    assert fwd is not None and fwd.name == "Gruber Wolfgang"
    assert "Stornoversicherung" in fwd.body and "Gesendet" not in fwd.body and "Angebot" not in fwd.body


def test_a_forwarded_question_keeps_its_sentence_whole_and_lands_above_a_titled_signature():
    """Hard-wrapped quoted lines are one sentence again, a "Name:" calling the forwarder is dropped, and a signature
    line with a title ("Mtra. Daniela Garza") is still the closing the forward goes above."""
    assert own_words("Mette, please ask if they have room, we bring two\ncellos. And can the coach stop in Kolding to\n"
                     "pick up three singers?\n\nJens") == ("please ask if they have room, we bring two cellos. And can "
                                                          "the coach stop in Kolding to pick up three singers?")
    assert own_words("Daniela: ¿aceptan pago a 30 días contra factura? Es nuestra política.\nHéctor").startswith("¿acep")
    new = "Hola Rodrigo,\n\nHéctor pregunta abajo lo del pago.\n\nSaludos,\nMtra. Daniela Garza\nCoordinación\n81 5555"
    quoted = "El 2031-01-14 18:22, Héctor Salinas escribió:\n> Daniela: ¿aceptan pago a 30 días contra factura?\n> Héctor"
    text = endorsed_text(new, quoted, ["rodrigo@muebles.example.mx"])
    assert text.index("¿aceptan pago") < text.index("Saludos,")


def test_a_bare_rule_line_above_the_header_opens_the_forwarded_message():
    """Outlook draws "______" above each quoted header: the From field under it is the sender, and the next rule line
    ends their words."""
    body = ("Hi Owen,\n\nsee Gareth's note below. We'd like the Gold.\n\nRhian\n\n________________________________\n"
            "From: Gareth Lloyd <gareth@taff.example.co.uk>\nSent: Wednesday, April 16, 2031 9:47 PM\n"
            "To: Rhian Pritchard <rhian@taff.example.co.uk>\nSubject: FW: Service contract\n\n"
            "Rhi - Gold makes sense. Also ask if the call-out covers bank holidays. G\n\n"
            "________________________________\nFrom: Owen Parry <owen@vale.example.co.uk>\nSent: Wednesday\n\n"
            "Hi Rhian, Gold: £3,960 a year.\n")
    new, quoted, _ = split_reply(body)
    fwd = endorsed_forward(new, quoted, ["owen@vale.example.co.uk"])
    assert fwd is not None and fwd.name == "Gareth Lloyd"
    assert "bank holidays" in fwd.body and "£3,960" not in fwd.body and "____" not in fwd.body


@pytest.mark.parametrize("head, name", [
    ("---- El dom, 20 abr 2031 21:03:44 -0600 Rodrigo Ibarra <rodrigo@optica.example.mx> escribió ----",
     "Rodrigo Ibarra"),
    ("---- On Sun, 20 Apr 2031 21:03:44 +0100 Sam Okoye <sam@chiro.example.com> wrote ----", "Sam Okoye"),
])
def test_an_attribution_with_a_numeric_zone_and_dashes_names_its_sender(head, name):
    """Zoho's "---- On <date> <time> -0600 Name <address> wrote ----": the zone and the dashes are no part of the
    name."""
    quoted = f"{head}\n> Pregúntale a Luis si la capacitación viene incluida.\n> Rodrigo\n"
    fwd = endorsed_forward("Lo platicamos (abajo su correo).", quoted, ["luis@visionequip.example.mx"])
    assert fwd is not None and fwd.name == name


def test_a_header_block_without_colons_under_original_message_names_the_sender():
    """eM Client writes 'From "Name" <address>', 'To ...', 'Date ...', 'Subject ...' with no colons under its
    "Original Message" line: the colleague and their questions are found, the older message under them is not."""
    body = ("Dear Ms. Okafor,\n\nOur safety lead has questions, please see below.\n\nKenji\n\n"
            "------ Original Message ------\nFrom \"Aiko Mori\" <aiko.mori@harbour.example.jp>\n"
            "To \"Kenji Sato\" <kenji.sato@harbour.example.jp>\nDate 02/03/2031 10:15:00\nSubject RE: Helmets\n\n"
            "Kenji, please ask:\n1) are the helmets rated for work at height?\n2) can the visor be replaced alone?\n\n"
            "Aiko\n\n------ Original Message ------\nFrom \"Grace Okafor\" <grace@gearco.example.com>\n\n"
            "Dear Mr. Sato, our prices: helmet $38.\n")
    new, quoted, _ = split_reply(body)
    fwd = endorsed_forward(new, quoted, ["grace@gearco.example.com"])
    assert fwd is not None and fwd.name == "Aiko Mori"
    assert "visor be replaced" in fwd.body and "$38" not in fwd.body and "Original" not in fwd.body


def test_a_ruled_attribution_over_plain_unquoted_lines_is_read():
    """Zoho's "---- Le <date> <zone> Name <address> a écrit ---" over lines written out plainly: the colleague's
    questions are read up to the next such line."""
    quoted = ("---- Le lun., 03 mars 2031 09:10:11 +0100 Claire Dumas <claire@atelier.example.fr> a écrit ---\n\n"
              "Paul, demande-lui :\n1) la livraison se fait-elle en rez-de-chaussée ?\n\nClaire\n\n"
              "---- Le ven., 28 févr. 2031 14:00:00 +0100 Marc Roy <marc@meubles.example.fr> a écrit ---\n\n"
              "Bonjour, notre devis : 4 200 € HT.\n")
    fwd = endorsed_forward("Claire a une question, voir plus bas.", quoted, ["marc@meubles.example.fr"])
    assert fwd is not None and fwd.name == "Claire Dumas"
    assert "rez-de-chaussée" in fwd.body and "4 200" not in fwd.body


@pytest.mark.parametrize("reply", [
    "Guten Tag Herr Albers,\n\ndas passt so.\n\nGrüße\nMarta Voss\n\n"
    "Am 02.03.31 um 10:05 schrieb Tobias Albers:\n> Liebe Frau Voss,\n>\n> anbei die Preise.\n>\n> Tobias Albers\n",
    "Bonjour Monsieur Albers,\n\nC'est d'accord.\n\nMarta Voss\n\n"
    "Le lun. 2 mars 2031 à 10:05, Tobias Albers <tobias@kiln.example> a écrit :\n> Chère Madame Voss,\n>\n"
    "> voici nos prix.\n",
])
def test_the_reps_email_a_reply_quotes_is_read_for_its_greeting(reply):
    """The first quoted email from the rep's address, or named only by an attribution, is the rep's own."""
    new, quoted, _ = split_reply(reply)
    body = replied_body(new, quoted, ["tobias@kiln.example"])
    assert body.lstrip().startswith(("Liebe Frau Voss,", "Chère Madame Voss,"))


def test_a_quoted_email_from_someone_else_or_pointed_to_is_not_the_reps():
    """Another address than the rep's side, or a forward the customer points to, is no email of the rep's."""
    new, quoted, _ = split_reply(BODY)
    assert replied_body(new, quoted, [REP]) == ""  # Kyle's email, forwarded and pointed to
    plain = "Fine by us.\n\nMarta\n\nOn Mon, 2 Mar 2031 at 10:05, Ola Berg wrote:\n> Hi Marta,\n>\n> Call me?\n"
    new, quoted, _ = split_reply(plain.replace("Ola Berg", "Ola Berg <ola@voss.example>"))
    assert replied_body(new, quoted, ["tobias@kiln.example"]) == ""


def test_replied_header_names_the_rep_by_address_or_name():
    by_address = ("From: Maria Lind <maria@signs.example.com>\nSent: Monday, 3 March 2031 10:00\nTo: Tom\n"
                  "Subject: Banners\n\nHello Tom,\nthe banners are EUR 18.50 each.\nMaria")
    head = replied_header(by_address, ["maria@signs.example.com"])
    assert "Sent: Monday, 3 March 2031 10:00" in head
    by_name = "Am 03.03.2031 um 10:00 schrieb Maria Lind:\n> Hallo Tom,\n> die Banner kosten 18,50 €.\n"
    assert replied_header(by_name, ["maria@signs.example.com"], ["Maria Lind"]).startswith("Am 03.03.2031")
    # an attribution naming someone else, or nobody known, is not the rep's: no header
    assert replied_header(by_name, ["maria@signs.example.com"], ["Jonas Brandt"]) == ""
    other = by_address.replace("maria@signs.example.com", "tom@club.example.org")
    assert replied_header(other, ["maria@signs.example.com"], ["Maria Lind"]) == ""
