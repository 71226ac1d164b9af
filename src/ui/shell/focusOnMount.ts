/** Attachment: focuses the element when it appears (the first button of a dialog). */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
