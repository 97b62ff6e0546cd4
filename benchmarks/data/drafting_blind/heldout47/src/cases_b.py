from lib import case, msg, note

CASES = []
add = CASES.append

# 11 Wroclaw - streaming kit for a theatre - HTML, Polish writer
tz = "Europe/Warsaw"
add(case(11, "live-streaming-kit-drama-theatre-wroclaw", "streaming kit", "en", tz, "2035-01-09 10:00",
    ("Agnieszka Wójcik", "a.wojcik@teatrprzystan.example.org"),
    ("Ruud Verhoeven", "ruud@stagecast.example.net", """
        Ruud Verhoeven
        StageCast B.V.
        +31 33 555 8120"""),
    [
        msg("2034-12-11 09:15", "inbound", "Streaming of performances", """
            <html><body><p>Dear Mr. Verhoeven,</p>
            <p>I am production manager in Teatr Przystań. From spring we want to stream our performances online, for people who cannot come to theatre. Our stage is 14 m wide. Please could you advise:</p>
            <ul>
            <li>how many cameras you recommend for such stage</li>
            <li>can one person operate everything</li>
            <li>music rights for the stream, is it our problem or yours</li>
            </ul>
            <p>With best regards<br>Agnieszka Wójcik<br>Kierownik produkcji / Production manager<br>Teatr Przystań<br>+48 71 555 40 22</p></body></html>"""),
        msg("2034-12-15 14:30", "outbound", "RE: Streaming of performances", """
            Dear Ms Wójcik,

            Thank you for your questions. For a 14 m stage we recommend 3 PTZ cameras with one operator desk, so one person can run the whole stream. Together with the encoder and 2 days of training for your team the price is EUR 18,600 excl. VAT.

            Music rights stay with the theatre; we provide the technical side only.

            Kind regards,
            Ruud Verhoeven"""),
        msg("2035-01-08 12:40", "inbound", "RE: Streaming of performances", """
            <html><body><p>Dear Mr. Verhoeven,</p>
            <p>happy New Year. Our director accepted the offer, we want to go forward. Now some more points:</p>
            <ol>
            <li>Director wants first stream on 27 March, it is World Theatre Day. Is it realistic with delivery and training?</li>
            <li>Our sound engineer, Mr. Kowalczyk, asks if the encoder can take 8 audio channels from our digital mixer, not only stereo.</li>
            <li>Can the training be on Mondays? On Monday theatre is closed and the team is free.</li>
            </ol>
            <p>Regards<br>Agnieszka</p></body></html>"""),
    ],
    True,
    [("3 PTZ cameras with one operator desk and encoder", ["3 PTZ cameras", "operator desk"]),
     ("EUR 18,600 excl. VAT including 2 days of training", ["EUR 18,600", "2 days of training"]),
     ("first stream wished on 27 March", ["27 March"])],
    ["+48 71 555 40 22"],
    ["whether a first stream on 27 March is realistic with delivery and training",
     "whether the encoder takes 8 audio channels from the digital mixer",
     "whether the training can be on Mondays"],
    place="non-native: Polish/Lower Silesia (Wrocław)", shape="html", colleague="Mr. Kowalczyk",
    dates="Customer mail Monday 8 January 2035: first stream 27 March 2035 (World Theatre Day); Mondays closed. Now Tuesday 9 January."))

# 12 Utrecht - congress badges and signage - notes+mail, Dutch writer
tz = "Europe/Amsterdam"
add(case(12, "badges-rollups-congress-organiser-utrecht", "printing", "en", tz, "2035-01-10 11:00",
    ("Sanne de Groot", "sanne.degroot@domstadcongres.example.com"),
    ("Henrike Voss", "h.voss@printwerk-events.example.com", """
        Henrike Voss
        Printwerk Events GmbH
        +49 211 555 7340"""),
    [
        note("2034-12-12 11:30", """
            Teams call w/ Sanne de Groot, project lead Domstad Congres. Their care & data congress 20-21 March, 2,200 visitors. Need badges w/ lanyards, 40 roll-up banners, floor stickers. Quote by Fri 15/12."""),
        msg("2034-12-15 15:10", "outbound", "Quote - badges and signage for your March congress", """
            Dear Sanne,

            Thank you for your time on the phone this week. Here is our quote:

            - 2,200 PVC-free badges with printed lanyards, EUR 2.10 each
            - 40 roll-up banners 85 x 200 cm, EUR 69 each
            - 120 floor stickers, anti-slip

            Total EUR 8,750 excl. VAT, delivery to the venue included.

            Best regards,
            Henrike"""),
        msg("2035-01-04 09:20", "inbound", "RE: Quote - badges and signage for your March congress", """
            Hi Henrike,

            Happy new year! We have already 2,600 registrations so please count with 2,800 badges. My colleague Joost from sustainability ask if the lanyards can be collected after and recycled, we want to be a green event this year. Also the delivery must be at the venue on Monday 19 March at the latest.

            Groetjes,
            Sanne

            Sanne de Groot | Projectleider
            Domstad Congres B.V.
            +31 30 555 6614"""),
        note("2035-01-09 15:00", """
            Call Sanne. 2,800 badges @ EUR 1.95 (volume price), lanyards: we collect them after the event and recycle, free of charge. 40 roll-ups unchanged, 120 stickers. New total EUR 9,640 excl. VAT. Delivery Mon 19 March before 10:00 at hall 3 loading dock. Order confirmation to send Thu. Book the print slot with Henk before she signs - don't tell her we are nearly full in March."""),
    ],
    True,
    [("2,800 badges at EUR 1.95, new total EUR 9,640 excl. VAT", ["2,800 badges", "EUR 1.95", "EUR 9,640"]),
     ("lanyards collected after the event and recycled free of charge", ["recycle"]),
     ("delivery Monday 19 March before 10:00 at the hall 3 loading dock; order confirmation Thursday", ["19 March", "hall 3", "confirmation"])],
    ["EUR 2.10", "EUR 8,750", "nearly full in March", "print slot with Henk", "+31 30 555 6614", "Call Sanne"],
    [],
    place="non-native: Dutch/Utrecht (Utrecht)", shape="notes+mail", colleague="Joost",
    dates="Note Tuesday 12 December 2034: quote by Fri 15/12 = Friday 15 December, kept (mail of 15 December, which refers to the call 'this week'). Customer mail Thursday 4 January 2035: delivery Monday 19 March at the latest; congress 20-21 March. Note Tuesday 9 January: confirmation Thu = Thursday 11 January, after now (Wednesday 10 January)."))

# 13 Gothenburg - pitch renovation - out of office running
tz = "Europe/Stockholm"
add(case(13, "hybrid-pitch-renovation-football-club-gothenburg-ooo", "turf and pitch care", "en", tz, "2035-01-10 10:00",
    ("Elin Bergqvist", "elin.bergqvist@hisingsbk.example.org"),
    ("Morten Skau", "morten@greenstitch-turf.example.com", """
        Morten Skau
        GreenStitch Turf ApS
        +45 7555 2210"""),
    [
        msg("2035-01-08 09:30", "outbound", "Pitch renovation before the season", """
            Hi Elin,

            As agreed in December, here is the offer for the main pitch: hybrid stitching of both goalmouths and centre circle, SEK 612,000, work in the weeks of 19 and 26 March so the pitch is ready for the home opener. Please let me know by the end of January if we should book the machine.

            Best regards,
            Morten"""),
        msg("2035-01-08 09:31", "inbound", "Automatiskt svar: Pitch renovation before the season", """
            Hej! Jag är föräldraledig och tillbaka måndag 5 februari. Min e-post läses inte under tiden.

            Hello! I am on parental leave until Monday 5 February and not reading my email meanwhile. For questions about the pitch, please contact our head groundsman Nils Ek, +46 31 555 1290.

            Elin Bergqvist
            Hisings BK"""),
    ],
    False, [], [], [],
    place="non-native: Swedish/Västra Götaland (Gothenburg)", shape="no-draft: ooo",
    stop="I am on parental leave until Monday 5 February and not reading my email meanwhile.",
    dates="Auto-reply Monday 8 January 2035: back Monday 5 February 2035, after now (Wednesday 10 January): absence running."))

# 14 Porto - museum shop merchandise - quoted Apple Mail iPhone
tz = "Europe/Lisbon"
add(case(14, "tote-bags-enamel-mugs-museum-shop-porto", "merchandise", "en", tz, "2035-01-11 12:00",
    ("Inês Carvalho", "ines.carvalho@casamuseuribeirinha.example.org"),
    ("Laura Pons", "laura.pons@mercatmerch.example.com", """
        Laura Pons
        Mercat Merch S.L.
        +34 93 555 21 60"""),
    [
        msg("2035-01-10 21:05", "inbound", "Re: Offer museum shop articles", """
            Dear Laura,

            sorry for late answer, after the holidays the museum was crazy with visitors. We accept your offer for 600 tote bags and 400 mugs.

            But our director, Dra. Meireles, ask if the tote bags can be in organic cotton, the visitors ask this very often. You told me you will send a photo of the mug sample before Christmas, I did not receive it yet. And is possible to have our small logo on the bottom of the mug?

            We need everything in the shop before Easter holidays, 20 March is the latest.

            Obrigada,
            Inês

            Sent from my iPhone

            > On 19 Dec 2034, at 16:40, Laura Pons <laura.pons@mercatmerch.example.com> wrote:
            >
            > Dear Inês,
            >
            > Thank you for the tile patterns, they are beautiful. Our offer:
            > - 600 tote bags, natural cotton, two-colour print: EUR 4.80 each
            > - 400 enamel mugs with full wrap print: EUR 6.20 each
            > Total EUR 5,360 excl. VAT, delivery 5 weeks after artwork approval. With 1,000 bags the price goes down to EUR 4.10.
            >
            > I will send you a photo of the mug sample before Christmas.
            >
            > Best,
            > Laura
            >
            >> On 15 Dec 2034, at 11:12, Inês Carvalho <ines.carvalho@casamuseuribeirinha.example.org> wrote:
            >>
            >> Hello Laura, I am responsible for the shop of Casa-Museu Ribeirinha. We want tote bags and mugs with patterns of our tiles for the spring. Can you send price? Maybe 600 bags and 400 mugs.
            >> Inês Carvalho
            >> +351 22 555 0917"""),
    ],
    True,
    [("600 tote bags at EUR 4.80 and 400 enamel mugs at EUR 6.20, total EUR 5,360 excl. VAT", ["600 tote bags", "EUR 4.80", "EUR 6.20", "EUR 5,360"]),
     ("delivery 5 weeks after artwork approval", ["5 weeks"]),
     ("needed in the shop by 20 March at the latest", ["20 March"])],
    ["EUR 4.10", "Sent from my iPhone", "+351 22 555 0917", "crazy with visitors"],
    ["whether the tote bags can be made of organic cotton",
     "the photo of the mug sample promised before Christmas",
     "whether the small logo can go on the bottom of the mug"],
    place="non-native: Portuguese/Porto district (Porto)", shape="quoted", client="Apple Mail (iPhone) ('>' and '>>')", colleague="Dra. Meireles",
    dates="Rep mail Tuesday 19 December 2034 (quoted): mug sample photo before Christmas, not kept at now (Thursday 11 January 2035). Customer mail Wednesday 10 January: shop needs the goods by 20 March at the latest."))

# 15 Debrecen - catering trailers for a festival organiser - notes only, Hungarian
tz = "Europe/Budapest"
add(case(15, "catering-trailer-season-rental-festival-debrecen-prospect", "catering trailers", "en", tz, "2035-01-09 16:00",
    ("Bence Kovács", "bence.kovacs@hajduevents.example.com"),
    ("Marek Šimko", "marek.simko@foodcart-rent.example.com", """
        Marek Šimko
        FoodCart Rent s.r.o.
        +421 2 5555 3170"""),
    [
        note("2034-12-13 11:20", """
            Met Bence Kovács, ops manager of Hajdú Events Kft., at the caterers' fair. They run a 3-day food & music festival in June plus smaller weekend markets. Want 4 catering trailers on rent for the season May-Sept. First price EUR 1,900/month per trailer, fridge included. Speaks good English, prefers email."""),
        note("2035-01-08 14:10", """
            Video call Bence. Now 6 trailers, 2 of them with wood-fired pizza oven. Offered EUR 1,750/month per standard trailer, EUR 2,300/month with oven, season 1 May - 30 Sept. Viewing of the trailers at our yard Fri 19 Jan 11:00, he brings his head chef. Q: can the oven trailers run on a 32A CEE supply from their site? Not sure for the oven model, check with tech. Internal: only 2 oven trailers free, don't promise a 3rd."""),
    ],
    True,
    [("6 trailers: 4 standard at EUR 1,750 a month, 2 with pizza oven at EUR 2,300 a month", ["6 trailers", "EUR 1,750", "EUR 2,300"]),
     ("season 1 May - 30 Sept", ["1 May", "30 Sept"]),
     ("viewing at the yard Friday 19 January 11:00 with his head chef", ["Fri 19 Jan", "11:00"])],
    ["EUR 1,900", "don't promise a 3rd", "Video call Bence", "check with tech"],
    ["whether the oven trailers can run on a 32A CEE supply"],
    place="non-native: Hungarian/Hajdú-Bihar (Debrecen)", shape="notes-only",
    dates="Note Wednesday 13 December 2034: festival in June, season May-Sept. Note Monday 8 January 2035: viewing Fri 19 Jan 11:00, after now (Tuesday 9 January); season 1 May - 30 Sept 2035."))

# 16 Split - hybrid turf for a football club - notes+mail, Croatian writer
tz = "Europe/Zagreb"
add(case(16, "hybrid-turf-stitching-football-club-split", "turf and pitch care", "en", tz, "2035-01-10 09:00",
    ("Ante Perić", "ante.peric@hnkmarjan.example.com"),
    ("Stefan Vogel", "s.vogel@pitchtec.example.com", """
        Stefan Vogel
        PitchTec Sportrasen GmbH
        +43 316 555 480"""),
    [
        note("2034-12-11 12:00", """
            Visit at the stadium with Ante Perić (stadium manager) and head groundsman. Goal areas worn to sand. Want hybrid stitching of both penalty areas + full renovation during winter break. Quote by end of week."""),
        msg("2034-12-15 10:30", "outbound", "Offer - pitch renovation winter break", """
            Dear Mr. Perić,

            thank you for the visit. Our offer:

            1. Hybrid stitching of both penalty areas (2 x 1,300 m²): EUR 46,800
            2. Scarifying, topdressing and overseeding of the whole pitch: EUR 18,500

            Work takes 12 days and fits your winter break. All prices net.

            Kind regards,
            Stefan Vogel"""),
        msg("2035-01-03 13:15", "inbound", "RE: Offer - pitch renovation winter break", """
            Dear Mr. Vogel,

            board accept the renovation, but the stitching only for one penalty area now, the other we make in summer. Our coach ask when pitch can be used again after stitching, because first home match is 3 February. And our finance director Luka ask if payment in 3 rates is possible.

            Best regards
            Ante Perić
            Stadium manager
            +385 21 555 304"""),
        note("2035-01-09 17:30", """
            Call Ante. One penalty area only: EUR 23,400 + renovation EUR 18,500 = EUR 41,900 net. Playable 10 days after stitching -> start Mon 15 Jan, finished Fri 19 Jan, fine for 3 Feb. Payment in 3 instalments OK (40/30/30). Send contract Thu. Stitching machine is in Pula until 12 Jan - confirm the truck."""),
    ],
    True,
    [("one penalty area EUR 23,400 plus renovation EUR 18,500, EUR 41,900 net", ["EUR 23,400", "EUR 41,900"]),
     ("work Monday 15 to Friday 19 January, playable 10 days after stitching, in time for 3 February", ["Mon 15 Jan", "Fri 19 Jan", "10 days"]),
     ("3 instalments 40/30/30; contract to follow", ["40/30/30", "contract"])],
    ["EUR 46,800", "Pula until 12 Jan", "confirm the truck", "+385 21 555 304", "Call Ante"],
    [],
    place="non-native: Croatian/Split-Dalmatia (Split)", shape="notes+mail", colleague="Luka",
    dates="Note Monday 11 December 2034: quote by end of week = Friday 15 December, kept (mail of 15 December). Customer mail Wednesday 3 January 2035: first home match 3 February (Saturday). Note Tuesday 9 January: work Mon 15 to Fri 19 January; contract Thu = Thursday 11 January, after now (Wednesday 10 January)."))

# 17 Fukuoka - event cancellation insurance - quoted Outlook for Android
tz = "Asia/Tokyo"
add(case(17, "congress-cancellation-insurance-convention-organiser-fukuoka", "event insurance", "en", tz, "2035-01-11 10:00",
    ("Yuki Shimada", "y.shimada@hakata-conventions.example.com"),
    ("Marcus Tan", "marcus.tan@meridianeventcover.example.com", """
        Marcus Tan
        Meridian Event Cover Pte Ltd
        +65 6555 0372"""),
    [
        msg("2035-01-10 18:40", "inbound", "RE: Quotation congress insurance", """
            Dear Mr. Tan,

            Happy New Year and thank you for the quotation. Our board decided to proceed with plan B (cancellation and liability), premium JPY 1,840,000.

            Mr. Nakashima from our finance department asks if earthquake is covered, because this is the most important point for us in Kyushu. Also you said you will confirm if the policy document can be in Japanese, please let me know. We must sign before 31 January because of our budget.

            Can we pay the premium by bank transfer in yen?

            Best regards,
            Yuki Shimada
            Hakata Convention Service Co., Ltd.
            +81 92 555 7712

            Get Outlook for Android
            ________________________________
            From: Marcus Tan <marcus.tan@meridianeventcover.example.com>
            Sent: Friday, December 22, 2034 5:14:03 PM
            To: Yuki Shimada <y.shimada@hakata-conventions.example.com>
            Subject: Quotation congress insurance

            Dear Ms. Shimada,

            Thank you for the details of the International Congress of Coastal Engineering, 16-18 May 2035, 1,200 delegates. Two options:

            Plan A, cancellation only: JPY 1,290,000
            Plan B, cancellation plus third-party liability: JPY 1,840,000

            I will confirm with our underwriter whether the policy wording can be issued in Japanese and come back to you.

            Kind regards,
            Marcus Tan

            ________________________________
            From: Yuki Shimada <y.shimada@hakata-conventions.example.com>
            Sent: Monday, December 18, 2034 11:05:40 AM
            To: Marcus Tan <marcus.tan@meridianeventcover.example.com>
            Subject: Insurance for international congress

            Dear Mr. Tan,
            We organise an international congress in May with about 1,200 participants from 30 countries. We need insurance for cancellation. Please send quotation.
            Yuki Shimada"""),
    ],
    True,
    [("plan B, cancellation plus third-party liability, JPY 1,840,000", ["plan B", "JPY 1,840,000"]),
     ("congress 16-18 May 2035, 1,200 delegates", ["16-18 May", "1,200 delegates"]),
     ("to be signed before 31 January", ["31 January"])],
    ["JPY 1,290,000", "Get Outlook for Android", "+81 92 555 7712"],
    ["whether earthquake is covered",
     "whether the policy document can be issued in Japanese",
     "whether the premium can be paid by bank transfer in yen"],
    place="non-native: Japanese/Fukuoka Prefecture (Fukuoka)", shape="quoted", client="Outlook for Android (no '>')", colleague="Mr. Nakashima",
    dates="Rep mail Friday 22 December 2034 (quoted): underwriter check on Japanese wording promised, not reported at now (Thursday 11 January 2035). Customer mail Wednesday 10 January: sign before 31 January; congress 16-18 May 2035."))

# 18 Tampere - telescopic seating - HTML, Finnish writer
tz = "Europe/Helsinki"
add(case(18, "telescopic-seating-culture-hall-tampere", "seating", "en", tz, "2035-01-10 14:00",
    ("Riikka Lehtonen", "riikka.lehtonen@hervannankulttuuritalo.example.org"),
    ("Anders Holm", "anders.holm@tiltseat.example.com", """
        Anders Holm
        TiltSeat Nordic AB
        +46 8 555 412 90"""),
    [
        msg("2034-12-14 10:30", "inbound", "Telescopic seating for our hall", """
            <html><body><p>Good morning,</p>
            <p>I am Riikka Lehtonen, facility manager of Hervanta Culture House. Our multi-purpose hall is used for concerts, school events and floorball, so we need telescopic seating for about 420 persons. Questions:</p>
            <ul>
            <li>how long it takes to open and close</li>
            <li>is it motorised or manual</li>
            <li>how much floor it takes when closed</li>
            </ul>
            <p>Best regards<br>Riikka Lehtonen<br>+358 40 555 2871</p></body></html>"""),
        msg("2034-12-19 11:00", "outbound", "RE: Telescopic seating for our hall", """
            Hello Riikka,

            Thank you for the drawings. We propose a 12-row motorised telescopic system with 420 upholstered seats. It opens or closes in 3 minutes with one key switch, and when closed it is 1.1 m deep along the back wall. Price EUR 236,000 installed.

            Best regards,
            Anders Holm"""),
        msg("2035-01-09 13:20", "inbound", "RE: Telescopic seating for our hall", """
            <html><body><p>Hello Anders,</p>
            <p>city board gave us the budget, but maximum EUR 220,000. So I have now these questions:</p>
            <ol>
            <li>Can you make offer with 380 seats, so that we stay in the budget?</li>
            <li>Our fire inspector asks if the aisles and the handrails follow the Finnish rules.</li>
            <li>Installation is possible only in our summer closure, 18 June to 10 August. Is that enough time?</li>
            </ol>
            <p>Riikka</p></body></html>"""),
    ],
    True,
    [("motorised system, opens or closes in 3 minutes, 1.1 m deep when closed", ["motorised", "3 minutes"]),
     ("budget at most EUR 220,000, so 380 seats asked", ["EUR 220,000", "380 seats"]),
     ("installation only during the summer closure, 18 June to 10 August", ["18 June", "10 August"])],
    ["+358 40 555 2871"],
    ["the price for 380 seats within EUR 220,000",
     "whether the aisles and handrails follow the Finnish fire rules",
     "whether the summer closure from 18 June to 10 August is enough time for installation"],
    place="non-native: Finnish/Pirkanmaa (Tampere)", shape="html", colleague="fire inspector",
    dates="Customer mail Tuesday 9 January 2035: summer closure 18 June to 10 August 2035. Now Wednesday 10 January."))

# 19 Izmir - concert stage and LED rental - pause
tz = "Europe/Istanbul"
add(case(19, "open-air-concert-stage-led-rental-izmir-pause", "LED walls and staging", "en", tz, "2035-01-11 15:00",
    ("Deniz Aksoy", "deniz@korfezkonser.example.com"),
    ("Nikos Papadakis", "nikos@aegeanstage.example.net", """
        Nikos Papadakis
        Aegean Stage Rentals
        +30 210 555 6618"""),
    [
        msg("2034-12-18 11:00", "outbound", "Summer series 2035 - stage and LED package", """
            Dear Deniz,

            As discussed, the package for your eight open-air concerts: 14 x 10 m stage roof, two 6 x 4 m LED side screens and crew, EUR 9,800 per show, EUR 74,000 for all eight if booked together.

            Best regards,
            Nikos"""),
        msg("2035-01-10 16:25", "inbound", "RE: Summer series 2035 - stage and LED package", """
            Dear Nikos,

            I have to stop our talks. The municipality changed the rules for open-air events by the seaside and now our whole summer series is frozen. Nobody can say when there will be a decision, maybe months. So please do not continue with the booking or the offer at this moment. When we have news I will contact you myself, I promise.

            Sorry and thank you for your patience,
            Deniz Aksoy
            Körfez Konser Organizasyon"""),
    ],
    False, [], [], [],
    place="non-native: Turkish/İzmir Province (İzmir)", shape="no-draft: pause",
    stop="So please do not continue with the booking or the offer at this moment. When we have news I will contact you myself, I promise.",
    dates="Customer mail Wednesday 10 January 2035: talks stopped with no end date: pause."))

# 20 Da Nang - lighting kit for a wedding agency - notes+mail, Vietnamese writer
tz = "Asia/Ho_Chi_Minh"
add(case(20, "battery-uplights-moving-heads-beach-wedding-agency-da-nang", "stage lighting", "en", tz, "2035-01-10 15:00",
    ("Trần Thị Mai Anh", "maianh@hoabienweddings.example.com"),
    ("Jonas Lim", "jonas.lim@stageasia.example.com", """
        Jonas Lim
        StageAsia Pte Ltd
        +65 6555 1489"""),
    [
        note("2034-12-11 10:00", """
            Video call w/ Ms. Mai Anh (Trần Thị Mai Anh), owner Hoa Biển Weddings. 60-80 weddings a year on the beach and at resorts, now renting lights each time. Want own kit: 8 battery uplights, 4 moving heads, 1 hazer, wireless DMX. Quote in USD by Thu."""),
        msg("2034-12-14 16:20", "outbound", "Quotation - lighting kit for Hoa Biển Weddings", """
            Dear Ms. Mai Anh,

            It was good to talk with you on Monday. Our quotation:

            - 8 battery uplights, USD 310 each
            - 4 spot moving heads, USD 1,450 each
            - 1 hazer, USD 890
            - wireless DMX kit, USD 640

            Total USD 9,810 with flight cases. Shipping to Da Nang USD 420.

            Best regards,
            Jonas"""),
        msg("2035-01-03 09:45", "inbound", "RE: Quotation - lighting kit for Hoa Biển Weddings", """
            Dear Mr. Jonas,

            Happy new year! We like the offer. Our technical guy, anh Khoa, ask if the uplights are waterproof IP65, because near the sea there is wind and salt all the time. Also we want 12 uplights, not 8. We need the goods before Tết, our high season of weddings start right after Tết.

            Thank you,
            Mai Anh
            Hoa Biển Weddings
            +84 236 555 7721"""),
        note("2035-01-09 16:00", """
            Call Mai Anh. 12 uplights, IP65 version at USD 345 each (IP65 question answered: yes). New total USD 11,470 + shipping USD 420. Ship from Singapore 22 Jan, arrives Da Nang ~29 Jan, before Tết. Send proforma invoice Wed, 50% deposit. Don't mention old stock of IP54 units."""),
    ],
    True,
    [("12 IP65 uplights at USD 345 each, new total USD 11,470 plus shipping USD 420", ["12 uplights", "USD 345", "USD 11,470"]),
     ("ships 22 Jan, arrives around 29 Jan, before Tết", ["22 Jan", "29 Jan"]),
     ("proforma invoice with 50% deposit", ["proforma invoice", "50% deposit"])],
    ["USD 9,810", "USD 310", "IP54", "+84 236 555 7721", "Call Mai Anh"],
    [],
    place="non-native: Vietnamese/Da Nang (Da Nang)", shape="notes+mail", colleague="anh Khoa",
    dates="Note Monday 11 December 2034: quote by Thu = Thursday 14 December, kept (mail of 14 December, which refers to the call 'on Monday' = 11 December). Customer mail Wednesday 3 January 2035: goods before Tết (February 2035). Note Tuesday 9 January: ship 22 Jan, arrive ~29 Jan; proforma Wed = Wednesday 10 January, the same day as now (15:00), so still open."))
