from lib import case, msg, note

CASES = []
add = CASES.append
tz = "Europe/Berlin"

# 21 Dortmund - Fanartikel fuer Fussballverein - notes+mail
add(case(21, "fanschals-trainingsanzuege-fussballverein-dortmund", "Merchandise", "de", tz, "2035-01-09 10:00",
    ("Uwe Brinkmann", "u.brinkmann@phoenix-hoerde.example.org"),
    ("Katrin Stöver", "k.stoever@fanwerk-textil.example.com", """
        Katrin Stöver
        Fanwerk Textil GmbH
        0231 555 4470"""),
    [
        note("2034-12-13 18:30", """
            Termin beim SpVgg Phoenix Hörde mit Vorstand Uwe Brinkmann + Jugendleiterin Svenja. Wollen 400 Fanschals Jacquard und 250 Trainingsanzüge für die Jugend. Richtpreis Schal 7,90 € genannt. Angebot bis Montag."""),
        msg("2034-12-18 11:15", "outbound", "Angebot Fanschals und Trainingsanzüge", """
            Hallo Herr Brinkmann,

            danke für den netten Abend im Vereinsheim. Wie besprochen unser Angebot:

            - 400 Jacquard-Fanschals, Vereinsfarben, à 7,90 € = 3.160 €
            - 250 Trainingsanzüge Jugend mit Vereinswappen, à 34,50 € = 8.625 €

            Lieferzeit 6 Wochen nach Freigabe der Entwürfe, alle Preise netto.

            Sportliche Grüße
            Katrin Stöver"""),
        msg("2035-01-04 20:05", "inbound", "AW: Angebot Fanschals und Trainingsanzüge", """
            Hallo Frau Stöver,

            frohes Neues! Der Vorstand hat zugestimmt, allerdings brauchen wir 300 Trainingsanzüge, die C-Jugend ist dazugekommen. Unsere Kassiererin Frau Albers fragt, ob das Sponsorenlogo auf dem Rücken extra kostet. Und zum Rückrundenauftakt am 24. Februar müssen die Schals da sein, sonst lohnt sich das nicht.

            Gruß
            Uwe Brinkmann
            2. Vorsitzender SpVgg Phoenix Hörde 1921 e.V.
            0172 555 8834"""),
        note("2035-01-08 15:20", """
            Tel. Brinkmann. 300 Anzüge à 32,90 € (Mengenstaffel) = 9.870 €, Sponsorlogo Rücken einfarbig inklusive. Schals bleiben 400 à 7,90 €. Lieferung bis Fr 16.02. zugesagt. Auftragsbestätigung schicke ich Mi. Stickerei ist voll, Puffer knapp - nicht erwähnen."""),
    ],
    True,
    [("300 Trainingsanzüge à 32,90 € = 9.870 €, Sponsorlogo auf dem Rücken inklusive", ["300", "32,90 €", "9.870 €", "Sponsorlogo"]),
     ("400 Schals à 7,90 € bleiben", ["7,90 €"]),
     ("Lieferung bis Freitag 16.02.; Auftragsbestätigung folgt", ["16.02.", "Auftragsbestätigung"])],
    ["34,50 €", "8.625 €", "Puffer knapp", "Stickerei ist voll", "0172 555 8834", "Tel. Brinkmann"],
    [],
    place="de: Nordrhein-Westfalen (Dortmund)", shape="notes+mail", colleague="Frau Albers",
    dates="Notiz Mittwoch 13. Dezember 2034: Angebot bis Montag = Montag 18. Dezember, eingehalten (Mail vom 18. Dezember). Kundenmail Donnerstag 4. Januar 2035: Rückrundenauftakt 24. Februar (Samstag). Notiz Montag 8. Januar: Lieferung bis Fr 16.02. (Freitag 16. Februar 2035); Auftragsbestätigung Mi = Mittwoch 10. Januar, nach now (Dienstag 9. Januar)."))

# 22 Leipzig - Leseexemplare und Katalog fuer Kleinverlag - notes only
add(case(22, "leseexemplare-messekatalog-kleinverlag-leipzig-neukunde", "Druck", "de", tz, "2035-01-10 11:00",
    ("Dr. Kerstin Haase", "haase@verlag-auenwald.example.com"),
    ("Jens Ullrich", "j.ullrich@druckhaus-elsterland.example.com", """
        Jens Ullrich
        Druckhaus Elsterland GmbH
        0341 555 2093"""),
    [
        note("2034-12-15 10:40", """
            Kaltakquise-Anruf bei Verlag Auenwald (Plagwitz), Verlegerin Dr. Kerstin Haase. Frühjahrsprogramm 6 Titel, brauchen Leseexemplare, 150 je Titel, plus Messekatalog 2.000 Stk. Erster Richtpreis 4,20 € pro Leseexemplar. Will nach den Feiertagen weiterreden."""),
        note("2035-01-09 14:10", """
            Gespräch mit Frau Haase, 25 min. Jetzt 8 Titel à 120 LE = 960 Leseexemplare, 3,85 € pro Stück. Katalog 2.500 Stück, 24 Seiten, 0,62 € pro Stück. Termin zur Druckfreigabe Mo 22.01., 10 Uhr bei ihr im Verlag. Frage von ihr: können die LE mit Banderole "Unkorrigiertes Leseexemplar" kommen? Muss ich mit der Buchbinderei klären. Intern: Zahlungsziel erst nach Bonitätsprüfung zusagen."""),
    ],
    True,
    [("960 Leseexemplare (8 Titel à 120) zu 3,85 € pro Stück", ["960 Leseexemplare", "3,85 €"]),
     ("Messekatalog 2.500 Stück, 24 Seiten, 0,62 € pro Stück", ["2.500", "0,62 €"]),
     ("Termin Druckfreigabe Montag 22.01., 10 Uhr im Verlag", ["22.01.", "10 Uhr"])],
    ["4,20 €", "Bonitätsprüfung", "Kaltakquise", "Gespräch mit Frau Haase"],
    ["ob die Leseexemplare mit Banderole geliefert werden können"],
    place="de: Sachsen (Leipzig)", shape="notes-only",
    dates="Notiz Freitag 15. Dezember 2034: nach den Feiertagen. Notiz Dienstag 9. Januar 2035: Termin Mo 22.01. (Montag 22. Januar 2035), 10 Uhr, nach now (Mittwoch 10. Januar)."))

# 23 Bremen - Sicherheitsdienst fuer Hafenfest - quoted Outlook (de)
add(case(23, "ordnungsdienst-einlass-hafenfest-kulturverein-bremen", "Sicherheitspersonal", "de", tz, "2035-01-11 14:00",
    ("Birte Meinken", "b.meinken@kulturwerft-bremen.example.org"),
    ("Serkan Kaya", "s.kaya@nordwacht-event.example.com", """
        Serkan Kaya
        Nordwacht Eventschutz GmbH
        0421 555 6610"""),
    [
        msg("2035-01-10 20:10", "inbound", "AW: Angebot Ordnungsdienst Hafenfest 2035", """
            Hallo Herr Kaya,

            der Vorstand hat entschieden: wir nehmen Paket 2 für beide Festivaltage, 25./26. Mai.

            Unsere Kassenwartin, Frau Dierks, fragt, ob alle Ihre Leute die Sachkundeprüfung nach §34a haben - das will das Ordnungsamt schriftlich sehen. Sie wollten mir außerdem bis Anfang Januar sagen, ob Sie auch die Nachtwache von 22 bis 6 Uhr stellen können, da habe ich noch nichts gehört. Und können wir vorher eine Begehung mit Ihrem Einsatzleiter machen, am liebsten im März?

            Viele Grüße
            Birte Meinken
            Kulturwerft Bremen e.V.
            Tel. 0421 555 7348

            Von: Serkan Kaya <s.kaya@nordwacht-event.example.com>
            Gesendet: Mittwoch, 20. Dezember 2034 16:12
            An: Birte Meinken <b.meinken@kulturwerft-bremen.example.org>
            Betreff: AW: Angebot Ordnungsdienst Hafenfest 2035

            Hallo Frau Meinken,

            danke für das Gespräch. Hier die beiden Varianten für Ihr Hafenfest, jeweils für beide Tage:

            Paket 1: 12 Ordner, 2 Einlasskontrollen, 1 Teamleiter - 10.560 € netto
            Paket 2: 18 Ordner, 4 Einlasskontrollen, 2 Teamleiter - 14.880 € netto

            Ob wir auch die Nachtwache übernehmen können, kläre ich mit unserer Disposition und melde mich bis Anfang Januar.

            Freundliche Grüße
            Serkan Kaya

            Von: Birte Meinken <b.meinken@kulturwerft-bremen.example.org>
            Gesendet: Montag, 18. Dezember 2034 09:47
            An: Serkan Kaya <s.kaya@nordwacht-event.example.com>
            Betreff: Angebot Ordnungsdienst Hafenfest 2035

            Guten Tag Herr Kaya,
            wir planen wieder unser Hafenfest an der Weser, zwei Tage im Mai, ca. 9.000 Besucher. Bitte schicken Sie uns ein Angebot für Ordnungsdienst und Einlass.
            Birte Meinken"""),
    ],
    True,
    [("Paket 2: 18 Ordner, 4 Einlasskontrollen, 2 Teamleiter, 14.880 € netto", ["Paket 2", "18 Ordner", "14.880 €"]),
     ("Festivaltage 25./26. Mai", ["25./26. Mai"]),
     ("Klärung der Nachtwache von 22 bis 6 Uhr steht noch aus", ["Nachtwache"])],
    ["10.560 €", "0421 555 7348"],
    ["ob alle Mitarbeiter die Sachkundeprüfung nach §34a haben (schriftlich)",
     "ob die Nachtwache von 22 bis 6 Uhr gestellt werden kann",
     "ob eine Begehung mit dem Einsatzleiter im März möglich ist"],
    place="de: Bremen (Bremen)", shape="quoted", client="Outlook (de) (no '>')", colleague="Frau Dierks",
    dates="Vertreter-Mail Mittwoch 20. Dezember 2034 (zitiert): Antwort zur Nachtwache bis Anfang Januar versprochen, bei now (Donnerstag 11. Januar 2035) nicht eingehalten. Kundenmail Mittwoch 10. Januar: Festival 25./26. Mai 2035 (Freitag/Samstag); Begehung im März."))

# 24 Graz - Kunstrasenpflege - HTML
add(case(24, "kunstrasen-tiefenreinigung-korkgranulat-sportverein-graz", "Rasen- und Platzpflege", "de", "Europe/Vienna", "2035-01-10 09:00",
    ("Gernot Pichler", "g.pichler@sv-liebenau-sued.example.org"),
    ("Martina Hödl", "m.hoedl@sportplatzservice-sued.example.com", """
        Martina Hödl
        Sportplatzservice Süd GmbH
        +43 3142 555 18"""),
    [
        msg("2034-12-13 08:40", "inbound", "Kunstrasen Sanierung", """
            <html><body><p>Grüß Gott Frau Hödl,</p>
            <p>unser Kunstrasenplatz wurde 2015 verlegt, das Granulat ist verklumpt und die Spieler beschweren sich über harte Stellen. Wir hätten gern ein Angebot für:</p>
            <ul>
            <li>eine Tiefenreinigung</li>
            <li>Granulat nachfüllen (geht Kork statt Gummi?)</li>
            <li>einen jährlichen Wartungsvertrag</li>
            </ul>
            <p>Mit sportlichen Grüßen<br>Gernot Pichler<br>Obmann-Stv., SV Liebenau Süd<br>0664 555 2187</p></body></html>"""),
        msg("2034-12-18 14:05", "outbound", "Angebot Kunstrasen SV Liebenau Süd", """
            Sehr geehrter Herr Pichler,

            vielen Dank für Ihre Anfrage. Unser Angebot:

            - Tiefenreinigung des gesamten Platzes: 3.900 € netto
            - Korkgranulat, 18 t à 620 €: 11.160 € netto
            - Wartungsvertrag mit 4 Pflegegängen pro Jahr: 2.400 € netto pro Jahr

            Arbeiten ab März möglich, sobald der Platz frostfrei ist.

            Freundliche Grüße
            Martina Hödl"""),
        msg("2035-01-08 19:30", "inbound", "AW: Angebot Kunstrasen SV Liebenau Süd", """
            <html><body><p>Sehr geehrte Frau Hödl,</p>
            <p>der Vorstand möchte alle drei Positionen beauftragen. Dazu noch:</p>
            <ol>
            <li>Reinigung und Granulat müssten vor dem Meisterschaftsstart am 17. März fertig sein. Geht sich das aus?</li>
            <li>Unser Platzwart, Herr Url, fragt, ob Sie das alte Gummigranulat mitnehmen und entsorgen, und was das kostet.</li>
            <li>Können wir die Rechnung auf zwei Jahre aufteilen? Wir bekommen eine Förderung vom Land, aber erst 2036.</li>
            </ol>
            <p>Schöne Grüße<br>G. Pichler</p></body></html>"""),
    ],
    True,
    [("Tiefenreinigung 3.900 €, Korkgranulat 18 t für 11.160 €, Wartungsvertrag 2.400 € pro Jahr", ["3.900 €", "11.160 €", "2.400 €"]),
     ("Arbeiten ab März, sobald der Platz frostfrei ist", ["frostfrei"]),
     ("Meisterschaftsstart am 17. März", ["17. März"])],
    ["0664 555 2187", "harte Stellen"],
    ["ob Reinigung und Granulat vor dem 17. März fertig werden",
     "ob das alte Gummigranulat entsorgt wird und was es kostet",
     "ob die Rechnung auf zwei Jahre aufgeteilt werden kann"],
    place="de: Steiermark (Graz)", shape="html", colleague="Herr Url",
    dates="Kundenmail Montag 8. Januar 2035: Meisterschaftsstart 17. März 2035 (Samstag); Förderung 2036. Now Mittwoch 10. Januar."))

# 25 Mainz - Absperrgitter fuer Fastnachtsverein - opt-out
add(case(25, "absperrgitter-fastnachtsumzug-verein-mainz-abmeldung", "Absperrgitter", "de", tz, "2035-01-11 10:30",
    ("Klaus Hemmes", "k.hemmes@narrhalla-gonsbach.example.org"),
    ("Nadine Roth", "n.roth@barrikade-vermietung.example.com", """
        Nadine Roth
        Barrikade Vermietung GmbH
        06131 555 290"""),
    [
        msg("2034-12-19 10:00", "outbound", "Absperrgitter für Ihren Umzug", """
            Sehr geehrter Herr Hemmes,

            für Ihren Umzug zur Fastnacht bieten wir Ihnen 400 m Absperrgitter inkl. Auf- und Abbau für 2.950 € netto an. Gern rufe ich Sie dazu an.

            Mit freundlichen Grüßen
            Nadine Roth"""),
        msg("2035-01-09 08:15", "outbound", "Absperrgitter - kurze Nachfrage", """
            Sehr geehrter Herr Hemmes,

            ich wollte kurz nachhören, ob Sie unser Angebot vom Dezember schon besprechen konnten. Ich hatte Sie gestern zweimal telefonisch zu erreichen versucht.

            Mit freundlichen Grüßen
            Nadine Roth"""),
        msg("2035-01-10 19:50", "inbound", "AW: Absperrgitter - kurze Nachfrage", """
            Frau Roth,

            wir haben nie ein Angebot angefragt und brauchen keins. Streichen Sie unseren Verein aus Ihrem Verteiler und unterlassen Sie in Zukunft Anrufe und Angebote jeder Art.

            K. Hemmes
            Schriftführer"""),
    ],
    False, [], [], [],
    place="de: Rheinland-Pfalz (Mainz)", shape="no-draft: optout",
    stop="Streichen Sie unseren Verein aus Ihrem Verteiler und unterlassen Sie in Zukunft Anrufe und Angebote jeder Art.",
    dates="Vertreter-Mail Dienstag 9. Januar 2035: 'gestern' = Montag 8. Januar. Abmeldung Mittwoch 10. Januar, keine Frist."))

# 26 Basel - LED-Wand und Streaming fuer Kongress - notes+mail, Swiss
add(case(26, "led-wand-streaming-medizinkongress-agentur-basel", "LED-Wände und Streaming", "de", "Europe/Zurich", "2035-01-10 10:00",
    ("Corinne Gerber", "c.gerber@dreiland-events.example.com"),
    ("Reto Baumann", "reto.baumann@pixelhalle.example.com", """
        Reto Baumann
        Pixelhalle AG
        061 555 73 20"""),
    [
        note("2034-12-12 14:00", """
            Besprechung bei Dreiland Events GmbH, Projektleiterin Corinne Gerber. Medizinkongress 15.-17. März, Hauptsaal plus 2 Nebensäle. LED-Wand 8 x 4,5 m Hauptsaal + 2 Seitenscreens. Richtofferte bis Ende Woche."""),
        msg("2034-12-15 16:30", "outbound", "Richtofferte LED Kongress März", """
            Grüezi Frau Gerber

            Besten Dank für die Besprechung. Unsere Richtofferte:

            - LED-Wand 8 x 4,5 m, Pixelabstand 2,9 mm, inkl. Medienserver und Techniker, 3 Tage: CHF 21'600
            - 2 Seitenscreens, je CHF 2'350

            Total CHF 26'300 exkl. MWST.

            Freundliche Grüsse
            Reto Baumann"""),
        msg("2035-01-04 09:10", "inbound", "AW: Richtofferte LED Kongress März", """
            Hoi Herr Baumann

            Der Kunde möchte zusätzlich die Plenarsessionen live streamen. Herr Sutter vom Kongresskomitee fragt, ob ihr auch die Aufzeichnung schneiden könnt. Der Aufbau müsste am Mittwoch, 14. März abends passieren, vorher ist der Saal belegt.

            Liebe Grüsse
            Corinne Gerber
            Dreiland Events GmbH
            079 555 41 86"""),
        note("2035-01-09 16:45", """
            Telefon Gerber. Streaming 3 Tage mit 3 Kameras CHF 9'400. Schnitt der Aufzeichnung ja, pauschal CHF 1'800, Files innert 10 Tagen. Neues Total CHF 37'500 exkl. MWST. Aufbau Mi 14.03. ab 18 Uhr bestätigt. Revidierte Offerte schicke ich Fr. Kamerateam evtl. von Partnerfirma - noch nicht angefragt."""),
    ],
    True,
    [("Streaming 3 Tage mit 3 Kameras CHF 9'400, Schnitt pauschal CHF 1'800, Files innert 10 Tagen", ["CHF 9'400", "CHF 1'800", "innert 10 Tagen"]),
     ("neues Total CHF 37'500 exkl. MWST", ["CHF 37'500"]),
     ("Aufbau Mittwoch 14.03. ab 18 Uhr; revidierte Offerte folgt", ["14.03.", "18 Uhr", "Offerte"])],
    ["CHF 26'300", "noch nicht angefragt", "Partnerfirma", "079 555 41 86", "Telefon Gerber"],
    [],
    place="de: Basel-Stadt (Basel)", shape="notes+mail", colleague="Herr Sutter",
    dates="Notiz Dienstag 12. Dezember 2034: Richtofferte bis Ende Woche = Freitag 15. Dezember, eingehalten (Mail vom 15. Dezember). Kundenmail Donnerstag 4. Januar 2035: Aufbau Mittwoch, 14. März. Notiz Dienstag 9. Januar: Offerte Fr = Freitag 12. Januar, nach now (Mittwoch 10. Januar); Kongress 15.-17. März 2035."))

# 27 Hannover - Kassensystem fuer Programmkino - quoted Thunderbird
add(case(27, "kassensystem-online-ticketing-programmkino-hannover", "Ticketing-Software", "de", tz, "2035-01-09 16:00",
    ("Jörg Wiebe", "kasse@kino-lindenblick.example.org"),
    ("Maren Petersen", "m.petersen@kinokasse-nord.example.com", """
        Maren Petersen
        KinoKasse Nord GmbH
        040 555 31 77"""),
    [
        msg("2035-01-08 21:00", "inbound", "Re: Angebot Kassensystem Kino Lindenblick", """
            Hallo Frau Petersen,

            wir haben uns entschieden: wir nehmen das Kassensystem mit Online-Ticketing für beide Säle, also den Tarif Kino Duo.

            Unser Vorführer Malte fragt, ob die Software die Vorstellungszeiten mit unserem Projektionsserver abgleicht oder ob wir alles doppelt pflegen müssen. Sie hatten geschrieben, dass Sie klären, ob die Gutscheine aus unserem alten System übernommen werden können - was ist dabei rausgekommen? Da hängen ein paar hundert Gutscheine aus dem Weihnachtsgeschäft dran.

            Die Umstellung hätten wir gern zum 1. Februar. Wie viele Schulungstermine sind im Preis drin?

            Beste Grüße
            Jörg Wiebe
            Kino Lindenblick
            0511 555 9042

            Am 19.12.2034 um 11:20 schrieb Maren Petersen:
            > Hallo Herr Wiebe,
            >
            > danke für die Führung durch die Vorführkabine. Unsere Tarife:
            >
            > Kino Solo (ein Saal): 149 € im Monat
            > Kino Duo (zwei Säle): 189 € im Monat
            > jeweils plus 0,35 € pro Online-Ticket, keine Einrichtungsgebühr bei Vertragsschluss bis 31.01.
            >
            > Ob Ihre alten Gutscheine übernommen werden können, kläre ich mit unserer Technik und melde mich noch vor Weihnachten.
            >
            > Viele Grüße
            > Maren Petersen
            >
            > Am 15.12.2034 um 09:32 schrieb Jörg Wiebe:
            >> Guten Tag, wir sind ein Programmkino mit zwei Sälen in Linden und suchen ein neues Kassensystem mit Online-Verkauf. Können Sie uns ein Angebot machen?
            >> J. Wiebe"""),
    ],
    True,
    [("Tarif Kino Duo: 189 € im Monat plus 0,35 € pro Online-Ticket", ["Kino Duo", "189 €", "0,35 €"]),
     ("keine Einrichtungsgebühr bei Vertragsschluss bis 31.01.", ["31.01."]),
     ("Umstellung zum 1. Februar gewünscht", ["1. Februar"])],
    ["149 €", "0511 555 9042"],
    ["ob die Software die Vorstellungszeiten mit dem Projektionsserver abgleicht",
     "ob die Gutscheine aus dem alten System übernommen werden können",
     "wie viele Schulungstermine im Preis enthalten sind"],
    place="de: Niedersachsen (Hannover)", shape="quoted", client="Thunderbird (de) ('>' and '>>')", colleague="Malte",
    dates="Vertreter-Mail Dienstag 19. Dezember 2034 (zitiert): Klärung der Gutscheine noch vor Weihnachten versprochen, bei now (Dienstag 9. Januar 2035) nicht eingehalten. Kundenmail Montag 8. Januar: Umstellung zum 1. Februar (Donnerstag); Frist 31.01. (Mittwoch 31. Januar)."))
