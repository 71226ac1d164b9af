/** French strings of the team view (result files pooled as a team in the class view) and of the team field of a result file. */
import { frenchArea } from '../frenchSpacing.ts';

export const teamView = frenchArea({
  title: 'Vue équipe',
  intro:
    'Chaque élève joue seul, puis les fichiers d’une même équipe sont mis côte à côte : résultats de chacun et décisions période par période, pour voir qui a fait quoi. Les fichiers qui portent le même nom d’équipe sont regroupés d’office ; vous pouvez aussi cocher des fichiers pour former une équipe.',
  none: 'Aucune équipe pour l’instant : aucun fichier ne porte de nom d’équipe.',
  build: {
    legend: 'Former une équipe avec des fichiers',
    name: 'Nom de l’équipe',
    defaultName: 'Équipe {{n}}',
    create: 'Créer la vue équipe',
    needTwo: 'Cochez au moins deux fichiers lisibles.',
    remove: 'Retirer la vue {{team}}',
  },
  teamHeadingOne: '{{team}} — {{count}} membre',
  teamHeadingOther: '{{team}} — {{count}} membres',
  fromFile: 'Regroupés par le nom d’équipe inscrit dans les fichiers.',
  fromTeacher: 'Équipe formée par l’enseignant.',
  mixed: 'Attention : ces membres n’ont pas tous joué le même scénario avec la même graine ; comparez avec prudence.',
  resultsCaption: 'Résultats côte à côte — {{team}}',
  /** the team's unit (results/teamView.ts tickUnit, its first member's), as its rows « Semaine 3 » (periodWords34b) */
  decisionsCaption: { week: 'Qui a fait quoi, semaine par semaine — {{team}}', month: 'Qui a fait quoi, mois par mois — {{team}}' },
  row: {
    file: 'Fichier',
    status: 'Vérification',
    ticks: { week: 'Semaines jouées', month: 'Mois joués' },
    points: 'Points d’objectifs',
    turnover: 'CA cumulé',
    netMargin: 'Marge nette cumulée',
    retention: 'Rétention sur un an',
    actions: 'Décisions prises',
  },
  period: { week: 'Semaine', month: 'Mois' },
  noDecision: '—',
  noDecisions: 'Aucun membre n’a pris de décision.',
  noName: '(sans nom)',
  pointsOf: '{{points}} / {{max}}',
} as const);
