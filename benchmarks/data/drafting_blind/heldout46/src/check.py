"""Checks for heldout46 (standard library only). Exit 1 on any failure; writes check_stats.json."""
import html, json, os, re, subprocess, sys
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H45 = "/work/main/benchmarks/data/drafting_blind/heldout45"
H45_CASES = ["h45_04_rtk-survey-drones-geomatics-firm-ottawa-prospect.json",
             "h45_19_heat-pump-retrofit-apartment-association-kaunas-pause.json",
             "h45_34_abris-chauffes-chaufferettes-coulee-hiver-quebec.json"]
errors = []
def err(m): errors.append(m)

# ---------- load ----------
files = sorted(f for f in os.listdir(OUT) if f.startswith("h46_") and f.endswith(".json"))
cases = []
for f in files:
    with open(os.path.join(OUT, f), encoding="utf-8") as fh:
        cases.append((f, json.load(fh)))
readme_path = os.path.join(OUT, "README.md")
readme = open(readme_path, encoding="utf-8").read() if os.path.exists(readme_path) else ""

spec = open("/work/shared/SPEC.md", encoding="utf-8").read()
issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True).stdout
issue_j = re.sub(r"\s+", " ", "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in issue.splitlines()))
h45_readme = open(os.path.join(H45, "README.md"), encoding="utf-8").read()
h45_cases_text = [open(os.path.join(H45, f), encoding="utf-8").read() for f in H45_CASES]

# ---------- format ----------
TOP = ["id", "batch", "domain", "language", "now", "tz", "customer", "rep", "rep_history", "sources",
       "expect_draft", "key_points", "must_not", "answer_slots"]
h45_keys = [list(json.loads(t).keys()) for t in h45_cases_text]
for k in h45_keys:
    if k != TOP: err(f"heldout45 key order differs from mine: {k}")
MSG = ["kind", "id", "at", "direction", "subject", "content_type", "body"]
NOTE = ["kind", "id", "at", "text"]
if len(cases) != 40: err(f"{len(cases)} case files, want 40")
for i, (f, c) in enumerate(cases, 1):
    if list(c.keys()) != TOP: err(f"{f}: key order {list(c.keys())}")
    if not f.startswith(f"h46_{i:02d}_") or c["id"] != "h46-" + f[4:-5].replace("_", "-", 1):
        err(f"{f}: name/id mismatch {c['id']}")
    if c["batch"] != "blind-heldout46": err(f"{f}: batch")
    if list(c["customer"].keys()) != ["name", "email"]: err(f"{f}: customer keys")
    if list(c["rep"].keys()) != ["name", "email", "signature"]: err(f"{f}: rep keys")
    for j, s in enumerate(c["sources"], 1):
        want = MSG if s["kind"] == "message" else NOTE
        if list(s.keys()) != want: err(f"{f}: source {j} keys {list(s.keys())}")
        if s["id"] != j: err(f"{f}: source id {s['id']}")
    for kp in c["key_points"]:
        if list(kp.keys()) != ["what", "must_include"]: err(f"{f}: key point keys")

# ---------- counts and shapes ----------
SHAPE = {}
for n in (4, 15, 22, 31, 37): SHAPE[n] = "notes-only"
for n in (1, 6, 9, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40): SHAPE[n] = "notes+mail"
for n in (3, 10, 11, 18, 24, 29, 38): SHAPE[n] = "html"
for n in (2, 8, 14, 17, 23, 27, 32, 36): SHAPE[n] = "quoted"
for n in (5, 39): SHAPE[n] = "quiet"
for n in (13, 30): SHAPE[n] = "ooo"
SHAPE[19] = "pause"; SHAPE[25] = "optout"; SHAPE[7] = "ooo-past"
LANG = {n: ("en" if n <= 20 else "de" if n <= 27 else "fr" if n <= 34 else "es") for n in range(1, 41)}
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
for (f, c), m in zip(cases, meta):
    n = m["num"]
    if c["language"] != LANG[n]: err(f"{f}: language {c['language']} want {LANG[n]}")
    sh = SHAPE[n]
    if m["shape"].split(":")[-1].strip().split(" ")[0] != sh and not m["shape"].startswith(sh):
        err(f"{f}: meta shape {m['shape']} want {sh}")
    if n <= 20 and not m["where"].startswith("native" if n <= 10 else "non-native"): err(f"{f}: native split")
    kinds = [(s["kind"], s.get("direction")) for s in c["sources"]]
    nd = sh in ("quiet", "ooo", "pause", "optout")
    if c["expect_draft"] == nd: err(f"{f}: expect_draft {c['expect_draft']} for {sh}")
    if nd and (c["key_points"] or c["must_not"] or c["answer_slots"]): err(f"{f}: no-draft with labels")
    if not nd and (len(c["key_points"]) < 2 or not c["must_not"]): err(f"{f}: thin labels")
    if sh == "notes-only" and any(k != "note" for k, _ in kinds): err(f"{f}: notes-only has messages")
    if sh == "notes-only" and len(kinds) < 2: err(f"{f}: notes-only needs 2 notes")
    if sh == "notes+mail" and not ({"note", "message"} <= {k for k, _ in kinds}): err(f"{f}: notes+mail")
    if sh == "quoted":
        if kinds != [("message", "inbound")]: err(f"{f}: quoted must be one inbound message")
        b = c["sources"][0]["body"]
        if not re.search(r"^(> |From: |Von: |Le 20|El |On |Am )", b, re.M): err(f"{f}: no quote header")
    if sh == "html":
        ins = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
        outs = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "outbound"]
        if any(s["content_type"] != "text/html" for s in ins) or any(s["content_type"] != "text/plain" for s in outs):
            err(f"{f}: html content types")
        if any(not re.search(r"<(ul|ol)>", s["body"]) for s in ins): err(f"{f}: html without list")
        if "<ol>" not in ins[-1]["body"]: err(f"{f}: latest html without <ol>")
    elif any(s.get("content_type") == "text/html" for s in c["sources"]): err(f"{f}: html outside html shape")
    if sh in ("ooo", "ooo-past"):
        if not any(s["kind"] == "message" and s["direction"] == "inbound" and re.search(r"(?i)automati|absence|automatisk", s["subject"]) for s in c["sources"]):
            err(f"{f}: no auto-reply subject")
from collections import Counter
cnt = Counter((LANG[m["num"]], SHAPE[m["num"]]) for m in meta)
langs = Counter(LANG[m["num"]] for m in meta)
if langs != Counter({"en": 20, "de": 7, "fr": 7, "es": 6}): err(f"language counts {langs}")

# ---------- dates ----------
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
         "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
DE_WD = {"montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3, "do": 3,
         "freitag": 4, "fr": 4, "samstag": 5, "sa": 5, "sonntag": 6, "so": 6}
FR_WD = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
ES_WD = {"lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "mié": 2, "jueves": 3, "jue": 3,
         "viernes": 4, "vie": 4, "sábado": 5, "sáb": 5, "domingo": 6, "dom": 6}
MONTHS = {}
for i, names in enumerate([
    "january jan januar jänner janvier enero ene", "february feb februar février febrero",
    "march mar märz mars marzo", "april apr avril abril", "may mai mayo", "june jun juni juin junio",
    "july jul juli juillet julio", "august aug août agosto", "september sep sept septembre septiembre",
    "october oct oktober okt octobre octubre", "november nov novembre noviembre",
    "december dec dezember dez décembre diciembre dic"], 1):
    for n in names.split():
        MONTHS.setdefault(n, i)
MON_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
def wd_re(d): return "|".join(sorted(d, key=len, reverse=True))
ALLWD = {**EN_WD, **DE_WD, **FR_WD, **ES_WD}
PAT = [
    # weekday, day [., de] [month] [year]
    re.compile(r"(?<!\w)(" + wd_re(ALLWD) + r")\.?,?\s+(\d{1,2})(?:st|nd|rd|th|er)?\.?(?:\s*(?:de\s+)?(" + MON_RE +
               r")\b\.?|(\d{1,2})\.)?(?:\s+(?:de\s+)?(20\d\d))?", re.I),
    # weekday, month day[, year]
    re.compile(r"(?<!\w)(" + wd_re(EN_WD) + r"),?\s+(" + MON_RE + r")\.?\s+(\d{1,2})(?:,?\s+(20\d\d))?", re.I),
]
def yr_for(mo): return 2035 if mo <= 2 else 2034
pairs = 0
def check_dates(text, where, lang="de"):
    global pairs
    for m in PAT[0].finditer(text):
        w = m.group(1).lower()
        if (w in DE_WD and w not in EN_WD and len(w) == 2 and lang != "de") or (w in ES_WD and w not in EN_WD and len(w) <= 3 and lang != "es"):
            continue
        wd = ALLWD[m.group(1).lower()]
        day = int(m.group(2))
        mo = MONTHS.get((m.group(3) or "").lower()) or (int(m.group(4)) if m.group(4) else None)
        if m.group(4) is None and m.group(3) is None and re.match(r"\.(\d{1,2})\.", text[m.end(2):m.end(2) + 4]):
            mo = int(re.match(r"\.(\d{1,2})\.", text[m.end(2):]).group(1))
        if mo and mo > 12: continue
        cands = [(int(m.group(5)) if m.group(5) else yr_for(mo), mo)] if mo else [(2034, 10), (2034, 11), (2034, 12), (2035, 1)]
        ok = False
        for y, mm in cands:
            try:
                if date(y, mm, day).weekday() == wd: ok = True
            except ValueError:
                pass
        pairs += 1
        if not ok: err(f"{where}: weekday/date wrong: {m.group(0)!r}")
    for m in PAT[1].finditer(text):
        wd = EN_WD[m.group(1).lower()]; mo = MONTHS[m.group(2).lower()]; day = int(m.group(3))
        y = int(m.group(4)) if m.group(4) else yr_for(mo)
        pairs += 1
        try:
            if date(y, mo, day).weekday() != wd: err(f"{where}: weekday/date wrong: {m.group(0)!r}")
        except ValueError:
            err(f"{where}: bad date {m.group(0)!r}")
# self-test
_e = len(errors)
for t in ["Tuesday 5 December", "Mi 6.12.", "lundi 11 décembre", "el jueves 14 de diciembre", "Monday, December 4", "Thu, 23 Nov 2034"]:
    check_dates(t, "selftest-good")
assert len(errors) == _e, errors[_e:]
for t in ["Tuesday 6 December", "Do 6.12.", "mardi 11 décembre", "viernes 14 de diciembre", "Friday, December 4", "Sat 9 Dec 2035"]:
    n0 = len(errors); check_dates(t, "selftest-bad"); assert len(errors) == n0 + 1, t; errors.pop()
pairs = 0

def texts_of(c):
    out = []
    for s in c["sources"]:
        out.append(s.get("subject", "")); out.append(html.unescape(s.get("body", s.get("text", ""))))
    return out
for f, c in cases:
    tz = ZoneInfo(c["tz"])
    now = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    ln = now.astimezone(tz)
    if not (ln.date() in (date(2034, 12, 4), date(2034, 12, 5), date(2034, 12, 6)) and 7 <= ln.hour and (ln.hour, ln.minute) <= (18, 0)):
        err(f"{f}: now {ln}")
    prev = None
    for s in c["sources"]:
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        la = at.astimezone(tz)
        if at >= now: err(f"{f}: source {s['id']} not before now")
        if prev and at < prev: err(f"{f}: sources out of order")
        if not (6 <= la.hour < 22): err(f"{f}: source {s['id']} stamped {la}")
        if la.date() < date(2034, 11, 1): err(f"{f}: source too early {la}")
        prev = at
    for t in texts_of(c) + [c["rep"]["signature"]]:
        check_dates(t, f, c["language"])
_rd = readme
for _m in re.finditer(r"(\w{3}) (\w{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) UTC (\d{4})", readme):
    _d = datetime.strptime(f"{_m.group(2)} {_m.group(3)} {_m.group(5)}", "%b %d %Y")
    if _d.strftime("%a") != _m.group(1): err(f"README: stamp weekday wrong {_m.group(0)!r}")
    _rd = _rd.replace(_m.group(0), " ")
check_dates(_rd, "README", "en")

# ---------- phones and domains ----------
def phone_runs(t):
    t = re.sub(r"\d{4}-\d\d-\d\dT[\d:]+Z?", " ", t)
    t = re.sub(r"\b\d{4}-\d\d-\d\d\b", " ", t)
    t = re.sub(r"\b\d{1,4}[./]\d{1,2}[./]\d{2,4}\b", " ", t)
    t = re.sub(r"\b\d{1,2}[.:]\d\d\b(?![.\d])", " ", t)
    glued = re.sub(r"(?<=\d)[ .\-()/]{1,3}(?=[\d(])", "", t)
    glued = re.sub(r"\((?=\d)", "", glued)
    return [r for r in re.findall(r"\d{7,}", glued)]
assert any("555" not in r for r in phone_runs("call 0117 496 0148")), "selftest phone 1"
assert any("555" not in r for r in phone_runs("(303) 421-9987")), "selftest phone 2"
assert not [r for r in phone_runs("on 2034-12-05T10:00:00Z at 10:30") if "555" not in r], "selftest phone 3"
assert not [r for r in phone_runs("Tel. +49 40 555 3186") if "555" not in r], "selftest phone 4"
for f, c in cases:
    blob = json.dumps(c, ensure_ascii=False)
    for t in texts_of(c) + [c["rep"]["signature"], c["customer"]["email"], c["rep"]["email"]]:
        for r in phone_runs(t):
            if "555" not in r: err(f"{f}: digit run without 555: {r}")
    for d in re.findall(r"[\w.+-]+@([\w.-]*\w)", blob):
        if not re.search(r"(^|\.)example\.(com|net|org)$", d): err(f"{f}: domain {d}")

# ---------- labels ----------
for f, c in cases:
    src = "\n".join(texts_of(c))
    for kp in c["key_points"]:
        for t in kp["must_include"]:
            if t not in src: err(f"{f}: token not in sources: {t!r}")
            if re.fullmatch(r"\d{1,2}", t): err(f"{f}: bare short number token {t!r}")
    for t in c["must_not"]:
        if t not in src: err(f"{f}: must_not not in sources: {t!r}")
    for kp in c["key_points"]:
        for t in kp["must_include"]:
            for mn in c["must_not"]:
                if mn in t or t in mn: err(f"{f}: token {t!r} overlaps must_not {mn!r}")

# ---------- forbidden wordings ----------
def quoted(text, singles):
    out = set(re.findall(r'"([^"\n]{2,120})"', text))
    out |= set(re.findall(r'“([^”\n]{2,120})”', text))
    if singles:
        out |= set(re.findall(r"(?<![\w])'([^'\n]{2,120}?)'(?![\w])", text))
    res = set()
    for p in out:
        p = p.replace("…", "").strip().rstrip(".").strip()
        if " " in p: res.add(p.lower())
    return res
banned = quoted(spec, False) | quoted(issue_j, False) | quoted(h45_readme, True)
banned |= {"hello,", "unsubscribe"}
# the no-draft quotes of heldout45's README count whole, and the quote header of heldout44's case 17
def banned_hits(text):
    tl = text.lower()
    return [p for p in banned if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", tl)]
for f, c in cases:
    for t in texts_of(c) + [c["rep"]["signature"]] + [k["what"] for k in c["key_points"]] + c["answer_slots"]:
        for p in banned_hits(t):
            err(f"{f}: banned wording {p!r}")

# ---------- 8-word overlaps ----------
def words(t): return re.findall(r"\w+", t.lower())
def shingles(t, n=8):
    w = words(t); return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
ref = shingles(spec) | shingles(issue_j) | shingles(h45_readme)
for t in h45_cases_text:
    ref |= shingles(t)
case_sh = {}
for f, c in cases:
    sh = set()
    for t in texts_of(c): sh |= shingles(t)
    case_sh[f] = sh
    hit = sh & ref
    if hit: err(f"{f}: 8-word overlap with reference: {[' '.join(h) for h in list(hit)[:3]]}")
cross = 0
fl = list(case_sh)
for i in range(len(fl)):
    for j in range(i + 1, len(fl)):
        x = case_sh[fl[i]] & case_sh[fl[j]]
        if x:
            cross += len(x); err(f"{fl[i]} / {fl[j]}: shared 8 words: {[' '.join(h) for h in list(x)[:2]]}")
readme_overlap = sorted(" ".join(h) for h in shingles(readme) & ref) if readme else []

# ---------- places of heldout45's README ----------
PLACES = """Glasgow Cardiff Minneapolis Ottawa Pittsburgh Adelaide Portland Manchester Saskatoon Brisbane Kraków Krakow
Utrecht Tampere Porto Izmir Debrecen Gothenburg Osaka Kaunas Nang Dresden Köln Cologne Hamburg Graz Rostock Luzern
Lucerne Mainz Strasbourg Toulouse Montpellier Rouen Liège Herstal Lausanne Québec Quebec Sainte-Foy Valencia Bilbao
Barakaldo Bogotá Bogota Lima Surco Montevideo Córdoba Cordoba Winnipeg Nantes Bremen Leeds Hobart Haifa Geneve Genève
Scotland Wales Minnesota Ontario Pennsylvania Queensland Saskatchewan Oregon Pirkanmaa Hajdú-Bihar Västra Sachsen
Nordrhein-Westfalen Steiermark Mecklenburg-Vorpommern Rheinland-Pfalz Occitanie Hérault Normandie Vaud Valenciana
Vasco Cundinamarca Kanata Richmond Žaliakalnis Lisbon Toronto London Paris Berlin Madrid Vienna Zurich Brussels
Chicago Amsterdam Warsaw Helsinki Istanbul Budapest Stockholm Tokyo Vilnius Regina Ho_Chi_Minh Montréal Cartagena""".split()
place_hits = []
for f, c in cases:
    blob = " ".join(texts_of(c)) + " " + c["rep"]["signature"] + " " + f
    for p in PLACES:
        if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", blob, re.I):
            place_hits.append((f, p)); err(f"{f}: place of heldout45 README: {p}")
# capitalised words shared with heldout45's README, for a human look
h45_caps = set(re.findall(r"\b[A-ZÀ-Ý][\w-]{3,}", h45_readme))
mine_caps = Counter()
for f, c in cases:
    for w in set(re.findall(r"\b[A-ZÀ-Ý][\w-]{3,}", " ".join(texts_of(c)))):
        if w in h45_caps: mine_caps[w] += 1

stats = {"cases": len(cases), "expect_draft": sum(c["expect_draft"] for _, c in cases),
         "key_points": sum(len(c["key_points"]) for _, c in cases),
         "tokens": sum(len(k["must_include"]) for _, c in cases for k in c["key_points"]),
         "must_not": sum(len(c["must_not"]) for _, c in cases),
         "slots": sum(len(c["answer_slots"]) for _, c in cases),
         "weekday_date_pairs_checked": pairs, "banned_phrases": len(banned),
         "shape_counts": {f"{l}/{s}": n for (l, s), n in sorted(cnt.items())},
         "cross_case_8word": cross, "readme_8word_overlaps": readme_overlap,
         "capitalised_words_shared_with_h45_readme": dict(mine_caps.most_common()),
         "errors": errors}
with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as fh:
    json.dump(stats, fh, ensure_ascii=False, indent=1)
print(json.dumps({k: v for k, v in stats.items() if k != "capitalised_words_shared_with_h45_readme"}, ensure_ascii=False, indent=1)[:6000])
print("shared caps:", dict(mine_caps.most_common()))
sys.exit(1 if errors else 0)
