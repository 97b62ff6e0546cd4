"""Cases 21-27: German."""
from lib import note, out, inn

CASES = []

# ---------------------------------------------------------------- 21
CASES.append(dict(
    nn=21, slug="schulkleidung-polos-hoodies-privatschule-hamburg",
    domain="Schulkleidung", lang="de", tz="Europe/Berlin", now="2032-06-09 10:00",
    cust=("Friederike Lüders", "f.lueders@elbhang-schule.example.de"),
    rep=("Jannik Brandt", "j.brandt@klassenstoff.example.de",
         "Jannik Brandt\nKlassenstoff Schulkleidung\n040 555 73 19"),
    shape="quoted", place=("Hamburg", "Hamburg", "de", None),
    client="Thunderbird",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="Thunderbird quote header ('Am 07.06.32 um 15:42 schrieb X:'), '>' quoted, two levels; Herr Carstensen's question relayed; the minimum order (300 per item) is not met by the hoodies (slot).",
    sources=[
        inn("2032-06-08 09:12", "Re: Angebot Schulkleidung Elbhang-Schule",
            "Lieber Herr Brandt,\n\n"
            "vielen Dank für das schnelle Angebot. Wir haben gestern Abend im Schulvorstand gesprochen und nehmen Polo-Shirt "
            "und Hoodie, die Sweatjacke lassen wir weg - die Eltern fanden drei Teile zu teuer.\n\n"
            "Mengen: 420 Polos und 260 Hoodies. Ich weiß, bei den Hoodies liegen wir unter Ihrer Mindestmenge. Geht das trotzdem "
            "zum gleichen Stückpreis?\n\n"
            "Herr Carstensen vom Elternrat fragt, ob die Hoodies aus Bio-Baumwolle sind. Das ist einigen Familien sehr wichtig.\n\n"
            "Die Lieferung brauchen wir spätestens am Freitag, 30. Juli, weil wir am Samstag, 14. August die Ausgabe an die "
            "Familien machen und vorher alles nach Größen sortieren müssen.\n\n"
            "Die Rechnung geht bitte an den Schulverein Elbhang e.V., nicht an die Schule.\n\n"
            "Herzliche Grüße\nFriederike Lüders\nVerwaltungsleitung Elbhang-Schule\nTel. 040 555 81 62\n\n"
            "Am 07.06.32 um 15:42 schrieb Jannik Brandt:\n"
            "> Liebe Frau Lüders,\n"
            ">\n"
            "> danke für Ihre Anfrage. Gern biete ich Ihnen an, jeweils mit gesticktem Schullogo:\n"
            ">\n"
            "> - Polo-Shirt, navy, Gr. 116 bis XXL: 14,90 € netto\n"
            "> - Hoodie, navy, Gr. 116 bis XXL: 29,50 € netto\n"
            "> - Sweatjacke mit Reißverschluss: 34,00 € netto\n"
            "> - Einrichtung des Sticks (einmalig): 180 € netto\n"
            ">\n"
            "> Mindestmenge 300 Teile je Artikel, Lieferzeit 6 Wochen ab Auftrag.\n"
            ">\n"
            "> Viele Grüße\n"
            "> Jannik Brandt\n"
            ">\n"
            "> Am 03.06.32 um 11:08 schrieb Friederike Lüders:\n"
            ">> Sehr geehrte Damen und Herren,\n"
            ">>\n"
            ">> wir möchten ab dem neuen Schuljahr eine einheitliche Schulkleidung einführen (freiwillig, ca. 450 Schülerinnen "
            ">> und Schüler). Bitte schicken Sie uns ein Angebot für Polo-Shirt, Hoodie und Sweatjacke mit unserem Logo.\n"
            ">>\n"
            ">> Mit freundlichen Grüßen\n"
            ">> Friederike Lüders"),
    ],
    kps=[
        ("Polo-Shirt 14,90 € und Hoodie 29,50 €, 420 Polos und 260 Hoodies, Stick-Einrichtung 180 €",
         ["14,90 €", "29,50 €", "420 Polos", "260 Hoodies", "180 €"]),
        ("Lieferung spätestens Freitag, 30. Juli (Ausgabe am Samstag, 14. August)", ["30. Juli"]),
        ("Rechnung an den Schulverein Elbhang e.V.", ["Schulverein Elbhang e.V."]),
    ],
    must_not=["34,00 €", "040 555 81 62", "zu teuer", "ca. 450"],
    slots=["ob die 260 Hoodies trotz Mindestmenge von 300 zum gleichen Stückpreis geliefert werden",
           "ob die Hoodies aus Bio-Baumwolle sind (Frage von Herrn Carstensen)"],
))

# ---------------------------------------------------------------- 22
CASES.append(dict(
    nn=22, slug="tablets-mdm-pilotklassen-gesamtschule-hannover",
    domain="Tablets mit Geräteverwaltung", lang="de", tz="Europe/Berlin", now="2032-06-08 14:30",
    cust=("Holger Meyerhoff", "h.meyerhoff@igs-leinetal.example.de"),
    rep=("Miriam Osterkamp", "m.osterkamp@tafelwerk-digital.example.de",
         "Miriam Osterkamp\nTafelwerk Digital GmbH\n0511 555 20 47"),
    shape="notes_mail", place=("Hannover", "Niedersachsen", "de", None),
    kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Frau Bartels (Schulträger-IT) writes the third source with a '-- ' signature marker; the Wertgrenze of 25.000 € leads to the pilot with 56 tablets; LDAP answered in the note.",
    sources=[
        note("2032-05-04 10:30",
             "Tel. Hr. Meyerhoff, IGS Leinetal, Medienbeauftragter. Tablet-Klassen ab neuem Schuljahr: 5 Klassen Jg. 7 à 28 = "
             "140 Tablets TW Tab 11 à 389 € netto, Hülle mit Tastatur 49 €, MDM-Lizenz 24 € pro Gerät/Jahr. Beschaffung läuft "
             "über den Schulträger, ab 25.000 € netto Ausschreibung. Angebot Fr schicken."),
        out("2032-05-07 11:00", "Angebot Tablet-Klassen IGS Leinetal",
            "Sehr geehrter Herr Meyerhoff,\n\n"
            "vielen Dank für das Telefonat. Wie besprochen:\n\n"
            "- 140 Tablets TW Tab 11, 128 GB: 389 € netto/Stück\n"
            "- Hülle mit Tastatur: 49 € netto/Stück\n"
            "- MDM-Lizenz: 24 € netto pro Gerät und Jahr\n"
            "- Summe einmalig: 61.320 € netto zzgl. Lizenzen\n\n"
            "Mit freundlichen Grüßen\nMiriam Osterkamp"),
        inn("2032-05-19 13:20", "AW: Angebot Tablet-Klassen IGS Leinetal",
            "Sehr geehrte Frau Osterkamp,\n\n"
            "Herr Meyerhoff hat mir Ihr Angebot weitergeleitet, ich betreue die Schul-IT beim Schulträger.\n\n"
            "Wir müssen unter der Wertgrenze von 25.000 € netto bleiben, sonst müssen wir ausschreiben, und das schaffen wir bis "
            "zum Sommer nicht. Wir starten daher mit 2 Klassen (56 Tablets) als Pilot und ohne Tastaturhüllen. Was kostet eine "
            "einfache Schutzhülle?\n\n"
            "Außerdem: Lässt sich Ihr MDM an unser zentrales Verzeichnis (LDAP) anbinden?\n\n"
            "Mit freundlichen Grüßen\n\n"
            "-- \nKerstin Bartels\nSchul-IT, Fachbereich Schulen\nTel. 0511 555 93 30"),
        note("2032-05-27 09:45",
             "Teams Fr. Bartels + Hr. Meyerhoff. 56 Tablets à 389 € = 21.784 €, Schutzhülle ohne Tastatur 19 € -> 1.064 €, MDM "
             "24 €/Gerät/Jahr = 1.344 €. Summe 24.192 € netto, unter der Grenze. LDAP: ja, Anbindung im Preis - erklärt. Angebot "
             "neu Mo. Intern: TW Tab 11 ab Sept. Nachfolgemodell, Restbestand 300 Stk - nicht erwähnen."),
        out("2032-05-31 10:15", "Neues Angebot Pilot Tablet-Klassen IGS Leinetal",
            "Sehr geehrte Frau Bartels, sehr geehrter Herr Meyerhoff,\n\n"
            "wie am Donnerstag besprochen, das neue Angebot für den Pilot:\n\n"
            "- 56 Tablets TW Tab 11, 128 GB: 389 € netto/Stück = 21.784 €\n"
            "- 56 Schutzhüllen: 19 € netto/Stück = 1.064 €\n"
            "- MDM-Lizenz erstes Jahr: 24 € netto pro Gerät = 1.344 €\n"
            "- Summe: 24.192 € netto, Anbindung an Ihr LDAP inklusive\n\n"
            "Mit freundlichen Grüßen\nMiriam Osterkamp"),
        inn("2032-06-07 16:05", "AW: Neues Angebot Pilot Tablet-Klassen IGS Leinetal",
            "Hallo Frau Osterkamp,\n\n"
            "Frau Bartels hat die Bestellung freigegeben, die Bestellnummer kommt diese Woche vom Schulträger. Die Rechnung "
            "bitte an den Fachbereich Schulen mit Kostenstelle 4020, sonst bleibt sie dort liegen.\n\n"
            "Lieferung und Einrichtung müssen in den Sommerferien passieren: Die Schule ist vom Montag, 12. Juli bis Freitag, "
            "20. August zu, der Hausmeister lässt Sie aber an jedem Werktag rein.\n\n"
            "Zwei Fragen noch: Können Sie die Geräte vorab mit unseren Inventarnummern bekleben? Und bieten Sie eine kurze "
            "Einführung für das Kollegium an, am liebsten am Montag, 23. August nachmittags?\n\n"
            "Schöne Grüße\nHolger Meyerhoff"),
    ],
    kps=[
        ("Pilot: 56 Tablets à 389 €, Schutzhüllen 19 €, MDM 24 € pro Gerät, Summe 24.192 € netto, LDAP-Anbindung inklusive",
         ["56 Tablets", "389 €", "19 €", "24.192 €"]),
        ("Rechnung an den Fachbereich Schulen mit Kostenstelle 4020", ["Kostenstelle 4020"]),
        ("Lieferung und Einrichtung in den Sommerferien zwischen Montag, 12. Juli und Freitag, 20. August",
         ["12. Juli", "20. August"]),
    ],
    must_not=["140 Tablets", "49 €", "61.320 €", "Nachfolgemodell", "Restbestand", "nicht erwähnen", "Tel. Hr. Meyerhoff",
              "Teams Fr. Bartels", "0511 555 93 30", "bleibt sie dort liegen"],
    slots=["ob die Geräte vorab mit den Inventarnummern beklebt werden können",
           "ob eine Einführung für das Kollegium am Montag, 23. August nachmittags möglich ist"],
))

# ---------------------------------------------------------------- 23
CASES.append(dict(
    nn=23, slug="rahmenvertrag-laborverbrauchsmaterial-hochschule-mainz",
    domain="Laborverbrauchsmaterial", lang="de", tz="Europe/Berlin", now="2032-06-10 09:15",
    cust=("Katrin Sonnleitner", "k.sonnleitner@hs-rheinufer.example.de"),
    rep=("Torben Wiese", "t.wiese@laborbedarf-nordkreis.example.de",
         "Torben Wiese\nLaborbedarf Nordkreis GmbH\n04321 555 640"),
    shape="html", place=("Mainz", "Rheinland-Pfalz", "de", None),
    kinds=["corr", "change1", "coll", "kept", "doc", "deadline", "time", "q"],
    notes="Fronleichnam (Thursday 27 May, a holiday in Rheinland-Pfalz) and the Brückentag as background; Dominik Rasch (Zentrale Beschaffung) writes the last mail (<ol>); the clarification promised for Friday 4 June was kept; calls only Tuesdays and Thursdays.",
    sources=[
        out("2032-05-18 10:40", "Angebot Rahmenvertrag Praktikumsbedarf",
            "Sehr geehrte Frau Dr. Sonnleitner,\n\n"
            "vielen Dank für Ihre Anfrage. Für einen Rahmenvertrag über 12 Monate ab 1. Juli biete ich an:\n\n"
            "- Pipettenspitzen 200 µl, Rack à 96 Stück: 4,20 € netto/Rack\n"
            "- Nitrilhandschuhe Gr. M und L, Box à 100: 5,90 € netto/Box\n"
            "- Petrischalen 90 mm, Pack à 500: 38,50 € netto/Pack, geschätzt 80 Packs pro Semester\n"
            "- Lieferung frei Haus ab 250 € Bestellwert, Lieferzeit 3 Werktage\n\n"
            "Mit freundlichen Grüßen\nTorben Wiese"),
        inn("2032-05-28 12:30", "AW: Angebot Rahmenvertrag Praktikumsbedarf",
            "<html><body><p>Sehr geehrter Herr Wiese,</p>"
            "<p>ich sitze heute am Brückentag fast allein im Institut und komme endlich zu Ihrem Angebot. Ein paar Punkte:</p>"
            "<ul>"
            "<li>Handschuhe brauchen wir in S, M und L, nicht nur M und L. Gilt der Preis auch für S?</li>"
            "<li>Petrischalen: Es werden eher 120 Packs pro Semester, wir haben einen zusätzlichen Mikrobiologie-Kurs.</li>"
            "<li>Passen Ihre Pipettenspitzen auf die Pipetten, die wir im Praktikum haben (Standardkonus)?</li>"
            "<li>Unsere Vergabestelle braucht ein verbindliches Rahmenangebot mit Preisbindung über die 12 Monate.</li>"
            "</ul>"
            "<p>Telefonisch erreichen Sie mich nur dienstags und donnerstags, an den anderen Tagen betreue ich das Praktikum.</p>"
            "<p>Viele Grüße<br>Dr. Katrin Sonnleitner<br>Praktikumsleitung Chemie<br>Hochschule am Rheinufer<br>06131 555 472</p>"
            "</body></html>", html=True),
        out("2032-05-31 09:00", "AW: Angebot Rahmenvertrag Praktikumsbedarf",
            "Sehr geehrte Frau Dr. Sonnleitner,\n\n"
            "danke für die Rückmeldung. Größe S und die Frage zu den Pipetten kläre ich mit unserem Hersteller und melde mich "
            "bis Freitag mit dem verbindlichen Rahmenangebot.\n\n"
            "Mit freundlichen Grüßen\nTorben Wiese"),
        out("2032-06-04 14:20", "Verbindliches Rahmenangebot Praktikumsbedarf",
            "Sehr geehrte Frau Dr. Sonnleitner,\n\n"
            "wie angekündigt:\n\n"
            "- Nitrilhandschuhe in S, M und L: einheitlich 5,90 € netto/Box\n"
            "- Die Pipettenspitzen passen auf alle Pipetten mit Standardkonus.\n"
            "- Petrischalen: 38,50 € netto/Pack, kalkuliert mit 120 Packs pro Semester\n"
            "- Pipettenspitzen: 4,20 € netto/Rack\n"
            "- Preisbindung 12 Monate ab 1. Juli\n\n"
            "Das verbindliche Rahmenangebot liegt als PDF bei.\n\n"
            "Mit freundlichen Grüßen\nTorben Wiese"),
        inn("2032-06-08 15:55", "AW: Verbindliches Rahmenangebot Praktikumsbedarf",
            "<html><body><p>Sehr geehrter Herr Wiese,</p>"
            "<p>Frau Dr. Sonnleitner hat mir Ihr Rahmenangebot weitergeleitet. Damit wir es werten können, brauchen wir noch:</p>"
            "<ol>"
            "<li>das Angebot adressiert an die Hochschule am Rheinufer, Zentrale Beschaffung (nicht an das Institut),</li>"
            "<li>eine unterschriebene Eigenerklärung zur Tariftreue,</li>"
            "<li>beides bis Montag, 14. Juni, 12:00 Uhr per Mail an die Vergabestelle.</li>"
            "</ol>"
            "<p>Außerdem die Frage aus dem Institut: Können Sie zusätzlich Entsorgungsbehälter für Glasbruch liefern, und zu "
            "welchem Preis?</p>"
            "<p>Mit freundlichen Grüßen<br>Dominik Rasch<br>Zentrale Beschaffung, Hochschule am Rheinufer</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("das Rahmenangebot: Pipettenspitzen 4,20 €/Rack, Handschuhe S, M und L 5,90 €/Box, Petrischalen 38,50 €/Pack bei 120 Packs pro Semester, Preisbindung 12 Monate ab 1. Juli",
         ["4,20 €", "5,90 €", "38,50 €", "120 Packs", "1. Juli"]),
        ("neu adressiert an die Hochschule am Rheinufer, Zentrale Beschaffung, mit unterschriebener Eigenerklärung zur Tariftreue",
         ["Zentrale Beschaffung", "Tariftreue"]),
        ("Frist Montag, 14. Juni, 12:00 Uhr", ["14. Juni"]),
    ],
    must_not=["80 Packs", "Brückentag", "06131 555 472", "fast allein"],
    slots=["ob und zu welchem Preis Entsorgungsbehälter für Glasbruch geliefert werden können"],
))

# ---------------------------------------------------------------- 24
CASES.append(dict(
    nn=24, slug="interaktive-displays-kursraeume-volkshochschule-erfurt-neukunde",
    domain="interaktive Displays", lang="de", tz="Europe/Berlin", now="2032-06-09 11:30",
    cust=("Sabine Rothe", "s.rothe@vhs-petersberg.example.de"),
    rep=("Timo Kreuzer", "t.kreuzer@klarbild-bildung.example.de",
         "Timo Kreuzer\nKlarbild Bildungstechnik\n0361 555 28 90"),
    shape="notes", place=("Erfurt", "Thüringen", "de", None),
    kinds=["q", "prom", "rel", "noteans", "time"],
    notes="'Angebot + Terminvorschlag Do' in the Monday 7 June note = Donnerstag, 10. Juni = morgen at now (Mittwoch, 9. Juni); telephone only in the morning.",
    sources=[
        note("2032-06-07 16:10",
             "Tel. Fr. Rothe (Sabine), Fachbereichsleitung Sprachen, VHS am Petersberg. 6 Kursräume, Beamer 12 J. alt. "
             "Interesse an ClassView 65 (65 Zoll) à 1.890 € netto, Rollständer 340 €, Installation 120 € pro Raum. Geld aus "
             "Restmitteln, muss bis 30. Sept. ausgegeben sein. Frage: Displays ohne Internet nutzbar, Dozenten nur mit eigenem "
             "Laptop? -> ja, HDMI + USB-C, gesagt. Frage 2: Einweisung für Kursleitende (Honorarkräfte) abends möglich? -> klären. "
             "Demo vor Ort angeboten, sie kann Do 17.6. oder Fr 18.6. vormittags. Angebot + Terminvorschlag Do schicken. Am besten "
             "per Mail, Telefon nur vormittags. Intern: Lager hat nur 4 Stk ClassView 65, Rest erst KW 30 - Liefertermin nicht zusagen."),
    ],
    kps=[
        ("das Angebot kommt morgen (Donnerstag): 6 Kursräume, ClassView 65 à 1.890 € netto, Rollständer 340 €, Installation 120 € pro Raum",
         ["Angebot", "ClassView 65", "1.890 €", "340 €", "120 €"]),
        ("Demo vor Ort am Do 17.6. oder Fr 18.6. vormittags", ["17.6.", "18.6."]),
        ("Displays ohne Internet per HDMI und USB-C vom eigenen Laptop nutzbar", ["HDMI"]),
    ],
    must_not=["nur 4 Stk", "KW 30", "nicht zusagen", "Tel. Fr. Rothe", "Restmitteln"],
    slots=["ob eine Einweisung für die Kursleitenden abends möglich ist",
           "welcher der beiden Demo-Termine (Do 17.6. oder Fr 18.6. vormittags) es wird"],
))

# ---------------------------------------------------------------- 25
CASES.append(dict(
    nn=25, slug="fahrschulsoftware-fahrschule-kassel-abmeldung",
    domain="Fahrschulsoftware", lang="de", tz="Europe/Berlin", now="2032-06-08 09:00",
    cust=("Dieter Hollenbach", "info@fahrschule-fuldablick.example.de"),
    rep=("Lena Marquardt", "lena.marquardt@fahrplaner-software.example.de",
         "Lena Marquardt\nFahrplaner Software\n0561 555 17 30"),
    shape="nodraft", place=("Kassel", "Hessen", "de", None),
    kinds=["optout"], draft=False,
    notes="Opt-out: 'Ich möchte keine weiteren E-Mails von Ihnen erhalten. Streichen Sie meine Adresse bitte aus Ihrer Kartei.'",
    sources=[
        out("2032-05-11 10:20", "Fahrplaner für die Fahrschule Fuldablick",
            "Sehr geehrter Herr Hollenbach,\n\n"
            "wie am Telefon versprochen, unser Angebot: Fahrplaner Kompakt für 4 Fahrlehrer, 29 € pro Fahrlehrer und Monat, "
            "mit Schüler-App und Online-Anmeldung. Die ersten 30 Tage sind kostenlos.\n\n"
            "Mit freundlichen Grüßen\nLena Marquardt"),
        out("2032-05-25 09:40", "AW: Fahrplaner für die Fahrschule Fuldablick",
            "Sehr geehrter Herr Hollenbach,\n\n"
            "ich wollte kurz nachhören, ob Sie schon Gelegenheit hatten, sich das Angebot anzusehen. Gern richte ich Ihnen "
            "einen Testzugang ein.\n\n"
            "Mit freundlichen Grüßen\nLena Marquardt"),
        inn("2032-06-04 18:22", "AW: AW: Fahrplaner für die Fahrschule Fuldablick",
            "Frau Marquardt,\n\n"
            "ich habe kein Interesse und werde auch keins haben. Ich möchte keine weiteren E-Mails von Ihnen erhalten. "
            "Streichen Sie meine Adresse bitte aus Ihrer Kartei.\n\n"
            "D. Hollenbach"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 26
CASES.append(dict(
    nn=26, slug="firewall-cluster-htl-linz",
    domain="Cybersicherheit und Filter", lang="de", tz="Europe/Vienna", now="2032-06-09 10:20",
    cust=("Gerald Pühringer", "g.puehringer@htl-donaupark.example.at"),
    rep=("Sandra Wimmer", "s.wimmer@netzwacht.example.at",
         "Sandra Wimmer\nNetzwacht IT-Security GmbH\n+43 732 555 218"),
    shape="notes_mail", place=("Linz", "Oberösterreich", "de", None),
    kinds=["rev", "accept", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Mag. Elisabeth Hofer writes the third source; the Webfilter is dropped until 2033; Schulrabatt and Internat filter profiles answered in notes.",
    sources=[
        note("2032-05-11 13:00",
             "Tel. Hr. Pühringer, IT-Kustos HTL Donaupark. 1.100 Schüler, 140 Lehrkräfte, 3 Gebäude. Angeboten: Firewall-Cluster "
             "NW-800 (2 Stk) à 6.900 €, Webfilter-Lizenz 3 J. 11.400 €, Einrichtung 2 Tage à 1.150 €. Er fragt: eigene "
             "Filterprofile fürs Internat am Abend? -> Profile nach Gruppen und Uhrzeit möglich, gesagt. Angebot bis Fr."),
        out("2032-05-14 09:30", "Angebot Firewall und Webfilter HTL Donaupark",
            "Sehr geehrter Herr Ing. Pühringer,\n\n"
            "wie besprochen:\n\n"
            "- Firewall-Cluster NW-800, 2 Stück à 6.900 € netto\n"
            "- Webfilter-Lizenz, 3 Jahre: 11.400 € netto\n"
            "- Einrichtung vor Ort, 2 Tage à 1.150 € netto\n\n"
            "Freundliche Grüße\nSandra Wimmer"),
        inn("2032-05-25 11:45", "AW: Angebot Firewall und Webfilter HTL Donaupark",
            "Sehr geehrte Frau Wimmer,\n\n"
            "die Direktion hat heuer nur Budget für die Firewall, den Webfilter können wir erst 2033 angehen. Können Sie uns den "
            "Firewall-Cluster mit Einrichtung ohne Webfilter anbieten? Und gibt es einen Schulrabatt?\n\n"
            "Mit freundlichen Grüßen\nMag. Elisabeth Hofer\nAdministration, HTL Donaupark"),
        note("2032-05-31 15:20",
             "Teams Fr. Hofer + Hr. Pühringer. Ohne Webfilter. Schulrabatt 10 % auf Hardware -> 6.210 €/Stk, 12.420 € für 2. "
             "Einrichtung 2 Tage 2.300 €. Webfilter 2033 neu anbieten. Angebot neu Mi. Intern: Einrichtung macht Subunternehmer "
             "Fa. Krenn, die haben im Juli nur die zweite und dritte Woche frei."),
        out("2032-06-02 10:00", "Neues Angebot Firewall-Cluster HTL Donaupark",
            "Sehr geehrte Frau Mag. Hofer, sehr geehrter Herr Ing. Pühringer,\n\n"
            "danke für das Gespräch am Montag. Das neue Angebot:\n\n"
            "- Firewall-Cluster NW-800, 2 Stück à 6.210 € netto (inkl. 10 % Schulrabatt) = 12.420 €\n"
            "- Einrichtung vor Ort, 2 Tage: 2.300 € netto\n"
            "- Gesamt: 14.720 € netto\n\n"
            "Den Webfilter biete ich Ihnen gern Anfang 2033 neu an.\n\n"
            "Freundliche Grüße\nSandra Wimmer"),
        inn("2032-06-07 08:50", "AW: Neues Angebot Firewall-Cluster HTL Donaupark",
            "Grüß Gott Frau Wimmer,\n\n"
            "passt so, die Bestellung kommt diese Woche mit Bestellnummer von der Direktion. Rechnung bitte an die HTL Donaupark, "
            "z. H. Direktion.\n\n"
            "Die Umstellung muss in den Ferien passieren, wir haben Zeit von Montag, 12. Juli bis Freitag, 23. Juli, danach ist "
            "das Haus wegen der Bodensanierung gesperrt.\n\n"
            "Frage: Wie lange ist das Netz bei der Umstellung weg? Ich muss das den Internatsleuten sagen. Und die Kollegin Hofer "
            "fragt, ob Sie die alte Firewall fachgerecht entsorgen.\n\n"
            "LG\nGerald Pühringer\nIT-Kustos, HTL Donaupark\n0732 555 914"),
    ],
    kps=[
        ("Bestellung: 2 Firewall-Cluster NW-800 à 6.210 € = 12.420 €, Einrichtung 2.300 €, gesamt 14.720 € netto, ohne Webfilter",
         ["NW-800", "6.210 €", "2.300 €", "14.720 €"]),
        ("Rechnung an die HTL Donaupark, z. H. Direktion", ["z. H. Direktion"]),
        ("Umstellung zwischen Montag, 12. Juli und Freitag, 23. Juli", ["12. Juli", "23. Juli"]),
    ],
    must_not=["6.900 €", "11.400 €", "1.150 €", "Fa. Krenn", "Subunternehmer", "Tel. Hr. Pühringer", "Teams Fr. Hofer",
              "0732 555 914", "Bodensanierung"],
    slots=["wie lange das Netz bei der Umstellung ausfällt",
           "ob die alte Firewall fachgerecht entsorgt wird (Frage von Frau Hofer)"],
))

# ---------------------------------------------------------------- 27
CASES.append(dict(
    nn=27, slug="laserbeamer-schulzimmer-gymnasium-basel",
    domain="Beamer und Projektion", lang="de", tz="Europe/Zurich", now="2032-06-10 08:45",
    cust=("Regula Stöcklin", "regula.stoecklin@gym-kleinhueningen.example.ch"),
    rep=("Martin Vögtli", "martin.voegtli@lichtbild-ag.example.ch",
         "Martin Vögtli\nLichtbild Präsentationstechnik AG\n061 555 34 70"),
    shape="quoted", place=("Basel", "Basel-Stadt", "de", None),
    client="GMX",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="GMX quote header ('Gesendet: Montag, 07. Juni 2032 um 16:20 Uhr / Von: / An: / Betreff:'), not indented, two levels; Herr Thommen's question relayed; Swiss spelling (no ß, CHF 1'640.–).",
    sources=[
        inn("2032-06-08 08:50", "Aw: Offerte Beamer Schulzimmer",
            "Guten Tag Herr Vögtli\n\n"
            "Besten Dank für die Offerte. Wir nehmen die Variante B mit dem Laser-Beamer LB-5200, die Lampen wollen wir nicht "
            "mehr wechseln müssen.\n\n"
            "Bei der Anzahl hat sich etwas geändert: Es sind 26 Zimmer, nicht wie angefragt 24, weil im Neubau zwei "
            "Zimmer dazukommen.\n\n"
            "Unser Informatikverantwortlicher, Herr Thommen, fragt, ob man die Beamer über das Netzwerk zentral ausschalten kann. "
            "Es bleiben jeden Abend welche an.\n\n"
            "Montage nur in den Sommerferien, von Montag, 5. Juli bis Freitag, 6. August, danach ist das Schulhaus wieder offen.\n\n"
            "Die definitive Offerte bitte an: Gymnasium Kleinhüningen, Rektorat. Wir brauchen sie bis Freitag, 18. Juni, weil "
            "am Dienstag, 22. Juni die Schulkonferenz entscheidet.\n\n"
            "Freundliche Grüsse\nRegula Stöcklin\nVerwaltungsleiterin\nGymnasium Kleinhüningen\n061 555 20 88\n\n"
            "Gesendet: Montag, 07. Juni 2032 um 16:20 Uhr\n"
            "Von: \"Martin Vögtli\" <martin.voegtli@lichtbild-ag.example.ch>\n"
            "An: \"Regula Stöcklin\" <regula.stoecklin@gym-kleinhueningen.example.ch>\n"
            "Betreff: Offerte Beamer Schulzimmer\n\n"
            "Guten Tag Frau Stöcklin\n\n"
            "Gerne offeriere ich Ihnen für 24 Zimmer:\n\n"
            "Variante A: Lampenbeamer LP-3100, CHF 1'180.– pro Stück\n"
            "Variante B: Laser-Beamer LB-5200, CHF 1'640.– pro Stück\n"
            "Montage inkl. Deckenhalterung: CHF 290.– pro Zimmer\n"
            "Entsorgung der Altgeräte: gratis\n\n"
            "Freundliche Grüsse\nMartin Vögtli\n\n"
            "Gesendet: Mittwoch, 02. Juni 2032 um 10:02 Uhr\n"
            "Von: \"Regula Stöcklin\" <regula.stoecklin@gym-kleinhueningen.example.ch>\n"
            "An: info@lichtbild-ag.example.ch\n"
            "Betreff: Anfrage Beamer\n\n"
            "Guten Tag\n\n"
            "Wir möchten in 24 Schulzimmern die alten Beamer ersetzen und bitten um eine Offerte mit Montage.\n\n"
            "Freundliche Grüsse\nRegula Stöcklin"),
    ],
    kps=[
        ("Variante B, Laser-Beamer LB-5200 zu CHF 1'640.– pro Stück, Montage CHF 290.– pro Zimmer, jetzt 26 Zimmer; Entsorgung gratis",
         ["LB-5200", "1'640", "CHF 290", "26 Zimmer"]),
        ("definitive Offerte an Gymnasium Kleinhüningen, Rektorat, bis Freitag, 18. Juni (Schulkonferenz Dienstag, 22. Juni)",
         ["Rektorat", "18. Juni"]),
        ("Montage in den Sommerferien, Montag, 5. Juli bis Freitag, 6. August", ["5. Juli", "6. August"]),
    ],
    must_not=["LP-3100", "1'180", "Variante A", "24 Zimmer", "061 555 20 88", "bleiben jeden Abend"],
    slots=["ob die Beamer über das Netzwerk zentral ausgeschaltet werden können (Frage von Herrn Thommen)"],
))
