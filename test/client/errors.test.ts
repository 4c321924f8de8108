import { expect } from '@open-wc/testing';
import { AgendaError, errorMessage, type AgendaErrorCode } from '../../src/client/index.js';
import { findApiCode } from '../../src/client/response.js';
import { clientWith, json, rawEvent, rejection, text, type Handler } from './helpers.js';

const API_CODES = Array.from({ length: 19 }, (_, index) => `Ax${String(index + 1).padStart(3, '0')}` as AgendaErrorCode);
const CLIENT_CODES: AgendaErrorCode[] = ['network', 'timeout', 'http', 'parse', 'config'];

/** The error a city listing rejects with when every fetch answers `response()`. */
async function listingError(response: Handler, options = {}) {
  const { client, calls } = clientWith(response, { retries: 0, ...options });
  const error = await rejection(client.cityEvents({ city: 2 }));
  expect(error, String(error)).to.be.instanceOf(AgendaError);
  return { error: error as AgendaError, calls };
}

describe('client errors', () => {
  describe('messages', () => {
    it('has a distinct French and English message for every code', () => {
      const seen = new Set<string>();
      for (const code of [...API_CODES, ...CLIENT_CODES]) {
        const fr = errorMessage(code, 'fr');
        const en = errorMessage(code, 'en');
        expect(fr, code).to.be.a('string').with.length.above(5);
        expect(en, code).to.be.a('string').with.length.above(5);
        expect(fr, code).not.to.equal(en);
        expect(seen.has(en), `${code} reuses another message`).to.equal(false);
        seen.add(en);
      }
    });

    it('writes French with its typography: ’ for the apostrophe, no breakable space before : ; ! ? »', () => {
      for (const code of [...API_CODES, ...CLIENT_CODES, 'Ax020' as AgendaErrorCode]) {
        for (const message of [errorMessage(code, 'fr'), errorMessage(code, 'fr', 'HTTP 500')]) {
          expect(message, code).not.to.contain("'");
          expect(message, code).not.to.match(/ [:;!?»]|« /);
        }
      }
      expect(errorMessage('network', 'fr')).to.equal('Impossible de joindre le service d’agenda. Vérifiez votre connexion.');
      expect(errorMessage('Ax008', 'fr')).to.equal('Cet article du Mag’ est introuvable.');
      expect(errorMessage('Ax020', 'fr')).to.equal('Le service d’agenda a répondu par une erreur (Ax020).');
    });

    it('words an unknown API code with the code, and appends details', () => {
      expect(errorMessage('Ax020', 'en')).to.contain('Ax020');
      expect(errorMessage('Ax020', 'fr')).to.contain('Ax020');
      // Inside a one-sentence message, before its full stop; after a longer one.
      expect(errorMessage('http', 'en', 'HTTP 502')).to.equal('The events service answered with an error (HTTP 502).');
      expect(errorMessage('http', 'fr', 'HTTP 502')).to.equal('Le service d’agenda a répondu par une erreur (HTTP 502).');
      expect(errorMessage('config', 'fr', 'no key')).to.equal('Le widget d’agenda est mal configuré (no key).');
      expect(errorMessage('network', 'fr', 'x')).to.equal('Impossible de joindre le service d’agenda. Vérifiez votre connexion. (x)');
    });

    it('localises an error, with the status for http and the hint for config', () => {
      expect(new AgendaError('Ax004').localizedMessage('fr')).to.equal('La ville demandée est inconnue.');
      expect(new AgendaError('http', { status: 502 }).localizedMessage('en')).to.equal(
        'The events service answered with an error (HTTP 502).',
      );
      expect(new AgendaError('config', { detail: 'no key' }).localizedMessage('en')).to.contain('(no key)');
      expect(new AgendaError('Ax004', { detail: 'Ville inconnue' }).localizedMessage('en')).not.to.contain('Ville');
    });

    it('is an Error with a readable message and name', () => {
      const error = new AgendaError('Ax007', { status: 404, detail: 'introuvable' });
      expect(error).to.be.instanceOf(Error);
      expect(error.name).to.equal('AgendaError');
      expect(error.message).to.equal('Ax007: This event could not be found. (HTTP 404, introuvable)');
    });

    it('has message as its own writable property, which structuredClone keeps and the stack starts with', () => {
      const error = new AgendaError('Ax004', { status: 404 });
      const own = Object.getOwnPropertyDescriptor(error, 'message');
      expect(own?.writable, 'a data property of the error itself').to.equal(true);
      expect(structuredClone(error).message).to.equal('Ax004: The requested city is unknown. (HTTP 404)');
      // V8 starts the stack with `name: message` (Firefox and WebKit with the first frame).
      if (/^\w*Error: /.test(error.stack ?? '')) expect(error.stack!.split('\n')[0]).to.contain('The requested city is unknown.');
      error.message = 'reworded';
      expect(error.message).to.equal('reworded');
      expect(error.localizedMessage('fr'), 'the visitor’s message does not depend on it').to.equal('La ville demandée est inconnue.');
    });

    it('marks retryable errors', () => {
      expect(new AgendaError('network').retryable).to.equal(true);
      expect(new AgendaError('timeout').retryable).to.equal(true);
      expect(new AgendaError('Ax011', { status: 200 }).retryable).to.equal(true);
      expect(new AgendaError('http', { status: 503 }).retryable).to.equal(true);
      expect(new AgendaError('http', { status: 429 }).retryable).to.equal(true);
      expect(new AgendaError('http', { status: 404 }).retryable).to.equal(false);
      expect(new AgendaError('Ax004', { status: 500 }).retryable).to.equal(false);
      expect(new AgendaError('parse').retryable).to.equal(false);
      expect(new AgendaError('config').retryable).to.equal(false);
    });
  });

  describe('API codes in answers', () => {
    it('finds the code in a 200 JSON body', async () => {
      const { error, calls } = await listingError(() => json({ error: 'Ax004' }), { retries: 2 });
      expect(error).to.include({ code: 'Ax004', status: 200, retryable: false });
      expect(calls).to.have.length(1);
    });

    it('finds the code in the reference server’s 404 envelope, with its message as detail', async () => {
      const { error } = await listingError(() => json({ error: { code: 'Ax004', message: 'Ville inconnue' } }, 404));
      expect(error).to.include({ code: 'Ax004', status: 404, detail: 'Ville inconnue' });
    });

    it('finds the code in a plain-text body', async () => {
      const { error } = await listingError(() => text('Erreur Ax001 : clé incorrecte', 403));
      expect(error).to.include({ code: 'Ax001', status: 403 });
    });

    it('finds the code nested or spelled differently', () => {
      expect(findApiCode({ erreur: { code: 'Ax019' } })).to.equal('Ax019');
      expect(findApiCode({ code: 'AX016' })).to.equal('Ax016');
      expect(findApiCode({ response: [{ status: { message: 'Erreur Ax012 dans l’URI' } }] })).to.equal('Ax012');
      expect(findApiCode({ a: { b: { c: [' Ax017 '] } } })).to.equal('Ax017');
      expect(findApiCode({ Ax009: 'coordonnées incorrectes' })).to.equal('Ax009');
      expect(findApiCode('Ax003 - catégorie inconnue')).to.equal('Ax003');
    });

    it('finds the code in any words of an error answer, whatever its keys', async () => {
      const problem = { type: 'about:blank', title: 'Ax004', status: 404, detail: 'Ville inconnue' };
      expect((await listingError(() => json(problem, 404))).error).to.include({ code: 'Ax004', status: 404, detail: 'Ville inconnue' });
      // A problem object's bare code of a title is no event's title, even at 200.
      expect((await listingError(() => json(problem))).error).to.include({ code: 'Ax004', status: 200 });
      for (const body of [
        { errors: [{ status: '404', title: 'Ax004: ville inconnue' }] },
        { erreur: { numero: 'Ax004', titre: 'Ville inconnue' } },
        { result: 'Erreur Ax004 : ville inconnue' },
      ]) {
        expect((await listingError(() => json(body, 400))).error, JSON.stringify(body)).to.include({ code: 'Ax004', status: 400 });
      }
      // At 200: whatever sits under an error key is about the error; a body that says it failed is read whole.
      expect(findApiCode({ erreur: { numero: 'Ax004', titre: 'Ville inconnue' } })).to.equal('Ax004');
      const failed = { ok: false, error_code: 404, description: 'Ax004 : ville inconnue' };
      expect((await listingError(() => json(failed))).error).to.include({ code: 'Ax004', status: 200 });
    });

    it('reads no code into the words of an answer that carries records, whatever its status', async () => {
      const sony = { id: 3, nom: 'Concert', date_debut: '2030-12-01', description: 'avec la Sony AX100' };
      expect(findApiCode({ events: [sony] })).to.equal(undefined);
      expect(findApiCode({ next: 'https://x.example/visuels/ax123.jpg', events: [rawEvent()] })).to.equal(undefined);
      // A 500 that still carries events is a server failure (retried), not the code a description mentions.
      const broken = await listingError(() => json({ events: [rawEvent({ description: 'voir Ax012' })] }, 500));
      expect(broken.error).to.include({ code: 'http', status: 500, retryable: true });
    });

    it('looks under error-like keys first, then elsewhere, each in the order the body gives them', () => {
      expect(findApiCode({ data: ['Ax017'], error: { code: 'Ax004' } })).to.equal('Ax004');
      expect(findApiCode({ data: ['Ax017'], more: ['Ax012'] })).to.equal('Ax017');
      expect(findApiCode({ message: 'Erreur Ax008', code: 'Ax004' })).to.equal('Ax008');
    });

    it('does not take an event’s free text for an error', async () => {
      expect(findApiCode({ events: [{ titre: 'Soirée Ax012', description: 'voir Ax004' }] })).to.equal(undefined);
      expect(findApiCode({ status: 'ok', events: [{ id_agenda: '7', titre: 'AX001' }] })).to.equal(undefined);
      const { client } = clientWith(() => json({ events: [rawEvent({ titre: 'Concert Ax012' })] }));
      const page = await client.cityEvents({ city: 2 });
      expect(page.items[0]!.title).to.equal('Concert Ax012');
    });

    it('turns Ax015 into an empty result on listings and city lists, and an error elsewhere', async () => {
      const { client, calls } = clientWith(() => json({ error: { code: 'Ax015', message: 'Résultat vide' } }, 404));
      expect(await client.cityEvents({ city: 2, offset: 30, limit: 15 })).to.deep.equal({
        items: [],
        offset: 30,
        limit: 15,
        hasMore: false,
        dropped: 0,
      });
      expect((await client.geoEvents({ restricted: true })).items).to.deep.equal([]);
      expect(await client.searchCities({ query: 'zzz' })).to.deep.equal([]);
      expect(await client.nearbyCities({ lat: 49, lon: 2 })).to.deep.equal([]);
      expect(await rejection(client.event(5))).to.include({ code: 'Ax015' });
      expect(calls).to.have.length(5);
    });

    it('retries Ax011 (the API’s PHP error)', async () => {
      const { client, calls } = clientWith((_url, _init, index) => (index === 0 ? json({ error: 'Ax011' }, 500) : json({ events: [] })), {
        retries: 1,
      });
      expect((await client.cityEvents({ city: 2 })).items).to.deep.equal([]);
      expect(calls).to.have.length(2);
    });
  });

  describe('failures without a code', () => {
    it('gives http with the status for a non-2xx answer', async () => {
      const { error } = await listingError(() => text('<h1>Bad Gateway</h1>', 502));
      expect(error).to.include({ code: 'http', status: 502, retryable: true });
      const notFound = await listingError(() => json({ message: 'not found' }, 404));
      expect(notFound.error).to.include({ code: 'http', status: 404, retryable: false });
    });

    it('gives http for a 200 answer that says it failed, with its words as detail', async () => {
      for (const body of [
        { success: false, events: null, message: 'Paramètre invalide' },
        { events: [], error: 'Clé API désactivée' },
        { status: 'error', data: null },
        { statut: 403, villes: [] },
        { ok: false },
      ]) {
        const { error } = await listingError(() => json(body));
        expect(error, JSON.stringify(body)).to.include({ code: 'http', status: 200, retryable: false });
      }
      expect((await listingError(() => json({ success: false, message: 'Paramètre invalide' }))).error.detail).to.equal('Paramètre invalide');
      // Flags that say all is well, or nothing, are no failure; nor is a listing that brings its events anyway.
      for (const body of [
        { status: 'ok', success: true, error: null, errors: [], erreur: '', events: [rawEvent()] },
        { events: [rawEvent()], errors: ['visuel manquant'] },
        { data: [rawEvent()], error: '0', success: false },
        { events: [rawEvent()], error: { code: 0, message: '' } },
      ]) {
        const { client } = clientWith(() => json(body));
        expect((await client.cityEvents({ city: 2 })).items, JSON.stringify(body)).to.have.length(1);
      }
      for (const body of [{ erreur: 'aucune', events: [] }, { error: { code: 0, message: '' }, events: null }]) {
        const { client } = clientWith(() => json(body));
        expect((await client.cityEvents({ city: 2 })).items, JSON.stringify(body)).to.deep.equal([]);
      }
    });

    it('gives parse for a 200 answer that is not JSON, or is empty', async () => {
      expect((await listingError(() => text('<html>maintenance</html>'))).error).to.include({ code: 'parse', status: 200 });
      expect((await listingError(() => text(''))).error).to.include({ code: 'parse' });
      expect((await listingError(() => json(12))).error).to.include({ code: 'parse' });
    });

    it('gives network when fetch rejects with a TypeError', async () => {
      const { error, calls } = await listingError(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(error).to.include({ code: 'network', retryable: true, detail: 'Failed to fetch' });
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(calls).to.have.length(1);
    });

    it('gives network when the real fetch cannot connect', async () => {
      // Port 9 on loopback (discard) is closed on test machines: the browser's own fetch fails fast.
      const { AgendaClient } = await import('../../src/client/index.js');
      const client = new AgendaClient({ apiKey: 'demokey1', apiBase: 'http://127.0.0.1:9', retries: 0, timeoutMs: 5000 });
      const error = await rejection(client.categories());
      expect(error).to.be.instanceOf(AgendaError);
      expect((error as AgendaError).code).to.be.oneOf(['network', 'timeout']);
    });

    it('gives timeout when fetch never answers, even when it ignores its signal', async () => {
      const started = performance.now();
      const { error, calls } = await listingError(() => new Promise<Response>(() => {}), { timeoutMs: 50 });
      expect(error).to.include({ code: 'timeout', retryable: true });
      expect(performance.now() - started).to.be.below(1000);
      expect(calls).to.have.length(1);
    });

    it('aborts the fetch’s signal on timeout', async () => {
      let seen: AbortSignal | undefined;
      const { error } = await listingError(
        (_url, init) => {
          seen = init?.signal ?? undefined;
          return new Promise<Response>(() => {});
        },
        { timeoutMs: 30 },
      );
      expect(error.code).to.equal('timeout');
      expect(seen?.aborted).to.equal(true);
    });

    it('times out a body that never ends', async () => {
      const stalled = () => new Response(new ReadableStream({ start() {} }), { status: 200 });
      const { error } = await listingError(stalled, { timeoutMs: 50 });
      expect(error.code).to.equal('timeout');
    });
  });
});
