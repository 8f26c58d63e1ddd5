/** German strings of the menu area. */
export const templates = {
  'menu.button': 'Gerät registrieren',
  'menu.group.single': 'Einzelregistrierung',
  'menu.group.bulk': 'Massenregistrierung',
  'menu.single': 'Einzelgeräteregistrierung',
  'menu.bulk': 'Massenregistrierung von Geräten',
  'menu.extensions.loading': 'Weitere Registrierungsformulare werden geladen…',
  'menu.extensions.failed': 'Die von Diensten bereitgestellten Registrierungsformulare konnten nicht geladen werden. Öffnen Sie das Menü erneut, um es noch einmal zu versuchen.',
  'menu.loadFailed': 'Die Registrierungsformulare konnten nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es dann erneut.',
};
