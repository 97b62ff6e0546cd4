from lib import M, N, C, q

CASES = []

# 28 Strasbourg ascenseurs bailleur social, notes+mail
CASES.append(C(n=28, slug="maintenance-ascenseurs-bailleur-social-strasbourg", domain="maintenance d'ascenseurs", lang="fr",
  tz="Europe/Paris", now="2034-11-14 10:00", shape="notes+mail", colleague="Mme Wolff", place="fr: Grand Est (Strasbourg)",
  cust=("Thierry Schaeffer", "t.schaeffer@habitat-ill.example.org"),
  rep=("Aurélie Muller", "a.muller@rhenaleva.example.com", "Aurélie Muller\nRhénaLève Ascenseurs\nChargée d'affaires\n03 88 55 51 47"),
  src=[
   M("2034-10-16 09:05", "inbound", "Demande d'offre - maintenance ascenseurs",
     "Madame,\n\nLe contrat de maintenance de nos 12 ascenseurs (résidences de la Meinau et du Neuhof) arrive à échéance le 31 décembre. Nous souhaitons recevoir une offre pour un contrat de maintenance complète avec astreinte.\n\nCordialement,\nThierry Schaeffer\nResponsable patrimoine\nHabitat de l'Ill\n03 88 55 57 20"),
   N("2034-10-19 14:30", "Visite des 12 appareils avec M. Schaeffer. 4 appareils de 1987 fatigués (portes palières). Offre promise avant fin octobre. Voir avec Karim si l'équipe de nuit suffit pour l'astreinte Neuhof."),
   M("2034-10-30 11:20", "outbound", "Offre de maintenance - Habitat de l'Ill",
     "Monsieur Schaeffer,\n\nSuite à notre visite, voici notre proposition pour vos 12 ascenseurs : maintenance complète, astreinte 24 h/24 et 7 j/7, délai d'intervention d'une heure pour personne bloquée, 2 780 € HT par appareil et par an sur 5 ans. La modernisation des 4 appareils de 1987 est proposée en option à 38 000 € HT par appareil.\n\nBien cordialement,\nAurélie Muller"),
   M("2034-11-08 16:20", "inbound", "RE: Offre de maintenance - Habitat de l'Ill",
     "Madame Muller,\n\nMerci pour votre offre. Deux remarques : notre directrice, Mme Wolff, préfère un engagement de 3 ans plutôt que 5. Et quelles pénalités prévoyez-vous si le délai d'une heure n'est pas tenu ? Pouvez-vous également nous transmettre vos attestations d'assurance ?\n\nCordialement,\nT. Schaeffer"),
   N("2034-11-13 15:00", "Tél. avec M. Schaeffer : 3 ans OK à 2 860 € HT par appareil et par an. Pénalité 150 € par heure de retard au-delà de l'heure garantie. Démarrage 1er janvier 2035. Projet de contrat à lui envoyer jeudi. Option modernisation : on en reparle au printemps."),
  ],
  kp=[("engagement de 3 ans à 2 860 € HT par appareil et par an", ["2 860 €", "3 ans"]),
      ("pénalité de 150 € par heure de retard au-delà de l'heure garantie", ["150 €"]),
      ("démarrage le 1er janvier 2035 ; projet de contrat envoyé jeudi", ["1er janvier 2035", "contrat"])],
  mn=["2 780 €", "Karim", "équipe de nuit", "03 88 55 57 20", "Tél. avec"],
  slots=["les attestations d'assurance demandées"],
  dates=["note jeudi 19 octobre 'avant fin octobre' = mardi 31 octobre : tenu (mail du 30 octobre)",
         "note lundi 13 novembre 'jeudi' = jeudi 16 novembre, après now (mardi 14 novembre)",
         "le 11 novembre (Armistice) était un samedi"]))

# 29 Toulouse CACES paysagiste, html
CASES.append(C(n=29, slug="formation-caces-mini-pelles-paysagiste-toulouse", domain="formation sécurité", lang="fr",
  tz="Europe/Paris", now="2034-11-15 11:00", shape="html", colleague="Mme Estrade", place="fr: Occitanie (Toulouse)",
  cust=("Julien Marty", "j.marty@vertscoteaux.example.com"),
  rep=("Nadège Roux", "n.roux@garonne-formation.example.com", "Nadège Roux\nGaronne Formation Engins\n05 61 55 58 92"),
  src=[
   M("2034-10-18 08:15", "inbound", "Demande formation CACES",
     "<html><body><p>Bonjour Madame Roux,</p><p>Nous sommes une entreprise de paysage de 25 salariés, basée à Colomiers. Nous avons besoin de :</p><ul><li>CACES R482 catégorie A (mini-pelles) pour 6 personnes</li><li>CACES R490 (grue auxiliaire) pour 2 personnes</li><li>si possible en intra, dans notre dépôt</li></ul><p>Merci de nous faire une proposition.</p><p>Julien Marty<br>Conducteur de travaux<br>Verts Coteaux Paysage<br>06 55 51 83 27</p></body></html>", html=True),
   M("2034-10-20 10:40", "outbound", "Proposition formation CACES - Verts Coteaux",
     "Bonjour Monsieur Marty,\n\nVoici notre proposition en intra : R482 cat. A, 6 stagiaires, 3 jours : 4 980 € HT ; R490, 2 stagiaires, 2 jours : 1 760 € HT. Nous pouvons intervenir la semaine du 11 décembre.\n\nBien à vous,\nNadège Roux"),
   M("2034-10-31 17:30", "inbound", "RE: Proposition formation CACES - Verts Coteaux",
     "<html><body><p>Bonjour,</p><p>Quelques changements :</p><ul><li>décembre impossible, la pluie nous a mis en retard sur les plantations d'automne</li><li>nous serions 8 pour le R482 au lieu de 6</li><li>pouvez-vous monter le dossier de prise en charge OPCO ?</li></ul><p>Julien</p></body></html>", html=True),
   M("2034-11-06 09:50", "outbound", "RE: Proposition formation CACES - Verts Coteaux",
     "Bonjour Julien,\n\nPas de souci. R482 pour 8 stagiaires : 6 480 € HT, du lundi 15 au mercredi 17 janvier ; R490 le jeudi 18 et le vendredi 19 janvier, 1 760 € HT. Pour l'OPCO, nous fournissons la convention, le programme et les feuilles d'émargement.\n\nBien à vous,\nNadège"),
   M("2034-11-14 18:05", "inbound", "RE: Proposition formation CACES - Verts Coteaux",
     "<html><body><p>Bonjour Nadège,</p><p>C'est validé de notre côté. Merci de :</p><ol><li>établir la convention au nom de Verts Coteaux Paysage SAS</li><li>nous dire si la pratique peut se faire sur votre terrain, le nôtre est une vraie gadoue en janvier</li><li>préciser si les repas de midi sont compris</li></ol><p>Mme Estrade, notre RH, demande aussi si un stagiaire absent pourra passer le test plus tard en rattrapage.</p><p>Cordialement,<br>Julien Marty</p></body></html>", html=True),
  ],
  kp=[("R482 pour 8 stagiaires à 6 480 € HT et R490 à 1 760 € HT", ["6 480 €", "1 760 €"]),
      ("R482 du 15 au 17 janvier, R490 les 18 et 19 janvier", ["17 janvier", "19 janvier"]),
      ("convention au nom de Verts Coteaux Paysage SAS, pièces pour l'OPCO fournies", ["Verts Coteaux Paysage SAS", "OPCO"])],
  mn=["4 980 €", "6 stagiaires", "06 55 51 83 27", "gadoue"],
  slots=["si la pratique peut se faire sur le terrain du centre", "si les repas de midi sont compris", "si un stagiaire absent peut passer le test en rattrapage"],
  dates=["mail du représentant lundi 6 novembre : 'du lundi 15 au mercredi 17 janvier' et 'le jeudi 18 et le vendredi 19 janvier' 2035",
         "'la semaine du 11 décembre' (offre du 20 octobre) = abandonnée"]))

# 30 Montpellier fenêtres syndic, ooo no-draft
CASES.append(C(n=30, slug="remplacement-menuiseries-syndic-copropriete-montpellier-absence", domain="fenêtres", lang="fr",
  tz="Europe/Paris", now="2034-11-14 15:30", shape="no-draft: ooo", place="fr: Hérault (Montpellier)", draft=False,
  cust=("Sophie Granier", "s.granier@cabinet-lez-syndic.example.com"),
  rep=("Bruno Castel", "b.castel@menuiseries-garrigue.example.com", "Bruno Castel\nMenuiseries de la Garrigue\n04 67 55 53 18"),
  src=[
   M("2034-10-24 09:30", "inbound", "Copropriété Les Aubes - fenêtres",
     "Bonjour Monsieur Castel,\n\nL'assemblée générale de la copropriété Les Aubes (32 lots) doit voter au printemps le remplacement des menuiseries des parties communes. Pourriez-vous établir un devis pour les 14 fenêtres de cage d'escalier ?\n\nCordialement,\nSophie Granier\nGestionnaire de copropriété"),
   M("2034-11-13 17:40", "outbound", "RE: Copropriété Les Aubes - fenêtres",
     "Bonjour Madame Granier,\n\nVoici notre devis pour les 14 fenêtres PVC double vitrage des cages d'escalier, dépose et pose comprises : 11 340 € TTC. Je reste à votre disposition pour le présenter au conseil syndical.\n\nCordialement,\nBruno Castel"),
   M("2034-11-13 17:41", "inbound", "Réponse automatique : RE: Copropriété Les Aubes - fenêtres",
     "Bonjour,\n\nJe suis en congé et n'ai pas accès à ma messagerie. Je serai de retour au cabinet le lundi 27 novembre. Pour toute urgence technique, merci de contacter l'accueil du cabinet.\n\nSophie Granier"),
  ],
  quote="Je suis en congé et n'ai pas accès à ma messagerie. Je serai de retour au cabinet le lundi 27 novembre.",
  dates=["réponse automatique lundi 13 novembre 'le lundi 27 novembre' = retour après now (mardi 14 novembre)"]))

# 31 Rouen logiciel devis plombier, notes-only prospect
CASES.append(C(n=31, slug="logiciel-devis-mobile-plombier-chauffagiste-rouen-prospect", domain="logiciel de devis", lang="fr",
  tz="Europe/Paris", now="2034-11-13 14:00", shape="notes-only", place="fr: Normandie (Rouen)",
  cust=("Yannick Lebas", "yannick@lebas-plomberie.example.net"),
  rep=("Claire Vasseur", "c.vasseur@devisflash.example.com", "Claire Vasseur\nDevisFlash\n02 35 55 54 09"),
  src=[
   N("2034-11-02 17:15", "Rencontré au salon de l'habitat de Rouen : M. Yannick Lebas, gérant de Lebas Plomberie Chauffage, 7 salariés, Sotteville. Fait ses devis le soir sur Word, veut pouvoir chiffrer chez le client sur tablette. Intéressé par DevisFlash Pro, annoncé 49 € par utilisateur et par mois, 3 utilisateurs. yannick@lebas-plomberie.example.net"),
   N("2034-11-10 12:40", "Rappel de M. Lebas : finalement 5 utilisateurs, dont 2 apprentis. J'ai proposé 29 € par mois pour les comptes apprentis. Démo sur place mardi 21 novembre 8 h 30 à son atelier, avant ses chantiers. Il demande si on peut importer le catalogue de son grossiste (fichier tarif) : à vérifier avec l'équipe produit, rien promis."),
  ],
  kp=[("3 comptes à 49 € par utilisateur et par mois et 2 comptes apprentis à 29 €", ["49 €", "29 €"]),
      ("démo sur place mardi 21 novembre à 8 h 30 à son atelier", ["21 novembre", "8 h 30"])],
  mn=["Rencontré au salon", "Rappel de M. Lebas", "le soir sur Word", "équipe produit"],
  slots=["si le catalogue du grossiste (fichier tarif) peut être importé"],
  dates=["note vendredi 10 novembre 'mardi 21 novembre' = démo, après now (lundi 13 novembre)"]))

# 32 Liège formation amiante, quoted Roundcube
r1 = ("Bonjour Monsieur Dewez,\n\nNous sommes une entreprise de démolition et de désamiantage légère (14 ouvriers). Nos attestations de formation amiante arrivent à échéance en fin d'année. Pouvez-vous organiser la formation de recyclage chez nous, à Herstal ?\n\n"
      "Bien à vous,\nÉmilie Jacquemin\nDémolitions Jacquemin SRL\n04 255 57 16")
r2 = ("Bonjour Madame Jacquemin,\n\nAvec plaisir. Nous proposons 2 sessions de 7 personnes, une journée chacune, dans vos locaux : 3 150 € HTVA au total, supports et tests compris.\n\n"
      "Plusieurs de vos ouvriers viennent de la région d'Eupen, je vérifie si notre formateur germanophone est disponible pour une des deux sessions.\n\nCordialement,\nLaurent Dewez\nMeuse Prévention ASBL")
CASES.append(C(n=32, slug="recyclage-formation-amiante-entreprise-demolition-liege", domain="formation sécurité", lang="fr",
  tz="Europe/Brussels", now="2034-11-13 11:00", shape="quoted", client="Roundcube", colleague="M. Lambotte", place="fr: Province de Liège (Liège / Herstal)",
  cust=("Émilie Jacquemin", "e.jacquemin@demolitions-jacquemin.example.com"),
  rep=("Laurent Dewez", "l.dewez@meuse-prevention.example.org", "Laurent Dewez\nMeuse Prévention ASBL\n04 225 55 38"),
  src=[
   M("2034-10-23 09:35", "inbound", "Recyclage formation amiante", r1),
   M("2034-10-26 14:50", "outbound", "Re: Recyclage formation amiante", r2),
   M("2034-11-13 08:15", "inbound", "Re: Recyclage formation amiante",
     "Bonjour Monsieur Dewez,\n\nC'est d'accord pour les deux sessions. Dates souhaitées : mercredi 29 novembre et mercredi 6 décembre, début 7 h 30 si possible. Notre conseiller en prévention, M. Lambotte, demande si chaque ouvrier recevra une attestation individuelle.\n\n"
     "Pour la session en allemand, vous deviez vérifier, qu'en est-il ?\n\nBien à vous,\nÉmilie Jacquemin\n\n"
     "Le 2034-10-26 14:50, Laurent Dewez a écrit :\n" + q(r2) + "\n>\n> Le 2034-10-23 09:35, Émilie Jacquemin a écrit :\n" + q(q(r1))),
  ],
  kp=[("2 sessions de 7 personnes dans leurs locaux, 3 150 € HTVA au total", ["3 150 €"]),
      ("dates souhaitées mercredi 29 novembre et mercredi 6 décembre à 7 h 30", ["29 novembre", "6 décembre", "7 h 30"]),
      ("vérification du formateur germanophone toujours due", ["allemand"])],
  mn=["04 255 57 16", "désamiantage légère"],
  slots=["si les dates du 29 novembre et du 6 décembre à 7 h 30 conviennent", "si chaque ouvrier reçoit une attestation individuelle", "si le formateur germanophone est disponible"],
  dates=["mail client lundi 13 novembre : 'mercredi 29 novembre', 'mercredi 6 décembre' ; le 11 novembre tombait un samedi ; la fête du Roi (15 novembre) n'est pas fériée dans le privé"]))

# 33 Lausanne logiciel régie, notes+mail
CASES.append(C(n=33, slug="logiciel-bons-de-travaux-regie-immobiliere-lausanne", domain="logiciel de gestion immobilière", lang="fr",
  tz="Europe/Zurich", now="2034-11-15 09:30", shape="notes+mail", colleague="Cédric", place="fr: canton de Vaud (Lausanne)",
  cust=("Nathalie Chappuis", "n.chappuis@regie-sallaz.example.com"),
  rep=("Romain Pittet", "r.pittet@immotask.example.com", "Romain Pittet\nImmoTask SA\n021 555 47 83"),
  src=[
   M("2034-10-11 10:30", "inbound", "Outil de suivi des interventions",
     "Bonjour Monsieur Pittet,\n\nNotre régie gère environ 1 800 lots. Le suivi des bons de travaux avec les artisans se fait encore par téléphone et par Excel. Nous cherchons un outil pour envoyer les bons, suivre les interventions et récupérer les factures. Une démonstration serait-elle possible ?\n\nMeilleures salutations\nNathalie Chappuis\nResponsable technique\nRégie de la Sallaz SA\n021 555 61 09"),
   N("2034-10-16 16:00", "Démo chez eux avec Mme Chappuis et son collègue Cédric (gérance). Très intéressés par le portail artisans. Annoncé CHF 1.20 par lot et par mois. Elle demande une interface avec leur logiciel comptable, je vérifie."),
   M("2034-10-19 11:15", "outbound", "Offre ImmoTask - Régie de la Sallaz",
     "Bonjour Madame Chappuis,\n\nMerci pour votre accueil. Notre offre : ImmoTask pour 1 800 lots à CHF 1.20 par lot et par mois, portail artisans inclus, mise en place et reprise des données CHF 4'500 une fois.\n\nMeilleures salutations\nRomain Pittet"),
   M("2034-11-07 14:05", "inbound", "RE: Offre ImmoTask - Régie de la Sallaz",
     "Bonjour,\n\nCédric voudrait savoir si les concierges auront une application pour signaler les pannes. Et pour l'interface avec la comptabilité, vous deviez vérifier : avez-vous des nouvelles ?\n\nN. Chappuis"),
   N("2034-11-13 10:40", "Tél. Mme Chappuis : app concierges incluse. Compta : export CSV oui, connecteur direct pas avant mi-2035. Sur 3 ans : CHF 1.10 par lot et par mois (remise validée par Stéphanie). Lancement lundi 8 janvier 2035, formation de l'équipe jeudi 14 décembre à 14 h. Contrat à envoyer vendredi."),
  ],
  kp=[("CHF 1.10 par lot et par mois sur 3 ans, mise en place CHF 4'500", ["CHF 1.10", "CHF 4'500"]),
      ("application concierges incluse ; export CSV vers la comptabilité, connecteur direct pas avant mi-2035", ["CSV", "mi-2035"]),
      ("formation jeudi 14 décembre à 14 h, lancement lundi 8 janvier 2035 ; contrat vendredi", ["14 décembre", "8 janvier 2035"])],
  mn=["CHF 1.20", "Stéphanie", "021 555 61 09", "Tél. Mme"],
  dates=["note lundi 16 octobre : offre promise, envoyée jeudi 19 octobre",
         "note lundi 13 novembre 'vendredi' = vendredi 17 novembre, après now (mercredi 15 novembre)",
         "'jeudi 14 décembre', 'lundi 8 janvier 2035'"]))

# 34 Québec abris chauffés, notes+mail
CASES.append(C(n=34, slug="abris-chauffes-chaufferettes-coulee-hiver-quebec", domain="location d'équipement de chantier", lang="fr",
  tz="America/Toronto", now="2034-11-14 13:00", shape="notes+mail", colleague="Mathieu", place="fr: Québec (ville de Québec / Sainte-Foy)",
  cust=("Josée Gagnon", "jgagnon@constructions-laurentide.example.com"),
  rep=("Éric Bouchard", "ebouchard@thermochantier.example.com", "Éric Bouchard\nThermoChantier inc.\n418 555-0263"),
  src=[
   M("2034-10-23 07:30", "inbound", "Abris chauffés - projet Sainte-Foy",
     "Bonjour M. Bouchard,\n\nOn commence les fondations d'un immeuble de 6 étages à Sainte-Foy et les coulées vont tomber en plein hiver. On aurait besoin d'abris temporaires chauffés et de chaufferettes au propane. Pouvez-vous passer voir le site?\n\nMerci\nJosée Gagnon\nChargée de projet\nLes Constructions Laurentide inc.\n418 555-0730"),
   N("2034-10-25 15:20", "Visite avec Josée. 2 abris 12 x 20 m, 4 chaufferettes 400 000 BTU. Soumission d'ici vendredi."),
   M("2034-10-27 14:10", "outbound", "Soumission - abris chauffés Sainte-Foy",
     "Bonjour Josée,\n\nTel que discuté sur le site : 2 abris 12 x 20 m et 4 chaufferettes au propane de 400 000 BTU, 9 480 $ par mois, propane en sus. Installation et démontage : 1 850 $.\n\nBonne journée,\nÉric"),
   M("2034-11-09 12:25", "inbound", "RE: Soumission - abris chauffés Sainte-Foy",
     "Éric,\n\nNotre surintendant Mathieu trouve que 4 chaufferettes ne suffiront pas en janvier, il en voudrait 6. Est-ce que vous pouvez gérer le propane vous-mêmes? On ne veut pas courir après les livraisons. La première coulée est prévue le lundi 27 novembre.\n\nJosée"),
   N("2034-11-13 11:30", "Jasé avec Josée au tél. 6 chaufferettes OK, nouveau prix 11 240 $/mois. Propane : notre partenaire livre 2 fois par semaine, refacturé au coût. Installation vendredi 24 novembre, 1 850 $ inchangé. Soumission révisée + contrat à envoyer mardi. Vérifier avec Réjean, on n'a que 5 chaufferettes dans la cour."),
  ],
  kp=[("2 abris et 6 chaufferettes à 11 240 $ par mois, installation 1 850 $", ["11 240 $", "6 chaufferettes"]),
      ("propane livré 2 fois par semaine par le partenaire, refacturé au coût", ["2 fois par semaine"]),
      ("installation vendredi 24 novembre avant la coulée du lundi 27 novembre ; soumission révisée et contrat dus", ["24 novembre", "27 novembre", "contrat"])],
  mn=["9 480 $", "Réjean", "que 5 chaufferettes", "418 555-0730", "Jasé avec"],
  dates=["note mercredi 25 octobre 'd'ici vendredi' = vendredi 27 octobre : tenu (mail du 27 octobre)",
         "note lundi 13 novembre 'mardi' = mardi 14 novembre, le jour de now (13 h) : pas encore envoyé",
         "'vendredi 24 novembre', 'lundi 27 novembre'"]))
