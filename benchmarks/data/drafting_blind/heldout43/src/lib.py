"""Helpers for the heldout43 case files (times are written in the customer's zone)."""
import datetime as dt
from zoneinfo import ZoneInfo

CASES = []


def M(at, d, subj, body, html=False, auto=False):
    return {"kind": "message", "at": at, "dir": d, "subject": subj, "body": body, "html": html, "auto": auto}


def N(at, text):
    return {"kind": "note", "at": at, "text": text}


def Q(at, subj, body, quotes):
    """Inbound plain-text mail quoting earlier messages (1-based ids, newest first)."""
    return {"kind": "message", "at": at, "dir": "in", "subject": subj, "body": body, "html": False,
            "auto": False, "quotes": quotes}


def case(**kw):
    CASES.append(kw)


def local(at, tz):
    return dt.datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def utc(at, tz):
    return local(at, tz).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_DAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _lines(prefix, text):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def render_quote(client, msgs, tz):
    """msgs: list of (sender_name, sender_email, to_name, to_email, at_local, subject, body), newest first."""
    out = ""
    if client in ("gmail", "fastmail", "thunderbird", "apple", "zimbra"):
        # nested '>' quoting, one level deeper per older mail
        def block(i):
            name, email, tname, temail, at, subj, body = msgs[i]
            t = local(at, tz)
            lvl = ">" * (i + 1) + " "
            outer = ">" * i + " " if i else ""
            if client == "gmail":
                head = f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:"
                s = _lines(outer, head) if i else head
            elif client == "fastmail":
                head = f"On {t:%a}, {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} wrote:"
                s = _lines(outer, head) if i else head
            elif client == "thunderbird":
                head = f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name}:"
                s = _lines(outer, head) if i else head
            elif client == "apple":
                head = f"On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
                s = _lines(lvl, head) + "\n" + lvl.rstrip()
            elif client == "zimbra":
                head = ("----- Mail original -----\n"
                        f"De: \"{name}\" <{email}>\n"
                        f"À: \"{tname}\" <{temail}>\n"
                        f"Envoyé: {FR_DAY[t.weekday()].capitalize()} {t.day} {FR_MON[t.month-1].capitalize()} {t.year} {t:%H:%M:%S}\n"
                        f"Objet: {subj}\n")
                s = _lines(outer, head) if i else head
            s += "\n" + _lines(lvl, body)
            if i + 1 < len(msgs):
                s += "\n" + lvl.rstrip() + "\n" + block(i + 1)
            return s
        out = block(0)
        return out
    for (name, email, tname, temail, at, subj, body) in msgs:
        t = local(at, tz)
        if client == "outlook":
            out += ("\n\n-----Original Message-----\n"
                    f"From: {name} <{email}>\n"
                    f"Sent: {t:%d} {EN_MON[t.month-1]} {t.year} {t:%H:%M}\n"
                    f"To: {tname} <{temail}>\n"
                    f"Subject: {subj}\n\n{body}")
        elif client == "webde":
            out += ("\n\n\nGesendet: "
                    f"{DE_DAY[t.weekday()]}, {t:%d}. {DE_MON[t.month-1]} {t.year} um {t:%H:%M} Uhr\n"
                    f"Von: \"{name}\" <{email}>\n"
                    f"An: \"{tname}\" <{temail}>\n"
                    f"Betreff: {subj}\n\n{body}")
        elif client == "samsung":
            off = t.utcoffset()
            h = int(off.total_seconds() // 3600)
            out += ("\n\n\n-------- Mensaje original --------\n"
                    f"De: {name} <{email}>\n"
                    f"Fecha: {t:%d/%m/%Y} {t:%H:%M} (GMT{h:+03d}:00)\n"
                    f"Para: {tname} <{temail}>\n"
                    f"Asunto: {subj}\n\n{body}")
    return out.lstrip("\n")
