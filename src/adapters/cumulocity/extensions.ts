/**
 * Server-declared registration forms (SPEC 2.3): microservice applications whose `extensions`
 * (at the root of the application or under `manifest`) hold entries of type
 * `extensibleDeviceRegistration` / `extensibleBulkDeviceRegistration`. `CumulocityAdapter`'s
 * extension methods hand over to the functions here, loaded when extensions are first asked for.
 * Everything read here comes from the server and is treated as untrusted.
 */
import {
  EXTENSION_TYPES,
  type BulkOptions,
  type CallOptions,
  type ExampleFile,
  type ExtensionMetadata,
  type ExtensionType,
  type RegistrationExtension,
} from '../registration-adapter.js';
import type { AdapterHost } from './host.js';
import { lazy } from './lazy.js';
import { currentUser } from './settings.js';
import { MAX_PAGE_SIZE, isRecord, optionalString, unexpected } from './values.js';

/** The upload (`upload.ts`), loaded with the first bulk form sent. */
const uploadPart = lazy(() => import('./upload.js'));

/** The registration extensions of the applications the signed-in user may use. */
export async function listExtensions(host: AdapterHost, options?: CallOptions): Promise<RegistrationExtension[]> {
  const user = await currentUser(host, options?.signal);
  const userName = optionalString(user.userName) ?? optionalString(user.id);
  if (!userName) throw unexpected('the current user');
  // what Cumulocity's own UI asks for: the applications the user can use, tenant overrides applied
  const { body } = await host.http.request({
    path: `/application/applicationsByUser/${encodeURIComponent(userName)}`,
    query: { dropOverwrittenApps: true, noPaging: true, pageSize: MAX_PAGE_SIZE },
    signal: options?.signal,
  });
  return extensionsFromApplications(isRecord(body) ? body.applications : undefined);
}

export async function getExtensionMetadata(
  host: AdapterHost,
  extension: RegistrationExtension,
  lang: string,
  options?: CallOptions,
): Promise<ExtensionMetadata> {
  const { body } = await host.http.request({
    path: servicePath(extension, '/deviceRegistration/metadata'),
    query: { lang },
    signal: options?.signal,
  });
  // a proxy's login page, or another service's answer, is no form: say so rather than show an empty one
  if (!isMetadata(body)) throw unexpected('the registration form');
  return metadataFromResponse(body, extension);
}

/** Whether an answer has the shape of registration metadata (SPEC 2.3), wrapped or not. */
function isMetadata(body: unknown): boolean {
  return isRecord(body) && (isRecord(body.c8y_DeviceRegistration) || Array.isArray(body.pages) || isRecord(body.bulk) || typeof body.title === 'string');
}

export async function registerWithExtension(
  host: AdapterHost,
  extension: RegistrationExtension,
  model: unknown,
  options?: CallOptions,
): Promise<unknown> {
  const { body } = await host.http.request({
    method: 'POST',
    path: servicePath(extension, '/deviceRegistration'),
    json: model ?? {},
    signal: options?.signal,
  });
  return body ?? {};
}

export async function bulkRegisterWithExtension(
  host: AdapterHost,
  extension: RegistrationExtension,
  file: Blob,
  options?: BulkOptions,
): Promise<unknown> {
  const { upload } = await uploadPart();
  const { body } = await upload(host.http, {
    path: servicePath(extension, '/deviceRegistration/bulk'),
    file,
    signal: options?.signal,
    onProgress: options?.onProgress,
  });
  return body ?? {};
}

function isExtensionType(value: unknown): value is ExtensionType {
  return (EXTENSION_TYPES as readonly unknown[]).includes(value);
}

function extensionEntries(app: Record<string, unknown>): unknown[] {
  const entries: unknown[] = [];
  if (Array.isArray(app.extensions)) entries.push(...(app.extensions as unknown[]));
  if (isRecord(app.manifest) && Array.isArray(app.manifest.extensions)) entries.push(...(app.manifest.extensions as unknown[]));
  return entries;
}

/** The registration extensions declared by a list of applications (as `/application/...` answers them). */
export function extensionsFromApplications(applications: unknown): RegistrationExtension[] {
  if (!Array.isArray(applications)) return [];
  const found: RegistrationExtension[] = [];
  const seen = new Set<string>();
  for (const app of applications as unknown[]) {
    if (!isRecord(app)) continue;
    if (app.type !== undefined && app.type !== 'MICROSERVICE') continue;
    const contextPath =
      typeof app.contextPath === 'string' && app.contextPath
        ? app.contextPath
        : typeof app.name === 'string' && app.name
          ? app.name
          : undefined;
    if (!contextPath) continue;
    for (const entry of extensionEntries(app)) {
      if (!isRecord(entry) || !isExtensionType(entry.type)) continue;
      const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : contextPath;
      const key = JSON.stringify([contextPath, entry.type, name]);
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ name, type: entry.type, contextPath });
    }
  }
  return found;
}

function exampleFiles(value: unknown): ExampleFile[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const files: ExampleFile[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || typeof item.url !== 'string') continue;
    files.push({
      title: typeof item.title === 'string' ? item.title : item.url,
      ...(typeof item.description === 'string' ? { description: item.description } : {}),
      url: item.url,
    });
  }
  return files;
}

/** Unwraps `c8y_DeviceRegistration` from a metadata answer; the extension's name stands in for a missing title. */
export function metadataFromResponse(body: unknown, extension: RegistrationExtension): ExtensionMetadata {
  const root = isRecord(body) && isRecord(body.c8y_DeviceRegistration) ? body.c8y_DeviceRegistration : isRecord(body) ? body : {};
  const metadata: ExtensionMetadata = {
    title: typeof root.title === 'string' && root.title ? root.title : extension.name,
  };
  if (typeof root.description === 'string') metadata.description = root.description;
  if (Array.isArray(root.pages)) metadata.pages = (root.pages as unknown[]).filter(isRecord);
  if (isRecord(root.bulk)) {
    const files = exampleFiles(root.bulk.exampleFileUrls);
    metadata.bulk = {
      title: typeof root.bulk.title === 'string' && root.bulk.title ? root.bulk.title : metadata.title,
      ...(files ? { exampleFileUrls: files } : {}),
    };
  }
  return metadata;
}

/** `/service/<contextPath>` with the context path encoded as one segment. */
export function servicePath(extension: RegistrationExtension, rest: string): string {
  return `/service/${encodeURIComponent(extension.contextPath)}${rest}`;
}
