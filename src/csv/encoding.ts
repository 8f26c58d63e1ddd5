import type { CsvEncoding } from './types.js';

/**
 * Character encoding of a bulk file (SPEC 2.4): UTF-8 with or without a byte order mark
 * (Excel writes one), else Windows-1252 ("ANSI"). Decoding always goes through TextDecoder.
 */

const BOM = [0xef, 0xbb, 0xbf] as const;

/** Whether the bytes start with the UTF-8 byte order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Whether the bytes start with a UTF-16 byte order mark (Excel's "Unicode text"), which is not supported. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Whether the start of a file looks like binary data rather than text: a NUL byte, or many
 * control characters other than tab, CR, LF and form feed.
 */
export function looksBinary(sample: Uint8Array): boolean {
  const n = Math.min(sample.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.1;
}

/**
 * Follows a file chunk by chunk and tells whether it is valid UTF-8 throughout
 * (fatal streaming decoder: a sequence split between chunks is fine).
 */
export class Utf8Sniffer {
  #decoder = new TextDecoder('utf-8', { fatal: true });
  #valid = true;
  #bom: boolean | undefined;

  /** Feeds the next bytes; returns false as soon as the data is known not to be UTF-8. */
  push(bytes: Uint8Array): boolean {
    if (this.#bom === undefined && bytes.length > 0) this.#bom = hasUtf8Bom(bytes);
    if (!this.#valid) return false;
    try {
      this.#decoder.decode(bytes, { stream: true });
    } catch {
      this.#valid = false;
    }
    return this.#valid;
  }

  /** The encoding, once every byte was pushed. */
  finish(): CsvEncoding {
    if (this.#valid) {
      try {
        this.#decoder.decode();
      } catch {
        this.#valid = false; // the file ends inside a multi-byte sequence
      }
    }
    if (!this.#valid) return 'windows-1252';
    return this.#bom ? 'utf-8-bom' : 'utf-8';
  }
}

/** The encoding of a whole file held in memory (small files, tests). */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const sniffer = new Utf8Sniffer();
  sniffer.push(bytes);
  return sniffer.finish();
}

/** A streaming decoder for the encoding (the UTF-8 BOM is dropped). */
export function createDecoder(encoding: CsvEncoding): TextDecoder {
  return new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
}

/** Decodes a whole file held in memory, detecting the encoding. */
export function decodeBytes(bytes: Uint8Array, encoding: CsvEncoding = detectEncoding(bytes)): string {
  return createDecoder(encoding).decode(bytes);
}
