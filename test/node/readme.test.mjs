// The README's API tables are checked against dist/custom-elements.json, which the build generates from
// the element's JSDoc and properties: a public name missing from the README fails `npm test`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);

const missing = (names) => names.filter((name) => !readme.includes(`\`${name}\``));

describe('README and custom-elements.json', () => {
  it('the manifest describes <helpline-box>', () => {
    assert.equal(element?.tagName, 'helpline-box');
  });

  for (const [kind, list] of [
    ['attributes', element?.attributes],
    ['events', element?.events],
    ['cssParts', element?.cssParts],
    ['cssProperties', element?.cssProperties],
  ]) {
    it(`the README documents every one of the element's ${kind}`, () => {
      const names = (list ?? []).map((item) => item.name);
      assert.ok(names.length > 0, `the manifest lists no ${kind}`);
      assert.deepEqual(missing(names), []);
    });
  }

  it('the README documents the JavaScript-only properties', () => {
    const properties = (element?.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && m.privacy !== 'private' && !m.static);
    assert.deepEqual(missing(properties.map((m) => m.name)), []);
  });
});
