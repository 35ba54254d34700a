// Neighbourhood life, in two languages: Ana (Gare, Portuguese) reads her neighbourhood's
// feed of demo posts, filters it, writes a lend offer (the form first refuses an empty
// title), Ben (Kirchberg, English) cannot open it, Maria (Gare's moderator, German)
// answers and thanks, and Ana sees both. Every page is checked with axe and for reflow
// at 320 CSS px, in larger text and with text spacing.
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

test('a neighbour offers to lend, a stranger cannot see it, a neighbour answers and thanks', { timeout: 240_000 }, async () => {
  const ana = await person('ana@demo.gemeng.lu', 'pt-PT');
  await ana.page.goto(`${gemeng.base}/c/luxembourg/n/gare`);
  await check(ana.page, 'Gare feed (pt)');
  // The demo neighbours' posts are there, newest first, each a card.
  assert.ok(await ana.page.locator('ul.cards li.card').count() >= 5);
  // The filter is one line until opened.
  await ana.page.click('details.filters summary');
  await ana.page.click('.filters nav a[href$="?kind=lend"]');
  assert.match(await ana.page.textContent('details.filters summary'), /Posso emprestar um objeto/);
  await check(ana.page, 'Gare feed, lend offers (pt)');
  for (const tag of await ana.page.locator('ul.cards .card-kind .tag-info').allTextContents()) {
    assert.equal(tag.trim(), 'Posso emprestar um objeto');
  }

  await ana.page.click('main a[href$="/n/gare/new"]');
  await check(ana.page, 'new post form (pt)');
  await ana.page.check('#kind-lend');
  await ana.page.fill('#body', 'Um carrinho de compras com rodas, para quem precisar.');
  await ana.page.click('main form button.primary');
  // The summary names the missing title and links to it; the text typed is kept.
  await ana.page.waitForSelector('.error-summary a[href="#title"]');
  assert.match(await ana.page.inputValue('#body'), /carrinho de compras/);
  await check(ana.page, 'new post with an error (pt)');
  await ana.page.fill('#title', 'Empresto um carrinho de compras');
  await ana.page.click('main form button.primary');
  await ana.page.waitForURL(/\/posts\/\d+\?done=published/);
  await check(ana.page, 'published post (pt)');
  const url = ana.page.url().split('?')[0];
  const id = url.split('/').pop();

  // Ben lives in Kirchberg: the post is not his to read, by either address.
  const ben = await person('ben@demo.gemeng.lu', 'en-GB');
  const direct = await ben.page.goto(url);
  assert.equal(direct.status(), 403);
  await check(ben.page, 'another neighbourhood\'s post (en)');
  const guessed = await ben.page.goto(`${gemeng.base}/c/luxembourg/n/kirchberg/posts/${id}`);
  assert.equal(guessed.status(), 404);
  assert.equal(await ben.page.locator('text=carrinho').count(), 0);
  await ben.context.close();

  // Maria, Gare's moderator, answers in German and says thank you. Her browser runs
  // JavaScript, so both happen in place (htmx): the page is never reloaded.
  const maria = await person('moderator@demo.gemeng.lu', 'de-LU');
  await maria.page.goto(url);
  await check(maria.page, 'a neighbour\'s post (de)');
  await maria.page.waitForFunction(() => window.htmx !== undefined);
  await maria.page.evaluate(() => { window.samePage = true; });
  // An empty answer: the form comes back in place with its error, linked from a summary.
  await maria.page.fill('#body', '   ');
  await maria.page.click('form[action$="/comments"] button[type=submit]');
  await maria.page.waitForSelector('#post-live .error-summary a[href="#body"]');
  await check(maria.page, 'empty answer refused in place (de)');
  await maria.page.fill('#body', 'Danke, Ana! Ich bräuchte ihn am Freitag.');
  await maria.page.click('form[action$="/comments"] button[type=submit]');
  await maria.page.waitForSelector('#post-live .comment >> text=Ich bräuchte ihn am Freitag');
  await maria.page.waitForSelector('#post-live .banner-success');
  assert.equal(await maria.page.inputValue('#body'), '', 'a fresh form for the next answer');
  assert.equal(await maria.page.locator('#post-live .error-summary').count(), 0);
  await check(maria.page, 'answer published in place (de)');
  await maria.page.click('form[action$="/thanks"] button[type=submit]');
  await maria.page.waitForSelector('form[action$="/thanks"]', { state: 'detached' });
  assert.match(await maria.page.textContent('#post-live .banner-success'), /Ihr Dankeschön ist angekommen/);
  assert.match(await maria.page.textContent('#post-live .post'), /Ein Dankeschön/);
  assert.equal(await maria.page.evaluate(() => window.samePage), true, 'never reloaded');
  assert.equal(new URL(maria.page.url()).search, '', 'the address is the post\'s own');
  await check(maria.page, 'thanked in place (de)');
  await maria.context.close();

  await ana.page.goto(url);
  assert.equal(await ana.page.locator('.comment', { hasText: 'Ich bräuchte ihn am Freitag' }).count(), 1);
  assert.match(await ana.page.textContent('main'), /Um obrigado/);
  await ana.page.click('form[action$="/done"] button[type=submit]');
  await ana.page.waitForURL(/done=marked-done/);
  await check(ana.page, 'post marked done (pt)');
  await ana.context.close();
});
