from lib import C, M, N, U

# ---------------------------------------------------------------- 28 Lyon, notes-only prospect
tz = "Europe/Paris"
C(28, "cameras-embarquees-geolocalisation-taxis-lyon-prospect", "caméras embarquées et géolocalisation", "fr",
  "2031-12-10 09:00", tz,
  ("Karim Benali", "karim.benali@rhonetaxis-confluence.example.fr"),
  ("Aurélie Masson", "aurelie.masson@vigiroute.example.fr", "Aurélie Masson\nVigiRoute\n04 72 55 58 31"),
  [N("2031-12-08 18:20", """
     RDV au dépôt de Vénissieux avec Karim Benali (gérant) + son associée Nadia Ferhat, décident à deux. 37 véhicules (28 taxis + 9 VTC). Veulent caméra route + habitacle et un bouton d'alerte chauffeur (2 agressions de nuit depuis septembre). Prix annoncés : boîtier Géoloc+ 19 € HT/véhicule/mois, caméra double 14 € HT/mois, pose 65 € HT par véhicule, engagement 24 mois. Q Karim : images habitacle - conformité CNIL, durée de conservation ? -> je vérifie avec le juridique. Envoyer le devis jeudi. Pas d'appel le matin, les chauffeurs de nuit et Karim dorment ; ils sont sous l'eau cette semaine avec la Fête des Lumières. Caméras habitacle en rupture jusqu'à fin janvier, ne rien dire pour l'instant.""")],
  kp=[("Géoloc+ à 19 € HT par véhicule et par mois, caméra double à 14 € HT, pose 65 € HT, 24 mois",
       ["Géoloc+", "19 € HT", "14 € HT", "65 € HT"]),
      ("37 véhicules, caméra route et habitacle, bouton d'alerte chauffeur",
       ["37 véhicules", "bouton d'alerte"]),
      ("devis promis pour jeudi (demain), pour Karim et Nadia",
       ["devis", "Nadia"])],
  mn=["rupture", "ne rien dire", "RDV au dépôt", "agressions", "dorment"],
  slots=["si les images de la caméra habitacle sont conformes CNIL et combien de temps elles sont conservées"],
  meta=dict(shape="notes-only prospect", group="fr", place="Lyon (Rhône)", city="Lyon", region="Rhône",
            kinds=["q", "prom", "rel", "coll", "time"],
            notes="'Envoyer le devis jeudi' in the Monday 8 December note = demain at now (Wednesday 10 December); Fête des Lumières (around 8 December) as background; CNIL a slot; camera stock-out internal; no calls in the morning."))

# ---------------------------------------------------------------- 29 Le Havre, notes plus mail
C(29, "chariots-elevateurs-lld-entrepot-portuaire-le-havre", "chariots élévateurs et entretien", "fr",
  "2031-12-10 09:00", tz,
  ("Claire Lemarchand", "c.lemarchand@entrepots-oceane.example.fr"),
  ("Antoine Moreau", "antoine.moreau@normandie-manutention.example.fr", "Antoine Moreau\nNormandie Manutention\n02 35 55 41 90"),
  [M("2031-11-04 10:20", "out", "Proposition LLD chariots - Entrepôts Océane", """
     Madame Lemarchand,

     Suite à notre visite, voici deux options pour remplacer vos 6 chariots :

     - électrique 2,5 t : 698 € HT par mois et par chariot
     - diesel 3 t : 612 € HT par mois et par chariot

     Location longue durée 60 mois, entretien préventif compris.

     Bien cordialement,
     Antoine Moreau
     Normandie Manutention
     02 35 55 41 90"""),
   M("2031-11-07 17:10", "in", "RE: Proposition LLD chariots - Entrepôts Océane", """
     Bonjour M. Moreau,

     Ce sera de l'électrique. Par contre il nous en faut 8 et non 6 : on démarre un nouveau client en café vert début 2032.
     Notre DAF veut 48 mois plutôt que 60.
     Lithium ou plomb, vous conseillez quoi pour du 2x8 ? Et si un chariot tombe en panne, on fait comment ?

     Cordialement,
     Claire Lemarchand
     Responsable d'exploitation"""),
   N("2031-11-13 11:45", """
     Appel Claire + M. Vasseur (DAF). 8 chariots élec 2,5 t, lithium (2x8 -> recharge d'opportunité), 48 mois -> 745 € HT/mois/chariot. Panne : chariot de remplacement sous 24 h ouvrées, au contrat. CACES : ils ont leur organisme. Offre révisée mardi. Délai usine 10 sem. -> livraison mi-février au mieux ; le concurrent promet janvier, ne pas en parler."""),
   M("2031-11-18 09:50", "out", "Offre révisée - 8 chariots électriques lithium", """
     Madame Lemarchand, Monsieur Vasseur,

     Comme convenu jeudi, l'offre révisée :

     - 8 chariots électriques 2,5 t, batterie lithium
     - 745 € HT par mois et par chariot, 48 mois
     - entretien préventif et chariot de remplacement sous 24 h ouvrées inclus
     - livraison semaine du 16 février

     Bien cordialement,
     Antoine Moreau
     Normandie Manutention
     02 35 55 41 90"""),
   M("2031-12-09 15:30", "in", "RE: Offre révisée - 8 chariots électriques lithium", """
     Bonjour Monsieur Moreau,

     J'ai signé le contrat ce matin, Claire vous le transmet avec le bon de commande.

     Deux points :
     - la livraison semaine du 16 février tient-elle toujours ?
     - pouvez-vous nous prêter 2 chariots à partir du lundi 5 janvier ? Notre loueur actuel ne prolonge pas au-delà du 31 décembre.

     Merci de facturer Entrepôts Océane Le Havre SAS.

     Cordialement,
     Bruno Vasseur
     Directeur administratif et financier
     Entrepôts Océane Le Havre""")],
  kp=[("contrat signé : 8 chariots électriques lithium à 745 € HT par mois et par chariot, 48 mois",
       ["8 chariots", "745 € HT", "48 mois"]),
      ("remplacement sous 24 h ouvrées inclus ; livraison prévue semaine du 16 février",
       ["24 h", "16 février"]),
      ("demande de prêt de 2 chariots à partir du lundi 5 janvier",
       ["lundi 5 janvier"]),
      ("facturation à Entrepôts Océane Le Havre SAS",
       ["Entrepôts Océane Le Havre SAS"])],
  mn=["698 € HT", "612 € HT", "60 mois", "6 chariots", "ne pas en parler", "concurrent", "Appel Claire"],
  slots=["si la livraison semaine du 16 février tient toujours",
         "si 2 chariots peuvent être prêtés à partir du lundi 5 janvier"],
  meta=dict(shape="notes plus mail", group="fr", place="Le Havre (Seine-Maritime)", city="Le Havre", region="Seine-Maritime",
            kinds=["choice", "rev", "accept", "addon", "corr", "coll", "noteans", "kept", "deadline", "q"],
            notes="698 € / 612 € HT for 6 over 60 mois superseded by 745 € HT for 8 lithium over 48 mois (note, then offre 'mardi': kept); lithium and breakdowns answered in the note; the DAF Bruno Vasseur writes the last mail; February delivery and the loan from lundi 5 janvier are slots; the competitor internal."))

# ---------------------------------------------------------------- 30 Lille, notes plus mail
C(30, "logiciel-tournees-messagerie-dernier-kilometre-lille", "logiciel de tournées", "fr",
  "2031-12-09 08:30", tz,
  ("Grégory Lefebvre", "gregory.lefebvre@flandres-express.example.fr"),
  ("Élise Carpentier", "elise.carpentier@tourneo.example.fr", "Élise Carpentier\nTournéo\n03 20 55 57 64"),
  [M("2031-10-27 14:00", "out", "Tournéo pour Flandres Express Livraison", """
     Bonjour Monsieur Lefebvre,

     Merci pour la démonstration de ce matin. Pour vos 45 chauffeurs :

     - Tournéo Essentiel : 29 € HT par chauffeur et par mois
     - Tournéo Pro (preuve de livraison photo et signature, SMS au destinataire) : 39 € HT par chauffeur et par mois
     - mise en service : 2 400 € HT

     Belle journée,
     Élise Carpentier
     Tournéo
     03 20 55 57 64"""),
   M("2031-10-30 18:45", "in", "RE: Tournéo pour Flandres Express Livraison", """
     Bonjour,

     Ce sera Pro. Mais en décembre on monte à 52 chauffeurs avec les renforts, puis on redescend à 45 : on paie au nombre réel du mois ?
     Ça s'interface avec notre TMS ?
     Démarrer avant le Black Friday c'est impossible, on vise janvier.

     G. Lefebvre
     Directeur d'agence - Flandres Express Livraison"""),
   N("2031-11-05 10:00", """
     Point Teams avec M. Lefebvre + Mme Dumont (resp. exploitation). Facturation au nombre réel de chauffeurs actifs du mois : oui. Intégration TMS par API ou fichier CSV quotidien : incluse. Pro à -10 % si 24 mois -> 35,10 € HT. Mise en service offerte si signature avant le 15/12. Contrat vendredi."""),
   M("2031-11-07 11:20", "out", "Contrat Tournéo Pro", """
     Bonjour Monsieur Lefebvre, bonjour Madame Dumont,

     Comme convenu mercredi, le contrat en pièce jointe :

     - Tournéo Pro : 35,10 € HT par chauffeur actif et par mois, engagement 24 mois
     - facturation au nombre réel de chauffeurs actifs du mois
     - intégration avec votre TMS incluse (API ou fichier quotidien)
     - mise en service offerte pour toute signature avant le 15 décembre

     Belle journée,
     Élise Carpentier
     Tournéo
     03 20 55 57 64"""),
   M("2031-12-08 16:05", "in", "RE: Contrat Tournéo Pro", """
     Bonjour Madame Carpentier,

     M. Lefebvre est en déplacement cette semaine et m'a demandé de vous écrire. Il signera le contrat jeudi 11 décembre à son retour, donc avant le 15 : la mise en service reste bien offerte ?

     Autre question : peut-on former les chefs d'équipe le samedi 10 janvier ? C'est le seul jour calme chez nous.

     Cordialement,
     Sarah Dumont
     Responsable d'exploitation
     Flandres Express Livraison""")],
  kp=[("Tournéo Pro à 35,10 € HT par chauffeur actif et par mois, 24 mois, facturation au réel",
       ["Tournéo Pro", "35,10 € HT", "24 mois"]),
      ("signature jeudi 11 décembre, avant le 15 décembre : la mise en service reste offerte",
       ["jeudi 11 décembre", "mise en service", "offerte"]),
      ("intégration TMS incluse",
       ["TMS"])],
  mn=["29 € HT", "39 € HT", "Point Teams"],
  slots=["si les chefs d'équipe peuvent être formés le samedi 10 janvier"],
  meta=dict(shape="notes plus mail", group="fr", place="Lille (Nord)", city="Lille", region="Nord",
            kinds=["choice", "rev", "accept", "coll", "noteans", "kept", "deadline", "q"],
            notes="29 € / 39 € HT superseded by Pro at 35,10 € HT over 24 mois (note, then contrat 'vendredi': kept); billing and TMS answered in the note; Sarah Dumont writes for M. Lefebvre; signing jeudi 11 décembre is before the 15 décembre, so the free mise en service is answered in the sources; training samedi 10 janvier a slot."))

# ---------------------------------------------------------------- 31 Marseille, HTML-only with <ol>
C(31, "epi-vetements-grand-froid-entrepot-frigorifique-marseille", "EPI et vêtements de travail", "fr",
  "2031-12-10 09:00", tz,
  ("Stéphanie Giraud", "s.giraud@frigophocee.example.fr"),
  ("Lucas Bernard", "lucas.bernard@protego-epi.example.fr", "Lucas Bernard\nProtégo EPI\n04 91 55 52 07"),
  [M("2031-11-20 10:45", "out", "Devis EPI grand froid - Frigo Phocée", """
     Bonjour Madame Giraud,

     Suite à votre demande, notre devis pour vos 65 préparateurs :

     - parka grand froid -40 °C : 74 € HT
     - combinaison grand froid -40 °C : 118 € HT
     - gants grand froid : 9,60 € HT la paire
     - chaussures de sécurité isolées S3 CI : 68 € HT la paire
     - marquage logo : 2,90 € HT par article

     Je vous laisse deux combinaisons et deux parkas en essai.

     Cordialement,
     Lucas Bernard
     Protégo EPI
     04 91 55 52 07"""),
   M("2031-12-09 17:50", "in", "RE: Devis EPI grand froid - Frigo Phocée", """
     <html><body>
     <p>Bonjour M. Bernard,</p>
     <p>Après essai par l'équipe de nuit, voici notre choix :</p>
     <ol>
     <li>la combinaison plutôt que la parka (les préparateurs en chambre négative la préfèrent)</li>
     <li>gants : 3 paires par personne</li>
     <li>chaussures : pointures 36 à 48, dont 8 paires en 36-38 pour les préparatrices &ndash; vous les avez ?</li>
     <li>70 personnes et non 65, nous avons embauché pour les fêtes</li>
     </ol>
     <p>Livraison souhaitée avant le vendredi 19 décembre. Facture à Frigo Phocée Logistique SARL.</p>
     <p>Merci de m'écrire plutôt que d'appeler, je suis en audit IFS toute la semaine.</p>
     <p>Stéphanie Giraud<br>Responsable QHSE<br>Frigo Phocée Logistique</p>
     </body></html>""", "text/html")],
  kp=[("combinaison grand froid à 118 € HT pour 70 personnes",
       ["combinaison", "118 € HT", "70 personnes"]),
      ("gants à 9,60 € HT la paire, 3 paires par personne ; chaussures à 68 € HT",
       ["9,60 € HT", "3 paires", "68 € HT"]),
      ("livraison avant le vendredi 19 décembre ; facture à Frigo Phocée Logistique SARL",
       ["vendredi 19 décembre", "Frigo Phocée Logistique SARL"])],
  mn=["74 € HT", "65 préparateurs", "audit IFS"],
  slots=["si les chaussures existent en pointures 36-38 (8 paires)",
         "si la livraison est possible avant le vendredi 19 décembre"],
  meta=dict(shape="HTML-only", group="fr", place="Marseille (Bouches-du-Rhône)", city="Marseille", region="Bouches-du-Rhône",
            kinds=["choice", "corr", "coll", "doc", "deadline", "time", "q"],
            notes="combinaison chosen over the parka, 65 -> 70 people (<ol>); small sizes and delivery before vendredi 19 décembre are slots; facture à la SARL; write rather than call (audit IFS all week)."))

# ---------------------------------------------------------------- 32 Bruxelles, quoted thread (Thunderbird)
tz = "Europe/Brussels"
C(32, "telechargement-tachygraphes-grossiste-alimentaire-bruxelles", "services tachygraphes", "fr",
  "2031-12-09 09:00", tz,
  ("Laurent Dubois", "laurent.dubois@brabant-distribution.example.be"),
  ("Sophie Lambert", "sophie.lambert@tachoplus.example.be", "Sophie Lambert\nTachoPlus Benelux\n02 555 43 18"),
  [M("2031-11-19 10:15", "out", "Offre téléchargement tachygraphes - Brabant Distribution", """
     Bonjour Monsieur Dubois,

     Comme promis, notre offre pour vos 22 camions et 30 chauffeurs :

     - téléchargement à distance des chronotachygraphes : 7,50 € HTVA par véhicule et par mois
     - téléchargement des cartes conducteurs et analyse des infractions : 4 € HTVA par conducteur et par mois
     - ou forfait tout compris : 310 € HTVA par mois

     Archivage légal inclus.

     Bien à vous,
     Sophie Lambert
     TachoPlus Benelux
     02 555 43 18"""),
   M("2031-12-05 16:40", "in", "Re: Offre téléchargement tachygraphes - Brabant Distribution", """
     Bonjour Madame Lambert,

     Nous partons sur le forfait tout compris. Attention, nous aurons 24 camions en janvier, deux sont livrés après la Saint-Nicolas.

     Mme Claes (prévention) a deux questions, voir ci-dessous.

     Possible de démarrer le lundi 5 janvier ?

     Laurent Dubois
     Responsable flotte
     Brabant Distribution Alimentaire SA
     0475 55 51 90

     Le 05/12/2031 à 11:02, Nathalie Claes a écrit :
     > Laurent, demande-leur :
     > 1) les rapports d'infractions sont-ils en français ET en néerlandais ? la moitié des chauffeurs sont néerlandophones
     > 2) en cas de contrôle, peuvent-ils nous fournir en urgence les fichiers des 365 derniers jours ?
     > Nathalie
     >
     > Le 19/11/2031 à 10:15, Sophie Lambert a écrit :
     >> Bonjour Monsieur Dubois,
     >>
     >> Comme promis, notre offre pour vos 22 camions et 30 chauffeurs :
     >>
     >> - téléchargement à distance des chronotachygraphes : 7,50 € HTVA par véhicule et par mois
     >> - téléchargement des cartes conducteurs et analyse des infractions : 4 € HTVA par conducteur et par mois
     >> - ou forfait tout compris : 310 € HTVA par mois
     >>
     >> Archivage légal inclus.
     >>
     >> Bien à vous,
     >> Sophie Lambert
     >> TachoPlus Benelux
     >> 02 555 43 18""")],
  kp=[("forfait tout compris choisi (310 € HTVA par mois pour 22 camions), 24 camions en janvier",
       ["forfait tout compris", "24 camions"]),
      ("démarrage souhaité le lundi 5 janvier",
       ["lundi 5 janvier"])],
  mn=["7,50 € HTVA", "0475 55 51 90"],
  slots=["le prix du forfait tout compris pour 24 camions",
         "si les rapports d'infractions existent en français et en néerlandais",
         "si les fichiers des 365 derniers jours peuvent être fournis en urgence lors d'un contrôle",
         "si le démarrage le lundi 5 janvier est possible"],
  meta=dict(shape="quoted thread", group="fr", place="Bruxelles (Région de Bruxelles-Capitale)", city="Bruxelles", region="Région de Bruxelles-Capitale",
            quote="Thunderbird: 'Le 05/12/2031 à 11:02, X a écrit :' (CET), nested '>'",
            kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
            notes="forfait tout compris chosen, 22 -> 24 trucks after the Saint-Nicolas (Saturday 6 December), so the forfait price for 24 is a slot; Mme Claes's two questions (Thunderbird-quoted) and the lundi 5 janvier start are slots."))

# ---------------------------------------------------------------- 33 Lausanne, quoted thread (Zoho Mail)
tz = "Europe/Zurich"
C(33, "pneus-hiver-flotte-demenagement-lausanne", "pneus et entretien de flotte", "fr",
  "2031-12-09 08:00", tz,
  ("Sébastien Favre", "sebastien.favre@leman-demenagements.example.ch"),
  ("Nicolas Jaquet", "nicolas.jaquet@pneuservice-romandie.example.ch", "Nicolas Jaquet\nPneuService Romandie SA\n021 555 63 20"),
  [M("2031-11-25 10:30", "out", "Offre pneus hiver - Léman Déménagements", """
     Bonjour Monsieur Favre,

     Merci pour votre demande. Pour vos 14 camions et 6 fourgons :

     - pneus hiver camions, montés et équilibrés : CHF 385 par pneu
     - pneus hiver fourgons, montés et équilibrés : CHF 168 par pneu
     - stockage des pneus été : CHF 25 par jeu et par saison
     - en option, contrat d'entretien complet : CHF 240 par véhicule et par mois

     Meilleures salutations,
     Nicolas Jaquet
     PneuService Romandie SA
     021 555 63 20"""),
   M("2031-12-04 17:30", "in", "Re: Offre pneus hiver - Léman Déménagements", """
     Bonjour M. Jaquet,

     On prend les pneus hiver et le stockage, pas le contrat d'entretien pour l'instant.
     Attention : 5 fourgons et non 6, on en a vendu un le mois passé.

     Damien (notre chef d'atelier) a deux questions, voir plus bas.

     Il faut que tout soit monté avant le samedi 13 décembre : on a un gros déménagement à Verbier la semaine suivante et la route sera enneigée.

     Meilleures salutations
     Sébastien Favre
     Directeur, Léman Déménagements Sàrl
     079 555 18 42

     ---- Le jeu., 04 déc. 2031 08:12:40 +0100 Damien Pasche <damien.pasche@leman-demenagements.example.ch> a écrit ---

     Sébastien, demande-lui :
     1) ils font le montage chez nous au dépôt de Crissier ou il faut leur amener les camions ?
     2) est-ce qu'ils vendent aussi des chaînes à neige pour les camions ?

     Damien

     ---- Le mar., 25 nov. 2031 10:30:12 +0100 Nicolas Jaquet <nicolas.jaquet@pneuservice-romandie.example.ch> a écrit ---

     Bonjour Monsieur Favre,

     Merci pour votre demande. Pour vos 14 camions et 6 fourgons :

     - pneus hiver camions, montés et équilibrés : CHF 385 par pneu
     - pneus hiver fourgons, montés et équilibrés : CHF 168 par pneu
     - stockage des pneus été : CHF 25 par jeu et par saison
     - en option, contrat d'entretien complet : CHF 240 par véhicule et par mois

     Meilleures salutations,
     Nicolas Jaquet
     PneuService Romandie SA
     021 555 63 20""")],
  kp=[("pneus hiver : CHF 385 par pneu camion, CHF 168 par pneu fourgon, 14 camions et 5 fourgons",
       ["CHF 385", "CHF 168", "5 fourgons"]),
      ("stockage des pneus été à CHF 25 par jeu",
       ["CHF 25", "stockage"]),
      ("tout monté avant le samedi 13 décembre",
       ["samedi 13 décembre"])],
  mn=["CHF 240", "6 fourgons", "079 555 18 42"],
  slots=["si le montage se fait au dépôt de Crissier ou s'il faut amener les camions",
         "si PneuService vend des chaînes à neige pour les camions",
         "si tout peut être monté avant le samedi 13 décembre"],
  meta=dict(shape="quoted thread", group="fr", place="Lausanne (Vaud)", city="Lausanne", region="Vaud",
            quote="Zoho Mail: '---- Le jeu., 04 déc. 2031 08:12:40 +0100 X <...> a écrit ---' (CET), not indented",
            kinds=["choice", "corr", "coll", "relay", "deadline", "q"],
            notes="winter tyres and storage chosen, maintenance contract dropped, 6 -> 5 vans; Damien's two questions (Zoho-quoted) and mounting before samedi 13 décembre are slots."))

# ---------------------------------------------------------------- 34 Bordeaux, no draft (auto-reply running)
tz = "Europe/Paris"
C(34, "cartons-caisses-bois-negoce-vins-libourne-absence", "palettes et emballages", "fr",
  "2031-12-10 10:00", tz,
  ("Hélène Castaing", "h.castaing@castaing-vins.example.fr"),
  ("Mathieu Roux", "mathieu.roux@emballages-garonne.example.fr", "Mathieu Roux\nEmballages Garonne\n05 56 55 53 12"),
  [M("2031-11-21 11:00", "out", "Cartons 6 et 12 bouteilles - Castaing Vins", """
     Bonjour Madame Castaing,

     Voici nos prix pour les expéditions de fin d'année :

     - carton 6 bouteilles avec croisillons : 1,34 € HT
     - carton 12 bouteilles avec croisillons : 1,92 € HT
     - caisse bois 6 bouteilles, marquage à chaud : 8,70 € HT

     Livraison sous 5 jours ouvrés à vos chais de Libourne.

     Cordialement,
     Mathieu Roux"""),
   M("2031-11-24 14:10", "in", "RE: Cartons 6 et 12 bouteilles - Castaing Vins", """
     Bonjour,

     Merci. Je regarde avec notre chef de chai et je reviens vers vous.

     Hélène Castaing"""),
   M("2031-12-09 10:00", "out", "RE: Cartons 6 et 12 bouteilles - Castaing Vins", """
     Bonjour Madame Castaing,

     Avez-vous pu en parler avec votre chef de chai ? Pour une livraison avant les fêtes, il faudrait commander d'ici la fin de la semaine prochaine.

     Cordialement,
     Mathieu Roux"""),
   M("2031-12-09 10:01", "in", "Réponse automatique : RE: Cartons 6 et 12 bouteilles - Castaing Vins", """
     Bonjour,

     Je suis absente du lundi 8 au vendredi 19 décembre inclus, sans accès à ma messagerie. Pour toute commande urgente, merci d'écrire à commandes@castaing-vins.example.fr.

     Hélène Castaing""")],
  expect=False,
  meta=dict(shape="NO DRAFT", group="fr", place="Libourne (Gironde)", city="Libourne", region="Gironde",
            kinds=["ooo"],
            notes="auto-reply 1 minute after the rep's chaser: 'absente du lundi 8 au vendredi 19 décembre inclus' (now Wednesday 10 December)."))
