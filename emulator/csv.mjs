// @ts-check
/**
 * Bulk CSV reading (SPEC 2.4): encoding detection (UTF-8 with/without BOM, else Windows-1252),
 * separator detection (`;`, `,` or tab) and row-by-row parsing with papaparse that keeps each
 * row's original text (Cumulocity reports failed rows by their line).
 */
import Papa from 'papaparse';

export const SEPARATORS = /** @type {const} */ ([';', ',', '\t']);

/**
 * @param {Buffer} buffer
 * @returns {{text: string, encoding: 'utf-8' | 'windows-1252', bom: boolean}}
 */
export function decodeCsv(buffer) {
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = bom ? buffer.subarray(3) : buffer;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom };
  }
}

/**
 * The separator used most often outside quotes in the header line (`;` wins ties).
 * @param {string} headerLine
 * @returns {(typeof SEPARATORS)[number]}
 */
export function detectSeparator(headerLine) {
  /** @type {Record<string, number>} */
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = /** @type {(typeof SEPARATORS)[number]} */ (';');
  for (const sep of SEPARATORS) if (counts[sep] > counts[best]) best = sep;
  return best;
}

/**
 * Parses CSV text: calls `onHeader` with the header cells, then `onRow` for each non-empty row
 * with its cells, its original text and its 1-based line number.
 * @param {string} input
 * @param {{onHeader: (cells: string[]) => void, onRow: (cells: string[], raw: string, line: number) => void}} handlers
 * @returns {{separator: string, rows: number}}
 */
export function parseCsv(input, { onHeader, onRow }) {
  const text = input.replace(/\r\n?/g, '\n');
  const firstBreak = text.search(/\r?\n|\r/);
  const separator = detectSeparator(firstBreak < 0 ? text : text.slice(0, firstBreak));
  let cursor = 0;
  let line = 0;
  let rows = 0;
  let headerSeen = false;
  Papa.parse(text, {
    delimiter: separator,
    quoteChar: '"',
    newline: '\n',
    skipEmptyLines: false,
    step(results) {
      const end = results.meta.cursor;
      const raw = text.slice(cursor, end).replace(/^[\r\n]+|[\r\n]+$/g, '');
      cursor = end;
      line++;
      const cells = /** @type {string[]} */ (results.data);
      if (cells.length === 0 || cells.every((c) => c.trim() === '')) return;
      if (!headerSeen) {
        headerSeen = true;
        onHeader(cells);
        return;
      }
      rows++;
      onRow(cells, raw, line);
    },
  });
  return { separator, rows };
}
