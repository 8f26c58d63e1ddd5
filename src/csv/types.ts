/**
 * The data the CSV worker sends to the main thread. Problems and row errors are codes with
 * parameters, not sentences: `messages.ts` turns them into the user's language on the main thread.
 */

/** How the file was decoded. */
export const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** The separators a bulk file may use (SPEC 2.4). */
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** Simple (`ID;PATH`, requests still need accepting) or full (devices created with credentials). */
export const CSV_FORMATS = ['simple', 'full'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** The columns Cumulocity's bulk registration knows (upper case). */
export const KNOWN_COLUMNS = [
  'ID', 'CREDENTIALS', 'AUTH_TYPE', 'TENANT', 'TYPE', 'NAME', 'ICCID', 'IDTYPE', 'PATH', 'SHELL', 'ENROLLMENT_OTP',
] as const;
export type KnownColumn = (typeof KNOWN_COLUMNS)[number];

/** One named column of the header. */
export interface CsvColumn {
  /** The name as written in the file (trimmed). */
  name: string;
  /** Upper-cased name, used for matching. */
  key: string;
  /** Position of the column in the file's lines (0-based). */
  sourceIndex: number;
  /** `known`: a Cumulocity column; `external`: `external-<type>`; `custom`: a custom property. */
  kind: 'known' | 'external' | 'custom';
}

export interface CsvHeader {
  columns: CsvColumn[];
  format: CsvFormat;
  /** Index into `columns` of each known column present. */
  index: Partial<Record<KnownColumn, number>>;
  /** Names of the columns that become custom properties. */
  customProperties: string[];
  /** 1-based positions of header cells without a name (their values are ignored). */
  unnamedColumns: number[];
  /** The header ended with one or more empty cells (trailing separators). */
  trailingSeparators: boolean;
  /** Number of header cells up to the last named one: cells beyond it must be empty. */
  width: number;
}

/** Why a row cannot be registered. */
export type RowError =
  | { code: 'missing-id' }
  | { code: 'duplicate-id'; id: string; firstLine: number }
  | { code: 'missing-credentials' }
  | { code: 'invalid-auth-type'; value: string }
  | { code: 'invalid-shell'; value: string }
  | { code: 'type-name-required'; columns: string[] }
  | { code: 'too-long'; column: string; length: number; max: number }
  | { code: 'too-many-fields'; count: number; expected: number }
  | { code: 'bad-quotes' };

/** One device line of the file. */
export interface CsvRow {
  /** 1-based line number in the original file where the row starts. */
  line: number;
  /** Values aligned with `CsvHeader.columns` (trimmed). */
  values: string[];
  /** Present (non-empty) only for invalid rows. */
  errors?: RowError[];
}

/** A problem that stops reading the file. */
export type CsvProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'utf-16' }
  | { code: 'header-only' }
  | { code: 'missing-column'; column: string }
  | { code: 'duplicate-column'; column: string }
  | { code: 'single-column'; header: string; separator: CsvSeparator }
  | { code: 'unclosed-quote'; line: number }
  | { code: 'read-failed'; message: string };

/** Something the user should know about a file that could still be read. */
export type CsvNotice =
  | { code: 'blank-lines'; count: number }
  | { code: 'trailing-separators' }
  | { code: 'mixed-line-endings'; crlf: number; lf: number }
  | { code: 'unnamed-columns'; positions: number[] };

/** What reading a file found out, before (and besides) the rows. */
export interface CsvFileInfo {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** Whether `separator` was detected (false: the caller's override). */
  separatorDetected: boolean;
  header: CsvHeader;
}

/** The outcome of reading a whole file. */
export interface CsvParseResult {
  info?: CsvFileInfo;
  /** The separator the file was read with (also when it could not be used). */
  separator?: CsvSeparator;
  /** Set when the file cannot be used; `rows` is then empty. */
  problem?: CsvProblem;
  notices: CsvNotice[];
  rows: CsvRow[];
  validCount: number;
  invalidCount: number;
}

/** A request to the CSV worker. */
export interface ParseJob {
  type: 'parse';
  file: Blob;
  /** Use this separator instead of detecting one. */
  separator?: CsvSeparator;
  /** Rows per `rows` message (default 16384). */
  batchSize?: number;
}

/** What the CSV worker posts back, in this order: progress…, info, rows…, done. */
export type WorkerMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rows: number }
  | { type: 'info'; info: CsvFileInfo }
  | {
      /**
       * A batch of `count` rows, compact (two strings and typed arrays, which are handed over,
       * not copied, unlike many small objects): row r starts at line `lines[r]`; its value k is
       * `text.slice(starts[i], ends[i])` with i = r * width + k, or, where `starts[i]` is 2^31
       * or more, `extra.slice(starts[i] - 2^31, ends[i] - 2^31)`; `hashes[r]` is a hash of row
       * r's ID (30 bits; equal IDs have equal hashes); `errors` lists the invalid rows of the
       * batch as [r, errors].
       */
      type: 'rows';
      count: number;
      width: number;
      lines: Uint32Array;
      hashes: Int32Array;
      text: string;
      extra: string;
      starts: Uint32Array;
      ends: Uint32Array;
      errors: [number, RowError[]][];
    }
  /** The file turned out not to be UTF-8: forget the rows so far, it is read again from the start. */
  | { type: 'restart' }
  | {
      type: 'done';
      problem?: CsvProblem;
      separator?: CsvSeparator;
      notices: CsvNotice[];
      validCount: number;
      invalidCount: number;
    };
