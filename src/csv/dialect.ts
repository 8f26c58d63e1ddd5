import { CSV_SEPARATORS, type CsvSeparator } from './types.js';

/**
 * The dialect of a bulk file: its separator (`;`, `,` or tab, detected from the header
 * line, or chosen by the user) and its line endings (CRLF, LF or CR, also mixed).
 */

export function isSeparator(value: unknown): value is CsvSeparator {
  return (CSV_SEPARATORS as readonly unknown[]).includes(value);
}

/** How often each separator occurs in a line outside double quotes. */
export function countSeparators(line: string): Record<CsvSeparator, number> {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * The separator of a header line: the one that occurs most often outside quotes; on a tie the
 * earlier of `;` `,` tab (Cumulocity's own format uses `;`). Returns `;` when none occurs.
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  const counts = countSeparators(headerLine);
  let best: CsvSeparator = ';';
  for (const sep of CSV_SEPARATORS) if (counts[sep] > counts[best]) best = sep;
  return best;
}

/** Whether the header line contains any of the separators (outside quotes). */
export function hasSeparator(headerLine: string): boolean {
  const counts = countSeparators(headerLine);
  return CSV_SEPARATORS.some((s) => counts[s] > 0);
}

/** The first line of the text that is not blank, or undefined when the text has none (yet). */
export function firstNonBlankLine(text: string, complete: boolean): string | undefined {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      const rest = text.slice(start);
      return complete && rest.trim() !== '' ? rest : undefined;
    }
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
}

/**
 * Turns CRLF and lone CR into LF while text streams through, counting what it saw, so that
 * a file mixing Windows and Unix line endings splits into the right lines.
 */
export class NewlineNormalizer {
  /** Lines that ended with CRLF (or CR). */
  crlf = 0;
  /** Lines that ended with LF alone. */
  lf = 0;
  #pendingCr = false;

  /**
   * The next piece of text with its line endings normalized. With `keepCrlf`, a piece whose
   * line endings are all CRLF or LF comes back as it is (the reader then drops the CR before
   * each LF itself, which saves a copy of the text).
   */
  push(text: string, keepCrlf = false): string {
    if (this.#pendingCr) {
      text = '\r' + text;
      this.#pendingCr = false;
    }
    if (text.endsWith('\r')) {
      this.#pendingCr = true;
      text = text.slice(0, -1);
    }
    // (the counting loops live in countChar, which the engine optimizes once for every piece)
    const cr = countChar(text, '\r');
    const crlf = cr && countChar(text, '\r\n');
    this.crlf += cr;
    this.lf += countChar(text, '\n') - crlf;
    return !cr || (keepCrlf && cr === crlf) ? text : text.replace(/\r\n?/g, '\n');
  }

  /** The rest, once the input ended. */
  flush(): string {
    if (!this.#pendingCr) return '';
    this.#pendingCr = false;
    this.crlf++;
    return '\n';
  }

  /** Both kinds of line ending occurred. */
  get mixed(): boolean {
    return this.crlf > 0 && this.lf > 0;
  }
}

/** How often `ch` (a character, or CRLF) occurs in the text. */
function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Normalizes a whole text at once (small files, tests). */
export function normalizeNewlines(text: string): { text: string; crlf: number; lf: number } {
  const n = new NewlineNormalizer();
  const out = n.push(text) + n.flush();
  return { text: out, crlf: n.crlf, lf: n.lf };
}
