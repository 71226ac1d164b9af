/** French strings of the glass box: how each dashboard figure is computed (filled in by the glass-box work). */
export const glassBox = {
  toggle: 'Comment est-ce calculé ?',
};
