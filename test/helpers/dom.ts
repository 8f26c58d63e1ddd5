// Small DOM helpers shared by the browser tests.

/** The open shadow root of a component under test. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** A node's text content, runs of white space squashed to one space, trimmed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
