/**
 * Keeps Tab inside a modal dialog: from its last focusable element Tab goes back to the first, and
 * Shift+Tab from the first to the last (the page behind stays out of reach while the dialog is open).
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Handles a Tab keydown inside `container`; returns true when it moved the focus itself. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): boolean {
  if (event.key !== 'Tab') return false;
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = container.ownerDocument.activeElement;
  const target = !first ? null : event.shiftKey ? (active === first || !container.contains(active) ? last : null) : active === last ? first : null;
  if (!first || target) {
    event.preventDefault();
    target?.focus();
    return true;
  }
  return false;
}
