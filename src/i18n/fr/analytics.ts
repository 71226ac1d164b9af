/** French strings of the real-data analytics screen (import, RFM/FRAT, BG/NBD scoring) and its CLI. */
import { frenchArea } from '../frenchSpacing.ts';

export const analytics = frenchArea({
  title: 'Analyse de données réelles',
  intro:
    'Importez le fichier des achats d’un vrai magasin (ou l’échantillon CDNOW, un site de vente de CD) : l’application calcule le RFM de chaque client et un score de risque de départ, dans le navigateur, avec le même code que le simulateur. Aucune donnée ne quitte l’ordinateur, et rien n’est enregistré : le fichier reste chargé tant que la page est ouverte, même si vous passez par d’autres écrans ; après un rechargement de la page, choisissez-le à nouveau.',
  source: {
    heading: '1. Le fichier des achats',
    file: 'Choisir un fichier (CSV ou texte)',
    format: 'Type de fichier',
    formats: { csv: 'CSV (colonnes à associer)', cdnow: 'CDNOW (client, date, nb de CD, montant)', 'cdnow-sample': 'Échantillon CDNOW (5 colonnes)' },
    sample: 'Essayer avec l’échantillon CDNOW',
    sampleName: 'Échantillon CDNOW (2 357 clients, 1997-1998)',
    loaded: 'Fichier : {{name}} ({{size}} caractères).',
    recognised: 'Ce fichier a la forme d’un fichier CDNOW : il est lu comme « {{format}} », montants en dollars. Si ce n’est pas le bon type, choisissez-le dans « {{type}} » : le fichier est relu.',
    encoding: {
      'utf-8': 'Fichier lu en UTF-8.',
      'utf-16le': 'Fichier lu en UTF-16.',
      'utf-16be': 'Fichier lu en UTF-16.',
      'windows-1252':
        'Fichier lu en Windows-1252 (Excel) : ce n’est pas de l’UTF-8, mais l’encodage des fichiers « CSV (séparateur : point-virgule) » d’Excel. Si des lettres accentuées paraissent fausses dans l’aperçu, enregistrez le fichier au format « CSV UTF-8 » et choisissez-le à nouveau.',
    },
    encodingMarked: 'Le fichier indique lui-même cet encodage (marque d’ordre des octets).',
  },
  layout: {
    heading: '2. Les colonnes',
    help: 'Vérifiez ce que l’application a reconnu, corrigez si besoin, puis importez.',
    separator: 'Séparateur',
    separators: { ',': 'virgule ( , )', ';': 'point-virgule ( ; )', '\t': 'tabulation', '|': 'barre ( | )', whitespace: 'espaces' },
    hasHeader: 'La première ligne contient les titres des colonnes',
    decimalComma: 'Montants avec une virgule décimale (12,50)',
    dateFormat: 'Format des dates',
    column: 'Colonne « {{field}} »',
    none: '— aucune —',
    choose: '— à choisir —',
    preview: 'Aperçu des premières lignes',
    skipBadLines: 'Importer quand même les lignes correctes et ignorer les lignes en erreur',
    import: 'Importer',
    titleLinesOne: 'La première ligne du fichier n’est pas une ligne du tableau (un titre, le nom du magasin…) : elle est ignorée.',
    titleLinesOther: 'Les {{count}} premières lignes du fichier ne sont pas des lignes du tableau (un titre, le nom du magasin…) : elles sont ignorées.',
  },
  progress: 'Progression',
  busy: {
    load: 'Lecture du fichier…',
    import: 'Import en cours…',
    rfm: 'Calcul du RFM…',
    score: 'Ajustement du modèle…',
    export: 'Préparation du fichier…',
    restore: 'Arrêté. Rechargement du fichier et de ce qui en était déjà calculé…',
  },
  linesReadOne: '{{count}} ligne lue ({{percent}} du fichier)',
  linesReadOther: '{{count}} lignes lues ({{percent}} du fichier)',
  remainingSecondsOne: ', encore environ {{count}} seconde',
  remainingSecondsOther: ', encore environ {{count}} secondes',
  remainingMinutesOne: ', encore environ {{count}} minute',
  remainingMinutesOther: ', encore environ {{count}} minutes',
  stop: {
    button: 'Arrêter',
    scoreLong: 'Sur un gros fichier, l’ajustement peut prendre plusieurs minutes. « Arrêter » garde ce qui est déjà affiché (achats importés, RFM, score précédent).',
    done: {
      load: 'Lecture arrêtée : aucun fichier n’est chargé.',
      loadKept: 'Lecture arrêtée : le fichier {{name}} reste chargé.',
      import: 'Import arrêté : rien n’a été importé. Le fichier reste chargé avec les colonnes choisies : vous pouvez relancer l’import.',
      rfm: 'Calcul du RFM arrêté : aucun nouveau RFM n’est calculé.',
      score: 'Calcul du score arrêté : aucun score n’est affiché.',
      scoreKept: 'Calcul du score arrêté : aucun nouveau score n’est calculé.',
      export: 'Préparation du fichier arrêtée : rien n’a été téléchargé.',
    },
    /** what a stop gave back to the fresh session and still shows (analyticsStore.svelte.ts stop) */
    kept: {
      imported: 'Les achats importés sont gardés.',
      importedRfm: 'Les achats importés et le RFM au {{rfm}} sont gardés.',
      importedScore: 'Les achats importés et le score (fin d’apprentissage au {{score}}) sont gardés.',
      all: 'Les achats importés, le RFM au {{rfm}} et le score (fin d’apprentissage au {{score}}) sont gardés.',
    },
    scoreAgain: 'Vous pouvez changer la date de fin d’apprentissage et relancer.',
  },
  importedOne: '{{rows}} achat de {{customers}} importé, du {{first}} au {{last}}.',
  importedOther: '{{rows}} achats de {{customers}} importés, du {{first}} au {{last}}.',
  importedCustomersOne: '{{count}} client',
  importedCustomersOther: '{{count}} clients',
  lateDatesOne:
    '{{count}} achat est daté bien après tous les autres (après le {{bulk}}, jusqu’au {{last}}) : une faute de frappe dans la date ? Il reste importé, mais la date d’analyse proposée l’ignore (un achat après la date d’analyse n’est pas compté).',
  lateDatesOther:
    '{{count}} achats sont datés bien après tous les autres (après le {{bulk}}, jusqu’au {{last}}) : une faute de frappe dans la date ? Ils restent importés, mais la date d’analyse proposée les ignore (un achat après la date d’analyse n’est pas compté).',
  /** the last line has no line break and a value shorter than the others': a file cut short */
  cutLastLine:
    'La dernière ligne du fichier (ligne {{line}}) semble coupée : elle ne finit pas par un retour à la ligne comme les autres, et sa dernière valeur, « {{value}} », est plus courte que dans les lignes précédentes. Le fichier est peut-être incomplet (téléchargement ou copie interrompus) : vérifiez la fin du fichier dans le tableur, ou téléchargez-le à nouveau.',
  negativeAmountsOne:
    '{{count}} achat a un montant négatif (un remboursement ?). Il est gardé tel quel : il compte comme un achat dans la fréquence et son montant est soustrait du montant dépensé. Si c’est un remboursement, supprimez la ligne dans le tableur puis importez le fichier à nouveau.',
  negativeAmountsOther:
    '{{count}} achats ont un montant négatif (des remboursements ?). Ils sont gardés tels quels : chacun compte comme un achat dans la fréquence et son montant est soustrait du montant dépensé. Si ce sont des remboursements, supprimez ces lignes dans le tableur puis importez le fichier à nouveau.',
  amountOutliersOne:
    '{{count}} achat a un montant de plus de {{factor}} fois le panier médian du fichier ({{median}}), {{lines}} : une faute de frappe, ou un séparateur décimal oublié ou mal lu (« 4590 » pour 45,90) ? Il reste importé, mais il pèse sur le montant dépensé et la CLV de son client : vérifiez la ligne dans le tableur.',
  amountOutliersOther:
    '{{count}} achats ont un montant de plus de {{factor}} fois le panier médian du fichier ({{median}}), {{lines}} : des fautes de frappe, ou un séparateur décimal oublié ou mal lu (« 4590 » pour 45,90) ? Ils restent importés, mais ils pèsent sur le montant dépensé et la CLV de leurs clients : vérifiez ces lignes dans le tableur.',
  amountOutlierLinesOne: 'ligne {{lines}}',
  amountOutlierLinesOther: 'lignes {{lines}}',
  amountOutlierMoreOne: '{{count}} autre',
  amountOutlierMoreOther: '{{count}} autres',
  skippedOne: '{{count}} ligne en erreur ignorée :',
  skippedOther: '{{count}} lignes en erreur ignorées :',
  errorsHeading: 'Lignes à corriger',
  // when no line is at fault (columns not associated): the file cannot be imported as it is set up
  errorsHeadingFile: 'Import impossible',
  // the date formats as a French reader writes them (année, mois, jour), the same order as DATE_FORMATS
  dateFormatNames: { 'YYYY-MM-DD': 'AAAA-MM-JJ', 'DD/MM/YYYY': 'JJ/MM/AAAA', 'MM/DD/YYYY': 'MM/JJ/AAAA', YYYYMMDD: 'AAAAMMJJ', 'YYYY/MM/DD': 'AAAA/MM/JJ' },
  failed: 'L’opération a échoué : {{message}}',
  badDate: 'Date invalide : utilisez le format AAAA-MM-JJ.',
  noCustomersBefore: 'Aucun client n’a acheté avant la fin de la période d’apprentissage : choisissez une date plus tardive.',
  // a file refused as soon as it is read: named, since the file already loaded stays on the screen (fileKept, QA qa12 F6)
  fileEmpty: 'Le fichier {{file}} est vide : il ne contient aucune ligne à importer. Choisissez le fichier des achats.',
  fileNotText:
    'Le fichier {{file}} n’est pas un fichier CSV : c’est une image ou un fichier binaire (classeur .xlsx, archive…). Dans le tableur, enregistrez-le au format CSV, puis choisissez le fichier .csv.',
  fileKept: 'Le fichier précédent, {{name}}, reste chargé.',
  // npm run score / rfm (cli/analyticsArgs.ts)
  notText:
    'Ce fichier n’est pas un fichier CSV : c’est une image ou un fichier binaire (classeur .xlsx, archive…). Dans le tableur, enregistrez-le au format CSV, puis choisissez le fichier .csv.',
  rfm: {
    heading: '3. Le RFM à une date',
    help: 'Récence : jours depuis le dernier achat. Fréquence et montant : achats des {{days}} derniers jours. Chaque critère est noté de 1 à 5 par quintile parmi les clients qui ont acheté sur cette période (environ 20 % d’entre eux par note) ; des valeurs égales ont toujours la même note, quel que soit l’ordre du fichier, si bien qu’une note peut rester vide. Un client sans achat sur la période a 1 partout et il est inactif : un fichier ne dit pas qui est parti, c’est la période sans achat qui le dit (dans le jeu, un client perdu est inactif lui aussi). Chaque ligne du fichier compte comme un achat : un fichier de caisse à une ligne par article compte donc des articles. Le score BG/NBD (étape 4), lui, compte un achat par jour : deux lignes d’un client le même jour y font un seul achat.',
    date: 'Date d’analyse',
    window: 'Période pour la fréquence et le montant (jours)',
    compute: 'Calculer le RFM',
    customers: '{{count}} clients notés au {{date}}.',
    segmentsCaption: 'Les cinq segments du cours',
    /** the R x F grid's legend here: the game's (charts.rfm.legend) spoke of the game and of a chart not on this screen (QA qa21 F6) */
    gridLegend: 'Plus la case est foncée, plus elle compte de clients. Les noms des cases (« Champions », « Nouveaux »…) sont ceux de la carte récence × fréquence : une autre segmentation que les cinq segments du cours (tableau ci-dessus). « Nouveaux » y veut dire : achat très récent mais peu d’achats.',
    segment: 'Segment',
    count: 'Clients',
    share: 'Part',
    meanRecency: 'Récence moyenne (jours)',
    meanFrequency: 'Achats moyens',
    meanMonetary: 'Montant moyen',
    limitsCaption: 'Comment les notes sont calculées (seuils des quintiles)',
    typesCaption: 'FRAT : clients par type de produit le plus acheté sur la période',
    type: 'Type de produit',
    limitsScore: 'Note',
    limitsRecency: 'Récence ≤ (jours)',
    limitsFrequency: 'Fréquence ≥',
    limitsMonetary: 'Montant ≥',
    export: 'Exporter les clients notés (CSV)',
    exportDecimalComma: 'Virgule décimale et point-virgule comme séparateur (Excel en français)',
    // the dates in ISO form (a file name has no « / »): the RFM's, and the score's end of learning
    fileName: 'clients-rfm-{{rfm}}.csv',
    fileNameScored: 'clients-rfm-{{rfm}}-score-{{score}}.csv',
    /** under the export button: the dates the file's columns are at (QA qa29 M1) */
    exportNote: {
      rfmOnly: 'Le fichier donne le RFM au {{rfm}} ; une fois le score calculé (étape 4), ses colonnes y sont ajoutées avec leur date.',
      twoDates:
        'Dans le fichier, le RFM est au {{rfm}} et le score (étape 4) au {{score}}, fin de sa période d’apprentissage : chaque colonne porte sa date. Les deux ne voient pas les mêmes achats : un client qui a acheté entre ces deux dates peut avoir une bonne note d’un côté et une mauvaise de l’autre.',
      sameDate: 'Dans le fichier, le RFM et le score (étape 4) sont tous deux au {{rfm}} : chaque colonne porte sa date.',
    },
    /** a note no customer has (equal values share a note): its limit would repeat the next note's (QA qa29 m2) */
    limitsEmpty: 'aucun client',
  },
  csv: {
    customerId: 'client',
    recencyDays: 'recence_jours_au_{{date}}',
    frequency: 'frequence',
    monetary: 'montant',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'segment_au_{{date}}',
    rfSegment: 'segment_rxf_au_{{date}}',
    type: 'type_produit',
    repeatPurchases: 'achats_repetes_au_{{date}}',
    silentWeeks: 'semaines_sans_achat_au_{{date}}',
    pAlive: 'proba_actif_au_{{date}}',
    expectedPurchases: 'achats_attendus_{{weeks}}_semaines_apres_{{date}}',
    expectedSpend: 'panier_attendu',
    clv: 'valeur_client',
  },
  score: {
    heading: '4. Le score de risque de départ',
    help: 'Le modèle BG/NBD (Fader, Hardie et Lee, 2005) apprend, sur les achats jusqu’à la fin de la période d’apprentissage, à quel rythme les clients achètent et avec quelle probabilité ils cessent d’acheter. Il en déduit pour chaque client la probabilité d’être encore actif : un client qui achetait souvent et ne revient plus depuis longtemps a probablement arrêté ; un client qui achète rarement peut simplement ne pas avoir eu besoin de revenir. Le modèle compte un achat par jour : deux lignes d’un client le même jour font un seul achat (le RFM, lui, compte chaque ligne).',
    calibrationEnd: 'Fin de la période d’apprentissage',
    horizon: 'Prévision sur (semaines)',
    margin: 'Taux de marge (%)',
    discount: 'Taux d’actualisation annuel (%)',
    compute: 'Calculer le score',
    paramsCaption: 'Paramètres ajustés (maximum de vraisemblance)',
    fitProblems:
      'Attention : le modèle BG/NBD ne peut pas être estimé sur ces données. Les paramètres ci-dessous sont extrêmes et le score (probabilité d’être actif, achats attendus) n’est pas interprétable :',
    fitProblem: {
      noRepeat: 'aucun client n’a racheté avant la fin de la période d’apprentissage : ni le rythme d’achat ni les départs ne peuvent être estimés ;',
      noDropout:
        'le modèle ne trouve aucun départ dans ce fichier (probabilité de partir après un achat estimée à 0) : tous les clients paraissent actifs, quoi qu’ils aient fait ;',
      sameRate:
        'r et alpha sont démesurés : le modèle donne le même rythme d’achat à tous les clients, sans différence entre eux (des achats répartis au hasard sur toute la période, par exemple) ;',
      extreme: 'un paramètre est à une valeur limite : l’ajustement n’a pas trouvé de valeur raisonnable.',
    },
    param: 'Paramètre',
    value: 'Valeur',
    meaning: 'Ce qu’il veut dire',
    rOne: 'r et alpha : rythme d’achat des clients actifs (en moyenne r / alpha = {{rate}} achat par semaine)',
    rOther: 'r et alpha : rythme d’achat des clients actifs (en moyenne r / alpha = {{rate}} achats par semaine)',
    a: 'a et b : risque d’arrêter après chaque achat (en moyenne a / (a + b) = {{p}})',
    logLikelihood: 'Log-vraisemblance (plus elle est élevée, mieux le modèle colle aux données)',
    spend: 'p, q, v (Gamma-Gamma) : panier moyen, {{mean}} par achat en moyenne',
    /** between p, q and v's values: not a comma in French, whose numbers have a decimal comma */
    spendSeparator: ' ; ',
    published: 'Sur l’échantillon CDNOW avec une fin d’apprentissage au 30/09/1997, la publication de référence trouve r = 0,243, alpha = 4,414, a = 0,793, b = 2,426 (log-vraisemblance −9 582,4) et p = 6,25, q = 3,74, v = 15,44.',
    publishedOther:
      'Les valeurs de la publication de référence (r = 0,243, alpha = 4,414, a = 0,793, b = 2,426) sont celles de l’échantillon CDNOW au 1/10 (2 357 clients, fin d’apprentissage au 30/09/1997) ; ce fichier a {{customers}} clients : ses paramètres n’ont pas à être les mêmes. Pour retrouver les valeurs publiées, essayez avec l’échantillon.',
    customers: '{{count}} clients avaient acheté avant la fin de la période d’apprentissage, le {{date}}.',
    bandsCaption: 'Clients par score de risque de départ',
    band: 'Risque de départ',
    bands: { veryHigh: 'très élevé (plus de 75 %)', high: 'élevé (50 à 75 %)', moderate: 'modéré (25 à 50 %)', low: 'faible (moins de 25 %)' },
    holdout: 'Contrôle : sur les {{weeks}} semaines suivantes, le modèle prévoyait {{expected}} achats répétés ; les clients en ont fait {{actual}}.',
    holdoutReading: {
      under: 'Les clients ont acheté {{gap}} de plus que prévu : le modèle sous-estime leur activité, la liste ci-dessous peut donc exagérer le risque de départ de certains.',
      over: 'Les clients ont acheté {{gap}} de moins que prévu : le modèle surestime leur activité, la liste ci-dessous peut donc sous-estimer le risque de départ (des clients crus actifs sont peut-être déjà partis).',
      close: 'La prévision tombe juste à moins de 1 % près : sur ces données, le modèle suit les achats réels.',
    },
    /** the check's period is the file's weeks after the learning period, not the horizon of « Prévision sur (semaines) » (QA qa29 M2) */
    holdoutSpan: {
      shorter: 'Le fichier s’arrête {{weeks}} semaines après la fin de l’apprentissage : ce contrôle porte sur moins de semaines que la prévision du tableau ({{horizon}} semaines).',
      longer: 'Ce contrôle porte sur toutes les semaines du fichier après la fin de l’apprentissage, plus que la prévision du tableau ({{horizon}} semaines).',
    },
    riskExplained: 'Score de risque de départ = 1 − probabilité d’être encore actif. Un client sans achat répété a un score de 0 : le modèle n’a encore aucune raison de le croire parti. C’est une limite du modèle : un client venu une seule fois il y a trois ans n’est pas pour autant « sans risque ».',
    /** the R x F map's « À risque », the course's « Futur non-client » and BG/NBD's risk of leaving told apart (QA qa29 m3; MODEL.md, CONCEPTS.md) */
    threeRisks:
      'Trois « risques » différents sur cet écran. « À risque » : une case de la carte R × F (notes de récence 1 ou 2 et de fréquence 3 ou 4). « Futur non-client » : un des cinq segments du cours (note de récence 2, ou 3 avec une fréquence de 1 ou 2) ; ce client risque de partir. « Risque de départ » : la probabilité que calcule le modèle BG/NBD à la fin de la période d’apprentissage, d’après le rythme d’achat du client et le temps écoulé depuis son dernier achat. Un client « À risque » sur la carte peut être « Inactif (RFM) » dans les segments du cours et avoir un risque de départ de 0 % s’il n’a pas racheté pendant la période d’apprentissage.',
    tableCaption: 'Les {{count}} clients les plus à risque parmi ceux qui ont racheté',
    customerId: 'Client',
    repeat: 'Achats répétés',
    // t_x of BG/NBD: weeks between the customer's first and last purchases, not a calendar week (QA more M7)
    lastPurchase: 'Dernier achat (semaines après le premier)',
    // T - t_x at the end of learning: what P(alive) reads (QA qa29 m4)
    silentWeeks: 'Semaines sans achat (à la fin de l’apprentissage)',
    alive: 'Probabilité d’être actif',
    risk: 'Risque de départ',
    expectedPurchases: 'Achats attendus sur {{weeks}} semaines',
    expectedSpend: 'Panier attendu',
    clv: 'Valeur client (1 an)',
    clvExplained: 'Valeur client = achats attendus sur un an × panier attendu × taux de marge, actualisée mois par mois.',
  },
  amounts: {
    usd: 'Montants en dollars américains ($) : CDNOW était un site de vente de CD aux États-Unis.',
    unknown: 'Montants dans la monnaie du fichier : le fichier ne dit pas laquelle.',
  },
  /** the date column in unknownDateFormat: its title, or its number in a file without a header line */
  dateColumnTitled: '« {{title}} »',
  dateColumnNumbered: 'la colonne n° {{number}}',
  importErrorLine: 'Ligne {{line}} : {{message}}',
  /** the same error on several lines: {{lines}} the first of them */
  importErrorLines: '{{count}} lignes ({{lines}}) : {{message}}',
  /** the same error on many lines, each with its own value: the first as an example */
  importErrorLinesVaried: '{{count}} lignes ({{lines}}), chacune avec sa valeur, par exemple la première : {{message}}',
  otherFormat:
    'La plupart des lignes ({{failed}} sur {{rows}}) n’ont pas la forme attendue pour « {{format}} » : ce fichier est sans doute d’un autre type. Choisissez « {{other}} » dans « Type de fichier » (le fichier est relu), puis importez à nouveau.',
  /** a customer summary (ID, frequency, recency, T), whatever the type chosen */
  summaryFile:
    'Ce fichier est un résumé par client (colonnes frequency, recency, T) : une ligne par client, sans dates d’achat. Ce n’est pas un journal d’achats : aucun « Type de fichier » ne l’importe ici. Choisissez un fichier où chaque ligne est un achat (client, date, montant).',
  /** amounts written 12,50 while the box is unticked ({{option}}: the box's label) */
  decimalCommaHint: 'Les montants de ce fichier s’écrivent avec une virgule décimale : cochez « {{option}} », associez si besoin la colonne « montant », puis importez à nouveau.',
  /** a CSV whose lines the chosen separator does not split ({{separator}}: its name, « virgule ( , ) ») */
  wrongSeparator:
    'La plupart des lignes ({{failed}} sur {{rows}}) n’ont pas assez de colonnes : le séparateur choisi, {{separator}}, n’est sans doute pas celui du fichier. Choisissez-en un autre dans « Séparateur » : l’aperçu doit montrer une colonne par information (client, date, montant…), puis importez à nouveau.',
  importErrors: {
    emptyFile: 'Le fichier est vide.',
    noRows: 'Le fichier ne contient aucun achat : aucune ligne de données sous les titres des colonnes.',
    missingColumns: 'il manque des colonnes (attendues : {{expected}}, trouvées : {{found}}).',
    emptyCustomer: 'l’identifiant du client est vide.',
    badDate: 'date illisible « {{value}} » (format attendu : {{format}}).',
    missingDate: 'date manquante (cellule vide).',
    badAmount: 'montant illisible « {{value}} ».',
    missingAmount: 'montant manquant (cellule vide).',
    exponentAmount:
      'montant en notation scientifique « {{value}} » : c’est souvent ainsi qu’un tableur écrit un nombre, et il a pu l’arrondir. Dans le tableur, donnez à la colonne le format « Nombre », puis exportez à nouveau le fichier.',
    badQuantity: 'quantité illisible « {{value}} ».',
    missingQuantity: 'quantité manquante (cellule vide).',
    exponentQuantity:
      'quantité en notation scientifique « {{value}} » : c’est souvent ainsi qu’un tableur écrit un nombre, et il a pu l’arrondir. Dans le tableur, donnez à la colonne le format « Nombre », puis exportez à nouveau le fichier.',
    unterminatedQuote: 'un guillemet ouvert n’est jamais refermé.',
    tooManyTypes: 'trop de types de produits différents (au plus {{max}}).',
    badNumber: 'nombre illisible « {{value}} » dans la colonne {{column}}.',
    missingNumber: 'nombre manquant dans la colonne {{column}} (cellule vide).',
    badSummaryHeader: 'colonnes absentes de l’en-tête : {{missing}} (attendues : ID, frequency, recency, T).',
    futureDate: 'date dans le futur « {{value}} » (après aujourd’hui) : une faute de frappe ?',
    unmappedColumns: 'Colonnes non associées : {{columns}}. Indiquez quelle colonne contient le client, la date et le montant.',
    /** most dates, or the column titled « date », in no format known */
    unknownDateFormat:
      'La colonne des dates, {{column}}, a bien été trouvée, mais ses dates ne sont dans aucun format connu (par exemple « {{value}} ») : l’application lit 31/01/2024, 01/31/2024, 2024-01-31, 2024/01/31 et 20240131, l’année en quatre chiffres. Dans le tableur, mettez la colonne au format Date JJ/MM/AAAA, enregistrez le fichier en CSV, puis choisissez-le à nouveau.',
    unknownDateFormatExcel:
      'La colonne des dates, {{column}}, a bien été trouvée, mais ses dates sont des nombres (par exemple « {{value}} ») : ce sont des dates Excel, comptées en jours depuis 1900. Dans le tableur, mettez la colonne au format Date JJ/MM/AAAA, enregistrez le fichier en CSV, puis choisissez-le à nouveau.',
    /** many dates unreadable in the format chosen, every date of the file readable in another */
    dateFormatMismatch:
      '{{failed}} dates sur {{rows}} ne se lisent pas au format {{format}}, et toutes les dates du fichier se lisent au format {{other}} : le fichier est sans doute au format {{other}}. Lues au format {{format}}, les autres dates auraient le jour et le mois inversés : rien n’a été importé, même avec « Importer quand même les lignes correctes ». Choisissez « {{other}} » dans « Format des dates », puis importez à nouveau.',
  },
  importFailedOne: 'Import annulé, rien n’a été importé ({{count}} erreur) :',
  importFailedOther: 'Import annulé, rien n’a été importé ({{count}} erreurs) :',
  fields: { customer: 'client', date: 'date', amount: 'montant', type: 'type de produit', quantity: 'quantité' },
  moreErrorsOne: '… et {{count}} autre erreur.',
  moreErrorsOther: '… et {{count}} autres erreurs.',
  cli: {
    usageRfm: 'Usage : npm run rfm -- FICHIER --format cdnow|cdnow-sample|csv --at AAAA-MM-JJ [--window JOURS] --json',
    usageScore:
      'Usage : npm run score -- FICHIER --format cdnow-summary|cdnow|cdnow-sample|csv [--calibration-end AAAA-MM-JJ] [--horizon SEMAINES] --json',
    missingFile: 'Fichier manquant.',
    unreadableFile: 'Impossible de lire le fichier « {{file}} » : {{reason}}',
    badFormat: 'Format inconnu « {{format}} » (formats possibles : {{formats}}).',
    badDate: 'Date invalide « {{value}} » pour {{option}} (format attendu AAAA-MM-JJ).',
    badNumber: 'Valeur invalide « {{value}} » pour {{option}} (nombre positif attendu).',
    missingOption: 'Option obligatoire manquante : {{option}}.',
    unknownOption: 'Option inconnue : {{option}}.',
    noCustomers: 'Aucun client n’a acheté avant la date de fin de calibration.',
    readAs: 'Fichier « {{file}} » lu en {{encoding}} : ce n’est pas de l’UTF-8.',
    fitProblems:
      'Attention : le modèle BG/NBD ne peut pas être estimé sur ces données. Les paramètres ajustés (r, alpha, a, b) sont extrêmes et le score (probabilité d’être actif, achats attendus) n’est pas interprétable :',
    lateDatesOne:
      '{{count}} achat est daté bien après tous les autres (après le {{bulk}}, jusqu’au {{last}}) : une faute de frappe dans la date ? Il reste importé : pour ne pas le compter, prenez une date d’analyse (--at) ou de fin de calibration (--calibration-end) au plus tard le {{bulk}}.',
    lateDatesOther:
      '{{count}} achats sont datés bien après tous les autres (après le {{bulk}}, jusqu’au {{last}}) : une faute de frappe dans la date ? Ils restent importés : pour ne pas les compter, prenez une date d’analyse (--at) ou de fin de calibration (--calibration-end) au plus tard le {{bulk}}.',
  },
} as const);
