/** French strings of result files' verification (the teacher's): outcomes and reasons. Handing a file in is handIn.ts. */
import { frenchArea } from '../frenchSpacing.ts';

export const results = frenchArea({
  status: {
    otherModel: 'autre version du modèle',
    confirmed: 'confirmé',
    refuted: 'réfuté',
    invalid: 'invalide',
    pending: 'en attente',
    verifying: 'vérification…',
  },
  statusHelp: {
    otherModel: 'Le fichier a été produit avec une autre version du modèle de simulation : le rejeu ici ne peut pas le confirmer, ce qui ne prouve pas qu’il a été modifié.',
    confirmed: 'Le rejeu du scénario avec la même graine et les mêmes décisions donne exactement ce résultat.',
    refuted: 'Le rejeu ne donne pas ce que le fichier affirme : le fichier a été modifié.',
    invalid: 'Ce fichier n’est pas un fichier de résultat Fidélis lisible.',
  },
  invalid: {
    tooBig: 'fichier trop volumineux ({{size}} Mo, au plus {{max}} Mo)',
    notText:
      'ce fichier n’est pas un fichier de résultat Fidélis : c’est une image ou un fichier binaire. Demandez à l’élève le fichier .json créé par « Rendre mon travail » (écran Missions) ou, dans le Bilan, par « Rendre mon travail maintenant » (partie en cours) ou « Télécharger le fichier de résultat » (partie finie)',
    tooDeep: 'structure JSON trop imbriquée (plus de {{max}} niveaux)',
    forbiddenKey: 'clé interdite « {{key}} » à l’emplacement {{where}}',
    table:
      'ce n’est pas un fichier de résultat Fidélis : on dirait un tableau (CSV). Demandez à l’élève le fichier .json créé par « Rendre mon travail » (écran Missions) ou, dans le Bilan, par « Rendre mon travail maintenant » (partie en cours) ou « Télécharger le fichier de résultat » (partie finie)',
    notObject: 'un fichier de résultat est un objet JSON entre accolades {…}',
    notResult: 'ce n’est pas un fichier de résultat Fidélis (champ « format » : {{received}})',
    noFormat: 'ce n’est pas un fichier de résultat Fidélis (il n’a pas de champ « format »)',
    looksLikeScenario: 'ce fichier est un scénario, pas un résultat : importez-le comme scénario',
    empty:
      'fichier vide (téléchargement ou copie interrompus) : demandez à l’élève de télécharger de nouveau son fichier de résultat depuis le Bilan de sa partie et de le remettre',
    truncated:
      'fichier de résultat incomplet : il s’arrête avant sa fin (téléchargement ou copie interrompus). Demandez à l’élève de télécharger de nouveau son fichier de résultat depuis le Bilan de sa partie et de le remettre',
    /** after the JSON reader's or the schema's words (a file that is not cut): what happened and what to ask (QA qa22 F5) */
    damaged:
      'fichier modifié à la main ou abîmé : demandez à l’élève de télécharger de nouveau son fichier de résultat depuis le Bilan de sa partie et de le remettre',
    runFile:
      'c’est un fichier de partie (il sert à reprendre la partie sur l’Accueil), pas un fichier de résultat : l’élève ouvre le Bilan de sa partie, y télécharge le fichier de résultat (« Rendre mon travail maintenant » si la partie est en cours, « Télécharger le fichier de résultat » si elle est finie) et remet celui-là',
    newerVersion: 'fichier produit par une version plus récente de Fidélis (format {{version}}) : mettez l’application à jour',
    replayFailed: 'le rejeu a échoué : {{detail}}',
    readFailed: 'lecture du fichier impossible : {{detail}}',
    notReadKept: 'fichier non lu lors de son import, raison notée alors : {{reason}}',
    /** the `format` a file claims, quoted in notResult (a non-string value is written as is) */
    quoted: '« {{value}} »',
  },
  model: {
    other:
      'Fichier produit avec une autre version du modèle de simulation (empreinte {{file}} ; ici {{current}}) : ce n’est pas une preuve de modification. Demandez à l’élève de recharger l’application (mise à jour) et de réexporter sa partie, ou vérifiez le fichier avec la même version que lui.',
    unknown:
      'Ce fichier ne dit pas avec quelle version du modèle il a été produit (fichier antérieur au 30/11/2026) : une différence peut venir d’une mise à jour du simulateur, ce n’est pas une preuve de modification. Demandez à l’élève de recharger l’application (mise à jour) et de réexporter sa partie.',
  },
  difference: {
    stateHash: 'empreinte de l’état final',
    ticks: 'nombre de périodes rejouées',
    /** the same in the file's unit, as the replay's difference line says it (verifyResult.ts compareWithReplay; periodWords34b) */
    ticksPer: { week: 'nombre de semaines rejouées', month: 'nombre de mois rejoués' },
    cumulativeTurnover: 'chiffre d’affaires cumulé',
    cumulativeGrossMargin: 'marge brute cumulée',
    cumulativeNetMargin: 'marge nette cumulée',
    retentionRate: 'taux de fidélisation par période',
    churnRate: 'taux d’attrition par période',
    /** the last period's rates of a file, named by the scenario's period (the class view shows a yearly retention beside) */
    retentionRatePer: { week: 'taux de fidélisation hebdomadaire', month: 'taux de fidélisation mensuel' },
    churnRatePer: { week: 'taux d’attrition hebdomadaire', month: 'taux d’attrition mensuel' },
    activeCustomers: 'clients actifs',
    budgetLeft: 'budget restant',
    objectivePoints: 'points des objectifs',
    objectiveMaxPoints: 'points possibles',
    objective: 'objectif « {{label}} »',
    line: '{{what}} : le fichier indique {{recorded}}, le rejeu donne {{recomputed}}',
    none: '(absent)',
    /** an objective's state as the Bilan says it */
    objectiveState: { atteint: 'atteint', manque: 'non atteint', enCours: 'en cours' },
    /** an objective's state and its value, or notMeasured */
    objectiveValue: '{{state}} ({{value}})',
    notMeasured: 'non mesuré',
    /** a declared state the replayed value contradicts by the objective's own comparison (« atteint, alors que 2 290 < 2 330 ») */
    claimAgainst: '{{state}}, alors que {{value}} {{relation}} {{target}}',
    claimInProgress: '{{state}}, alors qu’il est encore « en cours » à ce stade de la partie',
    claimLine: '{{what}} : le fichier indique {{claim}}',
    /** a file's objectives adjusted to its seed (src/engine/seedTargets.ts), recorded against recomputed */
    seedTargets: 'objectifs ajustés à la graine',
    seedTarget: '{{label}} {{comparator}} {{target}}',
    notAdjusted: 'aucun ajustement',
    /** a file of an app that adjusts targets (seedAdjustment: true) on a seed that moves them, without its seedTargets */
    seedTargetsRemoved: 'ajustement des objectifs à la graine retiré du fichier',
    /** the same without the marker either, in a file of a model (its fingerprint) made after the adjustment: an earlier app cannot have made it */
    seedTargetsRemovedModel: 'ajustement des objectifs à la graine retiré du fichier : son modèle ({{model}}) est postérieur à l’ajustement, qu’il écrit toujours sur cette graine',
  },
  /** between the items of a list written in a sentence (several recorded reasons) */
  listSeparator: ' ; ',
} as const);
