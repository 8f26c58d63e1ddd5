/**
 * What `<devreg-device-registration>` needs from anything it shows in its dialog
 * (the built-in wizards; slotted forms may implement it too).
 */
export interface WizardState {
  /** The dialog's accessible name ("Register devices", the extension's title…). */
  readonly heading: string;
  /** Closing would lose what the user typed or chose: the page asks first. */
  readonly hasUnsavedInput: boolean;
  /** Work is under way (an upload): the page asks before closing. */
  readonly busy: boolean;
}

// The wizards' side (the event and its notifier) lives in wizard-state.ts: the page only needs this module.

export function isWizardState(element: Element): element is Element & WizardState {
  return 'heading' in element && 'hasUnsavedInput' in element && 'busy' in element;
}
