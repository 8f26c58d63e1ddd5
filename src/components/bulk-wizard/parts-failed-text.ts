import { msg } from '@lit/localize';

// "reload the page", not "try again": Chromium keeps a failed import() for the page's life
// (whatwg/html#6768). Shared by the preview ("Upload" without the upload part) and the result
// step (the adapter's own part failed before the first chunk left).

/** Why nothing was sent: a part of the wizard or of the adapter could not be loaded. */
export function nothingSentText(): string {
  return msg('Nothing was sent: part of this form could not be loaded. Check the connection, then reload the page in the browser.', {
    id: 'bulk-wizard.preview.parts-failed',
  });
}
