import { msg } from '@lit/localize';

// "try again", not "reload the page" (which would lose the file chosen): browsers fetch a module
// anew after a failed fetch (whatwg/html#10327). Shared by the preview ("Upload" without the upload
// part) and the result step (the adapter's own part failed before the first chunk left).

/** Why nothing was sent: a part of the wizard or of the adapter could not be loaded. */
export function nothingSentText(): string {
  return msg('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.', {
    id: 'bulk-wizard.preview.parts-failed',
  });
}
