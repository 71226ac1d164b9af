/** English strings of the team view (pooled result files) in the class view. */
import type { Messages } from '../fr.ts';

export const teamView: Messages['teamView'] = {
  title: 'Team view',
};
