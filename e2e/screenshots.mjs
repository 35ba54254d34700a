// Takes the screenshots in docs/screenshots/ from a real run, as a senior or a
// newcomer sees Gemeng on a 360-pixel phone: the commune's home, sign-up with an error,
// the resident's way in (a step list), the printed residence letter (a PDF from
// Chromium's print, as staff print it) and a neighbourhood's feed. Run: GEMENG_BIN=… node e2e/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { logIn, signUpByApi, startGemeng } from './lib/harness.mjs';

const out = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const gemeng = await startGemeng();
try {
  const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'pt-PT' };
  const context = await gemeng.browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(`${gemeng.base}/c/luxembourg`);
  await page.screenshot({ path: join(out, 'phone-home-pt.png') });

  await page.goto(`${gemeng.base}/c/luxembourg/signup?q=${encodeURIComponent('Avenue de la Liberté 12')}`);
  await page.locator('input[name=address_id]').first().check();
  await page.fill('#display_name', 'Maria');
  await page.fill('#full_name', 'Maria Fernandes da Silva');
  await page.fill('#email', 'maria@example.lu');
  await page.fill('#password', 'password');
  await page.check('#guidelines');
  await page.click('form[method=post] button.primary');
  await page.waitForSelector('.error-summary');
  await page.screenshot({ path: join(out, 'phone-signup-error-pt.png'), fullPage: true });

  // Sign up for real, confirm the e-mail: the account page shows the way in.
  await page.fill('#password', 'the bakery opens at seven');
  await page.click('form[method=post] button.primary');
  await page.waitForSelector('.confirmation');
  const mail = await gemeng.mailTo('maria@example.lu');
  await page.goto(mail.body.match(/http:\/\/\S+\/confirm\?token=\S+/)[0]);
  await page.click('main form button[type=submit]');
  await page.waitForURL(/\/verify/);
  await page.goto(`${gemeng.base}/c/luxembourg/me`);
  await page.screenshot({ path: join(out, 'phone-task-list-pt.png'), fullPage: true });

  // Another resident waits too; staff print the letters, as a PDF.
  await signUpByApi(gemeng.base, { email: 'jean@example.lu', name: 'Jean', address: 'Rue des Roses 3', language: 'de' });
  const office = await gemeng.browser.newContext({ locale: 'fr-LU' });
  const staff = await office.newPage();
  await logIn(staff, gemeng.base, 'admin@demo.gemeng.lu');
  await staff.goto(`${gemeng.base}/c/luxembourg/staff`);
  await staff.click('form[action$="/staff/letters"] button');
  await staff.waitForSelector('article.letter');
  await staff.emulateMedia({ media: 'print' });
  await staff.pdf({ path: join(out, 'residence-letters.pdf'), format: 'A4', printBackground: true });
  await staff.screenshot({ path: join(out, 'residence-letter.png'), clip: { x: 0, y: 0, width: 794, height: 1123 } });

  // A member's neighbourhood: the feed of the demo's Gare, on the phone.
  const ana = await gemeng.browser.newContext(phone);
  const feed = await ana.newPage();
  await logIn(feed, gemeng.base, 'ana@demo.gemeng.lu');
  await feed.goto(`${gemeng.base}/c/luxembourg/n/gare`);
  await feed.screenshot({ path: join(out, 'phone-feed-pt.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await gemeng.stop();
}
