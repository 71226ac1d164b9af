/**
 * chart.js writes its ticks and legends in pixels on the canvas, so the page's display settings did
 * not reach them: the projector display (root font 125 %) kept 12 px axis labels and the high-contrast
 * one kept grey #666. Both follow the page when a chart is created: 3/4 of the root font size (12 px
 * at the standard 16 px, chart.js's own default) and the page's muted ink. Every chart calls it
 * before it is made: the learner's (chartAttachment.svelte.ts) and the class view's (ClassChart.svelte).
 * On a touch screen, at least the page's touch small print (14 px).
 */
interface ChartDefaults {
  defaults: { font: { size?: number }; color: unknown };
}

export function followPageText(chart: ChartDefaults): void {
  const root = getComputedStyle(document.documentElement);
  const px = parseFloat(root.fontSize);
  // a touch screen's small print (theme.css --touch-text, 0.875rem there): 14 px axis labels on a
  // tablet held at arm's length, not 12 (QA tablet #17)
  const touch = root.getPropertyValue('--touch-text').trim();
  const touchPx = touch.endsWith('rem') ? parseFloat(touch) * px : parseFloat(touch) || 0;
  if (px > 0) chart.defaults.font.size = Math.round(Math.max(px * 0.75, touchPx));
  const ink = root.getPropertyValue('--muted').trim();
  if (ink) chart.defaults.color = ink;
}

/**
 * The page's root font size in px: the text of the class view's table, which the class chart's names
 * and figures match on the projector (QA qa11 F9: 15 px beside a 20 px table). Undefined when the page
 * gives none (jsdom without a style).
 */
export function pageFontSize(): number | undefined {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return px > 0 ? px : undefined;
}
