/**
 * Multipart upload through XMLHttpRequest, because `fetch` reports no upload progress; loaded
 * with the first upload. The file travels as the form field `file` (SPEC 2.3); the answer is
 * parsed and errors are mapped exactly as for the request layer's fetch. Never retried.
 */
import type { BulkProgress } from '../registration-adapter.js';
import { abortError, answerError, networkError, parseBody, type HttpClient, type HttpResponse } from './http.js';
import { JSON_TYPE } from './media-types.js';

export interface UploadRequest {
  path: string;
  file: Blob;
  /** The multipart field name (default `file`). */
  field?: string;
  /** The media type wanted back (default `application/json`). */
  accept?: string;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

/** A multipart upload of `file` with upload progress, through `http`'s base URL and auth. */
export async function upload<T = unknown>(http: HttpClient, req: UploadRequest): Promise<HttpResponse<T>> {
  if (req.signal?.aborted) throw abortError(req.signal.reason);
  const headers = await http.headers('POST', req.accept ?? JSON_TYPE);
  if (req.signal?.aborted) throw abortError(req.signal.reason);
  const answer = await uploadWithProgress({
    url: http.url(req.path),
    headers,
    withCredentials: http.credentials === 'include',
    file: req.file,
    field: req.field ?? 'file',
    signal: req.signal,
    onProgress: req.onProgress,
  });
  const body = parseBody(answer.text, answer.contentType);
  if (answer.status < 200 || answer.status >= 300) throw await answerError(answer.status, body, answer.retryAfter);
  return { status: answer.status, body: body as T | undefined };
}

export interface UploadInit {
  url: string;
  headers: Record<string, string>;
  withCredentials: boolean;
  file: Blob;
  field: string;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

export interface UploadAnswer {
  status: number;
  text: string;
  contentType: string | null;
  retryAfter: string | null;
}

/** The file name sent in the part: the File's own name, else `devices.csv`. */
export function uploadFileName(file: Blob): string {
  return typeof File !== 'undefined' && file instanceof File && file.name ? file.name : 'devices.csv';
}

export function uploadWithProgress(init: UploadInit): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const { signal, onProgress, file } = init;
    if (signal?.aborted) {
      reject(abortError(signal.reason));
      return;
    }
    const form = new FormData();
    // a CSV without a type would travel as application/octet-stream
    const part = file.type ? file : new Blob([file], { type: 'text/csv' });
    form.append(init.field, part, uploadFileName(file));

    const xhr = new XMLHttpRequest();
    let settled = false;
    const cleanup = () => signal?.removeEventListener('abort', onAbort);
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
    };
    const onAbort = () => {
      xhr.abort();
      fail(abortError(signal?.reason));
    };
    const report = (loaded: number, total: number) => {
      try {
        onProgress?.({ loaded, total });
      } catch {
        // a throwing progress listener must not break the upload
      }
    };

    xhr.open('POST', init.url);
    xhr.withCredentials = init.withCredentials;
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    if (onProgress) {
      xhr.upload.addEventListener('progress', (event) => {
        report(event.loaded, event.lengthComputable ? event.total : file.size);
      });
      xhr.upload.addEventListener('load', (event) => {
        const total = event.lengthComputable ? event.total : file.size;
        report(total, total);
      });
    }
    xhr.addEventListener('load', () => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve({
        status: xhr.status,
        text: xhr.responseText,
        contentType: xhr.getResponseHeader('Content-Type'),
        retryAfter: xhr.getResponseHeader('Retry-After'),
      });
    });
    xhr.addEventListener('error', () => fail(networkError()));
    xhr.addEventListener('timeout', () => fail(networkError()));
    xhr.addEventListener('abort', () => fail(abortError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    report(0, file.size);
    xhr.send(form);
  });
}
