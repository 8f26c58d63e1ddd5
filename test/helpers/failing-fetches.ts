import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Makes the test server close the connection of every module fetch whose path contains one of
 * `paths`, as a dropped connection fails it, until `restoreFetches()`. A real failed fetch, not a
 * replaced loader: it shows what the browser does with a module that failed to load once.
 */
export async function failFetches(...paths: string[]): Promise<void> {
  await executeServerCommand('fail-fetches', paths);
}

/** Answers every module fetch again. */
export async function restoreFetches(): Promise<void> {
  await executeServerCommand('fail-fetches', []);
}

/**
 * For a `describe` of such tests: silences the elements' logging of a failed load during each test,
 * and lets every fetch through again after it.
 */
export function restoreFetchesAfterEach(): void {
  let log: typeof console.error;
  beforeEach(() => {
    log = console.error;
    console.error = () => undefined;
  });
  afterEach(async () => {
    console.error = log;
    await restoreFetches();
  });
}
