"""Helpers for the heldout44 batch: local times -> UTC, sources, quoting per mail client."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

CASES = []


def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def N(at, text):
    return ("note", at, text)


def M(at, direction, subject, body, html=False):
    return ("message", at, direction, subject, body, html)


def case(num, slug, domain, lang, tz, now, cust, rep, sources, expect, kps, must_not, slots, meta):
    srcs = []
    for i, s in enumerate(sources, 1):
        if s[0] == "note":
            srcs.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            srcs.append({"kind": "message", "id": i, "at": utc(s[1], tz), "direction": s[2],
                         "subject": s[3], "content_type": "text/html" if s[5] else "text/plain",
                         "body": s[4]})
    meta = dict(meta, now_local=now, tz=tz, locals=[s[1] for s in sources])
    CASES.append({
        "id": "h44-%02d-%s" % (num, slug),
        "batch": "blind-heldout44",
        "domain": domain,
        "language": lang,
        "now": utc(now, tz),
        "tz": tz,
        "customer": {"name": cust[0], "email": cust[1]},
        "rep": {"name": rep[0], "email": rep[1], "signature": rep[2]},
        "rep_history": [],
        "sources": srcs,
        "expect_draft": expect,
        "key_points": [{"what": w, "must_include": list(t)} for w, t in kps],
        "must_not": list(must_not),
        "answer_slots": list(slots),
        "_meta": meta,
    })


def quote(client, local, name, email, body, lang="en"):
    """Quote header + '> ' body in the style of a mail client."""
    d = datetime.strptime(local, "%Y-%m-%d %H:%M")
    qb = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    en_days = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    en_mon = "January February March April May June July August September October November December".split()
    de_days = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
    de_mon = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    fr_days = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
    fr_mon = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    es_days = "lunes martes miércoles jueves viernes sábado domingo".split()
    es_mon = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    wd, mo = d.weekday(), d.month - 1
    hm = d.strftime("%H:%M")
    if client == "outlook":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nSubject: %s\n\n%s"
                % (name, email, en_days[wd], en_mon[mo], d.day, d.year, h12, "{SUBJ}", body))
    if client == "gmail":
        h12 = d.strftime("%I:%M").lstrip("0") + d.strftime("%p").lower()
        return "On %s, %d %s %d at %s, %s <%s> wrote:\n%s" % (en_days[wd][:3], d.day, en_mon[mo][:3], d.year, hm, name, email, qb)
    if client == "apple":
        return "On %d %s %d, at %s, %s <%s> wrote:\n\n%s" % (d.day, en_mon[mo], d.year, hm, name, email, qb)
    if client == "android":
        return "-------- Original message --------\nFrom: %s <%s>\nDate: %02d/%02d/%d %s\nSubject: {SUBJ}\n\n%s" % (name, email, d.day, d.month, d.year, hm, body)
    if client == "thunderbird_de":
        return "Am %02d.%02d.%d um %s schrieb %s:\n%s" % (d.day, d.month, d.year % 100, hm, name, qb)
    if client == "gmx_de":
        return "Gesendet: %s, %02d. %s %d um %s Uhr\nVon: \"%s\" <%s>\n\n%s" % (de_days[wd], d.day, de_mon[mo], d.year, hm, name, email, qb)
    if client == "outlook_de":
        return "Von: %s <%s>\nGesendet: %s, %d. %s %d %s\nBetreff: {SUBJ}\n\n%s" % (name, email, de_days[wd], d.day, de_mon[mo], d.year, hm, body)
    if client == "roundcube_fr":
        return "Le %02d/%02d/%d %s, %s a écrit :\n%s" % (d.day, d.month, d.year, hm, name, qb)
    if client == "gmail_es":
        return "El %s, %d de %s de %d, %s, %s <%s> escribió:\n%s" % (es_days[wd][:3], d.day, es_mon[mo], d.year, hm, name, email, qb)
    raise ValueError(client)
