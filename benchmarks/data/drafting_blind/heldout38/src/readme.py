"""Writes ../README.md from src/meta.json and src/check_stats.json. Refuses once MD5SUMS exists."""
import json, os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
    raise SystemExit("MD5SUMS exists: the batch is frozen, refusing to overwrite")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
started = open(os.path.join(HERE, "started.txt")).read().strip()
cases = {}
for f in sorted(os.listdir(ROOT)):
    if f.endswith(".json"):
        c = json.load(open(os.path.join(ROOT, f), encoding="utf-8"))
        cases[c["id"]] = c
ids = sorted(cases)


def num(cid):
    return cid[4:6]


def by_shape(s):
    return [num(i) for i in ids if meta[i]["shape"] == s]


L = []
A = L.append
A("# drafting_heldout38\n")
A("Forty frozen follow-up-drafting evaluation conversations, written blind by a helper session of session 47 (start time in src/started.txt: %s). "
  "The session did not read the project's source code (/work/main/followup, /work/main/app.py), its tests (/work/main/tests), /work/main/followup_testing, "
  "benchmark code (/work/main/benchmarks/*.py), /work/main/migrations, /work/main/docs, /work/main/README.md, notes (/work/notes, except its own brief "
  "/work/notes/s47/brief_h38.md and /work/notes/s47/writer_common.md), judge files (/work/judge), /work/wt, /work/blind other than this folder, or any other "
  "batch's conversation files except the three heldout37 files named below. It did not run the product or its benchmarks, used no web search, started no helpers "
  "and installed nothing. It read, in this order:" % started)
A("- /work/notes/s47/brief_h38.md and /work/notes/s47/writer_common.md, both in one `cat` command (no `ls` of /work/notes/s47 was run);")
A("- /work/main/benchmarks/data/drafting_blind/heldout37/README.md (whole; the tool cut lines 74-90 from the first output, so they were read in a second command with `sed -n 74,90p`). "
  "That first command also created this folder with `mkdir -p` and wrote src/started.txt. No `ls` of the heldout37 folder was run;")
A("- three heldout37 JSON files, for the file format only, in one command: h37_01 (notes-only prospect), h37_03 (HTML-only inbound) and h37_29 (French, notes plus mail);")
A("- /work/shared/SPEC.md (whole) and the text of issue 14 (`issues show 14`), in one command.")
A("No `ls` of /work/blind was run (only of this folder). src/check.py reads heldout37's README and the three files again to compare keys and places.\n")
A("Deviations: none from the brief's rules known to the author. Two notes for honesty: (1) the brief asks for signatures with and without `-- `, so unlike heldout37 this batch "
  "does contain lines that are exactly '-- ' (rep mails in 06 and 23); (2) the checker's weekday regex covers full dates only; weekdays without a date were checked by hand (list below).\n")

A("## Domain\n")
A("Reps who sell to logistics, transport and distribution businesses. Buyers: reefer and general hauliers and trucking firms (01, 02, 09, 14, 21, 22, 39), "
  "a freight forwarder and a customs forwarder (12, 36), couriers, parcel and last-mile delivery (04, 23, 30, 37), warehouses and 3PLs (03, 11, 16, 40), "
  "cold stores and refrigerated warehouses (07, 27, 31), ports and terminals (05 stevedores, 20 container terminal, 26 Rhine port, 29 port warehouse), "
  "rail freight (19), an airline cargo handler and an air cargo handling firm (18, 24), bus and coach operators (08, 15), taxi and private-hire firms (10, 28), "
  "removals and self-storage (17, 25, 33), wholesale distributors (06 beverages, 13 furniture, 32 food, 34 wine, 38 general wholesale), a cross-dock platform (35). "
  "What the reps sell: fleet telematics and dash cams (01, 19, 28, 39), tachograph services (09, 32), forklifts and their service (06, 20, 29, 38), "
  "racking and mezzanines (03, 17, 27, 40), warehouse management and routing software (04, 16, 30), dock doors and levellers (07, 26, 35), "
  "tyres and fleet maintenance (02, 15, 33), fuel and charging cards (08, 10, 23, 37), cargo and fleet insurance (12, 22, 36), workwear and PPE (05, 18, 25, 31), "
  "driver training and recruitment (09, 14, 21), pallets and packaging (13, 34), scanners and label printers (11, 24). "
  "Buyers behave as such buyers do: ops, fleet, warehouse and transport managers with an owner, MD, board or finance director who signs (01, 02, 03, 06, 12, 16, 20, 21, 22, 29, 36), "
  "procurement (05, 18), peak season and Black Friday (02, 03, 11, 30), short staff and hiring for peak (04, 14, 31, 23), audits and inspections (05, 09 DVSA, 27 DIN EN 15635, 31 IFS, 32 contrôle), "
  "year-end shutdowns and inventories (03, 07, 17, 24, 38, 40), a depot move (23), trials (10, 19, 23, 31), tenders and new contracts (04 pharmacy, 14 Ro-Ro, 29 café vert), "
  "a vendor that stopped showing up (02).\n")

A("## Dates\n")
A("`now` lies between Tuesday 2031-12-09 and Thursday 2031-12-11 in every customer's zone, on a weekday (checked; 07 is Thursday 11 December locally in Tauranga, "
  "03 Wednesday 10 December in Brisbane, 18 Tuesday 9 December in Busan). All sources are from 2031-10-27 on (checked: from 2031-10-20) and before `now` (checked). "
  "The calendar shows up as background: Black Friday (28 November) and Cyber Monday in 02, 03, 11, 30; the pre-Christmas peak in 02, 06, 11, 23, 37; "
  "St Nicholas (Saturday 6 December) in 32 ('après la Saint-Nicolas'); Immaculate Conception (Monday 8 December) as a holiday in 25 (Austria: 'Am Montag (8. Dezember) ... Feiertag') "
  "and 35 (Spain: 'lunes festivo'); the Fête des Lumières (around 8 December) keeping the Lyon taxis busy in 28; Virgen de Guadalupe (Friday 12 December) in 39; "
  "Christmas-New Year shutdowns (03 Friday 19 December to Monday 12 January, 07 Thursday 25 December to Sunday 4 January, 24 Änderungssperre bis 7. Januar, "
  "17 'until 31 December', 38 inventario del 30); New Year's Day as a holiday (20 '1 January is holiday, so Friday 2 January?'); the January starts "
  "(02 January 1, 04 Monday January 5, 09 Saturday 10 January, 13 Tuesday 6 January, 15 1 January, 22 1.1.2032, 23 Samstag, 17. Januar, 27 Montag, 12. Januar, "
  "29 lundi 5 janvier, 30 samedi 10 janvier, 32 lundi 5 janvier, 36 1 de enero, 39 lunes 5 de enero); February deadlines (14 Monday 2 February, 16 week of 2 February, 29 semaine du 16 février). "
  "Hanukkah is not used.\n")

A("## Languages and places\n")
A("20 en:")
A("- native: " + "; ".join("%s %s" % (meta[i]["place"], num(i)) for i in ids if meta[i]["group"] == "native") + ";")
A("- non-native (first language, city): " + "; ".join("%s %s" % (meta[i]["place"], num(i)) for i in ids if meta[i]["group"] == "non-native") + ".")
A("Reps of the non-native cases write from the UK, Ireland, Germany, Austria, the Netherlands or Singapore.\n")
for g, lab in [("de", "7 de"), ("fr", "7 fr"), ("es", "6 es")]:
    A("- %s: " % lab + "; ".join("%s %s" % (meta[i]["place"], num(i)) for i in ids if meta[i]["group"] == g) + ";")
A("\nNone of these cities, regions or first languages appears in heldout37's README (checked by src/check.py against that README's text, as whole words, "
  "case-insensitive; countries are not counted); cities are not repeated within the batch. Bordeaux was first planned for 34 and moved to Libourne (Gironde), "
  "because 'Bordeaux' occurs in heldout37's README (as a napkin colour).\n")

A("## Shapes (checked by src/check.py)\n")
A("- **Notes-only prospects (5):** %s (one call note in rep shorthand naming the person; checked that the note contains the customer's first name)" % ", ".join(by_shape("notes-only prospect")))
A("- **Notes plus mail (13):** %s" % ", ".join(by_shape("notes plus mail")))
A("- **HTML-only inbound (7):** %s (every inbound message is text/html with a <ul> or <ol> list; 07 and 31 use <ol>; the rep's own mails are plain text)" % ", ".join(by_shape("HTML-only")))
A("- **Plain quoted threads without notes (8):** %s (eight different mail clients' quote headers, in the conversation's language)" % ", ".join(by_shape("quoted thread")))
for i in ids:
    if meta[i]["shape"] == "quoted thread":
        A("  - %s: %s." % (num(i), meta[i]["quote"]))
A("- **No draft (6):** %s" % ", ".join(by_shape("NO DRAFT")))
A("- **Out-of-office over, draft expected (1):** %s\n" % ", ".join(by_shape("out-of-office over, draft expected")))

A("No draft expected (6):")
for i in ids:
    if meta[i]["shape"] == "NO DRAFT":
        A("- %s: %s (%s) %s" % (i[:6], cases[i]["language"], meta[i]["place"], meta[i]["notes"]))
A("")
A("Out-of-office over, draft expected (1):")
for i in ids:
    if meta[i]["shape"].startswith("out-of-office"):
        A("- %s: %s" % (i[:6], meta[i]["notes"]))
A("")
A("Notes on single cases:")
for i in ids:
    if meta[i]["shape"] not in ("NO DRAFT",) and not meta[i]["shape"].startswith("out-of-office"):
        A("- %s: %s" % (num(i), meta[i]["notes"]))
A("")

A("Kinds (as in src/meta.json; rev = offer or terms revised, prom = promise still owed, kept = promise kept, missed = a promise overdue, rel = relative date resolved against its source, "
  "q = question, noteans = a call note answers the customer's question in rep shorthand, accept = customer accepts or signs, choice = customer chooses one of two or more options, "
  "change1 = customer changes one detail, corr = customer corrects a count or size, coll = two or more people on the customer's side, relay = question relayed from a colleague, "
  "doc = customer asks for a document or one is owed, time = time of day or channel preference, addon = a second request alongside the main order, deadline = a deadline the rep must restate, "
  "ooo / ooo-past = out-of-office running / over, pause, quiet, optout):")
kinds = defaultdict(list)
for i in ids:
    for k in meta[i]["kinds"]:
        kinds[k].append(num(i))
A("- case numbers per kind: " + "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in sorted(kinds.items())) + "\n")

A("## Label conventions\n")
A("must_include tokens are literal and verbatim in the case's sources (case-sensitive), never a bare 1-2 digit number; must_not strings are verbatim in the sources and cover "
  "superseded figures, options and counts, call-note openers and shorthand ('Site visit Bluff City', 'Call Roy', 'Call Dana', 'Spoke Ian', 'Video call w/', 'Teams call', 'Zoom Martina', "
  "'Call Ivana', 'Termin vor Ort Thüringer', 'Tel. Hr. Brinkmann', 'Tel. Hr. Aydın', 'Vor-Ort-Termin Elbkühl', 'RDV au dépôt', 'Appel Claire', 'Point Teams', 'Visita a Ebro', "
  "'Llamada Álvaro', 'Llamada Jordi'), internal asides and their markers (colleagues Marco, Jim, Kev, Sandra, Giles, Klaus, Uwe, Jörg; 'do not promise', \"don't tell them yet\", "
  "\"don't go lower\", \"don't commit\", \"don't raise\", \"Don't mention\", 'never show floor', 'no delivery dates', 'keine Termine zusagen', 'nicht ansprechen', 'nicht erwähnen', "
  "'nicht drohen', 'ne rien dire', 'ne pas en parler', 'no dar plazo', 'que no salga', 'no sacarlo'; price floors, stock shortages, installer and trainer shortages, a factory closure, "
  "an underwriter's referral limit, a claims ratio, a steel surcharge, a product delay, a competitor, a charging network not yet live), customers' phone numbers, auto-reply details "
  "(stand-in name and number, return date), and customers' own private or internal remarks ('flattened us', 'the Dutch guy', 'Thx', 'lg Manuela', 'un dineral', 'dolor de cabeza', "
  "'mobile reception in the chambers', 'audit IFS', 'Enviado desde mi móvil'). The customer's own company name is a token where the customer asks for an invoice, quote, policy, "
  "agreement or contract in that name (03, 06, 09, 12, 13, 17 as 'Storage SIA' because the HTML source writes &amp;, 18, 22, 23, 24, 27, 29, 31, 36, 38). Answer slots name every question whose answer is in no source, "
  "including requests the rep cannot confirm from the sources (dates, prices for changed quantities). Greetings and sign-offs are neither tokens nor must_not. "
  "No-draft cases carry empty key_points, must_not and answer_slots.\n")

A("## Conventions checked by src/check.py\n")
A("- keys and their order against the three heldout37 files read (top level against all three; customer, rep, message-source and key-point keys against h37_03; note-source keys "
  "against h37_01; h37_29's notes and messages agree); batch; rep_history empty; file name ↔ id; numbering 01..40; every `tz` a valid IANA zone; `now` from 2031-12-09 to 2031-12-11 "
  "UTC and on a weekday from Tuesday 9 to Thursday 11 December in that zone;")
A("- every must_include token verbatim in the case's sources; no token a bare 1-2 digit number;")
A("- every must_not string verbatim in the sources, not overlapping (either way, case-insensitive) any must_include token, nor the rep's name, e-mail or any signature line;")
A("- source ids 1..n, strictly increasing `at`, ISO 8601 UTC, from 2031-10-20 and before `now`; rep mails text/plain;")
A("- weekday/date agreement with Python datetime for every 'weekday + day + month (+ year)' and 'weekday + month + day (+ year)' in en, fr and es, German 'weekday, D. Monat' "
  "and 'weekday D.M.(YYYY)', found in sources, signatures, key points and slots (year 2031, or 2032 for January and February when not written), with self-tests that wrong weekdays are "
  "flagged in all four languages (%d matches in the batch). Weekdays written without a full date were checked by hand against the calendar: 'by Tue' (01), 'Thurs', 'on Friday', "
  "'on Tuesday' (02), 'on Tuesday', 'on Friday' (03), 'Thu', 'Tuesday', 'Friday' (06), 'Send contract Mon', 'on Thursday', 'Tuesday or Thursday mornings' (09), 'by Wed', 'Tue 6 Jan' (11), "
  "'Fri', 'Wednesday', 'on Monday' (12), 'Fri', 'Wednesday' (16), 'Thurs', 'a day later' (20), 'bis Mi' (21), 'Do', 'am Dienstag' (22), 'am Freitag', 'bis Mo', 'ab morgen' (23), "
  "'Am Montag (8. Dezember)' (25), 'Angebot Do', 'am Freitag', 'gestern' (27), 'jeudi' (28), 'mardi', 'jeudi' (29), 'vendredi', 'mercredi' (30), 'el martes (lunes festivo)' (35), "
  "'el miércoles', 'el viernes' (36), 'el lunes', 'el miércoles' (37), 'el viernes 12' (39);" % stats["weekday_matches"])
A("- e-mail addresses and URLs contain `.example.`; phone-like runs (7+ digits, spaces/hyphens/dots/brackets/slashes allowed, numeric dates and currency amounts such as "
  "$1.290.000 in 38 removed first) contain 555, with a self-test;")
A("- shape rules (the notes-only note names the customer's first name; HTML-only inbound is all text/html with a <ul> or <ol>, at least one <ol> in the batch; other inbound is "
  "text/plain; quoted threads carry a quoted history; no notes outside the notes shapes), no-draft cases carry no labels, draft cases carry key points; counts per language, shape, "
  "native/non-native; the 8 quoted threads use 8 different mail clients; at least one '-- ' signature marker; cities, regions and first languages not in heldout37's README and cities not repeated.\n")

A("Totals: 40 cases (%d with a draft expected, %d without), %d key points (%d must_include tokens), %d must_not strings, %d answer slots.\n"
  % (stats["draft"], stats["nodraft"], stats["key_points"], stats["tokens"], stats["must_not"], stats["slots"]))
A("No case count was reduced for time: all 40 cases of the brief were written.\n")
A("Generator: src/lib.py, src/cases_a.py (01-10, en native), src/cases_b.py (11-20, en non-native), src/cases_c.py (21-27, de), src/cases_d.py (28-34, fr), "
  "src/cases_e.py (35-40, es), src/gen.py (also writes src/meta.json: shape, place, kinds, quote header and notes per case). Checker: src/check.py (also writes src/check_stats.json). "
  "README: src/readme.py. `python3 src/gen.py && python3 src/check.py && python3 src/readme.py` rebuilds and re-checks. gen.py (lib.write_all) and readme.py refuse to write once "
  "MD5SUMS exists. The batch is frozen: MD5SUMS covers the 40 JSON files, this README and every file in src/.\n")

A("| id | domain | language | region / first language | shape | kinds |")
A("|---|---|---|---|---|---|")
for i in ids:
    g = meta[i]["group"]
    reg = ("%s: %s" % (g, meta[i]["place"])) if g in ("native", "non-native") else ("%s: %s" % (cases[i]["language"], meta[i]["place"]))
    A("| %s | %s | %s | %s | %s | %s |" % (i, cases[i]["domain"], cases[i]["language"], reg, meta[i]["shape"], ", ".join(meta[i]["kinds"])))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
