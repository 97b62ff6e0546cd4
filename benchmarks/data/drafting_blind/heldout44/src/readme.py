"""Writes README.md for batch heldout44 from the case files, meta.json and check_stats.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
cases = [json.load(open(os.path.join(OUT, m["file"]), encoding="utf-8")) for m in meta.values()]
cases.sort(key=lambda c: c["id"])
started = open(os.path.join(HERE, "started.txt")).read().strip()
num = lambda c: c["id"].split("-")[1]
L = []
A = L.append
A("# drafting_heldout44\n")
A("Forty sales conversations, batch `blind-heldout44`, labelled and frozen for a single later scoring of follow-up drafts. Their author is a helper started by session 53 with no sight of the drafting code; the time it began is in src/started.txt (%s, printed by `date` in its second command). The reps sell to healthcare and care providers: GP surgeries, physiotherapy and dental clinics, pharmacies, care homes, home-care agencies, labs, opticians, veterinary hospitals and hospices; they sell consumables, devices, furniture, software, hygiene and cleaning, laundry, uniforms, training, waste collection, maintenance contracts, staffing, patient transport and telehealth.\n" % started)
A("## Reading log (every command that showed me something outside this folder)\n")
A("1. `date; cat /work/notes/s53/writer_common.md; echo ----; cat /work/notes/s53/brief_h44.md` (typed as required; no folder of /work/notes was listed).")
A("2. `mkdir -p /work/blind/heldout44/src && date > /work/blind/heldout44/src/started.txt; cat /work/main/benchmarks/data/drafting_blind/heldout43/README.md` (whole file on screen).")
A("3. `cd /work/main/benchmarks/data/drafting_blind/heldout43 && cat h43_06_laptop-leasing-accounting-firm-winnipeg.json; echo; echo =====; cat h43_22_wlan-lagerhalle-kaffeeimport-bremen-neukunde.json; echo; echo =====; cat h43_30_impression-geree-courtier-assurances-nantes-absence.json` (the three layout examples the brief names).")
A("4. `cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (the spec came out whole, 10135 bytes, then the issue).\n")
A("I opened nothing more outside /work/blind/heldout44. Untouched: product source, tests, benchmark scripts, migrations, docs, the main README, any further note, /work/judge, /work/wt, the other blind folders, and the rest of heldout43 (its folder listing included). My remaining commands: a Python one-liner for the July-September 2034 calendars, an `ls .. | head -5` inside this folder, and edits, greps and runs of my own files. I ran neither the product nor its benchmarks, used no web search, started no helper and installed nothing. src/check.py opens the heldout43 README, the same three case files and SPEC.md again and runs `issues show 14` (key order, quoted phrases to avoid, place names, 8-word comparisons).\n")
A("## Deviations\n")
A("- (0) Per language, the shape counts equal heldout43's, and I kept its numbering too: a shape sits on the same case numbers as there (the Shapes section lists them). The no-draft kinds are the same as there: quiet 05 39, out-of-office 13 30, pause 19, opt-out 25.")
A("- (1) Places: I took the brief's ban on heldout43's places to cover every whole word in its README, the zone names too. check.py looks up each customer city and region, each rep's home city and a list of background places (districts, streets, nearby towns) there as whole words; nothing matches. Zone names that contain cities of that README (Europe/London, Europe/Berlin, Europe/Paris, Europe/Madrid, Europe/Zurich, Europe/Vienna) are still used because they are the right zones; those cities are never used as places. Countries are only background.")
A("- (2) The non-native English writers have first languages that heldout43 did not use (Italian, Czech, Norwegian, Greek, Korean, Indonesian, Romanian, Hebrew, Danish, Filipino); the brief did not ask for this. Irish and Northern Irish customers count as native English writers.")
A("- (3) Phrases avoided (check.py compares lower-cased text of all case strings and of this file): every phrase of two or more words that SPEC.md or issue 14 puts in double quotes, every phrase of two or more words that heldout43's README puts in single quotes (its no-draft sentences, auto-reply subject prefixes, day phrases in English, German, French and Spanish), plus the one-word list-leaving request and the issue's comma-ended greeting. Single day words (the English, German, French and Spanish words for today, tomorrow, yesterday and the weekday names on their own) are not tested, as in heldout43: a call note's stale relative day is what issue 14 measures. Note openers listed in heldout43's README are tested at the start of each call note. Auto-reply subjects therefore start with 'Out of Office:', 'Fravær / Away:' and 'Absence :'.")
A("- (4) Fixes made after the first check.py run (the only program that ever read the batch): a French token whose capital letter did not match the note (28, note reworded to a lower-case phrase); day phrases that heldout43's README quotes, found in 01, 03, 09, 15, 16 (English), 35, 37, 40 (Spanish), reworded in the sources, labels and date notes; the greeting in a mail of 12; three note openers (15, 33, 40) changed; this README's prose rewritten once check.py showed it repeated many 8-word runs of heldout43's README, and the no-draft explanations of 13 and 30 and a date note of 34 reworded for the same reason. Before that, on my own rereading: bare one- or two-digit tokens in 01, 03, 08, 17 replaced by the number with its noun; must_not strings that named the customer's own colleague or site (16, 31) or a harmless detail (10) dropped; a Sunday start date in 27 moved to Monday 2 October; the rep's 28 mail moved off 14 July; an unanswered question added to 07; a company number in 36 given 555.")
A("- (5) Phone numbers: after stripping ISO, slashed and dotted dates and clock times, check.py joins digits separated by spaces, dots, hyphens or brackets; any such group of seven digits or more needs 555 in it. Groups glued to a letter, slash or hyphen in front are ignored (none lacks 555). Its self-test holds two fake numbers without 555 and two strings that must pass. Currency amounts are never written with space-grouped digits of 7 or more.")
A("- (6) Quoted threads: the Outlook (02) and Android/Samsung-style (17) headers quote without '>' as those clients do; Gmail (08, 36), Apple Mail on iPhone (14), Thunderbird (23), a GMX/WEB.DE-style header (27) and Roundcube (32) quote with '> ', nested quotes written as '> >'. Headers give the writer's local time.")
A("- (7) Southern-hemisphere customers (Hobart, Wellington, Santiago, Buenos Aires) are in winter; the summer-holiday absences are in the northern cases (05, 11, 13, 19, 21, 24, 28, 29, 30, 35, 39 and others).")
A("- (8) Real names only as background or things customers use: places, holidays, authorities and rules (MFDS, CNCAN, ISP, IASS, RKI, TESDA, NBI, PRSI, TARMED, BAA, EVV, Medicaid), standard products (Zoom, Teams, WhatsApp). All people, firms and products sold are fictional; all e-mail domains are example.com, example.net or example.org.\n")
A("## Dates\n")
A("`now` is Tuesday 8, Wednesday 9 or Thursday 10 August 2034, between 08:00 and 18:00 on the customer's clock. Sources begin after 20 June 2034, run in order, stop before `now` and fall between 06:00 and 22:00 local; check.py tests all this plus the weekday of every weekday+date pair it finds in sources, signatures, labels, the notes below and this README (%d pairs, written in any of the four languages, German numeric dates such as Di 5.9. among them; a weekday with a day but no month has to fit some month from July to October 2034); six deliberately wrong pairs in a self-test have to be caught.\n" % stats["weekday_date_pairs"])
A("Calendar around `now`: Swiss national day Tuesday 1 August; first Monday of August, 7 August: Natal Day (Nova Scotia), Heritage Day (Alberta), August bank holiday (Ireland); Tuesday 15 August: Assumption (France, Belgium, Spain, Austria, Bavaria in most municipalities, Italy's Ferragosto, Greece, Chile) and the Acadian national day; Monday 28 August: summer bank holiday (England, Northern Ireland) and National Heroes Day (Philippines); Monday 4 September: Labor Day / Labour Day (US, Canada); 14 juillet was a Friday.\n")
A("Where they matter: 04 the rep's second note is written on Natal Day; 11 the lab closes for Ferragosto 11-20 August; 21 the practice is away 14-25 August (Assumption inside); 24 the clinic works only emergency service on 15 August and the Friday before; 28 the rep's first mail went out before the 14 July bridge; 29 the deputy director is away 14-18 August; 34 the trial half-day is on 15 August, the Acadian national day, a working day.\n")
A("Local `now` per case: " + "; ".join("%s %s (%s)" % (num(c), meta[c["id"]]["now_local"], c["tz"]) for c in cases) + ".\n")
A("Relative days and dates, each read from the date of its own source:\n")
for c in cases:
    for r in meta[c["id"]].get("rel", []):
        A("- %s %s" % (num(c), r))
A("")
A("## Languages and places\n")
for lg in ("en", "de", "fr", "es"):
    A("- %s: " % lg + "; ".join("%s %s%s" % (meta[c["id"]]["place"], num(c), (" (rep in %s)" % meta[c["id"]]["rep_city"]) if meta[c["id"]].get("rep_city") else "") for c in cases if c["language"] == lg))
A("\nEvery customer city appears once only.\n")
A("## Shapes (check.py counts and tests them)\n")
A("- Call notes only, a new prospect (5): en 04 15, de 22, fr 31, es 37. Note one introduces the contact and firm; note two changes something from note one.")
A("- Mail plus call notes (13): en 01 06 09 12 16 20, de 21 26, fr 28 33 34, es 35 40.")
A("- Customer writes HTML only (7): en 03 10 11 18, de 24, fr 29, es 38. Each inbound mail is text/html carrying <ul> or <ol> (an <ol> in the newest); replies are plain text.")
A("- Plain-text threads with quoting and no notes (8), a different client each; the newest customer mail carries the rep's latest reply, itself carrying the customer's previous mail: " + "; ".join("%s %s (colleague %s)" % (num(c), meta[c["id"]]["client"], meta[c["id"]]["colleague"]) for c in cases if meta[c["id"]]["shape"] == "quoted") + ".")
A("- Cases where no draft should appear (6): en 05 13 19, de 25, fr 30, es 39.")
A("- An out-of-office reply that has expired, so a draft is wanted (1): 07 (the auto-reply to the rep's 26 July mail gives Monday, August 7; now is Tuesday 8 August; the halved onboarding, the BAA and order form and the August 18 deadline are open; the offline question is a slot; the coordinator the out-of-office reply names and both phone numbers are must_not).\n")
A("Colleagues whose questions are relayed in other cases: " + "; ".join("%s %s" % (num(c), meta[c["id"]]["colleague"]) for c in cases if meta[c["id"]].get("colleague") and meta[c["id"]]["shape"] != "quoted") + ".\n")
A("The customer's words behind each no-draft case:\n")
for c in cases:
    m = meta[c["id"]]
    if not c["expect_draft"]:
        A("- %s (%s): %s" % (num(c), m["nodraft"], m["why"]))
A("")
A("## Label rules\n")
A("must_include tokens are copied exactly from the sources (HTML entities decoded) and no token is a lone number of one or two digits. I chose as tokens what a sound follow-up written at `now` has to carry: the amount or quantity standing after the latest revision, the legal name for a contract, order or invoice, dates and time windows set or accepted by the customer, and the thing the rep still owes (for an owed contract or quote, that word). must_not strings also come word for word from the sources: superseded prices and counts, note openers and shorthand, internal remarks (the rep's own colleagues, stock or supplier trouble, margins, discounts not yet approved), signature phone numbers of the customer, phone-client sign-offs, and asides a rep would not echo. Whatever the customer asked or wanted and no later source settled is an answer slot, a wished date nobody confirmed and a check the rep promised but has not reported included; what a later note or rep mail answered has no slot. Judgement calls: colleagues on the customer's side may appear in a draft, so they are not must_not; dates the rep set in a call and told the customer (01, 16, 21, 34) count as agreed; customers on holiday who say they still read mail (28, 35) get a draft; a decision to wait plus a request not to be followed up (19) counts as a pause. Greeting and sign-off are not labelled. No-draft cases have empty label lists.\n")
A("Totals: %d conversations; %d want a draft, %d do not; %d key points with %d tokens; %d must_not strings; %d answer slots. 8-word runs a case file shares with SPEC.md, issue 14, heldout43's README or the three heldout43 cases I read: %d; 8-word runs shared between two cases: %d; 8-word runs this README shares with those texts: %d (listed in src/check_stats.json: only the commands and paths I must cite and the table header).\n" % (
    stats["cases"], stats["expect_draft"], stats["cases"] - stats["expect_draft"], stats["key_points"], stats["tokens"], stats["must_not"], stats["answer_slots"],
    stats["eight_word_runs_shared_with_sources_read"], stats["eight_word_runs_shared_between_cases"], len(stats["readme_eight_word_runs_shared_with_sources_read"])))
A("## Files\n")
A("Case data lives in src/cases_a.py (cases 1 to 10), src/cases_b.py (11 to 20), src/cases_c.py (21 to 27), src/cases_d.py (28 to 34) and src/cases_e.py (35 to 40). src/lib.py converts the local times to UTC and renders the quoting of each mail client. src/gen.py writes the h44_*.json files plus src/meta.json (shape, place, client, relayed colleague, local `now`, date notes, no-draft quote); src/check.py tests everything and saves its figures to src/check_stats.json; src/readme.py produces this file. Rebuild from src/: run gen.py, check.py, readme.py, then check.py once more. With MD5SUMS present, gen.py and readme.py refuse to write. MD5SUMS covers the 40 cases, this README and src/.\n")
A("| id | domain | language | place | shape | key points | slots |")
A("|---|---|---|---|---|---|---|")
for c in cases:
    m = meta[c["id"]]
    sh = m["shape"] + ((" (%s)" % m["client"]) if m.get("client") else "") + ((": " + m["nodraft"]) if m.get("nodraft") else "")
    A("| %s | %s | %s | %s | %s | %d | %d |" % (c["id"], c["domain"], c["language"], m["place"], sh, len(c["key_points"]), len(c["answer_slots"])))
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
