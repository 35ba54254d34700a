// The commune's staff pages, in two languages chosen with the header's selector: the
// admin sees who is waiting, approves one resident and refuses another, prints the
// letters and voids one, names a moderator, and imports a neighbourhood (GeoJSON) and
// addresses (CSV) through the upload forms; a file with a problem is refused with the
// list of problems. Every page is checked with axe and for reflow at 320 CSS px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, checkedSummary, chooseLanguage, logIn, signUpByApi, startGemeng } from '../lib/harness.mjs';

let gemeng;

before(async () => {
  gemeng = await startGemeng();
});

after(async () => {
  await gemeng?.stop();
  console.log(checkedSummary());
});

/** A square neighbourhood far from Luxembourg City's quartiers, so it overlaps none. */
function square(name, west, south, size = 0.01) {
  const ring = [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  });
}

const journeys = [
  {
    lang: 'fr', locale: 'fr-LU', street: 'Rue des Jardins',
    quarter: 'Quartier d’essai', west: 5.90, newStreet: 'Rue de l’Essai',
    // A register with a coordinate that is not a number, on line 3.
    badFile: { input: '#csv', name: 'adresses.csv', text: 'street,number,postcode,locality,lat,lon\nRue X,1,4501,Essai,49.505,5.905\nRue X,2,4501,Essai,nord,5.905\n' },
    problem: /Ligne 3/,
    created: /Un quartier créé/, imported: /3 adresses importées/,
  },
  {
    lang: 'en', locale: 'en-GB', street: 'Rue des Cerisiers',
    quarter: 'Test Quarter', west: 5.92, newStreet: 'Test Street',
    // A neighbourhood drawn over the Gare quartier.
    badFile: { input: '#geojson', name: 'overlap.geojson', text: square('Overlapping', 6.125, 49.597) },
    problem: /"Overlapping" and "Gare" overlap/,
    created: /One neighbourhood created/, imported: /3 addresses imported/,
  },
];

for (const j of journeys) {
  test(`staff review residents, print letters, name a moderator and import (${j.lang})`, { timeout: 240_000 }, async () => {
    const tag = j.lang.toUpperCase();
    const approved = { name: `Alda ${tag}`, email: `alda-${j.lang}@example.lu` };
    const refused = { name: `Bruno ${tag}`, email: `bruno-${j.lang}@example.lu` };
    const lettered = { name: `Carla ${tag}`, email: `carla-${j.lang}@example.lu` };
    for (const [i, r] of [approved, refused, lettered].entries()) {
      await signUpByApi(gemeng.base, { ...r, address: `${j.street} ${i + 1}`, language: j.lang });
    }

    // Two confirm their e-mail: a letter waits for one, the other may moderate once
    // approved (a member has a confirmed e-mail and a proven residence).
    for (const r of [approved, lettered]) {
      const home = await gemeng.browser.newContext({ locale: j.locale });
      const resident = await home.newPage();
      const mail = await gemeng.mailTo(r.email);
      await resident.goto(mail.body.match(/http:\/\/\S+\/confirm\?token=\S+/)[0]);
      await check(resident, `confirm e-mail (${j.lang})`);
      await resident.click('main form button[type=submit]');
      await resident.waitForURL((url) => !url.pathname.endsWith('/confirm'));
      await check(resident, `after confirming (${j.lang})`);
      await home.close();
    }

    const office = await gemeng.browser.newContext({ locale: j.locale });
    const page = await office.newPage();
    await logIn(page, gemeng.base, 'admin@demo.gemeng.lu');
    await page.waitForURL(/\/staff$/);
    // The admin's account is in Luxembourgish; the selector changes it.
    await chooseLanguage(page, j.lang);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await check(page, `staff dashboard (${j.lang})`);
    const row = (name) => page.locator('main tbody tr', { hasText: name });
    for (const r of [approved, refused, lettered]) assert.equal(await row(r.name).count(), 1, `${r.name} waits`);

    await row(approved.name).locator('button[name=decision][value=approve]').click();
    await page.waitForURL(/\?done=approved&who=\d+$/);
    assert.equal(await page.locator('main .banner[role=status]').count(), 1);
    assert.equal(await row(approved.name).count(), 0, 'the approved resident waits no more');
    await check(page, `resident approved (${j.lang})`);
    // A slip of the finger is undone from the notice, and the resident waits again;
    // then the approval is made for good.
    await page.click('main .banner form[action$="/undo"] button');
    await page.waitForURL(/\?done=undone$/);
    assert.equal(await row(approved.name).count(), 1, 'the undone approval puts the resident back');
    await check(page, `decision undone (${j.lang})`);
    await row(approved.name).locator('button[name=decision][value=approve]').click();
    await page.waitForURL(/\?done=approved&who=\d+$/);

    // Refusing asks first, on a page of its own, with the reason the resident reads.
    await row(refused.name).locator('a[href$="/refuse"]').click();
    await page.waitForURL(/\/refuse$/);
    await check(page, `refuse a residence (${j.lang})`);
    await page.fill('#reason', 'Nobody of this name lives at this address.');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\?done=refused&who=\d+$/);
    assert.equal(await row(refused.name).count(), 0, 'the refused resident waits no more');
    await check(page, `resident refused (${j.lang})`);

    await page.click('form[action$="/staff/letters"] button');
    await page.waitForSelector('article.letter');
    await check(page, `printable letters (${j.lang})`);
    const letter = page.locator('article.letter', { hasText: lettered.name });
    assert.equal(await letter.getAttribute('lang'), j.lang, 'the letter is in the resident\'s language');
    await page.click('.screen-only a[href$="/staff"]');
    await page.waitForURL(/\/staff$/);
    await check(page, `dashboard after printing (${j.lang})`);
    assert.equal(await page.locator('form[action$="/staff/letters"]').count(), 0, 'no letter waits');

    // The letter was lost: void it, and the next batch has one again.
    await row(lettered.name).locator('form[action$="/letter"] button').click();
    await page.waitForURL(/\?done=letter-voided$/);
    assert.equal(await page.locator('form[action$="/staff/letters"]').count(), 1, 'a new letter waits');
    await check(page, `letter voided (${j.lang})`);

    // Roles: the approved resident becomes her neighbourhood's moderator.
    await page.click('main nav a[href$="/staff/roles"]');
    await page.waitForURL(/\/staff\/roles$/);
    await check(page, `roles (${j.lang})`);
    const member = page.locator('main tbody tr', { hasText: approved.name });
    await member.locator('select[name=role]').selectOption('moderator');
    await member.locator('button[type=submit]').click();
    await page.waitForURL(/\/staff\/roles\?done=saved$/);
    assert.equal(await member.locator('select[name=role]').inputValue(), 'moderator');
    await check(page, `moderator named (${j.lang})`);

    // Imports: a neighbourhood, then addresses inside it.
    await page.goto(`${gemeng.base}/c/luxembourg/staff`);
    await page.click('main nav a[href$="/staff/import"]');
    await page.waitForURL(/\/staff\/import$/);
    await check(page, `import (${j.lang})`);
    await page.setInputFiles('#geojson', {
      name: 'quarter.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(square(j.quarter, j.west, 49.5)),
    });
    await page.click('form[action$="/import/neighbourhoods"] button[type=submit]');
    await page.waitForSelector('main p.notice[role=status]');
    assert.match(await page.textContent('main p.notice'), j.created);
    await check(page, `neighbourhood imported (${j.lang})`);

    const inside = [1, 2, 3].map((n) => `${j.newStreet},${n},4501,Essai,${49.5 + n / 1000},${j.west + n / 1000}`);
    await page.setInputFiles('#csv', {
      name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(`street,number,postcode,locality,lat,lon\n${inside.join('\n')}\n`),
    });
    await page.click('form[action$="/import/addresses"] button[type=submit]');
    await page.waitForSelector('main p.notice[role=status]');
    assert.match(await page.textContent('main p.notice'), j.imported);
    await check(page, `addresses imported (${j.lang})`);
    // The new addresses are found, and lie in the new neighbourhood.
    const found = await (await fetch(`${gemeng.base}/api/v1/communes/luxembourg/addresses?q=${encodeURIComponent(`${j.newStreet} 2`)}`)).json();
    assert.ok(found.length >= 1 && found[0].in_neighbourhood, 'the imported address is in a neighbourhood');

    // A file with a problem: nothing is imported and each problem is listed.
    await page.setInputFiles(j.badFile.input, { name: j.badFile.name, mimeType: 'text/plain', buffer: Buffer.from(j.badFile.text) });
    await page.click(`form:has(${j.badFile.input}) button[type=submit]`);
    await page.waitForSelector('main .error-summary[role=alert] li');
    assert.match(await page.textContent('main .error-summary ul'), j.problem);
    assert.equal(await page.locator('main p.notice').count(), 0);
    await check(page, `import refused (${j.lang})`);
    await office.close();
  });
}
