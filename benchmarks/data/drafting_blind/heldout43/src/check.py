"""Standard-library checker for batch heldout43. Prints problems, writes check_stats.json, exits 1 on any."""
import datetime as dt, glob, html, json, os, re, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
H42 = "/work/main/benchmarks/data/drafting_blind/heldout42"
H42_FILES = [H42 + "/README.md",
             H42 + "/h42_04_multideck-chillers-independent-supermarket-perth.json",
             H42 + "/h42_22_ladenbau-weinregale-weinfachhandel-mainz.json",
             H42 + "/h42_33_eclairage-vitrines-horlogerie-bijouterie-lausanne.json"]
problems = []


def bad(msg):
    problems.append(msg)


meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
files = sorted(glob.glob(os.path.join(OUT, "h43_*.json")))
cases = [json.load(open(f, encoding="utf-8")) for f in files]

# ---------- key order, as in the heldout42 files ----------
ref = [json.load(open(f, encoding="utf-8")) for f in H42_FILES[1:]]
top_keys = list(ref[0].keys())
msg_keys = next(list(s.keys()) for r in ref for s in r["sources"] if s["kind"] == "message")
note_keys = next(list(s.keys()) for r in ref for s in r["sources"] if s["kind"] == "note")
for c in cases:
    if list(c.keys()) != top_keys:
        bad(f"{c['id']}: top-level keys {list(c.keys())}")
    if list(c["customer"].keys()) != list(ref[0]["customer"].keys()) or list(c["rep"].keys()) != list(ref[0]["rep"].keys()):
        bad(f"{c['id']}: customer/rep keys")
    for s in c["sources"]:
        want = msg_keys if s["kind"] == "message" else note_keys
        if list(s.keys()) != want:
            bad(f"{c['id']}: source {s['id']} keys {list(s.keys())}")
    for k in c["key_points"]:
        if list(k.keys()) != list(ref[0]["key_points"][0].keys()):
            bad(f"{c['id']}: key point keys")

# ---------- ids, file names, counts ----------
ids = [c["id"] for c in cases]
if len(cases) != 40 or len(set(ids)) != 40:
    bad(f"count/unique ids: {len(cases)} / {len(set(ids))}")
for f, c in zip(files, cases):
    m = re.match(r"h43_(\d\d)_(.+)\.json$", os.path.basename(f))
    if not m or c["id"] != f"h43-{m.group(1)}-{m.group(2)}":
        bad(f"file/id mismatch {f} {c['id']}")
    if c["batch"] != "blind-heldout43":
        bad(f"{c['id']}: batch")
langs = {}
for c in cases:
    langs[c["language"]] = langs.get(c["language"], 0) + 1
if langs != {"en": 20, "de": 7, "fr": 7, "es": 6}:
    bad(f"languages {langs}")
shapes = {}
for m_ in meta.values():
    k = m_["shape"].split(":")[0]
    shapes[k] = shapes.get(k, 0) + 1
if shapes != {"notes+mail": 13, "quoted": 8, "html": 7, "notes-only": 5, "no-draft": 6, "ooo-past": 1}:
    bad(f"shapes {shapes}")
nd = sorted(m_["shape"] for m_ in meta.values() if m_["shape"].startswith("no-draft"))
if nd != sorted(["no-draft: quiet"] * 2 + ["no-draft: ooo"] * 2 + ["no-draft: pause", "no-draft: optout"]):
    bad(f"no-draft kinds {nd}")
nat = sum(1 for m_ in meta.values() if m_["place"].startswith("native:"))
non = sum(1 for m_ in meta.values() if m_["place"].startswith("non-native:"))
if (nat, non) != (10, 10):
    bad(f"native/non-native {nat}/{non}")
clients = [m_["client"] for m_ in meta.values() if m_["shape"] == "quoted"]
if len(set(clients)) != 8:
    bad(f"quote clients not distinct {clients}")


# ---------- text helpers ----------
def plain(s):
    if s["kind"] == "note":
        return s["text"]
    b = s["body"]
    if s["content_type"] == "text/html":
        b = re.sub(r"<br\s*/?>", "\n", b)
        b = re.sub(r"</(p|li|ul|ol)>", "\n", b)
        b = html.unescape(re.sub(r"<[^>]+>", "", b))
    return b


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


# ---------- dates ----------
for c in cases:
    tz = ZoneInfo(c["tz"])
    now = dt.datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    ln = now.astimezone(tz)
    if ln.date() not in (dt.date(2033, 6, 14), dt.date(2033, 6, 15), dt.date(2033, 6, 16)):
        bad(f"{c['id']}: now date {ln}")
    if not (dt.time(8, 0) <= ln.time() <= dt.time(18, 0)):
        bad(f"{c['id']}: now hour {ln}")
    if meta[c["id"]]["now_local"] != ln.strftime("%Y-%m-%d %H:%M"):
        bad(f"{c['id']}: meta now")
    prev = None
    for i, s in enumerate(c["sources"], 1):
        if s["id"] != i:
            bad(f"{c['id']}: source ids")
        t = dt.datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        lt = t.astimezone(tz)
        if lt < dt.datetime(2033, 5, 2, tzinfo=tz):
            bad(f"{c['id']}: source {i} before 2 May: {lt}")
        if not (dt.time(6, 0) <= lt.time() <= dt.time(22, 0)):
            bad(f"{c['id']}: source {i} hour {lt}")
        if prev and t <= prev:
            bad(f"{c['id']}: source {i} not after previous")
        if t >= now:
            bad(f"{c['id']}: source {i} not before now")
        prev = t

# ---------- weekday + date pairs ----------
EN_M = {m[:3].lower(): i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                                    "August", "September", "October", "November", "December"])}
EN_D = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
DE_M = {m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                        "september", "oktober", "november", "dezember"])}
DE_D = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
        "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
FR_M = {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                        "septembre", "octobre", "novembre", "décembre"])}
FR_D = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
ES_M = {m: i + 1 for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                        "septiembre", "octubre", "noviembre", "diciembre"])}
ES_D = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
ENDAY = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday|s)?\.?"
ENMON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
PAT = {
    "en": [(re.compile(r"\b" + ENDAY + r",?\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + ENMON + r"(?:,?\s+(\d{4}))?", re.I), "dm"),
           (re.compile(r"\b" + ENDAY + r",?\s+" + ENMON + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I), "md"),
           (re.compile(r"\b" + ENDAY + r",?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})?", re.I), "num")],
    "de": [(re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+(?:den\s+)?(\d{1,2})\.\s*(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+(\d{4}))?"), "de"),
           (re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+(?:den\s+)?(\d{1,2})\.(\d{1,2})\.(\d{2,4})?"), "denum")],
    "fr": [(re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2})(?:er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+(\d{4}))?", re.I), "fr")],
    "es": [(re.compile(r"\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?:\s+de\s+(\d{4}))?", re.I), "es")],
}


def pairs(text, lang):
    out = []
    for rx, kind in PAT[lang] + (PAT["en"] if lang != "en" else []):
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind == "dm":
                    wd, d, mo, y = EN_D[g[0][:3].lower()], int(g[1]), EN_M[g[2][:3].lower()], g[3]
                elif kind == "md":
                    wd, mo, d, y = EN_D[g[0][:3].lower()], EN_M[g[1][:3].lower()], int(g[2]), g[3]
                elif kind == "num":
                    wd, d, mo, y = EN_D[g[0][:3].lower()], int(g[1]), int(g[2]), g[3]
                elif kind == "de":
                    wd, d, mo, y = DE_D[g[0].lower()], int(g[1]), DE_M[g[2].lower()], g[3]
                elif kind == "denum":
                    wd, d, mo, y = DE_D[g[0].lower()], int(g[1]), int(g[2]), g[3]
                elif kind == "fr":
                    wd, d, mo, y = FR_D[g[0].lower()], int(g[1]), FR_M[g[2].lower()], g[3]
                else:
                    wd, d, mo, y = ES_D[g[0].lower()], int(g[1]), ES_M[g[2].lower()], g[3]
                y = int(y) if y else 2033
                if y < 100:
                    y += 2000
                out.append((m.group(0), dt.date(y, mo, d).weekday() == wd))
            except (KeyError, ValueError):
                continue
    return out


# self-test: one wrong weekday per language must be caught, one right one accepted
for lang, good, wrong in [("en", "Friday 1 July", "Thursday 1 July"), ("de", "Montag, 4. Juli", "Dienstag, 4. Juli"),
                          ("fr", "samedi 2 juillet", "lundi 2 juillet"), ("es", "lunes 11 de julio", "martes 11 de julio")]:
    if pairs(good, lang) != [(good, True)] or pairs(wrong, lang) != [(wrong, False)]:
        bad(f"weekday self-test failed for {lang}")
n_pairs = 0
for c in cases:
    texts = [plain(s) for s in c["sources"]] + [k["what"] for k in c["key_points"]] + c["answer_slots"] + [c["rep"]["signature"]]
    m_ = meta[c["id"]]
    texts += m_["rel"] + ([m_["why"]] if m_["why"] else [])
    for t in texts:
        for (txt, ok) in pairs(t, c["language"]):
            n_pairs += 1
            if not ok:
                bad(f"{c['id']}: wrong weekday '{txt}'")

# ---------- labels ----------
n_kp = n_tok = n_mn = n_sl = 0
for c in cases:
    src = "\n".join(plain(s) for s in c["sources"])
    if not c["expect_draft"]:
        if c["key_points"] or c["must_not"] or c["answer_slots"]:
            bad(f"{c['id']}: no-draft case with labels")
        continue
    if not c["key_points"]:
        bad(f"{c['id']}: no key points")
    for k in c["key_points"]:
        n_kp += 1
        for t in k["must_include"]:
            n_tok += 1
            if t not in src:
                bad(f"{c['id']}: token not in sources: {t!r}")
            if re.fullmatch(r"\d{1,2}", t.strip()):
                bad(f"{c['id']}: bare short number token {t!r}")
    for t in c["must_not"]:
        n_mn += 1
        if t not in src:
            bad(f"{c['id']}: must_not not in sources: {t!r}")
        for k in c["key_points"]:
            for tok in k["must_include"]:
                if t in tok or tok in t:
                    bad(f"{c['id']}: must_not {t!r} overlaps token {tok!r}")
    n_sl += len(c["answer_slots"])

# ---------- shapes ----------
MARK = {"outlook": "-----Original Message-----", "gmail": " wrote:", "apple": " wrote:", "fastmail": " wrote:",
        "thunderbird": " schrieb ", "webde": "Gesendet: ", "zimbra": "----- Mail original -----",
        "samsung": "-------- Mensaje original --------"}
for c in cases:
    m_ = meta[c["id"]]
    sh = m_["shape"]
    kinds = {s["kind"] for s in c["sources"]}
    msgs = [s for s in c["sources"] if s["kind"] == "message"]
    inb = [s for s in msgs if s["direction"] == "inbound"]
    if sh == "notes-only" and kinds != {"note"}:
        bad(f"{c['id']}: notes-only with messages")
    if sh == "notes+mail" and kinds != {"note", "message"}:
        bad(f"{c['id']}: notes+mail kinds {kinds}")
    if sh == "html":
        if "note" in kinds:
            bad(f"{c['id']}: html case with notes")
        for s in msgs:
            if s["direction"] == "inbound":
                if s["content_type"] != "text/html" or not re.search(r"<(ul|ol)>", s["body"]):
                    bad(f"{c['id']}: inbound {s['id']} not html with a list")
            elif s["content_type"] != "text/plain":
                bad(f"{c['id']}: outbound {s['id']} not plain")
        if "<ol>" not in inb[-1]["body"]:
            bad(f"{c['id']}: last inbound without <ol>")
    if sh == "quoted":
        if "note" in kinds or any(s["content_type"] != "text/plain" for s in msgs):
            bad(f"{c['id']}: quoted case with notes or html")
        last = inb[-1]["body"]
        if last.count(MARK[m_["client"]]) != 2:
            bad(f"{c['id']}: header mark count {last.count(MARK[m_['client']])}")
        if m_["colleague"] not in last:
            bad(f"{c['id']}: colleague not in last mail")
    if sh in ("no-draft: ooo", "ooo-past"):
        autos = [s for s in msgs if s["subject"].lower().startswith(("automatic reply", "réponse automatique", "abwesenheit", "respuesta automática"))]
        if len(autos) != 1:
            bad(f"{c['id']}: auto-reply count {len(autos)}")
        else:
            a = autos[0]
            before = [s for s in msgs if s["id"] == a["id"] - 1]
            t1 = dt.datetime.strptime(a["at"], "%Y-%m-%dT%H:%M:%SZ")
            t0 = dt.datetime.strptime(before[0]["at"], "%Y-%m-%dT%H:%M:%SZ") if before else None
            if not before or before[0]["direction"] != "outbound" or (t1 - t0).total_seconds() != 60:
                bad(f"{c['id']}: auto-reply not 60 s after the rep's mail")
    if sh.startswith("no-draft") == c["expect_draft"] or (sh == "ooo-past" and not c["expect_draft"]):
        bad(f"{c['id']}: expect_draft vs shape")

# ---------- phones, e-mail domains, URLs ----------
def phone_problems(text):
    t = re.sub(r"\d{4}-\d{2}-\d{2}", " ", text)
    t = re.sub(r"\(GMT[+-]\d{2}:\d{2}\)", " ", t)
    t = re.sub(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", " ", t)
    t = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", t)
    out = []
    for m in re.finditer(r"\+?\(?\d[\d \-.()]*\d", t):
        run = m.group(0)
        pre = t[m.start() - 1] if m.start() else " "
        if pre.isalpha() or pre in "/-":
            continue
        parts = re.split(r"\s{2,}|\s(?=\d{1,3}\s?[A-Za-zÀ-ÿ€$£])", run)
        for p in parts:
            p = p.strip(" .-")
            if re.fullmatch(r"\d{1,3}([.,]\d{3})+(,\d+)?", p):
                continue
            digits = re.sub(r"\D", "", p)
            if len(digits) >= 7 and "555" not in digits:
                out.append(p)
    return out


for t_, want in [("Tel. 040 123 4567", 1), ("Tel. 040 555 01 83", 0), ("1.520.000 COP al mes", 0),
                 ("+49 30 2345 6789", 1), ("order EGT-2033-118", 0), ("Fecha: 18/05/2033 18:00 (GMT+02:00)", 0)]:
    if len(phone_problems(t_)) != want:
        bad(f"phone self-test failed: {t_!r}")
for c in cases:
    for s in all_strings(c):
        for p in phone_problems(s):
            bad(f"{c['id']}: number without 555: {p!r}")
        for e in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", s):
            if not re.search(r"(^|\.)example\.(com|net|org)$", e):
                bad(f"{c['id']}: mail domain {e}")
        for u in re.findall(r"(?:https?://|www\.)([\w.-]+)", s):
            if not re.search(r"(^|\.)example\.(com|net|org)$", u):
                bad(f"{c['id']}: url {u}")

# ---------- forbidden wordings (SPEC.md / issue 14 quotes, heldout42 README quotes) ----------
FORBID = [
    "I need a few days", "let me think about it", "give me a week", "until after the 15th", "not right now",
    "decided not to do anything yet", "maybe next year", "stop emailing me", "unsubscribe", "remove me from your list",
    "call me later in the day", "later in the day", "mornings are busy", "email is better than phone", "possible pause",
    "quiet period until", "I'll call you this afternoon", "let me check and get back to you", "the letter is attached",
    "You mentioned", "You asked", "Thanks again for the walkthrough", "Your budget this year", "onboarding cost for a team",
    "checked with billing", "Call with ", "Talked to ", "until you files", "We're looking for:", "Re: our conversation",
    "Hello,", "on Thursday", "on Tuesday", "Thanks for the call on", "Thanks for your note", "I'll call you in the afternoon",
    "team plan include SSO",
    # heldout42 README quotes (multi-word and markers)
    "Please hold off on any contact", "will be back in the office", "my boss decide", "no budget for it this year",
    "Please don't follow up on this one", "I will contact you myself", "löschen Sie meine Adresse", "aus Ihrer Kartei",
    "künftig nicht mehr", "weder per Mail noch telefonisch", "en congés jusqu'au", "no me escriba ni me llame",
    "Internal:", "don't promise", "don't commit", "nichts zusagen", "Ne pas parler", "Ne pas mentionner", "Ne pas dire",
    "Ne rien promettre", "no mencionar", "No comprometer", "Interno:", "due today", "next week", "by Friday",
    "by Wed", "bis Do", "el jueves", "on Monday", "last week", "the meeting on Friday", "from the 9th", "nach Ostern",
    "after Easter", "période de Pâques", "Send ... Wed",
]
OPENERS = ["Call w/", "Demo w/", "Site visit", "Walk-round", "Tel. Hr.", "Tel. Fr.", "Teams call", "Video call", "Appel",
           "Rdv", "Point Teams", "Tél.", "Llamada", "Tel.", "Reunión"]


def forbidden_in(text):
    low = text.lower()
    return [f for f in FORBID if f.lower() in low]


for c in cases:
    for s in all_strings(c):
        for f in forbidden_in(s):
            bad(f"{c['id']}: forbidden wording {f!r}")
    for s in c["sources"]:
        if s["kind"] == "note":
            for o in OPENERS:
                if s["text"].lower().startswith(o.lower()):
                    bad(f"{c['id']}: note opens with {o!r}")
        for w in ["Appel", "Rdv", "Llamada", "Reunión", "Tél."]:
            if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", plain(s), re.I):
                bad(f"{c['id']}: word {w!r} from heldout42 opener list")

# ---------- places ----------
h42_readme = open(H42_FILES[0], encoding="utf-8").read()
place_words = []
for m_ in meta.values():
    p = m_["place"].split(":", 1)[1].strip()
    mm = re.match(r"(.*)\((.*)\)", p)
    left, city = mm.group(1).strip(), mm.group(2).strip()
    place_words += [city] + [x.strip() for x in left.split("/")]
REP_PLACES = ["Amsterdam", "Bratislava", "Stockholm", "Sofia", "Taipei", "Sydney", "Barcelona", "Brighton", "Helsinki",
              "Dubai", "Mumbai", "Plattsburgh", "Kitsilano", "Riehen", "Ranjangaon", "Chakan", "Frankfurt"]
for w in set(place_words + REP_PLACES):
    if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", h42_readme, re.I):
        bad(f"place/language word in heldout42 README: {w}")
cities = [re.search(r"\((.*)\)", m_["place"]).group(1) for m_ in meta.values()]
if len(set(cities)) != 40:
    bad("customer city used twice")

# ---------- 8-word runs ----------
def words(t):
    return re.findall(r"[\wÀ-ÿ'’$€£%]+", t.lower())


def runs(t, n=8):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


ref_runs = set()
for f in H42_FILES:
    txt = open(f, encoding="utf-8").read()
    if f.endswith(".json"):
        txt = "\n".join(all_strings(json.loads(txt)))
    ref_runs |= runs(txt)
shared_ref = 0
for c in cases:
    for s in all_strings(c):
        hit = runs(s) & ref_runs
        if hit:
            shared_ref += len(hit)
            bad(f"{c['id']}: 8-word run shared with heldout42 files: {sorted(hit)[:2]}")
case_runs = {}
for c in cases:
    r = set()
    for s in c["sources"]:
        r |= runs(plain(s))
    case_runs[c["id"]] = r
shared_cases = 0
ks = sorted(case_runs)
for i, a in enumerate(ks):
    for b in ks[i + 1:]:
        hit = case_runs[a] & case_runs[b]
        if hit:
            shared_cases += len(hit)
            bad(f"{a} / {b}: shared 8-word runs {sorted(hit)[:2]}")

# ---------- README (if written) ----------
readme = os.path.join(OUT, "README.md")
readme_runs = None
if os.path.exists(readme):
    rt = open(readme, encoding="utf-8").read()
    for f in forbidden_in(rt):
        bad(f"README: forbidden wording {f!r}")
    readme_runs = sorted(runs(rt) & ref_runs)

stats = {"cases": len(cases), "expect_draft": sum(c["expect_draft"] for c in cases),
         "no_draft": sum(not c["expect_draft"] for c in cases), "key_points": n_kp, "tokens": n_tok,
         "must_not": n_mn, "answer_slots": n_sl, "weekday_pairs": n_pairs, "languages": langs, "shapes": shapes,
         "runs_shared_with_heldout42_files": shared_ref, "runs_shared_between_cases": shared_cases,
         "readme_runs_shared_with_heldout42_files": readme_runs, "problems": len(problems)}
with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as f:
    json.dump(stats, f, ensure_ascii=False, indent=1)
for p in problems:
    print("PROBLEM:", p)
print(json.dumps({k: v for k, v in stats.items() if k != "readme_runs_shared_with_heldout42_files"}, ensure_ascii=False))
if readme_runs is not None:
    print("README runs shared with heldout42 files:", len(readme_runs))
    for r in readme_runs:
        print("   ", r)
sys.exit(1 if problems else 0)
