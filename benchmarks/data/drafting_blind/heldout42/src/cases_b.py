from lib import case, N, O, I, H

# 11 notes+mail, non-native en, Czech, Brno (South Moravian Region); rep in Germany
case(n=11, slug="ecommerce-platform-migration-board-game-shop-brno", domain="e-commerce platforms", lang="en",
     tz="Europe/Prague", now="2033-04-06 10:30", place="non-native: Czech/South Moravian Region (Brno)", shape="notes+mail",
     customer=("Tom\u00e1\u0161 Dvo\u0159\u00e1k", "tomas.dvorak@kostkahry.example.cz"),
     rep=("Lena Vogt", "lena.vogt@shopforge.example.de", "Lena Vogt\nShopForge Commerce GmbH\n+49 30 555 0167"),
     sources=[
        N("2033-02-28 13:00",
          "Video call Tom\u00e1\u0161 Dvo\u0159\u00e1k, owner Kostka Hry (board games, 1 shop + webshop). Old platform end of life, 3,800 products, 11k customer accounts. Wants migration incl. customer accounts + order history. Quoted migration EUR 4,900 fixed + plan EUR 189/month. Needs Czech invoices + Z\u00e1silkovna pickup points. Send proposal by Fri."),
        O("2033-03-04 11:00", "ShopForge migration proposal - Kostka Hry",
          "Hi Tom\u00e1\u0161,\n\nThank you for the call on Monday. Attached is our proposal: migration of 3,800 products, customer accounts and order history for a fixed EUR 4,900, then the Growth plan at EUR 189 per month. Czech-language invoices and Z\u00e1silkovna pickup points are both supported.\n\nBest regards,\nLena"),
        I("2033-03-17 21:40", "Re: ShopForge migration proposal - Kostka Hry",
          "Hello Lena,\n\nthank you for proposal. We discussed with my partner. We want also to move the reviews of products, around 2 600 reviews, they are important for us because customers read them a lot. Is it possible and is the price the same? Also we must not lose our Google positions, so all old URLs must redirect.\n\nBest regards\nTom\u00e1\u0161"),
        N("2033-03-21 14:30",
          "Call Tom\u00e1\u0161: reviews import ok, +EUR 350 -> EUR 5,250 fixed. 301 redirects for all old URLs included. Cutover must be before 1 May (old host contract ends 30 Apr). Told him I send updated proposal + contract. Internal: our data team is full until 11 Apr, earliest start then."),
        O("2033-03-22 10:15", "Re: ShopForge migration proposal - Kostka Hry",
          "Hi Tom\u00e1\u0161,\n\nAs discussed, the updated proposal: migration including the product reviews for a fixed EUR 5,250, 301 redirects for all old URLs included, then the Growth plan at EUR 189 per month. Contract attached.\n\nBest regards,\nLena"),
        I("2033-04-05 19:55", "Re: ShopForge migration proposal - Kostka Hry",
          "Hello Lena,\n\nsigned contract is in attachment, it is on the company Kostka Hry s.r.o. We want that the cutover is in the night on a Monday or Tuesday because weekend is our busy time online. The old host ends on 30 April, so please cutover not later than Tuesday 26 April.\n\nCan you tell me when you start with the data and when we can see a test shop?\n\nThank you and best regards\nTom\u00e1\u0161 Dvo\u0159\u00e1k\nKostka Hry s.r.o.\n+420 555 014 227"),
     ],
     kps=[("signed contract with Kostka Hry s.r.o.: migration incl. reviews EUR 5,250 fixed, then EUR 189 per month", ["Kostka Hry s.r.o.", "EUR 5,250", "EUR 189"]),
          ("301 redirects for all old URLs included", ["301"]),
          ("cutover in the night of a Monday or Tuesday, not later than Tuesday 26 April", ["26 April"])],
     mn=["EUR 4,900", "data team is full", "+420 555 014 227", "Video call", "Internal:"],
     slots=["when the data migration starts and when a test shop can be seen"])

# 12 html, non-native en, Greek, Thessaloniki (Central Macedonia); rep in UK
case(n=12, slug="shelving-gondolas-cosmetics-chain-thessaloniki", domain="shopfitting and shelving", lang="en",
     tz="Europe/Athens", now="2033-04-05 12:00", place="non-native: Greek/Central Macedonia (Thessaloniki)", shape="html",
     customer=("Eleni Papadopoulou", "e.papadopoulou@myrtocosmetics.example.gr"),
     rep=("Graham Oduya", "graham.oduya@rackline-shopfit.example.co.uk", "Graham Oduya\nRackline Shopfitting\n+44 161 555 0153"),
     sources=[
        O("2033-02-23 15:00", "Gondola shelving for Myrto stores",
          "Dear Eleni,\n\nThank you for the plans of the two new stores. For each store we propose 14 double-sided gondolas, 1,350 mm high, in white with oak-effect shelf edges, at GBP 610 per gondola, and 6 wall bays at GBP 420 each. Delivery to Greece is by groupage, around 3 weeks.\n\nKind regards,\nGraham"),
        H("2033-03-10 11:30", "RE: Gondola shelving for Myrto stores",
          "<html><body><p>Dear Graham,</p><p>thank you for the offer. After meeting with the architect some changes:</p><ul><li>the gondolas must be 1,600 mm, the 1,350 is too low for our testers display</li><li>we need 12 gondolas per store, not 14, because of the new till point</li><li>the wall bays stay 6 per store</li></ul><p>Please send new price.</p><p>Kind regards,<br>Eleni</p></body></html>"),
        O("2033-03-14 09:45", "RE: Gondola shelving for Myrto stores",
          "Dear Eleni,\n\nAt 1,600 mm the gondola is GBP 655. So per store: 12 gondolas at GBP 655 = GBP 7,860 and 6 wall bays at GBP 420 = GBP 2,520, GBP 10,380 per store, GBP 20,760 for both.\n\nKind regards,\nGraham"),
        H("2033-04-04 14:10", "RE: Gondola shelving for Myrto stores",
          "<html><body><p>Dear Graham,</p><p>we confirm the order, our PO is MC-0392. Please note:</p><ol><li>total GBP 20,760 for the two stores as your mail of 14 March</li><li>delivery to our warehouse in Sindos, not to the stores</li><li>the first store opens Friday 13 May, so the shelving must be in the warehouse latest Monday 25 April</li><li>invoice to MYRTO COSMETICS S.A., VAT number is on the PO</li></ol><p>Our contractor asks if you send the assembly drawings before delivery, and if the shelves can carry the 8 kg glass testers units.</p><p>Best regards,<br>Eleni Papadopoulou<br>Purchasing<br>+30 2310 555 418</p></body></html>"),
     ],
     kps=[("order on PO MC-0392 for GBP 20,760: 12 gondolas at 1,600 mm and 6 wall bays per store", ["MC-0392", "GBP 20,760", "1,600 mm"]),
          ("delivery to the warehouse in Sindos by Monday 25 April at the latest", ["Sindos", "25 April"]),
          ("invoice to MYRTO COSMETICS S.A.", ["MYRTO COSMETICS S.A."])],
     mn=["GBP 610", "1,350 mm", "14 double-sided gondolas", "+30 2310 555 418"],
     slots=["whether assembly drawings can be sent before delivery",
            "whether the shelves can carry the 8 kg glass tester units",
            "whether delivery to the Sindos warehouse by Monday 25 April can be confirmed"])

# 13 no-draft ooo, non-native en, Korean, Busan; rep in Singapore
case(n=13, slug="electronic-shelf-labels-supermarket-busan-ooo", domain="electronic shelf labels", lang="en",
     tz="Asia/Seoul", now="2033-04-06 10:00", place="non-native: Korean/Busan (Busan)", shape="no-draft: ooo",
     customer=("Park Ji-hoon", "jihoon.park@haeundaemart.example.kr"),
     rep=("Aaron Lim", "aaron.lim@inklabel-asia.example.sg", "Aaron Lim\nInkLabel Asia\n+65 6555 0142"),
     sources=[
        I("2033-03-08 14:00", "Inquiry ESL for 2 stores",
          "Dear Sir,\n\nWe are operating 2 supermarkets in Busan. We are interested to change paper price tag to electronic label, about 9,000 labels total. Please send us catalogue and price.\n\nBest regards,\nPark Ji-hoon\nStore Development Team"),
        O("2033-03-10 11:00", "RE: Inquiry ESL for 2 stores",
          "Dear Mr. Park,\n\nThank you for your inquiry. Attached are our catalogue and an indicative price: 2.1\" labels at USD 7.90 each for 9,000 units, with base stations and software included.\n\nBest regards,\nAaron"),
        O("2033-04-04 15:30", "RE: Inquiry ESL for 2 stores",
          "Dear Mr. Park,\n\nI hope the catalogue was useful. Would a short video call next week suit you to go through the store layouts?\n\nBest regards,\nAaron"),
        I("2033-04-04 15:31", "Automatic reply: RE: Inquiry ESL for 2 stores",
          "Thank you for your mail. I am on business trip and will be back in the office on Monday 18 April. Your mail is not forwarded. For urgent matter please contact Ms. Kim Soo-min (soomin.kim@haeundaemart.example.kr).\n\nPark Ji-hoon"),
     ],
     expect=False)

# 14 quoted Apple Mail, non-native en, Thai, Bangkok; rep in Malaysia? (rep in Singapore-free: Hong Kong)
OUT14 = ("Dear Khun Siriporn,\n\nYes, we can print your logo in one colour inside the lid at no extra cost from 5,000 boxes. The revised price for 5,000 mailer boxes size M with inside print is THB 14.20 per box, and the tissue paper stays THB 1.10 per sheet.\n\nBest regards,\nKenneth")
IN14 = ("Dear Kenneth,\n\nThank you for sample. The box is nice and strong. Can you print our logo inside the lid? Our customers make unboxing video so inside is important. We think 5,000 boxes first, not 3,000.\n\nBest regards,\nSiriporn")
case(n=14, slug="mailer-boxes-packaging-online-cosmetics-seller-bangkok", domain="parcel packaging", lang="en",
     tz="Asia/Bangkok", now="2033-04-05 14:00", place="non-native: Thai/Bangkok (Bangkok)", shape="quoted", client="Apple Mail",
     customer=("Siriporn Chaiyasit", "siriporn@bualuangbeauty.example.co.th"),
     rep=("Kenneth Wong", "kenneth.wong@packmotion.example.hk", "Kenneth Wong\nPackMotion Ltd\n+852 5550 1843"),
     sources=[
        O("2033-03-01 10:00", "Mailer boxes for Bualuang Beauty",
          "Dear Khun Siriporn,\n\nThank you for your interest. For 3,000 printed mailer boxes size M (kraft, your logo outside in one colour) the price is THB 15.80 per box, and branded tissue paper is THB 1.10 per sheet. I have sent you a sample by courier.\n\nBest regards,\nKenneth"),
        I("2033-03-09 13:30", "Re: Mailer boxes for Bualuang Beauty", IN14),
        O("2033-03-11 09:20", "Re: Mailer boxes for Bualuang Beauty", OUT14),
        I("2033-04-04 16:45", "Re: Mailer boxes for Bualuang Beauty",
          "Dear Kenneth,\n\nWe confirm the order: 5,000 boxes size M at THB 14.20 with inside print, and 5,000 sheets tissue at THB 1.10. PO number BB-2033-041.\n\nPlease note our warehouse is closed for Songkran from Wednesday 13 April to Friday 15 April, so delivery must be before 12 April or after 18 April. Before is better, we have a big sale after Songkran.\n\nMy colleague Nattapong from accounting ask if we can pay 50% deposit and 50% after delivery.\n\nBest regards,\nSiriporn Chaiyasit\nBualuang Beauty Co., Ltd.\n\n"
          "On 11 Mar 2033, at 09:20, Kenneth Wong <kenneth.wong@packmotion.example.hk> wrote:\n\n> " + OUT14.replace("\n", "\n> ") +
          "\n>\n>> On 9 Mar 2033, at 13:30, Siriporn Chaiyasit <siriporn@bualuangbeauty.example.co.th> wrote:\n>>\n>> " + IN14.replace("\n", "\n>> ")),
     ],
     kps=[("order on PO BB-2033-041: 5,000 boxes size M at THB 14.20 with inside print, 5,000 tissue sheets at THB 1.10", ["BB-2033-041", "THB 14.20", "THB 1.10"]),
          ("warehouse closed 13-15 April for Songkran; delivery before 12 April preferred, else after 18 April", ["12 April", "18 April"])],
     mn=["THB 15.80", "3,000 printed mailer boxes", "unboxing video"],
     slots=["whether 50% deposit and 50% after delivery is acceptable (Nattapong's question)",
            "whether delivery before 12 April can be confirmed"])

# 15 notes-only, non-native en, Danish, Aarhus (Central Denmark Region); rep in Denmark? (rep in Ireland)
case(n=15, slug="background-music-licensing-interior-shops-aarhus-prospect", domain="music and background-media licensing", lang="en",
     tz="Europe/Copenhagen", now="2033-04-06 13:00", place="non-native: Danish/Central Denmark Region (Aarhus)", shape="notes-only",
     customer=("Mette Kjeldsen", "mette@nordlyinterior.example.dk"),
     rep=("Fionn Delaney", "fionn.delaney@instoretunes.example.ie", "Fionn Delaney\nInstore Tunes\n+353 1 555 0174"),
     sources=[
        N("2033-04-04 15:20",
          "Teams call Mette Kjeldsen, head of retail Nordly Interior - 8 interior/design shops in Denmark, playing Spotify in store (not licensed for business, she knows). Wants licensed background music, calm Scandi playlists, same music in all 8 shops, managed centrally. Also wants in-store announcements for their loyalty club. Quoted EUR 34/shop/month incl. licences, announcements +EUR 6/shop/month. She asked if it runs on their existing Sonos speakers - yes via our app. Send offer + 30-day free trial link Thu. She's off from 8 Apr for a week, decision with her CFO after Easter."),
     ],
     kps=[("licensed background music for all 8 shops, centrally managed, EUR 34 per shop per month incl. licences", ["EUR 34"]),
          ("in-store announcements for the loyalty club, +EUR 6 per shop per month", ["EUR 6"]),
          ("runs on the existing Sonos speakers via the app", ["Sonos"]),
          ("offer and 30-day free trial link due Thursday (tomorrow)", ["30-day"])],
     mn=["Teams call", "not licensed for business"],
     slots=[])

# 16 notes+mail, non-native en, Romanian, Cluj-Napoca (Cluj County); rep in Austria
case(n=16, slug="loyalty-programme-bookstore-chain-cluj-napoca", domain="loyalty programmes", lang="en",
     tz="Europe/Bucharest", now="2033-04-07 11:20", place="non-native: Romanian/Cluj County (Cluj-Napoca)", shape="notes+mail",
     customer=("Andreea Moldovan", "andreea.moldovan@libraria-someseana.example.ro"),
     rep=("Stefan Reiter", "stefan.reiter@punktwerk-loyalty.example.at", "Stefan Reiter\nPunktwerk Loyalty\n+43 1 555 0138"),
     sources=[
        N("2033-03-02 10:00",
          "Call Andreea Moldovan, marketing mgr Libr\u0103ria Some\u0219ean\u0103, 14 bookstores in Transylvania. Stamp cards today, no data. Want app + plastic card option for older customers. Quoted setup EUR 3,500 + EUR 45/store/month. POS is their own system, we'd need API access. Send demo video."),
        O("2033-03-03 09:30", "Loyalty programme for Libr\u0103ria Some\u0219ean\u0103",
          "Dear Andreea,\n\nThank you for the call yesterday. Here is the demo video as promised. Summary: setup EUR 3,500, then EUR 45 per store per month for 14 stores, app and plastic cards both included. We would connect to your POS through its API.\n\nBest regards,\nStefan"),
        I("2033-03-16 18:20", "Re: Loyalty programme for Libr\u0103ria Some\u0219ean\u0103",
          "Dear Stefan,\n\nThe video was good, our director liked it. Our IT says the API is ok. But we want to start with a pilot in 3 stores in Cluj, from 2 May, and the other 11 in autumn if it works. Is the setup price then lower? And we need that the app is in Romanian and Hungarian, many customers speak Hungarian here.\n\nBest,\nAndreea"),
        N("2033-03-21 16:00",
          "Video call Andreea + Radu (IT). Pilot 3 stores: setup EUR 1,900, EUR 45/store/month, rest of setup credited if they roll out by 31 Dec. Romanian + Hungarian app ok. Plastic cards: 5,000 for pilot, EUR 0.38 each. Sent nothing yet, promised written offer Fri 25 Mar."),
        O("2033-03-25 14:00", "Pilot offer - Libr\u0103ria Some\u0219ean\u0103",
          "Dear Andreea,\n\nAs promised, the written pilot offer: 3 stores from 2 May, setup EUR 1,900, EUR 45 per store per month, app in Romanian and Hungarian, 5,000 plastic cards at EUR 0.38 each. If you roll out to all stores by 31 December, the rest of the full setup fee is credited.\n\nBest regards,\nStefan"),
        I("2033-04-06 17:45", "Re: Pilot offer - Libr\u0103ria Some\u0219ean\u0103",
          "Dear Stefan,\n\nWe accept the pilot offer. Order will come from SC Libr\u0103ria Some\u0219ean\u0103 SRL, I send the signed paper tomorrow. For the launch we want to print posters and flyers for the 3 stores, can you send us the logo files and the card design before 20 April so the printer has time?\n\nAlso please tell me how long it takes to make the 5,000 cards.\n\nThank you,\nAndreea"),
     ],
     kps=[("pilot accepted: 3 stores from 2 May, setup EUR 1,900, EUR 45 per store per month", ["2 May", "EUR 1,900", "EUR 45"]),
          ("5,000 plastic cards at EUR 0.38, app in Romanian and Hungarian", ["EUR 0.38", "Hungarian"]),
          ("logo files and card design needed before 20 April", ["20 April"]),
          ("order from SC Libr\u0103ria Some\u0219ean\u0103 SRL", ["SC Libr\u0103ria Some\u0219ean\u0103 SRL"])],
     mn=["EUR 3,500", "Video call", "Radu", "Stamp cards today"],
     slots=["how long it takes to produce the 5,000 cards"])

# 17 quoted Yahoo Mail, non-native en, Indonesian, Surabaya (East Java); rep in Singapore
OUT17 = ("Hi Dewi,\n\nYes - stock sync runs every 5 minutes across Tokopedia, Shopee and your own site, so an item sold on one channel is taken off the others. With 3 channels the plan is USD 79 per month.\n\nRegards,\nRachel")
IN17 = ("Hi Rachel,\n\nThank you. We sell the batik on Tokopedia and Shopee and also our own website. Problem is we sell the same piece two times, because stock not update fast. How often your system update the stock?\n\nDewi")
case(n=17, slug="marketplace-stock-sync-batik-seller-surabaya", domain="marketplace tools", lang="en",
     tz="Asia/Jakarta", now="2033-04-07 10:30", place="non-native: Indonesian/East Java (Surabaya)", shape="quoted", client="Yahoo Mail",
     customer=("Dewi Kusumawardani", "dewi.kusuma@batikpesisir.example.co.id"),
     rep=("Rachel Tan", "rachel.tan@listsync.example.sg", "Rachel Tan\nListSync\n+65 6555 0197"),
     sources=[
        O("2033-03-07 11:00", "ListSync for Batik Pesisir",
          "Hi Dewi,\n\nThanks for the chat at the trade fair. ListSync starts at USD 49 per month for 2 channels. I can set up a free trial whenever you're ready.\n\nRegards,\nRachel"),
        I("2033-03-14 09:40", "Re: ListSync for Batik Pesisir", IN17),
        O("2033-03-16 10:05", "Re: ListSync for Batik Pesisir", OUT17),
        I("2033-04-06 14:20", "Re: ListSync for Batik Pesisir",
          "Hi Rachel,\n\nOk we want to try. Please make the free trial for the 3 channels, and after if ok we pay the USD 79 plan. Our products are 640 items, many are one piece only.\n\nMy husband Bayu who do the website ask: the website is on WooCommerce, is it supported? And can we pay in rupiah?\n\nThank you,\nDewi\n\n"
                    "On Wednesday, March 16, 2033, 11:05:00 AM GMT+8, Rachel Tan <rachel.tan@listsync.example.sg> wrote:\n\n" + OUT17 +
          "\n\nOn Monday, March 14, 2033, 09:40:00 AM GMT+7, Dewi Kusumawardani <dewi.kusuma@batikpesisir.example.co.id> wrote:\n\n" + IN17),
     ],
     kps=[("free trial for the 3 channels, then the USD 79 per month plan", ["USD 79", "trial", "3 channels"])],
     mn=["USD 49", "sell the same piece two times"],
     slots=["whether the WooCommerce website is supported (Bayu's question)",
            "whether payment in rupiah is possible"])

# 18 html, non-native en, Norwegian, Bergen (Vestland); rep in Netherlands? (rep in Estonia)
case(n=18, slug="returns-handling-online-outdoor-clothing-bergen", domain="returns handling", lang="en",
     tz="Europe/Oslo", now="2033-04-05 09:30", place="non-native: Norwegian/Vestland (Bergen)", shape="html",
     customer=("Sigrid Haugland", "sigrid@fjellvott.example.no"),
     rep=("Kadri Tamm", "kadri.tamm@returnloop.example.ee", "Kadri Tamm\nReturnLoop O\u00dc\n+372 555 0163"),
     sources=[
        H("2033-02-21 10:15", "Returns portal",
          "<html><body><p>Hi,</p><p>We are an online shop for rain and outdoor clothing, about 1,100 returns per month, more in autumn. We look for:</p><ul><li>a returns portal on our site where customers print the label themselves</li><li>return to our warehouse in Bergen, not abroad</li><li>refund to the customer when the parcel is scanned, not when it arrives</li></ul><p>What does it cost?</p><p>Sigrid Haugland<br>Fjellv\u00e5tt AS</p></body></html>"),
        O("2033-02-23 14:00", "Re: Returns portal",
          "Hi Sigrid,\n\nThanks for the clear list. ReturnLoop does all three. Price: NOK 4,900 per month up to 1,500 returns, then NOK 3.50 per extra return. Label costs from Posten are passed through at cost.\n\nBest,\nKadri"),
        H("2033-03-14 15:30", "Re: Returns portal",
          "<html><body><p>Hi Kadri,</p><p>Thanks. Two more things we need:</p><ul><li>exchange for another size instead of refund, this is half of our returns</li><li>the portal in Norwegian and English</li></ul><p>Sigrid</p></body></html>"),
        O("2033-03-16 10:20", "Re: Returns portal",
          "Hi Sigrid,\n\nSize exchanges are included, and the portal comes in Norwegian and English. The price stays NOK 4,900 per month up to 1,500 returns; because of the exchanges I can offer the extra returns at NOK 3.00 instead of NOK 3.50.\n\nBest,\nKadri"),
        H("2033-04-04 13:00", "Re: Returns portal",
          "<html><body><p>Hi Kadri,</p><p>We will go ahead. Our points:</p><ol><li>NOK 4,900 per month up to 1,500 returns, NOK 3.00 per extra return</li><li>size exchanges and Norwegian/English portal</li><li>start before 1 May, because the summer collection comes then</li><li>12 months contract with Fjellv\u00e5tt AS, org. nr in the footer of our webshop</li></ol><p>Can our Shopify store connect directly, or do we need a developer? And do you have a reference customer in Norway we can call?</p><p>Best regards,<br>Sigrid Haugland<br>Head of E-commerce<br>+47 555 01 832</p></body></html>"),
     ],
     kps=[("NOK 4,900 per month up to 1,500 returns, NOK 3.00 per extra return", ["NOK 4,900", "NOK 3.00"]),
          ("size exchanges and portal in Norwegian and English", ["exchange", "Norwegian"]),
          ("start before 1 May, 12-month contract with Fjellv\u00e5tt AS", ["1 May", "Fjellv\u00e5tt AS"])],
     mn=["NOK 3.50", "+47 555 01 832"],
     slots=["whether the Shopify store connects directly or needs a developer",
            "whether there is a reference customer in Norway to call"])

# 19 no-draft pause, non-native en, Malay, George Town (Penang)
case(n=19, slug="window-display-installation-jeweller-george-town-pause", domain="signage and window displays", lang="en",
     tz="Asia/Kuala_Lumpur", now="2033-04-06 15:00", place="non-native: Malay/Penang (George Town)", shape="no-draft: pause",
     customer=("Nurul Aisyah Binti Rahman", "nurul@kemasemas.example.com.my"),
     rep=("Daniel Chua", "daniel@vitrinecraft.example.sg", "Daniel Chua\nVitrineCraft\n+65 6555 0126"),
     sources=[
        O("2033-03-03 10:00", "Window display proposal - Kemas Emas",
          "Dear Puan Nurul,\n\nAs promised, our proposal for the two display windows of your Lebuh Campbell shop: backlit panels, acrylic risers and a seasonal graphic change every quarter, MYR 18,600 for the first year.\n\nBest regards,\nDaniel"),
        O("2033-03-24 11:30", "RE: Window display proposal - Kemas Emas",
          "Dear Puan Nurul,\n\nMay I check whether you had a chance to look at the proposal? I'd be glad to adjust it.\n\nBest regards,\nDaniel"),
        I("2033-03-29 16:10", "RE: Window display proposal - Kemas Emas",
          "Dear Mr Daniel,\n\nThank you for the proposal and sorry for late reply. This year we have many cost for the renovation of our second shop, so my boss decide we hold the window project, no budget for it this year. Please don't follow up on this one. When we have budget again I will contact you myself.\n\nThank you for your understanding.\nNurul"),
     ],
     expect=False)

# 20 notes+mail, non-native en, Croatian, Zagreb (City of Zagreb); rep in Slovenia
case(n=20, slug="rebrand-signage-supermarket-chain-zagreb", domain="signage and window displays", lang="en",
     tz="Europe/Zagreb", now="2033-04-06 14:30", place="non-native: Croatian/City of Zagreb (Zagreb)", shape="notes+mail",
     customer=("Ivana Bari\u0107", "ivana.baric@svjezikutak.example.hr"),
     rep=("Matej Kranjc", "matej.kranjc@signum-retail.example.si", "Matej Kranjc\nSignum Retail d.o.o.\n+386 1 555 0147"),
     sources=[
        N("2033-02-25 11:00",
          "Meeting Ivana Bari\u0107 (marketing) + Zoran (facilities), Svje\u017ei Kutak supermarkets, 22 stores. Rebrand: new logo, green instead of red. Need facade letters, aisle signs, checkout signs. Survey 2 stores first. Quoted rough EUR 7,800/store."),
        O("2033-03-01 10:00", "Rebrand signage - Svje\u017ei Kutak",
          "Dear Ivana,\n\nThank you for the meeting on Friday. We will survey two stores first and then send a detailed price; our rough figure is EUR 7,800 per store for facade letters, aisle signs and checkout signs.\n\nBest regards,\nMatej"),
        N("2033-03-15 17:00",
          "Surveyed Dubrava + Tre\u0161njevka stores. Facades bigger than plan in 9 stores. Detailed price: EUR 8,450/store average, EUR 185,900 for 22. Sent nothing yet - Zoran asked for phasing."),
        I("2033-03-22 09:10", "Re: Rebrand signage - Svje\u017ei Kutak",
          "Dear Matej,\n\nthanks for visiting our stores. Management wants the rebrand in 3 waves: 8 stores in May, 8 in June, 6 in September. Installation only at night after 21:00, we are open 07:00-21:00 Monday to Saturday. Can you please send the detailed offer with waves?\n\nBest regards\nIvana"),
        O("2033-03-25 15:40", "Re: Rebrand signage - Svje\u017ei Kutak",
          "Dear Ivana,\n\nAttached is the detailed offer in 3 waves: 8 stores in May, 8 in June and 6 in September, EUR 185,900 in total (EUR 8,450 per store on average), installation at night after 21:00.\n\nBest regards,\nMatej"),
        N("2033-04-01 10:30",
          "Call Ivana: ok in principle for EUR 185,900. Wants first wave to start Mon 9 May, list of 8 stores follows. Asked for 3% discount if paid per wave within 15 days - told her I check, don't commit before talking to Petra. Promised answer on discount by Wed 6 Apr."),
     ],
     kps=[("3 waves (8 in May, 8 in June, 6 in September), EUR 185,900 in total", ["EUR 185,900", "September"]),
          ("installation at night after 21:00", ["21:00"]),
          ("first wave to start Monday 9 May, list of 8 stores to follow", ["9 May"]),
          ("answer on the 3% discount for payment per wave within 15 days, promised for today", ["3%"])],
     mn=["EUR 7,800", "Petra", "don't commit", "Zoran asked", "Call Ivana", "Sent nothing yet"],
     slots=["whether a 3% discount for payment per wave within 15 days can be granted"])
