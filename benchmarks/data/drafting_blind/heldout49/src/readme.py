"""Writes ../README.md from the cases and src/meta.json. Refuses once MD5SUMS exists."""
import datetime as dt, glob, json, os, sys
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("MD5SUMS exists: batch is frozen, nothing written")
meta = {m["n"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}
recs = {}
for f in sorted(glob.glob(os.path.join(OUT, "h49_*.json"))):
    r = json.load(open(f, encoding="utf-8"))
    recs[int(r["id"].split("-")[1])] = r
started = open(os.path.join(HERE, "started.txt")).read().strip()


def long(d):
    return "%s %d %s %d" % (d.strftime("%A"), d.day, d.strftime("%B"), d.year)


def local_date(r, sid):
    s = r["sources"][sid - 1]
    at = dt.datetime.strptime(s["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    return at.astimezone(ZoneInfo(r["tz"])).date()


RULE = {"next": "first %s after that day", "prev": "the %s before that day"}
FULL = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
STATUS = {"open": "still ahead of now: open", "running": "not over at now", "day": "falls on the day of now: open, not late",
          "kept": "met by a later rep mail", "late": "missed by now: late", "past": "already behind now"}

L = []
A = L.append
A("# drafting_heldout49\n")
A("Batch `blind-heldout49`: 40 conversations between sales reps and their customers, with labels, written blind (no sight of any drafting code or rule beyond SPEC.md and issue 14) and frozen before anything was scored. The customers are in property management, real estate and coworking: housing co-operatives and associations, social landlords, owners of office buildings and a shopping arcade, estate agencies, coworking operators, student residences, facility managers of business parks, owners of holiday lets and serviced apartments. The reps sell access control and smart locks, cleaning and maintenance contracts, lift servicing, heat pump and boiler servicing, meter reading and submetering software, tenant portals, coworking furniture, signage, window cleaning, snow clearing and grounds care, pest control, fire-safety inspections, listing photography and floor plans, and EV chargers for car parks.\n")
st_dt = dt.datetime.strptime(started.replace("  ", " "), "%a %b %d %H:%M:%S UTC %Y")
A("My first command printed the time 2026-12-04 02:48:25 UTC; src/started.txt (written by my second command) holds %s UTC (the same day).\n" % st_dt.strftime("%Y-%m-%d %H:%M:%S"))
A("## What I read, in order (commands as typed)\n")
A("1. `date; cat /work/notes/s58/writer_common.md; echo ----; cat /work/notes/s58/brief_h49.md` (first command, as the brief prescribes).")
A("2. `mkdir -p /work/blind/heldout49/src && date > /work/blind/heldout49/src/started.txt` (no output).")
A("3. `cat /work/main/benchmarks/data/drafting_blind/heldout48/README.md` (the tool's display cut lines 68-79, so:)")
A("4. `sed -n 66,80p /work/main/benchmarks/data/drafting_blind/heldout48/README.md` (those cut lines).")
A("5. `ls /work/main/benchmarks/data/drafting_blind/heldout48/*.json` (the single listing allowed; it showed the 40 names, from which I took the 5th, 18th and 33rd).")
A("6. `cd /work/main/benchmarks/data/drafting_blind/heldout48 && cat h48_05_iso7-cleanroom-fitout-biotech-startup-boston-quiet.json; echo; echo =====; cat h48_18_water-sampling-kits-environmental-agency-kaunas.json; echo; echo =====; cat h48_33_meb-de-table-controle-surfaces-micromecanique-neuchatel.json`.")
A("7. `cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (all of SPEC.md, 10135 bytes, then issue 14).")
A("8. `python3 -c \"import calendar; calendar.setfirstweekday(0) ...\"` printing January to May 2035, and a small python3 Easter computation (Easter Sunday 2035 = 25 March); no project file involved.\n")
A("Apart from these and my own folder I opened nothing: not the product's code or tests, not the benchmark scripts, migrations, docs or the top-level README, no other note, neither /work/judge nor /work/wt, no other blind folder, no other heldout48 case. I did not run the product or its benchmarks, searched nothing on the web, installed nothing and used no helper. For its wording and overlap tests src/check.py reopens SPEC.md, heldout48's README and the three heldout48 cases and runs `issues show 14`.\n")
A("## Departures from the rules and decisions\n")
A("- The listing in step 5 printed all 40 heldout48 names; I opened only the three named above. Those names are also in heldout48's README table.")
A("- Later commands repeated `mkdir -p /work/blind/heldout49/src` when writing my own files; harmless.")
A("- Forbidden wording: check.py collects every double-quoted phrase of SPEC.md outside its code blocks, of issue 14 (with '> ' stripped and lines joined) and of heldout48's README, trailing punctuation and ellipses removed; single words count too, so the greeting word, the three relative day words and the opt-out verb quoted in issue 14 and SPEC are absent from every case, as are the pairs of 'on' with Tuesday or Thursday. The list used is in src/check_stats.json. The first run found the greeting word in four cases, the pair 'you mentioned' in 02 and 'on' + Thursday in a key-point text of 09; all reworded.")
A("- Places: no city, region or country named in heldout48's README (its text, table and the cities inside its time-zone names) appears in any case text; check.py holds the list. Some `tz` values must still carry a listed name because they are the only IANA zone for the customer's town: Europe/Berlin (21 Münster, 22 Leipzig, 23 Bremen, 25 Mainz, 27 Köln), Europe/Vienna (24 Graz), Europe/Paris (28 Nantes, 30 Strasbourg, 31 Montpellier, 34 Dijon), Europe/Brussels (32 Liège) and Europe/Madrid (35 Valencia). Québec (29) uses America/Toronto, Luxembourg (33) Europe/Luxembourg, Liechtenstein (26) Europe/Vaduz, the Canaries (36) Atlantic/Canary.")
A("- Season and holidays: `now` is Tuesday 13, Wednesday 14 or Thursday 15 March 2035. Easter falls on Sunday 25 March 2035, so no fixed appointment sits on Good Friday 23 March or Easter Monday 26 March. North American zones are already on summer time (from Sunday 11 March), European ones not yet; zoneinfo does the conversion. Semana Santa, Fallas and cruise-ship season are background only; real bodies and rules (CFE, Bomberos, PEB, AVV/TOMs, Class B-s1,d0) are background.")
A("- Case 07 follows heldout48's 07 with the January date in place of December: the quote went out Tuesday 16 January 2035 and drew an auto-reply naming Monday, March 12 for the return; `now` is Tuesday 13 March.")
A("- For the quoted shape the base date of the rep's January promise is the date in the quoted header, not a source's `at`; check.py allows that override only for that shape (the eight January promises, and 17's Wednesday meeting counted back from its header).")
A("- Non-native English writers are Polish, Portuguese, Swedish, Finnish, Hungarian, Estonian, Japanese, Croatian, Turkish and Vietnamese; some of their reps sit in another country, as signatures show. Everything else (people, firms, products, buildings) is invented; every address is under example.com, example.net or example.org.")
A("- Telephone digits: after removing ISO timestamps, clock times, German numeric dates, amounts written with ',', '.' or apostrophe separators and decimals, check.py glues digit groups split by up to two spaces, dots, dashes, slashes or brackets and demands 555 in every glued run of seven digits or more. Its self-test catches two invented numbers without 555 and lets an amount-and-date string pass. The first run flagged a year range in 13's subject; written as 2035/36 now.\n")
A("## Format\n")
A("One JSON object per file with heldout48's keys in heldout48's order: id, batch, domain, language, now (UTC), tz, customer {name, email}, rep {name, email, signature}, rep_history (empty), sources (notes: kind, id, at, text; messages: kind, id, at, direction, subject, content_type, body), expect_draft, key_points [{what, must_include}], must_not, answer_slots. Sources are numbered from 1 in time order. check.py compares the key lists with the three heldout48 cases.\n")
A("## Dates\n")
A("Every `now` lies on Tuesday 13, Wednesday 14 or Thursday 15 March 2035, between 07:00 and 18:00 in the customer's zone. The oldest source is dated Friday 12 January 2035; all sources are in time order, before `now`, and stamped between 06:00 and 22:00 local time, which check.py verifies. It also checks every weekday written beside a date, in the cases and in this file, in the four languages (English day-month and month-day forms and ranges, German numeric and written dates, French dates, Spanish dates, lists and Gmail header abbreviations); a self-test proves it on ten right and eight wrong examples, and any weekday standing next to a number that the patterns cannot read is reported. Each rule below is kept in src/meta.json and recomputed by check.py (first given weekday after the source's day, the given weekday before it, that same day, or a stated date), then compared with `now` for the status written.\n")
nows = []
for n in sorted(recs):
    nows.append("%02d %s (%s)" % (n, meta[n]["now_local"], recs[n]["tz"]))
A("Customer-local `now` per case: " + "; ".join(nows) + ".\n")
A("Each dated expression, counted from the day of the source that holds it:\n")
for n in sorted(recs):
    r, m = recs[n], meta[n]
    nd = dt.date.fromisoformat(m["now_local"][:10])
    head = "- %02d (now %s %s):" % (n, long(nd), m["now_local"][11:])
    if not m["rules"]:
        what = {"no-draft: pause": "the customer stops the whole project without naming a date (pause)",
                "no-draft: optout": "the customer asks to be struck from the mailing list and not to be called again (opt-out)"}[m["shape"]]
        A(head + " no dated commitment; " + what + ".")
        continue
    parts = []
    for ru in m["rules"]:
        base = dt.date.fromisoformat(ru["base"]) if ru["base"] else local_date(r, ru["source"])
        src = ("quoted header of source %d, %s" % (ru["source"], long(base))) if ru["base"] else ("source %d of %s" % (ru["source"], long(base)))
        k = ru["rule"]
        if k.startswith("next:") or k.startswith("prev:"):
            how = RULE[k[:4]] % FULL[k[5:]]
        elif k == "same":
            how = "that same day"
        else:
            how = "stated date"
        parts.append("'%s' (%s; %s) = %s, %s" % (ru["expr"], src, how, long(dt.date.fromisoformat(ru["target"])), STATUS[ru["status"]]))
    A(head + " " + "; ".join(parts) + ".")
A("")
A("## Languages and places\n")
by = {}
for n in sorted(recs):
    by.setdefault(recs[n]["language"], []).append("%s %02d" % (meta[n]["place"], n))
for lg in ("en", "de", "fr", "es"):
    A("- %s: %s" % (lg, "; ".join(by[lg])))
A("\nNo customer town repeats. Writers of 01-10 are native English speakers; those of 11-20 are not.\n")
A("## Shapes (check.py counts them)\n")
A("- Prospects known only from two call notes (04, 15, 22, 31, 37): the first note gives buyer, firm, need and a first figure; the second a changed volume and price, a demo, site visit or trial session fixed after `now`, one question the rep cannot answer yet (the slot) and a remark for the rep alone.")
A("- Call notes between mails (01, 06, 09, 12, 16, 20, 21, 26, 28, 33, 34, 35, 40): a note promises a quote, a later mail delivers it, the customer changes the scope and relays a colleague's question, and a last call note answers it, reprices and commits the rep again: after `now` (01, 09, 12, 16, 21, 26, 28, 33), on the day of `now` (06, 20, 35, 40) or already overdue (34). The notes carry internal asides.")
A("- HTML customers (03, 10, 11, 18, 24, 29, 38): their mails are text/html, the first with a <ul>, the last with an <ol> of three questions nobody has answered; the rep writes text/plain.")
A("- One inbound plain-text mail holding the history (02, 08, 14, 17, 23, 27, 32, 36): new text on top, below it the rep's January reply with a promise still unmet at `now`, then the first enquiry. Clients: 02 Outlook desktop (no '>'), 08 Gmail ('>' and '>>'), 14 Apple Mail on iPhone ('>' and '>>'), 17 Outlook for Android (no '>'), 23 Outlook in German (no '>'), 27 Thunderbird in German ('>' and '>>'), 32 Roundcube (ISO date header, '>' and '>>'), 36 Gmail in Spanish ('>' and '>>').")
A("- No draft expected (six): quiet period 05 and 39, an absence running past `now` 13 and 30 (auto-replies to the rep's latest mail), pause 19, opt-out 25.")
A("- 07, an absence that is over: the lift modernisation quote of Tuesday 16 January 2035 met an auto-reply naming Monday, March 12 as the return; on Tuesday 13 March a follow-up is due that restates price, the held installation slot and the purchase-order deadline; the shaft and machine room drawings the rep asked for form the slot, and the stand-in colleague named in the auto-reply, with her number, are must_not.\n")
A("## Labels\n")
A("I wrote the labels together with each case, before check.py existed and with no idea how any program reads them. Every must_include token is a verbatim piece of a source (after stripping HTML tags and decoding entities), three characters or more when it is a bare number, and as short as a sensible sentence about the point allows. Key points hold what a follow-up written at `now` cannot leave out: the figures and volumes as last revised, agreed dates, times and places, and what the rep still owes. must_not strings are verbatim too: replaced prices and volumes, note openers that name the call, material meant for the seller alone (suppliers, borrowed crews, subcontractors, margins, stock trouble, a client's payment habits, a competitor dispute), the customer's phone from the signature, a mobile client's footer, the rep's own generic info address quoted back, and pleasantries about being swamped that a reply should not echo; no must_not string overlaps a token. Slots hold what the customer asked and no later source settles: a question left open, an unpriced variant or volume, a request to the customer that is still unmet (07).\n")
A("Borderline decisions: the customer's colleagues are never must_not (a draft may name them), except the stand-in in 07's auto-reply with her direct line, who is not part of the deal; a date the rep set on a call counts as agreed; a commitment due on the day of `now` counts as open, not late (06 Thursday morning, 20 and 35 Wednesday, 40 Thursday), while 34's promise for the evening before is late; once a later note answers a question it is no slot, and when the answer changes the deal it becomes a key point (01 annual billing, 06 semester breaks, 09 fire rating, 12 template file, 16 battery service, 20 dimmer, 21 weekend hotline, 26 digital board, 28 six-year term with paid fitting, 33 evening installation, 34 Saturday work, 35 Sunday rescue, 40 training); where the customer asks for a volume nobody has priced (02, 08, 14, 17, 18, 23, 27, 29, 32, 36, 38) the standing unit price stays allowed and the missing price is a slot; 03 only leans toward buying, so the quote is a key point and the phone is the only must_not; the January promise in each quoted case is a key point (still owed), not a slot; 19 stops everything with no date (pause); 25 asks to be removed from the list and wants neither mail nor calls (opt-out); 05 and 39 name the day contact may resume (quiet periods); 13 and 30 are auto-replies with a return date after `now`. Greetings and sign-offs carry no labels; the six no-draft cases have empty label lists.\n")
st = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
A("In numbers: %d conversations, %d expecting a draft and %d not; %d key points holding %d tokens; %d must_not strings; %d slots. check.py found no eight-word run shared between any case and SPEC.md, issue 14, heldout48's README or the three heldout48 cases, and none between two cases; the runs this README shares with those texts (commands, paths and the shape lines that mirror heldout48) are counted in src/check_stats.json.\n"
  % (st["cases"], st["drafts"], st["cases"] - st["drafts"], st["key_points"], st["tokens"], st["must_not"], st["slots"]))
A("## Files\n")
A("Cases 01-10 are in src/cases_a.py, 11-20 in cases_b.py, 21-27 in cases_c.py, 28-34 in cases_d.py, 35-40 in cases_e.py; src/lib.py converts local times to UTC and lays each record out in heldout48's key order. src/gen.py writes the h49_NN_<slug>.json files and src/meta.json, src/check.py runs every test above and saves src/check_stats.json, src/readme.py writes this file; they ran as gen, check, readme, check. gen.py and readme.py refuse to write once MD5SUMS exists. MD5SUMS lists every file here except itself.\n")
A("| # | case id | what is sold | lang | where the customer is | shape | local now | points | slots |")
A("|---|---|---|---|---|---|---|---|---|")
for n in sorted(recs):
    r, m = recs[n], meta[n]
    A("| %02d | %s | %s | %s | %s | %s | %s | %d | %d |" % (n, r["id"], r["domain"], r["language"], m["place"], m["shape"],
                                                          m["now_local"], len(r["key_points"]), len(r["answer_slots"])))
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
