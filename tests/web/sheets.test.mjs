// Two people type on two action-card sheets at the same moment: each finger on its own
// on-screen keyboard (the second keyboard's keys are key:X#2), pressed in the same touch events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, tap, waitForTargets, centre, exportText, parseCsv, waitFor } from './lib.mjs';

const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

// Fingers 1 and 2 press one key each at the same moment, then both lift.
async function pressTogether(page, cdp, names) {
  const t = await waitForTargets(page, names);
  const points = names.map((n, i) => ({ ...centre(t[n]), id: i + 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points });
  await frame(page); await frame(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frame(page); await frame(page);
}

test('two action-card sheets typed at once', async () => {
  const { browser, close } = await launch();
  try {
    const { page, cdp } = await openPage(browser);
    // The size of a 55" panel, as a facilitator sets it: at the browser's own 96 DPI (a laptop)
    // the bottom's action card covers the top's button, as it would on a laptop.
    await tap(page, cdp, 'button:Grootte instellen');
    await tap(page, cdp, 'button:55 inch');
    await tap(page, cdp, 'button:Klaar');
    await tap(page, cdp, 'button:Nieuwe sessie Rondom Jong');
    await tap(page, cdp, 'button:Beginnen');  // the details sheet: defaults are fine
    await waitForTargets(page, ['button:Nieuwe actiekaart', 'button:Nieuwe actiekaart#2']);
    await pressTogether(page, cdp, ['button:Nieuwe actiekaart', 'button:Nieuwe actiekaart#2']);
    await waitForTargets(page, ['field:naam', 'field:naam#2', 'key:A', 'key:A#2']);
    await pressTogether(page, cdp, ['field:naam', 'field:naam#2']);
    const bottom = 'JANSSEN', top = 'PIETERS';
    for (let i = 0; i < bottom.length; i++) await pressTogether(page, cdp, [`key:${bottom[i]}`, `key:${top[i]}#2`]);
    await pressTogether(page, cdp, ['button:Opslaan', 'button:Opslaan#2']);
    const rows = await waitFor(async () => {
      const r = parseCsv(await exportText(page, 'actions-csv')).slice(1);
      return r.length >= 2 && r;
    }, 'two action cards in the actions CSV');
    const names = rows.map((r) => r[0].toUpperCase()).sort();
    assert.deepEqual(names, [bottom, top].sort());
  } finally {
    await close();
  }
});
