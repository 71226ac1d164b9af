/** English strings of the team view (mirrors fr/teamView.ts). */
import type { Messages } from '../fr.ts';

export const teamView: Messages['teamView'] = {
  title: 'Team view',
  intro:
    'Each student plays alone, then the files of one team are put side by side: everyone’s results and decisions period by period, to see who did what. Files carrying the same team name are grouped automatically; you can also tick files to form a team.',
  none: 'No team yet: no file carries a team name.',
  build: {
    legend: 'Form a team from files',
    name: 'Team name',
    defaultName: 'Team {{n}}',
    create: 'Create the team view',
    needTwo: 'Tick at least two readable files.',
    remove: 'Remove the view {{team}}',
  },
  teamHeadingOne: '{{team}} — {{count}} member',
  teamHeadingOther: '{{team}} — {{count}} members',
  fromFile: 'Grouped by the team name written in the files.',
  fromTeacher: 'Team formed by the teacher.',
  mixed: 'Careful: these members did not all play the same scenario with the same seed; compare with care.',
  resultsCaption: 'Results side by side — {{team}}',
  decisionsCaption: { week: 'Who did what, week by week — {{team}}', month: 'Who did what, month by month — {{team}}' },
  row: {
    file: 'File',
    status: 'Verification',
    ticks: { week: 'Weeks played', month: 'Months played' },
    points: 'Objective points',
    turnover: 'Cumulative turnover',
    netMargin: 'Cumulative net margin',
    retention: 'Retention over a year',
    actions: 'Decisions taken',
  },
  period: { week: 'Week', month: 'Month' },
  noDecision: '—',
  noDecisions: 'No member took any decision.',
  noName: '(no name)',
  pointsOf: '{{points}} / {{max}}',
};
