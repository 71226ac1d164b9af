/**
 * French strings of the glass box: how each dashboard figure is computed, with the period's numbers,
 * fetched the first time a glass box opens (i18n/areas.ts; its button's label is dashboard.glassToggle),
 * and the simulator's rule behind it in plain words, faithful to src/engine/README.md. Every number of
 * a rule comes from src/engine/params.ts through {{placeholders}} (src/ui/glassBox/glassBoxFigures.ts).
 */
import { frenchArea } from '../frenchSpacing.ts';

export const glassBox = frenchArea({
  formulaTitle: 'La formule avec les chiffres {{ofTick}}',
  ruleTitle: 'Ce que fait le simulateur (règle et source)',
  limitsCaption: 'Limites des quintiles RFM (valeur à atteindre pour chaque score)',
  limitsColumn: { score: 'Score', recency: 'Récence ({{ticks}} depuis le dernier achat, au plus)', frequency: 'Fréquence (achats sur 12 mois, au moins)', monetary: 'Montant (euros sur 12 mois, au moins)' },
  limitNone: '—',
  matches: 'Vérification : le résultat, calculé avec les valeurs non arrondies, est bien le chiffre affiché sur la carte.',
  line: {
    turnoverGeneral: 'CA d’un client sur sa relation = fréquence d’achat × panier moyen × durée de la relation ; le CA {{ofTick}} = clients actifs × fréquence × panier moyen.',
    turnoverPeriod: 'CA {{ofTick}} = {{active}} clients actifs × fréquence {{frequency}} × panier moyen {{basket}} = {{product}}.',
    /** the factors as written do not multiply out to the result (QA teacher qa25 F2), as dashboard.levers.thisPeriodRounded */
    turnoverPeriodRounded: 'CA {{ofTick}} = {{active}} clients actifs × fréquence {{frequency}} × panier moyen {{basket}} ≈ {{product}} (facteurs arrondis).',
    frequency: 'Fréquence = {{purchases}} achats ÷ {{active}} clients actifs = {{frequency}} par client.',
    basket: 'Panier moyen = {{turnover}} ÷ {{purchases}} achats = {{basket}}.',
    length: 'Durée de la relation = 1 ÷ taux d’attrition lissé = {{length}}.',
    /** the lifetime's frequency: per customer, active or dormant, the customer whose relationship length is 1 ÷ churn (QA teacher F7) */
    customerFrequency:
      'Fréquence par client, actif ou dormant = {{purchases}} achats ÷ {{customers}} clients ({{active}} actifs + {{dormant}} dormants) = {{frequency}} : la durée de la relation compte aussi le temps qu’un client passe dormant, sa fréquence aussi.',
    clv: 'CA d’un client sur toute sa relation (sans actualisation) ≈ fréquence par client {{frequency}} × panier moyen {{basket}} × durée {{length}} = {{clv}}. C’est du chiffre d’affaires : sa valeur client (CLV) se compte en marge, ce CA multiplié par le taux de marge.',
    clvRounded:
      'CA d’un client sur toute sa relation (sans actualisation) ≈ fréquence par client {{frequency}} × panier moyen {{basket}} × durée {{length}} ≈ {{clv}} (facteurs arrondis). C’est du chiffre d’affaires : sa valeur client (CLV) se compte en marge, ce CA multiplié par le taux de marge.',
    clvNone: 'Aucun départ récent : la durée de la relation est très longue, le CA d’un client sur sa relation ne se calcule pas encore.',
    active: 'Clients actifs = {{nouveau}} nouveaux + {{actif}} actifs = {{active}} (les {{dormant}} dormants ne comptent pas ici, mais restent des clients : ils comptent dans la fidélisation et l’attrition).',
    churn: 'Taux d’attrition = {{lost}} clients perdus ÷ {{start}} clients (actifs ou dormants) au début {{ofTick}} = {{churn}}.',
    start: 'Clients (actifs ou dormants) au début {{ofTick}} = {{alive}} à la fin {{ofTick}} + {{lost}} perdus − {{acquired}} recrutés = {{start}}.',
    retention: 'Taux de fidélisation = {{kept}} clients pas encore perdus (actifs ou dormants) ÷ {{start}} clients au début {{ofTick}} = {{retention}} (= 1 − taux d’attrition). Un client devenu dormant compte comme gardé, jusqu’à ce qu’il soit perdu par inactivité prolongée.',
    /** departures of the period by cause inactivite (churn.ts, lifecycle.ts lostByInactivity) */
    lostInactive:
      'Dont {{inactive}} perdus par inactivité prolongée : des clients dormants restés sans achat bien plus longtemps que leur rythme habituel, comptés perdus sans cause connue.',
    acquisitions: 'Nouveaux clients = {{referrals}} par parrainage + {{campaigns}} autres (campagnes d’acquisition ou venus d’eux-mêmes) = {{acquired}}.',
    /** each arrival by origin, each campaign's own cost per recruit and the recruits who stay (QA play F18: walk-ins apart) */
    acquisitionsByOrigin:
      'Nouveaux clients = {{walkIns}} venus d’eux-mêmes + {{referrals}} recommandés par un client + {{campaigns}} recrutés par les campagnes = {{acquired}}.',
    campaignRecruitCost:
      'Coût par recrue de la campagne « {{channel}} » = {{spend}} dépensés ÷ {{recruits}} recrues de cette campagne = {{perRecruit}} (sans les clients venus d’eux-mêmes ni ceux recommandés par un client).',
    campaignNoRecruit: 'Campagne « {{channel}} » : {{spend}} dépensés, aucune recrue {{thisTick}}.',
    campaignStaying:
      'Dont environ {{staying}} resteront au-delà de leur achat suivant ({{recruits}} × {{stayShare}}) : les autres ({{oneOff}}) sont venus pour l’offre de bienvenue. Coût par recrue qui reste ≈ {{perRecruit}} ÷ {{stayShare}} = {{perStaying}}, bien plus que ce que coûte un client gardé.',
    campaignNotRecorded:
      'Le coût par recrue de chaque campagne n’est pas connu pour {{thisTick}} : la partie a été jouée avant que le simulateur compte les recrues de chaque campagne à part des clients venus d’eux-mêmes.',
    acquisitionNoSpend: 'Aucune campagne d’acquisition payée {{thisTick}}.',
    grossMargin: 'Marge brute = CA {{turnover}} × taux de marge {{rate}} = {{margin}}.',
    netMargin: 'Marge nette = marge brute {{gross}} − coût des actions {{costs}} − frais fixes {{fixed}} = {{net}}.',
    /** a period with discounts given (kpis.ts): each euro of discount taken off once, in the gross margin */
    grossMarginDiscounts:
      'Marge brute = CA {{turnover}} − coût des marchandises vendues ({{list}} au prix normal × (1 − taux de marge {{rate}}) = {{goods}}) = {{margin}}. Les remises accordées ({{discounts}}) ne sont pas payées par les clients : elles baissent la marge brute de tout leur montant.',
    netMarginDiscounts:
      'Marge nette = marge brute {{gross}} − (coût des actions {{costs}} − remises accordées {{discounts}}, payées par le budget mais déjà retirées de la marge brute) − frais fixes {{fixed}} = {{net}}.',
    roi: 'ROI de « {{programme}} » = (marge supplémentaire {{margin}} − coût {{cost}}) ÷ coût {{cost}} = {{roi}}.',
    /** an ROI too uncertain to be written (app/programmeEffect.ts roiReliability, QA qa19 F3): the formula, not its result; {{roi}}: « non chiffrable (trop incertain) — » and the verdict */
    roiTooUncertain:
      'ROI de « {{programme}} » = (marge supplémentaire − coût) ÷ coût, avec une marge supplémentaire de {{margin}} connue à ± {{error}} près, plus que le coût ({{cost}}) : {{roi}}.',
    roiNone: 'ROI de « {{programme}} » : pas encore de coût, pas de ROI.',
    roiControl: 'Marge supplémentaire de « {{programme}} » : {{margin}} ± {{error}}, estimée par comparaison avec un groupe témoin de {{control}} clients non inscrits (marge par membre {{memberMargin}} contre {{controlMargin}} par client témoin {{thisTick}}).',
    roiUnmeasured: 'ROI de « {{programme}} » : pas de groupe témoin (cible trop petite : il faut au moins {{needed}} clients encore là dans la cible, elle en comptait {{targeted}}), effet non mesurable.',
    roiUnmeasuredConsent:
      'ROI de « {{programme}} » : pas de groupe témoin, effet non mesurable. La cible était assez grande, mais trop peu de consentements à un e-mail ou un SMS (RGPD) : {{consented}} sur {{targeted}} clients de la cible. Une collecte de données les recueille.',
    noProgramme: 'Aucun programme lancé : pas de ROI à calculer.',
    budget: 'Budget restant = {{before}} + dotation {{ofTick}} {{perTick}} − dépenses {{ofTick}} {{costs}} = {{left}}.',
    satisfaction: 'Satisfaction mesurée = moyenne des notes des {{n}} réponses, ramenée sur 100 = {{mean}} (une note moyenne, pas la part de clients satisfaits).',
    margin: 'Marge d’erreur (95 %) = 1,96 × écart type {{sd}} ÷ √{{n}} = {{margin}} pt : si les répondants ressemblent aux autres clients, la vraie valeur est très probablement entre {{low}} et {{high}} (les satisfaits répondent un peu plus : voir la règle ci-dessous).',
    notMeasured: 'Pas encore d’enquête : la satisfaction réelle est cachée, seule une enquête la mesure.',
    /** the mystery shopper's card (QA expert F2): a score of the service on visits, not the customers' satisfaction */
    serviceScore: 'Note de service = moyenne des notes des {{n}} visites du client mystère = {{mean}}.',
    serviceMargin:
      'Marge d’erreur (95 %) = 1,96 × écart type {{sd}} ÷ √{{n}} = {{margin}} pt : la note du service observé est très probablement entre {{low}} et {{high}}. C’est la précision d’une note du service sur {{n}} visites, pas un intervalle sur la satisfaction de vos clients.',
    serviceNotMeasured: 'Pas encore de visite de client mystère.',
    /** incidents next to complaints since the start: most dissatisfied customers never complain (QA teacher F9) */
    complaintsSilent:
      'Depuis le début : {{incidents}} incidents de service, {{complaints}} réclamations, soit {{share}} : la plupart des clients mécontents ne se plaignent pas, le magasin ne connaît que ceux qui réclament.',
    /** the would-be customers unresolved complaints turned away this period (engine KPIs' deterredByComplaints, QA verify3 V5) */
    wordOfMouthPeriod:
      'Clients détournés par le bouche-à-oreille négatif {{thisTick}} = réclamations non résolues {{unresolved}} × personnes à qui chacune est racontée {{told}} × part qui renonce à venir {{conversion}} = {{deterred}} arrivées spontanées attendues en moins.',
    wordOfMouthPeriodCapped:
      'Clients détournés par le bouche-à-oreille négatif {{thisTick}} : réclamations non résolues {{unresolved}} × personnes à qui chacune est racontée {{told}} × part qui renonce à venir {{conversion}} = {{rule}}, plus que les arrivées spontanées attendues ({{deterred}}) : elles sont toutes détournées, pas davantage.',
    wordOfMouthTotal:
      'Depuis le début : clients détournés par le bouche-à-oreille négatif {{deterred}}, départs « Réclamation mal traitée » {{left}}. Les premiers ne sont jamais venus : ils ne comptent ni dans les nouveaux clients ni dans les clients perdus, mais ce sont eux qui coûtent le plus quand les réclamations sont ignorées.',
    rfmLimits: 'Les scores R, F et M vont de 1 à 5 par quintile : chaque score regroupe un cinquième des clients qui ont acheté sur les 12 derniers mois ; un client sans achat depuis 12 mois a 1 partout.',
  },
  rule: {
    purchases:
      'Achats « buy till you die » (BG/NBD, Fader, Hardie et Lee 2005) : chaque client a son propre rythme d’achat et, après chaque achat, une petite probabilité d’abandonner. La satisfaction fait varier le rythme : ×(1 + {{slope}} × écart à la satisfaction de départ du magasin), sans descendre sous ×{{floor}}. Le montant d’un achat suit le modèle Gamma-Gamma.',
    length: 'La durée de la relation est 1 ÷ le taux d’attrition lissé (le dernier taux mesuré pèse {{smoothing}}).',
    lifecycle:
      'Cycle de vie : un nouveau client devient actif à son 2e achat seulement ; un nouveau ou un actif devient dormant sans achat depuis {{multiple}} fois son temps moyen entre deux achats (entre {{minWeeks}} et {{maxWeeks}} semaines) ; un dormant qui ne revient pas est perdu (« Inactivité prolongée ») quand son silence dépasse {{lostMultiple}} fois ce délai, {{shopCycles}} fois le temps moyen entre deux achats des clients du magasin et {{lostMinWeeks}} semaines.',
    rfm: 'RFM : fréquence et montant comptent les achats des 12 derniers mois ({{window}} semaines) ; les scores sont des quintiles parmi les clients qui ont acheté sur ces 12 mois (les autres ont 1 partout), aucun comportement du simulateur n’en dépend. Pour le segment, l’étape du cycle de vie l’emporte sur les scores : un client perdu est « Inactif (RFM) » (à reconquérir comme un prospect) et hors de la carte R × F, même avec de bons scores ; un client dormant n’est jamais « Bon client » ni « Très bon client », mais « Futur non-client » ; un client sans achat depuis 12 mois est « Inactif (RFM) ».',
    churn:
      'Départ : les risques s’additionnent, chacun à sa place dans le schéma de l’infidélité. Rupture puis rencontre : l’insatisfaction (satisfaction sous {{threshold}} ; ou bien un abandon ordinaire, après un achat, d’un client nettement moins satisfait que la moyenne de départ du magasin : plus de {{gap}} en dessous), le manque de reconnaissance et les hausses de prix déçoivent le client, qui va voir ailleurs. Rencontre puis rupture : l’attrait des concurrents et la recherche de nouveauté l’attirent dans un autre magasin. Hors schéma de l’infidélité : le départ naturel (déménagement, besoin disparu). Départ silencieux, cause inconnue : un client dormant qui ne revient pas est compté perdu après une « Inactivité prolongée » (plus de {{lostMultiple}} fois le délai qui l’a rendu dormant, {{shopCycles}} cycles d’achat moyens du magasin et au moins {{lostMinWeeks}} semaines sans achat) ; un vrai magasin ne voit que ce silence. Les barrières au changement (financière, relationnelle, procédurale, Burnham et al. 2003) divisent ces risques par 1 + {{barrierWeight}} × leur somme ; seule la part {{unavoidable}} du départ naturel leur échappe. Elles montent pendant un programme, puis ne redescendent que de {{decay}} par semaine après son arrêt : un club ou un contrat arrêté retient encore un peu ses membres pendant des mois. Celle d’un avantage financier tombe en quelques semaines (elle perd {{release}} par semaine) : une fois les coupons ou les points finis, le client n’a plus rien à perdre en partant. Une réclamation mal traitée (rupture puis rencontre) suit la règle des réclamations ci-dessous.',
    tarp:
      'Réclamations (TARP, problèmes mineurs) : après un incident de service, restent fidèles {{noComplaint}} de ceux qui ne se plaignent pas, {{notResolved}} si la réclamation n’est pas résolue, {{resolved}} si elle l’est, {{resolvedFast}} si elle l’est vite ; seule la part {{actionShare}} des « non fidèles » part vraiment.',
    complaintCost:
      'Traiter une réclamation coûte ici {{standard}} (standard), {{fast}} (rapide) ou {{excellent}} (excellente) : le temps du personnel et un geste (remplacer, rembourser, bon d’achat) à la mesure du panier de référence du magasin ({{basket}} : la dépense type d’une visite, fixée par le scénario, et non le panier moyen du tableau de bord). Une réclamation non résolue coûte aussi des clients qui ne viendront pas : le client mécontent le raconte à {{told}} personnes environ (TARP), dont {{conversion}} renoncent à venir, autant qu’une recommandation en aurait amené (Kumar, Petersen et Leone 2007).',
    acquisition:
      'Acquisition : une campagne payée recrute budget ÷ coût par recrue du canal (prospectus {{flyers}}, e-mailing {{emailing}}, réseaux sociaux {{social}}, presse locale {{press}} : le coût du contact plus l’offre de bienvenue, {{welcome}} panier de référence du magasin, soit {{basket}}), réduit par le bouche-à-oreille négatif (poids {{negative}}). Elle attire surtout des clients venus pour l’offre : {{oneOff}} des recrues repartent presque toujours après leur achat suivant ; les autres ont un risque de départ de base ×{{factor}} (l’abandon après un achat ; leurs autres risques restent ceux de toute la clientèle, Lewis 2006). Un client recruté qui reste coûte donc bien plus cher qu’un client gardé. Une campagne de parrainage invite vos clients encore là ({{invitation}} par client invité) et verse {{reward}} au parrain et autant au filleul de chaque parrainage qui aboutit. Seuls les clients satisfaits parrainent : en {{window}} semaines, vos campagnes de parrainage n’amènent pas plus que vos clients satisfaits × {{participation}} (ceux qui parrainent vraiment) × {{conversion}} (les filleuls qui deviennent clients), moins les filleuls qu’elles ont déjà amenés (Kumar, Petersen et Leone 2007). Les invitations sont payées même quand elles n’amènent personne ; une fois tous vos clients invités, le reste du budget n’est pas dépensé. Un filleul coûte au moins {{atBest}} (si tous les invités étaient satisfaits), davantage quand peu de clients le sont ; il reste plus fidèle que la clientèle (départs × {{referredFactor}}, Schmitt, Skiera et Van den Bulte 2011).',
    referral:
      'Parrainage : un client satisfait (au-dessus de {{minSatisfaction}}) recommande le magasin ; {{conversion}} des recommandations deviennent clientes (Kumar, Petersen et Leone 2007).',
    margin:
      'Le taux de marge et les frais fixes viennent du scénario ; le coût des actions est ce que le budget paie pour les programmes, campagnes, enquêtes et réclamations {{ofTick}}. Une remise (avantage financier) est comptée une seule fois : le client paie moins, le magasin a payé la marchandise le même prix, donc la marge brute baisse de tout le montant de la remise ; le budget la paie aussi (elle est dans le coût du programme), la marge nette ne la retire donc pas une seconde fois.',
    roi: 'ROI d’un programme = (marge incrémentale − coût) ÷ coût. Au lancement, {{share}} de la cible, tirés au hasard, ne sont pas inscrits : c’est le groupe témoin (pour une relance ou une invitation par e-mail ou SMS, la cible ne garde que les clients qui ont consenti, RGPD). Chaque {{tick}}, marge incrémentale = marge des membres − nombre de membres × marge par client du groupe témoin (les clients partis comptent pour 0), au prix normal : la remise d’un avantage financier est dans son coût, comptée une fois. Le « ± » est la marge d’erreur à 95 % de cette estimation ; sous {{min}} clients témoins, pas d’estimation ni de ROI.',
    budget: 'Chaque {{tick}}, le budget reçoit la dotation du scénario. Chaque programme en cours, du plus ancien au plus récent, réserve son coût attendu {{ofTick}} multiplié par une marge de prudence de ×{{margin}} (au cas où ses membres achèteraient plus que prévu) : celui que le budget restant ne peut plus payer est arrêté pour de bon. Une nouvelle action que le budget ne peut pas payer en plus de ces réserves est refusée. Le budget ne passe donc pas sous zéro en silence.',
    satisfaction:
      'Satisfaction (Oliver 1980) : à chaque {{tick}} d’achat, le client compare la performance perçue à ses attentes ; une déception pèse {{loss}} fois plus qu’une bonne surprise (aversion à la perte, Tversky et Kahneman 1992) ; les attentes s’adaptent (inertie {{inertia}}).',
    mystery:
      'Client mystère : un visiteur formé, payé {{cost}} la visite, note le service du magasin ; note vraie = performance de service du magasin × (1 − taux d’incidents {{ofTick}}) ; chaque visite = note vraie ± {{noise}} au plus ; note mesurée = moyenne des visites ± 1,96 × s ÷ √n. Ce n’est pas la satisfaction de vos clients : chacun compare le service reçu à ses propres attentes et garde en mémoire ses déceptions (règle suivante) ; seul un questionnaire auprès des clients la mesure.',
    survey:
      'Enquête : environ {{responseRate}} des clients invités répondent, les satisfaits un peu plus (biais {{bias}}) ; chaque réponse = vraie satisfaction ± {{noise}} ; moyenne mesurée ± 1,96 × s ÷ √n.',
  },
} as const);
