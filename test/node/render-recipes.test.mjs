// The README's recipes ("Static renders and recipes"), tried as written: each recipe's commands are
// read from the README and run on the built dist/cli.js, its markup filled with their output and opened
// in Chromium; the server recipe's code is imported from a publisher's project that has the package
// installed. WordPress does not run here: its test opens the HTML its shortcode and block pattern print.
// Run by `npm test` after the build.
/* global customElements, DOMParser, fetch -- these run in the page, through tab.evaluate */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { renderBox } from '../../dist/render.js';
import { ampPage, ampValidator } from '../render/amp-validator.mjs';
import { article, layoutShift, servePages, watchLayoutShift } from '../render/pages.mjs';

const MONDAY_10AM_UK = '2026-11-30T10:00:00Z';
const SEED_TELS = ['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900'];
const SEED_NUMBERS = ['999', '101', '0808 800 5000', '0800 1111', '0808 1000 900', '18000', '18001 101'];

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Static renders and recipes'), readme.indexOf('## Security: the number shown is the number dialled'));

/** The fenced code blocks of a recipe: those after its `<!-- recipe: name -->` marker, up to the next. */
function recipe(name) {
  const start = section.indexOf(`<!-- recipe: ${name} -->`);
  assert.ok(start >= 0, `the README has no recipe "${name}"`);
  const next = section.indexOf('<!-- recipe:', start + 1);
  const chunk = section.slice(start, next < 0 ? undefined : next);
  return [...chunk.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({ lang, code }));
}

/** Runs one `npx helpline-box render ...` line of the README on dist/cli.js; returns what it printed. */
function run(command) {
  const [words] = command.split(' > ');
  const args = words.trim().split(/\s+/);
  assert.deepEqual(args.slice(0, 3), ['npx', 'helpline-box', 'render'], command);
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args.slice(2)], { encoding: 'utf8' });
  assert.equal(result.stderr, '', command);
  assert.equal(result.status, 0, command);
  return result.stdout;
}

const commands = (name) => recipe(name).filter((block) => block.lang === 'sh').flatMap((block) => block.code.trim().split('\n'));

let browser;
let site;
const pages = {};

before(async () => {
  site = await servePages(pages, { delayMs: 1000, aliases: { '/wp-content/helpline-box/': 'dist/', '/helpline-box/': 'dist/' } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/**
 * Loads `body` at `path` on a phone at a pinned instant, its script arriving late: the prerendered box
 * before the script (whether the element was defined yet, the box's height) and after its first update
 * (height, phone links), and the layout shifts of the whole load.
 */
async function loadPrerendered(path, body) {
  pages[path] = { body };
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.clock.setFixedTime(new Date(MONDAY_10AM_UK));
  try {
    const tab = await context.newPage();
    await watchLayoutShift(tab);
    await tab.goto(site.origin + path, { waitUntil: 'commit' });
    await tab.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a[href^="tel:"]'));
    const beforeScript = await tab.evaluate(() => ({ upgraded: customElements.get('helpline-box') !== undefined, height: document.querySelector('helpline-box').getBoundingClientRect().height }));
    await tab.waitForFunction(() => document.querySelector('helpline-box')?.hasUpdated, undefined, { timeout: 5000 });
    await tab.waitForTimeout(300);
    const afterScript = await tab.evaluate(() => ({
      height: document.querySelector('helpline-box').getBoundingClientRect().height,
      tels: [...document.querySelector('helpline-box').shadowRoot.querySelectorAll('a[data-channel="phone"]')].map((a) => a.getAttribute('href')),
    }));
    return { beforeScript, afterScript, ...(await layoutShift(tab)) };
  } finally {
    await context.close();
  }
}

/** Opens `body` at `path`; returns the page's visible text and links (shadow roots included), then closes it. */
async function open(path, body, { javaScriptEnabled = true, type } = {}) {
  pages[path] = { body, type };
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
  const tab = await context.newPage();
  await tab.goto(site.origin + path);
  const shown = await tab.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    const text = roots.map((root) => (root === document ? document.body.innerText : [...root.children].map((el) => el.innerText ?? '').join('\n'))).join('\n');
    const tels = [...new Set(roots.flatMap((root) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))))];
    return { text, tels, scripts: document.querySelectorAll('body script').length };
  });
  await context.close();
  return shown;
}

describe('README recipes', () => {
  it('plain HTML: the printed box, pasted into a page, shows every number as text and as a link, with no script', async () => {
    const [command] = commands('plain');
    const html = run(command);
    const shown = await open('/plain.html', article(html));
    for (const number of SEED_NUMBERS) assert.ok(shown.text.includes(number), number);
    assert.deepEqual(shown.tels, SEED_TELS);
    assert.equal(shown.scripts, 0);
  });

  it('WordPress: the shortcode prints the prerendered box, shown before the deferred script and taken over with no shift; the block pattern prints the static box', async () => {
    const [prerenderCommand, staticCommand] = commands('wordpress');
    const [php] = recipe('wordpress').filter((block) => block.lang === 'php');
    assert.ok(php, 'the WordPress recipe has no PHP');
    // The file names the shortcode and the pattern read are the ones the deploy step writes.
    assert.match(prerenderCommand, / > wp-content\/helpline-box\/child-sexual-abuse\.GB-ENG\.html$/);
    assert.match(staticCommand, / > wp-content\/helpline-box\/child-sexual-abuse\.GB-ENG\.static\.html$/);
    assert.ok(php.code.includes('"/helpline-box/{$a[\'topic\']}.{$a[\'region\']}.html"'));
    assert.ok(php.code.includes("'/helpline-box/child-sexual-abuse.GB-ENG.static.html'"));
    // The shortcode's own checks, the same regular expressions here, accept the pair and refuse a path.
    assert.ok(php.code.includes("'/^[a-z-]+$/'") && php.code.includes("'/^[A-Z]{2}(-[A-Z]{3})?$/'"));
    const topicOk = /^[a-z-]+$/;
    const regionOk = /^[A-Z]{2}(-[A-Z]{3})?$/;
    assert.ok(topicOk.test('child-sexual-abuse') && regionOk.test('GB-ENG') && !topicOk.test('../../wp-config') && !regionOk.test('GB/../x'));

    // What WordPress prints: wp_enqueue_script with the defer strategy in the head, the shortcode's file in the post.
    const shortcode = run(prerenderCommand);
    const head = '<script src="/wp-content/helpline-box/helpline-box.iife.js" id="helpline-box-js" defer data-wp-strategy="defer"></script>';
    const { beforeScript, afterScript, cls, shifts } = await loadPrerendered('/wordpress.html', article(shortcode, { head }));
    assert.equal(beforeScript.upgraded, false);
    assert.equal(afterScript.height, beforeScript.height);
    assert.deepEqual(afterScript.tels, SEED_TELS);
    assert.equal(cls, 0, JSON.stringify(shifts));

    // The block pattern: a Custom HTML block holding the static box.
    const pattern = `<!-- wp:html -->\n${run(staticCommand)}\n<!-- /wp:html -->`;
    const shown = await open('/wordpress-pattern.html', article(pattern));
    for (const number of SEED_NUMBERS) assert.ok(shown.text.includes(number), number);
    assert.deepEqual(shown.tels, SEED_TELS);
  });

  it('a server-side template: the recipe, imported from a project that installed the package, serves a page with the box at first paint', async () => {
    const [code] = recipe('server').filter((block) => block.lang === 'js');
    assert.match(code.code, /from 'helpline-box\/render'/);
    const project = mkdtempSync(join(tmpdir(), 'publisher-'));
    try {
      mkdirSync(join(project, 'node_modules'));
      symlinkSync(resolve('.'), join(project, 'node_modules', 'helpline-box'), 'dir');
      writeFileSync(join(project, 'story-page.mjs'), code.code);
      const { storyPage } = await import(pathToFileURL(join(project, 'story-page.mjs')).href);
      const realNow = Date.now;
      Date.now = () => Date.parse(MONDAY_10AM_UK);
      let page;
      try {
        page = await storyPage({ topic: 'child-sexual-abuse', region: 'GB-ENG', title: 'A story', html: '<p>The story.</p>' });
      } finally {
        Date.now = realNow;
      }
      assert.match(page, /<template shadowrootmode="open"><link rel="stylesheet" href="\/helpline-box\/helpline-box.css">/);
      // Status words true at any hour, never a stale "Open now" from a cached page.
      assert.match(page, /<span class="status" part="status" data-status="unknown">Check hours on the website<\/span>/);
      assert.doesNotMatch(page, /Open now|as of/);
      const { beforeScript, afterScript, cls, shifts } = await loadPrerendered('/server.html', page);
      assert.equal(beforeScript.upgraded, false);
      assert.deepEqual(afterScript.tels, SEED_TELS);
      assert.equal(cls, 0, JSON.stringify(shifts));
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('AMP: the page of the recipe, with the printed box, passes the AMP validator and shows the numbers with scripts off', async () => {
    const [page] = recipe('amp').filter((block) => block.lang === 'html');
    const command = /`(npx helpline-box render [^`]*--format amp)`/.exec(section)?.[1];
    assert.ok(command, 'the AMP recipe names no command');
    const html = page.code.replace('<!-- helpline-box render --format amp -->', run(command).trim());
    assert.notEqual(html, page.code, 'the AMP recipe has no place for the box');
    const validator = await ampValidator();
    const result = validator.validateString(html);
    assert.deepEqual(result.errors.map((e) => `${e.line}:${e.col} ${e.message}`), []);
    assert.equal(result.status, 'PASS');
    // The same page shape the AMP test uses for every topic and region.
    assert.equal(validator.validateString(ampPage(run(command).trim())).status, 'PASS');
    const shown = await open('/amp.html', html, { javaScriptEnabled: false });
    for (const number of SEED_NUMBERS) assert.ok(shown.text.includes(number), number);
    assert.deepEqual(shown.tels, SEED_TELS);
  });

  it('RSS: the item parses as XML, and after a feed reader\'s sanitiser or MSN\'s (no tel:, no attributes) every number and address is still there', async () => {
    const [item] = recipe('rss').filter((block) => block.lang === 'xml');
    const box = run('npx helpline-box render --topic child-sexual-abuse --region GB-ENG');
    const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title><link>https://news.example/</link><description>News</description>${item.code.replace('<!-- helpline-box render --format html -->', box.trim())}</channel></rss>`;
    pages['/feed.xml'] = { body: feed, type: 'application/rss+xml' };
    pages['/reader.html'] = { body: article('') };
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/reader.html`);
    const read = await tab.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      if (xml.querySelector('parsererror')) return { error: xml.querySelector('parsererror').textContent };
      const encoded = xml.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0].textContent;
      const show = (strip) => {
        const doc = new DOMParser().parseFromString(encoded, 'text/html');
        doc.querySelectorAll('script, style, link, iframe').forEach((el) => el.remove());
        for (const el of doc.body.querySelectorAll('*')) for (const attr of [...el.attributes]) if (strip(attr)) el.removeAttribute(attr.name);
        const host = document.createElement('div');
        host.append(...doc.body.childNodes);
        document.body.append(host);
        const result = { text: host.innerText, tels: [...host.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')) };
        host.remove();
        return result;
      };
      return {
        reader: show((attr) => /^on|^class$|^id$/.test(attr.name)),
        msn: show(() => true),
      };
    }, `${site.origin}/feed.xml`);
    await context.close();
    assert.equal(read.error, undefined, read.error);
    assert.deepEqual(read.reader.tels, SEED_TELS);
    for (const shown of [read.reader, read.msn]) {
      for (const number of SEED_NUMBERS) assert.ok(shown.text.includes(number), number);
      for (const address of ['www.ceop.police.uk/Safety-Centre', 'www.iwf.org.uk/report', 'help@nspcc.org.uk']) assert.ok(shown.text.includes(address), address);
    }
    assert.deepEqual(read.msn.tels, []);
  });

  it('RSS: no box in any region contains "]]>", which would end the CDATA section early', async () => {
    const directory = JSON.parse(readFileSync('dist/directory.json', 'utf8'));
    for (const region of directory.regions.map((r) => r.id)) {
      for (const topic of directory.topics.map((t) => t.id)) {
        const { output } = await renderBox({ topic, region, heading: ']]> <![CDATA[' });
        assert.ok(!output.includes(']]>'), `${topic} in ${region}`);
      }
    }
  });

  it('Apple News: the components fit the article, hold only Apple News HTML, https links and no tel:, and show every number as text', async () => {
    const [json] = recipe('apple-news').filter((block) => block.lang === 'json');
    const components = JSON.parse(run('npx helpline-box render --topic child-sexual-abuse --region GB-ENG --format apple-news'));
    const articleJson = JSON.parse(json.code);
    const at = articleJson.components.indexOf('helpline-box render --format apple-news');
    assert.ok(at > 0, 'the Apple News recipe has no place for the box');
    articleJson.components.splice(at, 1, ...components);
    assert.deepEqual(articleJson.components.map((c) => c.role), ['title', 'body', 'heading2', 'body']);
    const body = components[1];
    assert.equal(body.format, 'html');
    const tags = new Set([...body.text.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].filter((tag) => !['p', 'strong', 'br', 'a'].includes(tag)), []);
    const hrefs = [...body.text.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0 && hrefs.every((href) => href.startsWith('https://')), hrefs.join(' '));
    const shown = await open('/apple-news.html', article(body.text));
    for (const number of SEED_NUMBERS) assert.ok(shown.text.includes(number), number);
    assert.deepEqual(shown.tels, []);
  });
});
