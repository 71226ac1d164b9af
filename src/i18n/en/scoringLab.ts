/** English strings of the scoring lab. */
import type { Messages } from '../fr.ts';

export const scoringLab: Messages['scoringLab'] = {
  title: 'Scoring lab',
};
