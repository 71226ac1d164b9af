import type { Messages } from '../fr.ts';

export const app: Messages['app'] = {
  title: 'Fidélis',
  tagline: 'Customer loyalty simulator',
  loading: 'Loading…',
  skipToContent: 'Skip to content',
  unexpectedError: 'Something unexpected went wrong. If it happens again, reload the page: a game resumes where it was last saved.',
  technicalDetails: 'Technical details',
  reload: 'Reload',
  listSeparator: '; ',
  criteriaAnd: ' and ',
  criteriaOr: ' or ',
  criteriaGroup: '({{values}})',
};
