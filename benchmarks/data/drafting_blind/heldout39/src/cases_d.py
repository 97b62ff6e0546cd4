# 28-34: French
CASES = []
A = CASES.append

# 28 notes-only, Nantes
A(dict(nn=28, slug="billetterie-theatre-municipal-nantes-prospect", domain="logiciel de billetterie", language="fr",
  tz="Europe/Paris", now="2032-04-21 09:30", native=True, shape="notes-only prospect",
  place="fr: Nantes (Loire-Atlantique)", kinds=["q", "prom", "rel", "coll", "time"],
  customer=("Hélène Guérin", "h.guerin@theatre-de-la-fosse.example.fr"),
  rep=("Maxime Le Goff", "maxime.legoff@guichetnet.example.fr", "Maxime Le Goff\nGuichetNet\n02 40 55 59 12"),
  src=[("note", "2032-04-19 15:30",
    "RDV Théâtre de la Fosse avec Hélène Guérin (administratrice) + Paul Bréhier, responsable billetterie. "
    "420 places, ~140 levers de rideau/an. Logiciel actuel en fin de contrat le 30 juin, ouverture des ventes de la saison 2032/33 le mardi 1er juin. "
    "Tarif annoncé : 0,79 € HT par billet vendu, sans abonnement mensuel ; module abonnements et cartes 1 200 € HT/an ; "
    "reprise du fichier spectateurs offerte. Q d'Hélène : export des ventes vers leur compta (Sage) ? -> vérifier avec l'équipe produit. "
    "Envoyer proposition écrite + accès démo jeudi. Préfère le mail ; au téléphone seulement l'après-midi (matinées en répétition). "
    "Interne : module abonnements pas stable avant juillet chez nous - ne rien dire pour l'instant.")],
  kps=[("0,79 € HT par billet, sans abonnement mensuel ; module abonnements 1 200 € HT par an ; reprise du fichier offerte",
        ["0,79 € HT", "1 200 € HT"]),
       ("proposition écrite et accès démo demain (jeudi), avant l'ouverture des ventes le mardi 1er juin",
        ["démo", "mardi 1er juin"]),
       ("420 places ; fin de contrat actuel le 30 juin", ["420 places", "30 juin"])],
  must_not=["ne rien dire", "pas stable", "RDV Théâtre", "matinées en répétition"],
  slots=["si les ventes peuvent être exportées vers la comptabilité Sage"],
  note="'Envoyer ... jeudi' in the Monday 19 April note = demain at now (Wednesday 21 April); phone only in the afternoon."))

# 29 notes plus mail, Montpellier
A(dict(nn=29, slug="agents-securite-festival-musiques-montpellier", domain="sécurité et accueil", language="fr",
  tz="Europe/Paris", now="2032-04-20 10:00", native=True, shape="notes plus mail",
  place="fr: Montpellier (Hérault)", kinds=["rev", "accept", "corr", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Mathieu Roux", "mathieu.roux@garriguesonore.example.fr"),
  rep=("Nadia Benali", "n.benali@vigie-evenements.example.fr", "Nadia Benali\nVigie Événements\n04 67 55 58 30"),
  src=[("message", "2032-03-08 11:30", "outbound", "Devis sécurité - festival Garrigue Sonore",
    "Bonjour Camille,\n\nComme convenu, pour les trois soirées du jeudi 8 au samedi 10 juillet :\n\n- 24 agents de sécurité : 29,50 € HT de l'heure\n- 2 chefs de poste : 36 € HT de l'heure\n- 8 h par soirée\n\nBien à vous,\nNadia Benali"),
   ("message", "2032-03-11 18:05", "inbound", "RE: Devis sécurité - festival Garrigue Sonore",
    "Bonsoir Nadia,\n\nLa préfecture nous autorise finalement une jauge de 6 000, il faudra donc 30 agents. Deux questions : vous avez assez d'agentes pour les palpations des femmes ? Et est-ce que vous proposez des maîtres-chiens ?\n\nCamille Azéma\nDirectrice de production"),
   ("note", "2032-03-17 14:45",
    "Appel Camille + Mathieu Roux (régisseur général). 30 agents + 2 chefs de poste, 9 h par soirée (18h-3h avec démontage). "
    "Palpations : 40 % d'agentes, ok - dit. Maîtres-chiens : 2 en option à 42 € HT/h. Tarif agent revu à 28,90 € HT/h vu le volume. "
    "Devis révisé vendredi. Interne : planning de juillet serré, on sous-traite 10 agents à Sud Protection - ne pas leur dire."),
   ("message", "2032-03-19 09:50", "outbound", "Devis révisé - festival Garrigue Sonore",
    "Bonjour Camille, bonjour Mathieu,\n\nSuite à notre échange de mercredi :\n\n- 30 agents de sécurité : 28,90 € HT de l'heure\n- 2 chefs de poste : 36 € HT de l'heure\n- 9 h par soirée, 3 soirées\n- en option, 2 maîtres-chiens : 42 € HT de l'heure\n\nBien à vous,\nNadia Benali"),
   ("message", "2032-04-13 17:20", "inbound", "RE: Devis révisé - festival Garrigue Sonore",
    "Bonjour Nadia,\n\nVoici le devis signé, sans les maîtres-chiens finalement (la mairie ne les veut pas sur l'esplanade). Facturation à l'Association Garrigue Sonore.\n\nPour la préfecture il nous faut la liste nominative des agents avec leurs numéros de carte professionnelle avant le 15 juin. Et pouvez-vous être là pour la réunion de sécurité sur site le jeudi 24 juin à 14 h ?\n\nMerci,\nMathieu Roux\nRégisseur général\n06 55 51 20 84"),
  ],
  kps=[("devis signé : 30 agents à 28,90 € HT de l'heure et 2 chefs de poste à 36 € HT, 9 h par soirée, sans maîtres-chiens",
        ["30 agents", "28,90 € HT", "36 € HT"]),
       ("facturation à l'Association Garrigue Sonore", ["Association Garrigue Sonore"]),
       ("liste nominative des agents avec cartes professionnelles avant le 15 juin", ["liste nominative", "15 juin"])],
  must_not=["29,50 € HT", "24 agents", "8 h par soirée", "Sud Protection", "ne pas leur dire", "Appel Camille", "06 55 51 20 84", "42 € HT"],
  slots=["si Vigie Événements sera présente à la réunion de sécurité sur site le jeudi 24 juin à 14 h"],
  note="Mathieu Roux writes the last mail; palpations answered in the note; dogs dropped."))

# 30 notes plus mail, Strasbourg
A(dict(nn=30, slug="assurance-annulation-salon-professionnel-strasbourg", domain="assurance événementielle", language="fr",
  tz="Europe/Paris", now="2032-04-21 10:15", native=True, shape="notes plus mail",
  place="fr: Strasbourg (Bas-Rhin)", kinds=["rev", "accept", "coll", "noteans", "kept", "doc", "deadline", "q"],
  customer=("Sophie Kieffer", "s.kieffer@alsace-salons.example.fr"),
  rep=("Julien Marchetti", "j.marchetti@scena-assurances.example.fr", "Julien Marchetti\nScena Courtage\n03 88 55 57 41"),
  src=[("message", "2032-03-02 15:00", "outbound", "Proposition assurance annulation - salon juin",
    "Madame Kieffer,\n\nPour votre salon du 3 au 5 juin, voici notre proposition :\n\n- garantie annulation, capital 420 000 €\n- prime : 6 300 € HT\n- option intempéries : 900 € HT\n\nBien cordialement,\nJulien Marchetti"),
   ("message", "2032-03-05 11:40", "inbound", "RE: Proposition assurance annulation - salon juin",
    "Bonjour,\n\nNotre budget a été revu à la hausse, il faudrait assurer 480 000 €. Est-ce qu'une pandémie est couverte ? Et quelle est la franchise ?\n\nCordialement,\nSophie Kieffer\nResponsable administrative et financière"),
   ("note", "2032-03-11 16:00",
    "Point Teams Sophie + président Gérard Ott. Capital 480 000 € -> prime 7 050 € HT, franchise 10 000 €. "
    "Pandémie : exclue sauf fermeture administrative - dit. Intempéries : inutile, salon en intérieur - retiré. Proposition lundi. "
    "Interne : l'assureur plafonne à 500 k€ sans visite de risque - ne pas monter au-delà."),
   ("message", "2032-03-15 10:30", "outbound", "Proposition révisée - assurance annulation",
    "Madame Kieffer, Monsieur Ott,\n\nComme convenu jeudi :\n\n- capital garanti 480 000 €\n- prime 7 050 € HT\n- franchise 10 000 €\n- fermeture administrative incluse\n\nBien cordialement,\nJulien Marchetti"),
   ("message", "2032-04-14 14:50", "inbound", "RE: Proposition révisée - assurance annulation",
    "Bonjour Monsieur Marchetti,\n\nVous trouverez ci-joint le bon pour accord signé. Le souscripteur est Alsace Salons Organisation SAS.\n\nIl nous faut l'attestation d'assurance pour le contrat avec le parc des expositions avant le vendredi 30 avril.\n\nUne question encore : si un exposant majeur se retire au dernier moment, est-ce couvert ?\n\nCordialement,\nSophie Kieffer"),
  ],
  kps=[("accord signé : capital 480 000 €, prime 7 050 € HT, franchise 10 000 €, fermeture administrative incluse",
        ["480 000 €", "7 050 € HT", "10 000 €"]),
       ("souscripteur Alsace Salons Organisation SAS", ["Alsace Salons Organisation SAS"]),
       ("attestation d'assurance avant le vendredi 30 avril", ["attestation", "vendredi 30 avril"])],
  must_not=["420 000 €", "6 300 €", "900 € HT", "plafonne", "ne pas monter", "Point Teams", "500 k€"],
  slots=["si le retrait d'un exposant majeur au dernier moment est couvert"],
  note="Pandemic and weather answered in the note."))

# 31 HTML-only with <ol>, Genève
A(dict(nn=31, slug="portillons-controle-acces-piscine-geneve", domain="contrôle d'accès et tourniquets", language="fr",
  tz="Europe/Zurich", now="2032-04-22 09:45", native=True, shape="HTML-only inbound",
  place="fr: Genève (Genève)", kinds=["choice", "corr", "doc", "deadline", "time", "q"],
  customer=("Nathalie Rochat", "n.rochat@bains-bois-gentil.example.ch"),
  rep=("Loïc Favre", "loic.favre@accesplus.example.ch", "Loïc Favre\nAccèsPlus SA\n022 555 43 70"),
  src=[("message", "2032-04-08 10:00", "outbound", "Offre contrôle d'accès - Bains du Bois-Gentil",
    "Madame Rochat,\n\nSuite à notre visite, deux possibilités pour l'entrée principale (4 passages) :\n\n- tourniquets tripodes inox, lecteur bracelets RFID : CHF 6'200 la pièce\n- portillons vitrés motorisés, lecteur bracelets RFID : CHF 9'800 la pièce\n\nInstallation et mise en service comprises.\n\nMeilleures salutations,\nLoïc Favre"),
   ("message", "2032-04-20 13:10", "inbound", "RE: Offre contrôle d'accès - Bains du Bois-Gentil",
    "<html><body><p>Bonjour Monsieur Favre,</p><p>Merci pour l'offre. Après discussion avec la direction :</p>"
    "<ol><li>Nous prenons les portillons vitrés, à cause des poussettes et des fauteuils.</li>"
    "<li>Il nous faut cinq portillons et non quatre : une entrée séparée pour les groupes scolaires.</li>"
    "<li>L'installation doit être terminée avant l'ouverture du bassin extérieur le samedi 15 mai.</li>"
    "<li>Merci d'établir l'offre au nom de la Fondation des Bains du Bois-Gentil.</li>"
    "<li>Vos bracelets sont-ils compatibles avec nos casiers existants (serrures électroniques de 2021) ?</li></ol>"
    "<p>Écrivez-moi plutôt ; par téléphone uniquement le matin avant 10 h.</p>"
    "<p>Meilleures salutations,<br>Nathalie Rochat<br>Cheffe d'exploitation</p></body></html>", "text/html"),
  ],
  kps=[("portillons vitrés à CHF 9'800 la pièce, cinq portillons", ["portillons vitrés", "CHF 9'800", "cinq portillons"]),
       ("offre au nom de la Fondation des Bains du Bois-Gentil", ["Fondation des Bains du Bois-Gentil"]),
       ("installation terminée avant le samedi 15 mai", ["samedi 15 mai"])],
  must_not=["CHF 6'200", "tripodes"],
  slots=["si les bracelets sont compatibles avec les casiers existants", "si l'installation peut être terminée avant le samedi 15 mai"],
  note="<ol>; écrire plutôt, téléphone le matin avant 10 h seulement."))

# 32 quoted thread (Zimbra), Liège
A(dict(nn=32, slug="autocars-deplacements-supporters-football-liege", domain="transport en autocar", language="fr",
  tz="Europe/Brussels", now="2032-04-20 10:30", native=True, shape="quoted thread", quote_client="Zimbra",
  place="fr: Liège (Province de Liège)", kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
  customer=("Didier Lambotte", "secretariat@meuserouge-supporters.example.be"),
  rep=("Caroline Dethier", "c.dethier@autocars-ardennes.example.be", "Caroline Dethier\nAutocars des Ardennes\n04 355 55 62"),
  src=[("message", "2032-04-14 10:12", "outbound", "Offre autocars - déplacements play-offs",
    "Bonjour Monsieur Lambotte,\n\nPour les quatre déplacements des play-offs, nous proposons :\n\n- autocar 50 places : 1 150 € TVAC par déplacement\n- autocar 63 places : 1 390 € TVAC par déplacement\n\nChauffeur, péages et parking compris.\n\nBien à vous,\nCaroline Dethier"),
   ("message", "2032-04-19 21:40", "inbound", "Re: Offre autocars - déplacements play-offs",
    "Bonsoir Madame Dethier,\n\nOn prend le 63 places, les inscriptions explosent. Mais ce sera trois déplacements et pas quatre, le dernier match se joue finalement à domicile. Dates : dimanche 2 mai, samedi 8 mai et dimanche 16 mai.\n\nNotre trésorière Martine demande si on peut payer après chaque déplacement plutôt que tout d'avance (on est une asbl, la caisse est petite). Et y a-t-il une toilette à bord ?\n\nAllez les Rouges !\nDidier Lambotte\nSecrétaire (bénévole)\nClub des supporters Meuse Rouge\n0475 55 51 03\n\n----- Mail original -----\nDe: \"Caroline Dethier\" <c.dethier@autocars-ardennes.example.be>\nÀ: \"Didier Lambotte\" <secretariat@meuserouge-supporters.example.be>\nEnvoyé: Mercredi 14 Avril 2032 10:12:05\nObjet: Offre autocars - déplacements play-offs\n\nBonjour Monsieur Lambotte,\n\nPour les quatre déplacements des play-offs, nous proposons :\n\n- autocar 50 places : 1 150 € TVAC par déplacement\n- autocar 63 places : 1 390 € TVAC par déplacement\n\nChauffeur, péages et parking compris.\n\nBien à vous,\nCaroline Dethier\n"),
  ],
  kps=[("autocar 63 places à 1 390 € TVAC par déplacement", ["63 places", "1 390 €"]),
       ("trois déplacements : dimanche 2 mai, samedi 8 mai et dimanche 16 mai", ["trois déplacements", "dimanche 2 mai", "samedi 8 mai", "dimanche 16 mai"])],
  must_not=["1 150 €", "50 places", "quatre déplacements", "0475 55 51 03", "Allez les Rouges", "la caisse est petite"],
  slots=["si le paiement peut se faire après chaque déplacement", "s'il y a une toilette à bord"],
  note="Zimbra quote header ('----- Mail original ----- / De: / À: / Envoyé: Mercredi 14 Avril 2032 10:12:05 / Objet:'), not indented; Martine's question relayed."))

# 33 quoted thread (Roundcube), Annecy
A(dict(nn=33, slug="chronometrage-dossards-triathlon-lac-annecy", domain="chronométrage et dossards", language="fr",
  tz="Europe/Paris", now="2032-04-22 09:00", native=True, shape="quoted thread", quote_client="Roundcube",
  place="fr: Annecy (Haute-Savoie)", kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
  customer=("Élodie Perrissin", "presidente@tri-lac-bleu.example.fr"),
  rep=("Arnaud Vuillermoz", "arnaud@chronoalpes.example.fr", "Arnaud Vuillermoz\nChronoAlpes\n04 50 55 53 26"),
  src=[("message", "2032-04-12 16:40", "outbound", "Devis chronométrage - Triathlon du Lac Bleu",
    "Bonjour Élodie,\n\nVoici nos tarifs pour l'édition 2032 (base 900 participants) :\n\n- chronométrage par puce, classements en direct : 2,40 € TTC par participant\n- dossards imprimés avec logos partenaires : 0,55 € TTC pièce\n- arche d'arrivée gonflable avec horloge : forfait 650 € TTC\n\nSportivement,\nArnaud"),
   ("message", "2032-04-21 22:15", "inbound", "Re: Devis chronométrage - Triathlon du Lac Bleu",
    "Bonsoir Arnaud,\n\nOn part sur le chronométrage et les dossards, mais pas l'arche : le club en a acheté une l'an dernier. Par contre on sera 1 100 participants et pas 900, on a ouvert une distance découverte.\n\nJérôme, notre vice-président, demande si les puces peuvent être portées à la cheville (pour la natation, les bracelets en silicone ça part dans l'eau). Et est-ce que les résultats peuvent partir par SMS aux familles ? La course est le dimanche 27 juin.\n\nÉlodie\n\nLe 2032-04-12 16:40, Arnaud Vuillermoz a écrit :\n> Bonjour Élodie,\n>\n> Voici nos tarifs pour l'édition 2032 (base 900 participants) :\n>\n> - chronométrage par puce, classements en direct : 2,40 € TTC par participant\n> - dossards imprimés avec logos partenaires : 0,55 € TTC pièce\n> - arche d'arrivée gonflable avec horloge : forfait 650 € TTC\n>\n> Sportivement,\n> Arnaud\n"),
  ],
  kps=[("chronométrage par puce à 2,40 € TTC par participant et dossards à 0,55 € TTC, sans arche", ["2,40 €", "0,55 €"]),
       ("1 100 participants le dimanche 27 juin", ["1 100 participants", "dimanche 27 juin"])],
  must_not=["650 €", "900 participants", "ça part dans l'eau"],
  slots=["si les puces peuvent être portées à la cheville", "si les résultats peuvent être envoyés par SMS aux familles"],
  note="Roundcube quote header ('Le 2032-04-12 16:40, X a écrit :'), '>' quoted; Jérôme's question relayed."))

# 34 NO DRAFT opt-out, Montréal
A(dict(nn=34, slug="logiciel-inscriptions-ecole-de-danse-montreal-desinscription", domain="logiciel d'inscription", language="fr",
  tz="America/Toronto", now="2032-04-20 10:00", native=True, shape="no draft", place="fr: Montréal (Québec)", kinds=["optout"],
  customer=("Geneviève Tremblay", "direction@studio-entrechat.example.ca"),
  rep=("Samuel Gagnon", "samuel.gagnon@inscrivo.example.ca", "Samuel Gagnon\nInscrivo\n514 555 0147"),
  src=[("message", "2032-04-05 09:00", "outbound", "Inscriptions de la session d'automne - Inscrivo",
    "Bonjour Geneviève,\n\nJe me permets de vous écrire : plusieurs écoles de danse du Plateau utilisent Inscrivo pour leurs inscriptions et paiements en ligne. Seriez-vous disponible 20 minutes pour une démonstration ?\n\nSamuel"),
   ("message", "2032-04-14 09:10", "outbound", "Re: Inscriptions de la session d'automne - Inscrivo",
    "Bonjour Geneviève,\n\nPetit suivi de mon message. Les inscriptions d'automne arrivent vite ; je peux vous montrer l'outil quand ça vous convient.\n\nSamuel"),
   ("message", "2032-04-19 20:25", "inbound", "RE: Re: Inscriptions de la session d'automne - Inscrivo",
    "Bonjour,\n\nNous sommes très bien équipés et ça ne nous intéresse pas. Veuillez retirer mon adresse de vos envois et ne plus m'écrire.\n\nMerci,\nGeneviève Tremblay"),
  ],
  note="Opt-out: 'Veuillez retirer mon adresse de vos envois et ne plus m'écrire.'"))
