/** French strings of the home screen: scenario cards, saved runs, import. */
import { frenchArea } from '../frenchSpacing.ts';

export const home = frenchArea({
  title: 'Accueil',
  intro:
    'Vous dirigez la relation client d’un magasin. Choisissez un scénario, ciblez des clients, appliquez des stratégies de fidélisation et observez ce qui se passe, période après période.',
  scenarios: 'Choisir un scénario',
  noScenario: 'Aucun scénario n’est disponible.',
  sector: 'Secteur : {{sector}}',
  sectorName: { bakery: 'boulangerie-pâtisserie', cosmeticsOnline: 'cosmétiques (vente en ligne)', optician: 'optique', sport: 'articles de sport' },
  difficulty: 'Difficulté : {{level}}',
  difficultyLevel: { '1': 'facile', '2': 'moyenne', '3': 'difficile' },
  duration: 'Durée : {{n}} {{unit}}',
  unitPlural: { week: 'semaines', month: 'mois' },
  customers: '{{n}} clients dans la base au départ, anciens clients déjà perdus compris',
  budget: 'Budget : {{initial}} puis {{perTick}} par {{unit}}',
  objectives: 'Objectifs',
  seed: 'Graine du hasard',
  seedHelp: 'Même scénario, même graine et mêmes décisions donnent exactement le même résultat.',
  classChosen: 'Commerce choisi par votre enseignant',
  classSeed: 'Graine fixée par le lien de classe : {{seed}}',
  classMode: { sandbox: 'Mode bac à sable : retour en arrière possible', committed: 'Mode engagé : décisions définitives' },
  classLocked: 'Outils verrouillés par votre enseignant : {{tools}}',
  /** under an objective the class link makes impossible (ScenarioCard: a measured satisfaction without the survey) */
  objectiveLocked: 'Impossible à atteindre avec le lien de votre enseignant : il faut l’outil « {{tool}} », qu’il a verrouillé.',
  objectiveHidden: 'Impossible à atteindre avec le lien de votre enseignant : l’outil qu’il demande n’est pas disponible.',
  /** under an objective the class link makes harder (ScenarioCard: recruiting without the acquisition campaigns) */
  objectiveHarderLocked: 'Plus difficile avec le lien de votre enseignant : l’outil « {{tool}} », qui y aide, est verrouillé.',
  objectiveHarderHidden: 'Plus difficile avec le lien de votre enseignant : un outil qui y aide n’est pas disponible.',
  otherShops: 'Autres commerces (hors choix de votre enseignant)',
  seedFixedHelp: 'Graine fixée par le lien de classe : toute la classe joue la même partie.',
  seedNotDefault:
    'Ces objectifs sont réglés pour la graine {{seed}} : à cette autre graine, les objectifs chiffrés (marge, clients actifs…) seront ajustés au début de la partie de ce qu’elle donne sans aucune action, et le tableau de bord dira de combien.',
  start: 'Commencer « {{name}} »',
  starting: 'Création de la partie…',
  readingLink: 'Lecture du lien de votre enseignant…',
  savedRuns: 'Parties enregistrées',
  storageOpening: 'Recherche de vos parties enregistrées…',
  noSavedRuns: 'Aucune partie enregistrée pour l’instant.',
  runLine: '{{scenario}}, graine {{seed}}, {{progress}}',
  runUpdated: 'modifiée le {{date}} à {{time}}',
  resume: 'Reprendre',
  /** « Reprendre »'s accessible name: the game it resumes; with when it was changed when two saved games share a name */
  resumeLabel: 'Reprendre « {{name}} »',
  resumeLabelDated: 'Reprendre « {{name}} », {{updated}}',
  rename: 'Renommer',
  /** « Renommer », « Exporter », « Supprimer »'s accessible names: the visible word first (label in name), then the game it acts on; with when it was changed when two saved games share a name */
  renameNamed: 'Renommer « {{name}} »',
  renameNamedDated: 'Renommer « {{name}} », {{updated}}',
  renameLabel: 'Nouveau nom de la partie',
  save: 'Enregistrer',
  cancel: 'Annuler',
  delete: 'Supprimer',
  deleteNamed: 'Supprimer « {{name}} »',
  deleteNamedDated: 'Supprimer « {{name}} », {{updated}}',
  export: 'Exporter',
  exportNamed: 'Exporter « {{name}} »',
  exportNamedDated: 'Exporter « {{name}} », {{updated}}',
  /** the exported file's name for a run whose name has no letter or digit: fidelis-partie-p4.json */
  exportUnnamed: 'partie',
  /** once the export's download has started (SavedRuns' polite live region) */
  exportDone: 'Fichier « {{file}} » enregistré dans vos téléchargements.',
  /** the export failed: {{reason}} is the storage's message (db.<code>) or exportFailedBrowser */
  exportFailed: 'La partie « {{name}} » n’a pas pu être exportée. {{reason}}',
  exportFailedBrowser: 'Le navigateur n’a pas pu préparer le fichier (détail technique : {{detail}}).',
  /** after exporting a what-if branch: the file does not carry its original timeline */
  exportBranchAlone:
    'Le fichier de « {{name}} » ne contient que cette branche « Et si… ? » : la partie d’origine n’y est pas, et une fois importé ailleurs, il ne pourra pas lui être comparé. Pour projeter la comparaison, ouvrez « Et si… ? » dans ce navigateur.',
  confirmDeleteTitle: 'Supprimer la partie ?',
  confirmDelete: 'La partie « {{name}} » sera supprimée définitivement. Exportez-la d’abord si vous voulez la garder.',
  confirm: 'Supprimer définitivement',
  importTitle: 'Importer une partie',
  importLabel: 'Fichier de partie (.json)',
  importDone: 'Partie « {{name}} » importée.',
  importReading: 'Lecture et vérification du fichier…',
  deleted: 'Partie « {{name}} » supprimée.',
  storageUnavailable: 'Le stockage du navigateur n’est pas disponible : la partie ne sera pas enregistrée.',
  /** a what-if branch's name, composed in the reader's language (app/runName.ts; read back by results/runNameKind.ts) */
  branchRunName: '{{name}} — et si… ({{period}})',
  branchRunPeriod: { week: 'la semaine {{n}}', month: 'le mois {{n}}' },
  /** a what-if branch's Bilan (before and after the end) says so under its title (QA more M10); {{parent}}: the run it was branched from. Here with the run names: always loaded */
  branchBilan: 'Chronologie « Et si… ? » : ce bilan est celui d’une branche de la partie « {{parent}} », rejouée à partir {{from}}, pas celui de la partie d’origine. Son fichier de résultat le dit aussi : la vue classe l’affiche comme une variante, non classée.',
  branchBilanNoParent: 'Chronologie « Et si… ? » : ce bilan est celui d’une branche rejouée à partir {{from}}, pas celui de la partie d’origine. Son fichier de résultat le dit aussi : la vue classe l’affiche comme une variante, non classée.',
  branchBilanFrom: { week: 'de la semaine {{n}}', month: 'du mois {{n}}' },
  /** « Vous êtes enseignant ? » (TeacherTools.svelte): the tools are named as their screens (shell.nav), their descriptions are teacher strings (classView.teacherTools) */
  teacher: {
    title: 'Vous êtes enseignant ? Vos outils pour la classe',
    prepare: 'Préparer la séance',
  },
} as const);
