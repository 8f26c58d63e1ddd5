import type { TemplateResult, nothing } from 'lit';
import type { Field } from './normalize-schema.js';
import type { PathSegment } from './model.js';

/** What the per-kind render functions need from the form; keeps them free of component state. */
export interface RenderContext {
  /** A stable DOM id for a value path (unique in the form's shadow root). */
  idFor(path: string): string;
  /** The message to show for a path, when it should be shown now. */
  errorFor(path: string): string | undefined;
  /** The user changed the value at `path` (`undefined` clears it). */
  setValue(path: readonly PathSegment[], value: unknown): void;
  /** The user left the field at `path`: its message may show from now on. */
  touch(path: string): void;
  /** The text a number input holds (to keep "1." while typing); undefined when it no longer matches the value. */
  numberText(path: string, value: unknown): string;
  /** The user typed into a number input. */
  numberInput(path: readonly PathSegment[], input: HTMLInputElement): void;
  isRevealed(path: string): boolean;
  toggleReveal(path: string): void;
  /** Adds, removes or moves an item of the array at `path`. */
  arrayAction(path: readonly PathSegment[], action: ArrayAction, index: number): void;
  /** Renders any field (for arrays and objects to render their children). */
  renderField(field: Field, value: unknown, path: readonly PathSegment[], label: string): TemplateResult | typeof nothing;
}

export type ArrayAction = 'add' | 'remove' | 'up' | 'down';
