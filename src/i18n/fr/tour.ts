/** French strings of the guided tour shown to first-time learners. */
import { frenchArea } from '../frenchSpacing.ts';

export const tour = frenchArea({
  label: 'Visite guidée',
  step: 'Étape {{n}} sur {{total}}',
  next: 'Suivant',
  previous: 'Précédent',
  skip: 'Passer la visite',
  finish: 'C’est parti !',
  /** offered on a class link's first visit (TourOffer.svelte), not opened: the teacher may be showing the way */
  offer: {
    text: 'Première fois dans Fidélis ? La visite guidée montre en {{n}} étapes où décider et comment avancer dans le temps.',
    take: 'Faire la visite',
    decline: 'Non merci',
  },
  /** the scenario step when the learner is on the missions screen (where a class link lands) */
  missions: {
    title: '1. Choisissez votre mission',
    body: 'Votre enseignant vous a ouvert les missions d’un magasin : lisez l’objectif de la mission, puis cliquez sur « Commencer la mission ». L’écran « Missions » vous ramène ici à tout moment.',
  },
  steps: {
    welcome: {
      title: 'Bienvenue dans Fidélis',
      body: 'Vous allez gérer la fidélisation des clients d’un magasin simulé. Rien n’est envoyé sur Internet : tout reste dans ce navigateur. Enseignant ? Vos outils sont listés sur l’accueil, sous « Vous êtes enseignant ? ».',
      /** a student on a class link: the home does not offer « Vous êtes enseignant ? » (app/tour.svelte.ts stepView) */
      student: 'Vous allez gérer la fidélisation des clients d’un magasin simulé. Rien n’est envoyé sur Internet : tout reste dans ce navigateur.',
    },
    scenario: {
      title: '1. Choisissez un scénario',
      body: 'Chaque carte décrit un magasin, sa difficulté, sa durée et les objectifs à atteindre. Choisissez « Commencer », ou suivez pas à pas les missions de l’écran « Missions ».',
      /** on a screen without the shops' cards (app/tour.svelte.ts STEP_SCREENS): the links « Accueil » and « Missions » are outlined */
      elsewhere:
        'Sur l’écran « Accueil », chaque carte décrit un magasin, sa difficulté, sa durée et les objectifs à atteindre : choisissez « Commencer ». Ou suivez pas à pas les missions de l’écran « Missions ».',
    },
    decisions: {
      title: '2. Décidez',
      body: 'Dans « Décisions », construisez une cible (par exemple les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir) et appliquez-lui une stratégie : avantage financier, lien social, personnalisation ou customisation.',
      /** when the class link or the mission closes strategies: the open ones (app/tour.svelte.ts stepView) */
      openZero: 'Dans « Décisions », construisez une cible (par exemple les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir) et regardez qui elle touche : les stratégies de fidélisation sont fermées pour l’instant.',
      openOne: 'Dans « Décisions », construisez une cible (par exemple les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir) et appliquez-lui la stratégie ouverte ici : {{strategies}}.',
      openOther: 'Dans « Décisions », construisez une cible (par exemple les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir) et appliquez-lui une des stratégies ouvertes ici : {{strategies}}.',
      /** on a mission link (app/tour.svelte.ts stepView) */
      missions: 'Dans « Décisions », construisez une cible (par exemple les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir) et appliquez-lui une stratégie : les missions les ouvrent une à une.',
    },
    /** a phone's bar folds all but « Avancer d’une période » under « Autres choix »; the undo is in the pending list, not the bar (QA qa14 T1) */
    advance: {
      title: '3. Avancez dans le temps',
      body: 'Avancez {{one}}, de plusieurs, ou laissez le temps défiler (sur un petit écran, ces deux derniers choix sont sous « Autres choix »). Tant que vous n’avez pas avancé, vous pouvez annuler la dernière décision dans la liste « {{list}} ».',
      /** on a screen without the time bar (« Et si… ? », the dashboard…): the link « Décisions » is outlined */
      elsewhere:
        'La barre du temps est en bas de l’écran « Décisions » : avancez {{one}}, de plusieurs, ou laissez le temps défiler (sur un petit écran, ces deux derniers choix sont sous « Autres choix »). Tant que vous n’avez pas avancé, vous pouvez annuler la dernière décision dans la liste « {{list}} ».',
      /** in the scoring lab: its time bar never folds under « Autres choix », and the list is on the « Décisions » screen */
      lab: 'Avancez {{one}}, de plusieurs, ou laissez le temps défiler. Tant que vous n’avez pas avancé, vous pouvez annuler la dernière décision dans la liste « {{list}} » de l’écran « Décisions ».',
      /** {{one}} above: the time bar's first button in the shop being played (« Avancer d’une semaine »), both units before a game (QA qa30enTablet m2) */
      one: { week: 'd’une semaine', month: 'd’un mois', none: 'd’une semaine (ou d’un mois, selon le magasin)' },
      /** {{list}} above: decisions.pending.title in that shop (QA qa31phoneEn m1) */
      list: { week: 'Décisions de la semaine', month: 'Décisions du mois', none: 'Décisions de la semaine (ou du mois)' },
    },
    observe: {
      title: '4. Observez et comprenez',
      body: 'Le tableau de bord, les graphiques et la base clients montrent l’effet de vos choix. Les boutons « ? » à côté des notions ouvrent le glossaire.',
    },
  },
} as const);
