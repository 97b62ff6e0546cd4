"""The opt-out the history reader keeps from one sentence, as detect_wishes would read it there: the rules' own,
weighed; the writer's staff refused; in a letter on someone's behalf, that person's own; one passed on for the boss."""
from __future__ import annotations

from followup.text.wish_base import DNC, Wish
from followup.text.wish_behalf import behalf_opt_out
from followup.text.wish_optout import do_not_contact
from followup.text.wish_optout_staff import staff_opt_out
from followup.text.wish_relay_head import relayed_opt_out
from followup.text.wish_reported import writers_own
from followup.text.wish_scope import not_a_request
from followup.text.wish_strength import joined_refusal, someone_elses, weigh_opt_out


def kept_opt_out(sentence: str, offset: int, text: str, behalf: bool = False) -> tuple[bool, Wish | None]:
    """Whether an opt-out rule fired on the sentence, and the opt-out kept (weighed; someone else's only if certain;
    in a letter written on someone's ``behalf``, also that person's own)."""
    read = do_not_contact(sentence, offset, text)
    dnc = weigh_opt_out(read, sentence, offset, text) if read else None
    if read and dnc and dnc.kind == DNC and read.certain and not dnc.certain:  # as _rule_wishes: "... and don't text me"
        dnc = joined_refusal(read, sentence, offset, text, do_not_contact) or dnc
    dnc = writers_own(dnc, sentence, offset, text) if dnc else None  # as _rule_wishes: not reported, not promised
    if staff := staff_opt_out(sentence, offset, text, do_not_contact, weigh_opt_out, dnc):
        return True, staff  # as _rule_wishes reads it: the writer's people refused
    # as detect_wishes reads it: the person written for is read only where the rules read nothing certain
    if behalf and not (dnc and dnc.kind == DNC and dnc.certain) \
            and (for_them := behalf_opt_out(sentence, offset, text)) is not None:
        return True, for_them
    # ... and so is an opt-out passed on for the firm's decision-maker ("mi jefe dice que no le escriban más")
    if not (dnc and dnc.kind == DNC and dnc.certain) and (passed := relayed_opt_out(sentence, offset, text)) \
            and not not_a_request(sentence) and (passed.certain or not someone_elses(sentence, text)):
        return True, passed
    if not dnc:
        return False, None
    keep = dnc.kind == DNC and not not_a_request(sentence) and (dnc.certain or not someone_elses(sentence, text))
    return True, dnc if keep else None
