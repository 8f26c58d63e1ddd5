/** The element's ancestors, nearest first, across shadow roots and slots. */
export function* ancestorsOf(from: Element): Generator<Element> {
  for (let el: Element | null = parentOf(from); el; el = parentOf(el)) yield el;
}

/** Whether an element (not the page's scrolling element) clips what it holds to a scrolled area of its own. */
export const scrollsItself = (el: Element): boolean =>
  el !== document.scrollingElement && /auto|scroll|overlay/.test(getComputedStyle(el).overflowY);

/** The nearest ancestor that scrolls vertically now, else the page's scrolling element. */
export function scrollingAncestor(from: Element): Element {
  for (const el of ancestorsOf(from)) if (el.scrollHeight > el.clientHeight && scrollsItself(el)) return el;
  return document.scrollingElement ?? document.documentElement;
}

const parentOf = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
