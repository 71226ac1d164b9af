import type { Messages } from '../fr.ts';

export const shell: Messages['shell'] = {
  nav: {
    label: 'Game screens',
    home: 'Home',
    dashboard: 'Dashboard',
    decisions: 'Decisions',
    customers: 'Customer base',
    charts: 'Charts',
    analytics: 'Real data',
    glossary: 'Glossary',
  },
  tick: {
    week: 'Week {{n}} / {{total}}',
    month: 'Month {{n}} / {{total}}',
    finished: 'Game over ({{total}} {{unit}})',
    date: 'from {{date}}',
  },
  budgetLeft: 'Budget left: {{amount}}',
  noRun: 'No game in progress',
  language: { label: 'Language', fr: 'Français', en: 'English' },
  notices: {
    label: 'Messages',
    dismiss: 'Dismiss message',
    error: 'Error:',
    warning: 'Warning:',
    info: 'Information:',
  },
  needRun: 'First choose or resume a game from the home screen.',
  goHome: 'Go to home',
  screenLoading: 'Loading screen…',
  screenMissing: 'This screen is not available yet.',
  help: 'Guided tour',
};
