from lib import Case

CASES = []

# 28 Lille, bornes de recharge pour transporteur, notes+mail
c = Case(28, "bornes-recharge-depot-messagerie-lille", "bornes de recharge", "fr", "Europe/Paris", "2034-12-05 10:00",
         ("Sophie Delattre", "s.delattre@transports-deule.example.com"),
         ("Julien Marchand", "j.marchand@ampere-depot.example.com", "Julien Marchand\nAmpère Dépôt SAS\n03 20 55 51 47"),
         "fr: Hauts-de-France (Lille / Lesquin)", "notes+mail")
c.msg("inbound", "2034-11-07 08:55", "Recharge de nos utilitaires électriques",
"""Bonjour Monsieur Marchand,

Nous recevons 18 fourgons électriques au premier trimestre pour nos tournées de messagerie sur la métropole. Le dépôt de Lesquin n'a aucune borne aujourd'hui. Il nous faudrait une solution de recharge de nuit, avec un suivi des consommations par véhicule pour la refacturation à nos clients.

Pourriez-vous passer voir le site ?

Cordialement,
Sophie Delattre
Responsable parc
Transports de la Deûle
06 55 51 82 40""")
c.note("2034-11-09 14:10", """Visite Lesquin avec Mme Delattre. TGBT 250 kVA, place pour 20 points sous l'auvent. Proposé 18 bornes 11 kW + pilotage dynamique. Devis promis sous 8 jours.""")
c.msg("outbound", "2034-11-16 17:30", "Devis bornes de recharge - dépôt de Lesquin",
"""Bonjour Madame Delattre,

Merci pour l'accueil. Voici notre proposition :

- 18 bornes 11 kW avec pilotage dynamique de la puissance : 41 400 € HT
- génie électrique et pose : 23 600 € HT
- logiciel de supervision avec suivi par véhicule : 162 € HT par mois

La prime Advenir peut réduire la facture, nous montons le dossier pour vous.

Bien cordialement,
Julien Marchand""")
c.msg("inbound", "2034-11-27 12:05", "RE: Devis bornes de recharge - dépôt de Lesquin",
"""Bonjour,

Notre DAF, M. Vandamme, demande si on peut réduire à 12 bornes dans un premier temps et prévoir le pré-câblage pour 6 de plus. Et est-ce que vous avez un montant estimé de la prime, il en a besoin pour le budget 2035 qu'il boucle mi-décembre.

Merci,
Sophie Delattre""")
c.note("2034-12-04 11:40", """Tél. Mme Delattre. Phase 1 : 12 bornes + pré-câblage 6 : 27 600 € HT bornes, 25 100 € HT travaux. Prime estimée 960 € par point de charge, soit 11 520 € pour les 12 – dit à elle. Pose semaine du 8 janvier. Devis révisé à envoyer jeudi. Ne pas lui parler du retard fournisseur sur les câbles, Karim gère.""")
c.kp("phase 1 : 12 bornes et pré-câblage pour 6 de plus, 27 600 € HT bornes et 25 100 € HT travaux", "27 600 €", "25 100 €", "12 bornes")
c.kp("prime estimée 11 520 € pour les 12 points", "11 520 €")
c.kp("pose la semaine du 8 janvier ; devis révisé à envoyer", "8 janvier", "Devis révisé")
c.must_not += ["41 400 €", "23 600 €", "retard fournisseur", "Karim", "06 55 51 82 40", "Tél. Mme Delattre"]
CASES.append(c)

# 29 Bordeaux, cabine de peinture carrosserie, html
c = Case(29, "cabine-peinture-carrosserie-independante-bordeaux", "cabines de peinture", "fr", "Europe/Paris", "2034-12-06 11:00",
         ("Karim Benali", "carrosserie.benali@example.net"),
         ("Anne-Laure Pujol", "al.pujol@aquitaine-cabines.example.com", "Anne-Laure Pujol\nAquitaine Cabines\n05 56 55 50 37"),
         "fr: Nouvelle-Aquitaine (Bordeaux / Mérignac)", "html")
c.msg("inbound", "2034-11-15 18:20", "Remplacement cabine de peinture",
"""<html><body><p>Bonjour Madame,</p>
<p>Notre cabine a 19 ans et consomme énormément de gaz. Nous souhaitons la remplacer. Notre besoin :</p>
<ul>
<li>cabine 7 m pour VL et petits utilitaires</li>
<li>chauffage avec récupération de chaleur</li>
<li>plan de préparation attenant</li>
</ul>
<p>L'atelier est à Mérignac, accès par une porte de 3,50 m.</p>
<p>Cordialement<br>Karim Benali<br>Carrosserie Benali<br>05 56 55 59 62</p></body></html>""", "text/html")
c.msg("outbound", "2034-11-21 10:00", "Offre cabine AC-700 - Carrosserie Benali",
"""Bonjour Monsieur Benali,

Suite à votre demande, voici notre offre :

Cabine AC-700 (7 m) avec récupérateur de chaleur : 58 900 € HT
Plan de préparation PP-4 : 14 300 € HT
Démontage de l'ancienne cabine, montage et mise en service : 7 800 € HT

Délai : 8 semaines après commande. Pendant le montage, comptez 6 jours ouvrés sans cabine.

Cordialement,
Anne-Laure Pujol""")
c.msg("inbound", "2034-12-04 17:45", "RE: Offre cabine AC-700 - Carrosserie Benali",
"""<html><body><p>Bonjour,</p>
<p>Merci pour l'offre, on est intéressés mais quelques points avant de signer :</p>
<ol>
<li>Mon associée Mme Ferreira demande si vous faites un financement sur 5 ans ou une location.</li>
<li>On voudrait garder le plan de préparation pour plus tard, donc seulement la cabine et le montage.</li>
<li>Est-ce possible de faire le montage pendant nos congés d'été, du 4 au 15 août ?</li>
</ol>
<p>Karim</p></body></html>""", "text/html")
c.kp("cabine AC-700 avec récupérateur à 58 900 € HT et montage 7 800 € HT, sans le plan de préparation", "58 900 €", "7 800 €", "AC-700")
c.kp("délai 8 semaines après commande, 6 jours ouvrés sans cabine", "8 semaines", "6 jours ouvrés")
c.kp("montage souhaité du 4 au 15 août", "4 au 15 août")
c.must_not += ["14 300 €", "05 56 55 59 62", "consomme énormément"]
c.answer_slots += ["si un financement sur 5 ans ou une location est possible",
                   "si le montage peut se faire du 4 au 15 août"]
CASES.append(c)

# 30 Lyon, télématique loueur utilitaires, ooo
c = Case(30, "telematique-loueur-utilitaires-lyon-absence", "télématique", "fr", "Europe/Paris", "2034-12-05 15:30",
         ("Hélène Moreau", "h.moreau@rhone-location.example.com"),
         ("Bastien Roux", "b.roux@geoflotte.example.org", "Bastien Roux\nGéoFlotte\n04 72 55 58 13"),
         "fr: Auvergne-Rhône-Alpes (Lyon)", "no-draft: ooo")
c.msg("outbound", "2034-12-04 16:45", "Boîtiers télématiques - 75 utilitaires",
"""Bonjour Madame Moreau,

Comme convenu, voici le récapitulatif : 75 boîtiers avec relevé kilométrique automatique et géorepérage, 11,90 € HT par véhicule et par mois, pose offerte. Je reste disponible pour en parler.

Bien à vous,
Bastien Roux""")
c.msg("inbound", "2034-12-04 16:46", "Absence : Boîtiers télématiques - 75 utilitaires",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 18 décembre inclus et ne consulte pas mes messages. Je vous répondrai dès mon retour le mardi 19 décembre.

Pour les réservations, merci d'écrire à agence@rhone-location.example.com.

Hélène Moreau
Rhône Location Utilitaires""")
c.expect_draft = False
CASES.append(c)

# 31 Rennes, formation éco-conduite autocars, notes-only
c = Case(31, "formation-eco-conduite-autocariste-rennes-prospect", "formation des conducteurs", "fr", "Europe/Paris", "2034-12-04 14:00",
         ("Yannick Le Goff", "y.legoff@cars-vilaine.example.com"),
         ("Claire Fontaine", "c.fontaine@conduite-sobre.example.net", "Claire Fontaine\nConduite Sobre Formation\n02 99 55 57 20"),
         "fr: Bretagne (Rennes)", "notes-only")
c.note("2034-11-24 16:15", """Rencontré Yannick Le Goff, directeur d'exploitation des Cars de la Vilaine (62 autocars, scolaire + lignes régulières), au salon des transports de voyageurs. Veut réduire la conso gazole, objectif -8 %. Intéressé par une formation éco-conduite pour ses conducteurs. Annoncé environ 290 € HT par conducteur pour une journée.""")
c.note("2034-12-01 10:30", """Appel Yannick. 40 conducteurs pour commencer, groupes de 8. Il veut une demi-journée en salle + une demi-journée sur route avec leurs propres cars : 315 € HT par conducteur. Première session mardi 16 janvier au dépôt de Cesson-Sévigné, pendant les vacances il n'a personne. Il demande si la formation peut être prise en charge par l'OPCO Mobilités – vérifier avec Nadia avant de promettre quoi que ce soit. Lui envoyer programme détaillé + convention.""")
c.kp("40 conducteurs en groupes de 8, 315 € HT par conducteur, demi-journée en salle et demi-journée sur route", "315 €", "40 conducteurs", "groupes de 8")
c.kp("première session mardi 16 janvier au dépôt de Cesson-Sévigné", "16 janvier", "Cesson-Sévigné")
c.kp("programme détaillé et convention à envoyer", "programme détaillé", "convention")
c.must_not += ["290 €", "Nadia", "Rencontré Yannick", "Appel Yannick"]
c.answer_slots += ["si la formation peut être prise en charge par l'OPCO Mobilités"]
CASES.append(c)

# 32 Namur, contrôle d'accès parking communal, quoted Roundcube
c = Case(32, "lecture-plaques-parking-communal-namur", "systèmes de parking", "fr", "Europe/Brussels", "2034-12-04 11:00",
         ("Véronique Lambert", "veronique.lambert@ville-jambes.example.org"),
         ("Thomas Dubois", "t.dubois@parcomatic.example.com", "Thomas Dubois\nParcomatic SA\n+32 2 555 48 60"),
         "fr: Province de Namur (Namur / Jambes)", "quoted (Roundcube)")
c.msg("inbound", "2034-12-04 08:52", "Re: Offre parking de la Meuse - lecture de plaques",
"""Bonjour Monsieur Dubois,

Le collège a validé le principe. Nous retenons la formule avec barrières et caméras, mais sans la borne de paiement n°2 : une seule suffit pour 180 places, on a vérifié les flux.

Notre échevin de la mobilité, M. Gillet, demande si les abonnés riverains peuvent être encodés par notre service directement, sans passer par vous. Vous deviez aussi me dire si le système peut fonctionner avec la carte de stationnement pour personnes handicapées, je n'ai rien reçu.

Pour les travaux : pas pendant le marché de Noël, donc au plus tôt le 8 janvier.

Bien à vous,
Véronique Lambert
Service Mobilité
Tél. 081 55 52 09

Le 2034-11-24 15:31, Thomas Dubois a écrit :
> Bonjour Madame Lambert,
>
> Voici notre offre pour le parking de la Meuse (180 places) :
> - 2 barrières avec caméras de lecture de plaques : 38 600 € HTVA
> - 2 bornes de paiement carte/Bancontact : 2 x 14 200 € HTVA
> - logiciel et abonnements riverains : 290 € HTVA par mois
>
> Je vérifie la compatibilité avec la carte de stationnement pour
> personnes handicapées et je reviens vers vous.
>
> Cordialement,
> Thomas Dubois
>
> Le 2034-11-20 10:04, Véronique Lambert a écrit :
>> Bonjour,
>>
>> La Ville souhaite remplacer les tickets du parking de la Meuse par
>> un système de lecture de plaques. Pourriez-vous nous faire une offre ?
>>
>> V. Lambert
""")
c.kp("barrières avec caméras à 38 600 € HTVA, une seule borne de paiement à 14 200 € HTVA", "38 600 €", "14 200 €", "une seule")
c.kp("logiciel et abonnements riverains 290 € HTVA par mois", "290 €")
c.kp("travaux au plus tôt le 8 janvier, pas pendant le marché de Noël", "8 janvier")
c.must_not += ["2 x 14 200", "081 55 52 09", "je n'ai rien reçu"]
c.answer_slots += ["si le service peut encoder lui-même les abonnés riverains",
                   "si le système fonctionne avec la carte de stationnement pour personnes handicapées"]
CASES.append(c)

# 33 Fribourg, pièces détachées garage poids lourds, notes+mail
c = Case(33, "pieces-detachees-freinage-garage-poids-lourds-fribourg", "pièces détachées", "fr", "Europe/Zurich", "2034-12-06 09:30",
         ("Nicolas Currat", "n.currat@garage-sarine.example.com"),
         ("Sandrine Bovet", "s.bovet@pl-pieces.example.com", "Sandrine Bovet\nPL Pièces Romandie SA\n026 555 81 40"),
         "fr: canton de Fribourg (Fribourg / Givisiez)", "notes+mail")
c.msg("inbound", "2034-11-09 07:35", "Contrat cadre pièces PL 2035",
"""Bonjour Madame Bovet,

Notre fournisseur actuel a fermé son dépôt de Berne et les délais sont devenus impossibles. Nous cherchons un partenaire pour les pièces de freinage et de suspension poids lourds (MAN, Scania, DAF), livraison deux fois par jour à Givisiez.

Pouvez-vous nous faire une proposition ?

Salutations
Nicolas Currat
Chef d'atelier
Garage de la Sarine SA
079 555 23 61""")
c.note("2034-11-13 15:30", """Passé à Givisiez, vu Currat + son magasinier Loïc. ~CHF 22'000/mois de pièces. Proposer remise 18 % sur tarif + 2 tournées/jour. Offre pour jeudi.""")
c.msg("outbound", "2034-11-16 16:20", "Proposition contrat cadre 2035",
"""Bonjour Monsieur Currat,

Merci pour votre accueil. Notre proposition pour 2035 :

- remise de 18 % sur notre tarif pour freinage et suspension MAN, Scania et DAF
- livraison à Givisiez à 10 h et à 15 h, du lundi au vendredi
- retour des pièces non utilisées sous 30 jours sans frais

Meilleures salutations,
Sandrine Bovet""")
c.msg("inbound", "2034-11-30 11:10", "RE: Proposition contrat cadre 2035",
"""Madame Bovet,

Loïc demande si vous pouvez mettre en consignation un stock de plaquettes et de disques chez nous, pour les urgences du soir. Et notre directeur voudrait 20 % si on vous confie aussi les filtres.

Salutations
N. Currat""")
c.note("2034-12-05 10:50", """Tél. Currat. OK pour 20 % si filtres inclus, contrat 2 ans. Stock en consignation : oui, armoire de 40 références, inventaire le premier lundi du mois. Début lundi 8 janvier. Contrat à envoyer vendredi – attention le 8 décembre est férié chez eux, il ne sera pas là. Ne pas parler de la hausse tarif MAN prévue en mars.""")
c.kp("20 % de remise avec les filtres inclus, contrat 2 ans", "20 %", "filtres", "2 ans")
c.kp("stock en consignation : armoire de 40 références, inventaire le premier lundi du mois", "40 références", "consignation")
c.kp("début lundi 8 janvier ; contrat à envoyer", "8 janvier", "Contrat")
c.must_not += ["18 %", "hausse tarif MAN", "079 555 23 61", "Tél. Currat"]
CASES.append(c)

# 34 Moncton, pneus d'hiver flotte municipale, notes+mail
c = Case(34, "pneus-hiver-flotte-municipale-moncton", "pneus", "fr", "America/Moncton", "2034-12-05 13:00",
         ("Chantal LeBlanc", "chantal.leblanc@ville-dieppe-nb.example.org"),
         ("Marc-André Cormier", "macormier@pneus-atlantique.example.com", "Marc-André Cormier\nPneus Atlantique ltée\n506 555-0194"),
         "fr: Nouveau-Brunswick (Moncton / Dieppe)", "notes+mail")
c.msg("inbound", "2034-11-14 09:25", "Pneus d'hiver - parc municipal",
"""Bonjour M. Cormier,

Le service des travaux publics doit remplacer les pneus d'hiver de 26 camionnettes et 6 chargeuses. L'appel d'offres ne s'applique pas sous 75 000 $, donc on procède par soumission. Pouvez-vous nous envoyer un prix avec pose au garage municipal?

Merci
Chantal LeBlanc
Approvisionnement
506 555-0482""")
c.note("2034-11-16 11:00", """Appel avec Chantal. Camionnettes LT245/75R17, chargeuses 17.5R25 à clous? Non, chaînes. Soumission d'ici lundi.""")
c.msg("outbound", "2034-11-20 15:30", "Soumission - pneus d'hiver parc municipal",
"""Bonjour Chantal,

Voici notre soumission :

- 104 pneus d'hiver LT245/75R17 : 312 $ l'unité, posés
- 24 pneus 17.5R25 pour chargeuses : 1 480 $ l'unité, posés

Total 67 968 $ avant taxes. Pose au garage municipal avec notre camion de service.

Marc-André""")
c.msg("inbound", "2034-11-29 10:40", "RE: Soumission - pneus d'hiver parc municipal",
"""Marc-André,

Notre contremaître Luc trouve que les chargeuses peuvent encore faire l'hiver, on va seulement faire les camionnettes cette année. Par contre on a 4 camionnettes de plus qui arrivent, donc 30. Et il faudrait que ce soit posé avant le 15 décembre, il annonce de la neige.

Chantal""")
c.note("2034-12-04 15:50", """Tél. Chantal. 30 camionnettes = 120 pneus LT245/75R17, 305 $ l'unité posés (rabais volume), total 36 600 $ avant taxes. Pose au garage municipal lundi 11 et mardi 12 décembre, 7 h à 16 h. Bon de commande à recevoir, soumission révisée à envoyer aujourd'hui. Stock : seulement 96 en entrepôt, Réal doit commander le reste.""")
c.kp("120 pneus LT245/75R17 à 305 $ l'unité posés, 36 600 $ avant taxes", "305 $", "120 pneus", "36 600 $")
c.kp("pose au garage municipal lundi 11 et mardi 12 décembre de 7 h à 16 h", "11 et mardi 12 décembre", "7 h")
c.kp("soumission révisée due ; bon de commande attendu", "soumission révisée", "Bon de commande")
c.must_not += ["312 $", "67 968 $", "Réal", "seulement 96", "506 555-0482", "Appel avec Chantal"]
CASES.append(c)
