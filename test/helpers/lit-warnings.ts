// Imported by every browser test file: a root-level hook that fails the test during which
// Lit's dev build printed a warning (collected by the page set up in web-test-runner.config.mjs).
declare global {
  interface Window {
    __litWarnings?: string[];
  }
}

afterEach(function failOnLitWarnings() {
  const warnings = window.__litWarnings?.splice(0) ?? [];
  if (warnings.length) {
    throw new Error(`Lit dev-mode warning(s) during this test:\n${warnings.join('\n')}`);
  }
});

export {};
