"""Opt-outs that are not the writer's own though said in the writer's sentence: a third party's wish reported ("die
Stickerei Bösch hat mir gesagt, dass sie von Ihnen nichts mehr hören will", "Acme told me they don't want to hear from
you", "X m'a dit qu'ils ne veulent plus être appelés", "X me dijo que no quieren", "X mi ha detto che non vogliono", "X
disse-me que não querem", "X zei dat ze niet meer gebeld willen worden"), and the writer's side promising not to
contact the rep ("Unsere Mitarbeiter werden Sie nicht mehr kontaktieren", "We will not contact you again").

Decision: a reported wish is at most a possible opt-out, and none when the writer goes on asking for an offer or a call
(the rep is still wanted by the writer); a promise not to contact "you" is no opt-out at all."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, Wish
from followup.text.wish_declined import declined_to_contact
from followup.text.wish_told_other import told_someone_else

# someone other than the writer telling the writer (3rd person verb, or "me"/"us" told), then what they said
_REPORTED = re.compile(
    # English: "Acme told me (that)", "they said (that)", "the owner has let us know" (not "I told you", "we said")
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)\b(?:(?:has|have|had)\s+)?(?:told|informed|let)\s+(?:me|us)\s+(?:know\s+)?(?:that\s+)?|"
    r"\b(?!(?:I|we|We)\s)\w+\s+(?:said|says|mentioned|wrote)\s+(?:to\s+(?:me|us)\s+)?that\b|"
    # German: "hat mir gesagt, dass", "haben uns mitgeteilt, dass", "sagte mir, dass"
    r"\b(?:hat|haben|hatte|hatten)\s+(?:mir|uns)\s+(?:\w+\s+)?(?:gesagt|mitgeteilt|erz[äa]hlt|geschrieben)\b|"
    r"\b(?:sagte|sagten|meinte|meinten|schrieb|schrieben)\s+(?:mir|uns)\b[^.;:!?]{0,30}?\bdass\b|"
    # French: "m'a dit que", "nous ont écrit que"
    r"\b(?:m['’]|nous\s+)(?:a|ont|avait|avaient)\s+(?:dit|[ée]crit|inform[ée]s?|fait\s+savoir)\b|"
    # Spanish: "me dijo que", "nos han dicho que"
    r"\b(?:me|nos)\s+(?:dijo|dijeron|(?:ha|han)\s+dicho|coment[óo]|comentaron|escribi[óo]|escribieron|avis[óo]|"
    r"avisaron)\b|"
    # Italian: "mi ha detto che", "ci hanno scritto che"
    r"\b(?:mi|ci)\s+(?:ha|hanno|aveva|avevano)\s+(?:detto|scritto|comunicato|riferito|fatto\s+sapere)\b|"
    # Portuguese: "disse-me que", "me disseram que", "falaram-nos que"
    r"\b(?:disse|disseram|falou|falaram|escreveu|escreveram|avisou|avisaram)-(?:me|nos)\b|"
    r"\b(?:me|nos)\s+(?:disse|disseram|falou|falaram|escreveu|escreveram|avisou|avisaram)\b|"
    # Dutch: "heeft me gezegd dat", "zei dat ze", "lieten weten dat" (not "ik zei", "we zeiden")
    r"\b(?:heeft|hebben|had|hadden)\s+(?:me|mij|ons)\s+(?:\w+\s+)?(?:gezegd|verteld|laten\s+weten|geschreven)\b|"
    r"(?<!\bik\s)(?<!\bwe\s)(?<!\bwij\s)\b(?:zei|zeiden|vertelde|vertelden|liet|lieten)\s+(?:me\s+|mij\s+|ons\s+)?"
    r"(?:weten\s+)?dat\b", re.I)
# someone's earlier request to the rep, told: "the previous owner asked you not to call", "der Vorbesitzer hat Sie
# gebeten", "l'ancien patron vous a demandé de", "les pidió que", "vi ha chiesto di", "pediu-vos para", "heeft jullie
# gevraagd om" (the rep asked, by a third person: the writer's own "I asked you" is weeded out by who stands before it)
_ASKED_YOU = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:\w+\s+)?(?:asked|told|requested|instructed)\s+(?:you|your\s+(?:\w+\s+)?(?:colleagues?|"
    r"company|firm|team|office|people|staff|reps?|salesm[ae]n|agents?))\b|"
    r"\b(?:hat|haben|hatte|hatten)\s+(?:Sie|euch|dich|Ihre[nm]?\s+\w+)\s+(?:\w+\s+){0,2}?(?:gebeten|aufgefordert|ersucht)\b|"
    r"\b(?:bat|baten)\s+(?:Sie|euch|dich)\b|"
    r"\bvous\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:demand[ée]|pri[ée]|dit|somm[ée])\b|"
    r"\b(?:les?|os|te)\s+(?:pidi[óo]|pidieron|(?:ha|han|hab[íi]an?)\s+pedido|dijo|dijeron|(?:ha|han)\s+dicho|solicitó|"
    r"solicitaron)\b|"
    r"\b(?:vi|le|ti)\s+(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:chiesto|detto|pregat[oi])\b|"
    r"\b(?:pediu|pediram|disse|disseram|solicitou|solicitaram)-(?:vos|lhes?|te)\b|"
    r"\b(?:vos|lhes?|te)\s+(?:pediu|pediram|disse|disseram|solicitou|solicitaram|tinha\s+pedido)\b|"
    r"\b(?:heeft|hebben|had|hadden)\s+(?:u|jullie|je)\s+(?:\w+\s+){0,2}?(?:gevraagd|gezegd|verzocht)\b|"
    r"\b(?:vroeg|vroegen|verzocht|verzochten)\s+(?:u|jullie|je)\b", re.I)
# a refusal word, in the seven languages (what a frame inside the words read must not follow)
_REFUSAL = re.compile(r"\b(?:not|no|never|stop\w*|don['’]?t|nicht|kein\w*|nie|ne|plus|non|mai|no|nunca|n[ãa]o|niet|geen|"
                      r"nooit)\b", re.I)
# the clause before such a frame, where its subject stands
_CLAUSE_BEFORE = re.compile(r"[^,;:.!?]*$")
# the writer in the reported words: then the wish is the writer's business's too ("my boss said we don't want calls")
_WRITER = re.compile(r"\b(?:I|we|ich|wir|je|nous|yo|nosotros|io|noi|eu|n[óo]s|ik|wij)\b", re.I)
# the writer still wants the rep: an offer, a quote or a call asked for
_ASKS_ON = re.compile(
    r"\b(?:send|give|quote|schicken|senden|machen|envoyez|faites|env[íi]\w+|m[áa]nd\w+|inv[íi]\w+|stuur\w*)\b[^.!?]{0,60}?"
    r"\b(?:offer|quote|quotation|proposal|price|angebot|kostenvoranschlag|offre|devis|oferta|presupuesto|cotizaci[óo]n|"
    r"offerta|preventivo|proposta|or[çc]amento|offerte|prijsopgave)\b|"
    r"\b(?:call|ring|phone)\s+me\b|\brufen\s+Sie\s+mich\b|\bappelez[- ]moi\b|\bll[áa]m(?:e|a)me\b|\bmi\s+chiami\b|"
    r"\bligue-me\b|\bbel\s+(?:me|mij)\b|"
    # a call invited as a question or a leave: "Mag u mij bellen?", "Können Sie mich anrufen?", "pouvez-vous m'appeler",
    # "¿me puede llamar?", "può chiamarmi?", "pode ligar-me?", "feel free to call me" (the writer wants the rep)
    r"\b(?:mag|kunt|wilt|zou)\s+(?:u|je|jij|jullie)\s+(?:mij|me|ons)\s+(?:\w+\s+)?(?:bellen|opbellen|terugbellen|mailen)\b|"
    r"\b(?:k[öo]nnen|d[üu]rfen|w[üu]rden|m[öo]gen)\s+Sie\s+mich\s+(?:\w+\s+)?(?:an|zur[üu]ck)rufen\b|"
    r"\b(?:pouvez|pourriez|voulez|pourrais|peux)[- ](?:vous|tu)\s+m['’](?:appeler|rappeler|t[ée]l[ée]phoner)\b|"
    r"\bme\s+(?:puede|pueden|podr[íi]a|podr[íi]an)\s+llamar\b|\b(?:puede|pueden|podr[íi]a)\s+llamarme\b|"
    r"\b(?:pu[òo]|potrebbe|potete)\s+(?:chiamarmi|richiamarmi|telefonarmi)\b|"
    r"\b(?:pode|podem|poderia)\s+(?:ligar-me|me\s+ligar)\b|"
    # a quote wanted in so many words: "wil wel graag een offerte", "hätte gern ein Angebot", "I'd like a quote"
    r"\b(?:wil|willen|zou|zouden)\s+(?:\w+\s+){0,2}?graag\s+(?:een\s+)?(?:offerte|prijsopgave)\b|"
    r"\b(?:h[äa]tte|h[äa]tten|m[öo]chte|m[öo]chten)\s+(?:\w+\s+){0,2}?(?:ein|ein\s+neues)\s+Angebot\b|"
    r"\b(?:I|we)(?:['’]d|\s+would)\s+(?:\w+\s+)?like\s+(?:a|your)\s+(?:quote|quotation|offer|proposal)\b", re.I)
# the writer's side as who would contact "you", the rep: a promise, not a wish ("Unsere Mitarbeiter werden Sie nicht
# mehr kontaktieren", "wir werden Sie nicht mehr anrufen", "onze medewerkers zullen u niet meer benaderen")
_WE_PROMISE = re.compile(
    r"\b(?:wir|ich|unser\w*\s+[\w-]+|wij|ik|onze\s+[\w-]+)\s+(?:werden|werde|wird|zullen|zal|gaan|ga)\s+(?:Sie|Ihnen|u|jou|je)\b"
    r"(?![^.;:!?]{0,30}\b(?:bitten|ersuchen|auffordern|vragen|verzoeken)\b)|"
    r"\b(?:we|I|our\s+[\w-]+)\s+(?:will|shall|won['’]t|are\s+not\s+going\s+to|(?:will|shall)\s+(?:not|never))\s+"
    r"(?:again\s+)?(?:contact|call|ring|phone|e-?mail|bother|disturb|approach)\w*\s+you\b", re.I)
PROMISE_REACH_CHARS = 40  # the contact words follow the promise's "Sie" / "you" this closely, in one clause
# a request in the same sentence: then it is not only a promise ("we won't call you, and please don't call us")
_ASKED = re.compile(r"\b(?:please|kindly|bitte|svp|s['’]il\s+vous\s+pla[îi]t|por\s+favor|per\s+favore|alstublieft|graag)\b",
                    re.I)


def _frames(sentence: str) -> list[re.Match]:
    """The frames of ``sentence`` that report someone else's words: told to the writer, or asked of the rep by a
    third person (not the writer's own "I asked you")."""
    told = list(_REPORTED.finditer(sentence))
    asked = [m for m in _ASKED_YOU.finditer(sentence)
             if not _WRITER.search(_CLAUSE_BEFORE.search(sentence[:m.start()]).group() + m.group())]
    return sorted(told + asked, key=lambda m: m.start())


def reported_opt_out(sentence: str, quote: str) -> bool:
    """Whether the opt-out words ``quote`` stand in a third party's words the writer reports in ``sentence``."""
    at = sentence.find(quote)
    # the frame before the words, or inside words read whole where no refusal stands before it ("O antigo dono
    # pediu-vos para não ligarem mais.": the refusal is what was asked, not "Stop calling, my wife asked you")
    frame = next((m for m in _frames(sentence) if m.end() <= max(at, 0) or at <= m.start() and m.end() <= at + len(quote)
                  and not _REFUSAL.search(sentence[at: m.start()])), None)
    return at >= 0 and frame is not None and not _WRITER.search(sentence[frame.end(): at + len(quote)])


def reports_someone(sentence: str) -> bool:
    """Whether the sentence reports what someone other than the writer said."""
    return bool(_frames(sentence))


def promises(sentence: str) -> bool:
    """Whether the sentence has the writer's side promising something about contacting the rep."""
    return _WE_PROMISE.search(sentence) is not None and _ASKED.search(sentence) is None


def past_promise(sentence: str) -> int:
    """Where the sentence goes on after the writer's promise, at its next clause ("..., bitte rufen Sie uns ..."); 0
    where it does not."""
    m = _WE_PROMISE.search(sentence)
    brk = re.compile(r"[,;]\s*").search(sentence, m.end()) if m else None
    return brk.end() if brk else 0


def still_wanted(own: str) -> bool:
    """Whether the writer's own text asks the rep for an offer or a call."""
    return _ASKS_ON.search(own) is not None


def promised_not_to_contact(sentence: str, quote: str) -> bool:
    """Whether the opt-out words ``quote`` are the writer's side promising not to contact the rep."""
    at = sentence.find(quote)
    return at >= 0 and any(m.start() <= at <= m.end() + PROMISE_REACH_CHARS and not re.search(r"[,;]", sentence[m.end():at])
                           for m in _WE_PROMISE.finditer(sentence))


def not_the_writers(dnc: Wish, sentence: str, text: str) -> Wish | None:
    """The opt-out ``dnc`` read in ``sentence`` weighed for whose it is: None where it is the writer's promise or a
    reported wish while the writer asks on, asked (not certain) where it is only reported, else as it was."""
    if promised_not_to_contact(sentence, dnc.quote):
        return None
    if not reported_opt_out(sentence, dnc.quote):
        return dnc
    from followup.text.wish_scope import own_text

    return None if still_wanted(own_text(text)) else replace(dnc, certain=False)


def writers_own(dnc: Wish, sentence: str, offset: int, text: str) -> Wish | None:
    """The weighed opt-out ``dnc`` of ``sentence`` as the writer's own (not_the_writers); past a promise or words told a
    third party (wish_told_other) dropped, the
    rest of the sentence read again ("Wir werden Sie nicht mehr anrufen, bitte rufen Sie uns auch nicht mehr an")."""
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import weigh_opt_out

    if dnc.kind == DNC and told_someone_else(sentence, dnc.quote):  # "Told the other supplier to stop calling me"
        cut = sentence.find(dnc.quote) + len(dnc.quote)  # what follows is read again ("..., and you stop too")
    elif dnc.kind == DNC and (cut := declined_to_contact(sentence, dnc.quote)) is not None:
        # "Ich will Sie nicht mehr anrufen": the writer's own calls refused, at most asked; a refusal of the rep's
        # contact after it stands on its own ("..., und rufen Sie mich bitte auch nicht mehr an")
        rest = do_not_contact(sentence[cut:], offset + cut, text) if cut else None
        rest = weigh_opt_out(rest, sentence[cut:], offset + cut, text) if rest else None
        return rest if rest and rest.certain else replace(dnc, certain=False)
    elif dnc.kind != DNC or (own := not_the_writers(dnc, sentence, text)) is not None:
        return dnc if dnc.kind != DNC else own
    elif not (cut := past_promise(sentence)):
        return None
    rest = do_not_contact(sentence[cut:], offset + cut, text)
    return weigh_opt_out(rest, sentence[cut:], offset + cut, text) if rest else None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
