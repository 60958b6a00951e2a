import { expect } from '@open-wc/testing';
import { minifyCss } from '../../scripts/minify-css.js';
import { styles } from '../../src/components/helpline-box/helpline-box.styles.js';

/** Every rule of a stylesheet as Chromium serialises it after parsing. */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minifyCss (the bundles\' styles)', () => {
  it('gives the element\'s stylesheet the same rules in far fewer characters', () => {
    const minified = minifyCss(styles.cssText);
    expect(rules(minified)).to.deep.equal(rules(styles.cssText));
    expect(rules(minified).length).to.be.greaterThan(50);
    expect(minified.length).to.be.lessThan(styles.cssText.length * 0.75);
    expect(minified).not.to.contain('/*');
  });

  it('keeps strings, descendant combinators before a colon, and spaces that separate values', () => {
    const css = `/* a comment */
      .a :focus { margin : 0  auto ; }
      .b::after { content: ' · ' ; font: 12px / 1.5 "Segoe UI", serif }
      .c { width: calc(100% - 2 * 8px); }
      @media (min-width: 40em) { .d > .e , .f + .g { color: red !important; } }`;
    expect(minifyCss(css)).to.equal(
      `.a :focus{margin :0 auto}.b::after{content:' · ';font:12px / 1.5 "Segoe UI", serif}.c{width:calc(100% - 2 * 8px)}@media (min-width:40em){.d > .e, .f + .g{color:red !important}}`,
    );
    expect(rules(minifyCss(css))).to.deep.equal(rules(css));
  });

  it('drops a comment without leaving a space, and keeps a no-break space in a value', () => {
    const css = `.a/**/.b { content: '\u00a0'; margin:\u00a00 } .c  /* x */  .d { color: red }`;
    expect(minifyCss(css)).to.equal(`.a.b{content:'\u00a0';margin:\u00a00}.c .d{color:red}`);
    expect(rules(minifyCss(css))).to.deep.equal(rules(css));
  });
});
