"""Checker for blind batch heldout47 (standard library only).
Reloads SPEC.md, issue 14 (via `issues show 14`), heldout46's README and the three heldout46 cases read,
for the banned-phrase and shared-run comparisons. Writes src/check_stats.json. Exit 1 on any failure."""
import calendar, html, json, os, re, subprocess, sys
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
H46 = "/work/main/benchmarks/data/drafting_blind/heldout46"
H46_CASES = ["h46_05_fleet-insurance-delivery-vans-columbus-quiet.json",
             "h46_18_winter-driving-course-grocery-delivery-fleet-tartu.json",
             "h46_33_pieces-detachees-freinage-garage-poids-lourds-fribourg.json"]
ERR = []


def fail(msg):
    ERR.append(msg)


# ---------------------------------------------------------------- expected layout and counts
TOP = ["id", "batch", "domain", "language", "now", "tz", "customer", "rep", "rep_history", "sources",
       "expect_draft", "key_points", "must_not", "answer_slots"]
MSG = ["kind", "id", "at", "direction", "subject", "content_type", "body"]
NOTE = ["kind", "id", "at", "text"]
SHAPE = {}
for n in (1, 6, 9, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40): SHAPE[n] = "notes+mail"
for n in (2, 8, 14, 17, 23, 27, 32, 36): SHAPE[n] = "quoted"
for n in (3, 10, 11, 18, 24, 29, 38): SHAPE[n] = "html"
for n in (4, 15, 22, 31, 37): SHAPE[n] = "notes-only"
for n in (5, 39): SHAPE[n] = "no-draft: quiet"
for n in (13, 30): SHAPE[n] = "no-draft: ooo"
SHAPE[19] = "no-draft: pause"; SHAPE[25] = "no-draft: optout"; SHAPE[7] = "ooo-past"
LANG = {n: ("en" if n <= 20 else "de" if n <= 27 else "fr" if n <= 34 else "es") for n in range(1, 41)}

files = sorted(f for f in os.listdir(ROOT) if f.startswith("h47_") and f.endswith(".json"))
meta = {m["n"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}
cases = {}
for f in files:
    raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
    rec = json.loads(raw)
    n = int(f[4:6])
    cases[n] = (f, rec)
    if list(rec) != TOP: fail("%s: top keys %s" % (f, list(rec)))
    if not rec["id"].startswith("h47-%02d-" % n) or f != "h47_%02d_%s.json" % (n, rec["id"][7:]): fail("%s: id/filename" % f)
    if rec["batch"] != "blind-heldout47": fail(f + ": batch")
    if list(rec["customer"]) != ["name", "email"] or list(rec["rep"]) != ["name", "email", "signature"]: fail(f + ": person keys")
    if rec["rep_history"] != []: fail(f + ": rep_history")
    for i, s in enumerate(rec["sources"], 1):
        if s["id"] != i: fail("%s: source id %s" % (f, s["id"]))
        if s["kind"] == "message":
            if list(s) != MSG: fail("%s: message keys %s" % (f, list(s)))
            if s["direction"] not in ("inbound", "outbound"): fail(f + ": direction")
            if s["content_type"] not in ("text/plain", "text/html"): fail(f + ": content_type")
        elif list(s) != NOTE: fail("%s: note keys %s" % (f, list(s)))
    for k in rec["key_points"]:
        if list(k) != ["what", "must_include"]: fail(f + ": key point keys")
if sorted(cases) != list(range(1, 41)): fail("cases numbered 1..40 expected, got %s" % sorted(cases))


def html_text(s):
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def source_text(rec, decode=True):
    parts = []
    for s in rec["sources"]:
        if s["kind"] == "message":
            parts.append(s["subject"])
            parts.append(html.unescape(s["body"]) if (decode and s["content_type"] == "text/html") else s["body"])
        else:
            parts.append(s["text"])
    return "\n".join(parts)


def label_text(rec):
    out = [k["what"] for k in rec["key_points"]] + [t for k in rec["key_points"] for t in k["must_include"]]
    return "\n".join(out + rec["must_not"] + rec["answer_slots"])


stats = {"per_language": {}, "per_shape": {}, "per_shape_language": {}, "native": 0, "non_native": 0}
places = set()
for n, (f, rec) in sorted(cases.items()):
    m = meta[n]
    shape = m["shape"]
    if shape != SHAPE[n]: fail("%s: shape %s, expected %s" % (f, shape, SHAPE[n]))
    if rec["language"] != LANG[n]: fail("%s: language" % f)
    stats["per_language"][rec["language"]] = stats["per_language"].get(rec["language"], 0) + 1
    stats["per_shape"][shape] = stats["per_shape"].get(shape, 0) + 1
    key = rec["language"] + " " + shape
    stats["per_shape_language"][key] = stats["per_shape_language"].get(key, 0) + 1
    if rec["language"] == "en":
        if m["place"].startswith("native:"): stats["native"] += 1
        elif m["place"].startswith("non-native:"): stats["non_native"] += 1
        else: fail(f + ": en place without native/non-native")
    town = m["place"].split("(")[-1].rstrip(")")
    if town in places: fail("%s: town %s used twice" % (f, town))
    places.add(town)
    src = source_text(rec)
    nodraft = shape.startswith("no-draft")
    if rec["expect_draft"] == nodraft: fail(f + ": expect_draft vs shape")
    if nodraft:
        if rec["key_points"] or rec["must_not"] or rec["answer_slots"]: fail(f + ": no-draft case with labels")
        if m.get("stop") and m["stop"] not in src: fail(f + ": stop sentence not in sources")
    else:
        if not (2 <= len(rec["key_points"]) <= 4): fail(f + ": key point count")
        toks = [t for k in rec["key_points"] for t in k["must_include"]]
        for t in toks:
            if t not in src: fail("%s: token not in sources: %r" % (f, t))
            if re.fullmatch(r"\d{1,2}", t): fail("%s: lone short number token %r" % (f, t))
        for mn in rec["must_not"]:
            if mn not in src: fail("%s: must_not not in sources: %r" % (f, mn))
            for t in toks:
                if t.lower() in mn.lower() or mn.lower() in t.lower(): fail("%s: must_not %r overlaps token %r" % (f, mn, t))
    # shape-specific structure
    kinds = [s["kind"] for s in rec["sources"]]
    msgs = [s for s in rec["sources"] if s["kind"] == "message"]
    if shape == "notes-only" and (kinds != ["note", "note"]): fail(f + ": notes-only needs two notes")
    if shape == "notes+mail" and ("note" not in kinds or not msgs): fail(f + ": notes+mail mix")
    if shape == "notes+mail" and kinds[-1] != "note": fail(f + ": notes+mail should end with a note")
    if shape == "quoted":
        if len(msgs) != 1 or msgs[0]["direction"] != "inbound": fail(f + ": quoted needs one inbound message")
    if shape == "html":
        ins = [s for s in msgs if s["direction"] == "inbound"]
        outs = [s for s in msgs if s["direction"] == "outbound"]
        if any(s["content_type"] != "text/html" for s in ins) or any(s["content_type"] != "text/plain" for s in outs): fail(f + ": html content types")
        if "<ul>" not in ins[0]["body"] or "<ol>" not in ins[-1]["body"] or msgs[-1]["direction"] != "inbound": fail(f + ": html lists / last inbound")
    if shape in ("ooo-past", "no-draft: ooo"):
        if not msgs[-1]["subject"].lower().startswith(("automatic", "automatiskt", "réponse automatique", "automatische", "respuesta automática")): fail(f + ": auto-reply subject")
    # person/address
    for e in [rec["customer"]["email"], rec["rep"]["email"]]:
        if not re.search(r"(^|[.@])example\.(com|net|org)$", e): fail("%s: address %s" % (f, e))

exp_lang = {"en": 20, "de": 7, "fr": 7, "es": 6}
if stats["per_language"] != exp_lang: fail("language counts %s" % stats["per_language"])
if (stats["native"], stats["non_native"]) != (10, 10): fail("native/non-native %s/%s" % (stats["native"], stats["non_native"]))
exp_sl = {}
for n in range(1, 41):
    k = LANG[n] + " " + SHAPE[n]; exp_sl[k] = exp_sl.get(k, 0) + 1
if stats["per_shape_language"] != exp_sl: fail("shape/language counts differ: %s" % stats["per_shape_language"])

# ---------------------------------------------------------------- times
for n, (f, rec) in sorted(cases.items()):
    tz = ZoneInfo(rec["tz"])
    now = datetime.strptime(rec["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
    ln = now.astimezone(tz)
    if ln.date() not in (date(2035, 1, 9), date(2035, 1, 10), date(2035, 1, 11)): fail("%s: now date %s" % (f, ln))
    if not (7 <= ln.hour < 18 or (ln.hour == 18 and ln.minute == 0)): fail("%s: now hour %s" % (f, ln))
    prev = None
    for s in rec["sources"]:
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        la = at.astimezone(tz)
        if at >= now: fail("%s: source %d not before now" % (f, s["id"]))
        if prev and at <= prev: fail("%s: sources out of order at %d" % (f, s["id"]))
        if not (6 <= la.hour < 22): fail("%s: source %d local hour %s" % (f, s["id"], la))
        if la.date() < date(2034, 12, 8): fail("%s: source %d too old" % (f, s["id"]))
        prev = at

# ---------------------------------------------------------------- weekday + date pairs
WD = {
    "en": [("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6),
           ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6)],
    "de": [("montag", 0), ("dienstag", 1), ("mittwoch", 2), ("donnerstag", 3), ("freitag", 4), ("samstag", 5), ("sonntag", 6),
           ("mo", 0), ("di", 1), ("mi", 2), ("do", 3), ("fr", 4), ("sa", 5), ("so", 6)],
    "fr": [("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5), ("dimanche", 6),
           ("lun", 0), ("mar", 1), ("mer", 2), ("jeu", 3), ("ven", 4), ("sam", 5), ("dim", 6)],
    "es": [("lunes", 0), ("martes", 1), ("miércoles", 2), ("jueves", 3), ("viernes", 4), ("sábado", 5), ("domingo", 6),
           ("lun", 0), ("mar", 1), ("mié", 2), ("jue", 3), ("vie", 4), ("sáb", 5), ("dom", 6)],
}
MON = {}
for names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago sep oct nov dic",
    "x x x x x x x x sept x x x"):
    for i, w in enumerate(names.split(), 1):
        if w != "x": MON.setdefault(w, i)
MONRE = "|".join(sorted(MON, key=len, reverse=True))


def year_for(month):
    return 2034 if month >= 10 else 2035


def check_pair(where, wdn, day, month, year, lang_text):
    y = year or year_for(month)
    try:
        d = date(y, month, day)
    except ValueError:
        fail("%s: impossible date %s %s %s" % (where, day, month, y)); return
    if d.weekday() != wdn: fail("%s: weekday %s does not fit %s" % (where, wdn, d))
    stats.setdefault("pairs", 0); stats["pairs"] += 1


def scan_pairs(where, text, lang):
    langs = ["en", lang] if lang != "en" else ["en"]
    low = text.lower()
    for lg in langs:
        for name, wdn in WD[lg]:
            if lg == "de" and len(name) == 2 and lang != "de": continue
            if lg in ("es", "fr") and len(name) <= 3 and lang != lg: continue
            # weekday [,] [the] day[.|er|°] ... month [year]
            for mt in re.finditer(r"(?<![\w/])%s\.?,?[ \t]+(?:the[ \t]+|le[ \t]+|el[ \t]+|den[ \t]+)?(\d{1,2})(?:\.|er|°|st|nd|rd|th)?(?!\d|[:h%%]\d|[ \t]?h\b|[ \t]?uhr|[ \t]?%%|[ \t]?m\b)" % re.escape(name), low):
                day = int(mt.group(1))
                if day == 0 or day > 31: continue
                rest = low[mt.end():mt.end() + 40]
                m2 = re.match(r"\s*(?:\.?\s*)(\d{1,2})\.(?:(\d{4}))?", low[mt.end() - 1:mt.end() + 12]) if low[mt.end() - 1] == "." else None
                mnum = re.match(r"\.?(\d{1,2})\.(\d{4})?", rest) if re.match(r"\.\d", low[mt.end() - 1:mt.end() + 1]) or re.match(r"\.\d", rest) else None
                mm = re.match(r"[\s,]*(?:de\s+|y\s+\w+\s+\d{1,2}\s+de\s+|-\s*\w+\s+\d{1,2}\s+|to\s+\w+\s+\d{1,2}\s+)?(%s)\b\.?,?\s*(\d{4})?" % MONRE, rest)
                if mnum:
                    check_pair(where, wdn, day, int(mnum.group(1)), int(mnum.group(2)) if mnum.group(2) else None, lang)
                elif mm:
                    check_pair(where, wdn, day, MON[mm.group(1)], int(mm.group(2)) if mm.group(2) else None, lang)
                else:
                    ok = any(date(y, mo, day).weekday() == wdn for y, mo in ((2034, 12), (2035, 1), (2035, 2), (2035, 3), (2035, 4))
                             if day <= calendar.monthrange(y, mo)[1])
                    stats.setdefault("bare_pairs", 0); stats["bare_pairs"] += 1
                    if not ok: fail("%s: bare weekday %s %s fits no month Dec-Apr" % (where, name, day))
            # weekday, Month day[, year]
            for mt in re.finditer(r"(?<![\w/])%s\.?,?\s+(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:[ \t]+\d{1,2}:\d{2}:\d{2}[ \t]+utc)?(?:,?[ \t]+(\d{4}))?" % (re.escape(name), MONRE), low):
                check_pair(where, wdn, int(mt.group(2)), MON[mt.group(1)], int(mt.group(3)) if mt.group(3) else None, lang)


for n, (f, rec) in sorted(cases.items()):
    t = html_text(source_text(rec, decode=False)) + "\n" + label_text(rec)
    scan_pairs(f, t, rec["language"])
# README, if present
rd = os.path.join(ROOT, "README.md")
if os.path.exists(rd):
    rt = open(rd, encoding="utf-8").read()
    for ln in rt.splitlines():
        lg = "en"
        if ln.startswith("- ") and re.match(r"- (\d\d) ", ln):
            lg = LANG[int(ln[2:4])]
        scan_pairs("README", ln, lg)

# self-test of the pair checker
_before = len(ERR)
for good in ["Tuesday 9 January", "Mittwoch, 20. Dezember 2034", "jeudi 11 janvier", "martes 23 y miércoles 24 de enero", "Friday, December 22, 2034", "Mo 22.01."]:
    scan_pairs("selftest-good", good, "es" if "martes" in good else "de" if "Mo " in good or "Mittwoch" in good else "fr" if "jeudi" in good else "en")
if len(ERR) != _before: fail("self-test: a right pair was rejected: %s" % ERR[_before:])
for bad, lg in [("Tuesday 10 January", "en"), ("Freitag, 20. Dezember 2034", "de"), ("lundi 11 janvier", "fr"), ("jueves 23 de enero", "es"), ("Monday, December 22, 2034", "en"), ("Di 22.01.", "de")]:
    k = len(ERR); scan_pairs("selftest-bad", bad, lg)
    if len(ERR) == k: fail("self-test: wrong pair %r passed" % bad)
    else: del ERR[k:]

# ---------------------------------------------------------------- phones
def phone_runs(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", " ", text)
    t = re.sub(r"\d{4}-\d{2}-\d{2}", " ", t)
    t = re.sub(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", " ", t)
    t = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?", " ", t)
    t = re.sub(r"\b\d{1,3}(?:[.,']\d{3})+(?:,\d+)?\b", " ", t)
    runs = []
    for mt in re.finditer(r"\+?\d[\d .\-/()]*\d", t):
        digits = re.sub(r"\D", "", mt.group(0))
        if len(digits) >= 7: runs.append((mt.group(0), digits))
    return runs

for n, (f, rec) in sorted(cases.items()):
    t = source_text(rec) + "\n" + label_text(rec) + "\n" + rec["rep"]["signature"]
    for raw, d in phone_runs(t):
        if "555" not in d: fail("%s: digit run without 555: %r" % (f, raw))
if not [1 for _, d in phone_runs("call 0161 496 0000 or +44 20 7946 0018") if "555" not in d]: fail("self-test: phone without 555 not caught")
if [1 for _, d in phone_runs("on 2034-12-20 14:05, 19.12.2034, COP 4.800.000 and 35 100 €") if "555" not in d]: fail("self-test: innocent digits flagged")

# ---------------------------------------------------------------- addresses
for n, (f, rec) in sorted(cases.items()):
    t = source_text(rec) + "\n" + rec["rep"]["signature"] + "\n" + label_text(rec)
    for mt in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        dom = mt.group(1).lower()
        if not re.search(r"(^|\.)example\.(com|net|org)$", dom): fail("%s: domain %s" % (f, dom))
    if re.search(r"https?://|www\.", t): fail(f + ": URL present")

# ---------------------------------------------------------------- places of heldout46's README
FORBIDDEN = """Bristol Belfast Denver Halifax Columbus Perth Atlanta Cork Calgary Auckland Brno Aarhus Bergen Thessaloniki Cluj
Bologna Busan Tartu Ljubljana Chiang Nürnberg Kassel Kiel Innsbruck Erfurt Gallen Freiburg Lille Bordeaux Lyon Rennes Namur
Fribourg Moncton Sevilla Seville Zaragoza Guadalajara Santiago Quito Mendoza England Ireland Colorado Scotia Ohio Georgia Alberta Zealand
Moravia Jutland Vestland Macedonia Emilia Romagna Estonia Slovenia Bayern Bavaria Hessen Schleswig Holstein Tirol Tyrol Thüringen
Württemberg Hauts Aquitaine Auvergne Bretagne Brittany Brunswick Andalucía Andalusia Aragón Jalisco Pichincha Silverstone Avonmouth
Keynsham Dartmouth Bedford Midland Kalamaria Gijang Skejby Bolognina Slatina Langwasser Wilhelmshöhe Baunatal Hötting Lesquin
Mérignac Cesson Jambes Givisiez Dieppe Zapopan Pudahuel Godoy Karangahape Boucher Prairie Elva Linz Ottawa Kaunas Québec Quebec
London Chicago Dublin Edmonton Prague Copenhagen Oslo Athens Bucharest Rome Seoul Tallinn Bangkok Berlin Vienna Wien Zurich Zürich
Paris Brussels Madrid Guayaquil Mexico Moncton Store Polígono""".split()
for n, (f, rec) in sorted(cases.items()):
    t = source_text(rec) + "\n" + label_text(rec) + "\n" + rec["rep"]["signature"] + "\n" + rec["id"]
    for p in FORBIDDEN:
        if re.search(r"(?<!\w)%s(?!\w)" % re.escape(p), t, re.I): fail("%s: place from heldout46's README: %s" % (f, p))

# ---------------------------------------------------------------- banned wording and shared runs
spec = open("/work/shared/SPEC.md", encoding="utf-8").read()
issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True).stdout
issue_j = " ".join(re.sub(r"^>\s?", "", l) for l in issue.splitlines())
readme46 = open(os.path.join(H46, "README.md"), encoding="utf-8").read()
h46c = [open(os.path.join(H46, x), encoding="utf-8").read() for x in H46_CASES]
banned = set()
for txt in (spec, issue_j):
    for q in re.findall(r'"([^"\n]{3,200})"', txt):
        if len(q.split()) >= 2: banned.add(q.strip().lower())
for q in re.findall(r'"([^"\n]{3,300})"', readme46) + re.findall(r"(?<!\w)'([^'\n]{3,200}?)'(?!\w)", readme46):
    if len(q.split()) >= 2: banned.add(q.strip().lower())
banned_words = ["unsubscribe"]
stats["banned_phrases"] = len(banned)
for n, (f, rec) in sorted(cases.items()):
    t = (html_text(source_text(rec, decode=False)) + "\n" + label_text(rec)).lower()
    t1 = re.sub(r"\s+", " ", t)
    for b in banned:
        bb = re.sub(r"\s+", " ", b.rstrip(".,;:"))
        if re.search(r"(?<!\w)%s(?!\w)" % re.escape(bb), t1): fail("%s: banned phrase %r" % (f, b))
    for w in banned_words:
        if re.search(r"(?<!\w)%s(?!\w)" % w, t1): fail("%s: banned word %r" % (f, w))
    if re.search(r"(?m)^\s*(?:<p>)?hello,\s*(?:</p>)?\s*$", t): fail("%s: bare 'Hello,' greeting" % f)


def words(s):
    return re.findall(r"\w+", html_text(s).lower())


def grams(ws, k=8):
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}

ref = {"SPEC.md": grams(words(spec)), "issue 14": grams(words(issue_j)), "heldout46 README": grams(words(readme46))}
for x, c in zip(H46_CASES, h46c): ref[x] = grams(words(c))
case_g = {n: grams(words(source_text(rec, decode=False) + "\n" + label_text(rec))) for n, (f, rec) in cases.items()}
shared = {}
for n, g in case_g.items():
    for name, rg in ref.items():
        inter = g & rg
        if inter:
            fail("%s: shares an 8-word run with %s: %s" % (cases[n][0], name, " ".join(sorted(inter)[0])))
            shared["%02d~%s" % (n, name)] = [" ".join(x) for x in inter]
cc = 0
ns = sorted(case_g)
for i, a in enumerate(ns):
    for b in ns[i + 1:]:
        inter = case_g[a] & case_g[b]
        if inter:
            cc += len(inter); fail("cases %02d and %02d share: %s" % (a, b, " ".join(sorted(inter)[0])))
stats["case_case_shared_runs"] = cc
if os.path.exists(rd):
    rg = grams(words(open(rd, encoding="utf-8").read()))
    stats["readme_shared_runs"] = {name: [" ".join(x) for x in (rg & g)] for name, g in ref.items() if rg & g}

# ---------------------------------------------------------------- totals
tot = {"cases": len(cases), "draft": sum(1 for _, r in cases.values() if r["expect_draft"]),
       "key_points": sum(len(r["key_points"]) for _, r in cases.values()),
       "tokens": sum(len(k["must_include"]) for _, r in cases.values() for k in r["key_points"]),
       "must_not": sum(len(r["must_not"]) for _, r in cases.values()),
       "slots": sum(len(r["answer_slots"]) for _, r in cases.values())}
stats["totals"] = tot
stats["errors"] = ERR
json.dump(stats, open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps({k: v for k, v in stats.items() if k != "errors"}, ensure_ascii=False, indent=1))
if ERR:
    print("\n".join("FAIL " + e for e in ERR))
    sys.exit(1)
print("OK")
