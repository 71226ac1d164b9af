/**
 * The glossary cards' texts, one entry per concept (ids in src/ui/glossary/concepts.ts; the title stays in
 * glossary.ts, `glossary.concept.<id>.title`, which every « ? » button names): `short` (one sentence, shown in
 * the « ? » pop-up), `body` (the explanation, in the app's own words) and `where` (where the concept shows up
 * in Fidélis); on some cards `keywords`, more words that find the card in the glossary search: empty in French,
 * whose cards say the course terms; in English, the French course terms the English card does not say
 * (« rupture », « récence »…), for a learner who never downloads the French cards (src/ui/glossary/glossarySearch.ts).
 * Fetched when the glossary screen or a « ? » pop-up opens (i18n/areas.ts GLOSSARY_CARD_AREAS): most learners
 * open few cards (bench app-learner-js).
 */
import { frenchArea } from '../frenchSpacing.ts';

export const glossaryCards = frenchArea({
  fidelite: {
    short: 'L’attachement durable d’un client à un magasin : il revient, par choix.',
    body: 'Un client fidèle revient acheter régulièrement et préfère ce magasin aux autres, même quand il a le choix. La fidélité ne se décrète pas : elle se construit avec la satisfaction, la reconnaissance et la relation. Un client qui revient seulement parce qu’il n’a pas d’autre choix n’est pas vraiment fidèle : il partira dès qu’une meilleure occasion se présentera.',
    where: 'Tableau de bord (clients actifs, fidélisation) ; fiche client : échelle de fidélité.',
    keywords: '',
  },
  satisfaction: {
    short: 'Le plaisir (ou la déception) ressenti en comparant ce qu’on a reçu à ce qu’on attendait et à ce dont on avait besoin.',
    body: 'Le client compare ce qu’il a vécu (produit, accueil, service) à ce qu’il attendait. Au-dessus de ses attentes, il est satisfait ; en dessous, il est déçu, et une déception pèse environ deux fois plus qu’une bonne surprise. Les attentes montent avec les bonnes expériences : il faut sans cesse tenir le niveau. Dans Fidélis, la vraie satisfaction des clients est cachée : il faut la mesurer.',
    where: 'Tableau de bord : carte « Satisfaction mesurée (note moyenne) » ; graphique de satisfaction.',
  },
  reclamation: {
    short: 'Un client mécontent qui vient demander ce qui lui est dû.',
    body: 'Une réclamation est une plainte : le client estime qu’il n’a pas reçu ce qui était promis (produit défectueux, retard, mauvais accueil) et le fait savoir. C’est une chance : le client donne au magasin l’occasion de réparer au lieu de partir en silence.',
    where: 'Fil d’événements du tableau de bord ; fiche client (historique des réclamations) ; décision « Politique de réclamations ».',
  },
  reconnaissance: {
    short: 'Montrer au client qu’on le connaît et qu’on tient à lui.',
    body: 'Saluer un client par son nom, se souvenir de ses goûts, lui réserver une attention : la reconnaissance répond au besoin d’estime. C’est souvent le premier pas vers la fidélité. Son absence est une cause fréquente de départ : le client se sent un numéro parmi d’autres.',
    where: 'Cause de départ « Manque de reconnaissance » ; stratégies lien social et personnalisation.',
  },
  pourquoiFideliser: {
    short: 'Garder un client coûte moins cher que d’en recruter un nouveau.',
    body: 'Recruter un client (publicité, promotions d’appel) coûte plus cher que garder un client existant, et pourtant beaucoup d’entreprises consacrent l’essentiel de leur budget à la conquête. Un client gardé plus longtemps achète plus, coûte moins à servir et recommande le magasin. La démarche : répondre aux besoins, développer la relation, puis piloter la fidélité avec la base de données clients.',
    where:
      'Tableau de bord : carte « Nouveaux clients », coût d’acquisition par nouveau client dans « Comment est-ce calculé ? » ; bilan : coûts de la conquête et de la fidélisation.',
    keywords: '',
  },
  equationCa: {
    short: 'Le chiffre d’affaires d’un client dépend de trois leviers que la fidélisation peut actionner.',
    body: 'Ce qu’un client rapporte dépend de la fréquence de ses achats (combien de fois il vient), de son panier moyen (combien il dépense par visite) et de la durée de la relation (combien de temps il reste client). Fidéliser, c’est agir sur au moins un de ces leviers : faire revenir plus souvent, faire acheter plus ou mieux, faire rester plus longtemps. Dans Fidélis, les actions jouent sur la fréquence et la durée ; aucune ne fait monter le panier (ni vente additionnelle ni montée en gamme), une remise le fait baisser. Cette formule donne le CA d’un client sur toute sa relation (multiplié par le taux de marge, c’est sa valeur client) ; le CA du magasin sur une période se calcule sans la durée : clients actifs × fréquence × panier moyen.',
    where: 'Tableau de bord : la carte Chiffre d’affaires et ses trois leviers.',
    keywords: '',
  },
  schemaInfidelite: {
    short: 'Un client part soit après une rupture qui le pousse à chercher ailleurs, soit après une rencontre qui provoque la rupture.',
    body: 'Premier chemin : une rupture (insatisfaction, manque de reconnaissance, prix moins compétitifs, image dégradée) pousse le client à chercher ailleurs, et il finit par y trouver son compte. Second chemin : une rencontre (une meilleure offre d’un concurrent, l’envie de nouveauté, la simple liberté de choisir) provoque la rupture avec le magasin. Connaître la cause d’un départ permet de choisir la bonne réponse.',
    where: 'Fiche client (« Pourquoi ce client est parti ») ; fil d’événements (départs par cause).',
    keywords: '',
  },
  niveauxSatisfaction: {
    short: 'La relation, l’adaptation au besoin et la fiabilité.',
    body: 'Un client juge le magasin sur trois plans. La relation : le service après-vente, les avantages de fidélité, et la confiance dans les personnes. L’adaptation à son besoin : la capacité du magasin à trouver une solution à son cas. La fiabilité : le sérieux et la compétence du personnel. Les questions d’une enquête en découlent : accueil, clarté de l’offre et des conditions de vente, ambiance, compétence du vendeur, satisfaction à l’usage du produit.',
    where: 'Enquêtes de satisfaction (décisions) ; performance du magasin dans le scénario.',
    keywords: '',
  },
  boucheAOreille: {
    short: 'Les clients satisfaits parlent du magasin et amènent de nouveaux clients.',
    body: 'Un client content en parle autour de lui : il devient prescripteur. Beaucoup disent qu’ils recommanderont, moins le font vraiment, et seule une partie des personnes recommandées devient cliente ; mais ces clients parrainés restent souvent plus longtemps. À l’inverse, un client mécontent fait fuir des clients potentiels.',
    where: 'Tableau de bord : acquisitions « dont parrainages » ; événements de parrainage.',
    keywords: '',
  },
  partDuPortefeuille: {
    short: 'La part des achats d’un client (dans la catégorie) qu’il fait chez vous.',
    body: 'Un client achète souvent dans plusieurs magasins. Sa part du portefeuille (ou part de marque) est la fraction de ses dépenses de la catégorie qu’il fait chez vous. Un client satisfait et reconnu concentre ses achats : sa part augmente, sans qu’il dépense forcément plus au total.',
    where:
      'Pas mesurée directement dans Fidélis (les achats faits chez les concurrents ne se voient pas) : elle se devine à travers la fréquence d’achat et le panier moyen du tableau de bord.',
  },
  mesureSatisfaction: {
    short: 'Enquêtes, sondages et clients mystères : on ne connaît la satisfaction que si on la mesure.',
    body: 'La satisfaction ne se voit pas : il faut interroger les clients (enquête par questionnaire sur un échantillon, sondage) ou envoyer des clients mystères qui jouent le rôle d’acheteurs et notent le service (une cause de la satisfaction, pas ce que ressentent les clients). Les études qualitatives expliquent le pourquoi, les quantitatives donnent des chiffres. Chaque mesure a un coût et une marge d’erreur. Deux chiffres à ne pas confondre : le taux de satisfaction est la part des répondants qui se disent satisfaits (« 70 % des clients sont satisfaits ») ; la satisfaction moyenne est la moyenne des notes données, ramenée sur 100. Fidélis mesure une satisfaction moyenne : « 70 % » y veut dire une note moyenne de 70 sur 100, pas 70 % de clients satisfaits.',
    where: 'Décision « Enquête » ; tableau de bord : satisfaction mesurée (note moyenne), avec son échantillon et sa marge d’erreur, ou « non mesurée ».',
    keywords: '',
  },
  margeErreur: {
    short: 'L’imprécision d’une mesure faite sur un échantillon.',
    body: 'Quand on interroge 100 clients au lieu de tous, le résultat est proche de la vérité sans être exact. La marge d’erreur donne l’écart probable : une satisfaction moyenne de « 72 % ± 3 pt » (la moyenne des notes données, ramenée sur 100) veut dire que la vraie moyenne est très probablement entre 69 % et 75 %, si les répondants ressemblent aux autres clients. Dans Fidélis, la satisfaction mesurée est une note moyenne : sa marge vaut 1,96 × l’écart type des réponses ÷ √(nombre de réponses), environ 3 points pour 100 réponses quand les avis sont proches. Pour une proportion (« 72 % des clients se disent satisfaits »), elle serait plus grande : environ 9 points pour 100 réponses. Plus l’échantillon est grand, plus la marge est petite, mais plus l’enquête coûte cher.',
    where:
      'Tableau de bord : carte « Satisfaction mesurée (note moyenne) » et son « Comment est-ce calculé ? » ; graphique de satisfaction mesurée (barres d’erreur) ; bilan : satisfaction réelle et mesurée.',
  },
  gestionReclamations: {
    short: 'Bien et vite traitée, une réclamation garde presque toujours le client.',
    body: 'La plupart des clients mécontents ne se plaignent pas : ils partent. Ceux qui se plaignent offrent une seconde chance. Une réclamation traitée rapidement garde la grande majorité des clients. Ignorée, elle en perd beaucoup (TARP : plus de la moitié ne rachèteraient pas ; Fidélis : dix fois plus qu’après une réponse rapide). Elle fait aussi fuir les clients que le mécontent aurait pu vous amener : il la raconte autour de lui, et une partie de ceux qui l’entendent ne viennent jamais (bilan : « Clients détournés par le bouche-à-oreille négatif »). Une réparation excellente améliore un peu la satisfaction, mais ne rend pas le client plus fidèle qu’avant le problème.',
    where: 'Décision « Politique de réclamations » ; fil d’événements (vagues de réclamations) ; cause de départ « Réclamation mal traitée ».',
  },
  fidelisationActive: {
    short: 'Donner au client de bonnes raisons de rester : avantages, reconnaissance, club.',
    body: 'Fidéliser activement, c’est proposer des avantages (financiers ou non), montrer de la reconnaissance et créer un sentiment d’appartenance. Le club clients, avec son accès réservé et ses récompenses, est l’outil le plus abouti. Ces actions coûtent : il faut les cibler et mesurer ce qu’elles rapportent.',
    where: 'Décisions : les quatre stratégies ; tableau des programmes et de leur ROI.',
    keywords: '',
  },
  pyramideMaslow: {
    short: 'Un besoin apparaît quand le précédent est satisfait ; l’estime vient après l’appartenance.',
    body: 'Maslow range les besoins en étages : physiologiques, sécurité, appartenance, estime, accomplissement. Un étage ne compte vraiment que si les précédents sont remplis. Pour la fidélisation : un client qui a le bon produit au bon prix attend ensuite de l’appartenance (club, communauté) et de l’estime (reconnaissance, traitement privilégié).',
    where: 'Stratégies lien social et personnalisation ; fiche « Reconnaissance ».',
    keywords: '',
  },
  clubClients: {
    short: 'Un cercle réservé qui donne accès à des avantages et crée de l’attachement.',
    body: 'Le club rassemble des clients choisis, leur donne un accès sélectif (avant-premières, événements, services) et des récompenses. Il crée un lien social difficile à copier et un sentiment d’appartenance : c’est le haut de gamme des outils de fidélisation, mais il faut du temps pour qu’il porte ses fruits.',
    where:
      'Stratégie « Lien social » (club) ; fiche client : « Membre du club » ; colonne « Club » de la base clients (à afficher avec « Colonnes affichées »).',
  },
  bdd: {
    short: 'Tout ce que le magasin sait de ses clients, rassemblé en un seul endroit.',
    body: 'La BDD réunit ce que chaque client a dit ou fait, quel que soit le canal : identité, achats, contacts, réclamations, préférences. C’est l’outil principal de la fidélisation. Chaque contact doit servir à vérifier, corriger ou compléter la base. Erreur classique d’une base mal tenue : proposer une remise sur un produit que le client vient d’acheter au prix fort.',
    where: 'Écran « Base clients » : le tableau, les filtres et la fiche de chaque client.',
    keywords: '',
  },
  collecteDonnees: {
    short: 'Carte de fidélité, jeux-concours, personnel, marketing direct, observation.',
    body: 'Le magasin enrichit sa base par la carte de fidélité (chaque passage en caisse est enregistré), les jeux-concours, les échanges avec le personnel, les réponses au marketing direct ou l’observation. Plus la base est complète, mieux on cible ; mais il faut le consentement du client pour le contacter. Dans Fidélis, les « données connues » d’un client sont la part de son profil (besoins, préférences) déjà collectée, affichée « Données de profil collectées » dans sa fiche ; son identité et ses achats sont connus de toute façon, et la personnalisation ne s’appuie que sur ce profil.',
    where: 'Décision « Collecte de données » ; colonnes « Données connues » et « Consentement » de la base clients (à afficher avec « Colonnes affichées »).',
    keywords: '',
  },
  consentement: {
    short: 'Sans l’accord préalable d’un particulier, pas d’e-mail ni de SMS commercial. Il s’obtient par une collecte de données.',
    body: 'En France, un magasin ne peut envoyer un e-mail ou un SMS commercial à un particulier que s’il a donné son accord avant (« opt-in » : une case non pré-cochée, au moment où il laisse son adresse). C’est la règle du Code des postes et des communications électroniques (article L34-5), rappelée par la CNIL avec le RGPD. La loi admet une exception pour un client déjà acheteur (offres sur des produits proches, s’il a pu refuser quand il a donné son adresse) : Fidélis la simplifie et demande le consentement de tous les clients. Le face-à-face en magasin n’a pas besoin de ce consentement. Le consentement se gagne quand on collecte les données : carte de fidélité, jeu-concours, échange avec le personnel.',
    where:
      'Stratégies : la relance personnalisée et l’événement privé (invitations par e-mail ou SMS) ne touchent que les clients qui ont consenti ; le formulaire dit combien ne seront pas contactés. Décision « Collecte de données » : ceux qui acceptent donnent leur consentement. Colonne « Consentement » de la base clients.',
  },
  relationApprentissage: {
    short: 'Plus le client se confie, mieux on le sert, plus il lui coûte de partir.',
    body: 'À chaque échange, le magasin apprend quelque chose du client et s’en sert pour mieux le servir. Le client profite d’un service de plus en plus adapté ; partir ailleurs l’obligerait à tout réexpliquer. Cette connaissance accumulée devient une barrière à la sortie.',
    where: 'Données connues sur chaque client ; effet plus fort de la personnalisation quand la base est riche.',
  },
  rfm: {
    short: 'Récence, Fréquence, Montant : trois notes de 1 à 5 pour classer les clients.',
    body: 'Récence : depuis quand le client n’a pas acheté. Fréquence : combien de fois il a acheté sur les 12 derniers mois. Montant : combien il a dépensé sur la même période. Chaque critère est noté de 1 à 5 par quintiles, parmi les clients qui ont acheté sur ces 12 mois (le meilleur cinquième d’entre eux reçoit 5) ; un client qui n’a rien acheté depuis 12 mois a 1 partout. En croisant les notes, on obtient des segments à traiter différemment.',
    where: 'Graphiques : grille RFM 5 × 5 ; base clients : colonnes R, F, M ; ciblage par notes RFM.',
    keywords: '',
  },
  frat: {
    short: 'RFM + le Type de produits achetés.',
    body: 'La méthode FRAT reprend la fréquence, la récence et le montant, et y ajoute le type de produits achetés. Deux clients aux mêmes notes RFM n’ont pas les mêmes besoins s’ils n’achètent pas les mêmes rayons.',
    where: 'Fiche client : achats par type de produit.',
    keywords: '',
  },
  segments: {
    short: 'Des groupes de clients qui se ressemblent, à traiter chacun à sa façon. Le segment RFM compare les notes d’un client à celles des autres ; ce n’est pas l’étape du cycle de vie (actif, dormant, perdu).',
    body: 'À partir des notes RFM, on forme 5 à 10 groupes. Les cinq segments utilisés par défaut : nouveau client, très bon client, bon client, futur non-client (il risque de partir) et inactif (à reconquérir comme un prospect). Les règles, dans cet ordre (la première qui s’applique l’emporte) : « Nouveau client (RFM) » si son premier achat date de moins de 13 semaines ; « Inactif (RFM) » si sa récence est notée 1 ; « Futur non-client » si sa récence est notée 2, ou 3 avec une fréquence notée 1 ou 2 ; « Très bon client » si récence, fréquence et montant sont tous notés 4 ou 5 ; « Bon client » pour tous les autres. « Bon client » rassemble donc aussi des clients récents qui achètent peu (une fréquence ou un montant noté 1 à 3) : regardez ses notes avant de le traiter comme un client régulier. Une autre carte, plus fine, croise seulement récence et fréquence (champions, fidèles, à risque…). Le segment dit comment le client achète ces derniers mois ; l’étape du cycle de vie dit où il en est de sa relation, et c’est elle qui l’emporte quand il a cessé d’acheter : un « Client perdu » est toujours « Inactif (RFM) » (à reconquérir comme un prospect) et sort de la carte récence × fréquence, même si ses notes des 12 derniers mois étaient bonnes ; un « Client dormant » n’est jamais « Bon client » ni « Très bon client », mais « Futur non-client » (il risque de partir) ; un client sans achat depuis 12 mois est « Inactif (RFM) ». À l’inverse, un « Client actif » (il n’est pas parti) peut être dans le segment « Inactif (RFM) » (il n’achète presque plus). Attention au rythme du métier : les notes ne regardent que les 12 derniers mois ; là où l’on achète tous les 2 ou 3 ans (un opticien), bien des clients fidèles qui n’ont pas eu besoin d’acheter cette année paraissent « Inactif (RFM) ». Avant de les traiter comme à reconquérir, adaptez la fenêtre au cycle d’achat.',
    where: 'Graphiques : tailles des segments ; base clients : colonne Segment ; décisions : ciblage par segment.',
    keywords: '',
  },
  datamining: {
    short: 'Fouiller les données pour trouver des liens qui aident à prévoir.',
    body: 'Le datamining explore une grande quantité de données (entrepôt de données, magasins de données spécialisés) pour y repérer des corrélations : quels clients achètent quoi ensemble, quels signes précèdent un départ. Ces liens servent ensuite à prévoir et à cibler.',
    where: 'Écran « Analyse de données réelles » (import d’un historique de ventes).',
  },
  scoring: {
    short: 'Donner à chaque client une note qui prédit son comportement futur.',
    body: 'Un score applique un modèle défini à l’avance aux données d’un client pour prédire ce qu’il va faire : probabilité d’être encore actif, nombre d’achats attendus, risque de départ. On s’en sert pour concentrer les efforts sur les clients qui en ont le plus besoin.',
    where: 'Écrans « Labo de scoring » et « Analyse de données réelles » ; ciblage par liste de clients.',
  },
  actionParSegment: {
    short: 'Chaque segment appelle sa propre action ; les meilleurs clients ont besoin de reconnaissance, pas de remises.',
    body: 'Les très bons clients achètent déjà au maximum : une remise leur fait surtout dépenser moins. Il vaut mieux travailler la durée de la relation (reconnaissance, connaissance parfaite de leurs besoins). Les clients moyens réagissent mieux aux avantages ; les futurs non-clients demandent une action rapide avant qu’ils partent.',
    where: 'Décisions : cibler un segment avant d’appliquer une stratégie ; ROI par programme.',
    keywords: '',
  },
  logicielGrc: {
    short: 'L’outil de gestion de la relation client : connaître, analyser, cibler, personnaliser, suivre.',
    body: 'Un logiciel de GRC (gestion de la relation client) aide à connaître le client, analyser ses données, cibler, personnaliser les offres, stimuler les achats, vendre, livrer et suivre. Fidélis en est une version simplifiée : base clients, segments, ciblage, actions et indicateurs.',
    where: 'L’ensemble de l’application : base clients, décisions, tableau de bord.',
  },
  cycleDeVie: {
    short: 'Suspect, prospect, nouveau client, client actif, dormant, perdu.',
    body: 'Le suspect s’intéresse à la catégorie ; le prospect correspond à la cible mais n’a pas encore acheté ; le nouveau client vient de faire son premier achat (dans le jeu, il le reste jusqu’à son 2e achat ou jusqu’à devenir dormant) ; le client actif achète régulièrement ; le client dormant n’a pas acheté depuis un moment ; le client perdu n’achète plus. On agit différemment à chaque étape, et il faut au moins compenser les départs par des arrivées. La difficulté : décider quand un client actif devient dormant, puis quand un dormant est perdu. Un dormant qui ne revient pas finit par être compté perdu : c’est l’« Inactivité prolongée » du bilan, un départ silencieux dont le magasin ne connaît pas la cause ; le relancer pendant qu’il dort est la dernière occasion de le garder. Un client peut aussi partir pour une raison extérieure au magasin (déménagement, besoin disparu) : c’est le « Départ naturel » du bilan, hors schéma de l’infidélité. Une partie est inévitable ; les barrières au changement (carte, club, service construit pour le client) retiennent le reste.',
    where: 'Graphiques : entonnoir et flux du cycle de vie ; base clients : colonne Étape.',
    keywords: '',
  },
  echelleFidelite: {
    short: 'Prospect, acheteur, client, supporteur, ambassadeur.',
    body: 'On fait monter le client d’un échelon à l’autre : le prospect découvre le magasin (notoriété), l’acheteur l’essaie (premier achat), le client revient (rachat, carte, promotions), le supporteur s’implique (communauté, offres personnalisées, essai des nouveautés), l’ambassadeur recommande le magasin. Chaque échelon a son objectif et ses outils.',
    where:
      'Fiche client : « Échelle de fidélité » ; base clients : colonne « Échelle » (à afficher avec « Colonnes affichées ») ; décisions : ciblage par échelon.',
    keywords: '',
  },
  soncas: {
    short: 'Sécurité, orgueil, nouveauté, confort, argent, sympathie : le besoin-type dominant du client.',
    body: 'Chaque client a un besoin-type qui domine (son motif d’achat principal) : être rassuré (sécurité), être valorisé (orgueil), découvrir (nouveauté), être tranquille (confort), payer moins (argent) ou aimer la relation (sympathie). Le bon argument et la bonne stratégie dépendent de ce besoin-type : une remise touche le client « argent », un club touche le client « sympathie » ou « orgueil ».',
    where: 'Base clients : colonne Besoin-type ; décisions : ciblage par besoin-type (SONCAS).',
    keywords: '',
  },
  rolesAchat: {
    short: 'Prescripteur, utilisateur, acheteur, payeur, décideur.',
    body: 'Plusieurs personnes peuvent intervenir dans un même achat : celle qui conseille (prescripteur), celle qui utilisera le produit (utilisateur), celle qui l’achète, celle qui paie, celle qui décide. Une action de fidélisation doit viser la bonne personne.',
    where: 'Parrainages : le client prescripteur amène un nouveau client.',
    keywords: '',
  },
  parcoursClient: {
    short: 'Toutes les étapes et tous les points de contact, de la visite du site à la réclamation.',
    body: 'Le parcours client suit le client à chaque point de contact : il visite le site, se renseigne, demande un devis, achète, reçoit, utilise, reçoit la lettre d’information, réclame parfois. Chaque étape est une occasion de satisfaire ou de décevoir, et de collecter des données.',
    where: 'Fiche client : l’historique des événements dans l’ordre.',
    keywords: '',
  },
  canauxContact: {
    short: 'Magasin, téléphone, courrier, e-mail, SMS, site web… chacun a son coût et sa portée.',
    body: 'Les canaux traditionnels (face à face, vitrine, courrier, catalogue, téléphone, médias) et numériques (site web, e-mailing, SMS, centre d’appels, bannières) ne touchent pas les mêmes clients et ne coûtent pas le même prix. On choisit le canal préféré du client quand on le connaît.',
    where: 'Base clients : colonne Canal ; achats par canal dans la fiche client ; canaux d’acquisition.',
    keywords: '',
  },
  strategiesFidelisation: {
    short: 'Avantage financier, lien social, personnalisation, customisation.',
    body: 'Quatre grandes façons de fidéliser, avec chacune ses forces et ses limites : l’avantage financier agit vite mais se copie ; le lien social est difficile à imiter mais lent ; la personnalisation attache au magasin mais coûte ; la customisation limite le changement de fournisseur mais alourdit l’offre. Le bon choix dépend du segment visé et du besoin-type (SONCAS).',
    where: 'Décisions : choix de la stratégie ; tableau des programmes au tableau de bord.',
    keywords: '',
  },
  avantageFinancier: {
    short: 'Bons de réduction, points, remises sur volume : efficace vite, facile à copier.',
    body: 'Exemples : bons d’achat, programme à points, prix dégressifs (la remise sur volume, qui grandit avec la quantité achetée : Fidélis ne la simule pas, sa « Remise permanente » vaut le même taux sur chaque achat), miles. Avantages : simple à mettre en place, effet rapide. Inconvénients : les concurrents l’imitent vite, et il est difficile d’arrêter car le client s’habitue au prix réduit ; à l’arrêt, il a l’impression d’une hausse de prix. Ses effets s’estompent sur la durée.',
    where: 'Décisions : stratégie « Avantage financier » ; événements « Fin d’un avantage » et imitation par un concurrent.',
    keywords: '',
  },
  lienSocial: {
    short: 'Club, événements privés : long à construire, difficile à imiter.',
    body: 'Exemples : club de membres, soirées privées, communauté de clients. Avantages : un concurrent ne peut pas copier une relation, et le client hésite à la quitter. Inconvénient : il faut du temps pour créer la confiance, l’effet n’apparaît qu’au bout de plusieurs périodes, mais il dure. Il touche surtout les clients qui aiment la relation ou être valorisés (besoins-types sympathie et orgueil) ; un client qui vient pour le prix y tient peu.',
    where:
      'Décisions : stratégie « Lien social » ; fiche client : « Membre du club » ; colonne « Club » de la base clients (à afficher avec « Colonnes affichées »).',
  },
  personnalisation: {
    short: 'Relance personnalisée, conseiller personnel : attache au magasin, coûteux.',
    body: 'Exemples : une relance qui tient compte des achats du client, un conseiller attitré. Avantages : renforce l’attachement au magasin, très difficile à imiter. Inconvénients : coûteux (une relance écrite à partir du fichier coûte plus par membre qu’un club) et lent à développer ; elle suppose une base de données riche. Une relance fait peu acheter en plus : elle retient surtout le client et le fait monter au rang de supporteur ; un conseiller attitré, bien plus cher, fait aussi acheter plus souvent.',
    where: 'Décisions : stratégie « Personnalisation » ; données connues sur les clients.',
  },
  customisation: {
    short: 'Une offre construite à la carte ou un programme contractuel : freine le changement de fournisseur.',
    body: 'Exemples : une offre composée d’options du catalogue, un contrat ou un programme fermé. Avantage : changer de fournisseur devient compliqué, le client reste. Inconvénients : lourd et cher à gérer, et certains clients le vivent mal (un client qui n’aime pas s’engager devient moins satisfait).',
    where: 'Décisions : stratégie « Customisation ».',
  },
  retention: {
    short: 'La part des clients gardés d’une période à l’autre, et celle des clients perdus.',
    body: 'Le taux de fidélisation (rétention) est la part des clients du début d’une période, actifs ou dormants, qui ne sont pas perdus à la fin ; le taux d’attrition est la part de ceux qui sont partis (clients perdus). Un client dormant n’a pas acheté depuis un moment mais n’est pas encore perdu : il compte comme gardé. Le taux peut donc rester haut pendant que le nombre de clients actifs baisse : lisez les deux ensemble. Quelques points d’attrition en moins suffisent à augmenter fortement la valeur de la clientèle, car chaque client gardé peut continuer d’acheter.',
    where:
      'Tableau de bord : cartes « Taux de fidélisation » et « Taux d’attrition », à lire avec la carte « Clients actifs » ; graphiques : fidélisation de la période et son équivalent sur un an (l’attrition en est le reste) ; bilan : clients actifs ou dormants ; objectifs du scénario.',
  },
  acquisition: {
    short: 'Les nouveaux clients recrutés : par la publicité ou par parrainage.',
    body: 'Pour grandir, il faut au moins remplacer les clients perdus. Les campagnes (prospectus, e-mailing, réseaux sociaux, presse) recrutent à un coût par client souvent élevé ; le parrainage par des clients satisfaits amène des clients plus fidèles, sans coûter moins (récompenses).',
    where: 'Tableau de bord : carte « Nouveaux clients » (dont parrainages) ; décisions : campagnes d’acquisition.',
    keywords: '',
  },
  roi: {
    short: 'Ce qu’une action rapporte en marge par rapport à ce qu’elle coûte.',
    body: 'ROI = (marge supplémentaire gagnée − coût) ÷ coût. Un ROI de 50 % signifie que chaque euro dépensé a rapporté 1,50 € de marge. Un ROI négatif veut dire que l’action coûte plus qu’elle ne rapporte : pas forcément une erreur au début (le lien social est lent), mais un signal à surveiller. Quand plusieurs programmes visent les mêmes clients, la marge de ces clients est partagée entre eux à parts égales : on ne la compte qu’une fois.',
    where: 'Tableau de bord : tableau des programmes ; graphiques : coût et ROI par programme.',
    keywords: '',
  },
  groupeTemoin: {
    short: 'Des clients de la cible laissés de côté, pour savoir ce qu’une action a vraiment changé.',
    body: 'Pour mesurer l’effet d’une action, on ne compare pas les clients visés à leur propre passé : de bons clients achètent beaucoup même sans action, et un client qui vient de faire un gros achat achètera moins ensuite, action ou pas. On tire au hasard une partie de la cible (souvent 10 %) qui ne reçoit pas l’action : le groupe témoin. Il montre ce que les membres auraient acheté sans elle. Effet de l’action = marge des membres − nombre de membres × marge par client du groupe témoin. Comme pour une enquête, le résultat a une marge d’erreur : plus le groupe témoin est petit, plus elle est large. Un chiffre dans la marge d’erreur ne prouve aucun effet.',
    where: 'Tableau de bord : tableau des programmes (colonne Groupe témoin, marge supplémentaire ± marge d’erreur) ; bilan : effet de chaque action.',
  },
  margeBrute: {
    short: 'Ce qui reste du chiffre d’affaires une fois payé le coût des produits vendus.',
    body: 'Marge brute = chiffre d’affaires − coût d’achat des marchandises vendues, soit CA × taux de marge quand tout est vendu au prix normal. Une remise baisse le CA sans baisser le coût des marchandises : la marge brute perd tout son montant. Elle ne compte ni les dépenses de fidélisation ni les frais fixes : une période où l’on vend beaucoup peut avoir une bonne marge brute et perdre de l’argent. Le taux de marge dépend du métier : élevé dans l’artisanat alimentaire (boulangerie, 65 % dans Fidélis) et en optique (60 %), plus faible dans la distribution d’articles de sport (40 %).',
    where: 'Tableau de bord : carte « Marge brute » et son « Comment est-ce calculé ? » ; graphique « Chiffre d’affaires et marge brute » ; bilan.',
  },
  margeNette: {
    short: 'La marge brute moins le coût des actions et les frais fixes : ce que le magasin gagne vraiment.',
    body: 'Marge nette = marge brute − coût des actions de la période (programmes, campagnes, enquêtes, réclamations) − frais fixes. Les remises accordées, payées par le budget, sont déjà retirées de la marge brute : la marge nette ne les retire pas une seconde fois. C’est elle qui dit si le magasin gagne de l’argent. Une action de fidélisation l’améliore seulement si la marge qu’elle fait gagner en plus dépasse ce qu’elle coûte : c’est ce que mesure le ROI.',
    where: 'Tableau de bord : carte « Marge nette » et son « Comment est-ce calculé ? » ; bilan.',
  },
  budget: {
    short: 'L’argent disponible pour les actions : une dotation à chaque période, qui paie programmes, campagnes, enquêtes et réclamations.',
    body: 'Le budget n’est pas le bénéfice : c’est l’enveloppe confiée au service client. À chaque période il reçoit la dotation du scénario. Chaque programme en cours réserve son coût attendu de la période, avec une marge de prudence (×{{margin}}) au cas où ses membres achèteraient plus que prévu ; celui que le budget ne peut plus payer s’arrête pour de bon, et une nouvelle action trop chère est refusée. Avant de lancer un programme, il faut donc vérifier que le budget pourra le payer sur la durée. Le tableau de bord l’estime : le coût d’un programme baisse à mesure que ses membres partent, supposés partir au rythme observé jusqu’ici.',
    where:
      'Tableau de bord : carte « Budget restant » ; décisions : coût estimé d’une action et nombre de périodes que le budget peut la payer ; fil d’événements : « Programme arrêté faute de budget ».',
  },
  valeurClient: {
    short: 'La marge qu’un client laisse au magasin sur toute la durée de sa relation.',
    body: 'La valeur client (en anglais customer lifetime value, CLV) est ce qu’un client rapporte sur toute sa relation, en marge et non en chiffre d’affaires. Son premier pas est la formule du chiffre d’affaires appliquée à un seul client : fréquence d’achat × panier moyen × durée de la relation donne son CA sur sa relation ; multiplié par le taux de marge, ce CA donne sa valeur. Le calcul complet l’actualise aussi : un euro gagné plus tard vaut un peu moins qu’un euro aujourd’hui. Fidéliser l’augmente par l’un des trois leviers. Comparée au coût d’acquisition d’un client, elle dit combien on peut dépenser pour le recruter ou le garder.',
    where:
      'Tableau de bord : les trois leviers du chiffre d’affaires (ligne « CA d’un client sur toute sa relation », le premier pas) et le « Comment est-ce calculé ? » du chiffre d’affaires ; analyse de données réelles : la valeur client sur un an, avec le taux de marge et l’actualisation.',
  },
  prixReference: {
    short: 'Le prix que le client trouve normal, et auquel il compare chaque prix.',
    body: 'Le client juge un prix en le comparant à celui qu’il a en tête, formé par les prix qu’il a déjà payés. Une remise répétée fait baisser ce prix de référence : quand elle s’arrête, le prix normal lui paraît une hausse de prix, d’où de la déception et parfois des départs. C’est pourquoi un avantage financier est difficile à arrêter.',
    where: 'Stratégie « Avantage financier » ; fiche client : événement « Fin d’un avantage » ; cause de départ « Prix ».',
  },
  barrieresChangement: {
    short: 'Ce que perdrait le client en changeant de magasin : de l’argent, des démarches, une relation.',
    body: 'Changer de fournisseur a un coût pour le client. Barrière financière : perdre ses points, sa carte ou ses avantages. Barrière procédurale : refaire les démarches, réexpliquer ses besoins, renoncer à une offre construite pour lui. Barrière relationnelle : quitter des personnes qu’il connaît et une communauté. Plus ces barrières sont hautes, moins une déception ou l’offre d’un concurrent le fait partir. Elles retiennent sans satisfaire : un client retenu seulement par elles n’est pas vraiment fidèle.',
    where:
      'Stratégies : carte de fidélité et avantage financier (barrière financière), lien social et personnalisation (barrière relationnelle), customisation (barrières procédurale et financière) ; « Comment est-ce calculé ? » du taux d’attrition.',
  },
} as const);
