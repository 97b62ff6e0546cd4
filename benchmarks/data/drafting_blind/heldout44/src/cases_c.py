from lib import case, N, M, quote

# 21 München Zahnarztpraxis, Hygiene/Desinfektion, notes+mail
case(21, "flaechendesinfektion-hygienevertrag-zahnarztpraxis-muenchen", "Hygiene und Desinfektion", "de", "Europe/Berlin", "2034-08-08 10:30",
     ("Dr. Stefanie Huber", "praxis@zahnaerzte-haidhausen.example.com"),
     ("Markus Gruber", "m.gruber@isarhygiene.example.com", "Markus Gruber\nIsar Hygiene Service GmbH\n089 555 0417"),
     [M("2034-07-14 08:15", "inbound", "Anfrage Desinfektionsmittel",
        "Sehr geehrter Herr Gruber,\n\nwir sind eine Praxis mit 4 Behandlungszimmern und suchen einen neuen Lieferanten für Flächen- und Instrumentendesinfektion, gerne mit festem Liefertermin jeden Monat. Können Sie uns ein Angebot machen?\n\nMit freundlichen Grüßen\nDr. Stefanie Huber\nZahnärzte am Haidhauser Platz"),
      N("2034-07-17 12:40", "Termin in der Praxis mit Dr. Huber und ZMF Frau Öztürk. Monatlich: 12 l Flächendesinfektion, 6 l Instrumentenbad, 20 Pack Tücher, Händedesinfektion 10 l. Genannt: 286,40 € netto/Monat, Lieferung jeweils erster Dienstag im Monat. Angebot bis Freitag. Intern: Rabatt nur wenn 24 Monate."),
      M("2034-07-21 14:00", "outbound", "Angebot Hygienebedarf Zahnärzte am Haidhauser Platz",
        "Sehr geehrte Frau Dr. Huber,\n\nwie besprochen unser Angebot: monatlich 12 l Flächendesinfektion, 6 l Instrumentenbad, 20 Packungen Desinfektionstücher und 10 l Händedesinfektion für 286,40 € netto, Lieferung jeweils am ersten Dienstag im Monat.\n\nMit freundlichen Grüßen\nMarkus Gruber"),
      M("2034-08-01 17:30", "inbound", "AW: Angebot Hygienebedarf Zahnärzte am Haidhauser Platz",
        "Hallo Herr Gruber,\n\nFrau Öztürk fragt, ob das Instrumentenbad aldehydfrei ist, wir haben eine Mitarbeiterin mit Allergie. Außerdem brauchen wir die Tücher in der großen Spenderdose, nicht als Nachfüllpack.\n\nWir sind vom 14. bis 25. August im Urlaub, die erste Lieferung also bitte erst im September.\n\nGrüße\nS. Huber"),
      N("2034-08-03 09:10", "Rückruf Frau Öztürk: Instrumentenbad ist aldehydfrei, SDB schicke ich mit. Tücher in Spenderdose +18 € -> 304,40 € netto/Monat. Erste Lieferung Di 5.9. Vertrag + Sicherheitsdatenblätter schicke ich morgen."),
      M("2034-08-07 11:50", "inbound", "AW: Angebot Hygienebedarf Zahnärzte am Haidhauser Platz",
        "Herr Gruber, von Ihnen ist noch nichts gekommen. Ich möchte das vor unserem Urlaub unterschreiben, also spätestens Freitag.\n\nDr. Stefanie Huber\nZahnärzte am Haidhauser Platz\nTel. 089 555 0923"),
      ], True,
     [("neuer Preis mit Tüchern in der Spenderdose: 304,40 € netto im Monat", ["304,40 €"]),
      ("Vertrag und Sicherheitsdatenblätter (seit 4. August überfällig) jetzt, Unterschrift vor dem Urlaub ab 14. August", ["Sicherheitsdatenblätter", "14. bis 25. August"]),
      ("Instrumentenbad aldehydfrei; erste Lieferung Dienstag 5. September", ["aldehydfrei", "5.9."])],
     ["286,40 €", "Rabatt", "24 Monate", "089 555 0923", "Termin in der Praxis"],
     [],
     {"place": "de: Bayern (München)", "shape": "notes+mail", "colleague": "Frau Öztürk",
      "rel": ["Notiz Montag 17. Juli 'bis Freitag' = Freitag 21. Juli: eingehalten (Mail vom 21. Juli)",
              "Notiz Donnerstag 3. August 'morgen' = Freitag 4. August: Vertrag nicht verschickt, überfällig bei now (Dienstag 8. August)",
              "Kundenmail Montag 7. August 'spätestens Freitag' = Freitag 11. August; Urlaub 14. bis 25. August (15. August Mariä Himmelfahrt, Feiertag in Bayern)"]})

# 22 Stuttgart Physiotherapiepraxis, Therapieliegen, notes-only
case(22, "therapieliegen-physiotherapiepraxis-stuttgart-neukunde", "Praxismöbel", "de", "Europe/Berlin", "2034-08-10 14:00",
     ("Jonas Reutter", "info@physio-reutter.example.com"),
     ("Sabine Kienle", "s.kienle@neckar-praxiseinrichtung.example.com", "Sabine Kienle\nNeckar Praxiseinrichtung GmbH\n0711 555 0294"),
     [N("2034-08-02 16:30", "Vor Ort bei Physio Reutter in Stuttgart-West, Inhaber Jonas Reutter. Zieht im Oktober in größere Räume (Rotebühlstraße), braucht 6 Behandlungsliegen elektrisch, 2 davon mit Bobath-Breite 120 cm, dazu Empfangstresen. Richtpreis Liegen: 4 x 2.190 € + 2 x 3.050 € netto. Tresen nach Aufmaß. Angebot bis Mitte nächster Woche versprochen. Aufmaß neue Räume: er schlägt Mo 14.8. vor."),
      N("2034-08-07 10:20", "Herr Reutter angerufen: Mo 14.8. geht doch nicht, Schlüsselübergabe verschoben. Aufmaß jetzt Do 17.8. ab 16 Uhr. Liefertermin spätestens 29.9., Eröffnung 2.10. Frage: können wir die 4 alten Liegen in Zahlung nehmen? Mit Lager klären. Nicht sagen: Tresenschreiner hat im September Betriebsurlaub."),
      ], True,
     [("Angebot für 4 Liegen zu 2.190 € und 2 Bobath-Liegen (120 cm) zu 3.050 € netto, versprochen bis Mitte dieser Woche", ["2.190 €", "3.050 €"]),
      ("Aufmaß in den neuen Räumen Donnerstag 17.8. ab 16 Uhr", ["17.8.", "16 Uhr"]),
      ("Lieferung spätestens 29.9., Eröffnung 2.10.", ["29.9."])],
     ["Mo 14.8.", "Betriebsurlaub", "Tresenschreiner", "Vor Ort bei"],
     ["ob die 4 alten Liegen in Zahlung genommen werden"],
     {"place": "de: Baden-Württemberg (Stuttgart)", "shape": "notes-only",
      "rel": ["Notiz Mittwoch 2. August 'bis Mitte nächster Woche' = um Mittwoch 9. August: Angebot nicht verschickt, überfällig bei now (Donnerstag 10. August)",
              "'Mo 14.8.' durch die Notiz vom Montag 7. August ersetzt: 'Do 17.8. ab 16 Uhr'"]})

# 23 Hannover Apotheke, Kommissionierautomat Wartung, quoted Thunderbird
_c1 = "Guten Tag Herr Lüders,\n\nunser Kommissionierautomat (Baujahr 2027) ist aus der Herstellergarantie raus, und der Hersteller will für die Wartung fast das Doppelte. Machen Sie auch Fremdwartung? Wir haben eine Filiale in der List und eine in Linden, jeweils ein Automat.\n\nMit freundlichen Grüßen\nAnja Meyerhoff"
_r1 = "Sehr geehrte Frau Meyerhoff,\n\nja, wir warten Automaten dieses Typs herstellerunabhängig. Für beide Standorte: zwei Wartungen pro Jahr, Hotline und Ersatzteile zum Listenpreis, 3.400 € netto pro Jahr und Automat, also 6.800 € gesamt.\n\nMit freundlichen Grüßen\nHenning Lüders"
_c2 = "Hallo Herr Lüders,\n\ndas klingt gut. Unser Filialleiter in Linden, Herr Brandes, möchte wissen, wie schnell Sie bei einem Ausfall vor Ort sind. Ohne Automat kommen wir morgens kaum hinterher. Und geht die Wartung auch nach Ladenschluss?\n\nA. Meyerhoff"
_r2 = "Hallo Frau Meyerhoff,\n\nbei Ausfall sind wir innerhalb von 6 Stunden vor Ort, bei Buchung der Premium-Option (+900 € pro Automat) innerhalb von 3 Stunden. Wartung nach Ladenschluss ab 19 Uhr ist möglich. Den Vertragsentwurf schicke ich Ihnen, sobald Sie sich für eine Variante entschieden haben.\n\nViele Grüße\nHenning Lüders"
_c3 = "Hallo Herr Lüders,\n\nwir nehmen die Premium-Option, aber nur für Linden, in der List reicht die normale. Bitte Vertrag auf Apotheken am Welfenplatz OHG. Die erste Wartung sollte vor dem 15. September sein, da kommt die Revision der Apothekerkammer.\n\nNoch eine Frage von Herrn Brandes: wer ist dann unser fester Ansprechpartner bei Ihnen?\n\nFreundliche Grüße\nAnja Meyerhoff\nApotheken am Welfenplatz OHG\nTel. 0511 555 0683\n\n"
case(23, "wartung-kommissionierautomat-apotheke-hannover", "Wartungsverträge", "de", "Europe/Berlin", "2034-08-09 09:30",
     ("Anja Meyerhoff", "a.meyerhoff@apotheken-welfenplatz.example.com"),
     ("Henning Lüders", "h.lueders@leine-servicetechnik.example.com", "Henning Lüders\nLeine Servicetechnik GmbH\n0511 555 0147"),
     [M("2034-07-12 10:05", "inbound", "Fremdwartung Kommissionierautomat", _c1),
      M("2034-07-14 13:30", "outbound", "Re: Fremdwartung Kommissionierautomat", _r1 + "\n\n" + quote("thunderbird_de", "2034-07-12 10:05", "Anja Meyerhoff", "", _c1)),
      M("2034-07-27 08:40", "inbound", "Re: Fremdwartung Kommissionierautomat", _c2 + "\n\n" + quote("thunderbird_de", "2034-07-14 13:30", "Henning Lüders", "", _r1)),
      M("2034-07-28 15:10", "outbound", "Re: Fremdwartung Kommissionierautomat", _r2 + "\n\n" + quote("thunderbird_de", "2034-07-27 08:40", "Anja Meyerhoff", "", _c2)),
      M("2034-08-08 18:15", "inbound", "Re: Fremdwartung Kommissionierautomat", _c3 + quote("thunderbird_de", "2034-07-28 15:10", "Henning Lüders", "", _r2 + "\n\n" + quote("thunderbird_de", "2034-07-27 08:40", "Anja Meyerhoff", "", _c2))),
      ], True,
     [("Premium-Option (+900 €, 3 Stunden) nur für Linden, List normal (6 Stunden): 3.400 € je Automat plus 900 €", ["900 €", "3.400 €", "Linden"]),
      ("Vertrag auf Apotheken am Welfenplatz OHG (Vertragsentwurf zugesagt)", ["Apotheken am Welfenplatz OHG"]),
      ("erste Wartung vor dem 15. September (Revision), nach Ladenschluss ab 19 Uhr", ["15. September", "19 Uhr"])],
     ["6.800 €", "0511 555 0683", "fast das Doppelte"],
     ["wer der feste Ansprechpartner für die Apotheken ist", "der Termin der ersten Wartung vor dem 15. September"],
     {"place": "de: Niedersachsen (Hannover)", "shape": "quoted", "client": "Thunderbird", "colleague": "Herr Brandes",
      "rel": ["Kundenmail Dienstag 8. August 'vor dem 15. September' = vor Freitag 15. September"]})

# 24 Innsbruck Tierklinik, digitales Röntgen, HTML
case(24, "digitales-roentgen-tierklinik-innsbruck", "Medizingeräte", "de", "Europe/Vienna", "2034-08-08 15:30",
     ("Mag. Lukas Pircher", "l.pircher@tierklinik-inntal.example.com"),
     ("Verena Hofer", "v.hofer@alpenvet-technik.example.com", "Verena Hofer\nAlpenVet Medizintechnik GmbH\n0512 555 0339"),
     [M("2034-07-13 09:00", "inbound", "Umstieg auf digitales Röntgen",
        "<html><body><p>Grüß Gott Frau Hofer,</p><p>wir wollen in der Tierklinik vom Speicherfolien-System auf einen Flachdetektor umsteigen. Wichtig sind uns:</p><ul><li>zwei Detektorgrößen (Kleintier und Pferd, Pferdeaufnahmen auch mobil im Stall)</li><li>Anbindung an unser PACS</li><li>Einschulung für 9 Tierärztinnen und Tierärzte und 6 Assistentinnen</li></ul><p>Bitte um ein Angebot.</p><p>Mag. Lukas Pircher<br>Tierklinik Inntal<br>Tel. 0512 555 0802</p></body></html>", True),
      M("2034-07-19 16:20", "outbound", "Angebot Flachdetektoren Tierklinik Inntal",
        "Sehr geehrter Herr Mag. Pircher,\n\nunser Angebot: zwei kabellose Flachdetektoren (35x43 und 24x30), Akquisitionsrechner, mobiles Tablet für den Stall, PACS-Anbindung und eine ganztägige Einschulung, gesamt 68.900 € netto.\n\nMit freundlichen Grüßen\nVerena Hofer"),
      M("2034-07-31 11:45", "inbound", "AW: Angebot Flachdetektoren Tierklinik Inntal",
        "<html><body><p>Frau Hofer,</p><p>danke. Dazu noch:</p><ol><li>Unsere Pferdeabteilung fragt, ob der große Detektor auch den Huf-Block aushält (Pferd steht drauf).</li><li>Können Sie das alte Speicherfolien-Lesegerät in Zahlung nehmen?</li></ol><p>LG Lukas Pircher</p></body></html>", True),
      M("2034-08-02 10:10", "outbound", "AW: Angebot Flachdetektoren Tierklinik Inntal",
        "Lieber Herr Pircher,\n\nfür Hufaufnahmen gibt es den Belastungsblock, der Detektor liegt darin geschützt, das Pferd steht nur auf dem Block (Aufpreis 1.150 €). Das Lesegerät nehmen wir um 3.500 € in Zahlung. Neuer Gesamtpreis 66.550 € netto.\n\nLiebe Grüße\nVerena Hofer"),
      M("2034-08-07 13:00", "inbound", "AW: Angebot Flachdetektoren Tierklinik Inntal",
        "<html><body><p>Liebe Frau Hofer,</p><p>wir wollen bestellen. Damit die Geschäftsführung unterschreibt, brauche ich noch:</p><ol><li>das Angebot mit dem neuen Preis auf Tierklinik Inntal GmbH</li><li>einen Installationstermin – am besten in der Woche ab 4. September, da ist weniger OP-Betrieb</li><li>die Info, ob die Einschulung an zwei halben Tagen gehen kann, damit der Nachtdienst auch dabei ist</li></ol><p>Am 15. August (Feiertag) und am Freitag davor sind wir nur im Notdienst.</p><p>LG Lukas Pircher</p></body></html>", True),
      ], True,
     [("neuer Gesamtpreis 66.550 € netto mit Belastungsblock und Inzahlungnahme des Lesegeräts", ["66.550 €"]),
      ("Angebot auf Tierklinik Inntal GmbH", ["Tierklinik Inntal GmbH"]),
      ("Installation gewünscht in der Woche ab 4. September", ["4. September"])],
     ["68.900 €", "0512 555 0802"],
     ["ein bestätigter Installationstermin in der Woche ab 4. September", "ob die Einschulung an zwei halben Tagen stattfinden kann"],
     {"place": "de: Tirol (Innsbruck)", "shape": "html",
      "rel": ["Kundenmail Montag 7. August 'Am 15. August (Feiertag) und am Freitag davor' = Dienstag 15. August (Mariä Himmelfahrt) und Freitag 11. August",
              "'Woche ab 4. September' = ab Montag 4. September"]})

# 25 Kiel Pflegedienst, Dienstkleidung, opt-out
case(25, "dienstkleidung-ambulanter-pflegedienst-kiel-abmeldung", "Berufsbekleidung", "de", "Europe/Berlin", "2034-08-09 11:00",
     ("Birte Clausen", "b.clausen@pflegedienst-foerde.example.com"),
     ("Dirk Petersen", "d.petersen@nordtex-berufskleidung.example.com", "Dirk Petersen\nNordtex Berufskleidung GmbH\n0431 555 0266"),
     [M("2034-07-06 10:30", "outbound", "Dienstkleidung für Ihr Pflegeteam",
        "Sehr geehrte Frau Clausen,\n\nvielen Dank für das nette Gespräch auf der Pflegemesse. Wie versprochen unser Angebot für 35 Mitarbeitende: je 4 Kasacks und 4 Hosen, mit Logo bestickt, 27,90 € netto pro Teil, Leasing mit Wäscheservice auf Anfrage.\n\nMit freundlichen Grüßen\nDirk Petersen"),
      M("2034-07-24 09:00", "outbound", "AW: Dienstkleidung für Ihr Pflegeteam",
        "Sehr geehrte Frau Clausen,\n\nich wollte kurz nachfragen, ob Sie schon Gelegenheit hatten, sich das Angebot anzusehen.\n\nMit freundlichen Grüßen\nDirk Petersen"),
      N("2034-08-03 14:45", "Frau Clausen zweimal angerufen, nicht erreicht, Nachricht auf AB."),
      M("2034-08-04 16:10", "inbound", "AW: Dienstkleidung für Ihr Pflegeteam",
        "Herr Petersen,\n\nich habe auf der Messe nur Ihren Flyer mitgenommen, ein Angebot hatte ich nicht angefragt. Bitte nehmen Sie meine Adresse und meine Telefonnummer aus Ihren Unterlagen und kontaktieren Sie mich künftig weder per Mail noch telefonisch.\n\nB. Clausen\nPflegedienst Förde"),
      ], False, [], [], [],
     {"place": "de: Schleswig-Holstein (Kiel)", "shape": "no-draft", "nodraft": "optout",
      "why": "'Bitte nehmen Sie meine Adresse und meine Telefonnummer aus Ihren Unterlagen und kontaktieren Sie mich künftig weder per Mail noch telefonisch.'",
      "rel": []})

# 26 Bern Augenoptiker, Kassen-/Praxissoftware, notes+mail
case(26, "optiker-software-kontaktlinsen-abo-augenoptik-bern", "Praxissoftware", "de", "Europe/Zurich", "2034-08-10 09:00",
     ("Reto Zbinden", "reto.zbinden@zbinden-optik.example.com"),
     ("Corinne Wyss", "c.wyss@aaresoft.example.com", "Corinne Wyss\nAareSoft AG\n031 555 07 48"),
     [N("2034-07-11 14:00", "Besprechung Zbinden Optik, Marktgasse, Herr Reto Zbinden (Inhaber) + Frau Gerber (Kontaktlinsen). 2 Filialen, 7 Arbeitsplätze. Wollen Kundenkartei, Kasse und Kontaktlinsen-Abo in einem. Offeriert: CHF 390/Monat für beide Filialen, Einrichtung + Datenübernahme CHF 2'800 einmalig. Offerte bis Ende Woche. Intern: Datenübernahme aus dem alten System ist bei uns noch nie gemacht worden, Aufwand unklar."),
      M("2034-07-14 16:30", "outbound", "Offerte AareSoft für Zbinden Optik",
        "Sehr geehrter Herr Zbinden\n\nWie besprochen unsere Offerte: Kundenkartei, Kasse und Kontaktlinsen-Abo für 2 Filialen mit 7 Arbeitsplätzen, CHF 390 pro Monat. Einrichtung und Datenübernahme einmalig CHF 2'800.\n\nFreundliche Grüsse\nCorinne Wyss"),
      M("2034-07-31 08:20", "inbound", "AW: Offerte AareSoft für Zbinden Optik",
        "Grüessech Frau Wyss\n\nWir sind grundsätzlich interessiert. Frau Gerber möchte wissen, ob die Abo-Kunden automatisch eine SMS bekommen, wenn die Linsen verschickt werden. Und: Wir haben seit Juni eine dritte Filiale in Thun, bitte mit einrechnen (2 Arbeitsplätze).\n\nEinführung bitte nicht vor Mitte Oktober, im September haben wir die Brillenaktion.\n\nFreundliche Grüsse\nReto Zbinden"),
      N("2034-08-03 10:45", "Tel. mit Herrn Zbinden. Thun dazu -> 3 Filialen, 9 Arbeitsplätze, CHF 495/Monat, Einrichtung CHF 3'400. SMS bei Versand: ja, inklusive - gesagt. Einführung ab Mo 16.10. Neue Offerte schicke ich bis Mo 7.8."),
      M("2034-08-09 17:05", "inbound", "AW: Offerte AareSoft für Zbinden Optik",
        "Frau Wyss\n\nDie neue Offerte ist nicht angekommen. Ich brauche sie bis Freitag, dann sitze ich mit unserem Treuhänder zusammen. Bitte auf Zbinden Optik AG ausstellen.\n\nKann man eigentlich die Krankenkassen-Rückforderungen für Kinderbrillen auch direkt aus dem System machen?\n\nReto Zbinden\nZbinden Optik AG\n031 555 02 19"),
      ], True,
     [("neue Offerte: 3 Filialen mit Thun, 9 Arbeitsplätze, CHF 495 im Monat, Einrichtung CHF 3'400", ["CHF 495", "CHF 3'400", "Thun"]),
      ("Offerte auf Zbinden Optik AG, überfällig seit Montag 7. August, vor Freitag (Treuhänder)", ["Zbinden Optik AG"]),
      ("Einführung ab Montag 16. Oktober; SMS bei Versand inklusive", ["16.10."])],
     ["CHF 390", "CHF 2'800", "noch nie gemacht", "031 555 02 19", "Besprechung Zbinden"],
     ["ob Krankenkassen-Rückforderungen für Kinderbrillen direkt aus dem System gehen"],
     {"place": "de: Kanton Bern (Bern)", "shape": "notes+mail", "colleague": "Frau Gerber",
      "rel": ["Notiz Dienstag 11. Juli 'bis Ende Woche' = Freitag 14. Juli: eingehalten (Mail vom 14. Juli)",
              "Notiz Donnerstag 3. August 'bis Mo 7.8.' = Montag 7. August: nicht verschickt, überfällig bei now (Donnerstag 10. August)",
              "Kundenmail Mittwoch 9. August 'bis Freitag' = Freitag 11. August, morgen bei now"]})

# 27 Erfurt Hospiz, Wäscheservice, quoted GMX
_c1 = "Sehr geehrter Herr Wagner,\n\nunser Hospiz hat 12 Gästezimmer. Bisher waschen wir Bettwäsche und Handtücher selbst, das schaffen wir personell nicht mehr. Wir suchen einen Mietwäsche-Service mit Abholung. Was würde das kosten?\n\nMit freundlichen Grüßen\nKatrin Schellenberg\nPflegedienstleitung"
_r1 = "Sehr geehrte Frau Schellenberg,\n\nfür 12 Zimmer schlagen wir Mietwäsche mit zweimal wöchentlicher Abholung und Lieferung vor (Bettwäsche, Frottier, Inkontinenzunterlagen waschbar), pauschal 1.640 € netto pro Monat.\n\nMit freundlichen Grüßen\nThomas Wagner"
_c2 = "Guten Tag Herr Wagner,\n\ndanke. Wir bräuchten aber dreimal die Woche, weil bei uns oft mehrmals am Tag frisch bezogen wird. Herr Krämer aus unserer Verwaltung fragt außerdem, ob die Wäsche nach RKI-Richtlinie desinfizierend gewaschen wird.\n\nK. Schellenberg"
_r2 = "Guten Tag Frau Schellenberg,\n\nbei dreimal wöchentlich (Mo, Mi, Fr) liegt die Pauschale bei 2.180 € netto im Monat. Gewaschen wird nach RKI-Richtlinie mit desinfizierendem Verfahren, das Zertifikat schicke ich Ihnen mit dem Vertrag.\n\nViele Grüße\nThomas Wagner"
_c3 = "Hallo Herr Wagner,\n\ndas passt. Vertrag und Zertifikat bitte an mich, Vertragspartner ist Hospiz am Steigerwald gGmbH. Start wäre uns am Montag, 2. Oktober recht.\n\nHerr Krämer fragt noch, ob wir für die Bewohnerwäsche (Privatkleidung) auch einen Preis bekommen können, das machen bisher die Angehörigen.\n\nBitte rufen Sie mich nicht vormittags an, da bin ich in der Pflege, ab 14 Uhr geht es.\n\nFreundliche Grüße\nKatrin Schellenberg\nHospiz am Steigerwald\nTel. 0361 555 0752\n\n"
case(27, "mietwaesche-hospiz-erfurt", "Wäscheservice", "de", "Europe/Berlin", "2034-08-09 14:30",
     ("Katrin Schellenberg", "pdl@hospiz-steigerwald.example.org"),
     ("Thomas Wagner", "t.wagner@thueringer-textilservice.example.com", "Thomas Wagner\nThüringer Textilservice GmbH\n0361 555 0190"),
     [M("2034-07-17 11:10", "inbound", "Anfrage Mietwäsche", _c1),
      M("2034-07-19 09:25", "outbound", "Re: Anfrage Mietwäsche", _r1 + "\n\n" + quote("gmx_de", "2034-07-17 11:10", "Katrin Schellenberg", "pdl@hospiz-steigerwald.example.org", _c1)),
      M("2034-07-28 13:35", "inbound", "Aw: Re: Anfrage Mietwäsche", _c2 + "\n\n" + quote("gmx_de", "2034-07-19 09:25", "Thomas Wagner", "t.wagner@thueringer-textilservice.example.com", _r1)),
      M("2034-07-31 10:40", "outbound", "Re: Aw: Re: Anfrage Mietwäsche", _r2 + "\n\n" + quote("gmx_de", "2034-07-28 13:35", "Katrin Schellenberg", "pdl@hospiz-steigerwald.example.org", _c2)),
      M("2034-08-08 15:50", "inbound", "Aw: Re: Aw: Re: Anfrage Mietwäsche", _c3 + quote("gmx_de", "2034-07-31 10:40", "Thomas Wagner", "t.wagner@thueringer-textilservice.example.com", _r2 + "\n\n" + quote("gmx_de", "2034-07-28 13:35", "Katrin Schellenberg", "pdl@hospiz-steigerwald.example.org", _c2))),
      ], True,
     [("dreimal wöchentlich (Mo, Mi, Fr) für 2.180 € netto im Monat", ["2.180 €"]),
      ("Vertrag und RKI-Zertifikat an sie, Vertragspartner Hospiz am Steigerwald gGmbH", ["Hospiz am Steigerwald gGmbH", "Zertifikat"]),
      ("Start Montag 2. Oktober gewünscht; Anrufe erst ab 14 Uhr", ["2. Oktober", "14 Uhr"])],
     ["1.640 €", "0361 555 0752", "zweimal wöchentlich"],
     ["ein Preis für die Bewohnerwäsche (Privatkleidung)"],
     {"place": "de: Thüringen (Erfurt)", "shape": "quoted", "client": "GMX/WEB.DE-style (Gesendet/Von)", "colleague": "Herr Krämer",
      "rel": ["Kundenmail Dienstag 8. August 'am Montag, 2. Oktober' = Montag 2. Oktober, gewünschter Start"]})
