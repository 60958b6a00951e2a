import { expect } from '@open-wc/testing';
import { spokenDigits } from '../../src/directory/spoken-digits.js';

describe('spokenDigits', () => {
  it('spells a published number digit by digit, keeping its groups as pauses', () => {
    expect(spokenDigits('0808 800 5000')).to.equal('0 8 0 8, 8 0 0, 5 0 0 0');
    expect(spokenDigits('116 123')).to.equal('1 1 6, 1 2 3');
    expect(spokenDigits('999')).to.equal('9 9 9');
  });

  it('reads international and dashed forms', () => {
    expect(spokenDigits('+44 20 3879 8560')).to.equal('+ 4 4, 2 0, 3 8 7 9, 8 5 6 0');
    expect(spokenDigits('1-800-422-4453')).to.equal('1, 8 0 0, 4 2 2, 4 4 5 3');
    expect(spokenDigits('(02) 9999 0000')).to.equal('0 2, 9 9 9 9, 0 0 0 0');
  });

  it('drops letters a number is written with', () => {
    expect(spokenDigits('1-888-PREVENT')).to.equal('1, 8 8 8');
    expect(spokenDigits('')).to.equal('');
  });
});
