import { expect } from '@open-wc/testing';
import { decodeBody, readAnswerAtOnce } from '../../src/client/answer.js';
import { findApiCode, readAnswer } from '../../src/client/response.js';
import { clientWith, rawEvent, rejection, text } from './helpers.js';

/** `text` as Latin-1 bytes (every character below U+0100). */
function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

describe('readAnswer', () => {
  it('reads JSON that starts with a byte-order mark (PHP files saved with one)', () => {
    const outcome = readAnswer(200, '\uFEFF{"events":[]}');
    expect(outcome).to.deep.equal({ kind: 'ok', body: { events: [] } });
  });

  it('still reports text that is not JSON as an error', () => {
    expect(readAnswer(200, '\uFEFF<html>oops</html>').kind).to.equal('error');
  });

  it('reads the JSON after a PHP notice printed before it', () => {
    const notice = '<br />\n<b>Notice</b>:  Undefined index: cat in <b>/var/www/api.php</b> on line <b>12</b><br />\n';
    expect(readAnswer(200, `${notice}{"events":[{"id_agenda":"1"}]}\n`)).to.deep.equal({ kind: 'ok', body: { events: [{ id_agenda: '1' }] } });
    expect(readAnswer(200, `Warning [x] {oops} ${'['}{"events":[]}]`)).to.deep.equal({ kind: 'ok', body: [{ events: [] }] });
  });

  it('keeps an error code written before the JSON, and never salvages a cut-off answer', () => {
    for (const text of ['Erreur Ax004 : ville inconnue\n{"events":null}', '<b>Warning</b>: Ax004 ville inconnue<br />{"events":[]}']) {
      const outcome = readAnswer(200, text);
      expect(outcome.kind, text).to.equal('error');
      if (outcome.kind === 'error') expect(outcome.error.code, text).to.equal('Ax004');
    }
    const cut = '{"events":[{"id_agenda":"1","titre":"A"},{"id_agenda":"2","titre":"B"}';
    const notice = `<b>Notice</b>: x<br />${cut}`;
    for (const text of [cut, notice]) {
      const outcome = readAnswer(200, text);
      expect(outcome.kind, text).to.equal('error');
      if (outcome.kind === 'error') expect(outcome.error.code, text).to.equal('parse');
    }
  });

  it('does not take JSON out of the middle of an HTML page', () => {
    const page = '<html><script>var config = {"events": []};</script><p>Maintenance</p></html>';
    const outcome = readAnswer(200, page);
    expect(outcome.kind).to.equal('error');
    if (outcome.kind === 'error') expect(outcome.error.code).to.equal('parse');
  });

  it('takes a 204 as an empty result, a blank 200 as a parse error and a blank error as HTTP', () => {
    expect(readAnswer(204, '')).to.deep.equal({ kind: 'empty', status: 204 });
    const blank = readAnswer(200, ' \n');
    expect(blank.kind).to.equal('error');
    if (blank.kind === 'error') expect(blank.error.code).to.equal('parse');
    const outcome = readAnswer(500, '');
    expect(outcome.kind).to.equal('error');
    if (outcome.kind === 'error') expect(outcome.error).to.include({ code: 'http', status: 500 });
  });
});

describe('readAnswerAtOnce', () => {
  it('reads at once a 2xx answer that brings records with ids, and leaves every other one to response.ts', () => {
    const event = { id_agenda: '1', titre: 'Concert', description: '<p>Avec Ax012</p>' };
    for (const body of [{ events: [event] }, [event], { event }, { status: 'ok', count: 1, evenements: [event] }, event]) {
      expect(readAnswerAtOnce(200, JSON.stringify(body)), JSON.stringify(body)).to.deep.equal({ kind: 'ok', body });
    }
    for (const [status, body] of [
      [404, { events: [event] }],
      [200, { events: [] }],
      [200, { events: [event], error: 'Ax016' }],
      [200, { events: [{ ...event, message: 'Ax004 : ville inconnue' }] }],
      [200, [{ ...event, erreur: 'Ax016' }]],
      [200, { event: { ...event, code: 'Ax007' } }],
      [200, { events: [{ titre: 'Sans id' }] }],
      [204, {}],
    ] as const) {
      expect(readAnswerAtOnce(status, JSON.stringify(body)), JSON.stringify(body)).to.equal(null);
    }
    expect(readAnswerAtOnce(200, 'Notice: x {"events": []}')).to.equal(null);
  });
});

describe('findApiCode', () => {
  it('finds a code in a sentence under an error key of any spelling', () => {
    expect(findApiCode({ success: false, errorMessage: 'Erreur Ax004 : ville inconnue' })).to.equal('Ax004');
    expect(findApiCode({ error_msg: 'Ax012 dans l’URI' })).to.equal('Ax012');
    expect(findApiCode({ statusText: 'échec (Ax001)' })).to.equal('Ax001');
  });

  it('never takes a data record’s own field for an error, even one that is exactly a code', () => {
    expect(findApiCode({ events: [{ id_agenda: '1', titre: 'AX001', description: 'Ax012' }] })).to.equal(undefined);
    expect(findApiCode({ events: [{ id: '1', title: 'AX001', date_debut: '2026-01-01' }] })).to.equal(undefined);
    expect(findApiCode({ details: { id: '1', title: 'x', description: 'voir Ax012' } })).to.equal(undefined);
    expect(findApiCode({ detail: { id_agenda: '1', titre: 'x', description: 'voir Ax012' } })).to.equal(undefined);
    // Words that merely contain an error word are not error keys.
    expect(findApiCode({ id: '2', ville: 'Amiens', postcode: 'Ax004 80000', geocode: 'Ax009 ?' })).to.equal(undefined);
    expect(findApiCode({ id_agenda: '1', titre: 'Ax007' })).to.equal(undefined);
    expect(findApiCode({ event: { id_agenda: '1', lieux_lieu: 'Ax004' } })).to.equal(undefined);
    // A record's error-like keys still count, and so does a key that is exactly a code.
    expect(findApiCode({ ville: 'Amiens', error: 'Ax004' })).to.equal('Ax004');
    expect(findApiCode({ titre: 'Agenda', Ax015: 'vide' })).to.equal('Ax015');
    // An error object naming a town is not a city record.
    expect(findApiCode({ error: { ville: 'x', type: 'Ax004' } })).to.equal('Ax004');
    expect(findApiCode({ code_erreur: 'Ax016 : ville hors zone' })).to.equal('Ax016');
  });
});

describe('decodeBody', () => {
  it('decodes UTF-8, with or without a charset, and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"titre":"Théâtre"}');
    expect(decodeBody(bytes, 'application/json; charset=utf-8')).to.equal('{"titre":"Théâtre"}');
    expect(decodeBody(bytes, null)).to.equal('{"titre":"Théâtre"}');
  });

  it('reads valid UTF-8 as UTF-8 even when labelled Latin-1 (JSON is UTF-8)', () => {
    expect(decodeBody(new TextEncoder().encode('{"titre":"Théâtre"}'), 'application/json; charset=iso-8859-1')).to.equal('{"titre":"Théâtre"}');
  });

  it('decodes the charset the Content-Type names', () => {
    expect(decodeBody(latin1('{"titre":"Théâtre"}'), 'application/json; charset=ISO-8859-1')).to.equal('{"titre":"Théâtre"}');
    expect(decodeBody(latin1('Noël'), 'text/plain;charset="latin1"')).to.equal('Noël');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, whatever the label says', () => {
    // 0x9C is "œ" in Windows-1252: French copy sent as Latin-1 uses it.
    const bytes = Uint8Array.from([...latin1('C'), 0x9c, ...latin1('ur à vif')]);
    expect(decodeBody(bytes, null)).to.equal('Cœur à vif');
    expect(decodeBody(bytes, 'application/json; charset=UTF-8')).to.equal('Cœur à vif');
    expect(decodeBody(bytes, 'application/json; charset=x-unknown')).to.equal('Cœur à vif');
  });

  it('gives a listing in Latin-1 its accents, through the client', async () => {
    const body = latin1(JSON.stringify({ events: [rawEvent({ titre: 'Fête de Noël', lieu: 'Théâtre' })] }));
    const { client } = clientWith(() => new Response(body, { headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } }));
    const page = await client.cityEvents({ city: 2 });
    expect(page.items[0]).to.include({ title: 'Fête de Noël', venue: 'Théâtre' });
  });

  it('gives an empty listing for a 204, and an Ax015 error for an event answered with one', async () => {
    const { client } = clientWith(() => new Response(null, { status: 204 }));
    const page = await client.cityEvents({ city: 2 });
    expect(page.items).to.have.length(0);
    expect(page.hasMore).to.equal(false);
    expect(await rejection(client.event(5))).to.include({ code: 'Ax015' });
  });

  it('still reads a custom fetch’s answer that only offers text()', async () => {
    const { client } = clientWith(() => {
      const answer = text(JSON.stringify({ events: [rawEvent({ titre: 'Sans octets' })] }));
      return { status: 200, ok: true, headers: answer.headers, text: () => answer.text() } as unknown as Response;
    });
    const page = await client.cityEvents({ city: 2 });
    expect(page.items[0]).to.include({ title: 'Sans octets' });
  });
});
