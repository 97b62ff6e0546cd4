from lib import Case

CASES = []

# 01 Bristol, telematics, water utility fleet, notes+mail
c = Case(1, "van-telematics-water-utility-fleet-bristol", "telematics", "en", "Europe/London", "2034-12-05 10:00",
         ("Fiona Ashworth", "fiona.ashworth@severnside-water.example.com"),
         ("Callum Pryce", "callum.pryce@tracklane.example.com", "Callum Pryce\nAccount Manager, Tracklane Telematics\n0117 555 0148"),
         "native: England (Bristol)", "notes+mail")
c.msg("inbound", "2034-11-13 08:40", "Telematics for our van fleet",
"""Hi Callum,

Got your name from the fleet forum at Silverstone. We run 86 vans out of two depots (Avonmouth and Keynsham) and the contract with our current tracking supplier ends in March. What I need:

- live location and job times for the control room
- driver behaviour scoring (harsh braking, speeding, idling)
- some kind of privacy setting out of hours, the union will insist on it

We've also got 12 tipper trucks. Do your units read fuel data off the tippers' CAN-bus or is that an extra box?

Could you give me a ring this week? Afternoons suit me best, I'm out on the depots most mornings.

Thanks
Fiona Ashworth
Fleet Manager | Severnside Water Services Ltd
Mob 07700 555 214""")
c.note("2034-11-15 16:05", """Call w/ Fiona, 30 min. Scope now 86 vans + 12 tippers = 98 units. Told her out-of-hours privacy toggle is standard. Quote to go before the weekend. Need to ask Dev re CAN-bus on the tippers, not sure our TL4 box reads them. She prefers calls after lunch.""")
c.msg("outbound", "2034-11-17 15:20", "Tracklane quote - 98 vehicles",
"""Hi Fiona,

Thanks for your time on the phone. As promised, here's our quote for all 98 vehicles (86 vans and 12 tippers):

- TL4 tracking unit, driver scoring and control-room dashboard: £14.50 per vehicle per month, 36-month term
- installation £45 per vehicle, done at your depots

Privacy mode out of hours is included at no extra cost.

Best,
Callum""")
c.msg("inbound", "2034-11-28 09:05", "RE: Tracklane quote - 98 vehicles",
"""Callum,

Thanks for this. Two things came back from internal review:

Finance would rather commit to 24 months than 36, what does that do to the monthly price?
Colin, our union rep, wants to know if the drivers can see their own scores. He says that would make it a lot easier to sell to the lads.

Our board meets Thursday 14 December and I need final numbers well before that.

Fiona""")
c.note("2034-12-04 17:10", """Rang Fiona back (after 2pm as she likes). 24-month term = £15.90 per vehicle per month, install stays £45. Drivers can see their own score in the driver app - yes, told her. Agreed a pilot on 10 vans from Mon 11 Dec, fitted at Avonmouth depot. Revised quote + pilot agreement to go out Wed. CAN-bus on the tippers still unknown - Dev hasn't answered, chase him.""")
c.kp("24-month term at £15.90 per vehicle per month, installation £45", "£15.90", "24-month", "£45")
c.kp("pilot on 10 vans from Monday 11 December at the Avonmouth depot", "10 vans", "11 Dec", "Avonmouth")
c.kp("revised quote and pilot agreement still to be sent", "pilot agreement")
c.must_not += ["£14.50", "Dev hasn't answered", "Rang Fiona", "07700 555 214", "chase him"]
c.answer_slots += ["whether the TL4 units read fuel data off the tippers' CAN-bus or need an extra box"]
CASES.append(c)

# 02 Belfast, tyres, taxi firm, quoted Outlook
c = Case(2, "all-season-tyres-taxi-fleet-belfast", "tyres", "en", "Europe/London", "2034-12-04 14:00",
         ("Declan McAteer", "declan@lagancabs.example.com"),
         ("Ruairi Quinn", "ruairi.quinn@northtread.example.net", "Ruairi Quinn\nNorthtread Tyre Services\n028 9055 5173"),
         "native: Northern Ireland (Belfast)", "quoted (Outlook)")
c.msg("inbound", "2034-12-04 11:32", "RE: Tyres for the cabs",
"""Ruairi,

Right, we'll go with the all-season ones for the 40 cars, so that's 160 tyres. Can your lads do 8 cars a night starting Monday 11 December? Any earlier and I'm short of cars for the Christmas parties.

Siobhan who runs the night desk asked whether you'd give us a 30-day account instead of paying card on the night. And you said you'd check if the old tyres are taken away free or if there's a charge for that, never heard back.

Cheers
Declan

Declan McAteer
Operations, Lagan Cabs Ltd
T: 028 9055 5822

From: Ruairi Quinn <ruairi.quinn@northtread.example.net>
Sent: Wednesday, November 22, 2034 9:47 AM
To: Declan McAteer <declan@lagancabs.example.com>
Subject: RE: Tyres for the cabs

Hi Declan,

Good to hear from you. Both options in 205/55 R16 for the Octavias:

All-season: £89 per tyre fitted and balanced
Winter: £97 per tyre fitted and balanced

We can fit at our Boucher Road site between 19:00 and 23:00 so the cars are off the road for the quiet hours only. I'll check whether disposal of the old tyres is included and come back to you.

Regards,
Ruairi

From: Declan McAteer <declan@lagancabs.example.com>
Sent: Tuesday, November 21, 2034 4:12 PM
To: Ruairi Quinn <ruairi.quinn@northtread.example.net>
Subject: Tyres for the cabs

Hi Ruairi,

We've 40 Skoda Octavias on the road, all on 205/55 R16 and most are near the legal limit. Thinking winter tyres or all-season, not sure which makes sense here as we get maybe a week of snow a year. Big thing is we can't lose cars during the day. Can you fit at night?

Declan""")
c.kp("all-season 205/55 R16 at £89 per tyre fitted, 160 tyres for 40 cars", "All-season", "£89", "160 tyres")
c.kp("fitting at Boucher Road between 19:00 and 23:00", "Boucher Road", "19:00")
c.kp("customer wants 8 cars a night from Monday 11 December", "8 cars a night", "11 December")
c.must_not += ["£97", "028 9055 5822", "never heard back"]
c.answer_slots += ["whether 8 cars a night from Monday 11 December can be booked",
                   "whether Lagan Cabs can have a 30-day account",
                   "whether taking away the old tyres is free or charged"]
CASES.append(c)

# 03 Denver, EV chargers, dealership, html
c = Case(3, "ev-chargers-service-lot-dealership-denver", "EV chargers", "en", "America/Denver", "2034-12-06 11:00",
         ("Marisol Trujillo", "mtrujillo@foothillauto.example.com"),
         ("Brent Halvorsen", "brent@voltpost.example.com", "Brent Halvorsen\nVoltPost Charging Solutions\n(303) 555-0187"),
         "native: Colorado (Denver)", "html")
c.msg("inbound", "2034-11-14 10:22", "Chargers for Foothill Honda",
"""<html><body><p>Hi Brent,</p>
<p>Thanks for stopping by the booth last week. The manufacturer's EV program makes us add charging at the Honda store by Q2 next year. Here is roughly what we think we need:</p>
<ul>
<li>6 Level 2 chargers on the service lot for loaners and repair-orders</li>
<li>2 DC fast chargers out front for customers and deliveries</li>
<li>load management, our electrical service is only 800 amps</li>
</ul>
<p>Can you send a proposal with installation included?</p>
<p>Marisol Trujillo<br>Director of Operations<br>Foothill Auto Group<br>(720) 555-0391</p>
</body></html>""", "text/html")
c.msg("outbound", "2034-11-17 16:40", "VoltPost proposal - Foothill Honda",
"""Hi Marisol,

Attached is our proposal for the Honda store: 6 Level 2 chargers (19.2 kW) and 2 DC fast chargers (150 kW each) with dynamic load management so you stay inside the 800 amp service. Total installed price $186,400. Software and network: $1,920 per year for all eight ports.

Happy to walk your electrician through the single-line drawing.

Brent""")
c.msg("inbound", "2034-12-04 13:55", "RE: VoltPost proposal - Foothill Honda",
"""<html><body><p>Brent,</p>
<p>We went over the proposal with our GM. A few changes and questions before we can sign anything:</p>
<ol>
<li>We only want <b>one</b> DC fast charger, but the bigger one, 180 kW. What's the new total?</li>
<li>Can the trenching be done before Dec 22? The lot is quieter then, January is tax-refund season and we'll be packed.</li>
<li>Rick (our GM) asks if you offer a 5-year parts and labor warranty on the DC unit.</li>
</ol>
<p>Thanks,<br>Marisol</p>
</body></html>""", "text/html")
c.kp("revised scope: 6 Level 2 chargers and one DC fast charger of 180 kW", "180 kW", "6 Level 2")
c.kp("software and network $1,920 per year", "$1,920")
c.kp("trenching wished before Dec 22", "Dec 22")
c.must_not += ["$186,400", "(720) 555-0391", "tax-refund season"]
c.answer_slots += ["the new total with one 180 kW DC fast charger",
                   "whether trenching can be done before Dec 22",
                   "whether a 5-year parts and labor warranty is offered on the DC unit"]
CASES.append(c)

# 04 Halifax NS, fleet leasing for a driving school, notes-only
c = Case(4, "dual-control-car-leasing-driving-school-halifax-prospect", "fleet leasing", "en", "America/Halifax", "2034-12-05 09:30",
         ("Tamara Boudreau", "tamara@boudreaudriving.example.org"),
         ("Owen MacLellan", "omaclellan@harbourfleet.example.com", "Owen MacLellan\nHarbour Fleet Leasing\n902-555-0164"),
         "native: Nova Scotia (Halifax)", "notes-only")
c.note("2034-11-23 15:40", """Walk-in at the Dartmouth office: Tamara Boudreau, owner of Boudreau Driving School (5 instructors, Bedford + Dartmouth). Current 4 Corollas are 2028s with 240k+ km, she wants to replace all 4 with leased compacts fitted with dual brake pedals. 48-month lease, ~25k km/yr each. Rough number I gave: $689/month per car incl. dual controls. Sent her home with the brochure.""")
c.note("2034-12-04 16:20", """Tamara called. Wants 5 cars not 4 - she's hiring a sixth instructor in Jan, one car shared. Mileage more like 30k km/yr. Repriced on the phone: $712/month per car, 48 months, dual controls + winter tire set included. Test drive of the dual-control demo car Fri 8 Dec 2pm at the Dartmouth lot. She asked whether we could take her old Corollas on trade - need Gord to look at them first, he's away till Thursday.""")
c.kp("5 cars at $712 per month each over 48 months, dual controls and winter tire set included", "$712", "5 cars", "winter tire")
c.kp("test drive Friday 8 December at 2pm at the Dartmouth lot", "Fri 8 Dec", "2pm", "Dartmouth")
c.kp("30k km per year", "30k km")
c.must_not += ["$689", "Walk-in at", "Gord", "he's away till Thursday", "Tamara called"]
c.answer_slots += ["whether the old Corollas can be taken on trade and for how much"]
CASES.append(c)

# 05 Columbus OH, fleet insurance, delivery firm, quiet
c = Case(5, "fleet-insurance-delivery-vans-columbus-quiet", "fleet insurance", "en", "America/New_York", "2034-12-04 10:00",
         ("Derrick Lowery", "dlowery@buckeyeparcel.example.com"),
         ("Janelle Ortiz", "jortiz@keystonefleetins.example.net", "Janelle Ortiz\nKeystone Fleet Insurance Agency\n(614) 555-0122"),
         "native: Ohio (Columbus)", "no-draft: quiet")
c.msg("outbound", "2034-11-20 14:10", "Fleet policy renewal - options",
"""Hi Derrick,

As discussed, here are two options for the 34-van renewal starting January 1: the standard plan at $148,300 a year, or the same cover with a $2,500 deductible at $131,900. Happy to go through them whenever suits.

Janelle""")
c.msg("inbound", "2034-11-30 18:45", "RE: Fleet policy renewal - options",
"""Janelle, we're buried in holiday volume, drivers doing 12-hour routes and I'm covering dispatch myself. Please hold off on any calls or emails until Monday, December 18. I'll go through the two options with the owner that week and get back to you.

Derrick
Buckeye Parcel Express""")
c.expect_draft = False
CASES.append(c)

# 06 Perth WA, car-wash equipment, notes+mail
c = Case(6, "rollover-car-wash-upgrade-fuel-station-perth", "car-wash equipment", "en", "Australia/Perth", "2034-12-06 10:00",
         ("Kirsty Delaney", "kirsty@swanvalleyfuel.example.net"),
         ("Hamish Nguyen", "hamish.nguyen@aquaglide.example.com", "Hamish Nguyen\nAquaglide Wash Systems\n08 9555 0126"),
         "native: Western Australia (Perth)", "notes+mail")
c.msg("inbound", "2034-11-08 07:50", "Replacing the rollover at Midland",
"""Morning Hamish,

Our rollover wash at the Midland site is 14 years old and it's falling apart, we had it down 9 days in October. I'd like to look at replacing it before the summer rush. We're on bore water so water recycling matters a lot, the council is on us about usage.

Can you come out and have a look?

Kirsty Delaney
Site Operations Manager
Swan Valley Fuel Co.
0412 555 307""")
c.note("2034-11-10 13:30", """Site visit Midland with Kirsty. Bay is 4.2 m wide - fits the AG-300 rollover, not the tunnel. Wants recycling unit + a touchless option. Quote to go out by Wed next week. Internal: their bay floor is cracked, Pete reckons slab repair could be another 8-10k, not our job but warn her.""")
c.msg("outbound", "2034-11-15 16:10", "Quote - AG-300 rollover, Midland",
"""Hi Kirsty,

Thanks for showing me round. Quote attached:

- AG-300 rollover with brush and touchless modes: $162,000 ex GST
- ReCirc water recycling unit (up to 80% water reuse): $38,500 ex GST
- removal of the old machine and installation: $11,800 ex GST

Lead time is 6 weeks from order.

Cheers,
Hamish""")
c.msg("inbound", "2034-11-29 12:20", "RE: Quote - AG-300 rollover, Midland",
"""Hamish, the owners like it but $162k plus recycling is over what Tony signed off for this financial year. Tony wants to know if there's a rental or finance option. Also could installation happen mid-January? We really can't have the wash shut over Christmas.

Kirsty""")
c.note("2034-12-05 15:40", """Phone Kirsty. Finance option through our partner: 60 months at $4,310/month ex GST incl. machine, recycling unit and install, $1 buyout. She'll take it to Tony. Install agreed for week of 15 Jan, machine out Mon 15 Jan, wash back running Fri 19 Jan. Finance application form + updated quote to send her Thu. Haven't mentioned the cracked slab yet.""")
c.kp("finance over 60 months at $4,310 per month ex GST including machine, recycling unit and install", "$4,310", "60 months")
c.kp("installation Monday 15 January, wash running again Friday 19 January", "15 Jan", "19 Jan")
c.kp("finance application form and updated quote to be sent", "application form")
c.must_not += ["Pete reckons", "0412 555 307", "Haven't mentioned", "Phone Kirsty"]
CASES.append(c)

# 07 Atlanta, workshop lifts for truck repair shop, ooo-past
c = Case(7, "heavy-duty-column-lifts-truck-repair-shop-atlanta-ooo-past", "workshop lifts", "en", "America/New_York", "2034-12-05 09:00",
         ("Lamar Whitfield", "lamar@peachtreediesel.example.com"),
         ("Shannon Kowalczyk", "skowalczyk@liftworx.example.net", "Shannon Kowalczyk\nLiftWorx Equipment\n(404) 555-0139"),
         "native: Georgia (Atlanta)", "ooo-past")
c.msg("inbound", "2034-11-16 11:05", "Mobile column lifts",
"""Shannon, we need to get our bigger tractors off the ground without tying up the pit. Looking at a set of 4 mobile column lifts, around 18,000 lb per column. Also - would your tech inspect our two old in-ground lifts on the same trip? ANSI inspection is due.

Lamar Whitfield
Shop Manager, Peachtree Diesel & Trailer
(678) 555-0410""")
c.msg("outbound", "2034-11-28 10:30", "Quote - 4 x 18,000 lb mobile column lifts",
"""Hi Lamar,

Here's the quote for a set of four wireless mobile column lifts, 18,000 lb per column: $52,960 delivered, with operator training for your techs included. I've held a delivery slot for Thursday, December 14. To keep it I need the signed quote back by December 8.

Thanks,
Shannon""")
c.msg("inbound", "2034-11-28 10:31", "Automatic reply: Quote - 4 x 18,000 lb mobile column lifts",
"""I'm out of the office at a dealer conference and will return Monday, December 4. For anything urgent in the shop please call my service writer Travis Bell at (678) 555-0477.

Lamar""")
c.kp("four mobile column lifts, 18,000 lb per column, $52,960 delivered with operator training", "$52,960", "18,000 lb")
c.kp("delivery slot held for Thursday, December 14; signed quote needed by December 8", "December 14", "December 8")
c.must_not += ["Travis Bell", "(678) 555-0477", "dealer conference"]
c.answer_slots += ["whether the tech can inspect the two in-ground lifts on the same trip"]
CASES.append(c)

# 08 Cork, vehicle wraps, coach operator, quoted Gmail
c = Case(8, "coach-livery-wraps-coach-operator-cork", "vehicle wraps", "en", "Europe/Dublin", "2034-12-04 15:00",
         ("Niamh O'Driscoll", "niamh@leecoaches.example.com"),
         ("Aidan Burke", "aidan@wrapstar.example.org", "Aidan Burke\nWrapstar Graphics\n021 455 5930"),
         "native: Ireland (Cork)", "quoted (Gmail)")
c.msg("inbound", "2034-12-04 09:18", "Re: New livery for the coaches",
"""Hi Aidan,

Thanks, we're happy enough with the mock-up v2, only change is the phone number on the back needs to be the bookings line, not the office one. We'll do 6 coaches not 5, the new Irizar arrives next week.

Mick in the garage is asking whether you need the coaches washed and dry the day before or can you do that yourselves? And can you work in our yard at Little Island, we can't spare the coaches for a drive to yours.

Would like the first ones done before the 8th if at all possible, we've a big school run contract starting in January and want them looking well.

Niamh

On Thu, 23 Nov 2034 at 14:06, Aidan Burke <aidan@wrapstar.example.org> wrote:
> Hi Niamh,
>
> Mock-up v2 attached with the green moved lower on the sides.
> Full wrap per 12.9 m coach: EUR 4,850 + VAT, fitted, cast vinyl with
> 7-year life. For 5 coaches that's EUR 24,250 + VAT.
>
> Each coach takes us 2 days. I'll come back to you about dates once I
> see the fitters' rota.
>
> Aidan
>
> On Mon, 20 Nov 2034 at 10:41, Niamh O'Driscoll <niamh@leecoaches.example.com> wrote:
> > Aidan,
> >
> > We want to rebrand the fleet in the new Lee Coaches colours, 5 coaches
> > to start. Can you send a price and a mock-up? Logo files attached.
> >
> > Niamh O'Driscoll
> > Lee Coaches Ltd
> > 086 555 2871
""")
c.kp("6 coaches at EUR 4,850 + VAT each, fitted", "6 coaches", "EUR 4,850")
c.kp("mock-up v2 approved with the bookings line on the back", "v2", "bookings line")
c.kp("each coach takes 2 days", "2 days")
c.must_not += ["EUR 24,250", "086 555 2871", "For 5 coaches"]
c.answer_slots += ["dates for the wraps and whether the first ones can be done before the 8th",
                   "whether the coaches must be washed and dry the day before",
                   "whether the fitters can work in the yard at Little Island"]
CASES.append(c)

# 09 Calgary, fuel cards, oilfield service trucking, notes+mail
c = Case(9, "fuel-cards-oilfield-service-trucks-calgary", "fuel cards", "en", "America/Edmonton", "2034-12-05 13:00",
         ("Wade Kowalchuk", "wade.k@chinookwell.example.com"),
         ("Priyanka Sandhu", "psandhu@prairiefuelcard.example.net", "Priyanka Sandhu\nPrairie FuelCard\n403-555-0171"),
         "native: Alberta (Calgary)", "notes+mail")
c.note("2034-11-09 11:15", """Call w/ Wade Kowalchuk, fleet coordinator at Chinook Well Services. 41 pickups + 9 pressure trucks, drivers pay on personal cards and expense it - nightmare for their accounting. Wants cards with per-driver PINs and product limits (diesel + DEF only on the trucks). Rate sheet to him Mon.""")
c.msg("outbound", "2034-11-13 09:40", "Prairie FuelCard - rates for Chinook Well Services",
"""Hi Wade,

As promised, our rates for 50 cards:

- 4.5 cents per litre off pump price on diesel at partner sites
- $2 per card per month, first 3 months free
- per-driver PINs and product limits at no charge

Let me know what questions come up.

Priyanka""")
c.msg("inbound", "2034-11-27 08:20", "RE: Prairie FuelCard - rates for Chinook Well Services",
"""Priyanka

Rates look ok. Our controller Brenda asked 2 things. Does the monthly statement break out GST per transaction, she needs that for the ITCs. And can we get a card per truck instead of per driver on the pressure trucks, since crews swap.

Also we have guys up near Grande Prairie a lot, are there enough partner sites up there?

Wade
Chinook Well Services Ltd.
C: 403-555-0822""")
c.note("2034-12-04 14:30", """Wade on phone. Statement shows GST per transaction - confirmed to him. Vehicle cards for the 9 pressure trucks fine, driver cards for the 41 pickups. Discount bumped to 5.2 cents/L if they commit 24 months. Application + credit form to send by Wed. Grande Prairie coverage - didn't have the list handy, told him I'd check. Marco says credit check takes 5 business days.""")
c.kp("5.2 cents per litre with a 24-month commitment", "5.2 cents", "24 months")
c.kp("vehicle cards for the 9 pressure trucks, driver cards for the 41 pickups", "9 pressure trucks", "41 pickups")
c.kp("application and credit form to be sent; GST shown per transaction", "credit form", "GST")
c.must_not += ["4.5 cents", "403-555-0822", "Marco says", "didn't have the list handy"]
c.answer_slots += ["how many partner sites there are near Grande Prairie"]
CASES.append(c)

# 10 Auckland, parking systems, car park operator, html
c = Case(10, "licence-plate-parking-system-carpark-operator-auckland", "parking systems", "en", "Pacific/Auckland", "2034-12-06 08:30",
         ("Aroha Tipene", "aroha.tipene@harbourparks.example.org"),
         ("Liam Fitzgerald", "liam@parkwise.example.com", "Liam Fitzgerald\nParkwise Systems\n09 555 0162"),
         "native: New Zealand (Auckland)", "html")
c.msg("inbound", "2034-11-21 14:05", "Ticketless entry for Karangahape Rd car park",
"""<html><body><p>Kia ora Liam,</p>
<p>We're looking at replacing the ticket machines at our 420-space car park on Karangahape Rd. Requirements:</p>
<ul>
<li>licence-plate recognition at 2 entry and 2 exit lanes</li>
<li>pay by app or at 2 pay stations (card only, no cash)</li>
<li>monthly permit holders recognised automatically</li>
</ul>
<p>Ngā mihi,<br>Aroha Tipene<br>Asset Manager, Harbour Parks Ltd<br>021 555 7410</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-24 11:30", "Parkwise proposal - Karangahape Rd",
"""Kia ora Aroha,

Proposal attached: LPR cameras on 4 lanes, 2 card-only pay stations, permit module and app payments. Hardware and install NZD 96,400 + GST, software NZD 1,150 + GST per month. Install takes about 10 working days with lanes closed one at a time.

Cheers,
Liam""")
c.msg("inbound", "2034-12-05 16:20", "RE: Parkwise proposal - Karangahape Rd",
"""<html><body><p>Hi Liam,</p>
<p>Thanks, this looks close. Our finance manager Mr Havili has these questions before board sign-off:</p>
<ol>
<li>Is there a discount if we sign a 5-year software term rather than 3?</li>
<li>Can install start after 8 January? December is our busiest month with Christmas shoppers.</li>
<li>What happens to entry if the internet connection drops?</li>
</ol>
<p>The board meets Wednesday 13 December so I'd need answers before then.</p>
<p>Aroha</p></body></html>""", "text/html")
c.kp("hardware and install NZD 96,400 + GST, software NZD 1,150 + GST per month", "96,400", "1,150")
c.kp("install about 10 working days, one lane at a time", "10 working days")
c.kp("answers needed before the board meeting of Wednesday 13 December", "13 December")
c.must_not += ["021 555 7410", "Christmas shoppers"]
c.answer_slots += ["whether a 5-year software term gets a discount",
                   "whether install can start after 8 January",
                   "what happens at entry if the internet connection drops"]
CASES.append(c)
