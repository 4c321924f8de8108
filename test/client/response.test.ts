import { expect } from '@open-wc/testing';
import { readAnswer } from '../../src/client/response.js';

describe('readAnswer', () => {
  it('reads JSON that starts with a byte-order mark (PHP files saved with one; WebKit keeps it in text())', () => {
    const outcome = readAnswer(200, '\uFEFF{"events":[]}');
    expect(outcome).to.deep.equal({ kind: 'ok', body: { events: [] } });
  });

  it('still reports text that is not JSON as an error', () => {
    expect(readAnswer(200, '\uFEFF<html>oops</html>').kind).to.equal('error');
  });
});
