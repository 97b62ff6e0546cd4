"""Checker for batch blind-heldout42 (standard library only). Writes src/check_stats.json."""
import glob, html, json, os, re, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H41 = "/work/main/benchmarks/data/drafting_blind/heldout41"
errors = []


def err(m):
    errors.append(m)


files = sorted(glob.glob(os.path.join(OUT, "h42_*.json")))
cases = [json.load(open(f, encoding="utf-8")) for f in files]
meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}

# ---- reference files (format reference only; same files the author read)
ref_readme = open(os.path.join(H41, "README.md"), encoding="utf-8").read()
ref_files = [glob.glob(os.path.join(H41, p))[0] for p in ("h41_03_*", "h41_12_*", "h41_29_*")]
ref_json = [json.load(open(f, encoding="utf-8")) for f in ref_files]
KEYS = list(ref_json[0].keys())
SRC_KEYS = {"note": ["kind", "id", "at", "text"],
            "message": ["kind", "id", "at", "direction", "subject", "content_type", "body"]}

# ---- forbidden phrases quoted in SPEC.md and issue 14 (two words or more, plus 'unsubscribe')
FORBIDDEN = ["I need a few days", "let me think about it", "give me a week", "until after the 15th",
             "not right now", "we've decided not to do anything yet", "maybe next year", "stop emailing me",
             "unsubscribe", "remove me from your list", "call me later in the day", "mornings are busy",
             "email is better than phone", "possible pause: confirm or dismiss", "quiet period until",
             "min gap: next slot", "I'll call you this afternoon", "the letter is attached",
             "let me check and get back to you", "You mentioned:", "You asked:", "Thanks again for the walkthrough",
             "Your budget this year is", "what does onboarding cost for a team of 8", "Call with X", "Talked to Max",
             "until you files", "checked with billing", "We're looking for:", "Re: our conversation", "Hello,",
             "on Thursday", "on Tuesday", "Thanks for the call on Tuesday", "Thanks for your note",
             "I'll call you in the afternoon", "can the team plan include SSO", "a colleague's name",
             "Drafts a rep sends as they are", "plays the conversation back", "confirm or dismiss"]

EN_M = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
EN_D = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DE_M = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
DE_D = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
DE_DA = ["mo", "di", "mi", "do", "fr", "sa", "so"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MA = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def mon(tok, full):
    t = tok.lower().rstrip(".")
    for i, m in enumerate(full):
        if m == t or (len(t) >= 3 and m.startswith(t)):
            return i + 1
    return None


def day_idx(tok, lists):
    t = tok.lower().rstrip(".")
    for l in lists:
        if t in l:
            return l.index(t)
    for i, d in enumerate(lists[0]):
        if len(t) >= 3 and d.startswith(t):
            return i
    return None


RX = [
    # English: Monday 7 March / Monday, 7 March 2033 / Monday 7th March
    ("en", re.compile(r"\b(%s|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? (\d{1,2})(?:st|nd|rd|th)? (%s|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?:,? (\d{4}))?" % ("|".join(d.title() for d in EN_D), "|".join(m.title() for m in EN_M))), "dmy"),
    # English: Monday, February 21 / Wed, Mar 23, 2033 / Monday April 18
    ("en", re.compile(r"\b(%s|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? (%s|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?" % ("|".join(d.title() for d in EN_D), "|".join(m.title() for m in EN_M))), "mdy"),
    ("de", re.compile(r"\b(%s|Mo|Di|Mi|Do|Fr|Sa|So)\.?,? (?:den )?(\d{1,2})\. ?(%s)\b(?: (\d{4}))?" % ("|".join(d.title() for d in DE_D), "|".join(m.title() for m in DE_M))), "dmy"),
    ("de", re.compile(r"\b(%s|Mo|Di|Mi|Do|Fr|Sa|So)\.?,? (\d{1,2})\.(\d{1,2})\.(\d{2,4})?" % "|".join(d.title() for d in DE_D)), "num"),
    ("fr", re.compile(r"\b(%s) (\d{1,2}|1er) (%s)\b(?: (\d{4}))?" % ("|".join(FR_D), "|".join(FR_M)), re.I), "dmy"),
    ("es", re.compile(r"\b(%s|lun|mar|mié|jue|vie|sáb|dom)\.?,? (\d{1,2})(?: de)? (%s|ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)\b(?:,? (?:de )?(\d{4}))?" % ("|".join(ES_D), "|".join(ES_M)), re.I), "dmy"),
]
DAY_LISTS = {"en": [EN_D], "de": [DE_D, DE_DA], "fr": [FR_D], "es": [ES_D, ES_DA]}
MON_LISTS = {"en": EN_M, "de": DE_M, "fr": FR_M, "es": ES_M}


def weekday_checks(text):
    """Yield (matched text, ok) for every weekday+date pair found."""
    out = []
    for lang, rx, kind in RX:
        for m in rx.finditer(text):
            wd = day_idx(m.group(1), DAY_LISTS[lang])
            if wd is None:
                continue
            if kind == "dmy":
                d = int(m.group(2).replace("1er", "1"))
                mo = mon(m.group(3), MON_LISTS[lang]) or (mon(m.group(3), ES_MA) if lang == "es" else None)
            elif kind == "mdy":
                mo = mon(m.group(2), MON_LISTS[lang]); d = int(m.group(3))
            else:
                d = int(m.group(2)); mo = int(m.group(3))
            y = m.group(4)
            y = int(y) if y else 2033
            if y < 100:
                y += 2000
            try:
                ok = date(y, mo, d).weekday() == wd
            except (ValueError, TypeError):
                ok = False
            out.append((m.group(0), ok))
    return out


# self-tests: right and wrong weekdays in each language
for s, want in [("Monday 7 March", True), ("Tuesday 7 March", False), ("Wed, Mar 23, 2033", True), ("Thu, Mar 23, 2033", False),
                ("Friday April 22", True), ("Thursday April 22", False), ("Dienstag, 19. April", True), ("Mittwoch, 19. April", False),
                ("Fr 13.5.", True), ("Do 13.5.", False), ("lundi 25 avril", True), ("mardi 25 avril", False),
                ("lunes 25 de abril", True), ("martes 25 de abril", False), ("jue, 17 mar 2033", True), ("mié, 17 mar 2033", False)]:
    r = weekday_checks(s)
    if not r or r[0][1] != want:
        err("weekday self-test failed: %r -> %r" % (s, r))

# phone self-test
PHONE = re.compile(r"(?<![\w/\-])\+?\(?\d[\d \-.()]*\d(?![\w/])")


def phone_runs(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}", " ", text)
    t = re.sub(r"\d{1,2}:\d{2}(:\d{2})?( [+-]\d{4})?", " ", t)
    bad = []
    for m in PHONE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and "555" not in digits:
            bad.append(m.group(0))
    return bad


if not phone_runs("call 0161 496 0123") or phone_runs("call 0161 555 0123"):
    err("phone self-test failed")


def words(t):
    return re.findall(r"\w+", html.unescape(t).lower())


def grams(t, n=8):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


ref_grams = grams(ref_readme)
for f in ref_files:
    ref_grams |= grams(open(f, encoding="utf-8").read())

stats = {"cases": len(cases), "weekday_matches": 0, "key_points": 0, "tokens": 0, "must_not": 0, "slots": 0,
         "shapes": {}, "languages": {}, "cross_case_8gram_runs": []}
CLIENT_RX = {
    "Outlook": r"From: .*\nSent: \w+day, \d{1,2} \w+ \d{4} \d{1,2}:\d\d [AP]M",
    "Gmail": r"On \w{3}, \w{3} \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M .* wrote:",
    "Apple Mail": r"On \d{1,2} \w{3} \d{4}, at \d\d:\d\d, .* wrote:",
    "Yahoo Mail": r"On \w+day, \w+ \d{1,2}, \d{4}, \d\d:\d\d:\d\d [AP]M GMT[+-]\d+, .* wrote:",
    "Thunderbird": r"Am \d\d\.\d\d\.\d\d um \d\d:\d\d schrieb",
    "GMX": r"Gesendet: \w+, \d\d\. \w+ \d{4} um \d\d:\d\d Uhr",
    "Roundcube": r"Le \d{4}-\d\d-\d\d \d\d:\d\d, .* a écrit",
    "Zoho Mail": r"---- El \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4} .* escribió ----",
}
case_src_grams = {}
seen_cities = set()
sig_marker = False
ids = set()
for f, c in zip(files, cases):
    cid = c["id"]
    m = meta[cid]
    fn = os.path.basename(f)
    n = int(fn[4:6])
    ids.add(n)
    if list(c.keys()) != KEYS:
        err("%s: keys %s" % (cid, list(c.keys())))
    if c["batch"] != "blind-heldout42" or c["rep_history"] != []:
        err("%s: batch/rep_history" % cid)
    if fn != cid.replace("h42-%02d-" % n, "h42_%02d_" % n) + ".json":
        err("%s: file name %s" % (cid, fn))
    tz = ZoneInfo(c["tz"])
    now = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
    ln = now.astimezone(tz)
    if not (date(2033, 4, 5) <= ln.date() <= date(2033, 4, 7)) or not (8 <= ln.hour < 18) or ln.weekday() > 4:
        err("%s: now %s" % (cid, ln))
    prev = None
    alltext = []
    srctext = []
    for i, s in enumerate(c["sources"], 1):
        if list(s.keys()) != SRC_KEYS[s["kind"]] or s["id"] != i:
            err("%s: source %d keys/id" % (cid, i))
        at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        la = at.astimezone(tz)
        if prev and at <= prev:
            err("%s: source %d not increasing" % (cid, i))
        prev = at
        if at >= now or la.date() < date(2033, 2, 21) or not (6 <= la.hour < 22):
            err("%s: source %d time %s" % (cid, i, la))
        if s["kind"] == "note":
            srctext.append(s["text"])
        else:
            srctext.append(s["subject"]); srctext.append(html.unescape(s["body"]))
            if s["direction"] == "outbound" and s["content_type"] != "text/plain":
                err("%s: rep mail not plain" % cid)
    src = "\n".join(srctext)
    case_src_grams[cid] = grams(src)
    labels = [k["what"] for k in c["key_points"]] + c["must_not"] + c["answer_slots"] + \
        [t for k in c["key_points"] for t in k["must_include"]]
    alltext = src + "\n" + "\n".join(labels) + "\n" + c["rep"]["signature"] + "\n" + c["customer"]["name"] + "\n" + c["rep"]["name"]
    if "-- \n" in src or c["rep"]["signature"].startswith("-- \n") or "\n--\n" in src:
        sig_marker = True
    # tokens
    toks = []
    for k in c["key_points"]:
        for t in k["must_include"]:
            toks.append(t)
            if t not in src:
                err("%s: token not in sources: %r" % (cid, t))
            if re.fullmatch(r"\d{1,2}", t):
                err("%s: bare short number token %r" % (cid, t))
    repbits = [c["rep"]["name"], c["rep"]["email"]] + c["rep"]["signature"].split("\n")
    for mn in c["must_not"]:
        if mn not in src:
            err("%s: must_not not in sources: %r" % (cid, mn))
        if c["must_not"].count(mn) > 1:
            err("%s: must_not duplicate %r" % (cid, mn))
        for t in toks:
            if t in mn or mn in t:
                err("%s: must_not %r overlaps token %r" % (cid, mn, t))
        for r in repbits:
            if r.strip() and (mn in r or (len(r.strip()) > 3 and r.strip() in mn)):
                err("%s: must_not %r overlaps rep profile" % (cid, mn))
    # weekday/date pairs
    for s_, ok in weekday_checks(alltext):
        stats["weekday_matches"] += 1
        if not ok:
            err("%s: wrong weekday %r" % (cid, s_))
    # addresses and urls
    for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", alltext):
        if ".example." not in e:
            err("%s: address %s" % (cid, e))
    for u in re.findall(r"https?://\S+|www\.\S+", alltext):
        if ".example." not in u:
            err("%s: url %s" % (cid, u))
    for b in phone_runs(alltext):
        err("%s: phone-like run without 555: %r" % (cid, b))
    low = alltext.lower()
    for p in FORBIDDEN:
        if p.lower() in low:
            err("%s: forbidden phrase %r" % (cid, p))
    bad = grams(alltext) & ref_grams
    if bad:
        err("%s: 8-word runs shared with heldout41: %s" % (cid, sorted(bad)[:3]))
    # places
    place = m["place"]
    mm = re.match(r"(?:native: |non-native: |de: |fr: |es: )(?:(\w+)/)?(.+) \((.+)\)$", place)
    if not mm:
        err("%s: place format %s" % (cid, place))
    else:
        lang1, region, city = mm.groups()
        for w in filter(None, [lang1, region, city]):
            if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), ref_readme, re.I):
                err("%s: place word %r in heldout41 README" % (cid, w))
        if city in seen_cities:
            err("%s: city repeated %s" % (cid, city))
        seen_cities.add(city)
    # shapes
    shape = m["shape"]
    stats["shapes"][shape.split(":")[0]] = stats["shapes"].get(shape.split(":")[0], 0) + 1
    kinds = [s["kind"] for s in c["sources"]]
    inb = [s for s in c["sources"] if s["kind"] == "message" and s["direction"] == "inbound"]
    if shape == "notes-only":
        if set(kinds) != {"note"} or c["customer"]["name"].split()[0] not in src:
            err("%s: notes-only shape" % cid)
    elif shape == "notes+mail":
        if "note" not in kinds or "message" not in kinds:
            err("%s: notes+mail shape" % cid)
    elif shape == "html":
        if "note" in kinds or not inb:
            err("%s: html shape" % cid)
        for s in inb:
            if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]):
                err("%s: html inbound %d" % (cid, s["id"]))
        if "<ol>" not in inb[-1]["body"]:
            err("%s: last html has no <ol>" % cid)
    elif shape == "quoted":
        last = c["sources"][-1]
        if "note" in kinds or last["direction"] != "inbound":
            err("%s: quoted shape" % cid)
        if len(re.findall(CLIENT_RX[m["client"]], last["body"])) != 2:
            err("%s: quote header of %s not twice" % (cid, m["client"]))
    elif shape.startswith("no-draft"):
        if c["expect_draft"] or c["key_points"] or c["must_not"] or c["answer_slots"]:
            err("%s: no-draft labels" % cid)
    elif shape == "ooo-past":
        if not c["expect_draft"] or "leave until" not in c["sources"][-1]["body"]:
            err("%s: ooo-past" % cid)
    if shape.startswith("no-draft") == c["expect_draft"]:
        err("%s: expect_draft vs shape" % cid)
    if c["expect_draft"] and not c["key_points"]:
        err("%s: no key points" % cid)
    stats["languages"][c["language"]] = stats["languages"].get(c["language"], 0) + 1
    stats["key_points"] += len(c["key_points"])
    stats["tokens"] += sum(len(k["must_include"]) for k in c["key_points"])
    stats["must_not"] += len(c["must_not"])
    stats["slots"] += len(c["answer_slots"])
    # language by number
    want = "en" if n <= 20 else "de" if n <= 27 else "fr" if n <= 34 else "es"
    if c["language"] != want:
        err("%s: language %s, want %s" % (cid, c["language"], want))
    if (n <= 10) != place.startswith("native:") and n <= 20:
        err("%s: native/non-native" % cid)

if ids != set(range(1, 41)):
    err("case numbers: %s" % sorted(ids))
clients = [meta[c["id"]]["client"] for c in cases if meta[c["id"]]["shape"] == "quoted"]
if len(set(clients)) != 8:
    err("quote clients not 8 distinct: %s" % clients)
want_shapes = {"notes-only": 5, "notes+mail": 13, "html": 7, "quoted": 8, "no-draft": 6, "ooo-past": 1}
if stats["shapes"] != want_shapes:
    err("shape counts %s" % stats["shapes"])
if not sig_marker:
    err("no '-- ' signature marker anywhere")
langs1 = set()
for c in cases:
    mm = re.match(r"non-native: (\w+)/", meta[c["id"]]["place"])
    if mm:
        langs1.add(mm.group(1))
if len(langs1) != 10:
    err("first languages not 10 distinct: %s" % langs1)
ids_ = sorted(case_src_grams)
for i, a in enumerate(ids_):
    for b in ids_[i + 1:]:
        common = case_src_grams[a] & case_src_grams[b]
        if common:
            stats["cross_case_8gram_runs"].append([a, b, sorted(common)[:3]])
stats["errors"] = errors
with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as fh:
    json.dump(stats, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(json.dumps({k: v for k, v in stats.items() if k not in ("errors",)}, ensure_ascii=False, indent=1))
print("\n".join(errors) or "OK: no errors")
sys.exit(1 if errors else 0)
