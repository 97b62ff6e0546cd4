"""Checker for blind batch heldout45 (standard library only)."""
import json, os, re, sys, html, subprocess
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H44 = "/work/main/benchmarks/data/drafting_blind/heldout44"
H44_FILES = ["h44_03_linen-laundry-service-aged-care-home-hobart.json",
             "h44_18_hospital-bed-rental-hospice-haifa.json",
             "h44_33_teleconsultation-cabinet-physiotherapie-geneve.json"]
ERR = []
def err(*a): ERR.append(" ".join(str(x) for x in a))

# ---------- expected structure ----------
EXPECT_SHAPES = {
 "en": {"notes+mail": [1, 6, 9, 12, 16, 20], "quoted": [2, 8, 14, 17], "html": [3, 10, 11, 18], "notes-only": [4, 15],
        "no-draft: quiet": [5], "ooo-past": [7], "no-draft: ooo": [13], "no-draft: pause": [19]},
 "de": {"notes+mail": [21, 26], "notes-only": [22], "quoted": [23, 27], "html": [24], "no-draft: optout": [25]},
 "fr": {"notes+mail": [28, 33, 34], "html": [29], "no-draft: ooo": [30], "notes-only": [31], "quoted": [32]},
 "es": {"notes+mail": [35, 40], "quoted": [36], "notes-only": [37], "html": [38], "no-draft: quiet": [39]},
}
LANG_COUNT = {"en": 20, "de": 7, "fr": 7, "es": 6}

def load_cases():
    cs = []
    for f in sorted(os.listdir(OUT)):
        if f.startswith("h45_") and f.endswith(".json"):
            with open(os.path.join(OUT, f), encoding="utf-8") as fh:
                cs.append((f, json.load(fh)))
    return cs

def key_order(d):
    if isinstance(d, dict):
        return [(k, key_order(v)) for k, v in d.items() if k not in ("sources",)]
    return None

def src_text(s):
    t = s.get("body") if s["kind"] == "message" else s["text"]
    if s.get("content_type") == "text/html":
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def all_strings(d):
    if isinstance(d, str): yield d
    elif isinstance(d, dict):
        for v in d.values(): yield from all_strings(v)
    elif isinstance(d, list):
        for v in d: yield from all_strings(v)

# ---------- weekday/date pairs ----------
WD = {}
for i, names in enumerate([
    "monday mon mo montag lundi lun lunes", "tuesday tue tues di dienstag mardi mar martes",
    "wednesday wed weds mi mittwoch mercredi mer miércoles mié miercoles", "thursday thu thur thurs do donnerstag jeudi jeu jueves jue",
    "friday fri fr freitag vendredi ven viernes vie", "saturday sat sa samstag samedi sam sábado sáb sabado",
    "sunday sun so sonntag dimanche dim domingo dom"]):
    for n in names.split(): WD.setdefault(n, i)
MON = {}
for i, names in enumerate([
    "january jan januar jänner janvier janv enero ene", "february feb februar février fevrier febrero",
    "march mar märz mars marzo", "april apr avril abril abr", "may mai mayo", "june jun juni juin junio",
    "july jul juli juillet julio", "august aug august août agosto ago", "september sep sept septembre septiembre",
    "october oct oktober octobre octubre", "november nov novembre noviembre", "december dec dez dezember décembre déc decembre diciembre dic"], 1):
    for n in names.split(): MON.setdefault(n, i)
# "mar" is ambiguous (mardi/martes vs March): in a month slot it is March; months in this batch never are March.
WDRE = "|".join(sorted(WD, key=len, reverse=True))
MONRE = "|".join(sorted(MON, key=len, reverse=True))
PAT = [
 # weekday [,] [the|den|le|el] D[st|er|.] [de] Month [YYYY]
 re.compile(r"\b(%s)\.?,?\s+(?:the\s+|den\s+|le\s+|el\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(%s)\b\.?(?:,?\s+(\d{4}))?" % (WDRE, MONRE), re.I),
 # weekday, Month D [, YYYY]
 re.compile(r"\b(%s),?\s+(%s)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?" % (WDRE, MONRE), re.I),
 # German numeric: Di 21.11. / Dienstag, 21.11.2034
 re.compile(r"\b(%s)\.?,?\s+(?:den\s+)?(\d{1,2})\.(\d{1,2})\.(\d{2,4})?" % WDRE, re.I),
 # slashed: Wed 15/11
 re.compile(r"\b(%s)\.?\s+(\d{1,2})/(\d{1,2})\b" % WDRE, re.I),
]
BARE = re.compile(r"\b(%s)\.?,? +(?:the +)?(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:.,/]|\s*(?:am|pm|h\b|uhr|%s|de\s|\+|-|x\b|personas|m\b|stagiaires|kw|units))" % (WDRE, MONRE), re.I)

def year_for(m, y):
    if y:
        y = int(y); return y + 2000 if y < 100 else y
    return 2035 if m <= 3 else 2034

def check_pairs(text, where, stats):
    spans = []
    for k, p in enumerate(PAT):
        for mo in p.finditer(text):
            g = mo.groups()
            wd = WD[g[0].lower()]
            if k == 0: d, m, y = int(g[1]), MON[g[2].lower()], g[3]
            elif k == 1: m, d, y = MON[g[1].lower()], int(g[2]), g[3]
            elif k == 2: d, m, y = int(g[1]), int(g[2]), g[3]
            else: d, m, y = int(g[1]), int(g[2]), None
            if g[0].lower() in ("mar",) and k == 0 and g[2].lower() == "mar":
                continue
            try:
                dt = date(year_for(m, y), m, d)
            except ValueError:
                err(where, "bad date", mo.group(0)); continue
            stats["pairs"] += 1
            spans.append(mo.span())
            if dt.weekday() != wd:
                err(where, "weekday wrong:", mo.group(0), "->", dt.strftime("%A"))
    for mo in BARE.finditer(text):
        if any(a <= mo.start() < b for a, b in spans): continue
        if mo.group(1).isupper(): continue
        wd = WD[mo.group(1).lower()]; d = int(mo.group(2))
        if d < 1 or d > 31: continue
        ok = False
        for (y, m) in [(2034, 10), (2034, 11), (2034, 12), (2035, 1)]:
            try:
                if date(y, m, d).weekday() == wd: ok = True
            except ValueError: pass
        stats["bare"] += 1
        if not ok:
            err(where, "weekday+day fits no month Oct-Jan:", mo.group(0))

def selftest_pairs():
    bad = ["Tuesday 15 November", "Mo 14.11.", "jeudi 17 novembre", "sábado 26 de noviembre", "Wednesday, November 16", "Fri 13 Nov 2034"]
    good = ["Monday 13 November", "Di 21.11.", "vendredi 24 novembre", "miércoles 29 de noviembre", "Thursday, November 2, 2034", "Wed 15/11"]
    global ERR
    saved = ERR; ERR = []
    st = {"pairs": 0, "bare": 0}
    for b in bad: check_pairs(b, "selftest", st)
    n_bad = len(ERR); ERR = []
    for g in good: check_pairs(g, "selftest", st)
    n_good = len(ERR)
    ERR = saved
    if n_bad != len(bad) or n_good != 0:
        err("pair self-test failed", n_bad, n_good)

# ---------- phones ----------
DATE_STRIP = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b")
RUN = re.compile(r"(?<![A-Za-z/\-])\(?\+?\d[\d \-.()]*\d")
def phone_bad(text):
    t = DATE_STRIP.sub(" ", text)
    bad = []
    for mo in RUN.finditer(t):
        digits = re.sub(r"\D", "", mo.group(0))
        if len(digits) >= 7 and "555" not in digits:
            bad.append(mo.group(0))
    return bad
def selftest_phone():
    if not phone_bad("call 0141 496 0382 now") or not phone_bad("+49 341 287 0123"):
        err("phone self-test: fake numbers not caught")
    if phone_bad("0141 555 0382") or phone_bad("on 2034-11-14 at 10:30, ref 12 455"):
        err("phone self-test: good strings flagged")

# ---------- references ----------
def read(p):
    with open(p, encoding="utf-8") as fh: return fh.read()
def refs():
    spec = read("/work/shared/SPEC.md")
    try:
        issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True, timeout=60).stdout
    except Exception as e:
        issue = ""; err("could not run issues show 14:", e)
    readme44 = read(os.path.join(H44, "README.md"))
    cases44 = [read(os.path.join(H44, f)) for f in H44_FILES]
    return spec, issue, readme44, cases44

def banned_phrases(spec, issue, readme44):
    ph = set()
    issue_flat = re.sub(r"\s+", " ", re.sub(r"(?m)^>\s?", "", issue))
    spec_flat = re.sub(r"\s+", " ", spec)
    for t in (spec_flat, issue_flat):
        for m in re.findall(r"\"([^\"]{2,120})\"", t):
            m = m.strip().rstrip("…").strip()
            if len(m.split()) >= 2: ph.add(m.lower())
    for m in re.findall(r"(?<![A-Za-z])'([^'\n]{2,160})'(?![A-Za-z])", readme44):
        m = m.strip()
        if len(m.split()) >= 2: ph.add(m.lower())
    for m in re.findall(r"(?m)^- .*?: '(.+)'", readme44):
        if len(m.split()) >= 2: ph.add(m.strip().lower())
    ph |= {"hello,", "unsubscribe", "out of office:", "absence :", "original message"}
    return ph

PLACES44 = """Leeds Bristol Hobart Halifax Denver Calgary Phoenix Wellington Belfast Dublin Bologna Brno Bergen Thessaloniki Busan
Surabaya Cluj Cluj-Napoca Haifa Aarhus Cebu München Munich Stuttgart Hannover Innsbruck Kiel Bern Erfurt Lyon Lille Bordeaux Rennes Namur
Genève Geneva Moncton Dieppe Sevilla Zaragoza Coyoacán Narvarte Quito Cumbayá Santiago Buenos Aires Ljubljana Linz Copenhagen Nicosia
Singapore Kuala Lumpur Rotterdam Larnaca Malmö Hong Kong London Berlin Paris Madrid Zurich Zürich Vienna Wien Rome Prague Oslo Athens Seoul
Jakarta Bucharest Jerusalem Manila Brussels Bruxelles Guayaquil Auckland Edmonton Yorkshire England Tasmania Nova Scotia Colorado Alberta
Arizona Northern Ireland Ireland Emilia-Romagna Moravian Vestland Macedonia Java Denmark Visayas Bayern Bavaria Baden-Württemberg
Niedersachsen Tirol Schleswig-Holstein Thüringen Auvergne Hauts-de-France Gironde Ille-et-Vilaine Nouveau-Brunswick Andalucía Aragón
Pichincha Plainpalais Kingston Winnipeg Nantes Bremen"""
# Winnipeg, Nantes and Bremen occur in heldout44's README inside heldout43 file names.
ALLOW = set()
def place_list():
    items = []
    for line in PLACES44.split("\n"):
        toks = line.split()
        i = 0
        while i < len(toks):
            two = " ".join(toks[i:i+2])
            if two in ("Buenos Aires", "Kuala Lumpur", "Hong Kong", "Nova Scotia", "Northern Ireland"):
                items.append(two); i += 2
            else:
                items.append(toks[i]); i += 1
    return [p for p in items if p.lower() not in ALLOW]

def words(t):
    return re.findall(r"\w+", t.lower())
def grams(t, n=8):
    w = words(t)
    return {" ".join(w[i:i+n]) for i in range(len(w) - n + 1)}

def main():
    selftest_pairs(); selftest_phone()
    spec, issue, readme44, cases44 = refs()
    ban = banned_phrases(spec, issue, readme44)
    places = place_list()
    ref_grams = set()
    for t in [spec, issue, readme44] + cases44: ref_grams |= grams(t)
    sample = json.loads(cases44[0])
    ko = [k for k in sample]
    cases = load_cases()
    stats = {"pairs": 0, "bare": 0, "cases": len(cases), "draft": 0, "nodraft": 0, "kp": 0, "tokens": 0, "mn": 0, "slots": 0}
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as fh:
        meta = {m["n"]: m for m in json.load(fh)}
    if len(cases) != 40: err("expected 40 cases, got", len(cases))
    langs = {}
    case_grams = {}
    for f, d in cases:
        n = int(f[4:6])
        m = meta[n]
        w = f
        if list(d) != ko: err(w, "key order", list(d))
        if list(d["customer"]) != ["name", "email"] or list(d["rep"]) != ["name", "email", "signature"]: err(w, "sub-key order")
        if not d["id"].startswith("h45-%02d-" % n) or f != "h45_%02d_%s.json" % (n, d["id"][7:]): err(w, "id/file mismatch")
        if d["batch"] != "blind-heldout45": err(w, "batch")
        langs[d["language"]] = langs.get(d["language"], 0) + 1
        shape = m["shape"]
        if n not in EXPECT_SHAPES[d["language"]].get(shape, []): err(w, "shape/lang mismatch", shape, d["language"])
        if d["language"] == "en":
            if (n <= 10) != m["place"].startswith("native:"): err(w, "native/non-native split")
        tz = ZoneInfo(d["tz"])
        now = datetime.strptime(d["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
        ln = now.astimezone(tz)
        if ln.date() not in (date(2034, 11, 13), date(2034, 11, 14), date(2034, 11, 15)) or not (7 <= ln.hour < 18 or (ln.hour == 18 and ln.minute == 0)):
            err(w, "now out of range", ln)
        prev = None
        for i, s in enumerate(d["sources"], 1):
            if s["id"] != i: err(w, "source id", i)
            at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC"))
            la = at.astimezone(tz)
            if not (6 <= la.hour < 22): err(w, "source outside 06-22 local", i, la)
            if at >= now: err(w, "source not before now", i)
            if prev and at <= prev: err(w, "sources out of order", i)
            if at < datetime(2034, 10, 1, tzinfo=ZoneInfo("UTC")): err(w, "source too early", i)
            prev = at
            if s["kind"] == "message":
                if list(s) != ["kind", "id", "at", "direction", "subject", "content_type", "body"]: err(w, "message keys", i)
            elif list(s) != ["kind", "id", "at", "text"]: err(w, "note keys", i)
        kinds = [s["kind"] for s in d["sources"]]
        msgs = [s for s in d["sources"] if s["kind"] == "message"]
        inb = [s for s in msgs if s["direction"] == "inbound"]
        if shape == "notes-only":
            if set(kinds) != {"note"} or len(kinds) < 2: err(w, "notes-only shape")
        elif shape == "notes+mail":
            if "note" not in kinds or not msgs: err(w, "notes+mail shape")
        elif shape == "html":
            if "note" in kinds: err(w, "html shape has notes")
            for s in msgs:
                if s["direction"] == "inbound":
                    if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]): err(w, "html inbound", s["id"])
                elif s["content_type"] != "text/plain": err(w, "html reply not plain", s["id"])
            if "<ol>" not in inb[-1]["body"]: err(w, "newest html inbound lacks <ol>")
        elif shape == "quoted":
            if "note" in kinds: err(w, "quoted has notes")
            last = inb[-1]["body"]
            outs = [s for s in msgs if s["direction"] == "outbound"]
            first_line = lambda b: [l for l in b.split("\n") if l.strip()][1]
            if first_line(outs[-1]["body"]) not in last or first_line(inb[-2]["body"]) not in last:
                err(w, "quoted chain incomplete")
        if shape.startswith("no-draft"):
            if d["expect_draft"] or d["key_points"] or d["must_not"] or d["answer_slots"]: err(w, "no-draft labels not empty")
            if not m["quote"] or m["quote"] not in " ".join(src_text(s) for s in d["sources"]): err(w, "no-draft quote not in sources")
            stats["nodraft"] += 1
        else:
            if not d["expect_draft"] or not d["key_points"]: err(w, "draft expected but labels missing")
            stats["draft"] += 1
        if shape == "ooo-past":
            if not inb[-1]["subject"].lower().startswith("automatic reply"): err(w, "ooo-past: last inbound is not the auto-reply")
        if shape == "no-draft: ooo":
            if "automati" not in inb[-1]["subject"].lower(): err(w, "ooo: last inbound not auto-reply")
        alltext = "\n".join(src_text(s) for s in d["sources"])
        for kp in d["key_points"]:
            stats["kp"] += 1
            for t in kp["must_include"]:
                stats["tokens"] += 1
                if t not in alltext: err(w, "token not in sources:", t)
                if re.fullmatch(r"\d{1,2}", t): err(w, "lone short number token", t)
        for t in d["must_not"]:
            stats["mn"] += 1
            if t not in alltext: err(w, "must_not not in sources:", t)
        stats["slots"] += len(d["answer_slots"])
        # emails, phones, pairs, banned phrases, places
        texts = list(all_strings(d)) + m["dates"] + [m["place"]]
        big = "\n".join(texts)
        for e in re.findall(r"[\w.+-]+@([\w.-]+)", big):
            if not re.search(r"(^|\.)example\.(com|net|org)$", e): err(w, "email domain", e)
        for b in phone_bad(big): err(w, "phone without 555:", b)
        for t in texts: check_pairs(t, w, stats)
        low = big.lower()
        for p in ban:
            if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low): err(w, "banned phrase:", repr(p))
        for p in places:
            if re.search(r"(?<!\w)%s(?!\w)" % re.escape(p.lower()), low) and not (p in ("Paris", "Berlin", "Madrid", "Zurich", "Vienna") and False):
                # zone names are allowed: strip them first
                low2 = re.sub(r"\b[a-z]+/[a-z_/]+\b", " ", low)
                if re.search(r"(?<!\w)%s(?!\w)" % re.escape(p.lower()), low2): err(w, "place from heldout44 README:", p)
        g = set()
        for k, v in d.items():
            if k in ("id", "batch", "domain", "language", "now", "tz"): continue
            for sx in all_strings(v): g |= grams(sx)
        sh = g & ref_grams
        if sh: err(w, "8-word runs shared with references:", list(sh)[:3])
        case_grams[n] = g
    for l, c in LANG_COUNT.items():
        if langs.get(l) != c: err("language count", l, langs.get(l))
    ns = sorted(case_grams)
    shared = 0
    for i, a in enumerate(ns):
        for b in ns[i+1:]:
            s = case_grams[a] & case_grams[b]
            if s:
                shared += len(s); err("cases %d and %d share 8-word runs:" % (a, b), list(s)[:2])
    # README
    rp = os.path.join(OUT, "README.md")
    if os.path.exists(rp):
        r = read(rp)
        for p in ban:
            if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", r.lower()): stats.setdefault("readme_banned", []).append(p)
        rg = grams(r) & ref_grams
        stats["readme_shared_8grams"] = sorted(rg)
        st2 = {"pairs": 0, "bare": 0}
        check_pairs(r, "README", st2); stats["readme_pairs"] = st2["pairs"]
        for e in re.findall(r"[\w.+-]+@([\w.-]+)", r):
            if not re.search(r"(^|\.)example\.(com|net|org)$", e): err("README email domain", e)
    stats["case_pair_shared_8grams"] = shared
    stats["errors"] = ERR
    with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=1)
    for e in ERR: print("ERR", e)
    print({k: v for k, v in stats.items() if k not in ("errors", "readme_shared_8grams")})
    print("readme 8-gram overlaps:", len(stats.get("readme_shared_8grams", [])))
    sys.exit(1 if ERR else 0)

if __name__ == "__main__":
    main()
