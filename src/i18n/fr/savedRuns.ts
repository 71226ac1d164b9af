/**
 * French strings of the saved runs' list (ui/home/SavedRunList.svelte): each run's line, its actions (resume, rename,
 * export, delete) and what they say. A part of their own (i18n/areas.ts SAVED_RUN_AREAS), fetched with the list once
 * there is a run to list: a learner's first visit has none. The list's title and its waiting lines stay in home.ts.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const savedRuns = frenchArea({
  runLine: '{{scenario}}, graine {{seed}}, {{progress}}',
  /** {{progress}} once the game is over, within the line (shell.tick.finished begins a line: « Partie terminée », QA qa28en m14) */
  runFinished: 'partie terminée ({{total}} {{unit}})',
  /** {{progress}} for a mission run whose question was answered right (missions/answeredRuns.ts): passed at its first period, not « Semaine 1 / 4, à jouer » (QA qa29self m9) */
  missionAnswered: 'mission réussie (réponse trouvée)',
  /** {{progress}} while the game goes on, within the line (shell.tick.week begins a line: « Semaine 51 / 52, à jouer », QA qa30enTablet m3) */
  runProgress: { week: 'semaine {{n}} sur {{total}} à jouer', month: 'mois {{n}} sur {{total}} à jouer' },
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
  nameEmpty: 'Donnez un nom à la partie.',
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
  /** after confirmDelete when it is the game in progress (QA qa13 W2); a branch's saved original is reopened */
  confirmDeleteCurrent: 'C’est la partie en cours : elle sera fermée.',
  confirmDeleteCurrentBranch: 'C’est la partie en cours : elle sera fermée, et sa partie d’origine « {{original}} » rouverte.',
  /**
   * after confirmDelete, for an original game with what-if branches ({{count}}: all of them, branches of branches too): what
   * becomes of them is asked (db/runsRepository.ts BranchesOnDelete); kept, each keeps its name and stays a variant
   */
  confirmDeleteBranchesOne: 'Cette partie a une branche « Et si… ? ». Si vous gardez la branche, elle devient une partie à part (toujours une variante, non classée) qui ne pourra plus être comparée à la partie d’origine. Vous pouvez aussi supprimer la branche avec la partie.',
  confirmDeleteBranchesOther: 'Cette partie a {{count}} branches « Et si… ? ». Si vous gardez les branches, elles deviennent des parties à part (toujours des variantes, non classées) qui ne pourront plus être comparées à la partie d’origine. Vous pouvez aussi les supprimer avec la partie.',
  /** the same when some are branches of its branches ({{count}}: all of them; {{direct}}: its own, counted): only its own become games of their own */
  confirmDeleteBranchesNestedOne: 'Cette partie a {{count}} branches « Et si… ? », dont une faite directement à partir d’elle. Si vous gardez les branches, celle-ci devient une partie à part (toujours une variante, non classée) qui ne pourra plus être comparée à la partie d’origine, les autres restant ses branches. Vous pouvez aussi les supprimer toutes avec la partie.',
  confirmDeleteBranchesNestedOther: 'Cette partie a {{count}} branches « Et si… ? », dont {{direct}} faites directement à partir d’elle. Si vous gardez les branches, ces {{direct}} deviennent des parties à part (toujours des variantes, non classées) qui ne pourront plus être comparées à la partie d’origine, les autres restant leurs branches. Vous pouvez aussi les supprimer toutes avec la partie.',
  /**
   * instead, when one of them ({{branch}}) is open in another tab (RunLibrary.openElsewhere): they cannot be deleted now,
   * the question offers only to keep them (confirmKeepBranches*) or to cancel
   */
  confirmBranchesOpenOne: 'Cette partie a une branche « Et si… ? », « {{branch}} », ouverte dans un autre onglet : elle ne peut pas être supprimée tant qu’elle y est ouverte. Si vous supprimez la partie, la branche est gardée : elle devient une partie à part (toujours une variante, non classée) qui ne pourra plus être comparée à la partie d’origine.',
  confirmBranchesOpenOther: 'Cette partie a {{count}} branches « Et si… ? », dont « {{branch}} », ouverte dans un autre onglet : elles ne peuvent pas être supprimées tant qu’elle y est ouverte. Si vous supprimez la partie, ses branches sont gardées : celles faites directement à partir d’elle deviennent des parties à part (toujours des variantes, non classées) qui ne pourront plus être comparées à la partie d’origine.',
  /** the two ways to confirm then */
  confirmKeepBranchesOne: 'Supprimer la partie, garder sa branche',
  confirmKeepBranchesOther: 'Supprimer la partie, garder ses branches',
  confirmWithBranchesOne: 'Supprimer la partie et sa branche',
  confirmWithBranchesOther: 'Supprimer la partie et ses {{count}} branches',
  /** then, when the game in progress is one of those branches (One: the only one; « en fait partie » after « une branche » read wrong, QA qa30enTablet m4) */
  confirmDeleteCurrentAmongOne: 'Cette branche, « {{current}} », est la partie en cours : si vous la supprimez, elle sera fermée.',
  confirmDeleteCurrentAmongOther: 'La partie en cours, « {{current}} », est l’une de ces branches : si vous la supprimez, elle sera fermée.',
  /** after confirmDelete, for a branch with branches of its own: they are kept, re-attached to its parent (QA qa28whatif M2) */
  confirmDeleteSubBranchesOne: 'Sa branche « Et si… ? » est gardée : elle reste parmi les chronologies de « {{parent}} », comparable avec elle.',
  confirmDeleteSubBranchesOther: 'Ses {{count}} branches « Et si… ? » sont gardées : elles restent parmi les chronologies de « {{parent}} », comparables avec elle.',
  /** the same when the branch's parent is no longer saved */
  confirmDeleteSubBranchesKeptOne: 'Sa branche « Et si… ? » est gardée.',
  confirmDeleteSubBranchesKeptOther: 'Ses {{count}} branches « Et si… ? » sont gardées.',
  confirm: 'Supprimer définitivement',
  deleted: 'Partie « {{name}} » supprimée.',
  /** said by the home page's busy line while the deleted branch's original game is reopened (QA qa32keyboard m3) */
  reopening: 'Réouverture de la partie d’origine…',
  /** an original deleted, its branches made directly from it kept: they are games of their own now (QA qa32keyboard m3) */
  deletedKeptBranchesOne: 'Partie « {{name}} » supprimée. Sa branche « Et si… ? » est gardée : c’est maintenant une partie à part.',
  deletedKeptBranchesOther: 'Partie « {{name}} » supprimée. Ses {{count}} branches « Et si… ? » faites à partir d’elle sont gardées : ce sont maintenant des parties à part.',
  deletedReopened: 'Partie « {{name}} » supprimée. Partie en cours : « {{original}} ».',
  /** said by the list's polite line when a run another tab deleted went with the focus (on the list's title now) */
  deletedElsewhere: 'La partie « {{name}} » a été supprimée dans un autre onglet.',
  /**
   * a deletion refused or failed, said in the run's row next to its « Supprimer » (not at the top of the page, out of
   * sight, QA qa30robust M1): the game open in another tab named, the original's name or the branch's
   */
  deleteRefusedOpen: '« {{name}} » est ouverte dans un autre onglet : rien n’a été supprimé. Fermez-la dans cet onglet-là (ou ouvrez-y une autre partie), puis recommencez.',
  deleteRefusedBranchOpen:
    'Sa branche « {{branch}} » est ouverte dans un autre onglet : rien n’a été supprimé. Fermez-la dans cet onglet-là puis recommencez, ou choisissez « {{keep}} ».',
  /** a full disk: a deletion's own text, not the period's (QA qa30robust M2); keeping branches writes them as games of their own */
  deleteQuota:
    'L’espace de stockage du navigateur est plein : « {{name}} » n’a pas été supprimée, rien n’a été perdu. Libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille), ou exportez puis supprimez une autre partie, puis recommencez.',
  deleteQuotaKeep:
    'L’espace de stockage du navigateur est plein : « {{name}} » n’a pas été supprimée, rien n’a été perdu (garder ses branches demande d’écrire un peu). Choisissez « {{withBranches}} », ou libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille), ou exportez puis supprimez une autre partie, puis recommencez.',
  /** an original deleted with its branches: each said gone */
  deletedWithBranchesOne: 'Partie « {{name}} » et sa branche supprimées.',
  deletedWithBranchesOther: 'Partie « {{name}} » et ses {{count}} branches supprimées.',
  deleteRefusedSomeBranchOpen: 'Une de ses branches est ouverte dans un autre onglet : rien n’a été supprimé. Fermez-la dans cet onglet-là puis recommencez, ou choisissez « {{keep}} ».',
} as const);
