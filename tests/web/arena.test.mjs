// An effectenarena walk in the page: a new session, its preparation closed, the programme
// walked with Volgende stap to the first break-out, an answer card typed on the on-screen
// keyboard and saved; the arena CSV holds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, tap, targets, waitForTargets, exportText, parseCsv, screenshot, waitFor, typeOnKeys, repo } from './lib.mjs';

const shots = process.env.TAFEL_WEB_SHOTS || path.join(repo, 'build-web', 'screenshots');

test('an effectenarena walk to a break-out and an answer card', async () => {
  const { browser, close } = await launch();
  try {
    const { page, cdp } = await openPage(browser);
    await tap(page, cdp, 'button:Nieuwe sessie Effectenarena');
    await tap(page, cdp, 'button:Beginnen');  // the details sheet: defaults are fine
    await tap(page, cdp, 'button:Klaar');
    await waitForTargets(page, ['button:Volgende stap']);
    await screenshot(page, path.join(shots, 'effectenarena-step.png'));
    let steps = 0;
    while (!(await targets(page))['button:Nieuw antwoord']) {
      assert.ok(steps++ < 12, 'no break-out with Nieuw antwoord within 12 steps');
      await tap(page, cdp, 'button:Volgende stap');
    }
    await screenshot(page, path.join(shots, 'effectenarena-breakout.png'));
    await tap(page, cdp, 'button:Nieuw antwoord');
    await waitForTargets(page, ['field:antwoord', 'key:A']);
    await tap(page, cdp, 'field:antwoord');
    await typeOnKeys(page, cdp, 'SAMEN SPORTEN');
    const t = await targets(page);
    if (t['option:vraag1']) await tap(page, cdp, 'option:vraag1');
    if (t['option:School']) await tap(page, cdp, 'option:School');
    await tap(page, cdp, 'button:Opslaan');
    const rows = await waitFor(async () => {
      const r = parseCsv(await exportText(page, 'arena-csv'));
      return r.length >= 2 && r;
    }, 'the answer card in the arena CSV');
    assert.ok(rows.slice(1).some((r) => r.some((cell) => cell.toUpperCase() === 'SAMEN SPORTEN')), JSON.stringify(rows));
  } finally {
    await close();
  }
});
