/**
 * The charts screen's address for one chart (`#/charts/comparison:0:1`, app/routes.ts's param): the
 * « Membres et groupe témoin » card of a programme, which the dashboard's programmes table links to.
 * The screen scrolls to that card, focuses its heading and selects the programme.
 */
const COMPARISON = 'comparison';

/** The param for the comparison of the latest programme with a control group (the one the link is about); null when none has one. */
export function comparisonParam(programmes: readonly { id: string; controlGroup: number }[]): string | null {
  for (let k = programmes.length - 1; k >= 0; k--) if (programmes[k].controlGroup > 0) return `${COMPARISON}:${programmes[k].id}`;
  return null;
}

/** What a charts param asks for: the comparison card, with its programme when named; null for anything else. */
export function comparisonIn(param: string | undefined): { programme: string | null } | null {
  if (param === COMPARISON) return { programme: null };
  return param?.startsWith(`${COMPARISON}:`) ? { programme: param.slice(COMPARISON.length + 1) || null } : null;
}
