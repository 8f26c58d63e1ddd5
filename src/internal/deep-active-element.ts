/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): HTMLElement | undefined {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * Whether the focus is lost: nothing in `root` has it, and the page's is on `<body>` or nowhere
 * (the focused element was disabled or taken out). Code that puts the focus back after a change
 * does so only then, never taking it from where the user moved it.
 */
export function focusLost(root: DocumentOrShadowRoot): boolean {
  return !root.activeElement && (!document.activeElement || document.activeElement === document.body);
}
