"""Checker for blind-heldout41 (standard library only)."""
import json, os, re, sys, html, glob, calendar
from datetime import datetime, date
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
H40 = "/work/main/benchmarks/data/drafting_blind/heldout40"
ERR = []
def err(*a): ERR.append(" ".join(str(x) for x in a))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
files = sorted(glob.glob(os.path.join(OUT, "h41_*.json")))
cases = [(os.path.basename(f), json.load(open(f, encoding="utf-8"))) for f in files]
ref = {}
for pre in ("h40_02_", "h40_08_", "h40_28_"):
    f = glob.glob(os.path.join(H40, pre + "*.json"))[0]
    ref[pre] = (open(f, encoding="utf-8").read(), json.load(open(f, encoding="utf-8")))
h40_readme = open(os.path.join(H40, "README.md"), encoding="utf-8").read()

# 1. keys
TOP = list(ref["h40_28_"][1].keys())
for r in ref.values():
    assert list(r[1].keys()) == TOP
NOTEK = list(ref["h40_02_"][1]["sources"][0].keys())
MSGK = list(ref["h40_08_"][1]["sources"][0].keys())
KPK = list(ref["h40_08_"][1]["key_points"][0].keys())
CUSTK = list(ref["h40_08_"][1]["customer"].keys()); REPK = list(ref["h40_08_"][1]["rep"].keys())

def src_text(c):
    out = []
    for s in c["sources"]:
        if s["kind"] == "note": out.append(s["text"])
        else:
            out.append(s["subject"]); out.append(s["body"])
            if s["content_type"] == "text/html": out.append(html.unescape(s["body"]))
    return "\n".join(out)

def all_text(c):
    parts = [src_text(c), c["rep"]["signature"]]
    for k in c["key_points"]: parts.append(k["what"])
    parts += c["answer_slots"]
    return "\n".join(parts)

# 2-6
nums = []
for fn, c in cases:
    m = re.match(r"h41_(\d\d)_(.+)\.json$", fn)
    n, slug = int(m.group(1)), m.group(2); nums.append(n)
    if c["id"] != "h41-%02d-%s" % (n, slug): err(fn, "id/file mismatch")
    if list(c.keys()) != TOP: err(fn, "top keys")
    if list(c["customer"].keys()) != CUSTK or list(c["rep"].keys()) != REPK: err(fn, "customer/rep keys")
    if c["batch"] != "blind-heldout41": err(fn, "batch")
    if c["rep_history"] != []: err(fn, "rep_history")
    tz = ZoneInfo(c["tz"])
    now = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
    nl = now.astimezone(tz)
    if not (date(2033, 2, 15) <= now.date() <= date(2033, 2, 17)): err(fn, "now UTC date")
    if not (date(2033, 2, 15) <= nl.date() <= date(2033, 2, 17)) or nl.weekday() not in (1, 2, 3) or not (8 <= nl.hour < 18): err(fn, "now local", nl)
    prev = None
    for i, s in enumerate(c["sources"], 1):
        if s["id"] != i: err(fn, "source id", i)
        keys = list(s.keys())
        if keys != (NOTEK if s["kind"] == "note" else MSGK): err(fn, "source keys", i)
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        if at < datetime(2033, 1, 5, tzinfo=ZoneInfo("UTC")) or at >= now: err(fn, "source at range", i)
        if prev and at <= prev: err(fn, "source at order", i)
        prev = at
        if not (6 <= at.astimezone(tz).hour < 22): err(fn, "source local hour", i)
        if s["kind"] == "message" and s["direction"] == "outbound" and s["content_type"] != "text/plain": err(fn, "rep mail not plain")
    st = src_text(c)
    toks = []
    for k in c["key_points"]:
        if list(k.keys()) != KPK: err(fn, "kp keys")
        for t in k["must_include"]:
            toks.append(t)
            if t not in st: err(fn, "token not in sources:", t)
            if re.fullmatch(r"\d{1,2}", t): err(fn, "bare number token", t)
    low = st.lower()
    if len(set(x.lower() for x in c["must_not"])) != len(c["must_not"]): err(fn, "dup must_not")
    sig_lines = [l for l in c["rep"]["signature"].splitlines() if l.strip() and l.strip() != "--"]
    for mn in c["must_not"]:
        if mn.lower() not in low: err(fn, "must_not not in sources:", mn)
        for t in toks:
            if mn.lower() in t.lower() or t.lower() in mn.lower(): err(fn, "must_not overlaps token", mn, t)
        for x in [c["rep"]["name"], c["rep"]["email"]] + sig_lines:
            if mn.lower() in x.lower() or x.lower() in mn.lower(): err(fn, "must_not overlaps rep profile", mn)
    if c["expect_draft"] and not c["key_points"]: err(fn, "draft without key points")
    if not c["expect_draft"] and (c["key_points"] or c["must_not"] or c["answer_slots"]): err(fn, "no-draft with labels")
if nums != list(range(1, 41)): err("numbering", nums)

# 7. weekday/date checks
EN_D = {d.lower(): i for i, d in enumerate(calendar.day_name)}
EN_M = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
EN_DS = {d.lower(): i for i, d in enumerate(calendar.day_abbr)}
DE_D = dict(zip("montag dienstag mittwoch donnerstag freitag samstag sonntag".split(), range(7)))
DE_DS = dict(zip("mo di mi do fr sa so".split(), range(7)))
DE_M = dict(zip("januar februar märz april mai juni juli august september oktober november dezember".split(), range(1, 13)))
FR_D = dict(zip("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), range(7)))
FR_M = dict(zip("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), range(1, 13)))
ES_D = dict(zip("lunes martes miércoles jueves viernes sábado domingo".split(), range(7)))
ES_DS = dict(zip("lun mar mié jue vie sáb dom".split(), range(7)))
ES_M = dict(zip("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), range(1, 13)))
ES_MS = {k[:3]: v for k, v in ES_M.items()}
def alt(d): return "|".join(sorted(d, key=len, reverse=True))
PATS = [
 (re.compile(r"\b(%s),? (\d{1,2})(?:st|nd|rd|th)? (%s)(?: (\d{4}))?" % (alt(EN_D), alt(EN_M)), re.I), "dmy", EN_D, EN_M),
 (re.compile(r"\b(%s),? (%s) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?" % (alt(EN_D), alt(EN_M)), re.I), "mdy", EN_D, EN_M),
 (re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (alt(EN_DS), alt(EN_MS)), re.I), "mdy", EN_DS, EN_MS),
 (re.compile(r"\b(%s),? (%s) (\d{1,2})\b" % (alt(EN_D), alt(EN_MS)), re.I), "mdy", EN_D, EN_MS),
 (re.compile(r"\b(%s),? (\d{1,2})\. (%s)(?: (\d{4}))?" % (alt(DE_D), alt(DE_M)), re.I), "dmy", DE_D, DE_M),
 (re.compile(r"\b(%s)\.? (\d{1,2})\.(\d{1,2})\." % alt(DE_DS), re.I), "dnum", DE_DS, None),
 (re.compile(r"\b(%s) (\d{1,2})(?:er)? (%s)(?: (\d{4}))?" % (alt(FR_D), alt(FR_M)), re.I), "dmy", FR_D, FR_M),
 (re.compile(r"\b(%s) (\d{1,2})(?: de)? (%s)(?: de (\d{4}))?" % (alt(ES_D), alt(ES_M)), re.I), "dmy", ES_D, ES_M),
 (re.compile(r"\b(%s), (\d{2}) (%s) (\d{4})" % (alt(ES_DS), alt(ES_MS)), re.I), "dmy", ES_DS, ES_MS),
]
def wd_check(text):
    bad, n = [], 0
    for rx, kind, D, M in PATS:
        for m in rx.finditer(text):
            g = m.groups() + (None,); wd = D[g[0].lower()]
            if kind == "dmy": d, mo, y = int(g[1]), M[g[2].lower()], int(g[3]) if g[3] else 2033
            elif kind == "mdy": mo, d, y = M[g[1].lower()], int(g[2]), int(g[3]) if g[3] else 2033
            else: d, mo, y = int(g[1]), int(g[2]), 2033
            n += 1
            try:
                if date(y, mo, d).weekday() != wd: bad.append(m.group(0))
            except ValueError: bad.append(m.group(0))
    return bad, n
for t in ["Monday 15 February", "Tuesday, February 17", "Mittwoch, 15. Februar", "lundi 15 février", "martes 17 de febrero", "Mo 16.2.", "mié, 01 feb 2033", "Wed, Feb 3, 2033"]:
    if not wd_check(t)[0]: err("self-test weekday not flagged:", t)
for t in ["Tuesday 15 February", "Thursday, February 17", "Dienstag, 15. Februar", "mardi 15 février", "jueves 17 de febrero", "Mi 16.2.", "mar, 01 feb 2033", "Wed, Feb 2, 2033"]:
    if wd_check(t)[0]: err("self-test good weekday flagged:", t)
WD_N = 0
for fn, c in cases:
    bad, n = wd_check(all_text(c)); WD_N += n
    for b in bad: err(fn, "weekday/date wrong:", b)

# 8. addresses and phones
# order numbers that are not phone numbers (listed in the README)
NON_PHONE = {"4500-8812", "7100-3346", "4100027561", "880-1192", "4510-2207"}
def phone_ok(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}(T[\d:]+Z?)?", " ", text)
    t = re.sub(r"\d\d:\d\d:\d\d [-+]\d{4}", " ", t)
    t = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", t)
    t = re.sub(r"[$€£]\s?[\d.,']+|[\d.,' ]+\s?(€|\$|CHF|COP|MXN|USD|EUR)", " ", t)
    bad = []
    for m in re.finditer(r"(?<![\w/-])\+?\d[\d \-./()]{5,}\d", t):
        if m.group(0) in NON_PHONE: continue
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and "555" not in digits: bad.append(m.group(0))
    return bad
if not phone_ok("call 0221 123 4567"): err("self-test phone")
if phone_ok("call 0221 555 4567"): err("self-test phone 555")
for fn, c in cases:
    t = all_text(c) + "\n" + c["customer"]["email"] + " " + c["rep"]["email"]
    for e in re.findall(r"[\w.+-]+@[\w.-]+", t):
        if ".example." not in e: err(fn, "address not .example.:", e)
    for u in re.findall(r"https?://\S+|www\.\S+", t):
        if ".example." not in u: err(fn, "url not .example.:", u)
    for b in phone_ok(t): err(fn, "phone without 555:", b)

# 9. shapes
SHAPES = {"notes-only": 5, "notes+mail": 13, "html": 7, "quoted": 8, "no-draft": 6, "ooo-past": 1}
cnt = {k: 0 for k in SHAPES}; langs = {}; nat = {"native": 0, "non-native": 0}
CLIENT_RX = {"Outlook": r"________________________________\nFrom: .*\nSent: ", "Gmail": r"On \w{3}, \w{3} \d+, \d{4} at [\d:]+ [AP]M .* wrote:",
  "Apple Mail": r"On \d+ \w{3} \d{4}, at \d\d:\d\d, .* wrote:", "Proton Mail": r"------- Original Message -------\n(?:> ?)?On \w+day",
  "Thunderbird": r"Am \d\d\.\d\d\.\d\d um \d\d:\d\d schrieb", "GMX": r"Gesendet: \w+, \d\d\. \w+ \d{4} um \d\d:\d\d Uhr\nVon: ",
  "Roundcube": r"Le \d{4}-\d\d-\d\d \d\d:\d\d, .* a écrit :", "Zoho Mail": r"---- El \w{3}, \d\d \w{3} \d{4} [\d:]+ [-+]\d{4} .* escribió ----"}
clients = []
for fn, c in cases:
    m = meta[fn]; sh = m["shape"].split(":")[0]; cnt[sh] += 1
    langs[c["language"]] = langs.get(c["language"], 0) + 1
    if c["language"] == "en": nat[m["place"].split(":")[0]] += 1
    kinds = [s["kind"] for s in c["sources"]]
    inb = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
    if sh == "notes-only":
        if kinds != ["note"] or c["customer"]["name"].split()[0] not in c["sources"][0]["text"]: err(fn, "notes-only shape")
    elif sh == "notes+mail":
        if "note" not in kinds or "message" not in kinds: err(fn, "notes+mail shape")
    else:
        if "note" in kinds: err(fn, "note outside notes shapes")
    if sh == "html":
        for s in inb:
            if s["content_type"] != "text/html" or not re.search(r"<[uo]l>", s["body"]): err(fn, "html inbound shape")
    else:
        for s in inb:
            if s["content_type"] != "text/plain": err(fn, "non-html inbound not plain")
    if sh == "quoted":
        cl = m["client"]; clients.append(cl); last = inb[-1]["body"]
        if len(re.findall(CLIENT_RX[cl], last)) < 2: err(fn, "quoted: fewer than 2 headers of", cl)
        if cl in ("Gmail", "Apple Mail", "Proton Mail", "Thunderbird", "Roundcube", "Zoho Mail") and "\n>> " not in last and "\n>>" not in last: err(fn, "quoted: no second level")
    if sh == "no-draft" and c["expect_draft"]: err(fn, "no-draft expects draft")
    if sh != "no-draft" and not c["expect_draft"]: err(fn, "draft expected")
if cnt != SHAPES: err("shape counts", cnt)
if langs != {"en": 20, "de": 7, "fr": 7, "es": 6}: err("language counts", langs)
if nat != {"native": 10, "non-native": 10}: err("native counts", nat)
if len(set(clients)) != 8: err("quote clients not 8 different", clients)
if not any("-- \n" in c["rep"]["signature"] for _, c in cases): err("no '-- ' signature")

# 10. places
cities = []
for fn, c in cases:
    pl = meta[fn]["place"].split(": ", 1)[1]
    mm = re.match(r"(?:(.+?)/)?(.+) \((.+)\)$", pl)
    first, region, city = mm.groups()
    cities.append(city)
    for w in filter(None, [first, region, city]):
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", h40_readme, re.I): err(fn, "place word in heldout40 README:", w)
if len(set(cities)) != len(cities): err("city repeated")

# 11. forbidden phrases (SPEC.md / issue 14 quoted phrases)
FORBID = ["I need a few days", "let me think about it", "give me a week", "until after the 15th", "not right now",
 "we've decided not to do anything yet", "maybe next year", "stop emailing me", "unsubscribe", "remove me from your list",
 "call me later in the day", "mornings are busy", "email is better than phone", "Thanks again for the walkthrough",
 "Your budget this year is", "You asked:", "You mentioned:", "what does onboarding cost for a team of 8", "checked with billing",
 "Call with X", "Talked to Max", "until you files", "We're looking for:", "Thanks for the call on Tuesday", "Thanks for your note",
 "I'll call you in the afternoon", "I'll call you this afternoon", "let me check and get back to you", "the letter is attached",
 "Re: our conversation", "Hello,", "on Thursday", "on Tuesday", "can the team plan include SSO", "possible pause: confirm or dismiss",
 "quiet period until", "min gap: next slot"]
for fn, c in cases:
    t = all_text(c).lower()
    for p in FORBID:
        if p.lower() in t: err(fn, "forbidden phrase:", p)

# 12. 8-word runs
def words(t): return re.findall(r"[\w'’.,€$£%-]+", t.lower())
def grams(t, n=8):
    w = words(t); return {" ".join(w[i:i+n]) for i in range(len(w) - n + 1)}
refg = grams(h40_readme)
for raw, d in ref.values():
    for s in d["sources"]: refg |= grams(s.get("text", "") + "\n" + s.get("body", ""))
    for k in d["key_points"]: refg |= grams(k["what"])
    for a in d["answer_slots"]: refg |= grams(a)
for fn, c in cases:
    g = grams(all_text(c))
    for x in g & refg: err(fn, "8-word run from heldout40:", x)
# cross-case runs (for review: quoted history repeats inside a case, so compare across cases only)
shared = []
cg = [(fn, grams(src_text(c))) for fn, c in cases]
for i in range(len(cg)):
    for j in range(i + 1, len(cg)):
        for x in cg[i][1] & cg[j][1]: shared.append((cg[i][0], cg[j][0], x))

kp = sum(len(c["key_points"]) for _, c in cases); tok = sum(len(k["must_include"]) for _, c in cases for k in c["key_points"])
mn = sum(len(c["must_not"]) for _, c in cases); sl = sum(len(c["answer_slots"]) for _, c in cases)
stats = {"cases": len(cases), "draft": sum(c["expect_draft"] for _, c in cases), "key_points": kp, "tokens": tok,
         "must_not": mn, "slots": sl, "weekday_matches": WD_N, "cross_case_8grams": shared, "shapes": cnt, "langs": langs, "clients": clients}
json.dump(stats, open(os.path.join(HERE, "check_stats.json"), "w"), ensure_ascii=False, indent=1)
print(json.dumps({k: v for k, v in stats.items()}, ensure_ascii=False))
for e in ERR: print("ERROR", e)
print("errors:", len(ERR))
sys.exit(1 if ERR else 0)
