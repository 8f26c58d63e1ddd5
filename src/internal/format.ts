/** Number formatters shared by the page, the table and the bulk wizard: one per locale, as they are costly to make. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a count in `locale`. */
export function formatNumber(locale: string, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
