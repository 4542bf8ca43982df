// The review screens in the page, driven only by touch at window.tafel.targets() rectangles:
// Verslag maken downloads the pdf (DejaVu Sans, as on the desktop) and Sessie als bestand the
// session file; two sessions picked on the device are compared on screen; a follow-up marks an
// action done and is still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, tap, waitForTargets, exportText, parseCsv, typeOnKeys, waitFor, screenshot, repo } from './lib.mjs';

const native = process.env.TAFEL_NATIVE || path.join(repo, 'build', 'tafelgesprek');
const demo = path.join(repo, 'assets', 'demo', 'demo-rondomjong.tafel');
const later = path.join(repo, 'tests', 'fixtures', 'rondomjong-baken-2027.tafel');
const keep = process.env.TAFEL_WEB_SHOTS || path.join(repo, 'build-web', 'screenshots');

// A finished download in `dir` whose name matches `pattern` (Chromium writes .crdownload first).
const downloaded = (dir, pattern) => waitFor(() => {
  const f = fs.readdirSync(dir).find((n) => pattern.test(n));
  return f && fs.statSync(path.join(dir, f)).size > 0 && f;
}, `a download matching ${pattern}`);

// Picks `file` on the device through the start screen's Sessiebestand openen; it opens in review.
async function pickSession(page, cdp, file) {
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 20000 }),
    tap(page, cdp, 'button:Sessiebestand openen'),
  ]);
  await chooser.accept([file]);
  await waitForTargets(page, ['button:Actieplan']);
}

test('Verslag maken on the review screen downloads the pdf in DejaVu Sans; Sessie als bestand the session', async () => {
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-review-'));
  const { browser, close } = await launch();
  try {
    const { page, cdp, errors } = await openPage(browser);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await pickSession(page, cdp, demo);
    await tap(page, cdp, 'button:Verslag maken');
    const pdf = await downloaded(downloads, /\.pdf$/);
    await screenshot(page, path.join(keep, 'review-download.png'));
    // The clear name of the desktop's Verslagen folder: title (with the school), date, what.
    assert.match(pdf, /^Rondom Jong – Het Baken College - .* - verslag\.pdf$/);
    const file = path.join(downloads, pdf);
    fs.mkdirSync(keep, { recursive: true });
    fs.copyFileSync(file, path.join(keep, 'verslag-browser.pdf'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.match(text, /Rondom Jong · verslag van de bijeenkomst/);
    assert.match(text, /Rondom Jong – Het Baken College/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /\+DejaVuSans\s/);
    assert.match(fonts, /\+DejaVuSans-Bold\s/);
    assert.doesNotMatch(fonts, /Twin|Type 3/i);

    await tap(page, cdp, 'button:Sessie als bestand');
    const session = await downloaded(downloads, /\.tafel$/);
    const summary = execFileSync(native, ['check', path.join(downloads, session)], { encoding: 'utf8' });
    assert.match(summary, /Rondom Jong/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
});

test('two sessions picked on the device are compared on screen', async () => {
  const { browser, close } = await launch();
  try {
    const { page, cdp, errors } = await openPage(browser);
    await pickSession(page, cdp, demo);
    await tap(page, cdp, 'button:Naar beginscherm');
    await pickSession(page, cdp, later);
    await tap(page, cdp, 'button:Naar beginscherm');
    await tap(page, cdp, 'button:Twee sessies vergelijken');
    // The later one first: the dates, not the order of tapping, say which is earlier.
    await tap(page, cdp, 'option:sessie-rondomjong-baken-2027');
    await tap(page, cdp, 'option:sessie-demo-rondomjong');
    await tap(page, cdp, 'button:Vergelijken');
    const t = await waitForTargets(page, [
      'text:Eerder: Rondom Jong – Het Baken College',
      'text:Later: Rondom Jong – Het Baken College, een jaar later',
      'partij:intensief:weg:SAMENWERKINGSVERBAND',
      'partij:extra:nu-betrokken:POH-GGZ',
      'partij:basis:nu-betrokken:BUURTSPORTCOACH',
    ]);
    // Actions of the earlier session with their fate (the list scrolls: the first ones are on screen).
    const fate = (name) => Object.keys(t).find((n) => n.startsWith(`text:${name}: bij de bijeenkomst`));
    assert.match(fate('Ruud Hendriksen') || '', /^text:Ruud Hendriksen: bij de bijeenkomst bezig → /);
    assert.equal(fate('Marloes Verbeek'), 'text:Marloes Verbeek: bij de bijeenkomst open → niet meer in de latere sessie');
    await tap(page, cdp, 'button:Andere sessies kiezen');
    await waitForTargets(page, ['button:Vergelijken']);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a follow-up on an action is recorded and saved in the browser', async () => {
  const { browser, close } = await launch();
  try {
    let { page, cdp, errors } = await openPage(browser);
    await pickSession(page, cdp, demo);
    await tap(page, cdp, 'button:Actieplan');
    await tap(page, cdp, 'button:Opvolging starten');
    await waitForTargets(page, ['field:datum', 'key:Wissen']);
    for (let i = 0; i < 10; i++) await tap(page, cdp, 'key:Wissen');
    await typeOnKeys(page, cdp, '15-03-2027');
    await tap(page, cdp, 'button:Opslaan');
    await tap(page, cdp, 'button:Afgerond 1');
    // Naam first, Afgerond op and Status last (the action's text may hold a comma).
    const ruud = (csv) => parseCsv(csv).find((row) => row[0] === 'Ruud Hendriksen');
    const row = await waitFor(async () => {
      const r = ruud(await exportText(page, 'actions-csv'));
      return r && r.at(-1) === 'afgerond' && r;
    }, 'Ruud Hendriksen afgerond in actions-csv');
    assert.equal(row.at(-2), '15-03-2027');
    await tap(page, cdp, 'button:Opvolging klaar');
    await waitForTargets(page, ['button:Opvolging voortzetten']);

    // Saved: after a reload the picked session, opened from the list, still has it.
    await page.evaluate(() => window.tafel.saved());
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => !!(window.tafel && window.tafel.ready));
    await page.evaluate(() => window.tafel.ready);
    cdp = await page.createCDPSession();
    await tap(page, cdp, 'option:demo-rondomjong.tafel');
    const again = await waitFor(async () => ruud(await exportText(page, 'actions-csv')), 'the session after the reload');
    assert.equal(again.at(-1), 'afgerond');
    assert.equal(again.at(-2), '15-03-2027');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
