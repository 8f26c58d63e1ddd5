/**
 * Multipart upload through XMLHttpRequest, because `fetch` reports no upload progress.
 * The file travels as the form field `file` (SPEC 2.3); the answer is handed back raw so the
 * request layer parses it and maps errors exactly as for fetch.
 */
import type { BulkProgress } from '../registration-adapter.js';
import { abortError, networkError } from './http.js';

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
