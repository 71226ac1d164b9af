import type { Messages } from '../fr.ts';

export const app: Messages['app'] = {
  title: 'Fidélis',
  tagline: 'Customer loyalty simulator',
  loading: 'Loading…',
  language: 'Language',
  skipToContent: 'Skip to content',
  unexpected: 'Something unexpected went wrong: {{detail}}',
  listSeparator: '; ',
};
