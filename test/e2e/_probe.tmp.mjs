import { launchChromium } from './browser.mjs';
import { addFaults, openDemo, resetEmulator, clearFaults, openSingleWizard } from './helpers.mjs';
const url = process.argv[2];
await resetEmulator(url);
const browser = await launchChromium();
const { page } = await openDemo(browser, url + '/');
await page.waitForTimeout(1000);
const dialog = await openSingleWizard(page);
await dialog.getByRole('textbox', { name: 'Device ID' }).fill('probe-x' + Date.now());
await dialog.getByRole('button', { name: 'Register', exact: true }).click();
await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
await dialog.getByRole('button', { name: 'Close', exact: true }).click();
await addFaults(url, [{ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', delayMs: 2500 }]);
await page.getByRole('button', { name: 'Reload' }).click();
for (let i = 0; i < 4; i++) {
await page.waitForTimeout(300);
console.log((await page.locator('main').ariaSnapshot()).split('\n').filter(l => /paragraph|status|alert|dialog/.test(l)).join('\n'));
}
await clearFaults(url);
await browser.close();
