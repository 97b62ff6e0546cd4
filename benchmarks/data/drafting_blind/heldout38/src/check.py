"""Checker for drafting_heldout38 (standard library only). Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
H37 = "/work/main/benchmarks/data/drafting_blind/heldout37"
REF = {k: os.path.join(H37, f) for k, f in [
    ("notes", "h37_01_pos_table_ordering_bistro_savannah_prospect.json"),
    ("html", "h37_03_linen_hire_guesthouse_hobart.json"),
    ("mixed", "h37_29_location_linge_mobil_homes_camping_la_rochelle.json")]}
NOW_MIN = datetime(2031, 12, 9, tzinfo=timezone.utc)
NOW_MAX = datetime(2031, 12, 12, tzinfo=timezone.utc)
SRC_MIN = datetime(2031, 10, 20, tzinfo=timezone.utc)
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def P(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


# ------------------------------------------------------------ weekday/date check
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thurs": 3,
         "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
DE_WD = {"montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3, "do": 3, "freitag": 4, "fr": 4,
         "samstag": 5, "sa": 5, "sonntag": 6, "so": 6}
FR_WD = {"lundi": 0, "lun": 0, "mardi": 1, "mar": 1, "mercredi": 2, "mer": 2, "jeudi": 3, "jeu": 3, "vendredi": 4, "ven": 4,
         "samedi": 5, "sam": 5, "dimanche": 6, "dim": 6}
ES_WD = {"lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "mié": 2, "jueves": 3, "jue": 3, "viernes": 4, "vie": 4,
         "sábado": 5, "sáb": 5, "domingo": 6, "dom": 6}
EN_MO = {m: i for i, ms in enumerate([["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"]], 1) for m in ms}
DE_MO = {m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], 1)}
FR_MO = {m: i for i, ms in enumerate([["janvier", "janv"], ["février", "févr"], ["mars"], ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"],
        ["août"], ["septembre", "sept"], ["octobre", "oct"], ["novembre", "nov"], ["décembre", "déc"]], 1) for m in ms}
ES_MO = {m: i for i, ms in enumerate([["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"], ["junio", "jun"],
        ["julio", "jul"], ["agosto", "ago"], ["septiembre", "sep"], ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"]], 1) for m in ms}


def alt(d):
    return "|".join(sorted((re.escape(k) for k in d), key=len, reverse=True))


Y = r"(?:,?\s*(?:de\s+)?(\d{4}))?"
PATTERNS = [
    # weekday D Month (YYYY) -- en, fr, es(de), de
    (EN_WD, EN_MO, re.compile(r"\b(%s)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\b\.?%s" % (alt(EN_WD), alt(EN_MO), Y), re.I), "dm"),
    (EN_WD, EN_MO, re.compile(r"\b(%s)\.?,?\s+(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b%s" % (alt(EN_WD), alt(EN_MO), Y), re.I), "md"),
    (FR_WD, FR_MO, re.compile(r"\b(%s)\.?,?\s+(\d{1,2})(?:er)?\s+(%s)\.?%s" % (alt(FR_WD), alt(FR_MO), Y), re.I), "dm"),
    (ES_WD, ES_MO, re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\s+de\s+(%s)\b%s" % (alt(ES_WD), alt(ES_MO), Y), re.I), "dm"),
    (DE_WD, DE_MO, re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\.\s*(%s)\b%s" % (alt(DE_WD), alt(DE_MO), Y), re.I), "dm"),
    (DE_WD, None, re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\.(\d{1,2})\.(\d{2,4})?" % alt(DE_WD), re.I), "num"),
]


def year_for(month, y):
    if y:
        y = int(y)
        return y + 2000 if y < 100 else y
    return 2032 if month in (1, 2) else 2031


def weekday_problems(text):
    found, bad = 0, []
    for wds, mos, rx, kind in PATTERNS:
        for m in rx.finditer(text):
            wd = wds[m.group(1).lower()]
            if kind == "dm":
                d, mo, y = int(m.group(2)), mos[m.group(3).lower()], m.group(4)
            elif kind == "md":
                mo, d, y = mos[m.group(2).lower()], int(m.group(3)), m.group(4)
            else:
                d, mo, y = int(m.group(2)), int(m.group(3)), m.group(4)
            try:
                real = date(year_for(mo, y), mo, d).weekday()
            except ValueError:
                bad.append(m.group(0)); continue
            found += 1
            if real != wd:
                bad.append(m.group(0))
    return found, bad


def selftest_weekdays():
    good = ["Tuesday 9 December", "Friday December 19", "Fri, Dec 5, 2031", "vendredi 19 décembre", "lunes 5 de enero",
            "Freitag, 19. Dezember", "Mo 12.1.2032", "jeu., 04 déc. 2031", "Freitag, 05. Dezember 2031", "Thursday, December 4, 2031"]
    wrong = ["Monday 9 December", "Thursday December 19", "jeudi 19 décembre", "martes 5 de enero", "Donnerstag, 19. Dezember", "Di 12.1.2032"]
    for g in good:
        n, b = weekday_problems(g)
        assert n == 1 and not b, (g, n, b)
    for w in wrong:
        n, b = weekday_problems(w)
        assert n == 1 and b, (w, n, b)


# ------------------------------------------------------------ phone-like numbers
DATE_RX = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
MONEY_RX = re.compile(r"(?:[$€£]|NZ\$|EUR|USD|CHF|SEK|NOK|MXN|CLP)\s?\d[\d.,\s]*\d|\d[\d.,]*\d\s?(?:€|EUR|CHF|MXN|CLP)")
RUN_RX = re.compile(r"\+?\d[\d \-.()/]{4,}\d")


def phone_problems(text):
    t = MONEY_RX.sub(" ", DATE_RX.sub(" ", text))
    bad = []
    for m in RUN_RX.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and "555" not in digits:
            bad.append(m.group(0))
    return bad


def selftest_phones():
    assert phone_problems("call 0412 555 307") == []
    assert phone_problems("call 0412 321 307") != []
    assert phone_problems("$1.290.000 + IVA") == []
    assert phone_problems("Date 03/12/2031 16:22:05") == []
    assert phone_problems("+44 20 7555 0183") == []
    assert phone_problems("+44 20 7123 0183") != []


EMAIL_RX = re.compile(r"[\w.+-]+@[\w.-]+")
URL_RX = re.compile(r"https?://[^\s<>\"]+|www\.[^\s<>\"]+")


def main():
    selftest_weekdays()
    selftest_phones()
    refs = {k: json.load(open(p, encoding="utf-8")) for k, p in REF.items()}
    topkeys = list(refs["html"].keys())
    for k, r in refs.items():
        assert list(r.keys()) == topkeys, k
    cust_keys = list(refs["html"]["customer"].keys())
    rep_keys = list(refs["html"]["rep"].keys())
    msg_keys = list(refs["html"]["sources"][0].keys())
    note_keys = list(refs["notes"]["sources"][0].keys())
    kp_keys = list(refs["html"]["key_points"][0].keys())
    for s in refs["mixed"]["sources"]:
        assert list(s.keys()) in (msg_keys, note_keys), s["id"]
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    h37_readme = open(os.path.join(H37, "README.md"), encoding="utf-8").read()

    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".json"))
    if len(files) != 40:
        err("batch", "expected 40 files, found %d" % len(files))
    stats = Counter()
    wd_total = 0
    shapes, langs, groups, clients, cities = Counter(), Counter(), Counter(), [], []
    dash_marker = 0
    for i, f in enumerate(files, 1):
        c = json.load(open(os.path.join(ROOT, f), encoding="utf-8"))
        cid = c.get("id", f)
        if list(c.keys()) != topkeys:
            err(cid, "top-level keys differ from heldout37")
        if c["batch"] != "blind-heldout38":
            err(cid, "batch")
        if c["rep_history"] != []:
            err(cid, "rep_history not empty")
        if f != "h38_%02d_%s.json" % (i, cid[len("h38-00-"):].replace("-", "_")) or not cid.startswith("h38-%02d-" % i):
            err(cid, "file name / id / numbering")
        if list(c["customer"].keys()) != cust_keys or list(c["rep"].keys()) != rep_keys:
            err(cid, "customer/rep keys")
        m = meta[cid]
        try:
            tz = ZoneInfo(c["tz"])
        except Exception:
            err(cid, "bad tz"); continue
        now = P(c["now"])
        if not (NOW_MIN <= now < NOW_MAX):
            err(cid, "now outside 2031-12-09..11 UTC")
        loc = now.astimezone(tz)
        if loc.weekday() > 4 or not (date(2031, 12, 9) <= loc.date() <= date(2031, 12, 11)):
            err(cid, "now not Tue 9 - Thu 11 Dec on a weekday locally: %s" % loc)
        # sources
        text_all = []
        prev = None
        kinds = Counter()
        for j, s in enumerate(c["sources"], 1):
            if s["id"] != j:
                err(cid, "source ids not 1..n")
            at = P(s["at"])
            if prev and at <= prev:
                err(cid, "source times not strictly increasing")
            prev = at
            if at < SRC_MIN or at >= now:
                err(cid, "source %d time %s outside [2031-10-20, now)" % (j, s["at"]))
            kinds[s["kind"]] += 1
            if s["kind"] == "note":
                if list(s.keys()) != note_keys:
                    err(cid, "note keys")
                text_all.append(s["text"])
            else:
                if list(s.keys()) != msg_keys:
                    err(cid, "message keys")
                if s["direction"] == "outbound" and s["content_type"] != "text/plain":
                    err(cid, "rep mail not text/plain")
                text_all.append(s["subject"] + "\n" + s["body"])
                if any(line == "-- " for line in s["body"].split("\n")):
                    dash_marker += 1
        src = "\n".join(text_all)
        # shape rules
        shape = m["shape"]
        shapes[shape] += 1
        inbound = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
        if shape == "notes-only prospect":
            if kinds != Counter(note=1):
                err(cid, "notes-only prospect must have exactly one note")
            elif c["customer"]["name"].split()[0] not in c["sources"][0]["text"]:
                err(cid, "note does not name the customer")
        elif shape == "notes plus mail":
            if not kinds["note"] or not kinds["message"]:
                err(cid, "notes plus mail needs both")
        else:
            if kinds["note"]:
                err(cid, "note outside the notes shapes")
        if shape == "HTML-only":
            for s in inbound:
                if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]):
                    err(cid, "HTML-only inbound must be text/html with <ul>/<ol>")
        else:
            for s in inbound:
                if s["content_type"] != "text/plain":
                    err(cid, "inbound not text/plain outside HTML-only")
        if shape == "quoted thread":
            clients.append(m["quote"].split(":")[0])
            if not any(re.search(r"^(>|From:|From \"|Gesendet:|-{4} Le|-{7} Original)", s["body"], re.M) for s in inbound):
                err(cid, "quoted thread without quoted history")
        # labels
        if c["expect_draft"]:
            if not c["key_points"]:
                err(cid, "draft expected but no key points")
            if shape == "NO DRAFT":
                err(cid, "NO DRAFT shape with expect_draft")
        else:
            if c["key_points"] or c["must_not"] or c["answer_slots"]:
                err(cid, "no-draft case carries labels")
        toks = []
        for kp in c["key_points"]:
            if list(kp.keys()) != kp_keys:
                err(cid, "key point keys")
            for t in kp["must_include"]:
                toks.append(t)
                if t not in src:
                    err(cid, "token not verbatim in sources: %r" % t)
                if re.fullmatch(r"\d{1,2}", t.strip()):
                    err(cid, "bare 1-2 digit token %r" % t)
        sig_parts = [c["rep"]["name"], c["rep"]["email"]] + c["rep"]["signature"].split("\n")
        for mn in c["must_not"]:
            if mn not in src:
                err(cid, "must_not not verbatim in sources: %r" % mn)
            for t in toks:
                if mn.lower() in t.lower() or t.lower() in mn.lower():
                    err(cid, "must_not %r overlaps token %r" % (mn, t))
            for p in sig_parts:
                if p and (mn.lower() in p.lower() or p.lower() in mn.lower()):
                    err(cid, "must_not %r overlaps rep signature %r" % (mn, p))
        stats["key_points"] += len(c["key_points"])
        stats["tokens"] += len(toks)
        stats["must_not"] += len(c["must_not"])
        stats["slots"] += len(c["answer_slots"])
        stats["draft" if c["expect_draft"] else "nodraft"] += 1
        # weekday/date, phones, e-mails, URLs
        alltext = "\n".join([src, c["rep"]["signature"]] + [kp["what"] for kp in c["key_points"]] + c["answer_slots"])
        n, bad = weekday_problems(alltext)
        wd_total += n
        for b in bad:
            err(cid, "weekday/date mismatch: %r" % b)
        for b in phone_problems(alltext):
            err(cid, "phone-like number without 555: %r" % b)
        for e in EMAIL_RX.findall(alltext + "\n" + c["customer"]["email"] + "\n" + c["rep"]["email"]):
            if "@" in e and ".example." not in e:
                err(cid, "e-mail without .example.: %r" % e)
        for u in URL_RX.findall(alltext):
            if ".example." not in u:
                err(cid, "URL without .example.: %r" % u)
        # language / places
        langs[c["language"]] += 1
        groups[m["group"]] += 1
        cities.append(m["city"])
        for word in [m["city"], m.get("region"), m.get("first_language")]:
            if word and re.search(r"(?<!\w)%s(?!\w)" % re.escape(word), h37_readme, re.I):
                err(cid, "%r occurs in heldout37's README" % word)
    # batch-level counts
    want_shapes = {"notes-only prospect": 5, "notes plus mail": 13, "HTML-only": 7, "quoted thread": 8, "NO DRAFT": 6,
                   "out-of-office over, draft expected": 1}
    if dict(shapes) != want_shapes:
        err("batch", "shape counts %s" % dict(shapes))
    if dict(langs) != {"en": 20, "de": 7, "fr": 7, "es": 6}:
        err("batch", "language counts %s" % dict(langs))
    if groups["native"] != 10 or groups["non-native"] != 10:
        err("batch", "native/non-native %s" % dict(groups))
    if len(set(clients)) != 8:
        err("batch", "quoted threads must use 8 different clients: %s" % clients)
    if len(set(cities)) != 40:
        err("batch", "cities repeated")
    if not any(c == "HTML-only" for c in shapes) or not any("<ol>" in open(os.path.join(ROOT, f), encoding="utf-8").read() for f in files):
        err("batch", "no <ol> in the batch")
    if dash_marker == 0:
        err("batch", "no '-- ' signature marker anywhere")
    stats["weekday_matches"] = wd_total
    stats["messages_with_dash_marker"] = dash_marker
    json.dump(dict(stats), open(os.path.join(HERE, "check_stats.json"), "w"), indent=1)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK", dict(stats))


if __name__ == "__main__":
    main()
