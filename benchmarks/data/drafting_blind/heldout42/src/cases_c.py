from lib import case, N, O, I, H

def q(text, pre="> "):
    return pre + text.replace("\n", "\n" + pre)

# 21 quoted Thunderbird, de, Hannover (Niedersachsen)
OUT21 = ("Sehr geehrte Frau Wiechmann,\n\nja, die Antennen lassen sich auch an der Glast\u00fcr montieren, ohne Bodenarbeiten. Bei 2 Eing\u00e4ngen mit je einem Antennenpaar und 8.000 Hartetiketten liegen wir bei 9.240 EUR netto inkl. Montage.\n\nMit freundlichen Gr\u00fc\u00dfen\nNils Carstens")
IN21 = ("Hallo Herr Carstens,\n\ndanke f\u00fcr das Angebot. Wir haben uns das noch mal angeschaut: Wir brauchen beide Eing\u00e4nge gesichert, auch den zur Passage, und eher 8.000 Etiketten statt 6.000, die Jacken laufen gerade gut. Kann man die Antennen an der Glast\u00fcr befestigen? Den Boden wollen wir nicht aufstemmen, der ist neu.\n\nGru\u00df\nK. Wiechmann")
case(n=21, slug="warensicherung-antennen-etiketten-modehaus-hannover", domain="Warensicherung", lang="de",
     tz="Europe/Berlin", now="2033-04-06 10:15", place="de: Hannover (Niedersachsen)", shape="quoted", client="Thunderbird",
     customer=("Katrin Wiechmann", "k.wiechmann@modehaus-loewenhof.example.de"),
     rep=("Nils Carstens", "n.carstens@sicheretikett.example.de", "Nils Carstens\nSicherEtikett GmbH\n0511 555 0178"),
     sources=[
        O("2033-03-07 14:00", "Angebot Warensicherung Modehaus L\u00f6wenhof",
          "Sehr geehrte Frau Wiechmann,\n\nvielen Dank f\u00fcr das Gespr\u00e4ch im Laden. F\u00fcr den Haupteingang bieten wir ein RF-Antennenpaar mit 6.000 Hartetiketten und 3 L\u00f6sern an: 5.980 EUR netto inkl. Montage.\n\nMit freundlichen Gr\u00fc\u00dfen\nNils Carstens"),
        I("2033-03-18 11:20", "Re: Angebot Warensicherung Modehaus L\u00f6wenhof", IN21),
        O("2033-03-21 09:30", "Re: Angebot Warensicherung Modehaus L\u00f6wenhof", OUT21),
        I("2033-04-05 16:40", "Re: Angebot Warensicherung Modehaus L\u00f6wenhof",
          "Hallo Herr Carstens,\n\nwir machen das. Bestellung \u00fcber 9.240 EUR netto, unsere Bestellnummer ist LH-33-118. Montage bitte vor der Ladenöffnung, wir öffnen um 10 Uhr, Ihre Leute k\u00f6nnen ab 7 Uhr rein. Am liebsten Dienstag, 19. April, nach Ostern, vorher ist bei uns die Hölle los.\n\nHerr Brandes aus der Buchhaltung fragt, ob die Etiketten auch mit unserem Kassenetikettendrucker funktionieren oder ob wir eigene Aufkleber brauchen.\n\nViele Gr\u00fc\u00dfe\nKatrin Wiechmann\nFilialleitung\nModehaus L\u00f6wenhof GmbH & Co. KG\nTel. 0511 555 0293\n\n"
          "Am 21.03.33 um 09:30 schrieb Nils Carstens:\n" + q(OUT21) + "\n>\n> Am 18.03.33 um 11:20 schrieb Katrin Wiechmann:\n" + q(IN21, ">> ")),
     ],
     kps=[("Bestellung LH-33-118 \u00fcber 9.240 EUR netto: 2 Eing\u00e4nge, 8.000 Hartetiketten", ["LH-33-118", "9.240 EUR", "8.000"]),
          ("Montage vor der Ladenöffnung (ab 7 Uhr), gewünscht Dienstag, 19. April", ["7 Uhr", "19. April"])],
     mn=["5.980 EUR", "6.000 Hartetiketten", "0511 555 0293", "H\u00f6lle los"],
     slots=["ob die Etiketten mit dem vorhandenen Kassenetikettendrucker funktionieren (Frage von Herrn Brandes)",
            "ob der Montagetermin Dienstag, 19. April best\u00e4tigt werden kann"])

# 22 notes+mail, de, Mainz (Rheinland-Pfalz); customer signs after '--'
case(n=22, slug="ladenbau-weinregale-weinfachhandel-mainz", domain="Ladenbau und Regalsysteme", lang="de",
     tz="Europe/Berlin", now="2033-04-05 11:00", place="de: Mainz (Rheinland-Pfalz)", shape="notes+mail",
     customer=("J\u00fcrgen Hattemer", "hattemer@weinkontor-rheinblick.example.de"),
     rep=("Sabine Oberle", "s.oberle@holzwerk-ladenbau.example.de", "Sabine Oberle\nHolzwerk Ladenbau\n06131 555 014"),
     sources=[
        N("2033-02-22 16:00",
          "Termin vor Ort Weinkontor Rheinblick, Hr. J\u00fcrgen Hattemer (Inhaber). Neuer Laden in der Altstadt, 85 m\u00b2, Er\u00f6ffnung geplant Mitte Mai. Will Weinregale Eiche massiv, ca. 1.400 Flaschen, Verkostungstheke. Grob 23.000 EUR genannt. Aufma\u00df + Entwurf bis 4.3."),
        O("2033-03-04 10:00", "Entwurf Ladenbau Weinkontor Rheinblick",
          "Sehr geehrter Herr Hattemer,\n\nanbei wie besprochen Aufma\u00df und Entwurf: Wandregale in Eiche massiv f\u00fcr rund 1.400 Flaschen, eine Verkostungstheke mit Sp\u00fcle und eine Pr\u00e4sentationsinsel. Preis: 23.600 EUR netto inkl. Montage.\n\nMit freundlichen Gr\u00fc\u00dfen\nSabine Oberle"),
        I("2033-03-16 19:30", "AW: Entwurf Ladenbau Weinkontor Rheinblick",
          "Guten Abend Frau Oberle,\n\nder Entwurf gef\u00e4llt uns sehr. Die Insel lassen wir weg, da soll ein alter Weinfass-Tisch hin, den wir schon haben. Daf\u00fcr br\u00e4uchten wir 200 Flaschenpl\u00e4tze mehr, also 1.600. Und: der Laden liegt in der Fu\u00dfg\u00e4ngerzone, Anlieferung nur bis 10:30 Uhr m\u00f6glich.\n\nWas kostet das dann?\n\nGru\u00df\n--\nJ\u00fcrgen Hattemer\nWeinkontor Rheinblick\nTel. 06131 555 0716"),
        N("2033-03-21 09:45",
          "Tel. Hr. Hattemer: ohne Insel, 1.600 Flaschen -> 21.950 EUR netto, hab ich am Telefon genannt. Er will Eröffnung Fr 13.5. fix, Montage sp\u00e4testens KW 18. Schriftliches Angebot folgt. Intern: Eichenlieferung knapp, nichts zusagen vor R\u00fcckmeldung S\u00e4gewerk."),
        O("2033-03-23 15:10", "Angebot Ladenbau Weinkontor Rheinblick - ge\u00e4ndert",
          "Sehr geehrter Herr Hattemer,\n\nwie telefonisch besprochen das ge\u00e4nderte Angebot: Wandregale Eiche massiv f\u00fcr 1.600 Flaschen und Verkostungstheke mit Sp\u00fcle, ohne Pr\u00e4sentationsinsel, 21.950 EUR netto inkl. Montage. Anlieferung erfolgt vor 10:30 Uhr.\n\nMit freundlichen Gr\u00fc\u00dfen\nSabine Oberle"),
        I("2033-04-04 18:20", "AW: Angebot Ladenbau Weinkontor Rheinblick - ge\u00e4ndert",
          "Hallo Frau Oberle,\n\nwir nehmen das Angebot \u00fcber 21.950 EUR an, Auftrag geht an die Weinkontor Rheinblick UG (haftungsbeschr\u00e4nkt). Er\u00f6ffnung ist Freitag, 13. Mai. Die Montage muss also bis Freitag, 6. Mai fertig sein, die Woche danach r\u00e4umen wir ein.\n\nWie viel Anzahlung brauchen Sie und wann? Und k\u00f6nnen Sie die Theke mit einer Steckdose f\u00fcr die K\u00fchlvitrine ausstatten?\n\nGru\u00df\n--\nJ\u00fcrgen Hattemer\nWeinkontor Rheinblick\nTel. 06131 555 0716"),
     ],
     kps=[("Auftrag 21.950 EUR netto: Eiche massiv f\u00fcr 1.600 Flaschen, Verkostungstheke, ohne Insel", ["21.950 EUR", "1.600"]),
          ("Auftragnehmer/Vertragspartner Weinkontor Rheinblick UG (haftungsbeschr\u00e4nkt)", ["Weinkontor Rheinblick UG"]),
          ("Montage fertig bis Freitag, 6. Mai (Er\u00f6ffnung 13. Mai), Anlieferung vor 10:30 Uhr", ["6. Mai", "10:30"])],
     mn=["23.600 EUR", "S\u00e4gewerk", "nichts zusagen", "Tel. Hr. Hattemer", "06131 555 0716"],
     slots=["H\u00f6he und Zeitpunkt der Anzahlung",
            "ob die Theke eine Steckdose f\u00fcr die K\u00fchlvitrine bekommen kann",
            "ob die Montage bis Freitag, 6. Mai zugesagt werden kann"])

# 23 html, de, Erfurt (Th\u00fcringen)
case(n=23, slug="personaleinsatzplanung-schuhhaus-filialen-erfurt", domain="Personaleinsatzplanung", lang="de",
     tz="Europe/Berlin", now="2033-04-07 14:00", place="de: Erfurt (Th\u00fcringen)", shape="html",
     customer=("Doreen Kühnel", "d.kuehnel@schuhhaus-anger.example.de"),
     rep=("Tobias Reinholz", "t.reinholz@schichtwerk.example.de", "Tobias Reinholz\nSchichtwerk Software\n0361 555 0124"),
     sources=[
        H("2033-02-28 08:50", "Anfrage Dienstplanung",
          "<html><body><p>Guten Morgen,</p><p>wir sind ein Schuhhaus mit 11 Filialen in Th\u00fcringen und planen noch mit Excel. Wir suchen eine Software mit:</p><ul><li>Dienstplan pro Filiale mit Urlaubsantr\u00e4gen per App</li><li>Zeiterfassung am Tablet in der Filiale</li><li>Export an DATEV Lohn</li></ul><p>Bitte um ein Angebot f\u00fcr ca. 95 Mitarbeitende.</p><p>Freundliche Gr\u00fc\u00dfe<br>Doreen K\u00fchnel<br>Personalleitung</p></body></html>"),
        O("2033-03-02 10:30", "Angebot Schichtwerk f\u00fcr Schuhhaus Anger",
          "Sehr geehrte Frau K\u00fchnel,\n\nvielen Dank f\u00fcr Ihre Anfrage. Schichtwerk deckt alle drei Punkte ab. F\u00fcr 95 Mitarbeitende: 4,90 EUR pro Person und Monat, Einrichtung einmalig 1.200 EUR, DATEV-Export inklusive. Tablets sind nicht enthalten.\n\nMit freundlichen Gr\u00fc\u00dfen\nTobias Reinholz"),
        H("2033-03-18 13:15", "AW: Angebot Schichtwerk f\u00fcr Schuhhaus Anger",
          "<html><body><p>Hallo Herr Reinholz,</p><p>die Gesch\u00e4ftsf\u00fchrung m\u00f6chte Folgendes:</p><ul><li>Laufzeit 24 Monate, daf\u00fcr bitte ein besserer Preis</li><li>Schulung f\u00fcr die 11 Filialleitungen vor Ort in Erfurt, nicht nur online</li></ul><p>Gru\u00df, D. K\u00fchnel</p></body></html>"),
        O("2033-03-22 16:00", "AW: Angebot Schichtwerk f\u00fcr Schuhhaus Anger",
          "Hallo Frau K\u00fchnel,\n\nbei 24 Monaten Laufzeit k\u00f6nnen wir 4,40 EUR pro Person und Monat anbieten. Die Schulung der 11 Filialleitungen vor Ort in Erfurt kostet einmalig 650 EUR, die Einrichtung bleibt bei 1.200 EUR.\n\nViele Gr\u00fc\u00dfe\nTobias Reinholz"),
        H("2033-04-06 15:45", "AW: Angebot Schichtwerk f\u00fcr Schuhhaus Anger",
          "<html><body><p>Hallo Herr Reinholz,</p><p>wir sind uns einig. Zusammengefasst:</p><ol><li>24 Monate zu 4,40 EUR pro Person und Monat, Start mit 95 Mitarbeitenden</li><li>Einrichtung 1.200 EUR und Schulung vor Ort 650 EUR</li><li>Vertrag bitte auf die Schuhhaus Anger GmbH</li><li>Schulung am liebsten an einem Montagvormittag, da ist am wenigsten los, ab dem 25. April</li></ol><p>Was ich noch wissen m\u00fcsste: Wie lange dauert es von der Unterschrift bis zum ersten Dienstplan? Der Sommerplan soll schon \u00fcber das neue System laufen.</p><p>Freundliche Gr\u00fc\u00dfe<br>Doreen K\u00fchnel<br>Personalleitung<br>Schuhhaus Anger GmbH<br>Tel. 0361 555 0871</p></body></html>"),
     ],
     kps=[("24 Monate zu 4,40 EUR pro Person und Monat f\u00fcr 95 Mitarbeitende", ["24 Monate", "4,40 EUR"]),
          ("Einrichtung 1.200 EUR und Schulung vor Ort 650 EUR", ["1.200 EUR", "650 EUR"]),
          ("Vertrag auf die Schuhhaus Anger GmbH", ["Schuhhaus Anger GmbH"]),
          ("Schulung an einem Montagvormittag ab dem 25. April", ["Montag", "25. April"])],
     mn=["4,90 EUR", "0361 555 0871"],
     slots=["wie lange es von der Unterschrift bis zum ersten Dienstplan dauert"])

# 24 notes-only, de, Kiel (Schleswig-Holstein)
case(n=24, slug="unterhaltsreinigung-supermarkt-kiel-neukunde", domain="Ladenreinigung", lang="de",
     tz="Europe/Berlin", now="2033-04-06 09:30", place="de: Kiel (Schleswig-Holstein)", shape="notes-only",
     customer=("Björn Petersen", "b.petersen@foerdemarkt.example.de"),
     rep=("Ayla Demir", "a.demir@nordglanz-service.example.de", "Ayla Demir\nNordglanz Geb\u00e4udeservice\n0431 555 0159"),
     sources=[
        N("2033-04-04 13:45",
          "Tel. Hr. Björn Petersen, Marktinhaber F\u00f6rdemarkt (selbstst\u00e4ndiger Kaufmann, 1.900 m\u00b2 Verkaufsfl\u00e4che + Backshop). Bisherige Firma k\u00fcndigt zum 30.4. Braucht ab 2.5. Unterhaltsreinigung t\u00e4glich nach Ladenschluss 22 Uhr, Mo-Sa, plus Grundreinigung Boden einmal im Quartal. Kassenbereich + Backshop besonders wichtig (Lebensmittelkontrolle war neulich da, kein Thema f\u00fcr die Mail). Grob 6.800 EUR/Monat genannt, Grundreinigung 1.450 EUR pro Einsatz. Angebot bis Do schicken, Besichtigung vorher nicht n\u00f6tig, er schickt Grundriss. Er ist vormittags am besten erreichbar."),
     ],
     kps=[("Unterhaltsreinigung ab 2.5. t\u00e4glich nach Ladenschluss 22 Uhr, Mo-Sa, rund 6.800 EUR pro Monat", ["6.800 EUR", "22 Uhr"]),
          ("Grundreinigung Boden einmal im Quartal zu 1.450 EUR pro Einsatz", ["1.450 EUR"]),
          ("Angebot bis Donnerstag (morgen); Grundriss von ihm erbeten", ["Grundriss"])],
     mn=["Tel. Hr.", "Lebensmittelkontrolle", "kein Thema f\u00fcr die Mail", "k\u00fcndigt zum"],
     slots=[])

# 25 no-draft opt-out, de, Innsbruck (Tirol)
case(n=25, slug="hintergrundmusik-lizenz-sportgeschaeft-innsbruck-abmeldung", domain="Hintergrundmusik und Lizenzen", lang="de",
     tz="Europe/Vienna", now="2033-04-05 15:00", place="de: Innsbruck (Tirol)", shape="no-draft: optout",
     customer=("Lukas Pircher", "l.pircher@bergsport-pircher.example.at"),
     rep=("Verena Stadlmann", "v.stadlmann@klangraum-business.example.at", "Verena Stadlmann\nKlangraum Business Music\n01 555 0143"),
     sources=[
        O("2033-03-10 09:00", "Lizenzierte Hintergrundmusik f\u00fcr Bergsport Pircher",
          "Sehr geehrter Herr Pircher,\n\nwussten Sie, dass Radio und private Streamingdienste im Gesch\u00e4ft lizenzpflichtig sind? Mit Klangraum bekommen Sie Musik inklusive aller Rechte ab 29 EUR pro Monat. Gerne stelle ich Ihnen das in 15 Minuten vor.\n\nMit freundlichen Gr\u00fc\u00dfen\nVerena Stadlmann"),
        O("2033-03-24 10:30", "AW: Lizenzierte Hintergrundmusik f\u00fcr Bergsport Pircher",
          "Sehr geehrter Herr Pircher,\n\ndarf ich noch einmal nachfragen, ob ein kurzer Termin f\u00fcr Sie interessant w\u00e4re?\n\nMit freundlichen Gr\u00fc\u00dfen\nVerena Stadlmann"),
        I("2033-03-25 12:05", "AW: AW: Lizenzierte Hintergrundmusik f\u00fcr Bergsport Pircher",
          "Gr\u00fc\u00df Gott Frau Stadlmann,\n\nwir haben einen Vertrag, der passt uns. Ich m\u00f6chte keine weiteren Angebote von Ihnen bekommen, bitte l\u00f6schen Sie meine Adresse aus Ihrer Kartei und kontaktieren Sie uns k\u00fcnftig nicht mehr, weder per Mail noch telefonisch.\n\nL. Pircher"),
     ],
     expect=False)

# 26 notes+mail, de, Kassel (Hessen)
case(n=26, slug="kuehlregale-obst-gemuese-biomarkt-kassel", domain="K\u00fchlm\u00f6bel f\u00fcr den Lebensmittelhandel", lang="de",
     tz="Europe/Berlin", now="2033-04-05 13:30", place="de: Kassel (Hessen)", shape="notes+mail",
     customer=("Annette Siebert", "a.siebert@gruenkern-biomarkt.example.de"),
     rep=("Holger Wendt", "h.wendt@frostform-kaelte.example.de", "Holger Wendt\nFrostform K\u00e4ltetechnik\n0561 555 0187"),
     sources=[
        N("2033-02-23 10:00",
          "Besuch Gr\u00fcnkern Biomarkt, Fr. Annette Siebert (Marktleitung). Obst/Gem\u00fcse-Abteilung soll gek\u00fchlt werden, 2 Wandk\u00fchlregale je 3,75 m mit Nachtrollo, Propan-Steckerger\u00e4te. Umbau nur sonntags oder nachts. F\u00f6rderung \u00fcber Kommunalrichtlinie? Hab gesagt ich kl\u00e4re das. Angebot n\u00e4chste Woche."),
        O("2033-03-01 11:15", "Angebot K\u00fchlregale Obst und Gem\u00fcse",
          "Sehr geehrte Frau Siebert,\n\nanbei unser Angebot f\u00fcr 2 Wandk\u00fchlregale \u00e0 3,75 m mit Nachtrollo, steckerfertig mit Propan (R290): 27.400 EUR netto inkl. Lieferung und Aufstellung. Die Frage zur F\u00f6rderung kl\u00e4re ich noch.\n\nMit freundlichen Gr\u00fc\u00dfen\nHolger Wendt"),
        I("2033-03-15 17:00", "AW: Angebot K\u00fchlregale Obst und Gem\u00fcse",
          "Hallo Herr Wendt,\n\ndanke. Wir haben nachgemessen, es passen nur 2 x 3,125 m, wegen der neuen Brotregale. Und wir h\u00e4tten gern LED-Beleuchtung in 4000 K, die Tomaten sehen sonst grau aus. Was ist mit der F\u00f6rderung?\n\nGru\u00df Annette Siebert"),
        N("2033-03-18 14:20",
          "Tel. Fr. Siebert: 2 x 3,125 m mit LED 4000 K = 24.900 EUR netto. F\u00f6rderung: Bundesf\u00f6rderung f\u00fcr K\u00e4lteanlagen m\u00f6glich, Antrag VOR Auftrag stellen - hab ihr das gesagt, Antrag macht sie selbst. Aufstellung Sonntag 1. Mai vorgeschlagen. Intern: Lieferzeit Regale gerade 6 Wochen, knapp."),
        O("2033-03-21 09:00", "Ge\u00e4ndertes Angebot K\u00fchlregale",
          "Sehr geehrte Frau Siebert,\n\nwie besprochen das ge\u00e4nderte Angebot: 2 Wandk\u00fchlregale \u00e0 3,125 m mit Nachtrollo und LED-Beleuchtung 4000 K, Propan (R290), 24.900 EUR netto inkl. Lieferung und Aufstellung. Bitte denken Sie daran, den F\u00f6rderantrag vor der Auftragserteilung zu stellen.\n\nMit freundlichen Gr\u00fc\u00dfen\nHolger Wendt"),
        I("2033-04-04 08:40", "AW: Ge\u00e4ndertes Angebot K\u00fchlregale",
          "Guten Morgen Herr Wendt,\n\nder F\u00f6rderantrag ist raus, Eingangsbest\u00e4tigung liegt vor, Aktenzeichen KLR-2033-04417. Damit k\u00f6nnen wir bestellen: 24.900 EUR netto laut Angebot vom 21. M\u00e4rz, Rechnung an die Gr\u00fcnkern Naturkost eG.\n\nDie Aufstellung am Sonntag, 1. Mai passt uns gut. Klappt das mit der Lieferung bis dahin? Und brauchen Sie f\u00fcr die Stecker eigene Stromkreise, damit unser Elektriker das vorbereiten kann?\n\nSonnige Gr\u00fc\u00dfe\nAnnette Siebert"),
     ],
     kps=[("Bestellung 24.900 EUR netto laut Angebot vom 21. M\u00e4rz: 2 x 3,125 m, LED 4000 K", ["24.900 EUR", "3,125 m"]),
          ("Rechnung an die Gr\u00fcnkern Naturkost eG", ["Gr\u00fcnkern Naturkost eG"]),
          ("Aufstellung am Sonntag, 1. Mai", ["1. Mai"])],
     mn=["27.400 EUR", "3,75 m", "Lieferzeit Regale", "Tel. Fr. Siebert", "Tomaten sehen sonst grau aus"],
     slots=["ob die Lieferung bis Sonntag, 1. Mai sicher klappt",
            "ob f\u00fcr die Stecker eigene Stromkreise n\u00f6tig sind"])

# 27 quoted GMX, de, Salzburg (Land Salzburg)
OUT27 = ("Liebe Frau Eder,\n\ndanke f\u00fcr die Fotos. F\u00fcr die beiden Fenster schlagen wir Folienbeklebung mit Ihrem Hirsch-Motiv vor, abl\u00f6sbar, plus zwei Aufsteller aus Holz. Mit Montage au\u00dferhalb der \u00d6ffnungszeiten: 2.180 EUR netto.\n\nLiebe Gr\u00fc\u00dfe\nMarkus Hofinger")
IN27 = ("Lieber Herr Hofinger,\n\nanbei Fotos von unseren zwei Auslagen. F\u00fcr den Sommer h\u00e4tten wir gerne etwas, das zu den Festspielg\u00e4sten passt, eher edel als kitschig. K\u00f6nnen Sie uns einen Vorschlag machen?\n\nLiebe Gr\u00fc\u00dfe\nTheresa Eder")
case(n=27, slug="schaufensterbeklebung-trachtenmode-salzburg", domain="Schaufenstergestaltung", lang="de",
     tz="Europe/Vienna", now="2033-04-07 09:30", place="de: Salzburg (Land Salzburg)", shape="quoted", client="GMX",
     customer=("Theresa Eder", "theresa.eder@tracht-eder.example.at"),
     rep=("Markus Hofinger", "m.hofinger@fensterwerk-deko.example.at", "Markus Hofinger\nFensterwerk Deko\n0662 555 0135"),
     sources=[
        I("2033-03-09 17:30", "Schaufenster Sommer", IN27),
        O("2033-03-14 10:00", "AW: Schaufenster Sommer", OUT27),
        I("2033-04-05 20:15", "AW: AW: Schaufenster Sommer",
          "Lieber Herr Hofinger,\n\nsehr sch\u00f6n, wir nehmen das um 2.180 EUR. Montage bitte am Montag, 2. Mai vor 9 Uhr, da \u00f6ffnen wir. Die Auslagen m\u00fcssen bis Ende August so bleiben.\n\nMeine Schwester, Frau Gruber, fragt, ob man das Motiv danach f\u00fcr den Herbst wiederverwenden kann oder ob die Folie beim Abziehen kaputtgeht.\n\nRechnung bitte an Trachten Eder OG.\n\nLiebe Gr\u00fc\u00dfe\nTheresa Eder\n\n"
          "Gesendet: Montag, 14. M\u00e4rz 2033 um 10:00 Uhr\nVon: \"Markus Hofinger\" <m.hofinger@fensterwerk-deko.example.at>\nAn: \"Theresa Eder\" <theresa.eder@tracht-eder.example.at>\nBetreff: AW: Schaufenster Sommer\n\n" + OUT27 +
          "\n\nGesendet: Mittwoch, 09. M\u00e4rz 2033 um 17:30 Uhr\nVon: \"Theresa Eder\" <theresa.eder@tracht-eder.example.at>\nAn: \"Markus Hofinger\" <m.hofinger@fensterwerk-deko.example.at>\nBetreff: Schaufenster Sommer\n\n" + IN27),
     ],
     kps=[("Auftrag 2.180 EUR netto: abl\u00f6sbare Folienbeklebung mit Hirsch-Motiv f\u00fcr beide Fenster plus zwei Holzaufsteller", ["2.180 EUR", "Hirsch"]),
          ("Montage Montag, 2. Mai vor 9 Uhr", ["2. Mai", "9 Uhr"]),
          ("Rechnung an Trachten Eder OG", ["Trachten Eder OG"])],
     mn=["eher edel als kitschig"],
     slots=["ob die Folie nach dem Sommer f\u00fcr den Herbst wiederverwendet werden kann (Frage von Frau Gruber)"])
