import { expect } from '@open-wc/testing';
import { AgendaError } from '../../src/client/index.js';
import { TtlLruCache } from '../../src/client/cache.js';
import { anySignal } from '../../src/client/transport.js';
import { clientWith, deferred, delay, json, rawEvent, rejection } from './helpers.js';

/** Checks that `error` is a caller abort, not a wrapped network error. */
function expectAbort(error: unknown): void {
  expect(error, String(error)).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
  expect(error).not.to.be.instanceOf(AgendaError);
}

const page = () => json({ events: [rawEvent()] });

describe('client transport', () => {
  describe('request shape', () => {
    it('sends a plain GET with Accept: application/json, without credentials, with a signal', async () => {
      const { client, calls } = clientWith(page);
      await client.cityEvents({ city: 2 });
      const init = calls[0]!.init!;
      expect(init.method).to.equal('GET');
      expect(init.credentials).to.equal('omit');
      expect(new Headers(init.headers).get('Accept')).to.equal('application/json');
      expect([...new Headers(init.headers).keys()]).to.deep.equal(['accept']);
      expect(init.signal).to.be.instanceOf(AbortSignal);
    });
  });

  describe('abort', () => {
    it('rejects at once with AbortError when the caller aborts, and does not retry', async () => {
      let seen: AbortSignal | undefined;
      const { client, calls } = clientWith((_url, init) => {
        seen = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      }, { retries: 3 });
      const controller = new AbortController();
      const pending = client.cityEvents({ city: 2 }, { signal: controller.signal });
      await delay(10);
      const started = performance.now();
      controller.abort();
      expectAbort(await rejection(pending));
      expect(performance.now() - started).to.be.below(100);
      expect(seen?.aborted, 'the fetch is aborted too').to.equal(true);
      await delay(30);
      expect(calls).to.have.length(1);
    });

    it('rejects an already-aborted call without fetching', async () => {
      const { client, calls } = clientWith(page);
      const error = await rejection(client.cityEvents({ city: 2 }, { signal: AbortSignal.abort() }));
      expectAbort(error);
      expect(calls).to.have.length(0);
    });

    it('keeps the AbortError the caller aborted with', async () => {
      const { client } = clientWith(() => new Promise<Response>(() => {}));
      const controller = new AbortController();
      const reason = new DOMException('left the page', 'AbortError');
      const pending = client.event(3, { signal: controller.signal });
      controller.abort(reason);
      expect(await rejection(pending)).to.equal(reason);
    });

    it('rejects with AbortError, not a network error, when a real fetch rejects because of the abort', async () => {
      const { client } = clientWith((_url, init) => new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }));
      const controller = new AbortController();
      const pending = client.categories({ signal: controller.signal });
      await delay(5);
      controller.abort();
      expectAbort(await rejection(pending));
    });

    it('stops waiting between retries when aborted', async () => {
      const { client, calls } = clientWith(() => json({}, 503), { retries: 3, retryDelayMs: 10_000 });
      const controller = new AbortController();
      const pending = client.categories({ signal: controller.signal });
      await delay(30);
      controller.abort();
      expectAbort(await rejection(pending));
      expect(calls).to.have.length(1);
    });
  });

  describe('in-flight de-duplication', () => {
    it('makes one fetch for three identical concurrent calls, each getting its own copy', async () => {
      const answer = deferred<Response>();
      const { client, calls } = clientWith(() => answer.promise);
      const pending = [client.cityEvents({ city: 2 }), client.cityEvents({ city: '2' }), client.cityEvents({ city: 2 })];
      answer.resolve(page());
      const pages = await Promise.all(pending);
      expect(calls).to.have.length(1);
      expect(pages[0]).to.deep.equal(pages[1]);
      expect(pages[0]).to.deep.equal(pages[2]);
      expect(pages[0]).not.to.equal(pages[1]);
      pages[0]!.items.length = 0;
      expect(pages[1]!.items).to.have.length(1);
    });

    it('hands callers that share it the cached page itself, frozen, and still a copy to the others', async () => {
      const { client, calls } = clientWith(page, { cacheSize: 10 });
      const first = await client.cityEvents({ city: 2 }, { shared: true });
      const second = await client.cityEvents({ city: 2 }, { shared: true });
      const copied = await client.cityEvents({ city: 2 });
      expect(calls).to.have.length(1);
      expect(second).to.equal(first);
      expect(Object.isFrozen(first) && Object.isFrozen(first.items) && Object.isFrozen(first.items[0]!.category)).to.equal(true);
      expect(() => first.items.push(first.items[0]!)).to.throw(TypeError);
      expect(copied).to.deep.equal(first);
      expect(copied).not.to.equal(first);
      copied.items.length = 0;
      expect((await client.cityEvents({ city: 2 }, { shared: true })).items).to.have.length(1);
    });

    it('does not share different URLs', async () => {
      const { client, calls } = clientWith(page);
      await Promise.all([client.cityEvents({ city: 2 }), client.cityEvents({ city: 3 })]);
      expect(calls).to.have.length(2);
    });

    it('keeps the shared request alive while another caller waits', async () => {
      const answer = deferred<Response>();
      let seen: AbortSignal | undefined;
      const { client, calls } = clientWith((_url, init) => {
        seen = init?.signal ?? undefined;
        return answer.promise;
      });
      const first = new AbortController();
      const quitter = client.cityEvents({ city: 2 }, { signal: first.signal });
      const stayer = client.cityEvents({ city: 2 }, { signal: new AbortController().signal });
      const plain = client.cityEvents({ city: 2 });
      first.abort();
      expectAbort(await rejection(quitter));
      await delay(5);
      expect(seen?.aborted).to.equal(false);
      answer.resolve(page());
      expect((await stayer).items).to.have.length(1);
      expect((await plain).items).to.have.length(1);
      expect(calls).to.have.length(1);
    });

    it('aborts the shared request when every caller has aborted, and starts afresh afterwards', async () => {
      let seen: AbortSignal | undefined;
      const { client, calls } = clientWith((_url, init, index) => {
        seen = init?.signal ?? undefined;
        return index === 0 ? new Promise<Response>(() => {}) : page();
      });
      const a = new AbortController();
      const b = new AbortController();
      const first = client.cityEvents({ city: 2 }, { signal: a.signal });
      const second = client.cityEvents({ city: 2 }, { signal: b.signal });
      await delay(5);
      a.abort();
      expect(seen?.aborted).to.equal(false);
      b.abort();
      expect(seen?.aborted).to.equal(true);
      expectAbort(await rejection(first));
      expectAbort(await rejection(second));
      expect((await client.cityEvents({ city: 2 })).items).to.have.length(1);
      expect(calls).to.have.length(2);
    });

    it('shares a failure with every waiter without retrying it per caller', async () => {
      const { client, calls } = clientWith(() => json({ error: 'Ax004' }, 404), { retries: 2 });
      const errors = await Promise.all([1, 2, 3].map(() => rejection(client.cityEvents({ city: 99 }))));
      for (const error of errors) expect(error).to.have.property('code', 'Ax004');
      expect(calls).to.have.length(1);
    });
  });

  describe('cache', () => {
    it('serves a repeated call from the cache', async () => {
      const { client, calls } = clientWith(page, { cacheSize: 10 });
      const first = await client.cityEvents({ city: 2 });
      const second = await client.cityEvents({ city: 2 });
      expect(second).to.deep.equal(first);
      expect(second).not.to.equal(first);
      expect(calls).to.have.length(1);
      client.clearCache();
      await client.cityEvents({ city: 2 });
      expect(calls).to.have.length(2);
    });

    it('forgets answers after their TTL', async () => {
      const { client, calls } = clientWith(page, { cacheSize: 10, cacheTtlMs: 40 });
      await client.categories();
      await client.categories();
      expect(calls).to.have.length(1);
      await delay(60);
      await client.categories();
      expect(calls).to.have.length(2);
    });

    it('evicts the least recently used answer beyond its size', async () => {
      const { client, calls } = clientWith(page, { cacheSize: 2 });
      await client.cityEvents({ city: 1 });
      await client.cityEvents({ city: 2 });
      await client.cityEvents({ city: 1 }); // hit: city 1 becomes the most recent
      await client.cityEvents({ city: 3 }); // evicts city 2
      expect(calls).to.have.length(3);
      await client.cityEvents({ city: 1 });
      expect(calls).to.have.length(3);
      await client.cityEvents({ city: 2 });
      expect(calls).to.have.length(4);
    });

    it('never caches failures', async () => {
      const { client, calls } = clientWith((_url, _init, index) => (index === 0 ? json({ error: 'Ax007' }, 404) : json({ event: rawEvent() })), {
        cacheSize: 10,
      });
      expect(await rejection(client.event(101))).to.have.property('code', 'Ax007');
      expect((await client.event(101)).id).to.equal(101);
      expect(calls).to.have.length(2);
    });

    it('caches an empty (Ax015) listing like any answer', async () => {
      const { client, calls } = clientWith(() => json({ error: { code: 'Ax015' } }, 404), { cacheSize: 10 });
      await client.cityEvents({ city: 2 });
      await client.cityEvents({ city: 2 });
      expect(calls).to.have.length(1);
    });

    it('bounds entries and expires them (unit)', () => {
      let now = 0;
      const cache = new TtlLruCache<number>(2, 100, () => now);
      cache.set('a', 1);
      cache.set('b', 2);
      cache.set('c', 3);
      expect(cache.size).to.equal(2);
      expect(cache.get('a')).to.equal(undefined);
      expect(cache.get('b')).to.equal(2);
      now = 100;
      expect(cache.get('b')).to.equal(undefined);
      expect(new TtlLruCache<number>(0, 100).size).to.equal(0);
    });
  });

  describe('retry', () => {
    it('retries a 503 and succeeds on the second fetch', async () => {
      const { client, calls } = clientWith((_url, _init, index) => (index === 0 ? json({}, 503) : page()));
      expect((await client.cityEvents({ city: 2 })).items).to.have.length(1);
      expect(calls).to.have.length(2);
    });

    it('retries network errors and timeouts, up to `retries` extra attempts', async () => {
      const { client, calls } = clientWith(() => Promise.reject(new TypeError('offline')), { retries: 2 });
      expect(await rejection(client.categories())).to.have.property('code', 'network');
      expect(calls).to.have.length(3);
      const slow = clientWith(() => new Promise<Response>(() => {}), { retries: 1, timeoutMs: 20 });
      expect(await rejection(slow.client.categories())).to.have.property('code', 'timeout');
      expect(slow.calls).to.have.length(2);
    });

    it('does not retry a 404, an API code or a parse error', async () => {
      for (const answer of [() => json({}, 404), () => json({ error: 'Ax003' }, 400), () => new Response('oops')]) {
        const { client, calls } = clientWith(answer, { retries: 3 });
        await rejection(client.categories());
        expect(calls).to.have.length(1);
      }
    });

    it('backs off exponentially', async () => {
      const times: number[] = [];
      const { client } = clientWith(() => {
        times.push(performance.now());
        return json({}, 500);
      }, { retries: 2, retryDelayMs: 40 });
      await rejection(client.categories());
      const [first, second] = [times[1]! - times[0]!, times[2]! - times[1]!];
      // Jitter keeps each wait within [50 %, 100 %] of 40 ms, then of 80 ms.
      expect(first).to.be.within(15, 200);
      expect(second).to.be.within(35, 300);
    });

    it('honours Retry-After on a 429', async () => {
      const times: number[] = [];
      const { client, calls } = clientWith((_url, _init, index) => {
        times.push(performance.now());
        return index === 0 ? json({}, 429, { 'Retry-After': '1' }) : json({ categories: [] });
      }, { retryDelayMs: 1 });
      expect((await client.categories()).length).to.equal(0);
      expect(calls).to.have.length(2);
      expect(times[1]! - times[0]!).to.be.at.least(950);
    });

    it('fails at once when Retry-After exceeds the cap', async () => {
      const { client, calls } = clientWith(() => json({}, 503, { 'Retry-After': '120' }), { retries: 2 });
      expect(await rejection(client.categories())).to.include({ code: 'http', status: 503 });
      expect(calls).to.have.length(1);
    });
  });

  describe('anySignal', () => {
    it('follows whichever signal aborts first, with its reason', () => {
      const a = new AbortController();
      const b = new AbortController();
      const { signal, dispose } = anySignal([a.signal, b.signal]);
      expect(signal.aborted).to.equal(false);
      b.abort('because');
      expect(signal.aborted).to.equal(true);
      expect(signal.reason).to.equal('because');
      dispose();
    });

    it('works without AbortSignal.any', () => {
      const native = (AbortSignal as { any?: unknown }).any;
      try {
        (AbortSignal as { any?: unknown }).any = undefined;
        const a = new AbortController();
        const { signal, dispose } = anySignal([a.signal, new AbortController().signal]);
        a.abort('first');
        expect(signal.aborted).to.equal(true);
        expect(signal.reason).to.equal('first');
        dispose();
        expect(anySignal([AbortSignal.abort('early')]).signal.reason).to.equal('early');
      } finally {
        (AbortSignal as { any?: unknown }).any = native;
      }
    });
  });
});
