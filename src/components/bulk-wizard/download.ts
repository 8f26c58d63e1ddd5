/** Offers a Blob as a file download through a temporary object URL. */
export function downloadBlob(blob: Blob, fileName: string, host: Element): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  (host.shadowRoot ?? host).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
