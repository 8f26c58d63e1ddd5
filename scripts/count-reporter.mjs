// A node:test reporter that counts leaf tests and writes {passed, failed, skipped} to
// DEVREG_COUNTS_FILE, so scripts/test-all.mjs can print one closing line for every suite.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // a suite that failed outside its tests (a hook, a load error) still counts as a failure
      if (event.type === 'test:fail' && event.data.details?.error?.failureType !== 'subtestsFailed') c.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) c.skipped++;
    else if (event.type === 'test:pass') c.passed++;
    else c.failed++;
  }
  if (process.env.DEVREG_COUNTS_FILE) writeFileSync(process.env.DEVREG_COUNTS_FILE, JSON.stringify(c));
  yield '';
}
