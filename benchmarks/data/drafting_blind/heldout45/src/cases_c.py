from lib import M, N, C, q

CASES = []

# 21 Dresden Wärmepumpen Wohnungsgenossenschaft, notes+mail
CASES.append(C(n=21, slug="waermepumpen-kaskade-wohnungsgenossenschaft-dresden", domain="Wärmepumpen", lang="de",
  tz="Europe/Berlin", now="2034-11-13 10:00", shape="notes+mail", colleague="Frau Lindner", place="de: Sachsen (Dresden)",
  cust=("Ralf Kühnel", "r.kuehnel@wg-elbblick.example.de".replace(".de", ".org")),
  rep=("Katrin Seidel", "k.seidel@saxotherm.example.com", "Katrin Seidel\nSaxoTherm Wärmesysteme GmbH\nVertrieb Wohnungswirtschaft\n0351 555 48 20"),
  src=[
   M("2034-10-17 09:40", "inbound", "Anfrage Wärmepumpen Striesen",
     "Sehr geehrte Frau Seidel,\n\nunsere Genossenschaft möchte in zwei Mehrfamilienhäusern (je 18 Wohnungen, Baujahr 1962, saniert 1998) die Gaskessel durch Luft-Wasser-Wärmepumpen ersetzen. Können Sie sich die Heizzentralen ansehen und ein Angebot machen?\n\nMit freundlichen Grüßen\nRalf Kühnel\nTechnischer Vorstand\nWohnungsgenossenschaft Elbblick eG\nTel. 0351 555 19 07"),
   N("2034-10-20 13:15", "Begehung Striesen mit Hr. Kühnel. Je Haus Kaskade 2x 30 kW, Aufstellung im Hof, Abstand zum Nachbarhaus nur ca. 4 m. Angebot bis Ende Oktober zugesagt. Frau Lindner (Buchhaltung) fragt nach Ratenzahlung - klären."),
   M("2034-10-30 16:05", "outbound", "Angebot Wärmepumpen Elbblick eG",
     "Sehr geehrter Herr Kühnel,\n\nwie besprochen erhalten Sie unser Angebot: zwei Wärmepumpen-Kaskaden (je 2 x 30 kW) inkl. Hydraulik, Pufferspeicher, Demontage der Gaskessel und Inbetriebnahme für beide Häuser zu 186.400 € netto.\n\nMit freundlichen Grüßen\nKatrin Seidel"),
   M("2034-11-08 11:30", "inbound", "AW: Angebot Wärmepumpen Elbblick eG",
     "Sehr geehrte Frau Seidel,\n\nder Vorstand hat das Angebot beraten. Größte Sorge ist der Lärm für die Nachbarn im Hof, der Abstand ist sehr gering. Ist ein Schallgutachten enthalten? Das Angebot muss am 28. November in den Aufsichtsrat, die Unterlagen gehen eine Woche vorher raus.\n\nMit freundlichen Grüßen\nR. Kühnel"),
   N("2034-11-10 14:50", "Tel. Hr. Kühnel: Schallgutachten machen wir (im Preis), plus Schallschutzhaube je Kaskade, Aufpreis 6.200 €. Neues Angebot 192.600 € netto. Ortstermin mit Schallgutachter Di 21.11. 9 Uhr (nicht Mi 22.11., Buß- und Bettag). Ratenzahlung: Bank hat noch nicht geantwortet. Neues Angebot bis Do 16.11. an ihn."),
  ],
  kp=[("neues Angebot 192.600 € netto mit Schallschutzhauben und Schallgutachten", ["192.600 €", "Schallgutachten"]),
      ("Ortstermin mit dem Schallgutachter Di 21.11. um 9 Uhr", ["21.11.", "9 Uhr"]),
      ("neues Angebot bis Do 16.11. für die Aufsichtsratssitzung am 28. November", ["16.11.", "28. November"])],
  mn=["186.400 €", "Bank hat noch nicht", "0351 555 19 07", "Tel. Hr."],
  slots=["ob eine Ratenzahlung möglich ist (Frage von Frau Lindner)"],
  dates=["Notiz Freitag 20. Oktober 'bis Ende Oktober' = Dienstag 31. Oktober: eingehalten (Mail vom 30. Oktober)",
         "Notiz Freitag 10. November 'Do 16.11.' = Donnerstag 16. November, nach now (Montag 13. November)",
         "'Di 21.11.' = Dienstag 21. November; 'Mi 22.11.' = Buß- und Bettag, Feiertag in Sachsen",
         "Kundenmail 8. November 'eine Woche vorher' = um den 21. November"]))

# 22 Köln Container Galabau, notes-only Neukunde
CASES.append(C(n=22, slug="mannschaftscontainer-winterdienst-galabau-koeln-neukunde", domain="Baustellencontainer und WC", lang="de",
  tz="Europe/Berlin", now="2034-11-14 11:00", shape="notes-only", place="de: Nordrhein-Westfalen (Köln)",
  cust=("Birgit Hennes", "b.hennes@hennes-galabau.example.de".replace(".de", ".com")),
  rep=("Dirk Ohlendorf", "d.ohlendorf@rheincontainer.example.com", "Dirk Ohlendorf\nRheinContainer Mietservice GmbH\n0221 555 73 40"),
  src=[
   N("2034-11-06 15:30", "Erstkontakt Frau Birgit Hennes, Inhaberin Hennes Garten- und Landschaftsbau GmbH, Porz, 22 MA. Machen ab Dezember Winterdienst für zwei Gewerbeparks, brauchen Stützpunkt: 2 Mannschaftscontainer + 1 WC-Kabine, Dez bis Ende März. Preis grob genannt: ca. 890 €/Monat. Angebot folgt, Mail b.hennes@hennes-galabau.example.com"),
   N("2034-11-13 10:20", "Frau Hennes zurückgerufen: doch 3 Container (einer als Streusalzlager), WC-Kabine muss beheizt sein wegen Frost. Neuer Preis 1.140 €/Monat inkl. Heizung. Aufstellung Fr 1.12. ab 7 Uhr, Kranwagen braucht Zufahrt mind. 3,5 m breit - sie prüft das Tor. Fragt, ob ein 400-V-Anschluss nötig ist, mit Technik klären. Angebot raus Mi."),
  ],
  kp=[("3 Container und beheizte WC-Kabine für 1.140 €/Monat, Dezember bis Ende März", ["1.140 €", "3 Container"]),
      ("Aufstellung Fr 1.12. ab 7 Uhr; Zufahrt für den Kranwagen mindestens 3,5 m breit", ["1.12.", "7 Uhr", "3,5 m"]),
      ("Angebot folgt", ["Angebot"])],
  mn=["890 €", "2 Mannschaftscontainer", "Erstkontakt", "zurückgerufen"],
  slots=["ob ein 400-V-Anschluss nötig ist"],
  dates=["Notiz Montag 13. November 'Angebot raus Mi' = Mittwoch 15. November, einen Tag nach now (Dienstag 14. November)",
         "'Fr 1.12.' = Freitag 1. Dezember; der 11.11. (Sessionsbeginn Karneval) war ein Samstag"]))

# 23 Hamburg Betriebshaftpflicht, quoted Outlook de
o1 = ("Guten Tag Herr Jessen,\n\nunsere Betriebshaftpflicht läuft zum 31.12. aus und der bisherige Versicherer will 40 % mehr. Wir sind ein Elektrobetrieb mit 14 Mitarbeitern, Umsatz ca. 2,1 Mio. €, Schwerpunkt Gewerbe und neuerdings auch PV-Anlagen.\n\n"
      "Können Sie uns ein Angebot machen?\n\nMit freundlichen Grüßen\nAnke Claussen\nElektro Claussen GmbH\nBuchhaltung / Verwaltung\n040 555 63 21")
o2 = ("Sehr geehrte Frau Claussen,\n\nvielen Dank für die Unterlagen. Unser Angebot für die Betriebshaftpflicht: Deckungssumme 5 Mio. € pauschal, Selbstbehalt 500 €, Mietsachschäden und Bearbeitungsschäden eingeschlossen. Jahresbeitrag 4.380 € zzgl. Versicherungsteuer.\n\n"
      "Ob die Montage von PV-Anlagen auf Dächern ohne Zuschlag mitversichert werden kann, prüfe ich noch mit unserem Underwriting.\n\nMit freundlichen Grüßen\nHauke Jessen\nNordmark Assekuranz Makler GmbH\n040 555 81 90")
CASES.append(C(n=23, slug="betriebshaftpflicht-elektrobetrieb-hamburg", domain="Versicherungen für Handwerksbetriebe", lang="de",
  tz="Europe/Berlin", now="2034-11-15 14:00", shape="quoted", client="Outlook (de)", colleague="Herr Petersen", place="de: Hamburg (Hamburg)",
  cust=("Anke Claussen", "a.claussen@elektro-claussen.example.net"),
  rep=("Hauke Jessen", "h.jessen@nordmark-assekuranz.example.com", "Hauke Jessen\nNordmark Assekuranz Makler GmbH\n040 555 81 90"),
  src=[
   M("2034-10-30 10:10", "inbound", "Angebot Betriebshaftpflicht", o1),
   M("2034-11-02 15:45", "outbound", "AW: Angebot Betriebshaftpflicht", o2),
   M("2034-11-15 09:40", "inbound", "AW: AW: Angebot Betriebshaftpflicht",
     "Hallo Herr Jessen,\n\ndanke, das sieht gut aus. Unser Prokurist Herr Petersen möchte lieber 1.000 € Selbstbehalt - was kostet es dann im Jahr? Und zur PV-Montage: Sie wollten noch prüfen, da haben wir nichts mehr gehört, das ist für uns aber wichtig.\n\n"
     "Wir brauchen die Police auf jeden Fall vor Jahresende, Beginn 1.1.2035.\n\nGruß\nAnke Claussen\n\n"
     "Von: Hauke Jessen <h.jessen@nordmark-assekuranz.example.com>\nGesendet: Donnerstag, 2. November 2034 15:45\nAn: Anke Claussen <a.claussen@elektro-claussen.example.net>\nBetreff: AW: Angebot Betriebshaftpflicht\n\n" + o2 +
     "\n\nVon: Anke Claussen <a.claussen@elektro-claussen.example.net>\nGesendet: Montag, 30. Oktober 2034 10:10\nAn: Hauke Jessen <h.jessen@nordmark-assekuranz.example.com>\nBetreff: Angebot Betriebshaftpflicht\n\n" + o1),
  ],
  kp=[("Deckung 5 Mio. € pauschal, Mietsach- und Bearbeitungsschäden eingeschlossen; bisher 4.380 € bei 500 € Selbstbehalt", ["5 Mio. €", "4.380 €"]),
      ("Police vor Jahresende, Beginn 1.1.2035", ["1.1.2035"]),
      ("Prüfung der PV-Montage steht noch aus", ["PV"])],
  mn=["40 %", "040 555 63 21", "Underwriting"],
  slots=["der Jahresbeitrag mit 1.000 € Selbstbehalt", "ob die PV-Montage ohne Zuschlag mitversichert ist"],
  dates=["Kundenmail Mittwoch 15. November 'vor Jahresende' = bis 31. Dezember; 'Beginn 1.1.2035' = Montag 1. Januar 2035"]))

# 24 Graz Fenster Hausverwaltung, html
CASES.append(C(n=24, slug="holzfenster-altbau-hausverwaltung-graz", domain="Fenster", lang="de",
  tz="Europe/Vienna", now="2034-11-13 09:00", shape="html", colleague="Dr. Wallner", place="de: Steiermark (Graz)",
  cust=("Mag. Sabine Pichler", "pichler@murtal-hausverwaltung.example.at".replace(".at", ".com")),
  rep=("Florian Gruber", "f.gruber@fensterbau-kainach.example.com", "Florian Gruber\nFensterbau Kainach GmbH\n03142 555 310"),
  src=[
   M("2034-10-12 08:50", "inbound", "Fenstertausch Annenstraße",
     "<html><body><p>Sehr geehrter Herr Gruber,</p><p>für ein Gründerzeithaus (Baujahr 1905) in unserer Verwaltung bitten wir um ein Angebot:</p><ul><li>Tausch von 36 Kastenfenstern</li><li>gute Wärmedämmung, aber optisch passend zum Altbau</li><li>Montage möglichst im bewohnten Zustand</li></ul><p>Mit freundlichen Grüßen<br>Mag. Sabine Pichler<br>Murtal Hausverwaltung GmbH<br>0316 555 728</p></body></html>", html=True),
   M("2034-10-18 14:20", "outbound", "AW: Fenstertausch Annenstraße",
     "Sehr geehrte Frau Mag. Pichler,\n\nfür 36 Holz-Alu-Fenster mit Dreifachverglasung inkl. Demontage, Montage und Entsorgung bieten wir 68.400 € exkl. USt. an. Montagezeit ca. 3 Wochen, jeweils ein Fenster pro Wohnung und Tag.\n\nFreundliche Grüße\nFlorian Gruber"),
   M("2034-10-27 10:00", "inbound", "AW: Fenstertausch Annenstraße",
     "<html><body><p>Sehr geehrter Herr Gruber,</p><p>nach der Eigentümerversammlung:</p><ul><li>getauscht werden nur die 20 Fenster zur Straßenseite</li><li>das Bundesdenkmalamt verlangt außen Holz mit Sprossen, kein Alu</li></ul><p>Bitte um neues Angebot.</p><p>Mit freundlichen Grüßen<br>S. Pichler</p></body></html>", html=True),
   M("2034-11-03 11:30", "outbound", "AW: Fenstertausch Annenstraße",
     "Sehr geehrte Frau Mag. Pichler,\n\nneues Angebot: 20 Holzfenster mit glasteilenden Sprossen, Dreifachverglasung, Ausführung nach Vorgabe Denkmalamt: 41.200 € exkl. USt. inkl. Montage und Entsorgung. Montage auch im Winter möglich.\n\nFreundliche Grüße\nFlorian Gruber"),
   M("2034-11-10 15:15", "inbound", "AW: Fenstertausch Annenstraße",
     "<html><body><p>Sehr geehrter Herr Gruber,</p><p>die Eigentümer haben zugestimmt. Für den Auftrag:</p><ol><li>Auftragsbestätigung bitte an Eigentümergemeinschaft Annenstraße 41, z. H. Murtal Hausverwaltung</li><li>Montage nicht vor dem 8. Jänner</li><li>die Mieter müssen zwei Wochen vorher schriftlich informiert werden &ndash; wer macht das?</li></ol><p>Der Eigentümervertreter Dr. Wallner fragt außerdem, wie lange die Garantie auf Fenster und Beschläge ist, und was bei starkem Frost mit der Montage passiert.</p><p>Mit freundlichen Grüßen<br>Mag. Sabine Pichler</p></body></html>", html=True),
  ],
  kp=[("20 Holzfenster mit Sprossen für 41.200 € exkl. USt.", ["41.200 €", "20 Holzfenster"]),
      ("Auftragsbestätigung an Eigentümergemeinschaft Annenstraße 41", ["Eigentümergemeinschaft Annenstraße 41"]),
      ("Montage nicht vor dem 8. Jänner", ["8. Jänner"])],
  mn=["68.400 €", "36 Holz-Alu-Fenster", "0316 555 728"],
  slots=["wer die Mieter zwei Wochen vorher schriftlich informiert", "Garantie auf Fenster und Beschläge", "was bei starkem Frost mit der Montage passiert"],
  dates=["Kundenmail Freitag 10. November 'nicht vor dem 8. Jänner' = ab Montag 8. Jänner 2035; Mieterinformation zwei Wochen vorher = spätestens Montag 25. Dezember, praktisch vor Weihnachten"]))

# 25 Rostock Baustoffhandel, optout
CASES.append(C(n=25, slug="baustoffe-rahmenvertrag-bauunternehmen-rostock-abmeldung", domain="Baustoffhandel", lang="de",
  tz="Europe/Berlin", now="2034-11-15 10:30", shape="no-draft: optout", place="de: Mecklenburg-Vorpommern (Rostock)", draft=False,
  cust=("Heiko Brandt", "h.brandt@warnow-bau.example.net"),
  rep=("Jana Voß", "j.voss@ostsee-baustoffe.example.com", "Jana Voß\nOstsee Baustoffe KG\n0381 555 90 12"),
  src=[
   M("2034-10-25 08:30", "outbound", "Rahmenvertrag Baustoffe 2035",
     "Guten Tag Herr Brandt,\n\nwie am Telefon angekündigt, anbei unser Vorschlag für einen Rahmenvertrag 2035: feste Preise für Kalksandstein, Zement und Dämmstoffe, Lieferung innerhalb 48 Stunden im Umkreis von 60 km.\n\nViele Grüße\nJana Voß"),
   M("2034-11-07 14:40", "outbound", "Rahmenvertrag Baustoffe 2035 - Nachfrage",
     "Guten Tag Herr Brandt,\n\nich wollte kurz nachfragen, ob Sie sich unseren Vorschlag schon ansehen konnten. Gern komme ich auch persönlich vorbei.\n\nViele Grüße\nJana Voß"),
   M("2034-11-08 07:15", "inbound", "AW: Rahmenvertrag Baustoffe 2035 - Nachfrage",
     "Frau Voß,\n\nwir beziehen seit Jahren bei unserem Händler vor Ort und wollen das nicht ändern. Ich möchte keine weiteren Angebote von Ihnen bekommen. Streichen Sie bitte unsere Firma und meinen Namen aus Ihrem Verteiler und rufen Sie hier auch nicht mehr an.\n\nH. Brandt\nWarnow Bau GmbH"),
  ],
  quote="Ich möchte keine weiteren Angebote von Ihnen bekommen. Streichen Sie bitte unsere Firma und meinen Namen aus Ihrem Verteiler und rufen Sie hier auch nicht mehr an.",
  dates=["keine relativen Daten; Abmeldung vom Mittwoch 8. November"]))

# 26 Luzern Absturzsicherung Dachdecker, notes+mail
CASES.append(C(n=26, slug="absturzsicherung-kurs-auffanggurte-dachdecker-luzern", domain="Arbeitssicherheit und PSA", lang="de",
  tz="Europe/Zurich", now="2034-11-15 10:00", shape="notes+mail", colleague="Frau Imhof", place="de: Kanton Luzern (Luzern)",
  cust=("Urs Bühlmann", "u.buehlmann@buehlmann-bedachungen.example.com"),
  rep=("Corinne Steiner", "c.steiner@alpsafe.example.com", "Corinne Steiner\nAlpSafe Schulungen AG\n041 555 28 60"),
  src=[
   M("2034-10-16 07:40", "inbound", "Kurs Absturzsicherung",
     "Grüezi Frau Steiner\n\nWir sind eine Dachdeckerei mit 18 Mitarbeitenden und müssen die Schulung für Absturzsicherung auffrischen, die SUVA war letzthin auf der Baustelle. Dazu bräuchten wir neue Auffanggurte, die alten sind über 8 Jahre alt.\n\nFreundliche Grüsse\nUrs Bühlmann\nBühlmann Bedachungen AG\n079 555 61 44"),
   N("2034-10-19 11:00", "Telefon mit Hr. Bühlmann: 2 Kurstage à 9 Personen im Dezember, 18 Gurte Grösse gemischt (Liste kommt). Offerte bis Fr 20.10."),
   M("2034-10-20 16:30", "outbound", "Offerte Absturzsicherung Bühlmann Bedachungen",
     "Guten Tag Herr Bühlmann\n\nBesten Dank für das Gespräch. Unsere Offerte: 2 Kurstage Absturzsicherung für je 9 Personen bei Ihnen im Betrieb inkl. Übungen am Dach, dazu 18 Auffanggurte mit Verbindungsmittel: total CHF 7'860 exkl. MWST.\n\nFreundliche Grüsse\nCorinne Steiner"),
   M("2034-11-08 18:10", "inbound", "AW: Offerte Absturzsicherung Bühlmann Bedachungen",
     "Guten Abend Frau Steiner\n\nIm Dezember geht es nicht, wir haben wegen dem nassen Herbst noch zu viele Dächer offen. Können wir den Kurs im Januar machen? Die Gurte möchten wir aber schon vorher. Frau Imhof vom Personal fragt, ob eine Gruppe auf Italienisch geschult werden kann, wir haben drei Tessiner im Team.\n\nGruss Urs Bühlmann"),
   N("2034-11-13 13:45", "Telefon Hr. Bühlmann: Kurs Di 16. + Mi 17. Januar 2035, Gruppe 2 auf Italienisch (Kursleiter Bernasconi noch nicht fix bestätigt). Preis bleibt CHF 7'860. Gurte Lieferung Do 7.12., Fr 8.12. ist Feiertag. Auftragsbestätigung bis Di schicken."),
  ],
  kp=[("Preis bleibt CHF 7'860 exkl. MWST für 2 Kurstage und 18 Auffanggurte", ["CHF 7'860", "18 Auffanggurte"]),
      ("Kurs Di 16. und Mi 17. Januar 2035, Gruppe 2 auf Italienisch", ["17. Januar 2035", "Italienisch"]),
      ("Gurte Lieferung Do 7.12.; Auftragsbestätigung versprochen, noch nicht verschickt", ["7.12.", "Auftragsbestätigung"])],
  mn=["Bernasconi", "079 555 61 44", "Telefon Hr."],
  dates=["Notiz Donnerstag 19. Oktober 'bis Fr 20.10.' = Freitag 20. Oktober: eingehalten (Mail vom 20. Oktober)",
         "Notiz Montag 13. November 'bis Di' = Dienstag 14. November, einen Tag vor now (Mittwoch 15. November): überfällig",
         "'Di 16. + Mi 17. Januar 2035'; 'Do 7.12.' = Donnerstag 7. Dezember; 'Fr 8.12.' = Freitag 8. Dezember, Mariä Empfängnis, Feiertag im Kanton Luzern"]))

# 27 Mainz Drohnenbefliegung, quoted Thunderbird
t1 = ("Sehr geehrter Herr Albers,\n\nwir planen die energetische Sanierung einer Schulturnhalle in Mainz-Gonsenheim. Die Bestandspläne sind unbrauchbar. Wir bräuchten eine Drohnenbefliegung mit Punktwolke und ein Orthofoto vom Dach.\n\n"
      "Was würde das kosten und wie schnell bekommen wir die Daten?\n\nMit freundlichen Grüßen\nMiriam Hoffmann\nArchitektin\nHoffmann + Keil Architekten PartGmbB\n06131 555 42 70")
t2 = ("Sehr geehrte Frau Hoffmann,\n\ngern. Befliegung an einem Tag, Auswertung als Punktwolke (E57/LAS) und Dach-Orthofoto, Lieferung innerhalb von 10 Arbeitstagen nach dem Flug: 2.950 € netto.\n\n"
      "Wegen des Hubschrauberlandeplatzes in der Nähe brauchen wir eine Fluggenehmigung, die kläre ich und melde mich.\n\nViele Grüße\nJan Albers\nAeroMess Vermessung GmbH")
CASES.append(C(n=27, slug="drohnenbefliegung-punktwolke-architekturbuero-mainz", domain="Vermessungsdrohnen", lang="de",
  tz="Europe/Berlin", now="2034-11-14 16:00", shape="quoted", client="Thunderbird", colleague="Frau Acar", place="de: Rheinland-Pfalz (Mainz)",
  cust=("Miriam Hoffmann", "m.hoffmann@hoffmann-keil.example.com"),
  rep=("Jan Albers", "j.albers@aeromess.example.com", "Jan Albers\nAeroMess Vermessung GmbH\n0611 555 93 04"),
  src=[
   M("2034-10-26 10:20", "inbound", "Drohnenaufmaß Turnhalle", t1),
   M("2034-10-30 12:05", "outbound", "Re: Drohnenaufmaß Turnhalle", t2),
   M("2034-11-14 08:30", "inbound", "Re: Drohnenaufmaß Turnhalle",
     "Hallo Herr Albers,\n\nder Auftrag geht klar. Wegen des Schulbetriebs müsste der Flug an einem Samstag stattfinden, frühestens Sa 25.11. Unsere Bauzeichnerin Frau Acar fragt, ob Sie die Daten auch als Revit-Modell oder IFC liefern können.\n\nUnd wie steht es mit der Genehmigung?\n\nViele Grüße\nMiriam Hoffmann\n\n"
     "Am 30.10.34 um 12:05 schrieb Jan Albers:\n" + q(t2) + "\n>\n> Am 26.10.34 um 10:20 schrieb Miriam Hoffmann:\n" + q(q(t1))),
  ],
  kp=[("Befliegung mit Punktwolke und Dach-Orthofoto für 2.950 € netto, Auftrag erteilt", ["2.950 €", "Punktwolke"]),
      ("Flug an einem Samstag, frühestens Sa 25.11.", ["25.11."]),
      ("Lieferung innerhalb von 10 Arbeitstagen nach dem Flug", ["10 Arbeitstagen"])],
  mn=["06131 555 42 70", "unbrauchbar"],
  slots=["ob die Daten als Revit-Modell oder IFC geliefert werden können", "Stand der Fluggenehmigung"],
  dates=["Kundenmail Dienstag 14. November 'frühestens Sa 25.11.' = Samstag 25. November"]))
