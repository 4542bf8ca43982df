// Session files between the page and the desktop app: a session made in the page and
// downloaded passes the native `tafelgesprek check`, and a native session file picked on the
// device opens in the page with the same board as the native export says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, tap, waitForTargets, multiDrag, centre, exportText, waitFor, repo } from './lib.mjs';

const native = process.env.TAFEL_NATIVE || path.join(repo, 'build', 'tafelgesprek');

test('a session downloaded from the page passes the native check', async () => {
  assert.ok(fs.existsSync(native), `the native app is needed at ${native} (scripts/setup.sh builds it)`);
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-downloads-'));
  const { browser, close } = await launch();
  try {
    const { page, cdp } = await openPage(browser);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await tap(page, cdp, 'button:Nieuwe sessie Rondom Jong');
    await tap(page, cdp, 'button:Beginnen');  // the details sheet: defaults are fine
    const t = await waitForTargets(page, ['card:HUISARTS', 'layer:intensief']);
    await multiDrag(page, cdp, [{ from: centre(t['card:HUISARTS']), to: centre(t['layer:intensief']) }]);
    await waitFor(async () => (await exportText(page, 'board-csv')).includes('HUISARTS'), 'HUISARTS on the board');
    await tap(page, cdp, 'button:Naar beginscherm');
    const name = await waitFor(async () => Object.keys(await page.evaluate(() => window.tafel.targets()))
      .find((n) => n.startsWith('download:')), 'a download button on the start screen');
    await tap(page, cdp, name);
    const file = path.join(downloads, name.slice('download:'.length));
    await waitFor(() => fs.existsSync(file) && fs.statSync(file).size > 0, `the download ${file}`);
    const summary = execFileSync(native, ['check', file], { encoding: 'utf8' });
    assert.match(summary, /Rondom Jong .* 1 kaarten gelegd/);
    const csv = execFileSync(native, ['export', file, '--format', 'board-csv', '--out', path.join(downloads, 'bord.csv')]);
    assert.match(fs.readFileSync(path.join(downloads, 'bord.csv'), 'utf8'), /Intensieve ondersteuning;HUISARTS/);
  } finally {
    await close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
});

test('a native session file picked on the device opens in the page', async () => {
  const demo = path.join(repo, 'assets', 'demo', 'demo-rondomjong.tafel');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-native-'));
  const { browser, close } = await launch();
  try {
    execFileSync(native, ['export', demo, '--format', 'board-csv', '--out', path.join(work, 'bord.csv')]);
    const expected = fs.readFileSync(path.join(work, 'bord.csv'), 'utf8');
    const { page, cdp } = await openPage(browser);
    const [chooser] = await Promise.all([
      page.waitForFileChooser({ timeout: 20000 }),
      tap(page, cdp, 'button:Sessiebestand openen'),
    ]);
    await chooser.accept([demo]);
    const csv = await waitFor(async () => {
      const text = await exportText(page, 'board-csv');
      return text.split('\n').length > 2 && text;
    }, 'the picked session open in the page');
    assert.equal(csv, expected);
  } finally {
    await close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('the report of a session comes as a download', async () => {
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-report-'));
  const { browser, close } = await launch();
  try {
    const { page, cdp } = await openPage(browser);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await tap(page, cdp, 'button:Demo openen');
    await tap(page, cdp, 'button:Naar beginscherm');
    const name = await waitFor(async () => Object.keys(await page.evaluate(() => window.tafel.targets()))
      .find((n) => n.startsWith('verslag:')), 'a report button on the start screen');
    await tap(page, cdp, name);
    const file = await waitFor(() => fs.readdirSync(downloads).find((f) => / - verslag\.(pdf|md)$/.test(f)), 'the report download');
    const bytes = fs.readFileSync(path.join(downloads, file));
    if (file.endsWith('.pdf')) {
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      const info = execFileSync('pdfinfo', [path.join(downloads, file)], { encoding: 'utf8' });
      assert.match(info, /Pages:\s+[1-9]/);
      if (process.env.TAFEL_KEEP_REPORT) fs.copyFileSync(path.join(downloads, file), process.env.TAFEL_KEEP_REPORT);
    } else {
      assert.match(bytes.toString(), /^# /);
    }
  } finally {
    await close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
});
