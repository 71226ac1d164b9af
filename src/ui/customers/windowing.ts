/**
 * Virtual scrolling math for a table with fixed-height rows: which rows to render for a scroll
 * position, the spacer heights above and below them, and the scroll position that brings a row
 * into view. Pure, so it is unit-tested without a browser.
 */
export interface RowWindow {
  /** first rendered row (inclusive) */
  start: number;
  /** last rendered row (exclusive) */
  end: number;
  /** height of the spacer above the rendered rows */
  padTop: number;
  /** height of the spacer below */
  padBottom: number;
}

export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 8): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(total - 1, first) - overscan);
  const end = Math.min(total, first + visible + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (total - end) * rowHeight };
}

/** The scrollTop to use so that row `index` is fully visible, moving as little as possible. */
export function scrollToRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** Next active row for a navigation key, or null when the key does not move. */
export function moveActive(key: string, active: number, total: number, pageRows: number): number | null {
  if (total === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(total - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1);
    case 'ArrowUp':
      return clamp(active - 1);
    case 'PageDown':
      return clamp(active + Math.max(1, pageRows));
    case 'PageUp':
      return clamp(active - Math.max(1, pageRows));
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
