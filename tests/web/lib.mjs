// Helpers for the browser tests: Debian's headless Chromium through puppeteer-core (no browser
// download), the page driven only by real input (CDP touch and mouse events) at the rectangles
// that window.tafel.targets() reports. The app's logic is never called from here; exportText
// only reads what the open session holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const singleFile = path.join(repo, 'dist/tafelgesprek.html');
export const singleUrl = pathToFileURL(singleFile).href;
export const chromiumPath = process.env.TAFEL_CHROMIUM || '/usr/bin/chromium';

export async function launch({ downloads } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tafel-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--allow-file-access-from-files', '--enable-unsafe-swiftshader'],
  });
  const close = async () => {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { browser, profile, close };
}

// Opens the page and waits for its first frame. Returns { page, cdp }.
export async function openPage(browser, url = singleUrl) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !!(window.tafel && window.tafel.ready), { timeout: 60000 });
  await page.evaluate(() => window.tafel.ready);
  const cdp = await page.createCDPSession();
  return { page, cdp, errors };
}

export const targets = (page) => page.evaluate(() => window.tafel.targets());
export const exportText = (page, format) => page.evaluate((f) => window.tafel.exportText(f), format);

// Waits until every named target is on screen; returns their rectangles.
export async function waitForTargets(page, names, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const t = await targets(page);
    if (names.every((n) => t[n])) return t;
    if (Date.now() > end) {
      throw new Error(`targets not on screen: ${names.filter((n) => !t[n]).join(', ')}; on screen: ${Object.keys(t).slice(0, 60).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitFor(fn, what, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const centre = (r) => ({ x: r[0] + r[2] / 2, y: r[1] + r[3] / 2 });
const frame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

// A finger taps the named target (touchStart, a few frames, touchEnd).
export async function tap(page, cdp, name, id = 1) {
  const t = await waitForTargets(page, [name]);
  const p = centre(t[name]);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...p, id }] });
  await frame(page); await frame(page); await frame(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frame(page); await frame(page);
}

// Several fingers at once: each path is {from:{x,y}, to:{x,y}}; all move together in `steps`.
export async function multiDrag(page, cdp, paths, steps = 12, { holdAtEnd } = {}) {
  const at = (f) => paths.map((p, i) => ({ x: p.from.x + (p.to.x - p.from.x) * f, y: p.from.y + (p.to.y - p.from.y) * f, id: i + 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  await frame(page); await frame(page);
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await frame(page);
  }
  await frame(page); await frame(page);
  if (holdAtEnd) await holdAtEnd();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frame(page); await frame(page);
}

// Types text on an on-screen keyboard by tapping its keys (key:A … key:Spatie), with finger `id`.
export async function typeOnKeys(page, cdp, text, suffix = '', id = 1) {
  for (const ch of text) {
    const name = ch === ' ' ? 'key:Spatie' : `key:${ch.toUpperCase()}`;
    await tap(page, cdp, name + suffix, id);
  }
}

export async function screenshot(page, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

export function parseCsv(text) {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length).map((l) => {
    const cells = []; let cur = ''; let q = false;
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      if (q) { if (c === '"' && l[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
      else if (c === '"') q = true; else if (c === ',' || c === ';') { cells.push(cur); cur = ''; } else cur += c;
    }
    cells.push(cur);
    return cells;
  });
}
