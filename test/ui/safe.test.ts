import { expect } from '@open-wc/testing';
import { safeColor, safeHttpUrl } from '../../src/ui/safe.js';

describe('safe', () => {
  it('accepts only #rrggbb colours', () => {
    expect(safeColor('#A1b2C3')).to.equal('#A1b2C3');
    for (const bad of ['red', '#abc', '#abcdef;background:url(x)', 'url(x)', '', null, undefined]) {
      expect(safeColor(bad), String(bad)).to.be.null;
    }
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org/')).to.equal('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'java\tscript:alert(1)', '', null]) {
      expect(safeHttpUrl(bad), String(bad)).to.be.null;
    }
  });
});
