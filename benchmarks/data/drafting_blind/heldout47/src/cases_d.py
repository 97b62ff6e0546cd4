from lib import case, msg, note

CASES = []
add = CASES.append
tz = "Europe/Paris"

# 28 Nantes - gradins demontables festival - notes+mail
add(case(28, "gradins-demontables-festival-bord-de-riviere-nantes", "gradins et tribunes", "fr", tz, "2035-01-09 10:00",
    ("Hélène Quéré", "h.quere@nuitsdelerdre.example.org"),
    ("Thomas Guibert", "t.guibert@tribunes-atlantique.example.com", """
        Thomas Guibert
        Tribunes Atlantique SAS
        02 55 55 18 40"""),
    [
        msg("2034-12-11 10:20", "inbound", "Gradins pour le festival", """
            Bonjour,

            Nous organisons le festival Les Nuits de l'Erdre les 29 et 30 juin. Pour la scène principale, au bord de l'eau, nous cherchons des gradins d'environ 600 places. Pouvez-vous nous faire une proposition ?

            Cordialement,
            Hélène Quéré
            Directrice de production - Les Nuits de l'Erdre
            06 55 51 23 87"""),
        note("2034-12-13 15:00", """
            RDV visio Hélène Quéré. Site en bord d'Erdre, terrain en légère pente. 600 places en 2 gradins de 300. Devis sous 8 jours."""),
        msg("2034-12-20 17:40", "outbound", "Devis gradins - Les Nuits de l'Erdre", """
            Bonjour Madame Quéré,

            Suite à notre visio, voici notre devis : 2 gradins de 300 places, calage sur terrain en pente, montage, démontage et 2 jours d'exploitation, 24 600 € HT. Le passage du bureau de contrôle est inclus.

            Bien cordialement,
            Thomas Guibert"""),
        msg("2035-01-05 11:50", "inbound", "RE: Devis gradins - Les Nuits de l'Erdre", """
            Bonjour Monsieur Guibert,

            Bonne année ! La prévente a très bien marché, il nous faut maintenant 800 places. La mairie nous demande aussi un plan d'accueil PMR. Yann, notre régisseur général, voudrait savoir si les gradins peuvent être couverts, on a eu de la pluie deux années de suite.

            Hélène"""),
        note("2035-01-08 17:00", """
            Tél. Hélène. 800 places : 2 gradins de 400, 31 900 € HT. 8 emplacements PMR en bas de chaque gradin. Couverture : bâche sur le gradin A seulement, + 3 200 € -> total 35 100 € HT. Montage 26-27 juin. Devis révisé + plan à envoyer jeudi. Vérifier dispo des 400 places avec le dépôt d'Angers, pas sûr."""),
    ],
    True,
    [("800 places en 2 gradins de 400, bâche sur le gradin A, total 35 100 € HT", ["2 gradins de 400", "35 100 €"]),
     ("8 emplacements PMR en bas de chaque gradin", ["8 emplacements PMR"]),
     ("montage les 26 et 27 juin ; devis révisé et plan à envoyer", ["26-27 juin", "Devis révisé"])],
    ["24 600 €", "dépôt d'Angers", "pas sûr", "06 55 51 23 87", "Tél. Hélène"],
    [],
    place="fr: Pays de la Loire (Nantes)", shape="notes+mail", colleague="Yann",
    dates="Note mercredi 13 décembre 2034 : devis sous 8 jours = jeudi 21 décembre, tenu (devis du mercredi 20 décembre). Mail client vendredi 5 janvier 2035. Note lundi 8 janvier : montage 26-27 juin, festival 29-30 juin 2035 ; devis jeudi = jeudi 11 janvier, après now (mardi 9 janvier)."))

# 29 Montpellier - assurance evenement escalade - HTML
add(case(29, "assurance-rc-competition-bloc-salle-escalade-montpellier", "assurance événementielle", "fr", tz, "2035-01-10 11:00",
    ("Julien Marty", "julien@blocgarrigue.example.com"),
    ("Sophie Lacombe", "s.lacombe@occitevent-assurances.example.net", """
        Sophie Lacombe
        Occit'Event Assurances
        04 67 55 50 29"""),
    [
        msg("2034-12-14 14:10", "inbound", "Assurance pour notre contest", """
            <html><body><p>Bonjour Madame Lacombe,</p>
            <p>La salle Bloc Garrigue organise le 14 avril son premier contest de bloc : environ 180 grimpeurs et 600 spectateurs. Il nous faut une assurance qui couvre :</p>
            <ul>
            <li>notre responsabilité civile d'organisateur</li>
            <li>le matériel loué (structure gonflable, sono, écran)</li>
            <li>éventuellement une annulation</li>
            </ul>
            <p>Merci d'avance,<br>Julien Marty<br>Co-gérant, Bloc Garrigue<br>06 55 55 07 31</p></body></html>"""),
        msg("2034-12-18 10:05", "outbound", "Proposition assurance - contest Bloc Garrigue", """
            Bonjour Monsieur Marty,

            Voici notre proposition pour le contest du 14 avril :
            - RC organisateur jusqu'à 7,5 M€ et dommages au matériel loué jusqu'à 40 000 € : prime de 1 140 € TTC
            - option annulation : 380 € TTC en plus

            Bien à vous,
            Sophie Lacombe"""),
        msg("2035-01-09 18:45", "inbound", "RE: Proposition assurance - contest Bloc Garrigue", """
            <html><body><p>Bonjour,</p>
            <p>On a fait le point avec l'équipe :</p>
            <ol>
            <li>On prend la RC et le matériel loué, sans l'option annulation.</li>
            <li>Notre trésorière, Mme Roux, demande si les bénévoles (une trentaine) sont couverts s'ils se blessent pendant le montage.</li>
            <li>La fédération exige l'attestation avant le 15 février. C'est faisable ?</li>
            <li>Peut-on régler la prime en deux fois ?</li>
            </ol>
            <p>Julien</p></body></html>"""),
    ],
    True,
    [("RC organisateur jusqu'à 7,5 M€ et matériel loué jusqu'à 40 000 €, prime de 1 140 € TTC, sans annulation", ["7,5 M€", "40 000 €", "1 140 €"]),
     ("contest du 14 avril", ["14 avril"]),
     ("attestation demandée avant le 15 février", ["15 février"])],
    ["380 €", "06 55 55 07 31"],
    ["si les bénévoles sont couverts en cas de blessure pendant le montage",
     "si l'attestation peut être délivrée avant le 15 février",
     "si la prime peut être réglée en deux fois"],
    place="fr: Occitanie (Montpellier)", shape="html", colleague="Mme Roux",
    dates="Mail client mardi 9 janvier 2035 : attestation avant le 15 février ; contest le 14 avril 2035 (samedi). Now mercredi 10 janvier."))

# 30 Strasbourg - sonorisation theatre - absence en cours
add(case(30, "sonorisation-salle-spectacle-strasbourg-absence", "sonorisation", "fr", tz, "2035-01-11 15:30",
    ("Claire Oberlé", "c.oberle@theatre-krutenau.example.org"),
    ("Patrick Muller", "p.muller@rhenan-audio.example.com", """
        Patrick Muller
        Rhénan Audio SARL
        03 88 55 57 12"""),
    [
        msg("2035-01-10 09:00", "outbound", "Devis système de diffusion - salle Krutenau", """
            Bonjour Madame Oberlé,

            Comme convenu avant les fêtes, voici le devis pour le nouveau système de diffusion de la grande salle : 6 enceintes, 2 subs et processeur, 42 800 € HT, pose pendant la relâche de février. Pouvez-vous me confirmer la date de la relâche ?

            Cordialement,
            Patrick Muller"""),
        msg("2035-01-10 09:01", "inbound", "Réponse automatique : Devis système de diffusion - salle Krutenau", """
            Bonjour,

            Je suis en tournée avec la compagnie puis en congé, et de retour le lundi 29 janvier. Vos messages ne seront pas lus d'ici là. Pour une urgence technique, merci de joindre la régie au 03 88 55 54 60.

            Claire Oberlé
            Directrice technique, Théâtre de la Krutenau"""),
    ],
    False, [], [], [],
    place="fr: Grand Est (Strasbourg)", shape="no-draft: ooo",
    stop="Je suis en tournée avec la compagnie puis en congé, et de retour le lundi 29 janvier. Vos messages ne seront pas lus d'ici là.",
    dates="Réponse automatique mercredi 10 janvier 2035 : retour le lundi 29 janvier, après now (jeudi 11 janvier) : absence en cours."))

# 31 Dijon - radio filmee - notes only
add(case(31, "cameras-radio-filmee-radio-associative-dijon-prospect", "matériel de streaming", "fr", tz, "2035-01-09 14:00",
    ("Karim Belkacem", "karim.belkacem@radiocanalmoutarde.example.org"),
    ("Amandine Roche", "a.roche@studiovisu.example.com", """
        Amandine Roche
        StudioVisu
        03 80 55 56 41"""),
    [
        note("2034-12-15 16:00", """
            Rencontré Karim Belkacem, directeur d'antenne de Radio Canal Moutarde (radio associative) au salon des radios locales. Veulent passer en radio filmée : 2 caméras PTZ + mélangeur + encodeur pour diffuser la matinale sur leur site et les réseaux. Premier prix donné : 9 800 € HT."""),
        note("2035-01-08 11:15", """
            Échange tél. avec Karim. Maintenant 3 caméras (ils ouvrent un 2e studio), 12 400 € HT, installation et formation 1 jour incluses. Démo au studio mercredi 24 janvier à 14 h avec leur technicien Paul. Sa question : compatible avec leur logiciel d'automation radio ? Je ne sais pas, voir avec l'éditeur. Interne : la subvention FSER, ne pas la conseiller, pas notre rôle."""),
    ],
    True,
    [("3 caméras pour 12 400 € HT", ["3 caméras", "12 400 €"]),
     ("installation et formation 1 jour incluses", ["formation 1 jour"]),
     ("démo au studio mercredi 24 janvier à 14 h avec Paul", ["24 janvier", "14 h", "Paul"])],
    ["9 800 €", "FSER", "Échange tél.", "voir avec l'éditeur"],
    ["si le système est compatible avec leur logiciel d'automation radio"],
    place="fr: Bourgogne-Franche-Comté (Dijon)", shape="notes-only",
    dates="Note vendredi 15 décembre 2034. Note lundi 8 janvier 2035 : démo mercredi 24 janvier à 14 h, après now (mardi 9 janvier)."))

# 32 Liege - sono de stade - quoted Roundcube
add(case(32, "sonorisation-tribune-club-football-liege", "sonorisation de stade", "fr", "Europe/Brussels", "2035-01-10 11:00",
    ("Michel Jacquemin", "m.jacquemin@rfc-ourthe-meuse.example.org"),
    ("Frédéric Lambotte", "f.lambotte@sonomosane.example.com", """
        Frédéric Lambotte
        SonoMosane SRL
        04 355 55 82"""),
    [
        msg("2035-01-09 19:40", "inbound", "Re: Offre sonorisation tribune principale", """
            Bonjour Monsieur Lambotte,

            Le comité accepte votre offre pour la sono de la tribune principale. L'option tribune visiteurs, on la laisse pour la saison prochaine.

            Notre délégué sécurité, M. Dethier, demande si le système peut servir pour les messages d'évacuation, selon la norme. Vous deviez aussi vérifier si le montage peut se faire sans nacelle sur le toit de la tribune : toujours pas de nouvelles. Et c'est quoi la garantie, combien d'années ?

            Idéalement tout doit être en place avant notre match à domicile du 3 février.

            Sportivement,
            Michel Jacquemin
            Secrétaire - RFC Ourthe-Meuse
            0475 55 62 19

            Le 2034-12-20 14:05, Frédéric Lambotte a écrit :
            > Bonjour Monsieur Jacquemin,
            >
            > Merci pour la visite du stade. Voici notre offre :
            > - 8 enceintes sous la toiture de la tribune principale, amplification et micro speaker : 17 450 € HTVA
            > - option tribune visiteurs (4 enceintes) : + 6 200 € HTVA
            >
            > Je vérifie avec notre monteur si l'accès au toit peut se faire sans nacelle et je reviens vers vous.
            >
            > Cordialement,
            > Frédéric Lambotte
            >
            > Le 2034-12-18 09:30, Michel Jacquemin a écrit :
            >> Bonjour, notre sono date des années 90 et on n'entend rien au fond de la tribune. Pouvez-vous passer voir le stade ?
            >> M. Jacquemin"""),
    ],
    True,
    [("8 enceintes sous la toiture, amplification et micro speaker, 17 450 € HTVA", ["8 enceintes", "17 450 €"]),
     ("en place avant le match à domicile du 3 février", ["3 février"]),
     ("vérification du montage sans nacelle encore due", ["nacelle"])],
    ["6 200 €", "0475 55 62 19", "on n'entend rien"],
    ["si le système peut servir pour les messages d'évacuation selon la norme",
     "si le montage peut se faire sans nacelle sur le toit",
     "la durée de la garantie"],
    place="fr: Province de Liège (Liège)", shape="quoted", client="Roundcube (ISO date header, '>' and '>>')", colleague="M. Dethier",
    dates="Mail du représentant mercredi 20 décembre 2034 (cité) : vérification de la nacelle promise, non tenue à now (mercredi 10 janvier 2035). Mail client mardi 9 janvier : match à domicile du 3 février (samedi)."))

# 33 Lausanne - barrieres et agents pour course a pied - notes+mail
add(case(33, "barrieres-agents-securite-course-a-pied-lausanne", "barrières et sécurité", "fr", "Europe/Zurich", "2035-01-11 09:30",
    ("Stéphane Chappuis", "s.chappuis@coursedesquais.example.org"),
    ("Valérie Pittet", "v.pittet@securiparc-romandie.example.com", """
        Valérie Pittet
        SecuriParc Romandie SA
        021 555 30 84"""),
    [
        msg("2034-12-11 08:30", "inbound", "Course des Quais 2035 - barrières et sécurité", """
            Bonjour Madame Pittet,

            La Course des Quais aura lieu le samedi 28 avril, avec environ 5'000 coureurs. Nous cherchons un prestataire pour les barrières le long du parcours et des agents pour les carrefours. Pourriez-vous venir voir le parcours avec nous ?

            Meilleures salutations
            Stéphane Chappuis
            Président du comité d'organisation
            079 555 62 48"""),
        note("2034-12-13 14:20", """
            Repérage du parcours avec Chappuis + Noémie (resp. sécurité). 1,2 km de barrières Vauban, 30 agents. Offre pour lundi."""),
        msg("2034-12-18 11:00", "outbound", "Offre - Course des Quais 2035", """
            Bonjour Monsieur Chappuis,

            Merci pour le repérage de mercredi. Notre offre :
            - 1,2 km de barrières Vauban, pose et dépose : CHF 14'400
            - 30 agents de sécurité de 7 h à 15 h : CHF 13'200

            Total CHF 27'600 HT.

            Meilleures salutations
            Valérie Pittet"""),
        msg("2035-01-05 10:15", "inbound", "RE: Offre - Course des Quais 2035", """
            Bonjour,

            Meilleurs voeux ! La Ville impose désormais 1,5 km de barrières. Noémie demande aussi si certains de vos agents parlent allemand, nous avons beaucoup de coureurs alémaniques, et si vous pouvez fournir 10 radios pour les chefs de secteur.

            S. Chappuis"""),
        note("2035-01-10 16:10", """
            Tél. Chappuis. 1,5 km barrières CHF 18'000 + 30 agents dont 8 germanophones CHF 13'200 + 10 radios CHF 450 = CHF 31'650 HT. Pose vendredi 27 avril dès 14 h. Contrat à envoyer mardi. Attention, une partie du stock part en location à Sion ce week-end-là, vérifier."""),
    ],
    True,
    [("1,5 km de barrières CHF 18'000, 30 agents dont 8 germanophones CHF 13'200, 10 radios CHF 450 : total CHF 31'650 HT", ["1,5 km", "8 germanophones", "CHF 31'650"]),
     ("10 radios pour CHF 450", ["10 radios", "CHF 450"]),
     ("pose vendredi 27 avril dès 14 h ; contrat à suivre", ["27 avril", "14 h", "Contrat"])],
    ["CHF 27'600", "CHF 14'400", "à Sion", "079 555 62 48", "Tél. Chappuis"],
    [],
    place="fr: canton de Vaud (Lausanne)", shape="notes+mail", colleague="Noémie",
    dates="Mail client lundi 11 décembre 2034 : course samedi 28 avril 2035. Note mercredi 13 décembre : offre pour lundi = lundi 18 décembre, tenu (mail du 18, 'repérage de mercredi' = 13 décembre). Note mercredi 10 janvier 2035 : pose vendredi 27 avril dès 14 h ; contrat mardi = mardi 16 janvier, après now (jeudi 11 janvier)."))

# 34 Marseille - impression supplement hebdo - notes+mail, promesse en retard
add(case(34, "impression-supplement-anniversaire-hebdomadaire-marseille", "impression", "fr", tz, "2035-01-09 13:00",
    ("Nathalie Giraud-Sauvan", "redaction@gazettedescalanques.example.com"),
    ("Olivier Ferracci", "o.ferracci@rotative-sud.example.com", """
        Olivier Ferracci
        Rotative Sud Impressions
        04 91 55 52 70"""),
    [
        msg("2034-12-11 09:10", "inbound", "Supplément 30 ans", """
            Bonjour Monsieur Ferracci,

            La Gazette des Calanques fête ses 30 ans et nous préparons un supplément spécial de 16 pages, tiré à 20 000 exemplaires. Pouvez-vous nous chiffrer l'impression ?

            Bien cordialement,
            Nathalie Giraud-Sauvan
            Rédactrice en chef
            04 91 55 58 03"""),
        note("2034-12-13 17:45", """
            Appel Mme Giraud-Sauvan. 16 p. tabloïd quadri, 20 000 ex, papier journal 52 g. Devis pour vendredi."""),
        msg("2034-12-15 12:30", "outbound", "Devis supplément 30 ans", """
            Bonjour Madame Giraud-Sauvan,

            Voici notre devis : 16 pages format tabloïd, quadrichromie, 20 000 exemplaires sur papier journal 52 g, 5 380 € HT, livraison sur palettes à votre dépôt.

            Bien à vous,
            Olivier Ferracci"""),
        msg("2035-01-03 10:40", "inbound", "RE: Devis supplément 30 ans", """
            Bonjour,

            Bonne nouvelle, beaucoup d'annonceurs : on passe à 24 pages. Notre directeur commercial, M. Abitbol, demande s'il est possible d'encarter le supplément directement chez vous dans notre numéro du 25 janvier.

            N. Giraud-Sauvan"""),
        note("2035-01-08 11:30", """
            Tél. Giraud-Sauvan. 24 p., 20 000 ex, 7 240 € HT, encartage dans le n° du 25 janvier fait chez nous, offert. BAT au plus tard lundi 15 janvier, impression mardi 23 janvier. Devis révisé à envoyer ce soir. Marge faible, ne pas lâcher plus."""),
    ],
    True,
    [("24 pages, 20 000 exemplaires, 7 240 € HT, encartage offert dans le numéro du 25 janvier", ["24 p", "7 240 €", "25 janvier"]),
     ("BAT au plus tard lundi 15 janvier, impression mardi 23 janvier", ["15 janvier", "23 janvier"]),
     ("devis révisé promis pour le soir du 8 janvier, en retard", ["Devis révisé"])],
    ["5 380 €", "Marge faible", "ne pas lâcher plus", "04 91 55 58 03", "Tél. Giraud-Sauvan"],
    [],
    place="fr: Provence-Alpes-Côte d'Azur (Marseille)", shape="notes+mail", colleague="M. Abitbol",
    dates="Note mercredi 13 décembre 2034 : devis pour vendredi = vendredi 15 décembre, tenu (mail du 15). Note lundi 8 janvier 2035 : devis révisé ce soir = lundi 8 janvier au soir, en retard à now (mardi 9 janvier, 13 h) ; BAT lundi 15 janvier, impression mardi 23 janvier, numéro du 25 janvier (jeudi)."))
