/** French strings of the app shell: header, navigation, language switch, notices. */
import { frenchArea } from '../frenchSpacing.ts';

export const shell = frenchArea({
  nav: {
    label: 'Écrans du jeu',
    missions: 'Missions',
    home: 'Accueil',
    dashboard: 'Tableau de bord',
    decisions: 'Décisions',
    customers: 'Base clients',
    charts: 'Graphiques',
    analytics: 'Données réelles',
    glossary: 'Glossaire',
    debrief: 'Bilan',
    editor: 'Éditeur de scénarios',
    class: 'Vue classe',
    whatif: 'Et si… ?',
    scoring: 'Labo de scoring',
  },
  /** the navigation's groups (NavBar.svelte): who each screen is for */
  navGroups: {
    practice: 'Sur données réelles',
    teacher: 'Espace enseignant',
    /** the missions screen's teacher part (#/missions/enseignant), as on the home page */
    prepare: 'Préparer la séance',
  },
  tick: {
    /** the period being decided, not yet played (the Bilan counts « 10 semaines jouées sur 52 » beside « Semaine 11 / 52, à jouer ») */
    week: 'Semaine {{n}} / {{total}}, à jouer',
    month: 'Mois {{n}} / {{total}}, à jouer',
    finished: 'Partie terminée ({{total}} {{unit}})',
    /** while « Aller jusqu’à la fin » or « Avancer de 4 périodes » plays (session.advanceProgress), on every screen (QA qa28big m4) */
    weekRunning: 'Semaine {{n}} / {{total}}, en cours…',
    monthRunning: 'Mois {{n}} / {{total}}, en cours…',
    /** a run of several periods stopped before its end (« Arrêter », a failed period), said while the game is still there (QA qa28big M1), in the shop's unit as beside it (review19 n10) */
    weekStopped: 'arrêté après la semaine {{n}} sur {{total}}',
    monthStopped: 'arrêté après le mois {{n}} sur {{total}}',
  },
  budgetLeft: 'Budget restant : {{amount}}',
  /** while periods remain: what the next period can spend (budget left + the period's payment), the decisions screen's « Budget disponible » (QA class 8) */
  budgetAvailable: 'Budget disponible : {{amount}}',
  restoring: 'Reprise de votre partie…',
  noRun: 'Aucune partie en cours',
  saving: 'Enregistrement…',
  /** a printed sheet's print-only line (printIdentity.ts): which game, which seed, when (QA qa29print P5) */
  print: {
    learner: 'Élève : {{name}}',
    seed: 'graine {{seed}}',
    date: 'imprimé le {{date}}',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
    /** a switch whose texts could not be downloaded (offline): the page stays in its language */
    failed: 'Passage à « {{language}} » impossible : ses textes n’ont pas pu être téléchargés. Vérifiez la connexion, puis cliquez de nouveau sur « {{language}} » ; rien n’est perdu.',
  },
  notices: {
    label: 'Messages',
    dismiss: 'Fermer le message',
    error: 'Erreur :',
    warning: 'Attention :',
    info: 'Information :',
    /** a notice whose text could not be downloaded (noticeText.ts) */
    unloaded: 'Message indisponible : il n’a pas pu être téléchargé. Rechargez la page une fois la connexion revenue.',
  },
  needRun: 'Choisissez ou reprenez d’abord une partie depuis l’accueil.',
  goHome: 'Aller à l’accueil',
  screenLoading: 'Chargement de l’écran…',
  screenMissing: 'Cet écran n’est pas encore disponible.',
  /** its code could not be downloaded (offline, a new version on the server): Chromium keeps the failed import until the page is reloaded (QA qa22 F3) */
  screenUnavailable: 'Écran indisponible pour le moment : il n’a pas pu être téléchargé. Rechargez la page une fois la connexion revenue.',
  help: 'Visite guidée',
  /** the browser tab's title (document.title): the home screen, and any other screen */
  documentTitle: { home: 'Fidélis — simulateur de fidélisation', screen: '{{screen}} — Fidélis' },
} as const);
