// The Rondom Jong board in the single-file page from file://: three people drag three cards
// into three layers at the same moment (three CDP touch points moving together), the board CSV
// says so, and after a reload the session is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage, tap, waitForTargets, multiDrag, centre, exportText, parseCsv, screenshot, waitFor, repo } from './lib.mjs';

const shots = process.env.TAFEL_WEB_SHOTS || path.join(repo, 'build-web', 'screenshots');
const moves = [
  ['card:MENTOR', 'layer:fundament', 'Het fundament'],
  ['card:DOCENT', 'layer:basis', 'Sterke basis'],
  ['card:CJG-MEDEWERKER', 'layer:extra', 'Extra ondersteuning'],
];

function layersOf(csv) {
  const rows = parseCsv(csv);
  const byCard = {};
  for (const [layer, card] of rows.slice(1)) byCard[card] = layer;
  return byCard;
}

test('three fingers lay three cards in three layers at once; a reload keeps the session', async () => {
  const { browser, close } = await launch();
  try {
    let { page, cdp, errors } = await openPage(browser);
    const firstFrameMs = await page.evaluate(() => window.tafel.firstFrameMs);
    console.log(`# eerste frame na ${firstFrameMs.toFixed(0)} ms (file://, headless Chromium)`);
    await tap(page, cdp, 'button:Nieuwe sessie Rondom Jong');
    await tap(page, cdp, 'button:Beginnen');  // the details sheet: defaults are fine
    const names = moves.flatMap(([card, layer]) => [card, layer]);
    const t = await waitForTargets(page, names);
    const paths = moves.map(([card, layer]) => ({ from: centre(t[card]), to: centre(t[layer]) }));
    await multiDrag(page, cdp, paths, 15, {
      holdAtEnd: () => screenshot(page, path.join(shots, 'board-three-fingers.png')),
    });
    const placed = await waitFor(async () => {
      const l = layersOf(await exportText(page, 'board-csv'));
      return moves.every(([card, , name]) => l[card.slice(5)] === name) && l;
    }, 'the three cards in the board CSV');
    for (const [card, , name] of moves) assert.equal(placed[card.slice(5)], name);
    assert.deepEqual(errors, []);

    // Everything saved is in the browser's storage: reload, open the session from the list.
    await page.evaluate(() => window.tafel.saved());
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => !!(window.tafel && window.tafel.ready));
    await page.evaluate(() => window.tafel.ready);
    cdp = await page.createCDPSession();
    const listed = await waitFor(async () => Object.keys(await page.evaluate(() => window.tafel.targets()))
      .find((n) => n.startsWith('option:') && n.endsWith('.tafel')), 'a saved session on the start screen');
    await tap(page, cdp, listed);
    const again = await waitFor(async () => {
      const l = layersOf(await exportText(page, 'board-csv'));
      return moves.every(([card, , name]) => l[card.slice(5)] === name) && l;
    }, 'the three cards after the reload');
    for (const [card, , name] of moves) assert.equal(again[card.slice(5)], name);
  } finally {
    await close();
  }
});
