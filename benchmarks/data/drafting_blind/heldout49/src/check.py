"""Checks the heldout49 batch. Prints OK or the problems. Standard library only."""
import datetime as dt, glob, html, json, os, re, subprocess, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H48 = "/work/main/benchmarks/data/drafting_blind/heldout48"
H48_CASES = ["h48_05_iso7-cleanroom-fitout-biotech-startup-boston-quiet.json",
             "h48_18_water-sampling-kits-environmental-agency-kaunas.json",
             "h48_33_meb-de-table-controle-surfaces-micromecanique-neuchatel.json"]
P = []


def bad(msg):
    P.append(msg)


# ---------------------------------------------------------------- reference texts
spec = open("/work/shared/SPEC.md", encoding="utf-8").read()
try:
    issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True, timeout=60).stdout
except Exception as e:  # pragma: no cover
    issue = ""
    bad("could not run issues show 14: %s" % e)
if len(issue) < 1000:
    bad("issue 14 text too short")
issue = "\n".join(re.sub(r"^> ?", "", l) for l in issue.splitlines())
readme48 = open(os.path.join(H48, "README.md"), encoding="utf-8").read()
cases48 = [open(os.path.join(H48, n), encoding="utf-8").read() for n in H48_CASES]


def strip_code(t):
    return re.sub(r"```.*?```", " ", t, flags=re.S)


def quoted_phrases(t):
    t = re.sub(r"\s+", " ", t)
    out = set()
    for m in re.finditer(r'"([^"]{1,200})"', t):
        ph = m.group(1).replace("…", " ").strip(" .,;:!?()'")
        ph = re.sub(r"\s+", " ", ph).strip()
        if ph and re.search(r"\w", ph):
            out.add(ph)
    return out


FORBIDDEN = set()
for t in (strip_code(spec), issue, readme48):
    FORBIDDEN |= quoted_phrases(t)


def phrase_re(ph):
    parts = [re.escape(w) for w in ph.split(" ")]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.I)


FORB_RE = [(ph, phrase_re(ph)) for ph in sorted(FORBIDDEN)]


def words(t):
    return re.findall(r"\w+", t.lower())


def shingles(t, n=8):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


REF_SH = set()
for t in (spec, issue, readme48) + tuple(cases48):
    REF_SH |= shingles(t)

# ---------------------------------------------------------------- calendars
EN_WD = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3, "thurs": 3,
         "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}
EN_MO = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
         "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
         "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12}
DE_WD = {"mo": 0, "montag": 0, "di": 1, "dienstag": 1, "mi": 2, "mittwoch": 2, "do": 3, "donnerstag": 3, "fr": 4,
         "freitag": 4, "sa": 5, "samstag": 5, "so": 6, "sonntag": 6}
DE_MO = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
         "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}
FR_WD = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
FR_MO = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
         "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}
ES_WD = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sábados": 5,
         "domingo": 6, "domingos": 6, "lun": 0, "mar": 1, "mié": 2, "jue": 3, "vie": 4, "sáb": 5, "dom": 6}
ES_MO = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
         "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "ene": 1, "feb": 2, "abr": 4, "may": 5}


def alt(d):
    return "|".join(sorted((re.escape(k) for k in d), key=len, reverse=True))


YEAR = 2035
PATS = [
    # English: Thursday 22 March 2035 / Thu 22 Mar / Fri, 19 Jan 2035
    ("en", re.compile(r"\b(%s)\.?,?\s+(\d{1,2})\s+(%s)\b\.?(?:,?\s+(\d{4}))?" % (alt(EN_WD), alt(EN_MO)), re.I), "wdm"),
    # English: Friday, January 19, 2035 / Monday, March 12
    ("en", re.compile(r"\b(%s)\.?,?\s+(%s)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?" % (alt(EN_WD), alt(EN_MO)), re.I), "wmd"),
    # English range: Mon 16 to Fri 27 Apr
    ("en", re.compile(r"\b(%s)\s+(\d{1,2})\s+to\s+(%s)\s+(\d{1,2})\s+(%s)\b" % (alt(EN_WD), alt(EN_WD), alt(EN_MO)), re.I), "range"),
    # German numeric: Di 20.03. / Mo 02.04.2035
    ("de", re.compile(r"(?<!\w)(%s)\.?,?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})?" % alt(DE_WD), re.I), "dnum"),
    # German: Freitag, 19. Januar 2035 / Do 29. März
    ("de", re.compile(r"(?<!\w)(%s)\.?,?\s+(\d{1,2})\.\s+(%s)(?:\s+(\d{4}))?" % (alt(DE_WD), alt(DE_MO)), re.I), "dname"),
    ("fr", re.compile(r"\b(%s)\s+(\d{1,2})(?:er)?\s+(%s)(?:\s+(\d{4}))?" % (alt(FR_WD), alt(FR_MO)), re.I), "wdm"),
    # Spanish lists: sábados 7, 14 y 21 de abril ; jueves 22 de marzo ; El vie, 19 ene 2035
    ("es", re.compile(r"\b(%s)\s+((?:\d{1,2}(?:,\s*|\s+y\s+))*\d{1,2})\s+de\s+(%s)\b(?:\s+de\s+(\d{4}))?" % (alt(ES_WD), alt(ES_MO)), re.I), "eslist"),
    ("es", re.compile(r"\b(%s),\s+(\d{1,2})\s+(%s)\s+(\d{4})" % (alt(ES_WD), alt(ES_MO)), re.I), "wdm"),
]
ANY_WD = re.compile(r"(?<!\w)(%s)(?!\w)" % "|".join(sorted(set(list(EN_WD) + list(FR_WD) + list(ES_WD) + [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]), key=len, reverse=True)), re.I)


def weekday_hits(text):
    """Yield (matched text, claimed weekday, date) for every weekday written next to a date."""
    out = []
    for lang, rx, kind in PATS:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind == "wdm":
                    tbl = {"en": (EN_WD, EN_MO), "fr": (FR_WD, FR_MO), "es": (ES_WD, ES_MO)}[lang]
                    wd = tbl[0][g[0].lower()]; day = int(g[1]); mo = tbl[1][g[2].lower()]
                    out.append((m.group(0), wd, dt.date(int(g[3] or YEAR), mo, day)))
                elif kind == "wmd":
                    wd = EN_WD[g[0].lower()]; mo = EN_MO[g[1].lower()]; day = int(g[2])
                    out.append((m.group(0), wd, dt.date(int(g[3] or YEAR), mo, day)))
                elif kind == "range":
                    mo = EN_MO[g[4].lower()]
                    out.append((m.group(0), EN_WD[g[0].lower()], dt.date(YEAR, mo, int(g[1]))))
                    out.append((m.group(0), EN_WD[g[2].lower()], dt.date(YEAR, mo, int(g[3]))))
                elif kind == "dnum":
                    out.append((m.group(0), DE_WD[g[0].lower()], dt.date(int(g[3] or YEAR), int(g[2]), int(g[1]))))
                elif kind == "dname":
                    out.append((m.group(0), DE_WD[g[0].lower()], dt.date(int(g[3] or YEAR), DE_MO[g[2].lower()], int(g[1]))))
                elif kind == "eslist":
                    wd = ES_WD[g[0].lower()]; mo = ES_MO[g[2].lower()]
                    for d in re.findall(r"\d{1,2}", g[1]):
                        out.append((m.group(0), wd, dt.date(int(g[3] or YEAR), mo, int(d))))
            except (KeyError, ValueError) as e:
                out.append((m.group(0), -1, None))
    return out


def weekday_errors(text):
    errs = []
    for s, wd, d in weekday_hits(text):
        if d is None or d.weekday() != wd:
            errs.append("%r (is %s)" % (s, d.strftime("%A") if d else "no date"))
    return errs


# self-test of the weekday test
GOOD = ["Thu 22 Mar 10:00", "Sent: Thursday, 18 January 2035 3:12 PM", "Sent: Friday, January 19, 2035 4:20:11 PM",
        "On Fri, 19 Jan 2035 at 11:02", "Mon 16 to Fri 27 Apr", "Ortstermin Di 20.03. um 14:00",
        "Gesendet: Freitag, 19. Januar 2035 10:14", "jeudi 5 avril", "sábados 7, 14 y 21 de abril",
        "El vie, 19 ene 2035 a las 10:05"]
BAD = ["Fri 22 Mar", "Sent: Friday, 18 January 2035", "Monday, March 13", "Mon 16 to Fri 26 Apr",
       "Mi 20.03.", "mardi 5 avril", "sábados 7, 14 y 20 de abril", "El jue, 19 ene 2035"]
for g in GOOD:
    if not weekday_hits(g) or weekday_errors(g):
        bad("weekday self-test: good example fails: %r" % g)
for b in BAD:
    if not weekday_errors(b):
        bad("weekday self-test: bad example passes: %r" % b)

# ---------------------------------------------------------------- phones
def phone_runs(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?", " ", text)
    t = re.sub(r"\b\d{1,2}[:.h]\d{2}(:\d{2})?\b", " ", t)  # clock times
    t = re.sub(r"\b\d{1,2}\.\d{1,2}\.(\d{2,4})?", " ", t)  # German numeric dates
    t = re.sub(r"\d{1,3}(?:[,.'’]\d{3})+(?:[,.]\d+)?", " ", t)  # amounts with separators
    t = re.sub(r"\d+,\d+", " ", t)  # decimals
    runs = re.findall(r"\+?\d+(?:[ .\-/()]{1,2}\d+)*", t)
    return [r for r in runs if len(re.sub(r"\D", "", r)) >= 7]


for r in ("call 613-555-0147", "EUR 6,850,000 on 2035-01-18 at 10:14 and 20.03.2035"):
    pass
if [r for r in phone_runs("ring 01 234 5678 or 030 1234 5678") if "555" not in re.sub(r"\D", "", r)] != ["01 234 5678", "030 1234 5678"]:
    bad("phone self-test: made-up numbers without 555 not caught")
if phone_runs("EUR 6,850,000 on 2035-01-18T10:14:00Z, due 20.03.2035, COP 68.400.000"):
    bad("phone self-test: amounts and dates taken for phones")

# ---------------------------------------------------------------- places
BANNED_PLACES = """Halifax|Nova Scotia|New Zealand|Auckland|Wisconsin|Madison|Alberta|Calgary|Massachusetts|Boston|
South Australia|Adelaide|Colorado|Denver|KwaZulu-Natal|Durban|British Columbia|Vancouver|North Carolina|Raleigh|
South Moravia|Brno|East Flanders|Flanders|Ghent|Central Jutland|Aarhus|Emilia-Romagna|Bologna|Cluj|Cluj-Napoca|
Central Slovenia|Ljubljana|Daejeon|Kaunas|Central Macedonia|Thessaloniki|West Java|Bandung|Baden-Württemberg|
Freiburg|Bayern|Unterfranken|Würzburg|Schleswig-Holstein|Kiel|Tirol|Innsbruck|Thüringen|Jena|St. Gallen|Hamburg|
Bretagne|Rennes|Auvergne-Rhône-Alpes|Lyon|Hauts-de-France|Lille|Nouvelle-Aquitaine|Bordeaux|Namur|Neuchâtel|
Normandie|Rouen|Andalucía|Sevilla|Aragón|Zaragoza|Jalisco|Guadalajara|Región Metropolitana|Santiago|Chile|
Montevideo|Lima|Chicago|Berlin|Vienna|Zurich|Paris|Brussels|Madrid|Johannesburg|New York|Prague|Copenhagen|Rome|
Bucharest|Vilnius|Athens|Seoul|Jakarta|Edmonton|Mexico City|Nashville|Dortmund|Marseille|Gothenburg""".replace("\n", "")
PLACE_RE = re.compile(r"(?<!\w)(%s)(?!\w)" % BANNED_PLACES)

# ---------------------------------------------------------------- cases
meta = {m["n"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}
files = sorted(glob.glob(os.path.join(OUT, "h49_*.json")))
if len(files) != 40:
    bad("expected 40 case files, found %d" % len(files))
KEYS = list(json.loads(cases48[0]).keys())
SRC_KEYS = {}
for t in cases48:
    for s in json.loads(t)["sources"]:
        SRC_KEYS[s["kind"]] = list(s.keys())


def plain(s):
    if s.get("content_type") == "text/html":
        t = re.sub(r"<br\s*/?>|</p>|</li>", "\n", s["body"])
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    return s.get("body", s.get("text", ""))


EXPECTED_SHAPES = {
    "notes-only": [4, 15, 22, 31, 37],
    "notes+mail": [1, 6, 9, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40],
    "html": [3, 10, 11, 18, 24, 29, 38],
    "quoted": [2, 8, 14, 17, 23, 27, 32, 36],
    "no-draft: quiet": [5, 39], "no-draft: ooo": [13, 30], "no-draft: pause": [19], "no-draft: optout": [25],
    "ooo-past": [7],
}
WD_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
all_sh = {}
stats = {"cases": 0, "drafts": 0, "key_points": 0, "tokens": 0, "must_not": 0, "slots": 0, "weekday_dates": 0,
         "forbidden_phrases": len(FORBIDDEN)}
oldest = None
langs = {}
for f in files:
    rec = json.load(open(f, encoding="utf-8"))
    cid = rec["id"]
    n = int(cid.split("-")[1])
    m = meta[n]
    stats["cases"] += 1
    if os.path.basename(f) != "h49_%02d_%s.json" % (n, m["slug"]) or cid != "h49-%02d-%s" % (n, m["slug"]):
        bad("%s: file name / id mismatch" % f)
    if list(rec.keys()) != KEYS:
        bad("%s: keys %s" % (cid, list(rec.keys())))
    if rec["batch"] != "blind-heldout49":
        bad("%s: batch" % cid)
    for s in rec["sources"]:
        if list(s.keys()) != SRC_KEYS[s["kind"]]:
            bad("%s: source keys %s" % (cid, list(s.keys())))
    langs.setdefault(rec["language"], []).append(n)
    tz = ZoneInfo(rec["tz"])
    now = dt.datetime.strptime(rec["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    nl = now.astimezone(tz)
    if nl.date() not in (dt.date(2035, 3, 13), dt.date(2035, 3, 14), dt.date(2035, 3, 15)) or not (7 <= nl.hour < 18):
        bad("%s: now local %s" % (cid, nl))
    if nl.strftime("%Y-%m-%d %H:%M") != m["now_local"]:
        bad("%s: now_local mismatch" % cid)
    prev = None
    for i, s in enumerate(rec["sources"], 1):
        if s["id"] != i:
            bad("%s: source ids" % cid)
        at = dt.datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        al = at.astimezone(tz)
        if not (6 <= al.hour < 22):
            bad("%s: source %d at local %s" % (cid, i, al))
        if prev and at <= prev:
            bad("%s: sources out of order at %d" % (cid, i))
        if at >= now:
            bad("%s: source %d not before now" % (cid, i))
        prev = at
        oldest = min(oldest, al.date()) if oldest else al.date()
    # emails
    blob = json.dumps(rec, ensure_ascii=False)
    for e in re.findall(r"[\w.+-]+@[\w.-]+", blob):
        if not re.search(r"\.example\.(com|net|org)$", e) and not e.endswith("@example.com"):
            bad("%s: email %s" % (cid, e))
    # texts
    texts = [rec["customer"]["name"], rec["rep"]["name"], rec["rep"]["signature"], rec["domain"]]
    src_plain = []
    for s in rec["sources"]:
        texts.append(s.get("subject", ""))
        texts.append(plain(s))
        src_plain.append(plain(s))
    labels = [k["what"] for k in rec["key_points"]] + rec["answer_slots"] + rec["must_not"]
    alltext = "\n".join(texts + labels)
    for ph, rx in FORB_RE:
        if rx.search(alltext):
            bad("%s: forbidden phrase %r" % (cid, ph))
    for e in weekday_errors(alltext):
        bad("%s: weekday wrong: %s" % (cid, e))
    stats["weekday_dates"] += len(weekday_hits(alltext))
    for one in texts + labels:
        for mm in ANY_WD.finditer(one):
            ctx = one[mm.end():mm.end() + 14]
            if re.match(r"[ ,.]{0,3}\d{1,2}(?![\d%])", ctx) and not any(mm.group(0) in h[0] for h in weekday_hits(one)):
                bad("%s: weekday next to a number not parsed: %r" % (cid, one[mm.start():mm.end() + 14]))
    for r in phone_runs(alltext):
        if "555" not in re.sub(r"\D", "", r):
            bad("%s: number without 555: %r" % (cid, r))
    pm = PLACE_RE.search(alltext)
    if pm:
        bad("%s: banned place %r" % (cid, pm.group(0)))
    sh = set()
    for t in texts[3:] + labels:
        sh |= shingles(t)
    for x in sh & REF_SH:
        bad("%s: 8-word run shared with reference texts: %r" % (cid, x))
    for other, osh in all_sh.items():
        for x in sh & osh:
            bad("%s: 8-word run shared with case %s: %r" % (cid, other, x))
    all_sh[n] = sh
    # labels
    joined = "\n".join(src_plain)
    toks = []
    for k in rec["key_points"]:
        for t in k["must_include"]:
            toks.append(t)
            if t not in joined:
                bad("%s: token not verbatim in sources: %r" % (cid, t))
            if len(t) < 3 and t.isdigit():
                bad("%s: token too short: %r" % (cid, t))
    for mn in rec["must_not"]:
        if mn not in joined:
            bad("%s: must_not not verbatim in sources: %r" % (cid, mn))
        for t in toks:
            if t in mn or mn in t:
                bad("%s: must_not %r overlaps token %r" % (cid, mn, t))
    if len(set(rec["answer_slots"])) != len(rec["answer_slots"]):
        bad("%s: duplicate slots" % cid)
    stats["key_points"] += len(rec["key_points"]); stats["tokens"] += len(toks)
    stats["must_not"] += len(rec["must_not"]); stats["slots"] += len(rec["answer_slots"])
    # shape
    shape = m["shape"]
    if n not in EXPECTED_SHAPES.get(shape, []):
        bad("%s: shape %s not expected for this number" % (cid, shape))
    kinds = "".join("n" if s["kind"] == "note" else ("i" if s["direction"] == "inbound" else "o") for s in rec["sources"])
    if shape.startswith("no-draft"):
        if rec["expect_draft"] or rec["key_points"] or rec["must_not"] or rec["answer_slots"]:
            bad("%s: no-draft case has labels or expects a draft" % cid)
        if kinds != "ioi":
            bad("%s: no-draft kinds %s" % (cid, kinds))
    else:
        stats["drafts"] += 1
        if not rec["expect_draft"]:
            bad("%s: draft expected" % cid)
        want_kp = 2 if shape == "ooo-past" else 3
        if len(rec["key_points"]) != want_kp:
            bad("%s: %d key points" % (cid, len(rec["key_points"])))
        want_sl = {"html": 3, "quoted": 3, "notes-only": 1, "ooo-past": 1, "notes+mail": 0}[shape]
        if len(rec["answer_slots"]) != want_sl:
            bad("%s: %d slots" % (cid, len(rec["answer_slots"])))
    if shape == "notes-only" and kinds != "nn":
        bad("%s: notes-only kinds %s" % (cid, kinds))
    if shape == "notes+mail" and kinds != "inoin":
        bad("%s: notes+mail kinds %s" % (cid, kinds))
    if shape == "quoted":
        s = rec["sources"][0]
        if kinds != "i" or s["content_type"] != "text/plain":
            bad("%s: quoted shape must be one inbound plain mail" % cid)
    if shape in ("ooo-past",) and kinds != "ioi":
        bad("%s: ooo-past kinds" % cid)
    if shape == "html":
        ins = [s for s in rec["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
        outs = [s for s in rec["sources"] if s["kind"] == "message" and s["direction"] == "outbound"]
        if not all(s["content_type"] == "text/html" for s in ins) or not all(s["content_type"] == "text/plain" for s in outs):
            bad("%s: html content types" % cid)
        if "<ul>" not in ins[0]["body"] or "<ol>" not in ins[-1]["body"] or ins[-1]["body"].count("<li>") != 3:
            bad("%s: html lists" % cid)
    # rules
    base_dates = {s["id"]: dt.datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).astimezone(tz).date()
                  for s in rec["sources"]}
    for r in m["rules"]:
        src = rec["sources"][r["source"] - 1]
        txt = plain(src)
        key = r["expr"].split(" ... ")[0]
        if key not in txt:
            bad("%s: rule expression %r not in source %d" % (cid, r["expr"], r["source"]))
        if r["base"] and shape != "quoted":
            bad("%s: base override outside quoted shape" % cid)
        base = dt.date.fromisoformat(r["base"]) if r["base"] else base_dates[r["source"]]
        tgt = dt.date.fromisoformat(r["target"])
        rule = r["rule"]
        if rule.startswith("next:"):
            wd = WD_NAMES.index(rule[5:]); d = base + dt.timedelta(days=1)
            while d.weekday() != wd:
                d += dt.timedelta(days=1)
        elif rule.startswith("prev:"):
            wd = WD_NAMES.index(rule[5:]); d = base - dt.timedelta(days=1)
            while d.weekday() != wd:
                d -= dt.timedelta(days=1)
        elif rule == "same":
            d = base
        else:
            d = tgt
            if not (str(tgt.day) in r["expr"] or re.search(r"end of January|fin janvier|Ende Januar|final de enero", r["expr"])):
                bad("%s: written-out date %r does not show day %d" % (cid, r["expr"], tgt.day))
            if re.search(r"end of January|fin janvier|Ende Januar|final de enero", r["expr"]) and tgt != dt.date(2035, 1, 31):
                bad("%s: end of January is 31 January" % cid)
        if d != tgt:
            bad("%s: rule %s from %s gives %s, not %s" % (cid, rule, base, d, tgt))
        st, nd = r["status"], nl.date()
        later_out = any(s["kind"] == "message" and s["direction"] == "outbound" and s["id"] > r["source"] for s in rec["sources"])
        ok = {"open": tgt > nd, "running": tgt > nd, "day": tgt == nd, "past": tgt < nd,
              "late": tgt < nd and not later_out, "kept": later_out and tgt < nd}[st]
        if not ok:
            bad("%s: status %s wrong for %r (%s vs now %s)" % (cid, st, r["expr"], tgt, nd))
if oldest is None or not (dt.date(2035, 1, 10) <= oldest <= dt.date(2035, 1, 20)):
    bad("oldest source %s not mid-January 2035" % oldest)
counts = {k: len(v) for k, v in langs.items()}
if counts != {"en": 20, "de": 7, "fr": 7, "es": 6}:
    bad("language counts %s" % counts)
if sorted(langs.get("en", [])) != list(range(1, 21)):
    bad("English cases must be 01-20")
stats["oldest_source"] = str(oldest)
stats["overlaps_readme_vs_refs"] = None
rd = os.path.join(OUT, "README.md")
if os.path.exists(rd):
    rt = open(rd, encoding="utf-8").read()
    for e in weekday_errors(rt):
        bad("README weekday wrong: %s" % e)
    stats["weekday_dates_readme"] = len(weekday_hits(rt))
    stats["overlaps_readme_vs_refs"] = len(shingles(rt) & REF_SH)
json.dump(dict(stats, forbidden=sorted(FORBIDDEN)), open(os.path.join(HERE, "check_stats.json"), "w"),
          ensure_ascii=False, indent=1)
if P:
    print("\n".join(P))
    print("%d problem(s)" % len(P))
    sys.exit(1)
print("OK", {k: v for k, v in stats.items()})
