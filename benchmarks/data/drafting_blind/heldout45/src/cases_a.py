from lib import M, N, C, q

CASES = []

# 01 Glasgow scaffolding, notes+mail
CASES.append(C(n=1, slug="scaffold-hire-tenement-refurb-glasgow", domain="scaffolding hire", lang="en",
  tz="Europe/London", now="2034-11-14 10:30", shape="notes+mail", place="native: Scotland (Glasgow)",
  cust=("Callum Baird", "callum.baird@bairdlennox.example.com"),
  rep=("Shona McPhail", "shona@clydeaccess.example.com", "Shona McPhail\nContracts Coordinator\nClydeAccess Scaffolding Ltd\n0141 555 0382"),
  src=[
   M("2034-10-18 08:40", "inbound", "Scaffold - Duke St tenement",
     "Morning Shona,\n\nGot your name from Alan at the builders' merchant. We've a 3-storey tenement refurb starting soon off Duke Street - stonework, new roof and windows to the front elevation. We'd need an independent scaffold to the front with a loading bay for the roofers.\n\nCan someone come and look at it? Also, do you do the inspections yourselves or is that on us?\n\nCheers\nCallum\n\nCallum Baird\nSite Manager\nBaird & Lennox Construction Ltd\nM: 07700 555 914"),
   N("2034-10-20 15:10", "Site visit Duke St w/ Callum. Frontage approx 38 m, 14 m to eaves. Loading bay at gable end, pavement narrow. Told him weekly inspections + handover cert are ours, included. Quote out to him Tues latest. Big Davie's crew tied up at Paisley till mid Nov - check with yard before giving a start date."),
   M("2034-10-24 11:05", "outbound", "Quotation - Duke Street tenement scaffold",
     "Hi Callum,\n\nThanks for showing me round on Friday. As discussed, our price for the independent scaffold to the front elevation (approx. 38 m x 14 m) with a loading bay at the gable:\n\n- erect, 10 weeks hire and dismantle: £14,850 + VAT\n- additional weeks: £640 + VAT per week\n- weekly inspections and handover certificate included\n\nLet me know if you want to go ahead and I'll get a start date booked in.\n\nKind regards,\nShona"),
   M("2034-11-02 17:45", "inbound", "RE: Quotation - Duke Street tenement scaffold",
     "Shona\n\nSorry for the slow reply, the weather's had us all over the place. Roofer can't start till end of Nov now so we'd want the scaffold for 12 weeks rather than 10. Couple of other things:\n\n1. we'll need debris netting the full height, the close backs onto a nursery\n2. who sorts the pavement permit with the council, you or us?\n3. our QS wants to know if you'll hold the price to end of January in case the client slips again\n\nCallum"),
   N("2034-11-13 16:20", "Rang Callum. Agreed: 12 weeks hire incl. full-height debris netting = £16,130 + VAT. We apply for the pavement permit with Glasgow City Council, allow 10 working days. Start Mon 27 Nov, erect over 3 days. QS q re holding price to end Jan - need to ask Fiona about steel prices first, didn't promise anything. Send revised quote + order form first thing Wed."),
  ],
  kp=[("12 weeks hire with full-height debris netting at £16,130 + VAT", ["£16,130", "debris netting"]),
      ("we apply for the pavement permit, about 10 working days", ["pavement permit", "10 working days"]),
      ("start Monday 27 November, erected over 3 days; revised quote and order form on their way", ["27 Nov", "order form"])],
  mn=["£14,850", "Big Davie", "Paisley", "Fiona", "steel prices", "07700 555 914", "Rang Callum"],
  slots=["whether the price can be held to the end of January"],
  dates=["note Friday 20 October 'Tues latest' = Tuesday 24 October: kept (mail of 24 October)",
         "note Monday 13 November 'first thing Wed' = Wednesday 15 November, the day after now (Tuesday 14 November)",
         "'Mon 27 Nov' = Monday 27 November (start)"]))

# 02 Cardiff timber, quoted Outlook
m1 = ("Hi Alun,\n\nWe're building six timber-frame garden rooms for a housing job in Llandaff North, and need the C24 for the frames. Rough list:\n\n"
      "- 47x100 C24 treated, 4.8 m lengths x 180\n- 47x150 C24 treated, 3.6 m x 60\n- 18 mm OSB3 x 96 sheets\n- breather membrane x 8 rolls\n\n"
      "The lane to the site is tight, can you send a smaller wagon? And does your price include delivery?\n\nThanks\nRhys\n\n"
      "Rhys Pritchard\nPritchard Joinery & Build\n029 2055 5863")
m2 = ("Hi Rhys,\n\nThanks for the list. For the above, kiln-dried and treated, our price is £4,382.60 + VAT delivered. We'd send the 7.5 t rigid with a tail-lift for that lane, delivery is free over £2,500.\n\n"
      "The 4.8 m lengths are tight at the moment - I'll check with the yard whether we have 180 in and confirm by Friday.\n\nBest regards,\nAlun Griffiths\nTaff Vale Timber\n029 2055 5017")
hdr2 = "From: Alun Griffiths <alun@taffvaletimber.example.co.uk>".replace(".co.uk", ".com")
CASES.append(C(n=2, slug="c24-timber-garden-rooms-joinery-cardiff", domain="timber and building materials", lang="en",
  tz="Europe/London", now="2034-11-15 14:00", shape="quoted", client="Outlook", colleague="Gethin", place="native: Wales (Cardiff)",
  cust=("Rhys Pritchard", "rhys@pritchardjoinery.example.net"),
  rep=("Alun Griffiths", "alun@taffvaletimber.example.com", "Alun Griffiths\nTaff Vale Timber\n029 2055 5017"),
  src=[
   M("2034-10-30 09:20", "inbound", "Timber for garden rooms", m1),
   M("2034-11-02 11:30", "outbound", "RE: Timber for garden rooms", m2),
   M("2034-11-15 08:05", "inbound", "RE: Timber for garden rooms",
     "Alun,\n\nGo ahead please, but the client has dropped one of the rooms so it's five now - take a sixth off everything and send me the new figure. Gethin (my business partner) is asking if we can go on a 30-day account instead of paying up front.\n\n"
     "You were checking on the 4.8 m lengths, never heard back on that. We want delivery Tuesday 21 November, before 10 ideally because the lane is blocked with the school run after that.\n\nRhys\n\n"
     "________________________________\n"
     "From: Alun Griffiths <alun@taffvaletimber.example.com>\nSent: Thursday, November 2, 2034 11:30 AM\nTo: Rhys Pritchard <rhys@pritchardjoinery.example.net>\nSubject: RE: Timber for garden rooms\n\n" + m2 +
     "\n\n________________________________\n"
     "From: Rhys Pritchard <rhys@pritchardjoinery.example.net>\nSent: Monday, October 30, 2034 9:20 AM\nTo: Alun Griffiths <alun@taffvaletimber.example.com>\nSubject: Timber for garden rooms\n\n" + m1),
  ],
  kp=[("order going ahead for five garden rooms, quantities down by a sixth, new figure owed", ["five"]),
      ("delivery Tuesday 21 November before 10 on the 7.5 t rigid with tail-lift", ["21 November", "before 10"]),
      ("the check on the 4.8 m lengths is still owed", ["4.8 m"])],
  mn=["£4,382.60", "029 2055 5863", "school run"],
  slots=["the new price for five garden rooms", "whether the 4.8 m lengths are in stock", "whether a 30-day account is possible"],
  dates=["rep mail Thursday 2 November 'confirm by Friday' = Friday 3 November: not kept at now (Wednesday 15 November)",
         "'Tuesday 21 November' = delivery wished, not yet confirmed"]))

# 03 Minneapolis heat pumps, html
CASES.append(C(n=3, slug="cold-climate-heat-pumps-housing-coop-minneapolis", domain="heat pumps", lang="en",
  tz="America/Chicago", now="2034-11-13 11:00", shape="html", place="native: Minnesota (Minneapolis)",
  cust=("Dana Lindqvist", "dlindqvist@northgatecommons.example.org"),
  rep=("Marcus Whitfield", "marcus@prairieair.example.com", "Marcus Whitfield\nPrairie Air Heat Pumps\n612-555-0176"),
  src=[
   M("2034-10-17 13:25", "inbound", "Heat pumps for Northgate Commons",
     "<html><body><p>Hi Marcus,</p><p>I manage a 24-unit co-op building in Northeast. The electric baseboard is killing our members every winter and the board wants to look at heat pumps. Things we want to understand:</p><ul><li>ductless or ducted &ndash; the building has no ductwork</li><li>whether they really work at 20 below</li><li>what rebates the utility has right now</li></ul><p>Can you come take a look?</p><p>Dana Lindqvist<br>Property Manager<br>Northgate Commons Housing Cooperative<br>612-555-0143</p></body></html>", html=True),
   M("2034-10-20 15:40", "outbound", "RE: Heat pumps for Northgate Commons",
     "Hi Dana,\n\nGood to meet you at the building. Our proposal: ductless cold-climate heat pumps in all 24 units, rated to -13°F with full output and still heating well below that, baseboard kept as backup. $186,400 installed, permits included, about 4 units a week.\n\nRebates: I'll put the current utility programs in the final proposal.\n\nThanks,\nMarcus"),
   M("2034-10-30 10:05", "inbound", "RE: Heat pumps for Northgate Commons",
     "<html><body><p>Marcus,</p><p>The board met on the 26th. They like it but are nervous:</p><ol><li>Can we start with a pilot of 6 units and do the rest next year?</li><li>Some units will need the electrical panel upgraded &ndash; is that in your price?</li><li>What is the warranty?</li></ol><p>Dana</p></body></html>", html=True),
   M("2034-11-02 09:15", "outbound", "RE: Heat pumps for Northgate Commons",
     "Hi Dana,\n\nA pilot is no problem. 6 units, including the panel upgrades those units need: $49,850 installed. Warranty is 12 years parts and 2 years labor. The utility rebate for this type of unit is currently $1,200 per unit and comes off after install.\n\nMarcus"),
   M("2034-11-10 08:30", "inbound", "RE: Heat pumps for Northgate Commons",
     "<html><body><p>Hi Marcus,</p><p>Office is officially closed for Veterans Day but I'm catching up. Good news, the board approved the pilot. To get going I need:</p><ol><li>the contract made out to Northgate Commons Housing Cooperative</li><li>a start date &ndash; members need 48 hours notice before anyone enters a unit, and please no work Nov 23-24 (Thanksgiving)</li><li>will you handle the rebate paperwork or do we?</li></ol><p>Thanks!<br>Dana</p></body></html>", html=True),
  ],
  kp=[("pilot of 6 units at $49,850 installed, panel upgrades included", ["$49,850", "6 units"]),
      ("contract made out to Northgate Commons Housing Cooperative", ["Northgate Commons Housing Cooperative"]),
      ("48 hours notice to members, no work Nov 23-24", ["48 hours", "Nov 23-24"])],
  mn=["$186,400", "612-555-0143", "killing our members"],
  slots=["the start date for the pilot", "who handles the rebate paperwork"],
  dates=["customer mail Monday 30 October 'on the 26th' = Thursday 26 October (board meeting)",
         "customer mail Friday 10 November: Veterans Day observed (11 November is a Saturday)",
         "'Nov 23-24' = Thursday 23 (Thanksgiving) and Friday 24 November"]))

# 04 Ottawa drones, notes-only prospect
CASES.append(C(n=4, slug="rtk-survey-drones-geomatics-firm-ottawa-prospect", domain="surveying drones", lang="en",
  tz="America/Toronto", now="2034-11-15 09:30", shape="notes-only", place="native: Ontario (Ottawa)",
  cust=("Priya Raghunathan", "priya@raghunathangeo.example.com"),
  rep=("Kevin Doucette", "kdoucette@skyline-survey.example.com", "Kevin Doucette\nSkyline Survey Systems\n613-555-0129"),
  src=[
   N("2034-11-02 14:00", "Met Priya Raghunathan, principal at Raghunathan Geomatics (9 staff, Kanata), at the geomatics trade night. Topo surveys for subdivisions, they fly a borrowed drone today and redo half of it with GNSS. Interested in RTK drone + photogrammetry software + advanced pilot training for one person. Ballpark for one kit: around $38k. Promised her a spec sheet."),
   N("2034-11-13 11:15", "Phone with Priya. Wants 2 kits not 1, second crew starts in spring. Revised ballpark: $71,500 for two kits incl. first year of software and training for 2 pilots. Demo flight on their subdivision site in Richmond Thurs 23 Nov 10:00, weather permitting - no flying in rain or snow, backup Fri 24 Nov. She asked if we can finance over 24 months, have to ask our leasing partner. Spec sheet still not sent!"),
  ],
  kp=[("two kits at $71,500 including first year of software and training for 2 pilots", ["$71,500", "2 pilots"]),
      ("demo flight Thursday 23 November at 10:00, backup Friday 24 November if it rains or snows", ["23 Nov", "10:00", "24 Nov"]),
      ("the spec sheet is owed", ["spec sheet"])],
  mn=["$38k", "Met Priya", "borrowed drone", "Phone with Priya"],
  slots=["whether the kits can be financed over 24 months"],
  dates=["'Thurs 23 Nov' = Thursday 23 November, 'Fri 24 Nov' = Friday 24 November, both after now (Wednesday 15 November)"]))

# 05 Pittsburgh contractor insurance, quiet
CASES.append(C(n=5, slug="contractors-liability-insurance-roofing-pittsburgh-quiet", domain="insurance for contractors", lang="en",
  tz="America/New_York", now="2034-11-14 10:00", shape="no-draft: quiet", place="native: Pennsylvania (Pittsburgh)", draft=False,
  cust=("Tom Kowalczyk", "tom@kowalczykroofing.example.net"),
  rep=("Lisa Ferraro", "lferraro@threeriversins.example.com", "Lisa Ferraro\nThree Rivers Contractor Insurance\n412-555-0198"),
  src=[
   M("2034-10-26 10:40", "outbound", "Your general liability renewal",
     "Hi Tom,\n\nAs promised, attached is the renewal comparison for your general liability and inland marine. Our number for the year is $18,940 with the same limits, and we can add the equipment floater for your new lift for $1,150.\n\nHappy to walk you through it whenever works.\n\nLisa"),
   M("2034-11-09 19:05", "inbound", "RE: Your general liability renewal",
     "Lisa - got it, thanks. We're slammed trying to close up roofs before the snow comes in. Please don't call or email me about this before Monday November 27. I'll reach out to you after Thanksgiving when things calm down.\n\nTom\nSent from my phone"),
  ],
  quote="Please don't call or email me about this before Monday November 27. I'll reach out to you after Thanksgiving when things calm down.",
  dates=["customer mail Thursday 9 November 'before Monday November 27' = quiet period past now (Tuesday 14 November)", "'after Thanksgiving' = after Thursday 23 November"]))

# 06 Adelaide site cabins, notes+mail (spring)
CASES.append(C(n=6, slug="site-cabins-toilets-road-upgrade-adelaide", domain="site cabins and toilets", lang="en",
  tz="Australia/Adelaide", now="2034-11-15 10:00", shape="notes+mail", colleague="Tash", place="native: South Australia (Adelaide)",
  cust=("Dean Holloway", "dean.holloway@gulfciv.example.com.au".replace(".com.au", ".com")),
  rep=("Bec Tremaine", "bec@sitepodhire.example.com", "Bec Tremaine\nSitePod Hire SA\n08 8155 5740"),
  src=[
   M("2034-10-23 07:50", "inbound", "Site compound - Main North Rd upgrade",
     "Hi Bec,\n\nWe've won the intersection upgrade on Main North Rd and need a site compound for about 16 weeks from early December:\n\n- 2 x office cabins (6 x 3)\n- 1 x crib room\n- 4 x portable toilets\n\nCan you price it?\n\nDean Holloway\nProject Manager\nGulf Civil Pty Ltd\n0412 555 308"),
   N("2034-10-25 12:30", "Call w Dean. Delivery needed before Fri 1 Dec. Their project engineer Tash asked about air con - told him yes, split systems in all cabins. Quote by Fri."),
   M("2034-10-27 16:10", "outbound", "Quote - site compound Main North Rd",
     "Hi Dean,\n\nThanks for the chat. For 2 office cabins, 1 crib room and 4 portable toilets, all air-conditioned where applicable: A$3,920 per week ex GST, toilets serviced twice a week. Delivery and pick-up quoted separately once we know access.\n\nCheers,\nBec"),
   M("2034-11-09 06:45", "inbound", "RE: Quote - site compound Main North Rd",
     "Bec,\n\nTash has found out there won't be mains power on site for the first 3 weeks at least. Do you have solar units or do we need a generator? Also we can live with 3 toilets instead of 4.\n\nDean"),
   N("2034-11-13 14:40", "Dean on phone. 3 toilets OK. Only 1 solar hybrid office cabin available, rest on a hired genset at A$310/wk. New total A$4,085/wk ex GST incl. generator. Delivery Thu 30 Nov 7am - he needs to confirm the crane truck can get in off the service road. Revised quote + hire agreement to go out Tue. Hendo says the other solar cabin is stuck in the Port Pirie depot."),
  ],
  kp=[("revised A$4,085 a week ex GST with 3 toilets and the generator", ["A$4,085", "3 toilets"]),
      ("delivery Thursday 30 November at 7am, crane truck access to be confirmed by Dean", ["30 Nov", "7am", "crane truck"]),
      ("revised quote and hire agreement, promised for Tuesday and not yet sent", ["hire agreement"])],
  mn=["A$3,920", "4 x portable toilets", "Hendo", "Port Pirie", "0412 555 308", "Dean on phone"],
  dates=["note Wednesday 25 October 'by Fri' = Friday 27 October: kept (mail of 27 October)",
         "note Monday 13 November 'to go out Tue' = Tuesday 14 November, the day before now (Wednesday 15 November): overdue",
         "'Thu 30 Nov' = Thursday 30 November; late spring in South Australia"]))

# 07 Portland PPE/training, ooo-past
CASES.append(C(n=7, slug="fall-protection-training-general-contractor-portland-ooo-past", domain="safety training and PPE", lang="en",
  tz="America/Los_Angeles", now="2034-11-14 09:00", shape="ooo-past", place="native: Oregon (Portland)",
  cust=("Marisol Vance", "mvance@cascadebuilt.example.com"),
  rep=("Greg Hanlon", "greg@ridgelinesafety.example.com", "Greg Hanlon\nRidgeline Safety Training\n503-555-0162"),
  src=[
   M("2034-10-23 08:10", "inbound", "Fall protection refresher",
     "Hi Greg,\n\nWe need fall protection refresher training for about 30 field staff before year end, plus inspection of our harnesses (we have around 45). About a third of the crew is more comfortable in Spanish - do you have a trainer for that?\n\nMarisol Vance\nSafety Director, Cascade Built Inc."),
   M("2034-10-26 13:20", "outbound", "RE: Fall protection refresher",
     "Hi Marisol,\n\nWe can do two sessions of 15, $4,200 for both, at your yard. Harness inspection is $18 per harness with tagging. Yes, we have a bilingual trainer, Luis, who can run one of the sessions in Spanish.\n\nJust send me dates that work.\n\nGreg"),
   M("2034-11-03 15:55", "inbound", "RE: Fall protection refresher",
     "Greg,\n\nDecember 5 and December 7 would work, second one in Spanish. Can you start at 6:30 am before crews head out? We also need 10 more harnesses - do you rent them? And could the harness inspection happen the same day as the first session?\n\nThanks\nMarisol"),
   M("2034-11-08 10:05", "outbound", "RE: Fall protection refresher",
     "Hi Marisol,\n\nDecember 5 and 7 at 6:30 am are booked, Luis takes the December 7 group in Spanish. We rent harnesses at $12 per harness per week, so 10 of them would be $120 a week. I'll need the signed training agreement back by November 22 to hold the dates.\n\nGreg"),
   M("2034-11-08 10:06", "inbound", "Automatic reply: RE: Fall protection refresher",
     "Thank you for your email. I am out of the office at a conference and will return Monday, November 13. For urgent site safety matters please contact Derek Olsen at 503-555-0147."),
  ],
  kp=[("sessions December 5 and December 7 at 6:30 am, the second in Spanish with Luis", ["December 5", "6:30 am"]),
      ("10 rental harnesses at $12 per harness per week; signed training agreement needed by November 22", ["$12", "November 22"])],
  mn=["Derek Olsen", "503-555-0147", "out of the office"],
  slots=["whether the harness inspection can happen the same day as the first session"],
  dates=["auto-reply Wednesday 8 November 'return Monday, November 13': over at now (Tuesday 14 November)",
         "rep mail 8 November 'by November 22' = Wednesday 22 November"]))

# 08 Manchester skips, quoted Gmail
g1 = ("Hi Nadia,\n\nWe're stripping out two floors of an old mill office in Ancoats from the 20th, about three weeks of work. I reckon 6 x 8-yard skips in total, mixed waste, plus a fair bit of plasterboard which I know has to go separately.\n"
      "Kev on our side wants to know if you give waste transfer notes with every collection.\n\nJo\n\nJo Ashworth\nAshworth Interiors\n0161 555 0427")
g2 = ("Hi Jo,\n\nThanks for thinking of us. Prices:\n\n- 8-yard skip exchange: £285 + VAT each\n- plasterboard in a separate bag: £95 + VAT per bag\n- skip permit on the road: £60 per skip per week via the council\n\n"
      "Waste transfer notes come with every collection and you get a monthly diversion report. I'll confirm whether we can do Saturday swaps in the city centre.\n\nNadia\n\nNadia Rahman\nIrwell Skips & Recycling\n0161 555 0290")
CASES.append(C(n=8, slug="skips-plasterboard-office-strip-out-manchester", domain="skips and waste", lang="en",
  tz="Europe/London", now="2034-11-13 15:00", shape="quoted", client="Gmail", colleague="Kev", place="native: Greater Manchester (Manchester)",
  cust=("Jo Ashworth", "jo@ashworthinteriors.example.com"),
  rep=("Nadia Rahman", "nadia@irwellskips.example.com", "Nadia Rahman\nIrwell Skips & Recycling\n0161 555 0290"),
  src=[
   M("2034-10-31 09:30", "inbound", "Skips for mill strip-out", g1),
   M("2034-11-02 12:15", "outbound", "Re: Skips for mill strip-out", g2),
   M("2034-11-13 09:10", "inbound", "Re: Skips for mill strip-out",
     "Nadia - go ahead please. Change of plan though, the building manager won't have skips on the road so they'll sit in the loading bay in the yard, which means no permit. Start Monday 20 November.\n\n"
     "Saturday swaps - you said you'd confirm? Kev also asks if you can do a wait-and-load on the last day, we'll have a lot of loose stuff.\n\nJo\n\n"
     "On Thu, 2 Nov 2034 at 12:15, Nadia Rahman <nadia@irwellskips.example.com> wrote:\n" + q(g2) + "\n>\n> On Tue, 31 Oct 2034 at 09:30, Jo Ashworth <jo@ashworthinteriors.example.com> wrote:\n" + q(q(g1))),
  ],
  kp=[("£285 + VAT per 8-yard exchange and £95 + VAT per plasterboard bag", ["£285", "£95"]),
      ("start Monday 20 November, skips in the loading bay in the yard so no permit", ["20 November", "loading bay"]),
      ("waste transfer notes with every collection", ["waste transfer notes"])],
  mn=["£60", "0161 555 0427", "I reckon"],
  slots=["whether Saturday swaps are possible", "whether a wait-and-load can be done on the last day"],
  dates=["customer mail Monday 13 November 'Monday 20 November' = start, one week after now", "customer mail Tuesday 31 October 'from the 20th' = Monday 20 November", "rep mail Thursday 2 November 'I'll confirm whether we can do Saturday swaps': not kept at now (Monday 13 November)"]))

# 09 Saskatoon elevator maintenance, notes+mail
CASES.append(C(n=9, slug="hydraulic-elevator-maintenance-apartments-saskatoon", domain="lift maintenance", lang="en",
  tz="America/Regina", now="2034-11-14 13:00", shape="notes+mail", place="native: Saskatchewan (Saskatoon)",
  cust=("Gord Kaminski", "gkaminski@meewasinpm.example.com"),
  rep=("Janelle Fontaine", "jfontaine@southsasklift.example.com", "Janelle Fontaine\nSouth Sask Lift & Elevator\n306-555-0185"),
  src=[
   M("2034-10-20 11:30", "inbound", "Elevator maintenance - 3 buildings",
     "Hello Janelle,\n\nOur current maintenance contract for three low-rise apartment buildings runs out December 31 and I'm not renewing with them. Three hydraulic elevators, all late-90s. Looking for monthly service with 24/7 callback.\n\nRegards,\nGord Kaminski\nMeewasin Property Management\n306-555-0311"),
   N("2034-10-25 10:00", "Walked all three with Gord. 1998 hydraulics, car at Nutana building has a leaking jack seal, oil in the pit. Quote by Fri."),
   M("2034-10-27 15:20", "outbound", "Elevator maintenance proposal",
     "Hi Gord,\n\nThanks for the walk-through. Proposal for your three hydraulic elevators:\n\n- full maintenance, monthly visits: $465 per elevator per month\n- 24/7 callback included\n- annual safety test to CSA B44 included\n\nThe leaking jack seal at the Nutana building is quoted separately at $6,800.\n\nBest,\nJanelle"),
   M("2034-11-09 16:40", "inbound", "RE: Elevator maintenance proposal",
     "Janelle,\n\nThe owners are fine with you taking over but want a 5-year term with the price locked. On the jack seal, can that wait until spring? Budget for this year is gone. Also please send a certificate of insurance to our office, we need it on file before January.\n\nGord"),
   N("2034-11-13 09:45", "Call with Gord. 5-year term at $440/month per elevator, price locked 3 yrs then CPI capped at 3%. Jack seal: Tyler says it can wait till April if we check oil level monthly. Start January 1. Contract to him by Thursday. Margin thin at 440, Ravi signed off."),
  ],
  kp=[("5-year term at $440 per elevator per month, locked 3 years then CPI capped at 3%", ["$440", "5-year", "3%"]),
      ("start January 1; contract coming by Thursday", ["January 1", "Thursday"]),
      ("jack seal can wait until April with monthly oil checks", ["April"])],
  mn=["$465", "Ravi", "Margin thin", "Tyler", "306-555-0311", "Call with Gord"],
  slots=["the certificate of insurance for their office"],
  dates=["note Wednesday 25 October 'by Fri' = Friday 27 October: kept (mail of 27 October)",
         "note Monday 13 November 'by Thursday' = Thursday 16 November, two days after now (Tuesday 14 November)",
         "Remembrance Day was Saturday 11 November"]))

# 10 Brisbane solar body corporate, html
CASES.append(C(n=10, slug="common-property-solar-body-corporate-brisbane", domain="solar", lang="en",
  tz="Australia/Brisbane", now="2034-11-15 08:30", shape="html", colleague="Mr Dimitriou", place="native: Queensland (Brisbane)",
  cust=("Kylie Brandt", "kylie@rivercitystrata.example.com"),
  rep=("Sam Okafor", "sam@sunshinestatesolar.example.com", "Sam Okafor\nSunshine State Solar\n07 3155 5904"),
  src=[
   M("2034-10-16 09:00", "inbound", "Solar for common property",
     "<html><body><p>Hi Sam,</p><p>I'm the strata manager for a 40-lot complex at Coorparoo. The committee wants to cut the common-area power bill (pool pumps, lifts, lighting). Can you quote for:</p><ul><li>a rooftop system on the two flat roofs</li><li>optionally a battery</li></ul><p>Any change needs approval at the AGM in December.</p><p>Kylie Brandt<br>Strata Manager, River City Strata<br>07 3155 5266</p></body></html>", html=True),
   M("2034-10-20 14:30", "outbound", "RE: Solar for common property",
     "Hi Kylie,\n\nFrom the roof plans: a 30 kW system across both roofs, $41,900 incl GST installed. A 40 kWh battery would add $18,500.\n\nRegards,\nSam"),
   M("2034-10-31 11:10", "inbound", "RE: Solar for common property",
     "<html><body><p>Hi Sam,</p><p>Feedback from the committee:</p><ul><li>no battery for now</li><li>they want a structural engineer to sign off the roofs</li><li>storm season &ndash; do you install when it is wet?</li></ul><p>Kylie</p></body></html>", html=True),
   M("2034-11-03 10:20", "outbound", "RE: Solar for common property",
     "Hi Kylie,\n\nNo battery, understood. The engineer's roof certification is included in the $41,900. We don't work on roofs in rain or lightning, so storm days simply move the install back.\n\nSam"),
   M("2034-11-14 16:50", "inbound", "RE: Solar for common property",
     "<html><body><p>Hi Sam,</p><p>The AGM is set for Tuesday 12 December. For the AGM pack I need by Fri 1 Dec:</p><ol><li>the final quote without the battery</li><li>the engineer's certification, or at least a letter saying it will be done</li><li>the inverter warranty terms</li></ol><p>The committee chair, Mr Dimitriou, also asks if you could present for ten minutes at the AGM by Zoom.</p><p>Kylie</p></body></html>", html=True),
  ],
  kp=[("30 kW system without battery, $41,900 incl GST with engineer's certification", ["30 kW", "$41,900"]),
      ("final quote and engineer's certification for the AGM pack by Fri 1 Dec", ["1 Dec", "AGM pack"]),
      ("AGM Tuesday 12 December", ["12 December"])],
  mn=["$18,500", "07 3155 5266"],
  slots=["the inverter warranty terms", "whether Sam can present at the AGM by Zoom"],
  dates=["customer mail Tuesday 14 November 'by Fri 1 Dec' = Friday 1 December; 'Tuesday 12 December' = AGM; late spring, storm season in Queensland"]))
