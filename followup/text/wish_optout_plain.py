"""The plainest opt-outs in German, Spanish, Italian, Portuguese and Dutch: the short imperative alone ("Bitte melden
Sie mich ab.", "Dame de baja.", "Cancellami.", "Removam-me.", "Meld me af."), and the look-alike that unsubscribes
from something else (an event, a course, a booking, a direct debit), which leaves such an imperative no opt-out."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# what may close the short imperative: the sentence's end, a please or thanks, or the mailing list named
_CLOSE = (r"(?=\s*(?:[.!,;:)]|$|bitte\b|danke\b|por\s+favor\b|porfa\b|gracias\b|per\s+favore\b|grazie\b|obrigad[oa]\b|"
          r"alstublieft\b|aub\b|a\.u\.b\.|svp\b|s['\u2019]il\s+vous\s+pla[îi]t\b|please\b|thanks?\b|"
          # the mailing list (not an event) named after it: "de su lista", "dalla vostra mailing list"
          r"(?:de|del|de\s+la|dalla|dal|da|do|van|aus|von)\s+(?:(?:su|sus|tu|tus|vuestra|vuestro|la|el|vostra|vostro|"
          r"sua|seu|vossa|vosso|uw|jullie|de|het|ihrem|ihrer|eurem|eurer|deinem|deiner|dem|der)\s+)?"
          r"(?:\w+\s+)?(?:lista|listas|listado|listados|liste|lijst|mailinglijst|mailinglist|mailing|newsletter|nieuwsbrief|"
          r"bolet[íi]n|base\s+de\s+datos|banco\s+de\s+dados|database|datenbank|verteiler|mailingliste|correos|env[íi]os|"
          r"e-?mails?|comunicaciones|comunica[çc][õo]es|comunicazioni)\b))")
_PLEASE = r"(?:(?:bitte|doch|hiermit|einfach|gleich|sofort|alstublieft|aub|maar|gewoon|graag|ook)\s+)*"
PLAIN_PATTERNS: dict[str, str] = {
    # German "melden Sie mich ab", "melde mich bitte ab", "tragen Sie uns aus" (not "ich melde mich ab": signing off)
    "plain_short": r"(?:(?<!\bich\s)\bmelde[nt]?\s+(?:sie\s+)?(?:mich|uns)\s+" + _PLEASE +
                   r"(?:(?:von|aus)\s+(?:ihrem|ihrer|eurem|eurer|deinem|deiner|dem|der)\s+(?:\w+\s+)?(?:\w+-)?(?:verteiler|newsletter|"
                   r"mailingliste|liste|e-?mail-?liste|datenbank)\s+)?ab|"
                   r"(?<!\bich\s)\btrag(?:en|t)?\s+(?:sie\s+)?(?:mich|uns)\s+" + _PLEASE + r"aus|"
                   # the same asked for with "bitten" and an infinitive: "Ich bitte Sie, mich abzumelden", "wir möchten
                   # Sie bitten, uns aus Ihrem Verteiler auszutragen" (the list named, or nothing: an event is FOR_AN_EVENT)
                   r"\b(?:bitte[nt]?\s+(?:sie|euch|dich)|(?:sie|euch|dich)\s+(?:darum\s+)?bitten)\s*,?\s+(?:mich|uns)\s+" +
                   _PLEASE + r"(?:(?:von|aus)\s+(?:ihrem|ihrer|eurem|eurer|deinem|deiner|dem|der)\s+(?:\w+\s+)?(?:\w+-)?"
                   r"(?:verteiler|newsletter|mailingliste|liste|e-?mail-?liste|datenbank)\s+)?(?:abzumelden|auszutragen)|"
                   # Spanish "dame / deme / denme / dadme de baja"
                   r"\b(?:d[áa]me|d[ée]me|d[ée]nme|dadme|d[áa]nos|d[ée]nos|dadnos)\s+de\s+baja|"
                   # Italian "cancellami", "cancellatemi", "mi cancelli", "disiscrivetemi"
                   r"\b(?:cancellami|cancellateci|cancellatemi|cancellaci|disiscrivimi|disiscrivetemi|disiscrivici)|"
                   r"\b(?:mi|ci)\s+(?:cancelli|cancellino|disiscriva|disiscrivano)|"
                   # Portuguese "removam-me", "remova-me", "descadastrem-me", "me removam"
                   r"\b(?:remov|retir|exclu|descadastr)(?:am|em|a|e)-(?:me|nos)|\b(?:me|nos)\s+(?:removam|retirem|excluam|"
                   r"descadastrem)|"
                   # Dutch "meld me af", "meld mij alstublieft af", "schrijf me uit"
                   r"\b(?:meld|schrijf)\s+(?:me|mij|ons)\s+" + _PLEASE + r"(?:af|uit))" + _CLOSE,
}

# An event, a course, a booking or a payment the writer leaves ("von der Veranstaltung abmelden", "afmelden voor de
# vergadering", "désinscrivez-moi de l'atelier", "cancellatemi la prenotazione", "dame de baja el débito"): our mail is
# not what is ended
FOR_AN_EVENT = re.compile(
    r"\b(?:veranstaltung\w*|workshop\w*|seminar\w*|kurs\w*|kursus|schulung\w*|sitzung\w*|besprechung\w*|versammlung\w*|"
    r"meeting\w*|webinar\w*|training\w*|termin\w*|lastschrift\w*|einzug\w*|abendessen|turnier\w*|ausflug\w*|"
    r"\w+fest|feier\w*|party|f[êe]te|fiesta|festa|feest\w*|"
    r"atelier\w*|r[ée]union\w*|s[ée]minaire\w*|formation\w*|[ée]v[ée]nement\w*|soir[ée]e\w*|repas|d[îi]ner|"
    r"pr[ée]l[èe]vement\w*|tournoi\w*|sortie|(?:du|le|ce)\s+cours|"
    r"taller\w*|reuni[óo]n\w*|curso\w*|evento\w*|torneo\w*|cena|clase\w*|d[ée]bito\w*|domiciliaci[óo]n\w*|"
    r"prenotazion\w*|corso|corsi|riunion\w*|seminari\w*|addebit\w*|gara|gita|gite|lezion\w*|"
    r"jantar|reuni[ãa]o|reuni[õo]es|grupo\s+do|"
    r"vergadering\w*|cursus\w*|evenement\w*|etentje|incasso\w*|toernooi\w*|wedstrijd\w*|lessen|excursie\w*|"
    r"(?:the|this|that)\s+(?:event|class|course)|dinner|direct\s+debit)\b", re.I)


def for_an_event(sentence: str) -> bool:
    """Whether a plain unsubscribing word in this sentence leaves an event, a course, a booking or a payment."""
    return bool(FOR_AN_EVENT.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
