"""The fixed framing words of a draft per language (en/de/fr/es): the only words not taken from a source."""
from __future__ import annotations

from followup.drafting.reported import _FOREIGN_SWAP
from followup.drafting.saying import fixed_words
from followup.drafting.shorthand import unit_words
from followup.drafting.thequote import THIS_QUOTE

PHRASES = {
    "en": {
        "greeting": "Hi", "greeting_none": "Hello,", "sign_off": "Best,",
        "formal_m": "Dear Mr {name},", "formal_f": "Dear Ms {name},",
        "call": "Thanks for the call{when}.", "meeting": "Thanks for meeting with me{when}.",
        "email": "Thanks for your note{when}.", "chase": "I wanted to follow up on my last email.",
        "chase_back": "I hope you had a good time away. I wanted to follow up on the email I sent while you were "
                      "away.",
        "new": "Thanks for taking the time to talk{when}.",
        "changed": "I've noted the change: {x}.", "now_like": "Noted: you'd now like {x}.",
        "welcome": "Great to hear you're going ahead.", "received": "I've received {doc}.",
        "recap": "As we discussed, {x}.", "noted": "I've noted that {x}.", "noted_np": "Noted: {x}.", "terms": "To confirm, {x}.",
        "answer": "As I mentioned, {x}.", "step": "As agreed, {x}.", "slot_lead": "On your question:",
        "close": "Let me know if anything has changed on your side.",
        "close_more": "Happy to go through any of it whenever suits you.", "overdue": "Sorry for the delay.",
        "missing": "I'm sorry {doc} didn't reach you; I'm sending {pron} right away.",
        "missing_to": "I'm sorry {doc} didn't reach {x}; I'm sending {pron} right away.",
        "late_send": "Sorry for the delay. I'm sending {doc} right away.",
        "late_send_to": "Sorry for the delay. I'm sending {doc} to {x} right away.",
        "missing_list": "I'm sorry these didn't reach you; I'm sending them right away: {doc}.",
        "late_send_list": "Sorry for the delay. I'm sending these right away: {doc}.",
        "missing_list_to": "I'm sorry these didn't reach {x}; I'm sending them right away: {doc}.",
        "late_send_list_to": "Sorry for the delay. I'm sending these to {x} right away: {doc}.",
        "thanks_again": "Thanks again for getting back to me.", "look_forward": "I look forward to hearing from you.",
        "call_pm": "I'll call you in the afternoon.", "call_am": "I'll call you in the morning.",
        "call_at": "I'll call you {x}.", "email_only": "I'll keep to email, as you prefer.",
        "still": "As in my earlier offer: {x}.", "forward": "I'll send {doc} to {x} as well.",
        "forward_to": "I'll send {doc} to {x}.", "listed": "I've taken your points on board: {x}.",
        "and": "and", "subject_new": "Following up on our call",
    },
    "de": {
        "greeting": "Hallo", "greeting_none": "Guten Tag,", "sign_off": "Viele Grüße",
        "formal_m": "Guten Tag Herr {name},", "formal_f": "Guten Tag Frau {name},",
        "call": "Danke für das Gespräch{when}.", "meeting": "Danke für das Treffen{when}.",
        "chase_back": "Ich hoffe, Sie hatten eine gute Zeit. Ich wollte mich noch einmal zu meiner E-Mail während "
                      "Ihrer Abwesenheit melden.",
        "email": "Danke für Ihre Nachricht{when}.", "chase": "Ich wollte mich noch einmal zu meiner letzten "
                                                            "E-Mail melden.",
        "new": "Danke, dass Sie sich{when} Zeit genommen haben.",
        "changed": "Die Änderung habe ich notiert: {x}.", "now_like": "Notiert: Sie möchten jetzt {x}.",
        "welcome": "Schön, dass Sie grünes Licht geben.", "received": "Ich habe {doc} erhalten.",
        "recap": "Wie besprochen: {x}.", "noted": "Notiert: {x}.", "noted_np": "Notiert: {x}.", "terms": "Zur Bestätigung: {x}.",
        "answer": "Wie erwähnt: {x}.", "step": "Wie vereinbart: {x}.", "slot_lead": "Zu Ihrer Frage:",
        "close": "Sagen Sie mir gern Bescheid, falls sich bei Ihnen etwas geändert hat.",
        "close_more": "Ich gehe alles gern mit Ihnen durch, wann immer es Ihnen passt.",
        "overdue": "Entschuldigen Sie bitte die Verzögerung.",
        "missing": "Entschuldigen Sie bitte die Verzögerung. Ich schicke Ihnen {doc} umgehend.",
        "missing_to": "Entschuldigen Sie bitte die Verzögerung. Ich schicke {doc} umgehend an {x}.",
        "late_send": "Entschuldigen Sie bitte die Verzögerung. Ich schicke Ihnen {doc} umgehend.",
        "late_send_to": "Entschuldigen Sie bitte die Verzögerung. Ich schicke {doc} umgehend an {x}.",
        "missing_list": "Entschuldigen Sie bitte die Verzögerung. Ich schicke Ihnen umgehend Folgendes: {doc}.",
        "late_send_list": "Entschuldigen Sie bitte die Verzögerung. Ich schicke Ihnen umgehend Folgendes: {doc}.",
        "missing_list_to": "Entschuldigen Sie bitte die Verzögerung. Ich schicke umgehend Folgendes an {x}: {doc}.",
        "late_send_list_to": "Entschuldigen Sie bitte die Verzögerung. Ich schicke umgehend Folgendes an {x}: {doc}.",
        "thanks_again": "Nochmals danke für Ihre Rückmeldung.", "look_forward": "Ich freue mich auf Ihre Rückmeldung.",
        "call_pm": "Ich rufe Sie am Nachmittag an.", "call_am": "Ich rufe Sie am Vormittag an.",
        "call_at": "Ich rufe Sie {x} an.", "email_only": "Ich bleibe wie gewünscht bei E-Mail.",
        "still": "Wie im ersten Angebot: {x}.", "forward": "Ich schicke {doc} auch an {x}.",
        "forward_to": "Ich schicke {doc} an {x}.", "listed": "Ihre Punkte habe ich aufgenommen: {x}.",
        "and": "und", "subject_new": "Unser Gespräch",
    },
    "fr": {
        "greeting": "Bonjour", "greeting_none": "Bonjour,", "sign_off": "Cordialement,",
        "formal_m": "Bonjour Monsieur {name},", "formal_f": "Bonjour Madame {name},",
        "call": "Merci pour notre échange{when}.", "meeting": "Merci pour notre rencontre{when}.",
        "chase_back": "J'espère que tout s'est bien passé pendant votre absence. Je me permets de revenir vers vous "
                      "au sujet de mon message envoyé entre-temps.",
        "email": "Merci pour votre message{when}.", "chase": "Je me permets de revenir vers vous suite à mon "
                                                             "dernier message.",
        "new": "Merci d'avoir pris le temps d'échanger{when}.",
        "changed": "J'ai bien noté le changement : {x}.", "now_like": "C'est noté : vous souhaitez désormais {x}.",
        "welcome": "Ravi d'avoir votre accord.", "received": "J'ai bien reçu {doc}.",
        "recap": "Comme nous en avons parlé : {x}.", "noted": "C'est noté : {x}.", "terms": "Pour confirmer : {x}.",
        "noted_np": "C'est noté : {x}.",
        "answer": "Comme indiqué : {x}.", "step": "Comme convenu : {x}.", "slot_lead": "Concernant votre question :",
        "close": "N'hésitez pas à me dire si quelque chose a changé de votre côté.",
        "close_more": "Je reste à votre disposition pour en parler quand cela vous convient.",
        "overdue": "Toutes mes excuses pour le retard.",
        "missing": "Toutes mes excuses pour le retard. Je vous envoie {doc} sans attendre.",
        "missing_to": "Toutes mes excuses pour le retard. J'envoie {doc} à {x} sans attendre.",
        "late_send": "Toutes mes excuses pour le retard. Je vous envoie {doc} sans attendre.",
        "late_send_to": "Toutes mes excuses pour le retard. J'envoie {doc} à {x} sans attendre.",
        "missing_list": "Toutes mes excuses pour le retard. Je vous envoie sans attendre les éléments suivants : {doc}.",
        "late_send_list": "Toutes mes excuses pour le retard. Je vous envoie sans attendre les éléments suivants : {doc}.",
        "missing_list_to": "Toutes mes excuses pour le retard. J'envoie sans attendre à {x} les éléments suivants : {doc}.",
        "late_send_list_to": "Toutes mes excuses pour le retard. J'envoie sans attendre à {x} les éléments suivants : {doc}.",
        "thanks_again": "Merci encore pour votre retour.", "look_forward": "Dans l'attente de votre retour.",
        "call_pm": "Je vous appellerai dans l'après-midi.", "call_am": "Je vous appellerai dans la matinée.",
        "call_at": "Je vous appellerai {x}.", "email_only": "Je continue par e-mail, comme vous le préférez.",
        "still": "Comme dans mon offre précédente : {x}.", "forward": "J'envoie aussi {doc} à {x}.",
        "forward_to": "J'envoie {doc} à {x}.", "listed": "J'ai pris en compte vos points : {x}.",
        "and": "et", "subject_new": "Suite à notre échange",
    },
    "es": {
        "greeting": "Hola", "greeting_none": "Hola,", "sign_off": "Saludos,",
        "formal_m": "Estimado Sr. {name}:", "formal_f": "Estimada Sra. {name}:",
        "call": "Gracias por la llamada{when}.", "meeting": "Gracias por la reunión{when}.",
        "email": "Gracias por su mensaje{when}.", "chase": "Quería hacer seguimiento de mi último correo.",
        "chase_back": "Espero que todo haya ido bien durante su ausencia. Quería hacer seguimiento del correo que le "
                      "envié mientras estaba fuera.",
        "new": "Gracias por su tiempo{when}.",
        "changed": "Tomo nota del cambio: {x}.", "now_like": "Tomo nota: ahora prefiere {x}.",
        "welcome": "Me alegra que sigamos adelante.", "received": "He recibido {doc}.",
        "recap": "Como hablamos: {x}.", "noted": "Tomo nota: {x}.", "terms": "Para confirmar: {x}.",
        "noted_np": "Tomo nota: {x}.",
        "answer": "Como le comenté: {x}.", "step": "Como acordamos: {x}.", "slot_lead": "Sobre su pregunta:",
        "close": "Avíseme si algo ha cambiado por su parte.",
        "close_more": "Con gusto lo revisamos juntos cuando le venga bien.", "overdue": "Disculpe la demora.",
        "missing": "Disculpe la demora. Le envío {doc} enseguida.",
        "missing_to": "Disculpe la demora. Envío {doc} a {x} enseguida.",
        "late_send": "Disculpe la demora. Le envío {doc} enseguida.",
        "late_send_to": "Disculpe la demora. Envío {doc} a {x} enseguida.",
        "missing_list": "Disculpe la demora. Le envío enseguida lo siguiente: {doc}.",
        "late_send_list": "Disculpe la demora. Le envío enseguida lo siguiente: {doc}.",
        "missing_list_to": "Disculpe la demora. Envío enseguida lo siguiente a {x}: {doc}.",
        "late_send_list_to": "Disculpe la demora. Envío enseguida lo siguiente a {x}: {doc}.",
        "thanks_again": "Gracias de nuevo por su respuesta.", "look_forward": "Espero sus noticias.",
        "call_pm": "Le llamaré por la tarde.", "call_am": "Le llamaré por la mañana.",
        "call_at": "Le llamaré {x}.", "email_only": "Seguiré por correo, como prefiere.",
        "still": "Como en mi oferta anterior: {x}.", "forward": "Envío también {doc} a {x}.",
        "forward_to": "Envío {doc} a {x}.", "listed": "Tengo en cuenta sus puntos: {x}.",
        "and": "y", "subject_new": "Seguimiento de nuestra conversación",
    },
}


# The same frame for a customer the rep writes to with du / tu / tú (register.py decides): only what differs.
INFORMAL = {
    "de": {"chase_back": "Ich hoffe, du hattest eine gute Zeit. Ich wollte mich noch einmal zu meiner E-Mail während "
                         "deiner Abwesenheit melden.",
           "email": "Danke für deine Nachricht{when}.", "new": "Danke, dass du dir{when} Zeit genommen hast.",
           "slot_lead": "Zu deiner Frage:", "close": "Sag mir gern Bescheid, falls sich bei dir etwas geändert hat.",
           "close_more": "Ich gehe alles gern mit dir durch, wann immer es dir passt.",
           "overdue": "Entschuldige bitte die Verzögerung.",
           "missing": "Entschuldige bitte die Verzögerung. Ich schicke dir {doc} umgehend.",
           "missing_to": "Entschuldige bitte die Verzögerung. Ich schicke {doc} umgehend an {x}.",
           "late_send": "Entschuldige bitte die Verzögerung. Ich schicke dir {doc} umgehend.",
           "late_send_to": "Entschuldige bitte die Verzögerung. Ich schicke {doc} umgehend an {x}.",
           "missing_list": "Entschuldige bitte die Verzögerung. Ich schicke dir umgehend Folgendes: {doc}.",
           "late_send_list": "Entschuldige bitte die Verzögerung. Ich schicke dir umgehend Folgendes: {doc}.",
           "thanks_again": "Nochmals danke für deine Rückmeldung.", "look_forward": "Ich freue mich auf deine Rückmeldung.",
           "call_pm": "Ich rufe dich am Nachmittag an.", "call_am": "Ich rufe dich am Vormittag an.",
           "call_at": "Ich rufe dich {x} an.", "email_only": "Ich bleibe wie gewünscht bei E-Mail.",
           "greeting_none": "Hallo,", "listed": "Deine Punkte habe ich aufgenommen: {x}.",
           "now_like": "Notiert: Du möchtest jetzt {x}.", "welcome": "Schön, dass du grünes Licht gibst."},
    "fr": {"email": "Merci pour ton message{when}.", "chase": "Je reviens vers toi suite à mon dernier message.",
           "chase_back": "J'espère que tout s'est bien passé pendant ton absence. Je reviens vers toi au sujet de mon "
                         "message envoyé entre-temps.",
           "new": "Merci d'avoir pris le temps d'échanger{when}.", "slot_lead": "Concernant ta question :",
           "close": "N'hésite pas à me dire si quelque chose a changé de ton côté.",
           "close_more": "Je reste disponible pour en parler quand ça te convient.",
           "missing": "Toutes mes excuses pour le retard. Je t'envoie {doc} sans attendre.",
           "late_send": "Toutes mes excuses pour le retard. Je t'envoie {doc} sans attendre.",
           "missing_list": "Toutes mes excuses pour le retard. Je t'envoie sans attendre les éléments suivants : {doc}.",
           "late_send_list": "Toutes mes excuses pour le retard. Je t'envoie sans attendre les éléments suivants : {doc}.",
           "thanks_again": "Merci encore pour ton retour.", "look_forward": "Au plaisir de te lire.",
           "call_pm": "Je t'appellerai dans l'après-midi.", "call_am": "Je t'appellerai dans la matinée.",
           "call_at": "Je t'appellerai {x}.", "email_only": "Je continue par e-mail, comme tu le préfères.",
           "sign_off": "Bonne journée,", "listed": "J'ai pris en compte tes points : {x}.",
           "now_like": "C'est noté : tu souhaites désormais {x}.", "welcome": "Ravi d'avoir ton accord."},
    "es": {"chase_back": "Espero que todo haya ido bien durante tu ausencia. Quería hacer seguimiento del correo que te "
                         "envié mientras estabas fuera.",
           "email": "Gracias por tu mensaje{when}.", "new": "Gracias por tu tiempo{when}.",
           "answer": "Como te comenté: {x}.", "slot_lead": "Sobre tu pregunta:",
           "close": "Avísame si algo ha cambiado por tu parte.",
           "close_more": "Con gusto lo revisamos juntos cuando te venga bien.", "overdue": "Disculpa la demora.",
           "missing": "Disculpa la demora. Te envío {doc} enseguida.",
           "late_send": "Disculpa la demora. Te envío {doc} enseguida.",
           "missing_list": "Disculpa la demora. Te envío enseguida lo siguiente: {doc}.",
           "late_send_list": "Disculpa la demora. Te envío enseguida lo siguiente: {doc}.",
           "thanks_again": "Gracias de nuevo por tu respuesta.", "look_forward": "Espero tus noticias.",
           "call_pm": "Te llamaré por la tarde.", "call_am": "Te llamaré por la mañana.",
           "call_at": "Te llamaré {x}.", "email_only": "Seguiré por correo, como prefieres.",
           "sign_off": "Un saludo,", "listed": "Tengo en cuenta tus puntos: {x}.",
           "now_like": "Tomo nota: ahora prefieres {x}."},
}
# The same frame for a formal thread ("Dear Dr. Mensah," ... "Yours faithfully,"; frame.py decides): only what
# differs. The sign-off is the rep's own line in the thread where there is one.
FORMAL = {
    "en": {"email": "Thank you for your email{when}.", "call": "Thank you for the call{when}.",
           "meeting": "Thank you for meeting with me{when}.", "new": "Thank you for taking the time to speak{when}.",
           "chase": "I am writing to follow up on my last email.",
           "chase_back": "I hope you had a pleasant time away. I am writing to follow up on the email I sent while "
                         "you were away.",
           "close": "Please let me know if anything has changed on your side.",
           "close_more": "Please let me know if you have any questions.",
           "overdue": "I apologise for the delay.", "thanks_again": "Thank you again for your reply.",
           "sign_off": "Kind regards,"},
    "de": {"email": "Vielen Dank für Ihre Nachricht{when}.", "call": "Vielen Dank für das Gespräch{when}.",
           "meeting": "Vielen Dank für das Treffen{when}.",
           "new": "Vielen Dank, dass Sie sich{when} Zeit genommen haben.",
           "close": "Bitte geben Sie mir Bescheid, falls sich bei Ihnen etwas geändert hat.",
           "close_more": "Für Rückfragen stehe ich Ihnen gern zur Verfügung.",
           "thanks_again": "Nochmals vielen Dank für Ihre Rückmeldung.", "sign_off": "Mit freundlichen Grüßen"},
    "fr": {"email": "Je vous remercie pour votre message{when}.", "call": "Je vous remercie pour notre échange{when}.",
           "meeting": "Je vous remercie pour notre rencontre{when}.",
           "close": "N'hésitez pas à me faire savoir si quelque chose a changé de votre côté.",
           "close_more": "Je reste à votre disposition pour toute question.", "sign_off": "Bien cordialement,"},
    "es": {"email": "Muchas gracias por su mensaje{when}.", "call": "Muchas gracias por la llamada{when}.",
           "meeting": "Muchas gracias por la reunión{when}.",
           "close": "Le agradeceré que me indique si algo ha cambiado por su parte.",
           "close_more": "Quedo a su disposición para cualquier consulta.", "sign_off": "Saludos cordiales,"},
}
# The informal address words a turned sentence may carry (register.py), for the grounding check.
_INFORMAL_WORDS = {"de": "Du du dich dir Dein Deine Deinen Deinem Deiner Deines",
                   "fr": "Tu tu te t' toi Ton Ta Tes ton ta tes", "es": "Tú tú Te te Tu tu Tus tus"}


def phrases(language: str, informal: bool = False, formal: bool = False) -> dict:
    """The framing words of a draft in this language and register (du / tu / tú, or a formal thread's)."""
    base = PHRASES.get(language, PHRASES["en"])
    if informal:
        return {**base, **INFORMAL.get(language, {})}
    return {**base, **FORMAL.get(language if language in PHRASES else "en", {})} if formal else base


def framing_texts(language: str) -> tuple[str, ...]:
    """The fixed words a draft in this language may use beyond its sources (for the grounding check), in either
    register: the framing is never a fact, so the informal variants ground like the formal ones."""
    return tuple(PHRASES.get(language, PHRASES["en"]).values()) + tuple(INFORMAL.get(language, {}).values()) + (
        *FORMAL.get(language if language in PHRASES else "en", {}).values(),
        " ".join(_FOREIGN_SWAP.get(language, {}).values()), "You You're You'll You've You'd Your",
        unit_words(language), _INFORMAL_WORDS.get(language, ""), fixed_words(language), THIS_QUOTE.get(language, ""))
