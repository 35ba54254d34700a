// Starts what a browser journey needs: a real SMTP server (scripts/smtp-sink.py),
// the gemeng binary with the demo commune on a fresh SQLite file, and Chromium.
// Every page a journey visits goes through `check`: axe (WCAG 2.2 AA) and reflow at
// 320 CSS px in normal and larger text (WCAG 1.4.10), and with text spacing (1.4.12).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const root = resolve(import.meta.dirname, '..', '..');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function waitFor(check, what, tries = 300) {
  for (let i = 0; i < tries; i++) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startGemeng() {
  const dir = mkdtempSync(join(tmpdir(), 'gemeng-e2e-'));
  const mailDir = join(dir, 'mail');
  const smtpPort = await freePort();
  const smtp = spawn('python3', [join(root, 'scripts/smtp-sink.py'), String(smtpPort), mailDir], { stdio: 'ignore' });
  const port = await freePort();
  const binary = process.env.GEMENG_BIN ?? join(root, 'target/debug/gemeng');
  const log = [];
  const server = spawn(binary, ['demo', '--listen', `127.0.0.1:${port}`], {
    env: {
      ...process.env,
      GEMENG_DATABASE_URL: `sqlite://${join(dir, 'gemeng.db')}`,
      GEMENG_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      GEMENG_MAIL_POLL_MILLISECONDS: '100',
      // "Meet someone" pairs every two seconds instead of every minute.
      GEMENG_MEETING_ROUND_SECONDS: '2',
      GEMENG_CONFIG: join(dir, 'none.toml'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  const serverExited = new Promise((done) => server.on('exit', done));
  const smtpExited = new Promise((done) => smtp.on('exit', done));
  const stopProcesses = async () => {
    server.kill('SIGTERM');
    smtp.kill('SIGTERM');
    // Gemeng writes its SQLite files until it exits; remove them only afterwards.
    await Promise.race([Promise.all([serverExited, smtpExited]), sleep(10_000)]);
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  let browser;
  try {
    await waitFor(async () => (await fetch(`${base}/healthz`)).ok, `gemeng at ${base}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    // Leave nothing running, so the test run ends with the error instead of hanging.
    await stopProcesses();
    throw new Error(`${error.message}\n${log.join('')}`);
  }
  return {
    base,
    browser,
    log,
    /**
     * Waits for an e-mail to `to` and returns the newest one ({to, subject, body}); with
     * `subject` (a string it contains or a RegExp), the newest one whose subject matches.
     */
    async mailTo(to, subject) {
      const matches = (m) => subject === undefined
        || (subject instanceof RegExp ? subject.test(m.subject) : m.subject.includes(subject));
      return waitFor(() => {
        let files = [];
        try { files = readdirSync(mailDir).filter((f) => f.endsWith('.json')).sort(); } catch { return null; }
        const mails = files.map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')));
        return mails.reverse().find((m) => m.to.includes(to) && matches(m));
      }, `an e-mail to ${to}${subject === undefined ? '' : ` about ${subject}`}`);
    },
    /**
     * Makes the e-mails that wait in the outbox (a staff decision's, held back for the
     * ten minutes it can be undone in) due now, as if those minutes had passed: a
     * journey cannot wait that long. Writes to this run's own SQLite file only.
     */
    sendWaitingMailNow() {
      const script = 'import sqlite3, sys\n'
        + 'db = sqlite3.connect(sys.argv[1], timeout=30)\n'
        + 'db.execute("UPDATE outbox SET next_attempt_at = 0 WHERE sent_at IS NULL AND failed_at IS NULL")\n'
        + 'db.commit()\n';
      const run = spawnSync('python3', ['-c', script, join(dir, 'gemeng.db')], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`could not release waiting e-mails: ${run.stderr}`);
    },
    async stop() {
      try {
        await browser.close();
      } finally {
        await stopProcesses();
      }
    },
  };
}

/** Fails with the list of problems if axe finds any WCAG 2.2 A/AA violation. */
export async function assertAccessible(page, label) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  if (problems.length > 0) {
    throw new Error(`${label} at ${page.url()}: ${problems.length} WCAG violation(s)\n  ${problems.join('\n  ')}`);
  }
  return result.passes.length;
}

/** The narrowest width WCAG 1.4.10 asks a page to work at without sideways scrolling. */
export const REFLOW_WIDTH = 320;

/**
 * Fails if the page scrolls sideways at 320 CSS px (or `width`), in normal text and in
 * larger text.
 * Larger text is the class `large-text` on the root element, which is all the server's
 * toggle (a cookie) changes in a page; it is set here in the page as it is, so pages
 * answering a POST (an error, an import's result) are measured without posting again.
 * The page is left as it was found, in size and class.
 */
export async function assertReflows(page, label, width = REFLOW_WIDTH) {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: 640 });
  try {
    const failures = [];
    const started = await page.evaluate(() => document.documentElement.classList.contains('large-text'));
    // Normal and larger text, then larger text with the text spacing of WCAG 1.4.12
    // (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em).
    const passes = [
      { large: started, spacing: false },
      { large: !started, spacing: false },
      { large: true, spacing: true },
    ];
    for (const pass of passes) {
      const found = await page.evaluate(({ large, spacing }) => {
        const root = document.documentElement;
        root.classList.toggle('large-text', large);
        // A constructed stylesheet, not a <style> element: the pages' CSP (style-src
        // 'self') blocks inline styles, which would silently measure nothing.
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !s.wcagTextSpacing);
        if (spacing) {
          const sheet = new CSSStyleSheet();
          sheet.wcagTextSpacing = true;
          sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: .12em !important; '
            + 'word-spacing: .16em !important; } p { margin-bottom: 2em !important; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          // The spacing must be in force, or this pass proves nothing.
          if (getComputedStyle(document.body).letterSpacing === 'normal') {
            return { scroll: 0, width: 0, wide: ['the text-spacing stylesheet did not apply'] };
          }
        }
        // Text cut off by a box that hides what overflows it (1.4.12 asks for no loss).
        const clipped = [];
        if (spacing) {
          // Form fields scroll their own text, as typing needs; they lose nothing.
          for (const el of document.body.querySelectorAll('*:not(input, select, textarea)')) {
            const css = getComputedStyle(el);
            const hides = ['hidden', 'clip'].includes(css.overflowY) || ['hidden', 'clip'].includes(css.overflowX);
            if (!hides || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
            if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
              clipped.push(`${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} clips its text`);
            }
          }
        }
        // The width the page may use: the viewport without a classic scrollbar.
        const width = Math.min(window.innerWidth, root.clientWidth);
        const scroll = Math.max(root.scrollWidth, document.body.scrollWidth);
        if (scroll <= width + 1) return clipped.length ? { scroll, width, wide: clipped } : null;
        // Name the outermost elements that stick out, or hold words that do, to say
        // what to fix; what a scrolling region holds does not count.
        const scrolled = (el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          }
          return false;
        };
        const wide = [];
        const add = (el) => {
          if (!wide.some((w) => w.contains(el)) && !scrolled(el)) wide.push(el);
        };
        for (const el of document.body.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          if (box.right > width + 1 && box.width > 0) add(el);
        }
        const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.right > width + 1 && box.width > 0) add(node.parentElement);
        }
        const describe = (el) => {
          const classes = [...el.classList].map((c) => `.${c}`).join('');
          const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} (right ${Math.round(el.getBoundingClientRect().right)}px) "${text}"`;
        };
        return { scroll, width, wide: [...wide.slice(0, 8).map(describe), ...clipped] };
      }, pass);
      if (found) {
        const mode = `${pass.large ? 'larger' : 'normal'} text${pass.spacing ? ' with WCAG 1.4.12 spacing' : ''}`;
        failures.push(`${mode}: ${found.scroll}px wide in ${found.width}px\n    ${found.wide.join('\n    ')}`);
      }
    }
    await page.evaluate((large) => {
      document.documentElement.classList.toggle('large-text', large);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !s.wcagTextSpacing);
    }, started);
    if (failures.length > 0) {
      throw new Error(`${label} at ${page.url()} scrolls sideways or clips text at ${width} CSS px (WCAG 1.4.10, 1.4.12)\n  ${failures.join('\n  ')}`);
    }
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Page views checked so far in this test file, by what checked them. */
export const checked = { axe: 0, reflow: 0 };

/** The checks every page visited goes through: axe, then reflow at 320 CSS px. */
export async function check(page, label) {
  await assertAccessible(page, label);
  checked.axe += 1;
  await assertReflows(page, label);
  checked.reflow += 1;
}

/** One line for the end of a test file. */
export function checkedSummary() {
  return `axe: ${checked.axe} page views passed; reflow at ${REFLOW_WIDTH} CSS px: ${checked.reflow} page views passed (normal and larger text, and text spacing)`;
}

/** The demo accounts' password. */
export const DEMO_PASSWORD = 'gemeng-demo';

/**
 * Logs in through the log-in page (checked like every page) and resolves on the page
 * that follows it.
 */
export async function logIn(page, base, email, password = DEMO_PASSWORD) {
  await page.goto(`${base}/c/luxembourg/login`);
  await check(page, `log-in as ${email}`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/login')),
    page.click('main form button[type=submit]'),
  ]);
}

/** Chooses a language with the header's links, which come back to the same page. */
export async function chooseLanguage(page, code) {
  const here = new URL(page.url());
  await page.click(`nav.languages a[hreflang="${code}"]`);
  await page.waitForURL((url) => url.pathname === here.pathname);
  await page.waitForLoadState();
}

/**
 * Signs a resident up through the API (for journeys that need someone waiting):
 * the first address the search finds for `address`. Returns the new account.
 * The name on the letterbox is `fullName` (by default the name and "Example"), the
 * flat or floor `addressExtra` (by default none).
 */
export async function signUpByApi(base, {
  email, name, address, language, password = 'the bakery opens at seven', fullName = `${name} Example`, addressExtra = '',
}) {
  const found = await fetch(`${base}/api/v1/communes/luxembourg/addresses?q=${encodeURIComponent(address)}`);
  if (!found.ok) throw new Error(`address search: ${found.status} ${await found.text()}`);
  const [first] = await found.json();
  if (!first) throw new Error(`no address found for ${address}`);
  const response = await fetch(`${base}/api/v1/communes/luxembourg/residents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email, password, display_name: name, full_name: fullName, address_extra: addressExtra, address_id: first.id, language, accept_guidelines: true,
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up of ${email}: ${response.status} ${await response.text()}`);
  return response.json();
}
