"""Cases 01-10: English, native speakers."""
from lib import note, out, inn

CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(
    nn=1, slug="interactive-panels-middle-schools-district-austin",
    domain="interactive displays", lang="en", tz="America/Chicago", now="2032-06-08 09:30",
    cust=("Marisol Vance", "mvance@pecancreekisd.example.org"),
    rep=("Garrett Oyelaran", "garrett@brightwall-displays.example.com",
         "Garrett Oyelaran\nEducation Accounts, BrightWall Classroom Displays\n512 555 0148"),
    shape="html", place=("Austin", "Texas", "native", None),
    kinds=["choice", "corr", "coll", "doc", "deadline", "time", "q"],
    notes="Memorial Day (Monday 31 May) as background; fiscal year ends June 30; the total for 38 rooms is in no source (slot).",
    sources=[
        out("2032-05-20 14:10", "Interactive panels for Hillview and Onion Creek middle schools",
            "Hi Marisol,\n\n"
            "Good to meet you and the team at the tech fair on Tuesday. As promised, pricing for the two middle schools "
            "(42 classrooms in total, per your walk-through list):\n\n"
            "- BW-86 Pro, 86\" panel with built-in camera and mic array: $3,190 per panel\n"
            "- BW-75 Core, 75\" panel, no camera: $2,540 per panel\n"
            "- Wall mount, cabling and installation: $310 per room\n"
            "- Teacher professional development, 3 days on site: $4,800\n\n"
            "Both models come with 5 years' on-site warranty and our device console for pushing updates. "
            "Pricing holds through the end of June.\n\n"
            "Best,\nGarrett"),
        inn("2032-06-04 16:45", "RE: Interactive panels for Hillview and Onion Creek middle schools",
            "<html><body><div style=\"font-family:Calibri,sans-serif\">"
            "<p>Hi Garrett,</p>"
            "<p>Hope you had a good Memorial Day weekend. Sorry this took a while - we had end-of-year testing and then "
            "the long weekend and my inbox exploded. The committee met Wednesday and here is where we landed:</p>"
            "<ul>"
            "<li>We're going with the <b>BW-75 Core</b>. The camera on the Pro is nice but the cost difference across "
            "every room doesn't fit what's left in the bond money.</li>"
            "<li>Room count is down: it's <b>38 rooms</b> now, not what I gave you at the fair. Four rooms at Hillview "
            "are being turned into the new special ed suite and won't get panels this round.</li>"
            "<li>Install has to happen while the buildings are empty, between Monday, June 14 and Friday, July 30. "
            "Teachers report back the week after.</li>"
            "<li>Our fiscal year closes June 30. The PO has to be cut before June 30 or the money goes back, no "
            "exceptions. Darnell Pruitt in purchasing (cc'd) will cut it once he has a quote on your letterhead made out "
            "to Pecan Creek ISD, plus your W-9.</li>"
            "<li>Can the panels sign teachers in with their district Google accounts, or is that a separate login?</li>"
            "<li>Could PD be two days instead of three? What would that cost?</li>"
            "</ul>"
            "<p>I'm in board prep all week, so writing works better for me. If you need to call, after 4 pm is the only time I'm not "
            "in a meeting.</p>"
            "<p>Thanks!<br>Marisol</p>"
            "<p>Marisol Vance<br>Director of Instructional Technology<br>Pecan Creek ISD<br>512 555 0193</p>"
            "</div></body></html>", html=True),
    ],
    kps=[
        ("BW-75 Core at $2,540 per panel for 38 rooms, installation $310 per room; an updated quote",
         ["BW-75 Core", "$2,540", "38 rooms", "$310"]),
        ("installation between Monday, June 14 and Friday, July 30",
         ["June 14", "July 30"]),
        ("quote on letterhead made out to Pecan Creek ISD and the W-9 to Darnell so the PO is cut before June 30",
         ["Pecan Creek ISD", "W-9", "Darnell", "June 30"]),
    ],
    must_not=["BW-86 Pro", "$3,190", "42 classrooms", "Memorial Day", "512 555 0193", "inbox exploded", "bond money"],
    slots=["whether the panels can sign teachers in with their district Google accounts",
           "the cost of two days of PD instead of three",
           "the total for 38 rooms"],
))

# ---------------------------------------------------------------- 02
CASES.append(dict(
    nn=2, slug="lesson-booking-software-driving-school-winnipeg-prospect",
    domain="lesson booking software", lang="en", tz="America/Winnipeg", now="2032-06-09 10:15",
    cust=("Curtis Bergeron", "curtis@redriverroadschool.example.ca"),
    rep=("Priya Halvorsen", "priya.h@lessonlane.example.com",
         "Priya Halvorsen\nLessonLane\n204 555 0117"),
    shape="notes", place=("Winnipeg", "Manitoba", "native", None),
    kinds=["q", "prom", "missed", "rel", "coll", "noteans", "time"],
    notes="'Send him trial login + pricing sheet Tues' in the Friday 4 June note = Tuesday 8 June, the day before now: overdue.",
    sources=[
        note("2032-06-04 15:20",
             "Call Curtis Bergeron, owner, Red River Road School. 9 instructors, 2 locations (St. Vital + Transcona). "
             "Books lessons on paper + a shared google cal, had 3 double bookings last month, students no-showing road tests. "
             "Interested in LessonLane Pro - quoted $39/instructor/mo incl SMS reminders, road test tracker add-on $120/mo flat, "
             "onboarding $450 one time (we import his student list). His wife Denise does the books. "
             "Asked if students can pay lesson deposits online by card -> yes, card payments built in, told him. "
             "Asked if it syncs w/ their QuickBooks -> said I'd find out. "
             "Send him trial login + pricing sheet Tues. He's in the car w/ students all morning, call after 3. "
             "internal - Rhys says QB sync is still beta, don't promise it."),
    ],
    kps=[
        ("the trial login and the pricing sheet promised for Tuesday (yesterday): sent now",
         ["trial", "pricing sheet"]),
        ("LessonLane Pro at $39 per instructor per month with SMS reminders, road test tracker $120 a month, onboarding $450 with the student list imported",
         ["$39", "$120", "$450"]),
        ("card payments for lesson deposits are built in", ["card"]),
    ],
    must_not=["Rhys", "still beta", "don't promise", "Call Curtis", "no-showing"],
    slots=["whether LessonLane syncs with their QuickBooks"],
))

# ---------------------------------------------------------------- 03
CASES.append(dict(
    nn=3, slug="school-meals-contract-primary-trust-leeds",
    domain="school catering contracts", lang="en", tz="Europe/London", now="2032-06-10 10:40",
    cust=("Helen Ashworth", "h.ashworth@airevalleytrust.example.org.uk"),
    rep=("Callum Brierley", "callum.brierley@daleskitchen.example.co.uk",
         "Callum Brierley\nBusiness Development, Dales Kitchen Partners\n0113 555 0162"),
    shape="notes_mail", place=("Leeds", "West Yorkshire", "native", None),
    kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Half-term (week of 31 May) as background; the customer's signature carries a '-- ' marker; the tasting date is the customer's proposal, not confirmed (slot).",
    sources=[
        out("2032-05-12 11:30", "School meals proposal - Aire Valley Learning Trust",
            "Dear Helen,\n\n"
            "Thank you for showing me round Beckside and Moor Lane last week. Please find our proposal summarised below, "
            "the full document is attached.\n\n"
            "- Hot lunch, two choices plus a jacket potato option: £2.45 per meal\n"
            "- Volume: approx. 1,150 meals a day across your four primary schools\n"
            "- Breakfast club (toast, cereal, fruit, milk): 85p per pupil\n"
            "- Contract start: Thursday 2 September 2032, three-year term\n\n"
            "All menus are built with the schools' cooks and follow the school food standards.\n\n"
            "Kind regards,\nCallum"),
        inn("2032-05-17 16:05", "RE: School meals proposal - Aire Valley Learning Trust",
            "Hi Callum,\n\n"
            "Thanks for this, it's gone to the trustees' resources committee. Two things have come up.\n\n"
            "First, Lowfield Primary is joining the trust from September, so it's five schools and closer to 1,400 meals a day. "
            "Does your per-meal price still stand at that volume, or can it come down?\n\n"
            "Second, two of our schools have pupils with severe nut allergies. Are your kitchens nut-free, and do you have a "
            "written allergen policy we can give parents?\n\n"
            "Best wishes\nHelen\n\n"
            "-- \nHelen Ashworth\nChief Operating Officer\nAire Valley Learning Trust\n0113 555 0847"),
        note("2032-05-25 14:15",
             "Teams call w/ Helen + Gary Nuttall (trust finance director). 5 schools, ~1,400 meals/day -> £2.38/meal agreed for the volume. "
             "Breakfast club stays 85p. Nut-free: all our kitchens are nut-free, allergen policy emailed to Helen during the call. "
             "Trustees want a tasting at Lowfield Primary, w/c 14 June. Revised proposal Fri. "
             "internal: Sharon's team already stretched for Sept, need 2 new cooks before the start - don't mention to trust."),
        out("2032-05-28 09:20", "Revised proposal - Aire Valley Learning Trust",
            "Dear Helen, dear Gary,\n\n"
            "Thank you both for Tuesday's call. As agreed, the revised terms:\n\n"
            "- Five schools including Lowfield Primary, approx. 1,400 meals a day\n"
            "- Hot lunch: £2.38 per meal\n"
            "- Breakfast club: 85p per pupil\n"
            "- Start Thursday 2 September 2032, three-year term, with a break clause at the end of year one\n\n"
            "For the tasting at Lowfield, any afternoon in the week of 14 June suits us - just name the day.\n\n"
            "Have a good half-term.\n\nKind regards,\nCallum"),
        inn("2032-06-07 17:40", "RE: Revised proposal - Aire Valley Learning Trust",
            "Hi Callum,\n\n"
            "Good news - the trustees approved your revised proposal at their meeting on Friday. Can the contract be drawn up "
            "in the trust's full legal name, Aire Valley Learning Trust Ltd, please? Our solicitors are fussy about that.\n\n"
            "For the tasting, Wednesday 16 June at 2.30pm at Lowfield Primary would suit the trustees - can you confirm?\n\n"
            "Gary has asked whether the £2.38 is fixed for all three years or goes up with inflation each September. "
            "He needs to know for the budget forecast.\n\n"
            "We need the contract back signed before our finance committee on Tuesday 22 June, so if you could send it "
            "by the end of next week that would be ideal.\n\n"
            "Thanks, and I hope you got some sun over half-term - we had none!\n"
            "Helen\n\n"
            "-- \nHelen Ashworth\nChief Operating Officer\nAire Valley Learning Trust\n0113 555 0847"),
    ],
    kps=[
        ("trustees approved: five schools, about 1,400 meals a day at £2.38 per meal, breakfast club 85p, start Thursday 2 September",
         ["£2.38", "1,400", "85p", "2 September"]),
        ("the contract drawn up in the name Aire Valley Learning Trust Ltd, to be signed before the finance committee on Tuesday 22 June",
         ["Aire Valley Learning Trust Ltd", "22 June"]),
        ("the tasting at Lowfield Primary on Wednesday 16 June at 2.30pm", ["16 June", "Lowfield"]),
    ],
    must_not=["£2.45", "1,150", "four primary schools", "Sharon", "2 new cooks", "don't mention", "Teams call w/",
              "0113 555 0847", "stretched", "we had none"],
    slots=["whether Wednesday 16 June at 2.30pm works for the tasting",
           "whether the £2.38 per meal is fixed for the three years or rises with inflation each September"],
))

# ---------------------------------------------------------------- 04
CASES.append(dict(
    nn=4, slug="year7-laptop-program-device-management-college-brisbane",
    domain="laptops with device management", lang="en", tz="Australia/Brisbane", now="2032-06-09 11:00",
    cust=("Bronwyn Tait", "btait@banksiagrove.example.edu.au"),
    rep=("Liam Fairweather", "liam@coralpoint-devices.example.com.au",
         "Liam Fairweather\nCoralpoint Devices\n07 5555 0134"),
    shape="quoted", place=("Brisbane", "Queensland", "native", None),
    client="Outlook",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="Outlook quote header ('________________________________ / From: / Sent: Monday, 7 June 2032 4:18 PM'), two quoted levels, not indented; Anthony's question relayed.",
    sources=[
        inn("2032-06-08 13:52", "RE: Year 7 laptop program - quote",
            "Hi Liam,\n\n"
            "Thanks for turning that around so quickly. We'll go with the Ed14 - the staff who trialled the demo units were "
            "unanimous, the bigger screen makes a real difference for the Year 7s.\n\n"
            "Numbers have moved though: we need 180 units, not 160. Enrolments for Term 3 came in higher than forecast.\n\n"
            "Anthony Reyes (our Deputy Principal) wants to know if the 3-year accidental damage cover includes the charger and "
            "the carry case, or only the laptop itself. Parents always ask about chargers.\n\n"
            "Imaging and delivery have to happen in the winter break, Monday 28 June to Friday 9 July - the Year 7 rollout "
            "is in the first week of Term 3 and there's no slack.\n\n"
            "Could the invoice go to Banksia Grove College Ltd, attention Accounts Payable?\n\n"
            "Cheers,\nBronwyn\n\n"
            "Bronwyn Tait | ICT Manager | Banksia Grove College\nP: 07 3555 0862\n\n"
            "________________________________\n"
            "From: Liam Fairweather <liam@coralpoint-devices.example.com.au>\n"
            "Sent: Monday, 7 June 2032 4:18 PM\n"
            "To: Bronwyn Tait <btait@banksiagrove.example.edu.au>\n"
            "Subject: RE: Year 7 laptop program - quote\n\n"
            "Hi Bronwyn,\n\n"
            "As promised, the formal quote for the Year 7 program, both options for 160 units:\n\n"
            "Option 1: Coralpoint Ed13 (13.3\") - $689 ex GST per unit\n"
            "Option 2: Coralpoint Ed14 (14\") - $749 ex GST per unit\n\n"
            "Both include enrolment in your device management console, imaging with your standard build, asset tagging and "
            "3 years' accidental damage cover. Delivery is 3 weeks from order.\n\n"
            "Cheers,\nLiam\n\n"
            "________________________________\n"
            "From: Bronwyn Tait <btait@banksiagrove.example.edu.au>\n"
            "Sent: Thursday, 3 June 2032 10:05 AM\n"
            "To: Liam Fairweather <liam@coralpoint-devices.example.com.au>\n"
            "Subject: Year 7 laptop program - quote\n\n"
            "Hi Liam,\n\n"
            "Thanks for dropping the demo units off last week. Could you send the formal quote for 160 units by Monday? "
            "Both models please, the leadership team meets Tuesday.\n\n"
            "Thanks,\nBronwyn"),
    ],
    kps=[
        ("the Ed14 at $749 ex GST per unit, now 180 units; an updated quote for 180",
         ["Ed14", "$749", "180 units"]),
        ("imaging and delivery in the winter break, Monday 28 June to Friday 9 July",
         ["28 June", "9 July"]),
        ("invoice to Banksia Grove College Ltd, attention Accounts Payable",
         ["Banksia Grove College Ltd"]),
    ],
    must_not=["Ed13", "$689", "Option 1", "160 units", "07 3555 0862", "unanimous", "no slack"],
    slots=["whether the 3-year accidental damage cover includes the charger and the carry case (Anthony's question)",
           "the total for 180 units"],
))

# ---------------------------------------------------------------- 05
CASES.append(dict(
    nn=5, slug="group-travel-insurance-summer-english-courses-cork-ooo-past",
    domain="insurance for trips", lang="en", tz="Europe/Dublin", now="2032-06-08 10:00",
    cust=("Gráinne Lucey", "grainne@leequayenglish.example.ie"),
    rep=("Declan Moriarty", "d.moriarty@harbourline-cover.example.ie",
         "Declan Moriarty\nHarbourline Group Cover\n021 555 0143"),
    shape="ooo_past", place=("Cork", "Munster", "native", None),
    kinds=["ooo-past", "missed", "doc", "deadline", "q", "coll"],
    notes="The auto-reply (back Thursday 3 June) is over at now (Tuesday 8 June, the day after the June bank holiday); "
          "Gráinne promised the student list by Friday 28 May (overdue); the host family question is still open.",
    sources=[
        out("2032-05-11 12:00", "Group cover for your summer programme",
            "Hi Gráinne,\n\n"
            "Thanks for the call this morning. Here's the cover we talked about for the summer courses:\n\n"
            "- Standard student group cover: €14.50 per student per week (medical, personal liability, baggage, excursions)\n"
            "- Quoted for up to 220 students\n"
            "- Group leaders covered free, one leader per 15 students\n"
            "- Adventure activities (kayaking, coasteering, surfing) are excluded, but can be added: +€3 per student per week\n\n"
            "Happy to go through the policy wording whenever suits.\n\n"
            "Regards,\nDeclan"),
        inn("2032-05-19 17:25", "RE: Group cover for your summer programme",
            "Hi Declan,\n\n"
            "Thanks a million for this, and sorry for the delay - it's been mad here with the Italian schools' bookings.\n\n"
            "We'll go with the standard cover plus the adventure extension. The kayaking day in Kinsale is our most popular "
            "excursion so we can't leave it out. Numbers will be closer to 260 students over the eight weeks "
            "(Monday 28 June to Friday 20 August).\n\n"
            "I'll send you the final student list and the excursion calendar by Friday 28 May.\n\n"
            "One question from our accommodation officer, Fiona: are our host families covered if a student damages something "
            "in the house? We had a cracked shower tray last year and it got messy.\n\n"
            "Gráinne\n\n"
            "Gráinne Lucey\nDirector of Studies\nLee Quay English Academy\n021 555 0876"),
        out("2032-05-20 15:40", "RE: Group cover for your summer programme",
            "Hi Gráinne,\n\n"
            "Great, noted: standard cover plus the adventure extension, around 260 students. I'll check the host family "
            "question with our underwriters. Once I have the student list and the calendar I can issue the policy - "
            "it needs to be in place by Friday 25 June, before the first group lands.\n\n"
            "Regards,\nDeclan"),
        inn("2032-05-20 15:41", "Automatic reply: RE: Group cover for your summer programme",
            "Thank you for your email. I am out of the office until Thursday 3 June with limited access to email. "
            "For anything urgent please contact Ciara Hegarty on 021 555 0178.\n\n"
            "Gráinne Lucey\nDirector of Studies\nLee Quay English Academy"),
    ],
    kps=[
        ("standard cover at €14.50 per student per week plus the adventure extension at €3, around 260 students, Monday 28 June to Friday 20 August",
         ["€14.50", "€3", "260 students"]),
        ("the final student list and the excursion calendar are still needed (promised for Friday 28 May)",
         ["student list", "excursion calendar"]),
        ("the policy must be in place by Friday 25 June", ["25 June"]),
    ],
    must_not=["Ciara Hegarty", "021 555 0178", "out of the office", "220 students", "021 555 0876", "cracked shower tray",
              "it's been mad"],
    slots=["whether host families are covered if a student damages something in the house (the underwriters' answer)"],
))

# ---------------------------------------------------------------- 06
CASES.append(dict(
    nn=6, slug="teaching-lab-spectrophotometers-chemistry-department-raleigh",
    domain="science lab equipment", lang="en", tz="America/New_York", now="2032-06-10 14:00",
    cust=("Warren Pettigrew", "wpettigrew@neuseriver.example.edu"),
    rep=("Tamsin Okafor", "tamsin.okafor@lumenvale-sci.example.com",
         "Tamsin Okafor\nLumenvale Scientific - Academic Sales\n919 555 0126"),
    shape="notes_mail", place=("Raleigh", "North Carolina", "native", None),
    kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Keisha Dobbs (lab manager) writes the second mail; CSV export answered in the note; the grant's June 30 spending deadline.",
    sources=[
        out("2032-05-10 10:15", "UV-Vis spectrophotometers for the gen chem teaching lab",
            "Dear Dr. Pettigrew,\n\n"
            "Thank you for the time last Thursday. As discussed, pricing for 12 stations:\n\n"
            "- LV-220 UV-Vis spectrophotometer: $4,150 each\n"
            "- LV-300 UV-Vis with scanning software: $5,480 each\n"
            "- 2-year warranty on both\n"
            "- On-site training session for instructors and TAs: $600\n\n"
            "Best regards,\nTamsin Okafor"),
        inn("2032-05-14 11:48", "RE: UV-Vis spectrophotometers for the gen chem teaching lab",
            "Hi Tamsin,\n\n"
            "Warren asked me to follow up on this since I run the teaching labs. We'd actually need 16 units, not 12 - two "
            "sections will share the room from fall. Is there an education discount at 16?\n\n"
            "Also, can the instruments export results as CSV so the TAs can upload them to the gradebook?\n\n"
            "Thanks,\nKeisha\n\n"
            "Keisha Dobbs\nTeaching Laboratory Manager\nDepartment of Chemistry, Neuse River University\n919 555 0731"),
        note("2032-05-19 13:30",
             "Zoom w/ Warren + Keisha. 16 x LV-220, the 300's scanning not needed for gen chem. Edu discount 8% at 16+ -> "
             "$3,818/unit. CSV export: yes on all models, USB + network, demoed it on screen. Warranty extended to 3 yrs "
             "at no charge (grant wording wants 3). Training $600 stays. Quote to reference the Halsey instrumentation grant. "
             "Send revised quote Fri. Internal: LV-220 on backorder at the Durham warehouse, only 9 in stock, rest from "
             "supplier ~6 wks - don't quote a ship date yet."),
        out("2032-05-21 09:05", "Revised quote - LV-220 x 16 - Halsey instrumentation grant",
            "Dear Warren, dear Keisha,\n\n"
            "Thank you for Wednesday's call. The revised quote, referencing the Halsey instrumentation grant:\n\n"
            "- 16 x LV-220 UV-Vis spectrophotometer at $3,818 each (education pricing)\n"
            "- 3-year warranty included\n"
            "- On-site training session: $600\n\n"
            "The quote is valid until June 30.\n\n"
            "Best regards,\nTamsin"),
        inn("2032-06-08 16:22", "RE: Revised quote - LV-220 x 16 - Halsey instrumentation grant",
            "Tamsin,\n\n"
            "The grant office signed off this morning. Our purchase order is PO NRU-20417 - please invoice Neuse River "
            "University, Accounts Payable, quoting that number.\n\n"
            "Delivery: the lab renovation finishes at the end of July, so we can take delivery between August 2 and "
            "August 13, no earlier. The loading dock is closed until then.\n\n"
            "Two questions. The grant money has to be spent by June 30 - can you invoice before delivery so it counts "
            "against this fiscal year? And can we fix a date for the training session? Ideally the week before classes "
            "start on August 23.\n\n"
            "Warren\n\n"
            "Dr. Warren Pettigrew\nChair, Department of Chemistry\nNeuse River University"),
    ],
    kps=[
        ("order under PO NRU-20417: 16 LV-220 at $3,818 each, 3-year warranty, training $600",
         ["PO NRU-20417", "LV-220", "$3,818", "$600"]),
        ("invoice to Neuse River University, Accounts Payable, quoting the PO", ["Neuse River University"]),
        ("delivery between August 2 and August 13, not earlier", ["August 2", "August 13"]),
    ],
    must_not=["LV-300", "$5,480", "$4,150", "2-year warranty", "backorder", "Durham warehouse", "only 9 in stock",
              "don't quote", "Zoom w/ Warren", "919 555 0731"],
    slots=["whether the order can be invoiced before delivery so it counts against the grant by June 30",
           "the date of the training session (ideally the week before August 23)"],
))

# ---------------------------------------------------------------- 07
CASES.append(dict(
    nn=7, slug="exam-hall-desks-high-school-norwich-quiet",
    domain="classroom and exam furniture", lang="en", tz="Europe/London", now="2032-06-09 11:00",
    cust=("Rosalind Thwaite", "r.thwaite@wensumpark.example.sch.uk"),
    rep=("Oliver Kember", "oliver@deskright-edu.example.co.uk",
         "Oliver Kember\nDeskRight Education Furniture\n01603 555 091"),
    shape="nodraft", place=("Norwich", "Norfolk", "native", None),
    kinds=["quiet"], draft=False,
    notes="Quiet period to a date: 'Please don't chase me on this before Monday 28 June' (written Wednesday 2 June, now Wednesday 9 June).",
    sources=[
        out("2032-05-14 10:30", "Folding exam desks - quote",
            "Dear Rosalind,\n\n"
            "Thank you for your enquiry. For the sports hall: 220 folding exam desks with candidate number holders at £46 each, "
            "6 storage trolleys at £310 each, delivery included. Lead time three weeks.\n\n"
            "Kind regards,\nOliver Kember"),
        out("2032-05-25 09:15", "RE: Folding exam desks - quote",
            "Dear Rosalind,\n\n"
            "Just checking the quote reached you. If it would help I can bring a sample desk over one afternoon.\n\n"
            "Kind regards,\nOliver"),
        inn("2032-06-02 07:48", "RE: Folding exam desks - quote",
            "Dear Oliver,\n\n"
            "It did arrive, thank you. I'm in the thick of the summer exam series and I simply can't give furniture any "
            "thought until it's over. Please don't chase me on this before Monday 28 June - our last paper is the Friday "
            "before, and I'll look at your quote properly then.\n\n"
            "Regards,\nRosalind Thwaite\nExams Officer, Wensum Park High School"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 08
CASES.append(dict(
    nn=8, slug="playground-softfall-surfacing-kindergarten-wellington",
    domain="playground equipment and surfacing", lang="en", tz="Pacific/Auckland", now="2032-06-09 10:30",
    cust=("Mereana Tipene", "mereana@kowhaistreetkindy.example.org.nz"),
    rep=("Hamish Gilchrist", "hamish@tuatara-play.example.co.nz",
         "Hamish Gilchrist\nTuatara Play Spaces\n04 555 0167"),
    shape="html", place=("Wellington", "Wellington Region", "native", None),
    kinds=["choice", "corr", "coll", "doc", "deadline", "time", "q"],
    notes="King's Birthday (Monday 7 June) as background; channel preference: email, no calls during sessions; the surfacing total for 140 m² is in no source.",
    sources=[
        out("2032-05-19 15:30", "Playground designs for Kōwhai Street",
            "Kia ora Mereana,\n\n"
            "Thanks for having me out last week. Here are the two designs we talked through:\n\n"
            "Design A - 'Harakeke': low climbing frame, wave slide and balance beam, $38,400 + GST\n"
            "Design B - 'Tōtara': larger frame with rope bridge, tube slide and a covered sandpit, $46,900 + GST\n\n"
            "Soft-fall rubber surfacing: $185/m² laid, estimated 120 m² from my measurements.\n\n"
            "Install takes about six working days and the area has to be fenced off while we work.\n\n"
            "Ngā mihi,\nHamish"),
        inn("2032-06-04 15:20", "Re: Playground designs for Kōwhai Street",
            "<html><body><p>Kia ora Hamish,</p>"
            "<p>Sorry for the wait, our committee only met on Wednesday. Here's what we decided:</p>"
            "<ul>"
            "<li>Design B, the T&#333;tara. The whole committee fell for the covered sandpit.</li>"
            "<li>Our property person re-measured and the surfacing area is 140 m&sup2;, not your estimate - you missed the "
            "fall zone at the bottom of the slide.</li>"
            "<li>Install has to be in the term break, Monday 5 July to Friday 16 July. We can't have the tamariki around "
            "diggers.</li>"
            "<li>Please invoice K&#333;whai Street Kindergarten Trust, not the Association.</li>"
            "<li>Does the surfacing meet the playground safety standard for a 2.1 m fall height? The Association will ask.</li>"
            "<li>Could you take the old wooden fort away when you come, and how much extra would that be?</li>"
            "</ul>"
            "<p>Please email rather than ring - we can't take calls while the children are on the floor, and I'm off on "
            "Monday for King's Birthday anyway.</p>"
            "<p>Ng&#257; mihi,<br>Mereana Tipene<br>Head Teacher, K&#333;whai Street Kindergarten<br>04 555 0832</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("Design B 'Tōtara' at $46,900 + GST", ["Design B", "$46,900"]),
        ("surfacing 140 m² at $185/m²", ["140 m", "$185"]),
        ("installation in the term break, Monday 5 July to Friday 16 July", ["5 July", "16 July"]),
        ("invoice to Kōwhai Street Kindergarten Trust", ["Street Kindergarten Trust"]),
    ],
    must_not=["Design A", "Harakeke", "$38,400", "120 m", "04 555 0832", "fell for", "diggers", "King's Birthday"],
    slots=["whether the surfacing meets the playground safety standard for a 2.1 m fall height",
           "whether the old wooden fort can be taken away and how much extra it would be"],
))

# ---------------------------------------------------------------- 09
CASES.append(dict(
    nn=9, slug="summer-school-bus-routes-charter-academy-milwaukee",
    domain="school transport", lang="en", tz="America/Chicago", now="2032-06-09 09:45",
    cust=("Gwen Halloran", "ghalloran@lakeshoreprep.example.org"),
    rep=("Brett Kaminski", "brett@creamcity-transit.example.com",
         "Brett Kaminski\nCream City Student Transit\n414 555 0152"),
    shape="quoted", place=("Milwaukee", "Wisconsin", "native", None),
    client="Gmail",
    kinds=["choice", "corr", "addon", "coll", "relay", "doc", "deadline", "q"],
    notes="Gmail quote header ('On Mon, Jun 7, 2032 at 3:12 PM X <...> wrote:'), '>' quoted, two levels; Dr. Oduya's question relayed; fiscal year closes June 30.",
    sources=[
        inn("2032-06-08 12:30", "Re: Summer school transportation quote",
            "Hi Brett,\n\n"
            "We'll go with Option B, the mini buses. The east side routes have some tight streets and the big buses "
            "struggled there last summer. But it's 4 buses, not 5 - summer enrollment closed at 86 kids and the routes "
            "fold into four.\n\n"
            "We do need one aide, on the bus that carries our two students with IEP transportation plans.\n\n"
            "Dr. Oduya (our principal) asks whether you can send us the drivers' background check certificates before the "
            "first day. The authorizer checks our files in July.\n\n"
            "Our fiscal year closes June 30, so the contract has to be signed before then, and please make sure the first "
            "invoice isn't dated before July 1.\n\n"
            "Thanks,\nGwen\n\n"
            "On Mon, Jun 7, 2032 at 3:12 PM Brett Kaminski <brett@creamcity-transit.example.com> wrote:\n"
            "> Hi Gwen,\n"
            ">\n"
            "> Here are the two options for summer school, Mon-Thu service from June 21 through July 29, driver included:\n"
            ">\n"
            "> Option A: 3 full-size buses (71 passenger) at $412 per bus per day\n"
            "> Option B: 5 mini buses (24 passenger) at $298 per bus per day\n"
            ">\n"
            "> Bus aides are $95 per aide per day if you need them.\n"
            ">\n"
            "> Brett\n"
            ">\n"
            "> On Wed, Jun 2, 2032 at 10:41 AM Gwen Halloran <ghalloran@lakeshoreprep.example.org> wrote:\n"
            ">> Hi Brett,\n"
            ">>\n"
            ">> We're running summer school again this year, four days a week (no Fridays) from June 21 to July 29. Could you quote "
            ">> transportation? Last year's company has closed. I'll have final enrollment next week.\n"
            ">>\n"
            ">> Gwen Halloran\n"
            ">> Transportation Coordinator, Lakeshore Prep Charter Academy\n"
            ">> 414 555 0627"),
    ],
    kps=[
        ("Option B: 4 mini buses at $298 per bus per day, Monday to Thursday from June 21 to July 29",
         ["Option B", "$298", "June 21", "July 29"]),
        ("one bus aide at $95 per day on the bus with the two IEP students", ["$95", "aide"]),
        ("contract signed before June 30, first invoice dated no earlier than July 1", ["June 30", "July 1"]),
    ],
    must_not=["Option A", "$412", "71 passenger", "5 mini buses", "414 555 0627", "has closed", "struggled"],
    slots=["whether the drivers' background check certificates can be sent before the first day (Dr. Oduya's question)",
           "the total for 4 buses"],
))

# ---------------------------------------------------------------- 10
CASES.append(dict(
    nn=10, slug="web-filtering-safeguarding-alerts-fe-college-belfast",
    domain="cyber-security and filtering", lang="en", tz="Europe/London", now="2032-06-08 15:00",
    cust=("Fergal McAleese", "f.mcaleese@laganbank.example.ac.uk"),
    rep=("Shauna Devlin", "shauna.devlin@keyline-filter.example.co.uk",
         "-- \nShauna Devlin\nKeyline Filtering\n028 9555 0184"),
    shape="notes_mail", place=("Belfast", "County Antrim", "native", None),
    kinds=["rev", "accept", "corr", "coll", "noteans", "missed", "doc", "deadline", "q"],
    notes="The rep's signature carries a '-- ' marker; Judith Harkness writes the third source; the DPIA pack promised 'this week' "
          "in the Wednesday 2 June note has not been sent (missed); UK hosting answered in the note.",
    sources=[
        note("2032-05-13 11:40",
             "Call Fergal McAleese, network mgr, Lagan Bank College. ~3,200 learners + 400 staff, 2 campuses. Current filter "
             "contract ends 31 Aug. Wants DNS filtering + safeguarding alerts (keyword monitoring) on the BYOD wifi. "
             "Quoted KF Shield £3.10 per user/yr, safeguarding alerts add-on £0.90 per user/yr, 3 yr term. "
             "Goes to Judith Harkness (VP finance) - over £10k they need 3 quotes. Send written quote Mon."),
        out("2032-05-17 10:05", "Keyline quote - filtering and safeguarding alerts",
            "Hi Fergal,\n\n"
            "As promised, the written quote:\n\n"
            "- KF Shield DNS filtering, 3,600 users at £3.10 per user per year = £11,160/yr\n"
            "- Safeguarding alerts add-on, 3,600 users at £0.90 per user per year = £3,240/yr\n"
            "- Total £14,400 per year, 3-year term\n"
            "- Go-live before your current contract ends on 31 August\n\n"
            "Thanks,\nShauna"),
        inn("2032-05-27 12:10", "RE: Keyline quote - filtering and safeguarding alerts",
            "Dear Shauna,\n\n"
            "I'm the college's Vice Principal for Finance. We have now compared three quotes. Yours is competitive, but we "
            "would like the safeguarding alerts for learners only, not staff - 3,200 learners. Could you confirm the "
            "revised figure?\n\n"
            "Also, where is the safeguarding data stored? We need it kept in the UK.\n\n"
            "Kind regards\nJudith Harkness\nVice Principal (Finance), Lagan Bank College"),
        note("2032-06-02 14:45",
             "Teams call Judith + Fergal. Alerts learners only: 3,200 x £0.90 = £2,880/yr. Filtering stays 3,600 users. "
             "Data UK-hosted (London + Manchester DCs) - confirmed on the call. Judith ok'd it in principle, PO to follow "
             "from finance. She wants our DPIA pack for their data protection officer - said I'd send it this week. "
             "Internal: Manchester DC migration slipping to Sept, don't mention."),
        inn("2032-06-07 09:35", "Purchase order - Keyline filtering",
            "Hi Shauna,\n\n"
            "Purchase order 40917 is attached - please invoice Lagan Bank College against it.\n\n"
            "Could your engineer do the set-up in the week of 19 July? The campuses are at their quietest then and I'll have "
            "my team on hand.\n\n"
            "We're still waiting on the DPIA pack, by the way. Our DPO won't sign off without it.\n\n"
            "Cheers\nFergal\n\n"
            "Fergal McAleese\nNetwork Manager\nLagan Bank College\n028 9555 0419"),
    ],
    kps=[
        ("order under purchase order 40917: KF Shield filtering for 3,600 users at £3.10, safeguarding alerts for 3,200 learners at £2,880 a year, invoiced to Lagan Bank College",
         ["40917", "3,600", "£3.10", "£2,880"]),
        ("the DPIA pack promised last week is still owed: send it now", ["DPIA"]),
        ("data stored in the UK", ["UK"]),
    ],
    must_not=["£3,240", "£14,400", "Manchester DC migration", "slipping", "don't mention", "Call Fergal", "Teams call Judith",
              "028 9555 0419", "won't sign off"],
    slots=["whether the engineer can do the set-up in the week of 19 July"],
))
