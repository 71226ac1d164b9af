/** French strings of the home screen: scenario cards, the saved runs' title (the list's own strings: savedRuns.ts), import. */
import { frenchArea } from '../frenchSpacing.ts';

export const home = frenchArea({
  title: 'Accueil',
  intro:
    'Vous dirigez la relation client d’un magasin : ciblez des clients, appliquez des stratégies de fidélisation et observez ce qui se passe au fil du temps.',
  /** the first step a beginner is pointed to, before the free games' cards (QA qa29self m9): the missions path, then a whole game */
  firstStep:
    'Vous débutez ? Commencez par le parcours de missions : des missions courtes (10 à 20 minutes) pour apprendre pas à pas, d’abord la base clients, puis chaque outil de fidélisation. Jouez ensuite une partie complète en choisissant un scénario ci-dessous.',
  firstStepLink: 'Commencer par les missions',
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
  /** the « ? » beside an objective, to its figure's glossary card (ui/home/objectiveConcept.ts): named as GlossaryLink names its « ? » (glossary.linkLabel) */
  objectiveHelp: 'Définition : {{title}}',
  /** those cards' titles (glossary.concept.<id>.title, the same: test/component/home/objectiveHelp.test.ts), here for the first screen */
  objectiveConcept: {
    retention: 'Fidélisation et attrition',
    cycleDeVie: 'Cycle de vie du client',
    equationCa: 'CA = fréquence × panier moyen × durée',
    margeBrute: 'Marge brute',
    margeNette: 'Marge nette',
    budget: 'Budget',
    mesureSatisfaction: 'Mesurer la satisfaction',
    segments: 'Segments de clientèle',
    acquisition: 'Acquisition',
  },
  seed: 'Graine du hasard',
  seedRange: 'La graine est un nombre entier de 0 à {{max}}.',
  seedHelp: 'Même scénario, même graine et mêmes décisions donnent exactement le même résultat.',
  seedNotDefault:
    'Ces objectifs sont réglés pour la graine {{seed}} : à cette autre graine, les objectifs chiffrés (marge, clients actifs…) seront ajustés au début de la partie de ce qu’elle donne sans aucune action, et le tableau de bord dira de combien.',
  start: 'Commencer « {{name}} »',
  starting: 'Création de la partie…',
  readingLink: 'Lecture du lien de votre enseignant…',
  // a card's class note whose own words (the class link's part, i18n/areas.ts PRESETS_AREAS) could not be downloaded
  classNoteUnloaded: 'Réglé par le lien de votre enseignant : le détail n’a pas pu être téléchargé. Rechargez la page une fois la connexion revenue.',
  savedRuns: 'Parties enregistrées',
  storageOpening: 'Recherche de vos parties enregistrées…',
  noSavedRuns: 'Aucune partie enregistrée pour l’instant.',
  cancel: 'Annuler',
  delete: 'Supprimer',
  importTitle: 'Importer une partie',
  importLabel: 'Fichier de partie (.json)',
  importDone: 'Partie « {{name}} » importée : elle figure dans « Parties enregistrées ».',
  importReading: 'Lecture et vérification du fichier…',
  storageUnavailable: 'Le stockage du navigateur n’est pas disponible : la partie ne sera pas enregistrée.',
  /** a new run's name (App.svelte, MissionsScreen.svelte; « … (1907) 2 » when taken: app/runName.ts distinctRunName); still as given, it is shown
   * in the reader's language (app/defaultRunName.ts reads it back with copies of both languages', test/unit/app/defaultRunName.test.ts) */
  runName: { free: '{{shop}} ({{seed}})', mission: '{{shop}} — Mission {{n}} ({{seed}})', attempt: '{{shop}} — Mission {{n}}, essai {{attempt}} ({{seed}})' },
  /** a what-if branch's name, composed in the reader's language (app/runName.ts; read back by results/runNameKind.ts) */
  branchRunName: '{{name}} — et si… ({{period}})',
  branchRunPeriod: { week: 'à partir de la semaine {{n}}', month: 'à partir du mois {{n}}' },
  /** « Vous êtes enseignant ? » (TeacherTools.svelte): the tools are named as their screens (shell.nav), their descriptions are teacher strings (classView.teacherTools) */
  teacher: {
    title: 'Vous êtes enseignant ? Vos outils pour la classe',
    prepare: 'Préparer la séance',
  },
} as const);
