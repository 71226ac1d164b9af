/** French strings of the scoring lab. */
export const scoringLab = {
  title: 'Laboratoire de scoring',
};
