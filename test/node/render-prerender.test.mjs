// A prerendered box (renderBox's `prerender` format, from the built dist/render.js) on a story page whose
// script arrives a second late: the box is on screen, styled, before the script; the element takes it
// over with no layout shift (CLS from a PerformanceObserver of layout-shift, buffered from the start, and,
// since CLS ignores nodes that are new, every element of the box in the same place and size); the live
// shadow DOM is the prerendered one node for node, bar the status words; nothing is fetched twice;
// a strict CSP page links the stylesheet and sees no violation. Run by `npm test` after the build.
/* global Node, customElements, getComputedStyle -- these run in the page, through tab.evaluate */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { renderBox } from '../../dist/render.js';
import { article, layoutShift, servePages, STRICT_CSP, watchLayoutShift } from '../render/pages.mjs';

// Monday 10:00 in London: every line with hours is open, so the live order is the directory's.
const MONDAY_10AM_UK = '2026-11-30T10:00:00Z';
// Saturday 03:00 in London: the NSPCC's phone is closed, so it moves after Stop It Now and Childline.
const SATURDAY_3AM_UK = '2026-12-05T03:00:00Z';
const SEED = { topic: 'child-sexual-abuse', region: 'GB-ENG' };
const LATE_SCRIPT = '<script src="/slow/dist/helpline-box.iife.js" defer></script>';

const inline = (await renderBox({ ...SEED, format: 'prerender' })).output;
const linked = (await renderBox({ ...SEED, format: 'prerender', stylesheet: '/dist/helpline-box.css' })).output;
const asOf3am = (await renderBox({ ...SEED, format: 'prerender', stylesheet: '/dist/helpline-box.css', at: SATURDAY_3AM_UK })).output;
const compact = (await renderBox({ topic: 'suicide', region: 'GB-SCT', variant: 'compact', headingLevel: 3, format: 'prerender', stylesheet: '/dist/helpline-box.css' })).output;

const PAGES = {
  '/inline.html': { body: article(inline, { tail: LATE_SCRIPT }) },
  '/strict.html': { body: article(linked + compact, { tail: LATE_SCRIPT }), csp: STRICT_CSP },
  '/as-of.html': { body: article(asOf3am, { tail: LATE_SCRIPT }), csp: STRICT_CSP },
  '/no-script.html': { body: article(linked), csp: STRICT_CSP },
};

let browser;
let site;

before(async () => {
  site = await servePages(PAGES, { delayMs: 1000 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** Every box's shadow DOM as [tag, attributes, text] rows, without the stylesheet; status words as "*". */
const shadowShape = () =>
  [...document.querySelectorAll('helpline-box')].map((box) => {
    const rows = [];
    const walk = (node, depth) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const text = child.textContent.replace(/\s+/g, ' ').trim();
          if (text) rows.push([depth, '#text', child.parentElement?.closest('.status') ? '*' : text]);
        } else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'LINK'].includes(child.tagName)) {
          const attrs = [...child.attributes].filter((a) => a.name !== 'data-prerendered' && !(a.name === 'data-status' && child.classList.contains('status'))).map((a) => `${a.name}=${a.value}`).sort();
          rows.push([depth, child.tagName.toLowerCase(), attrs.join(' ')]);
          walk(child, depth + 1);
        }
      }
    };
    walk(box.shadowRoot, 0);
    return rows;
  });

/**
 * Where every element of every box is, relative to its box. CLS counts only nodes that were in the
 * previous frame, and the live box's nodes are all new, so the box's own stability is measured here.
 * The words inside a line's status paragraph are the one thing the live box changes (the live status
 * replaces words true at any hour), so that paragraph is compared as a block, not word run by word run.
 */
const boxGeometry = () =>
  [...document.querySelectorAll('helpline-box')].map((box) => {
    const origin = box.getBoundingClientRect();
    return [...box.shadowRoot.querySelectorAll('*')]
      .filter((el) => !['STYLE', 'LINK'].includes(el.tagName) && el.parentElement?.classList.contains('about') !== true)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.className} ${[r.x - origin.x, r.y - origin.y, r.width, r.height].map((n) => Math.round(n * 10) / 10).join(',')}`;
      });
  });

/** Opens `path` at the instant `at`; returns what the page showed before the script came and after. */
async function visit(path, at, { viewport = { width: 390, height: 844 } } = {}) {
  const context = await browser.newContext({ viewport });
  await context.clock.setFixedTime(new Date(at));
  const tab = await context.newPage();
  const messages = [];
  tab.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await watchLayoutShift(tab);
  const started = site.requests.length;
  await tab.goto(site.origin + path, { waitUntil: 'commit' });
  // Painted, styled and not yet upgraded: the script is still on its way.
  await tab.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a[href^="tel:"]'));
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const before = await tab.evaluate(() => ({
    upgraded: customElements.get('helpline-box') !== undefined,
    heights: [...document.querySelectorAll('helpline-box')].map((box) => box.getBoundingClientRect().height),
    border: getComputedStyle(document.querySelector('helpline-box').shadowRoot.querySelector('.box')).borderTopWidth,
    tels: [...document.querySelector('helpline-box').shadowRoot.querySelectorAll('a[data-channel="phone"]')].map((a) => a.getAttribute('href')),
  }));
  const shapeBefore = await tab.evaluate(shadowShape);
  const geometryBefore = await tab.evaluate(boxGeometry);
  const upgraded = await tab
    .waitForFunction(() => customElements.get('helpline-box') && [...document.querySelectorAll('helpline-box')].every((box) => box.hasUpdated), undefined, { timeout: 5000 })
    .then(() => true, () => false);
  // Long enough for any shift after the upgrade, and for a second request if something asked again.
  await tab.waitForTimeout(500);
  const afterUpgrade = await tab.evaluate(() => ({
    heights: [...document.querySelectorAll('helpline-box')].map((box) => box.getBoundingClientRect().height),
    statuses: [...document.querySelector('helpline-box').shadowRoot.querySelectorAll('.status')].map((p) => p.textContent),
    tels: [...document.querySelector('helpline-box').shadowRoot.querySelectorAll('a[data-channel="phone"]')].map((a) => a.getAttribute('href')),
    prerendered: [...document.querySelectorAll('helpline-box')].some((box) => box.shadowRoot.querySelector('[data-prerendered]')),
  }));
  const shapeAfter = await tab.evaluate(shadowShape);
  const geometryAfter = await tab.evaluate(boxGeometry);
  const shift = await layoutShift(tab);
  const violations = await tab.evaluate(() => window.__violations);
  await context.close();
  const requests = site.requests.slice(started);
  return { before, afterUpgrade, shapeBefore, shapeAfter, geometryBefore, geometryAfter, upgraded, shift, violations, messages, requests };
}

const repeated = (requests) => requests.filter((path, i) => requests.indexOf(path) !== i);

describe('a prerendered box', () => {
  it('is on screen and styled before the script arrives, and the element takes it over with no layout shift (inline <style>)', async () => {
    const r = await visit('/inline.html', MONDAY_10AM_UK);
    assert.equal(r.before.upgraded, false, 'the script had already run: the test saw no first paint without it');
    assert.equal(r.before.border, '2px');
    assert.deepEqual(r.before.tels, ['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
    assert.ok(r.upgraded, 'the element never upgraded');
    assert.equal(r.afterUpgrade.prerendered, false, 'the prerendered markup is still in the shadow root');
    assert.deepEqual(r.afterUpgrade.tels, r.before.tels);
    assert.ok(r.afterUpgrade.statuses.some((s) => s.startsWith('Open now')), `no live status: ${r.afterUpgrade.statuses.join(' | ')}`);
    assert.deepEqual(r.afterUpgrade.heights, r.before.heights);
    assert.equal(r.shift.cls, 0, JSON.stringify(r.shift.shifts));
    assert.deepEqual(r.shapeAfter, r.shapeBefore);
    assert.deepEqual(r.geometryAfter, r.geometryBefore);
    assert.deepEqual(repeated(r.requests), []);
    assert.deepEqual(r.messages.filter((m) => /^(error|pageerror)/.test(m)), []);
  });

  it('links dist/helpline-box.css on a strict CSP page: no violation, no shift, the stylesheet fetched once for two boxes', async () => {
    const r = await visit('/strict.html', MONDAY_10AM_UK);
    assert.equal(r.before.upgraded, false);
    assert.equal(r.before.border, '2px');
    assert.ok(r.upgraded);
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.afterUpgrade.heights, r.before.heights);
    assert.equal(r.shift.cls, 0, JSON.stringify(r.shift.shifts));
    assert.deepEqual(r.shapeAfter, r.shapeBefore);
    assert.deepEqual(r.geometryAfter, r.geometryBefore);
    assert.equal(r.requests.filter((p) => p === '/dist/helpline-box.css').length, 1);
    assert.deepEqual(repeated(r.requests), []);
  });

  it('with --at, shows the order of that instant (NSPCC closed, last), which the live box keeps, and status words true at any hour', async () => {
    const r = await visit('/as-of.html', SATURDAY_3AM_UK);
    assert.deepEqual(r.before.tels, ['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000']);
    assert.ok(r.afterUpgrade.statuses.some((s) => s.startsWith('Closed - opens at 9:00 Saturday')), r.afterUpgrade.statuses.join(' | '));
    assert.deepEqual(r.afterUpgrade.tels, r.before.tels);
    assert.equal(r.shift.cls, 0, JSON.stringify(r.shift.shifts));
    assert.deepEqual(r.shapeAfter, r.shapeBefore);
    assert.deepEqual(r.geometryAfter, r.geometryBefore);
  });

  it('keeps no layout shift at a desktop width too', async () => {
    const r = await visit('/strict.html', MONDAY_10AM_UK, { viewport: { width: 1280, height: 800 } });
    assert.equal(r.shift.cls, 0, JSON.stringify(r.shift.shifts));
    assert.deepEqual(r.afterUpgrade.heights, r.before.heights);
    assert.deepEqual(r.geometryAfter, r.geometryBefore);
  });

  it('stays a whole, styled box on a page that never loads the script', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/no-script.html`);
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('helpline-box').shadowRoot;
      return { tels: [...root.querySelectorAll('a[data-channel="phone"]')].map((a) => a.textContent.trim()), height: root.querySelector('.box').getBoundingClientRect().height };
    });
    await context.close();
    assert.deepEqual(shown.tels.map((t) => t.split(',')[0]), ['Call 999', 'Call 101', 'Call 0808 800 5000', 'Call 0800 1111', 'Call 0808 1000 900']);
    assert.ok(shown.height > 400, `the box is ${shown.height} px tall`);
  });
});
