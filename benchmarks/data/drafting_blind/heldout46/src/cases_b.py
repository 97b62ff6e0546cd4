from lib import Case

CASES = []

# 11 Brno, bus spare parts, html (Czech writer)
c = Case(11, "brake-parts-framework-city-bus-operator-brno", "spare parts", "en", "Europe/Prague", "2034-12-04 10:00",
         ("Tomáš Dvořák", "t.dvorak@jihobus.example.com"),
         ("Ingrid Haugen", "ingrid.haugen@nordparts.example.net", "Ingrid Haugen\nNordParts Commercial Vehicles\n+47 22 55 50 91"),
         "non-native: Czech/South Moravia (Brno)", "html")
c.msg("inbound", "2034-11-15 09:12", "Brake parts for our buses - framework 2035",
"""<html><body><p>Dear Mrs. Haugen,</p>
<p>we are private bus operator with 64 city and regional buses, mostly Solaris and some Iveco Crossway. For year 2035 we want one supplier for brake parts. Please offer for:</p>
<ul>
<li>brake discs, front and rear</li>
<li>brake pads sets</li>
<li>brake calipers exchange units</li>
</ul>
<p>Delivery to our depot in Brno-Slatina, max 48 hours. Price list in EUR please.</p>
<p>With best regards<br>Tomáš Dvořák<br>Technical manager<br>JihoBus s.r.o.<br>+420 545 555 218</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-20 14:25", "NordParts offer - brake parts 2035",
"""Dear Mr. Dvořák,

Thank you for your enquiry. Attached is our price list for brake discs, pad sets and exchange calipers for your Solaris and Crossway buses. On the total we give 12% discount on list price for a one-year framework. Delivery to Brno-Slatina in 48 hours from our Linz hub, free from EUR 500 order value.

Kind regards,
Ingrid Haugen""")
c.msg("inbound", "2034-12-01 13:40", "RE: NordParts offer - brake parts 2035",
"""<html><body><p>Dear Mrs. Haugen,</p>
<p>thank you, prices are mostly OK. Before we sign I need still:</p>
<ol>
<li>Our competitor offer is 14% discount. Can you come to 14% if we sign for 2 years?</li>
<li>Mr. Zeman from our workshop asks if you take back old calipers also from Iveco, or only Solaris.</li>
<li>We need to start 2 January, because old contract ends 31.12. Is it possible?</li>
</ol>
<p>Please answer until 12 December, then we decide.</p>
<p>Best regards<br>Tomáš Dvořák</p></body></html>""", "text/html")
c.kp("12% discount on list price for a one-year framework, 48-hour delivery to Brno-Slatina", "12%", "48 hours", "Brno-Slatina")
c.kp("free delivery from EUR 500 order value", "EUR 500")
c.kp("decision after answers by 12 December; start wished 2 January", "12 December", "2 January")
c.must_not += ["+420 545 555 218", "Our competitor offer"]
c.answer_slots += ["whether 14% is possible with a 2-year contract",
                   "whether old Iveco calipers are taken back too",
                   "whether deliveries can start 2 January"]
CASES.append(c)

# 12 Aarhus, EV van leasing, delivery firm, notes+mail (Danish writer)
c = Case(12, "electric-van-leasing-parcel-courier-aarhus", "fleet leasing", "en", "Europe/Copenhagen", "2034-12-05 11:00",
         ("Mette Kjærgaard", "mette@jyllandbud.example.com"),
         ("Henning Weber", "henning.weber@greenlease-fleet.example.com", "Henning Weber\nGreenLease Fleet Solutions\n+49 40 555 3186"),
         "non-native: Danish/Central Jutland (Aarhus)", "notes+mail")
c.msg("inbound", "2034-11-14 08:05", "Leasing of electric vans",
"""Hi Henning

We are courier company in Aarhus with 22 diesel vans. From 2035 more and more of our customers want zero emission delivery in the city centre, so we want to lease 15 electric vans, medium size, 36 months. Can you make an offer incl. service and tyres? We drive ca. 140 km per day per van.

Med venlig hilsen / Best regards
Mette Kjærgaard
Fleet & Operations
Jylland Bud ApS
+45 86 55 59 12""")
c.note("2034-11-16 14:00", """Teams call Mette 45 min. 15 vans, e-Transit size. 140 km/day fine with 75 kWh battery even in winter. She wants charging boxes at their depot Skejby too - not our product, maybe refer to partner. Offer by Tue 21/11.""")
c.msg("outbound", "2034-11-21 10:15", "Offer - 15 electric vans, 36 months",
"""Hi Mette,

Thank you for the good talk. Our offer for 15 electric vans (75 kWh, 3.5 t):

- 36 months, 35,000 km per year
- DKK 6,940 per van per month excl. VAT, incl. service, tyres (summer and winter) and road assistance

Delivery of vans 10-12 weeks after order.

Best regards,
Henning""")
c.msg("inbound", "2034-11-30 15:30", "SV: Offer - 15 electric vans, 36 months",
"""Hi Henning

Thanks. Our owner Henrik say the price is a bit high. What if we take 48 months instead? And do you have some vans available faster, we would like the first 5 already in February.

Mette""")
c.note("2034-12-04 13:20", """Call w/ Mette. 48 months: DKK 6,520 per van/month excl. VAT, same incl. She liked it. First 5 vans from our stock in February possible (checked w/ logistics), rest April. contract draft to go out Thu. Charging partner intro still open - haven't asked ChargeNord yet, don't mention them by name until they agree.""")
c.kp("48 months at DKK 6,520 per van per month excl. VAT, service and tyres included", "DKK 6,520", "48 months")
c.kp("first 5 vans in February from stock, the rest in April", "February", "April")
c.kp("contract draft to be sent", "contract draft")
c.must_not += ["DKK 6,940", "ChargeNord", "+45 86 55 59 12", "Teams call", "haven't asked"]
CASES.append(c)

# 13 Bergen, paint booth, body shop, ooo (Norwegian writer)
c = Case(13, "paint-booth-replacement-body-shop-bergen-ooo", "paint booths", "en", "Europe/Oslo", "2034-12-06 10:00",
         ("Sigrid Mjelde", "sigrid@fjordbilskade.example.com"),
         ("Paolo Ferrante", "p.ferrante@cabinaverde.example.com", "Paolo Ferrante\nCabinaVerde Spray Booths\n+39 051 555 2290"),
         "non-native: Norwegian/Vestland (Bergen)", "no-draft: ooo")
c.msg("outbound", "2034-11-29 09:10", "Paint booth offer - Fjord Bilskade",
"""Dear Sigrid,

Following the visit, please find our offer for the 7 m combined spray and bake booth with heat recovery: EUR 78,900 installed. We can install in the week of 22 January if you confirm before 20 December.

Best regards,
Paolo""")
c.msg("inbound", "2034-12-05 09:11", "Automatisk svar: Paint booth offer - Fjord Bilskade",
"""Takk for din e-post. Jeg er på ferie og er tilbake på kontoret mandag 8. januar.

Thank you for your e-mail. I am on holiday and will be back in the office on Monday 8 January. For urgent damage claims please contact the workshop, verksted@fjordbilskade.example.com.

Sigrid Mjelde
Fjord Bilskade AS""")
c.expect_draft = False
CASES.append(c)

# 14 Thessaloniki, dashcams, taxi fleet, quoted Apple Mail iPhone (Greek writer)
c = Case(14, "dual-dashcams-taxi-cooperative-thessaloniki", "dashcams", "en", "Europe/Athens", "2034-12-06 12:00",
         ("Giorgos Papadakis", "g.papadakis@thermaikos-taxi.example.com"),
         ("Hanna Lindqvist", "hanna@roadeye.example.net", "Hanna Lindqvist\nRoadEye Dashcams\n+46 8 555 270 44"),
         "non-native: Greek/Central Macedonia (Thessaloniki)", "quoted (Apple Mail (iPhone))")
c.msg("inbound", "2034-12-06 08:47", "Re: Dashcams for taxis",
"""Hello Hanna good morning

We discuss in the board yesterday. We want the front+cabin model for 120 taxis, not 80, more members join from January. Price from your mail ok for us if you keep it for 120.

Our lawyer Mrs Karatza ask if the cabin camera can record only when there is incident, because GDPR and the passengers. Also you promise to send the Greek manual, still I dont have it.

Installation we prefer in our garage at Kalamaria, evening after 20:00 when shift change.

Giorgos

Sent from my iPhone

> On 24 Nov 2034, at 16:02, Hanna Lindqvist <hanna@roadeye.example.net> wrote:
>
> Dear Giorgos,
>
> Thank you for the meeting. Our offer for the RE-2 front and cabin dashcam:
> EUR 189 per unit incl. 64 GB card and hardwire kit, installation EUR 35 per car.
> For 80 taxis total EUR 17,920.
>
> I will send you the user manual in Greek next week.
>
> Best regards,
> Hanna
>
>> On 22 Nov 2034, at 11:30, Giorgos Papadakis <g.papadakis@thermaikos-taxi.example.com> wrote:
>>
>> Dear Mrs Lindqvist
>> We are cooperative of 80 taxi owners in Thessaloniki. After some attacks on drivers
>> we want cameras front and inside. Please send price.
>> Giorgos Papadakis
>> President, Thermaikos Taxi Cooperative
>> +30 2310 555 418
""")
c.kp("RE-2 front and cabin dashcam for 120 taxis at EUR 189 per unit, installation EUR 35 per car", "120 taxis", "EUR 189", "EUR 35")
c.kp("the Greek manual is still owed", "manual")
c.kp("installation at the garage in Kalamaria after 20:00", "Kalamaria", "20:00")
c.must_not += ["EUR 17,920", "+30 2310 555 418", "still I dont have it", "attacks on drivers", "Sent from my iPhone"]
c.answer_slots += ["whether the price holds for 120 units",
                   "whether the cabin camera can record only on an incident"]
CASES.append(c)

# 15 Cluj-Napoca, diagnostics, repair workshop, notes-only (Romanian)
c = Case(15, "multibrand-diagnostic-tools-independent-workshop-cluj-prospect", "workshop diagnostics", "en", "Europe/Bucharest", "2034-12-04 16:00",
         ("Andrei Mureșan", "andrei@muresanauto.example.com"),
         ("Klaus Pichler", "k.pichler@diagnotec.example.com", "Klaus Pichler\nDiagnoTec Workshop Systems\n+43 1 555 4821"),
         "non-native: Romanian/Cluj County (Cluj-Napoca)", "notes-only")
c.note("2034-11-22 17:30", """Booth visit at the Bucharest aftermarket fair: Andrei Mureșan, owner of Mureșan Auto Service (Cluj-Napoca, 7 bays, mostly VW group + Dacia). Old diagnostic tool can't do the newer secure gateways. Interested in 2 multibrand tablets + ADAS calibration frame. Said list price ~EUR 24k for the bundle. He'll check with his partner.""")
c.note("2034-12-01 10:45", """Andrei rang back. Only 1 tablet now, the ADAS frame later in 2035 when they move to the bigger hall. Offered DT-9 tablet with 3-year software at EUR 6,480 excl. VAT. Remote demo on MS Teams Thu 7 Dec 10:00 his time, with his head mechanic. He asked if the software licence includes Dacia secure gateway access - Radu in support would know, ask him. Demo link still to send.""")
c.kp("one DT-9 tablet with 3-year software at EUR 6,480 excl. VAT", "EUR 6,480", "DT-9", "3-year")
c.kp("remote demo Thursday 7 December at 10:00 with the head mechanic", "7 Dec", "10:00", "head mechanic")
c.kp("demo link still to be sent", "link")
c.must_not += ["EUR 24k", "Radu", "Booth visit", "Andrei rang back", "check with his partner"]
c.answer_slots += ["whether the licence includes Dacia secure gateway access"]
CASES.append(c)

# 16 Bologna, charging software, car sharing, notes+mail (Italian)
c = Case(16, "charge-management-software-car-sharing-bologna", "charging software", "en", "Europe/Rome", "2034-12-06 09:00",
         ("Chiara Lombardi", "c.lombardi@emiliashare.example.com"),
         ("Pieter de Graaf", "pieter@chargeflow.example.org", "Pieter de Graaf\nChargeFlow B.V.\n+31 20 555 7734"),
         "non-native: Italian/Emilia-Romagna (Bologna)", "notes+mail")
c.msg("inbound", "2034-11-10 15:20", "Software for charging our shared cars",
"""Good afternoon Mr. de Graaf,

I am the operations manager of EmiliaShare, we have 210 electric cars in free-floating and 38 charging points in our own hubs. At the moment the charging is not coordinated with the bookings, so sometimes a customer find a car with 15% battery. We look for a software that plan the charging on the base of the reservations. Do you have an API for our booking platform?

Cordiali saluti
Chiara Lombardi
EmiliaShare S.r.l.
+39 051 555 8810""")
c.note("2034-11-13 11:00", """Video call Chiara + their CTO Luca. API yes (REST + webhooks), they were happy. 38 points, 3 hubs, chargers are mixed brands but all OCPP 1.6 - OK. Quote promised for end of week.""")
c.msg("outbound", "2034-11-17 17:05", "ChargeFlow quote - EmiliaShare",
"""Dear Chiara,

Thank you and Luca for the call. Our quote for ChargeFlow Fleet with booking-aware charging:

- licence EUR 14 per charging point per month (38 points)
- one-time integration and setup EUR 8,500
- API access and webhooks included

Best regards,
Pieter""")
c.msg("inbound", "2034-11-28 10:40", "R: ChargeFlow quote - EmiliaShare",
"""Dear Pieter,

Luca asks if we can start with a pilot on one hub only before to commit all 38 points. Also our finance want to know if the setup can be paid in two parts.

In December the team is reduced for the holidays, 8 December is holiday here too, so if we make a pilot it should start in January.

Chiara""")
c.note("2034-12-04 16:00", """Call Chiara. Pilot: hub Bolognina, 12 points, 3 months from Mon 8 Jan, licence same EUR 14/point, setup reduced to EUR 3,900 for pilot, rest of setup only if they roll out. Setup in 2 parts - yes for the full rollout. She needs the pilot agreement Thu, Fri 8 Dec is a holiday in Italy. NB margin on pilot is thin, Maartje OK'd it.""")
c.kp("pilot at hub Bolognina with 12 points for 3 months from Monday 8 January", "Bolognina", "12 points", "8 Jan")
c.kp("pilot setup EUR 3,900, licence EUR 14 per point per month", "EUR 3,900", "EUR 14")
c.kp("pilot agreement to be sent; setup payable in two parts for the full rollout", "pilot agreement", "2 parts")
c.must_not += ["EUR 8,500", "margin on pilot", "Maartje", "+39 051 555 8810", "Video call"]
CASES.append(c)

# 17 Busan, telematics for coach operator, quoted Outlook for Android (Korean)
c = Case(17, "tachograph-telematics-express-coach-operator-busan", "telematics", "en", "Asia/Seoul", "2034-12-05 10:00",
         ("Park Ji-hoon", "jh.park@haeundae-express.example.com"),
         ("Rachel Tan", "rachel.tan@fleetlink-asia.example.com", "Rachel Tan\nFleetLink Asia Pte Ltd\n+65 6555 0294"),
         "non-native: Korean/Busan (Busan)", "quoted (Outlook for Android)")
c.msg("inbound", "2034-12-05 08:26", "RE: FleetLink proposal for Haeundae Express",
"""Dear Ms. Tan,

Thank you for proposal. After internal meeting we decide to go with the Premium package, but for 58 coaches, not 45, because we add the airport line fleet.

Some points we still need:
- our safety team leader Mr. Choi want to know the driver fatigue alarm can be connected to our existing DMS camera or we must buy yours.
- you said you will confirm the Korean language app release date. Not yet received.
- installation must be at night in our Gijang depot, 22:00~05:00.

We hope to finish installation before Lunar New Year.

Best regards,
Park Ji-hoon
Fleet Manager, Haeundae Express Co., Ltd.
Tel. +82 51 555 7203

Outlook for Android 다운로드

From: Rachel Tan <rachel.tan@fleetlink-asia.example.com>
Sent: Monday, November 27, 2034 3:15:02 PM
To: Park Ji-hoon <jh.park@haeundae-express.example.com>
Subject: RE: FleetLink proposal for Haeundae Express

Dear Mr. Park,

Thank you for your questions. Premium package includes GPS tracking, digital tachograph download and driver fatigue alarm: USD 31 per coach per month, 24 months. For 45 coaches, installation is free.

About the Korean app, our product team will tell me the release date and I confirm it to you then.

Best regards,
Rachel

From: Park Ji-hoon <jh.park@haeundae-express.example.com>
Sent: Thursday, November 23, 2034 11:40:51 AM
To: Rachel Tan <rachel.tan@fleetlink-asia.example.com>
Subject: FleetLink proposal for Haeundae Express

Dear Ms. Tan,
Please tell the price difference of Basic and Premium package and if installation is included.
Park""")
c.kp("Premium package for 58 coaches at USD 31 per coach per month, 24 months", "58 coaches", "USD 31", "Premium")
c.kp("installation at night in the Gijang depot, 22:00~05:00", "Gijang", "22:00")
c.kp("Korean app release date still owed", "Korean")
c.must_not += ["45 coaches", "+82 51 555 7203", "Outlook for Android"]
c.answer_slots += ["whether the fatigue alarm works with the existing DMS camera",
                   "the release date of the Korean app",
                   "whether installation is still free for 58 coaches"]
CASES.append(c)

# 18 Tartu, winter driver training, delivery firm, html (Estonian)
c = Case(18, "winter-driving-course-grocery-delivery-fleet-tartu", "driver training", "en", "Europe/Tallinn", "2034-12-05 14:00",
         ("Kadri Tamm", "kadri.tamm@emajoekuller.example.com"),
         ("Mikko Laaksonen", "mikko@safedrive-nordic.example.com", "Mikko Laaksonen\nSafeDrive Nordic Oy\n+358 9 555 3370"),
         "non-native: Estonian/Tartu County (Tartu)", "html")
c.msg("inbound", "2034-11-20 10:10", "Winter driving training for our couriers",
"""<html><body><p>Hello Mikko,</p>
<p>we deliver groceries in Tartu with 30 vans. Last winter we had 11 small accidents on ice. We want a practical course on skid track for our drivers. Questions:</p>
<ul>
<li>how many drivers in one group?</li>
<li>can it be in Estonian or Russian language?</li>
<li>do you come with your own cars or we use our vans?</li>
</ul>
<p>Best regards,<br>Kadri Tamm<br>HR and Safety, Emajõe Kuller OÜ<br>+372 555 4812</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-23 13:00", "Winter driving course - offer",
"""Hi Kadri,

Thanks for the questions. Groups are 8 drivers, one day (6 hours) on the ice track at Elva, in Estonian with our local instructor. Drivers use their own vans, it's more realistic. Price EUR 390 per driver, so EUR 11,700 for 30.

Best,
Mikko""")
c.msg("inbound", "2034-12-04 15:35", "RE: Winter driving course - offer",
"""<html><body><p>Hi Mikko,</p>
<p>Management agreed. But we can send only 24 drivers, the others are seasonal. Some details:</p>
<ol>
<li>We want the groups on Saturdays, because weekdays we are busy. Is it possible on Saturday 13 January and Saturday 20 January?</li>
<li>Our general manager asks if the drivers get a certificate.</li>
<li>For 2 drivers Russian language is better.</li>
</ol>
<p>Kadri</p></body></html>""", "text/html")
c.kp("24 drivers at EUR 390 each, groups of 8, one 6-hour day at Elva", "24 drivers", "EUR 390", "Elva")
c.kp("drivers use their own vans", "own vans")
c.kp("wished Saturdays 13 and 20 January", "13 January", "20 January")
c.must_not += ["EUR 11,700", "+372 555 4812", "11 small accidents"]
c.answer_slots += ["whether Saturday 13 January and Saturday 20 January are possible",
                   "whether the drivers get a certificate",
                   "whether the 2 drivers can be trained in Russian"]
CASES.append(c)

# 19 Ljubljana, fleet insurance, rental firm, pause (Slovenian)
c = Case(19, "fleet-insurance-rental-cars-ljubljana-pause", "fleet insurance", "en", "Europe/Ljubljana", "2034-12-05 15:00",
         ("Nina Kovačič", "nina.kovacic@alpska-rent.example.com"),
         ("Stefan Brandt", "s.brandt@mobilsure.example.com", "Stefan Brandt\nMobilSure Versicherungsmakler GmbH\n+49 89 555 61 20"),
         "non-native: Slovenian/Central Slovenia (Ljubljana)", "no-draft: pause")
c.msg("outbound", "2034-11-22 10:00", "Fleet insurance proposal - Alpska Rent",
"""Dear Nina,

As discussed, our proposal for the 140 rental cars: full casco with EUR 800 deductible, EUR 61,200 per year, cover from 1 February.

Best regards,
Stefan""")
c.msg("inbound", "2034-12-01 11:20", "RE: Fleet insurance proposal - Alpska Rent",
"""Dear Stefan,

thank you for your work on this. Unfortunately our company is being sold, the new owner is a bigger rental group and they have their own insurance program. All decisions about insurance are stopped until the sale is closed and nobody tells us how long it will take. Please understand that for now we will not continue. If something changes I will write you myself.

Kind regards,
Nina Kovačič
Alpska Rent d.o.o.""")
c.expect_draft = False
CASES.append(c)

# 20 Chiang Mai, EV chargers for car rental, notes+mail (Thai)
c = Case(20, "ac-chargers-ev-rental-branch-chiang-mai", "EV chargers", "en", "Asia/Bangkok", "2034-12-06 15:00",
         ("Siriporn Chaiyasit", "siriporn@lannadrive.example.com"),
         ("Daniel Goh", "daniel.goh@plugpoint-sea.example.com", "Daniel Goh\nPlugPoint SEA Sdn Bhd\n+60 3 5555 0917"),
         "non-native: Thai/Chiang Mai (Chiang Mai)", "notes+mail")
c.msg("inbound", "2034-11-16 09:30", "EV charger for rental branch",
"""Dear Khun Daniel,

Lanna Drive Car Rent will receive 20 electric cars in January for our branch near the airport. We need AC chargers in our parking and maybe one DC for fast turnaround. Please send information and price. Our building has 3-phase power 160 A.

Best regards,
Siriporn Chaiyasit
Branch Development Manager
Lanna Drive Car Rent Co., Ltd.
+66 53 555 219""")
c.note("2034-11-20 14:00", """Site survey with Siriporn. 10 x 22 kW AC enough for 20 cars overnight, DC 60 kW one unit. Power 160 A too small for all - need load balancing. Quotation by Thu.""")
c.msg("outbound", "2034-11-23 16:45", "Quotation - chargers Lanna Drive airport branch",
"""Dear Khun Siriporn,

Thank you for the site visit. Our quotation:

- 10 x 22 kW AC wallbox with load balancing: THB 612,000
- 1 x 60 kW DC charger: THB 890,000
- installation and cabling: THB 245,000

All prices excl. VAT.

Best regards,
Daniel""")
c.msg("inbound", "2034-11-30 10:05", "RE: Quotation - chargers Lanna Drive airport branch",
"""Dear Khun Daniel,

Our MD Khun Prasert think the DC charger is too expensive for now. Please quote only AC but 12 units, because we may get more cars. Also can installation finish before 15 January, the cars arrive 18 January.

Thank you krub/ka
Siriporn""")
c.note("2034-12-04 11:30", """Call Siriporn. 12 x 22 kW AC with load balancing THB 724,000 + install THB 198,000 excl. VAT, agreed in principle. Install 8-12 Jan, team from Bangkok. Revised quotation + PO form to send Wed. Installer sub price not confirmed yet - don't share installer name. 5 Dec public holiday there, she's back Wed.""")
c.kp("12 x 22 kW AC wallboxes with load balancing THB 724,000 plus installation THB 198,000 excl. VAT", "THB 724,000", "THB 198,000", "12 x 22 kW")
c.kp("installation 8-12 January, before the cars arrive 18 January", "8-12 Jan", "18 January")
c.kp("revised quotation and PO form owed", "PO form")
c.must_not += ["THB 890,000", "THB 612,000", "THB 245,000", "installer name", "+66 53 555 219"]
CASES.append(c)
