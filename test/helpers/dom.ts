// Small DOM helpers shared by the browser tests.

/** The open shadow root of a component under test. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** A node's text content, runs of white space squashed to one space, trimmed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Chooses a file in a component's `<input type=file>`, as the file dialog does (a `change` event). */
export function chooseFile(el: Element, file: File): void {
  const dt = new DataTransfer();
  dt.items.add(file);
  const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
