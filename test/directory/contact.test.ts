import { expect } from '@open-wc/testing';
import { contactHref, safeHref } from '../../src/directory/contact.js';

describe('contactHref', () => {
  it('dials phones and textphones by their stored value', () => {
    expect(contactHref({ type: 'phone', value: '+448088005000', display: '0808 800 5000' })).to.equal('tel:+448088005000');
    expect(contactHref({ type: 'textphone', value: '18001101', display: '18001 101' })).to.equal('tel:18001101');
  });

  it('puts an SMS keyword in the message body', () => {
    expect(contactHref({ type: 'sms', value: '85258', display: '85258', body: 'SHOUT' })).to.equal('sms:85258?body=SHOUT');
  });

  it('writes email as mailto', () => {
    expect(contactHref({ type: 'email', value: 'help@nspcc.org.uk' })).to.equal('mailto:help@nspcc.org.uk');
  });

  it('refuses anything but https, tel, sms and mailto', () => {
    expect(contactHref({ type: 'web', value: 'javascript:alert(1)' })).to.equal(null);
    expect(contactHref({ type: 'chat', value: 'data:text/html,hi' })).to.equal(null);
    expect(safeHref('http://example.org/')).to.equal(null);
    expect(safeHref('not a url')).to.equal(null);
    expect(safeHref('https://example.org/')).to.equal('https://example.org/');
  });
});
