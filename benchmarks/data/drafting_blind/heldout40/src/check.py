"""Checker for drafting batch heldout40 (standard library only).

Reads the 40 case files, src/meta.json, and, for format and places only, heldout39's README.md and the three
heldout39 files the brief names. Prints every problem; exit 1 if any. Writes src/check_stats.json.
"""
import collections
import datetime as dt
import glob
import html
import json
import os
import re
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
H39 = "/work/main/benchmarks/data/drafting_blind/heldout39"
H39_FILES = {
    "01": "h39_01_chip_timing_bibs_half_marathon_eugene_prospect.json",
    "03": "h39_03_portable_toilets_fencing_gravel_cycling_race_ballarat.json",
    "29": "h39_29_agents_securite_festival_musiques_montpellier.json",
}
BATCH = "blind-heldout40"
NOW_FROM, NOW_TO = dt.date(2032, 6, 8), dt.date(2032, 6, 10)
SRC_FROM = dt.datetime(2032, 5, 1, tzinfo=dt.timezone.utc)

problems = []


def bad(cid, msg):
    problems.append("%s: %s" % (cid, msg))


def parse_z(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", s):
        raise ValueError("not ISO 8601 UTC: " + s)
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


# ------------------------------------------------------------------ weekday / date agreement
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
         "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
EN_MO = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
         "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
         "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
FR_WD = {"lundi": 0, "lun": 0, "mardi": 1, "mar": 1, "mercredi": 2, "mer": 2, "jeudi": 3, "jeu": 3, "vendredi": 4,
         "ven": 4, "samedi": 5, "sam": 5, "dimanche": 6, "dim": 6}
FR_MO = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
         "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}
ES_WD = {"lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "mié": 2, "jueves": 3, "jue": 3, "viernes": 4,
         "vie": 4, "sábado": 5, "sáb": 5, "domingo": 6, "dom": 6}
ES_MO = {"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "may": 5,
         "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "sep": 9,
         "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12}
DE_WD = {"montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3, "do": 3,
         "freitag": 4, "fr": 4, "samstag": 5, "sa": 5, "sonntag": 6, "so": 6}
DE_MO = {"januar": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4, "apr": 4, "mai": 5,
         "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "oktober": 10,
         "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12}


def alt(d):
    return "|".join(sorted((re.escape(k) for k in d), key=len, reverse=True))


def cap_alt(d):
    return "|".join(sorted((re.escape(k.capitalize()) for k in d), key=len, reverse=True))


PATTERNS = [
    # (name, regex, wd map, month map, groups: wd, day, month, year)
    ("en-dm", re.compile(r"\b(%s)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\b\.?(?:,?\s+(\d{4}))?" % (cap_alt(EN_WD), cap_alt(EN_MO))),
     EN_WD, EN_MO, "wdmy"),
    ("en-md", re.compile(r"\b(%s)\.?,?\s+(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?" % (cap_alt(EN_WD), cap_alt(EN_MO))),
     EN_WD, EN_MO, "wmdy"),
    ("fr", re.compile(r"\b(%s)\.?\s+(\d{1,2})(?:er)?\s+(%s)\b(?:\s+(\d{4}))?" % (alt(FR_WD), alt(FR_MO)), re.I),
     FR_WD, FR_MO, "wdmy"),
    ("es", re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\s+(?:de\s+)?(%s)\b(?:\s+(?:de\s+)?(\d{4}))?" % (alt(ES_WD), alt(ES_MO)), re.I),
     ES_WD, ES_MO, "wdmy"),
    ("de", re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\.\s*(%s)\b(?:\s+(\d{4}))?" % (cap_alt(DE_WD), cap_alt(DE_MO))),
     DE_WD, DE_MO, "wdmy"),
    ("de-num", re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\.(\d{1,2})\.(\d{2,4})?" % cap_alt(DE_WD)), DE_WD, None, "wdny"),
]


def weekday_matches(text):
    """Yield (match text, ok) for every weekday + date found."""
    seen = set()
    for name, rx, wdm, mom, order in PATTERNS:
        for m in rx.finditer(text):
            if m.span() in seen:
                continue
            g = m.groups()
            wd = wdm[g[0].lower()]
            if order == "wdmy":
                day, mon, year = int(g[1]), mom[g[2].lower()], g[3]
            elif order == "wmdy":
                mon, day, year = mom[g[1].lower()], int(g[2]), g[3]
            else:
                day, mon, year = int(g[1]), int(g[2]), g[3]
            y = int(year) if year else 2032
            if y < 100:
                y += 2000
            try:
                ok = dt.date(y, mon, day).weekday() == wd
            except ValueError:
                ok = False
            seen.add(m.span())
            yield m.group(0), ok


def selftest_weekdays():
    good = ["Tuesday 8 June", "Mon, Jun 7, 2032", "Monday, June 7th, 2032", "Friday, July 30", "Wed 9 June 2032",
            "mardi 22 juin", "jeu. 10 juin", "le vendredi 2 juillet", "lunes 26 de julio", "el viernes 18 de junio",
            "lun, 07 jun 2032", "Montag, 12. Juli", "Mittwoch, 02. Juni 2032", "Do 17.6.", "Fr 18.6."]
    wrong = ["Monday 8 June", "Tue, Jun 7, 2032", "Friday, June 7th, 2032", "Thursday, July 30", "mercredi 22 juin",
             "jeudi 11 juin", "martes 26 de julio", "jueves 18 de junio", "Dienstag, 12. Juli", "Fr 17.6."]
    for s in good:
        r = list(weekday_matches(s))
        assert r and all(ok for _, ok in r), ("selftest good", s, r)
    for s in wrong:
        r = list(weekday_matches(s))
        assert r and not any(ok for _, ok in r), ("selftest wrong", s, r)


# ------------------------------------------------------------------ phone-like runs, addresses
CUR = r"(?:[$€£]|EUR|USD|NOK|DKK|CHF|ARS|MXN|KRW|CLP)"
AMOUNT_RX = re.compile(r"%s\s?\d[\d.,' ]*\d|\d[\d.,' ]*\s?(?:€|\$|%s)" % (CUR, CUR))
TIME_RX = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
ISO_RX = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
EMAIL_RX = re.compile(r"[\w.+-]+@[\w.-]+\w")
URL_RX = re.compile(r"https?://\S+|www\.\S+")
PHONE_RX = re.compile(r"\+?\(?\d(?:[ \-./()]{0,2}\d){6,}")


def phone_runs(text):
    t = EMAIL_RX.sub(" ", text)
    t = URL_RX.sub(" ", t)
    t = ISO_RX.sub(" ", t)
    t = TIME_RX.sub(" ", t)
    t = AMOUNT_RX.sub(" ", t)
    for m in PHONE_RX.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7:
            yield m.group(0), digits


def selftest_phones():
    assert [d for _, d in phone_runs("call 0113 555 0847")] == ["01135550847"]
    assert [d for _, d in phone_runs("call 0113 444 0847")] == ["01134440847"]
    assert list(phone_runs("total $1.120.500 and 13 986 € HT, on 2032-06-08 at 10:30")) == []


STOCK = ["i need a few days", "let me think about it", "give me a week", "not right now",
         "decided not to do anything yet", "maybe next year", "stop emailing me", "unsubscribe",
         "remove me from your list", "call me later in the day", "mornings are busy", "email is better than phone",
         "thanks again for the walkthrough", "until after the 15th", "i'll call you this afternoon",
         "the letter is attached", "checked with billing", "talked to max", "your budget this year"]

CLIENT_RX = {
    "Outlook": re.compile(r"_{20,}\nFrom: .*\nSent: [A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4} \d{1,2}:\d{2} [AP]M\nTo: .*\nSubject: "),
    "Gmail": re.compile(r"On [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M .* wrote:"),
    "Apple Mail": re.compile(r"On \d{1,2} [A-Z][a-z]{2} \d{4}, at \d{2}:\d{2}, .* wrote:"),
    "Proton Mail": re.compile(r"------- Original Message -------\n(?:> )?On [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th), \d{4} at \d{1,2}:\d{2} [AP]M, .* wrote:"),
    "Thunderbird": re.compile(r"Am \d{2}\.\d{2}\.\d{2} um \d{2}:\d{2} schrieb .*:"),
    "GMX": re.compile(r"Gesendet: [A-Z][a-z]+, \d{2}\. [A-Z][a-zä]+ \d{4} um \d{2}:\d{2} Uhr\nVon: .*\nAn: .*\nBetreff: "),
    "Yahoo Mail": re.compile(r"Le [a-z]+ \d{1,2} [a-zéû]+ \d{4}, \d{2}:\d{2}:\d{2} UTC[+-]\d+, .* a écrit :"),
    "Zoho Mail": re.compile(r"---- El [a-zé]{3}, \d{2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4} .* escribió ----"),
}

SHAPE_COUNTS = {"notes": 5, "notes_mail": 13, "html": 7, "quoted": 8, "nodraft": 6, "ooo_past": 1}
LANG_COUNTS = {"en": 20, "de": 7, "fr": 7, "es": 6}


def source_texts(case):
    out = []
    for s in case["sources"]:
        if s["kind"] == "note":
            out.append(s["text"])
        else:
            out.append(s["subject"])
            out.append(s["body"])
            if s["content_type"] == "text/html":
                out.append(html.unescape(s["body"]))
    return out


def main():
    selftest_weekdays()
    selftest_phones()
    ref = {k: json.load(open(os.path.join(H39, v), encoding="utf-8")) for k, v in H39_FILES.items()}
    top_keys = list(ref["01"].keys())
    for k in ("03", "29"):
        assert list(ref[k].keys()) == top_keys
    cust_keys = list(ref["03"]["customer"].keys())
    rep_keys = list(ref["03"]["rep"].keys())
    msg_keys = list(ref["03"]["sources"][0].keys())
    note_keys = list(ref["01"]["sources"][0].keys())
    kp_keys = list(ref["03"]["key_points"][0].keys())
    for s in ref["29"]["sources"]:
        assert list(s.keys()) == (note_keys if s["kind"] == "note" else msg_keys)
    readme39 = open(os.path.join(H39, "README.md"), encoding="utf-8").read()

    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(ROOT, "h40_*.json")))
    if len(files) != 40:
        bad("batch", "expected 40 files, found %d" % len(files))
    stats = collections.Counter()
    shapes = collections.Counter()
    langs = collections.Counter()
    natives = collections.Counter()
    clients = []
    cities = []
    marker_sigs = 0
    wd_total = 0
    ol_seen = False
    shingles = collections.defaultdict(set)
    per_case = {}

    for i, fn in enumerate(files, 1):
        case = json.load(open(fn, encoding="utf-8"))
        cid = case.get("id", fn)
        per_case[cid] = case
        m = meta[cid]
        # keys
        if list(case.keys()) != top_keys:
            bad(cid, "top-level keys differ from heldout39")
        if list(case["customer"].keys()) != cust_keys or list(case["rep"].keys()) != rep_keys:
            bad(cid, "customer/rep keys differ")
        for s in case["sources"]:
            want = note_keys if s["kind"] == "note" else msg_keys
            if list(s.keys()) != want:
                bad(cid, "source %s keys differ" % s["id"])
        for kp in case["key_points"]:
            if list(kp.keys()) != kp_keys:
                bad(cid, "key point keys differ")
        if case["batch"] != BATCH:
            bad(cid, "batch")
        if case["rep_history"] != []:
            bad(cid, "rep_history not empty")
        base = os.path.basename(fn)
        if not re.fullmatch(r"h40_(\d{2})_[a-z0-9_]+\.json", base):
            bad(cid, "file name")
        nn = int(base[4:6])
        if nn != i:
            bad(cid, "numbering %d != %d" % (nn, i))
        if cid.replace("-", "_") + ".json" != base or not cid.startswith("h40-%02d-" % nn):
            bad(cid, "id does not match file name")
        if m.get("file") != base:
            bad(cid, "meta file name")
        # time
        tz = ZoneInfo(case["tz"])
        now = parse_z(case["now"])
        if not (NOW_FROM <= now.date() <= NOW_TO):
            bad(cid, "now (UTC) outside 8-10 June")
        ln = now.astimezone(tz)
        if not (NOW_FROM <= ln.date() <= NOW_TO) or ln.weekday() not in (1, 2, 3) or not (8 <= ln.hour < 18):
            bad(cid, "local now %s not Tue-Thu 8-10 June 08:00-18:00" % ln)
        if ln.strftime("%Y-%m-%d %H:%M") != m["now_local"]:
            bad(cid, "meta now_local")
        prev = None
        for j, s in enumerate(case["sources"], 1):
            if s["id"] != j:
                bad(cid, "source ids not 1..n")
            at = parse_z(s["at"])
            if at < SRC_FROM or at >= now:
                bad(cid, "source %d at %s outside [2032-05-01, now)" % (j, s["at"]))
            if prev and at <= prev:
                bad(cid, "source %d not after previous" % j)
            prev = at
            if s["kind"] == "message" and s["direction"] == "outbound" and s["content_type"] != "text/plain":
                bad(cid, "rep mail not text/plain")
            lt = at.astimezone(tz)
            if not (6 <= lt.hour <= 22):
                bad(cid, "source %d at odd local hour %s" % (j, lt))
        texts = source_texts(case)
        alltext = "\n".join(texts)
        # labels
        draft = case["expect_draft"]
        if m["shape"] == "nodraft":
            if draft or case["key_points"] or case["must_not"] or case["answer_slots"]:
                bad(cid, "no-draft case carries labels")
        else:
            if not draft or not case["key_points"]:
                bad(cid, "draft case without key points")
        toks = []
        for kp in case["key_points"]:
            if not kp["must_include"]:
                bad(cid, "key point without tokens")
            for t in kp["must_include"]:
                toks.append(t)
                if re.fullmatch(r"\d{1,2}", t):
                    bad(cid, "bare 1-2 digit token %r" % t)
                if not any(t in x for x in texts):
                    bad(cid, "token not verbatim in sources: %r" % t)
        rep = case["rep"]
        rep_bits = [rep["name"].lower(), rep["email"].lower()] + \
                   [l.strip().lower() for l in rep["signature"].split("\n") if l.strip() and l.strip() != "--"]
        for s in case["must_not"]:
            if not any(s in x for x in texts):
                bad(cid, "must_not not verbatim in sources: %r" % s)
            sl = s.lower()
            for t in toks:
                if sl in t.lower() or t.lower() in sl:
                    bad(cid, "must_not %r overlaps token %r" % (s, t))
            for b in rep_bits:
                if sl in b or b in sl:
                    bad(cid, "must_not %r overlaps rep profile %r" % (s, b))
        if len(set(x.lower() for x in case["must_not"])) != len(case["must_not"]):
            bad(cid, "duplicate must_not")
        # weekdays
        wd_texts = texts + [rep["signature"]] + [kp["what"] for kp in case["key_points"]] + case["answer_slots"]
        for x in wd_texts:
            for s, ok in weekday_matches(x):
                wd_total += 1
                if not ok:
                    bad(cid, "weekday/date mismatch: %r" % s)
        # addresses and phones
        for x in wd_texts + [case["customer"]["email"], rep["email"]]:
            for e in EMAIL_RX.findall(x):
                if ".example." not in e:
                    bad(cid, "address without .example.: %s" % e)
            for u in URL_RX.findall(x):
                if ".example." not in u:
                    bad(cid, "URL without .example.: %s" % u)
            for run, digits in phone_runs(x):
                if "555" not in digits:
                    bad(cid, "phone-like run without 555: %r" % run)
        low = alltext.lower()
        for p in STOCK:
            if p in low:
                bad(cid, "stock phrase from SPEC/issue: %r" % p)
        # signatures with marker
        if rep["signature"].startswith("-- \n"):
            marker_sigs += 1
        marker_sigs += sum(1 for x in texts if "\n-- \n" in x)
        # shapes
        shape = m["shape"]
        shapes[shape] += 1
        notes = [s for s in case["sources"] if s["kind"] == "note"]
        msgs = [s for s in case["sources"] if s["kind"] == "message"]
        inbound = [s for s in msgs if s["direction"] == "inbound"]
        first = case["customer"]["name"].split()[0]
        if shape == "notes":
            if len(case["sources"]) != 1 or not notes:
                bad(cid, "notes-only shape must be one note")
            elif first not in notes[0]["text"]:
                bad(cid, "note does not name the customer's first name")
        elif shape == "notes_mail":
            if not notes or not msgs:
                bad(cid, "notes plus mail needs both")
        elif notes:
            bad(cid, "notes outside the notes shapes")
        if shape == "html":
            for s in inbound:
                if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]):
                    bad(cid, "HTML-only inbound not html with a list")
                if "<ol>" in s["body"]:
                    ol_seen = True
        else:
            for s in inbound:
                if s["content_type"] != "text/plain":
                    bad(cid, "inbound not text/plain outside html shape")
        if shape == "quoted":
            c = m.get("client")
            clients.append(c)
            rx = CLIENT_RX.get(c)
            body = "\n".join(s["body"] for s in inbound)
            if not rx or len(rx.findall(body)) < 2:
                bad(cid, "quoted thread without two %s quote headers" % c)
        if shape in ("nodraft",) and notes:
            bad(cid, "no-draft with notes")
        # language and place
        langs[case["language"]] += 1
        city, region, kind, first_lang = m["place"]
        if case["language"] == "en":
            natives[kind] += 1
        for w in [city, region] + ([first_lang] if first_lang else []):
            if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), readme39, re.I):
                bad(cid, "place/language %r named in heldout39's README" % w)
        cities.append(city)
        # shingles for reuse across items (8-word)
        words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", html.unescape(alltext)).lower())
        for k in range(len(words) - 7):
            shingles[" ".join(words[k:k + 8])].add(cid)
        stats["key_points"] += len(case["key_points"])
        stats["tokens"] += sum(len(kp["must_include"]) for kp in case["key_points"])
        stats["must_not"] += len(case["must_not"])
        stats["slots"] += len(case["answer_slots"])
        stats["drafts"] += int(draft)
    # batch-level
    if dict(shapes) != SHAPE_COUNTS:
        bad("batch", "shape counts %s" % dict(shapes))
    if dict(langs) != LANG_COUNTS:
        bad("batch", "language counts %s" % dict(langs))
    if natives["native"] != 10 or natives["non-native"] != 10:
        bad("batch", "native/non-native %s" % dict(natives))
    if len(set(clients)) != 8 or len(clients) != 8:
        bad("batch", "quoted clients %s" % clients)
    if len(set(c.lower() for c in cities)) != len(cities):
        bad("batch", "cities repeated")
    if not ol_seen:
        bad("batch", "no <ol> in HTML inbound")
    if marker_sigs < 1:
        bad("batch", "no '-- ' signature marker")
    shared = {s: c for s, c in shingles.items() if len(c) > 1}
    for s, c in sorted(shared.items()):
        print("shared 8-word run across cases (review):", s, sorted(c))
    stats["weekday_matches"] = wd_total
    stats["signature_markers"] = marker_sigs
    stats["shared_8word_runs"] = len(shared)
    with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as f:
        json.dump(dict(stats, shapes=dict(shapes), languages=dict(langs), natives=dict(natives)), f, indent=2)
        f.write("\n")
    for p in problems:
        print("PROBLEM", p)
    print("cases %d, drafts %d, key points %d, tokens %d, must_not %d, slots %d, weekday matches %d, markers %d"
          % (len(files), stats["drafts"], stats["key_points"], stats["tokens"], stats["must_not"], stats["slots"],
             wd_total, marker_sigs))
    print("OK" if not problems else "%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
