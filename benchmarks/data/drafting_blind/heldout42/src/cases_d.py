from lib import case, N, O, I, H


def q(text, pre="> "):
    return pre + text.replace("\n", "\n" + pre)

# 28 notes+mail, fr, Lyon (Rh\u00f4ne)
case(n=28, slug="etiquettes-electroniques-fromageries-lyon", domain="\u00e9tiquettes \u00e9lectroniques de gondole", lang="fr",
     tz="Europe/Paris", now="2033-04-05 10:00", place="fr: Lyon (Rh\u00f4ne)", shape="notes+mail",
     customer=("Perrine Dumoulin", "p.dumoulin@fromageries-saone.example.fr"),
     rep=("Yanis Belkacem", "y.belkacem@etiqo.example.fr", "Yanis Belkacem\nEtiqo\n04 78 55 50 12"),
     sources=[
        N("2033-02-22 11:30",
          "Rdv boutique Croix-Rousse, Perrine Dumoulin (responsable des achats), Fromageries de la Sa\u00f4ne, 5 boutiques. Prix changent souvent (fromage au poids), \u00e9tiquettes papier \u00e0 la main. Besoin ~1 800 \u00e9tiquettes, r\u00e9sistantes \u00e0 l'humidit\u00e9 des vitrines r\u00e9frig\u00e9r\u00e9es. Devis \u00e0 envoyer."),
        O("2033-02-25 09:40", "Devis \u00e9tiquettes \u00e9lectroniques - Fromageries de la Sa\u00f4ne",
          "Bonjour Madame Dumoulin,\n\nMerci pour l'accueil en boutique. Vous trouverez ci-joint notre devis : 1 800 \u00e9tiquettes 2,9 pouces \u00e0 9,60 \u20ac HT pi\u00e8ce, une borne par boutique, logiciel inclus, soit 17 280 \u20ac HT hors pose.\n\nBien cordialement,\nYanis Belkacem"),
        I("2033-03-14 18:05", "RE: Devis \u00e9tiquettes \u00e9lectroniques - Fromageries de la Sa\u00f4ne",
          "Bonjour Yanis,\n\nOn a recompt\u00e9 : il nous en faut 2 100, la boutique de Villeurbanne a une cave en plus. Et pour les vitrines, il faudrait des \u00e9tiquettes avec le prix au kilo en gros, lisible \u00e0 un m\u00e8tre. La pose, vous la faites ou c'est \u00e0 nous ?\n\nBonne soir\u00e9e,\nPerrine"),
        N("2033-03-17 14:00",
          "Appel Perrine : 2 100 \u00e9tiquettes, mod\u00e8le 4,2 pouces pour les vitrines (400), le reste en 2,9. Pose par nous, 2 nuits par boutique, 450 \u20ac HT par boutique. Elle veut tout install\u00e9 avant la f\u00eate des m\u00e8res (29 mai). Devis r\u00e9vis\u00e9 \u00e0 envoyer. Ne pas parler du retard fournisseur sur les bornes."),
        O("2033-03-21 11:00", "Devis r\u00e9vis\u00e9 - Fromageries de la Sa\u00f4ne",
          "Bonjour Perrine,\n\nComme convenu au t\u00e9l\u00e9phone, le devis r\u00e9vis\u00e9 : 1 700 \u00e9tiquettes 2,9 pouces \u00e0 9,60 \u20ac HT et 400 \u00e9tiquettes 4,2 pouces \u00e0 13,90 \u20ac HT pour les vitrines, bornes et logiciel inclus, plus la pose \u00e0 450 \u20ac HT par boutique (2 nuits chacune). Total : 24 130 \u20ac HT.\n\nBien cordialement,\nYanis"),
        I("2033-04-04 12:30", "RE: Devis r\u00e9vis\u00e9 - Fromageries de la Sa\u00f4ne",
          "Bonjour Yanis,\n\nC'est bon pour nous, bon de commande n\u00b0 FS-0417 ci-joint, au nom de la SAS Fromageries de la Sa\u00f4ne. On commence par la boutique de la Croix-Rousse puis les autres, et on veut que tout soit fini avant le 29 mai.\n\nDeux questions : est-ce qu'on peut afficher l'affinage (nombre de mois) sur les grandes \u00e9tiquettes ? Et qui forme nos vendeurs \u00e0 l'appli, vous ou on se d\u00e9brouille ?\n\nMerci,\nPerrine Dumoulin\nResponsable achats\n06 55 50 81 42"),
     ],
     kps=[("commande FS-0417 au nom de la SAS Fromageries de la Sa\u00f4ne, 24 130 \u20ac HT", ["FS-0417", "SAS Fromageries de la Sa\u00f4ne", "24 130"]),
          ("1 700 \u00e9tiquettes 2,9 pouces et 400 \u00e9tiquettes 4,2 pouces, pose 450 \u20ac HT par boutique", ["1 700", "400", "450"]),
          ("d\u00e9marrage \u00e0 la Croix-Rousse, tout fini avant le 29 mai", ["Croix-Rousse", "29 mai"])],
     mn=["17 280", "retard fournisseur", "Ne pas parler", "06 55 50 81 42", "Appel Perrine", "Rdv boutique"],
     slots=["si l'affinage (nombre de mois) peut s'afficher sur les grandes \u00e9tiquettes",
            "qui forme les vendeurs \u00e0 l'application"])

# 29 no-draft ooo, fr, Rennes (Ille-et-Vilaine)
case(n=29, slug="caisses-enregistreuses-boulangeries-rennes-absence", domain="caisses et terminaux de paiement", lang="fr",
     tz="Europe/Paris", now="2033-04-06 11:00", place="fr: Rennes (Ille-et-Vilaine)", shape="no-draft: ooo",
     customer=("Ga\u00ebl Le Gall", "gael.legall@fournilduthabor.example.fr"),
     rep=("Sandrine Morvan", "s.morvan@caissexpert.example.fr", "Sandrine Morvan\nCaissExpert\n02 99 55 50 37"),
     sources=[
        I("2033-03-07 07:45", "Caisses pour 3 boulangeries",
          "Bonjour,\n\nJe cherche des caisses tactiles pour mes 3 boulangeries, avec terminal CB et lien avec la balance. Pouvez-vous me faire une proposition ?\n\nGa\u00ebl Le Gall"),
        O("2033-03-09 10:20", "RE: Caisses pour 3 boulangeries",
          "Bonjour Monsieur Le Gall,\n\nVoici notre proposition : 3 caisses tactiles avec TPE et liaison balance, 1 890 \u20ac HT par point de vente, maintenance 39 \u20ac HT par mois et par caisse.\n\nBien cordialement,\nSandrine Morvan"),
        O("2033-04-04 14:00", "RE: Caisses pour 3 boulangeries",
          "Bonjour Monsieur Le Gall,\n\nAvez-vous eu le temps de regarder notre proposition ? Je peux passer vous faire une d\u00e9monstration dans l'une des boutiques.\n\nBien cordialement,\nSandrine Morvan"),
        I("2033-04-04 14:01", "R\u00e9ponse automatique : RE: Caisses pour 3 boulangeries",
          "Bonjour,\n\nJe suis en cong\u00e9s jusqu'au mardi 19 avril inclus, sans acc\u00e8s \u00e0 ma messagerie. Votre message sera lu \u00e0 mon retour. Pour une commande de pain ou de viennoiseries, merci d'appeler directement la boutique.\n\nGa\u00ebl"),
     ],
     expect=False)

# 30 html, fr, Lille (Nord)
case(n=30, slug="cartons-expedition-vente-en-ligne-the-lille", domain="emballage et exp\u00e9dition e-commerce", lang="fr",
     tz="Europe/Paris", now="2033-04-06 15:00", place="fr: Lille (Nord)", shape="html",
     customer=("Ma\u00eblle Vanderhaeghe", "maelle@maisondesthes-flandre.example.fr"),
     rep=("Olivier Gautreau", "o.gautreau@cartonne.example.fr", "Olivier Gautreau\nCartonn\u00e9\n03 20 55 50 64"),
     sources=[
        H("2033-02-28 09:10", "Demande de prix cartons",
          "<html><body><p>Bonjour,</p><p>Nous vendons du th\u00e9 en ligne (environ 1 500 colis par mois) et nous cherchons un nouveau fournisseur de cartons :</p><ul><li>un petit format pour 1 \u00e0 3 bo\u00eetes de th\u00e9</li><li>un format moyen pour les coffrets</li><li>impression du logo en noir</li></ul><p>Merci de nous faire une offre.</p><p>Ma\u00eblle Vanderhaeghe<br>Maison des Th\u00e9s de Flandre</p></body></html>"),
        O("2033-03-02 14:30", "RE: Demande de prix cartons",
          "Bonjour Madame Vanderhaeghe,\n\nMerci pour votre demande. Pour 3 000 cartons petit format et 1 500 format moyen, avec logo en noir : 0,62 \u20ac HT et 0,91 \u20ac HT pi\u00e8ce, livraison franco \u00e0 partir de 1 500 \u20ac.\n\nBien cordialement,\nOlivier Gautreau"),
        H("2033-03-16 16:20", "RE: Demande de prix cartons",
          "<html><body><p>Bonjour Olivier,</p><p>Merci. Deux changements :</p><ul><li>nous voulons du carton recycl\u00e9 et un calage papier, plus de plastique bulle</li><li>le format moyen passe \u00e0 2 000, nos coffrets Printemps marchent bien</li></ul><p>Ma\u00eblle</p></body></html>"),
        O("2033-03-18 10:00", "RE: Demande de prix cartons",
          "Bonjour Ma\u00eblle,\n\nEn carton 100 % recycl\u00e9 : 0,66 \u20ac HT le petit format (3 000) et 0,95 \u20ac HT le format moyen (2 000). Le calage papier kraft en rouleau est \u00e0 38 \u20ac HT le rouleau de 450 m. Livraison franco.\n\nBien cordialement,\nOlivier"),
        H("2033-04-05 11:40", "RE: Demande de prix cartons",
          "<html><body><p>Bonjour Olivier,</p><p>Nous passons commande, voici le r\u00e9capitulatif :</p><ol><li>3 000 petits cartons recycl\u00e9s \u00e0 0,66 \u20ac HT</li><li>2 000 cartons moyens recycl\u00e9s \u00e0 0,95 \u20ac HT</li><li>10 rouleaux de calage papier \u00e0 38 \u20ac HT</li><li>livraison \u00e0 notre entrep\u00f4t de Roubaix, quai ouvert de 8 h \u00e0 12 h uniquement</li><li>facturation \u00e0 SARL Maison des Th\u00e9s de Flandre</li></ol><p>Il nous faut la marchandise avant le 22 avril pour les envois de la f\u00eate des m\u00e8res. Est-ce possible ? Et pouvez-vous nous envoyer un BAT du logo avant l'impression ?</p><p>Bien \u00e0 vous,<br>Ma\u00eblle Vanderhaeghe<br>03 20 55 57 19</p></body></html>"),
     ],
     kps=[("3 000 petits cartons recycl\u00e9s \u00e0 0,66 \u20ac HT et 2 000 moyens \u00e0 0,95 \u20ac HT", ["0,66", "0,95", "2 000"]),
          ("10 rouleaux de calage papier \u00e0 38 \u20ac HT", ["38 \u20ac"]),
          ("livraison \u00e0 l'entrep\u00f4t de Roubaix, quai de 8 h \u00e0 12 h", ["Roubaix", "8 h"]),
          ("facturation \u00e0 SARL Maison des Th\u00e9s de Flandre", ["SARL Maison des Th\u00e9s de Flandre"])],
     mn=["0,62", "0,91", "1 500 format moyen", "03 20 55 57 19", "plastique bulle"],
     slots=["si la livraison avant le 22 avril est possible",
            "si un BAT du logo peut \u00eatre envoy\u00e9 avant l'impression"])

# 31 notes-only, fr, Bordeaux (Gironde)
case(n=31, slug="photos-produits-caviste-en-ligne-bordeaux-prospect", domain="photographie produit", lang="fr",
     tz="Europe/Paris", now="2033-04-06 14:30", place="fr: Bordeaux (Gironde)", shape="notes-only",
     customer=("Baptiste Larrieu", "baptiste@lachaisdesquais.example.fr"),
     rep=("Ana\u00efs Ferrand", "anais@studio-packshot-atlantique.example.fr", "Ana\u00efs Ferrand\nStudio Packshot Atlantique\n05 56 55 50 93"),
     sources=[
        N("2033-04-01 16:00",
          "Appel Baptiste Larrieu, g\u00e9rant La Chais des Quais (caviste + site marchand). Refonte du site en mai, veut des photos homog\u00e8nes : env. 320 bouteilles sur fond blanc + 20 photos d'ambiance dans la boutique. Devis annonc\u00e9 : 14 \u20ac HT la bouteille d\u00e9tour\u00e9e, ambiance 690 \u20ac HT la demi-journ\u00e9e. Il pr\u00e9f\u00e8re le shooting un lundi (boutique ferm\u00e9e). Envoyer devis + exemples mardi. Ne rien promettre sur le d\u00e9lai de retouche, Julie en cong\u00e9."),
     ],
     kps=[("environ 320 bouteilles sur fond blanc \u00e0 14 \u20ac HT la bouteille d\u00e9tour\u00e9e", ["320", "14 \u20ac"]),
          ("photos d'ambiance en boutique, 690 \u20ac HT la demi-journ\u00e9e, shooting un lundi", ["690", "lundi"]),
          ("devis et exemples promis pour mardi (hier) : en retard", ["devis"])],
     mn=["Appel Baptiste", "Julie", "Ne rien promettre", "en cong\u00e9"],
     slots=["d\u00e9lai de livraison des photos retouch\u00e9es"])

# 32 notes+mail, fr, Namur (Province de Namur); rep signs after '-- '
case(n=32, slug="tenues-personnel-supermarche-franchise-namur", domain="tenues de travail", lang="fr",
     tz="Europe/Brussels", now="2033-04-07 10:30", place="fr: Namur (Province de Namur)", shape="notes+mail",
     customer=("Thibaut Colignon", "t.colignon@proxi-jambes.example.be"),
     rep=("Val\u00e9rie Delvaux", "v.delvaux@textiwear.example.be", "-- \nVal\u00e9rie Delvaux\nTextiwear Benelux\n081 55 50 26"),
     sources=[
        N("2033-02-24 09:30",
          "Visite magasin Jambes, M. Thibaut Colignon (franchis\u00e9, 38 employ\u00e9s). Veut nouvelles tenues : polos + vestes polaires pour le rayon frais. Budget serr\u00e9. Annonc\u00e9 polo 14,50 \u20ac HTVA, polaire 29 \u20ac HTVA, logo brod\u00e9 compris."),
        O("2033-02-25 11:00", "Tenues pour votre magasin de Jambes",
          "Bonjour Monsieur Colignon,\n\nMerci pour la visite d'hier. Notre offre : 76 polos (2 par personne) \u00e0 14,50 \u20ac HTVA et 38 vestes polaires \u00e0 29 \u20ac HTVA, logo brod\u00e9 compris.\n\nCordialement,\nVal\u00e9rie\n\n-- \nVal\u00e9rie Delvaux\nTextiwear Benelux\n081 55 50 26"),
        I("2033-03-10 21:15", "RE: Tenues pour votre magasin de Jambes",
          "Bonjour Madame Delvaux,\n\nLa centrale nous impose maintenant le polo vert de l'enseigne, donc on ne prend plus les polos chez vous. Par contre les polaires oui, et il nous faudrait aussi 12 gilets thermiques pour la chambre froide. Vous avez \u00e7a ?\n\nThibaut"),
        N("2033-03-14 13:45",
          "T\u00e9l. M. Colignon : gilet thermique 42 \u20ac HTVA, ok pour lui. Polaires : 38 \u00e0 29 \u20ac. Livraison souhait\u00e9e au magasin avant le 2 mai. Il envoie les tailles. Ne pas mentionner que le fournisseur des gilets change."),
        O("2033-03-15 09:00", "RE: Tenues pour votre magasin de Jambes",
          "Bonjour Monsieur Colignon,\n\nComme convenu : 38 vestes polaires \u00e0 29 \u20ac HTVA et 12 gilets thermiques \u00e0 42 \u20ac HTVA, logo brod\u00e9 compris, soit 1 606 \u20ac HTVA. J'attends la liste des tailles.\n\nCordialement,\nVal\u00e9rie\n\n-- \nVal\u00e9rie Delvaux\nTextiwear Benelux\n081 55 50 26"),
        I("2033-04-05 20:40", "RE: Tenues pour votre magasin de Jambes",
          "Bonjour,\n\nVoici enfin la liste des tailles en pi\u00e8ce jointe, d\u00e9sol\u00e9 pour le retard, p\u00e9riode de P\u00e2ques oblige. Bon de commande PJ-2033-27 au nom de la SRL Colignon Distribution. Livraison au magasin, r\u00e9ception des marchandises du lundi au vendredi avant 11 h.\n\nVous confirmez toujours avant le 2 mai ?\n\nThibaut Colignon\n0475 55 50 18"),
     ],
     kps=[("commande PJ-2033-27 au nom de la SRL Colignon Distribution : 38 polaires \u00e0 29 \u20ac et 12 gilets thermiques \u00e0 42 \u20ac, 1 606 \u20ac HTVA", ["PJ-2033-27", "SRL Colignon Distribution", "1 606"]),
          ("livraison au magasin, r\u00e9ception du lundi au vendredi avant 11 h", ["11 h"]),
          ("liste des tailles bien re\u00e7ue", ["tailles"])],
     mn=["76 polos", "14,50", "fournisseur des gilets", "Ne pas mentionner", "0475 55 50 18", "Budget serr\u00e9", "T\u00e9l. M. Colignon"],
     slots=["si la livraison avant le 2 mai peut \u00eatre confirm\u00e9e"])

# 33 quoted Roundcube, fr, Lausanne (Vaud)
OUT33 = ("Bonjour Madame Rochat,\n\nPour les 4 vitrines, nous proposons des spots LED miniatures 2700 K \u00e0 IRC 97, avec variateur, pour CHF 8 450.\u2013 HT pose comprise. La chaleur d\u00e9gag\u00e9e reste tr\u00e8s faible, sans risque pour les bracelets en cuir.\n\nMeilleures salutations\nC\u00e9dric Vuilleumier")
IN33 = ("Bonjour Monsieur Vuilleumier,\n\nMerci pour votre visite. Nos vitrines de montres sont trop sombres depuis qu'on a chang\u00e9 les vitres. Il nous faut une lumi\u00e8re qui fasse briller le m\u00e9tal sans chauffer, on a des bracelets en cuir. Que proposez-vous pour les 4 vitrines ?\n\nMeilleures salutations\nNathalie Rochat")
case(n=33, slug="eclairage-vitrines-horlogerie-bijouterie-lausanne", domain="\u00e9clairage de magasin", lang="fr",
     tz="Europe/Zurich", now="2033-04-05 14:15", place="fr: Lausanne (Vaud)", shape="quoted", client="Roundcube",
     customer=("Nathalie Rochat", "n.rochat@rochat-horlogerie.example.ch"),
     rep=("C\u00e9dric Vuilleumier", "c.vuilleumier@lumivitrine.example.ch", "C\u00e9dric Vuilleumier\nLumivitrine S\u00e0rl\n021 555 01 64"),
     sources=[
        I("2033-03-08 09:30", "Eclairage vitrines", IN33),
        O("2033-03-11 15:20", "RE: Eclairage vitrines", OUT33),
        I("2033-04-04 18:10", "RE: Eclairage vitrines",
          "Bonjour Monsieur Vuilleumier,\n\nNous acceptons votre offre de CHF 8 450.\u2013. La pose doit se faire un lundi matin, nous ouvrons \u00e0 13 h 30 le lundi. Le mieux serait le lundi 25 avril.\n\nM. Chappuis, notre horloger, demande si les spots peuvent \u00eatre r\u00e9gl\u00e9s vitrine par vitrine, car il veut moins de lumi\u00e8re sur les montres anciennes.\n\nFacture \u00e0 Rochat Horlogerie-Bijouterie SA, s.v.p.\n\nMeilleures salutations\nNathalie Rochat\n\n"
          "Le 2033-03-11 15:20, C\u00e9dric Vuilleumier a \u00e9crit\u00a0:\n" + q(OUT33) + "\n>\n> Le 2033-03-08 09:30, Nathalie Rochat a \u00e9crit\u00a0:\n" + q(IN33, ">> ")),
     ],
     kps=[("offre accept\u00e9e : spots LED 2700 K pour les 4 vitrines, CHF 8 450.\u2013 HT pose comprise", ["CHF 8 450", "2700 K"]),
          ("pose un lundi matin avant 13 h 30, id\u00e9alement le lundi 25 avril", ["25 avril", "13 h 30"]),
          ("facture \u00e0 Rochat Horlogerie-Bijouterie SA", ["Rochat Horlogerie-Bijouterie SA"])],
     mn=["trop sombres depuis"],
     slots=["si les spots peuvent \u00eatre r\u00e9gl\u00e9s vitrine par vitrine (question de M. Chappuis)",
            "si la pose le lundi 25 avril peut \u00eatre confirm\u00e9e"])

# 34 notes+mail, fr, Marseille (Bouches-du-Rh\u00f4ne)
case(n=34, slug="gestion-retours-boutique-sneakers-en-ligne-marseille", domain="gestion des retours", lang="fr",
     tz="Europe/Paris", now="2033-04-06 16:00", place="fr: Marseille (Bouches-du-Rh\u00f4ne)", shape="notes+mail",
     customer=("Karim Benali", "karim@solessud.example.fr"),
     rep=("Claire Estienne", "c.estienne@retourflow.example.fr", "Claire Estienne\nRetourFlow\n04 91 55 50 47"),
     sources=[
        N("2033-03-03 15:00",
          "Point Teams Karim Benali, fondateur Soles Sud (sneakers, site + 2 boutiques). ~900 retours/mois, g\u00e9r\u00e9s par mail, l'enfer. Veut portail de retour + retour en boutique possible. Annonc\u00e9 290 \u20ac HT/mois jusqu'\u00e0 1 000 retours. Connecteur PrestaShop ok."),
        O("2033-03-04 10:00", "RetourFlow pour Soles Sud",
          "Bonjour Karim,\n\nMerci pour l'\u00e9change d'hier. Pour rappel : portail de retour en marque blanche, retour possible dans vos 2 boutiques, connecteur PrestaShop, 290 \u20ac HT par mois jusqu'\u00e0 1 000 retours.\n\nBien \u00e0 vous,\nClaire"),
        I("2033-03-18 13:40", "RE: RetourFlow pour Soles Sud",
          "Salut Claire,\n\nOn est chauds. Mais on voudrait proposer l'\u00e9change en avoir plut\u00f4t que le remboursement, avec un bonus de 10 % si le client choisit l'avoir. Vous g\u00e9rez \u00e7a ? Et le prix est le m\u00eame ?\n\nKarim"),
        N("2033-03-22 10:15",
          "Appel Karim : avoir + bonus 10 % g\u00e9r\u00e9, module Avoirs +40 \u20ac HT/mois -> 330 \u20ac HT/mois. Engagement 12 mois. Go-live voulu avant les soldes d'\u00e9t\u00e9. Envoyer contrat jeudi. Ne pas dire qu'on n'a pas encore de client PrestaShop 9."),
        O("2033-03-24 16:30", "Contrat RetourFlow - Soles Sud",
          "Bonjour Karim,\n\nComme promis, le contrat : portail de retour, retour en boutique, connecteur PrestaShop et module Avoirs avec bonus de 10 %, 330 \u20ac HT par mois jusqu'\u00e0 1 000 retours, engagement 12 mois.\n\nBien \u00e0 vous,\nClaire"),
        I("2033-04-05 21:40", "RE: Contrat RetourFlow - Soles Sud",
          "Claire,\n\nContrat sign\u00e9 en PJ, au nom de Soles Sud SAS. On veut \u00eatre en ligne pour le lundi 2 mai au plus tard. On vient de passer en PrestaShop 9 la semaine derni\u00e8re, votre connecteur suit ?\n\nEt c'est possible d'avoir une formation pour les vendeurs des 2 boutiques, genre 1 h, plut\u00f4t le matin avant l'ouverture ?\n\nKarim"),
     ],
     kps=[("contrat sign\u00e9 au nom de Soles Sud SAS : 330 \u20ac HT par mois jusqu'\u00e0 1 000 retours, engagement 12 mois", ["Soles Sud SAS", "330"]),
          ("module Avoirs avec bonus de 10 % et retour en boutique", ["10 %"]),
          ("mise en ligne au plus tard le lundi 2 mai", ["2 mai"])],
     mn=["290 \u20ac HT", "pas encore de client", "Ne pas dire", "Point Teams", "l'enfer", "Appel Karim"],
     slots=["si le connecteur fonctionne avec PrestaShop 9",
            "si une formation d'1 h le matin avant l'ouverture est possible pour les vendeurs des 2 boutiques"])
