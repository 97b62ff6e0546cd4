from lib import C, N, I, O

CASES = []

# 21 Freiburg, Notizen zwischen Mails, fällig nach now
CASES.append(C(21, "pipettenkalibrierung-vor-ort-zellbiologie-freiburg", "Kalibrierung und Service", "de",
  "Europe/Berlin", "2035-02-13 10:00",
  ("Dr. Jana Wehrle", "jana.wehrle@sib-zellbio.example.org"),
  ("Stefan Rombach", "s.rombach@pipettenservice-sued.example.com", "Stefan Rombach\nPipettenservice Süd GmbH\n0761 555 2290"),
  [N("2034-12-13 15:00", "Besuch AG Zellbiologie, Schwarzwald-Institut für Biomedizin, bei Laborleiterin Dr. Jana Wehrle. 180 Pipetten, Kalibrierung nach DIN EN ISO 8655 vor Ort gewünscht. Richtpreis 14,50 € pro Pipette genannt. Angebot bis Montag."),
   O("2034-12-18 09:30", "Angebot Pipettenkalibrierung vor Ort", "Sehr geehrte Frau Dr. Wehrle,\n\nvielen Dank für das Gespräch in Ihrem Labor. Unser Angebot:\n\n- Kalibrierung von 180 Pipetten nach DIN EN ISO 8655 vor Ort, à 14,50 € = 2.610 €\n- Anfahrtspauschale 180 €\n\nDauer etwa zwei Tage, Kalibrierscheine inklusive, alle Preise zzgl. MwSt.\n\nMit freundlichen Grüßen\nStefan Rombach"),
   I("2035-02-01 14:10", "AW: Angebot Pipettenkalibrierung vor Ort", "Sehr geehrter Herr Rombach,\n\ninzwischen sind es 240 Pipetten, die AG Neurobiologie aus dem Nachbarflur schließt sich an. Meine Kollegin Frau Dr. Kessler möchte wissen, ob Mehrkanalpipetten extra kosten. Wichtig: Am 12. März haben wir ein Audit, bis dahin muss alles kalibriert sein.\n\nViele Grüße\nJana Wehrle\nLaborleitung AG Zellbiologie\n0761 555 8127"),
   N("2035-02-12 16:40", "Tel. Wehrle. 240 Pipetten à 13,20 € = 3.168 €, Mehrkanal ohne Aufpreis. Anfahrtspauschale entfällt. Termin vor Ort Mo 26.02. bis Mi 28.02. Auftragsbestätigung schicke ich Do. Techniker Meier eigentlich bis 23.02. im Urlaub, nicht erwähnen.")],
  kp=[("240 Pipetten à 13,20 € = 3.168 €, Mehrkanal ohne Aufpreis, keine Anfahrtspauschale", ["240 Pipetten", "13,20 €", "3.168 €"]),
      ("Termin vor Ort Montag 26.02. bis Mittwoch 28.02., vor dem Audit am 12. März", ["26.02.", "28.02."]),
      ("Auftragsbestätigung folgt am Donnerstag", ["Auftragsbestätigung"])],
  mn=["2.610 €", "14,50 €", "Tel. Wehrle", "im Urlaub", "nicht erwähnen", "0761 555 8127"],
  place="de: Baden-Württemberg (Freiburg im Breisgau)", shape="notes+mail",
  rules=[("Angebot bis Montag", "2034-12-13", "next", 0, "2034-12-18", "kept"),
         ("Auftragsbestätigung ... Do", "2035-02-12", "next", 3, "2035-02-15", "after"),
         ("Mo 26.02.", "2035-02-12", "explicit", None, "2035-02-26", "after")]))

# 22 Würzburg, nur Notizen (Neukunde)
CASES.append(C(22, "stickstoffgenerator-lcms-umweltlabor-wuerzburg-neukunde", "Gasversorgung", "de",
  "Europe/Berlin", "2035-02-14 11:00",
  ("Matthias Schuster", "m.schuster@mainlab-umwelt.example.com"),
  ("Claudia Engelhardt", "c.engelhardt@gastechnik-franken.example.net", "Claudia Engelhardt\nGastechnik Franken GmbH\n0931 555 6402"),
  [N("2034-12-15 14:20", "Erstgespräch mit Matthias Schuster, Betriebsleiter MainLab Umweltanalytik GmbH. 3 LC-MS-Systeme, Stickstoff bisher aus Flaschenbündeln, ständiger Wechselaufwand. Interesse an Stickstoffgenerator. Richtpreis Kauf 24.900 € genannt. Meldet sich nach den Feiertagen."),
   N("2035-02-12 10:15", "Telefonat Schuster. Im März kommt ein viertes LC-MS, daher größerer Generator: Kauf 29.400 € oder Miete 690 € pro Monat inkl. Wartung. Standortbegehung Di 20.02. um 9 Uhr im Labor. Offen: ob für den Generator ein 400-V-Anschluss nötig ist, Technik fragen. Schuster vergleicht mit einem Wettbewerber, nicht unter 28.000 gehen.")],
  kp=[("größerer Generator für 4 Geräte: Kauf 29.400 € oder Miete 690 € pro Monat inkl. Wartung", ["29.400 €", "690 €"]),
      ("Standortbegehung Dienstag 20.02. um 9 Uhr", ["20.02.", "9 Uhr"]),
      ("viertes LC-MS im März", ["viertes LC-MS"])],
  mn=["24.900 €", "Telefonat Schuster", "Wettbewerber", "nicht unter 28.000"],
  slots=["ob der Generator einen 400-V-Anschluss braucht"],
  place="de: Bayern, Unterfranken (Würzburg)", shape="notes-only",
  rules=[("Di 20.02.", "2035-02-12", "explicit", None, "2035-02-20", "after")]))

# 23 Kiel, zitierter Verlauf, Outlook (de)
CASES.append(C(23, "punktabsaugung-restaurierungswerkstatt-museum-kiel", "Laboreinrichtung und Absaugung", "de",
  "Europe/Berlin", "2035-02-15 14:00",
  ("Birte Claussen", "b.claussen@foerde-schifffahrtsmuseum.example.org"),
  ("Henrik Voss", "h.voss@airtech-labor.example.com", "Henrik Voss\nAirTech Laborsysteme\n040 555 71 30"),
  [I("2035-02-14 16:20", "AW: Absauganlage Restaurierungswerkstatt",
     "Sehr geehrter Herr Voss,\n\nnach der Haushaltsfreigabe können wir bestellen, allerdings brauchen wir sechs Absaugarme statt vier, weil die Papierrestaurierung in denselben Raum zieht. Frau Hinrichs aus der Gemälderestaurierung fragt, ob das Filtergerät auch mit Aktivkohle für Lösemitteldämpfe ausgestattet werden kann. Der Einbau muss in unseren Schließtagen vom 19.–23. März erfolgen, sonst erst im Herbst.\n\nZum Brandschutz hatten Sie mir eine Antwort bis Anfang Januar zugesagt, die steht noch aus.\n\nMit freundlichen Grüßen\nBirte Claussen\nLeitung Restaurierung\nFörde-Schifffahrtsmuseum\nTel. 0431 555 9084\n\nVon: Henrik Voss <h.voss@airtech-labor.example.com>\nGesendet: Mittwoch, 20. Dezember 2034 15:40\nAn: Birte Claussen <b.claussen@foerde-schifffahrtsmuseum.example.org>\nBetreff: AW: Absauganlage Restaurierungswerkstatt\n\nSehr geehrte Frau Claussen,\n\ndanke für den Rundgang durch die Werkstatt. Unser Angebot: 4 Absaugarme à 1.890 € und ein zentrales Filtergerät für 6.400 €, Montage inklusive, zzgl. MwSt.\n\nOb die Leitungsführung durch die Brandschutzwand genehmigungsfähig ist, kläre ich mit unserem Sachverständigen und melde mich bis Anfang Januar.\n\nFreundliche Grüße\nHenrik Voss\n\nVon: Birte Claussen\nGesendet: Montag, 11. Dezember 2034 10:12\nAn: Henrik Voss\nBetreff: Absauganlage Restaurierungswerkstatt\n\nGuten Tag Herr Voss,\nfür unsere Restaurierungswerkstatt suchen wir eine Punktabsaugung für vier Arbeitsplätze. Können Sie uns ein Angebot machen?\nBirte Claussen")],
  kp=[("jetzt sechs Absaugarme, Preis je Arm bisher 1.890 €", ["sechs Absaugarme", "1.890 €"]),
      ("zentrales Filtergerät 6.400 €, Montage inklusive", ["6.400 €"]),
      ("Einbau in den Schließtagen 19.–23. März", ["19.–23. März"])],
  mn=["Tel. 0431 555 9084", "4 Absaugarme"],
  slots=["ob die Leitungsführung durch die Brandschutzwand genehmigungsfähig ist (bis Anfang Januar zugesagt)",
         "ob das Filtergerät mit Aktivkohle für Lösemitteldämpfe ausgestattet werden kann",
         "Gesamtpreis für sechs Arme"],
  place="de: Schleswig-Holstein (Kiel)", shape="quoted (Outlook)",
  rules=[("bis Anfang Januar", "2034-12-20", "explicit", None, "2035-01-05", "late"),
         ("19.–23. März", "2035-02-14", "explicit", None, "2035-03-19", "after")]))

# 24 Innsbruck, HTML-Kundin
CASES.append(C(24, "gefahrstoff-biostoff-unterweisung-klinikum-labor-innsbruck", "Sicherheitsschulung", "de",
  "Europe/Vienna", "2035-02-14 09:00",
  ("Mag. Verena Hofer", "verena.hofer@klinlabor-inntal.example.org"),
  ("Florian Gasser", "f.gasser@sicherlabor-schulung.example.com", "Florian Gasser\nSicherLabor Schulungen\n0512 555 304"),
  [I("2034-12-12 11:30", "Anfrage Sicherheitsunterweisung Labor",
     "<html><body><p>Sehr geehrter Herr Gasser,</p><p>für unser Zentrallabor suchen wir eine jährliche Unterweisung für rund 60 Mitarbeitende. Themen:</p><ul><li>Biostoffe der Schutzstufe 2</li><li>Gefahrstoffe und Betriebsanweisungen</li><li>Verhalten bei Verschüttungen</li></ul><p>Bitte um ein Angebot.</p><p>Mit freundlichen Grüßen<br>Mag. Verena Hofer<br>Qualitätsmanagement Zentrallabor<br>0512 555 7715</p></body></html>", html=True),
   O("2034-12-15 10:00", "AW: Anfrage Sicherheitsunterweisung Labor",
     "Sehr geehrte Frau Mag. Hofer,\n\nwir schlagen drei Präsenztermine zu je 20 Personen vor, à 2.150 € pro Termin, plus ein Online-Modul zur Wiederholung um 19 € pro Person. Teilnahmebestätigungen sind enthalten.\n\nMit freundlichen Grüßen\nFlorian Gasser"),
   I("2035-02-13 15:20", "AW: Anfrage Sicherheitsunterweisung Labor",
     "<html><body><p>Sehr geehrter Herr Gasser,</p><p>die Leitung ist einverstanden. Die Schulungen müssen vor der behördlichen Begehung am 9. April abgeschlossen sein. Offen sind für uns noch:</p><ol><li>Ist ein Termin an einem Samstag möglich, damit der Routinebetrieb weiterläuft?</li><li>Herr Dr. Pichler fragt, ob Ihre Bestätigung für unsere Akkreditierung nach ISO 15189 anerkannt wird.</li><li>Was kostet es, wenn wir zusätzlich 15 Personen aus dem Nachtdienst nur online schulen?</li></ol><p>Danke und beste Grüße<br>Verena Hofer</p></body></html>", html=True)],
  kp=[("drei Präsenztermine à 2.150 €", ["2.150 €"]),
      ("Online-Modul 19 € pro Person, Teilnahmebestätigungen enthalten", ["19 €"]),
      ("Schulungen vor der Begehung am 9. April abgeschlossen", ["9. April"])],
  mn=["0512 555 7715"],
  slots=["ob ein Termin an einem Samstag möglich ist",
         "ob die Bestätigung für die Akkreditierung nach ISO 15189 anerkannt wird",
         "Preis für zusätzlich 15 Personen nur online"],
  place="de: Tirol (Innsbruck)", shape="html",
  rules=[("9. April", "2035-02-13", "explicit", None, "2035-04-09", "after")]))

# 25 Jena, Abmeldung, kein Entwurf
CASES.append(C(25, "laborabfall-entsorgung-biotech-startup-jena-abmeldung", "Entsorgung", "de",
  "Europe/Berlin", "2035-02-15 10:30",
  ("Dr. Konrad Weiß", "k.weiss@saaletal-bio.example.com"),
  ("Anja Lorenz", "a.lorenz@thueringer-laborentsorgung.example.net", "Anja Lorenz\nThüringer Laborentsorgung\n03641 555 280"),
  [O("2034-12-14 13:00", "Angebot Entsorgung Laborabfälle", "Sehr geehrter Herr Dr. Weiß,\n\nwie besprochen: Abholung Ihrer Laborabfälle alle zwei Wochen, 145 € je Abholung, Lösemittelkanister 38 € je Stück, Nachweise inklusive.\n\nViele Grüße\nAnja Lorenz"),
   O("2035-02-08 09:00", "Nachfrage Angebot Entsorgung", "Sehr geehrter Herr Dr. Weiß,\n\nich wollte nachfragen, ob Sie unser Angebot vom Dezember schon prüfen konnten. Gern rufe ich Sie dazu an.\n\nViele Grüße\nAnja Lorenz"),
   I("2035-02-14 17:05", "AW: Nachfrage Angebot Entsorgung", "Sehr geehrte Frau Lorenz,\n\nwir haben inzwischen einen Rahmenvertrag mit einem anderen Entsorger unterschrieben. Bitte löschen Sie meine Adresse aus Ihrer Kundenkartei; ich möchte von Ihrer Firma weder Mails noch Anrufe mehr bekommen.\n\nK. Weiß")],
  draft=False, place="de: Thüringen (Jena)", shape="no-draft: optout"))

# 26 St. Gallen, Notizen zwischen Mails, fällig nach now
CASES.append(C(26, "digitalmikroskop-faseranalyse-textilpruefstelle-st-gallen", "Mikroskope", "de",
  "Europe/Zurich", "2035-02-14 10:00",
  ("Reto Keller", "reto.keller@tps-ostschweiz.example.com"),
  ("Nadine Frei", "nadine.frei@optoswiss-labor.example.net", "Nadine Frei\nOptoSwiss Labortechnik AG\n071 555 23 41"),
  [N("2034-12-12 16:00", "Besuch Textilprüfstelle Ostschweiz AG, Laborleiter Reto Keller. Wünscht 2 Digitalmikroskope mit 3D-Messung für die Faseranalyse. Richtpreis CHF 38'500 pro Gerät genannt. Offerte bis Freitag."),
   O("2034-12-15 15:10", "Offerte Digitalmikroskope", "Grüezi Herr Keller\n\nBesten Dank für den Empfang im Labor. Gerne offerieren wir:\n\n2 Digitalmikroskope mit 3D-Messung, je CHF 38'500, total CHF 77'000, inklusive Installation und halbtägiger Schulung.\n\nFreundliche Grüsse\nNadine Frei"),
   I("2035-02-07 08:30", "AW: Offerte Digitalmikroskope", "Grüezi Frau Frei\n\nWir brauchen nun doch nur ein Gerät, dafür mit Polarisationsmodul. Frau Brunner von der Qualitätssicherung fragt, ob die Software Prüfberichte als PDF mit den Messwerten ausgeben kann. Ab dem 5. März läuft bei uns ein Ringversuch, bis dahin sollte das Gerät stehen.\n\nFreundliche Grüsse\nReto Keller\nLeiter Labor\n071 555 86 17"),
   N("2035-02-12 14:30", "Tel. Keller. 1 Gerät CHF 39'900 inkl. Polarisationsmodul. PDF-Prüfbericht mit Messwerten: ja, im Standard. Lieferung und Installation Do 1. März. Offerte schicke ich Fr. Polmodul kommt aus dem Demo-Bestand, Kratzer am Gehäuse, nicht erwähnen.")],
  kp=[("1 Gerät mit Polarisationsmodul CHF 39'900", ["39'900", "Polarisationsmodul"]),
      ("PDF-Prüfbericht mit Messwerten im Standard enthalten", ["PDF"]),
      ("Lieferung und Installation Donnerstag 1. März, vor dem Ringversuch; Offerte folgt Freitag", ["1. März", "Offerte"])],
  mn=["77'000", "38'500", "Demo-Bestand", "Kratzer", "Tel. Keller", "071 555 86 17"],
  place="de: Kanton St. Gallen (St. Gallen)", shape="notes+mail",
  rules=[("Offerte bis Freitag", "2034-12-12", "next", 4, "2034-12-15", "kept"),
         ("Offerte schicke ich Fr", "2035-02-12", "next", 4, "2035-02-16", "after"),
         ("Do 1. März", "2035-02-12", "explicit", None, "2035-03-01", "after")]))

# 27 Hamburg, zitierter Verlauf, Thunderbird (de)
CASES.append(C(27, "filterspitzen-rahmenvertrag-biotech-startup-hamburg", "Pipetten und Verbrauchsmaterial", "de",
  "Europe/Berlin", "2035-02-13 16:00",
  ("Dr. Lea Brandt", "lea.brandt@elbgen-therapeutics.example.com"),
  ("Jörg Adler", "j.adler@nordlab-versand.example.net", "Jörg Adler\nNordLab Versand GmbH\n040 555 18 62"),
  [I("2035-02-12 12:40", "Re: Rahmenvertrag Filterspitzen",
     "Hallo Herr Adler,\n\nwir sind jetzt sicher: 120 Kartons Filterspitzen pro Quartal statt 80, weil das zweite Team im März anfängt. Meine Kollegin Dr. Reimers fragt, ob Sie auch Zellkulturflaschen T75 im Programm haben. Am 1. März ziehen wir ins neue Labor, die erste Lieferung muss bis 28.02. da sein.\n\nUnd die Frage mit RNase-frei ist noch offen, da wollten Sie vor Weihnachten beim Hersteller nachhaken.\n\nViele Grüße\nLea Brandt\nHead of Lab Operations, ElbGen Therapeutics\nMobil 0160 555 3318\n\nAm 19.12.2034 um 14:05 schrieb Jörg Adler:\n> Hallo Frau Dr. Brandt,\n>\n> danke für Ihre Anfrage. Für 80 Kartons Filterspitzen pro Quartal\n> (10-1000 µl, gestapelt) bieten wir 41,80 € je Karton, frei Haus,\n> Laufzeit 12 Monate.\n>\n> Ob die Spitzen als RNase-frei zertifiziert lieferbar sind, kläre ich\n> mit dem Hersteller und melde mich vor Weihnachten.\n>\n> Beste Grüße\n> Jörg Adler\n>\n> Am 15.12.2034 um 09:48 schrieb Lea Brandt:\n>> Guten Tag,\n>> wir suchen einen Rahmenvertrag für Filterspitzen, etwa 80 Kartons\n>> pro Quartal. Können Sie uns ein Angebot schicken?\n>> Lea Brandt")],
  kp=[("jetzt 120 Kartons Filterspitzen pro Quartal", ["120 Kartons"]),
      ("41,80 € je Karton frei Haus, Laufzeit 12 Monate", ["41,80 €"]),
      ("erste Lieferung bis 28.02., Umzug ins neue Labor am 1. März", ["28.02.", "1. März"])],
  mn=["Mobil 0160 555 3318", "80 Kartons"],
  slots=["ob die Spitzen als RNase-frei zertifiziert lieferbar sind (vor Weihnachten zugesagt)",
         "ob T75-Zellkulturflaschen im Programm sind",
         "ob der Preis je Karton bei 120 Kartons gleich bleibt"],
  place="de: Hamburg (Hamburg)", shape="quoted (Thunderbird)",
  rules=[("vor Weihnachten", "2034-12-19", "explicit", None, "2034-12-24", "late"),
         ("bis 28.02.", "2035-02-12", "explicit", None, "2035-02-28", "after")]))
