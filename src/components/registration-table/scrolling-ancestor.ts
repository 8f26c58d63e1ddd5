/** The nearest ancestor that scrolls vertically (across shadow roots and slots), else the page's scrolling element. */
export function scrollingAncestor(from: Element): Element {
  for (let el: Element | null = parentOf(from); el; el = parentOf(el)) {
    if (el.scrollHeight > el.clientHeight && /auto|scroll|overlay/.test(getComputedStyle(el).overflowY)) return el;
  }
  return document.scrollingElement ?? document.documentElement;
}

const parentOf = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
