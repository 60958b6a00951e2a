import { expect } from '@open-wc/testing';
import { buildBox, emergencyOnlyBox, type BoxModel } from '../../src/box/model.js';
import { readOptions, type RawOptions } from '../../src/box/options.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { wordsFor } from '../../src/i18n/localize.js';
import { SATURDAY_2330_UK, WEDNESDAY_NOON_UK } from '../support/instants.js';

const box = (raw: RawOptions, now?: string): BoxModel =>
  buildBox({
    bundled: bundledDirectory,
    options: readOptions(raw).options,
    words: wordsFor('en', 'en-GB'),
    ...(now ? { now: Date.parse(now), readerZone: 'Europe/London' } : {}),
  });
const seed = { topic: 'child-sexual-abuse', region: 'GB-ENG' };
const tels = (model: BoxModel) => model.lines.flatMap((line) => line.contacts.filter((c) => c.channel === 'phone').map((c) => c.href));

describe('buildBox', () => {
  it('gives the seed story its lines, emergency first, each number as a link, its text and its digits', () => {
    const model = box(seed, WEDNESDAY_NOON_UK);
    expect(model.lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(tels(model)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
    const nspcc = model.lines.find((l) => l.id === 'nspcc-helpline')!;
    expect(nspcc.contacts[0]).to.deep.include({ text: ['Call ', { name: 'number', value: '0808 800 5000' }], context: ', NSPCC Helpline', digits: '0 8 0 8, 8 0 0, 5 0 0 0', external: false });
    expect(nspcc.status).to.deep.equal({ state: 'open', text: 'Open now - closes at 22:00' });
    expect(model.lines[0].badge).to.equal('Emergency');
    expect(model).to.deep.include({ lang: 'en', dir: 'ltr', heading: 'Help and support', headingLevel: 2, region: 'GB-ENG' });
  });

  it('moves an open line ahead of a closed one at night, and says when to look again', () => {
    const model = box(seed, SATURDAY_2330_UK);
    expect(model.lines.map((l) => l.id).slice(2, 5)).to.deep.equal(['stop-it-now', 'childline', 'nspcc-helpline']);
    expect(model.lines.find((l) => l.id === 'nspcc-helpline')!.status).to.deep.equal({ state: 'closed', text: 'Closed - opens at 9:00 Sunday' });
    expect(model.nextChange).to.equal(Date.parse('2026-11-29T09:00:00Z'));
  });

  it('makes a static box without an instant: no status, no alerts, the curated order', () => {
    const model = box(seed);
    expect(model.lines.every((l) => l.status === null && l.alerts.length === 0)).to.equal(true);
    expect(model.lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(model.nextChange).to.equal(null);
  });

  it('drops who a line is for in the compact variant, and keeps the editor heading and level', () => {
    const model = box({ ...seed, variant: 'compact', heading: 'Worried about a child?', headingLevel: 4 }, WEDNESDAY_NOON_UK);
    expect(model.lines.every((l) => l.eligibility === null)).to.equal(true);
    expect([model.heading, model.headingLevel, model.variant]).to.deep.equal(['Worried about a child?', 4, 'compact']);
  });

  it('reports problems with the request as warnings, never an empty box', () => {
    const model = box({ topic: 'knitting' }, WEDNESDAY_NOON_UK);
    expect(model.lines.map((l) => l.id)).to.deep.equal(['gb-emergency']);
    expect(model.warnings).to.deep.equal(['topic "knitting" is not in the directory; it was ignored']);
  });
});

describe('emergencyOnlyBox', () => {
  it('gives the region emergency number in plain English, at the heading level asked for', () => {
    const model = emergencyOnlyBox(bundledDirectory, 'au', 3);
    expect(model.lines.map((l) => l.id)).to.deep.equal(['au-emergency']);
    expect(tels(model)).to.deep.equal(['tel:000', 'tel:112']);
    expect(model.lines[0].contacts[0].text).to.deep.equal(['Call ', { name: 'number', value: '000' }]);
    expect([model.heading, model.headingLevel, model.lang]).to.deep.equal(['Help and support', 3, 'en']);
  });

  it('falls back to the directory default region for a region it does not know', () => {
    expect(emergencyOnlyBox(bundledDirectory, 'ZZ', 2).lines.map((l) => l.id)).to.deep.equal(['gb-emergency']);
  });
});
