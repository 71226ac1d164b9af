/**
 * French strings of handing in a run (learner part): the Bilan of an unfinished game (hand in the run
 * as it stands, or play to the end first) and the result file's export form. The files' verification
 * (statuses, reasons) is the teacher's: results.ts.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const handIn = frenchArea({
  /** the Bilan's heading before the game is over (the debrief's own texts come with it, once the game is over) */
  titleWithName: 'Bilan — {{name}}',
  /**
   * the periods played, in the scenario's unit: « période 10 sur 52 » read beside the header's « Semaine 11 / 52 »
   * (the week to play) looked like two different places in the game (QA play F16)
   */
  choice: {
    weekOne: 'Partie en cours : {{n}} semaine jouée sur {{total}}. Pour rendre votre travail à l’enseignant, deux possibilités.',
    weekOther: 'Partie en cours : {{n}} semaines jouées sur {{total}}. Pour rendre votre travail à l’enseignant, deux possibilités.',
    monthOne: 'Partie en cours : {{n}} mois joué sur {{total}}. Pour rendre votre travail à l’enseignant, deux possibilités.',
    monthOther: 'Partie en cours : {{n}} mois joués sur {{total}}. Pour rendre votre travail à l’enseignant, deux possibilités.',
  },
  /**
   * the same texts for a run started without a teacher's class link (presets/runClass.ts fromClassLink):
   * a learner on their own saves the file, nobody asked for it
   */
  self: {
    choice: {
      weekOne: 'Partie en cours : {{n}} semaine jouée sur {{total}}. Pour enregistrer votre résultat, deux possibilités.',
      weekOther: 'Partie en cours : {{n}} semaines jouées sur {{total}}. Pour enregistrer votre résultat, deux possibilités.',
      monthOne: 'Partie en cours : {{n}} mois joué sur {{total}}. Pour enregistrer votre résultat, deux possibilités.',
      monthOther: 'Partie en cours : {{n}} mois joués sur {{total}}. Pour enregistrer votre résultat, deux possibilités.',
    },
    introOne:
      'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{n}} {{tick}} sur {{total}}. Gardez-le, ou confiez-le à qui suit votre travail : la vue classe le rejoue pour le vérifier et indique « partie en cours ». Vous pouvez continuer à jouer ensuite et enregistrer un nouveau fichier.',
    introOther:
      'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{n}} {{ticks}} sur {{total}}. Gardez-le, ou confiez-le à qui suit votre travail : la vue classe le rejoue pour le vérifier et indique « partie en cours ». Vous pouvez continuer à jouer ensuite et enregistrer un nouveau fichier.',
  },
  title: 'Rendre mon travail maintenant',
  introOne: 'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{n}} {{tick}} sur {{total}}, et déposez-le là où votre enseignant l’a demandé. Il le rejoue pour le vérifier ; la vue classe indique « partie en cours ». Vous pouvez continuer à jouer ensuite et rendre un nouveau fichier.',
  introOther: 'Téléchargez le fichier de résultat de la partie telle qu’elle est, après {{n}} {{ticks}} sur {{total}}, et déposez-le là où votre enseignant l’a demandé. Il le rejoue pour le vérifier ; la vue classe indique « partie en cours ». Vous pouvez continuer à jouer ensuite et rendre un nouveau fichier.',
  download: 'Rendre mon travail maintenant',
  pendingLeftOutOne: 'La décision en attente pour {{theTick}} {{next}} n’est pas dans le fichier : elle n’est pas encore jouée.',
  pendingLeftOutOther: 'Les {{n}} décisions en attente pour {{theTick}} {{next}} ne sont pas dans le fichier : elles ne sont pas encore jouées.',
  playing: 'La partie avance en lecture automatique : mettez-la en pause pour rendre votre travail.',
  endTitle: 'Aller jusqu’à la fin',
  /** in the shop's unit, as decisions.advance.endConfirm (QA qa30enTablet m2) */
  endText: {
    weekOne: 'Joue la dernière semaine avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    weekOther: 'Joue d’un coup les {{n}} semaines restantes avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    monthOne: 'Joue le dernier mois avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    monthOther: 'Joue d’un coup les {{n}} mois restants avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
  },
  /** decisions queued or planned (a what-if branch's plan): the same rule and words as decisions.advance.endConfirmPlanned (ui/decisions/endPlaysPlanned.ts) */
  endTextPlanned: {
    weekOne: 'Joue la dernière semaine avec les décisions en vigueur et celles déjà prévues pour elle : les programmes lancés continuent, aucune autre décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    weekOther: 'Joue d’un coup les {{n}} semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine : les programmes lancés continuent, aucune autre décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    monthOne: 'Joue le dernier mois avec les décisions en vigueur et celles déjà prévues pour lui : les programmes lancés continuent, aucune autre décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    monthOther: 'Joue d’un coup les {{n}} mois restants avec les décisions en vigueur et celles déjà prévues, chacune à son mois : les programmes lancés continuent, aucune autre décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
  },
  endPendingOne: 'La décision en attente s’applique dès {{theTick}} {{next}}.',
  endPendingOther: 'Les {{n}} décisions en attente s’appliquent dès {{theTick}} {{next}}.',
  endCommitted: 'Mode engagé : rien de ce qui aura été joué ne pourra être rejoué.',
  backToDecisions: 'Revenir aux décisions pour continuer la partie',
  /**
   * while several periods are played (session.advanceProgress: « Aller jusqu’à la fin » on the Bilan or in the time bar,
   * « Avancer de 4 périodes »), and once it ends or is stopped (ui/decisions/AdvanceProgress.svelte)
   */
  progress: {
    /** {{n}}: the period being played, from the game's start */
    label: { week: 'Semaine {{n}} sur {{total}}…', month: 'Mois {{n}} sur {{total}}…' },
    /** an advance that stops before the game's end (« Avancer de 4 périodes »): {{end}} is its last period */
    labelTo: { week: 'Semaine {{n}} sur {{total}} (jusqu’à la {{end}})…', month: 'Mois {{n}} sur {{total}} (jusqu’au {{end}})…' },
    started: 'Le reste de la partie se joue {{tick}} par {{tick}}, avec un enregistrement à chaque fois : « Arrêter » s’arrête après {{theTick}} en cours.',
    /** the same for an advance that stops before the game's end; {{n}} (2 or more): the periods it plays */
    startedSome: 'Les {{n}} {{ticks}} se jouent {{tick}} par {{tick}}, avec un enregistrement à chaque fois : « Arrêter » s’arrête après {{theTick}} en cours.',
    stop: 'Arrêter',
    stopping: { week: 'Arrêt après la semaine en cours…', month: 'Arrêt après le mois en cours…' },
    /** {{n}}: the last period played and saved */
    stopped: 'Arrêté après {{theTick}} {{n}} sur {{total}} : la partie est enregistrée, rien n’est perdu. Vous pouvez reprendre quand vous voulez.',
  },
  export: {
    title: 'Fichier de résultat',
    /** start of the downloaded file's name; the class view reads the file's content, never its name */
    filePrefix: 'fidelis-resultat',
    /** a what-if branch's part of the file name ({{n}}: the first period it differs), made letters and dashes */
    branchPart: { week: 'et si semaine {{n}}', month: 'et si mois {{n}}' },
    /** the file name's periods-played part ({{n}}: 1 or more), made letters and dashes, before a what-if branch's part: « -p4 » told a teacher nothing (QA qa17 F4) */
    playedPart: { week: 'semaine {{n}}', month: 'mois {{n}}' },
    intro: 'Ce fichier permet à votre enseignant de rejouer votre partie et de confirmer votre résultat.',
    learner: 'Votre nom (tel que l’enseignant le verra)',
    team: 'Nom de votre équipe (facultatif)',
    download: 'Télécharger le fichier de résultat',
    done: 'Fichier « {{file}} » prêt : déposez-le là où votre enseignant l’a demandé.',
    failed: 'Le fichier de résultat n’a pas pu être préparé : {{detail}}',
    noRun: 'Aucune partie en cours : il n’y a pas de résultat à exporter.',
    nameMissing: 'Écrivez d’abord votre nom : c’est ainsi que l’enseignant reconnaît votre fichier dans la vue classe.',
    /** the same texts for a run started without a teacher's class link */
    self: {
      intro: 'Ce fichier permet de rejouer votre partie dans la vue classe de Fidélis et d’en confirmer le résultat.',
      learner: 'Votre nom (écrit dans le fichier)',
      done: 'Fichier « {{file}} » prêt : il est dans vos téléchargements.',
      nameMissing: 'Écrivez d’abord votre nom : c’est ainsi que la vue classe reconnaît votre fichier.',
    },
  },
  /** the Bilan before the end (DebriefRoute): here, not in the first screen's shell area (bench app-learner-js) */
  debriefLaterOne: 'Le bilan s’ouvre à la fin de la partie : encore {{n}} {{tick}} à jouer. Il révèle des informations cachées pendant le jeu, comme la satisfaction réelle des clients.',
  debriefLaterOther: 'Le bilan s’ouvre à la fin de la partie : encore {{n}} {{ticks}} à jouer. Il révèle des informations cachées pendant le jeu, comme la satisfaction réelle des clients.',
  /**
   * a what-if branch's Bilan (before and after the end) says so under its title (QA more M10); {{parent}}: the run it was branched from. With the Bilan's texts (DebriefRoute, a learner screen), not the first screen's.
   * Then branchBilanHandIn, or branchBilanOriginGone when that original is no longer saved (kept as a game of its own when it was deleted)
   */
  branchBilan: 'Chronologie « Et si… ? » : ce bilan est celui d’une branche de la partie « {{parent}} », rejouée à partir {{from}}, pas celui de la partie d’origine. Son fichier de résultat le dit aussi : la vue classe l’affiche comme une variante, non classée.',
  branchBilanNoParent: 'Chronologie « Et si… ? » : ce bilan est celui d’une branche rejouée à partir {{from}}, pas celui de la partie d’origine. Son fichier de résultat le dit aussi : la vue classe l’affiche comme une variante, non classée.',
  branchBilanHandIn: 'Pour figurer au classement, rendez la partie d’origine.',
  branchBilanOriginGone: 'La partie d’origine a été supprimée : cette branche est gardée comme une partie à part, toujours une variante. Pour figurer au classement, rendez une partie qui n’est pas une branche.',
  branchBilanFrom: { week: 'de la semaine {{n}}', month: 'du mois {{n}}' },
} as const);
