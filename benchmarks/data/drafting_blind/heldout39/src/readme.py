"""Writes ../README.md from the case files, meta.json and check_stats.json (refuses once MD5SUMS exists)."""
import json, os, glob
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    raise SystemExit("MD5SUMS exists: batch is frozen, refusing to overwrite")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
started = open(os.path.join(HERE, "started.txt")).read().strip()
cases = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(OUT, "h39_*.json")))]
def nn(c): return c["id"][4:6]
def local_now(c):
    d = datetime.strptime(c["now"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(c["tz"]))
    return d.strftime("%A %d %B %H:%M")
L = []
A = L.append
A("# drafting_heldout39\n")
A("Forty frozen follow-up-drafting evaluation conversations, written blind by a helper session of session 48 (start time in src/started.txt: %s). "
  "The session did not read the project's source code (/work/main/followup, /work/main/app.py), its tests (/work/main/tests), /work/main/followup_testing, "
  "benchmark code (/work/main/benchmarks/*.py), /work/main/migrations, /work/main/docs, /work/main/README.md, notes (/work/notes, except its own brief "
  "/work/notes/s48/brief_h39.md and /work/notes/s48/writer_common.md), judge files (/work/judge), /work/wt, /work/blind other than this folder, or any other "
  "batch's conversation files except the three heldout38 files named below. It did not run the product or its benchmarks, used no web search, started no "
  "helpers and installed nothing. It read, in this order:" % started)
A("- /work/notes/s48/writer_common.md and /work/notes/s48/brief_h39.md, both in one `cat` command (no `ls` of /work/notes/s48 was run);")
A("- in one command that first created this folder (`mkdir -p`) and wrote src/started.txt: /work/main/benchmarks/data/drafting_blind/heldout38/README.md (whole) "
  "and, for the file format only, the three heldout38 files the brief names: h38_01 (notes-only prospect), h38_03 (HTML-only inbound) and h38_29 (French, notes plus mail). "
  "The tool cut lines 83-136 of that output, so the README's lines 83-136 were read in a second command with `sed -n 83,136p`. No `ls` of the heldout38 folder was run;")
A("- /work/shared/SPEC.md (whole) and the text of issue 14 (`issues show 14`), in one command.")
A("No `ls` of /work/blind was run (only of this folder). src/check.py reads heldout38's README and the three files again, to compare keys and places.\n")
A("Deviations: none from the brief's rules known to the author. Notes for honesty: (1) as the brief asks for signatures with and without `-- `, two rep signatures "
  "carry a '-- ' line (06, 23); (2) the checker's weekday regex covers full dates only; weekdays written without a date were checked by hand (list below); "
  "(3) King's Day (27 April) and May Day are not used: no Dutch case was planned, and no conversation needed them.\n")
A("## Domain\n")
A("Reps who sell to sport, fitness, culture and events organisations. Per case: " + "; ".join("%s %s" % (nn(c), c["domain"]) for c in cases) + ".\n")
A("Buyers: a half-marathon organiser (01), a summer collegiate ballpark (02), a gravel cycling race (03), a playhouse (04), a golf club (05), a street arts festival (06), "
  "a rugby club's sevens festival (07), a university recreation centre (08), a climbing gym (09), a jazz festival (10), an ice hockey arena (11), a youth choir's foundation (12), "
  "a swimming club's pool (13), a football club's shop (14), a chamber music festival (15), a congress organiser (16), a gym chain (17), a cinema (18), a museum (19), "
  "a basketball arena (20), a dance studio (21), a sports club (22), a bouldering gym (23), an art gallery (24), a handball club's youth section (25), a chamber opera (26), "
  "a tennis club (27), a theatre (28), a music festival (29, 36), a trade fair organiser (30), a public pool (31), a supporters' club (32), a triathlon club (33), "
  "a dance school (34), a handball club's hall (35), a boutique gym chain (37), a youth football league (38), a concert producer (39), a theatre (40). "
  "Buyers behave as such buyers do: volunteer secretaries, treasurers and presidents (07, 22, 25, 27, 32, 33), boards, committees and general meetings that approve "
  "(01, 05, 07, 12, 20, 22, 27, 35, 38), grants and subsidy deadlines (06 Arts Council, 12 city grant, 22 Sportbund), season starts and fixed event dates, deposits and "
  "instalments (06, 12, 25, 32), a bank loan (17), council, prefecture and funding paperwork (03, 06, 13, 22, 27, 29, 36).\n")
A("## Dates\n")
A("`now` lies between Tuesday 2032-04-20 and Thursday 2032-04-22 in every customer's zone, on a weekday, between 08:00 and 18:00 local (checked). Local `now` per case: "
  + "; ".join("%s %s (%s)" % (nn(c), local_now(c), c["tz"]) for c in cases) + ". "
  "All sources are from 2032-03-01 on and before `now` (checked). The calendar shows up as background: Easter (Sunday 28 March) in 05 ('I hope Easter was a restful one') "
  "and 15 ('after Easter', 'a good Easter'); the clocks going forward in 07 ('since the clocks went forward we're training till 8'); Anzac Day on Sunday 25 April in 03 "
  "('the Anzac Day dawn service on Sunday'); season openings and fixed dates (02 home opener Fri May 28, 08 semester 2 Monday 12 July, 13 county championship Saturday 26 June, "
  "22 Sonntag, 30. Mai, 24 Vernissage Freitag, 21. Mai, 27 Sommerferien ab Samstag, 10. Juli, 31 bassin extérieur samedi 15 mai, 32 play-offs, 38 inauguración sábado 5 de junio, "
  "39 sábado 22 de mayo).\n")
A("## Languages and places\n")
for lang, label in (("en", "20 en"), ("de", "7 de"), ("fr", "7 fr"), ("es", "6 es")):
    items = ["%s %s" % (meta[c["id"]]["place"], nn(c)) for c in cases if c["language"] == lang]
    A("- %s: %s;" % (label, "; ".join(items)))
A("\nReps of the non-native cases write from Germany, Austria, Italy, the UK, Sweden and Singapore. None of these cities, regions or first languages appears in heldout38's README "
  "(checked by src/check.py against that README's text, as whole words, case-insensitive; countries are not counted); cities are not repeated within the batch.\n")
A("## Shapes (checked by src/check.py)\n")
by = defaultdict(list)
for c in cases:
    by[meta[c["id"]]["shape"]].append(c)
A("- **Notes-only prospects (5):** " + ", ".join(nn(c) for c in by["notes-only prospect"]) + " (one call note in rep shorthand; checked that it names the customer's first name)")
A("- **Notes plus mail (13):** " + ", ".join(nn(c) for c in by["notes plus mail"]))
A("- **HTML-only inbound (7):** " + ", ".join(nn(c) for c in by["HTML-only inbound"]) + " (every inbound message is text/html with a <ul> or <ol>; 07 and 31 use <ol>; the rep's own mails are plain text)")
A("- **Plain quoted threads without notes (8):** " + ", ".join(nn(c) for c in by["quoted thread"]) + " (eight different mail clients' quote headers, in the conversation's language):")
for c in by["quoted thread"]:
    A("  - %s: %s" % (nn(c), meta[c["id"]]["note"]))
A("- **No draft (6):** " + ", ".join(nn(c) for c in by["no draft"]))
A("- **Out-of-office over, draft expected (1):** " + ", ".join(nn(c) for c in by["out-of-office over, draft expected"]) + "\n")
A("No draft expected (6):")
for c in by["no draft"]:
    A("- %s: %s (%s) %s" % (c["id"], c["language"], meta[c["id"]]["place"], meta[c["id"]]["note"]))
A("\nOut-of-office over, draft expected (1):")
for c in by["out-of-office over, draft expected"]:
    A("- %s: %s" % (c["id"], meta[c["id"]]["note"]))
A("\nNotes on single cases:")
for c in cases:
    s = meta[c["id"]]["shape"]
    if s in ("no draft", "out-of-office over, draft expected", "quoted thread"):
        continue
    A("- %s: %s" % (nn(c), meta[c["id"]]["note"]))
kinds = defaultdict(list)
for c in cases:
    for k in meta[c["id"]]["kinds"]:
        kinds[k].append(nn(c))
A("\nKinds (as in src/meta.json; rev = offer or terms revised, prom = promise still owed, kept = promise kept, missed = a promise overdue, rel = relative date resolved "
  "against its source, q = question, noteans = a call note answers the customer's question in rep shorthand, accept = customer accepts or signs, choice = customer chooses "
  "one of two or more options, change1 = customer changes one detail, corr = customer corrects a count or size, coll = two or more people on the customer's side, "
  "relay = question relayed from a colleague, doc = customer asks for a document or one is owed, time = time of day or channel preference, addon = a second request "
  "alongside the main order, deadline = a deadline the rep must restate, ooo / ooo-past = out-of-office running / over, pause, quiet, optout):")
A("- case numbers per kind: " + "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in sorted(kinds.items())))
A("\n## Label conventions\n")
A("must_include tokens are literal and verbatim in the case's sources (case-sensitive), never a bare 1-2 digit number; must_not strings are verbatim in the sources and cover "
  "superseded figures, options, counts and dates, call-note openers ('Call w/ Renata', 'Call Brent', 'Call Aoife', 'Zoom Jess', 'Teams call w/', 'Call Agnieszka', 'Call Dimitra', "
  "'Call Luka', 'Vor-Ort-Termin Tanzstudio', 'Tel. Hr. Benz', 'Tel. Hr. Gstrein', 'Tel. Hr. Hämmerli', 'RDV Théâtre', 'Appel Camille', 'Point Teams', 'Visita al pabellón', "
  "'Llamada Lucía', 'Llamada Paula', 'Llamada de Paula'), internal asides and their markers (colleagues Dale, Hank, Ciarán, Vangelis, Rok, Ali, Koldo; 'don't confirm', "
  "'don't mention', 'keep quiet', \"don't say\", \"don't tell them\", 'keine Termine zusagen', 'nicht erwähnen', 'ne rien dire', 'ne pas leur dire', 'ne pas monter', "
  "'no dar plazo', 'que no salga'; crew double-bookings, stock elsewhere or out of stock, a supplier price rise, a migration backlog, a margin limit, an insurer's cap, "
  "a subcontractor, a supplier's lead time, a shared stage roof), customers' phone numbers, auto-reply details (stand-in name and number, 'out of office'), and customers' "
  "own remarks a rep would not echo ('bank line', 'giddy', 'rained sideways', 'looks cheap', 'NOT retyping', 'nightmare', 'Sent from my iPhone', 'Enviado desde mi Galaxy', "
  "'Allez les Rouges', 'Mil gracias'). The customer's own company name is a token where the customer asks for an invoice, quote, offer, contract or policy in that name "
  "(02, 03, 06, 09, 12, 13, 16, 17, 20, 22, 23, 24, 27, 29, 30, 31, 36, 37, 38). Answer slots name every question whose answer is in no source, including requests the rep "
  "cannot confirm from the sources (dates, prices for changed quantities or changed scope). Greetings and sign-offs are neither tokens nor must_not. No-draft cases carry "
  "empty key_points, must_not and answer_slots.\n")
A("## Conventions checked by src/check.py\n")
A("- keys and their order against the three heldout38 files read (top level against all three; customer, rep, message-source and key-point keys against h38_03; note-source "
  "keys against h38_01; h38_29's notes and messages agree); batch; rep_history empty; file name <-> id; numbering 01..40; every `tz` a valid IANA zone; `now` from 2032-04-20 "
  "to 2032-04-22 in UTC and on a weekday from Tuesday 20 to Thursday 22 April in that zone, between 08:00 and 18:00 local;")
A("- every must_include token verbatim in the case's sources; no token a bare 1-2 digit number;")
A("- every must_not string verbatim in the sources, not overlapping (either way, case-insensitive) any must_include token, nor the rep's name, e-mail or any signature line;")
A("- source ids 1..n, strictly increasing `at`, ISO 8601 UTC, from 2032-03-01 and before `now`; rep mails text/plain;")
A("- weekday/date agreement with Python datetime for every 'weekday + day + month (+ year)' and 'weekday + month + day (+ year)' in en, French 'weekday D(er) mois', "
  "Spanish 'weekday D de mes', German 'weekday, D. Monat', found in sources, signatures, key points and slots (year 2032 when not written), with self-tests that wrong "
  "weekdays are flagged in all four languages (%d matches in the batch). Weekdays written without a full date were checked by hand against the calendar: 'by Wed' (01, "
  "Friday 16 April note -> Wednesday 21 April); 'Thurs', \"Tuesday's call\" (02: note Tuesday 23 March, quote Thursday 25 March); 'on Sunday', 'Thursday night', "
  "'the Friday', 'the Monday' (03); 'on Friday', 'on Thursday' (05); 'Mon', 'on Thursday', 'by Friday', 'family day Sunday' (06: note Thursday 18 March, quote Monday 22 March); "
  "'on Sunday', 'ring me after six' (07); 'Send contract Tue', 'on Friday' (09: note Friday 12 March, contract Tuesday 16 March); 'Mon' (11: Monday 19 April); 'Send offer Mon', "
  "'on Thursday' (12: Thursday 18 / Monday 22 March); 'Revised offer Tue', 'on Friday' (16: Friday 12 / Tuesday 16 March); 'Send revised terms Friday', 'on Wednesday' "
  "(20: Wednesday 10 / Friday 12 March); 'Angebot Do', 'dienstags' (21: Friday 16 April note -> Thursday 22 April = morgen); 'Angebot Freitag', 'am Dienstag', 'am Freitag' "
  "(22: Tuesday 16 / Friday 19 March; Mitgliederversammlung Friday 16 April); 'Angebot Mo', 'am Donnerstag', 'Montag ist Ruhetag', 'Dienstag bis Sonntag' (23: Thursday 11 / "
  "Monday 15 March); 'Dienstag bis Sonntag' (24); 'am Samstag' (26); 'Offerte Freitag', 'am Mittwoch', 'am Samstag' (27: Wednesday 10 / Friday 12 March; GV Saturday 10 April); "
  "'jeudi' (28: Monday 19 April note -> Thursday 22 April = demain); 'Devis révisé vendredi', 'de mercredi' (29: Wednesday 17 / Friday 19 March); 'Proposition lundi', 'jeudi' "
  "(30: Thursday 11 / Monday 15 March); 'el miércoles' (35: Friday 16 April note -> Wednesday 21 April = mañana); 'Propuesta el lunes', 'el jueves', 'el jueves 8' (36: "
  "Thursday 11 / Monday 15 March; 8 July is a Thursday); 'Contrato el viernes', 'jueves 13' (37: Wednesday 10 / Friday 12 March; 13 May is a Thursday); 'jueves 20' (39: 20 May "
  "is a Thursday);" % stats["weekday_matches"])
A("- e-mail addresses and URLs contain `.example.`; phone-like runs (7+ digits, spaces/hyphens/dots/brackets/slashes allowed; ISO and numeric dates, clock times and "
  "currency amounts removed first) contain 555, with a self-test;")
A("- shape rules (the notes-only note names the customer's first name; HTML-only inbound is all text/html with a <ul> or <ol>, at least one <ol> in the batch; other "
  "inbound is text/plain; quoted threads carry a quoted history and a named mail client; no notes outside the notes shapes), no-draft cases carry no labels, draft cases "
  "carry key points; counts per language, shape, native/non-native; the 8 quoted threads use 8 different mail clients; at least one '-- ' signature marker; cities, regions "
  "and first languages not in heldout38's README and cities not repeated.\n")
A("Totals: %d cases (%d with a draft expected, %d without), %d key points (%d must_include tokens), %d must_not strings, %d answer slots.\n"
  % (stats["cases"], stats["draft"], stats["cases"] - stats["draft"], stats["key_points"], stats["tokens"], stats["must_not"], stats["answer_slots"]))
A("No case count was reduced for time: all 40 cases of the brief were written.\n")
A("Generator: src/lib.py, src/cases_a.py (01-10, en native), src/cases_b.py (11-20, en non-native), src/cases_c.py (21-27, de), src/cases_d.py (28-34, fr), "
  "src/cases_e.py (35-40, es), src/gen.py (also writes src/meta.json: shape, place, kinds, quote client and notes per case; local times in the case files are converted "
  "to UTC with zoneinfo). Checker: src/check.py (also writes src/check_stats.json). README: src/readme.py. `python3 src/gen.py && python3 src/check.py && python3 src/readme.py` "
  "rebuilds and re-checks. gen.py (lib.write_all) and readme.py refuse to write once MD5SUMS exists. The batch is frozen: MD5SUMS covers the 40 JSON files, this README "
  "and every file in src/.\n")
A("| id | domain | language | region / first language | shape | kinds |")
A("|---|---|---|---|---|---|")
for c in cases:
    m = meta[c["id"]]
    A("| %s | %s | %s | %s | %s | %s |" % (c["id"], c["domain"], c["language"], m["place"], "NO DRAFT" if m["shape"] == "no draft" else m["shape"], ", ".join(m["kinds"])))
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
