import { expect } from '@open-wc/testing';
// Only errors.ts: this page starts without the sentences (error-messages.ts), as the CDN bundle does.
import { AgendaError } from '../../src/client/errors.js';

describe('AgendaError before its wording is loaded', () => {
  it('has a code-only message, and words localizedMessage() in full once the sentences register', async () => {
    const error = new AgendaError('Ax004', { status: 404, detail: 'Ville inconnue' });
    expect(error.message).to.equal('Ax004 (HTTP 404, Ville inconnue)');
    expect(structuredClone(error).message).to.equal('Ax004 (HTTP 404, Ville inconnue)');
    expect(error.localizedMessage('fr')).to.equal('Ax004');
    await import('../../src/client/error-messages.js');
    expect(error.localizedMessage('fr')).to.equal('La ville demandée est inconnue.');
    expect(error.message, 'set once, when the error was made').to.equal('Ax004 (HTTP 404, Ville inconnue)');
    expect(new AgendaError('Ax004').message).to.equal('Ax004: The requested city is unknown.');
  });
});
