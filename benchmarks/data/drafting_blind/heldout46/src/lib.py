"""Helpers: local time -> UTC, source records, case assembly."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

BATCH = "blind-heldout46"


def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Case:
    def __init__(self, num, slug, domain, lang, tz, now, customer, rep, where, shape):
        self.num, self.slug, self.domain, self.lang, self.tz = num, slug, domain, lang, tz
        self.now_local, self.customer, self.rep, self.where, self.shape = now, customer, rep, where, shape
        self.sources = []
        self.expect_draft = True
        self.key_points, self.must_not, self.answer_slots = [], [], []

    def msg(self, direction, local, subject, body, ctype="text/plain"):
        self.sources.append({"kind": "message", "id": len(self.sources) + 1, "at": utc(local, self.tz),
                             "direction": direction, "subject": subject, "content_type": ctype,
                             "body": body.strip("\n"), "_local": local})

    def note(self, local, text):
        self.sources.append({"kind": "note", "id": len(self.sources) + 1, "at": utc(local, self.tz),
                             "text": text.strip("\n"), "_local": local})

    def kp(self, what, *tokens):
        self.key_points.append({"what": what, "must_include": list(tokens)})

    def record(self):
        srcs = [{k: v for k, v in s.items() if not k.startswith("_")} for s in self.sources]
        return {
            "id": f"h46-{self.num:02d}-{self.slug}",
            "batch": BATCH,
            "domain": self.domain,
            "language": self.lang,
            "now": utc(self.now_local, self.tz),
            "tz": self.tz,
            "customer": {"name": self.customer[0], "email": self.customer[1]},
            "rep": {"name": self.rep[0], "email": self.rep[1], "signature": self.rep[2]},
            "rep_history": [],
            "sources": srcs,
            "expect_draft": self.expect_draft,
            "key_points": self.key_points if self.expect_draft else [],
            "must_not": self.must_not if self.expect_draft else [],
            "answer_slots": self.answer_slots if self.expect_draft else [],
        }
