from lib import M, N, C, q

CASES = []

# 11 Krakow plant hire, html (Polish writer)
CASES.append(C(n=11, slug="mini-excavator-telehandler-hire-builder-krakow", domain="tools and plant hire", lang="en",
  tz="Europe/Warsaw", now="2034-11-13 10:00", shape="html", colleague="Mr. Zieliński", place="non-native: Polish/Lesser Poland (Kraków)",
  cust=("Agnieszka Wróbel", "a.wrobel@budomost.example.com"),
  rep=("Tobias Keller", "t.keller@vistula-plant.example.com", "Tobias Keller\nVistula Plant Rental GmbH\n+49 341 555 2870"),
  src=[
   M("2034-10-19 09:15", "inbound", "Hire of machines - inquiry",
     "<html><body><p>Good morning Mr. Keller,</p><p>We are general contractor from Kraków, now we start foundation works for small logistic hall in Nowa Huta. We need to hire for around 4 months starting 6 November:</p><ul><li>2 mini excavators 3 t</li><li>1 telehandler, lifting height min. 14 m</li></ul><p>Please send us your offer with transport.</p><p>Best regards<br>Agnieszka Wróbel<br>Purchasing Specialist<br>Budomost Sp. z o.o.<br>tel. +48 12 555 40 19</p></body></html>", html=True),
   M("2034-10-20 14:00", "outbound", "RE: Hire of machines - inquiry",
     "Dear Ms Wróbel,\n\nThank you for your inquiry. For 2 mini excavators 3 t and 1 telehandler (17 m) we offer EUR 6,480 per month for all three, transport EUR 420 each way per machine, minimum 3 months.\n\nKind regards,\nTobias Keller"),
   M("2034-10-26 12:40", "inbound", "RE: Hire of machines - inquiry",
     "<html><body><p>Dear Mr. Keller,</p><p>Unfortunately because of the rain the ground is not ready and we have new situation:</p><ul><li>start will be 20 November, not 6 November</li><li>we need only 1 mini excavator and the telehandler</li><li>in winter the operator must have heated cab, is it standard?</li></ul><p>Regards<br>Agnieszka</p></body></html>", html=True),
   M("2034-10-30 09:30", "outbound", "RE: Hire of machines - inquiry",
     "Dear Ms Wróbel,\n\nNo problem. For 1 mini excavator 3 t and the telehandler: EUR 4,350 per month, transport EUR 420 each way per machine. Both machines have heated cabs as standard.\n\nKind regards,\nTobias"),
   M("2034-11-10 13:20", "inbound", "RE: Hire of machines - inquiry",
     "<html><body><p>Dear Mr. Keller,</p><p>We accept your offer. Please note:</p><ol><li>the contract must be for Budomost Sp. z o.o., NIP we will send after</li><li>delivery on 20 November before 8:00, site gate is closed after 8:00 for concrete trucks</li><li>our director Mr. Zieliński asks if you can give operator for first two days to train our people</li></ol><p>And one question more: if frost stops the works in December, is it possible to pause the hire?</p><p>Best regards<br>Agnieszka</p></body></html>", html=True),
  ],
  kp=[("1 mini excavator and the telehandler at EUR 4,350 per month, transport EUR 420 each way", ["EUR 4,350", "EUR 420"]),
      ("contract for Budomost Sp. z o.o.", ["Budomost Sp. z o.o."]),
      ("delivery on 20 November before 8:00", ["20 November", "8:00"])],
  mn=["EUR 6,480", "2 mini excavators", "+48 12 555 40 19"],
  slots=["whether an operator can be provided for the first two days", "whether the hire can be paused if frost stops the works"],
  dates=["customer mail Thursday 26 October: start moved from Monday 6 November to Monday 20 November", "customer mail Thursday 19 October 'around 4 months starting 6 November' = to early March 2035",
         "Polish Independence Day Saturday 11 November"]))

# 12 Utrecht estimating software, notes+mail (Dutch writer)
CASES.append(C(n=12, slug="estimating-software-renovation-contractor-utrecht", domain="estimating software", lang="en",
  tz="Europe/Amsterdam", now="2034-11-14 11:00", shape="notes+mail", colleague="Sanne", place="non-native: Dutch/Utrecht (Utrecht)",
  cust=("Wouter van Dijk", "wouter@vandijkrenovatie.example.nl".replace(".nl", ".net")),
  rep=("Elise Claes", "elise.claes@calqbuild.example.com", "Elise Claes\nCalqBuild Estimating\n+32 3 555 81 20"),
  src=[
   M("2034-10-12 10:20", "inbound", "Estimating software",
     "Hello Elise,\n\nWe are a renovation contractor with 4 estimators, now we work with big Excel sheets which nobody understands any more. We look for estimating software which can read IFC models from the architects and make the bill of quantities. Is a demo possible?\n\nGreetings,\nWouter van Dijk\nVan Dijk Renovatie B.V.\n030 555 7714"),
   N("2034-10-17 14:00", "Demo (Teams) with Wouter + his colleague Sanne (calculator). IFC import OK, they liked the price library. Told them EUR 145/user/month, annual. They need Dutch interface - fine. Quote by Fri."),
   M("2034-10-20 09:45", "outbound", "Quote CalqBuild - Van Dijk Renovatie",
     "Hi Wouter,\n\nThanks again to you and Sanne for your time. Our quote: 4 users at EUR 145 per user per month, billed annually, Dutch interface and IFC import included. Onboarding package (setup of your price library, 1 day training online): EUR 1,900 once.\n\nBest regards,\nElise"),
   M("2034-11-06 16:30", "inbound", "RE: Quote CalqBuild - Van Dijk Renovatie",
     "Hi Elise,\n\nSanne and me looked at it again. Two things: is there a discount when we sign for 3 years? And we want the training in our office and not online, the guys learn better when somebody sits next to them. Also - does it work offline on the site laptop? On some sites we have no internet at all.\n\nWouter"),
   N("2034-11-13 15:30", "Wouter called. 3-year term -> EUR 129/user/month. Training on site at their office, 2 days: Thu 7 + Fri 8 Dec, 9:00. Onboarding stays EUR 1,900. Send agreement Wed 15/11. Ask Pieter if we can waive onboarding - Wouter hinted, promised nothing."),
  ],
  kp=[("4 users at EUR 129 per user per month on a 3-year term, onboarding EUR 1,900", ["EUR 129", "3-year", "EUR 1,900"]),
      ("training at their office Thu 7 and Fri 8 Dec from 9:00", ["8 Dec", "9:00"]),
      ("agreement to be sent", ["agreement"])],
  mn=["EUR 145", "Pieter", "waive", "030 555 7714", "Wouter called"],
  slots=["whether the software works offline on the site laptop"],
  dates=["note Tuesday 17 October 'by Fri' = Friday 20 October: kept (mail of 20 October)",
         "note Monday 13 November 'Wed 15/11' = Wednesday 15 November, the day after now (Tuesday 14 November)",
         "'Thu 7 + Fri 8 Dec' = Thursday 7 and Friday 8 December"]))

# 13 Tampere windows, ooo no-draft (Finnish writer)
CASES.append(C(n=13, slug="triple-glazed-windows-housing-company-tampere-ooo", domain="windows", lang="en",
  tz="Europe/Helsinki", now="2034-11-15 10:00", shape="no-draft: ooo", place="non-native: Finnish/Pirkanmaa (Tampere)", draft=False,
  cust=("Jukka Heinonen", "jukka.heinonen@asoy-hervanta.example.org"),
  rep=("Karl Lindström", "karl@nordicframe.example.com", "Karl Lindström\nNordicFrame Windows AB\n+46 8 555 613 40"),
  src=[
   M("2034-10-24 15:10", "inbound", "Window renovation 2035",
     "Good afternoon,\n\nOur housing company has 48 apartments, the windows are from 1979 and the shareholders meeting decided to change them in summer 2035. Could you give budget price for triple glazed wood-aluminium windows, about 190 pieces? We need it for the planning in spring.\n\nBest regards,\nJukka Heinonen\nChairman of the board"),
   M("2034-11-14 14:30", "outbound", "RE: Window renovation 2035",
     "Hello Jukka,\n\nThanks for your patience. Our budget price for about 190 triple-glazed wood-aluminium windows, installed with removal of the old frames, is EUR 287,000 incl. VAT. A site survey would tighten the figure; I can come any week in January.\n\nBest regards,\nKarl"),
   M("2034-11-14 14:31", "inbound", "Automaattinen vastaus / Automatic reply: RE: Window renovation 2035",
     "Olen lomalla ja palaan toimistolle maanantaina 27.11.\n\nI am on holiday and back in the office on Monday 27 November. I will answer your message after that.\n\nJukka Heinonen"),
  ],
  quote="I am on holiday and back in the office on Monday 27 November.",
  dates=["auto-reply Tuesday 14 November 'Monday 27 November' / 'maanantaina 27.11.' = return after now (Wednesday 15 November)"]))

# 14 Porto glass partitions, quoted Apple Mail iPhone (Portuguese writer)
p1 = ("Dear Mr. Otero,\n\nI am facility manager of the Boavista office building. The 3rd floor will be rented to a new tenant and they want glass partitions for meeting rooms, about 42 linear meters, with good acoustic. Our architect Inês asks what fire rating you can give for the doors.\n\n"
      "Best regards,\nRui Carvalho\nFacility Manager\nEdifício Boavista Norte\n+351 22 555 0834")
p2 = ("Dear Rui,\n\nThank you for the drawings. For 42 linear metres of double-glazed partitions, 44 dB, with EI30 fire-rated doors, our price is EUR 38,700 + VAT, installed. Lead time is 5 weeks from order and installation takes 6 working days.\n\n"
      "Kind regards,\nDiego Otero\nGalaica Interiores S.L.\n+34 986 555 214")
CASES.append(C(n=14, slug="glass-office-partitions-fit-out-porto", domain="fit-out", lang="en",
  tz="Europe/Lisbon", now="2034-11-15 12:00", shape="quoted", client="Apple Mail (iPhone)", colleague="Inês", place="non-native: Portuguese/Porto District (Porto)",
  cust=("Rui Carvalho", "rui.carvalho@boavistanorte.example.com"),
  rep=("Diego Otero", "diego.otero@galaica-interiores.example.com", "Diego Otero\nGalaica Interiores S.L.\n+34 986 555 214"),
  src=[
   M("2034-10-30 10:00", "inbound", "Glass partitions 3rd floor", p1),
   M("2034-11-03 17:20", "outbound", "Re: Glass partitions 3rd floor", p2),
   M("2034-11-15 08:50", "inbound", "Re: Glass partitions 3rd floor",
     "Hi Diego, ok for us with the price. But we need everything finished before 22 December because tenant moves in on 2 January. Inês ask if the film with company logo on the glass is included. Please send the contract, and I need your insurance certificate for the building management.\n\nRui\n\nSent from my iPhone\n\n"
     "> On 3 Nov 2034, at 17:20, Diego Otero <diego.otero@galaica-interiores.example.com> wrote:\n>\n" + q(p2) + "\n>\n>> On 30 Oct 2034, at 10:00, Rui Carvalho <rui.carvalho@boavistanorte.example.com> wrote:\n>>\n" + q(p1, ">> ")),
  ],
  kp=[("42 linear metres, 44 dB, EI30 doors, EUR 38,700 + VAT installed", ["EUR 38,700", "44 dB"]),
      ("must be finished before 22 December, tenant moves in 2 January", ["22 December", "2 January"]),
      ("contract and insurance certificate for the building management", ["contract", "insurance certificate"])],
  mn=["Sent from my iPhone", "+351 22 555 0834"],
  slots=["whether the logo film on the glass is included", "whether lead time and installation can be finished before 22 December"],
  dates=["customer mail Wednesday 15 November 'before 22 December' = Friday 22 December; 5 weeks lead time from now reach 20 December", "'tenant moves in on 2 January' = Tuesday 2 January 2035"]))

# 15 Izmir concrete admixture, notes-only prospect (Turkish)
CASES.append(C(n=15, slug="accelerator-admixture-trial-precast-plant-izmir-prospect", domain="concrete", lang="en",
  tz="Europe/Istanbul", now="2034-11-13 16:00", shape="notes-only", place="non-native: Turkish/Izmir (Izmir)",
  cust=("Emre Aydın", "emre.aydin@korfezprefabrik.example.com"),
  rep=("Nikolaos Vlachos", "n.vlachos@aegeochem.example.com", "Nikolaos Vlachos\nAegeoChem Construction Chemicals\n+30 2410 555 118"),
  src=[
   N("2034-11-02 17:30", "Visit at Körfez Prefabrik A.Ş., Kemalpaşa plant. Plant manager Emre Aydın. Using a competitor's accelerator, problems with early strength in cold mornings, moulds stay blocked too long. Interested in our hardening accelerator. Offered free trial, 2 IBC (2,000 kg). Must send TDS + SDS. emre.aydin@korfezprefabrik.example.com"),
   N("2034-11-10 11:20", "Emre called back. Trial now 3 IBC instead of 2, on Mon 20 Nov, their lab technician Selin will run cubes at 12 h and 24 h. If trial OK, he asked price for ~20 t/year: told him EUR 1.38/kg delivered. He needs SDS in Turkish for their safety officer - check with regulatory, not sure we have it. TDS + SDS still not sent."),
  ],
  kp=[("free trial with 3 IBC on Monday 20 November, cubes tested at 12 h and 24 h", ["3 IBC", "20 Nov"]),
      ("EUR 1.38/kg delivered for about 20 t a year if the trial works", ["EUR 1.38/kg", "20 t"]),
      ("TDS and SDS to send", ["TDS"])],
  mn=["2 IBC", "competitor", "Visit at", "Emre called back"],
  slots=["whether an SDS in Turkish is available"],
  dates=["note Friday 10 November 'Mon 20 Nov' = Monday 20 November, one week after now (Monday 13 November)"]))

# 16 Debrecen site security, notes+mail (Hungarian)
CASES.append(C(n=16, slug="cctv-towers-site-security-logistics-build-debrecen", domain="site security", lang="en",
  tz="Europe/Budapest", now="2034-11-15 09:00", shape="notes+mail", colleague="Kata", place="non-native: Hungarian/Hajdú-Bihar (Debrecen)",
  cust=("Gábor Szilágyi", "szilagyi.gabor@alfoldepito.example.com"),
  rep=("Marek Hudák", "marek.hudak@sentrypost.example.com", "Marek Hudák\nSentryPost Site Security s.r.o.\n+421 2 555 640 12"),
  src=[
   M("2034-10-17 08:20", "inbound", "Security for building site",
     "Dear Mr. Hudák,\n\nWe are building a logistics warehouse near the airport, site fence is about 600 m. Last month somebody stole copper cable two times. We need video surveillance for the nights and weekends, there is no electricity on site yet. Please offer.\n\nRegards,\nGábor Szilágyi\nproject manager\nAlföld Építő Zrt.\n+36 52 555 903"),
   N("2034-10-19 13:00", "Site walk w/ Gábor. 3 solar CCTV towers with remote monitoring 18:00-06:00 and weekends, operator calls police + their site manager. Quote Monday."),
   M("2034-10-23 10:10", "outbound", "Offer - mobile CCTV towers",
     "Dear Gábor,\n\nAs discussed at the site: 3 solar CCTV towers with remote monitoring 18:00-06:00 weekdays and all weekend, alarm handling by our operators (police and your site manager are called): EUR 2,940 per month, minimum 6 months.\n\nBest regards,\nMarek"),
   M("2034-11-07 15:45", "inbound", "RE: Offer - mobile CCTV towers",
     "Dear Marek,\n\nWe like to order but: is solar enough in December? It is dark at 16:00. We also opened second gate, so maybe 4 towers are needed. And 6 months is long, we think 4 months. Our HSE colleague Kata asks that you put data protection signs (GDPR) at the gates.\n\nGábor"),
   N("2034-11-13 14:10", "Call with Gábor. 4 towers, hybrid (solar + methanol fuel cell) for winter. EUR 3,720/month, min 4 months. GDPR notice signs at both gates included. Install Mon 27 Nov. Send contract Tues 14.11. Tomas: fuel cell units only 4 left in Győr depot, keep them reserved."),
  ],
  kp=[("4 hybrid towers (solar + fuel cell) at EUR 3,720 per month, minimum 4 months", ["EUR 3,720", "4 months"]),
      ("GDPR notice signs at both gates included; installation Monday 27 November", ["GDPR", "27 Nov"]),
      ("contract promised for Tuesday, not yet sent", ["contract"])],
  mn=["EUR 2,940", "Tomas", "Győr", "only 4 left", "+36 52 555 903", "Call with Gábor"],
  dates=["note Thursday 19 October 'Quote Monday' = Monday 23 October: kept (mail of 23 October)", "customer mail Tuesday 17 October 'Last month' = September 2034",
         "note Monday 13 November 'Tues 14.11.' = Tuesday 14 November, the day before now (Wednesday 15 November): overdue",
         "'Mon 27 Nov' = Monday 27 November"]))

# 17 Gothenburg roofing sheets, quoted Yahoo (Swedish)
y1 = ("Hi Frank,\n\nWe are roofers in Gothenburg and have two villas on Hönö to do in December. We need standing seam steel sheets, colour anthracite matt, about 310 m2 together plus flashings. Can you deliver to the island? There is the car ferry.\n\n"
      "Regards\nLinnea Ek\nEk & Söner Plåt AB\n031-555 27 08")
y2 = ("Hi Linnea,\n\nFor 310 m2 standing seam in anthracite with flashings: SEK 129,800 excl. VAT. Delivery to Hönö by the ferry is SEK 3,900 extra. Lead time 3 weeks. I will check if anthracite matt is in stock or only the gloss.\n\n"
      "Best regards\nFrank Møller\nNordtag Roofing Supply A/S")
CASES.append(C(n=17, slug="standing-seam-roof-sheets-roofer-gothenburg", domain="roofing materials", lang="en",
  tz="Europe/Stockholm", now="2034-11-14 10:00", shape="quoted", client="Outlook for Android", colleague="Jonas", place="non-native: Swedish/Västra Götaland (Gothenburg)",
  cust=("Linnea Ek", "linnea@eksonerplat.example.com"),
  rep=("Frank Møller", "frank@nordtag.example.com", "Frank Møller\nNordtag Roofing Supply A/S\n+45 98 55 51 20"),
  src=[
   M("2034-10-30 07:45", "inbound", "Roof sheets Hönö", y1),
   M("2034-11-02 13:10", "outbound", "Re: Roof sheets Hönö", y2),
   M("2034-11-14 07:20", "inbound", "Re: Roof sheets Hönö",
     "Hi Frank\n\nMy brother Jonas measured again yesterday, it is only 295 m2. Please send new price. And the anthracite matt - you wanted to check the stock, we still don't know. We want delivery in week 49 (4-8 December), before the snow comes. Is screws included in the price?\n\nLinnea\n\n"
     "Get Outlook for Android\n\n________________________________\nFrom: Frank Møller <frank@nordtag.example.com>\nSent: Thursday, November 2, 2034 1:10:42 PM\nTo: Linnea Ek <linnea@eksonerplat.example.com>\nSubject: Re: Roof sheets Hönö\n\n" + y2 + "\n\n________________________________\nFrom: Linnea Ek <linnea@eksonerplat.example.com>\nSent: Monday, October 30, 2034 7:45:10 AM\nTo: Frank Møller <frank@nordtag.example.com>\nSubject: Roof sheets Hönö\n\n" + y1),
  ],
  kp=[("295 m2 now, new price owed", ["295 m2"]),
      ("delivery to Hönö by ferry SEK 3,900, in week 49 (4-8 December)", ["SEK 3,900", "week 49"]),
      ("stock check on anthracite matt still owed", ["anthracite matt"])],
  mn=["SEK 129,800", "310 m2", "031-555 27 08", "Get Outlook for Android"],
  slots=["the new price for 295 m2", "whether anthracite matt is in stock", "whether screws are included"],
  dates=["customer mail Tuesday 14 November 'yesterday' = Monday 13 November (new measurement)",
         "'week 49 (4-8 December)' = Monday 4 to Friday 8 December",
         "rep mail Thursday 2 November 'I will check': not kept at now"]))

# 18 Osaka gondola maintenance, html (Japanese)
CASES.append(C(n=18, slug="facade-gondola-inspection-office-building-osaka", domain="lifts and access maintenance", lang="en",
  tz="Asia/Tokyo", now="2034-11-14 14:00", shape="html", colleague="general manager", place="non-native: Japanese/Osaka Prefecture (Osaka)",
  cust=("Haruka Morimoto", "h.morimoto@umedakita-bm.example.co.jp".replace(".co.jp", ".com")),
  rep=("Kevin Lin", "kevin.lin@formosa-bmu.example.com", "Kevin Lin\nFormosa BMU Services Co.\n+886 2 5555 0817"),
  src=[
   M("2034-10-19 10:30", "inbound", "Gondola inspection request",
     "<html><body><p>Dear Mr. Lin,</p><p>Thank you for your visit in September. Our building (14 floors) has two roof gondolas for window cleaning. Please quote for:</p><ul><li>annual inspection of both gondolas</li><li>replacement of wire ropes</li></ul><p>Best regards,<br>Haruka Morimoto<br>Facility Management Section<br>Umeda Kita Building Management Co., Ltd.<br>06-5555-2048</p></body></html>", html=True),
   M("2034-10-23 11:00", "outbound", "RE: Gondola inspection request",
     "Dear Ms. Morimoto,\n\nOur quotation: annual inspection of both gondolas and wire rope replacement on both units, JPY 1,980,000 excl. tax. Work time 3 days.\n\nBest regards,\nKevin Lin"),
   M("2034-11-01 09:40", "inbound", "RE: Gondola inspection request",
     "<html><body><p>Dear Mr. Lin,</p><p>We checked with the maker records:</p><ol><li>only gondola No. 2 needs the rope replacement, No. 1 was done 2 years ago</li><li>the work must be on Saturday and Sunday, tenants are in the building on weekdays</li><li>we need a Japanese-speaking supervisor on site</li></ol><p>Please revise.</p><p>Haruka Morimoto</p></body></html>", html=True),
   M("2034-11-06 16:15", "outbound", "RE: Gondola inspection request",
     "Dear Ms. Morimoto,\n\nRevised: inspection of both gondolas and rope replacement on No. 2 only, JPY 1,420,000 excl. tax. Weekend work Sat 25 and Sun 26 November, supervisor Mr. Tanaka from our Osaka partner speaks Japanese.\n\nBest regards,\nKevin"),
   M("2034-11-13 17:50", "inbound", "RE: Gondola inspection request",
     "<html><body><p>Dear Mr. Lin,</p><p>Thank you. We accept. Please:</p><ol><li>send the contract to Umeda Kita Building Management Co., Ltd.</li><li>send the list of workers names by 20 November, for the security office, work start 25 November at 8:00</li><li>send your insurance certificate</li></ol><p>Our general manager asks: if there is rain or strong wind on these days, what is the backup day?</p><p>Best regards,<br>Haruka Morimoto</p></body></html>", html=True),
  ],
  kp=[("inspection of both gondolas and rope replacement on No. 2, JPY 1,420,000 excl. tax", ["JPY 1,420,000"]),
      ("work Sat 25 and Sun 26 November from 8:00 with Mr. Tanaka as supervisor", ["25 November", "8:00", "Mr. Tanaka"]),
      ("contract to Umeda Kita Building Management Co., Ltd. and insurance certificate", ["Umeda Kita Building Management Co., Ltd.", "insurance certificate"])],
  mn=["JPY 1,980,000", "06-5555-2048"],
  slots=["the list of workers' names for the security office by 20 November", "the backup day in case of rain or strong wind"],
  dates=["customer mail Monday 13 November 'by 20 November' = Monday 20 November", "'Sat 25 and Sun 26 November' (rep mail of 6 November)"]))

# 19 Kaunas heat pumps housing, pause no-draft (Lithuanian)
CASES.append(C(n=19, slug="heat-pump-retrofit-apartment-association-kaunas-pause", domain="heat pumps", lang="en",
  tz="Europe/Vilnius", now="2034-11-14 15:00", shape="no-draft: pause", place="non-native: Lithuanian/Kaunas County (Kaunas)", draft=False,
  cust=("Rasa Petrauskienė", "rasa.p@bendrija-zaliakalnis.example.org"),
  rep=("Mikael Sundberg", "mikael@balticheat.example.com", "Mikael Sundberg\nBaltic Heat Systems AB\n+46 31 555 40 77"),
  src=[
   M("2034-10-18 11:10", "outbound", "Offer - heat pumps for your building",
     "Dear Rasa,\n\nThank you for the meeting. As promised, the offer for two air-to-water heat pumps with hot water tanks for your 36-apartment building: EUR 94,600 incl. VAT, installation in spring 2035.\n\nKind regards,\nMikael"),
   M("2034-11-10 09:25", "inbound", "RE: Offer - heat pumps for your building",
     "Dear Mikael,\n\nThank you for the offer and the time. At the owners meeting on Wednesday the board decided to freeze all new investments until the state renovation programme publishes the new conditions, nobody knows when. So there is no sense to continue our talks at this moment. When the situation changes I will contact you first, please do not send reminders.\n\nBest regards,\nRasa Petrauskienė\nChair, Žaliakalnis apartment owners association"),
  ],
  quote="the board decided to freeze all new investments until the state renovation programme publishes the new conditions, nobody knows when. So there is no sense to continue our talks at this moment. When the situation changes I will contact you first, please do not send reminders.",
  dates=["customer mail Friday 10 November 'on Wednesday' = Wednesday 8 November (owners meeting); no end date: pause"]))

# 20 Da Nang PPE, notes+mail (Vietnamese)
CASES.append(C(n=20, slug="helmets-harnesses-ppe-hotel-project-da-nang", domain="safety training and PPE", lang="en",
  tz="Asia/Ho_Chi_Minh", now="2034-11-14 15:00", shape="notes+mail", colleague="Mr. Khoa", place="non-native: Vietnamese/Da Nang (Da Nang)",
  cust=("Nguyễn Thị Phương", "phuong.nt@songhanconstruction.example.com"),
  rep=("Anan Srisuk", "anan@siamsafegear.example.com", "Anan Srisuk\nSiam SafeGear Co., Ltd.\n+66 2 555 0931"),
  src=[
   M("2034-10-24 09:00", "inbound", "Request quotation PPE",
     "Dear Mr. Anan,\n\nOur company start new hotel project at My Khe beach. We need quotation for:\n- 250 safety helmets with chin strap\n- 80 full body harness with double lanyard\n- 300 hi-vis vests\nAll must have EN certificate. Please send soon.\n\nBest regards,\nNguyen Thi Phuong (Ms.)\nProcurement\nSong Han Construction JSC\n0236 3555 812"),
   N("2034-10-26 10:30", "Call w/ Ms. Phương (procurement). Their HSE Mr. Khoa wants 1 day training on harness use incl. rescue. EN certs OK for all items. Quote by Mon."),
   M("2034-10-30 14:20", "outbound", "Quotation PPE - Song Han Construction",
     "Dear Ms. Phuong,\n\nPlease find our quotation: 250 helmets, 80 full-body harnesses with double lanyard, 300 hi-vis vests, all EN certified, plus 1 day harness training for up to 20 persons: USD 14,260 CIF Da Nang.\n\nBest regards,\nAnan"),
   M("2034-11-08 08:45", "inbound", "RE: Quotation PPE - Song Han Construction",
     "Dear Mr. Anan,\n\nThe storm on 1 and 2 November delayed our site, so we change: helmets only 200. Please split delivery, half on 20 November and half on 4 December. Mr. Khoa ask if the training can be in Vietnamese language, many workers not speak English.\n\nThank you\nPhuong"),
   N("2034-11-10 16:00", "Phone Ms. Phương. New total USD 13,110 (200 helmets). Split delivery 20 Nov / 4 Dec OK. Vietnamese trainer from our Saigon partner OK, training Wed 22 Nov 8:00 at site office. Send proforma invoice Mon 13/11. Harness stock low in our HCMC warehouse, maybe air freight - don't tell customer yet."),
  ],
  kp=[("new total USD 13,110 with 200 helmets", ["USD 13,110", "200 helmets"]),
      ("split delivery 20 November and 4 December", ["20 Nov", "4 Dec"]),
      ("harness training in Vietnamese Wednesday 22 November 8:00 at site office; proforma invoice owed", ["22 Nov", "proforma invoice"])],
  mn=["USD 14,260", "250 helmets", "air freight", "stock low", "0236 3555 812", "Phone Ms."],
  dates=["note Thursday 26 October 'by Mon' = Monday 30 October: kept (mail of 30 October)",
         "note Friday 10 November 'Mon 13/11' = Monday 13 November, the day before now (Tuesday 14 November): overdue",
         "'Wed 22 Nov' = Wednesday 22 November"]))
