from lib import case, N, O, I, H

# 01 html, en native, Portland (Oregon)
case(n=1, slug="electronic-shelf-labels-grocery-coop-portland", domain="electronic shelf labels", lang="en",
     tz="America/Los_Angeles", now="2033-04-06 10:00", place="native: Oregon (Portland)", shape="html",
     customer=("Renee Okonkwo-Hale", "renee@alderstreetmarket.example.com"),
     rep=("Jordan Pruitt", "jpruitt@shelfsignal.example.com", "Jordan Pruitt\nShelfSignal ESL\n(503) 555-0148"),
     sources=[
        O("2033-03-02 11:00", "ESL quote - Alder Street Market",
          "Hi Renee,\n\nGood to walk the Division St store with you on Monday. Here's where we landed:\n\n- 4,200 labels, 2.6\" e-paper, at $11.80 each ($49,560.00)\n- 3 base stations, no charge with the label order\n- install over two nights, store by store\n\nHappy to adjust once you've counted the produce wall properly.\n\nJordan"),
        H("2033-03-15 16:40", "Re: ESL quote - Alder Street Market",
          "<html><body><p>Hi Jordan,</p><p>Sorry this took a while, we had a cooler go down and lost a week to that mess. Our produce lead did the count. Changes:</p><ul><li>produce needs the bigger 4.2&quot; labels, 600 of them</li><li>so the 2.6&quot; ones drop to 4,050</li><li>install has to be after we close at 9pm, the night crew restocks till 1</li></ul><p>Also do the labels hold up to the misting bars in produce? We go through price cards like crazy there.</p><p>Renee</p></body></html>"),
        O("2033-03-17 09:20", "Re: ESL quote - Alder Street Market",
          "Hi Renee,\n\nThanks for the count. The 4.2\" label is $16.40, and it's IP67 rated, so the misting bars are not a problem.\n\nRevised quote:\n- 4,050 x 2.6\" at $11.80 = $47,790.00\n- 600 x 4.2\" at $16.40 = $9,840.00\n- Total $57,630.00, base stations included\n\nInstall after your 9pm close works for us.\n\nJordan"),
        H("2033-04-04 19:05", "Re: ESL quote - Alder Street Market",
          "<html><body><p>Jordan,</p><p>Board said yes last night. So:</p><ol><li>we go with your revised quote from March 17, $57,630.00</li><li>PO is AS-20418</li><li>install the nights of Sunday April 24 and Monday April 25, starting after 9pm close</li><li>invoice Alder Street Cooperative Inc., not the store</li></ol><p>Two things I need to know. Can your team train our night crew (11 people) on the handhelds while they're here? And if we open store number 4 in the fall, would you hold these prices for it?</p><p>Thanks!<br>Renee Okonkwo-Hale<br>Operations Manager, Alder Street Market<br>503-555-0177</p></body></html>"),
     ],
     kps=[("revised quote of March 17 accepted, $57,630.00, on PO AS-20418", ["$57,630.00", "AS-20418"]),
          ("4,050 small and 600 4.2\" labels", ["4,050", "600"]),
          ("install the nights of Sunday April 24 and Monday April 25 after the 9pm close", ["April 24", "April 25", "9pm"]),
          ("invoice to Alder Street Cooperative Inc.", ["Alder Street Cooperative Inc."])],
     mn=["4,200 labels", "$49,560.00", "503-555-0177", "like crazy", "cooler go down"],
     slots=["whether the night crew of 11 can be trained on the handhelds during the install",
            "whether the prices would be held for a fourth store opening in the fall"])

# 02 notes-only, en native, Halifax (Nova Scotia)
case(n=2, slug="footfall-counters-pilot-outdoor-gear-chain-halifax-prospect", domain="footfall counters and analytics",
     lang="en", tz="America/Halifax", now="2033-04-06 15:10", place="native: Nova Scotia (Halifax)", shape="notes-only",
     customer=("Declan Forsyth", "declan.forsyth@harbourline-outfitters.example.ca"),
     rep=("Priya Mandel", "priya.mandel@countwise.example.ca", "Priya Mandel\nCountwise Retail Analytics\n902-555-0134"),
     sources=[
        N("2033-04-04 14:30",
          "Call w/ Declan Forsyth, ops mgr Harbourline Outfitters. 6 stores in NS, 7th opening June. No people counting today, they guess conversion from till receipts. Wants door counters + dashboard, pilot first in the Spring Garden Rd store. Quoted pilot: 2 overhead sensors $1,150 installed, then $39/sensor/month. Their POS is Lightspeed - our connector handles it, told him conversion by hour comes out of the box. He asked how soon we can install. Send pilot proposal + sample dashboard link Wed. Internal: install crew booked solid until 18 Apr, don't promise a date."),
     ],
     kps=[("pilot at the Spring Garden Rd store: 2 overhead sensors, $1,150 installed", ["Spring Garden Rd", "$1,150"]),
          ("then $39 per sensor per month", ["$39"]),
          ("Lightspeed connector gives conversion by hour", ["Lightspeed"]),
          ("pilot proposal and sample dashboard link due Wednesday (today)", ["dashboard"])],
     mn=["Call w/", "booked solid", "don't promise", "Internal:", "they guess conversion"],
     slots=["how soon the pilot sensors can be installed"])

# 03 notes+mail, en native, Leeds (West Yorkshire)
case(n=3, slug="led-lighting-retrofit-department-store-leeds", domain="store lighting", lang="en",
     tz="Europe/London", now="2033-04-05 11:30", place="native: West Yorkshire (Leeds)", shape="notes+mail",
     customer=("Harriet Ambler", "h.ambler@beckwithlowe.example.co.uk"),
     rep=("Callum Reddy", "callum@lumenfit.example.co.uk", "Callum Reddy\nLumenfit Lighting\n0113 555 0192"),
     sources=[
        N("2033-02-24 15:00",
          "Site visit Beckwith & Lowe, Briggate. Harriet Ambler (store mgr). 3 floors, approx 340 old metal halide spots, half of them flickering. Proposed LED track spots 3000K 28W. Ballpark £41,500 supply + fit. Needs board sign-off. Survey report to her by Wed 2 Mar."),
        O("2033-03-02 10:10", "Beckwith & Lowe - lighting survey and quote",
          "Dear Harriet,\n\nThank you for showing me round last week. Please find attached the survey report. We counted 342 fittings across the three floors.\n\nOur quote for 342 LED track spots (3000K, 28W), supply and fit, is £41,880 ex VAT, with the work done over 4 night shifts so the shop floor is never affected.\n\nKind regards,\nCallum"),
        I("2033-03-21 17:25", "RE: Beckwith & Lowe - lighting survey and quote",
          "Hi Callum,\n\nThe board was happy in principle, thanks for the report, very clear. A couple of things came up though. The cosmetics hall on the ground floor would like a cooler white for the counters, the brands are fussy about how the colours look. Could that be done?\n\nAlso works can only happen after we close at 5.30pm and must be cleared by 8am when cleaners come in. And nothing at all over Easter, we trade flat out from Thursday 14 April to Monday 18 April.\n\nOne more, our finance director would like an estimate of the energy saving for the ESG report.\n\nHarriet"),
        N("2033-03-24 12:40",
          "Tel Harriet. Cosmetics: 62 fittings at 4000K instead of 3000K, same price, told her ok. Energy saving est. 61% vs current - she wants that in writing. Revised quote + saving figure next week. Internal: Dave's team away w/c 11 Apr, don't book that week."),
        I("2033-04-01 09:05", "RE: Beckwith & Lowe - lighting survey and quote",
          "Morning Callum,\n\nAny news on the revised quote? Finance need the PO raised before 20 April, otherwise it drops into next quarter's budget and that's a whole other conversation. The PO number will be BL-4471 once it's approved.\n\nWhen could your lads actually start?\n\nThanks,\nHarriet\n\nHarriet Ambler | Store Manager\nBeckwith & Lowe\n0113 555 0623"),
     ],
     kps=[("revised quote still owed: 342 fittings, 62 of them at 4000K for cosmetics, price unchanged at £41,880", ["342", "4000K", "£41,880"]),
          ("energy saving estimate of 61% in writing", ["61%"]),
          ("works after 5.30pm close, cleared by 8am, nothing 14-18 April", ["5.30pm", "8am", "18 April"]),
          ("PO BL-4471 must be raised before 20 April", ["BL-4471", "20 April"])],
     mn=["£41,500", "Dave's team", "Tel Harriet", "don't book", "0113 555 0623", "half of them flickering"],
     slots=["when the installation works could start"])

# 04 quoted Outlook, en native, Perth (Western Australia)
OUT4 = ("Hi Tamsin,\n\nAll good - removal and disposal of the old cases is included in the price. Revised quote for 3 glass-door multidecks plus 1 open-front unit for grab-and-go, 3750 mm each: A$64,350 installed, ex GST.\n\nCheers,\nBrett")
IN4 = ("Hi Brett,\n\nThanks for the quote. We'd like to keep one open-front case for the grab-and-go stuff near the entry, customers don't open doors for a sandwich. Also does the price include taking the old cases away?\n\nStore trades 7am to 9pm every day so install has to be overnight.\n\nRegards,\nTamsin")
case(n=4, slug="multideck-chillers-independent-supermarket-perth", domain="refrigeration for food retail", lang="en",
     tz="Australia/Perth", now="2033-04-07 10:00", place="native: Western Australia (Perth)", shape="quoted", client="Outlook",
     customer=("Tamsin Cole", "tamsin.cole@baysidefresh.example.com.au"),
     rep=("Brett Karalis", "brett@coldline-wa.example.com.au", "Brett Karalis\nColdline Refrigeration WA\n08 9555 0171"),
     sources=[
        O("2033-03-08 13:30", "Dairy wall multidecks - quote",
          "Hi Tamsin,\n\nAs promised after the visit, our quote for replacing the dairy wall: 4 glass-door multidecks, 3750 mm each, A$62,900 installed, ex GST. Lead time is about 5 weeks from order.\n\nCheers,\nBrett"),
        I("2033-03-22 08:15", "RE: Dairy wall multidecks - quote", IN4),
        O("2033-03-24 11:00", "RE: Dairy wall multidecks - quote", OUT4),
        I("2033-04-05 07:50", "RE: Dairy wall multidecks - quote",
          "Hi Brett,\n\nWe're going ahead at A$64,350. PO 5582-BF attached. Install please the night of Tuesday 26 April into Wednesday 27 April, after we shut at 9pm, and it has to be cold and stocked by 6am.\n\nKev, our refrigeration contractor, asks whether the new units are self-contained R290 or need to go on the existing rack. He needs to know before he quotes the pipework.\n\nCan you also give us a certificate that the old cases went to a recycler? Head office keeps asking for it.\n\nRegards,\nTamsin Cole\nStore Manager | Bayside Fresh Foods\nPh 08 9555 0482\n\n"
          "From: Brett Karalis <brett@coldline-wa.example.com.au>\nSent: Thursday, 24 March 2033 11:00 AM\nTo: Tamsin Cole <tamsin.cole@baysidefresh.example.com.au>\nSubject: RE: Dairy wall multidecks - quote\n\n" + OUT4 +
          "\n\nFrom: Tamsin Cole <tamsin.cole@baysidefresh.example.com.au>\nSent: Tuesday, 22 March 2033 8:15 AM\nTo: Brett Karalis <brett@coldline-wa.example.com.au>\nSubject: RE: Dairy wall multidecks - quote\n\n" + IN4),
     ],
     kps=[("order at A$64,350 on PO 5582-BF: 3 glass-door multidecks plus 1 open-front", ["A$64,350", "5582-BF"]),
          ("install night of Tuesday 26 April into Wednesday 27 April, after 9pm, running by 6am", ["26 April", "27 April", "6am"]),
          ("removal of the old cases is included", ["removal"])],
     mn=["A$62,900", "08 9555 0482", "don't open doors for a sandwich"],
     slots=["whether the units are self-contained R290 or go on the existing rack (Kev's question)",
            "whether a recycling certificate for the old cases can be provided"])

# 05 ooo-past, en native, Cork (Munster)
case(n=5, slug="pharmacy-staff-uniforms-cork-ooo-past", domain="uniforms", lang="en",
     tz="Europe/Dublin", now="2033-04-06 09:40", place="native: Munster (Cork)", shape="ooo-past",
     customer=("Orla Hennessy", "orla.hennessy@leeside-pharmacy.example.ie"),
     rep=("Gavin Tuohy", "gavin@stitchworks-uniforms.example.ie", "Gavin Tuohy\nStitchworks Uniforms\n021 555 0136"),
     sources=[
        O("2033-03-10 10:00", "Tunics for Leeside Pharmacy",
          "Hi Orla,\n\nThanks for your time on the phone. For the 12 branches, 96 tunics in navy with the Leeside logo embroidered on the chest come to \u20ac38.90 each, \u20ac3,734.40 ex VAT.\n\nI can send a few sample sizes out if that helps.\n\nBest,\nGavin"),
        I("2033-03-14 13:20", "RE: Tunics for Leeside Pharmacy",
          "Hi Gavin,\n\nYes please send samples, a 10, 14 and 18 would be great, the girls in Douglas said the last supplier's sizing came up tiny. I'll get you the full size list for all 12 branches by Friday 25 March.\n\nCould you also pack each branch's order separately, labelled with the branch name? Saves us a rake of sorting.\n\nOrla"),
        O("2033-03-16 15:00", "RE: Tunics for Leeside Pharmacy",
          "Hi Orla,\n\nSamples in sizes 10, 14 and 18 went out by courier this afternoon, tracking LX-55310. Let me know what the team thinks.\n\nBest,\nGavin"),
        O("2033-03-28 09:30", "RE: Tunics for Leeside Pharmacy",
          "Hi Orla,\n\nJust checking the samples arrived okay. Whenever the size list is ready I can get the order into production.\n\nBest,\nGavin"),
        I("2033-03-28 09:31", "Out of office: RE: Tunics for Leeside Pharmacy",
          "Thank you for your email. I am on annual leave until Monday 4 April with limited access to email. For anything urgent please contact Ciara Moynihan on 021 555 0710.\n\nOrla Hennessy\nLeeside Pharmacy Group"),
     ],
     kps=[("96 navy tunics with embroidered logo at \u20ac38.90 each, \u20ac3,734.40 ex VAT", ["96 tunics", "\u20ac38.90", "\u20ac3,734.40"]),
          ("the size list for all 12 branches is still needed (was due Friday 25 March) to start production", ["size list"]),
          ("ask whether the samples (sizes 10, 14 and 18) arrived and suited", ["samples"])],
     mn=["Ciara Moynihan", "021 555 0710", "came up tiny", "rake of sorting"],
     slots=["whether each branch's order can be packed separately and labelled with the branch name"])

# 06 notes+mail, en native, Denver (Colorado)
case(n=6, slug="staff-scheduling-software-ski-bike-shops-denver", domain="staff scheduling software", lang="en",
     tz="America/Denver", now="2033-04-05 13:15", place="native: Colorado (Denver)", shape="notes+mail",
     customer=("Kelsey Brandt", "kbrandt@summitloopsports.example.com"),
     rep=("Marcus Feld", "marcus.feld@rosterly.example.com", "Marcus Feld\nRosterly\n720-555-0119"),
     sources=[
        N("2033-03-01 10:30",
          "Demo w/ Kelsey Brandt (HR lead) Summit Loop Sports. 9 stores, ~140 staff, big switch ski -> bike season every April, schedules are a spreadsheet nightmare. Quoted $6.50/employee/month, monthly billing. She liked the availability feature. Send recap + trial login."),
        O("2033-03-02 09:00", "Rosterly for Summit Loop - recap and trial",
          "Hi Kelsey,\n\nThanks for the demo yesterday. Recap: Rosterly for all 9 stores at $6.50 per employee per month, billed monthly, with availability, shift swaps and labor-cost forecasting included. Your trial login is in a separate email.\n\nBest,\nMarcus"),
        I("2033-03-18 16:50", "Re: Rosterly for Summit Loop - recap and trial",
          "Marcus - the trial went well with two of my managers. We'd rather start with a pilot in 4 stores before we put all 9 on it. Couple questions: is there a discount if we pay a year upfront? And our payroll runs on PayWell, can Rosterly push hours into it?\n\nKelsey"),
        N("2033-03-22 11:00",
          "Call Kelsey. Annual prepay = 10% off -> $5.85/employee/month, ok'd by Sandra. Pilot 4 stores, 62 staff, go-live Mon 18 Apr before bike season. PayWell: no native connector, CSV export works - send sample file Fri 25 Mar."),
        O("2033-03-25 14:20", "Re: Rosterly for Summit Loop - recap and trial",
          "Hi Kelsey,\n\nAs promised, attached is a sample PayWell import file produced from the Rosterly CSV export. Your payroll team can try it with a test pay period.\n\nBest,\nMarcus"),
        I("2033-04-04 12:05", "Re: Rosterly for Summit Loop - recap and trial",
          "Hi Marcus,\n\nPayroll says the file imports fine. So we're good with the annual plan at $5.85 for the pilot, 4 stores and 62 staff. Contract should be made out to Summit Loop Outdoor LLC. Go-live Monday April 18 still works.\n\nCould you run an onboarding session for the 4 store managers? Tuesday afternoons are best for them, mornings are deliveries.\n\nOne thing my managers asked: can staff swap shifts between themselves in the app without a manager approving it?\n\nThanks,\nKelsey"),
     ],
     kps=[("annual plan at $5.85 per employee per month for the pilot: 4 stores, 62 staff", ["$5.85", "62 staff"]),
          ("contract made out to Summit Loop Outdoor LLC", ["Summit Loop Outdoor LLC"]),
          ("go-live Monday April 18", ["April 18"]),
          ("onboarding session for the 4 store managers, Tuesday afternoon", ["onboarding", "Tuesday"])],
     mn=["$6.50", "Sandra", "spreadsheet nightmare", "Demo w/"],
     slots=["whether staff can swap shifts between themselves without manager approval"])

# 07 no-draft quiet, en native, Belfast (Northern Ireland)
case(n=7, slug="security-tags-gates-fashion-retailer-belfast-quiet", domain="security tags and gates", lang="en",
     tz="Europe/London", now="2033-04-05 14:00", place="native: Northern Ireland (Belfast)", shape="no-draft: quiet",
     customer=("Ciaran McAlinden", "ciaran@threadandloom.example.co.uk"),
     rep=("Jess Whitford", "jess.whitford@tagguard.example.co.uk", "Jess Whitford\nTagGuard Retail Security\n028 9555 0163"),
     sources=[
        O("2033-03-09 10:40", "RF gates and hard tags for Thread & Loom",
          "Hi Ciaran,\n\nGood to meet you at the Donegall Place shop. As discussed, a pair of RF pedestals for the main entrance and 5,000 hard tags comes to \u00a36,420 ex VAT, installed before opening on a weekday.\n\nShall I pencil in a survey of the second shop too?\n\nJess"),
        O("2033-03-30 09:15", "RE: RF gates and hard tags for Thread & Loom",
          "Hi Ciaran,\n\nJust following up on the gates quote from the 9th. Any thoughts so far?\n\nJess"),
        I("2033-04-01 16:45", "RE: RF gates and hard tags for Thread & Loom",
          "Hi Jess,\n\nIt's not forgotten. We're in the thick of the spring stocktake and have a refit going on in two stores, so I genuinely can't look at it right now. Please hold off on any contact, mail or phone, until Monday 25 April and I'll pick it up with you then.\n\nCheers,\nCiaran"),
     ],
     expect=False)

# 08 html, en native, Wellington (New Zealand)
case(n=8, slug="product-photography-online-homeware-seller-wellington", domain="product photography", lang="en",
     tz="Pacific/Auckland", now="2033-04-06 11:00", place="native: Wellington region (Wellington)", shape="html",
     customer=("Mereana Tait", "mereana@kowhaihome.example.co.nz"),
     rep=("Sam Delacroix-Hunt", "sam@frameandfold.example.co.nz", "Sam Delacroix-Hunt\nFrame & Fold Studio\n04 555 0129"),
     sources=[
        H("2033-03-03 14:20", "Product photos for the new range",
          "<html><body><p>Kia ora Sam,</p><p>We're launching our autumn-winter homeware range online and need proper photos this time, not my phone on the kitchen bench. What we're after:</p><ul><li>white-background packshots for about 120 products (throws, cushions, ceramics)</li><li>a handful of lifestyle shots in a styled room</li><li>images sized for Shopify and for our Trade Me listings</li></ul><p>Could you send a price?</p><p>Mereana</p></body></html>"),
        O("2033-03-07 10:00", "Re: Product photos for the new range",
          "Kia ora Mereana,\n\nThanks for getting in touch. Packshots on white are NZ$18 per product, so about NZ$2,160 for 120, including basic retouching and export for Shopify and Trade Me. A half-day lifestyle shoot in our styled room is NZ$950 with up to 15 final images.\n\nSam"),
        H("2033-03-23 20:10", "Re: Product photos for the new range",
          "<html><body><p>Hi Sam,</p><p>Two updates from our side:</p><ul><li>final count is 146 products, the ceramics line grew</li><li>can the ceramics be shot on a pale grey rather than white? They disappear on white.</li></ul><p>Mereana</p></body></html>"),
        O("2033-03-25 09:30", "Re: Product photos for the new range",
          "Hi Mereana,\n\nNo problem - pale grey for the ceramics costs the same. 146 packshots at NZ$18 comes to NZ$2,628, plus the lifestyle half-day at NZ$950.\n\nSam"),
        H("2033-04-05 21:30", "Re: Product photos for the new range",
          "<html><body><p>Hi Sam,</p><p>Let's book it. To confirm:</p><ol><li>146 packshots at NZ$2,628, ceramics on pale grey</li><li>the lifestyle half-day at NZ$950</li><li>I'll courier the products to you on Monday 11 April, 6 cartons</li><li>we need all images back by Friday 29 April, the range goes live on Monday 2 May</li></ol><p>Is there anyone there to sign for the cartons, or do I drop them off? Also can you make short videos of the throws? Just a few seconds each for Instagram.</p><p>Ng\u0101 mihi,<br>Mereana Tait<br>K\u014dwhai Home<br>021 555 0388</p></body></html>"),
     ],
     kps=[("146 packshots NZ$2,628 with ceramics on pale grey, plus lifestyle half-day NZ$950", ["146", "NZ$2,628", "pale grey", "NZ$950"]),
          ("products couriered Monday 11 April, 6 cartons", ["11 April"]),
          ("all images back by Friday 29 April for the Monday 2 May launch", ["29 April"])],
     mn=["NZ$2,160", "021 555 0388", "my phone on the kitchen bench", "They disappear on white"],
     slots=["whether someone can sign for the cartons or they should be dropped off",
            "whether short videos of the throws can be made"])

# 09 quoted Gmail, en native, Austin (Texas)
OUT9 = ("Hi Dolores,\n\nYes, the countertop terminals take tap, chip and phone wallets, and they work offline for up to 48 hours, syncing when the connection returns.\n\nFor both stores that's 5 terminals at $389 each, and processing at 2.6% + 10\u00a2 per card transaction.\n\nWade")
IN9 = ("Wade,\n\nWe need 3 at the South Congress store and 2 at the Burnet Rd one. Do they take tap to pay and phone wallets? And what happens when our internet drops, because it does, every time it storms.\n\nDolores")
case(n=9, slug="pos-payment-terminals-western-wear-stores-austin", domain="POS and payment terminals", lang="en",
     tz="America/Chicago", now="2033-04-07 11:00", place="native: Texas (Austin)", shape="quoted", client="Gmail",
     customer=("Dolores Quintanilla", "dolores@rattlerbootco.example.com"),
     rep=("Wade Harkin", "wade.harkin@tillpoint.example.com", "Wade Harkin\nTillPoint Payments\n(512) 555-0186"),
     sources=[
        O("2033-03-14 10:20", "TillPoint terminals for Rattler Boot Co.",
          "Hi Dolores,\n\nGreat talking with you at the store. Our countertop terminals are $349 each, and processing is 2.6% + 10\u00a2 per card transaction, no monthly fee. Let me know how many you need per store.\n\nWade"),
        I("2033-03-21 15:40", "Re: TillPoint terminals for Rattler Boot Co.", IN9),
        O("2033-03-23 09:10", "Re: TillPoint terminals for Rattler Boot Co.", OUT9),
        I("2033-04-05 17:30", "Re: TillPoint terminals for Rattler Boot Co.",
          "Wade,\n\nOK we want to move on this before the rodeo crowd in May. 5 terminals at $389, please ship them to the South Congress store, that's where we receive everything, and we'll take 2 over to Burnet ourselves. We'd like them live by Friday April 22.\n\nLuis, who does our books, wants to know if the 2.6% is flat or if amex and rewards cards cost more.\n\nAlso is there a contract term or can we cancel any time?\n\nDolores\n\n"
          "On Wed, Mar 23, 2033 at 9:10 AM Wade Harkin <wade.harkin@tillpoint.example.com> wrote:\n> " + OUT9.replace("\n", "\n> ") +
          "\n>\n> On Mon, Mar 21, 2033 at 3:40 PM Dolores Quintanilla <dolores@rattlerbootco.example.com> wrote:\n>> " + IN9.replace("\n", "\n>> ")),
     ],
     kps=[("5 terminals at $389, shipped to the South Congress store", ["$389", "South Congress"]),
          ("processing 2.6% + 10\u00a2 per card transaction", ["2.6%"]),
          ("live by Friday April 22", ["April 22"])],
     mn=["$349", "every time it storms", "rodeo crowd"],
     slots=["whether the 2.6% is flat or Amex and rewards cards cost more (Luis's question)",
            "whether there is a contract term or it can be cancelled any time"])

# 10 notes+mail, en native, Norwich (Norfolk); rep signs after '-- '
case(n=10, slug="nightly-store-cleaning-garden-centre-norwich", domain="store cleaning", lang="en",
     tz="Europe/London", now="2033-04-05 10:45", place="native: Norfolk (Norwich)", shape="notes+mail",
     customer=("Philippa Grout", "philippa.grout@wensumgardens.example.co.uk"),
     rep=("Dean Mayhew", "dean@brightfloor.example.co.uk", "-- \nDean Mayhew\nBrightfloor Commercial Cleaning\n01603 555 014"),
     sources=[
        I("2033-03-04 12:30", "Cleaning quote - Wensum Garden Centre",
          "Hello Dean,\n\nOur current cleaners give notice at the end of the month so we need someone from April. Building is the shop (about 1,800 m2), the cafe and the customer toilets. Could you come and have a look?\n\nKind regards\nPhilippa Grout\nCentre Manager"),
        N("2033-03-09 15:00",
          "Walk-round Wensum GC with Philippa. Shop floor + cafe + toilets + staff room. They close 5pm, cafe 4.30pm. Nightly clean 6 days (closed Sundays? no - open Sun 10-4, so 7 nights). Quoted \u00a31,960/month, 7 nights. Window clean monthly extra \u00a3140. She wants start Mon 4 Apr."),
        O("2033-03-10 09:00", "Cleaning proposal - Wensum Garden Centre",
          "Dear Philippa,\n\nThank you for the walk-round yesterday. Our proposal: a nightly clean 7 nights a week of the shop floor, cafe, customer toilets and staff room at \u00a31,960 per month, plus a monthly window clean at \u00a3140.\n\nKind regards,\nDean\n\n-- \nDean Mayhew\nBrightfloor Commercial Cleaning\n01603 555 014"),
        I("2033-03-24 10:10", "RE: Cleaning proposal - Wensum Garden Centre",
          "Dean,\n\nThe owners want to save a bit: could we do 6 nights and skip Saturday night, since we open late on Sunday? Also we'd like the windows every fortnight in spring, the pollen is dreadful.\n\nPhilippa"),
        N("2033-03-28 11:20",
          "Call Philippa. 6 nights (no Sat) = \u00a31,720/month. Windows fortnightly Apr-Jun at \u00a3140 each, then monthly. Start moved to Mon 11 Apr - outgoing cleaners stay one more week. Contract to Wensum Garden Centre Ltd by Friday. Key safe code + alarm to be given at handover, don't put the code in email."),
     ],
     kps=[("6 nights without Saturday at \u00a31,720 per month", ["\u00a31,720"]),
          ("windows fortnightly April to June at \u00a3140 each, then monthly", ["\u00a3140", "fortnightly"]),
          ("start Monday 11 April", ["11 Apr"]),
          ("contract to Wensum Garden Centre Ltd, promised by Friday (1 April) and now overdue", ["Wensum Garden Centre Ltd"])],
     mn=["\u00a31,960", "7 nights a week", "Key safe code", "pollen is dreadful", "Walk-round", "Call Philippa"],
     slots=[])
