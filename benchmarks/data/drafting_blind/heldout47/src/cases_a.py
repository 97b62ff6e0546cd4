from lib import case, msg, note

CASES = []
add = CASES.append

# 01 Glasgow - LED wash fixtures for a concert hall - notes+mail
tz = "Europe/London"
add(case(1, "led-wash-fixtures-concert-hall-glasgow", "stage lighting", "en", tz, "2035-01-10 10:00",
    ("Fiona MacLeod", "f.macleod@kelvinsidehall.example.org"),
    ("Callum Baird", "callum.baird@northlightstage.example.com", """
        Callum Baird
        Northlight Stage Systems Ltd
        0131 555 0624"""),
    [
        msg("2034-12-12 09:40", "inbound", "Main stage wash rig", """
            Hi Callum,

            Gregor gave me your name after the lighting forum. Our main stage is still on the old tungsten cans and the power bills are grim. We'd like to look at an LED wash rig, ideally installed during our dark week in February. Could you come and have a look before the Christmas shows take over?

            Thanks,
            Fiona

            Fiona MacLeod
            Technical Manager
            Kelvinside Music Hall
            0141 555 0187"""),
        note("2034-12-14 15:10", """
            Site visit Kelvinside w/ Fiona + her chief LX Gregor. Rig is 1990s Parcans, 24 positions on the 3 bars. Quote 24x Lumora W7 wash @ £1,180 = £28,320 incl. DMX rewiring. Quote out before Xmas break. Don't mention the W7 v2 coming in summer."""),
        msg("2034-12-19 16:05", "outbound", "Quote - LED wash rig, Kelvinside Music Hall", """
            Hi Fiona,

            Good to see the hall last week. As promised, the quote: 24 Lumora W7 LED wash fixtures at £1,180 each, £28,320 in total, including rewiring the DMX on all three bars and fitting during your dark week. Quote attached as PDF, valid until the end of February.

            Have a good Christmas,
            Callum"""),
        msg("2035-01-05 11:25", "inbound", "RE: Quote - LED wash rig, Kelvinside Music Hall", """
            Hi Callum, happy new year.

            Good news and less good news. The board approved the rig but capped it at £26,000 for this financial year. Dark week is confirmed for 12-16 February.

            Gregor asks whether the fixtures will run off the existing 15A circuits on the bars or whether we need new power run up there (that would kill the budget). And could we keep 4 of the old Parcans as specials for the organ?

            Fiona"""),
        note("2035-01-09 16:20", """
            Call Fiona. Agreed 22 fixtures instead of 24 - they keep 2 Parcans as specials, not 4, bar 3 has no room. £1,150 each = £25,300 incl. rewiring. Existing 15A circuits fine, max 6 fixtures per circuit, so no new power. Install Mon 12 - Wed 14 Feb, focus session Thu 15 Feb with Gregor. Send revised quote + install schedule by Fri. Ask warehouse about W7 stock, only 18 on shelf."""),
    ],
    True,
    [("22 fixtures at £1,150 each, £25,300 including rewiring", ["22 fixtures", "£1,150", "£25,300"]),
     ("existing 15A circuits are fine, at most 6 fixtures per circuit, no new power", ["15A circuits", "6 fixtures per circuit"]),
     ("install 12-14 February, focus session Thursday 15 February; revised quote and schedule by Friday", ["Thu 15 Feb", "revised quote"])],
    ["£28,320", "£1,180", "only 18 on shelf", "W7 v2", "0141 555 0187", "Call Fiona"],
    [],
    place="native: Scotland (Glasgow)", shape="notes+mail", colleague="Gregor",
    dates="Note Thursday 14 December 2034: quote before the Christmas break, kept by the mail of Tuesday 19 December. Customer mail Friday 5 January 2035: dark week 12-16 February. Note Tuesday 9 January: install Mon 12 to Wed 14 February, focus Thu 15 February; revised quote by Fri = Friday 12 January, after now (Wednesday 10 January)."))

# 02 Cardiff - ticketing software for a rugby club - quoted Outlook desktop
tz = "Europe/London"
add(case(2, "season-pass-ticketing-rugby-club-cardiff", "ticketing software", "en", tz, "2035-01-09 14:00",
    ("Gareth Pugh", "fixtures@taffvalerfc.example.org"),
    ("Owain Rees", "owain@turnstiledigital.example.com", """
        Owain Rees
        Turnstile Digital Ltd
        029 2055 5107"""),
    [
        msg("2035-01-08 19:30", "inbound", "RE: Ticketing for second half of the season", """
            Hi Owain,

            Hope you had a decent break. The committee met last night and we're keen to go with the Club plan as you laid it out below. We'd like the half-season pass on sale from 1 February, so the sooner we're set up the better.

            Rhian, our treasurer, wants to know if the money from sales goes straight into the club account or whether you hold it until after each match. She's had bad experiences with that.

            Also still waiting to hear about the Welsh language checkout - a few of the older members were asking at the bar on Saturday.

            One more: can we set a concession price for under-16s and over-65s?

            Cheers,
            Gareth

            Gareth Pugh
            Fixtures & Membership Secretary
            Taff Vale Athletic RFC
            07700 555318

            ________________________________
            From: Owain Rees <owain@turnstiledigital.example.com>
            Sent: Wednesday, 20 December 2034 11:02
            To: Gareth Pugh <fixtures@taffvalerfc.example.org>
            Subject: RE: Ticketing for second half of the season

            Hi Gareth,

            Thanks for your time on the phone. To put it in writing: the Club plan is £149 a month plus 3.5% per ticket sold online, with no setup fee if you sign before 31 January. Gate scanning works on any phone with the free app, so no hardware to buy.

            On the Welsh-language checkout, I'll check with our developers whether it is ready for clubs to switch on and come back to you in the first week of January.

            Nadolig Llawen,
            Owain

            ________________________________
            From: Gareth Pugh <fixtures@taffvalerfc.example.org>
            Sent: Monday, 18 December 2034 20:47
            To: Owain Rees <owain@turnstiledigital.example.com>
            Subject: Ticketing for second half of the season

            Owain,

            We spoke briefly at the WRU clubs evening. We're still selling paper tickets at a folding table and after the shambles at the derby we need to move online. Around 350 members plus walk-ups on match days. What would it cost us?

            Gareth"""),
    ],
    True,
    [("Club plan at £149 a month plus 3.5% per online ticket, no setup fee if signed before 31 January", ["£149", "3.5%", "31 January"]),
     ("half-season pass on sale from 1 February", ["1 February"]),
     ("the check on the Welsh-language checkout is still owed", ["Welsh"])],
    ["07700 555318", "shambles at the derby", "bad experiences"],
    ["whether ticket money goes straight into the club account or is held until after each match",
     "whether the Welsh-language checkout is ready to switch on",
     "whether concession prices for under-16s and over-65s can be set"],
    place="native: Wales (Cardiff)", shape="quoted", client="Outlook desktop (no '>')", colleague="Rhian",
    dates="Rep mail Wednesday 20 December 2034 (quoted): check on the Welsh checkout promised for the first week of January (1-5 January 2035), not kept at now (Tuesday 9 January). Customer mail Monday 8 January: pass on sale from 1 February; 'last night' = Sunday 7 January; 'Saturday' = Saturday 6 January."))

# 03 Austin - LED wall for a music venue - HTML
tz = "America/Chicago"
add(case(3, "led-wall-live-music-venue-austin", "LED walls", "en", tz, "2035-01-11 11:00",
    ("Marisol Vega", "marisol@pecanroom.example.com"),
    ("Brent Kowalski", "brent.k@brightpanel-av.example.net", """
        Brent Kowalski
        BrightPanel AV
        (512) 555-0190"""),
    [
        msg("2034-12-14 15:20", "inbound", "LED wall behind the stage", """
            <html><body><p>Hey Brent,</p>
            <p>We run The Pecan Room, a 900-cap room on the east side. Bands keep asking for visuals and we're tired of renting a projector every weekend. We'd like a permanent LED wall behind the stage, up and running before the spring festival crowds. A few things we don't know:</p>
            <ul>
            <li>what pixel pitch makes sense when the front row is about 30 ft away?</li>
            <li>is it smarter to rent for March or just buy?</li>
            <li>can it hang from our existing truss?</li>
            </ul>
            <p>Thanks!<br>Marisol Vega<br>General Manager, The Pecan Room<br>(512) 555-0143</p></body></html>"""),
        msg("2034-12-18 10:45", "outbound", "RE: LED wall behind the stage", """
            Hi Marisol,

            Thanks for reaching out. For 30 ft to the front row I'd go with 3.9 mm pitch. A 16 ft x 9 ft wall fits your stage opening.

            Buying: $38,400 installed, processor included. Renting for March only: $6,900. If you'd use it every weekend, buying pays off within the year.

            Hanging from the truss depends on its load rating; our rigger would need to check it on site before we commit.

            Brent"""),
        msg("2035-01-10 17:10", "inbound", "RE: LED wall behind the stage", """
            <html><body><p>Hi Brent,</p>
            <p>Happy new year. We're leaning toward buying. It has to be live before March 9, that's our first festival load-in. Questions from our side:</p>
            <ol>
            <li>Do you offer financing over 24 months?</li>
            <li>Dana, our production manager, wants to know if the processor takes an NDI feed from our streaming rig.</li>
            <li>When can your rigger come look at the truss? We're dark Mondays and Tuesdays, those are easiest.</li>
            </ol>
            <p>The last wall we rented died mid-set on New Year's Eve, so reliability matters a lot here.</p>
            <p>Marisol</p></body></html>"""),
    ],
    True,
    [("16 ft x 9 ft wall at 3.9 mm pitch, $38,400 installed with processor", ["3.9 mm", "16 ft x 9 ft", "$38,400"]),
     ("must be live before March 9", ["March 9"]),
     ("the rigger checks the truss on site; venue dark Mondays and Tuesdays", ["rigger", "Mondays and Tuesdays"])],
    ["(512) 555-0143", "died mid-set"],
    ["whether financing over 24 months is offered",
     "whether the processor takes an NDI feed from the streaming rig",
     "when the rigger can come to look at the truss"],
    place="native: Texas (Austin)", shape="html", colleague="Dana",
    dates="Customer mail Thursday 14 December 2034: spring festival season. Customer mail Wednesday 10 January 2035: live before March 9 (2035); dark Mondays and Tuesdays; now Thursday 11 January."))

# 04 Winnipeg - membership & check-in software for climbing gyms - notes only
tz = "America/Winnipeg"
add(case(4, "checkin-membership-software-climbing-gyms-winnipeg-prospect", "ticketing software", "en", tz, "2035-01-09 09:30",
    ("Priya Natarajan", "priya@boulderyard.example.com"),
    ("Tessa Lindqvist", "tessa@cruxdesk.example.com", """
        Tessa Lindqvist
        CruxDesk Software
        204-555-0173"""),
    [
        note("2034-12-15 13:00", """
            Met Priya Natarajan, co-owner of Boulder Yard Climbing, at the rec facilities mixer. 2 gyms (Exchange District + Osborne), ~1,400 members, running on spreadsheets and a card reader. Want day passes, punch cards, waivers signed at the door. First number given: Studio plan CAD 289/mo per location. She'll talk to her partner Marc over the holidays."""),
        note("2035-01-08 15:40", """
            Call w/ Priya, 20 min. Third location opening in April (St. Vital) so 3 locations. Offered multi-site rate CAD 249/mo per location = CAD 747/mo, with a 2-year price lock. Demo booked Thu 18 Jan 10:00 at their Exchange gym, Marc will be there. Her question: can a parent sign a minor's waiver on their phone before arriving? Don't know - ask product. They got burned by a vendor who hiked prices mid-contract, that's why the lock matters."""),
    ],
    True,
    [("3 locations at CAD 249 a month each, CAD 747 a month", ["CAD 249", "CAD 747"]),
     ("2-year price lock", ["2-year price lock"]),
     ("demo Thursday 18 January at 10:00 at the Exchange gym with Marc", ["Thu 18 Jan", "10:00", "Marc"])],
    ["CAD 289", "Call w/ Priya", "got burned", "ask product"],
    ["whether a parent can sign a minor's waiver on their phone before arriving"],
    place="native: Manitoba (Winnipeg)", shape="notes-only", colleague="Marc",
    dates="Note Friday 15 December 2034: over the holidays. Note Monday 8 January 2035: third location in April; demo Thu 18 Jan 10:00, after now (Tuesday 9 January)."))

# 05 Minneapolis - event insurance, winter fair - quiet
tz = "America/Chicago"
add(case(5, "event-liability-insurance-winter-fair-minneapolis-quiet", "event insurance", "en", tz, "2035-01-10 10:00",
    ("Kristin Haugen", "kristin@frostfairmpls.example.org"),
    ("Darnell Price", "dprice@northstarevent-ins.example.net", """
        Darnell Price
        Northstar Event Insurance
        (612) 555-0148"""),
    [
        msg("2035-01-04 14:20", "outbound", "Frost Fair 2035 - liability quote", """
            Hi Kristin,

            Following our call, here's the liability quote for the Frost Fair weekends: $2 million per occurrence, ice sculpture area and the food trucks included, premium $3,480. Adding cancellation for extreme cold brings it to $4,950. Quote attached.

            Darnell"""),
        msg("2035-01-08 07:35", "inbound", "Re: Frost Fair 2035 - liability quote", """
            Darnell - we're loading in sculptures on the lake all week and I'm on site 14 hours a day. Nothing gets decided until the fair is over. Don't call or email me before January 29th, please; after we wrap I'll sit down with the board and we'll pick one.

            Kristin Haugen
            Lake Nokomis Frost Fair"""),
    ],
    False, [], [], [],
    place="native: Minnesota (Minneapolis)", shape="no-draft: quiet",
    stop="Don't call or email me before January 29th, please; after we wrap I'll sit down with the board and we'll pick one.",
    dates="Customer mail Monday 8 January 2035: no contact before January 29 (Monday 29 January 2035), quiet period running at now (Wednesday 10 January)."))

# 06 Brisbane - barriers and crowd controllers - notes+mail, summer
tz = "Australia/Brisbane"
add(case(6, "crowd-barriers-controllers-riverside-fireworks-brisbane", "crowd barriers and security staffing", "en", tz, "2035-01-11 10:00",
    ("Kylie Dawson", "kylie@riverbendtwilight.example.com"),
    ("Mitch Connolly", "mitch@safeline-events.example.com", """
        Mitch Connolly
        SafeLine Event Services
        07 5555 0381"""),
    [
        msg("2034-12-11 08:50", "inbound", "Australia Day fireworks night - barriers & crowd control", """
            Hi Mitch,

            We run the Riverbend Twilight Markets and this year we've got the fireworks night on 26 January for the first time. Expecting around 6,000 people along the riverbank. We need barriers and licensed crowd controllers. Can you come out and walk the site?

            Cheers
            Kylie Dawson
            Events Coordinator | Riverbend Twilight Markets
            0400 555 927"""),
        note("2034-12-13 16:30", """
            Walked the site w/ Kylie. 180 m pedestrian mesh barrier, 14 crowd controllers 4pm-11pm. Quote by Mon."""),
        msg("2034-12-18 09:15", "outbound", "Quote - barriers and crowd control 26 Jan", """
            Hi Kylie,

            Thanks for the walk-through. Quote for the fireworks night:

            - 180 m pedestrian mesh barrier, delivered, installed and removed: AUD 4,320
            - 14 licensed crowd controllers, 4 pm to 11 pm: AUD 7,056

            Total AUD 11,376 ex GST. Happy to adjust once council signs off your numbers.

            Mitch"""),
        msg("2035-01-03 13:40", "inbound", "Re: Quote - barriers and crowd control 26 Jan", """
            Hi Mitch, happy new year!

            Council's permit came back with a capacity of 8,000, so we'll need more of everything. Brett, our safety officer, asks if your controllers all carry first aid, and whether you can put a double barrier line along the river edge where the bank drops off. Also with this heat, do your staff bring their own water?

            Ta, Kylie"""),
        note("2035-01-10 14:30", """
            Call Kylie. Now 240 m barrier incl. double line along the river edge, 18 controllers 3:30pm-11:30pm. All our controllers hold first aid (HLTAID011) - told her. Staff bring own water + we run a cool-down tent. New total AUD 15,840 ex GST. Revised quote + site plan PDF to her tomorrow morning. Roster: check with Dean we actually have 18 free that night, Aus Day is tight."""),
    ],
    True,
    [("240 m of barrier with a double line along the river edge, 18 controllers 3:30pm-11:30pm", ["240 m", "18 controllers", "3:30pm"]),
     ("new total AUD 15,840 ex GST", ["AUD 15,840"]),
     ("all controllers hold first aid; revised quote and site plan to follow", ["first aid", "site plan"])],
    ["AUD 11,376", "AUD 4,320", "check with Dean", "Aus Day is tight", "0400 555 927", "Call Kylie"],
    [],
    place="native: Queensland (Brisbane)", shape="notes+mail", colleague="Brett",
    dates="Customer mail Monday 11 December 2034: fireworks night 26 January (Friday 26 January 2035, Australia Day). Note Wednesday 13 December: quote by Mon = Monday 18 December, kept (mail of 18 December). Note Wednesday 10 January: revised quote tomorrow morning = Thursday 11 January, the day of now (10:00): open, not late. Summer heat."))

# 07 Nashville - line array - expired auto-reply
tz = "America/Chicago"
add(case(7, "line-array-sound-system-honky-tonk-nashville-ooo-past", "stage sound", "en", tz, "2035-01-09 09:00",
    ("Wade Holloway", "wade@brokenspokehall.example.com"),
    ("Leanne Fisk", "leanne.fisk@cumberlandproaudio.example.net", """
        Leanne Fisk
        Cumberland Pro Audio
        (615) 555-0114"""),
    [
        msg("2034-12-20 15:30", "outbound", "Line array quote - Broken Spoke Hall", """
            Hi Wade,

            As promised, the quote for the new main system: 12 Corvan K2 line array boxes plus 4 dual-18 subs, amps and processing, $64,500 installed and tuned.

            We've pencilled in the week of Jan 22 for the install, when you're closed for the floor refinishing. I can hold that week until Jan 12 if we have the signed quote by then.

            One thing I still need from you: the structural drawings of the ceiling, so our rigger can check the fly points before we order the hardware.

            Merry Christmas,
            Leanne"""),
        msg("2034-12-20 15:31", "inbound", "Automatic reply: Line array quote - Broken Spoke Hall", """
            Thanks for your email. I'm out of the office for the holidays and will be back Monday, January 8. For booking or production emergencies call our stage manager Troy Beck at 615-555-0178.

            Wade Holloway
            Broken Spoke Hall"""),
    ],
    True,
    [("12 line array boxes plus 4 subs, $64,500 installed and tuned", ["$64,500"]),
     ("install week of Jan 22 held until Jan 12 for a signed quote", ["week of Jan 22", "Jan 12"])],
    ["Troy Beck", "615-555-0178"],
    ["whether the structural drawings of the ceiling can be sent for the fly points"],
    place="native: Tennessee (Nashville)", shape="ooo-past",
    dates="Rep mail Wednesday 20 December 2034: install week of Jan 22 (Monday 22 January 2035), signed quote by Jan 12 (Friday). Auto-reply the same day: back Monday, January 8, lapsed at now (Tuesday 9 January)."))

# 08 Cape Town - printing an anthology - quoted Gmail
tz = "Africa/Johannesburg"
add(case(8, "anthology-printing-independent-press-cape-town", "printing", "en", tz, "2035-01-10 15:00",
    ("Lindiwe Jacobs", "lindiwe@seawardbooks.example.com"),
    ("Thandiwe Mokoena", "thandiwe@harbourlightprint.example.net", """
        Thandiwe Mokoena
        Harbourlight Print & Bind
        021 555 0442"""),
    [
        msg("2035-01-09 18:20", "inbound", "Re: Quote - anthology print run", """
            Hi Thandiwe,

            Back from the Karoo and straight into it! We're going with 1,500 copies, softcover with French flaps, as in your quote. The launch is Saturday 17 February at the shop, so we'd need books here by the 9th at the latest.

            Mo, our designer, asks whether the cover can go on uncoated 300gsm instead of the coated board - she thinks it suits poetry better.

            You were going to find out if the cream paper arrives before Christmas - did it? And could we get 50 copies early for reviewers?

            Lindiwe

            --
            Lindiwe Jacobs
            Seaward Books & Press, Kalk Bay
            021 555 3190

            On Thu, 21 Dec 2034 at 10:14, Thandiwe Mokoena <thandiwe@harbourlightprint.example.net> wrote:
            > Hi Lindiwe,
            >
            > Thanks for sending the specs. For the anthology (240 pages, 80gsm cream, softcover with French flaps):
            >
            > 1,500 copies: R68.50 a copy, R102,750 excl. VAT
            > 1,000 copies: R79.20 a copy
            >
            > Turnaround is 15 working days after you sign off the proofs. I'll check whether our cream stock lands before Christmas and let you know.
            >
            > Thandiwe
            >
            > On Mon, 18 Dec 2034 at 16:02, Lindiwe Jacobs <lindiwe@seawardbooks.example.com> wrote:
            >> Hi there, we're a small press and bookshop and want to print our first anthology of local poets, about 240 pages. Could you quote for 1,000 and 1,500 copies? Launch in February.
            >> Lindiwe"""),
    ],
    True,
    [("1,500 copies, softcover with French flaps, R68.50 a copy, R102,750 excl. VAT", ["1,500 copies", "R68.50", "R102,750"]),
     ("launch Saturday 17 February, books needed by the 9th", ["17 February"]),
     ("15 working days after proof sign-off", ["15 working days"])],
    ["R79.20", "021 555 3190"],
    ["whether the cover can be printed on uncoated 300gsm",
     "whether the cream paper stock has arrived",
     "whether 50 copies can be delivered early for reviewers"],
    place="native: Western Cape (Cape Town)", shape="quoted", client="Gmail ('>' and '>>')", colleague="Mo",
    dates="Rep mail Thursday 21 December 2034 (quoted): check whether the cream stock lands before Christmas, not reported at now (Wednesday 10 January 2035). Customer mail Tuesday 9 January: launch Saturday 17 February 2035, books by the 9th = Friday 9 February. Southern summer."))

# 09 Hamilton - scoreboards for an indoor soccer dome - notes+mail
tz = "America/Toronto"
add(case(9, "led-scoreboards-indoor-soccer-dome-hamilton", "scoreboards", "en", tz, "2035-01-09 13:00",
    ("Luisa Ferreira-Bianchi", "gm@mountainbrowsc.example.org"),
    ("Jordan Ashby", "jashby@scorepoint-displays.example.com", """
        Jordan Ashby
        Scorepoint Displays Inc.
        905-555-0136"""),
    [
        note("2034-12-11 11:00", """
            Visit at Mountain Brow Soccer Club dome. GM Luisa Ferreira-Bianchi. 2 fields, want a board per field: game clock, period, home/away names, no shot clock. Budget around 30k. Quote Friday."""),
        msg("2034-12-15 14:40", "outbound", "Scoreboards for the dome - quote", """
            Hi Luisa,

            Thanks for showing me around on Monday. Our proposal: 2 Scorepoint SP-40 LED scoreboards with wireless controllers, one per field, CAD 12,900 each, CAD 25,800 installed. Team names are programmable from the controller.

            Best regards,
            Jordan"""),
        msg("2035-01-04 10:05", "inbound", "RE: Scoreboards for the dome - quote", """
            Hi Jordan,

            The board liked it. Wendell, our treasurer, asks if we can add a sponsor panel under each board - we have two local sponsors lined up. And does the controller work from the referee's bench on the far side? It's about 70 m.

            Luisa Ferreira-Bianchi
            General Manager, Mountain Brow SC
            905-555-0821"""),
        note("2035-01-08 16:00", """
            Call Luisa. Sponsor panels yes: 2 backlit panels CAD 1,450 each, total now CAD 28,700 installed. Controller range 150 m, no issue. Install Sat 27 Jan when the dome is closed for the tournament changeover. Deposit 30% on signing. Contract + panel artwork spec to send Wed. Installer Raj off till 22 Jan, find backup."""),
    ],
    True,
    [("two backlit sponsor panels at CAD 1,450 each, total CAD 28,700 installed", ["CAD 1,450", "CAD 28,700"]),
     ("controller range 150 m covers the referee's bench", ["150 m"]),
     ("install Saturday 27 January, 30% deposit; contract and artwork spec Wednesday", ["Sat 27 Jan", "30%", "artwork spec"])],
    ["CAD 25,800", "CAD 12,900", "Raj off till", "find backup", "905-555-0821", "Call Luisa"],
    [],
    place="native: Ontario (Hamilton)", shape="notes+mail", colleague="Wendell",
    dates="Note Monday 11 December 2034: quote Friday = Friday 15 December, kept (mail of 15 December, which calls the visit 'Monday' = 11 December). Note Monday 8 January 2035: install Sat 27 Jan; contract Wed = Wednesday 10 January, after now (Tuesday 9 January); installer away till 22 Jan (internal)."))

# 10 Portland - cinema seating - HTML
tz = "America/Los_Angeles"
add(case(10, "rocker-seating-single-screen-cinema-portland", "cinema seating", "en", tz, "2035-01-10 08:30",
    ("Hannah Whitcomb", "hannah@larkspurtheater.example.org"),
    ("Greg Alvarado", "greg@aldineseating.example.com", """
        Greg Alvarado
        Aldine Theatre Seating
        (971) 555-0155"""),
    [
        msg("2034-12-13 12:30", "inbound", "Seat replacement - Larkspur Theater", """
            <html><body><p>Hello Greg,</p>
            <p>The Larkspur is a 1926 single-screen house with 310 seats that are, frankly, falling apart. We're raising money to replace them and would like a proposal. What matters to us:</p>
            <ul>
            <li>comfort first, we're fine losing some seats</li>
            <li>proper wheelchair spaces with companion seats</li>
            <li>a choice of fabric colors that fits a historic room</li>
            </ul>
            <p>Best,<br>Hannah Whitcomb<br>Operations Director<br>The Larkspur Theater<br>(503) 555-0166</p></body></html>"""),
        msg("2034-12-19 13:50", "outbound", "Proposal - seating for the Larkspur", """
            Hi Hannah,

            Thanks for the floor plan. With wider rows we can fit 264 rocker seats (our Aldine model) at $415 per seat installed, $109,560 in total, including removal of the old seats. That layout gives you 6 wheelchair spaces, each with a companion seat. Fabrics: 12 colors, swatch book in the mail.

            Greg"""),
        msg("2035-01-09 16:15", "inbound", "RE: Proposal - seating for the Larkspur", """
            <html><body><p>Hi Greg,</p>
            <p>Swatches arrived, the oxblood one won by a mile. We'd like to move ahead. Three things before our board signs:</p>
            <ol>
            <li>The install has to happen during our closure, Feb 19 to Mar 2. Is that doable?</li>
            <li>Mr. Okafor, our owner, asks if the original cast-iron aisle end standards can be reused on the new seats.</li>
            <li>Can you hold the price if we sign by the end of January?</li>
            </ol>
            <p>Thanks,<br>Hannah</p></body></html>"""),
    ],
    True,
    [("264 rocker seats at $415 installed, $109,560 including removal", ["264 rocker seats", "$415", "$109,560"]),
     ("6 wheelchair spaces with companion seats", ["6 wheelchair spaces"]),
     ("closure Feb 19 to Mar 2", ["Feb 19"])],
    ["(503) 555-0166", "falling apart"],
    ["whether the install fits the closure from Feb 19 to Mar 2",
     "whether the cast-iron aisle end standards can be reused",
     "whether the price is held if they sign by the end of January"],
    place="native: Oregon (Portland)", shape="html", colleague="Mr. Okafor",
    dates="Customer mail Tuesday 9 January 2035: closure Feb 19 to Mar 2 (Monday 19 February to Friday 2 March 2035); sign by the end of January. Now Wednesday 10 January."))
