"""Writes ../README.md from meta.json, the case files and check_stats.json. Refuses once ../MD5SUMS exists."""
import datetime as dt, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
started = open(os.path.join(HERE, "started.txt")).read().strip()
cases = {json.load(open(f, encoding="utf-8"))["id"]: json.load(open(f, encoding="utf-8"))
         for f in sorted(glob.glob(os.path.join(OUT, "h43_*.json")))}
ids = sorted(cases, key=lambda i: meta[i]["num"])
CLIENT = {"outlook": "Outlook", "gmail": "Gmail", "apple": "Apple Mail (iPhone)", "fastmail": "Fastmail",
          "thunderbird": "Thunderbird", "webde": "WEB.DE", "zimbra": "Zimbra", "samsung": "Samsung Email"}

# calendar facts used below, checked here with the standard library
E = dt.date(2033, 4, 17)
assert E.weekday() == 6
cal = {"Pentecost": E + dt.timedelta(49), "Whit Monday / lundi de Pentecôte": E + dt.timedelta(50),
       "Corpus Christi / Fronleichnam / Fête-Dieu / Corpo de Deus / Boże Ciało": E + dt.timedelta(60),
       "Ascension Day": E + dt.timedelta(39), "Colombia: Corpus Christi holiday (Easter + 64)": E + dt.timedelta(64),
       "Colombia: Sagrado Corazón holiday (Easter + 71)": E + dt.timedelta(71)}
assert cal["Whit Monday / lundi de Pentecôte"] == dt.date(2033, 6, 6)
assert cal["Corpus Christi / Fronleichnam / Fête-Dieu / Corpo de Deus / Boże Ciało"] == dt.date(2033, 6, 16)
assert cal["Colombia: Sagrado Corazón holiday (Easter + 71)"] == dt.date(2033, 6, 27)
first_mon_june = next(dt.date(2033, 6, d) for d in range(1, 8) if dt.date(2033, 6, d).weekday() == 0)
second_mon_june = first_mon_june + dt.timedelta(7)
last_mon_may = max(dt.date(2033, 5, d) for d in range(25, 32) if dt.date(2033, 5, d).weekday() == 0)
fixed = {"Juneteenth": dt.date(2033, 6, 19), "Canada Day": dt.date(2033, 7, 1),
         "Fête nationale du Québec / São João (Porto) / Midsummer Eve (Finland, Sweden)": dt.date(2033, 6, 24),
         "14 juillet": dt.date(2033, 7, 14)}


def fmt(d):
    return f"{d:%A} {d.day} {d:%B}"


L = []
w = L.append
w("# drafting_heldout43\n")
w("Batch `blind-heldout43`: 40 conversations for scoring follow-up drafts, frozen before anything was scored. "
  "It was written by a helper that session 52 started and that never saw the drafting code; src/started.txt holds the "
  f"`date` output of its second command ({started}). The reps sell IT and telecoms to small and mid-size businesses "
  "and offices: phone systems, lines and fibre, managed IT, device leasing, print, backup, security training, "
  "workspace moves, Wi-Fi, cameras and door access, hosting, contact-centre software, cabling and mobile fleets.\n")
w("## What I read, in order, with the exact commands\n")
w("1. `date; cat /work/notes/s52/writer_common.md; echo ----; cat /work/notes/s52/brief_h43.md` (one command, typed exactly as the brief that started me required; /work/notes and its s52 folder were never listed).")
w("2. `mkdir -p /work/blind/heldout43/src && date > /work/blind/heldout43/src/started.txt; cat /work/main/benchmarks/data/drafting_blind/heldout42/README.md` (printed whole; `wc -l` on the same file later gave 114 lines, so no part was missed).")
w("3. `cd /work/main/benchmarks/data/drafting_blind/heldout42 && cat h42_04_multideck-chillers-independent-supermarket-perth.json; echo; echo =====; cat h42_22_ladenbau-weinregale-weinfachhandel-mainz.json; echo; echo =====; cat h42_33_eclairage-vitrines-horlogerie-bijouterie-lausanne.json` (the three files named in my brief, read to copy their layout).")
w("4. `cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (one command; SPEC.md printed in full, 10135 bytes).\n")
w("Apart from these four steps, no file under /work outside this folder was opened: not the product code, its tests, benchmark scripts, migrations, docs or README, no notes besides the two above, no file in /work/judge or /work/wt, no other /work/blind folder, and no further heldout42 file (that folder was never listed). "
  "Other commands: one throwaway Python snippet run from /tmp that printed weekdays of some June 2033 dates and checked that the zone names I wanted exist; `ls ..` (through `head`), a final `ls -a . ..` from src/, and reads and greps of this batch's own files. "
  "The product and its benchmarks were not run, the web was not searched, no helper was started and nothing was installed. "
  "src/check.py opens the heldout42 README and the same three case files once more, to take the JSON key order from them, to look up place names and to count shared 8-word runs.\n")
w("## Deviations\n")
w("- (0) Shapes keep heldout42's counts per language (en: 6 notes+mail, 4 quoted, 4 HTML, 2 notes-only, 1 expired auto-reply, 3 no-draft; de: 2, 2, 1, 1, 0, 1; fr: 3, 1, 1, 1, 0, 1; es: 2, 1, 1, 1, 0, 1) but sit on other case numbers than there, so the lists of numbers below are not heldout42's.")
w("- (1) src/meta.json stores, per case, shape, place, quote client, the colleague whose question is relayed, local `now`, zone, the relative-day notes printed under Dates, and the quote behind each no-draft case.")
w("- (2) Places: I read 'no city, region or first language listed in heldout42's README' as any whole word of that README, time-zone names included. Paris, Madrid, Zurich and London occur there only inside zone names, and src/check.py flagged them, so my first choices changed before the freeze: Paris -> Montpellier (28), Madrid -> Valladolid (35), Zürich -> Basel (26), and two reps' home cities Madrid -> Barcelona (17) and London -> Brighton (18). The zones Europe/London, Europe/Paris, Europe/Madrid, Europe/Zurich and America/Chicago are still used, being the right zones. Countries were not treated as places (that README names Germany, Austria and the UK as reps' countries; German and British customers cannot avoid them).")
w("- (3) Wordings kept out (src/check.py, case-insensitive substrings in every string of every case and in this README): the multi-word phrases SPEC.md and issue 14 put in quotes, the greeting word with its comma that the issue quotes, the single word for leaving a list, the phrases heldout42's README quotes (its no-draft sentences, its internal markers, and day phrases such as the week before or after, the Friday deadline and the Monday reference), and the two weekday phrases the issue quotes with 'on'. Heldout42's note openers are tested at the start of each note, and five of them (Appel, Rdv, Llamada, Reunión, Tél.) anywhere in a source. Single day words (today, tomorrow, yesterday and their French and Spanish twins) are not tested: a stale 'tomorrow' in a call note is exactly what issue 14 measures.")
w("- (4) Phone check: ISO dates, d/m/y and d.m.y dates, clock times and Samsung's '(GMT+02:00)' are removed first; then each stretch of 7 or more digits held together by spaces, hyphens, dots or brackets has to contain 555. Stretches that start right after a letter, slash or hyphen are skipped (order references such as CAE-2033-041 or EGT-2033-118, VAT and company numbers after PL/BE), and so are amounts grouped in thousands (1.520.000 COP). A self-test feeds it two numbers without 555 and four harmless strings.")
w("- (5) Changes made after src/check.py first ran (no other program looked at the batch): case 04's third key point used the token 'proposal' while the note writes 'Proposal', so it was folded into the first key point; wording hits fixed in 01 (Monday and Thursday phrases in a mail and a label), 04 (note deadline written as 'to him Wed'), 07 (Friday deadline phrase in two mails and a label), 14 and 18 (labels), 36 ('junta' for the board meeting); the place changes in (2).")
w("- (6) Changes on my own rereading, before or between checker runs: no-draft sentences in 05, 19, 39 and the auto-reply in 30 reworded away from heldout42's quoted sentences; several mails and notes reworded to avoid heldout42's quoted day phrases (03, 07, 09, 10, 12, 16, 36); French note marker in 34 rewritten ('Motus sur ...'); tokens in 11 ('contract') and 28 ('proposition révisée') replace weekday names a correct draft need not write; must_not '4 doors' dropped from 14 because the current offer still says 'the other 4 doors'; case 01's rep mail lost a weekday phrase the issue quotes.")
w("- (7) Real names show up only where a customer or rep would naturally name them: products and standards the customer uses or asks about (Microsoft 365, SharePoint, Google Workspace, Git, ISO 27001, SOC 2, WPA2, PoE, SD-WAN, IPv4), holidays, and real places (Kitsilano, Riehen, Ranjangaon, Chakan, Plattsburgh, Tokyo, Frankfurt and Amsterdam for data centres, Serbia, Switzerland, Mumbai, Dubai). All people, firms and products being sold are fictional.")
w("- (8) Reps in the second-language English cases work from Amsterdam (11), Bratislava (12), Stockholm (13), Sofia (14), Taipei (15), Sydney (16), Barcelona (17), Brighton (18), Helsinki (19) and Dubai (20). Each `at` was typed as the customer's local time and turned into UTC through zoneinfo; quote headers give the customer's local time (Samsung also prints the customer's offset).")
w("- (9) Runs of 8 words that this README still shares with heldout42's README are only my literal commands in steps 2 and 4 (the same paths and the same SPEC/issue command) and the table header, which the required layout fixes; src/check.py prints them (see check_stats.json).")
w("- (10) None of the three heldout42 files I read is an auto-reply case, so auto-replies here carry only the keys those files show; the subject starts with 'Automatic reply:' or 'Réponse automatique :' and the body says it is automatic.\n")
w("## Dates\n")
w("All `now` values are Tuesday 14, Wednesday 15 or Thursday 16 June 2033, inside 08:00-18:00 local to the customer. No source is older than 2 May 2033; each one is later than its predecessor, earlier than `now`, and local-timed from 06:00 to 22:00. check.py verifies all of it, plus the weekday of every date that carries one in sources, signatures, key points, slots and the notes below "
  f"({stats['weekday_pairs']} pairs found; English, German, French and Spanish forms, numeric German and Finnish forms included; each language has a self-test in which a deliberately wrong weekday must be caught).\n")
w("Calendar around `now` (computed in src/readme.py from Easter Sunday 17 April 2033): " +
  "; ".join(f"{k} {fmt(v)}" for k, v in cal.items()) +
  f"; King's Birthday in New Zealand (first Monday of June) {fmt(first_mon_june)}; King's Birthday in South Australia (second Monday of June) {fmt(second_mon_june)}; UK late May bank holiday and US Memorial Day {fmt(last_mon_may)}; " +
  "; ".join(f"{k} {fmt(v)}" for k, v in fixed.items()) + ".\n")
w("Where these matter: 28 the rep's promised 'lundi' was Whit Monday; 08 'the long weekend' is King's Birthday 6 June; 04 'after the long weekend' is after King's Birthday 13 June (South Australia); 11 Corpus Christi is a public holiday in Poland; 17 Corpo de Deus and São João close the Porto office; 24 Fronleichnam is a holiday in North Rhine-Westphalia and the customer bridges the Friday; 33 Fête-Dieu is a holiday in the canton of Fribourg; 38 Monday 27 June is a holiday in Colombia; 34 the president leaves before the Fête nationale; 29 14 juillet and the bridge day; 05 the quiet period runs past Canada Day; 13 the auto-reply runs past Midsummer. Juneteenth falls on a Sunday (observed Monday 20 June), which is also the ceiling date in 09; no date in 07 depends on it. Hamburg, Bremen, Dresden, Rostock, Basel and Graz cases do not rely on Corpus Christi. Ramadan is not in this period.\n")
w("Local `now` per case: " + "; ".join(f"{meta[i]['num']:02d} {meta[i]['now_local']} ({meta[i]['tz']})" for i in ids) + ".\n")
w("Relative day words, resolved from the day of the source that contains them:\n")
for i in ids:
    for r in meta[i]["rel"]:
        w(f"- {r}")
w("")
w("## Languages and places\n")
for lang in ["en", "de", "fr", "es"]:
    items = [f"{meta[i]['place']} {meta[i]['num']:02d}" for i in ids if meta[i]["language"] == lang]
    w(f"- {lang}: " + "; ".join(items))
w("\nEach city, region and first language above, and each rep's home city, is searched for as a whole word in heldout42's README by check.py, with no hit; no customer city is used twice.\n")
w("## Shapes, as tested by check.py\n")


def nums(pred):
    return " ".join(f"{meta[i]['num']:02d}" for i in ids if pred(meta[i]))


w(f"- Prospect known only from call notes (5): {nums(lambda m: m['shape'] == 'notes-only')}; the first note names the person and the firm, the later one moves the deal on")
w(f"- Call notes and mail together (13): {nums(lambda m: m['shape'] == 'notes+mail')}")
w(f"- HTML from the customer (7): {nums(lambda m: m['shape'] == 'html')}; customer mails are all text/html containing <ul> or <ol>, the final customer mail holds an <ol>, and the rep answers in plain text")
q = [f"{meta[i]['num']:02d} {CLIENT[meta[i]['client']]}" for i in ids if meta[i]['shape'] == 'quoted']
col = ", ".join(f"{meta[i]['colleague']} {meta[i]['num']:02d}" for i in ids if meta[i]['shape'] == 'quoted')
w(f"- Quoted plain-text threads without notes (8), one mail client each; the last inbound mail quotes the rep's last mail and the customer's mail before it, so the client's quote header appears twice: {'; '.join(q)}. In each, the customer relays a colleague's question ({col}).")
w(f"- No draft expected (6): {nums(lambda m: m['shape'].startswith('no-draft'))}")
w(f"- Auto-reply with a return date already behind us, so a draft is due (1): {nums(lambda m: m['shape'] == 'ooo-past')}\n")
w("Why no draft is expected:")
for i in ids:
    m = meta[i]
    if m["shape"].startswith("no-draft"):
        w(f"- {m['num']:02d} ({m['shape'].split(': ')[1]}): {m['why']}")
w("\nThe expired auto-reply case: 07, the customer's auto-reply to the rep's 3 June mail gives his return as Monday, June 13, which has passed at `now` (Tuesday 14 June). The approved $81 for 40 agents, the NDA in front of the SOC 2 report and the signed order form needed no later than Friday, June 17 for the July 1 go-live are still open; his IVR question is an answer slot; must_not holds the stand-in named in the auto-reply, as well as her number.\n")
w("## How the labels were set\n")
w("Every must_include token is an exact substring of the case's sources (HTML read after entity decoding) and never a bare one- or two-digit number. A token is something a competent follow-up sent at `now` cannot leave out: the price or count that survived the last revision, order references, the legal entity the contract or invoice must name, the dates and windows the customer set, and the thing the rep promised and still owes. must_not strings are also verbatim from the sources: prices and counts that were replaced, call-note openers (Visit at, Rang, Dropped in on, Phoned, Online demo, On site at, Online meeting, Spoke to, Phone with, Discussed on phone, Besuch, Telefonat, Rundgang, Erstgespräch, Passage au cabinet, Échange téléphonique, Entretien téléphonique, Visite à l'agence, Jasé avec, Visita a la gestoría, Demo presencial, Recorrida), internal asides and their markers (Keep to ourselves, Between us, Keep quiet, Internal only, Nur für uns, Intern, À garder pour nous, Motus, Solo para nosotros, que no se entere), colleagues named only inside the rep's firm, customers' phone numbers from their signatures, and a few customer remarks no rep would repeat. Each question or request that no source settles becomes an answer slot, including a wished-for date nothing in the sources confirms. A question already answered in a later call note or rep mail gets no slot. Labels ignore greeting and sign-off. The six no-draft cases carry empty lists for key points, must_not and slots.\n")
w(f"In numbers: {stats['cases']} conversations, a draft expected in {stats['expect_draft']} and not in {stats['no_draft']}; {stats['key_points']} key points carrying {stats['tokens']} tokens; {stats['must_not']} must_not strings; {stats['answer_slots']} answer slots. Runs of 8 words found both in a case file and in one of the four heldout42 files I opened: {stats['runs_shared_with_heldout42_files']}. Runs of 8 words found in the sources of two different cases: {stats['runs_shared_between_cases']}.\n")
w("## Files\n")
w("The conversations live as Python data in src/cases_a.py (01-10), cases_b.py (11-20), cases_c.py (21-27), cases_d.py (28-34) and cases_e.py (35-40); src/lib.py has the helpers and the renderers for each mail client's quoting. gen.py produces the h43_*.json files and meta.json, check.py validates them and leaves its counts in check_stats.json, readme.py produces README.md. To rebuild from this folder: `python3 src/gen.py; python3 src/check.py >/dev/null; python3 src/readme.py; python3 src/check.py`; once MD5SUMS exists, the generator and the README writer stop without writing. MD5SUMS holds checksums of the 40 case files, README.md and all of src/.\n")
w("| id | domain | language | place | shape | key points | slots |")
w("|---|---|---|---|---|---|---|")
for i in ids:
    m, c = meta[i], cases[i]
    sh = m["shape"] if m["shape"] != "quoted" else f"quoted ({CLIENT[m['client']]})"
    w(f"| {i} | {m['domain']} | {m['language']} | {m['place']} | {sh} | {len(c['key_points'])} | {len(c['answer_slots'])} |")
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
