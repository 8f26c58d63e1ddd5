import type { KnownColumn } from './types.js';

/** Columns whose values are secrets: never shown, never copied into results or events. */
export const SECRET_COLUMNS: readonly KnownColumn[] = ['CREDENTIALS', 'ENROLLMENT_OTP'];

/** What a secret value is replaced with wherever it is shown or reported. */
export const SECRET_MASK = '••••';
