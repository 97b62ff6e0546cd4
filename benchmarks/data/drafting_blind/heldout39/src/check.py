"""Checker for heldout39 (standard library only). Exit 1 on any problem."""
import json, os, re, sys, glob
from datetime import datetime, date
from zoneinfo import ZoneInfo, available_timezones

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H38 = "/work/main/benchmarks/data/drafting_blind/heldout38"
REF = {k: os.path.join(H38, f) for k, f in [
    ("01", "h38_01_telematics_dash_cams_reefer_trucking_memphis_prospect.json"),
    ("03", "h38_03_mezzanine_floor_3pl_warehouse_brisbane.json"),
    ("29", "h38_29_chariots_elevateurs_lld_entrepot_portuaire_le_havre.json")]}
errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

ref = {k: json.load(open(p, encoding="utf-8")) for k, p in REF.items()}
TOP = list(ref["01"].keys())
for k in ("03", "29"):
    assert list(ref[k].keys()) == TOP
CUST = list(ref["03"]["customer"].keys()); REP = list(ref["03"]["rep"].keys())
MSG = list(ref["03"]["sources"][0].keys()); NOTE = list(ref["01"]["sources"][0].keys())
KP = list(ref["03"]["key_points"][0].keys())
for s in ref["29"]["sources"]:
    assert list(s.keys()) == (NOTE if s["kind"] == "note" else MSG)

meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
TZS = available_timezones()

# ---------- weekday/date agreement ----------
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thurs": 3,
         "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
EN_MO = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
         "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
         "november": 11, "nov": 11, "december": 12, "dec": 12}
DE_WD = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6}
DE_MO = {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
         "oktober": 10, "november": 11, "dezember": 12}
FR_WD = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
FR_MO = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
         "octobre": 10, "novembre": 11, "décembre": 12}
ES_WD = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
ES_MO = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
         "octubre": 10, "noviembre": 11, "diciembre": 12}
def alt(d):
    return "|".join(sorted(map(re.escape, d), key=len, reverse=True))
PATTERNS = [
    ("en-dm", re.compile(r"\b(%s)\b,? (\d{1,2})(?:st|nd|rd|th)? (%s)\b(?:,? (\d{4}))?" % (alt(EN_WD), alt(EN_MO)), re.I), EN_WD, EN_MO, (1, 2, 3, 4)),
    ("en-md", re.compile(r"\b(%s)\b,? (%s)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?" % (alt(EN_WD), alt(EN_MO)), re.I), EN_WD, EN_MO, (1, 3, 2, 4)),
    ("de", re.compile(r"\b(%s),? (?:den )?(\d{1,2})\. (%s)\b(?: (\d{4}))?" % (alt(DE_WD), alt(DE_MO)), re.I), DE_WD, DE_MO, (1, 2, 3, 4)),
    ("fr", re.compile(r"\b(%s) (\d{1,2})(?:er)? (%s)\b(?: (\d{4}))?" % (alt(FR_WD), alt(FR_MO)), re.I), FR_WD, FR_MO, (1, 2, 3, 4)),
    ("es", re.compile(r"\b(%s) (\d{1,2}) de (%s)\b(?: de (\d{4}))?" % (alt(ES_WD), alt(ES_MO)), re.I), ES_WD, ES_MO, (1, 2, 3, 4)),
]
def weekday_problems(text):
    found, bad = 0, []
    for name, rx, wd, mo, (gw, gd, gm, gy) in PATTERNS:
        for m in rx.finditer(text):
            w = wd[m.group(gw).lower()]; d = int(m.group(gd)); mon = mo[m.group(gm).lower()]
            y = int(m.group(gy)) if m.group(gy) else 2032
            found += 1
            try:
                real = date(y, mon, d).weekday()
            except ValueError:
                bad.append(m.group(0)); continue
            if real != w:
                bad.append(m.group(0))
    return found, bad
# self-tests: correct ones pass, wrong ones are flagged in all four languages
for good in ["Tuesday 20 April", "Thu, Apr 8, 2032", "Freitag, 21. Mai", "mardi 1er juin", "sábado 5 de junio", "Mercredi 14 Avril 2032"]:
    assert weekday_problems(good) == (1, []), good
for wrong in ["Monday 20 April", "Fri, Apr 8, 2032", "Samstag, 21. Mai", "lundi 1er juin", "domingo 5 de junio"]:
    f, b = weekday_problems(wrong); assert f == 1 and b, wrong

# ---------- phones ----------
PHONE = re.compile(r"\+?\(?\d[\d \-\.\(\)/]{5,}\d")
def phone_problems(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}", " ", text)
    t = re.sub(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", " ", t)
    t = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", t)
    t = re.sub(r"(?:€|\$|S/|CHF|EUR|JPY|GBP|NZ\$|US\$|R) ?\d[\d.,' ]*\d|\d[\d.,' ]*\d ?(?:€|k€)", " ", t)
    bad = []
    for m in PHONE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and "555" not in digits:
            bad.append(m.group(0))
    return bad
assert phone_problems("call 0161 496 0123") and not phone_problems("call 0161 555 0123") and not phone_problems("on 2032-04-20 and 13/4/32 11:05")

URL = re.compile(r"[\w.+-]+@[\w.-]+|https?://[^\s\"<>]+|www\.[^\s\"<>]+")
def all_text(c):
    parts = [c["customer"]["email"], c["rep"]["email"], c["rep"]["signature"]]
    for s in c["sources"]:
        parts.append(s.get("text", "")); parts.append(s.get("body", "")); parts.append(s.get("subject", ""))
    return "\n".join(parts)

files = sorted(glob.glob(os.path.join(OUT, "h39_*.json")))
if len(files) != 40:
    err("expected 40 files, got", len(files))
cases = []
wd_count = 0
for n, fn in enumerate(files, 1):
    c = json.load(open(fn, encoding="utf-8"))
    cases.append(c)
    cid = c["id"]
    if list(c.keys()) != TOP: err(cid, "top keys")
    if list(c["customer"].keys()) != CUST or list(c["rep"].keys()) != REP: err(cid, "customer/rep keys")
    if c["batch"] != "blind-heldout39": err(cid, "batch")
    if c["rep_history"] != []: err(cid, "rep_history")
    base = os.path.basename(fn)
    if base != "h39_" + cid[4:].replace("-", "_") + ".json" or not cid.startswith("h39-%02d-" % n): err(cid, "file name/id/numbering", base)
    if c["tz"] not in TZS: err(cid, "tz")
    tz = ZoneInfo(c["tz"])
    now = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
    loc = now.astimezone(tz)
    if not (date(2032, 4, 20) <= loc.date() <= date(2032, 4, 22)) or loc.weekday() not in (1, 2, 3): err(cid, "now", loc)
    if not (date(2032, 4, 20) <= now.date() <= date(2032, 4, 22)): err(cid, "now utc", now)
    if not (8 <= loc.hour < 18): err(cid, "now outside office hours", loc)
    src_text = ""
    prev = None
    for i, s in enumerate(c["sources"], 1):
        keys = NOTE if s["kind"] == "note" else MSG
        if list(s.keys()) != keys: err(cid, "source keys", i)
        if s["id"] != i: err(cid, "source id", i)
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        if at < datetime(2032, 3, 1, tzinfo=ZoneInfo("UTC")) or at >= now: err(cid, "source date", i)
        if prev and at <= prev: err(cid, "source order", i)
        prev = at
        if s["kind"] == "message":
            if s["direction"] == "outbound" and s["content_type"] != "text/plain": err(cid, "rep mail not text/plain")
            src_text += "\n" + s["subject"] + "\n" + s["body"]
        else:
            src_text += "\n" + s["text"]
    text = all_text(c)
    for kp in c["key_points"]:
        if list(kp.keys()) != KP: err(cid, "kp keys")
        for t in kp["must_include"]:
            if t not in src_text: err(cid, "token not in sources:", t)
            if re.fullmatch(r"\d{1,2}", t.strip()): err(cid, "bare number token", t)
    toks = [t for kp in c["key_points"] for t in kp["must_include"]]
    rep_bits = [c["rep"]["name"], c["rep"]["email"]] + [l for l in c["rep"]["signature"].splitlines() if l.strip() and l.strip() != "--"]
    for m in c["must_not"]:
        if m not in src_text: err(cid, "must_not not in sources:", m)
        for t in toks:
            if m.lower() in t.lower() or t.lower() in m.lower(): err(cid, "must_not overlaps token", m, t)
        for r in rep_bits:
            if m.lower() in r.lower() or r.lower() in m.lower(): err(cid, "must_not overlaps rep", m, r)
    labels = "\n".join([kp["what"] for kp in c["key_points"]] + c["answer_slots"])
    f, bad = weekday_problems(text + "\n" + labels)
    wd_count += f
    for b in bad: err(cid, "weekday/date mismatch:", b)
    for u in URL.findall(text):
        if ".example." not in u: err(cid, "address without .example.:", u)
    for p in phone_problems(text): err(cid, "phone without 555:", p)
    # shapes
    m = meta[cid]
    shape = m["shape"]
    kinds = {s["kind"] for s in c["sources"]}
    inbound = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
    if shape in ("notes-only prospect", "notes plus mail") and "note" not in kinds: err(cid, "no note")
    if shape not in ("notes-only prospect", "notes plus mail") and "note" in kinds: err(cid, "note outside notes shapes")
    if shape == "notes-only prospect":
        if kinds != {"note"} or len(c["sources"]) != 1: err(cid, "notes-only must be one note")
        if c["customer"]["name"].split()[0] not in c["sources"][0]["text"]: err(cid, "note does not name customer")
    if shape == "HTML-only inbound":
        for s in inbound:
            if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]): err(cid, "HTML inbound without list")
    else:
        for s in inbound:
            if s["content_type"] != "text/plain": err(cid, "non-HTML shape with html inbound")
    if shape == "quoted thread":
        if not any(re.search(r"^>|\n>|Original Message|Mensaje original|Mail original|________________|wrote:\n", s["body"]) for s in inbound):
            err(cid, "no quoted history")
        if not m.get("quote_client"): err(cid, "quote client missing")
    nodraft = shape == "no draft"
    if nodraft and (c["expect_draft"] or c["key_points"] or c["must_not"] or c["answer_slots"]): err(cid, "no-draft case has labels")
    if not nodraft and (not c["expect_draft"] or not c["key_points"]): err(cid, "draft case without key points")

# counts
from collections import Counter
shapes = Counter(meta[c["id"]]["shape"] for c in cases)
want = {"notes-only prospect": 5, "notes plus mail": 13, "HTML-only inbound": 7, "quoted thread": 8, "no draft": 6,
        "out-of-office over, draft expected": 1}
if dict(shapes) != want: err("shape counts", dict(shapes))
langs = Counter(c["language"] for c in cases)
if dict(langs) != {"en": 20, "de": 7, "fr": 7, "es": 6}: err("language counts", dict(langs))
native_en = sum(1 for c in cases if c["language"] == "en" and meta[c["id"]]["native"])
if native_en != 10: err("native en count", native_en)
clients = [meta[c["id"]]["quote_client"] for c in cases if meta[c["id"]]["shape"] == "quoted thread"]
if len(set(clients)) != 8: err("quote clients not distinct", clients)
if not any("\n-- \n" in "\n" + c["rep"]["signature"] + "\n" or "\n-- \n" in s.get("body", "") for c in cases for s in c["sources"]):
    err("no '-- ' marker")
if not any(re.search(r"<ol>", s.get("body", "")) for c in cases for s in c["sources"]): err("no <ol>")
# places vs heldout38's README
readme38 = open(os.path.join(H38, "README.md"), encoding="utf-8").read()
cities = []
for c in cases:
    place = meta[c["id"]]["place"]
    pm = re.match(r"(?:native|non-native|de|fr|es): (.+?) \((.+)\)$", place)
    if not pm: err(c["id"], "place format", place); continue
    a, b = pm.group(1), pm.group(2)
    if place.startswith("non-native"):
        first_lang, city = a, b
        names = [first_lang, city]
    elif place.startswith("native"):
        region, city = a.split("/")
        names = [region, city]
    else:
        city, region = a, b
        names = [city] + [x.strip() for x in region.split(",")]
    cities.append(city)
    COUNTRIES = {"USA", "Australia", "Canada", "Scotland", "Ireland", "Wales", "New Zealand", "South Africa", "Colombia", "Perú", "Uruguay", "Québec"}
    for nm in names:
        if nm in COUNTRIES:
            continue
        if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", readme38, re.I): err(c["id"], "place or language named in heldout38 README:", nm)
if len(set(cities)) != len(cities): err("cities repeated", cities)

stats = {"cases": len(cases), "draft": sum(c["expect_draft"] for c in cases),
         "key_points": sum(len(c["key_points"]) for c in cases),
         "tokens": sum(len(k["must_include"]) for c in cases for k in c["key_points"]),
         "must_not": sum(len(c["must_not"]) for c in cases), "answer_slots": sum(len(c["answer_slots"]) for c in cases),
         "weekday_matches": wd_count, "shapes": dict(shapes), "languages": dict(langs)}
json.dump(stats, open(os.path.join(HERE, "check_stats.json"), "w"), indent=2)
if errors:
    print("\n".join(errors)); print(len(errors), "problems"); sys.exit(1)
print("OK", json.dumps(stats, ensure_ascii=False))
