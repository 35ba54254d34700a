// Starts what a browser journey needs: a real SMTP server (scripts/smtp-sink.py),
// the gemeng binary with the demo commune on a fresh SQLite file, and Chromium.
import { spawn } from 'node:child_process';
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
    /** Waits for an e-mail to `to` and returns it ({to, subject, body}). */
    async mailTo(to) {
      return waitFor(() => {
        let files = [];
        try { files = readdirSync(mailDir).filter((f) => f.endsWith('.json')).sort(); } catch { return null; }
        const mails = files.map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')));
        return mails.reverse().find((m) => m.to.includes(to));
      }, `an e-mail to ${to}`);
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
