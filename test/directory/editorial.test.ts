import { expect } from '@open-wc/testing';
import { EDITORIAL_RULES, editorialWarnings } from '../../src/directory/editorial.js';
import type { Contact, Directory, Line } from '../../src/directory/schema.js';
import { reviewWarnings } from '../../src/directory/validate.js';

const ALWAYS = { timeZone: 'Europe/London', always: true as const };
const WEEKDAYS = { timeZone: 'Europe/London', weekly: [{ days: ['mon' as const], opens: '09:00', closes: '17:00' }] };
const phone = (value: string, display: string): Contact => ({ type: 'phone', value, display });

function line(id: string, topics: string[], regions: string[], contacts: Contact[], extra: Partial<Line> = {}): Line {
  return { id, name: id, operator: 'Test', eligibility: { en: 'Anyone' }, topics, audiences: ['survivor'], regions, urgency: 'support', contacts, source: 'https://example.org/', verified: '2026-11-29', ...extra };
}

/** An English directory that meets every rule for suicide and domestic abuse. */
function complete(): Directory {
  return {
    version: 1,
    defaultRegion: 'GB',
    topics: [{ id: 'suicide', label: { en: 'Suicide' } }, { id: 'domestic-abuse', label: { en: 'Domestic abuse' } }],
    regions: [{ id: 'GB', name: { en: 'UK' }, shortCodes: ['999', '116123', '85258'] }, { id: 'GB-ENG', name: { en: 'England' } }],
    lines: [
      line('gb-emergency', ['suicide', 'domestic-abuse'], ['GB'], [phone('999', '999')], { urgency: 'emergency', hours: ALWAYS }),
      line('samaritans', ['suicide'], ['GB'], [phone('116123', '116 123')], { urgency: 'crisis', hours: ALWAYS }),
      line('shout', ['suicide'], ['GB'], [{ type: 'sms', value: '85258', display: '85258', body: 'SHOUT' }], { urgency: 'crisis', hours: ALWAYS }),
      line('uk-da', ['domestic-abuse'], ['GB'], [phone('+441234567891', '01234 567891'), { type: 'chat', value: 'https://example.org/chat' }], { hours: ALWAYS }),
      line('ndah', ['domestic-abuse'], ['GB-ENG'], [phone('+448082000247', '0808 2000 247'), { type: 'web', value: 'https://example.org/form' }], { hours: ALWAYS }),
    ],
  };
}

const messages = (directory: Directory) => editorialWarnings(directory).map((w) => `${w.path}: ${w.message}`);

describe('editorial rules', () => {
  it('are met by a directory with a 24/7 line, a non-phone channel, Samaritans and the National Domestic Abuse Helpline', () => {
    expect(messages(complete())).to.deep.equal([]);
  });

  it('warn when no line besides the emergency one is open 24 hours (Mindframe, Headline)', () => {
    const dir = complete();
    dir.lines = dir.lines.map((l) => (l.id === 'ndah' || l.id === 'uk-da' ? { ...l, hours: WEEKDAYS } : l));
    expect(messages(dir)).to.deep.equal([
      '$.regions[0]: a "domestic-abuse" box for GB lacks a line open 24 hours a day besides the emergency line (Mindframe; Headline (Ireland))',
      '$.regions[1]: a "domestic-abuse" box for GB-ENG lacks a line open 24 hours a day besides the emergency line (Mindframe; Headline (Ireland))',
    ]);
  });

  it('warn when every way to get help is a call (Mindframe)', () => {
    const dir = complete();
    dir.lines = dir.lines.filter((l) => l.id !== 'shout');
    expect(messages(dir)).to.deep.equal([
      '$.regions[0]: a "suicide" box for GB lacks a way to get help other than a call (text, chat, web or email) (Mindframe)',
      '$.regions[1]: a "suicide" box for GB-ENG lacks a way to get help other than a call (text, chat, web or email) (Mindframe)',
    ]);
  });

  it('warn when a UK suicide box lacks Samaritans on 116 123 (Samaritans media guidelines)', () => {
    const dir = complete();
    dir.lines = dir.lines.map((l) => (l.id === 'samaritans' ? { ...l, contacts: [phone('+441234567890', '01234 567890')] } : l));
    expect(messages(dir).filter((m) => m.includes('116 123'))).to.deep.equal([
      '$.regions[0]: a "suicide" box for GB lacks Samaritans on 116 123 (Samaritans\' media guidelines)',
      '$.regions[1]: a "suicide" box for GB-ENG lacks Samaritans on 116 123 (Samaritans\' media guidelines)',
    ]);
  });

  it('warn when an English domestic-abuse box lacks the National Domestic Abuse Helpline (Level Up)', () => {
    const dir = complete();
    dir.lines = dir.lines.map((l) => (l.id === 'ndah' ? { ...l, contacts: [phone('+441234567890', '01234 567890'), { type: 'web', value: 'https://example.org/form' }] } : l));
    expect(messages(dir)).to.deep.equal(['$.regions[1]: a "domestic-abuse" box for GB-ENG lacks the National Domestic Abuse Helpline, 0808 2000 247 (Level Up)']);
  });

  it('each name what they ask and who asks it', () => {
    expect(EDITORIAL_RULES.map((rule) => rule.id)).to.deep.equal(['open-24-7', 'not-only-phone', 'samaritans-uk', 'ndah-england']);
    for (const rule of EDITORIAL_RULES) expect(rule.source).to.not.equal('');
  });
});

describe('review warnings on provenance', () => {
  const NOW = new Date('2026-11-29T12:00:00Z');
  const warn = (extra: Partial<Line>) => {
    const dir = complete();
    dir.lines = dir.lines.map((l) => (l.id === 'samaritans' ? { ...l, ...extra } : l));
    return reviewWarnings(dir, NOW).map((w) => w.message);
  };

  it('asks for a newer page when a line rests on a source more than two years old', () => {
    expect(warn({ sourceDate: '2017' })).to.deep.equal(['rests on a source dated 2017, more than 2 years ago; find a newer page that states the facts']);
    expect(warn({ sourceDate: '2024-10' })).to.have.length(1);
    expect(warn({ sourceDate: '2024-11' })).to.deep.equal([]);
    expect(warn({ sourceDate: '2024-12' })).to.deep.equal([]);
    expect(warn({ sourceDate: '2024-11-29' })).to.deep.equal([]);
  });

  it('asks what is unsure about a line marked secondary, and for the partner a line names', () => {
    expect(warn({ confidence: 'secondary' })).to.deep.equal(['is marked "secondary" but does not say in "doubt" what is unsure']);
    expect(warn({ confidence: 'secondary', doubt: 'The number is only in press.' })).to.deep.equal([]);
    expect(warn({ together: ['no-such-line'] })).to.deep.equal(['names "no-such-line" to be shown with it, but there is no such line']);
  });
});

describe('the bundled directory', () => {
  it('meets every editorial rule in every region and topic', async () => {
    const { bundledDirectory } = await import('../../src/directory/bundled.js');
    expect(editorialWarnings(bundledDirectory)).to.deep.equal([]);
  });
});
