import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`width`, `--_columns`); `undefined`/`null` removes one. */
export type CssProps = Readonly<Record<string, string | undefined | null>>;

/**
 * Sets CSS properties (custom properties included) on an element through the CSSOM
 * (`element.style.setProperty`), never through a `style` attribute. Lit's `styleMap` writes the
 * attribute on first render, which a `style-src` Content-Security-Policy without
 * `'unsafe-inline'` refuses; CSSOM writes are allowed. An element binding:
 * `<div ${cssProps({ '--_columns': tracks })}>`.
 */
class CssPropsDirective extends Directive {
  #set = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssProps() is an element binding: <div ${cssProps({...})}>, not an attribute value.');
    }
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#set) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
