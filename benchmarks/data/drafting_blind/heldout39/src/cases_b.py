# 11-20: English, non-native speakers
CASES = []
A = CASES.append

# 11 notes-only prospect, Tampere (Finnish)
A(dict(nn=11, slug="outdoor-led-walls-ice-hockey-fan-zone-tampere-prospect", domain="screens and LED walls", language="en",
  tz="Europe/Helsinki", now="2032-04-21 10:30", native=False, shape="notes-only prospect",
  place="non-native: Finnish (Tampere)", kinds=["q", "prom", "missed", "rel", "coll", "time"],
  customer=("Jukka Lehtinen", "jukka.lehtinen@tammerareena-events.example.fi"),
  rep=("Sebastian Kroll", "sebastian.kroll@brightframe-led.example.de", "Sebastian Kroll\nBrightframe LED Rental\n+49 40 555 31870"),
  src=[("note", "2032-04-15 15:40",
    "Teams call w/ Jukka Lehtinen, events mgr at the arena, + his colleague Sanna Virtanen (sponsorship). "
    "Want 2 outdoor LED walls 6x3 m for the fan zone on the square during the playoff final series + summer concerts. "
    "Rental EUR 3,400 per wall per week incl. rigging and operator; purchase option EUR 58,000 per wall. "
    "Brightness in direct sun: 6,000 nits, fine for the square - told him. "
    "Sanna q: can the frame be branded with the main sponsor's logo, and who prints it? -> ask production. "
    "Send spec sheets + reference list Mon. Prefers email, phone is off during games. "
    "Internal: our 6x3 stock is in Oslo until 10 May - don't say before we know the final dates.")],
  kps=[("rental EUR 3,400 per wall per week including rigging and operator, or purchase at EUR 58,000 per wall",
        ["EUR 3,400", "EUR 58,000"]),
       ("the spec sheets and reference list promised for Monday are late and go out now", ["spec sheets", "reference list"]),
       ("two 6x3 m outdoor walls for the fan zone, 6,000 nits", ["6x3 m", "6,000 nits"])],
  must_not=["Oslo", "don't say", "Teams call w/"],
  slots=["whether the frame can be branded with the main sponsor's logo and who prints it"],
  note="'Send ... Mon' in the Thursday 15 April note = Monday 19 April, two days before now (Wednesday 21 April): the promise is overdue."))

# 12 notes plus mail, Krakow (Polish)
A(dict(nn=12, slug="coach-hire-youth-choir-tour-vienna-salzburg-krakow", domain="coach travel", language="en",
  tz="Europe/Warsaw", now="2032-04-20 09:20", native=False, shape="notes plus mail",
  place="non-native: Polish (Kraków)", kinds=["rev", "accept", "corr", "addon", "coll", "relay", "noteans", "kept", "doc", "q"],
  customer=("Tomasz Kędzierski", "t.kedzierski@skowronki-choir.example.pl"),
  rep=("Lena Hofbauer", "lena.hofbauer@alpenreise-coaches.example.at", "Lena Hofbauer\nAlpenreise Coaches\n+43 662 555 4410"),
  src=[("message", "2032-03-09 10:15", "outbound", "Coach offer - choir tour Vienna and Salzburg",
    "Dear Ms Wróbel,\n\nThank you for your enquiry. For 21-25 June (5 days) Kraków - Vienna - Salzburg - Kraków we offer one coach with 49 seats, one driver, all tolls and parking: EUR 7,900 incl. VAT.\n\nBest regards,\nLena Hofbauer"),
   ("message", "2032-03-12 13:50", "inbound", "Re: Coach offer - choir tour Vienna and Salzburg",
    "Dear Mrs Hofbauer,\n\nthank you for offer. Unfortunately we are now 58 persons, because the youth orchestra children come also, so 49 seats is too small. Also the instruments - we have 2 double basses and timpani, is there a place for this in bus?\n\nAnd one thing more: the concert in Salzburg finish at 22:30, can the driver bring us back to hotel after this, or it is problem with his hours?\n\nBest regards\nAgnieszka Wróbel\nChoir manager"),
   ("note", "2032-03-18 14:00",
    "Call Agnieszka + treasurer Tomasz Kędzierski. 58 pax -> double-decker 79 seats. Instruments: trailer +EUR 480. "
    "Drivers: 2 drivers on the double-decker, late return after the Salzburg concert ok - told them. "
    "Dates now 20-25 June (6 days, extra day in Vienna) -> EUR 10,850 + trailer EUR 480 = EUR 11,330. Send offer Mon. "
    "Internal: the DD is on the Wadowice pilgrimage 19 June, back late that night - tight, don't tell them."),
   ("message", "2032-03-22 09:30", "outbound", "Revised offer - double-decker 20-25 June",
    "Dear Ms Wróbel, dear Mr Kędzierski,\n\nAs agreed on Thursday:\n\n- double-decker coach, 79 seats, 2 drivers, 20-25 June, tolls and parking included: EUR 10,850\n- trailer for the double basses and timpani: EUR 480\n- total EUR 11,330 incl. VAT\n\nThe late return after the Salzburg concert is covered by the second driver.\n\nBest regards,\nLena Hofbauer"),
   ("message", "2032-04-14 20:10", "inbound", "Re: Revised offer - double-decker 20-25 June",
    "Dear Mrs Hofbauer,\n\nThe board of our foundation has approve the offer, signed order is in attachment. Please make invoice to Fundacja Chóru Skowronki.\n\nThe grant from the city comes only in May, so I ask: can we pay 30% deposit now and the rest after 1 June?\n\nAlso Agnieszka ask if the bus can pick up at two places in Kraków - at the school and at Nowa Huta, some families live there.\n\nWith kind regards\nTomasz Kędzierski\nTreasurer\nFundacja Chóru Skowronki\ntel. 12 555 48 90"),
  ],
  kps=[("signed: double-decker with 79 seats and 2 drivers, 20-25 June, EUR 10,850 plus trailer EUR 480, total EUR 11,330",
        ["double-decker", "20-25 June", "EUR 11,330", "EUR 480"]),
       ("invoice to Fundacja Chóru Skowronki", ["Fundacja Chóru Skowronki"])],
  must_not=["EUR 7,900", "49 seats", "Wadowice", "don't tell them", "Call Agnieszka", "12 555 48 90", "21-25 June"],
  slots=["whether a 30% deposit now and the rest after 1 June is acceptable",
         "whether the coach can pick up at two places in Kraków, the school and Nowa Huta"],
  note="EUR 7,900 for 49 seats and 21-25 June superseded; drivers' hours answered in the note."))

# 13 HTML-only, Debrecen (Hungarian)
A(dict(nn=13, slug="swimming-timing-touchpads-starting-system-pool-debrecen", domain="timing systems", language="en",
  tz="Europe/Budapest", now="2032-04-22 09:00", native=False, shape="HTML-only inbound",
  place="non-native: Hungarian (Debrecen)", kinds=["choice", "change1", "doc", "deadline", "time", "q"],
  customer=("Zsófia Kertész", "kertesz.zsofia@hajduaquatics.example.hu"),
  rep=("Patrick Weninger", "p.weninger@splitsecond-aquatic.example.at", "Patrick Weninger\nSplitSecond Aquatic Timing\n+43 1 555 2290"),
  src=[("message", "2032-04-09 11:00", "outbound", "Timing system offer - Hajdú Aquatics",
    "Dear Ms Kertész,\n\nFollowing our visit, two configurations including installation (4 days on site) and training:\n\nOption 1 - 8-lane touchpads, starting system and 8-lane scoreboard: EUR 41,200 net\nOption 2 - 10-lane touchpads, starting system and 10-lane scoreboard: EUR 49,800 net\n\nBest regards,\nPatrick Weninger"),
   ("message", "2032-04-20 14:25", "inbound", "RE: Timing system offer - Hajdú Aquatics",
    "<html><body><p>Dear Mr Weninger,</p><p>thank you, we discussed with the director. Our decision and some points:</p>"
    "<ul><li>We take the 10-lane version, it is for the 50 m pool.</li>"
    "<li>But we do not need the scoreboard, we have a good one from 2019. Please send new offer only for touchpads and starting system, without board.</li>"
    "<li>It must be ready for the county championship on Saturday 26 June.</li>"
    "<li>Offer please in the name of Hajdú Aquatics Nonprofit Kft., otherwise the municipality cannot pay.</li>"
    "<li>Is the software compatible with our scoreboard (it is from 2019, I send photo of the type plate)?</li></ul>"
    "<p>Please do not plan installation on Fridays, the pool is full with school groups.</p>"
    "<p>Best regards,<br>Kertész Zsófia<br>technical manager<br>+36 52 555 718</p></body></html>", "text/html"),
  ],
  kps=[("10-lane touchpads and starting system, without the scoreboard, in a new offer", ["10-lane", "touchpads", "starting system"]),
       ("offer in the name of Hajdú Aquatics Nonprofit Kft.", ["Hajdú Aquatics Nonprofit Kft."]),
       ("ready for the county championship on Saturday 26 June, no installation on Fridays", ["Saturday 26 June", "Friday"])],
  must_not=["8-lane", "EUR 41,200", "EUR 49,800", "+36 52 555 718"],
  slots=["the price of the 10-lane touchpads and starting system without the scoreboard",
         "whether the software works with their 2019 scoreboard",
         "whether installation can be completed before Saturday 26 June"],
  note="Option 2 chosen but the scoreboard dropped, so both quoted prices are superseded and the new price is a slot."))

# 14 quoted thread (Gmail), Porto (Portuguese)
A(dict(nn=14, slug="knitted-scarves-club-merchandise-football-porto", domain="merchandise and printing", language="en",
  tz="Europe/Lisbon", now="2032-04-20 10:40", native=False, shape="quoted thread", quote_client="Gmail",
  place="non-native: Portuguese (Porto)", kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
  customer=("Rui Figueiredo", "rui.figueiredo@fcribeiraatletico.example.pt"),
  rep=("Megan Atherton", "megan@terracefolk-merch.example.co.uk", "Megan Atherton\nTerracefolk Merchandise\n0161 555 0176"),
  src=[("message", "2032-04-08 11:02", "outbound", "Scarves and caps quote",
    "Hi Rui,\n\nLovely to talk yesterday. Prices for the club shop:\n\n- jacquard knitted scarves, club colours and crest: EUR 6.90 each, minimum 500\n- printed polyester scarves: EUR 3.80 each, minimum 500\n- embroidered caps: EUR 4.20 each, minimum 300\n\nProduction takes 4 weeks after artwork approval.\n\nCheers,\nMegan"),
   ("message", "2032-04-19 18:30", "inbound", "Re: Scarves and caps quote",
    "Hello Megan,\n\nWe decided for the knitted scarves, the fans don't like the printed ones, they say it looks cheap. But 800 scarves and not 500, the shop sold out all of them in March. Forget the caps for now.\n\nOur commercial director Inês Carvalho ask me if the sponsor logo can go on the back side of the scarf, small. And important: we need them before the last home match on Sunday 16 May.\n\nObrigado,\nRui Figueiredo\nMerchandising\nFC Ribeira Atlético\n+351 22 555 0934\n\nOn Thu, Apr 8, 2032 at 11:02 AM Megan Atherton <megan@terracefolk-merch.example.co.uk> wrote:\n\n> Hi Rui,\n>\n> Lovely to talk yesterday. Prices for the club shop:\n>\n> - jacquard knitted scarves, club colours and crest: EUR 6.90 each, minimum 500\n> - printed polyester scarves: EUR 3.80 each, minimum 500\n> - embroidered caps: EUR 4.20 each, minimum 300\n>\n> Production takes 4 weeks after artwork approval.\n>\n> Cheers,\n> Megan\n"),
  ],
  kps=[("knitted scarves at EUR 6.90 each, 800 scarves", ["knitted", "EUR 6.90", "800 scarves"]),
       ("needed before the last home match on Sunday 16 May; 4 weeks after artwork approval", ["Sunday 16 May", "artwork"])],
  must_not=["EUR 3.80", "EUR 4.20", "looks cheap", "+351 22 555 0934", "Obrigado"],
  slots=["whether the sponsor logo can go small on the back of the scarf",
         "whether 800 scarves can be delivered before Sunday 16 May"],
  note="Gmail quote header ('On Thu, Apr 8, 2032 at 11:02 AM X <...> wrote:'), '>' quoted; Inês's question relayed."))

# 15 out-of-office over, draft expected, Bologna (Italian)
A(dict(nn=15, slug="event-cancellation-insurance-chamber-music-festival-bologna-ooo-past", domain="event insurance", language="en",
  tz="Europe/Rome", now="2032-04-21 09:30", native=False, shape="out-of-office over, draft expected",
  place="non-native: Italian (Bologna)", kinds=["ooo-past", "missed", "doc", "deadline", "q"],
  customer=("Francesca Lodi", "f.lodi@festivalcameristico.example.it"),
  rep=("Oliver Pemberton", "oliver.pemberton@encore-underwriting.example.co.uk", "Oliver Pemberton\nEncore Event Underwriting\n020 7555 0138"),
  src=[("message", "2032-03-25 12:10", "outbound", "Cancellation and liability cover - chamber music festival",
    "Dear Francesca,\n\nThank you for the call. Our indicative terms for the festival, 8-18 July:\n\n- cancellation, abandonment and non-appearance cover, sum insured EUR 180,000\n- public liability EUR 5 million\n- premium EUR 4,350 including taxes\n\nTo finalise we need the artist list with their contracts and the venue contracts.\n\nBest regards,\nOliver"),
   ("message", "2032-03-26 17:20", "inbound", "R: Cancellation and liability cover - chamber music festival",
    "Dear Oliver,\n\nthank you very much. I will send you the artist list and the contracts of the venues after Easter, at the latest by Friday 9 April.\n\nOne question in the meantime: is a concert cancelled for extreme heat covered? Last July we had 41 degrees in the cloister and the mayor almost stopped us.\n\nKind regards,\nFrancesca Lodi\nGeneral manager"),
   ("message", "2032-04-12 09:40", "outbound", "Re: R: Cancellation and liability cover - chamber music festival",
    "Dear Francesca,\n\nI hope you had a good Easter. Just checking in on the artist list and venue contracts, so that I can firm up the terms.\n\nBest regards,\nOliver"),
   ("message", "2032-04-12 09:41", "inbound", "Risposta automatica: Re: R: Cancellation and liability cover - chamber music festival",
    "I am out of office until Monday 19 April with limited access to e-mail. For urgent matters please contact Marco Bellini, 051 555 2847.\n\nSono fuori ufficio fino a lunedì 19 aprile. Per urgenze: Marco Bellini, 051 555 2847."),
  ],
  kps=[("premium EUR 4,350 for cancellation cover of EUR 180,000 for the festival 8-18 July", ["EUR 4,350", "EUR 180,000", "8-18 July"]),
       ("the artist list and venue contracts (due by Friday 9 April) are still needed to finalise", ["artist list", "venue contracts"])],
  must_not=["Marco Bellini", "051 555 2847", "out of office", "41 degrees"],
  slots=["whether a concert cancelled for extreme heat is covered"],
  note="The auto-reply (back Monday 19 April) is over at now (Wednesday 21 April); Francesca promised the documents by Friday 9 April (overdue); the extreme-heat question was never answered."))

# 16 notes plus mail, Thessaloniki (Greek)
A(dict(nn=16, slug="led-wall-staging-medical-congress-thessaloniki", domain="staging and LED walls", language="en",
  tz="Europe/Athens", now="2032-04-21 11:00", native=False, shape="notes plus mail",
  place="non-native: Greek (Thessaloniki)", kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "deadline", "q"],
  customer=("Kostas Alexiou", "k.alexiou@aigaion-congress.example.gr"),
  rep=("Daniela Conti", "daniela.conti@palcoshow.example.it", "Daniela Conti\nPalcoShow Event Technology\n+39 02 555 6612"),
  src=[("message", "2032-03-04 10:00", "outbound", "Staging and AV - cardiology congress May",
    "Dear Dimitra,\n\nAs requested, for the plenary hall and breakouts, 3 days:\n\n- LED wall 8 x 4.5 m, pitch 2.6 mm, with processor and operator: EUR 12,600\n- stage 12 x 6 m with skirting and stairs: EUR 5,900\n- 2 breakout rooms, projector, screen and sound: EUR 1,100 each\n\nPrices excl. VAT, transport included.\n\nBest regards,\nDaniela"),
   ("message", "2032-03-08 16:30", "inbound", "RE: Staging and AV - cardiology congress May",
    "Dear Daniela,\n\nthank you. The programme committee has added one session, so we need 3 breakout rooms and not 2. For the stage, we must have a ramp for the speakers in wheelchair, it is a rule of the society now. Also the venue ask what weight your truss puts on each rigging point.\n\nKind regards,\nDimitra Papadaki\nProject Manager"),
   ("note", "2032-03-12 12:30",
    "Call Dimitra + her director Kostas Alexiou. LED wall stays 8 x 4.5. 3 breakouts -> EUR 3,300. Ramp incl. in stage -> stage EUR 6,300. "
    "Rigging: venue limit 500 kg/point, our truss is well under - told them. Revised offer Tue. "
    "Internal: Vangelis' crew is also on the Patras job 14 May - need freelancers, don't mention."),
   ("message", "2032-03-16 09:15", "outbound", "Revised offer - congress 13-15 May",
    "Dear Dimitra, dear Mr Alexiou,\n\nAs discussed on Friday:\n\n- LED wall 8 x 4.5 m with operator: EUR 12,600\n- stage 12 x 6 m with wheelchair ramp: EUR 6,300\n- 3 breakout rooms: EUR 3,300\n- total EUR 22,200 excl. VAT\n\nBest regards,\nDaniela"),
   ("message", "2032-04-19 13:45", "inbound", "RE: Revised offer - congress 13-15 May",
    "Dear Ms Conti,\n\nWe confirm the revised offer, PO is attached. Please invoice Aigaion Congress Services S.A.\n\nThe venue allows build-in only in the night of Wednesday 12 May, after 22:00. Two open points:\n- we need one technician in each breakout room all 3 days, is this included?\n- our client asks a price for live streaming of the plenary.\n\nBest regards,\nKostas Alexiou\nDirector\nAigaion Congress Services\n+30 2310 555 427"),
  ],
  kps=[("confirmed: LED wall EUR 12,600, stage with ramp EUR 6,300, 3 breakout rooms EUR 3,300, total EUR 22,200",
        ["EUR 12,600", "EUR 6,300", "EUR 3,300", "EUR 22,200"]),
       ("invoice to Aigaion Congress Services S.A.", ["Aigaion Congress Services S.A."]),
       ("build-in the night of Wednesday 12 May after 22:00", ["Wednesday 12 May", "22:00"])],
  must_not=["EUR 5,900", "EUR 1,100", "Vangelis", "Patras", "don't mention", "Call Dimitra", "+30 2310 555 427"],
  slots=["whether one technician per breakout room for all 3 days is included",
         "the price for live streaming of the plenary"],
  note="Kostas, the director, writes the last mail; rigging answered in the note."))

# 17 HTML-only, Izmir (Turkish)
A(dict(nn=17, slug="commercial-treadmills-gym-chain-new-branch-izmir", domain="fitness equipment and its service", language="en",
  tz="Europe/Istanbul", now="2032-04-20 10:00", native=False, shape="HTML-only inbound",
  place="non-native: Turkish (Izmir)", kinds=["choice", "corr", "addon", "doc", "deadline", "q"],
  customer=("Burak Yıldız", "burak.yildiz@egeform.example.com.tr"),
  rep=("Matteo Ferraro", "matteo.ferraro@cardiopro-equip.example.it", "Matteo Ferraro\nCardioPro Equipment\n+39 0541 555 320"),
  src=[("message", "2032-04-06 15:20", "outbound", "Treadmills for Egeform - offer",
    "Dear Burak,\n\nFor the new branch, 12 treadmills:\n\n- Model T7, 22\" console: EUR 5,450 each\n- Model T9, 32\" touchscreen, slat belt: EUR 6,900 each\n\nBoth with 3-year service contract and delivery to site. Delivery time 5 weeks.\n\nBest regards,\nMatteo"),
   ("message", "2032-04-16 17:10", "inbound", "Re: Treadmills for Egeform - offer",
    "<html><body><p>Dear Matteo,</p><p>Thank you for the offer, we had meeting with our partners. Our decision:</p>"
    "<ul><li>We go with the T9 model.</li>"
    "<li>10 units, not 12 treadmills. We keep space for 2 rowers, can you quote also 2 rowing machines?</li>"
    "<li>Delivery to the new branch in Bornova, the opening is Saturday 29 May, so it must be installed before.</li>"
    "<li>Please send proforma invoice in the name of Egeform Spor Tesisleri A.Ş., the bank needs it for the equipment loan.</li>"
    "<li>Is the warranty document possible in Turkish?</li></ul>"
    "<p>Best regards,<br>Burak Yıldız<br>Operations Director, Egeform<br>+90 232 555 1846</p></body></html>", "text/html"),
  ],
  kps=[("T9 at EUR 6,900 each, 10 units, with the 3-year service contract", ["T9", "EUR 6,900", "10 units"]),
       ("proforma invoice to Egeform Spor Tesisleri A.Ş. for the bank", ["proforma", "Egeform Spor Tesisleri A.Ş."]),
       ("installed in Bornova before the opening on Saturday 29 May", ["Bornova", "Saturday 29 May"])],
  must_not=["T7", "EUR 5,450", "12 treadmills", "+90 232 555 1846"],
  slots=["the price of 2 rowing machines", "whether the warranty document can be in Turkish",
         "whether delivery and installation before Saturday 29 May is possible with the 5-week delivery time"],
  note="Delivery time 5 weeks from 16 April leaves little margin before 29 May: a slot, not a promise."))

# 18 quoted thread (Yahoo Mail), Sapporo (Japanese)
A(dict(nn=18, slug="cinema-recliner-seating-screen-renovation-sapporo", domain="seating", language="en",
  tz="Asia/Tokyo", now="2032-04-22 10:00", native=False, shape="quoted thread", quote_client="Yahoo Mail",
  place="non-native: Japanese (Sapporo)", kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
  customer=("Kenji Okabe", "k.okabe@kitanoza-cinemas.example.jp"),
  rep=("Grace Lim", "grace.lim@auditoria-seating.example.sg", "Grace Lim\nAuditoria Seating Asia\n+65 6555 0183"),
  src=[("message", "2032-04-14 12:30", "outbound", "Screen 1 seating - options",
    "Dear Mr Okabe,\n\nThank you for the drawings. For Screen 1 (96 seats today) we propose:\n\n- Recliner R2, power recline, leather-look fabric: JPY 148,000 per seat\n- Standard rocker S1, cup holder: JPY 62,000 per seat\n\nPrices include removal of old seats and installation.\n\nBest regards,\nGrace Lim"),
   ("message", "2032-04-21 18:20", "inbound", "Re: Screen 1 seating - options",
    "Dear Ms Lim,\n\nThank you for your proposal. We choose the Recliner R2. However, our designer checked the row spacing and with recliners only 72 seats fit in Screen 1, not 96. Please calculate with 72 seats.\n\nOur manager Ms Harada asks two things:\n1. We close Screen 1 from Monday 7 June to Friday 18 June. Is installation possible in this period?\n2. We need the fire certificate of the fabric for the city fire department.\n\nBest regards,\nKenji Okabe\nFacilities, Kitanoza Cinemas\n011-555-2731\n\nOn Wednesday, April 14, 2032 at 12:30:05 PM GMT+9, Grace Lim <grace.lim@auditoria-seating.example.sg> wrote:\n\n\nDear Mr Okabe,\n\nThank you for the drawings. For Screen 1 (96 seats today) we propose:\n\n- Recliner R2, power recline, leather-look fabric: JPY 148,000 per seat\n- Standard rocker S1, cup holder: JPY 62,000 per seat\n\nPrices include removal of old seats and installation.\n\nBest regards,\nGrace Lim\n"),
  ],
  kps=[("Recliner R2 at JPY 148,000 per seat, 72 seats in Screen 1", ["R2", "JPY 148,000", "72 seats"]),
       ("Screen 1 closed from Monday 7 June to Friday 18 June", ["Monday 7 June", "Friday 18 June"]),
       ("fire certificate of the fabric for the fire department", ["fire certificate"])],
  must_not=["JPY 62,000", "96 seats", "S1", "011-555-2731"],
  slots=["whether installation is possible between Monday 7 June and Friday 18 June"],
  note="Yahoo Mail quote header ('On Wednesday, April 14, 2032 at 12:30:05 PM GMT+9, X <...> wrote:'), quoted unindented; the rep writes from Singapore (her mail left at 11:30 SGT = 12:30 JST); the fire certificate is owed (doc)."))

# 19 NO DRAFT auto-reply, Tartu (Estonian)
A(dict(nn=19, slug="museum-ticket-kiosks-tartu-ooo", domain="ticketing kiosks", language="en",
  tz="Europe/Tallinn", now="2032-04-21 10:00", native=False, shape="no draft",
  place="non-native: Estonian (Tartu)", kinds=["ooo"],
  customer=("Kadri Tamm", "kadri.tamm@emajoe-museum.example.ee"),
  rep=("Jonas Berg", "jonas.berg@kioskly.example.se", "Jonas Berg\nKioskly\n+46 8 555 30217"),
  src=[("message", "2032-03-29 11:00", "outbound", "Self-service ticket kiosks - Emajõe Museum",
    "Dear Kadri,\n\nThank you for the meeting. As discussed: 3 self-service kiosks with card payment and receipt printer, EUR 4,700 each, software EUR 95 per kiosk per month.\n\nI look forward to hearing from you.\n\nBest regards,\nJonas"),
   ("message", "2032-04-01 16:30", "inbound", "RE: Self-service ticket kiosks - Emajõe Museum",
    "Dear Jonas,\n\nThank you, the offer is clear. I must present it to our director and the city culture department, I come back to you.\n\nBest regards,\nKadri Tamm\nVisitor services"),
   ("message", "2032-04-19 09:30", "outbound", "Re: Self-service ticket kiosks - Emajõe Museum",
    "Dear Kadri,\n\nI hope the presentation went well. Is there anything the director or the culture department would like to see before deciding?\n\nBest regards,\nJonas"),
   ("message", "2032-04-19 09:31", "inbound", "Automaatvastus: Re: Self-service ticket kiosks - Emajõe Museum",
    "Tere! Olen puhkusel kuni esmaspäevani, 3. maini.\n\nI am on leave until Monday 3 May 2032 and do not read e-mail. Your message will not be forwarded.\n\nKadri Tamm"),
  ],
  note="Auto-reply one minute after the rep's chaser: 'on leave until Monday 3 May 2032' (now Wednesday 21 April)."))

# 20 notes plus mail, Ljubljana (Slovenian)
A(dict(nn=20, slug="catering-concession-basketball-arena-ljubljana", domain="catering contracts", language="en",
  tz="Europe/Ljubljana", now="2032-04-20 10:20", native=False, shape="notes plus mail",
  place="non-native: Slovenian (Ljubljana)", kinds=["rev", "accept", "addon", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Maja Kranjc", "maja.kranjc@arena-siska.example.si"),
  rep=("Stefan Gruber", "stefan.gruber@courtside-catering.example.at", "Stefan Gruber\nCourtside Catering GmbH\n+43 316 555 708"),
  src=[("message", "2032-03-01 14:00", "outbound", "Catering concession - Arena Šiška",
    "Dear Mr Zupan,\n\nOur proposal for the food and beverage concession: 6 kiosks operated and staffed by us, 18% commission on net sales to the arena, minimum guarantee EUR 42,000 per season.\n\nBest regards,\nStefan Gruber"),
   ("message", "2032-03-04 10:45", "inbound", "RE: Catering concession - Arena Šiška",
    "Dear Mr Gruber,\n\nthank you for proposal. For us it is important 20% and minimum EUR 48,000. Also the VIP lounge needs catering on game days, can you include it? And the city now asks vegan option in every sales point, is this possible for you?\n\nBest regards\nLuka Zupan\nCommercial manager"),
   ("note", "2032-03-10 15:30",
    "Call Luka + CFO Maja Kranjc. Agreed 19.5% commission, min guarantee EUR 45,000, 7 kiosks (new north stand). "
    "VIP lounge separate: EUR 38 per guest per game, min 60 guests. Vegan in every kiosk: yes - told them. Send revised terms Friday. "
    "Internal: Rok says margin too thin below 19%, that's our limit."),
   ("message", "2032-03-12 11:10", "outbound", "Revised terms - catering concession",
    "Dear Mr Zupan, dear Ms Kranjc,\n\nAs agreed on Wednesday:\n\n- 7 kiosks, operated and staffed by us, vegan option at every kiosk\n- 19.5% commission on net sales, minimum guarantee EUR 45,000 per season\n- VIP lounge catering on game days: EUR 38 per guest, minimum 60 guests\n\nBest regards,\nStefan Gruber"),
   ("message", "2032-04-13 16:00", "inbound", "RE: Revised terms - catering concession",
    "Dear Mr Gruber,\n\nThe supervisory board approved. Signed contract for 3 seasons from 1 September is attached, please address everything to Arena Šiška d.o.o.\n\nTwo questions: can you already run the kiosks at the playoff games in May as a trial, the first home playoff game is Friday 7 May? And we need your HACCP documents before that for the inspection.\n\nBest regards\nMaja Kranjc\nCFO"),
  ],
  kps=[("signed: 19.5% commission, minimum guarantee EUR 45,000 per season, 7 kiosks, 3 seasons from 1 September",
        ["19.5%", "EUR 45,000", "7 kiosks", "1 September"]),
       ("VIP lounge EUR 38 per guest, minimum 60 guests", ["EUR 38", "VIP"]),
       ("contract and correspondence to Arena Šiška d.o.o.; HACCP documents before the inspection", ["Arena Šiška d.o.o.", "HACCP"])],
  must_not=["18% commission", "EUR 42,000", "6 kiosks", "Rok", "margin too thin", "Call Luka", "EUR 48,000"],
  slots=["whether the kiosks can run as a trial at the playoff games in May, starting Friday 7 May"],
  note="Maja, the CFO, writes the last mail; vegan answered in the note."))
