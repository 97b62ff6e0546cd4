from lib import C, M, N, U

# ---------------------------------------------------------------- 11 Rotterdam (Dutch), notes-only prospect
tz = "Europe/Amsterdam"
C(11, "rugged-scanners-label-printers-fulfilment-rotterdam-prospect", "scanners and label printers", "en",
  "2031-12-11 08:30", tz,
  ("Sanne Vermeulen", "sanne.vermeulen@waalhavenfulfilment.example.nl"),
  ("Oliver Brandt", "oliver.brandt@scanright.example.de", "Oliver Brandt\nScanRight Europe GmbH\n+49 40 555 0176"),
  [N("2031-12-08 16:30", """
     Video call w/ Sanne Vermeulen (Head of Ops) + Daan Bakker (IT), Waalhaven Fulfilment. 3 shifts, ~14k orders/day since Black Friday, peak until 22 Dec. Old handhelds dying, batteries don't last a shift. Interested in 60 x R7 rugged scanners (EUR 1,140 each, or rental EUR 38/unit/month on 36 months) + 12 x LP-400 thermal label printers (EUR 690 each). Daan q: does the R7 run their WMS web client in Chrome kiosk mode? -> need to check w/ product team. Sanne wants a demo unit on site before deciding, NOT during peak - earliest Tue 6 Jan. Send pricing overview + demo date options by Wed. Email only, she is in meetings all day. R7 allocation for Q1 is tight - no delivery dates to the customer yet.""")],
  kp=[("60 R7 rugged scanners at EUR 1,140 each or rental at EUR 38 per unit per month over 36 months",
       ["R7", "EUR 1,140", "EUR 38"]),
      ("12 LP-400 thermal label printers at EUR 690 each",
       ["LP-400", "EUR 690"]),
      ("pricing overview and demo date options promised by Wednesday (yesterday, now overdue); demo from 6 Jan, after peak",
       ["demo", "6 Jan"]),
      ("Daan's question relayed to the product team",
       ["Daan"])],
  mn=["Video call w/", "allocation", "no delivery dates"],
  slots=["whether the R7 runs their WMS web client in Chrome kiosk mode"],
  meta=dict(shape="notes-only prospect", group="non-native", place="Dutch (Rotterdam)", city="Rotterdam", first_language="Dutch",
            kinds=["q", "prom", "missed", "rel", "coll", "time"],
            notes="'by Wed' in the Monday 8 December note = yesterday at now (Thursday 11 December): the promised pricing and demo options are a day late; demo not before Tue 6 Jan; Chrome kiosk mode a slot; Q1 allocation internal; email only."))

# ---------------------------------------------------------------- 12 Aarhus (Danish), notes plus mail
tz = "Europe/Copenhagen"
C(12, "cargo-open-cover-insurance-freight-forwarder-aarhus", "cargo and fleet insurance", "en",
  "2031-12-11 09:00", tz,
  ("Mette Kjærgaard", "mette.kjaergaard@kattegatfwd.example.dk"),
  ("Fiona McCrae", "fiona.mccrae@northseacargo.example.co.uk", "Fiona McCrae\nNorthsea Cargo Underwriting\n+44 131 555 0172"),
  [M("2031-11-03 11:00", "out", "Open cover renewal 2032 - Kattegat Forwarding", """
     Dear Mette,

     Thank you for sending the declarations. Our terms for an annual open cover from 1 January 2032:

     - estimated insured turnover EUR 62m, premium EUR 52,700
     - deductible EUR 2,500 per claim
     - road, sea and air, warehouse to warehouse
     - temperature-controlled loads only with the reefer clause, which adds EUR 6,400

     Kind regards,
     Fiona McCrae
     Northsea Cargo Underwriting
     +44 131 555 0172"""),
   M("2031-11-07 15:20", "in", "SV: Open cover renewal 2032 - Kattegat Forwarding", """
     Dear Fiona

     Thank you. We must have the reefer clause, since spring we move pharmaceuticals for two clients.

     The deductible EUR 2,500 is too high for us, most of our claims are small (damaged pallets, wet cartons). Is it possible with EUR 1,000?

     Also Rasmus from operations ask if goods stored in our Aarhus hall between two transport legs is covered, sometimes they stay there 10 days.

     Med venlig hilsen / Best regards
     Mette Kjærgaard
     CFO, Kattegat Forwarding A/S
     +45 86 55 55 21"""),
   N("2031-11-12 14:00", """
     Teams call Mette + Rasmus Holm (ops). Deductible EUR 1,000 ok -> premium EUR 57,900 incl. reefer clause (was 52.7 + 6.4). Storage between legs: covered up to 30 days, it's in the wording. Send revised quote Fri. Giles says pharma accumulation over EUR 3m per truck may need referral to the underwriter - don't raise unless they ask."""),
   M("2031-11-14 10:30", "out", "Revised terms - open cover 2032", """
     Dear Mette, dear Rasmus,

     Thank you for Wednesday's call. Revised terms:

     - annual premium EUR 57,900, reefer clause included
     - deductible EUR 1,000 per claim
     - goods in your Aarhus hall between transport legs covered for up to 30 days
     - inception 1 January 2032

     Kind regards,
     Fiona McCrae
     Northsea Cargo Underwriting
     +44 131 555 0172"""),
   M("2031-12-09 13:45", "in", "SV: Revised terms - open cover 2032", """
     Dear Fiona

     The board has approved it on Monday, so we accept the revised terms.

     Please send the policy documents in the name of Kattegat Forwarding A/S before 1 January.

     Two more things:
     - can we pay the premium in 4 quarterly instalments instead of one time? The budget is tight in Q1.
     - Rasmus ask if you can give a certificate template, some customers want proof of insurance before they book.

     Med venlig hilsen / Best regards
     Mette Kjærgaard
     CFO, Kattegat Forwarding A/S
     +45 86 55 55 21""")],
  kp=[("revised terms accepted: premium EUR 57,900 with the reefer clause, deductible EUR 1,000",
       ["EUR 57,900", "EUR 1,000", "reefer clause"]),
      ("storage between legs covered up to 30 days",
       ["30 days"]),
      ("policy documents in the name of Kattegat Forwarding A/S before 1 January",
       ["Kattegat Forwarding A/S", "1 January"])],
  mn=["EUR 52,700", "EUR 2,500", "EUR 6,400", "Giles", "don't raise", "accumulation", "Teams call", "+45 86 55 55 21"],
  slots=["whether the premium can be paid in 4 quarterly instalments",
         "whether a certificate-of-insurance template can be provided"],
  meta=dict(shape="notes plus mail", group="non-native", place="Danish (Aarhus)", city="Aarhus", first_language="Danish",
            kinds=["rev", "accept", "addon", "coll", "relay", "noteans", "kept", "deadline", "doc", "q"],
            notes="EUR 52,700 + EUR 6,400 reefer clause with EUR 2,500 deductible superseded by EUR 57,900 with EUR 1,000 (note, then revised terms 'Fri': kept); storage between legs answered in the note; accepted; policy documents to the A/S before 1 January; instalments and certificate template are slots; accumulation referral internal."))

# ---------------------------------------------------------------- 13 Brno (Czech), HTML-only
tz = "Europe/Prague"
C(13, "pallets-export-crates-furniture-wholesaler-brno", "pallets and packaging", "en",
  "2031-12-09 09:00", tz,
  ("Tomáš Dvořák", "tomas.dvorak@brnoform.example.cz"),
  ("Hannah Becker", "hannah.becker@palletpro.example.at", "Hannah Becker\nPalletPro Central Europe\n+43 1 555 0194"),
  [M("2031-11-25 10:40", "out", "Offer pallets and export crates - Brnoform", """
     Dear Mr Dvořák,

     Thank you for the call. Our offer for your Brno warehouse:

     - new EPAL pallets: EUR 11.80 each
     - used EPAL grade A: EUR 7.40 each
     - heat-treated export crates for flat-pack furniture (ISPM 15): EUR 38.50 each from 200 pieces per month
     - stretch film 23 my, 1,500 m rolls: EUR 14.20 per roll
     - delivery fortnightly with our own trucks

     Best regards,
     Hannah Becker
     PalletPro Central Europe
     +43 1 555 0194"""),
   M("2031-12-08 15:55", "in", "RE: Offer pallets and export crates - Brnoform", """
     <html><body><p>Dear Mrs Becker,</p>
     <p>we discussed internally and decided following:</p>
     <ul>
     <li>used grade A pallets, 1,200 per month (not 1 500 like I told you on the phone)</li>
     <li>export crates: 150 per month for the start &ndash; is the price EUR 38.50 still valid under 200?</li>
     <li>stretch film we keep with our current supplier</li>
     <li>delivery every week on Tuesday, not fortnightly, our yard is too small for two weeks stock</li>
     </ul>
     <p>Please send the framework agreement to Brnoform Distribution s.r.o., our director Mr. Horák will sign it. We like to start from Tuesday 6 January.</p>
     <p>Best regards<br>Tomáš Dvořák<br>Logistics Manager<br>Brnoform Distribution s.r.o.</p>
     </body></html>""", "text/html")],
  kp=[("used EPAL grade A pallets at EUR 7.40, 1,200 per month",
       ["EUR 7.40", "1,200"]),
      ("export crates, 150 per month to start",
       ["150"]),
      ("weekly delivery on Tuesday, start Tuesday 6 January",
       ["Tuesday 6 January"]),
      ("framework agreement to Brnoform Distribution s.r.o. for Mr. Horák to sign",
       ["Brnoform Distribution s.r.o.", "framework agreement"])],
  mn=["EUR 11.80", "EUR 14.20", "1 500", "fortnightly"],
  slots=["whether the crate price of EUR 38.50 holds at 150 crates per month"],
  meta=dict(shape="HTML-only", group="non-native", place="Czech (Brno)", city="Brno", first_language="Czech",
            kinds=["choice", "corr", "change1", "coll", "doc", "deadline", "q"],
            notes="used grade A chosen, 1 500 -> 1,200 a month, stretch film dropped, fortnightly -> weekly on Tuesday; crate price under 200 a slot; framework agreement to the s.r.o.; start Tuesday 6 January."))

# ---------------------------------------------------------------- 14 Constanta (Romanian), quoted thread (Proton Mail)
tz = "Europe/Bucharest"
C(14, "driver-recruitment-ce-drivers-haulier-constanta", "driver training and recruitment", "en",
  "2031-12-09 10:00", tz,
  ("Ioana Stanciu", "ioana.stanciu@dobrogeatrans.example.ro"),
  ("Pieter de Wit", "pieter.dewit@driveforce.example.nl", "Pieter de Wit\nDriveForce Recruitment\n+31 10 555 0147"),
  [M("2031-11-19 11:05", "out", "C+E drivers - DriveForce offer", """
     Dear Ms Stanciu,

     Thank you for the meeting in Constanța. For your 10 open positions we propose:

     1. Placement fee: EUR 1,450 per C+E driver hired, 3 months replacement guarantee.
     2. Retainer: EUR 3,900 per month, up to 6 hires per month, same guarantee.

     Screening includes licence and tachograph card check, ADR certificate check, reference calls and a basic English test.

     Best regards,
     Pieter de Wit
     DriveForce Recruitment
     +31 10 555 0147"""),
   M("2031-12-05 17:20", "in", "Re: C+E drivers - DriveForce offer", """
     Dear Pieter,

     We go with the placement fee, not the retainer. But we need 14 drivers now, not 10, and before Monday 2 February, because two new Ro-Ro contracts start in the port.

     The guarantee of 3 months is short for us - drivers often leave after the first winter. Can you make it 6 months?

     Mihai (fleet manager) have two questions, below.

     Best regards,
     Ioana Stanciu
     HR Manager
     Dobrogea Trans Logistic
     +40 241 555 318

     ------- Original Message -------
     On Friday, December 5th, 2031 at 12:40 PM, Mihai Radu <mihai.radu@dobrogeatrans.example.ro> wrote:

     > Ioana, ask the Dutch guy:
     > 1. the ADR check - is it also for tank (cisterne), not only packages?
     > 2. can the candidates do a test drive with our instructor here before we pay anything?
     >
     > ------- Original Message -------
     > On Wednesday, November 19th, 2031 at 11:05 AM, Pieter de Wit <pieter.dewit@driveforce.example.nl> wrote:
     >
     >> Dear Ms Stanciu,
     >>
     >> Thank you for the meeting in Constanța. For your 10 open positions we propose:
     >>
     >> 1. Placement fee: EUR 1,450 per C+E driver hired, 3 months replacement guarantee.
     >> 2. Retainer: EUR 3,900 per month, up to 6 hires per month, same guarantee.
     >>
     >> Screening includes licence and tachograph card check, ADR certificate check, reference calls and a basic English test.
     >>
     >> Best regards,
     >> Pieter de Wit
     >> DriveForce Recruitment
     >> +31 10 555 0147""")],
  kp=[("placement fee of EUR 1,450 per C+E driver, now 14 drivers",
       ["EUR 1,450", "14 drivers"]),
      ("needed before Monday 2 February for the new Ro-Ro contracts",
       ["2 February"]),
      ("request to extend the 3-month replacement guarantee to 6 months",
       ["guarantee", "6 months"])],
  mn=["EUR 3,900", "10 open positions", "the Dutch guy", "+40 241 555 318"],
  slots=["whether the ADR check also covers tank (cisterne) certificates",
         "whether candidates can do a test drive with their instructor before any fee is paid",
         "whether the guarantee can be 6 months",
         "whether 14 drivers can be placed before Monday 2 February"],
  meta=dict(shape="quoted thread", group="non-native", place="Romanian (Constanța)", city="Constanța", first_language="Romanian",
            quote="Proton Mail: '------- Original Message ------- / On Friday, December 5th, 2031 at 12:40 PM, X <...> wrote:' (EET), nested '>'",
            kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
            notes="placement fee chosen, 10 -> 14 drivers; Mihai's two questions (Proton-quoted), the 6-month guarantee and the 2 February deadline are slots."))

# ---------------------------------------------------------------- 15 Gothenburg (Swedish), out-of-office over
tz = "Europe/Stockholm"
C(15, "tyre-management-city-buses-gothenburg-ooo-past", "tyres and fleet maintenance", "en",
  "2031-12-10 09:00", tz,
  ("Johan Lindqvist", "johan.lindqvist@vastkustbuss.example.se"),
  ("Niamh Collins", "niamh.collins@kestrelfleet.example.ie", "Niamh Collins\nKestrel Fleet Care\n+353 1 555 0163"),
  [M("2031-11-13 10:15", "out", "Tyre management for Västkust Buss", """
     Dear Johan,

     Thank you for showing me the Hisings Backa depot. Our proposal for your 64 buses:

     - full tyre management: SEK 2,950 per bus per month
     - includes winter/summer changeovers, nightly pressure checks in the depot, retreading and casing management
     - 24-hour roadside service in the Gothenburg region

     Kind regards,
     Niamh Collins
     Kestrel Fleet Care
     +353 1 555 0163"""),
   M("2031-11-17 16:30", "in", "SV: Tyre management for Västkust Buss", """
     Hello Niamh,

     It looks interesting. Before we decide I need two things:
     1. can you take over from 1 January, when our current contract end?
     2. a reference from another bus operator in Sweden who use you, our board always ask for this

     Regards
     Johan Lindqvist
     Technical Manager, Västkust Buss AB"""),
   M("2031-11-18 09:05", "out", "Re: SV: Tyre management for Västkust Buss", """
     Dear Johan,

     Yes, we can take over from 1 January - we would start the handover inspections in the last week of December.

     I'll send you a reference contact by Friday 21 November.

     Kind regards,
     Niamh"""),
   M("2031-12-02 10:00", "out", "Re: SV: Tyre management for Västkust Buss", """
     Dear Johan,

     Just checking in on the proposal - is there anything else your board needs before the decision?

     Kind regards,
     Niamh"""),
   M("2031-12-02 10:01", "in", "Autosvar: Re: SV: Tyre management for Västkust Buss", """
     Tack för ditt mejl. Jag är tjänstledig till och med måndag 8 december 2031 med begränsad tillgång till e-post. Vid brådskande ärenden kontakta Per Nyberg, 031-555 04 12.

     Thank you for your email. I am out of the office until Monday 8 December 2031 with limited access to email. For urgent matters please contact Per Nyberg, 031-555 04 12.

     Johan Lindqvist""")],
  kp=[("full tyre management at SEK 2,950 per bus per month for 64 buses",
       ["SEK 2,950", "64 buses"]),
      ("take-over from 1 January, handover inspections in the last week of December",
       ["1 January"]),
      ("the reference contact promised by Friday 21 November is overdue",
       ["reference"])],
  mn=["Per Nyberg", "031-555 04 12", "Monday 8 December", "tjänstledig"],
  slots=["the reference contact at another Swedish bus operator"],
  meta=dict(shape="out-of-office over, draft expected", group="non-native", place="Swedish (Gothenburg)", city="Gothenburg", first_language="Swedish",
            kinds=["ooo-past", "prom", "missed", "deadline", "q"],
            notes="the auto-reply (back Monday 8 December) is over at now (Wednesday 10 December) and Johan has not written since 17 November; the reference promised 'by Friday 21 November' is overdue (slot); SEK 2,950 per bus and the 1 January take-over are the follow-up; stand-in name and number are must_not."))

# ---------------------------------------------------------------- 16 Bratislava (Slovak), notes plus mail
tz = "Europe/Bratislava"
C(16, "warehouse-management-system-3pl-bratislava", "warehouse management and routing software", "en",
  "2031-12-11 09:00", tz,
  ("Martina Kováčová", "martina.kovacova@danubegate.example.sk"),
  ("Julian Ross", "julian.ross@stackwise.example.co.uk", "Julian Ross\nStackwise WMS\n+44 20 7555 0183"),
  [M("2031-10-28 10:00", "out", "Stackwise WMS proposal - Danube Gate Logistics", """
     Dear Martina,

     Thank you for the demo session. Proposal for Danube Gate:

     - Stackwise Cloud for 2 warehouses and 40 users: EUR 2,400 per month
     - implementation, fixed price: EUR 18,000
     - go-live 12 weeks after signature

     Best regards,
     Julian Ross
     Stackwise WMS
     +44 20 7555 0183"""),
   M("2031-10-30 16:40", "in", "RE: Stackwise WMS proposal - Danube Gate Logistics", """
     Dear Julian,

     thank you. Some changes: from January we have a third warehouse in Senec, so 3 sites and 55 users. We need also EDI with two retail clients, they send orders only by EDI.

     Is it possible to make the implementation in phases, first Senec and then the others? We cannot stop two running warehouses in the same time.

     Best regards
     Martina Kováčová
     COO, Danube Gate Logistics s.r.o."""),
   N("2031-11-05 15:30", """
     Zoom Martina + Peter Horváth (IT lead). 3 sites / 55 users -> EUR 3,150/mo. Impl. EUR 18k -> EUR 21,500 incl. EDI for the 2 retailers. Phased OK: Senec first (go-live wk of 2 Feb), other 2 by end of April. Peter q: SSO w/ Azure AD -> yes, included. Peter q: data in EU -> yes, Frankfurt DC. Send revised proposal + SOW Fri. Don't mention v9 migration slipping to Q2."""),
   M("2031-11-07 11:15", "out", "Revised proposal and SOW - Danube Gate", """
     Dear Martina, dear Peter,

     Thanks for Wednesday. Revised proposal and statement of work attached:

     - Stackwise Cloud, 3 warehouses, 55 users: EUR 3,150 per month
     - implementation EUR 21,500, including EDI with your two retail clients
     - phased: Senec first, go-live in the week of 2 February, the other two sites by the end of April
     - single sign-on with your Azure AD included; data hosted in the EU (Frankfurt)

     Best regards,
     Julian Ross
     Stackwise WMS
     +44 20 7555 0183"""),
   M("2031-12-10 17:05", "in", "RE: Revised proposal and SOW - Danube Gate", """
     Dear Julian,

     we have signed the contract, please find it in attachment.

     For the kickoff - can we do it on Tuesday 16 December in our office in Bratislava? Before Christmas is better, in January everybody is in inventory.

     Peter want to know two things:
     - our old Android scanners from 2026, will they run the Stackwise app or we must buy new ones?
     - training for 12 shift leaders in Slovak language, is it possible?

     Best regards
     Martina""")],
  kp=[("contract signed: EUR 3,150 per month for 3 warehouses and 55 users, implementation EUR 21,500 with EDI",
       ["EUR 3,150", "EUR 21,500", "55 users"]),
      ("phased go-live, Senec first in the week of 2 February",
       ["Senec", "2 February"]),
      ("kickoff requested for Tuesday 16 December in Bratislava",
       ["Tuesday 16 December"])],
  mn=["EUR 2,400", "EUR 18,000", "40 users", "v9", "Don't mention", "Zoom Martina"],
  slots=["whether the kickoff can be held on Tuesday 16 December in Bratislava",
         "whether their old Android scanners from 2026 run the Stackwise app",
         "whether training for the 12 shift leaders can be given in Slovak"],
  meta=dict(shape="notes plus mail", group="non-native", place="Slovak (Bratislava)", city="Bratislava", first_language="Slovak",
            kinds=["rev", "accept", "coll", "relay", "noteans", "kept", "deadline", "q"],
            notes="EUR 2,400 / EUR 18,000 for 2 sites superseded by EUR 3,150 / EUR 21,500 for 3 sites with EDI (note, then revised proposal 'Fri': kept); phasing, SSO and EU hosting answered; signed; kickoff date and Peter's two questions are slots; v9 delay internal."))

# ---------------------------------------------------------------- 17 Riga (Latvian), HTML-only
tz = "Europe/Riga"
C(17, "self-storage-mezzanine-removals-riga", "racking and mezzanines", "en",
  "2031-12-10 10:00", tz,
  ("Laura Ozola", "laura@daugavamoving.example.lv"),
  ("Mark Fenwick", "mark.fenwick@tierline.example.co.uk", "Mark Fenwick\nTierline Mezzanines\n+44 161 555 0129"),
  [M("2031-11-27 10:20", "out", "Self-storage mezzanine - Daugava Moving & Storage", """
     Dear Laura,

     Thank you for sending the hall drawings. Our quote for the self-storage mezzanine:

     - steel mezzanine 22 m x 14 m with 48 lockable units (mix of 1.5 m², 3 m² and 6 m²): EUR 86,400
     - the same with a goods lift (500 kg): EUR 104,900

     Including stairs, corridor lighting, unit doors with hasp locks, delivery and installation (about 3 weeks on site).

     Kind regards,
     Mark Fenwick
     Tierline Mezzanines
     +44 161 555 0129"""),
   M("2031-12-09 18:30", "in", "Re: Self-storage mezzanine - Daugava Moving & Storage", """
     <html><body><div>Hello Mark,</div>
     <div>Kārlis and me decided:</div>
     <ul>
     <li>the version with goods lift &ndash; customers will not carry boxes up the stairs</li>
     <li>floor 22 x 16 m, not 14 &ndash; we measured again and the column grid allows it</li>
     <li>more 1.5 m² units and less 6 m², the small ones rent best</li>
     <li>please send the drawing and the warranty conditions</li>
     </ul>
     <div>Invoice to Daugava Moving &amp; Storage SIA. Installation after New Year please, until 31 December we are full with moves (everybody moves before the year end!).</div>
     <div>Laura Ozola</div>
     </body></html>""", "text/html")],
  kp=[("the goods lift version, now 22 x 16 m",
       ["goods lift", "22 x 16"]),
      ("more 1.5 m² units, fewer 6 m²",
       ["1.5 m²"]),
      ("drawing and warranty conditions to be sent",
       ["drawing", "warranty"]),
      ("invoice to Daugava Moving & Storage SIA; installation after New Year (busy until 31 December)",
       ["Storage SIA", "31 December"])],
  mn=["EUR 86,400", "EUR 104,900", "22 m x 14 m", "48 lockable units"],
  slots=["the new price for 22 x 16 m with the goods lift",
         "the new unit count and mix",
         "the installation date in January"],
  meta=dict(shape="HTML-only", group="non-native", place="Latvian (Riga)", city="Riga", first_language="Latvian",
            kinds=["choice", "corr", "change1", "coll", "doc", "deadline", "q"],
            notes="goods lift version chosen, 22 x 14 -> 22 x 16 m and a different unit mix, so both old prices and the 48 units are must_not and the new price is a slot; drawing and warranty owed; invoice to the SIA; install after 31 December."))

# ---------------------------------------------------------------- 18 Busan (Korean), quoted thread (eM Client)
tz = "Asia/Seoul"
C(18, "cold-weather-ppe-airline-cargo-handler-busan", "workwear and PPE", "en",
  "2031-12-09 10:00", tz,
  ("Park Ji-hoon", "jihoon.park@gimhaeaircargo.example.kr"),
  ("Rachel Tan", "rachel.tan@equatorworkwear.example.sg", "Rachel Tan\nEquator Workwear Pte Ltd\n+65 6555 0173"),
  [M("2031-11-18 11:05", "out", "Winter PPE quote - ramp staff", """
     Dear Mr. Park,

     Thank you for your enquiry. Our quote for your 180 ramp staff, prices in USD, delivered Busan:

     - insulated hi-vis parka, Class 3: $86
     - thermal bib trousers, hi-vis: $54
     - insulated gloves with touchscreen fingertips: $11.50 per pair
     - winter safety boots, S3: $72
     - logo embroidery: $2.40 per garment

     Lead time 3 weeks from order.

     Best regards,
     Rachel Tan
     Equator Workwear Pte Ltd
     +65 6555 0173"""),
   M("2031-12-04 17:30", "in", "RE: Winter PPE quote - ramp staff", """
     Dear Ms. Tan,

     We order parka and bib trousers for 180 staff, and gloves 400 pairs. Boots not, we have contract with other supplier.

     Ms. Lee from safety team have some questions, please see below.

     Please send proforma invoice to Gimhae Air Cargo Services Co., Ltd. We need the delivery before 22 December because of the cold wave forecast.

     Best regards,
     Park Ji-hoon
     Procurement Manager
     Gimhae Air Cargo Services
     +82 51 555 0143

     ------ Original Message ------
     From "Lee Soo-jin" <soojin.lee@gimhaeaircargo.example.kr>
     To "Park Ji-hoon" <jihoon.park@gimhaeaircargo.example.kr>
     Date 03/12/2031 16:22:05
     Subject RE: Winter PPE quote - ramp staff

     Mr. Park, before order please check with supplier:
     1) parka is certified EN 343 for rain? our ramp is open
     2) the reflective tape, still OK after 50 washes?
     3) logo on chest and on back - is embroidery price per garment or per position?

     Lee Soo-jin
     Safety Manager

     ------ Original Message ------
     From "Rachel Tan" <rachel.tan@equatorworkwear.example.sg>
     To "Park Ji-hoon" <jihoon.park@gimhaeaircargo.example.kr>
     Date 18/11/2031 11:05:41
     Subject Winter PPE quote - ramp staff

     Dear Mr. Park,

     Thank you for your enquiry. Our quote for your 180 ramp staff, prices in USD, delivered Busan:

     - insulated hi-vis parka, Class 3: $86
     - thermal bib trousers, hi-vis: $54
     - insulated gloves with touchscreen fingertips: $11.50 per pair
     - winter safety boots, S3: $72
     - logo embroidery: $2.40 per garment

     Lead time 3 weeks from order.

     Best regards,
     Rachel Tan
     Equator Workwear Pte Ltd
     +65 6555 0173""")],
  kp=[("order: parkas at $86 and bib trousers at $54 for 180 staff",
       ["$86", "$54", "180 staff"]),
      ("gloves, 400 pairs at $11.50",
       ["400 pairs", "$11.50"]),
      ("proforma invoice to Gimhae Air Cargo Services Co., Ltd.; delivery wanted before 22 December",
       ["Gimhae Air Cargo Services Co., Ltd.", "22 December"])],
  mn=["$72", "+82 51 555 0143"],
  slots=["whether the parka is certified EN 343",
         "whether the reflective tape holds after 50 washes",
         "whether the embroidery price is per garment or per position (chest and back)",
         "whether delivery before 22 December is possible with a 3-week lead time"],
  meta=dict(shape="quoted thread", group="non-native", place="Korean (Busan)", city="Busan", first_language="Korean",
            quote="eM Client: '------ Original Message ------ / From \"X\" <...> / To / Date 03/12/2031 16:22:05 / Subject' (KST), not indented",
            kinds=["accept", "coll", "relay", "doc", "deadline", "q"],
            notes="parka and bib trousers ordered, boots dropped; proforma to the Co., Ltd.; Ms. Lee's three questions (eM Client-quoted) and delivery before 22 December are slots."))

# ---------------------------------------------------------------- 19 Bergen (Norwegian), no draft (pause)
tz = "Europe/Oslo"
C(19, "terminal-tractor-telematics-rail-freight-terminal-bergen-pause", "fleet telematics", "en",
  "2031-12-10 10:00", tz,
  ("Ingrid Solheim", "ingrid.solheim@vestbane-terminal.example.no"),
  ("Ewan Sutherland", "ewan.sutherland@yardtrack.example.co.uk", "Ewan Sutherland\nYardTrack Telematics\n+44 1224 555 061"),
  [M("2031-11-12 09:30", "out", "Telematics for your terminal tractors", """
     Dear Ingrid,

     Good to meet you at the rail freight conference. As promised, pricing for the 14 terminal tractors and 3 reach stackers at the rail terminal:

     - YardTrack unit with impact sensor and operator login: NOK 420 per machine per month
     - live yard map with move history and idle-time report
     - 36-month agreement, installation included

     Best regards,
     Ewan Sutherland
     YardTrack Telematics"""),
   M("2031-11-26 14:00", "out", "Re: Telematics for your terminal tractors", """
     Dear Ingrid,

     A short follow-up: we could run a free 4-week trial on 3 tractors if that helps the decision. Let me know.

     Best regards,
     Ewan"""),
   M("2031-12-08 11:20", "in", "SV: Re: Telematics for your terminal tractors", """
     Hi Ewan,

     Thank you for the offer and for the trial idea. We talked about it in the management meeting and we will not go forward with this now. The budget for 2032 goes to the new crane, so telematics must wait. Perhaps we look at it again in a year or so.

     Best regards
     Ingrid Solheim
     Terminal Manager""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="non-native", place="Norwegian (Bergen)", city="Bergen", first_language="Norwegian",
            kinds=["pause"],
            notes="pause: 'we will not go forward with this now ... Perhaps we look at it again in a year or so.'"))

# ---------------------------------------------------------------- 20 Rijeka (Croatian), notes plus mail
tz = "Europe/Zagreb"
C(20, "reach-stacker-service-contract-container-terminal-rijeka", "forklifts and their service", "en",
  "2031-12-11 09:00", tz,
  ("Ivana Babić", "ivana.babic@adriaticbox.example.hr"),
  ("Stefan Gruber", "stefan.gruber@hubwerk-service.example.at", "Stefan Gruber\nHubwerk Service GmbH\n+43 662 555 0128"),
  [M("2031-11-03 10:30", "out", "Service contract reach stackers - Adriatic Box Terminal", """
     Dear Ms Babić,

     Thank you for the site visit. Our offer for your 9 reach stackers:

     - full service (all parts, labour, tyres, 4-hour response): EUR 1,980 per unit per month
     - preventive maintenance only: EUR 1,240 per unit per month, parts at cost

     Contract term 24 months.

     Best regards,
     Stefan Gruber
     Hubwerk Service GmbH
     +43 662 555 0128"""),
   M("2031-11-05 15:10", "in", "RE: Service contract reach stackers - Adriatic Box Terminal", """
     Dear Stefan,

     We want full service. But we have now 11 machines, we bought 2 used ones from Koper last month.

     4 hours response is too long for us, the ship calls are often in the night and one stacker down means the crane waits. Is 2 hours possible?

     And is there discount if we sign for 3 years?

     Regards
     Ivana Babić
     Technical Director"""),
   N("2031-11-10 14:15", """
     Call Ivana + Goran Perić (maint. foreman). 11 units. Full service 3-yr -> EUR 1,860/unit/mo. 2-hr response only w/ resident tech in Rijeka from Jan: +EUR 2,200/mo flat. Goran q: spare parts on site -> yes, consignment stock included. Send offer Thurs once Klaus approves. Klaus ok'd 1,860 for 3 yrs only, floor 1,820 - never show floor."""),
   M("2031-11-14 09:40", "out", "Revised offer - 11 reach stackers, 36 months", """
     Dear Ivana, dear Goran,

     Sorry this comes a day later than promised. The revised offer:

     - full service for 11 reach stackers: EUR 1,860 per unit per month, 36 months
     - resident technician in Rijeka with 2-hour response: EUR 2,200 per month flat
     - consignment stock of wear parts on site, included

     Best regards,
     Stefan Gruber
     Hubwerk Service GmbH
     +43 662 555 0128"""),
   M("2031-12-09 16:25", "in", "RE: Revised offer - 11 reach stackers, 36 months", """
     Dear Stefan,

     The management board approved and I signed the contract, in attachment.

     We want the resident technician from the first day. When can you start? 1 January is holiday, so Friday 2 January?

     Goran ask if the technician speaks Croatian, or English at least, our mechanics don't speak German.

     And please make the invoice in two parts, service and technician separately, they go to different cost centres.

     Regards
     Ivana""")],
  kp=[("contract signed: full service for 11 reach stackers at EUR 1,860 per unit per month, 36 months",
       ["EUR 1,860", "11 reach stackers", "36 months"]),
      ("resident technician with 2-hour response at EUR 2,200 per month, from the first day",
       ["EUR 2,200", "resident technician"]),
      ("start requested for Friday 2 January",
       ["Friday 2 January"]),
      ("invoice service and technician separately",
       ["separately"])],
  mn=["EUR 1,980", "EUR 1,240", "9 reach stackers", "Klaus", "1,820", "never show floor", "Call Ivana"],
  slots=["whether the start can be Friday 2 January",
         "whether the technician speaks Croatian or English",
         "whether the invoice can be split into service and technician"],
  meta=dict(shape="notes plus mail", group="non-native", place="Croatian (Rijeka)", city="Rijeka", first_language="Croatian",
            kinds=["rev", "accept", "corr", "coll", "relay", "noteans", "kept", "deadline", "q"],
            notes="EUR 1,980 / EUR 1,240 for 9 machines superseded by EUR 1,860 for 11 over 36 months plus the resident technician (note, then revised offer 'Thurs', sent Friday with an apology: kept); spare parts answered in the note; signed; start Friday 2 January, language and split invoice are slots; Klaus and the floor internal."))
