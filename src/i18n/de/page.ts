import { str } from '@lit/localize';

/** German strings of the page area (and its dialog). */
export const templates = {
  'page.heading': 'Geräteregistrierung',
  'page.reload': 'Neu laden',
  'page.acceptAll': 'Alle akzeptieren',
  'page.acceptAll.requiredReason':
    'Nicht verfügbar: Die Sicherheitstoken-Richtlinie verlangt, dass jedes Gerät mit seinem Token akzeptiert wird.',
  'page.acceptAll.running': 'Alle ausstehenden Anfragen werden akzeptiert…',
  'page.acceptAll.none': 'Es wurden keine Anfragen akzeptiert.',
  'page.acceptAll.one': '1 Anfrage akzeptiert.',
  'page.acceptAll.many': str`${0} Anfragen akzeptiert.`,
  'page.acceptAll.failedOne': '1 Anfrage konnte nicht akzeptiert werden:',
  'page.acceptAll.failedMany': str`${0} Anfragen konnten nicht akzeptiert werden:`,
  'page.acceptAll.noReason': 'Kein Grund angegeben.',
  'page.acceptAll.dismiss': 'Ausblenden',
  'page.acceptAll.counts': str`Alle akzeptieren: ${0} akzeptiert, ${1} nicht akzeptiert. Die Einzelheiten konnten nicht geladen werden.`,
  'page.limit.reason': 'Das Gerätelimit ist erreicht.',
  'page.limit.banner':
    'Dieser Mandant hat sein Gerätelimit erreicht. Entfernen Sie Registrierungen oder Geräte oder fordern Sie ein höheres Limit an, um weitere zu registrieren.',
  'page.limit.bannerWithLimit': str`Dieser Mandant hat sein Gerätelimit (${0}) erreicht. Entfernen Sie Registrierungen oder Geräte oder fordern Sie ein höheres Limit an, um weitere zu registrieren.`,
  'page.limit.bannerReadOnly': 'Dieser Mandant hat sein Gerätelimit erreicht: Es können keine weiteren Geräte registriert werden.',
  'page.limit.bannerReadOnlyWithLimit': str`Dieser Mandant hat sein Gerätelimit (${0}) erreicht: Es können keine weiteren Geräte registriert werden.`,
  'page.error.getPermissions': 'Ihre Berechtigungen konnten nicht geprüft werden.',
  'page.error.getSecurityTokenPolicy':
    'Die Sicherheitstoken-Richtlinie konnte nicht gelesen werden; OPTIONAL wird angenommen.',
  'page.error.getLimit': 'Das Gerätelimit konnte nicht geprüft werden.',
  'page.error.acceptAll': '„Alle akzeptieren“ ist fehlgeschlagen.',
  'page.sessionExpired':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und wählen Sie dann „Neu laden“; auf dieser Seite geht nichts verloren.',
  'page.dialog.label': 'Registrierung',
  'page.dialog.close': 'Dialog schließen',
  'page.dialog.loading': 'Wird geladen…',
  'page.dialog.loadFailed':
    'Dieses Registrierungsformular konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
  'page.dialog.tryAgain': 'Noch einmal versuchen',
  'page.dialog.discard.title': 'Änderungen verwerfen?',
  'page.dialog.discard.text': 'Was Sie in diesem Formular eingegeben oder begonnen haben, geht verloren.',
  'page.dialog.discard.busy':
    'Das Formular wurde gesendet und wartet auf die Antwort: Wenn Sie es schließen, sehen Sie das Ergebnis nicht, und die Registrierung kann trotzdem erfolgen.',
  'page.dialog.discard.keep': 'Weiter bearbeiten',
  'page.dialog.discard.confirm': 'Verwerfen',
};
