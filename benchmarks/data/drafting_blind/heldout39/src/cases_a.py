# 01-10: English, native speakers
CASES = []
A = CASES.append

# 01 notes-only prospect, Eugene (Oregon)
A(dict(nn=1, slug="chip-timing-bibs-half-marathon-eugene-prospect", domain="timing systems and bibs", language="en",
  tz="America/Los_Angeles", now="2032-04-20 09:40", native=True, shape="notes-only prospect",
  place="native: USA/Oregon (Eugene)", kinds=["q", "prom", "rel", "coll", "time"],
  customer=("Renata Solis", "renata@mckenzieridgerunning.example.org"),
  rep=("Tyler Brandvold", "tyler@pacerline-timing.example.com", "Tyler Brandvold\nPacerline Timing & Events\n541 555 0163"),
  src=[("note", "2032-04-16 14:10",
    "Call w/ Renata Solis, race director, McKenzie Ridge Running Co. Half + 10K on Sun Sept 19, approx 2,400 runners last yr, "
    "capped at 2,600 this yr. Their timer of 14 yrs is retiring after the spring series, so they need a new vendor. "
    "Quoted on the phone: chip timing full service $3.15 per finisher, disposable bib chips incl, $6,500 minimum; "
    "printed bibs w/ sponsor logo $0.42 ea; live results page + text alerts for families $850 flat. "
    "Board chair Len Ostrow signs off anything over 5k at their board mtg Tue May 4, so Renata wants it in writing before then. "
    "Her q: can we run a timing mat at the 7-mile turnaround on the river path - no power out there? said I'd ask ops. "
    "Written proposal to her by Wed. Email only on weekdays, she coaches HS track after 3 and won't pick up. "
    "internal: Dale can only staff Sept 19 if the Bend crew is back from their job that weekend - don't confirm crew yet.")],
  kps=[("chip timing at $3.15 per finisher with a $6,500 minimum, printed bibs $0.42, live results and text alerts $850",
        ["$3.15", "$6,500", "$0.42", "$850"]),
       ("the written proposal promised for Wednesday (tomorrow) is on its way, in time for the board meeting on Tue May 4 with Len",
        ["proposal", "May 4", "Len"]),
       ("race on Sept 19, up to 2,600 runners", ["Sept 19", "2,600"])],
  must_not=["Dale", "Bend crew", "don't confirm", "Call w/ Renata", "retiring", "won't pick up"],
  slots=["whether a timing mat can run at the 7-mile turnaround on the river path without power"],
  note="'by Wed' in the Friday 16 April note = tomorrow at now (Tuesday 20 April)."))

# 02 notes plus mail, Duluth (Minnesota)
A(dict(nn=2, slug="turnstiles-access-control-summer-ballpark-duluth", domain="access control and turnstiles", language="en",
  tz="America/Chicago", now="2032-04-20 10:15", native=True, shape="notes plus mail",
  place="native: USA/Minnesota (Duluth)", kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "deadline", "doc", "q"],
  customer=("Sharon Vik", "sharon@lakeheadoredogs.example.com"),
  rep=("Corey Lindqvist", "corey.l@northgate-access.example.com", "Corey Lindqvist\nNorthgate Access Systems\n218 555 0144"),
  src=[("message", "2032-03-15 11:20", "outbound", "Turnstile quote - Lakehead Ore Dogs ballpark",
    "Hi Brent,\n\nGood to walk the gates with you last week. Here's where I landed:\n\n- 4 tripod turnstiles with barcode/QR readers, $4,980 each\n- installation and cabling, $3,200\n- GateCount software, $190/month, includes live attendance on any phone\n\nLead time is about three weeks from PO. Happy to tweak.\n\nCorey"),
   ("message", "2032-03-18 16:45", "inbound", "RE: Turnstile quote - Lakehead Ore Dogs ballpark",
    "Corey,\n\nThanks for this. Bad news first, we're adding a gate on the third base side because the new parking lot dumps people there, so we need 6 not 4.\n\nCouple things Sharon (owner) wants to know before she'll look at it:\n1. Will the readers take the mobile tickets from Tixly? Half our fans show up with a phone.\n2. These things sit outside all winter. Minus 20 is normal here in January. Do we pull them in or do they survive?\n\nBrent Kowalczyk\nGeneral Manager\nLakehead Ore Dogs Baseball\n218-555-0190"),
   ("note", "2032-03-23 13:30",
    "Call Brent + Sharon Vik (owner, signs). 6 units now. Readers: mobile QR from Tixly works, we tested w/ their API last yr - told them. "
    "Winter: leave in place w/ covers, rated to -30F - told them. Revised: $4,780 ea for 6 (volume), install $4,100 (extra gate run), software same $190/mo. "
    "Revised quote Thurs. Sharon wants them in before home opener Fri May 28. "
    "Internal: Hank says 3 wk lead, fine if PO by mid April. don't mention the supplier price rise in June."),
   ("message", "2032-03-25 09:05", "outbound", "Revised turnstile quote - 6 gates",
    "Hi Sharon, hi Brent,\n\nAs promised on Tuesday's call, the revised numbers for six gates:\n\n- 6 tripod turnstiles with QR readers (Tixly mobile tickets supported), $4,780 each = $28,680\n- installation and cabling incl. the third base gate, $4,100\n- GateCount software, $190/month\n- winter covers included\n\nQuote is good for 30 days.\n\nThanks,\nCorey"),
   ("message", "2032-04-16 15:50", "inbound", "RE: Revised turnstile quote - 6 gates",
    "Corey -\n\nSigned quote is attached, PO 3318. Sorry it took a while, I wanted the bank line sorted first. Please invoice Lakehead Baseball LLC, not the Ore Dogs name, our accountant is particular about that.\n\nTwo questions:\n- our seasonal gate staff start Saturday May 22. Can somebody from your side train them that day?\n- does GateCount give us a headcount report we can send to the city? Our stadium lease needs attendance per game.\n\nThanks,\nSharon\n\nSharon Vik | Owner\nLakehead Ore Dogs\ncell 218 555 0127"),
  ],
  kps=[("signed: 6 turnstiles at $4,780 each ($28,680), installation $4,100, software $190/month", ["$4,780", "$28,680", "$4,100", "$190"]),
       ("installed before the home opener on Fri May 28", ["May 28"]),
       ("invoice to Lakehead Baseball LLC, PO 3318", ["Lakehead Baseball LLC", "3318"])],
  must_not=["$4,980", "$3,200", "4 tripod turnstiles", "Hank", "price rise", "don't mention", "Call Brent", "218 555 0127", "bank line"],
  slots=["whether someone can train the seasonal gate staff on Saturday May 22",
         "whether GateCount gives a per-game headcount report for the city"],
  note="Quote revised in a call note (4 -> 6 units, $4,980 -> $4,780, install $3,200 -> $4,100) then the revised quote 'Thurs' was sent Thursday 25 March (kept); Tixly and winter answered in the note; signed."))

# 03 HTML-only inbound, Ballarat (Victoria)
A(dict(nn=3, slug="portable-toilets-fencing-gravel-cycling-race-ballarat", domain="portable toilets and fencing", language="en",
  tz="Australia/Melbourne", now="2032-04-21 10:00", native=True, shape="HTML-only inbound",
  place="native: Australia/Victoria (Ballarat)", kinds=["choice", "corr", "coll", "doc", "deadline", "time", "q"],
  customer=("Kirsty Delahunt", "kirsty@goldfieldsgravel.example.com.au"),
  rep=("Josh Pellegrino", "josh@siteready-hire.example.com.au", "Josh Pellegrino\nSiteReady Hire\n03 5555 0172"),
  src=[("message", "2032-04-07 12:30", "outbound", "Toilets and fencing - Goldfields Gravel Classic",
    "Hi Kirsty,\n\nThanks for the chat. Two ways to do the amenities for race day:\n\nOption A: 24 standard portable units + 2 accessible units, $4,680 incl GST\nOption B: 3 trailer toilet blocks (10 pans each) + 2 accessible units, $6,150 incl GST\n\nTemporary fencing for the start/finish: 400 m at $5.40/m = $2,160 incl GST.\n\nWe deliver the Friday and pick up the Monday. Servicing on the day is extra.\n\nCheers,\nJosh"),
   ("message", "2032-04-19 20:40", "inbound", "Re: Toilets and fencing - Goldfields Gravel Classic",
    "<html><body><div dir=\"ltr\"><p>Hi Josh,</p><p>Apologies for the slow reply, half the committee are helping set up for the Anzac Day dawn service on Sunday so nothing's moving fast. We met Thursday night and here's where we got to:</p>"
    "<ul><li>Option B, the trailer blocks. Our naming sponsor saw the queue photos from last year and wasn't impressed.</li>"
    "<li>Fencing is now 550 m, not 400 &ndash; the finish chute is longer this year and we're fencing the kids' zone.</li>"
    "<li>Can one block go out to the feed zone at the 62 km mark and be serviced around midday? What would that add?</li>"
    "<li>Delivery has to be Friday 14 May before 2pm, the council officer does the site inspection at 3.</li>"
    "<li>Invoice to Goldfields Gravel Events Pty Ltd please, the club name won't get through our treasurer.</li></ul>"
    "<p>Email is best, I'm out on course recce most days with no reception.</p>"
    "<p>Ta,<br>Kirsty Delahunt<br>Event Manager, Goldfields Gravel Classic<br>0427 555 819</p></div></body></html>", "text/html"),
  ],
  kps=[("Option B: 3 trailer toilet blocks plus 2 accessible units, $6,150 incl GST", ["Option B", "$6,150"]),
       ("fencing now 550 m at $5.40/m", ["550 m", "$5.40"]),
       ("delivery Friday 14 May before 2pm for the council inspection", ["Friday 14 May", "2pm"]),
       ("invoice to Goldfields Gravel Events Pty Ltd", ["Goldfields Gravel Events Pty Ltd"])],
  must_not=["Option A", "$4,680", "400 m at", "$2,160", "0427 555 819", "dawn service", "wasn't impressed"],
  slots=["whether a block can be placed at the 62 km feed zone and serviced around midday, and what it adds"],
  note="Anzac Day (Sunday 25 April) as background. The fencing total for 550 m is not stated in any source; $5.40/m is."))

# 04 quoted thread (Outlook), Halifax (Nova Scotia)
A(dict(nn=4, slug="ticketing-software-reserved-seating-playhouse-halifax", domain="ticketing software", language="en",
  tz="America/Halifax", now="2032-04-22 11:00", native=True, shape="quoted thread", quote_client="Outlook",
  place="native: Canada/Nova Scotia (Halifax)", kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
  customer=("Colleen Baird", "boxoffice@harbourlightplayhouse.example.ca"),
  rep=("Evan MacIsaac", "evan.macisaac@curtaincall-tix.example.ca", "Evan MacIsaac\nCurtainCall Ticketing\n902 555 0118"),
  src=[("message", "2032-04-13 14:20", "outbound", "Ticketing for the Harbourlight - two plans",
    "Hi Colleen,\n\nAs discussed, two ways to go for next season:\n\nStage: $0.95 per ticket sold, general admission, online and box office sales, email receipts.\nStage Plus: $1.25 per ticket sold, adds the reserved seating map of your house (we build it from your seating chart, 290 seats), subscriptions and donation prompts at checkout.\n\nNo setup fee on either. Let me know what you think.\n\nBest,\nEvan"),
   ("message", "2032-04-20 16:05", "inbound", "RE: Ticketing for the Harbourlight - two plans",
    "Hi Evan,\n\nWe'd like Stage Plus. The reserved map is the whole reason we're switching.\n\nOne correction though, we reopened the balcony over the winter so it's 312 seats now, not 290. I'll send you the new seating chart.\n\nOur treasurer Ahmed had some questions, see his note below. We also really need to be live before our subscription sale opens Monday June 7.\n\nThanks!\nColleen\n\nColleen Baird\nBox Office Manager\nHarbourlight Playhouse\n(902) 555-0147\n\n________________________________\nFrom: Ahmed Rahimi <treasurer@harbourlightplayhouse.example.ca>\nSent: Monday, April 19, 2032 9:12 PM\nTo: Colleen Baird <boxoffice@harbourlightplayhouse.example.ca>\nSubject: RE: Ticketing for the Harbourlight - two plans\n\nColleen - fine by me in principle but before the board votes I'd want to know:\n- can the per-ticket fee be passed on to the patron, so it isn't coming out of our house price?\n- does it export to Sage 50 or do I keep keying sales in by hand? The last system was a nightmare for that.\nA.\n\n________________________________\nFrom: Evan MacIsaac <evan.macisaac@curtaincall-tix.example.ca>\nSent: Tuesday, April 13, 2032 2:20 PM\nTo: Colleen Baird <boxoffice@harbourlightplayhouse.example.ca>\nSubject: Ticketing for the Harbourlight - two plans\n\nHi Colleen,\n\nAs discussed, two ways to go for next season:\n\nStage: $0.95 per ticket sold, general admission, online and box office sales, email receipts.\nStage Plus: $1.25 per ticket sold, adds the reserved seating map of your house (we build it from your seating chart, 290 seats), subscriptions and donation prompts at checkout.\n\nNo setup fee on either. Let me know what you think.\n\nBest,\nEvan"),
  ],
  kps=[("Stage Plus at $1.25 per ticket with the reserved seating map", ["Stage Plus", "$1.25"]),
       ("the house is 312 seats now; the map will be built from the new seating chart", ["312 seats", "seating chart"]),
       ("live before the subscription sale opens Monday June 7", ["Monday June 7"])],
  must_not=["$0.95", "290 seats", "(902) 555-0147", "nightmare", "fine by me in principle"],
  slots=["whether the per-ticket fee can be passed on to the patron",
         "whether it exports to Sage 50",
         "whether go-live before Monday June 7 is possible"],
  note="Outlook quote header ('________________________________ / From: / Sent: Monday, April 19, 2032 9:12 PM'), two quoted levels, not indented; Ahmed's questions relayed."))

# 05 NO DRAFT pause, St Andrews (Fife)
A(dict(nn=5, slug="tee-time-membership-software-golf-club-st-andrews-pause", domain="membership and booking software", language="en",
  tz="Europe/London", now="2032-04-21 10:30", native=True, shape="no draft", place="native: Scotland/Fife (St Andrews)", kinds=["pause"],
  customer=("Alasdair Kinnear", "secretary@kinnessburnlinks.example.co.uk"),
  rep=("Fiona Guthrie", "fiona.guthrie@fairwaydesk.example.co.uk", "Fiona Guthrie\nFairwayDesk\n0131 555 0129"),
  src=[("message", "2032-03-30 10:10", "outbound", "FairwayDesk for Kinnessburn Links - proposal",
    "Dear Alasdair,\n\nThank you for showing me round on Friday. As promised, our proposal for tee-time booking, visitor green fees and membership renewals is attached: GBP 3,900 a year for the full club, including the visitor booking page.\n\nI'd be glad to demonstrate it to the committee.\n\nKind regards,\nFiona"),
   ("message", "2032-04-06 17:40", "outbound", "Re: FairwayDesk for Kinnessburn Links - proposal",
    "Dear Alasdair,\n\nI hope Easter was a restful one. Just checking the proposal reached you and whether the committee would like a demonstration before the season gets going.\n\nKind regards,\nFiona"),
   ("message", "2032-04-19 19:25", "inbound", "Re: FairwayDesk for Kinnessburn Links - proposal",
    "Dear Fiona,\n\nThank you for your patience. The committee met on Thursday and, after a fair bit of back and forth, has decided to stay with our present arrangements for this season. It is no reflection on your product, which several members liked.\n\nWe are not taking this any further for the time being. Should the position change I will be the one to get in touch with you.\n\nYours sincerely,\nAlasdair Kinnear\nHon. Secretary\nKinnessburn Links Golf Club"),
  ],
  note="Pause: 'We are not taking this any further for the time being. Should the position change I will be the one to get in touch with you.'"))

# 06 notes plus mail, Galway
A(dict(nn=6, slug="stage-sound-lighting-hire-street-arts-festival-galway", domain="lighting and sound hire", language="en",
  tz="Europe/Dublin", now="2032-04-20 09:50", native=True, shape="notes plus mail",
  place="native: Ireland/Connacht (Galway)", kinds=["rev", "accept", "addon", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Aoife Ní Bhriain", "aoife@corribstreetarts.example.ie"),
  rep=("Niall Corcoran", "niall@westlight-av.example.ie", "-- \nNiall Corcoran\nWestlight AV Hire\n091 555 208"),
  src=[("message", "2032-03-08 12:00", "outbound", "Corrib Street Arts Festival - sound & lighting quote",
    "Hi Aoife,\n\nGreat to meet you and the team. Quote as discussed for 15-25 July:\n\n- Main stage (Eyre Square end): line array PA, lighting rig, 2 techs, 11 days: EUR 18,400 ex VAT\n- Second stage (Spanish Arch): compact PA and wash lighting, 1 tech: EUR 6,900 ex VAT\n\nGenerators and fuel not included.\n\n-- \nNiall Corcoran\nWestlight AV Hire\n091 555 208"),
   ("message", "2032-03-12 15:30", "inbound", "Re: Corrib Street Arts Festival - sound & lighting quote",
    "Niall, hi,\n\nthanks a million. We won't know about the Arts Council money til the 9th of April so we're planning small. Can we drop the second stage altogether and add a silent disco kit instead - 120 headsets or so? And is power something you'd sort or is that on us?\n\nAoife\n\nAoife Ní Bhriain\nProducer, Corrib Street Arts Festival\n087 555 3361"),
   ("note", "2032-03-18 11:15",
    "Call Aoife. No 2nd stage. Silent disco 150 headsets (not 120, family day Sunday), EUR 2,250. Power: festival supplies per our rider, generators not ours - told her. "
    "Main stage now 10 days 15-24 Jul -> EUR 16,900. Revised quote Mon. Deposit 30% on signing. "
    "Internal: Ciarán's crew double-booked 24 Jul w/ the Westport gig - keep quiet til we sort it."),
   ("message", "2032-03-22 10:20", "outbound", "Revised quote - Corrib Street Arts Festival",
    "Hi Aoife,\n\nRevised as we agreed on Thursday:\n\n- Main stage sound and lighting with 2 techs, 15-24 July (10 days): EUR 16,900 ex VAT\n- Silent disco kit, 150 headsets with 3 channels and charging cases: EUR 2,250 ex VAT\n- Total EUR 19,150 ex VAT, 30% deposit on signing\n- Power to our rider, supplied by the festival\n\nFingers crossed for the Arts Council.\n\n-- \nNiall Corcoran\nWestlight AV Hire\n091 555 208"),
   ("message", "2032-04-13 16:45", "inbound", "Re: Revised quote - Corrib Street Arts Festival",
    "Niall!\n\nThe grant came through, we're all giddy. Signed contract attached, the deposit goes from our account by Friday. Please invoice Corrib Street Arts CLG.\n\nTwo things:\n1. Could your crew do a rain-plan walkthrough on site the week of 28 June?\n2. The council wants your public liability certificate for our event licence by 7 May.\n\nAoife"),
  ],
  kps=[("signed: main stage EUR 16,900 and silent disco EUR 2,250, total EUR 19,150 ex VAT, 15-24 July",
        ["EUR 16,900", "EUR 2,250", "EUR 19,150", "15-24 July"]),
       ("150 headsets", ["150 headsets"]),
       ("invoice to Corrib Street Arts CLG; the deposit", ["Corrib Street Arts CLG", "deposit"]),
       ("public liability certificate for the council by 7 May", ["public liability", "7 May"])],
  must_not=["EUR 18,400", "EUR 6,900", "120 headsets", "Ciarán", "keep quiet", "double-booked", "Westport", "Call Aoife", "087 555 3361", "giddy"],
  slots=["whether the crew can do a rain-plan walkthrough on site the week of 28 June"],
  note="The rep's signature carries a '-- ' marker."))

# 07 HTML-only inbound with <ol>, Cardiff
A(dict(nn=7, slug="temporary-grandstand-rugby-sevens-cardiff", domain="seating and grandstands", language="en",
  tz="Europe/London", now="2032-04-21 11:20", native=True, shape="HTML-only inbound",
  place="native: Wales/Glamorgan (Cardiff)", kinds=["choice", "corr", "coll", "deadline", "time", "q"],
  customer=("Gareth Pryce", "secretary@llandaffnorthrfc.example.co.uk"),
  rep=("Hannah Whitlock", "hannah.whitlock@tiermaster.example.co.uk", "Hannah Whitlock\nTiermaster Event Seating\n029 2055 5184"),
  src=[("message", "2032-04-08 15:00", "outbound", "Grandstand hire - sevens festival",
    "Dear Gareth,\n\nThank you for the site visit. For the sevens on Saturday 5 June I can offer:\n\n1. Covered grandstand, 500 seats, 9 rows: GBP 21,500 + VAT\n2. Uncovered grandstand, 800-seat: GBP 18,900 + VAT\n\nBoth include delivery, build, dismantle and the structural calculations for your safety advisory group.\n\nBest regards,\nHannah Whitlock"),
   ("message", "2032-04-19 21:35", "inbound", "RE: Grandstand hire - sevens festival",
    "<html><body style=\"font-family:Arial\"><p>Evening Hannah,</p><p>Sorry, this is the first chance I've had &ndash; since the clocks went forward we're training till 8 most nights. The committee went through it on Sunday. Bethan our treasurer still has to sign off but this is what we'd want:</p>"
    "<ol><li>The covered one &ndash; it rained sideways last year and we lost half the crowd to the clubhouse.</li>"
    "<li>600 seats rather than 500, we've sold more hospitality than expected.</li>"
    "<li>A wheelchair platform for about 8 chairs with companions, the SAG asked about it.</li>"
    "<li>The build has to be finished by Thursday 3 June, that's when the safety advisory group walk it.</li></ol>"
    "<p>I'm at work all day so ring me after six if you need to talk, otherwise email is fine.</p>"
    "<p>Diolch,<br>Gareth Pryce<br>Hon. Secretary, Llandaff North RFC<br>07700 555 412</p></body></html>", "text/html"),
  ],
  kps=[("the covered grandstand, now 600 seats", ["covered", "600 seats"]),
       ("a wheelchair platform for about 8 chairs with companions", ["wheelchair platform"]),
       ("build finished by Thursday 3 June for the safety advisory group; sevens on Saturday 5 June", ["Thursday 3 June", "Saturday 5 June"]),
       ("Bethan still to sign off", ["Bethan"])],
  must_not=["GBP 18,900", "800-seat", "GBP 21,500", "07700 555 412", "rained sideways", "training till 8"],
  slots=["the price of the covered grandstand with 600 seats",
         "the price and availability of a wheelchair platform for about 8 chairs",
         "whether the build can be finished by Thursday 3 June"],
  note="Clocks going forward (28 March) as background; <ol>; 'ring me after six' is the time preference; GBP 21,500 was for 500 seats."))

# 08 quoted thread (Apple Mail), Dunedin (Otago)
A(dict(nn=8, slug="gym-equipment-service-plan-university-rec-centre-dunedin", domain="fitness equipment and its service", language="en",
  tz="Pacific/Auckland", now="2032-04-22 10:10", native=True, shape="quoted thread", quote_client="Apple Mail",
  place="native: New Zealand/Otago (Dunedin)", kinds=["choice", "accept", "corr", "coll", "relay", "deadline", "q"],
  customer=("Hemi Parata", "hemi.parata@unirec-otakou.example.ac.nz"),
  rep=("Bridget Sole", "bridget@kiwifit-service.example.co.nz", "Bridget Sole\nKiwiFit Service Ltd\n03 555 7713"),
  src=[("message", "2032-04-12 13:40", "outbound", "Service plans for the rec centre",
    "Kia ora Hemi,\n\nThanks for letting me look over the fleet. Two plans, priced per machine per year (I counted 58 machines):\n\nGold: NZ$165 per machine per year, quarterly preventive visits, labour on breakdowns included\nSilver: NZ$110 per machine per year, two visits a year, breakdown labour charged\n\nParts are extra on both.\n\nNga mihi,\nBridget"),
   ("message", "2032-04-21 15:55", "inbound", "Re: Service plans for the rec centre",
    "Hi Bridget,\n\nWe'll go with Gold, approved by Alison this morning. Small correction: it's 64 machines, we took delivery of six spin bikes last week that weren't on the floor when you came through.\n\nAlison (centre manager) asked me to pass on two questions:\n- what's your response time when something breaks down? Treadmills out of action are our biggest complaint.\n- can the first visit happen before semester 2 starts on Monday 12 July?\n\nCheers\nHemi\n\nSent from my iPhone\n\n> On 12/04/2032, at 1:40 PM, Bridget Sole <bridget@kiwifit-service.example.co.nz> wrote:\n> \n> Kia ora Hemi,\n> \n> Thanks for letting me look over the fleet. Two plans, priced per machine per year (I counted 58 machines):\n> \n> Gold: NZ$165 per machine per year, quarterly preventive visits, labour on breakdowns included\n> Silver: NZ$110 per machine per year, two visits a year, breakdown labour charged\n> \n> Parts are extra on both.\n> \n> Nga mihi,\n> Bridget"),
  ],
  kps=[("Gold plan at NZ$165 per machine per year, quarterly visits, breakdown labour included", ["Gold", "NZ$165"]),
       ("64 machines including the new spin bikes", ["64 machines"]),
       ("first visit before semester 2 starts on Monday 12 July", ["Monday 12 July"])],
  must_not=["NZ$110", "58 machines", "Sent from my iPhone", "biggest complaint"],
  slots=["the response time on breakdowns", "whether the first visit can happen before Monday 12 July"],
  note="Apple Mail quote header ('On 12/04/2032, at 1:40 PM, X <...> wrote:'), '>' quoted; Alison's questions relayed."))

# 09 notes plus mail, Boulder (Colorado)
A(dict(nn=9, slug="climbing-gym-membership-checkin-software-boulder", domain="membership software and access", language="en",
  tz="America/Denver", now="2032-04-21 08:45", native=True, shape="notes plus mail",
  place="native: USA/Colorado (Boulder)", kinds=["rev", "accept", "coll", "noteans", "kept", "deadline", "time", "q"],
  customer=("Jess Hardcastle", "jess@flatironvertical.example.com"),
  rep=("Marcus Delgado", "marcus@belaydesk.example.com", "Marcus Delgado\nBelayDesk\n303 555 0199"),
  src=[("message", "2032-03-03 10:30", "outbound", "BelayDesk for Flatiron Vertical",
    "Hi Jess,\n\nThanks for the tour, that new bouldering wave is something else. Pricing for one location:\n\n- Basecamp plan, $289/month: memberships, punch cards, day passes\n- digital waivers at $0.20 each\n- check-in kiosk with fob reader, $1,150\n\nMarcus"),
   ("message", "2032-03-09 19:10", "inbound", "Re: BelayDesk for Flatiron Vertical",
    "Marcus -\n\nThis looks good but I should have said: we're opening a second gym in Longmont this summer, so we need two locations from day one. Also:\n- can you move our 3,800 members over from the spreadsheet? I am NOT retyping that.\n- will the kiosk read the door fobs we already have?\n\nPete (ops) will be on any call.\n\nJess"),
   ("note", "2032-03-12 11:00",
    "Zoom Jess + Pete Alvarado (ops). 2 locations -> Summit plan $449/mo, waivers incl. 2 kiosks $1,150 ea. "
    "Migration free, we import their CSV - told them. Fobs: their HID 125kHz fobs work w/ our reader - told them. "
    "Send contract Tue. Jess prefers calls before noon, afternoons she's setting routes. "
    "Internal: migration team backlog till May - don't commit a go-live date."),
   ("message", "2032-03-16 14:05", "outbound", "Contract - BelayDesk Summit, 2 locations",
    "Hi Jess, hi Pete,\n\nContract attached as discussed on Friday:\n\n- Summit plan, 2 locations, $449/month, digital waivers included\n- 2 check-in kiosks with fob readers, $1,150 each\n- import of your member list included\n\nMarcus"),
   ("message", "2032-04-19 16:20", "inbound", "Re: Contract - BelayDesk Summit, 2 locations",
    "Hi Marcus,\n\nJess signed, it's attached. Please make the invoice out to Flatiron Vertical LLC.\n\nLongmont opens Saturday June 12. So:\n1. when can we schedule the member migration? We'd like it done well before.\n2. can the staff training be onsite at the Boulder gym rather than video?\n\nThanks,\nPete Alvarado\nOperations, Flatiron Vertical\n720 555 0136"),
  ],
  kps=[("signed: Summit plan $449/month for 2 locations, 2 kiosks at $1,150 each", ["Summit", "$449", "$1,150"]),
       ("invoice to Flatiron Vertical LLC", ["Flatiron Vertical LLC"]),
       ("member migration ahead of the Longmont opening on Saturday June 12", ["migration", "Saturday June 12"])],
  must_not=["$289", "Basecamp", "$0.20", "backlog", "don't commit", "Zoom Jess", "720 555 0136", "NOT retyping"],
  slots=["when the member migration can be scheduled", "whether the staff training can be onsite at the Boulder gym"],
  note="Calls before noon (Jess)."))

# 10 NO DRAFT quiet period to a date, Cape Town
A(dict(nn=10, slug="stewarding-security-jazz-festival-cape-town-quiet", domain="security and stewarding", language="en",
  tz="Africa/Johannesburg", now="2032-04-21 10:00", native=True, shape="no draft",
  place="native: South Africa/Western Cape (Cape Town)", kinds=["quiet"],
  customer=("Thandiwe Mokoena", "thandi@capeharbourjazz.example.co.za"),
  rep=("Ruan Steenkamp", "ruan@shieldline-events.example.co.za", "Ruan Steenkamp\nShieldline Event Security\n021 555 0193"),
  src=[("message", "2032-04-06 09:30", "outbound", "Stewarding proposal - Cape Harbour Jazz",
    "Hi Thandiwe,\n\nAttached is our stewarding and security proposal for the two festival nights: 86 stewards, 24 security officers and a control room, R 412,000 excl. VAT.\n\nShall we set up a meeting with your ops team?\n\nRegards,\nRuan"),
   ("message", "2032-04-19 12:15", "inbound", "RE: Stewarding proposal - Cape Harbour Jazz",
    "Hi Ruan\n\nThanks for the proposal. Honestly we are buried in artist contracts and visas until the end of the month and I can't give it the attention it deserves.\n\nPlease hold off for now and contact me again after 10 May. I'll have my head above water by then.\n\nThandiwe"),
  ],
  note="Quiet period to a date: 'Please hold off for now and contact me again after 10 May' (written Monday 19 April, now Wednesday 21 April)."))
