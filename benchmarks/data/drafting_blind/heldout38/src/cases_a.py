from lib import C, M, N, U

# ---------------------------------------------------------------- 01 Memphis, notes-only prospect
tz = "America/Chicago"
C(1, "telematics-dash-cams-reefer-trucking-memphis-prospect", "fleet telematics and dash cams", "en",
  "2031-12-09 10:30", tz,
  ("Tamika Greer", "tamika.greer@bluffcityreefer.example.com"),
  ("Grant Osei", "grant.osei@fleeteye.example.com", "Grant Osei\nFleetEye Telematics\n901 555 0178"),
  [N("2031-12-05 15:50", """
     Site visit Bluff City Reefer Lines, Lamar Ave yard. Tamika Greer (ops mgr) + owner Wendell Rusk - Wendell signs anything over $10k, Tamika runs the eval. 46 tractors, 60 reefer trailers. ELD contract w/ RoadLog runs out Jan 31, not renewing. Want road-facing + driver-facing cams on every tractor and live reefer temps (lost a load of berries to a dead unit in Oct, customer claim still open). Quoted verbally: FleetEye Pro $34/truck/mo incl ELD, dual cam add-on $19/truck/mo, reefer temp sensor $11/trailer/mo, 36 mo term, hardware free. Tamika q: can the driver-facing lens shut off by itself when the truck is parked so guys sleeping in the berth aren't filmed? Told her I'd check w/ product. Written quote to her by Tue. Email her, no calls before 10 - dispatch runs 5-10am. Install: Marco says no installers free till mid Jan - do not promise install dates.""")],
  kp=[("FleetEye Pro at $34 per truck per month including ELD, dual cam add-on $19, reefer temp sensor $11 per trailer",
       ["FleetEye Pro", "$34", "$19", "$11"]),
      ("fleet of 46 tractors and 60 reefer trailers, road-facing and driver-facing cameras",
       ["46 tractors", "60 reefer trailers", "driver-facing"]),
      ("the written quote promised by Tuesday goes out today, for Tamika and Wendell; RoadLog ends Jan 31",
       ["quote", "Wendell", "Jan 31"])],
  mn=["Marco", "installers", "do not promise", "Site visit Bluff City", "claim still open", "berries"],
  slots=["whether the driver-facing lens can switch off automatically when the truck is parked and the driver sleeps in the berth"],
  meta=dict(shape="notes-only prospect", group="native", place="USA/Tennessee (Memphis)", city="Memphis", region="Tennessee",
            kinds=["q", "prom", "rel", "coll", "time"],
            notes="'Written quote to her by Tue' in the Friday 5 December note = today (Tuesday 9 December); driver-facing lens when parked a slot; Marco and the installer shortage internal; no calls before 10."))

# ---------------------------------------------------------------- 02 Laredo, notes plus mail
C(2, "tire-program-cross-border-trucking-laredo", "tyres and fleet maintenance", "en",
  "2031-12-10 09:00", tz,
  ("Roy Benavides", "roy@riobravoxb.example.com"),
  ("Kendra Pruitt", "kendra.pruitt@lonestartirefleet.example.com", "Kendra Pruitt\nFleet Accounts | Lone Star Tire Fleet Services\n956 555 0142"),
  [M("2031-10-27 09:10", "out", "Tire program proposal - Rio Bravo Cross-Border", """
     Hi Roy,

     Good to meet you at the yard on Friday. As promised, here's how we'd run tires for your 85 tractors and 140 trailers:

     Option A - pay-per-mile: 1.9 cents per mile covers steer, drive and trailer tires, casings are ours.
     Option B - retread program: $212 per drive retread on your casings, new steers at $468 installed.

     Either way you get a yard check every 2 weeks (pressures, tread depth, irregular wear report) and 24/7 road service along the I-35 corridor at $95 per callout.

     Happy to walk your CFO through the numbers.

     Kendra Pruitt
     Fleet Accounts | Lone Star Tire Fleet Services
     956 555 0142"""),
   M("2031-10-30 17:25", "in", "RE: Tire program proposal - Rio Bravo Cross-Border", """
     Kendra,

     Thanks for this. Couple things. We're at 92 tractors now, we took 7 off a carrier that went under last month. Trailer count the same.

     Pay-per-mile sounds good to me but our CFO Alma hates anything that moves with miles, she wants one number every month she can put in the budget. Can you do a fixed price?

     Also - what's your callout at night on I-35? Half our breakdowns are at 2am northbound. And does your road service go across to the Mexican side? Our trailers run down as far as Saltillo.

     Roy

     Rogelio "Roy" Benavides
     Fleet Manager
     Rio Bravo Cross-Border Freight
     cell 956 555 0119"""),
   N("2031-11-04 14:40", """
     Call Roy + Alma Trevino (CFO). 92 tractors / 140 trailers. Going fixed: $14,600/mo flat incl steer+drive+trailer tires, yard check weekly instead of every 2 wks. Night callout same $95, no surcharge. Mexican side NOT covered, our road svc stops at the bridge - they keep their own guy in Nuevo Laredo, fine w/ them. Alma wants 12-mo term, not 36. Send revised Thurs. Floor is 14.2k - don't go lower."""),
   M("2031-11-06 10:05", "out", "Revised: Fixed Fleet Plan for Rio Bravo", """
     Hi Roy, hi Alma,

     Thanks for the time on Tuesday. Here's the revised plan as we discussed it:

     - Fixed Fleet Plan: $14,600 per month, all steer, drive and trailer tires for 92 tractors and 140 trailers
     - weekly yard checks at your Laredo yard
     - 24/7 road service on the US side, $95 per callout day or night, no night surcharge
     - 12-month term, starting January 1

     Agreement attached for signature.

     Kendra Pruitt
     Fleet Accounts | Lone Star Tire Fleet Services
     956 555 0142"""),
   M("2031-12-08 16:50", "in", "RE: Revised: Fixed Fleet Plan for Rio Bravo", """
     Kendra - Alma signed it, PDF attached.

     Question on the start. Can we move it up to Monday December 15 instead of January 1? Our current vendor has stopped showing up, they missed the last two yard checks, and since Black Friday the bridges have been crazy, we can't have trucks sitting on bald drives in the holiday rush.

     Also we have 6 yard trucks (hostlers) I didn't put in the count. Can you quote those separately?

     Thanks for being patient with us on this one.

     Roy

     Rogelio "Roy" Benavides
     Fleet Manager
     Rio Bravo Cross-Border Freight
     cell 956 555 0119""")],
  kp=[("agreement signed: Fixed Fleet Plan at $14,600 a month for 92 tractors and 140 trailers, 12-month term",
       ["$14,600", "92 tractors", "12-month"]),
      ("weekly yard checks and $95 callouts day or night",
       ["weekly", "$95"]),
      ("Roy's request to start Monday December 15 instead of January 1",
       ["December 15"]),
      ("a separate quote for the 6 yard trucks (hostlers)",
       ["yard trucks"])],
  mn=["1.9 cents", "$212", "$468", "every 2 weeks", "14.2k", "don't go lower", "Call Roy", "956 555 0119", "Option B"],
  slots=["whether the plan can start on Monday December 15 instead of January 1",
         "the price for the 6 yard trucks (hostlers)"],
  meta=dict(shape="notes plus mail", group="native", place="USA/Texas (Laredo)", city="Laredo", region="Texas",
            kinds=["choice", "rev", "accept", "addon", "coll", "noteans", "kept", "deadline", "q"],
            notes="pay-per-mile 1.9 cents and retreads $212/$468 superseded by the Fixed Fleet Plan $14,600 a month (note, then revised plan 'Thurs': kept); night callout and the Mexican side answered in the note; signed; start Monday December 15 and the 6 yard trucks are slots; Black Friday as background; the price floor internal."))

# ---------------------------------------------------------------- 03 Brisbane, HTML-only
tz = "Australia/Brisbane"
C(3, "mezzanine-floor-3pl-warehouse-brisbane", "racking and mezzanines", "en",
  "2031-12-10 09:30", tz,
  ("Shannon Kettle", "shannon@moretonfulfil.example.com.au"),
  ("Dylan Ashcroft", "dylan.ashcroft@cortexstorage.example.com.au", "Dylan Ashcroft\nCortex Storage Systems\n07 3555 0198"),
  [M("2031-11-20 14:15", "out", "Mezzanine quote - Moreton Freight & Fulfilment, Eagle Farm", """
     Hi Shannon,

     Thanks for the walk-through on Tuesday. Two sizes for the pick mezzanine over the returns area:

     Option 1: 18 m x 24 m, 500 kg/m2 rated, $142,800 + GST
     Option 2: 18 m x 30 m, 500 kg/m2 rated, $171,500 + GST

     Both include stairs, one pallet gate, handrail and kick plate, and the engineer's certification. Lead time is 8 weeks from order, installation takes about 3 weeks on site.

     Cheers,
     Dylan"""),
   M("2031-12-08 15:40", "in", "Re: Mezzanine quote - Moreton Freight & Fulfilment, Eagle Farm", """
     <html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
     <p>Hi Dylan,</p>
     <p>Sorry for going quiet, Black Friday and Cyber Monday flattened us and we're still digging out. Mark (our MD) and I sat down on Friday and we'd like to go with the 18 x 30. A few changes before you send the paperwork:</p>
     <ul>
       <li>we need two pallet gates, not one &ndash; we'll be picking from both ends</li>
       <li>install has to happen while we're shut: we close Friday 19 December and reopen Monday 12 January</li>
       <li>can you put the quote in the name of Moreton Freight Holdings Pty Ltd, the purchase order has to match</li>
       <li>council approval &ndash; do you lodge the development application or is that on us?</li>
     </ul>
     <p>Email's the way to reach me at the moment, I'm on the floor all day and nowhere near a phone.</p>
     <p>Thanks<br>Shannon Kettle<br>Operations Manager | Moreton Freight &amp; Fulfilment<br>0412 555 307</p>
     </body></html>""", "text/html")],
  kp=[("the 18 x 30 option at $171,500 + GST, now with two pallet gates",
       ["18 x 30", "$171,500", "two pallet gates"]),
      ("quote reissued to Moreton Freight Holdings Pty Ltd",
       ["Moreton Freight Holdings Pty Ltd"]),
      ("installation wanted during the shutdown from Friday 19 December to Monday 12 January",
       ["19 December", "12 January"])],
  mn=["$142,800", "18 m x 24 m", "0412 555 307", "flattened us"],
  slots=["the price of the second pallet gate",
         "whether the install can be done during the shutdown from Friday 19 December to Monday 12 January, given the 8-week lead time",
         "who lodges the council development application"],
  meta=dict(shape="HTML-only", group="native", place="Australia/Queensland (Brisbane)", city="Brisbane", region="Queensland",
            kinds=["choice", "change1", "coll", "doc", "deadline", "time", "q"],
            notes="18 x 30 chosen with a second pallet gate (price a slot); install in the shutdown (Friday 19 December to Monday 12 January) against an 8-week lead time a slot; council application a slot; quote to the Pty Ltd; email, not phone."))

# ---------------------------------------------------------------- 04 Winnipeg, quoted thread (Outlook)
tz = "America/Winnipeg"
C(4, "route-planning-software-same-day-courier-winnipeg", "warehouse management and routing software", "en",
  "2031-12-09 09:00", tz,
  ("Colleen Ferris", "colleen@redriversameday.example.ca"),
  ("Brett Halvorsen", "brett@routeloom.example.ca", "Brett Halvorsen\nAccount Executive, RouteLoom\n204 555 0166"),
  [M("2031-11-24 10:05", "out", "RouteLoom for Red River Same-Day", """
     Hi Colleen,

     Thanks for the call this morning. For your 38 drivers, the two plans that fit:

     Dispatch - $41 per driver per month: route optimisation, live map, driver app.
     Dispatch+ - $56 per driver per month: everything in Dispatch plus proof-of-delivery photos and signatures, and ETA texts to your customers.

     Onboarding is a one-time $1,500 (setup, import of your customer addresses, two training sessions for dispatch).

     Brett Halvorsen
     Account Executive, RouteLoom
     204 555 0166"""),
   M("2031-12-05 16:40", "in", "RE: RouteLoom for Red River Same-Day", """
     Brett,

     We want Dispatch+. Driver count is 44 drivers now - we hired for peak and I'm keeping most of them through winter.

     Arjun (our dispatch supervisor) had questions, see below. If we can get answers on those I'll sign. We'd want to be live before Monday January 5 when our pharmacy contract starts.

     Colleen Ferris
     General Manager
     Red River Same-Day Couriers
     204 555 0131

     ________________________________
     From: Arjun Dhillon <arjun@redriversameday.example.ca>
     Sent: Thursday, December 4, 2031 3:18 PM
     To: Colleen Ferris <colleen@redriversameday.example.ca>
     Subject: RE: RouteLoom for Red River Same-Day

     Colleen, before we sign anything can you ask him

     1) does the driver app keep working offline? we lose signal out past Headingley and in half the parkades downtown
     2) can I re-route a driver mid-shift when a rush job comes in without him losing the rest of his stop list?
     3) the ETA texts - can they go out in French too? we have a lot of customers in St. Boniface

     Thx
     A

     ________________________________
     From: Colleen Ferris <colleen@redriversameday.example.ca>
     Sent: Monday, November 24, 2031 11:02 AM
     To: Arjun Dhillon <arjun@redriversameday.example.ca>
     Subject: FW: RouteLoom for Red River Same-Day

     Have a look, I like the photo proof one.

     ________________________________
     From: Brett Halvorsen <brett@routeloom.example.ca>
     Sent: Monday, November 24, 2031 10:05 AM
     To: Colleen Ferris <colleen@redriversameday.example.ca>
     Subject: RouteLoom for Red River Same-Day

     Hi Colleen,

     Thanks for the call this morning. For your 38 drivers, the two plans that fit:

     Dispatch - $41 per driver per month: route optimisation, live map, driver app.
     Dispatch+ - $56 per driver per month: everything in Dispatch plus proof-of-delivery photos and signatures, and ETA texts to your customers.

     Onboarding is a one-time $1,500 (setup, import of your customer addresses, two training sessions for dispatch).

     Brett Halvorsen
     Account Executive, RouteLoom
     204 555 0166""")],
  kp=[("Dispatch+ at $56 per driver per month for 44 drivers",
       ["Dispatch+", "$56", "44 drivers"]),
      ("one-time onboarding $1,500",
       ["$1,500"]),
      ("live before Monday January 5 (pharmacy contract)",
       ["January 5"])],
  mn=["$41", "38 drivers", "204 555 0131", "Thx"],
  slots=["whether the driver app keeps working offline",
         "whether dispatch can re-route a driver mid-shift without losing the rest of the stop list",
         "whether the ETA texts can be sent in French",
         "whether go-live before Monday January 5 is possible"],
  meta=dict(shape="quoted thread", group="native", place="Canada/Manitoba (Winnipeg)", city="Winnipeg", region="Manitoba",
            quote="Outlook: '________________________________ / From: / Sent: Thursday, December 4, 2031 3:18 PM / To: / Subject:' (CST), not indented",
            kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
            notes="Dispatch+ chosen, 38 -> 44 drivers; Arjun's three questions (Outlook-quoted) and go-live before Monday January 5 are slots."))

# ---------------------------------------------------------------- 05 Felixstowe, no draft (quiet to a date)
tz = "Europe/London"
C(5, "winter-ppe-workwear-stevedores-felixstowe-quiet", "workwear and PPE", "en",
  "2031-12-10 10:00", tz,
  ("Lorraine Pettit", "l.pettit@orwellquayside.example.co.uk"),
  ("Callum Reece", "callum.reece@harbourlinewear.example.co.uk", "Callum Reece\nHarbourline Workwear\n01394 555 620"),
  [M("2031-11-18 11:20", "out", "Winter kit for the quay teams", """
     Hi Lorraine,

     As discussed at the gate on Friday, here's the winter kit for your 120 quay and lashing staff:

     - Class 3 hi-vis storm parka, quilted lining: £48.50
     - hi-vis waterproof over-trousers: £21.90
     - thermal gauntlets, cut level C: £6.75 a pair
     - embroidery of the Orwell Quayside logo: £2.10 per garment

     Stock is held in Ipswich, so we can turn orders round within 5 working days.

     Best,
     Callum Reece
     Harbourline Workwear
     01394 555 620"""),
   M("2031-12-02 09:40", "out", "Re: Winter kit for the quay teams", """
     Hi Lorraine,

     Just making sure this reached you - with the cold snap forecast I'd hate for the parkas to arrive after the worst of it. Anything you'd like changed in the mix?

     Best,
     Callum"""),
   M("2031-12-08 13:15", "in", "Re: Winter kit for the quay teams", """
     Hi Callum,

     Thanks for chasing. We've had the auditors in and every purchase is frozen until the budget's signed off in the new year. Please come back to me after the 12th of January, not before - I won't be looking at any supplier quotes until then.

     Regards,
     Lorraine Pettit
     Procurement, Orwell Quayside Stevedores""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="native", place="England/Suffolk (Felixstowe)", city="Felixstowe", region="Suffolk",
            kinds=["quiet"],
            notes="quiet period to a date: 'Please come back to me after the 12th of January, not before' (written Monday 8 December, now Wednesday 10 December)."))

# ---------------------------------------------------------------- 06 Columbus, notes plus mail
tz = "America/New_York"
C(6, "lithium-forklift-lease-beverage-distributor-columbus", "forklifts and their service", "en",
  "2031-12-09 09:00", tz,
  ("Dana Kowalczyk", "dana.k@sciotobev.example.com"),
  ("Marcus Bell", "marcus.bell@buckeyelift.example.com", "Marcus Bell\nBuckeye Lift & Material Handling\n614 555 0127"),
  [M("2031-10-29 08:15", "in", "forklift replacement - 8 units", """
     Hi Marcus,

     Got your name from Terry at the food bank, he says you treated them right. Our forklift lease (8 propane 5,000 lb counterbalance trucks) is up Dec 31 and I want to get rid of propane in the building, the fumes are getting complaints from the guys in the cooler.

     Looking for electric, 5,000 lb, lease with full maintenance. What would that look like, and should we be looking at lithium or stay with lead-acid batteries? We run 2 shifts, 6 days.

     Thanks,
     Dana Kowalczyk
     Warehouse Manager
     Scioto Valley Beverage Distributors"""),
   M("2031-11-03 10:30", "out", "Electric counterbalance options for Scioto Valley", """
     Hi Dana,

     Thanks for reaching out, and say hi to Terry for me. For 8 electric 5,000 lb counterbalance trucks, 60-month lease, planned maintenance every 250 hours included:

     - lead-acid: $1,085 per unit per month (you'd need a battery room and a spare battery per truck for 2 shifts)
     - lithium: $1,260 per unit per month, chargers included, no battery changes, opportunity charging on breaks

     With 2 shifts 6 days I'd lean lithium. Delivery is currently 6-8 weeks.

     -- 
     Marcus Bell
     Buckeye Lift & Material Handling
     614 555 0127"""),
   N("2031-11-18 15:20", """
     Call Dana + Howard Lin (CFO). Going lithium. Howard wants 48 mo not 60 -> $1,315/unit/mo at 48. Dana asked 1 charger per dock door vs fewer - told her 1 charger per 2 trucks is plenty w/ lithium, included. Asked loaner if a truck is down >24h -> yes, loaner within 24 hrs anywhere in Franklin County, goes in the contract. Send revised lease Thu. Only 5 lithium units in the Dayton yard, rest from factory - don't tell them yet, Jim is chasing."""),
   M("2031-11-20 11:45", "out", "Revised lease - 8 lithium trucks, 48 months", """
     Hi Dana, hi Howard,

     Thanks for Tuesday. The revised lease is attached:

     - 8 electric 5,000 lb counterbalance trucks, lithium
     - $1,315 per unit per month, 48 months
     - planned maintenance every 250 hours, parts and labor included
     - chargers included (1 per 2 trucks)
     - loaner truck within 24 hours if a unit is down

     Delivery targeted for the week of December 15.

     -- 
     Marcus Bell
     Buckeye Lift & Material Handling
     614 555 0127"""),
   M("2031-12-08 17:05", "in", "RE: Revised lease - 8 lithium trucks, 48 months", """
     Marcus,

     Howard signed it Friday, PDF attached.

     Delivery: we need all 8 in the building by Friday December 19. The old lease trucks get picked up the 22nd and the week before Christmas is our biggest week of the year, we can't go a single day short. Can you confirm?

     Second thing - operator training on the lithium charging. Plugging in on breaks is new for my guys and I don't want dead trucks at 4pm. Is that something you do on site, and what does it cost?

     Invoices go to Scioto Valley Beverage Distributors LLC, ap@sciotobev.example.com please.

     Dana""")],
  kp=[("lease signed: 8 lithium trucks at $1,315 per unit per month over 48 months",
       ["$1,315", "48 months", "lithium"]),
      ("maintenance every 250 hours and a loaner within 24 hours",
       ["250 hours", "loaner"]),
      ("all 8 trucks needed by Friday December 19 (old trucks picked up the 22nd)",
       ["December 19"]),
      ("invoices to Scioto Valley Beverage Distributors LLC",
       ["Scioto Valley Beverage Distributors LLC"])],
  mn=["$1,085", "$1,260", "60-month", "Jim", "don't tell them yet", "Dayton yard", "Call Dana"],
  slots=["whether all 8 trucks can be delivered by Friday December 19",
         "whether operator training on opportunity charging is done on site, and its cost"],
  meta=dict(shape="notes plus mail", group="native", place="USA/Ohio (Columbus)", city="Columbus", region="Ohio",
            kinds=["choice", "rev", "accept", "addon", "coll", "noteans", "kept", "deadline", "doc", "q"],
            notes="lead-acid $1,085 / lithium $1,260 over 60 months superseded by lithium $1,315 over 48 months (note, then revised lease 'Thu': kept); chargers and loaner answered in the note; signed; delivery by Friday December 19 and on-site charging training are slots; invoice to the LLC; Jim and the stock shortage internal; the rep signs with a '-- ' marker."))

# ---------------------------------------------------------------- 07 Tauranga, HTML-only with <ol>
tz = "Pacific/Auckland"
C(7, "dock-doors-levellers-coldstore-tauranga", "dock doors and levellers", "en",
  "2031-12-11 09:00", tz,
  ("Mereana Walker", "mereana@bayfrost.example.co.nz"),
  ("Josh Cartwright", "josh@sealmasterdock.example.co.nz", "Josh Cartwright\nSealmaster Dock Systems\n07 555 0184"),
  [M("2031-11-26 13:30", "out", "Dock upgrade - Bayfrost Coldstores", """
     Kia ora Mereana,

     Thanks for having me on site. Pricing for the 4 dock positions on the loadout side:

     - insulated sectional doors: NZ$9,850 each
     - hydraulic dock levellers, 6 tonne: NZ$7,420 each
     - inflatable dock shelters: NZ$4,180 each
     - optional: high-speed fast-roll freezer doors instead of the sectionals: NZ$16,900 each

     All prices installed, excluding GST.

     Cheers,
     Josh Cartwright
     Sealmaster Dock Systems
     07 555 0184"""),
   M("2031-12-09 16:10", "in", "RE: Dock upgrade - Bayfrost Coldstores", """
     <html><body>
     <div>Kia ora Josh,</div>
     <div><br></div>
     <div>Hemi (our engineering lead) and I went through it properly. Where we've landed:</div>
     <ol>
     <li>Sectional doors, not the fast-roll ones &ndash; can't justify that price this year</li>
     <li>5 positions, not 4 &ndash; we're reopening bay 5 for the avocado run</li>
     <li>levellers and shelters on all five</li>
     <li>install has to be while we're shut, Thursday 25 December to Sunday 4 January. Can your crew do that?</li>
     <li>does your price include taking out the old roller doors and getting rid of them?</li>
     </ol>
     <div>Flick me an email rather than ringing, mobile reception in the chambers is useless.</div>
     <div><br></div>
     <div>Ng&amacr; mihi,<br>Mereana Walker<br>Site Manager, Bayfrost Coldstores</div>
     </body></html>""", "text/html")],
  kp=[("sectional doors at NZ$9,850, levellers at NZ$7,420 and shelters at NZ$4,180 each",
       ["NZ$9,850", "NZ$7,420", "NZ$4,180"]),
      ("now 5 positions, levellers and shelters on all",
       ["5 positions"]),
      ("install window Thursday 25 December to Sunday 4 January",
       ["25 December", "4 January"])],
  mn=["NZ$16,900", "4 dock positions", "mobile reception in the chambers"],
  slots=["whether the crew can install between Thursday 25 December and Sunday 4 January",
         "whether removal and disposal of the old roller doors is included"],
  meta=dict(shape="HTML-only", group="native", place="New Zealand/Bay of Plenty (Tauranga)", city="Tauranga", region="Bay of Plenty",
            kinds=["choice", "corr", "coll", "deadline", "time", "q"],
            notes="sectional doors chosen over fast-roll, 4 -> 5 positions (<ol>); install over the Christmas shutdown and removal of old doors are slots; email rather than phone; now is already Thursday 11 December in Tauranga."))

# ---------------------------------------------------------------- 08 Reno, quoted thread (Gmail)
tz = "America/Los_Angeles"
C(8, "fuel-cards-coach-operator-reno", "fuel and charging cards", "en",
  "2031-12-11 09:00", tz,
  ("Bonnie Achterberg", "bonnie@sierrasilvercoach.example.com"),
  ("Trent Mahaffey", "trent@highdesertfuel.example.com", "Trent Mahaffey\nHighDesert FuelCard\n775 555 0139"),
  [M("2031-11-25 10:12", "out", "Fuel cards for Sierra Silver Coachways", """
     Hi Bonnie,

     Good talking with you. Two ways to set up your coaches:

     ProFleet: 6¢ per gallon rebate on diesel at our partner truck stops, no card fee, up to 30 cards.
     ProFleet Plus: 8¢ per gallon rebate, $4 per card per month, plus fuel-type controls and per-card daily limits.

     Both come with driver PIN and odometer prompt at the pump, and weekly billing with a 14-day term.

     Trent Mahaffey
     HighDesert FuelCard
     775 555 0139"""),
   M("2031-12-09 21:05", "in", "Re: Fuel cards for Sierra Silver Coachways", """
     Trent,

     Let's go with the Plus. 26 coaches, one card per coach, not per driver - our drivers rotate between coaches all week so that's the only way the odometer numbers make sense.

     Luis (he runs our shop) asked a couple of things, below. Big one for me: we start the ski charters up to Tahoe on Friday December 19. Can we have the cards in hand before that?

     Bonnie Achterberg
     Owner, Sierra Silver Coachways
     775 555 0102

     On Tue, Dec 9, 2031 at 3:47 PM Luis Ortega <luis@sierrasilvercoach.example.com> wrote:
     > Bonnie, before you sign ask him:
     > - can the cards be locked to diesel and DEF only? no snacks, no gas for personal cars
     > - do the stations in Truckee count for the rebate? thats where we fill on the Tahoe runs
     >
     > On Tue, Nov 25, 2031 at 10:12 AM Trent Mahaffey <trent@highdesertfuel.example.com> wrote:
     >> Hi Bonnie,
     >>
     >> Good talking with you. Two ways to set up your coaches:
     >>
     >> ProFleet: 6¢ per gallon rebate on diesel at our partner truck stops, no card fee, up to 30 cards.
     >> ProFleet Plus: 8¢ per gallon rebate, $4 per card per month, plus fuel-type controls and per-card daily limits.
     >>
     >> Both come with driver PIN and odometer prompt at the pump, and weekly billing with a 14-day term.
     >>
     >> Trent Mahaffey
     >> HighDesert FuelCard
     >> 775 555 0139""")],
  kp=[("ProFleet Plus: 8¢ per gallon rebate, $4 per card per month",
       ["ProFleet Plus", "8¢", "$4"]),
      ("26 coaches, one card per coach (not per driver)",
       ["26 coaches", "per coach"]),
      ("cards needed before the ski charters start Friday December 19",
       ["December 19"])],
  mn=["6¢", "30 cards", "775 555 0102"],
  slots=["whether the cards can be locked to diesel and DEF only",
         "whether the Truckee stations count for the rebate",
         "whether the cards can be in hand before Friday December 19"],
  meta=dict(shape="quoted thread", group="native", place="USA/Nevada (Reno)", city="Reno", region="Nevada",
            quote="Gmail: 'On Tue, Dec 9, 2031 at 3:47 PM X <...> wrote:' (PST), nested '>'",
            kinds=["choice", "accept", "coll", "relay", "deadline", "q"],
            notes="ProFleet Plus chosen, one card per coach; Luis's two questions (Gmail-quoted) and cards before Friday December 19 are slots."))

# ---------------------------------------------------------------- 09 Daventry, notes plus mail
tz = "Europe/London"
C(9, "tachograph-analysis-driver-cpc-haulier-daventry", "tachograph services and driver training", "en",
  "2031-12-10 10:00", tz,
  ("Ian Blakemore", "ian.blakemore@nenevalleyhaulage.example.co.uk"),
  ("Priya Chauhan", "priya.chauhan@tachosure.example.co.uk", "Priya Chauhan\nTachoSure Compliance Ltd\n01327 555 208"),
  [M("2031-10-30 09:30", "out", "Tachograph analysis and CPC - proposal", """
     Dear Ian,

     Following our chat at the Road Transport Expo stand, here is what we would do for Nene Valley Haulage:

     Remote driver card downloads and analysis: £6.50 per driver per month
     Vehicle unit downloads: £3 per vehicle per month
     Infringement reports: monthly, with a signed-off driver debrief sheet
     Driver CPC periodic training, 7-hour modules: £95 per driver

     Kind regards,
     Priya Chauhan
     TachoSure Compliance Ltd
     01327 555 208"""),
   M("2031-11-10 18:05", "in", "Re: Tachograph analysis and CPC - proposal", """
     Priya

     55 drivers, 48 units on the road. We had DVSA in September and came away with an advisory for missed downloads, so this needs sorting.

     Monthly reports are too slow for me, by the time I see an infringement the driver's done it four more times. Can you do weekly?

     CPC - 12 drivers are due before March. Do you run Saturdays? They're on the road Monday to Friday and I can't take them off.

     Ian Blakemore
     Transport Manager
     Nene Valley Haulage"""),
   N("2031-11-13 12:10", """
     Spoke Ian (tel). Weekly infringement reports OK -> £7.10/driver/mo incl weekly. VU £3 unchanged. CPC Saturdays yes, in our Daventry training room, min 8 drivers per session; group rate £85/driver for his 12. Send contract Mon. Kev can't run Saturday sessions till Feb - use Sandra, don't commit Jan dates yet."""),
   M("2031-11-17 10:20", "out", "Contract and CPC booking form", """
     Dear Ian,

     Thanks for the call on Thursday. Contract attached, as agreed:

     - remote driver card downloads and analysis with weekly infringement reports: £7.10 per driver per month
     - vehicle unit downloads: £3 per vehicle per month
     - Driver CPC on Saturdays at our Daventry training room, £85 per driver for your group of 12

     Kind regards,
     Priya Chauhan
     TachoSure Compliance Ltd
     01327 555 208"""),
   M("2031-12-09 16:45", "in", "Re: Contract and CPC booking form", """
     Priya

     Contract signed and sent back this afternoon.

     Can we book the first CPC Saturday for Saturday 10 January? I'd rather get 6 of them done before the weather turns and the other 6 in February.

     Also our MD wants a one-off audit of the last 12 months of tacho data before DVSA come back in the spring - what would that cost?

     Invoices to Nene Valley Haulage Ltd please.

     Ian

     PS no calls Tuesday or Thursday mornings, that's walkround checks.""")],
  kp=[("contract signed: weekly infringement reports at £7.10 per driver per month, vehicle unit downloads £3",
       ["£7.10", "weekly", "£3"]),
      ("Driver CPC on Saturdays in Daventry at £85 per driver for the group of 12; first Saturday requested Saturday 10 January",
       ["£85", "Saturday 10 January"]),
      ("one-off audit of the last 12 months of tacho data requested",
       ["audit"]),
      ("invoices to Nene Valley Haulage Ltd",
       ["Nene Valley Haulage Ltd"])],
  mn=["£6.50", "£95", "Kev", "Sandra", "don't commit", "Spoke Ian"],
  slots=["whether Saturday 10 January is available for the first CPC session",
         "the price of a one-off audit of the last 12 months of tacho data"],
  meta=dict(shape="notes plus mail", group="native", place="England/Northamptonshire (Daventry)", city="Daventry", region="Northamptonshire",
            kinds=["rev", "accept", "addon", "coll", "noteans", "kept", "deadline", "doc", "time", "q"],
            notes="£6.50 with monthly reports and £95 CPC superseded by £7.10 weekly and £85 on Saturdays (note, then contract 'Mon': kept); signed; Saturday 10 January and the audit price are slots ('don't commit Jan dates' internal); no calls Tuesday or Thursday mornings."))

# ---------------------------------------------------------------- 10 Durban, no draft (auto-reply running)
tz = "Africa/Johannesburg"
C(10, "ev-charging-cards-taxi-fleet-durban-ooo", "fuel and charging cards", "en",
  "2031-12-10 09:30", tz,
  ("Nokuthula Mthembu", "nokuthula@bereacabs.example.co.za"),
  ("Ruan Steyn", "ruan.steyn@voltpointfleet.example.co.za", "Ruan Steyn\nVoltPoint Fleet Charging\n031 555 0247"),
  [M("2031-11-24 10:00", "out", "Charging cards for Berea Cabs", """
     Hi Nokuthula,

     Thanks for taking my call on Friday. For your electric cabs, the VoltPoint Fleet card gives:

     - R4.20 per kWh at our DC chargers on the Umgeni Road and uMhlanga sites
     - one monthly statement per car, with driver tags
     - no card fee for the first 12 months

     Ruan"""),
   M("2031-11-27 14:35", "in", "RE: Charging cards for Berea Cabs", """
     Hi Ruan

     Interesting. Send me a pilot proposal for 10 cars and I'll take it to the partners.

     Nokuthula"""),
   M("2031-12-03 11:10", "out", "Pilot proposal - 10 cars", """
     Hi Nokuthula,

     As requested, the pilot: 10 cards for 3 months at R4.20 per kWh, no card fee, weekly usage report per car, and a review meeting at the end. If the partners are happy we roll it out to the rest of the fleet on the same rate.

     Ruan Steyn
     VoltPoint Fleet Charging
     031 555 0247"""),
   M("2031-12-09 09:00", "out", "Re: Pilot proposal - 10 cars", """
     Hi Nokuthula,

     Did the partners get a chance to look at the pilot? Happy to come over and take them through it.

     Ruan"""),
   M("2031-12-09 09:01", "in", "Automatic reply: Re: Pilot proposal - 10 cars", """
     Thank you for your email. I am on leave from Monday 8 December 2031 and will be back in the office on Monday 12 January 2032. For bookings please contact dispatch@bereacabs.example.co.za. Your message will not be forwarded.

     Nokuthula Mthembu
     Berea Cabs""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="native", place="South Africa/KwaZulu-Natal (Durban)", city="Durban", region="KwaZulu-Natal",
            kinds=["ooo"],
            notes="auto-reply 1 minute after the rep's chaser: 'back in the office on Monday 12 January 2032' (now Wednesday 10 December)."))
