/**
 * Issue #11: the number shown is the number dialled. A directory (a
 * publisher's `src`, or the `directory` property) must not be able to show one
 * number and dial another, nor hide or reorder what a reader sees.
 */
import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Directory } from '../../src/directory/schema.js';
import { formatProblem, parseDirectory } from '../../src/directory/validate.js';

const copy = (): Directory => structuredClone(bundledDirectory);

/** The bundled directory with one contact of one line changed, and what the checker says. */
function withContact(lineId: string, index: number, change: Record<string, string>) {
  const dir = copy();
  const i = dir.lines.findIndex((l) => l.id === lineId);
  Object.assign(dir.lines[i].contacts[index], change);
  const result = parseDirectory(dir);
  return { i, result, messages: result.problems.map(formatProblem), ids: result.directory?.lines.map((l) => l.id) ?? [] };
}

describe('parseDirectory: a number shows exactly what it dials', () => {
  it('accepts every number in the bundled directory', () => {
    expect(parseDirectory(bundledDirectory).problems).to.deep.equal([]);
  });

  const refused: [string, string, string, RegExp][] = [
    ['a right-to-left override that makes "1111 0080" read "0800 1111"', '+4411110080', '\u202E1111 0080', /has characters a phone number cannot have/],
    ['a left-to-right isolate around the number', '+448001111', '\u20660800 1111\u2069', /has characters a phone number cannot have/],
    ['a zero-width space inside the number', '+448001111', '0800\u200B 1111', /has characters a phone number cannot have/],
    ['another number before the one dialled', '+441234567890', '0800 1111 / 01234 567890', /has characters a phone number cannot have/],
    ['another number before the one dialled, with no slash', '+441234567890', '0800 1111 01234 567890', /but dials \+441234567890; the digits must match/],
    ['fullwidth digits for another number before the one dialled', '+441234567890', '\uFF10\uFF18\uFF10\uFF10 \uFF11\uFF11\uFF11\uFF11 01234 567890', /has characters/],
    ['Arabic-Indic digits for another number before the one dialled', '+441234567890', '\u0660\u0668\u0660\u0660 01234 567890', /has characters/],
    ['thousands of digits that end with the number', '+448001111', `${'0'.repeat(5000)}800 1111`, /is 5008 characters long; a number as published has at most 32/],
    ['words around the number, whose letters dial other digits', '+448088005000', 'Call 0808 800 5000', /the digits must match/],
    ['a trunk prefix inside the international form, which fails from abroad', '+448088005000', '+44 0808 800 5000', /the digits must match/],
    ['the "(0)" convention, which fails from abroad', '+448088005000', '+44 (0)808 800 5000', /the digits must match/],
    ['a national form without its trunk prefix', '+448088005000', '808 800 5000', /the digits must match/],
    ['a short code written with a +', '116123', '+116 123', /the digits must match/],
    ['a short code with a digit more', '116123', '116 1230', /the digits must match/],
    ['a national form of a country whose trunk prefix is not known', '+8801712345678', '01712 345678', /the digits must match/],
  ];
  for (const [what, value, display, problem] of refused) {
    it(`drops a line whose display shows ${what}, and keeps the rest`, () => {
      const { i, messages, ids } = withContact('childline', 0, { value, display });
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(new RegExp(`^\\$\\.lines\\[${i}\\]\\.contacts\\[0\\]\\.display \\(line "childline"\\): `));
      expect(messages[0]).to.match(problem);
      // The console must not be reordered by the display it quotes.
      expect(messages[0]).not.to.match(/[\u202A-\u202E\u2066-\u2069\u200B]/);
      expect(ids).not.to.include('childline');
      expect(ids).to.include('nspcc-helpline');
      expect(ids[0]).to.equal('gb-emergency');
    });
  }

  const lettered: [string, string, string][] = [
    ['+18004224453', '1-800-4-A-CHILD', 'Childhelp'],
    ['+18004224453', '1-800-4-A-CHILD (1-800-422-4453)', 'Childhelp with its digits'],
    ['+18887738368', '1-888-PREVENT (1-888-773-8368)', 'Stop It Now US'],
    ['+18006564673', '1-800-656-HOPE (1-800-656-4673)', 'RAINN'],
    ['+18004224453', '+1 800 4 A CHILD', 'a lettered international form'],
  ];
  for (const [value, display, what] of lettered) {
    it(`accepts the lettered number ${display} (${what})`, () => {
      expect(withContact('childhelp', 0, { value, display }).messages).to.deep.equal([]);
    });
  }

  const wrongLetters: [string, string, string][] = [
    ['+18006564673', '1-800-GOT-HELP (1-800-656-4673)', 'letters that spell another number, with the right digits in brackets'],
    ['+18887738368', '1-888-PREVENT (1-888-773-8369)', 'the right letters with other digits in brackets'],
    ['+18887738368', '1-888-PREVENTS', 'a letter more than the number has'],
    ['+18004224453', '1-800-4-A-CHILD (422-4453) (911)', 'a second bracket'],
  ];
  for (const [value, display, what] of wrongLetters) {
    it(`drops a line that shows ${display}: ${what}`, () => {
      const { messages, ids } = withContact('childhelp', 0, { value, display });
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/the digits must match|has characters/);
      expect(ids).not.to.include('childhelp');
      expect(ids).to.include('us-emergency');
    });
  }

  const national: [string, string][] = [
    ['+448088005000', '0808 800 5000'],
    ['+448088005000', '+44 808 800 5000'],
    ['+448088005000', '(0808) 800.5000'],
    ['+35312345678', '01 234 5678'],
    ['+61299999999', '(02) 9999 9999'],
    ['+18004224453', '800-422-4453'],
    ['+18004224453', '+1 (800) 422-4453'],
    ['+390612345678', '06 1234 5678'],
    ['+390612345678', '+39 06 1234 5678'],
    ['+8801712345678', '+880 1712 345678'],
  ];
  for (const [value, display] of national) {
    it(`accepts ${display} for ${value}`, () => {
      expect(withContact('childline', 0, { value, display }).messages).to.deep.equal([]);
    });
  }
});

describe('parseDirectory: no text a reader sees hides or reorders characters', () => {
  const HIDDEN = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

  /** Each place a reader sees a line's text, with how to put `text` there (inside the words: the schema trims U+FEFF off the ends). */
  const places: [string, (dir: Directory, text: string) => string][] = [
    ['name', (dir, text) => ((line(dir, 'nspcc-helpline').name = `NSPCC ${text}Helpline`), 'name')],
    ['operator', (dir, text) => ((line(dir, 'nspcc-helpline').operator = `NS${text}PCC`), 'operator')],
    ['eligibility (English)', (dir, text) => ((line(dir, 'nspcc-helpline').eligibility.en = `Adults ${text}worried about a child`), 'eligibility.en')],
    ['eligibility (Welsh)', (dir, text) => ((line(dir, 'nspcc-helpline').eligibility['cy'] = `Oedolion ${text}sy'n poeni`), 'eligibility.cy')],
    ['a contact label', (dir, text) => ((line(dir, 'nspcc-helpline').contacts[0].label = { en: 'Helpline', ur: `\u0645${text}\u062F\u062F` }), 'contacts[0].label.ur')],
    ['a link text', (dir, text) => ((line(dir, 'childline').contacts[1].display = `1-2-1 ${text}chat`), 'contacts[1].display')],
    ['a text keyword', (dir, text) => (((line(dir, 'shout').contacts[0] as { body: string }).body = `SH${text}OUT`), 'contacts[0].body')],
    [
      'an alert',
      (dir, text) => ((line(dir, 'nspcc-helpline').alerts = [{ text: { en: 'Closed today', ar: `\u0645\u063A\u0644\u0642${text} 0800 1111` }, until: '2099-01-01' }]), 'alerts[0].text.ar'),
    ],
  ];
  const line = (dir: Directory, id: string) => dir.lines.find((l) => l.id === id)!;

  for (const [place, put] of places) {
    it(`drops a line with a bidirectional control or a zero-width character in its ${place}, naming it`, () => {
      for (const hidden of HIDDEN) {
        const dir = copy();
        const where = put(dir, hidden);
        const id = dir.lines.find((l) => JSON.stringify(l).includes(hidden))!.id;
        const i = dir.lines.findIndex((l) => l.id === id);
        const result = parseDirectory(dir);
        const code = hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        expect(result.problems.map(formatProblem), `U+${code}`).to.deep.equal([
          `$.lines[${i}].${where} (line "${id}"): contains the invisible character U+${code}, which can reorder or hide what a reader sees; remove it`,
        ]);
        expect(result.directory?.lines.map((l) => l.id)).not.to.include(id);
        expect(result.directory?.lines[0]?.id).to.equal('gb-emergency');
      }
    });
  }
});
