// @ts-check
/**
 * Bulk CSV reading (SPEC 2.4): encoding detection (UTF-8 with/without BOM, else Windows-1252),
 * separator detection (`;`, `,` or tab) and row-by-row parsing with papaparse that keeps each
 * row's original text (Cumulocity reports failed rows by their line).
 */
import Papa from 'papaparse';

export const SEPARATORS = /** @type {const} */ ([';', ',', '\t']);

/** Windows-1252's characters for bytes 0x80–0x9F (the rest equals Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 by table: Node 20's TextDecoder('windows-1252') decodes it as Latin-1,
 * which turns e.g. 0x80 into U+0080 instead of "€".
 * @param {Uint8Array} bytes
 */
export function decodeWindows1252(bytes) {
  const parts = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const slice = bytes.subarray(start, start + CHUNK);
    const codes = new Array(slice.length);
    for (let i = 0; i < slice.length; i++) {
      const b = slice[i];
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

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
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom };
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
