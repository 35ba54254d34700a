// Event days: Serge (staff, French) prepares an orientation day, a mistake first (no
// title, a day in the past: refused in his words, beside the fields), saves it as a
// draft and publishes it; Ben (Kirchberg, English) registers with his account; Rosa,
// without an account (Portuguese), asks for a place with her name and e-mail address
// and confirms it with the button behind the mailed link. Serge adds a stand with a
// leaflet (a page renamed .pdf refused first); Ben asks there and Serge's answer
// appears on his open page; in the lounge, messages (Ben's, and Sophie's, posted
// without the live script) appear live, and one Serge hides leaves Ben's page; Ben
// and Sophie ask to meet someone, are paired in German and talk in a private chat,
// live on Ben's side, by reloading on Sophie's; Serge reads the statistics. Ana finds her
// place at the demo's orientation day. Every page is checked with axe and for reflow
// at 320 CSS px.
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

async function person(email, locale) {
  const context = await gemeng.browser.newContext({ locale });
  const page = await context.newPage();
  await logIn(page, gemeng.base, email);
  return { context, page };
}

const LIST = '/c/luxembourg/events';

/** A date `days` from now, as a date field takes it. */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a day prepared, published, and places taken with and without an account', { timeout: 300_000 }, async () => {
  const serge = await person('staff@demo.gemeng.lu', 'fr-LU');
  await serge.page.goto(`${gemeng.base}${LIST}`);
  await check(serge.page, 'event days (fr)');
  await serge.page.getByRole('link', { name: 'Nouvelle journée' }).click();
  await check(serge.page, 'new event day form (fr)');
  await serge.page.fill('#date', '2020-01-01');
  await serge.page.fill('#capacity', '300');
  await serge.page.click('main form button.primary');
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'event day refused (fr)');
  const summary = await serge.page.locator('.error-summary').innerText();
  assert.match(summary, /Écrivez un titre/);
  assert.equal(await serge.page.inputValue('#capacity'), '300');
  await serge.page.fill('#title-fr', 'Salon des associations');
  await serge.page.fill('#title-en', 'Associations fair');
  await serge.page.fill('#title-pt', 'Feira das associações');
  await serge.page.fill('#date', inDays(12));
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=created/);
  await check(serge.page, 'event day draft (fr)');
  const address = new URL(serge.page.url()).pathname;
  await serge.page.getByRole('button', { name: 'Publier le programme' }).click();
  await serge.page.waitForURL(/done=published/);
  await check(serge.page, 'event day published (fr)');

  // A stand with a leaflet: a page renamed .pdf first (refused beside the field).
  await serge.page.getByRole('link', { name: 'Ajouter un stand' }).click();
  await check(serge.page, 'new stand form (fr)');
  await serge.page.fill('#organisation', 'ASTI');
  await serge.page.fill('#description-fr', 'Accueil et conseils pour les nouveaux arrivants.');
  await serge.page.fill('#description-en', 'Welcome and advice for newcomers.');
  await serge.page.setInputFiles('#documents', {
    name: 'depliant.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><p>not a pdf'),
  });
  await serge.page.click('main form button.primary');
  await serge.page.waitForSelector('.error-summary');
  await check(serge.page, 'stand refused (fr)');
  assert.match(await serge.page.locator('.error-summary').innerText(), /pas ce que dit son nom/);
  await serge.page.setInputFiles('#documents', {
    name: 'depliant.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% leaflet\n'),
  });
  await serge.page.click('main form button.primary');
  await serge.page.waitForURL(/done=stand/);
  await check(serge.page, 'stand in the hall (fr)');
  assert.match(await serge.page.locator('#hall ~ ul').first().innerText(), /depliant\.pdf/);

  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  await ben.page.goto(`${gemeng.base}${LIST}`);
  await check(ben.page, 'event days (en)');
  await ben.page.getByRole('link', { name: 'Associations fair' }).click();
  await ben.page.getByRole('button', { name: 'Register' }).click();
  await ben.page.waitForURL(/done=registered/);
  await check(ben.page, 'a place at an event day (en)');
  assert.match(await ben.page.locator('main').innerText(), /You have a place/);
  await gemeng.mailTo('ben@demo.gemeng.lu', 'You have a place: Associations fair');
  // At the stand, Ben asks; his question appears without the page loading again.
  // Serge (organising) answers from the stand's page, and the answer appears on
  // Ben's, which stays open: live, over the WebSocket.
  await ben.page.getByRole('link', { name: 'ASTI' }).click();
  const standAddress = new URL(ben.page.url()).pathname;
  await check(ben.page, 'a stand and its questions (en)');
  await ben.page.getByRole('button', { name: 'Ask' }).click();
  await ben.page.waitForSelector('.error-summary');
  await check(ben.page, 'empty question refused (en)');
  await ben.page.fill('#body', 'Do you help with the residence permit?');
  await ben.page.getByRole('button', { name: 'Ask' }).click();
  await ben.page.locator('#question-list', { hasText: 'residence permit' }).waitFor();
  // The question may arrive over the socket before the form's own answer clears it.
  await ben.page.waitForFunction(() => document.getElementById('body').value === '');
  await ben.page.locator('#live-status', { hasText: 'Live' }).waitFor();
  await check(ben.page, 'question asked, live (en)');
  const benWasAt = ben.page.url();
  await serge.page.goto(`${gemeng.base}${standAddress}`);
  await check(serge.page, 'stand questions for the organiser (fr)');
  await serge.page.getByLabel('Réponse').first().fill('Oui : venez au stand, ou écrivez-nous.');
  await serge.page.getByRole('button', { name: 'Envoyer la réponse' }).first().click();
  await ben.page.locator('#question-list', { hasText: 'venez au stand' }).waitFor();
  assert.equal(ben.page.url(), benWasAt, 'the answer came without a page load');
  await check(ben.page, 'an answer arrived live (en)');

  // The lounge: Ben says hello (an empty message first, refused), and his message
  // appears without a reload; Serge reads it. Sophie, whose browser runs no live
  // script, posts the ordinary way; her message reaches Ben's open page live;
  // Serge hides it and it leaves Ben's page.
  await ben.page.goto(`${gemeng.base}${address}`);
  await ben.page.getByRole('link', { name: 'The lounge' }).click();
  const loungeAddress = new URL(ben.page.url()).pathname;
  await check(ben.page, 'the lounge (en)');
  await ben.page.getByRole('button', { name: 'Send' }).click();
  await ben.page.waitForSelector('.error-summary');
  await check(ben.page, 'empty lounge message refused (en)');
  await ben.page.fill('#body', 'Hello! I arrived from Porto last month.');
  await ben.page.getByRole('button', { name: 'Send' }).click();
  await ben.page.locator('#messages', { hasText: 'arrived from Porto' }).waitFor();
  await ben.page.waitForFunction(() => document.getElementById('body').value === '');
  await ben.page.locator('#live-status', { hasText: 'Live' }).waitFor();
  await check(ben.page, 'a message in the lounge, live (en)');
  await serge.page.goto(`${gemeng.base}${loungeAddress}`);
  await check(serge.page, 'the lounge for the organiser (fr)');
  assert.match(await serge.page.locator('#messages').innerText(), /arrived from Porto/);

  // Her browser gets no live script (as when it fails to load), so the pages stay
  // as without JavaScript; axe still runs, being a script of the test's own.
  const sophieContext = await gemeng.browser.newContext({ locale: 'de-DE' });
  await sophieContext.route(/\/static\/live\./, (route) => route.abort());
  const sophie = await sophieContext.newPage();
  await logIn(sophie, gemeng.base, 'sophie@demo.gemeng.lu');
  await sophie.goto(`${gemeng.base}${address}`);
  await sophie.getByRole('button', { name: 'Anmelden' }).click();
  await sophie.waitForURL(/done=registered/);
  await sophie.goto(`${gemeng.base}${loungeAddress}`);
  await check(sophie, 'the lounge without JavaScript (de)');
  await sophie.fill('#body', 'Moien! Ich bin Sophie, aus Kirchberg.');
  await sophie.getByRole('button', { name: 'Senden' }).click();
  await sophie.waitForURL(/done=posted/);
  await check(sophie, 'a message in the lounge without JavaScript (de)');
  const benInLounge = ben.page.url();
  const sophiesLine = ben.page.locator('#messages article', { hasText: 'aus Kirchberg' });
  await sophiesLine.waitFor();
  assert.equal(ben.page.url(), benInLounge, 'the message came without a page load');
  await serge.page.locator('#messages article', { hasText: 'aus Kirchberg' })
    .getByRole('button', { name: 'Masquer ce message' }).click();
  await sophiesLine.waitFor({ state: 'detached' });
  await check(ben.page, 'a hidden message left the lounge live (en)');

  // "Meet someone": Sophie (no live script) asks in German and waits; Ben asks in
  // English and German; the round pairs them in German. Ben's open page is told,
  // Sophie checks by reloading. In their private chat, what Ben says appears on his
  // page live, Sophie reads it by reloading and answers the ordinary way, and her
  // answer reaches Ben's page live.
  await sophie.goto(`${gemeng.base}${loungeAddress}`);
  await check(sophie, 'meet someone, the form (de)');
  await sophie.getByRole('button', { name: 'Jemanden treffen' }).click();
  await sophie.waitForURL(/done=asked/);
  await check(sophie, 'meet someone, waiting without JavaScript (de)');
  await ben.page.goto(`${gemeng.base}${loungeAddress}`);
  await ben.page.getByLabel('Deutsch').check();
  await ben.page.getByRole('button', { name: 'Meet someone' }).click();
  await ben.page.waitForURL(/done=asked/);
  await ben.page.locator('#meet-state', { hasText: 'You are meeting Sophie' }).waitFor({ timeout: 20_000 });
  await check(ben.page, 'meet someone, paired live (en)');
  await ben.page.getByRole('link', { name: 'Open the chat' }).click();
  await check(ben.page, 'a private chat (en)');
  await ben.page.locator('#live-status', { hasText: 'Live' }).waitFor();
  await ben.page.fill('#body', 'Hallo Sophie! Ich lerne Deutsch.');
  await ben.page.getByRole('button', { name: 'Send' }).click();
  await ben.page.locator('#messages', { hasText: 'Ich lerne Deutsch' }).waitFor();
  const chatAddress = new URL(ben.page.url()).pathname;
  await sophie.getByRole('link', { name: 'Jetzt nachsehen' }).click();
  await check(sophie, 'meet someone, paired without JavaScript (de)');
  await sophie.getByRole('link', { name: 'Gespräch öffnen' }).click();
  assert.equal(new URL(sophie.url()).pathname, chatAddress);
  assert.match(await sophie.locator('#messages').innerText(), /Ich lerne Deutsch/);
  await sophie.fill('#body', 'Hallo Ben! Willkommen in Luxemburg.');
  await sophie.getByRole('button', { name: 'Senden' }).click();
  await sophie.waitForURL(/done=sent/);
  await check(sophie, 'a private chat without JavaScript (de)');
  await ben.page.locator('#messages', { hasText: 'Willkommen in Luxemburg' }).waitFor();
  await check(ben.page, 'an answer in the private chat, live (en)');
  // Nobody else reads it, the organiser included.
  const outsider = await serge.page.goto(`${gemeng.base}${chatAddress}`);
  assert.equal(outsider.status(), 404);
  // Sophie reports Ben's message (a reason forgotten first); Serge finds its words in
  // his queue, though he cannot read the chat, and closes the report.
  await sophie.locator('#messages article', { hasText: 'Ich lerne Deutsch' })
    .getByRole('link', { name: 'Melden' }).click();
  await check(sophie, 'report a private message (de)');
  await sophie.getByRole('button', { name: 'Meldung senden' }).click();
  await sophie.waitForSelector('.error-summary');
  await check(sophie, 'report refused (de)');
  await sophie.getByLabel('Werbung oder immer wieder derselbe Text').check();
  await sophie.getByRole('button', { name: 'Meldung senden' }).click();
  await sophie.waitForURL(/done=reported/);
  await check(sophie, 'report sent (de)');
  await serge.page.goto(`${gemeng.base}${address}`);
  await serge.page.getByRole('link', { name: 'Signalements de la journée' }).click();
  await check(serge.page, 'event reports (fr)');
  assert.match(await serge.page.locator('main').innerText(), /Ich lerne Deutsch/);
  await serge.page.getByRole('button', { name: 'Rien à redire' }).click();
  await serge.page.waitForURL(/done=judged/);
  await check(serge.page, 'event reports closed (fr)');
  await sophieContext.close();
  await serge.page.goto(`${gemeng.base}${address}/statistics`);
  await check(serge.page, 'event statistics (fr)');
  assert.match(await serge.page.locator('main').innerText(), /ASTI/);
  await ben.page.goto(`${gemeng.base}${address}`);

  const rosaContext = await gemeng.browser.newContext({ locale: 'pt-PT' });
  const rosa = await rosaContext.newPage();
  await rosa.goto(`${gemeng.base}${address}`);
  await check(rosa, 'event day for a guest (pt)');
  await rosa.getByRole('button', { name: 'Enviem-me o link' }).click();
  await rosa.waitForSelector('.error-summary');
  await check(rosa, 'guest form refused (pt)');
  await rosa.fill('#name', 'Rosa Almeida');
  await rosa.fill('#email', 'rosa@example.org');
  await rosa.getByRole('button', { name: 'Enviem-me o link' }).click();
  await rosa.waitForURL(/done=check/);
  await check(rosa, 'guest asked to look in the inbox (pt)');
  const mail = await gemeng.mailTo('rosa@example.org', 'Confirme o seu lugar');
  const link = mail.body.match(/https?:\/\/\S+\/events\/confirm\?t=\S+/)[0];
  await rosa.goto(link);
  await check(rosa, 'guest confirmation page (pt)');
  await rosa.getByRole('button', { name: 'Sim, confirmo o meu lugar' }).click();
  await rosa.waitForURL(/done=confirmed/);
  await check(rosa, 'guest place confirmed (pt)');
  // Her browser now holds her pass to the day: she enters the lounge and says hello.
  await rosa.getByRole('link', { name: 'O salão' }).click();
  await check(rosa, 'the lounge for a guest (pt)');
  await rosa.fill('#body', 'Olá! Sou a Rosa, cheguei há duas semanas.');
  await rosa.getByRole('button', { name: 'Enviar' }).click();
  await rosa.locator('#messages', { hasText: 'cheguei há duas semanas' }).waitFor();
  await rosa.goto(`${gemeng.base}${address}`);
  await rosa.goto(link);
  await check(rosa, 'guest link used (pt)');
  assert.match(await rosa.locator('main').innerText(), /Este link não funciona/);

  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}${LIST}`);
  await ana.page.getByRole('link', { name: 'Dia de orientação para recém-chegados' }).click();
  await check(ana.page, 'the demo orientation day (pt)');
  assert.match(await ana.page.locator('main').innerText(), /Tem um lugar/);
  await ana.page.setViewportSize({ width: 320, height: 640 });
  await ana.page.goto(`${gemeng.base}/c/luxembourg`);
  assert.match(await ana.page.locator('main').innerText(), /Dias de eventos/);
});
