import type { ExampleFile, ExtensionMetadata, JsonSchema, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { isPlainObject, own, text } from '../schema-form/json.js';

/** Metadata as the wizard uses it: every field checked, because adapters pass on what a microservice sent. */
export interface CleanMetadata {
  title: string;
  description?: string;
  pages: JsonSchema[];
  bulk?: { title?: string; exampleFiles: ExampleFile[] };
}

/** Keeps what has the documented shape (SPEC 2.3); the extension's name stands in for a missing title. */
export function cleanMetadata(metadata: ExtensionMetadata | undefined, extension: RegistrationExtension): CleanMetadata {
  const root = isPlainObject(own(metadata, 'c8y_DeviceRegistration')) ? own(metadata, 'c8y_DeviceRegistration') : metadata;
  const pages = own(root, 'pages');
  const bulk = own(root, 'bulk');
  const files = own(bulk, 'exampleFileUrls');
  return {
    title: text(own(root, 'title')) ?? extension.name,
    description: text(own(root, 'description')),
    pages: Array.isArray(pages) ? (pages as unknown[]).filter(isPlainObject).slice(0, 50) : [],
    bulk: isPlainObject(bulk)
      ? {
          title: text(own(bulk, 'title')),
          exampleFiles: Array.isArray(files)
            ? (files as unknown[]).flatMap((f) => {
                const url = own(f, 'url');
                if (typeof url !== 'string') return [];
                const description = text(own(f, 'description'));
                return [{ title: text(own(f, 'title')) ?? url, url, ...(description ? { description } : {}) }];
              }).slice(0, 50)
            : [],
        }
      : undefined,
  };
}
