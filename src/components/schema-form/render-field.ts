import { nothing } from 'lit';
import type { Field } from './normalize-schema.js';
import type { PathSegment } from './model.js';
import type { RenderContext } from './render-context.js';
import { renderArray } from './render-array.js';
import { renderBoolean } from './render-boolean.js';
import { renderChoice } from './render-choice.js';
import { renderNumber } from './render-number.js';
import { renderObject } from './render-object.js';
import { renderString } from './render-string.js';

/** Renders a field of any kind (`const` fields are not shown). */
export function renderField(field: Field, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  switch (field.kind) {
    case 'object':
      return renderObject(field, value, path, label, ctx);
    case 'array':
      return renderArray(field, value, path, label, ctx);
    case 'string':
      return renderString(field, value, path, label, ctx);
    case 'number':
      return renderNumber(field, value, path, label, ctx);
    case 'boolean':
      return renderBoolean(field, value, path, label, ctx);
    case 'choice':
      return renderChoice(field, value, path, label, ctx);
    case 'const':
      return nothing;
  }
}
