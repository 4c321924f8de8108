/**
 * Test doubles for the client: a scripted `fetch` that records its calls, JSON responses, and a way to await
 * a rejection. Every client test injects its own fetch, so no test depends on the network.
 */
import { AgendaClient, type AgendaClientOptions } from '../../src/client/index.js';

/** One recorded fetch call. */
export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
}

/** Decides the answer to the `index`-th call (0-based). */
export type Handler = (url: string, init: RequestInit | undefined, index: number) => Response | Promise<Response>;

/** A fetch that answers through `handler` and remembers each call. */
export interface FakeFetch {
  fetch: typeof fetch;
  calls: FetchCall[];
}

/** A fake fetch; with no handler, any call fails the test. */
export function fakeFetch(handler: Handler = () => Promise.reject(new Error('fetch must not be called'))): FakeFetch {
  const calls: FetchCall[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return Promise.resolve().then(() => handler(url, init, calls.length - 1));
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A text response. */
export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain', ...headers } });
}

/** Base URL used by unit tests; never contacted. */
export const TEST_BASE = 'https://api.test';

/** A client over a fake fetch, with fast retries and no cache unless asked. */
export function clientWith(
  handler?: Handler,
  options: Partial<AgendaClientOptions> = {},
): { client: AgendaClient; calls: FetchCall[] } {
  const fake = fakeFetch(handler);
  const client = new AgendaClient({
    apiKey: 'demokey1',
    apiBase: TEST_BASE,
    fetch: fake.fetch,
    retryDelayMs: 1,
    cacheSize: 0,
    ...options,
  });
  return { client, calls: fake.calls };
}

/** The reason `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Resolves after `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A promise with its resolve function exposed, to finish a fetch when the test decides. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A minimal valid listing record, with overrides. */
export function rawEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id_agenda: '101',
    titre: 'Quatuor Ébène',
    description: '<p>Un concert</p>',
    gratuit: '0',
    url_resa: 'https://billetterie.example/101',
    visuel: 'https://img.example/101.jpg',
    cat_url: 'concert',
    couleur: '#E63946',
    cat_nom: 'Concert',
    date_debut: '2026-12-01',
    date_fin: '2026-12-01',
    etat: 'ok',
    nextdate: '2026-12-01',
    lieu: 'Maison de la Culture',
    sponsored: '0',
    artistes: 'Pierre Colombet, Gabriel Le Magadure',
    nb_artistes: '2',
    ...overrides,
  };
}
