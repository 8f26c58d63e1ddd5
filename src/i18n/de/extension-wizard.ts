import { str } from '@lit/localize';

/** German strings of the extension-wizard area. */
export const templates = {
  'extension-wizard.answer': 'Antwort des Dienstes',
  'extension-wizard.answer-more': str`${0} weitere`,
  'extension-wizard.back': 'Zurück',
  'extension-wizard.bulk.all': 'Geräte in der Datei',
  'extension-wizard.bulk.cancel-upload': 'Hochladen abbrechen',
  'extension-wizard.bulk.cancelled':
    'Das Hochladen wurde abgebrochen. Hatte der Dienst die ganze Datei bis dahin erhalten, hat er sie möglicherweise verarbeitet: Prüfen Sie die Liste der Registrierungsanfragen, bevor Sie sie erneut hochladen.',
  'extension-wizard.bulk.choose': 'Wählen Sie eine CSV-Datei zum Hochladen.',
  'extension-wizard.bulk.created': 'Angelegt',
  'extension-wizard.bulk.done': 'Der Dienst hat die Datei verarbeitet',
  'extension-wizard.bulk.examples': 'Beispieldateien',
  'extension-wizard.bulk.failed': 'Fehlgeschlagen',
  'extension-wizard.bulk.failed-heading': 'Das Hochladen ist fehlgeschlagen',
  'extension-wizard.bulk.failed-lines': 'Fehlgeschlagene Zeilen',
  'extension-wizard.bulk.file': 'CSV-Datei',
  'extension-wizard.bulk.heading': 'CSV-Datei hochladen',
  'extension-wizard.bulk.progress': 'Fortschritt des Hochladens',
  'extension-wizard.bulk.selected': str`Ausgewählt: ${0}`,
  'extension-wizard.bulk.successful': 'Registriert',
  'extension-wizard.bulk.unknown-heading': 'Es ist nicht bekannt, ob der Dienst die Datei verarbeitet hat',
  'extension-wizard.bulk.upload': 'Hochladen',
  'extension-wizard.cancel': 'Abbrechen',
  'extension-wizard.close': 'Schließen',
  'extension-wizard.done': 'Das Gerät wurde registriert',
  'extension-wizard.failed': 'Das Gerät wurde nicht registriert',
  'extension-wizard.fix': 'Problem beheben',
  'extension-wizard.load-error': 'Das Registrierungsformular kann nicht geladen werden.',
  'extension-wizard.part-load-error':
    'Ein Teil dieses Formulars konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
  'extension-wizard.part-failed':
    'Es wurde nichts gesendet: Ein Teil dieses Formulars konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
  'extension-wizard.loading': 'Das Registrierungsformular wird geladen…',
  'extension-wizard.next': 'Weiter',
  'extension-wizard.no-pages':
    'Der Dienst hat ein Formular ohne Eingaben gesendet: Seine Registrierungs-Metadaten enthalten keine Seiten.',
  'extension-wizard.page': str`Seite ${0}`,
  'extension-wizard.reason': str`Zum Fortfahren „${0}“ prüfen: ${1}`,
  'extension-wizard.reason-more': str`(${0} weitere zu prüfen)`,
  'extension-wizard.register': 'Registrieren',
  'extension-wizard.retry': 'Erneut versuchen',
  'extension-wizard.sending': 'Wird registriert…',
  'extension-wizard.server-error': 'Der Dienst kann das Gerät gerade nicht registrieren.',
  'extension-wizard.server-error-bulk': 'Der Dienst kann die Geräte gerade nicht registrieren.',
  'extension-wizard.step': str`Schritt ${0} von ${1}: ${2}`,
  'extension-wizard.steps': 'Schritte',
  'extension-wizard.summary': 'Zusammenfassung',
  'extension-wizard.timeout':
    'Der Dienst hat nicht rechtzeitig geantwortet. Das Gerät wurde möglicherweise registriert: Prüfen Sie die Liste der Registrierungsanfragen, bevor Sie es erneut versuchen.',
  'extension-wizard.timeout-bulk':
    'Der Dienst hat nicht rechtzeitig geantwortet. Er hat die Datei möglicherweise verarbeitet: Prüfen Sie die Liste der Registrierungsanfragen, bevor Sie sie erneut hochladen.',
  'extension-wizard.try-again': 'Noch einmal versuchen',
  'extension-wizard.unknown': 'Es ist nicht bekannt, ob das Gerät registriert wurde',
  'extension-wizard.unreachable': 'Der Dienst ist nicht erreichbar.',
  'extension-wizard.unreachable-bulk-detail':
    'Falls die Verbindung erst abbrach, nachdem die Datei gesendet war, hat der Dienst sie möglicherweise verarbeitet: Prüfen Sie die Liste der Registrierungsanfragen, bevor Sie sie erneut hochladen.',
  'extension-wizard.unreachable-detail':
    'Falls die Verbindung erst abbrach, nachdem das Formular gesendet war, wurde das Gerät möglicherweise registriert: Prüfen Sie die Liste der Registrierungsanfragen, bevor Sie es erneut versuchen.',
  'extension-wizard.unsupported': 'Dieses Backend bietet keine Registrierungsformulare von Microservices an.',
};
