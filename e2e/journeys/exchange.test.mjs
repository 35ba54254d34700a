// Neighbours exchange, in four languages: Ana (Gare, Portuguese) offers to lend with a
// photo; Ben (Kirchberg, English) can neither read the post nor open its photo's URL;
// Maria (Gare's moderator, German) answers, and Ana is told by e-mail; they write to
// each other; Ben reports a commune-wide post of Ana's; Maria hides it with a reason,
// Ana is told, and Serge (staff, French) reads it in the audit log. Every page is
// checked with axe and for reflow at 320 CSS px, in larger text and with text spacing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, checkedSummary, logIn, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

async function person(email, locale, { withoutScripts = false } = {}) {
  const context = await gemeng.browser.newContext({ locale });
  // A phone whose browser never gets Gemeng's script (old, or set to block it): the
  // checks still run, the forms post and the page reloads.
  if (withoutScripts) await context.route(/\/static\/htmx\./, (route) => route.abort());
  const page = await context.newPage();
  await logIn(page, gemeng.base, email);
  return { context, page };
}

// A 2 × 2 PNG, as a phone would send a (much larger) photo.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4IacBRAwQCgAgFgQ5YebC6gAAAABJRU5ErkJggg==',
  'base64',
);

test('a photo for neighbours only, an answer told by e-mail, messages, a report and its moderation', { timeout: 300_000 }, async () => {
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/n/gare/new`);
  await ana.page.check('#kind-lend');
  await ana.page.fill('#title', 'Empresto uma escada');
  await ana.page.fill('#body', 'Uma escada de 2 metros, leve.');
  await ana.page.setInputFiles('#photos', { name: 'escada.png', mimeType: 'image/png', buffer: PHOTO });
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/\/posts\/\d+\?done=published/);
  await check(ana.page, 'published post with a photo (pt)');
  const post = ana.page.url().split('?')[0];
  const photo = await ana.page.getAttribute('ul.photos img', 'src');
  assert.match(photo, /\/c\/luxembourg\/n\/gare\/photos\/[0-9a-f]+-thumb\.jpg$/);
  const shown = await ana.page.request.get(`${gemeng.base}${photo}`);
  assert.equal(shown.status(), 200);
  assert.equal(shown.headers()['content-type'], 'image/jpeg');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/n/gare`);
  assert.equal(await ana.page.locator(`img.card-photo[src="${photo}"]`).count(), 1);
  await check(ana.page, 'feed with a thumbnail (pt)');

  // Ben, in Kirchberg: neither the post nor its photo, even with the exact URL.
  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  assert.equal((await ben.page.goto(post)).status(), 403);
  const leaked = await ben.page.request.get(`${gemeng.base}${photo}`);
  assert.equal(leaked.status(), 404);

  // Maria answers, from a browser that gets no script (the form posts and the page
  // reloads); Ana hears of it by e-mail, in Portuguese.
  const maria = await person('moderator@demo.gemeng.lu', 'de-LU', { withoutScripts: true });
  await maria.page.goto(post);
  await maria.page.fill('#body', 'Ich könnte sie am Samstag brauchen.');
  await maria.page.click('form[action$="/comments"] button[type=submit]');
  await maria.page.waitForURL(/done=commented/);
  const told = await gemeng.mailTo('ana@demo.gemeng.lu', 'Nova resposta a');
  assert.match(told.body, /Samstag/);
  assert.match(told.body, /\/unsubscribe\?t=/);

  // Maria writes to Ana from the post; Ana sees the number in her menu and answers.
  await maria.page.click('a[href*="/messages/new?to="]');
  await check(maria.page, 'new message (de)');
  await maria.page.fill('#body', 'Hallo Ana, passt dir 10 Uhr?');
  await maria.page.click('main form button.primary');
  await maria.page.waitForURL(/\/messages\/\d+\?done=sent/);
  await check(maria.page, 'conversation (de)');
  await ana.page.goto(`${gemeng.base}/c/luxembourg`);
  const count = await ana.page.textContent('nav.menu a[href$="/messages"] .count');
  assert.ok(Number.parseInt(count, 10) >= 1, `unread: ${count}`);
  await ana.page.click('nav.menu a[href$="/messages"]');
  await check(ana.page, 'inbox (pt)');
  await ana.page.click('ul.cards a:has-text("Maria")');
  await check(ana.page, 'conversation (pt)');
  await ana.page.fill('#body', 'Sim, às 10h está ótimo!');
  await ana.page.click('#reply button.primary');
  await ana.page.waitForURL(/done=sent/);
  await maria.page.reload();
  assert.match(await maria.page.textContent('main'), /às 10h está ótimo/);
  await ana.page.goto(`${gemeng.base}/c/luxembourg/me/notices`);
  await check(ana.page, 'e-mail notices (pt)');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/blocks`);
  await check(ana.page, 'blocked people (pt)');

  // A commune-wide post of Ana's, which Ben finds wrong and reports.
  await ana.page.goto(`${gemeng.base}/c/luxembourg/n/gare/new`);
  await ana.page.check('#kind-information');
  await ana.page.fill('#title', 'Bilhetes baratos para o concerto');
  await ana.page.fill('#body', 'Vendo bilhetes, escrevam-me.');
  await ana.page.check('#audience-commune');
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/done=published/);
  const id = ana.page.url().split('?')[0].split('/').pop();
  await ben.page.goto(`${gemeng.base}/c/luxembourg/n/kirchberg/posts/${id}`);
  await ben.page.click(`a[href$="/reports/new?item=post&id=${id}"]`);
  await check(ben.page, 'report form (en)');
  await ben.page.check('#reason-spam');
  await ben.page.click('main form button.primary');
  await ben.page.waitForURL(/done=reported/);
  await check(ben.page, 'report sent (en)');
  await ben.context.close();

  // Maria, who moderates Gare, hides it with a reason; Ana is told why.
  await maria.page.click('nav.menu a[href$="/moderation"]');
  await check(maria.page, 'report queue (de)');
  await maria.page.click('ul.cards a:has-text("Bilhetes baratos")');
  await check(maria.page, 'reported post (de)');
  await maria.page.check('#decision-hide');
  await maria.page.click('main form button.primary');
  await maria.page.waitForSelector('.error-summary a[href="#reason"]');
  await check(maria.page, 'decision without a reason (de)');
  await maria.page.fill('#reason', 'Regel 3: keine Verkäufe.');
  await maria.page.click('main form button.primary');
  await maria.page.waitForURL(/\/moderation\?done=hide/);
  await check(maria.page, 'report queue after the decision (de)');
  await maria.context.close();
  const hidden = await gemeng.mailTo('ana@demo.gemeng.lu', 'Um moderador escondeu');
  assert.match(hidden.body, /Regel 3: keine Verkäufe/);
  await ana.context.close();

  // Serge, staff, reads the decision in the audit log; the guidelines are public.
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}/c/luxembourg/staff/audit`);
  assert.match(await serge.page.textContent('main'), /post-hidden/);
  await check(serge.page, 'audit log (fr)');
  await serge.page.click('footer a[href$="/guidelines"]');
  await check(serge.page, 'community guidelines (fr)');
  await serge.context.close();
});
