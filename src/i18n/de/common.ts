import { str } from '@lit/localize';

/** German strings shared by several elements (status labels, generic errors). */
export const templates = {
  'status.WAITING_FOR_CONNECTION': 'Wartet auf Verbindung',
  'status.PENDING_ACCEPTANCE': 'Bestätigung ausstehend',
  'status.ACCEPTED': 'Akzeptiert',
  'status.BLOCKED': 'Blockiert',
  'status.WAITING_FOR_CONNECTION.description': 'Registriert; noch kein Gerät mit dieser ID hat versucht, sich zu verbinden.',
  'status.PENDING_ACCEPTANCE.description': 'Das Gerät hat sich gemeldet; ein Benutzer muss es akzeptieren, damit es seine Zugangsdaten erhält.',
  'status.ACCEPTED.description': 'Akzeptiert; das Gerät erhält seine Zugangsdaten bei seinem nächsten Aufruf.',
  'status.BLOCKED.description': 'Zu viele fehlgeschlagene Versuche; die Registrierung muss gelöscht und neu angelegt werden.',
  'status.unknown.description': str`Unbekannter Status: ${0}`,
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'error.aborted': 'Der Vorgang wurde abgebrochen.',
  'error.timeout': 'Der Server hat nicht rechtzeitig geantwortet.',
  'error.unauthorized': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'error.forbidden': 'Sie haben keine Berechtigung für diese Aktion.',
  'error.not-found': 'Die Registrierung existiert nicht mehr.',
  'error.duplicate': 'Diese Geräte-ID ist bereits registriert.',
  'error.invalid': 'Der Server hat die Eingabe abgelehnt.',
  'error.token-mismatch': 'Das Sicherheitstoken stimmt nicht mit dem des Geräts überein.',
  'error.blocked': 'Die Registrierung ist blockiert. Löschen Sie sie und registrieren Sie das Gerät erneut.',
  'error.limit-reached': 'Das Gerätelimit des Mandanten ist erreicht.',
  'error.rate-limited': 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
  'error.server': 'Auf dem Server ist ein Fehler aufgetreten.',
  'error.unknown': 'Ein unerwarteter Fehler ist aufgetreten.',
  'error.load-failed':
    'Ein Teil dieser Seite konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
};
