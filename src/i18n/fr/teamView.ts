/** French strings of the team view (pooled result files) in the class view. */
export const teamView = {
  title: 'Vue équipe',
};
