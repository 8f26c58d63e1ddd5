/**
 * JSX types for React hosts (types only): `import type {} from 'devreg-elements/react.js'` once,
 * e.g. in the app's `.d.ts`, and every `<devreg-*>` tag type-checks in TSX with its properties
 * (`adapter`, `locale`, …) and its events as `on<event name>` (`ondevreg-accepted`), which React
 * 19 sets and listens to on custom elements. Needs `@types/react` (the host has it); the module
 * itself is empty at run time.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
// every define module and event, for the tags and events they add to HTMLElementTagNameMap and
// GlobalEventHandlersEventMap (this entry is types only: nothing runs; `import type {}` would be
// dropped from the declarations)
import './all.js';
import './events/index.js';

type DevRegTag = Extract<keyof HTMLElementTagNameMap, `devreg-${string}`>;
type DevRegEventName = Extract<keyof GlobalEventHandlersEventMap, `devreg-${string}`>;

/** The element's own public properties (not HTMLElement's, not methods). */
type OwnProperties<E> = {
  [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `on<event name>` for each `devreg-*` event, typed by the event's class. */
type DevRegEventProps = {
  [K in DevRegEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** The JSX props of each `devreg-*` tag. */
export type DevRegIntrinsicElements = {
  [T in DevRegTag]: DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]> &
    OwnProperties<HTMLElementTagNameMap[T]> &
    DevRegEventProps;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's own JSX namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags into React's
    interface IntrinsicElements extends DevRegIntrinsicElements {}
  }
}
