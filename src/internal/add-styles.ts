import type { CSSResult } from 'lit';

/** Adds a lazily loaded part's styles to an element's shadow root (once). */
export function addStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // no constructable style sheets: a <style> element, as Lit falls back to (before Lit's
  // render markers, so a render never removes it)
  if ([...root.querySelectorAll('style')].some((s) => s.textContent === styles.cssText)) return;
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.prepend(style);
}
