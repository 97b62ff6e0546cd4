from lib import C, M, N, U

# ---------------------------------------------------------------- 21 Erfurt, notes-only prospect
tz = "Europe/Berlin"
C(21, "berufskraftfahrer-weiterbildung-kuehlspedition-erfurt-neukunde", "Fahrerschulung (Berufskraftfahrer-Weiterbildung)", "de",
  "2031-12-09 09:00", tz,
  ("Katrin Wendler", "k.wendler@thueringer-kuehltransporte.example.de"),
  ("Jens Mahler", "jens.mahler@fahrfit-akademie.example.de", "Jens Mahler\nFahrFit Akademie\n0361 555 4820"),
  [N("2031-12-05 14:10", """
     Termin vor Ort Thüringer Kühltransporte, GVZ Erfurt. Gespräch mit Katrin Wendler (Fuhrparkleitung) u. GF Holger Pabst, entscheiden zusammen, unterschreiben tut Pabst. 34 Fahrer, davon 19 Fahrer mit Fristablauf der Weiterbildung bis März. Wollen Module 1-5 als Inhouse-Schulung samstags im eigenen Schulungsraum, 2 Gruppen à ca. 10. Preis mündl.: 129 € pro Teilnehmer und Modul, Inhouse ab 8 TN, Anfahrtspauschale 90 €. Frage Katrin: Modul 3 (Ladungssicherung) mit praktischem Teil am eigenen Kühlauflieger machbar? -> kläre ich mit Trainer. Angebot bis Mi. Rückrufe nur nachmittags, vormittags ist Disposition. Intern: Trainer Uwe hat im Jan. nur 2 Samstage frei - keine Termine zusagen.""")],
  kp=[("Inhouse-Weiterbildung Module 1-5 samstags, 129 € pro Teilnehmer und Modul, Anfahrtspauschale 90 €",
       ["129 €", "90 €", "samstags"]),
      ("19 Fahrer mit Fristablauf bis März, 2 Gruppen",
       ["19 Fahrer", "März"]),
      ("Angebot bis Mittwoch (morgen) an Katrin Wendler und Holger Pabst",
       ["Angebot", "Pabst"])],
  mn=["Uwe", "keine Termine zusagen", "Termin vor Ort Thüringer", "nur 2 Samstage"],
  slots=["ob Modul 3 (Ladungssicherung) mit praktischem Teil am eigenen Kühlauflieger möglich ist"],
  meta=dict(shape="notes-only prospect", group="de", place="Erfurt (Thüringen)", city="Erfurt", region="Thüringen",
            kinds=["q", "prom", "rel", "coll", "time"],
            notes="'Angebot bis Mi' in the Friday 5 December note = morgen (Wednesday 10 December) at now (Tuesday 9 December); Modul 3 am eigenen Kühlauflieger a slot; Uwe's free Saturdays internal; Rückrufe nur nachmittags."))

# ---------------------------------------------------------------- 22 Bremen, notes plus mail
C(22, "kfz-flottenversicherung-cmr-spedition-bremen", "Kfz-Flotten- und Warentransportversicherung", "de",
  "2031-12-10 09:00", tz,
  ("Olaf Brinkmann", "o.brinkmann@weser-kontor.example.de"),
  ("Sabine Rehwinkel", "s.rehwinkel@hansa-flottenschutz.example.de", "Sabine Rehwinkel\nHansa Flottenschutz Versicherungsmakler\n0421 555 3871"),
  [M("2031-10-28 10:30", "out", "Angebot Flottenversicherung 2032 - Weser-Kontor", """
     Sehr geehrter Herr Brinkmann,

     vielen Dank für die Unterlagen. Für Ihre Flotte (41 Sattelzugmaschinen, 12 Transporter) kann ich Ihnen zur Hauptfälligkeit 1.1.2032 anbieten:

     Haftpflicht + Vollkasko, Selbstbeteiligung 2.500 €: 118.400 € p.a.
     Haftpflicht + Vollkasko, Selbstbeteiligung 5.000 €: 104.900 € p.a.

     Jährliche Zahlweise, Schadenfreiheitsrabatt bereits berücksichtigt.

     Mit freundlichen Grüßen
     Sabine Rehwinkel
     Hansa Flottenschutz Versicherungsmakler
     0421 555 3871"""),
   M("2031-10-30 17:50", "in", "AW: Angebot Flottenversicherung 2032 - Weser-Kontor", """
     Moin Frau Rehwinkel,

     die Variante mit 5.000 SB passt eher zu uns. Allerdings haben wir seit Oktober 44 Zugmaschinen, drei sind dazugekommen.

     Zwei Fragen: Ist die Ladung (CMR / Warentransport) da mit drin oder ist das separat? Und geht vierteljährliche Zahlung? Jährlich auf einen Schlag im Januar tut weh.

     Gruß
     Olaf Brinkmann
     Geschäftsführer
     Weser-Kontor Spedition GmbH"""),
   N("2031-11-04 15:00", """
     Tel. Hr. Brinkmann + Fr. Hüsing (Buchhaltung). 44 SZM + 12 Transp., SB 5.000 -> 108.700 € p.a. Vierteljährl. Zahlung mit 3 % Ratenzuschlag -> ok für sie. CMR nicht drin -> separate CMR-Police 9.800 € p.a., wollen sie. Angebot beides Do. Schadenquote Vorjahr 92 % - Versicherer will ab 2033 Telematik-Auflage, erst mal nicht ansprechen."""),
   M("2031-11-06 11:10", "out", "Überarbeitetes Angebot Flotte + CMR 2032", """
     Sehr geehrter Herr Brinkmann, sehr geehrte Frau Hüsing,

     wie am Dienstag besprochen, anbei die beiden Anträge:

     1. Kfz-Flotte (44 Sattelzugmaschinen, 12 Transporter), Haftpflicht + Vollkasko, SB 5.000 €: 108.700 € p.a., vierteljährliche Zahlweise (Ratenzuschlag 3 %)
     2. CMR-/Verkehrshaftungspolice: 9.800 € p.a.

     Beginn jeweils 1.1.2032.

     Mit freundlichen Grüßen
     Sabine Rehwinkel
     Hansa Flottenschutz Versicherungsmakler
     0421 555 3871"""),
   M("2031-12-08 14:20", "in", "AW: Überarbeitetes Angebot Flotte + CMR 2032", """
     Sehr geehrte Frau Rehwinkel,

     Herr Brinkmann hat beide Anträge unterschrieben, Sie finden sie im Anhang.

     Policen und Rechnungen bitte an die Weser-Kontor Spedition GmbH, z. Hd. Buchhaltung.

     Zwei Fragen hätten wir noch:
     - Brauchen wir zum 1.1. schon grüne Karten bzw. Versicherungsbestätigungen für die Fahrzeuge, die nach Polen und Tschechien fahren?
     - Im Januar kommen 3 neue Zugmaschinen dazu. Wie melden wir die nach?

     Mit freundlichen Grüßen
     Nadine Hüsing
     Buchhaltung
     Weser-Kontor Spedition GmbH""")],
  kp=[("beide Anträge unterschrieben: Flotte 108.700 € p.a. mit SB 5.000 €, vierteljährlich, und CMR-Police 9.800 € p.a.",
       ["108.700 €", "SB 5.000 €", "9.800 €"]),
      ("Beginn 1.1.2032; Policen und Rechnungen an die Weser-Kontor Spedition GmbH, z. Hd. Buchhaltung",
       ["1.1.2032", "Weser-Kontor Spedition GmbH"]),
      ("3 neue Zugmaschinen im Januar nachmelden",
       ["3 neue Zugmaschinen"])],
  mn=["118.400 €", "104.900 €", "2.500 €", "41 Sattelzugmaschinen", "Schadenquote", "Telematik-Auflage", "nicht ansprechen", "Tel. Hr. Brinkmann"],
  slots=["ob zum 1.1. schon grüne Karten bzw. Versicherungsbestätigungen für Fahrten nach Polen und Tschechien nötig sind",
         "wie die 3 neuen Zugmaschinen im Januar nachgemeldet werden"],
  meta=dict(shape="notes plus mail", group="de", place="Bremen (Bremen)", city="Bremen", region="Bremen",
            kinds=["choice", "rev", "accept", "addon", "coll", "noteans", "kept", "doc", "q"],
            notes="118.400 € / 104.900 € for 41 tractors superseded by 108.700 € for 44 with quarterly payment, plus CMR 9.800 € (note, then Anträge 'Do': kept); CMR and quarterly payment answered in the note; signed; Nadine Hüsing writes the last mail; grüne Karten and Nachmeldung are slots; Schadenquote and Telematik-Auflage internal."))

# ---------------------------------------------------------------- 23 Hannover, notes plus mail
C(23, "ladekarten-wallboxen-paketzustellung-hannover", "Lade- und Tankkarten", "de",
  "2031-12-11 08:30", tz,
  ("Deniz Aydın", "deniz@leine-zustellservice.example.de"),
  ("Tobias Kranz", "tobias.kranz@ladeflex.example.de", "Tobias Kranz\nLadeFlex Flottenkarten\n0511 555 7290"),
  [M("2031-11-03 09:45", "out", "Ladekarten und Depot-Wallboxen für Leine-Zustellservice", """
     Hallo Herr Aydın,

     danke für das Gespräch am Freitag. Für Ihre 28 Transporter:

     - LadeFlex Karte: AC 0,39 €/kWh, DC 0,54 €/kWh im ganzen Netz
     - Grundgebühr 4,90 € je Karte und Monat
     - Depot-Wallbox 22 kW inkl. Montage: 1.190 € je Stück

     Viele Grüße
     -- 
     Tobias Kranz
     LadeFlex Flottenkarten
     0511 555 7290"""),
   M("2031-11-07 19:40", "in", "Re: Ladekarten und Depot-Wallboxen für Leine-Zustellservice", """
     Hallo Herr Kranz

     Grundgebühr bei so vielen Karten ist zu viel, da müssen sie was machen.
     Wallboxen: wir ziehen am Samstag, 17. Januar in eine neue Halle in Lahe. Die Boxen also erst dort. Wie viele brauchen wir wirklich, jeder Wagen eine?

     Deniz Aydın
     Leine-Zustellservice"""),
   N("2031-11-12 12:30", """
     Tel. Hr. Aydın. Grundgebühr entfällt ab 25 Karten -> 0 €. AC 0,39 / DC 0,54 bleibt. Wallboxen: 14 Stück reichen (2 Fzg. je Box über Nacht, mit Lastmanagement) -> 14 x 1.190 €. Montage erst nach Umzug in die neue Halle. Angebot + 5 Testkarten für Dezember bis Mo. Netzanmeldung dauert 6-8 Wo., Elektriker Jörg ist bis Feb. dicht - nicht erwähnen."""),
   M("2031-11-17 10:05", "out", "Angebot LadeFlex + 5 Testkarten", """
     Hallo Herr Aydın,

     wie besprochen:

     - LadeFlex Karten ohne Grundgebühr (ab 25 Karten)
     - AC 0,39 €/kWh, DC 0,54 €/kWh
     - 14 Wallboxen à 1.190 € inkl. Lastmanagement, Montage nach Ihrem Umzug in die neue Halle
     - 5 Testkarten liegen ab morgen bei Ihnen im Briefkasten, gültig bis Ende Dezember

     Vertrag anbei.

     Viele Grüße
     -- 
     Tobias Kranz
     LadeFlex Flottenkarten
     0511 555 7290"""),
   M("2031-12-09 18:15", "in", "Re: Angebot LadeFlex + 5 Testkarten", """
     Hallo Herr Kranz,

     die Testkarten liefen gut, mein Mann sagt ja, der Vertrag ist unterschrieben im Anhang.

     Wir brauchen jetzt 31 Karten - für das Weihnachtsgeschäft haben wir 3 Transporter dazugemietet, und die behalten wir.
     Rechnung bitte monatlich an die Leine-Zustellservice GmbH.

     Zwei Fragen:
     1. Wann können die Wallboxen in der neuen Halle montiert werden? Umzug ist Samstag, 17. Januar.
     2. Die Anmeldung beim Netzbetreiber - machen Sie das oder müssen wir das?

     Gruß
     Selin Aydın
     Büro Leine-Zustellservice""")],
  kp=[("Vertrag unterschrieben: 31 Karten ohne Grundgebühr, AC 0,39 €/kWh, DC 0,54 €/kWh",
       ["31 Karten", "0,39 €/kWh", "0,54 €/kWh"]),
      ("14 Wallboxen à 1.190 € inkl. Lastmanagement, Montage nach dem Umzug am Samstag, 17. Januar",
       ["14 Wallboxen", "1.190 €", "17. Januar"]),
      ("Rechnung monatlich an die Leine-Zustellservice GmbH",
       ["Leine-Zustellservice GmbH"])],
  mn=["4,90 €", "28 Transporter", "Jörg", "nicht erwähnen", "Tel. Hr. Aydın"],
  slots=["wann die Wallboxen in der neuen Halle montiert werden",
         "ob LadeFlex die Anmeldung beim Netzbetreiber übernimmt"],
  meta=dict(shape="notes plus mail", group="de", place="Hannover (Niedersachsen)", city="Hannover", region="Niedersachsen",
            kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "deadline", "q"],
            notes="4,90 € Grundgebühr for 28 vans superseded by 0 € from 25 cards and 14 Wallboxen (note, then Angebot 'Mo': kept); 'wie viele' answered in the note; signed, 31 Karten; Selin Aydın writes the last mail; Montagetermin and Netzanmeldung are slots; Jörg internal; the rep signs with a '-- ' marker."))

# ---------------------------------------------------------------- 24 Frankfurt, HTML-only
C(24, "etikettendrucker-handscanner-luftfracht-frankfurt", "Scanner und Etikettendrucker", "de",
  "2031-12-09 10:00", tz,
  ("Anja Roth", "anja.roth@mainfracht-air.example.de"),
  ("Markus Vogt", "markus.vogt@labeltec.example.de", "Markus Vogt\nLabelTec Systeme GmbH\n069 555 3140"),
  [M("2031-11-26 11:30", "out", "Angebot Etikettendrucker und Scanner - Mainfracht Air Handling", """
     Sehr geehrte Frau Roth,

     vielen Dank für den Rundgang in der CargoCity. Unser Angebot:

     - 12 Etikettendrucker LT-800 Industrie: 1.340 € je Stück
     - 30 Handscanner HS-5 Freeze (bis -30 °C): 980 € je Stück
     - Servicevertrag 3 Jahre: 14 € je Gerät und Monat
     - alternativ Miete inkl. Service: 62 € je Gerät und Monat

     Lieferzeit ca. 2 Wochen.

     Mit freundlichen Grüßen
     Markus Vogt
     LabelTec Systeme GmbH
     069 555 3140"""),
   M("2031-12-08 16:20", "in", "AW: Angebot Etikettendrucker und Scanner - Mainfracht Air Handling", """
     <html><body style="font-family:Arial">
     <p>Sehr geehrter Herr Vogt,</p>
     <p>wir haben intern entschieden:</p>
     <ul>
       <li>Kauf, nicht Miete</li>
       <li>Drucker: wir brauchen nur 10 Stück, zwei Tore werden zusammengelegt</li>
       <li>Scanner: 36 Stück statt 30, die Nachtschicht wird aufgestockt</li>
       <li>Servicevertrag ja, aber über 5 Jahre statt 3 &ndash; geht das zum gleichen Monatspreis?</li>
       <li>Lieferung bis spätestens Freitag, 19. Dezember, danach gilt bei uns bis 7. Januar die Änderungssperre</li>
     </ul>
     <p>Auftragsbestätigung bitte an die Mainfracht Air Handling GmbH, die Bestellnummer reiche ich nach.</p>
     <p>Telefonisch bin ich nur zwischen 14 und 15 Uhr erreichbar, sonst bitte per Mail.</p>
     <p>Mit freundlichen Grüßen<br>Anja Roth<br>Leitung Operations<br>Mainfracht Air Handling GmbH<br>069 555 8812</p>
     </body></html>""", "text/html")],
  kp=[("Kauf: 10 Etikettendrucker LT-800 à 1.340 € und 36 Handscanner HS-5 Freeze à 980 €",
       ["LT-800", "1.340 €", "HS-5", "980 €", "36 Stück"]),
      ("Servicevertrag 14 € je Gerät und Monat, gewünscht über 5 Jahre",
       ["14 €", "5 Jahre"]),
      ("Lieferung bis Freitag, 19. Dezember; Auftragsbestätigung an die Mainfracht Air Handling GmbH",
       ["19. Dezember", "Mainfracht Air Handling GmbH"])],
  mn=["62 €", "12 Etikettendrucker", "30 Handscanner", "069 555 8812"],
  slots=["ob der Servicevertrag über 5 Jahre zum gleichen Monatspreis möglich ist",
         "ob die Lieferung bis Freitag, 19. Dezember klappt"],
  meta=dict(shape="HTML-only", group="de", place="Frankfurt am Main (Hessen)", city="Frankfurt am Main", region="Hessen",
            kinds=["choice", "corr", "change1", "doc", "deadline", "time", "q"],
            notes="Kauf chosen over Miete, 12 -> 10 printers, 30 -> 36 scanners; 5-year service at the same price and delivery by Freitag, 19. Dezember are slots; AB an die GmbH; phone only 14-15 Uhr, otherwise by mail."))

# ---------------------------------------------------------------- 25 Linz, quoted thread (GMX)
tz = "Europe/Vienna"
C(25, "winter-arbeitskleidung-uebersiedlungen-linz", "Arbeitskleidung und PSA", "de",
  "2031-12-09 09:00", tz,
  ("Florian Leitner", "f.leitner@donautal-uebersiedlungen.example.at"),
  ("Claudia Eder", "claudia.eder@werkstoff-bekleidung.example.at", "Claudia Eder\nWerkstoff Berufsbekleidung\n0732 555 419"),
  [M("2031-11-27 09:15", "out", "Angebot Arbeitskleidung Donautal Übersiedlungen", """
     Sehr geehrter Herr Leitner,

     danke für Ihre Anfrage. Zwei Pakete pro Mitarbeiter:

     Paket Basis (Bundhose, 2 Poloshirts, Softshelljacke): 89 €
     Paket Winter (wie Basis, zusätzlich gefütterte Winterjacke und Thermo-Unterhemd): 142 €

     Logodruck 3,20 € pro Teil. Auf Wunsch Mietservice mit Wäsche: 4,60 € pro Woche und Mitarbeiter.

     Mit freundlichen Grüßen
     Claudia Eder
     Werkstoff Berufsbekleidung
     0732 555 419"""),
   M("2031-12-05 16:12", "in", "Re: Angebot Arbeitskleidung Donautal Übersiedlungen", """
     Grüß Gott Frau Eder,

     wir nehmen das Paket Winter für 26 Leute, Kauf, kein Mietservice.

     Frau Hofer aus der Disposition hat noch Fragen, siehe unten.

     Wichtig: die Jacken müssen vor dem 22. Dezember da sein, zwischen Weihnachten und Silvester haben wir die großen Büroübersiedlungen. Am Montag (8. Dezember) sind wir übrigens nicht im Büro, Feiertag.

     Mit freundlichen Grüßen
     Florian Leitner
     Geschäftsführer
     Donautal Übersiedlungen GmbH
     0664 555 2781

     Gesendet: Freitag, 05. Dezember 2031 um 11:40 Uhr
     Von: "Manuela Hofer" <m.hofer@donautal-uebersiedlungen.example.at>
     An: "Florian Leitner" <f.leitner@donautal-uebersiedlungen.example.at>
     Betreff: Re: Angebot Arbeitskleidung Donautal Übersiedlungen

     Florian, frag sie bitte noch:
     1) gibt's die Hosen auch in Übergrößen bis 64, ohne Aufpreis?
     2) sind die Winterjacken Warnschutz? Wir laden oft direkt an der Straße.
     3) Logo vorne und hinten - zählt das als 2 Teile beim Logodruck?
     lg Manuela

     Gesendet: Donnerstag, 27. November 2031 um 09:15 Uhr
     Von: "Claudia Eder" <claudia.eder@werkstoff-bekleidung.example.at>
     An: "Florian Leitner" <f.leitner@donautal-uebersiedlungen.example.at>
     Betreff: Angebot Arbeitskleidung Donautal Übersiedlungen

     Sehr geehrter Herr Leitner,

     danke für Ihre Anfrage. Zwei Pakete pro Mitarbeiter:

     Paket Basis (Bundhose, 2 Poloshirts, Softshelljacke): 89 €
     Paket Winter (wie Basis, zusätzlich gefütterte Winterjacke und Thermo-Unterhemd): 142 €

     Logodruck 3,20 € pro Teil. Auf Wunsch Mietservice mit Wäsche: 4,60 € pro Woche und Mitarbeiter.

     Mit freundlichen Grüßen
     Claudia Eder
     Werkstoff Berufsbekleidung
     0732 555 419""")],
  kp=[("Paket Winter zu 142 € für 26 Leute, Kauf",
       ["Paket Winter", "142 €", "26 Leute"]),
      ("Logodruck 3,20 € pro Teil",
       ["3,20 €"]),
      ("Lieferung vor dem 22. Dezember",
       ["22. Dezember"])],
  mn=["89 €", "4,60 €", "Paket Basis", "0664 555 2781", "lg Manuela"],
  slots=["ob es die Hosen in Übergrößen bis 64 ohne Aufpreis gibt",
         "ob die Winterjacken Warnschutz sind",
         "ob Logo vorne und hinten als 2 Teile zählt",
         "ob die Lieferung vor dem 22. Dezember möglich ist"],
  meta=dict(shape="quoted thread", group="de", place="Linz (Oberösterreich)", city="Linz", region="Oberösterreich",
            quote="GMX: 'Gesendet: Freitag, 05. Dezember 2031 um 11:40 Uhr / Von: / An: / Betreff:' (MEZ), not indented",
            kinds=["choice", "accept", "coll", "relay", "deadline", "q"],
            notes="Paket Winter chosen, Kauf, no Mietservice; Manuela Hofer's three questions (GMX-quoted) and delivery before the 22. Dezember are slots; Mariä Empfängnis (Monday 8 December, a holiday in Austria) as background, so now is Tuesday 9 December."))

# ---------------------------------------------------------------- 26 Basel, no draft (opt-out)
tz = "Europe/Zurich"
C(26, "schnelllauftore-rheinhafen-umschlag-basel-abmeldung", "Tore und Überladebrücken", "de",
  "2031-12-09 10:00", tz,
  ("Reto Schaub", "reto.schaub@rheinport-umschlag.example.ch"),
  ("Patrick Baumann", "patrick.baumann@torwerk-schweiz.example.ch", "Patrick Baumann\nTorwerk Schweiz AG\n061 555 27 40"),
  [M("2031-11-19 09:00", "out", "Schnelllauftore für Ihre Umschlaghalle", """
     Grüezi Herr Schaub

     Ich habe gesehen, dass Sie die Halle am Hafenbecken 2 erweitern. Unsere Schnelllauftore reduzieren Wärmeverluste um bis zu 40 % und öffnen in unter 2 Sekunden. Darf ich Ihnen unverbindlich ein Angebot machen?

     Freundliche Grüsse
     Patrick Baumann
     Torwerk Schweiz AG"""),
   M("2031-12-01 09:00", "out", "Re: Schnelllauftore für Ihre Umschlaghalle", """
     Grüezi Herr Schaub

     Ich erlaube mir, nochmals nachzufragen. Gerne komme ich für eine kurze Besichtigung vorbei, auch noch vor Weihnachten.

     Freundliche Grüsse
     Patrick Baumann"""),
   M("2031-12-08 07:45", "in", "AW: Re: Schnelllauftore für Ihre Umschlaghalle", """
     Herr Baumann

     Wir haben keinen Bedarf. Bitte nehmen Sie mich aus Ihrem Verteiler und schicken Sie mir keine weiteren Mails.

     R. Schaub""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="de", place="Basel (Basel-Stadt)", city="Basel", region="Basel-Stadt",
            kinds=["optout"],
            notes="opt-out: 'Bitte nehmen Sie mich aus Ihrem Verteiler und schicken Sie mir keine weiteren Mails.'"))

# ---------------------------------------------------------------- 27 Hamburg, notes plus mail
tz = "Europe/Berlin"
C(27, "verschieberegale-tiefkuehllager-hamburg", "Regalanlagen", "de",
  "2031-12-11 07:30", tz,
  ("Jana Petersen", "j.petersen@elbkuehl.example.de"),
  ("Dirk Hansen", "dirk.hansen@regalbau-nord.example.de", "Dirk Hansen\nRegalbau Nord GmbH\n040 555 6613"),
  [M("2031-10-29 10:00", "out", "Angebot Regalanlage Tiefkühlzelle 3", """
     Sehr geehrte Frau Petersen,

     anbei unser Angebot für die Tiefkühlzelle 3 (-24 °C):

     Variante A: Verschieberegalanlage, 1.680 Palettenplätze, 486.000 € netto
     Variante B: statisches Palettenregal, 1.120 Palettenplätze, 174.000 € netto

     Montagezeit ca. 4 Wochen, bei laufendem Betrieb in den Nachbarzellen.

     Mit freundlichen Grüßen
     Dirk Hansen
     Regalbau Nord GmbH
     040 555 6613"""),
   M("2031-11-03 13:25", "in", "AW: Angebot Regalanlage Tiefkühlzelle 3", """
     Moin Herr Hansen,

     wir tendieren klar zum Verschieberegal. Herr Albers aus der Technik fragt allerdings, ob dafür Schienen in den Boden gefräst werden müssen - in Zelle 3 liegt die Bodenheizung gegen Frosthebung, da darf nichts passieren.

     Montage ginge bei uns nur Januar/Februar, vorher ist Hochsaison.

     Gruß
     Jana Petersen
     Betriebsleitung Elbkühl Lagerhaus"""),
   N("2031-11-07 11:00", """
     Vor-Ort-Termin Elbkühl mit Fr. Petersen + Hr. Albers. Boden ok laut Statik-Check, Schienen werden aufgeklebt statt eingefräst -> Bodenheizung wird nicht berührt. Mit schmalerem Bediengang 1.720 Plätze möglich -> 494.500 € netto. Montage ab Mo 12.1.2032, 5 Wochen. Angebot Do. Intern: Stahlzuschlag ab 1.1. +4 %, also Auftrag vor Jahresende anstreben, aber nicht drohen."""),
   M("2031-11-13 09:30", "out", "Überarbeitetes Angebot Verschieberegal Zelle 3", """
     Sehr geehrte Frau Petersen,

     vielen Dank für den Termin am Freitag. Wie besprochen:

     - Verschieberegalanlage Zelle 3, 1.720 Palettenplätze, 494.500 € netto
     - Schienen aufgeklebt, nicht eingefräst - die Bodenheizung bleibt unberührt
     - Montage ab Montag, 12. Januar 2032, Dauer ca. 5 Wochen

     Das Angebot gilt bis Freitag, 19. Dezember 2031.

     Mit freundlichen Grüßen
     Dirk Hansen
     Regalbau Nord GmbH
     040 555 6613"""),
   M("2031-12-10 15:40", "in", "AW: Überarbeitetes Angebot Verschieberegal Zelle 3", """
     Moin Herr Hansen,

     die Geschäftsführung hat gestern freigegeben, der Auftrag liegt unterschrieben im Anhang.

     Zwei Punkte noch:
     1. Können Sie die Montage so legen, dass Zelle 3 an den Wochenenden wieder voll nutzbar ist? Samstags kommen die Frosterzüge.
     2. Für die jährliche Regalinspektion nach DIN EN 15635 brauchen wir eine Dokumentation - ist die erste Inspektion im Preis drin?

     Auftragsbestätigung bitte an die Elbkühl Lagerhaus GmbH & Co. KG.
     Telefonisch am besten morgens vor 8, da ist es hier noch ruhig.

     Gruß
     Jana Petersen""")],
  kp=[("Auftrag unterschrieben: Verschieberegalanlage mit 1.720 Palettenplätzen zu 494.500 € netto",
       ["1.720", "494.500 €"]),
      ("Schienen aufgeklebt, Montage ab Montag, 12. Januar, ca. 5 Wochen",
       ["12. Januar", "5 Wochen"]),
      ("Auftragsbestätigung an die Elbkühl Lagerhaus GmbH & Co. KG",
       ["Elbkühl Lagerhaus GmbH & Co. KG"])],
  mn=["486.000 €", "1.680", "174.000 €", "Stahlzuschlag", "nicht drohen", "Vor-Ort-Termin Elbkühl", "4 Wochen"],
  slots=["ob die Montage so geplant werden kann, dass Zelle 3 an den Wochenenden voll nutzbar ist",
         "ob die erste Regalinspektion nach DIN EN 15635 im Preis enthalten ist"],
  meta=dict(shape="notes plus mail", group="de", place="Hamburg (Hamburg)", city="Hamburg", region="Hamburg",
            kinds=["choice", "rev", "accept", "coll", "noteans", "kept", "doc", "time", "q"],
            notes="486.000 € for 1.680 places superseded by 494.500 € for 1.720 (note, then Angebot 'Do': kept, valid to Freitag, 19. Dezember); Bodenheizung answered in the note; signed; weekend use and the first DIN EN 15635 inspection are slots; Stahlzuschlag internal; phone before 8."))
