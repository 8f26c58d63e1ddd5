/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): HTMLElement | undefined {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
