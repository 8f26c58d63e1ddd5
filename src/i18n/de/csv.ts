import { str } from '@lit/localize';

/** German strings of the csv area. */
export const templates = {
  'csv.separator.semicolon': 'Semikolon (;)',
  'csv.separator.comma': 'Komma (,)',
  'csv.separator.tab': 'Tabulator',
  'csv.encoding.utf-8': 'UTF-8',
  'csv.encoding.utf-8-bom': 'UTF-8 mit Byte-Order-Mark (BOM)',
  'csv.encoding.windows-1252': 'Windows-1252 (ANSI)',
  'csv.format.simple': 'Einfach',
  'csv.format.full': 'Vollständig',
  'csv.format.simple.description':
    'Legt Registrierungsanfragen an. Jedes Gerät muss nach seiner Verbindung noch akzeptiert werden.',
  'csv.format.full.description':
    'Legt die Geräte direkt mit ihren Zugangsdaten an. Es gibt keinen Bestätigungsschritt.',
  'csv.problem.empty':
    'Die Datei ist leer. Wählen Sie eine CSV-Datei mit einer Kopfzeile und einem Gerät pro Zeile.',
  'csv.problem.binary':
    'Dies ist keine CSV-Datei: Sie enthält Binärdaten. Speichern Sie die Liste als CSV (Text) und versuchen Sie es erneut.',
  'csv.problem.utf-16':
    'Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Speichern Sie sie als „CSV UTF-8“ und wählen Sie sie erneut.',
  'csv.problem.header-only':
    'Die Datei hat eine Kopfzeile, aber keine Geräte. Fügen Sie unter der Kopfzeile ein Gerät pro Zeile hinzu.',
  'csv.problem.missing-column': str`Die Pflichtspalte ${0} fehlt in der Kopfzeile.`,
  'csv.problem.duplicate-column': str`Die Spalte ${0} kommt in der Kopfzeile mehrfach vor.`,
  'csv.problem.single-column': str`Die Kopfzeile „${0}“ wird durch das Trennzeichen ${1} nicht in Spalten geteilt. Trennen Sie die Spalten durch Semikolon, Komma oder Tabulator, oder wählen Sie ein anderes Trennzeichen.`,
  'csv.problem.unclosed-quote': str`Zeile ${0} öffnet ein doppeltes Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei kann nicht gelesen werden. Schließen oder entfernen Sie das Anführungszeichen.`,
  'csv.problem.read-failed': str`Die Datei konnte nicht gelesen werden: ${0}`,
  'csv.notice.blank-lines': str`${0} Leerzeilen wurden übersprungen.`,
  'csv.notice.trailing-separators': 'Leere Spalten am Zeilenende (überzählige Trennzeichen) wurden ignoriert.',
  'csv.notice.mixed-line-endings': str`Die Datei mischt Windows- (CRLF, ${0} Zeilen) und Unix-Zeilenenden (LF, ${1} Zeilen); beide wurden gelesen.`,
  'csv.notice.unnamed-columns': str`Spalten ohne Namen in der Kopfzeile wurden ignoriert (Spalte ${0}).`,
  'csv.row.missing-id': 'Die ID fehlt.',
  'csv.row.duplicate-id': str`Die ID ${0} kommt mehrfach vor (zuerst in Zeile ${1}).`,
  'csv.row.missing-credentials': 'CREDENTIALS ist Pflicht, außer AUTH_TYPE ist CERTIFICATES.',
  'csv.row.invalid-auth-type': str`AUTH_TYPE muss BASIC oder CERTIFICATES sein, nicht „${0}“.`,
  'csv.row.invalid-shell': str`SHELL muss 0 oder 1 sein, nicht „${0}“.`,
  'csv.row.type-name-required': str`TYPE und NAME sind Pflicht, wenn ${0} verwendet wird.`,
  'csv.row.too-long': str`${0} ist zu lang: ${1} Zeichen, höchstens ${2} erlaubt.`,
  'csv.row.too-many-fields': str`Die Zeile hat ${0} Werte, die Kopfzeile aber nur ${1} Spalten.`,
  'csv.row.bad-quotes': 'Ein Wert in Anführungszeichen ist fehlerhaft: Nach dem schließenden Anführungszeichen folgt Text.',
};
