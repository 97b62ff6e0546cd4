"""Produce ../README.md from meta.json and check_stats.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, refusing to write")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
from datetime import datetime as _dt
started = _dt.strptime(open(os.path.join(HERE, "started.txt")).read().strip(), "%a %b %d %H:%M:%S UTC %Y").strftime("%Y-%m-%d %H:%M:%S UTC")
L = []
A = L.append
A("# drafting_heldout45\n")
A("Batch `blind-heldout45`: forty sales conversations with their labels, written blind and frozen for one later scoring of follow-up drafts. "
  "The writer was a helper that session 54 started; it never saw the drafting code. Its first command printed 2026-12-03 09:34:54 UTC; src/started.txt, written by the second command, reads %s (kept as `date` printed it). "
  "The reps sell to construction, trades and property: builders, contractors, joiners, roofers, electricians, plumbers, landscapers, surveyors, architects, "
  "property and strata managers, housing co-operatives and associations, facility managers. They sell scaffolding, timber, heat pumps, survey drones, "
  "contractor insurance, site cabins and toilets, safety training and PPE, skips, lift and gondola maintenance, solar, plant hire, estimating and quoting software, "
  "windows, glass partitions, concrete and admixtures, site security, roofing sheets, winter enclosures and fire-protection upkeep.\n" % started)
A("## What I read, in order (exact commands)\n")
for i, c in enumerate([
  "`date; cat /work/notes/s54/writer_common.md; echo ----; cat /work/notes/s54/brief_h45.md` (as the brief required; no folder of /work/notes listed).",
  "`mkdir -p /work/blind/heldout45/src && date > /work/blind/heldout45/src/started.txt; cat /work/main/benchmarks/data/drafting_blind/heldout44/README.md` (the whole README).",
  "`cd /work/main/benchmarks/data/drafting_blind/heldout44 && ls *.json | sed -n '3p;18p;33p'` (the one listing the brief allows; only the 3rd, 18th and 33rd names were printed).",
  "`cd /work/main/benchmarks/data/drafting_blind/heldout44 && cat h44_03_linen-laundry-service-aged-care-home-hobart.json; echo; echo =====; cat h44_18_hospital-bed-rental-hospice-haifa.json; echo; echo =====; cat h44_33_teleconsultation-cabinet-physiotherapie-geneve.json`.",
  "`cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (spec whole, 10135 bytes, then issue 14).",
  "Later, on the same heldout44 README only: `grep -o -i \"winnipeg\\|nantes\\|bremen\\|leeds\" .../heldout44/README.md | sort | uniq -c`, and a short Python snippet that intersected its capitalised words with the capitalised words of my cases (to hunt for place clashes).",
  ]):
    A("%d. %s" % (i + 1, c))
A("\nBeyond these, no file outside /work/blind/heldout45 was opened. Untouched: the product's source, its tests and benchmark scripts, migrations, docs, the top-level README, further notes, /work/judge, /work/wt, the remaining blind folders and heldout44's other cases. "
  "Apart from that I printed the October-December 2034 calendar with Python and wrote, ran and grepped my own src/ files. The product and its benchmarks were never run; no web search, no helper, no installation. "
  "To compare, src/check.py re-reads SPEC.md, heldout44's README and its three cases named above, and calls `issues show 14` (key order, forbidden wordings, place names, 8-word overlaps).\n")
A("## Deviations and judgement calls\n")
for d in [
  "Shapes sit on heldout44's case numbers, so each language has heldout44's count of every shape (see Shapes); the no-draft kinds keep their numbers too: quiet period in 05 and 39, auto-reply in 13 and 30, pause in 19, opt-out in 25, and the lapsed auto-reply in 07.",
  "Places: no city, region or district named in heldout44's README is used as a place, including names that only occur there inside heldout43 file names (Winnipeg, Nantes, Bremen): case 09 was first set in Winnipeg and moved to Saskatoon before freezing. "
  "The IANA zone names Europe/London, Europe/Paris, Europe/Berlin, Europe/Madrid, Europe/Vienna, Europe/Zurich and Europe/Brussels appear only in the `tz` field, because they are the correct zones for Glasgow, Cardiff, Manchester, Strasbourg, Toulouse, Montpellier, Rouen, Dresden, Cologne, Hamburg, Rostock, Mainz, Graz, Lucerne, Lausanne, Valencia, Bilbao and Liège; none of those cities serves as a place here. Countries are mere background. This README names Winnipeg once, only to explain that move.",
  "Season: the brief says late autumn. Four customers are in the southern hemisphere (06 Adelaide, 10 Brisbane, 39 Montevideo, 40 Córdoba), where mid-November is late spring; their mails speak of heat, storm season or year-end closing instead of frost.",
  "Forbidden wordings: lower-cased and matched on word boundaries, check.py looks for each multi-word phrase inside double quotes in the spec or in issue 14 (after joining wrapped lines and dropping the issue's '>' prefixes, so a phrase broken across lines still counts), each multi-word phrase inside single quotes in heldout44's README (day phrases in four languages, auto-reply subject prefixes, its no-draft sentences with their apostrophes), the comma-ended greeting, the single-word request to leave a mailing list and the Samsung-style quote header from heldout44's case 17. "
  "Because of the word boundaries, Spanish 'del' before a weekday name is not read as the article plus that weekday. Lone day words (today, tomorrow, yesterday, a weekday by itself, in any of the four languages) are left untested on purpose, since sources must contain stale relative days.",
  "Quoted threads: because the Samsung header and a Yahoo-style header that begins with the English preposition plus weekday both hit banned wordings, 17 uses Outlook for Android. Clients: 02 Outlook desktop, 08 Gmail, 14 Apple Mail on iPhone, 17 Outlook for Android, 23 Outlook (German), 27 Thunderbird (German), 32 Roundcube (French, ISO date header), 36 Gmail (Spanish). Outlook-style headers quote without '>'; the others use '> ' and '> >' (or '>>' on the iPhone). Header times are the writer's local time.",
  "Non-native English writers have first languages heldout44 did not use: Polish, Dutch, Finnish, Portuguese, Turkish, Hungarian, Swedish, Japanese, Lithuanian, Vietnamese. Reps sit in other countries (signatures show where), also fictional firms.",
  "Real names serve only as background: councils and authorities (Glasgow City Council, SUVA, Bundesdenkmalamt, INDECI, OPCO, UTE), standards (CSA B44, EN, CACES R482/R490, GDPR, IFC), holidays, neighbourhoods and the everyday tools of customers (Teams, Zoom, Revit, Excel, Word). Every person, firm and product on sale is made up, and every address lives under example.com, example.net or example.org.",
  "Changes after check.py first ran (no other program ever read the batch): in the notes of 01 and 06 a deadline written as 'by' plus a short Tuesday, which heldout44 quotes, was reworded; 13's greeting lost its bare comma form; 17's Yahoo header was replaced (see above); in 20 the customer's relative mention of the previous week became the storm's dates; three tokens whose capital letter differed from the source (28, 35, 37) fixed by rewording the note or choosing another token; the Spanish day phrase of 40's note rewritten as 'mar. 14/11'; a French date note that read a Saturday as the 15th reworded. "
  "Before that, on my own rereading: the goods delivery in 26 moved from Friday 8 December (Immaculate Conception, a holiday in Lucerne) to Thursday 7 December; clumsy tokens in 12 and 29 shortened to a date substring; 200 in 20 given its noun.",
  "Phones: check.py first blanks ISO timestamps, dotted or slashed dates and times of day, then glues digit groups split by blanks, points, dashes or parentheses; any glued run of 7+ digits needs a 555 inside. Its self-test has two fake numbers lacking 555 that must be caught and two harmless strings that must not. Money amounts never reach seven digits in a row.",
]:
    A("- " + d)
A("\n## Dates\n")
A("`now` falls on Monday 13, Tuesday 14 or Wednesday 15 November 2034, 07:00-18:00 in the customer's zone. The earliest source is from 11 October 2034; sources are in time order, each earlier than `now` and stamped 06:00-22:00 local time. "
  "check.py verifies each pairing of weekday and date in the case files, the date notes and this README (%d in the cases, in four languages, with German numeric and slashed forms; "
  "when a weekday precedes only a day number, some month from October 2034 to January 2035 must match); its self-test feeds six wrong and six right pairs.\n" % stats["pairs"])
A("Calendar around `now`: All Saints Wednesday 1 November; Saturday 11 November: Armistice (France, Belgium), Remembrance Day (Canada, UK), Polish Independence Day, Veterans Day (US, observed Friday 10 November), start of the Cologne carnival session; Monday 13 November: Independence of Cartagena, public holiday in Colombia (moved from the 11th); Wednesday 15 November: King's Feast in Belgium (not a holiday for private firms); Monday 20 November: Revolution Day (Mexico) and National Sovereignty Day (Argentina); Wednesday 22 November: Day of Repentance and Prayer (Saxony); Thursday 23 November: Thanksgiving (US); Friday 8 December: Immaculate Conception (Lucerne, Austria, Spain).\n")
A("`now` in local time, per case: " + "; ".join("%02d %s (%s)" % (m["n"], m["now_local"], m["tz"]) for m in meta) + ".\n")
A("How each relative day or date resolves, counted from the day its own source was written:\n")
for m in meta:
    for d in m["dates"]:
        A("- %02d %s" % (m["n"], d))
A("\n## Languages and places\n")
for lang in ("en", "de", "fr", "es"):
    A("- %s: " % lang + "; ".join("%s %02d" % (m["place"][len(lang) + 2:] if m["place"].startswith(lang + ": ") else m["place"], m["n"]) for m in meta if m["lang"] == lang))
A("\nNo customer city is used twice. In English, 01-10 are native writers (Scotland, Wales, Greater Manchester, Minnesota, Ontario, Pennsylvania, South Australia, Oregon, Saskatchewan, Queensland), 11-20 non-native.\n")
A("## Shapes (counted and tested by check.py)\n")
LN = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
def nums(shape, lang=None):
    return ", ".join("%02d" % m["n"] for m in meta if m["shape"] == shape and (lang is None or m["lang"] == lang))
def cnt(shape):
    return sum(1 for m in meta if m["shape"] == shape)
def bylang(shape):
    return "; ".join("%s: %s" % (LN[l], nums(shape, l)) for l in ("en", "de", "fr", "es") if nums(shape, l))
A("- Prospects known from call notes alone, %d cases (%s). The opening note names the person, the firm and the need; the later one changes the quantity or the price and fixes a demo or first date." % (cnt("notes-only"), bylang("notes-only")))
A("- Mail with call notes, %d cases (%s). They hold promises kept and promises still due or overdue at `now`, remarks in notes meant for the rep alone, and in most of them a question passed on from one of the customer's colleagues." % (cnt("notes+mail"), bylang("notes+mail")))
A("- HTML-only customer, %d cases (%s). The customer's mails are all text/html with <ul> or <ol> lists, an <ol> in the latest; replies from the rep are text/plain." % (cnt("html"), bylang("html")))
A("- Quoted plain-text thread, no notes, %d cases (%s): the latest customer mail quotes the rep's reply, and inside it the customer's opening mail. Client and relayed colleague per case: %s." % (
  cnt("quoted"), bylang("quoted"), "; ".join("%02d %s, %s" % (m["n"], m["client"], m["colleague"]) for m in meta if m["shape"] == "quoted")))
A("- No draft expected, 6 cases: quiet period 05 and 39; auto-reply with a later return 13 and 30; pause 19; opt-out 25.")
A("- A lapsed auto-reply where a draft is expected, case 07: it answered the rep's mail of Wednesday 8 November with a return on Monday, November 13, and `now` is Tuesday 14 November. Open: the booked sessions, the rented harnesses and the signature deadline of November 22; the same-day inspection question is a slot; the stand-in named in the auto-reply and his number are must_not.\n")
A("Customer-side colleagues whose questions reach the rep in the other shapes: " + "; ".join("%02d %s" % (m["n"], m["colleague"]) for m in meta if m["colleague"] and m["shape"] != "quoted") + ".\n")
A("Quotes that make a case a no-draft case:\n")
for m in meta:
    if m["quote"]:
        A("- %02d (%s): \"%s\"" % (m["n"], m["shape"].replace("no-draft: ", ""), m["quote"]))
A("\n## How the labels were set\n")
A("Each must_include token is a verbatim piece of the sources (after decoding HTML entities) and is never a one- or two-digit number standing alone; for a date I took the shortest piece a natural sentence keeps (\"27 Nov\" sits inside \"27 November\"). "
  "Key points hold what a sound follow-up at `now` cannot leave out: the figure or quantity valid after the latest change, the legal entity a contract, order or policy is made out to, agreed or requested dates and times, and the document the rep still has to deliver. "
  "must_not strings are verbatim too: prices and quantities that were replaced, call-note openers and shorthand, remarks for internal use (the rep's own co-workers, depot stock, margin, sign-offs by managers, lenders who have not replied), the customer's signature phone, mobile-client footers, and blunt phrases a rep would not hand back. "
  "A slot stands for every question or request of the customer that nothing later settles: an unreported check the rep promised, a date the customer wished that nobody confirmed, a document whose content the sources do not give. Anything a later rep mail or note settled has none. "
  "Choices I made: a draft is free to name the customer's co-workers, hence none of them is must_not; dates the rep fixed on a call (01, 06, 12, 16, 21, 26, 28, 33, 34, 40) count as agreed; a promise whose day is the day of `now` (34, 35) is open rather than late; 19 freezes spending with no end date and asks for no reminders, which I label a pause; 25 wants the firm struck from the mailing list and no more calls, an opt-out. Greetings and closings are unlabelled; the six no-draft files have empty lists.\n")
A("Counts: %d conversations, %d expecting a draft and %d not; %d key points carrying %d tokens; %d must_not strings; %d slots. Overlap in runs of 8 words between any case and the spec, issue 14, heldout44's README or its three cases I read: none; between two cases: %d; between this README and those texts: %d (each listed in src/check_stats.json; they are the commands and paths I have to quote).\n" % (
  len(meta), stats["draft"], stats["nodraft"], stats["kp"], stats["tokens"], stats["mn"], stats["slots"], stats["case_pair_shared_8grams"], len(stats.get("readme_shared_8grams", []))))
A("## Files\n")
A("src/cases_a.py to src/cases_e.py hold the data (01-10, 11-20, 21-27, 28-34, 35-40) and src/lib.py the helpers (local time to UTC, source records, quoting). "
  "Running src/gen.py produces the h45_NN_<slug>.json files plus src/meta.json with the per-case facts used here; src/check.py runs every test and saves src/check_stats.json; src/readme.py renders this README; src/started.txt has the start stamp. "
  "To rebuild: gen.py, then check.py, then readme.py, then check.py again. Once MD5SUMS exists, gen.py and readme.py stop without writing. MD5SUMS lists the checksums of all files here except itself.\n")
A("| # | case id | trade sold | lang | where | shape | local now | points | slots |")
A("|---|---|---|---|---|---|---|---|---|")
for m in meta:
    sh = m["shape"] + (" (%s)" % m["client"] if m["client"] else "")
    A("| %02d | %s | %s | %s | %s | %s | %s | %d | %d |" % (m["n"], m["id"], m["domain"], m["lang"], m["place"], sh, m["now_local"], m["kp"], m["slots"]))
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
