/**
 * Colour-blind-safe palette (Okabe & Ito 2008) and non-colour cues: each series also gets its own
 * point shape and line dash, so lines stay distinguishable in grey or for colour-blind learners.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in order; yellow comes last (weak contrast on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'cross', 'dash'] as const;

export const DASHES: readonly number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2], [8, 8]];

export function seriesStyle(i: number): { colour: string; pointStyle: (typeof POINT_STYLES)[number]; dash: number[] } {
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
    dash: DASHES[i % DASHES.length],
  };
}

/** `#RRGGBB` with an alpha channel, for fills. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

/** A value axis' 0, darker and thicker than its other grid lines (what-if gap, programmes' cost and margin). */
export const ZERO_LINE = { colour: '#1f2933', width: 2 } as const;
/** chart.js's own grid line colour. */
export const GRID_LINE = 'rgba(0, 0, 0, 0.1)';
