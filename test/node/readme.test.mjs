// The README's API tables are checked row by row against dist/custom-elements.json, which the build
// generates from the element's JSDoc and properties: a row missing from a table, or a row for
// something the element does not have, fails `npm test`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);

/**
 * The first cells of the markdown table whose header's first cell is `header`, without their
 * backticks. Fails when the README has no such table, or more than one.
 */
export function tableNames(markdown, header) {
  const tables = [];
  let rows = null;
  for (const line of markdown.split('\n')) {
    const cells = line.trim().startsWith('|') ? line.trim().slice(1, -1).split('|').map((cell) => cell.trim()) : null;
    if (!cells) {
      rows = null;
      continue;
    }
    if (rows === null) {
      rows = [];
      if (cells[0] === header) tables.push(rows);
      else rows = undefined;
      continue;
    }
    if (rows === undefined || /^:?-+:?$/.test(cells[0])) continue;
    rows.push(cells[0].replace(/^`(.*)`$/, '$1'));
  }
  assert.equal(tables.length, 1, `the README has ${tables.length} tables headed "${header}"`);
  return tables[0];
}

const sorted = (names) => [...names].sort();

describe('README and custom-elements.json', () => {
  it('the manifest describes <helpline-box>', () => {
    assert.equal(element?.tagName, 'helpline-box');
  });

  for (const [header, list] of [
    ['attribute', element?.attributes],
    ['event', element?.events],
    ['part', element?.cssParts],
    ['custom property', element?.cssProperties],
  ]) {
    it(`the README's "${header}" table has one row for each of the element's, and no other`, () => {
      const names = (list ?? []).map((item) => item.name);
      assert.ok(names.length > 0, `the manifest lists no ${header}`);
      assert.deepEqual(sorted(tableNames(readme, header)), sorted(names));
    });
  }

  it('the README\'s "property" table has one row for each JavaScript-only property (read-only ones too), and no other', () => {
    const properties = (element?.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && m.privacy !== 'private' && !m.static);
    assert.ok(properties.length > 0, 'the manifest lists no JavaScript-only property');
    assert.deepEqual(sorted(tableNames(readme, 'property')), sorted(properties.map((m) => m.name)));
  });

  it('reads tables row by row: a deleted or an extra row is seen', () => {
    const table = '| attribute | values |\n|---|---|\n| `topic` | ids |\n| `region` | codes |\n\ntext\n| other | x |\n|---|---|\n| `lines` | y |\n';
    assert.deepEqual(tableNames(table, 'attribute'), ['topic', 'region']);
    assert.deepEqual(tableNames(table.replace('| `region` | codes |\n', ''), 'attribute'), ['topic']);
  });
});
