"""Checker for batch heldout44 (standard library only). Prints problems; writes check_stats.json."""
import json, os, re, subprocess, sys, html
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H43 = "/work/main/benchmarks/data/drafting_blind/heldout43/"
H43_FILES = ["h43_06_laptop-leasing-accounting-firm-winnipeg.json",
             "h43_22_wlan-lagerhalle-kaffeeimport-bremen-neukunde.json",
             "h43_30_impression-geree-courtier-assurances-nantes-absence.json"]
problems = []
def bad(*a):
    problems.append(" ".join(str(x) for x in a))

meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
cases = []
for f in sorted(os.listdir(OUT)):
    if f.startswith("h44_") and f.endswith(".json"):
        cases.append((f, json.load(open(os.path.join(OUT, f), encoding="utf-8"))))
readme_path = os.path.join(OUT, "README.md")
readme = open(readme_path, encoding="utf-8").read() if os.path.exists(readme_path) else ""

# ---------- format: key order as heldout43
ref = [json.load(open(H43 + f, encoding="utf-8")) for f in H43_FILES]
top_keys = list(ref[0].keys())
note_keys = list(ref[1]["sources"][0].keys())
msg_keys = list(ref[0]["sources"][0].keys())
for f, c in cases:
    if list(c.keys()) != top_keys: bad(f, "top-level keys", list(c.keys()))
    if list(c["customer"].keys()) != ["name", "email"]: bad(f, "customer keys")
    if list(c["rep"].keys()) != ["name", "email", "signature"]: bad(f, "rep keys")
    for s in c["sources"]:
        want = note_keys if s["kind"] == "note" else msg_keys
        if list(s.keys()) != want: bad(f, "source keys", s["id"])
    for kp in c["key_points"]:
        if list(kp.keys()) != ["what", "must_include"]: bad(f, "key point keys")
    if c["batch"] != "blind-heldout44": bad(f, "batch")
    if not f.startswith("h44_%s_" % c["id"].split("-")[1]) or f[:-5].split("_", 2)[2] != c["id"].split("-", 2)[2]: bad(f, "file name vs id")
    if [s["id"] for s in c["sources"]] != list(range(1, len(c["sources"]) + 1)): bad(f, "source ids")

# ---------- counts
shape_of = {c["id"]: meta[c["id"]]["shape"] for f, c in cases}
cnt = Counter((c["language"], shape_of[c["id"]]) for f, c in cases)
expected = {("en", "notes+mail"): 6, ("en", "quoted"): 4, ("en", "html"): 4, ("en", "notes-only"): 2, ("en", "ooo-past"): 1, ("en", "no-draft"): 3,
            ("de", "notes+mail"): 2, ("de", "quoted"): 2, ("de", "html"): 1, ("de", "notes-only"): 1, ("de", "no-draft"): 1,
            ("fr", "notes+mail"): 3, ("fr", "quoted"): 1, ("fr", "html"): 1, ("fr", "notes-only"): 1, ("fr", "no-draft"): 1,
            ("es", "notes+mail"): 2, ("es", "quoted"): 1, ("es", "html"): 1, ("es", "notes-only"): 1, ("es", "no-draft"): 1}
if dict(cnt) != expected: bad("shape counts", dict(cnt))
lang = Counter(c["language"] for f, c in cases)
if dict(lang) != {"en": 20, "de": 7, "fr": 7, "es": 6}: bad("language counts", dict(lang))
nat = Counter(meta[c["id"]]["place"].split(":")[0] for f, c in cases if c["language"] == "en")
if nat.get("native") != 10 or nat.get("non-native") != 10: bad("native/non-native", nat)
nd = Counter(meta[c["id"]].get("nodraft") for f, c in cases if not c["expect_draft"])
if len(cases) != 40: bad("case count", len(cases))

# ---------- shapes
for f, c in cases:
    sh = shape_of[c["id"]]; kinds = [s["kind"] for s in c["sources"]]
    msgs = [s for s in c["sources"] if s["kind"] == "message"]
    if sh == "notes-only" and any(k != "note" for k in kinds): bad(f, "notes-only has a message")
    if sh == "notes+mail" and ("note" not in kinds or not msgs): bad(f, "notes+mail")
    if sh in ("html", "quoted") and "note" in kinds: bad(f, sh, "has notes")
    if sh == "html":
        for s in msgs:
            if s["direction"] == "inbound" and (s["content_type"] != "text/html" or not re.search(r"<[uo]l>", s["body"])): bad(f, "html inbound")
            if s["direction"] == "outbound" and s["content_type"] != "text/plain": bad(f, "html outbound")
        if "<ol>" not in msgs[-1]["body"]: bad(f, "last html mail without <ol>")
    if sh == "quoted":
        last = msgs[-1]
        if last["direction"] != "inbound": bad(f, "quoted: last not inbound")
        prev_out = [s for s in msgs if s["direction"] == "outbound"][-1]
        first_line = prev_out["body"].split("\n")[0].strip()
        if first_line not in last["body"]: bad(f, "quoted: rep mail not quoted")
    if not c["expect_draft"] and (c["key_points"] or c["must_not"] or c["answer_slots"]): bad(f, "no-draft with labels")
    if c["expect_draft"] and not c["key_points"]: bad(f, "draft without key points")
    if sh == "ooo-past" and not any(s["subject"].lower().startswith("out of office") for s in msgs): bad(f, "ooo-past without auto-reply")

# ---------- dates
for f, c in cases:
    m = meta[c["id"]]; tz = ZoneInfo(c["tz"])
    now = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
    nl = now.astimezone(tz)
    if nl.date() not in (date(2034, 8, 8), date(2034, 8, 9), date(2034, 8, 10)): bad(f, "now date", nl)
    if not (8 <= nl.hour < 18) and not (nl.hour == 18 and nl.minute == 0): bad(f, "now hour", nl)
    prev = None
    for s in c["sources"]:
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        if at >= now: bad(f, "source after now", s["id"])
        if prev and at <= prev: bad(f, "source order", s["id"])
        prev = at
        lh = at.astimezone(tz).hour
        if not (6 <= lh < 22): bad(f, "source local hour", s["id"], lh)
        if at.astimezone(tz).date() < date(2034, 6, 20): bad(f, "source too old", s["id"])

EN_D = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EN_M = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DE_D = {"mo": 0, "montag": 0, "di": 1, "dienstag": 1, "mi": 2, "mittwoch": 2, "do": 3, "donnerstag": 3, "fr": 4, "freitag": 4, "sa": 5, "samstag": 5, "so": 6, "sonntag": 6}
DE_M = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
FR_D = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
ES_D = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
W = r"[A-Za-zÀ-ÿ]"
PATS = [
    ("en", re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")),
    ("en2", re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b")),
    ("de", re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+(?:den\s+)?(\d{1,2})\.\s?(\d{1,2})\.")),
    ("de2", re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+(?:den\s+)?(\d{1,2})\.\s+(" + "|".join(DE_M) + r")\b")),
    ("fr", re.compile(r"\b(lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s+(\d{1,2})(?:er)?\s+(" + "|".join(FR_M) + r")\b", re.I)),
    ("es", re.compile(r"\b(lun|mar|mié|jue|vie|sáb|dom)[a-zé]*\.?,?\s+(\d{1,2})\s+de\s+(" + "|".join(ES_M) + r")\b", re.I)),
    ("bare", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s+(?:the\s+|le\s+|el\s+|den\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*(?:de\s+)?(?:[A-Za-zÀ-ÿ]{3,}|\.\s?\d|\.\d|:|h\b|[-–]))")),
]
BARE_D = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4,
          "saturday": 5, "sat": 5, "sunday": 6, "sun": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
          "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
BARE_D.update(DE_D)

def weekday_pairs(text, where):
    n = 0
    for name, p in PATS:
        for mm in p.finditer(text):
            g = mm.groups()
            try:
                if name == "en":
                    wd, d, mo = EN_D.index(g[0][:3].lower()), int(g[1]), EN_M.index(g[2][:3].lower()) + 1
                elif name == "en2":
                    wd, mo, d = EN_D.index(g[0][:3].lower()), EN_M.index(g[1][:3].lower()) + 1, int(g[2])
                elif name == "de":
                    wd, d, mo = DE_D[g[0].lower()], int(g[1]), int(g[2])
                elif name == "de2":
                    wd, d, mo = DE_D[g[0].lower()], int(g[1]), DE_M.index(g[2].lower()) + 1
                elif name == "fr":
                    wd, d, mo = FR_D.index(g[0].lower()), int(g[1]), FR_M.index(g[2].lower()) + 1
                elif name == "es":
                    wd, d, mo = ES_D.index(g[0].lower()), int(g[1]), ES_M.index(g[2].lower()) + 1
                else:
                    wd, d, mo = BARE_D[g[0].lower()], int(g[1]), None
            except (ValueError, KeyError):
                continue
            n += 1
            yr = re.search(r"^[^\n]{0,20}?\b(20\d\d)\b", text[mm.end():mm.end() + 26])
            y = int(yr.group(1)) if yr else 2034
            if mo is not None and y != 2034:
                ok = date(y, mo, d).weekday() == wd
                if not ok: bad(where, "weekday mismatch:", repr(mm.group(0)))
                continue
            if mo is None:
                ok = any(date(2034, m_, d).weekday() == wd for m_ in (7, 8, 9, 10) if d <= 31 and (d <= 30 or m_ in (7, 8, 10)))
            else:
                ok = date(2034, mo, d).weekday() == wd
            if not ok:
                bad(where, "weekday mismatch:", repr(mm.group(0)))
    return n

def all_strings(c):
    out = [c["rep"]["signature"]]
    for s in c["sources"]:
        out.append(s.get("text") or html.unescape(s["body"]))
        if s["kind"] == "message": out.append(s["subject"])
    for kp in c["key_points"]:
        out.append(kp["what"]); out.extend(kp["must_include"])
    out.extend(c["must_not"]); out.extend(c["answer_slots"])
    return out

pairs = 0
for f, c in cases:
    m = meta[c["id"]]
    for t in all_strings(c) + m.get("rel", []) + [m.get("why", "")]:
        pairs += weekday_pairs(t, f)
pairs += weekday_pairs(readme, "README")
# self-test: wrong weekdays must be caught
_before = len(problems)
for t in ["Friday 10 August", "Mo 8.8.", "mardi 9 août", "jueves 8 de agosto", "Tuesday, August 10", "Freitag, 2. Oktober"]:
    weekday_pairs(t, "selftest")
if len(problems) - _before != 6:
    bad("weekday self-test failed", problems[_before:])
else:
    del problems[_before:]

# ---------- phones and e-mail domains
def phone_runs(t):
    t = re.sub(r"\d{4}-\d{2}-\d{2}(T[\d:]+Z)?", " ", t)
    t = re.sub(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", " ", t)
    t = re.sub(r"\b\d{1,2}[:.]\d{2}\b", " ", t)
    for mm in re.finditer(r"(?<![A-Za-z/\-])\+?\(?\d[\d \-.()]*\d", t):
        digits = re.sub(r"\D", "", mm.group(0))
        if len(digits) >= 7:
            yield mm.group(0), digits
phones = 0
for f, c in cases:
    for t in all_strings(c):
        for raw, digits in phone_runs(t):
            phones += 1
            if "555" not in digits: bad(f, "phone without 555:", raw)
_b = len(problems)
for raw, digits in phone_runs("call 0113 496 0187 or +44 20 7946 0321, on 2034-08-08 at 10:30, 25/07/2034"):
    if "555" not in digits: problems.append("x")
if len(problems) - _b != 2: bad("phone self-test failed", len(problems) - _b)
else: del problems[_b:]
emails = 0
for f, c in cases:
    blob = json.dumps(c, ensure_ascii=False)
    for e in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
        emails += 1
        if not re.fullmatch(r"(?:[\w-]+\.)*example\.(com|net|org)", e): bad(f, "e-mail domain", e)

# ---------- labels
for f, c in cases:
    src = "\n".join(s.get("text") or html.unescape(s["body"]) for s in c["sources"]) + "\n" + "\n".join(s.get("subject", "") for s in c["sources"])
    for kp in c["key_points"]:
        for t in kp["must_include"]:
            if t not in src: bad(f, "token not in sources:", t)
            if re.fullmatch(r"\d{1,2}", t): bad(f, "bare number token", t)
    for t in c["must_not"]:
        if t not in src: bad(f, "must_not not in sources:", t)
    for t in c["must_not"]:
        for kp in c["key_points"]:
            for tok in kp["must_include"]:
                if t in tok: bad(f, "must_not inside a token", t, tok)

# ---------- wordings kept out
spec = open("/work/shared/SPEC.md", encoding="utf-8").read()
try:
    issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True, timeout=60).stdout
except Exception as e:
    issue = ""; bad("could not read issue 14", e)
if len(issue) < 1000: bad("issue 14 text too short")
h43readme = open(H43 + "README.md", encoding="utf-8").read()
h43files = [open(H43 + f, encoding="utf-8").read() for f in H43_FILES]
banned = set()
for t in (spec, issue):
    for q in re.findall(r"\"([^\"\n]{3,200})\"", t):
        banned.add(q.strip())
    for q in re.findall(r"“([^”\n]{3,200})”", t):
        banned.add(q.strip())
for q in re.findall(r"(?<!\w)'(.+?)'(?!\w)", h43readme):
    banned.add(q.strip())
banned = {b for b in banned if len(re.findall(r"\w+", b)) >= 2 and re.search(r"[A-Za-zÀ-ÿ]{2}", b)}
banned |= {"unsubscribe", "Hello,"}
banned = {b.rstrip(" .…") for b in banned}
banned = {b for b in banned if len(b) >= 5}
hits = 0
for f, c in cases:
    m = meta[c["id"]]
    blob = "\n".join(all_strings(c) + [c["domain"], c["id"]])
    for b in banned:
        if b.lower() in blob.lower():
            hits += 1; bad(f, "banned wording:", repr(b))
for b in banned:
    if b.lower() in readme.lower():
        bad("README", "banned wording:", repr(b))
OPENERS = ["Visit at", "Rang", "Dropped in on", "Phoned", "Online demo", "On site at", "Online meeting", "Spoke to", "Phone with", "Discussed on phone",
           "Besuch", "Telefonat", "Rundgang", "Erstgespräch", "Passage au cabinet", "Échange téléphonique", "Entretien téléphonique", "Visite à l'agence",
           "Jasé avec", "Visita a la gestoría", "Demo presencial", "Recorrida", "Appel", "Rdv", "Llamada", "Reunión", "Tél."]
for f, c in cases:
    for s in c["sources"]:
        if s["kind"] == "note":
            for o in OPENERS:
                if s["text"].startswith(o): bad(f, "heldout43 note opener", o)

def grams(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
ext = set()
for t in [spec, issue, h43readme] + h43files:
    ext |= grams(t)
shared_ext = 0
case_grams = {}
for f, c in cases:
    g = set()
    for t in all_strings(c):
        g |= grams(t)
    case_grams[f] = g
    inter = g & ext
    if inter:
        shared_ext += len(inter); bad(f, "8-word run shared with SPEC/issue/heldout43:", " ".join(sorted(inter)[0]))
shared_cross = 0
fs = sorted(case_grams)
for i, a in enumerate(fs):
    for b in fs[i + 1:]:
        inter = case_grams[a] & case_grams[b]
        if inter:
            shared_cross += len(inter); bad(a, b, "share 8-word run:", " ".join(sorted(inter)[0]))
readme_shared = sorted(" ".join(x) for x in grams(readme) & ext)

# ---------- places
h43words = set(re.findall(r"\w+", h43readme.lower()))
h43text = h43readme.lower()
for f, c in cases:
    m = meta[c["id"]]
    pl = re.search(r"\(([^)]*)\)", m["place"]).group(1)
    region = m["place"].split(":", 1)[1].split("(")[0].split("/")[-1].strip()
    names = [x.strip() for x in pl.split("/")] + [region] + ([m["rep_city"]] if m.get("rep_city") else [])
    for nm in names:
        if re.search(r"(?<!\w)" + re.escape(nm.lower()) + r"(?!\w)", h43text):
            bad(f, "place found in heldout43 README:", nm)
BACKGROUND = ["Wickenburg", "Larnaca", "Mérignac", "Coyoacán", "Narvarte", "Thun", "Kalamaria", "Linden", "Cleunay", "Bruz", "Incheon", "Seoul",
              "Yarmouth", "Gottingen", "Lisburn", "Holywood", "Carryduff", "Rathmines", "Terenure", "Redland", "Plainpalais", "Fives", "Dieppe",
              "Cumbayá", "Portugal", "Haeundae", "Triana", "Palermo", "Croix-Rousse", "Haidhausen", "Marktgasse", "Rotebühlstraße", "Lakewood", "Kingston"]
for nm in BACKGROUND:
    if re.search(r"(?<!\w)" + re.escape(nm.lower()) + r"(?!\w)", h43text):
        bad("background place found in heldout43 README:", nm)
cities = Counter(re.search(r"\(([^)]*)\)", meta[c["id"]]["place"]).group(1) for f, c in cases)
for k, v in cities.items():
    if v > 1: bad("city used twice", k)

stats = {"cases": len(cases), "expect_draft": sum(c["expect_draft"] for f, c in cases),
         "no_draft": {k: v for k, v in nd.items()},
         "key_points": sum(len(c["key_points"]) for f, c in cases),
         "tokens": sum(len(k["must_include"]) for f, c in cases for k in c["key_points"]),
         "must_not": sum(len(c["must_not"]) for f, c in cases),
         "answer_slots": sum(len(c["answer_slots"]) for f, c in cases),
         "weekday_date_pairs": pairs, "phone_runs": phones, "email_addresses": emails,
         "banned_wordings_tested": len(banned), "eight_word_runs_shared_with_sources_read": shared_ext,
         "eight_word_runs_shared_between_cases": shared_cross,
         "readme_eight_word_runs_shared_with_sources_read": readme_shared,
         "problems": len(problems)}
if not os.path.exists(os.path.join(OUT, "MD5SUMS")):
    json.dump(stats, open(os.path.join(HERE, "check_stats.json"), "w"), ensure_ascii=False, indent=1)
for p in problems:
    print("PROBLEM", p)
print(json.dumps({k: v for k, v in stats.items() if k != "readme_eight_word_runs_shared_with_sources_read"}, ensure_ascii=False))
sys.exit(1 if problems else 0)
