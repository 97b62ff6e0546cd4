from lib import Case

CASES = []

# 21 Nürnberg, Hebebühnen für Autohaus, notes+mail
c = Case(21, "zweisaeulen-hebebuehnen-autohaus-nuernberg", "Werkstatthebebühnen", "de", "Europe/Berlin", "2034-12-04 10:00",
         ("Markus Höfler", "m.hoefler@autohaus-pegnitz.example.com"),
         ("Sabine Krämer", "s.kraemer@hebetec.example.net", "Sabine Krämer\nHebeTec Werkstatttechnik GmbH\nTel. 0911 555 4420"),
         "de: Bayern (Nürnberg)", "notes+mail")
c.msg("inbound", "2034-11-08 07:45", "Hebebühnen für unsere Werkstatt",
"""Sehr geehrte Frau Krämer,

wir bauen im Frühjahr unsere Werkstatt in Nürnberg-Langwasser um und wollen dabei 4 alte Scherenbühnen durch Zweisäulen-Hebebühnen ersetzen. Wichtig ist uns eine Tragkraft, mit der wir auch die schweren Elektro-SUVs sicher heben können, die Batterie sitzt ja genau da, wo man sonst ansetzt.

Können Sie sich das vor Ort ansehen?

Mit freundlichen Grüßen
Markus Höfler
Serviceleiter
Autohaus Pegnitz GmbH & Co. KG
Tel. 0911 555 3871""")
c.note("2034-11-10 15:00", """Termin vor Ort mit Hr. Höfler. 4 Plätze, Hallenhöhe 4,60 m reicht. Empfehlung HT-2.55 (5,5 t) mit EV-Aufnahmen. Fundament muss geprüft werden (Bj. 1994). Angebot bis nächsten Freitag.""")
c.msg("outbound", "2034-11-17 14:30", "Angebot Zweisäulen-Hebebühnen HT-2.55",
"""Sehr geehrter Herr Höfler,

vielen Dank für den Termin. Anbei unser Angebot:

- 4 x HT-2.55, Tragkraft 5,5 t, mit EV-Aufnahmeset: je 11.480 EUR netto
- Montage, Inbetriebnahme und UVV-Prüfung: 2.900 EUR netto gesamt

Ob Ihr Hallenboden die Dübellast trägt, klären wir über einen Bohrkern-Test.

Mit freundlichen Grüßen
Sabine Krämer""")
c.msg("inbound", "2034-11-28 16:10", "AW: Angebot Zweisäulen-Hebebühnen HT-2.55",
"""Hallo Frau Krämer,

danke. Unsere Geschäftsführerin Frau Wendel fragt, ob Sie die 4 alten Scherenbühnen in Zahlung nehmen oder wenigstens kostenlos entsorgen. Und wann könnte der Bohrkern-Test stattfinden? Vor Weihnachten wäre gut, damit wir im Januar bestellen können.

Gruß
M. Höfler""")
c.note("2034-12-01 11:20", """Telefonat Höfler. Inzahlungnahme: 1.200 EUR für alle 4 Altbühnen, Abbau inkl. Neuer Nettopreis 11.150 EUR je Bühne, wenn Bestellung bis 31.1. Bohrkern-Test Dienstag 12.12. ab 8 Uhr, Kollege Yilmaz fährt hin. Aktualisiertes Angebot geht Mittwoch raus. Intern: Statiker-Gutachten falls Test schlecht – kostet extra, noch nicht angesprochen.""")
c.kp("11.150 EUR je Bühne bei Bestellung bis 31.1., Montage 2.900 EUR", "11.150 EUR", "31.1.")
c.kp("1.200 EUR Inzahlungnahme für die 4 Altbühnen, Abbau inklusive", "1.200 EUR")
c.kp("Bohrkern-Test Dienstag 12.12. ab 8 Uhr; aktualisiertes Angebot folgt", "12.12.", "8 Uhr", "Angebot")
c.must_not += ["11.480 EUR", "Statiker-Gutachten", "noch nicht angesprochen", "0911 555 3871", "Telefonat Höfler"]
CASES.append(c)

# 22 Kassel, Fahrschule E-Fahrschulwagen Leasing, notes-only
c = Case(22, "elektro-fahrschulwagen-leasing-fahrschule-kassel-neukunde", "Flottenleasing", "de", "Europe/Berlin", "2034-12-05 11:00",
         ("Ayşe Demir", "info@fahrschule-demir.example.com"),
         ("Thorsten Vogel", "t.vogel@fuldaleasing.example.com", "Thorsten Vogel\nFulda Leasing & Fuhrpark GmbH\n0561 555 2094"),
         "de: Hessen (Kassel)", "notes-only")
c.note("2034-11-21 17:45", """Ayşe Demir, Inhaberin Fahrschule Demir (Kassel-Wilhelmshöhe + Baunatal), auf dem Fahrlehrertag angesprochen. 3 Fahrschulwagen, alle Diesel, Leasing läuft im März aus. Will auf Elektro umsteigen, Doppelpedalerie muss rein. Grob genannt: ca. 610 EUR/Monat pro Fahrzeug netto, 36 Monate, 20.000 km/Jahr.""")
c.note("2034-12-04 09:30", """Rückruf Fr. Demir. Jetzt 4 Fahrzeuge (neuer Fahrlehrer ab April), 30.000 km/Jahr, da viel Überland. Neu gerechnet: 648 EUR/Monat netto pro Fahrzeug, 36 Monate, inkl. Doppelpedalerie, Wartung und Winterräder. Probefahrt mit dem Vorführwagen Donnerstag, 14.12., 15 Uhr bei ihr in Wilhelmshöhe. Sie fragt, ob wir die Schaltwagen-Ausbildung (B197) abdecken können – ein Schalter müsste dann bleiben. Muss ich mit Einkauf klären, Frau Berger hat noch keine Konditionen vom Hersteller.""")
c.kp("4 Fahrzeuge zu 648 EUR netto im Monat, 36 Monate, mit Doppelpedalerie, Wartung und Winterrädern", "648 EUR", "4 Fahrzeuge", "Doppelpedalerie")
c.kp("30.000 km pro Jahr", "30.000 km")
c.kp("Probefahrt Donnerstag 14.12. um 15 Uhr in Wilhelmshöhe", "14.12.", "15 Uhr", "Wilhelmshöhe")
c.must_not += ["610 EUR", "Frau Berger", "Rückruf Fr. Demir", "auf dem Fahrlehrertag angesprochen", "Einkauf klären"]
c.answer_slots += ["ob auch ein Schaltwagen für die B197-Ausbildung angeboten werden kann"]
CASES.append(c)

# 23 Kiel, Flottenversicherung Busunternehmen, quoted Outlook de
c = Case(23, "flottenversicherung-reisebusse-busunternehmen-kiel", "Flottenversicherung", "de", "Europe/Berlin", "2034-12-06 14:00",
         ("Jens Thomsen", "j.thomsen@foerde-reisen.example.com"),
         ("Claudia Berghoff", "c.berghoff@nordassekuranz.example.org", "Claudia Berghoff\nNord-Assekuranz Makler GmbH\n0431 555 7712"),
         "de: Schleswig-Holstein (Kiel)", "quoted (Outlook (de))")
c.msg("inbound", "2034-12-06 10:48", "AW: Flottenversicherung 2035 - Förde Reisen",
"""Moin Frau Berghoff,

wir haben intern gesprochen und würden Variante B nehmen, aber mit 19 Bussen statt 17 – zwei neue Reisebusse kommen im Februar dazu. Passt der Preis dann noch?

Unsere Buchhaltung (Frau Lorenzen) möchte außerdem wissen, ob wir vierteljährlich zahlen können statt jährlich, und ob dafür ein Aufschlag fällig wird.

Wie in Ihrer letzten Mail angekündigt, fehlt mir noch die Aufstellung, welche Schäden der Vorversicherer bei der Schadenfreiheit anrechnet. Die brauche ich für unseren Beirat am 15.12.

Beste Grüße
Jens Thomsen
Geschäftsführer
Förde Reisen GmbH
Tel. 0431 555 2380 | Mobil 0151 555 83 27

Von: Claudia Berghoff <c.berghoff@nordassekuranz.example.org>
Gesendet: Mittwoch, 22. November 2034 15:07
An: Jens Thomsen <j.thomsen@foerde-reisen.example.com>
Betreff: AW: Flottenversicherung 2035 - Förde Reisen

Sehr geehrter Herr Thomsen,

vielen Dank für die Unterlagen. Für Ihre 17 Reisebusse habe ich zwei Varianten:

Variante A: Haftpflicht + Teilkasko, 48.300 EUR Jahresbeitrag
Variante B: Haftpflicht + Vollkasko mit 2.500 EUR Selbstbeteiligung, 71.950 EUR Jahresbeitrag

Beide inklusive Insassenunfallversicherung und europaweitem Schutzbrief. Die Aufstellung zur Schadenfreiheit reiche ich nach, sobald ich sie vom Vorversicherer habe.

Mit freundlichen Grüßen
Claudia Berghoff

Von: Jens Thomsen <j.thomsen@foerde-reisen.example.com>
Gesendet: Montag, 20. November 2034 09:12
An: Claudia Berghoff <c.berghoff@nordassekuranz.example.org>
Betreff: Flottenversicherung 2035 - Förde Reisen

Hallo Frau Berghoff,

unser Vertrag für die Busflotte läuft zum 31.12. aus. Anbei Fahrzeugliste und Schadenverlauf der letzten 5 Jahre. Bitte um ein Angebot.

J. Thomsen""")
c.kp("Variante B: Haftpflicht und Vollkasko mit 2.500 EUR Selbstbeteiligung, jetzt für 19 Busse", "Variante B", "19 Bussen", "2.500 EUR")
c.kp("Aufstellung zur Schadenfreiheit steht noch aus, gebraucht für den Beirat am 15.12.", "Schadenfreiheit", "15.12.")
c.kp("Insassenunfallversicherung und Schutzbrief inklusive", "Schutzbrief")
c.must_not += ["48.300 EUR", "0151 555 83 27", "0431 555 2380", "17 Reisebusse"]
c.answer_slots += ["der Jahresbeitrag für Variante B mit 19 Bussen",
                   "ob vierteljährliche Zahlung möglich ist und ob ein Aufschlag anfällt"]
CASES.append(c)

# 24 Innsbruck, Winterreifen/Schneeketten Gemeindebauhof, html
c = Case(24, "schneeketten-winterreifen-gemeindebauhof-innsbruck", "Reifen und Schneeketten", "de", "Europe/Vienna", "2034-12-04 09:00",
         ("Ing. Florian Hauser", "f.hauser@bauhof-hoetting.example.org"),
         ("Martina Gruber", "m.gruber@alpenreifen.example.com", "Martina Gruber\nAlpenreifen Kommunal GmbH\n+43 512 555 604"),
         "de: Tirol (Innsbruck)", "html")
c.msg("inbound", "2034-11-16 08:20", "Anfrage Reifen und Ketten Winterdienst",
"""<html><body><p>Sehr geehrte Frau Gruber,</p>
<p>für den Winterdienst unseres Bauhofs benötigen wir kurzfristig:</p>
<ul>
<li>8 Winterreifen 315/80 R22,5 für die zwei Unimog-Nachfolger (Lenkachse + Antrieb)</li>
<li>2 Sätze Schneeketten passend dazu</li>
<li>Montage in unserer Halle, nicht bei Ihnen</li>
</ul>
<p>Bitte um Angebot inkl. Lieferzeit.</p>
<p>Mit freundlichen Grüßen<br>Ing. Florian Hauser<br>Bauhofleiter<br>Tel. +43 512 555 318</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-20 11:45", "Angebot Winterreifen und Schneeketten Bauhof",
"""Sehr geehrter Herr Ing. Hauser,

danke für die Anfrage. Unser Angebot:

8 Winterreifen 315/80 R22,5 (M+S, 3PMSF): je 486 EUR netto
2 Sätze Spurkreuzketten: je 1.340 EUR netto
Montage vor Ort im Bauhof: 420 EUR pauschal

Lieferzeit Reifen 5 Werktage, Ketten 2 Wochen.

Freundliche Grüße
Martina Gruber""")
c.msg("inbound", "2034-12-01 14:15", "AW: Angebot Winterreifen und Schneeketten Bauhof",
"""<html><body><p>Sehr geehrte Frau Gruber,</p>
<p>der Gemeinderat hat die Anschaffung freigegeben. Offene Punkte:</p>
<ol>
<li>Der Amtsleiter Mag. Pfurtscheller fragt, ob Sie die Ketten schneller liefern können, der erste große Schneefall ist angesagt.</li>
<li>Geht die Montage am Samstag, 9. Dezember? Am 8. ist Feiertag und unter der Woche sind die Fahrzeuge im Einsatz.</li>
<li>Bitte Rechnung an die Stadtgemeinde, nicht an den Bauhof.</li>
</ol>
<p>Bestellung folgt schriftlich mit Bestellnummer.</p>
<p>Mfg<br>F. Hauser</p></body></html>""", "text/html")
c.kp("8 Winterreifen 315/80 R22,5 zu je 486 EUR und 2 Sätze Ketten zu je 1.340 EUR", "486 EUR", "1.340 EUR", "315/80 R22,5")
c.kp("Montage vor Ort 420 EUR pauschal; Wunschtermin Samstag, 9. Dezember", "420 EUR", "9. Dezember")
c.kp("Rechnung an die Stadtgemeinde", "Stadtgemeinde")
c.must_not += ["+43 512 555 318", "Mfg"]
c.answer_slots += ["ob die Ketten schneller als in 2 Wochen geliefert werden können",
                   "ob die Montage am Samstag, 9. Dezember möglich ist"]
CASES.append(c)

# 25 Erfurt, Tankkarten Pflegedienst, optout
c = Case(25, "tankkarten-ambulanter-pflegedienst-erfurt-abmeldung", "Tankkarten", "de", "Europe/Berlin", "2034-12-06 10:30",
         ("Petra Schellhorn", "verwaltung@pflegedienst-schellhorn.example.com"),
         ("Daniel Reuter", "d.reuter@tankpass.example.net", "Daniel Reuter\nTankPass Flottenkarten\n0361 555 9041"),
         "de: Thüringen (Erfurt)", "no-draft: optout")
c.msg("outbound", "2034-11-24 09:15", "Tankkarten für Ihre 23 Dienstwagen",
"""Sehr geehrte Frau Schellhorn,

wie telefonisch besprochen sende ich Ihnen unser Angebot für 23 Tankkarten: 2,1 Cent Rabatt je Liter an allen Partnerstationen, Kartengebühr 1,50 EUR im Monat. Ich melde mich nächste Woche noch einmal bei Ihnen.

Mit freundlichen Grüßen
Daniel Reuter""")
c.msg("inbound", "2034-12-01 17:40", "AW: Tankkarten für Ihre 23 Dienstwagen",
"""Herr Reuter,

das Gespräch kam über unsere Zentrale zustande, ich hatte nie Interesse bekundet. Wir haben einen Vertrag mit unserem Autohaus und bleiben dabei. Bitte nehmen Sie uns aus Ihrer Kundenkartei, schicken Sie keine Angebote mehr und rufen Sie nicht wieder an.

P. Schellhorn
Ambulanter Pflegedienst Schellhorn""")
c.expect_draft = False
CASES.append(c)

# 26 St. Gallen, Portalwaschanlage Garage, notes+mail
c = Case(26, "portalwaschanlage-occasionen-garage-st-gallen", "Waschanlagen", "de", "Europe/Zurich", "2034-12-06 10:00",
         ("Reto Keller", "r.keller@garage-rosenberg.example.com"),
         ("Nadine Zürcher", "n.zuercher@glanzwerk.example.com", "Nadine Zürcher\nGlanzwerk Waschtechnik AG\n071 555 28 60"),
         "de: Kanton St. Gallen (St. Gallen)", "notes+mail")
c.msg("inbound", "2034-11-09 13:05", "Waschanlage für Occasionen",
"""Grüezi Frau Zürcher

Wir verkaufen pro Monat rund 90 Occasionen und waschen heute alles von Hand, das bindet zwei Leute. Wir überlegen uns eine Portalwaschanlage in der hinteren Halle (Platz ca. 9 x 4,5 m). Die Anlage soll auch Kundenfahrzeuge nach dem Service waschen.

Können Sie uns eine Richtofferte machen?

Freundliche Grüsse
Reto Keller
Garage Rosenberg AG
Leiter Aftersales
071 555 43 19""")
c.note("2034-11-13 16:30", """Besichtigung Halle mit Hr. Keller. 9 x 4,5 m knapp, GW-Portal 7 passt mit Trocknung. Wasseraufbereitung wegen Ölabscheider nötig. Richtofferte bis Ende Woche.""")
c.msg("outbound", "2034-11-17 15:00", "Richtofferte Portalwaschanlage GW-Portal 7",
"""Grüezi Herr Keller

Vielen Dank für die Besichtigung. Unsere Richtofferte:

- GW-Portal 7 mit Textilbürsten, Hochdruck-Vorwäsche und Trocknung: CHF 118'500
- Wasseraufbereitung GW-Aqua: CHF 21'800
- Montage und Inbetriebnahme: CHF 9'400

Alle Preise exkl. MWST.

Freundliche Grüsse
Nadine Zürcher""")
c.msg("inbound", "2034-11-29 08:30", "AW: Richtofferte Portalwaschanlage GW-Portal 7",
"""Grüezi Frau Zürcher

Herr Egger aus der Geschäftsleitung fragt, ob es ein Mietmodell gibt, damit wir nicht alles auf einmal investieren müssen. Und wie lange wäre die Halle für die Montage blockiert? Wir möchten im Februar starten.

Gruss
R. Keller""")
c.note("2034-12-05 14:15", """Tel. mit Hr. Keller. Mietmodell: CHF 2'890/Monat exkl. MWST über 72 Monate inkl. Wasseraufbereitung, Montage und Wartung. Montage 8 Arbeitstage, Start Mo 5. Februar 2035. Mietvertrag-Entwurf + Bankformular schicke ich Fr. Intern: Leasingpartner hat Bonität noch nicht geprüft – Keller nichts zusagen bis OK da ist.""")
c.kp("Mietmodell CHF 2'890 pro Monat exkl. MWST über 72 Monate inkl. Wasseraufbereitung, Montage und Wartung", "CHF 2'890", "72 Monate")
c.kp("Montage 8 Arbeitstage ab Montag 5. Februar 2035", "8 Arbeitstage", "5. Februar")
c.kp("Mietvertrag-Entwurf und Bankformular folgen", "Mietvertrag", "Bankformular")
c.must_not += ["CHF 118'500", "Bonität", "nichts zusagen", "071 555 43 19", "Tel. mit Hr. Keller"]
CASES.append(c)

# 27 Freiburg, Fahrzeugfolierung Carsharing-Verein, quoted Thunderbird
c = Case(27, "fahrzeugfolierung-carsharing-verein-freiburg", "Fahrzeugfolierung", "de", "Europe/Berlin", "2034-12-05 16:00",
         ("Lena Hartmann", "lena.hartmann@stadtauto-dreisam.example.org"),
         ("Philipp Stoll", "p.stoll@folienwerk-sued.example.com", "Philipp Stoll\nFolienwerk Süd\n0761 555 3307"),
         "de: Baden-Württemberg (Freiburg im Breisgau)", "quoted (Thunderbird)")
c.msg("inbound", "2034-12-05 12:14", "Re: Folierung unserer Carsharing-Autos",
"""Hallo Philipp,

danke für den Entwurf, der Vorstand findet ihn gut. Wir machen es aber nur als Teilfolierung (Türen + Heck), nicht vollflächig, das Geld reicht sonst nicht. Dafür 14 Autos statt 12, zwei neue Zoes sind da.

Unser Kassenwart Tobias fragt, ob ihr eine Rechnung pro Auto schreiben könnt, wegen der Förderung. Und du wolltest noch klären, ob die Folie ohne Rückstände runtergeht, wenn ein Leasingauto zurückgeht – ist da was rausgekommen?

Die Autos sind tagsüber ständig gebucht, am besten nachts oder am Wochenende. Ideal wäre zwischen den Jahren.

Liebe Grüße
Lena

Am 27.11.34 um 18:22 schrieb Philipp Stoll:
> Hallo Lena,
>
> anbei der Entwurf mit dem neuen Logo. Preise:
> Vollfolierung: 2.180 EUR netto pro Auto
> Teilfolierung Türen + Heck: 890 EUR netto pro Auto
>
> Ich kläre noch mit dem Folienhersteller, wie sich die Folie bei
> Leasingrückgabe verhält, und melde mich.
>
> Viele Grüße
> Philipp
>
> Am 23.11.34 um 09:05 schrieb Lena Hartmann:
>> Hallo Herr Stoll,
>>
>> wir sind ein Carsharing-Verein mit 12 Autos in Freiburg und wollen
>> ein einheitliches Erscheinungsbild. Können Sie uns ein Angebot für
>> eine Folierung machen? Logo im Anhang.
>>
>> Lena Hartmann
>> Stadtauto Dreisam e.V.
>> 0176 555 04 912
""")
c.kp("Teilfolierung Türen und Heck zu 890 EUR netto pro Auto, jetzt 14 Autos", "890 EUR", "14 Autos", "Teilfolierung")
c.kp("Entwurf mit neuem Logo vom Vorstand angenommen", "Entwurf")
c.kp("Folierung nachts oder am Wochenende, am liebsten zwischen den Jahren", "zwischen den Jahren")
c.must_not += ["2.180 EUR", "0176 555 04 912", "das Geld reicht sonst nicht"]
c.answer_slots += ["ob eine Rechnung pro Auto möglich ist",
                   "ob die Folie bei Leasingrückgabe ohne Rückstände abgeht",
                   "welche Termine nachts, am Wochenende oder zwischen den Jahren möglich sind"]
CASES.append(c)
