"""Cases 11-20: English, non-native speakers."""
from lib import note, out, inn

CASES = []

# ---------------------------------------------------------------- 11
CASES.append(dict(
    nn=11, slug="rfid-self-checkout-kiosks-university-library-kosice",
    domain="library systems", lang="en", tz="Europe/Bratislava", now="2032-06-09 10:00",
    cust=("Juraj Hudák", "juraj.hudak@hornad-tu.example.sk"),
    rep=("Imogen Rowe", "imogen.rowe@shelfwise.example.co.uk",
         "Imogen Rowe\nShelfWise Library Systems\n+44 113 555 0129"),
    shape="notes_mail", place=("Košice", "Košice Region", "non-native", "Slovak"),
    kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="SIP2 and warranty answered in notes; Zuzana Kováčová (IT) asks the open question; the rep writes from the UK.",
    sources=[
        note("2032-05-04 14:20",
             "Teams call Juraj + Zuzana Kováčová (IT). Library of Hornád Technical University. 3 self-checkout kiosks SW-K2 at "
             "EUR 7,850 each, RFID tagging service for ~85,000 items at EUR 0.21/item, 2 security gates EUR 6,400 per pair. "
             "Install in summer, library closed Mon 19 July - Fri 13 Aug. Zuzana q: link with their library management system "
             "via SIP2? - yes, standard, told her. Send quote Fri. Internal: SW-K2 screens from the new supplier, 5% price rise "
             "coming in Sept - get it signed before."),
        out("2032-05-07 09:30", "ShelfWise quote - self-service for the Hornád library",
            "Dear Juraj,\n\n"
            "Thank you and Zuzana for Tuesday's call. Our quote:\n\n"
            "- 3 x SW-K2 self-checkout kiosks at EUR 7,850 each\n"
            "- RFID tagging service, approx. 85,000 items at EUR 0.21 per item\n"
            "- 1 pair of security gates: EUR 6,400\n\n"
            "Installation during your summer closure.\n\n"
            "Kind regards,\nImogen"),
        inn("2032-05-18 11:05", "RE: ShelfWise quote - self-service for the Hornád library",
            "Dear Mrs. Rowe,\n\n"
            "thank you for your offer and sorry for late reply, we had accreditation visit at the faculty and everything else "
            "was stopped.\n\n"
            "After the meeting with the vice-rector we would like 4 kiosks instead of 3, because also the second floor with the "
            "study room will get one. The tagging we will make ourselves with student assistants during summer, so please "
            "take the tagging service out of the offer. Is it possible to deliver only the tags, 85,000 pieces, without service?\n\n"
            "The vice-rector wants to know also how long is the guarantee for the kiosks.\n\n"
            "Best regards\nIng. Juraj Hudák\nHead of Library Services\nHornád Technical University\n+421 55 555 2718"),
        note("2032-05-25 10:10",
             "Call Juraj. 4 kiosks x 7,850 = EUR 31,400. Tags only, no tagging service: EUR 0.09/tag -> EUR 7,650 for 85,000. "
             "Gates unchanged EUR 6,400. Warranty 3 yrs on hardware - told him on the phone. Revised quote Thu."),
        out("2032-05-27 16:00", "Revised quote - ShelfWise self-service, Hornád Technical University",
            "Dear Juraj,\n\n"
            "As discussed on Tuesday, the revised quote:\n\n"
            "- 4 x SW-K2 self-checkout kiosks: EUR 31,400\n"
            "- 85,000 RFID tags, supply only: EUR 7,650\n"
            "- 1 pair of security gates: EUR 6,400\n"
            "- Total: EUR 45,450 excl. VAT\n"
            "- 3-year warranty on all hardware\n\n"
            "Kind regards,\nImogen"),
        inn("2032-06-07 14:40", "RE: Revised quote - ShelfWise self-service, Hornád Technical University",
            "Dear Mrs. Rowe,\n\n"
            "I am glad to inform you that the vice-rector approved the revised offer. The order will come from our procurement "
            "office with order number, it is under the limit for public tender so it will be quick. Please address the order "
            "confirmation and the invoice to Hornád Technical University, Economic Department.\n\n"
            "The library is closed from Monday 19 July until Friday 13 August and all must be installed in this time. Can you "
            "send us the installation planning before 1 July? Our building management needs it because of keys and parking "
            "for your technicians.\n\n"
            "Zuzana is asking if the kiosks can accept also payment of fines by bank card. Now students must go to the desk "
            "for this.\n\n"
            "Best regards\nJuraj Hudák"),
    ],
    kps=[
        ("approved: 4 SW-K2 kiosks EUR 31,400, 85,000 tags supply only EUR 7,650, gates EUR 6,400, total EUR 45,450, 3-year warranty",
         ["EUR 31,400", "EUR 7,650", "EUR 6,400", "EUR 45,450"]),
        ("order confirmation and invoice to Hornád Technical University, Economic Department", ["Economic Department"]),
        ("installation planning before 1 July, installation between Monday 19 July and Friday 13 August",
         ["planning", "1 July", "19 July", "13 August"]),
    ],
    must_not=["EUR 0.21", "3 x SW-K2", "tagging service, approx", "5% price rise", "new supplier", "Teams call Juraj",
              "Call Juraj", "+421 55 555 2718", "accreditation visit"],
    slots=["whether the kiosks can accept payment of fines by bank card (Zuzana's question)"],
))

# ---------------------------------------------------------------- 12
CASES.append(dict(
    nn=12, slug="height-adjustable-desks-upper-secondary-school-aarhus",
    domain="classroom furniture", lang="en", tz="Europe/Copenhagen", now="2032-06-10 09:30",
    cust=("Mette Kjærgaard", "mk@mosegaard-gym.example.dk"),
    rep=("Katharina Vogt", "k.vogt@lernraum-moebel.example.de",
         "Katharina Vogt\nLernraum Möbel GmbH\n+49 421 555 2081"),
    shape="html", place=("Aarhus", "Central Denmark Region", "non-native", "Danish"),
    kinds=["choice", "corr", "coll", "kept", "doc", "deadline", "time", "q"],
    notes="Anders Holm (purchasing) writes the last mail (<ol>); the updated offer of Friday 4 June is kept; the take-back price is still owed; Mette prefers calls before 11.",
    sources=[
        out("2032-05-12 13:00", "Offer: student desks and chairs, Mosegård Gymnasium",
            "Dear Mette,\n\n"
            "Thank you for your enquiry. For 9 classrooms with 28 students each (252 sets):\n\n"
            "- Desk Flex 2, height-adjustable by crank: DKK 2,150 each\n"
            "- Desk Flex Pro, electric: DKK 3,900 each\n"
            "- Chair Sway, flexible seat: DKK 890 each\n"
            "- Delivery 4 weeks after order\n\n"
            "Best regards,\nKatharina Vogt"),
        inn("2032-06-01 10:12", "SV: Offer: student desks and chairs, Mosegård Gymnasium",
            "<html><body><p>Dear Katharina,</p>"
            "<p>Sorry for the late answer, we had the written exams and I did not have time for anything else. Here is our "
            "decision after the meeting with the rector:</p>"
            "<ul>"
            "<li>The Flex 2 with crank. The Flex Pro is too expensive for us, sadly.</li>"
            "<li>Chairs Sway, yes.</li>"
            "<li>But only 6 classrooms this year, so 168 sets. The other 3 rooms we take next year maybe.</li>"
            "<li>Delivery and assembly must be in the summer holiday, the school is closed from Monday 28 June to Friday 6 August.</li>"
            "<li>Can you take back the old desks when you deliver? How much would it cost?</li>"
            "</ul>"
            "<p>Please send the updated offer with the new number. If you want to call me it is best before 11, after that I teach.</p>"
            "<p>Venlig hilsen / Best regards<br>Mette Kj&aelig;rgaard<br>Facility manager, Moseg&aring;rd Gymnasium<br>+45 86 55 58 12</p>"
            "</body></html>", html=True),
        out("2032-06-04 11:20", "Updated offer: 168 sets, Mosegård Gymnasium",
            "Dear Mette,\n\n"
            "Thank you for your decision. The updated offer for 6 classrooms:\n\n"
            "- 168 x Desk Flex 2 at DKK 2,150 = DKK 361,200\n"
            "- 168 x Chair Sway at DKK 890 = DKK 149,520\n"
            "- Delivery and assembly: DKK 18,500\n"
            "- Total: DKK 529,220 excl. VAT\n\n"
            "About taking back the old desks, I am checking with our logistics partner and will come back to you.\n\n"
            "Best regards,\nKatharina"),
        inn("2032-06-08 13:45", "SV: Updated offer: 168 sets, Mosegård Gymnasium",
            "<html><body><p>Dear Katharina,</p>"
            "<p>Mette has forwarded me your offer, I am handling the purchase. Before we can send the purchase order we need "
            "three things:</p>"
            "<ol>"
            "<li>The offer must be addressed to Moseg&aring;rd Gymnasium, att. Purchasing, not to Mette personally.</li>"
            "<li>A confirmation that delivery and assembly will be finished before Friday 6 August.</li>"
            "<li>The price for taking back the old desks, which we still did not get.</li>"
            "</ol>"
            "<p>Our internal deadline for orders before the summer is Friday 18 June.</p>"
            "<p>Kind regards<br>Anders Holm<br>Purchasing, Moseg&aring;rd Gymnasium</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("168 Flex 2 desks at DKK 2,150 and 168 Sway chairs at DKK 890, delivery and assembly DKK 18,500, total DKK 529,220",
         ["Flex 2", "DKK 2,150", "DKK 890", "DKK 529,220"]),
        ("the offer re-addressed to Mosegård Gymnasium, att. Purchasing", ["Mosegård Gymnasium", "Purchasing"]),
        ("delivery and assembly during the closure, Monday 28 June to Friday 6 August; order deadline Friday 18 June",
         ["6 August", "18 June"]),
    ],
    must_not=["Flex Pro", "DKK 3,900", "252 sets", "9 classrooms", "written exams", "+45 86 55 58 12", "too expensive"],
    slots=["the price for taking back the old desks",
           "confirmation that delivery and assembly will be finished before Friday 6 August"],
))

# ---------------------------------------------------------------- 13
CASES.append(dict(
    nn=13, slug="learning-platform-english-academy-busan-ooo",
    domain="learning platforms", lang="en", tz="Asia/Seoul", now="2032-06-09 10:00",
    cust=("Park Ji-yeon", "jiyeon.park@brighttide-academy.example.kr"),
    rep=("Rachel Teo", "rachel.teo@kelpie-learning.example.sg",
         "Rachel Teo\nKelpie Learning\n+65 6555 0391"),
    shape="nodraft", place=("Busan", "Busan", "non-native", "Korean"),
    kinds=["ooo"], draft=False,
    notes="Auto-reply one minute after the rep's chaser: 'will come back on Monday 21 June' (now Wednesday 9 June). The rep writes from Singapore.",
    sources=[
        out("2032-05-27 15:00", "Kelpie Learning proposal for Bright Tide English Academy",
            "Dear Ms Park,\n\n"
            "Thank you for the demo meeting. As discussed, for 640 students: Kelpie Classroom plan at KRW 3,900 per student per "
            "month, with speaking practice and parent reports included. Setup and teacher training are free for a 12-month "
            "contract.\n\n"
            "Best regards,\nRachel Teo"),
        inn("2032-05-31 18:20", "RE: Kelpie Learning proposal for Bright Tide English Academy",
            "Dear Rachel,\n\nThank you for proposal. I will discuss with our owner and give you reply.\n\nPark Ji-yeon\nAcademic Director"),
        out("2032-06-08 09:15", "RE: Kelpie Learning proposal for Bright Tide English Academy",
            "Dear Ms Park,\n\nI hope the discussion with your owner went well. Is there anything I can clarify?\n\nBest regards,\nRachel"),
        inn("2032-06-08 09:16", "[Auto reply] RE: Kelpie Learning proposal for Bright Tide English Academy",
            "Hello. I am on business trip to the education fair and will come back on Monday 21 June. I will answer your mail "
            "after I return. For urgent matter please contact Mr. Kim Dong-hyun, 051-555-7720.\n\n"
            "Park Ji-yeon / Bright Tide English Academy"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 14
CASES.append(dict(
    nn=14, slug="school-management-software-art-school-brno",
    domain="school management software", lang="en", tz="Europe/Prague", now="2032-06-08 13:00",
    cust=("Tereza Dvořáková", "dvorakova@zus-lesna.example.cz"),
    rep=("Lukas Aigner", "lukas.aigner@notenbox.example.at",
         "Lukas Aigner\nNotenbox School Software\n+43 1 555 3810"),
    shape="quoted", place=("Brno", "South Moravian Region", "non-native", "Czech"),
    client="Apple Mail",
    kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
    notes="Apple Mail quote header ('On 7 Jun 2032, at 16:05, X <...> wrote:'), '>' quoted, two levels; the director's question relayed; the rep writes from Austria.",
    sources=[
        inn("2032-06-08 09:10", "Re: Notenbox for our art school",
            "Dear Mr. Aigner,\n\n"
            "thank you for the fast offer. We have decided for the Plus plan, because the parents app with online payment of "
            "school fees is the main reason why we change the system at all.\n\n"
            "One correction: in September we will have 610 pupils, not 640 like I wrote, because many are finishing this year.\n\n"
            "Our director Mr. Novotný asks if the data are stored in the EU, because of GDPR - the city district will check it.\n\n"
            "We need the contract before end of June, because the city district as our founder approves it on the council "
            "meeting on Thursday 24 June. Could you also do the training for the teachers on Monday 30 August, before the "
            "school year starts?\n\n"
            "Best regards\nTereza Dvořáková\ndeputy director\nBasic Art School Brno-Lesná\n+420 545 555 218\n\n"
            "> On 7 Jun 2032, at 16:05, Lukas Aigner <lukas.aigner@notenbox.example.at> wrote:\n"
            "> \n"
            "> Dear Ms Dvořáková,\n"
            "> \n"
            "> thank you for your enquiry. For 640 pupils and 38 teachers we can offer:\n"
            "> \n"
            "> - Basic plan (timetable, attendance, fee invoicing): EUR 1.40 per pupil per month\n"
            "> - Plus plan (Basic + parents app with online payments and messages): EUR 1.95 per pupil per month\n"
            "> - Onboarding incl. data import from your old system: EUR 900 one-time\n"
            "> \n"
            "> The parents app is available in Czech. The administration part is in English and German for now.\n"
            "> \n"
            "> Kind regards\n"
            "> Lukas Aigner\n"
            "> \n"
            ">> On 2 Jun 2032, at 09:40, Tereza Dvořáková <dvorakova@zus-lesna.example.cz> wrote:\n"
            ">> \n"
            ">> Dear Sir,\n"
            ">> \n"
            ">> we are basic art school with music, dance and art departments, 640 pupils and 38 teachers. We look for a new "
            ">> system for timetable, attendance and fees from the new school year, 1 September. Please send us an offer.\n"
            ">> \n"
            ">> Tereza Dvořáková"),
    ],
    kps=[
        ("Plus plan at EUR 1.95 per pupil per month for 610 pupils, onboarding EUR 900; an updated offer",
         ["Plus plan", "EUR 1.95", "610 pupils", "EUR 900"]),
        ("the contract before the council meeting on Thursday 24 June", ["contract", "24 June"]),
    ],
    must_not=["Basic plan (", "EUR 1.40", "640 pupils", "+420 545 555 218", "finishing this year"],
    slots=["whether the data are stored in the EU (Mr. Novotný's question)",
           "whether the teacher training can take place on Monday 30 August"],
))

# ---------------------------------------------------------------- 15
CASES.append(dict(
    nn=15, slug="maritime-english-course-vocational-college-bergen-prospect",
    domain="language courses and trainers", lang="en", tz="Europe/Oslo", now="2032-06-10 09:00",
    cust=("Ingrid Solheim", "ingrid.solheim@vagsbunnen-maritime.example.no"),
    rep=("Fiona Garside", "fiona@crosswind-language.example.co.uk",
         "Fiona Garside\nCrosswind Language Training\n+44 20 7555 0193"),
    shape="notes", place=("Bergen", "Vestland", "non-native", "Norwegian"),
    kinds=["q", "prom", "rel", "coll", "noteans", "time"],
    notes="'Send proposal + 2 references Fri' in the Monday 7 June note = Friday 11 June = tomorrow at now (Thursday 10 June); phone only after 13:00.",
    sources=[
        note("2032-06-07 14:30",
             "Call Ingrid Solheim, head of continuing ed, Vågsbunnen Maritime College. Wants Maritime English for 24 of their "
             "instructors before the autumn semester (mid-Aug). Format: 2 groups of 12, 40 hrs each, hybrid (on site in Bergen + "
             "online). Quoted NOK 68,000 per group for 40 hrs, trainer travel NOK 9,500 per on-site week. They'd like to start "
             "the week of 9 Aug. Her q: CEFR level certificate at the end? -> yes, placement + exit test included, told her. "
             "Q2: can the trainer be a native speaker with a seagoing background? - checking w/ Nigel. Send proposal + 2 "
             "references Fri. Prefers email, teaches mornings, phone after 13:00 ok. internal: Nigel only free from 16 Aug - "
             "do not confirm wk of 9 Aug yet."),
    ],
    kps=[
        ("the proposal with two references follows tomorrow (Friday)", ["proposal", "references"]),
        ("2 groups of 12, 40 hours each, hybrid; NOK 68,000 per group plus NOK 9,500 trainer travel per on-site week",
         ["NOK 68,000", "NOK 9,500", "groups of 12"]),
        ("CEFR certificate with placement and exit test included", ["CEFR"]),
    ],
    must_not=["Nigel", "16 Aug", "do not confirm", "Call Ingrid", "checking w/"],
    slots=["whether the trainer can be a native speaker with a seagoing background",
           "whether the course can start in the week of 9 August"],
))

# ---------------------------------------------------------------- 16
CASES.append(dict(
    nn=16, slug="secure-printing-admission-exam-booklets-university-cluj",
    domain="exam printing", lang="en", tz="Europe/Bucharest", now="2032-06-08 11:00",
    cust=("Andreea Mureșan", "andreea.muresan@somesvalley-univ.example.ro"),
    rep=("Markus Pichler", "m.pichler@paperseal-print.example.at",
         "Markus Pichler\nPaperseal Exam Printing\n+43 662 555 410"),
    shape="notes_mail", place=("Cluj-Napoca", "Cluj County", "non-native", "Romanian"),
    kinds=["rev", "accept", "change1", "coll", "noteans", "kept", "deadline", "q", "addon"],
    notes="Prof. Vlad Pop writes the last mail; the exam moves from Monday 19 July to Tuesday 20 July, delivery stays Friday 16 July; security answered in the note.",
    sources=[
        out("2032-05-04 10:00", "Offer - secure printing of admission test booklets",
            "Dear Ms Mureșan,\n\n"
            "Thank you for the enquiry. Our offer:\n\n"
            "- 6,000 admission test booklets, 16 pages, EUR 0.62 each\n"
            "- sealed packs of 30 per exam room, delivered in sealed crates to your 3 faculties\n"
            "- numbered answer sheets: EUR 0.08 each\n\n"
            "Best regards,\nMarkus Pichler"),
        inn("2032-05-12 15:30", "RE: Offer - secure printing of admission test booklets",
            "Good day Mr. Pichler,\n\n"
            "we have some changes. The booklets will have 24 pages and not 16, because the mathematics section is longer this "
            "year. The quantity remains 6,000. We need also two versions (A and B) for the alternate seats. Which is the price now?\n\n"
            "And please explain how you keep the files secure - who in your company sees the questions?\n\n"
            "Best regards,\nAndreea Mureșan\nHead of Admissions Office\nSomeș Valley University\n+40 264 555 390"),
        note("2032-05-18 12:00",
             "Call Andreea + prof. Vlad Pop (admission committee). 24 pp -> EUR 0.84/booklet. A/B versions no extra charge (split "
             "run). Answer sheets stay 0.08. Security: files only in our closed prepress room, 2 named operators with NDA each - "
             "explained, she was happy. Print-ready PDFs by Mon 5 July for delivery Fri 16 July, exam Mon 19 July. Send revised "
             "offer Thu. Internal: 2nd press in service until mid-June - if it slips, print on press 1 overnight."),
        out("2032-05-20 09:40", "Revised offer - admission test booklets",
            "Dear Ms Mureșan, dear Professor Pop,\n\n"
            "Thank you for Tuesday's call. The revised offer:\n\n"
            "- 6,000 booklets, 24 pages, versions A and B: EUR 0.84 each\n"
            "- numbered answer sheets: EUR 0.08 each\n"
            "- print-ready PDFs to us by Monday 5 July, delivery in sealed crates on Friday 16 July\n\n"
            "Best regards,\nMarkus Pichler"),
        inn("2032-06-07 17:15", "RE: Revised offer - admission test booklets",
            "Dear Mr. Pichler,\n\n"
            "the Senate has approved, we send you the signed order in attachment. Please make the invoice to Someș Valley "
            "University Foundation, not to the faculty.\n\n"
            "One change: the exam is moved to Tuesday 20 July, but the delivery can stay on Friday 16 July.\n\n"
            "Two more questions. Can you deliver also to a fourth location, our extension in Bistrița, and how much costs "
            "this? And we want a test print of 20 booklets for proofreading before the full run - is it possible?\n\n"
            "Kind regards,\nProf. Vlad Pop\nPresident of the Admission Committee"),
    ],
    kps=[
        ("signed order: 6,000 booklets, 24 pages, versions A and B, EUR 0.84 each, answer sheets EUR 0.08",
         ["6,000", "24 pages", "EUR 0.84", "EUR 0.08"]),
        ("invoice to Someș Valley University Foundation", ["University Foundation"]),
        ("print-ready PDFs by Monday 5 July, delivery stays Friday 16 July (exam now Tuesday 20 July)",
         ["5 July", "16 July", "20 July"]),
    ],
    must_not=["EUR 0.62", "16 pages", "2nd press", "press 1 overnight", "Call Andreea", "exam Mon 19 July",
              "+40 264 555 390", "she was happy"],
    slots=["whether delivery to a fourth location, the extension in Bistrița, is possible and what it costs",
           "whether a test print of 20 booklets for proofreading before the full run is possible"],
))

# ---------------------------------------------------------------- 17
CASES.append(dict(
    nn=17, slug="student-microscopes-biology-lab-high-school-haifa",
    domain="science lab equipment", lang="en", tz="Asia/Jerusalem", now="2032-06-09 10:30",
    cust=("Noa Ben-Ami", "noa.benami@carmelridge-hs.example.org.il"),
    rep=("Pieter Hendriks", "pieter@lensmark-lab.example.nl",
         "Pieter Hendriks\nLensmark Lab Supply\n+31 20 555 8821"),
    shape="quoted", place=("Haifa", "Haifa District", "non-native", "Hebrew"),
    client="Proton Mail",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="Proton Mail quote header ('------- Original Message ------- / On Monday, June 7th, 2032 at 2:05 PM, X <...> wrote:'), '>' quoted, two levels; Yossi's question relayed; Sunday 20 June is a working day in Israel.",
    sources=[
        inn("2032-06-08 11:40", "Re: Microscopes for biology lab",
            "Hi Pieter,\n\n"
            "Thanks for quick offer. We take the LM-40 Student, the digital one is over our budget this year. But we need 32 "
            "microscopes and not 30 - we found place for 2 more benches. Slide sets: 4 sets please. The stain kit you can "
            "remove, we buy stains from local supplier cheaper.\n\n"
            "Yossi, our lab technician, asks if the LM-40 has LED light with rechargeable battery, because at the benches "
            "we have very few power sockets.\n\n"
            "Please send proforma invoice in the name of Carmel Ridge High School. The principal signs the last orders of this "
            "school year on Sunday, June 20, after this date nothing goes out until September.\n\n"
            "Thanks,\nNoa\n\n"
            "Dr. Noa Ben-Ami\nHead of Biology\nCarmel Ridge High School\n+972 4 555 6120\n\n"
            "------- Original Message -------\n"
            "On Monday, June 7th, 2032 at 2:05 PM, Pieter Hendriks <pieter@lensmark-lab.example.nl> wrote:\n\n"
            "> Dear Dr. Ben-Ami,\n"
            ">\n"
            "> Thank you for your request. For the biology practicals, quantity 30 units:\n"
            ">\n"
            "> - LM-40 Student microscope: EUR 265 each\n"
            "> - LM-60 Digital microscope with camera: EUR 410 each\n"
            "> - Prepared slide set, 100 slides: EUR 145 per set\n"
            "> - Stain kit: EUR 38\n"
            "> - Shipping to Haifa: EUR 320, 3-4 weeks\n"
            ">\n"
            "> Best regards,\n"
            "> Pieter Hendriks\n"
            ">\n"
            "> ------- Original Message -------\n"
            "> On Thursday, June 3rd, 2032 at 9:50 AM, Noa Ben-Ami <noa.benami@carmelridge-hs.example.org.il> wrote:\n"
            ">\n"
            ">> Hello,\n"
            ">> we are high school in Haifa and we prepare a new lab for the biology matriculation practicals. We need about "
            ">> 30 student microscopes, prepared slides and stains. Can you send offer with shipping to Israel?\n"
            ">> Noa Ben-Ami"),
    ],
    kps=[
        ("LM-40 Student at EUR 265 each, 32 microscopes; 4 slide sets at EUR 145; shipping EUR 320",
         ["LM-40", "EUR 265", "EUR 145", "EUR 320"]),
        ("proforma invoice in the name of Carmel Ridge High School, before the principal signs on Sunday, June 20",
         ["proforma", "Carmel Ridge High School", "June 20"]),
    ],
    must_not=["LM-60", "EUR 410", "EUR 38", "30 units", "+972 4 555 6120", "over our budget", "cheaper"],
    slots=["whether the LM-40 has LED light with a rechargeable battery (Yossi's question)"],
))

# ---------------------------------------------------------------- 18
CASES.append(dict(
    nn=18, slug="demo-minibus-wheelchair-lift-tourism-school-split",
    domain="minibuses", lang="en", tz="Europe/Zagreb", now="2032-06-10 10:00",
    cust=("Ivana Perić", "ivana.peric@marjanhill-school.example.hr"),
    rep=("Andrea Schwarz", "a.schwarz@bergfahrt-fahrzeuge.example.de",
         "Andrea Schwarz\nBergfahrt Fahrzeuge GmbH\n+49 89 555 3176"),
    shape="html", place=("Split", "Split-Dalmatia County", "non-native", "Croatian"),
    kinds=["choice", "addon", "coll", "kept", "doc", "deadline", "q"],
    notes="Corpus Christi (Thursday 27 May, a holiday in Croatia) as background; the principal Davor Matić writes the last mail (<ol>); reservation until Friday 18 June; pro-forma kept.",
    sources=[
        out("2032-05-18 14:00", "Offer: 17-seat minibus for Marjan Hill School",
            "Dear Ms Perić,\n\n"
            "Thank you for your enquiry. Two options:\n\n"
            "Option 1: new Kestrel 17, 17 seats, EUR 54,900 excl. VAT, delivery 14 weeks\n"
            "Option 2: Kestrel 17 demo vehicle, 8,000 km, first registered March 2032, EUR 47,500 excl. VAT, delivery 3 weeks\n\n"
            "Optional wheelchair lift with 2 fixing points: EUR 6,200.\n\n"
            "Best regards,\nAndrea Schwarz"),
        inn("2032-06-03 12:25", "Re: Offer: 17-seat minibus for Marjan Hill School",
            "<html><body><p>Dear Ms Schwarz,</p>"
            "<p>Thank you for the offer and sorry for slow answer, we had the holiday last Thursday and then the end of the "
            "year is crazy. We decided:</p>"
            "<ul>"
            "<li>the demo vehicle, because we need it soon and the price is better</li>"
            "<li>with the wheelchair lift, from autumn we have a pupil in wheelchair</li>"
            "<li>can you deliver to Split or must we collect it?</li>"
            "<li>please send pro-forma invoice in the name of Marjan Hill School of Tourism and Hospitality, the county office "
            "needs it to release the money</li>"
            "</ul>"
            "<p>Best regards,<br>Ivana Peri&#263;<br>Secretary, Marjan Hill School of Tourism and Hospitality<br>+385 21 555 604</p>"
            "</body></html>", html=True),
        out("2032-06-04 10:15", "Re: Offer: 17-seat minibus for Marjan Hill School",
            "Dear Ms Perić,\n\n"
            "Thank you for the decision. I confirm that the demo vehicle is reserved for you until Friday 18 June. Delivery to "
            "Split by transporter is possible for EUR 1,150. The pro-forma invoice follows on Monday.\n\n"
            "Best regards,\nAndrea"),
        out("2032-06-07 09:30", "Pro-forma invoice: Kestrel 17 demo vehicle",
            "Dear Ms Perić,\n\n"
            "Please find the pro-forma invoice attached:\n\n"
            "- Kestrel 17 demo vehicle, 8,000 km: EUR 47,500\n"
            "- Wheelchair lift: EUR 6,200\n"
            "- Delivery to Split: EUR 1,150\n"
            "- Total: EUR 54,850 excl. VAT\n\n"
            "Best regards,\nAndrea"),
        inn("2032-06-09 13:10", "Re: Pro-forma invoice: Kestrel 17 demo vehicle",
            "<html><body><p>Dear Ms Schwarz,</p>"
            "<p>I am the principal, Ivana gave me your pro-forma. Some points:</p>"
            "<ol>"
            "<li>The county has approved the money, so we can order.</li>"
            "<li>Because the vehicle is a demo, please confirm that the warranty starts from our delivery date and not from "
            "the first registration.</li>"
            "<li>We need the vehicle in Split before Friday 2 July. After that the school is closed for summer and nobody can "
            "receive it.</li>"
            "<li>Payment: we would pay 30% in advance and 70% on delivery. Is this OK for you?</li>"
            "</ol>"
            "<p>Regards,<br>Davor Mati&#263;<br>Principal</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("the order: Kestrel 17 demo vehicle EUR 47,500, wheelchair lift EUR 6,200, delivery to Split EUR 1,150, total EUR 54,850",
         ["EUR 47,500", "EUR 6,200", "EUR 1,150", "EUR 54,850"]),
        ("delivery in Split before Friday 2 July", ["2 July"]),
    ],
    must_not=["EUR 54,900", "14 weeks", "Option 1", "+385 21 555 604", "crazy"],
    slots=["whether the warranty starts from the delivery date and not from the first registration",
           "whether 30% in advance and 70% on delivery is acceptable",
           "whether the vehicle can be delivered to Split before Friday 2 July"],
))

# ---------------------------------------------------------------- 19
CASES.append(dict(
    nn=19, slug="cleaning-contract-private-kindergarten-kaunas-pause",
    domain="cleaning", lang="en", tz="Europe/Vilnius", now="2032-06-08 10:00",
    cust=("Rūta Jankauskienė", "ruta@littleoaks-kaunas.example.lt"),
    rep=("Elīna Ozola", "elina.ozola@brightclean-baltic.example.lv",
         "Elīna Ozola\nBrightClean Baltic\n+371 6755 5120"),
    shape="nodraft", place=("Kaunas", "Kaunas County", "non-native", "Lithuanian"),
    kinds=["pause"], draft=False,
    notes="Pause: 'we decided to stay with our current cleaning company ... please do not send us new offers for now. If it changes I will write to you myself.'",
    sources=[
        out("2032-05-18 11:00", "Cleaning offer for Little Oaks kindergarten",
            "Dear Ms Jankauskienė,\n\n"
            "Thank you for the visit. Daily cleaning of 620 m² after 18:00, with disinfection of toilets and toys twice a week: "
            "EUR 1,480 per month. Deep clean in August: EUR 950.\n\n"
            "Kind regards,\nElīna Ozola"),
        inn("2032-05-21 16:30", "RE: Cleaning offer for Little Oaks kindergarten",
            "Dear Elīna,\n\nthank you. Are your products safe for children under 3 years? We have two nursery groups.\n\nRūta"),
        out("2032-05-24 09:10", "RE: Cleaning offer for Little Oaks kindergarten",
            "Dear Rūta,\n\nYes - all products we use in nurseries are fragrance-free and certified for childcare premises. "
            "I attach the product list.\n\nKind regards,\nElīna"),
        inn("2032-06-03 14:05", "RE: Cleaning offer for Little Oaks kindergarten",
            "Dear Elīna,\n\n"
            "thank you for all information. We talked with the owners and we decided to stay with our current cleaning company, "
            "they extended the contract with a better price. Please do not send us new offers for now. If it changes I will write "
            "to you myself.\n\n"
            "Best regards,\nRūta Jankauskienė\nDirector, Little Oaks Kaunas"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 20
CASES.append(dict(
    nn=20, slug="lms-pilot-corporate-training-institute-bandung",
    domain="learning platforms", lang="en", tz="Asia/Jakarta", now="2032-06-09 10:00",
    cust=("Rizky Pratama", "rizky@citarum-skills.example.co.id"),
    rep=("Joanne Lim", "joanne.lim@tessellate-lms.example.sg",
         "Joanne Lim\nTessellate LMS\n+65 6555 0142"),
    shape="notes_mail", place=("Bandung", "West Java", "non-native", "Indonesian"),
    kinds=["rev", "accept", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Dewi Anggraini writes the third source; annual discount and local hosting answered in the note; SSO dropped; the rep writes from Singapore.",
    sources=[
        note("2032-05-12 14:00",
             "Call Rizky Pratama (ops mgr) + Dewi Anggraini (academic head), Citarum Skills Institute. Corporate training for "
             "banks + manufacturers, ~1,800 learners/yr. Want LMS w/ Bahasa Indonesia UI, certificates, offline mobile. Quoted "
             "Tessellate Business USD 2.60/active learner/month, min 500 learners, setup USD 3,500. Bahasa UI yes. Offline mobile "
             "yes, Android only - told them. Send proposal Fri. Internal: iOS offline not before Q4, don't commit."),
        out("2032-05-14 16:30", "Tessellate proposal - Citarum Skills Institute",
            "Dear Rizky, dear Dewi,\n\n"
            "Thank you for the call on Wednesday. Our proposal:\n\n"
            "- Tessellate Business: USD 2.60 per active learner per month, minimum 500 learners\n"
            "- One-time setup and branding: USD 3,500\n"
            "- Single sign-on add-on: USD 0.40 per learner per month\n"
            "- Full Bahasa Indonesia interface, certificates, offline learning on Android\n\n"
            "Best regards,\nJoanne"),
        inn("2032-05-20 11:15", "Re: Tessellate proposal - Citarum Skills Institute",
            "Dear Joanne,\n\n"
            "Thank you for the proposal. We prefer annual billing, is there a discount for this? Also our clients are banks "
            "and they require that the data is hosted in Indonesia. Is this possible with Tessellate?\n\n"
            "Warm regards,\nDewi Anggraini\nAcademic Head, Citarum Skills Institute"),
        note("2032-05-27 15:30",
             "Zoom w/ Dewi + Rizky. Annual prepay 10% off -> USD 2.34/learner/mo. Data: Jakarta region hosting available, "
             "+USD 0.15/learner/mo -> USD 2.49 total. SSO dropped (they use Google sign-in, included). Setup USD 3,500 stays. "
             "They want a pilot with one corporate client (120 learners) in July before the full contract. Revised proposal Mon."),
        out("2032-05-31 10:00", "Revised proposal and pilot - Citarum Skills Institute",
            "Dear Rizky, dear Dewi,\n\n"
            "As discussed on Thursday:\n\n"
            "- Pilot in July: up to 120 learners of one corporate client, no licence fee\n"
            "- After the pilot: USD 2.49 per active learner per month, billed annually in advance, including hosting in the "
            "Jakarta region, minimum 500 learners\n"
            "- Setup: USD 3,500, credited in full if the annual contract is signed by 31 August\n\n"
            "Best regards,\nJoanne"),
        inn("2032-06-08 15:50", "Re: Revised proposal and pilot - Citarum Skills Institute",
            "Dear Joanne,\n\n"
            "Thank you very much, we agree to start with the pilot. The pilot client is a logistics company, 120 learners, and "
            "the pilot will run from Monday 5 July until Friday 30 July.\n\n"
            "Please send the pilot agreement in the name of Citarum Skills Institute, we must sign it before Friday 25 June "
            "because our director travels after that.\n\n"
            "One more question: can the certificates carry our logo and the logo of the client together?\n\n"
            "Best regards,\nRizky Pratama\nOperations Manager\nCitarum Skills Institute\n+62 22 555 7314"),
    ],
    kps=[
        ("pilot for 120 learners, Monday 5 July to Friday 30 July, no licence fee",
         ["120 learners", "5 July", "30 July"]),
        ("after the pilot: USD 2.49 per active learner per month billed annually incl. Jakarta hosting; setup USD 3,500 credited if signed by 31 August",
         ["USD 2.49", "USD 3,500", "31 August"]),
        ("pilot agreement in the name of Citarum Skills Institute, signed before Friday 25 June",
         ["pilot agreement", "Citarum Skills Institute", "25 June"]),
    ],
    must_not=["USD 2.60", "USD 0.40", "Single sign-on add-on", "iOS offline", "don't commit", "Call Rizky", "Zoom w/ Dewi",
              "+62 22 555 7314", "director travels"],
    slots=["whether the certificates can carry both their logo and the client's logo"],
))
