/** French strings of result files: export, verification outcomes and reasons. */
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
    notText: 'le fichier n’est pas du texte',
    tooDeep: 'structure JSON trop imbriquée (plus de {{max}} niveaux)',
    forbiddenKey: 'clé interdite « {{key}} » à l’emplacement {{where}}',
    notObject: 'un fichier de résultat est un objet JSON entre accolades {…}',
    notResult: 'ce n’est pas un fichier de résultat Fidélis (champ « format » : {{received}})',
    looksLikeScenario: 'ce fichier est un scénario, pas un résultat : importez-le comme scénario',
    runFile:
      'c’est un fichier de partie (il sert à reprendre la partie sur l’Accueil), pas un fichier de résultat : l’élève ouvre le Bilan de sa partie, y télécharge le fichier de résultat (« Télécharger le fichier de résultat ») et remet celui-là',
    newerVersion: 'fichier produit par une version plus récente de Fidélis (format {{version}}) : mettez l’application à jour',
    replayFailed: 'le rejeu a échoué : {{detail}}',
    readFailed: 'lecture du fichier impossible : {{detail}}',
    notReadKept: 'fichier non lu lors de son import, raison notée alors : {{reason}}',
    /** the `format` a file claims, quoted in notResult (a non-string value is written as is) */
    quoted: '« {{value}} »',
  },
  /** the Bilan of an unfinished game: hand in the run as it stands, or play to the end first */
  handIn: {
    choice: 'Partie en cours : période {{tick}} sur {{total}}. Pour rendre votre travail à l’enseignant, deux possibilités.',
    title: 'Rendre mon travail maintenant',
    introOne: 'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{tick}} période sur {{total}}, et déposez-le là où votre enseignant l’a demandé. Il le rejoue pour le vérifier ; la vue classe indique « partie en cours ». Vous pouvez continuer à jouer ensuite et rendre un nouveau fichier.',
    introOther: 'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{tick}} périodes sur {{total}}, et déposez-le là où votre enseignant l’a demandé. Il le rejoue pour le vérifier ; la vue classe indique « partie en cours ». Vous pouvez continuer à jouer ensuite et rendre un nouveau fichier.',
    download: 'Rendre mon travail maintenant',
    pendingLeftOutOne: 'La décision en attente pour la période {{next}} n’est pas dans le fichier : elle n’est pas encore jouée.',
    pendingLeftOutOther: 'Les {{n}} décisions en attente pour la période {{next}} ne sont pas dans le fichier : elles ne sont pas encore jouées.',
    playing: 'La partie avance en lecture automatique : mettez-la en pause pour rendre votre travail.',
    endTitle: 'Aller jusqu’à la fin',
    endTextOne: 'Joue la dernière période avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    endTextOther: 'Joue d’un coup les {{n}} périodes restantes avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    endPendingOne: 'La décision en attente s’applique à la première période jouée.',
    endPendingOther: 'Les {{n}} décisions en attente s’appliquent à la première période jouée.',
    endCommitted: 'Mode engagé : une fois jouées, ces périodes ne peuvent pas être rejouées.',
    backToDecisions: 'Revenir aux décisions pour continuer la partie',
  },
  export: {
    title: 'Fichier de résultat',
    /** start of the downloaded file's name; the class view reads the file's content, never its name */
    filePrefix: 'fidelis-resultat',
    /** a what-if branch's part of the file name ({{n}}: the first period it differs), made letters and dashes */
    branchPart: { week: 'et si semaine {{n}}', month: 'et si mois {{n}}' },
    intro: 'Ce fichier permet à votre enseignant de rejouer votre partie et de confirmer votre résultat.',
    learner: 'Votre nom (tel que l’enseignant le verra)',
    team: 'Nom de votre équipe (facultatif)',
    download: 'Télécharger le fichier de résultat',
    done: 'Fichier « {{file}} » prêt : déposez-le là où votre enseignant l’a demandé.',
    failed: 'Le fichier de résultat n’a pas pu être préparé : {{detail}}',
    noRun: 'Aucune partie en cours : il n’y a pas de résultat à exporter.',
    nameMissing: 'Écrivez d’abord votre nom : c’est ainsi que l’enseignant reconnaît votre fichier dans la vue classe.',
  },
  model: {
    other:
      'Fichier produit avec une autre version du modèle de simulation (empreinte {{file}} ; ici {{current}}) : ce n’est pas une preuve de modification. Demandez à l’élève de recharger l’application (mise à jour) et de réexporter sa partie, ou vérifiez le fichier avec la même version que lui.',
    unknown:
      'Ce fichier ne dit pas avec quelle version du modèle il a été produit (fichier antérieur au 30/11/2026) : une différence peut aussi venir d’une mise à jour du simulateur.',
  },
  difference: {
    stateHash: 'empreinte de l’état final',
    ticks: 'nombre de périodes rejouées',
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
  },
  /** between the items of a list written in a sentence (several recorded reasons) */
  listSeparator: ' ; ',
} as const);
