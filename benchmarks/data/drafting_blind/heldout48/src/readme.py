"""Writes README.md from the cases, meta and check_stats. Refuses once MD5SUMS exists."""
import json, os, sys
from datetime import date
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import record
from gen import ALL

if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
    sys.exit("MD5SUMS exists: batch is frozen, readme.py writes nothing")

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
STATUS = {"kept": "kept by a later rep mail", "late": "not kept at now (late)", "after": "after now: open",
          "day": "the day of now: open, not late", "before": "already past at now", "running": "still running at now"}
KIND = {"next": "next {wd} after the source's day", "prev": "the {wd} before the source's day",
        "same": "the source's own day", "explicit": "written out"}


def d(iso):
    x = date.fromisoformat(iso)
    return "%s %d %s %d" % (WD[x.weekday()], x.day, MO[x.month - 1], x.year)


stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
started = open(os.path.join(HERE, "started.txt")).read().strip()
out = []
w = out.append
w("# drafting_heldout48\n")
w("Batch `blind-heldout48`: 40 conversations of sales reps with their customers, plus labels, written blind (without sight of any drafting code or rules beyond SPEC.md and issue 14) and frozen before any scoring. The reps sell to laboratories, research and science: university research groups, biotech and pharma start-ups, contract testing labs (food, water, soil, materials), hospital and veterinary labs, a brewery's and two wineries' quality labs, an environmental agency and an environmental lab, school science departments, a museum conservation studio, a distillery and a mining-assay lab. They sell microscopes, centrifuges, fume hoods and lab furniture, freezers and cold storage, pipettes and consumables, reagents and standards, LIMS and ELN software, calibration and service contracts, gas supply, cleanroom fit-out, safety training, waste disposal, field sampling kits and sequencing services.\n")
w("The writer's opening command printed Thu Dec  3 20:58:35 UTC 2026; src/started.txt (second command) holds %s.\n" % started)
w("## What I read, in this order (commands verbatim)\n")
w("1. `date; cat /work/notes/s57/writer_common.md; echo ----; cat /work/notes/s57/brief_h48.md` (my first command, as prescribed).")
w("2. `mkdir -p /work/blind/heldout48/src && date > /work/blind/heldout48/src/started.txt` (second command, no output).")
w("3. `cat /work/main/benchmarks/data/drafting_blind/heldout47/README.md` (whole README; the tool display cut lines 68-75, so:)")
w("4. `sed -n 66,76p /work/main/benchmarks/data/drafting_blind/heldout47/README.md` (the cut lines of the same README).")
w("5. `ls /work/main/benchmarks/data/drafting_blind/heldout47/*.json` (the one listing allowed; it printed the 40 file names, from which I took the 7th, 21st and 34th).")
w("6. `cd /work/main/benchmarks/data/drafting_blind/heldout47 && cat h47_07_line-array-sound-system-honky-tonk-nashville-ooo-past.json; echo; echo =====; cat h47_21_fanschals-trainingsanzuege-fussballverein-dortmund.json; echo; echo =====; cat h47_34_impression-supplement-anniversaire-hebdomadaire-marseille.json`.")
w("7. `cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (the whole of SPEC.md, 10135 bytes, followed by issue 14).")
w("8. `python3 -c \"import zoneinfo,calendar; ...\"` printing the calendars of December 2034 to May 2035 (no project file read).\n")
w("Beyond these and my own folder I opened nothing: not the product's code, its tests, the benchmark scripts, migrations, docs or top-level README, no other note, neither /work/judge nor /work/wt, no other blind folder and no other heldout47 case. The product and its benchmarks were not run; no web search, no helper, no installation. For the wording and overlap tests, src/check.py opens SPEC.md, heldout47's README and the three cases again and calls `issues show 14`.\n")
w("## Where I departed from the rules, and decisions taken\n")
w("- The listing of step 5 printed all 40 heldout47 file names, not only the three I needed; I opened only the three. The names repeat what heldout47's README table already shows.")
w("- Forbidden wording: check.py gathers every phrase in double quotes in SPEC.md, issue 14 (its '> ' prefixes stripped and lines glued) and heldout47's README, multi-word and single-word alike (so the lone words today, tomorrow, yesterday, unsubscribe and the greeting word with its comma are banned from the batch), except SPEC's JSON field names and config values inside its code blocks (id, body, status, quote, email, 7d, 48h, always and the like), which are not phrases anyone wrote. The list used is saved in src/check_stats.json. First check run: one hit, the preposition-plus-Thursday pair in a key-point description of 09; reworded.")
w("- Places: no city, region or country named in heldout47's README, including the cities inside the zone identifiers it lists; check.py keeps the list (case-sensitive, so the English verb that equals a Croatian town passes) and fails on a hit. The `tz` field still has to be a real IANA name, and several of mine carry a listed city's name: America/Chicago (Madison, 03), Europe/Berlin (21, 22, 23, 25, 27), Europe/Vienna (Innsbruck, 24), Europe/Zurich (St. Gallen 26, Neuchâtel 33), Europe/Paris (28-31, 34), Europe/Brussels (Ghent 12, Namur 32), Europe/Madrid (35, 36) and Africa/Johannesburg (Durban, 08). Those names appear only in `tz`, never in a text.")
w("- Season: `now` is Tuesday 13, Wednesday 14 or Thursday 15 February 2035. Auckland (02), Adelaide Hills (06), Durban (08), Santiago (38), Montevideo (39) and Lima (40) are in summer: the brewhouse rush, an early vintage and a grape harvest are background. The lunar new year of February 2035 (17) and Reyes, 6 January (36), are background; real bodies and standards (NIST, BELAC, ANSM, INN, DOT, SRA, ISO 17034, ISO 15189, DIN EN ISO 8655, EN 12469, 21 CFR Part 11) are background only.")
w("- Shape 07 in heldout47 has the quote and its auto-reply in December; mine too (Tuesday 19 December 2034), with a field absence that ends on Monday 12 February 2035, the day before `now`.")
w("- For the quoted-history cases the base date of the rep's December promise is the date in the quoted header, not a source's `at`; check.py accepts that only for the quoted shape.")
w("- Non-native English writers: Czech, Flemish, Danish, Italian, Romanian, Slovenian, Korean, Lithuanian, Greek, Indonesian; some of their reps sit in another country (signatures show where). All people, firms, products and institutes are invented; every address uses example.com, example.net or example.org (as subdomains).")
w("- Telephone digits: after removing ISO timestamps, clock times, German numeric dates and amounts with ',', '.' or apostrophe thousand separators, check.py glues digit groups separated by up to two of space, dot, dash, slash or bracket and insists on 555 inside every glued run of seven digits or more. Its self-test catches two made-up numbers without 555 and lets an amount-and-date string pass.\n")
w("## Format\n")
w("Each file holds one JSON object with heldout47's keys in heldout47's order: id, batch, domain, language, now (UTC), tz, customer {name, email}, rep {name, email, signature}, rep_history (empty), sources (notes: kind, id, at, text; messages: kind, id, at, direction, subject, content_type, body), expect_draft, key_points [{what, must_include}], must_not, answer_slots. Sources are numbered from 1 in time order.\n")
w("## Dates\n")
w("All `now` values fall on Tuesday 13, Wednesday 14 or Thursday 15 February 2035, in the customer's working day (07:00-18:00 local). The oldest source is from Monday 11 December 2034; sources are in time order, earlier than `now`, and stamped 06:00-22:00 in the customer's zone, which check.py verifies. It also tests each weekday written beside a date in the cases and in this file (%d in the cases, in four languages, with German numeric dates, English day ranges, Spanish day lists and mail-client header lines), and proves itself on ten correct and eight incorrect examples. Every rule below is stored in src/meta.json and recomputed by check.py (next weekday after the source's day, the weekday before it, the same day, or a date written out), then compared with `now` for the status given.\n" % stats["weekdays_checked_in_cases"])
w("Customer-local `now` per case: " + "; ".join("%02d %s (%s)" % (c["n"], c["now"], c["tz"]) for c in ALL) + ".\n")
w("How each dated expression resolves (counted from the day its own source was written):\n")
for c in ALL:
    parts = []
    for expr, base, kind, arg, result, status in c["rules"]:
        k = KIND[kind].format(wd=WD[arg] if arg is not None else "")
        parts.append("'%s' (source of %s; %s) = %s, %s" % (expr, d(base), k, d(result), STATUS[status]))
    nowd = date.fromisoformat(c["now"][:10])
    line = "- %02d (now %s %s): " % (c["n"], d(c["now"][:10]), c["now"][11:])
    line += "; ".join(parts) if parts else "no dated commitment; the customer halts all talks without a date (pause)" if "pause" in c["shape"] else "no dated commitment; the customer asks to be taken off the list (opt-out)"
    w(line + ".")
w("")
w("## Languages and places\n")
for lang, rng in (("en", range(1, 21)), ("de", range(21, 28)), ("fr", range(28, 35)), ("es", range(35, 41))):
    w("- %s: " % lang + "; ".join("%s %02d" % (ALL[n - 1]["place"], n) for n in rng))
w("\nNo customer town is used twice. Writers of 01-10 have English as their first language; those of 11-20 do not.\n")
w("## Shapes (counted by check.py)\n")
w("- Prospects known from two call notes (04, 15, 22, 31, 37): buyer, firm, need and a first figure; then a changed quantity and price, a fixed demo or site visit after `now`, an open question the rep cannot answer yet (the one slot), and a remark meant for the rep alone.")
w("- Call notes between mails (01, 06, 09, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40): a note promises a quote and a later mail delivers it; the customer then changes the quantity and passes on a colleague's question; a final call note settles that question, reprices, and commits the rep again: due after `now` (01, 09, 12, 16, 21, 26, 28, 33), on the day of `now` (06, 20, 35, 40) or overdue (34); internal asides in the notes.")
w("- HTML customers (03, 10, 11, 18, 24, 29, 38): their messages are text/html, the first holding a <ul>, the latest an <ol> of three questions nobody has answered; the rep writes text/plain.")
w("- A single inbound plain-text mail carrying the history (02, 08, 14, 17, 23, 27, 32, 36): new text on top, then the rep's December reply with a promise still unmet at `now`, then the opening enquiry. Mail programs: 02 Outlook desktop (no '>'); 08 Gmail ('>' and '>>'); 14 Apple Mail on iPhone ('>' and '>>'); 17 Outlook for Android (no '>'); 23 Outlook (de) (no '>'); 27 Thunderbird (de) ('>' and '>>'); 32 Roundcube (ISO date header, '>' and '>>'); 36 Gmail (es) ('>' and '>>').")
w("- No draft expected (six): quiet period 05 and 39, an absence lasting beyond `now` 13 and 30 (auto-replies to the rep's latest mail), a pause 19, an opt-out 25.")
w("- 07, an absence that has ended: the rep's gas-standards quote went out Tuesday 19 December 2034 and bounced an auto-reply naming Monday, February 12 for the return; on Tuesday 13 February a follow-up is due, restating price, the held delivery slot and the PO deadline; the floor plan the rep asked for is a slot, and the lab manager the auto-reply names, with her number, are must_not.\n")
w("## Labelling\n")
w("Labels were written with each case, before check.py existed and without any idea of how a program reads them. Every must_include token is a verbatim slice of some source (HTML tags stripped and entities decoded before comparing), at least three characters or a non-number, and as short as a sensible sentence about the point allows. Key points list what the follow-up cannot leave out at `now`: figures and quantities as last revised, dates, times and places agreed, and what the rep still owes. The must_not strings are verbatim too: prices, quantities and options that were replaced, note openers naming the call, material meant only for the seller (stock, suppliers, subcontractors, margin, payment habits, an unaccredited instructor, a scratched demo unit), the customer's phone from the signature, mobile-client footers; no must_not string overlaps a token. Slots collect what the customer asked that nothing later resolves: an unmet promise to find something out, an unanswered question, an unpriced variant.\n")
w("Borderline decisions: colleagues of the customer are never must_not, a draft may greet or mention them; a date the rep set on a call is treated as fixed; a commitment due on the day of `now` counts as open rather than late (06: Thursday morning; 20 and 35: Wednesday; 40: Thursday), while 34's promise for the evening before is late; once a later call answers a question it is no slot, and if the answer changes the deal it becomes a key point (01 CO2 line, 06 loan meter, 09 ductwork, 16 Brettanomyces kit, 20 HDMI); where the customer asks for a quantity nobody has priced (14, 17, 18, 23, 27, 32, 36, 38) the standing unit figures stay allowed, the new quantity is a key point where it is firm, and the missing price is a slot; 03 only leans toward buying, so the quote is a key point and nothing is must_not but the phone; 02's 'flat out' remark is must_not as a pleasantry not to echo; 19 halts everything without a date (pause); 25 asks to be deleted and wants neither mails nor calls (opt-out); 05 and 39 name the day contact may resume (quiet periods); 13 and 30 are auto-replies with a return date after `now`. Greetings and closings are not labelled; the six no-draft cases have empty label lists.\n")
w("In numbers: 40 conversations, %d expecting a draft and %d not; %d key points holding %d tokens; %d must_not strings; %d slots. Eight-word overlaps found by check.py: none between any case and SPEC.md, issue 14, heldout47's README or the three heldout47 cases opened; none between cases; those of this README with the reference texts (commands, paths and the shape lists that mirror heldout47) are counted in src/check_stats.json.\n" % (stats["draft"], 40 - stats["draft"], stats["key_points"], stats["tokens"], stats["must_not"], stats["slots"]))
w("## Files\n")
w("Cases 01-10 live in src/cases_a.py, 11-20 in cases_b.py, 21-27 in cases_c.py, 28-34 in cases_d.py, 35-40 in cases_e.py; src/lib.py turns local times into UTC and lays out each record with heldout47's key order. src/gen.py produces the h48_NN_<slug>.json files and src/meta.json, src/check.py runs every test described here and saves src/check_stats.json, src/readme.py produces this file; they were run as gen, check, readme, check. When MD5SUMS is present gen.py and readme.py stop without writing. MD5SUMS lists every file here except itself.\n")
w("| # | case id | what is sold | lang | where the customer is | shape | local now | points | slots |")
w("|---|---|---|---|---|---|---|---|---|")
for c in ALL:
    r = record(c)
    w("| %02d | %s | %s | %s | %s | %s | %s | %d | %d |" % (c["n"], r["id"], r["domain"], r["language"], c["place"], c["shape"], c["now"], len(r["key_points"]), len(r["answer_slots"])))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README written")
