# 21-27: German
CASES = []
A = CASES.append

# 21 notes-only, Leipzig
A(dict(nn=21, slug="schwingboden-tanzvinyl-tanzstudio-leipzig-neukunde", domain="Sportböden", language="de",
  tz="Europe/Berlin", now="2032-04-21 09:15", native=True, shape="notes-only prospect",
  place="de: Leipzig (Sachsen)", kinds=["q", "prom", "rel", "coll", "time"],
  customer=("Sabine Reichert", "info@tanzstudio-auftakt.example.de"),
  rep=("Holger Wendisch", "h.wendisch@parkett-sportboden.example.de", "Holger Wendisch\nMitteldeutsche Sportböden GmbH\n0341 555 28 17"),
  src=[("note", "2032-04-16 16:20",
    "Vor-Ort-Termin Tanzstudio Auftakt, Gohlis. Inhaberin Sabine Reichert, ihr Mann Jens macht Buchhaltung und Förderung. "
    "Saal 1: 140 m², alter Parkett, wellig, Knieprobleme bei den Trainerinnen. Saal 2: 95 m², nur Belag neu. "
    "Mündlich genannt: Schwingboden-Unterkonstruktion + Tanzvinyl 89 €/m² für Saal 1, Saal 2 nur Tanzvinyl 39 €/m². "
    "Einbau nur in der Schließzeit vom 19. Juli bis 1. August. "
    "Frage von ihr: ist das Vinyl auch für Stepptanz geeignet (Steppkurse dienstags)? -> beim Hersteller klären. "
    "Angebot Do schicken. Rückruf nur vormittags, ab 14 Uhr Unterricht. "
    "Intern: Verlegetrupp im Juli zur Hälfte im Urlaub - keine Termine zusagen.")],
  kps=[("Schwingboden mit Tanzvinyl für Saal 1 (140 m²) zu 89 €/m², Saal 2 (95 m²) Tanzvinyl zu 39 €/m²",
        ["89 €/m²", "39 €/m²", "140 m²", "95 m²"]),
       ("das Angebot kommt morgen (Donnerstag) schriftlich", ["Angebot"]),
       ("Einbau in der Schließzeit vom 19. Juli bis 1. August", ["19. Juli", "1. August"])],
  must_not=["Verlegetrupp", "keine Termine zusagen", "Vor-Ort-Termin Tanzstudio", "Knieprobleme", "zur Hälfte im Urlaub"],
  slots=["ob das Tanzvinyl auch für Stepptanz geeignet ist"],
  note="'Angebot Do schicken' in the Friday 16 April note = morgen at now (Wednesday 21 April); Rückruf nur vormittags."))

# 22 notes plus mail, Freiburg
A(dict(nn=22, slug="kunstrasen-kork-flutlicht-sportverein-freiburg", domain="Sportplätze und Flutlicht", language="de",
  tz="Europe/Berlin", now="2032-04-21 10:00", native=True, shape="notes plus mail",
  place="de: Freiburg im Breisgau (Baden-Württemberg)", kinds=["choice", "rev", "accept", "addon", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Petra Maurer", "kasse@sv-wiehre1912.example.de"),
  rep=("Tobias Ketterer", "t.ketterer@rasenwerk-sued.example.de", "Tobias Ketterer\nRasenwerk Süd GmbH\n0761 555 40 22"),
  src=[("message", "2032-03-08 10:30", "outbound", "Angebot Kunstrasensanierung Sportplatz Wiehre",
    "Sehr geehrter Herr Benz,\n\nvielen Dank für die Besichtigung. Für die Sanierung des Kunstrasenplatzes (7.200 m²) bieten wir zwei Varianten an:\n\nVariante A: Kunstrasen mit Gummigranulat-Verfüllung, 276.000 € netto\nVariante B: Kunstrasen mit Kork-Verfüllung, 309.000 € netto\n\nJeweils inkl. Entsorgung des Altbelags und Elastikschicht-Prüfung.\n\nMit freundlichen Grüßen\nTobias Ketterer"),
   ("message", "2032-03-11 21:15", "inbound", "AW: Angebot Kunstrasensanierung Sportplatz Wiehre",
    "Hallo Herr Ketterer,\n\ndanke für das Angebot. Gummigranulat kommt für uns nicht in Frage, da zieht der Gemeinderat nicht mit. Also Kork.\n\nDer Förderantrag beim Sportbund muss bis 30. April eingereicht sein, dafür brauchen wir ein Angebot mit Aufschlüsselung nach deren Vorlage. Zwei Fragen noch: können Sie 7.400 m² inkl. Auslaufzonen rechnen? Und wäre Flutlicht gleich mit drin?\n\nSportliche Grüße\nHarald Benz\n1. Vorsitzender SV Wiehre 1912\n(ehrenamtlich, daher abends erreichbar)"),
   ("note", "2032-03-16 18:40",
    "Tel. Hr. Benz + Kassenwartin Petra Maurer. Kork, 7.400 m² -> 316.500 € netto. Flutlicht LED separat 64.800 €, eigener Posten, förderfähig - gesagt. "
    "Aufschlüsselung nach Sportbund-Vorlage, Angebot Freitag. "
    "Intern: Korklieferant Portugal hat 10 Wochen Lieferzeit - nicht erwähnen."),
   ("message", "2032-03-19 11:45", "outbound", "Überarbeitetes Angebot Kunstrasen Kork + Flutlicht",
    "Sehr geehrter Herr Benz, sehr geehrte Frau Maurer,\n\nwie am Dienstag besprochen, anbei das überarbeitete Angebot, aufgeschlüsselt nach der Vorlage des Sportbunds:\n\n- Kunstrasen mit Kork-Verfüllung, 7.400 m² inkl. Auslaufzonen: 316.500 € netto\n- LED-Flutlichtanlage (eigener Posten): 64.800 € netto\n\nMit freundlichen Grüßen\nTobias Ketterer"),
   ("message", "2032-04-19 19:30", "inbound", "AW: Überarbeitetes Angebot Kunstrasen Kork + Flutlicht",
    "Guten Abend Herr Ketterer,\n\ndie Mitgliederversammlung hat am Freitag zugestimmt. Den unterschriebenen Auftrag (unter Vorbehalt der Förderzusage) finden Sie im Anhang. Rechnungen bitte an SV Wiehre 1912 e.V.\n\nBaubeginn frühestens nach unserem letzten Heimspiel am Sonntag, 30. Mai.\n\nZwei Dinge:\n- Können Sie uns bis 30. April eine kurze Bestätigung schicken, dass Sie den Auftrag unter Vorbehalt annehmen? Die braucht der Sportbund für den Antrag.\n- Wie lange dauert der Umbau? Der Saisonstart ist Mitte August.\n\nViele Grüße\nPetra Maurer\nKassenwartin SV Wiehre 1912 e.V.\nTel. 0761 555 93 04"),
  ],
  kps=[("Auftrag unterschrieben: Kunstrasen mit Kork 7.400 m² zu 316.500 € netto und LED-Flutlicht 64.800 €",
        ["Kork-Verfüllung", "7.400 m²", "316.500 €", "64.800 €"]),
       ("Bestätigung der Auftragsannahme unter Vorbehalt bis 30. April für den Förderantrag", ["Bestätigung", "30. April"]),
       ("Rechnung an SV Wiehre 1912 e.V.; Baubeginn nach dem Heimspiel am Sonntag, 30. Mai", ["SV Wiehre 1912 e.V.", "Sonntag, 30. Mai"])],
  must_not=["276.000 €", "309.000 €", "7.200 m²", "Korklieferant", "nicht erwähnen", "Tel. Hr. Benz", "0761 555 93 04", "Gemeinderat"],
  slots=["wie lange der Umbau dauert, bei Saisonstart Mitte August"],
  note="Variante B chosen then area 7.200 -> 7.400 m² and Flutlicht added (note, then Angebot 'Freitag': kept); Petra Maurer writes the last mail."))

# 23 notes plus mail, Innsbruck
A(dict(nn=23, slug="unterhaltsreinigung-griffwaesche-kletterhalle-innsbruck", domain="Reinigung", language="de",
  tz="Europe/Vienna", now="2032-04-20 09:30", native=True, shape="notes plus mail",
  place="de: Innsbruck (Tirol)", kinds=["rev", "accept", "addon", "coll", "noteans", "kept", "deadline", "q"],
  customer=("Verena Kofler", "v.kofler@boulderwerk-tirol.example.at"),
  rep=("Stefanie Wallnöfer", "s.wallnoefer@alpinclean.example.at", "-- \nStefanie Wallnöfer\nAlpinClean Gebäudereinigung\n0512 555 6630"),
  src=[("message", "2032-03-03 11:00", "outbound", "Angebot Unterhaltsreinigung Boulderwerk",
    "Sehr geehrter Herr Gstrein,\n\ndanke für den Rundgang. Unser Angebot:\n\n- Unterhaltsreinigung täglich 6-9 Uhr, 2.150 m², 3.480 € netto pro Monat\n- Grundreinigung der Fallschutzmatten quartalsweise, 890 € netto pro Einsatz\n\nFreundliche Grüße\n\n-- \nStefanie Wallnöfer\nAlpinClean Gebäudereinigung\n0512 555 6630"),
   ("message", "2032-03-05 14:20", "inbound", "AW: Angebot Unterhaltsreinigung Boulderwerk",
    "Hallo Frau Wallnöfer,\n\ntäglich passt, aber Montag ist bei uns Ruhetag, also nur 6 Tage. Und der Chalkstaub auf den Griffen ist unser größtes Thema - machen Sie auch Griffwäsche?\n\nLG Florian Gstrein\nBetriebsleitung"),
   ("note", "2032-03-11 10:10",
    "Tel. Hr. Gstrein. 6 Tage/Woche -> 3.090 €/Monat. Griffwäsche: ja, 2x jährlich à 1.250 €, Griffe abschrauben macht ihr Routenbau-Team - gesagt. "
    "Matten quartalsweise bleibt 890 €. Angebot Mo. Intern: Ali kann die Frühschicht nur bis Juni, danach neue Kraft suchen."),
   ("message", "2032-03-15 09:40", "outbound", "Überarbeitetes Angebot - 6 Tage + Griffwäsche",
    "Sehr geehrter Herr Gstrein,\n\nwie am Donnerstag besprochen:\n\n- Unterhaltsreinigung Dienstag bis Sonntag 6-9 Uhr: 3.090 € netto pro Monat\n- Grundreinigung Fallschutzmatten quartalsweise: 890 € netto\n- Griffwäsche zweimal jährlich: 1.250 € netto pro Durchgang (Abschrauben durch Ihr Routenbau-Team)\n\nFreundliche Grüße\n\n-- \nStefanie Wallnöfer\nAlpinClean Gebäudereinigung\n0512 555 6630"),
   ("message", "2032-04-15 17:50", "inbound", "AW: Überarbeitetes Angebot - 6 Tage + Griffwäsche",
    "Sehr geehrte Frau Wallnöfer,\n\nder Vertrag ist unterschrieben, Start am Dienstag, 4. Mai. Rechnung bitte an die Boulderwerk Tirol GmbH.\n\nOffen sind für mich noch:\n- Schlüssel und Zugangskarten: wie viele brauchen Ihre Leute, und auf welche Namen?\n- Schaffen Sie die erste Griffwäsche vor der Eröffnung unseres Außenbereichs am Samstag, 12. Juni?\n\nFreundliche Grüße\nVerena Kofler\nGeschäftsführerin\nBoulderwerk Tirol GmbH"),
  ],
  kps=[("Vertrag unterschrieben: Unterhaltsreinigung 3.090 € netto pro Monat, Matten 890 €, Griffwäsche 1.250 €",
        ["3.090 €", "890 €", "1.250 €"]),
       ("Start am Dienstag, 4. Mai; Rechnung an die Boulderwerk Tirol GmbH", ["Dienstag, 4. Mai", "Boulderwerk Tirol GmbH"])],
  must_not=["3.480 €", "Ali kann", "Frühschicht", "Tel. Hr. Gstrein", "größtes Thema"],
  slots=["wie viele Schlüssel und Zugangskarten auf welche Namen gebraucht werden",
         "ob die erste Griffwäsche vor der Eröffnung des Außenbereichs am Samstag, 12. Juni möglich ist"],
  note="The rep's signature carries a '-- ' marker; Verena Kofler (Geschäftsführerin) writes the last mail."))

# 24 HTML-only, Münster
A(dict(nn=24, slug="aufsichtspersonal-ausstellungseroeffnung-kunsthalle-muenster", domain="Sicherheit und Aufsicht", language="de",
  tz="Europe/Berlin", now="2032-04-22 10:00", native=True, shape="HTML-only inbound",
  place="de: Münster (Nordrhein-Westfalen)", kinds=["choice", "corr", "deadline", "time", "q"],
  customer=("Miriam Hölscher", "m.hoelscher@kunsthalle-aasee.example.de"),
  rep=("Dennis Overbeck", "d.overbeck@wachwerk-westfalen.example.de", "Dennis Overbeck\nWachwerk Westfalen GmbH\n0251 555 7140"),
  src=[("message", "2032-04-12 14:00", "outbound", "Angebot Aufsichtsdienst Sommerausstellung",
    "Sehr geehrte Frau Dr. Hölscher,\n\nfür die Sommerausstellung schlagen wir zwei Varianten vor:\n\nVariante Basis: 6 Aufsichtskräfte, 34 € netto pro Stunde und Kraft\nVariante Plus: 6 Aufsichtskräfte, davon 2 mit Sachkundeprüfung nach § 34a GewO, 39 € netto pro Stunde und Kraft\n\nMit freundlichen Grüßen\nDennis Overbeck"),
   ("message", "2032-04-20 16:10", "inbound", "AW: Angebot Aufsichtsdienst Sommerausstellung",
    "<html><body><p>Sehr geehrter Herr Overbeck,</p><p>nach Rücksprache mit unserer Verwaltung:</p>"
    "<ul><li>Wir nehmen die Variante Plus.</li>"
    "<li>Wir brauchen 8 Aufsichtskräfte statt 6, wegen der zusätzlichen Räume im Obergeschoss.</li>"
    "<li>Vernissage am Freitag, 21. Mai, 18 bis 23 Uhr; danach Dienstag bis Sonntag 10 bis 18 Uhr bis zum 29. August.</li>"
    "<li>Bitte den Auftrag an die Kunsthalle am Aasee gGmbH.</li>"
    "<li>Sprechen Ihre Leute Englisch? Wir haben internationale Leihgeber, deren Kuriere bei Auf- und Abbau dabei sind.</li></ul>"
    "<p>Bitte nur per Mail &ndash; ich bin derzeit fast nur im Depot und telefonisch kaum erreichbar.</p>"
    "<p>Mit freundlichen Grüßen<br>Dr. Miriam Hölscher<br>Leitung Besucherservice<br>Kunsthalle am Aasee</p></body></html>", "text/html"),
  ],
  kps=[("Variante Plus zu 39 € pro Stunde und Kraft, jetzt 8 Aufsichtskräfte", ["Variante Plus", "39 €", "8 Aufsichtskräfte"]),
       ("Vernissage Freitag, 21. Mai, danach Dienstag bis Sonntag bis 29. August", ["Freitag, 21. Mai", "29. August"]),
       ("Auftrag an die Kunsthalle am Aasee gGmbH", ["Kunsthalle am Aasee gGmbH"])],
  must_not=["Variante Basis", "34 €"],
  slots=["ob die Aufsichtskräfte Englisch sprechen (für die Kuriere der Leihgeber)"],
  note="Bitte nur per Mail."))

# 25 quoted thread (Thunderbird), Nürnberg
A(dict(nn=25, slug="trikotsaetze-jugendhandball-verein-nuernberg", domain="Vereinsbekleidung", language="de",
  tz="Europe/Berlin", now="2032-04-20 11:00", native=True, shape="quoted thread", quote_client="Thunderbird",
  place="de: Nürnberg (Bayern)", kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
  customer=("Markus Dörfler", "jugend@hc-pegnitztal.example.de"),
  rep=("Julia Sattler", "j.sattler@teamfaden.example.de", "Julia Sattler\nTeamfaden Sportbekleidung\n0911 555 3318"),
  src=[("message", "2032-04-09 14:22", "outbound", "Angebot Trikotsätze Jugend",
    "Hallo Herr Dörfler,\n\nwie besprochen unser Angebot für die Jugendmannschaften (48 Sätze):\n\n- Trikotsatz Pro (Trikot, Hose, Stutzen, Sublimationsdruck): 54,90 € pro Satz\n- Trikotsatz Classic (Trikot, Hose, Stutzen, Flockdruck): 39,90 € pro Satz\n- Aufwärmshirts: 22,50 € pro Stück\n\nRückennummern sind im Preis enthalten. Lieferzeit 5 Wochen ab Freigabe.\n\nViele Grüße\nJulia Sattler"),
   ("message", "2032-04-19 22:05", "inbound", "Re: Angebot Trikotsätze Jugend",
    "Hallo Frau Sattler,\n\nwir haben uns für Classic entschieden. Es werden aber 64 Sätze statt 48, wir melden eine zusätzliche Minis-Mannschaft. Die Aufwärmshirts lassen wir dieses Jahr weg.\n\nUnser Kassier Frank Ebert fragt, ob wir die Rechnung in zwei Raten zahlen können (Sponsorengeld kommt erst im Juni). Und wir bräuchten alles vor unserem Saisonabschlussturnier am Samstag, 19. Juni.\n\nSportliche Grüße\nMarkus Dörfler\nJugendleiter HC Pegnitztal\n0176 555 20 418\n\nAm 09.04.32 um 14:22 schrieb Julia Sattler:\n> Hallo Herr Dörfler,\n>\n> wie besprochen unser Angebot für die Jugendmannschaften (48 Sätze):\n>\n> - Trikotsatz Pro (Trikot, Hose, Stutzen, Sublimationsdruck): 54,90 € pro Satz\n> - Trikotsatz Classic (Trikot, Hose, Stutzen, Flockdruck): 39,90 € pro Satz\n> - Aufwärmshirts: 22,50 € pro Stück\n>\n> Rückennummern sind im Preis enthalten. Lieferzeit 5 Wochen ab Freigabe.\n>\n> Viele Grüße\n> Julia Sattler\n"),
  ],
  kps=[("Trikotsatz Classic zu 39,90 € pro Satz, 64 Sätze, Rückennummern inklusive", ["Classic", "39,90 €", "64 Sätze"]),
       ("Lieferung vor dem Saisonabschlussturnier am Samstag, 19. Juni; 5 Wochen ab Freigabe", ["Samstag, 19. Juni", "Freigabe"])],
  must_not=["54,90 €", "22,50 €", "48 Sätze", "0176 555 20 418", "Sponsorengeld"],
  slots=["ob die Rechnung in zwei Raten gezahlt werden kann",
         "ob die Lieferung vor Samstag, 19. Juni klappt"],
  note="Thunderbird quote header ('Am 09.04.32 um 14:22 schrieb X:'), '>' quoted; Frank Ebert's question relayed."))

# 26 NO DRAFT quiet period to a date, Graz
A(dict(nn=26, slug="buehnentechnik-podeste-kammeroper-graz-ruhe", domain="Bühnenbau und Bühnentechnik", language="de",
  tz="Europe/Vienna", now="2032-04-21 10:00", native=True, shape="no draft", place="de: Graz (Steiermark)", kinds=["quiet"],
  customer=("Bernhard Zach", "b.zach@kammeroper-mur.example.at"),
  rep=("Lukas Pammer", "l.pammer@buehnenwerk-sued.example.at", "Lukas Pammer\nBühnenwerk Süd\n0316 555 4471"),
  src=[("message", "2032-04-07 10:20", "outbound", "Angebot Podestsystem und Orchestergraben-Abdeckung",
    "Sehr geehrter Herr Zach,\n\nanbei unser Angebot für das Podestsystem (48 Elemente) und die Abdeckung des Orchestergrabens: 38.600 € netto inkl. Montage.\n\nGerne stimmen wir einen Termin für die Bemusterung ab.\n\nMit freundlichen Grüßen\nLukas Pammer"),
   ("message", "2032-04-19 13:05", "inbound", "AW: Angebot Podestsystem und Orchestergraben-Abdeckung",
    "Sehr geehrter Herr Pammer,\n\ndanke für das Angebot. Wir stecken mitten in den Endproben, die Premiere ist am Samstag, danach folgen gleich die Gastspiele.\n\nBitte melden Sie sich frühestens ab dem 17. Mai wieder bei mir, vorher komme ich nicht dazu.\n\nMit freundlichen Grüßen\nBernhard Zach\nTechnischer Direktor"),
  ],
  note="Quiet period to a date: 'Bitte melden Sie sich frühestens ab dem 17. Mai wieder bei mir' (written Monday 19 April, now Wednesday 21 April)."))

# 27 notes plus mail, Zürich
A(dict(nn=27, slug="led-flutlicht-sandplaetze-tennisclub-zuerich", domain="Flutlicht und Platzbau", language="de",
  tz="Europe/Zurich", now="2032-04-20 08:40", native=True, shape="notes plus mail",
  place="de: Zürich (Zürich)", kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "time", "q"],
  customer=("Doris Wyss", "kasse@tc-sonnenberg.example.ch"),
  rep=("Reto Ammann", "r.ammann@courtlicht.example.ch", "Reto Ammann\nCourtlicht AG\n044 555 81 62"),
  src=[("message", "2032-03-02 09:00", "outbound", "Offerte Frühjahrsinstandsetzung und LED-Flutlicht",
    "Sehr geehrter Herr Hämmerli,\n\nbesten Dank für den Platzrundgang. Unsere Offerte:\n\n- Frühjahrsinstandsetzung 6 Sandplätze: CHF 2'950 pro Platz\n- LED-Flutlicht für 4 Plätze: CHF 18'400 pro Platz\n\nFreundliche Grüsse\nReto Ammann"),
   ("message", "2032-03-05 20:30", "inbound", "AW: Offerte Frühjahrsinstandsetzung und LED-Flutlicht",
    "Grüezi Herr Ammann\n\nDie Instandsetzung aller 6 Plätze ist fix. Beim Flutlicht will der Vorstand vorerst nur 2 Plätze. Zwei Fragen: Wie sieht es mit Blendung für die Nachbarn aus? Wir fürchten eine Einsprache. Und bis wann sind die Plätze bespielbar? Interclub startet am Samstag, 1. Mai.\n\nFreundliche Grüsse\nUrs Hämmerli\nPräsident TC Sonnenberg"),
   ("note", "2032-03-10 18:30",
    "Tel. Hr. Hämmerli. Flutlicht 2 Plätze -> CHF 19'900 pro Platz (Mastfundamente verteilen sich auf weniger Plätze). "
    "Blendung: asymmetrische Optik, Lichtgutachten inkl. - gesagt. Plätze bespielbar bis 24.4. bei trockenem Wetter - gesagt. "
    "Offerte Freitag. Anrufe am liebsten abends nach 18 Uhr, tagsüber in der Praxis. "
    "Intern: Mastlieferung erst Juli - nicht erwähnen vor Unterschrift."),
   ("message", "2032-03-12 10:15", "outbound", "Angepasste Offerte - Flutlicht 2 Plätze",
    "Sehr geehrter Herr Hämmerli,\n\nwie am Mittwoch besprochen:\n\n- Frühjahrsinstandsetzung 6 Sandplätze à CHF 2'950 = CHF 17'700\n- LED-Flutlicht 2 Plätze à CHF 19'900 = CHF 39'800, asymmetrische Optik, Lichtgutachten inklusive\n\nFreundliche Grüsse\nReto Ammann"),
   ("message", "2032-04-14 19:45", "inbound", "AW: Angepasste Offerte - Flutlicht 2 Plätze",
    "Guten Abend Herr Ammann\n\nDie Plätze sind wunderbar geworden, danke. Die GV hat am Samstag das Flutlicht bewilligt, die unterschriebene Offerte liegt bei. Rechnung bitte an den TC Sonnenberg Zürich.\n\nZwei Fragen: Reichen Sie das Baugesuch bei der Stadt ein oder müssen wir das machen? Und geht die Montage noch vor den Sommerferien, die am Samstag, 10. Juli beginnen?\n\nFreundliche Grüsse\nDoris Wyss\nKassierin"),
  ],
  kps=[("Flutlicht bewilligt: 2 Plätze à CHF 19'900 = CHF 39'800, Lichtgutachten inklusive", ["CHF 19'900", "CHF 39'800", "Lichtgutachten"]),
       ("Rechnung an den TC Sonnenberg Zürich", ["TC Sonnenberg Zürich"]),
       ("Montage vor den Sommerferien ab Samstag, 10. Juli gewünscht", ["Samstag, 10. Juli"])],
  must_not=["CHF 18'400", "4 Plätze", "Mastlieferung", "nicht erwähnen", "Tel. Hr. Hämmerli", "tagsüber in der Praxis"],
  slots=["wer das Baugesuch bei der Stadt einreicht", "ob die Montage vor Samstag, 10. Juli möglich ist"],
  note="Spring repair already done and praised; Doris Wyss (Kassierin) writes the last mail; Urs prefers calls after 18 Uhr."))
