"""Render ../README.md from meta.json and the text below (stops once MD5SUMS exists)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
stats = json.load(open(os.path.join(HERE, "check_stats.json"), encoding="utf-8"))
started = open(os.path.join(HERE, "started.txt")).read().strip()

HEAD = f"""# drafting_heldout46

This folder is batch `blind-heldout46`: 40 customer conversations of sales reps plus labels, produced without sight of the drafting rules and frozen before any scoring. Session 55 started the helper that wrote it; that helper opened no drafting code. The helper's opening command showed Thu Dec  3 13:15:52 UTC 2026; the stamp in src/started.txt (from my second command) is {started}. The reps sell to automotive, fleet and mobility buyers: car and truck dealerships, fleet managers at utilities and delivery firms, car rental and car sharing, repair workshops and body shops, bus and coach operators, taxi firms, driving schools and municipal depots. They sell telematics, EV chargers and charging software, tyres and snow chains, spare parts and lubricants, fleet leasing and van renting, fuel cards, workshop lifts and diagnostics, paint booths, vehicle wraps, dashcams and on-board cameras, driver training, fleet insurance, car-wash equipment and parking systems.

## Reading order, with the exact commands

1. `date; cat /work/notes/s55/writer_common.md; echo ----; cat /work/notes/s55/brief_h46.md` (as the brief required).
2. `mkdir -p /work/blind/heldout46/src && date > /work/blind/heldout46/src/started.txt; cat /work/main/benchmarks/data/drafting_blind/heldout45/README.md` (the whole README; the tool display cut some lines in the middle, so:)
3. `sed -n 88,118p /work/main/benchmarks/data/drafting_blind/heldout45/README.md` (the cut lines, same file).
4. `cd /work/main/benchmarks/data/drafting_blind/heldout45 && ls *.json | sed -n '4p;19p;34p'` (the one listing allowed; only the 4th, 19th and 34th names were printed).
5. `cd /work/main/benchmarks/data/drafting_blind/heldout45 && cat h45_04_rtk-survey-drones-geomatics-firm-ottawa-prospect.json; echo; echo =====; cat h45_19_heat-pump-retrofit-apartment-association-kaunas-pause.json; echo; echo =====; cat h45_34_abris-chauffes-chaufferettes-coulee-hiver-quebec.json`.
6. `cat /work/shared/SPEC.md; wc -c /work/shared/SPEC.md; issues show 14; date` (SPEC.md in full, 10135 bytes; after it the issue).
7. `date; python3 -c "import zoneinfo; ..."; python3 -c "import calendar; print(calendar.month(2034,11), calendar.month(2034,12), calendar.month(2035,1))"` (zone names and the calendar).

Outside /work/blind/heldout46 I opened nothing more. Left unread: product source, tests, scripts under benchmarks, migrations, docs, the repository's top README, any other note, /work/judge, /work/wt, the other blind folders, and every heldout45 case except the three named. I did not run the product or a benchmark, searched no web, started no helper and installed nothing. src/check.py itself reloads SPEC.md, heldout45's README and those three cases, and runs `issues show 14`, for its comparisons.

## Deviations and judgement calls

- Each case number keeps the shape it has in heldout45, which gives every language the same shape counts; the no-draft kinds too: quiet 05/39, out-of-office still running 13/30, pause 19, opt-out 25, and 07 for an out-of-office whose return date has passed.
- Places: the cases avoid every city, region and district that heldout45's README names; check.py keeps that list (with the cities that give its time zones their names and the places in the heldout44 file names it cites) and fails if one turns up. A rep's parts hub, first placed in the Austrian capital, went to Linz before the freeze. Zone identifiers such as Europe/London, Europe/Madrid, Europe/Vienna or America/Mexico_City occur only as the `tz` value, since they are the right zones for the customers' towns; no case is set in a zone's namesake city. Countries serve as background.
- Season: `now` is Monday 4 to Wednesday 6 December 2034. Southern-hemisphere customers (06 Perth, 10 Auckland, 38 Santiago de Chile, 40 Mendoza) are in early summer; their mails speak of summer rush, Christmas shoppers and heat, not snow. Background days used: Saint Nicholas (6 December) is not named in any case; Constitution Day (Wednesday 6 December) and Immaculate Conception (Friday 8 December) make the Spanish long weekend of 35; 8 December is a holiday in 16 (Italy), 24 (Austria) and 33 (canton of Fribourg); 5 December is a public holiday in Thailand (20); the Quito festivities of early December (39).
- Banned wording: check.py collects every phrase of two or more words that SPEC.md or issue 14 put in double quotes (the issue's lines rejoined without their '>' marks) and every such phrase in single or double quotes in heldout45's README, plus the bare greeting with a comma and the one-word request to leave a list; it compares in lower case at word edges. Single day words stay allowed, because notes need stale relative days. Hits found on the first run and fixed: a note's deadline written as 'by' plus a short weekday (09, 16), the English preposition before a weekday in a label (10), a rep's promise worded as in heldout45 (17). Before that first run, on rereading, two Spanish notes (35, 40) and the quiet-period mail of 39 had the Spanish article before Monday, a pairing heldout45 quotes; all three were reworded.
- Other fixes after check.py first ran: two phone numbers lacking 555 (29), must_not strings and tokens that were not verbatim in the sources (08, 12, 16, 27; sources reworded so that the lower-case token reads naturally), two false weekday hits of the German abbreviation for Thursday in English text (02, 08; check.py now reads two-letter German and short Spanish day names only in cases of that language), a trailing full stop in an address read as part of the domain (check.py fixed), ISO date headers of Roundcube read as digit runs (check.py fixed). A colleague name and a rep first name that also occur in heldout45's README were replaced (16, 12).
- Non-native English writers have first languages heldout45 did not use: Czech, Danish, Norwegian, Greek, Romanian, Italian, Korean, Estonian, Slovenian, Thai. The reps sit in other countries than their customers in most of those cases (signatures show where); all firms are fictional.
- Real names serve only as background: Silverstone, Advenir, OPCO Mobilités, Industria (Spanish inspection), Bancontact, GDPR, Teams, WhatsApp, vehicle makes (Skoda, Honda, Solaris, Iveco, MAN, Scania, DAF, Mercedes, Agrale, Irizar, Dacia, Renault Zoe, Toyota Corolla, Ford e-Transit, Unimog), the UF unit of Chile, districts and suburbs (Avonmouth, Keynsham, Dartmouth, Bedford, Midland, Little Island, Kalamaria, Gijang, Skejby, Bolognina, Brno-Slatina, Langwasser, Wilhelmshöhe, Baunatal, Hötting, Lesquin, Mérignac, Cesson-Sévigné, Jambes, Givisiez, Dieppe, Zapopan, Pudahuel, Godoy Cruz, Karangahape Rd, Boucher Road, Grande Prairie, Elva, Polígono Store). People, companies and the goods on offer are invented; all mail addresses end in example.com, .net or .org.
- Phone numbers: after removing ISO stamps, ISO dates, dotted or slashed dates and clock times, check.py joins digit groups separated by spaces, dots, dashes, slashes or brackets and demands 555 in every joined run of seven digits or more. A self-test feeds it two invented numbers without 555 (caught) and two innocent strings (passed).

## Dates

Every `now` lies on Monday 4, Tuesday 5 or Wednesday 6 December 2034, between 07:00 and 18:00 where the customer lives. No source predates 6 November 2034; within a case they run oldest first, all before `now`, each stamped between 06:00 and 22:00 customer time, and check.py asserts all of this. Weekday and date written together are tested in the cases and here ({stats['weekday_date_pairs_checked']} pairs, English, German, French and Spanish forms, German numeric dates, mail-client headers; a weekday before a bare day number must fit any month between October 2034 and January 2035); its self-test feeds six right and six wrong pairs.

Local `now` of each case: """ + "; ".join(f"{m['num']:02d} {m['now_local']} ({m['tz']})" for m in meta) + "."

RESOLVE = """
Relative days and dates, each resolved from the date of the source that contains it:

- 01 note Wednesday 15 November, quote to go before the weekend = Friday 17 November: kept (mail of 17 November). Customer mail Tuesday 28 November: board Thursday 14 December. Note Monday 4 December: pilot from Mon 11 Dec; papers to go out Wed = Wednesday 6 December, the day after now (Tuesday 5 December).
- 02 rep mail Wednesday 22 November (quoted): promise to check the disposal of old tyres, not kept at now (Monday 4 December). Customer mail Monday 4 December: start wished Monday 11 December, nobody confirmed it.
- 03 customer mail Tuesday 14 November: the booth visit was the week before; charging required by Q2 2035. Customer mail Monday 4 December: trenching wished before Friday 22 December; January 2035 is their busy season.
- 04 note Thursday 23 November; note Monday 4 December: test drive Fri 8 Dec 2pm, after now (Tuesday 5 December); the colleague away until Thursday = Thursday 7 December (internal); a new instructor in January 2035.
- 05 customer mail Thursday 30 November: no contact until Monday, December 18 = quiet period over now (Monday 4 December).
- 06 note Friday 10 November, quote by Wednesday of the next week = Wednesday 15 November: kept (mail of 15 November). Customer mail Wednesday 29 November: install mid-January, not over Christmas. Note Tuesday 5 December: send Thu = Thursday 7 December, after now (Wednesday 6 December); install Mon 15 Jan to Fri 19 Jan 2035. Early summer in Western Australia.
- 07 rep mail Tuesday 28 November: delivery Thursday, December 14, signed quote by December 8 (Friday). Auto-reply the same day: return Monday, December 4, lapsed at now (Tuesday 5 December).
- 08 customer mail Monday 4 December: the new coach arrives the week of 11 December; first wraps wished before the 8th = Friday 8 December; school contract from January 2035. Rep mail Thursday 23 November (quoted): promise to come back about dates, not kept.
- 09 note Thursday 9 November, rate sheet Mon = Monday 13 November: kept (mail of 13 November). Note Monday 4 December: forms to send by Wed = Wednesday 6 December, the day after now (Tuesday 5 December).
- 10 customer mail Tuesday 5 December (Auckland): board Wednesday 13 December; install after 8 January 2035 wished; now Wednesday 6 December. Early summer.
- 11 customer mail Friday 1 December: answers wished until 12 December (Tuesday); start 2 January 2035 (Tuesday); old contract ends 31 December.
- 12 note Thursday 16 November, offer by Tue 21/11 = Tuesday 21 November: kept (mail of 21 November). Note Monday 4 December: contract draft to go out Thu = Thursday 7 December, after now (Tuesday 5 December); vans in February and April 2035.
- 13 rep mail Wednesday 29 November (install week of 22 January, confirm before 20 December). Auto-reply Tuesday 5 December: back on Monday 8 January 2035, after now (Wednesday 6 December).
- 14 customer mail Wednesday 6 December: the board met the day before = Tuesday 5 December. Rep mail Friday 24 November (quoted): Greek manual next week = week of 27 November, not kept.
- 15 note Wednesday 22 November; note Friday 1 December: remote demo Thu 7 Dec 10:00, after now (Monday 4 December); the calibration frame later in 2035.
- 16 note Monday 13 November, quote by the end of the week = Friday 17 November: kept (mail of 17 November). Customer mail Tuesday 28 November: 8 December a holiday in Italy, pilot in January. Note Monday 4 December: pilot from Mon 8 Jan 2035 for 3 months; agreement due Thursday 7 December, after now (Wednesday 6 December), because Fri 8 Dec is the holiday.
- 17 rep mail Monday, November 27, 2034 (quoted): promise to confirm the Korean app date, not kept at now (Tuesday 5 December). Customer mail Thursday, November 23, 2034 (quoted) opens the thread.
- 18 customer mail Monday 4 December: Saturday 13 January and Saturday 20 January 2035 wished, not confirmed.
- 19 customer mail Friday 1 December: all insurance decisions stopped until the sale of the firm closes, no end date: pause.
- 20 note Monday 20 November, quotation by Thu = Thursday 23 November: kept (mail of 23 November). Customer mail Thursday 30 November: install before 15 January, cars arrive 18 January 2035. Note Monday 4 December: revised quotation to send Wed = Wednesday 6 December, the day of now (15:00): open, not late; 5 December a public holiday in Thailand.
- 21 Notiz Freitag 10. November, Angebot bis nächsten Freitag = Freitag 17. November: eingehalten (Mail vom 17. November). Notiz Freitag 1. Dezember: Angebot geht Mittwoch raus = Mittwoch 6. Dezember, nach now (Montag 4. Dezember); Bohrkern-Test Dienstag 12.12.; Bestellfrist 31. Januar 2035.
- 22 Notiz Montag 4. Dezember: Probefahrt Donnerstag, 14.12., 15 Uhr, nach now (Dienstag 5. Dezember); neuer Fahrlehrer ab April 2035; altes Leasing endet im März.
- 23 Kundenmail Mittwoch 6. Dezember: Beirat am 15.12. (Freitag); Vertrag endet 31. Dezember; Maklerin versprach am Mittwoch, 22. November 2034 die Aufstellung zur Schadenfreiheit: nicht eingehalten.
- 24 Kundenmail Freitag 1. Dezember: Montage am Samstag, 9. Dezember gewünscht; der 8. = Freitag 8. Dezember, Mariä Empfängnis, Feiertag in Österreich.
- 25 Abmeldung vom Freitag 1. Dezember, keine relativen Daten.
- 26 Notiz Montag 13. November, Richtofferte bis Ende Woche = Freitag 17. November: eingehalten (Mail vom 17. November). Notiz Dienstag 5. Dezember: Entwurf schicke ich Fr. = Freitag 8. Dezember, nach now (Mittwoch 6. Dezember); Montage ab Montag 5. Februar 2035.
- 27 Kundenmail Dienstag 5. Dezember: Folierung am liebsten zwischen den Jahren (27. bis 29. Dezember); die Mail vom 27.11. (Montag) versprach eine Klärung der Folie: nicht eingehalten.
- 28 note jeudi 9 novembre, devis sous 8 jours : tenu (devis du jeudi 16 novembre). Note lundi 4 décembre : devis révisé à envoyer jeudi = jeudi 7 décembre, après now (mardi 5 décembre) ; pose la semaine du 8 janvier 2035 ; budget bouclé mi-décembre.
- 29 mail client lundi 4 décembre : montage souhaité du 4 au 15 août 2035.
- 30 réponse automatique lundi 4 décembre : absente jusqu'au lundi 18 décembre, retour le mardi 19 décembre, après now (mardi 5 décembre).
- 31 note vendredi 1 décembre : première session mardi 16 janvier 2035, après les vacances.
- 32 mail client lundi 4 décembre : travaux au plus tôt le 8 janvier 2035 (lundi), pas pendant le marché de Noël ; la promesse du 24 novembre (vendredi) sur la carte de stationnement n'est pas tenue.
- 33 note lundi 13 novembre, offre pour jeudi = jeudi 16 novembre : tenu (mail du 16). Note mardi 5 décembre : contrat à envoyer vendredi = vendredi 8 décembre, Immaculée Conception, férié dans le canton de Fribourg, après now (mercredi 6 décembre) ; début lundi 8 janvier 2035.
- 34 note jeudi 16 novembre, soumission pour lundi = lundi 20 novembre : tenu (mail du 20). Mail client mercredi 29 novembre : pose avant le 15 décembre. Note lundi 4 décembre : soumission révisée à envoyer le jour même = lundi 4 décembre : en retard à now (mardi 5 décembre, 13 h) ; pose lundi 11 et mardi 12 décembre.
- 35 nota miércoles 8 de noviembre, propuesta antes del 15 = miércoles 15 de noviembre: cumplido (correo del martes 14). Nota viernes 1 de diciembre: contrato lunes 4 a primera hora = lunes 4 de diciembre, el día de now (10:00): pendiente; puente del 6 (Constitución) y del 8 (Inmaculada); Semana Santa 2035.
- 36 correo del cliente martes 5 de diciembre: montaje del 26 al 29 de diciembre (martes a viernes); la representante prometió el miércoles 22 de noviembre consultar el certificado para Industria: no cumplido.
- 37 nota lunes 4 de diciembre: piloto del lunes 11 al viernes 22 de diciembre, precio de instalación si firman antes del 22 de diciembre; la función de WhatsApp en enero (interno).
- 38 correo del cliente martes 5 de diciembre (Santiago), now miércoles 6 de diciembre; verano.
- 39 correo del cliente viernes 1 de diciembre: sin contacto hasta el 8 de enero de 2035 (lunes), periodo de silencio vigente a now (lunes 4 de diciembre).
- 40 nota miércoles 15 de noviembre, cotización a más tardar el 20 = lunes 20 de noviembre: cumplido (correo del 20). Nota lunes 4 de diciembre: contrato el miércoles = miércoles 6 de diciembre, el día de now (10:00): pendiente; primera entrega jueves 14 de diciembre. Verano en Mendoza.
"""

LANGS = """
## Languages and places

""" + "\n".join(f"- {lang}: " + "; ".join(f"{m['where'].split(': ',1)[1] if lang!='en' else m['where']} {m['num']:02d}" for m in meta if m['lang']==lang) for lang in ("en","de","fr","es")) + """

Each customer town occurs once. English 01-10 come from native writers (England, Northern Ireland, Colorado, Nova Scotia, Ohio, Western Australia, Georgia, Ireland, Alberta, New Zealand), 11-20 non-native.

## Shapes (check.py counts them)

- Notes only, five prospects: en 04 and 15, de 22, fr 31, es 37. The opening note introduces the buyer, the company, what they need and a first price; the later note changes quantity and price, fixes a demo or test date and carries a question the rep cannot yet answer.
- Mails mixed with call notes, thirteen: en 01/06/09/12/16/20, de 21/26, fr 28/33/34, es 35/40; a first promise kept by a later mail, a customer mail relaying a colleague's question, and a last note that answers it, revises the offer and sets a new promise (due after `now`, on the day of `now`, or overdue in 34), with remarks for internal use.
- Customer writes HTML only, seven: en 03/10/11/18, de 24, fr 29, es 38. Each customer message is text/html holding a <ul>, the newest one an <ol>; the rep answers in text/plain, and the newest customer message is still unanswered.
- A single plain-text customer mail carrying the thread below it, eight: en 02/08/14/17, de 23/27, fr 32, es 36. Under the customer's text sits the rep's earlier answer, and under that the customer's first message. Clients: 02 Outlook desktop (no '>'), 08 Gmail, 14 Apple Mail on iPhone ('>' and '>>'), 17 Outlook for Android (no '>'), 23 Outlook German (no '>'), 27 Thunderbird German, 32 Roundcube (ISO date header), 36 Gmail Spanish. Relayed colleagues: 02 Siobhan, 08 Mick, 14 Mrs Karatza, 17 Mr. Choi, 23 Frau Lorenzen, 27 Tobias, 32 M. Gillet, 36 Chema.
- Six where no draft should come: quiet 05/39, absence running past `now` 13/30, pause 19, opt-out 25.
- 07 is the expired absence: the automatic answer to the rep's quote of Tuesday 28 November gave Monday, December 4 as return day, `now` is Tuesday 5 December, so a draft is due. Still open are the quote, the reserved delivery slot and the signing date; the inspection of the two in-ground lifts becomes a slot; the service writer named as stand-in and his phone are must_not.

Colleagues of the customer whose questions the customer passes on (other shapes): 01 Colin; 03 Rick; 06 Tony; 09 Brenda; 10 Mr Havili; 11 Mr. Zeman; 12 Henrik; 16 Luca; 18 general manager; 20 Khun Prasert; 21 Frau Wendel; 24 Mag. Pfurtscheller; 26 Herr Egger; 28 M. Vandamme; 29 Mme Ferreira; 33 Loïc; 34 Luc; 35 Sr. Olmedo; 38 Sr. Araya; 40 Cr. Videla.

The sentences that stop a draft:

- 05 (quiet): "Please hold off on any calls or emails until Monday, December 18. I'll go through the two options with the owner that week and get back to you."
- 13 (ooo): "I am on holiday and will be back in the office on Monday 8 January."
- 19 (pause): "All decisions about insurance are stopped until the sale is closed and nobody tells us how long it will take. Please understand that for now we will not continue. If something changes I will write you myself."
- 25 (optout): "Bitte nehmen Sie uns aus Ihrer Kundenkartei, schicken Sie keine Angebote mehr und rufen Sie nicht wieder an."
- 30 (ooo): "Je suis absente du bureau jusqu'au lundi 18 décembre inclus et ne consulte pas mes messages."
- 39 (quiet): "Le pido que no me escriba ni me llame hasta el 8 de enero; después de Reyes la reviso con el consejo y yo le contacto."

## How the labels were set

Tokens in must_include are copied character for character from the sources (HTML entities decoded first; check.py confirms) and are never a lone number of one or two digits; a date token is the shortest piece any natural sentence would keep. A key point is something a good follow-up written at `now` must carry: the price and quantity valid after the latest change, agreed dates, times and places, and the document the rep still owes. must_not entries are also copied exactly: superseded prices and quantities, the way a call note opens, asides for the rep's side only (colleagues on the rep's side, stock, margin, credit checks, suppliers not yet asked), phone numbers from the customer's signature, phone-client footers and sharp remarks no rep would quote back; none of them overlaps a token. A slot is any question or wish of the customer left unsettled by later mail or notes: a promised check with no result, a requested date nobody confirmed, a price not yet given. Choices I made: a draft may name the customer's colleagues, so none is must_not; a date the rep set during a call is treated as agreed; a promise due on the day of `now` (20, 35, 40) is open, not late, while one due the day before (34) is overdue; 19 stops talks with no end date and is labelled a pause; 25 asks to be taken off the customer file with no more offers and calls, an opt-out; a question already answered on a call (01, 06, 09, 12, 16, 21, 26, 28, 33, 35, 40) gets no slot, but the answer is in a key point where it changes terms. Salutations and sign-offs carry no labels, and the no-draft cases keep all three lists empty.
"""

def table():
    rows = ["| no. | id | product line | language | customer's place | shape | now (local) | key points | slots |", "|---|---|---|---|---|---|---|---|---|"]
    for m in meta:
        rows.append(f"| {m['num']:02d} | {m['id']} | {m['domain']} | {m['lang']} | {m['where']} | {m['shape']} | {m['now_local']} | {m['points']} | {m['slots']} |")
    return "\n".join(rows)

COUNTS = f"""
Totals: {stats['cases']} conversations ({stats['expect_draft']} want a draft, {40 - stats['expect_draft']} do not), {stats['key_points']} key points with {stats['tokens']} tokens, {stats['must_not']} must_not strings, {stats['slots']} slots. Shared 8-word runs: cases against SPEC.md, issue 14, heldout45's README and the three heldout45 cases read, none; case against case, {stats['cross_case_8word']}; this README against those texts, {len(stats['readme_8word_overlaps'])}, all written out in src/check_stats.json (commands, paths and file names I must quote).

## Files

Data: src/cases_a.py (01-10), cases_b.py (11-20), cases_c.py (21-27), cases_d.py (28-34), cases_e.py (35-40); src/lib.py converts local times to UTC and builds the records. src/gen.py writes h46_NN_<slug>.json and src/meta.json; src/check.py tests everything named above and stores src/check_stats.json; src/readme.py produces README.md; src/started.txt keeps the start time. Build order: gen.py, check.py, readme.py, check.py. gen.py and readme.py refuse to write once MD5SUMS is present. MD5SUMS covers every file in the folder but itself.

"""
text = HEAD + "\n" + RESOLVE + LANGS + COUNTS + table() + "\n"
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(text)
print("README written", len(text))
