/**
 * Issue #11: emergency numbers are pinned per country in code
 * (src/directory/emergency.ts), not trusted from a directory; and a repeated
 * line id refuses the whole directory.
 */
import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Contact, Directory } from '../../src/directory/schema.js';
import { directoryFor, selectLines } from '../../src/directory/select.js';
import { formatProblem, parseDirectory } from '../../src/directory/validate.js';

const copy = (): Directory => structuredClone(bundledDirectory);
const line = (dir: Directory, id: string) => dir.lines.find((l) => l.id === id)!;
const region = (dir: Directory, id: string) => dir.regions.find((r) => r.id === id)!;
const phone = (value: string, display = value): Contact => ({ type: 'phone', value, display });

/** What a box for `where` shows first with this directory as its publisher's, and the number it dials. */
function firstLine(dir: Directory, where: string) {
  const shown = selectLines(directoryFor(parseDirectory(dir).directory, bundledDirectory, where), { topics: ['child-abuse'], region: where });
  const first = shown.lines[0];
  return [first.id, first.contacts[0].value];
}

describe('parseDirectory: emergency lines dial the pinned emergency numbers', () => {
  it('accepts the bundled emergency lines of GB, IE, US and AU', () => {
    expect(parseDirectory(bundledDirectory).problems).to.deep.equal([]);
  });

  const wrong: [string, string, (dir: Directory) => void, string][] = [
    ['a mobile number on the GB emergency line', 'GB', (dir) => line(dir, 'gb-emergency').contacts.splice(0, 1, phone('+447700900123', '07700 900123')), 'dials +447700900123 on an emergency line for GB, whose emergency numbers are 999 and 112 (textphone 18000); the line was left out'],
    [
      '0999 on the GB emergency line, listed as a GB short code',
      'GB',
      (dir) => {
        region(dir, 'GB').shortCodes!.push('0999');
        line(dir, 'gb-emergency').contacts.splice(0, 1, phone('0999'));
      },
      'dials 0999 on an emergency line for GB, whose emergency numbers are 999 and 112 (textphone 18000); the line was left out',
    ],
    [
      '999 added to the US emergency line, listed as a US short code',
      'US',
      (dir) => {
        region(dir, 'US').shortCodes!.push('999');
        line(dir, 'us-emergency').contacts.push(phone('999'));
      },
      'dials 999 on an emergency line for US, whose emergency numbers are 911; the line was left out',
    ],
    ['106 as a voice number on the AU emergency line', 'AU', (dir) => line(dir, 'au-emergency').contacts.splice(2, 1, phone('106')), 'is 106, which in AU is for textphones only; make it a "textphone" contact'],
    ['18000 as a voice number on the GB emergency line', 'GB', (dir) => line(dir, 'gb-emergency').contacts.splice(1, 1, phone('18000', '18000')), 'is 18000, which in GB is for textphones only; make it a "textphone" contact'],
    ['a Scottish emergency line with another number', 'GB-SCT', (dir) => dir.lines.unshift({ ...line(dir, 'gb-emergency'), id: 'scotland-emergency', regions: ['GB-SCT'], contacts: [phone('+441312345678', '0131 234 5678')] }), 'dials +441312345678 on an emergency line for GB, whose emergency numbers are 999 and 112 (textphone 18000); the line was left out'],
  ];
  for (const [what, where, edit, message] of wrong) {
    it(`leaves out ${what}, and a box for ${where} shows the bundled emergency line instead`, () => {
      const dir = copy();
      edit(dir);
      const result = parseDirectory(dir);
      expect(result.problems.map((p) => p.message)).to.include(message);
      const id = result.problems.find((p) => p.message === message)!.lineId!;
      expect(result.directory?.lines.map((l) => l.id)).not.to.include(id);
      const bundledFirst = selectLines(bundledDirectory, { region: where }).lines[0];
      expect(firstLine(dir, where)).to.deep.equal([bundledFirst.id, bundledFirst.contacts[0].value]);
    });
  }

  it('names the path and the line of a wrong emergency number', () => {
    const dir = copy();
    line(dir, 'gb-emergency').contacts.splice(0, 1, phone('+447700900123', '07700 900123'));
    expect(parseDirectory(dir).problems.map(formatProblem)).to.deep.equal([
      '$.lines[0].contacts[0].value (line "gb-emergency"): dials +447700900123 on an emergency line for GB, whose emergency numbers are 999 and 112 (textphone 18000); the line was left out',
      '$.regions[0]: region "GB" has no emergency line; every region must have one',
    ]);
  });

  it('accepts each pinned number on its own country\'s emergency line', () => {
    const dir = copy();
    line(dir, 'gb-emergency').contacts.push(phone('112'));
    region(dir, 'GB').shortCodes!.push('112');
    line(dir, 'ie-emergency').contacts.reverse();
    line(dir, 'au-emergency').contacts.reverse();
    expect(parseDirectory(dir).problems).to.deep.equal([]);
  });

  it('trusts the directory for a country it does not pin', () => {
    const dir = copy();
    dir.regions.push({ id: 'FR', name: { en: 'France' }, shortCodes: ['112'] });
    dir.lines.push({ ...line(dir, 'gb-emergency'), id: 'fr-emergency', regions: ['FR'], contacts: [phone('112'), phone('+33140000000', '01 40 00 00 00')] });
    expect(parseDirectory(dir).problems).to.deep.equal([]);
  });
});

describe('parseDirectory: no region lists another country\'s emergency number as a short code', () => {
  const cases: [string, string, string][] = [
    ['US', '999', 'lists 999, the emergency number of GB and IE, not of US; it was taken off the list, so no line for US can dial it'],
    ['GB', '911', 'lists 911, the emergency number of US, not of GB; it was taken off the list, so no line for GB can dial it'],
    ['AU', '911', 'lists 911, the emergency number of US, not of AU; it was taken off the list, so no line for AU can dial it'],
    ['IE', '000', 'lists 000, the emergency number of AU, not of IE; it was taken off the list, so no line for IE can dial it'],
    ['US', '112', 'lists 112, the emergency number of GB and IE and AU, not of US; it was taken off the list, so no line for US can dial it'],
  ];
  for (const [where, code, message] of cases) {
    it(`reports ${code} among the short codes of ${where}`, () => {
      const dir = copy();
      const i = dir.regions.findIndex((r) => r.id === where);
      dir.regions[i].shortCodes!.push(code);
      const c = dir.regions[i].shortCodes!.length - 1;
      expect(parseDirectory(dir).problems.map(formatProblem)).to.deep.equal([`$.regions[${i}].shortCodes[${c}]: ${message}`]);
    });
  }

  it('so a US line that dials 999 is left out', () => {
    const dir = copy();
    region(dir, 'US').shortCodes!.push('999');
    line(dir, '988-lifeline').contacts.push(phone('999'));
    const result = parseDirectory(dir);
    expect(result.problems.map((p) => p.lineId)).to.include('988-lifeline');
    expect(result.directory?.lines.map((l) => l.id)).not.to.include('988-lifeline');
  });

  it('lets a country list its own emergency numbers, and an unpinned country list any', () => {
    const dir = copy();
    dir.regions.push({ id: 'FR', name: { en: 'France' }, shortCodes: ['112', '999'] });
    dir.lines.push({ ...line(dir, 'gb-emergency'), id: 'fr-emergency', regions: ['FR'], contacts: [phone('112')] });
    expect(parseDirectory(dir).problems).to.deep.equal([]);
  });
});

describe('parseDirectory: a repeated line id refuses the whole directory', () => {
  it('does not let a fake line put first take the real line\'s place', () => {
    const dir = copy();
    const fake = { ...line(dir, 'childline'), contacts: [phone('+447700900123', '07700 900123')] };
    dir.lines.splice(1, 0, fake);
    const result = parseDirectory(dir);
    expect(result.directory).to.equal(null);
    const real = dir.lines.findIndex((l, i) => i > 1 && l.id === 'childline');
    expect(result.problems.map(formatProblem)).to.deep.equal([`$.lines[${real}].id (line "childline"): repeats the line id "childline"; ids must be unique`]);
    // The box keeps the bundled lines.
    expect(directoryFor(result.directory, bundledDirectory, 'GB')).to.equal(bundledDirectory);
  });

  it('counts a repeat even when the other line with that id is itself broken', () => {
    const dir = copy();
    const broken = { ...line(dir, 'childline'), source: 'http://example.org/' };
    dir.lines.splice(1, 0, broken);
    const result = parseDirectory(dir);
    expect(result.directory).to.equal(null);
    expect(result.problems.map((p) => p.message)).to.include('repeats the line id "childline"; ids must be unique');
  });
});
