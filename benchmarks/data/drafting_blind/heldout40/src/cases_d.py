"""Cases 28-34: French."""
from lib import note, out, inn

CASES = []

# ---------------------------------------------------------------- 28
CASES.append(dict(
    nn=28, slug="oscilloscopes-tp-physique-chimie-lycee-lyon",
    domain="matériel de laboratoire", lang="fr", tz="Europe/Paris", now="2032-06-08 10:00",
    cust=("Sophie Delorme", "sophie.delorme@lycee-helene-arnaud.example.fr"),
    rep=("Julien Marchetti", "j.marchetti@optilab-education.example.fr",
         "Julien Marchetti\nOptilab Éducation\n04 78 55 50 12"),
    shape="notes_mail", place=("Lyon", "Rhône", "fr", None),
    kinds=["rev", "accept", "corr", "change1", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Karim Benhamou (professeur) writes the third source; Python export and CAT III answered in the note; delivery before Friday 2 July conflicts with an internal stock note (slot).",
    sources=[
        note("2032-05-04 15:00",
             "Appel Mme Delorme (gestionnaire) + M. Benhamou (coordo physique-chimie), lycée Hélène-Arnaud. Renouvellement de 2 "
             "salles de TP. Demandé : 16 postes -> 16 oscilloscopes numériques OS-2 à 420 € HT, 16 générateurs GBF-10 à 265 € HT, "
             "32 multimètres MM-1 à 38 € HT. Financement Région, < 40 000 € HT donc 3 devis suffisent. Devis vendredi."),
        out("2032-05-07 09:10", "Devis matériel TP physique-chimie - lycée Hélène-Arnaud",
            "Madame, Monsieur,\n\n"
            "Suite à notre appel de mardi, voici notre devis pour vos deux salles de TP :\n\n"
            "- 16 oscilloscopes numériques OS-2 : 420 € HT l'unité\n"
            "- 16 générateurs de fonctions GBF-10 : 265 € HT l'unité\n"
            "- 32 multimètres MM-1 : 38 € HT l'unité\n\n"
            "Bien cordialement,\nJulien Marchetti"),
        inn("2032-05-19 18:05", "RE: Devis matériel TP physique-chimie - lycée Hélène-Arnaud",
            "Bonjour M. Marchetti,\n\n"
            "Petite évolution : il nous faudra finalement 18 postes, on ouvre un groupe de plus à la rentrée. Deux questions "
            "techniques aussi : les OS-2 peuvent-ils envoyer leurs mesures vers un ordinateur pour que les élèves les traitent "
            "en Python ? Et pour les multimètres, existe-t-il une version protégée CAT III ? Les collègues y tiennent.\n\n"
            "Cordialement,\nKarim Benhamou\nProfesseur de physique-chimie, coordonnateur"),
        note("2032-05-25 11:30",
             "Point Teams M. Benhamou. 18 postes : 18 OS-2 à 420 €, 18 GBF-10 à 265 €. Multimètres : version CAT III MM-3 à 46 € HT, "
             "36 pièces. Python : oui, USB + bibliothèque fournie, dit. Devis révisé jeudi. Interne : OS-2 en rupture chez le "
             "fournisseur jusqu'à fin juin, livraison pas avant le 12 juillet - ne rien promettre."),
        out("2032-05-27 14:40", "Devis révisé - 18 postes de TP - lycée Hélène-Arnaud",
            "Bonjour Monsieur Benhamou, bonjour Madame Delorme,\n\n"
            "Comme convenu mardi, le devis révisé :\n\n"
            "- 18 oscilloscopes OS-2 : 420 € HT, soit 7 560 € HT\n"
            "- 18 générateurs GBF-10 : 265 € HT, soit 4 770 € HT\n"
            "- 36 multimètres MM-3 (CAT III) : 46 € HT, soit 1 656 € HT\n"
            "- Total : 13 986 € HT\n\n"
            "Bien cordialement,\nJulien Marchetti"),
        inn("2032-06-07 11:20", "RE: Devis révisé - 18 postes de TP - lycée Hélène-Arnaud",
            "Bonjour Monsieur Marchetti,\n\n"
            "Vous trouverez ci-joint notre bon de commande n° BC-118 pour le devis révisé du 27 mai. La facture est à déposer sur "
            "Chorus Pro au nom du lycée Hélène-Arnaud, service gestion, en rappelant ce numéro.\n\n"
            "Important : la livraison doit impérativement avoir lieu avant le vendredi 2 juillet. Ensuite les agents partent en "
            "congés et personne ne pourra réceptionner.\n\n"
            "M. Benhamou demande aussi si vous pouvez prévoir une demi-journée de prise en main pour les collègues à la rentrée.\n\n"
            "Cordialement,\nSophie Delorme\nAdjointe gestionnaire\nLycée Hélène-Arnaud\n04 72 55 56 30"),
    ],
    kps=[
        ("commande BC-118 : 18 OS-2 à 420 € HT, 18 GBF-10 à 265 € HT, 36 multimètres MM-3 à 46 € HT, total 13 986 € HT",
         ["BC-118", "420 € HT", "265 € HT", "46 € HT", "13 986 €"]),
        ("facture sur Chorus Pro au nom du lycée Hélène-Arnaud, service gestion", ["Chorus Pro", "service gestion"]),
    ],
    must_not=["16 postes", "38 € HT", "32 multimètres", "MM-1", "rupture", "12 juillet", "ne rien promettre",
              "Appel Mme Delorme", "Point Teams", "04 72 55 56 30"],
    slots=["si la livraison peut avoir lieu avant le vendredi 2 juillet",
           "si une demi-journée de prise en main pour les collègues peut être prévue à la rentrée"],
))

# ---------------------------------------------------------------- 29
CASES.append(dict(
    nn=29, slug="logiciel-gestion-ecole-de-musique-rennes-absence",
    domain="logiciel de gestion", lang="fr", tz="Europe/Paris", now="2032-06-09 09:30",
    cust=("Gwenaëlle Le Floch", "direction@emm-vilaine.example.fr"),
    rep=("Thomas Guérin", "thomas.guerin@solfege-gestion.example.fr",
         "Thomas Guérin\nSolfège Gestion\n02 99 55 50 41"),
    shape="nodraft", place=("Rennes", "Ille-et-Vilaine", "fr", None),
    kinds=["ooo"], draft=False,
    notes="Auto-reply one minute after the rep's chaser: 'de retour le mardi 22 juin' (now Wednesday 9 June).",
    sources=[
        out("2032-05-25 16:00", "Proposition Solfège Gestion - école de musique",
            "Bonjour Madame Le Floch,\n\n"
            "Merci pour la démonstration de jeudi. Pour vos 480 élèves et 31 professeurs : abonnement Solfège Gestion à 145 € HT "
            "par mois, reprise des données offerte, portail familles inclus.\n\n"
            "Bien à vous,\nThomas Guérin"),
        inn("2032-05-26 12:10", "RE: Proposition Solfège Gestion - école de musique",
            "Bonjour,\n\nMerci, je regarde ça avec le bureau de l'association et je reviens vers vous.\n\nGwenaëlle Le Floch"),
        out("2032-06-07 10:02", "RE: Proposition Solfège Gestion - école de musique",
            "Bonjour Madame Le Floch,\n\nAvez-vous pu en parler avec le bureau ? Je reste disponible pour toute question.\n\n"
            "Bien à vous,\nThomas Guérin"),
        inn("2032-06-07 10:03", "Réponse automatique : RE: Proposition Solfège Gestion - école de musique",
            "Bonjour,\n\nJe suis absente et de retour le mardi 22 juin. Votre message sera traité à mon retour. Pour toute "
            "urgence, merci de contacter Yann Le Goff au 02 99 55 51 07.\n\n"
            "Gwenaëlle Le Floch\nDirectrice, École de musique de la Vilaine"),
    ],
    kps=[], must_not=[], slots=[],
))

# ---------------------------------------------------------------- 30
CASES.append(dict(
    nn=30, slug="location-longue-duree-voitures-double-commande-auto-ecole-bordeaux",
    domain="véhicules double commande", lang="fr", tz="Europe/Paris", now="2032-06-09 09:00",
    cust=("Patrick Lassalle", "patrick@autoecole-chartrons.example.fr"),
    rep=("Élodie Castaing", "e.castaing@doublepedale-leasing.example.fr",
         "Élodie Castaing\nDouble Pédale Leasing\n05 56 55 52 90"),
    shape="html", place=("Bordeaux", "Gironde", "fr", None),
    kinds=["choice", "corr", "coll", "kept", "doc", "deadline", "time", "q"],
    notes="Nathalie Lassalle (co-gérante) writes the last mail (<ol>); signing 'jeudi' = Thursday 10 June = demain at now; call between 12 h and 14 h; kilometre prices answered by mail.",
    sources=[
        out("2032-05-20 15:30", "Offre LLD véhicules double commande",
            "Bonjour Monsieur Lassalle,\n\n"
            "Suite à votre demande, notre offre de location longue durée 36 mois, 30 000 km/an, entretien compris, double "
            "commande posée :\n\n"
            "- Urbaine DC boîte manuelle : 389 € HT/mois\n"
            "- Urbaine DC boîte automatique : 429 € HT/mois\n\n"
            "Délai de livraison : 6 semaines après signature.\n\n"
            "Cordialement,\nÉlodie Castaing"),
        inn("2032-06-01 19:40", "Re: Offre LLD véhicules double commande",
            "<html><body><p>Bonsoir Madame Castaing,</p>"
            "<p>On a fait les comptes avec ma femme, voil&agrave; ce qu'on voudrait :</p>"
            "<ul>"
            "<li>2 voitures en bo&icirc;te auto (de plus en plus d'&eacute;l&egrave;ves veulent le permis BEA) et 1 en bo&icirc;te manuelle</li>"
            "<li>mais 40 000 km/an, 30 000 ne suffiront pas avec les stages</li>"
            "<li>livraison avant le lundi 5 juillet, d&eacute;but de nos stages d'&eacute;t&eacute;</li>"
            "<li>l'assurance est comprise ou pas ?</li>"
            "</ul>"
            "<p>Patrick Lassalle<br>Auto-&Eacute;cole des Chartrons<br>06 55 58 41 27</p>"
            "</body></html>", html=True),
        out("2032-06-03 10:10", "Re: Offre LLD véhicules double commande",
            "Bonjour Monsieur Lassalle,\n\n"
            "Avec 40 000 km/an, sur 36 mois :\n\n"
            "- Urbaine DC boîte manuelle : 409 € HT/mois\n"
            "- Urbaine DC boîte automatique : 452 € HT/mois\n\n"
            "L'assurance n'est pas comprise dans nos loyers. Pour une livraison avant le lundi 5 juillet, il faut que le "
            "contrat soit signé au plus tard le vendredi 11 juin.\n\n"
            "Cordialement,\nÉlodie Castaing"),
        inn("2032-06-08 13:15", "Re: Offre LLD véhicules double commande",
            "<html><body><p>Bonjour Madame Castaing,</p>"
            "<p>Je suis Nathalie Lassalle, co-g&eacute;rante, c'est moi qui m'occupe des papiers.</p>"
            "<ol>"
            "<li>C'est d'accord pour 2 bo&icirc;te auto + 1 manuelle &agrave; 40 000 km/an.</li>"
            "<li>Envoyez le contrat au nom de la SARL Auto-&Eacute;cole des Chartrons, on peut signer jeudi.</li>"
            "<li>Pouvez-vous ajouter le marquage &laquo; auto-&eacute;cole &raquo; et notre logo sur les portières ? &Agrave; quel prix ?</li>"
            "<li>Patrick est en le&ccedil;on toute la journ&eacute;e, appelez-moi plut&ocirc;t entre 12 h et 14 h.</li>"
            "</ol>"
            "<p>Nathalie Lassalle</p>"
            "</body></html>", html=True),
    ],
    kps=[
        ("2 Urbaine DC boîte automatique à 452 € HT/mois et 1 boîte manuelle à 409 € HT/mois, 40 000 km/an, 36 mois",
         ["452 € HT", "409 € HT", "40 000 km"]),
        ("contrat au nom de la SARL Auto-École des Chartrons, signature jeudi (demain), avant le vendredi 11 juin pour une livraison avant le lundi 5 juillet",
         ["SARL Auto-École des Chartrons", "11 juin", "5 juillet"]),
        ("appel entre 12 h et 14 h", ["12 h"]),
    ],
    must_not=["389 € HT", "429 € HT", "30 000 km", "06 55 58 41 27", "avec ma femme", "ne suffiront pas"],
    slots=["le prix du marquage « auto-école » et du logo sur les portières"],
))

# ---------------------------------------------------------------- 31
CASES.append(dict(
    nn=31, slug="formation-anglais-enseignants-chercheurs-universite-lille-prospect",
    domain="formation linguistique", lang="fr", tz="Europe/Paris", now="2032-06-09 10:00",
    cust=("Maud Vandenbussche", "maud.vandenbussche@univ-flandres.example.fr"),
    rep=("Benoît Delattre", "b.delattre@linguacampus.example.fr",
         "Benoît Delattre\nLingua Campus Formation\n03 20 55 58 41"),
    shape="notes", place=("Lille", "Nord", "fr", None),
    kinds=["q", "prom", "rel", "deadline", "time"],
    notes="'Envoyer proposition + programme jeudi' in the Monday 7 June note = jeudi 10 juin = demain at now (mercredi 9 juin); phone only on Fridays.",
    sources=[
        note("2032-06-07 16:00",
             "Appel Maud Vandenbussche, resp. formation des personnels, Université des Flandres. 30 enseignants-chercheurs, anglais "
             "pour enseigner et présenter leurs travaux, niveau B1-B2. 3 groupes de 10, 30 h par groupe, sept. à déc., en "
             "présentiel sur le campus. Annoncé : 2 850 € HT par groupe, test de positionnement inclus. Elle veut une proposition "
             "écrite pour le comité formation du jeudi 17 juin. Envoyer proposition + programme jeudi. Q : certification reconnue "
             "en fin de parcours ? -> à vérifier. Préfère le mail, réunions toute la journée, tél. seulement le vendredi. "
             "Interne : Claire en congé mat. jusqu'en octobre - ne pas le dire, voir avec Sam pour le groupe 1."),
    ],
    kps=[
        ("la proposition et le programme arrivent demain (jeudi), avant le comité formation du jeudi 17 juin",
         ["proposition", "programme", "17 juin"]),
        ("3 groupes de 10, 30 h par groupe, de septembre à décembre, 2 850 € HT par groupe, test de positionnement inclus",
         ["3 groupes", "2 850 €", "test de positionnement"]),
    ],
    must_not=["Claire", "congé mat.", "ne pas le dire", "voir avec Sam", "Appel Maud"],
    slots=["si une certification reconnue peut être proposée en fin de parcours"],
))

# ---------------------------------------------------------------- 32
CASES.append(dict(
    nn=32, slug="nettoyage-locaux-ecole-internationale-lausanne",
    domain="nettoyage", lang="fr", tz="Europe/Zurich", now="2032-06-08 10:30",
    cust=("Olivier Chappuis", "o.chappuis@ecole-leman-est.example.ch"),
    rep=("Laetitia Rochat", "l.rochat@proprete-lemanique.example.ch",
         "-- \nLaetitia Rochat\nPropreté Lémanique SA\n021 555 63 18"),
    shape="notes_mail", place=("Lausanne", "Vaud", "fr", None),
    kinds=["rev", "accept", "addon", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="The rep's signature carries a '-- ' marker; Sandrine Cuendet (directrice financière) writes the third source; Ascension (Thursday 6 May) and Lundi de Pentecôte (17 May) as background; ecolabel answered in the note.",
    sources=[
        note("2032-05-05 16:30",
             "Visite école avec M. Chappuis (intendant), École internationale du Léman-Est. 4 200 m², 2 bâtiments + gymnase. "
             "Nettoyage quotidien le soir 17 h-21 h, lu-ve. Proposé : CHF 9'800.- par mois, grand nettoyage d'été CHF 14'500.- "
             "vitres comprises. Début du contrat lundi 23 août (rentrée). Q : produits écolabel ? -> oui, tous nos produits, dit. "
             "Offre lundi (jeudi Ascension, vendredi pont)."),
        out("2032-05-10 09:00", "Offre de nettoyage - École internationale du Léman-Est",
            "Monsieur Chappuis,\n\n"
            "Suite à notre visite de mercredi, voici notre offre :\n\n"
            "- Nettoyage quotidien des deux bâtiments et du gymnase, du lundi au vendredi, 17 h - 21 h : CHF 9'800.- par mois\n"
            "- Grand nettoyage d'été, vitres comprises : CHF 14'500.-\n"
            "- Début : lundi 23 août 2032\n\n"
            "Avec mes meilleures salutations,\nLaetitia Rochat"),
        inn("2032-05-18 14:25", "RE: Offre de nettoyage - École internationale du Léman-Est",
            "Madame,\n\n"
            "Je reprends le dossier avec M. Chappuis au retour du long week-end de Pentecôte. Deux précisions : le gymnase sera loué à un club le samedi, il faudrait donc "
            "un passage le samedi soir en plus. Et pour le grand nettoyage, notre concierge fait déjà les vitres : pouvez-vous "
            "chiffrer sans les vitres ?\n\n"
            "Meilleures salutations,\nSandrine Cuendet\nDirectrice financière"),
        note("2032-05-24 11:00",
             "Tél. Mme Cuendet. + samedi soir gymnase CHF 650.- par mois. Grand nettoyage sans vitres CHF 11'200.-. Mensuel total "
             "CHF 10'450.-. Offre révisée mercredi. Interne : l'équipe du soir de Renens est déjà pleine, faudra recruter 2 "
             "personnes - pas en parler."),
        out("2032-05-26 10:30", "Offre révisée - École internationale du Léman-Est",
            "Madame Cuendet, Monsieur Chappuis,\n\n"
            "Comme convenu lundi au téléphone :\n\n"
            "- Nettoyage quotidien lu-ve + passage du samedi soir au gymnase : CHF 10'450.- par mois\n"
            "- Grand nettoyage d'été sans les vitres : CHF 11'200.-\n"
            "- Début : lundi 23 août 2032\n\n"
            "Avec mes meilleures salutations,\nLaetitia Rochat"),
        inn("2032-06-07 17:30", "RE: Offre révisée - École internationale du Léman-Est",
            "Madame Rochat,\n\n"
            "Le conseil de fondation a accepté votre offre révisée jeudi soir. Le contrat doit être établi au nom de la Fondation "
            "École du Léman-Est.\n\n"
            "Le grand nettoyage d'été doit se faire entre le lundi 5 juillet et le vendredi 30 juillet, l'école est fermée. "
            "Pourriez-vous nous faire parvenir votre attestation d'assurance RC ? Notre assureur la demande pour tout prestataire.\n\n"
            "Enfin, serait-il possible que l'équipe vienne visiter les locaux avant la rentrée, dans la semaine du 16 août ?\n\n"
            "Avec mes salutations distinguées,\nOlivier Chappuis\nIntendant\n021 555 40 72"),
    ],
    kps=[
        ("offre acceptée : CHF 10'450.- par mois avec le samedi soir au gymnase, grand nettoyage sans vitres CHF 11'200.-, début lundi 23 août",
         ["10'450", "11'200", "23 août"]),
        ("contrat au nom de la Fondation École du Léman-Est", ["Fondation École du Léman-Est"]),
        ("grand nettoyage entre le lundi 5 juillet et le vendredi 30 juillet", ["5 juillet", "30 juillet"]),
        ("l'attestation d'assurance RC à envoyer", ["attestation"]),
    ],
    must_not=["9'800", "14'500", "Renens", "recruter", "pas en parler", "Visite école", "Tél. Mme Cuendet", "021 555 40 72"],
    slots=["si l'équipe peut visiter les locaux dans la semaine du 16 août"],
))

# ---------------------------------------------------------------- 33
CASES.append(dict(
    nn=33, slug="autocars-excursion-fin-annee-athenee-namur",
    domain="transport scolaire en autocar", lang="fr", tz="Europe/Brussels", now="2032-06-10 09:00",
    cust=("Anne-Sophie Dethier", "as.dethier@athenee-deuxvallees.example.be"),
    rep=("Kevin Bastin", "kevin.bastin@autocars-meuse-sambre.example.be",
         "Kevin Bastin\nAutocars Meuse-Sambre\n081 55 54 12"),
    shape="quoted", place=("Namur", "Province de Namur", "fr", None),
    client="Yahoo Mail",
    kinds=["choice", "corr", "coll", "relay", "doc", "deadline", "q"],
    notes="Yahoo Mail quote header ('Le lundi 7 juin 2032, 14:22:10 UTC+2, X <...> a écrit :'), not indented, two levels; the préfet's question relayed; confirmation due Friday 11 June = demain at now.",
    sources=[
        inn("2032-06-08 16:05", "Re: Excursion de fin d'année - devis autocars",
            "Bonjour Monsieur Bastin,\n\n"
            "Merci pour votre devis. Nous partons sur la variante 2 (le double étage + le midibus). Par contre, nous serons 104 "
            "élèves et 10 accompagnants, nous avons eu six désistements. Est-ce que cela change le prix ?\n\n"
            "Notre préfet, M. Delvaux, demande si les autocars ont des ceintures à toutes les places, les parents posent la question.\n\n"
            "Pour rappel : départ le mardi 29 juin à 7 h 30 devant l'athénée, retour le mercredi 30 juin vers 19 h. La facture est "
            "à établir au nom de l'ASBL Amicale de l'Athénée des Deux-Vallées.\n\n"
            "Il nous faudrait votre confirmation écrite avant le vendredi 11 juin, le conseil de participation se réunit ce jour-là.\n\n"
            "Bien à vous,\nAnne-Sophie Dethier\nÉconome\nGSM 0476 55 58 09\n\n"
            "Le lundi 7 juin 2032, 14:22:10 UTC+2, Kevin Bastin <kevin.bastin@autocars-meuse-sambre.example.be> a écrit :\n\n"
            "Bonjour Madame Dethier,\n\n"
            "Pour 110 élèves et 10 accompagnants, deux jours avec nuitée des chauffeurs :\n\n"
            "Variante 1 : 2 autocars de 60 places, 3 480 € TVAC\n"
            "Variante 2 : 1 autocar double étage de 80 places + 1 midibus de 30 places, 3 150 € TVAC\n\n"
            "Péages, parkings et hébergement des chauffeurs compris.\n\n"
            "Cordialement,\nKevin Bastin\n\n"
            "Le jeudi 3 juin 2032, 09:15:44 UTC+2, Anne-Sophie Dethier <as.dethier@athenee-deuxvallees.example.be> a écrit :\n\n"
            "Bonjour,\n\n"
            "Nous organisons l'excursion de fin d'année de nos 5e et 6e secondaires à la côte, du mardi 29 juin au mercredi "
            "30 juin, environ 110 élèves et 10 accompagnants. Pourriez-vous nous remettre prix ?\n\n"
            "Anne-Sophie Dethier"),
    ],
    kps=[
        ("variante 2 : autocar double étage de 80 places et midibus de 30 places, 3 150 € TVAC, pour 104 élèves et 10 accompagnants",
         ["variante 2", "3 150 €", "104 élèves"]),
        ("départ le mardi 29 juin à 7 h 30, retour le mercredi 30 juin vers 19 h", ["29 juin", "7 h 30", "30 juin"]),
        ("facture au nom de l'ASBL Amicale de l'Athénée des Deux-Vallées", ["ASBL Amicale"]),
        ("confirmation écrite avant le vendredi 11 juin (demain)", ["11 juin"]),
    ],
    must_not=["Variante 1", "3 480 €", "110 élèves", "0476 55 58 09", "désistements"],
    slots=["si le prix change pour 104 élèves et 10 accompagnants",
           "si les autocars ont des ceintures à toutes les places (question de M. Delvaux)"],
))

# ---------------------------------------------------------------- 34
CASES.append(dict(
    nn=34, slug="traiteur-repas-garderie-educative-moncton",
    domain="service de traiteur", lang="fr", tz="America/Moncton", now="2032-06-09 10:00",
    cust=("Mireille LeBlanc", "direction@petitshomards.example.ca"),
    rep=("Marc-André Gallant", "ma.gallant@traiteur-baie-ouest.example.ca",
         "Marc-André Gallant\nTraiteur Baie-Ouest\n506 555 0139"),
    shape="notes_mail", place=("Moncton", "Nouveau-Brunswick", "fr", None),
    kinds=["rev", "accept", "corr", "addon", "coll", "noteans", "kept", "doc", "deadline", "q"],
    notes="Nadine Cormier (adjointe) writes the third source; purées and delivery time answered in the note; Canadian French (dîner = midday meal, courriel).",
    sources=[
        note("2032-05-04 13:20",
             "Appel Mireille LeBlanc, directrice, garderie éducative Les Petits Homards. 62 enfants de 18 mois à 5 ans. Dîners "
             "chauds + 2 collations par jour. Dit : dîner 5,25 $ par enfant, collation 1,40 $ chacune. Sans noix ni arachides "
             "obligatoire. Elle veut des menus en rotation sur 4 semaines. Envoyer proposition + menu type vendredi."),
        out("2032-05-07 11:45", "Proposition de service de repas - Les Petits Homards",
            "Bonjour Madame LeBlanc,\n\n"
            "Tel que discuté mardi, voici notre proposition pour vos 62 enfants :\n\n"
            "- Dîner chaud : 5,25 $ par enfant\n"
            "- Collations (matin et après-midi) : 1,40 $ chacune\n"
            "- Cuisine sans noix ni arachides, menus en rotation sur 4 semaines (menu type ci-joint)\n\n"
            "Au plaisir,\nMarc-André Gallant"),
        inn("2032-05-19 14:50", "RE: Proposition de service de repas - Les Petits Homards",
            "Bonjour M. Gallant,\n\n"
            "Je suis l'adjointe de Mireille. Petite nouvelle : nous passons à 74 enfants en septembre, avec l'ouverture d'une "
            "pouponnière. Pour les poupons de moins de 18 mois, offrez-vous des purées maison ? Et est-ce possible de livrer "
            "avant 10 h 45 ? Nos premiers groupes dînent à 11 h.\n\n"
            "Merci !\nNadine Cormier\nAdjointe à la direction"),
        note("2032-05-25 15:10",
             "Appel Nadine + Mireille. 74 enfants. Purées pouponnière 3,10 $ la portion (12 poupons). Livraison 10 h 30 ok. Dîner "
             "baissé à 4,95 $ vu le volume. Collations 1,40 $ inchangées. Proposition révisée jeudi. Interne : camion frigo au "
             "garage, s'il n'est pas prêt Gilles livre avec sa fourgonnette - ne pas mentionner."),
        out("2032-05-27 10:20", "Proposition révisée - Les Petits Homards",
            "Bonjour Madame LeBlanc, bonjour Madame Cormier,\n\n"
            "Suite à notre appel de mardi :\n\n"
            "- 74 enfants à compter de septembre\n"
            "- Dîner chaud : 4,95 $ par enfant\n"
            "- Collations : 1,40 $ chacune\n"
            "- Purées maison pour la pouponnière : 3,10 $ la portion\n"
            "- Livraison chaque jour à 10 h 30\n\n"
            "Au plaisir,\nMarc-André Gallant"),
        inn("2032-06-07 20:15", "RE: Proposition révisée - Les Petits Homards",
            "Bonsoir Marc-André,\n\n"
            "Bonne nouvelle, le conseil d'administration a dit oui hier soir ! Le contrat doit être au nom de la Coopérative de "
            "la garderie Les Petits Homards. On commencerait le lundi 30 août.\n\n"
            "Pour notre dossier de permis, il faut votre certificat d'inspection de la Santé publique avant le 1er juillet.\n\n"
            "Une question : pouvez-vous accommoder deux enfants allergiques aux produits laitiers ?\n\n"
            "Merci encore,\nMireille\n\nMireille LeBlanc\nDirectrice\n506 555 0782"),
    ],
    kps=[
        ("accepté : 74 enfants, dîner 4,95 $, collations 1,40 $, purées 3,10 $ la portion, livraison 10 h 30",
         ["74 enfants", "4,95 $", "1,40 $", "3,10 $", "10 h 30"]),
        ("contrat au nom de la Coopérative de la garderie Les Petits Homards, début le lundi 30 août",
         ["Coopérative de la garderie Les Petits Homards", "30 août"]),
        ("certificat d'inspection de la Santé publique avant le 1er juillet", ["certificat d'inspection", "1er juillet"]),
    ],
    must_not=["5,25 $", "62 enfants", "camion frigo", "Gilles", "ne pas mentionner", "Appel Mireille", "Appel Nadine",
              "506 555 0782"],
    slots=["si deux enfants allergiques aux produits laitiers peuvent être accommodés"],
))
