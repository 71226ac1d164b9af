/** English strings of the glass box: how each dashboard figure is computed (filled in by the glass-box work). */
import type { Messages } from '../fr.ts';

export const glassBox: Messages['glassBox'] = {
  toggle: 'How is this computed?',
};
