from lib import C, N, I, O

CASES = []

# 11 Brno, HTML customer (Czech)
CASES.append(C(11, "inverted-fluorescence-microscope-cell-biology-brno", "microscopes", "en",
  "Europe/Prague", "2035-02-13 10:00",
  ("Tomáš Horáček", "horacek@mibc-cells.example.org"),
  ("Andrea Haller", "a.haller@isarlicht-optik.example.com", "Andrea Haller\nIsarlicht Optik GmbH\n+49 89 555 2031"),
  [I("2034-12-11 14:30", "Request for offer - inverted microscope",
     "<html><body><p>Dear Mrs. Haller,</p><p>our group at Moravian Institute of Cell Biology is preparing purchase of new microscope for live cell work. We need:</p><ul><li>inverted microscope with LED fluorescence, 4 channels</li><li>sCMOS camera</li><li>incubation stage for live cells (37 °C, CO2)</li></ul><p>Please can you send us the offer?</p><p>Best regards,<br>Tomáš Horáček, Ph.D.<br>+420 555 312 448</p></body></html>", html=True),
   O("2034-12-14 11:00", "RE: Request for offer - inverted microscope",
     "Dear Dr. Horáček,\n\nthank you for your request. Our offer for the inverted fluorescence microscope with 4 LED channels and sCMOS camera is EUR 62,400, including installation and one day of training on site. The incubation stage is an option at EUR 7,900. Delivery time is 8 weeks after order.\n\nKind regards,\nAndrea Haller"),
   I("2035-02-12 15:10", "RE: Request for offer - inverted microscope",
     "<html><body><p>Dear Mrs. Haller,</p><p>sorry for long silence, we had to wait for the grant decision. It is positive, and we want to take also the incubation stage. The money must be spent until 30 June, so invoice has to be before this date. Before we send the order, we have three questions:</p><ol><li>Is it possible to have a demo in our lab in March, before we order?</li><li>My colleague Dr. Veselá asks if the camera can be changed later for a more sensitive one, and how it is with the price then.</li><li>What is the warranty, 2 or 3 years?</li></ol><p>Thank you,<br>Tomáš Horáček</p></body></html>", html=True)],
  kp=[("microscope EUR 62,400 including installation and one day of training", ["62,400"]),
      ("incubation stage added, EUR 7,900", ["7,900"]),
      ("delivery 8 weeks after order; invoice needed before 30 June", ["8 weeks", "30 June"])],
  mn=["+420 555 312 448"],
  slots=["whether a demo in their lab in March is possible",
         "whether the camera can be exchanged later and at what price",
         "length of the warranty"],
  place="non-native: Czech/South Moravia (Brno)", shape="html",
  rules=[("30 June", "2035-02-12", "explicit", None, "2035-06-30", "after")]))

# 12 Ghent, notes between mails, due after now (Flemish)
CASES.append(C(12, "pesticide-reference-standards-food-testing-lab-ghent", "reagents and standards", "en",
  "Europe/Brussels", "2035-02-14 11:00",
  ("Veerle De Smet", "veerle.desmet@leiedalfoodtesting.example.com"),
  ("Hannes Vermeulen", "hannes@refstandards-benelux.example.net", "Hannes Vermeulen\nRefStandards Benelux\n+32 9 555 41 20"),
  [N("2034-12-12 14:00", "Visit Veerle De Smet, lab head at Leiedal Food Testing. Pesticide residues: wants multi-residue reference mixes for LC-MS/MS, 10 kits of the 200-compound mix. Said EUR 395 per kit. Quote by Thu."),
   O("2034-12-14 10:30", "Offer LC-MS/MS pesticide mixes", "Dear Veerle,\n\nThank you for the visit. As agreed, our offer:\n\n10 kits of the 200-compound LC pesticide mix at EUR 395 each, EUR 3,950 excl. VAT. Certified under ISO 17034, shelf life 18 months, shipped on dry ice.\n\nKind regards,\nHannes"),
   I("2035-02-02 09:15", "RE: Offer LC-MS/MS pesticide mixes", "Dear Hannes,\n\nWe have signed a new client contract so we need 16 kits instead of 10. Also my colleague Pieter-Jan is asking if you have the GC mix with the organochlorines too, he is doing the GC side. Our accreditation audit is on 12 March, we need to have all standards in house and verified before.\n\nGreetings,\nVeerle De Smet\nHead of Laboratory\n+32 9 555 78 64"),
   N("2035-02-13 16:00", "Phoned Veerle. 16 kits at EUR 372 = EUR 5,952. GC organochlorine mix: yes, EUR 289 per kit, she takes 4 = EUR 1,156. Delivery in the week of Feb 26 on dry ice, well before the 12 March audit. Order confirmation by Fri. Current supplier lot expires in November, ship only the newer lot.")],
  kp=[("16 kits of the LC mix at EUR 372, EUR 5,952", ["16 kits", "5,952"]),
      ("4 kits of the GC organochlorine mix at EUR 289, EUR 1,156", ["EUR 289", "1,156"]),
      ("delivery in the week of Feb 26, before the audit of 12 March; order confirmation by Friday", ["Feb 26", "12 March", "Order confirmation"])],
  mn=["EUR 3,950", "EUR 395", "lot expires", "Phoned Veerle", "+32 9 555 78 64"],
  place="non-native: Dutch (Flemish)/East Flanders (Ghent)", shape="notes+mail",
  rules=[("Quote by Thu", "2034-12-12", "next", 3, "2034-12-14", "kept"),
         ("Order confirmation by Fri", "2035-02-13", "next", 4, "2035-02-16", "after")]))

# 13 Aarhus, absence beyond now, no draft (Danish)
CASES.append(C(13, "co2-incubator-gas-supply-biotech-aarhus-ooo", "gas supply", "en",
  "Europe/Copenhagen", "2035-02-14 10:00",
  ("Mette Kjærgaard", "mk@fjordcellbio.example.com"),
  ("Lars Holm", "lars.holm@nordgas-lab.example.net", "Lars Holm\nNordgas Lab Supply\n+45 555 38 190"),
  [O("2034-12-18 13:00", "CO2 supply for your incubators", "Hi Mette,\n\nFollowing our meeting, here is the offer for the CO2 supply: a 4-cylinder bundle with automatic changeover, DKK 3,900 per month including rental and refills, installation free.\n\nBest regards,\nLars"),
   I("2035-01-16 09:20", "RE: CO2 supply for your incubators", "Hi Lars,\n\nthanks, it looks fine. Can you also say if the changeover panel gives an alarm to our building system when one side is empty?\n\nMette"),
   O("2035-02-12 10:05", "RE: CO2 supply for your incubators", "Hi Mette,\n\nYes, the panel has a dry contact for your building system, so an empty side raises an alarm. Shall I book the installation?\n\nBest,\nLars"),
   I("2035-02-12 10:06", "Out of office: RE: CO2 supply for your incubators", "Thank you for your mail. I am on a research stay abroad and will be back in the office on Monday 5 March. I do not read my mails before this date.\n\nMette Kjærgaard\nFjord Cell Biology ApS")],
  draft=False, place="non-native: Danish/Central Jutland (Aarhus)", shape="no-draft: ooo",
  rules=[("back ... on Monday 5 March", "2035-02-12", "explicit", None, "2035-03-05", "running")]))

# 14 Bologna, quoted history, Apple Mail iPhone (Italian)
CASES.append(C(14, "chemical-safety-spill-training-chemistry-department-bologna", "safety training", "en",
  "Europe/Rome", "2035-02-15 12:00",
  ("Giulia Ferrante", "giulia.ferrante@dipchim-felsina.example.org"),
  ("Karen Mayr", "karen.mayr@labsafe-academy.example.com", "Karen Mayr\nLabSafe Academy\n+39 02 555 8810"),
  [I("2035-02-14 18:40", "Re: Safety training for the teaching labs",
     "Dear Karen,\n\nsorry for the late answer, January was full of exams. Now we are 34 persons, not 20, because also the PhD students of the organic group must do the course. Prof.ssa Bianchi asks if the course can be done in Italian, because some technicians don't follow well in English. We need the certificates before the lab inspection of the university on 20 March.\n\nAnd you did not write me about the Saturday, you wanted to ask your trainer before Christmas.\n\nThank you\nGiulia\n\nSent from my iPhone\n\n> On 19 Dec 2034, at 16:22, Karen Mayr <karen.mayr@labsafe-academy.example.com> wrote:\n>\n> Dear Giulia,\n>\n> Thank you for your request. For 20 people we suggest two sessions of 10,\n> each half a day with the spill drill in your lab: EUR 1,450 per session,\n> certificates included.\n>\n> I will check if our trainer can come on a Saturday and let you know before\n> Christmas.\n>\n> Best regards,\n> Karen\n>\n>> On 15 Dec 2034, at 09:05, Giulia Ferrante <giulia.ferrante@dipchim-felsina.example.org> wrote:\n>>\n>> Dear Mrs Mayr,\n>> we need chemical safety and spill response training for about 20 persons of\n>> our department. Can you make an offer?\n>> Giulia Ferrante\n>> Lab manager, Dipartimento di Chimica\n>> +39 051 555 2287")],
  kp=[("now 34 participants instead of 20", ["34 persons"]),
      ("EUR 1,450 per half-day session with spill drill, certificates included", ["1,450"]),
      ("certificates needed before the inspection on 20 March", ["20 March"])],
  mn=["Sent from my iPhone", "+39 051 555 2287", "two sessions of 10"],
  slots=["whether the trainer can come on a Saturday (promised before Christmas)",
         "whether the course can be held in Italian",
         "how many sessions and what price for 34 people"],
  place="non-native: Italian/Emilia-Romagna (Bologna)", shape="quoted (Apple Mail)",
  rules=[("before Christmas", "2034-12-19", "explicit", None, "2034-12-25", "late"),
         ("20 March", "2035-02-14", "explicit", None, "2035-03-20", "after")]))

# 15 Cluj-Napoca, notes-only prospect (Romanian)
CASES.append(C(15, "electronic-lab-notebook-biotech-startup-cluj-prospect", "ELN software", "en",
  "Europe/Bucharest", "2035-02-13 16:00",
  ("Ioana Mureșan", "ioana.muresan@somesbiologics.example.com"),
  ("Radu Pop", "radu.pop@labjournal-software.example.net", "Radu Pop\nLabJournal Software\n+40 264 555 019"),
  [N("2034-12-13 12:30", "First meeting with Ioana Mureșan, COO of Someș Biologics (antibody start-up, 12 scientists). Paper notebooks plus shared drives, investors want proper records before the next round. Interested in our ELN. Indicated EUR 45 per user per month."),
   N("2035-02-12 17:00", "Call with Ioana. Now 20 users, two new hires in March. Offered EUR 39 per user per month on an annual plan = EUR 9,360 per year, onboarding workshop EUR 1,800. On-site demo for the whole team Wed 21 Feb 11:00. Open: she asked whether we have a validated package for 21 CFR Part 11 e-signatures, must ask product team. They burn cash fast, push for annual upfront.")],
  kp=[("20 users at EUR 39 per user per month on an annual plan, EUR 9,360 a year", ["20 users", "9,360"]),
      ("onboarding workshop EUR 1,800", ["1,800"]),
      ("on-site demo for the whole team on Wednesday 21 February at 11:00", ["21 Feb", "11:00"])],
  mn=["EUR 45", "12 scientists", "burn cash", "push for annual upfront"],
  slots=["whether a validated package for 21 CFR Part 11 e-signatures exists"],
  place="non-native: Romanian/Cluj County (Cluj-Napoca)", shape="notes-only",
  rules=[("Wed 21 Feb", "2035-02-12", "explicit", None, "2035-02-21", "after")]))

# 16 Ljubljana, notes between mails, due after now (Slovenian)
CASES.append(C(16, "beer-spoiler-pcr-kits-brewery-qa-lab-ljubljana", "reagents and consumables", "en",
  "Europe/Ljubljana", "2035-02-14 09:00",
  ("Matej Kranjc", "matej.kranjc@pivovarna-zmaj.example.com"),
  ("Eva Zupan", "eva.zupan@alpemolekular.example.net", "Eva Zupan\nAlpe Molekular d.o.o.\n+386 1 555 7040"),
  [N("2034-12-11 10:30", "Visit at Pivovarna Zmaj, QA lead Matej Kranjc and head brewer Nina. Want PCR detection kits for beer spoilers (lactic acid bacteria), around 20 kits of 48 tests a year. Ballpark EUR 310 per kit. Quote by end of week."),
   O("2034-12-15 14:00", "Offer PCR kits for beer spoilers", "Dear Matej,\n\nthank you and Nina for your time. Our offer: 20 PCR kits for beer spoiler bacteria, 48 tests each, EUR 310 per kit, EUR 6,200 excl. VAT, delivered in 4 cold-chain shipments through the year.\n\nBest regards,\nEva"),
   I("2035-02-05 13:30", "RE: Offer PCR kits for beer spoilers", "Dear Eva,\n\nwe open the second production line, so we will need 30 kits. Nina is asking if the kit finds also Brettanomyces, because of the new sour beer. This beer launches on 15 March and we must test before.\n\nRegards\nMatej Kranjc\nVodja kakovosti / QA lead\n+386 41 555 812"),
   N("2035-02-13 15:00", "Call Matej. 30 kits at EUR 289 = EUR 8,670. Brettanomyces: separate kit, EUR 340, he takes 6 = EUR 2,040. First shipment in the week of 26 Feb, before the 15 March launch. Contract draft on Fri. Brett kit is from a new supplier, validation data thin, don't volunteer it.")],
  kp=[("30 kits at EUR 289, EUR 8,670", ["30 kits", "8,670"]),
      ("6 Brettanomyces kits at EUR 340, EUR 2,040", ["2,040"]),
      ("first shipment in the week of 26 February, before the launch on 15 March; contract draft on Friday", ["26 Feb", "15 March", "Contract draft"])],
  mn=["EUR 6,200", "EUR 310", "validation data thin", "don't volunteer", "+386 41 555 812", "Call Matej"],
  place="non-native: Slovenian/Central Slovenia (Ljubljana)", shape="notes+mail",
  rules=[("Quote by end of week", "2034-12-11", "next", 4, "2034-12-15", "kept"),
         ("Contract draft on Fri", "2035-02-13", "next", 4, "2035-02-16", "after")]))

# 17 Daejeon, quoted history, Outlook for Android (Korean)
CASES.append(C(17, "modular-iso7-cleanroom-battery-materials-lab-daejeon", "cleanroom fit-out", "en",
  "Asia/Seoul", "2035-02-15 10:00",
  ("Park Ji-hoon", "jhpark@hanbit-materials.example.org"),
  ("Kim Soo-yeon", "sy.kim@cleanmodule-asia.example.com", "Kim Soo-yeon\nCleanModule Asia\n+82 2 555 7731"),
  [I("2035-02-14 19:30", "RE: Quotation modular cleanroom",
     "Dear Ms. Kim,\n\nHappy new lunar year. I am sorry for late reply. Our plan is changed: room must be 60 m² and we need also a gowning room in front. My colleague Mr. Choi asks if the floor can be conductive epoxy, because of static for battery powders. The construction must finish before 30 April because the coating equipment arrives in May.\n\nAlso, about the chiller capacity, you told me you confirm with your HVAC engineer before end of December. I did not receive answer yet.\n\nBest regards,\nPark Ji-hoon\n\nGet Outlook for Android\n\nFrom: Kim Soo-yeon <sy.kim@cleanmodule-asia.example.com>\nSent: Friday, December 22, 2034 5:48:10 PM\nTo: Park Ji-hoon <jhpark@hanbit-materials.example.org>\nSubject: RE: Quotation modular cleanroom\n\nDear Dr. Park,\n\nThank you for the site visit. For a modular ISO 7 cleanroom of 48 m² with FFU ceiling, our price is KRW 186,000,000 including certification. Construction takes about 7 weeks.\n\nI will confirm with our HVAC engineer whether your existing chiller has enough capacity and reply before the end of December.\n\nBest regards,\nKim Soo-yeon\n\nFrom: Park Ji-hoon\nSent: Monday, December 18, 2034 9:02 AM\nSubject: Quotation modular cleanroom\n\nDear Sir or Madam,\nwe plan ISO 7 cleanroom for battery material lab, about 48 m². Please send quotation.\nPark Ji-hoon, Senior Researcher\nHanbit Materials Research Center\n+82 42 555 9016")],
  kp=[("room now 60 m² with a gowning room in front", ["60 m²", "gowning room"]),
      ("construction to finish before 30 April, equipment arrives in May", ["30 April"]),
      ("standing price KRW 186,000,000 for 48 m² ISO 7 with certification, about 7 weeks", ["186,000,000", "7 weeks"])],
  mn=["Get Outlook for Android", "+82 42 555 9016"],
  slots=["whether the existing chiller has enough capacity (promised before end of December)",
         "whether the floor can be conductive epoxy",
         "price for 60 m² with gowning room"],
  place="non-native: Korean/Daejeon (Daejeon)", shape="quoted (Outlook for Android)",
  rules=[("before the end of December", "2034-12-22", "explicit", None, "2034-12-31", "late"),
         ("30 April", "2035-02-14", "explicit", None, "2035-04-30", "after")]))

# 18 Kaunas, HTML customer (Lithuanian)
CASES.append(C(18, "water-sampling-kits-environmental-agency-kaunas", "field sampling kits", "en",
  "Europe/Vilnius", "2035-02-14 14:00",
  ("Rūta Petrauskienė", "ruta.petrauskiene@nemunas-env.example.org"),
  ("Jonas Berg", "jonas.berg@fieldkit-nordic.example.com", "Jonas Berg\nFieldKit Nordic\n+46 31 555 0480"),
  [I("2034-12-12 10:00", "Sampling kits for river monitoring",
     "<html><body><p>Good day,</p><p>our regional environmental laboratory needs sampling kits for the river monitoring program. Each kit should have:</p><ul><li>sample bottles for metals and nutrients</li><li>preservative vials</li><li>cool box with temperature data logger</li></ul><p>We need 40 kits. Please send price and delivery time.</p><p>Rūta Petrauskienė<br>Head of Sampling Unit<br>+370 37 555 219</p></body></html>", html=True),
   O("2034-12-14 09:40", "RE: Sampling kits for river monitoring",
     "Dear Ms. Petrauskienė,\n\nthank you for the enquiry. One complete kit with bottles, preservative vials and a cool box with data logger costs EUR 214, so EUR 8,560 for 40 kits excl. VAT. Delivery time is 3 weeks.\n\nKind regards,\nJonas Berg"),
   I("2035-02-13 11:15", "RE: Sampling kits for river monitoring",
     "<html><body><p>Dear Mr. Berg,</p><p>the program was extended to two more rivers and our sampling season starts 2 April. Before we can order I need answers:</p><ol><li>We need 55 kits now. What is the price for this amount?</li><li>Can you put the chain-of-custody forms in Lithuanian in the kits?</li><li>Are the preservative vials approved for transport as dangerous goods? Our fire inspector asked.</li></ol><p>Regards,<br>Rūta Petrauskienė</p></body></html>", html=True)],
  kp=[("EUR 214 per complete kit with data logger", ["214"]),
      ("delivery 3 weeks", ["3 weeks"]),
      ("sampling season starts 2 April", ["2 April"])],
  mn=["+370 37 555 219"],
  slots=["price for 55 kits", "whether chain-of-custody forms in Lithuanian can be included",
         "whether the preservative vials are approved for dangerous-goods transport"],
  place="non-native: Lithuanian/Kaunas County (Kaunas)", shape="html",
  rules=[("2 April", "2035-02-13", "explicit", None, "2035-04-02", "after")]))

# 19 Thessaloniki, pause, no draft (Greek)
CASES.append(C(19, "fish-genome-sequencing-aquaculture-research-thessaloniki-pause", "sequencing services", "en",
  "Europe/Athens", "2035-02-15 15:00",
  ("Nikos Papadakis", "npapadakis@thermaikos-aqua.example.org"),
  ("Sofia Lindgren", "sofia.lindgren@baltic-seqlab.example.com", "Sofia Lindgren\nBaltic SeqLab\n+46 18 555 6620"),
  [I("2034-12-14 12:00", "Genome sequencing for sea bream", "Dear Ms. Lindgren,\n\nwe would like to sequence 96 sea bream for a selection program. Whole genome, low coverage. Please send offer.\n\nNikos Papadakis\nThermaikos Aquaculture Research"),
   O("2034-12-19 10:30", "RE: Genome sequencing for sea bream", "Dear Dr. Papadakis,\n\nfor 96 samples, low-pass whole genome with imputation, we offer EUR 118 per sample, EUR 11,328 in total, results in 6 weeks.\n\nBest regards,\nSofia"),
   I("2035-02-14 17:45", "RE: Genome sequencing for sea bream", "Dear Sofia,\n\nI have to tell you that our partner company left the program and the funding is frozen. We stop the whole project for the moment, and I cannot say when it will start again. So please don't continue with the offer, I will write you myself if there is something new.\n\nKind regards,\nNikos")],
  draft=False, place="non-native: Greek/Central Macedonia (Thessaloniki)", shape="no-draft: pause"))

# 20 Bandung, notes between mails, due on the day of now (Indonesian)
CASES.append(C(20, "student-microscopes-school-biology-lab-bandung", "microscopes", "en",
  "Asia/Jakarta", "2035-02-14 15:00",
  ("Dewi Lestari", "dewi.lestari@smacahayabangsa.example.org"),
  ("Arif Santoso", "arif@optikasains.example.com", "Arif Santoso\nOptika Sains Indonesia\n+62 22 555 3170"),
  [N("2034-12-11 13:00", "Visit SMA Cahaya Bangsa, Ibu Dewi Lestari (head of science). Biology lab needs 24 student microscopes plus one teacher microscope with camera. Ballpark IDR 2,400,000 per student unit. Quote by Thu."),
   O("2034-12-14 10:00", "Quotation microscopes for biology lab", "Dear Ibu Dewi,\n\nthank you for receiving me at the school. Our quotation:\n\n- 24 student microscopes, LED, 40x-1000x: IDR 2,400,000 each, IDR 57,600,000\n- 1 teacher microscope with 5 MP camera: IDR 9,800,000\n\nTotal IDR 67,400,000, delivery to the school included.\n\nBest regards,\nArif"),
   I("2035-01-31 09:30", "RE: Quotation microscopes for biology lab", "Dear Pak Arif,\n\ngood news, the foundation gives budget for 32 microscopes now. Pak Hendra, our biology teacher, asks if the camera can connect to the smart TV in the class. The new semester practicum starts 4 March, so the microscopes must be ready before.\n\nThank you,\nDewi Lestari\n+62 812 555 4409"),
   N("2035-02-13 11:00", "Phoned Bu Dewi. 32 x IDR 2,250,000 = IDR 72,000,000; teacher set unchanged IDR 9,800,000; total IDR 81,800,000. Camera has HDMI out, TV works, cable included. Delivery and 1 hour teacher training Thu 1 Mar. Proforma invoice Wed. Importer stock only 20 pcs, rest from Surabaya warehouse, say nothing.")],
  kp=[("32 student microscopes at IDR 2,250,000, IDR 72,000,000; teacher set IDR 9,800,000; total IDR 81,800,000", ["72,000,000", "81,800,000"]),
      ("camera connects to the TV via HDMI, cable included", ["HDMI"]),
      ("delivery and teacher training Thursday 1 March; proforma invoice due Wednesday (the day of now)", ["1 Mar", "Proforma invoice"])],
  mn=["67,400,000", "57,600,000", "Importer stock", "say nothing", "Surabaya", "+62 812 555 4409"],
  place="non-native: Indonesian/West Java (Bandung)", shape="notes+mail",
  rules=[("Quote by Thu", "2034-12-11", "next", 3, "2034-12-14", "kept"),
         ("Proforma invoice Wed", "2035-02-13", "next", 2, "2035-02-14", "day"),
         ("Thu 1 Mar", "2035-02-13", "explicit", None, "2035-03-01", "after")]))
