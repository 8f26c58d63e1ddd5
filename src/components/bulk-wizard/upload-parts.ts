// What the bulk wizard needs only once a file is to be sent: the chunked upload, its progress and
// result steps and the "failed rows" file. Loaded on first use (see `BULK_WIZARD_PARTS`), so the
// wizard's own chunk holds only what choosing and checking a file takes.
export { ChunkedUpload } from './chunked-upload.js';
export { renderUploadStep } from './upload-step.js';
export { renderResultStep } from './result-step.js';
export { collectNotRegistered, failedRowsBlob } from './not-registered.js';
