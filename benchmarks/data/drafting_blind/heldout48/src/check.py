"""Checks the heldout48 batch. Standard library only. Prints OK or the problems."""
import glob, html, json, os, re, subprocess, sys
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import record, filename
import cases_a, cases_b, cases_c, cases_d, cases_e
ALL = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES

H47 = "/work/main/benchmarks/data/drafting_blind/heldout47"
H47_CASES = ["h47_07_line-array-sound-system-honky-tonk-nashville-ooo-past.json",
             "h47_21_fanschals-trainingsanzuege-fussballverein-dortmund.json",
             "h47_34_impression-supplement-anniversaire-hebdomadaire-marseille.json"]
P = []


def prob(*a):
    P.append(" ".join(str(x) for x in a))


# ---------- reference texts ----------
spec = open("/work/shared/SPEC.md", encoding="utf-8").read()
try:
    issue = subprocess.run(["issues", "show", "14"], capture_output=True, text=True, timeout=60).stdout
except Exception as e:  # noqa
    issue = ""
    prob("cannot run issues show 14:", e)
issue = "\n".join(re.sub(r"^> ?", "", l) for l in issue.splitlines())
readme47 = open(os.path.join(H47, "README.md"), encoding="utf-8").read()
cases47 = [open(os.path.join(H47, f), encoding="utf-8").read() for f in H47_CASES]
REFS = {"SPEC.md": spec, "issue 14": issue, "heldout47 README": readme47}

# phrases in double quotes (quotes broken over lines are joined)
JSONISH = {"id", "customer", "subject", "body", "status", "hold_reason", "sources", "kind", "quote",
           "reason", "email", "name", "timezone", "quiet_until", "preferences", "recent_sends",
           "possible_wishes", "created", "skipped", "sent", "held", "failed", "error", "new_messages",
           "quarantined", "mailboxes", "always", "7d", "48h"}
forbidden = set()
for name in ("SPEC.md", "issue 14", "heldout47 README"):
    t = re.sub(r"\s*\n\s*", " ", REFS[name])
    for m in re.finditer(r"[\"“]([^\"”]{1,200})[\"”]", t):
        ph = m.group(1).strip()
        words = re.findall(r"\w+", ph)
        if not words:
            continue
        if len(words) == 1 and (ph.strip(" ,.:").lower() in JSONISH or re.search(r"[_/|]", ph) or ph.isdigit()):
            continue  # field names and config values of SPEC's code blocks, not prose
        forbidden.add(ph)
FORBIDDEN = sorted(forbidden, key=str.lower)


def phrase_re(ph):
    core = re.escape(ph.strip())
    core = core.replace(r"\ ", r"\s+")
    left = r"(?<!\w)" if re.match(r"\w", ph.strip()) else ""
    right = r"(?!\w)" if re.search(r"\w$", ph.strip()) else ""
    return re.compile(left + core + right, re.I)


FORB_RE = [(ph, phrase_re(ph)) for ph in FORBIDDEN]

# places named in heldout47's README (table, dates, notes), matched case-sensitively
PLACES = """Scotland Glasgow Wales Welsh Cardiff Texas Austin Manitoba Winnipeg Minnesota Minneapolis Queensland
Brisbane Tennessee Nashville Cape_Town Western_Cape Ontario Hamilton Oregon Portland Lower_Silesia Wrocław Wroclaw
Utrecht Västra_Götaland Gothenburg Porto Hajdú-Bihar Debrecen Split-Dalmatia Split Fukuoka Pirkanmaa Tampere
İzmir Izmir Da_Nang Nordrhein-Westfalen Dortmund Sachsen Leipzig Bremen Steiermark Graz Rheinland-Pfalz Mainz
Basel-Stadt Basel Niedersachsen Hannover Pays_de_la_Loire Nantes Occitanie Montpellier Grand_Est Strasbourg
Bourgogne-Franche-Comté Dijon Liège Vaud Lausanne Provence-Alpes-Côte_d'Azur Marseille Comunitat_Valenciana
Valencia País_Vasco Bilbao Nuevo_León Monterrey San_Pedro_Garza_García Antioquia Medellín Santa_Fe Rosario
Galicia A_Coruña England Ireland London Chicago Johannesburg Toronto Los_Angeles Warsaw Amsterdam Stockholm
Lisbon Budapest Zagreb Tokyo Helsinki Istanbul Ho_Chi_Minh Berlin Vienna Wien Zurich Zürich Paris Brussels
Bruxelles Madrid Bogota Bogotá Cordoba Córdoba Argentina Hörde Calanques Broken_Spoke""".split()
PLACES = [p.replace("_", " ") for p in PLACES]
PLACE_RE = [(p, re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)")) for p in PLACES]


def words(t):
    return re.findall(r"\w+", t.lower())


def grams(t, n=8):
    w = words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------- weekday checking ----------
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MO = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
DE_WD = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
         "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
DE_MO = {m: i + 1 for i, m in enumerate("januar februar märz april mai juni juli august september oktober november dezember".split())}
FR_WD = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
FR_MO = {m: i + 1 for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())}
ES_WD = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
         "lun": 0, "mar": 1, "mié": 2, "jue": 3, "vie": 4, "sáb": 5, "dom": 6}
ES_MO = {m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())}
ES_MO.update({"dic": 12, "ene": 1, "feb": 2})


def year_for(month, y):
    if y:
        y = int(y)
        return y + 2000 if y < 100 else y
    return 2034 if month == 12 else 2035


PATTERNS = [
    # English: Thu 22 Feb / Thursday, 21 December 2034 / Thu, 21 Dec 2034
    ("en", re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?(?:\s+(\d{4}))?"), "dmy"),
    # English: Monday, February 12 / Friday, December 22, 2034
    ("en", re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s+(\d{4}))?"), "mdy"),
    ("de", re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+(?:den\s+)?(\d{1,2})\.\s*(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+(\d{4}))?"), "de"),
    ("de", re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+(\d{1,2})\.(\d{1,2})\.(\d{2,4})?"), "denum"),
    ("fr", re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2}|1er)\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+(\d{4}))?", re.I), "fr"),
    ("es", re.compile(r"\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo|lun|mar|mié|jue|vie|sáb|dom)\.?,?\s+(\d{1,2})(?:\s+de)?\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|dic|ene|feb)\.?(?:\s+(?:de\s+)?(\d{4}))?", re.I), "es"),
]


def weekday_hits(text):
    """Yields (matched text, stated weekday, date) for every weekday written next to a date."""
    for lang, rx, kind in PATTERNS:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind == "dmy":
                    wd, d, mo, y = EN_WD[g[0][:3].lower()], int(g[1]), EN_MO[g[2][:3].lower()], g[3]
                elif kind == "mdy":
                    wd, mo, d, y = EN_WD[g[0][:3].lower()], EN_MO[g[1][:3].lower()], int(g[2]), g[3]
                elif kind == "de":
                    wd, d, mo, y = DE_WD[g[0].lower()], int(g[1]), DE_MO[g[2].lower()], g[3]
                elif kind == "denum":
                    wd, d, mo, y = DE_WD[g[0].lower()], int(g[1]), int(g[2]), g[3]
                elif kind == "fr":
                    wd, d, mo, y = FR_WD[g[0].lower()], 1 if g[1] == "1er" else int(g[1]), FR_MO[g[2].lower()], g[3]
                else:
                    wd, d, mo, y = ES_WD[g[0].lower()], int(g[1]), ES_MO[g[2].lower()], g[3]
                dt = date(year_for(mo, y), mo, d)
            except (KeyError, ValueError):
                yield (m.group(0), None, None)
                continue
            yield (m.group(0), wd, dt)


RANGE_EN = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+(\d{1,2})\s+(?:to|-|–)\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
LIST_ES = re.compile(r"\b(lunes|martes|miércoles|jueves|viernes|sábados|domingos)\s+((?:\d{1,2},\s*)*\d{1,2}\s+y\s+\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)", re.I)
_weekday_hits_single = weekday_hits


def weekday_hits(text):
    """Adds ranges ('Mon 19 to Fri 30 Mar': the first day) and Spanish lists ('sábados 3, 10 y 17 de marzo')."""
    yield from _weekday_hits_single(text)
    for m in RANGE_EN.finditer(text):
        mo = EN_MO[m.group(3)[:3].lower()]
        yield (m.group(0), EN_WD[m.group(1)[:3].lower()], date(year_for(mo, None), mo, int(m.group(2))))
    for m in LIST_ES.finditer(text):
        wd = ES_WD.get(m.group(1).lower().rstrip("s"), ES_WD.get(m.group(1).lower()))
        mo = ES_MO[m.group(3).lower()]
        for d in re.findall(r"\d{1,2}", m.group(2)):
            yield (m.group(0), wd, date(year_for(mo, None), mo, int(d)))


def selftest():
    good = ["Thu 22 Feb", "Monday, February 12", "Friday, December 22, 2034", "Mo 26.02.", "Mittwoch, 20. Dezember 2034",
            "mardi 13 mars", "jueves 22 de febrero", "El mar, 19 dic 2034", "Mon 19 to Fri 30 Mar", "sábados 3, 10 y 17 de marzo"]
    bad = ["Fri 22 Feb", "Tuesday, February 12", "Di 26.02.", "lundi 13 mars", "viernes 22 de febrero", "Thu, 20 Dec 2034", "Tue 19 to Fri 30 Mar", "sábados 3, 11 y 17 de marzo"]
    for g in good:
        hits = list(weekday_hits(g))
        if not hits or any(h[1] is None or h[2].weekday() != h[1] for h in hits):
            prob("weekday self-test: correct example rejected:", g)
    for b in bad:
        hits = list(weekday_hits(b))
        if not hits or all(h[2] is not None and h[2].weekday() == h[1] for h in hits):
            prob("weekday self-test: wrong example accepted:", b)
    for t, exp in [("call 604-555-0191", False), ("call 604-771-0191", True), ("ring 0231 77 44 81", True),
                   ("EUR 5,952 for 16 kits, 2034-12-14 10:30", False)]:
        if bool(phone_problems(t)) != exp:
            prob("phone self-test failed on", t)


# ---------- phone numbers ----------
def phone_problems(t):
    s = re.sub(r"\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?", " ", t)
    s = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\b", " ", s)
    s = re.sub(r"\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?", " ", s)
    s = re.sub(r"\d{1,3}(?:[,.'’]\d{3})+(?:[.,]\d+)?", " ", s)
    out = []
    for m in re.finditer(r"\+?\d+(?:[ .\-/()]{1,2}\d+)*", s):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and "555" not in digits:
            out.append(m.group(0))
    return out


def texts_of(rec):
    out = []
    for s in rec["sources"]:
        if s["kind"] == "note":
            out.append(s["text"])
        else:
            out += [s["subject"], s["body"]]
    return out


def label_texts(rec):
    out = []
    for kp in rec["key_points"]:
        out.append(kp["what"])
        out += kp["must_include"]
    return out + rec["must_not"] + rec["answer_slots"]


def plain(t):
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


def main():
    selftest()
    files = sorted(glob.glob(os.path.join(ROOT, "h48_*.json")))
    if len(files) != 40:
        prob("expected 40 case files, found", len(files))
    recs = {}
    for c in ALL:
        fn = os.path.join(ROOT, filename(c))
        try:
            on_disk = json.load(open(fn, encoding="utf-8"))
        except Exception as e:
            prob("cannot read", fn, e)
            continue
        if on_disk != record(c):
            prob(fn, "differs from the generator's output")
        recs[c["n"]] = (c, on_disk)
    if sorted(recs) != list(range(1, 41)):
        prob("case numbers are not 1..40")
    # keys and order as heldout47
    ref_keys = list(json.loads(cases47[0]).keys())
    for n, (c, r) in recs.items():
        if list(r.keys()) != ref_keys:
            prob(n, "keys differ from heldout47:", list(r.keys()))
    # languages
    langs = {}
    for n, (c, r) in recs.items():
        langs[r["language"]] = langs.get(r["language"], 0) + 1
        if n <= 10 and not c["place"].startswith("native"):
            prob(n, "should be a native English writer")
        if 11 <= n <= 20 and not c["place"].startswith("non-native"):
            prob(n, "should be a non-native English writer")
    if langs != {"en": 20, "de": 7, "fr": 7, "es": 6}:
        prob("language counts", langs)
    # shapes, as heldout47 number by number
    SH = {"notes+mail": [1, 6, 9, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40], "html": [3, 10, 11, 18, 24, 29, 38],
          "notes-only": [4, 15, 22, 31, 37], "quoted": [2, 8, 14, 17, 23, 27, 32, 36], "ooo-past": [7],
          "no-draft": [5, 13, 19, 25, 30, 39]}
    for sh, ns in SH.items():
        got = sorted(n for n, (c, r) in recs.items() if c["shape"].split(" ")[0].rstrip(":") == sh)
        if got != ns:
            prob("shape", sh, "cases", got, "expected", ns)
    nd = {5: "quiet", 13: "ooo", 19: "pause", 25: "optout", 30: "ooo", 39: "quiet"}
    for n, kind in nd.items():
        if n in recs and not recs[n][0]["shape"].endswith(kind):
            prob(n, "no-draft kind should be", kind)
    due = {"after": [1, 9, 12, 16, 21, 26, 28, 33], "day": [6, 20, 35, 40], "late": [34]}
    for st, ns in due.items():
        for n in ns:
            c = recs[n][0]
            last_note = [s for s in c["sources"] if s[0] == "note"][-1][1][:10]
            if not any(rl[5] == st and rl[1] == last_note and rl[2] != "explicit" for rl in c["rules"]):
                prob(n, "final note's commitment should be", st)
    # structure per shape
    for n, (c, r) in recs.items():
        S = r["sources"]
        sh = c["shape"]
        if sh == "html":
            ins = [s for s in S if s["kind"] == "message" and s["direction"] == "inbound"]
            outs = [s for s in S if s["kind"] == "message" and s["direction"] == "outbound"]
            if not ins or any(s["content_type"] != "text/html" for s in ins):
                prob(n, "html customer messages must be text/html")
            if any(s["content_type"] != "text/plain" for s in outs):
                prob(n, "rep writes text/plain")
            if "<ul>" not in ins[0]["body"] or "<ol>" not in ins[-1]["body"]:
                prob(n, "first html needs <ul>, latest <ol>")
        else:
            for s in S:
                if s["kind"] == "message" and s["content_type"] != "text/plain":
                    prob(n, "non-html case with html body")
                if s["kind"] == "message" and re.search(r"<(p|ul|ol|li|br|html)\b", s["body"]):
                    prob(n, "html markup in a text/plain body")
        if sh.startswith("quoted"):
            if len(S) != 1 or S[0]["kind"] != "message" or S[0]["direction"] != "inbound":
                prob(n, "quoted case must be one inbound message")
            b = S[0]["body"]
            has_gt = bool(re.search(r"^>", b, re.M))
            has_gt2 = bool(re.search(r"^>>", b, re.M))
            wants = not any(k in sh for k in ("Outlook",))
            if wants != has_gt or (wants and not has_gt2):
                prob(n, "quote markers do not fit", sh)
        if sh == "notes-only" and (len(S) != 2 or any(s["kind"] != "note" for s in S)):
            prob(n, "notes-only needs exactly two notes")
        if sh == "notes+mail":
            kinds = [s["kind"] for s in S]
            if kinds.count("note") < 2 or S[-1]["kind"] != "note" or "message" not in kinds:
                prob(n, "notes+mail shape broken")
        if sh == "ooo-past":
            if not (S[0]["direction"] == "outbound" and S[-1]["direction"] == "inbound" and "Automatic reply" in S[-1]["subject"]):
                prob(n, "ooo-past shape broken")
        if r["expect_draft"] != (not sh.startswith("no-draft")):
            prob(n, "expect_draft does not fit the shape")
        if not r["expect_draft"] and (r["key_points"] or r["must_not"] or r["answer_slots"]):
            prob(n, "no-draft case has labels")
        if r["expect_draft"] and not r["key_points"]:
            prob(n, "draft case without key points")
    # times
    oldest = None
    for n, (c, r) in recs.items():
        tz = ZoneInfo(r["tz"])
        now = datetime.strptime(r["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        nl = now.astimezone(tz)
        if nl.date() not in (date(2035, 2, 13), date(2035, 2, 14), date(2035, 2, 15)) or not (7 <= nl.hour < 18):
            prob(n, "now outside Tue 13-Thu 15 Feb 2035 working day:", nl)
        prev = None
        for s in r["sources"]:
            at = datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            al = at.astimezone(tz)
            if at >= now:
                prob(n, "source", s["id"], "not before now")
            if prev and at <= prev:
                prob(n, "sources not in time order at", s["id"])
            if not (6 <= al.hour < 22):
                prob(n, "source", s["id"], "stamped outside 06-22 local:", al)
            if al.date() < date(2034, 12, 11):
                prob(n, "source older than mid-December")
            prev = at
            oldest = min(oldest, al.date()) if oldest else al.date()
    if oldest is None or not (date(2034, 12, 11) <= oldest <= date(2034, 12, 20)):
        prob("oldest source not in mid-December 2034:", oldest)
    # stated date rules
    for n, (c, r) in recs.items():
        nl = datetime.strptime(c["now"], "%Y-%m-%d %H:%M").date()
        for expr, base, kind, arg, result, status in c["rules"]:
            b = date.fromisoformat(base)
            res = date.fromisoformat(result)
            if kind == "next":
                calc = b + timedelta(days=((arg - b.weekday() - 1) % 7) + 1)
            elif kind == "prev":
                calc = b - timedelta(days=((b.weekday() - arg - 1) % 7) + 1)
            elif kind == "same":
                calc = b
            else:
                calc = res
            if calc != res:
                prob(n, "rule", expr, "gives", calc, "not", res)
            want = {"kept": res < nl, "late": res < nl, "before": res < nl, "day": res == nl,
                    "after": res > nl, "running": res > nl}[status]
            if not want:
                prob(n, "rule", expr, res, "does not fit status", status, "at now", nl)
            if not c["shape"].startswith("quoted") and not any(b == date.fromisoformat(s["at"][:10]) or abs((date.fromisoformat(s["at"][:10]) - b).days) <= 1
                       for s in r["sources"]):
                prob(n, "rule base", base, "is not the date of a source")
    # weekdays written next to dates, everywhere
    wd_count = 0
    for n, (c, r) in recs.items():
        for t in texts_of(r) + label_texts(r):
            for m, wd, dt in weekday_hits(plain(t)):
                wd_count += 1
                if dt is None or dt.weekday() != wd:
                    prob(n, "weekday wrong or unreadable:", repr(m))
    # emails
    for n, (c, r) in recs.items():
        blob = json.dumps(r, ensure_ascii=False)
        for e in re.findall(r"[\w.+-]+@[\w.-]+", blob):
            if not re.search(r"\.example\.(com|net|org)$|@example\.(com|net|org)$", e):
                prob(n, "address outside example domains:", e)
        for t in texts_of(r) + [r["rep"]["signature"]] + label_texts(r):
            for ph in phone_problems(t):
                prob(n, "digit run of 7+ without 555:", ph)
    # labels: tokens and must_not verbatim
    nkp = ntok = nmn = nsl = 0
    for n, (c, r) in recs.items():
        src = "\n".join(plain(t) if "<" in t else t for t in texts_of(r))
        for kp in r["key_points"]:
            nkp += 1
            for tok in kp["must_include"]:
                ntok += 1
                if tok not in src:
                    prob(n, "token not verbatim:", tok)
                if tok.isdigit() and len(tok) < 3:
                    prob(n, "token too short:", tok)
        toks = [t for kp in r["key_points"] for t in kp["must_include"]]
        for m in r["must_not"]:
            nmn += 1
            if m not in src:
                prob(n, "must_not not verbatim:", m)
            for t in toks:
                if t in m or m in t:
                    prob(n, "must_not overlaps token:", m, "/", t)
        nsl += len(r["answer_slots"])
    # forbidden wording, places
    for n, (c, r) in recs.items():
        for t in texts_of(r) + label_texts(r) + [r["domain"]]:
            pt = plain(t)
            for ph, rx in FORB_RE:
                if rx.search(pt):
                    prob(n, "forbidden quoted phrase:", repr(ph))
            for p, rx in PLACE_RE:
                if rx.search(pt):
                    prob(n, "place named in heldout47's README:", p)
    # 8-word overlaps
    ref_grams = {k: grams(v) for k, v in REFS.items()}
    for i, t in enumerate(cases47):
        ref_grams["heldout47 case %d" % i] = grams(t)
    case_grams = {}
    for n, (c, r) in recs.items():
        g = set()
        for t in texts_of(r) + label_texts(r):
            g |= grams(plain(t))
        case_grams[n] = g
        for k, rg in ref_grams.items():
            inter = g & rg
            if inter:
                prob(n, "8-word overlap with", k, ":", " ".join(sorted(inter)[0]))
    ns = sorted(case_grams)
    for i, a in enumerate(ns):
        for b in ns[i + 1:]:
            inter = case_grams[a] & case_grams[b]
            if inter:
                prob("8-word overlap between", a, "and", b, ":", " ".join(sorted(inter)[0]))
    # README (when written): weekdays and places
    readme_stats = {}
    rp = os.path.join(ROOT, "README.md")
    if os.path.exists(rp):
        rt = open(rp, encoding="utf-8").read()
        # `date` printouts ('Thu Dec  3 20:58:35 UTC 2026') carry their year at the end: move it next to the day
        rt = re.sub(r"\b(\w{3} \w{3})\s+(\d{1,2}) \d\d:\d\d:\d\d UTC (\d{4})", r"\1 \2, \3", rt)
        k = 0
        for m, wd, dt in weekday_hits(rt):
            k += 1
            if dt is None or dt.weekday() != wd:
                prob("README weekday wrong or unreadable:", repr(m))
        readme_stats["weekdays_checked"] = k
        rg = grams(rt)
        readme_stats["8gram_overlaps"] = {kk: len(rg & v) for kk, v in ref_grams.items()}
    stats = {"cases": len(recs), "draft": sum(r["expect_draft"] for c, r in recs.values()),
             "key_points": nkp, "tokens": ntok, "must_not": nmn, "slots": nsl,
             "weekdays_checked_in_cases": wd_count, "forbidden_phrases": FORBIDDEN, "readme": readme_stats}
    with open(os.path.join(HERE, "check_stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    if P:
        print("\n".join(P))
        print(len(P), "problems")
    else:
        print("OK")


if __name__ == "__main__":
    main()
