/**
 * Faulty networks and APIs against the elements (issue #6). Each fault must give the right state, message and
 * `agenda-error` code, be retried only when retrying can help (network, timeout, 5xx, 429, Ax011; never 4xx,
 * an `AxNNN` or an unreadable answer), never let an older configuration's answer through, and give way to the
 * data once the API answers again.
 *
 * The elements use the page's shared client for their API base and key. These tests create those clients
 * first, under keys of their own, with the production timeout and retry count but short delays: the fault
 * handling is the production one, only faster. The timeout tests use a second key whose per-attempt limit is
 * short, since the production 10 s limit (`timeoutMs`, `src/client/agenda-client.ts`) is the transport's to test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaErrorEvent, AgendaEvent, AgendaEvents, AgendaLoadEvent } from '../../src/index.js';
import { errorMessage, getClient, type AgendaErrorCode } from '../../src/client/index.js';
import { FakeApi, rawDetail, rawEvent } from '../helpers/fake-api.js';
import { $, $$, announcement, tick, until } from '../helpers/elements.js';
import { tally } from './tally.js';

/** The key of the fast shared client, production timeout. */
const KEY = 'faults01';
/** The key of the client with a short per-attempt limit, for servers that never answer. */
const SLOW_KEY = 'timeout1';
/** Requests per failure when it is retried: the first attempt and the client's two retries. */
const RETRIED = 3;
/** The API's nineteen documented codes. */
const CODES = Array.from({ length: 19 }, (_, index) => `Ax${String(index + 1).padStart(3, '0')}` as AgendaErrorCode);

const clients = [
  getClient({ apiKey: KEY, apiBase: '/api', retryDelayMs: 1, maxRetryAfterMs: 1_000 }),
  getClient({ apiKey: SLOW_KEY, apiBase: '/api', timeoutMs: 150, retryDelayMs: 1 }),
];

/** French messages, written out here so the test does not take the element's word for them. */
const MESSAGES = {
  network: 'Impossible de joindre le service d’agenda. Vérifiez votre connexion.',
  timeout: 'Le service d’agenda met trop de temps à répondre.',
  parse: 'La réponse du service d’agenda est illisible.',
  http: (status: number) => `Le service d’agenda a répondu par une erreur (HTTP ${status}).`,
};
const LISTING_TITLE = 'Les événements n’ont pas pu être affichés.';
const DETAIL_TITLE = 'L’événement n’a pas pu être affiché.';
const NOT_FOUND_HINT = 'Il a peut-être été retiré de l’agenda ou son adresse est incorrecte.';

/** How the fake API answers a path. */
type Fault = (path: string) => Response | Promise<Response>;

/** An answer with `body` as text. */
function answer(body: string, status = 200, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': type, ...headers } });
}

/** `body` labelled as JSON, whatever it really is. */
function jsonText(body: string, status = 200): Response {
  return answer(body, status, 'application/json');
}

/** JSON in Latin-1 bytes, as a PHP back end sends it: accents as single bytes, anything beyond as `\uXXXX`. */
function latin1(body: unknown): Uint8Array<ArrayBuffer> {
  const text = JSON.stringify(body).replace(/[\u0100-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

/** A JSON answer. */
function json(body: unknown, status = 200): Response {
  return jsonText(JSON.stringify(body), status);
}

/** What a fetch does when the connection is reset, refused or offline. */
function resetConnection(): Promise<Response> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

/** A server that accepts the connection and never answers; the fake still honours the AbortSignal. */
function neverAnswer(): Promise<Response> {
  return new Promise<Response>(() => {});
}

/** `count` listing records starting at `offset`, titled after `label`. */
function events(count: number, offset = 0, label = 'Événement'): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    ...rawEvent(offset + index),
    titre: `${label} ${offset + index + 1}`,
  }));
}

/** Records what the elements dispatch on the document while a test runs. */
class Dispatched {
  readonly errors: AgendaErrorEvent[] = [];
  readonly loads: AgendaLoadEvent[] = [];
  readonly #onError = (event: AgendaErrorEvent): void => void this.errors.push(event);
  readonly #onLoad = (event: AgendaLoadEvent): void => void this.loads.push(event);

  constructor() {
    document.addEventListener('agenda-error', this.#onError as EventListener);
    document.addEventListener('agenda-load', this.#onLoad as EventListener);
  }

  /** The next `agenda-error` from now on. */
  async nextError(): Promise<AgendaErrorEvent> {
    const seen = this.errors.length;
    await waitUntil(() => this.errors.length > seen, 'waited for agenda-error', { timeout: 10000 });
    return this.errors[seen]!;
  }

  /** The next `agenda-load` from now on. */
  async nextLoad(): Promise<AgendaLoadEvent> {
    const seen = this.loads.length;
    await waitUntil(() => this.loads.length > seen, 'waited for agenda-load', { timeout: 10000 });
    return this.loads[seen]!;
  }

  /** Stops recording. */
  dispose(): void {
    document.removeEventListener('agenda-error', this.#onError as EventListener);
    document.removeEventListener('agenda-load', this.#onLoad as EventListener);
  }
}

/** Records `tried` cases of `label` for the report, with what failed, and fails the test if anything did. */
async function report(label: string, tried: number, failures: string[]): Promise<void> {
  await tally('faults', label, tried, failures);
  expect(failures, label).to.deep.equal([]);
}

/** Runs one case, recording it for the report whatever its outcome. */
async function attempt(label: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    await tally('faults', label, 1, [String(error)]);
    throw error;
  }
  await tally('faults', label, 1);
}

/** Runs `run` for every case, recording each failure (named by `name`) rather than stopping at the first. */
async function attemptEach<T>(
  label: string,
  cases: readonly T[],
  name: (item: T) => string,
  run: (item: T) => Promise<void>,
): Promise<void> {
  const failures: string[] = [];
  for (const item of cases) {
    try {
      await run(item);
    } catch (error) {
      failures.push(`${name(item)}: ${String(error)}`);
    }
  }
  await report(label, cases.length, failures);
}

/** What a failed load must show and report. */
interface Failure {
  code: AgendaErrorCode;
  message: string;
  status?: number;
  /** Requests the failure took (attempts included). */
  requests: number;
  /** Whether the error state offers a retry button. */
  retry: boolean;
  /** Heading of the error state. */
  title?: string;
}

type ClientCode = 'http' | 'network' | 'timeout' | 'parse';

/** What a failure with a client code shows; `status` is the HTTP status, when an answer came. */
function failure(code: ClientCode, status: number | undefined, requests: number, retry: boolean, title?: string): Failure {
  const message = code === 'http' ? MESSAGES.http(status!) : MESSAGES[code];
  return { code, message, requests, retry, ...(status === undefined ? {} : { status }), ...(title ? { title } : {}) };
}

/** A failure the client retries (`RETRIED` requests in all), then shows with a retry button. */
function retried(code: 'http' | 'network' | 'timeout', status?: number, title?: string): Failure {
  return failure(code, status, RETRIED, true, title);
}

/** A failure shown after its one request, without a retry button. */
function final(code: 'http' | 'parse', status?: number, title?: string): Failure {
  return failure(code, status, 1, false, title);
}

/** What an `AxNNN` in an answer of `status` shows: only Ax011 (a PHP error) is retried. */
function apiFailure(code: AgendaErrorCode, status: number, title?: string): Failure {
  const retry = code === 'Ax011';
  return { code, status, message: errorMessage(code, 'fr'), requests: retry ? RETRIED : 1, retry, ...(title ? { title } : {}) };
}

describe('hostile: faulty networks and APIs', function () {
  // Generous: other suites share the machine, and megabyte answers are slow to build in a loaded browser.
  this.timeout(90000);
  let api: FakeApi;
  let dispatched: Dispatched;

  beforeEach(() => {
    api = new FakeApi().install();
    for (const client of clients) client.clearCache();
    dispatched = new Dispatched();
  });

  afterEach(() => {
    dispatched.dispose();
    api.restore();
  });

  /** A listing of city 2 under the fast key, five events a page. */
  function listing(key = KEY): Promise<AgendaEvents> {
    return fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key=${key} city="2" limit="5"></agenda-events>`);
  }

  /** An event's detail under `key`. */
  function detailOf(id: number, key = KEY): Promise<AgendaEvent> {
    return fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key=${key} event-id=${id}></agenda-event>`);
  }

  /** Checks the error state, the live region, the event, the request count; axe included. */
  async function expectFailure(el: HTMLElement, failed: Promise<AgendaErrorEvent>, expected: Failure): Promise<void> {
    const event = await failed;
    expect(event.target, 'dispatched by the element').to.equal(el);
    expect(event.detail.code, 'code').to.equal(expected.code);
    expect(event.detail.status, 'status').to.equal(expected.status);
    expect(event.detail.message, 'message').to.equal(expected.message);
    const shown = await until(el, '[part="error"]');
    expect(shown.textContent).to.contain(expected.title ?? LISTING_TITLE);
    expect(shown.textContent).to.contain(expected.message);
    // For support: the API's code, or the HTTP status rather than "http".
    const code = expected.code === 'http' && expected.status !== undefined ? `HTTP ${expected.status}` : expected.code;
    expect(shown.textContent).to.contain(`Code\u00a0: ${code}`);
    expect(announcement(el), 'announced').to.equal(expected.message);
    expect($(el, '[part="retry"]') !== null, 'retry button').to.equal(expected.retry);
    expect($$(el, 'article.card'), 'no data shown').to.be.empty;
    expect(api.requests, 'requests').to.have.length(expected.requests);
    expect(dispatched.errors, 'one agenda-error').to.have.length(1);
    expect(dispatched.loads, 'no agenda-load').to.be.empty;
    await expect(el).to.be.accessible();
  }

  /** Mounts a listing whose city answers with `fault`, and checks the failure. */
  async function listingFails(fault: Fault, expected: Failure, key = KEY): Promise<AgendaEvents> {
    api.on(/\/json\/2(\/|$)/, fault);
    const failed = dispatched.nextError();
    const el = await listing(key);
    await expectFailure(el, failed, expected);
    return el;
  }

  describe('transient failures: retried, then shown with a retry button', () => {
    const transient: [string, Fault, Failure][] = [
      ['HTTP 500', () => answer('Internal Server Error', 500), retried('http', 500)],
      ['HTTP 502', () => answer('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html'), retried('http', 502)],
      ['HTTP 503', () => answer('Service Unavailable', 503, 'text/plain', { 'Retry-After': '0' }), retried('http', 503)],
      ['HTTP 429', () => json({ message: 'Too Many Requests' }, 429), retried('http', 429)],
      ['connection reset', resetConnection, retried('network')],
    ];
    for (const [label, fault, expected] of transient) {
      it(`${label}: tried ${RETRIED} times, then shown and offered again`, async () => {
        await attempt(label, async () => {
          const el = await listingFails(fault, expected);
          expect(new Set(api.paths), 'the same request each time').to.have.property('size', 1);
          // The network comes back: the retry button loads the events, and the error goes.
          api.overrides.length = 0;
          const loaded = dispatched.nextLoad();
          $(el, '[part="retry"]')!.click();
          expect((await loaded).detail.items).to.have.length(5);
          await el.updateComplete;
          expect($(el, '[part="error"]')).to.be.null;
          expect($$(el, 'article.card')).to.have.length(5);
          expect(announcement(el)).to.equal('5 événements affichés.');
          expect(api.requests).to.have.length(RETRIED + 1);
        });
      });
    }

    it('a server that never answers: each attempt is timed out and aborted, then retry loads', async () => {
      await attempt('no answer (timeout)', async () => {
        const el = await listingFails(neverAnswer, retried('timeout'), SLOW_KEY);
        expect(api.requests.map((request) => request.aborted), 'every attempt cancelled').to.deep.equal([true, true, true]);
        api.overrides.length = 0;
        $(el, '[part="retry"]')!.click();
        await until(el, 'article.card');
        expect(api.requests).to.have.length(RETRIED + 1);
      });
    });

    it('429 with a Retry-After longer than a visitor should wait: shown at once, not retried', async () => {
      await attempt('HTTP 429, Retry-After 1 h', async () => {
        // Still offered again: the visitor may well try later.
        await listingFails(() => answer('slow down', 429, 'text/plain', { 'Retry-After': '3600' }), failure('http', 429, 1, true));
      });
    });

    it('a failure that clears up between attempts is never shown', async () => {
      await attempt('503 then 200', async () => {
        let calls = 0;
        api.on(/\/json\/2(\/|$)/, () => (++calls < RETRIED ? answer('busy', 503) : json({ events: events(5) })));
        const loaded = dispatched.nextLoad();
        const el = await listing();
        expect((await loaded).detail.items).to.have.length(5);
        await el.updateComplete;
        expect($$(el, 'article.card')).to.have.length(5);
        expect(api.requests).to.have.length(RETRIED);
        expect(dispatched.errors).to.be.empty;
        expect($(el, '[part="error"]')).to.be.null;
      });
    });
  });

  describe('answers retrying cannot fix: shown at once, without a retry button', () => {
    const maintenance = '<!doctype html><html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>';
    const notice = '<br />\n<b>Notice</b>: Undefined index in /var/www/api.php on line 12<br />\n';
    const permanent: [string, Fault, Failure][] = [
      ['HTTP 404 without a code', () => answer('Not Found', 404), final('http', 404)],
      ['HTTP 403 HTML page', () => answer('<!doctype html><title>Forbidden</title><p>Denied', 403, 'text/html'), final('http', 403)],
      ['malformed JSON', () => jsonText('{"events": [{"id_agenda": "1", titre: Concert}]}'), final('parse', 200)],
      ['truncated JSON', () => jsonText(JSON.stringify({ events: events(5) }).slice(0, 700)), final('parse', 200)],
      ['empty body', () => jsonText(''), final('parse', 200)],
      ['blank body', () => jsonText(' \r\n\t'), final('parse', 200)],
      // Read as JSON, refused by the model: no status is reported for a shape error.
      ['JSON of the wrong shape', () => json({ status: 'ok', count: 3 }), final('parse')],
      ['JSON scalar', () => json(42), final('parse')],
      ['HTML page served as 200 (text/html)', () => answer(maintenance, 200, 'text/html'), final('parse', 200)],
    ];
    for (const [label, fault, expected] of permanent) {
      it(`${label}: ${expected.code}, one request`, async () => {
        await attempt(label, async () => {
          await listingFails(fault, expected);
        });
      });
    }

    it('accepts JSON whatever its content type, charset, byte-order mark or PHP notices', async () => {
      const cases: [string, () => Response][] = [
        ['text/html', () => answer(JSON.stringify({ events: events(3) }), 200, 'text/html; charset=UTF-8')],
        ['no content type', () => new Response(new Blob([JSON.stringify({ events: events(3) })]))],
        ['byte-order mark', () => jsonText(`\ufeff${JSON.stringify({ events: events(3) })}`)],
        // A PHP host showing its notices prints them before a complete answer: the events are still there.
        ['PHP notice before the JSON', () => answer(notice + JSON.stringify({ events: events(3) }), 200, 'text/html')],
        ['Latin-1 body', () => new Response(latin1({ events: events(3) }), { headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } })],
      ];
      await attemptEach('wrong content type, JSON body', cases, ([name]) => name, async ([, respond]) => {
        api.requests.length = 0;
        clients[0]!.clearCache();
        api.overrides.length = 0;
        api.on(/\/json\/2(\/|$)/, respond);
        const loaded = dispatched.nextLoad();
        const el = await listing();
        try {
          expect((await loaded).detail.items).to.have.length(3);
          await el.updateComplete;
          expect($$(el, 'article.card')).to.have.length(3);
          expect(api.requests).to.have.length(1);
        } finally {
          el.remove();
        }
      });
      expect(dispatched.errors).to.be.empty;
    });
  });

  describe('the nineteen API codes', () => {
    it('gives every documented code its own sentence', () => {
      const sentences = CODES.map((code) => errorMessage(code, 'fr'));
      expect(new Set(sentences).size).to.equal(CODES.length);
      for (const [index, sentence] of sentences.entries()) expect(sentence, CODES[index]).not.to.contain('Ax0');
    });

    /** Mounts a listing answering `code` with `status`, and checks what it shows; Ax015 is an empty listing. */
    async function listingWithCode(code: AgendaErrorCode, status: number, envelope: (code: string) => Response): Promise<void> {
      api.requests.length = 0;
      api.overrides.length = 0;
      clients[0]!.clearCache();
      dispatched.errors.length = 0;
      dispatched.loads.length = 0;
      api.on(/\/json\/2(\/|$)/, () => envelope(code));
      if (code === 'Ax015') {
        const loaded = dispatched.nextLoad();
        const el = await listing();
        try {
          expect((await loaded).detail).to.deep.equal({ items: [], offset: 0, limit: 5, hasMore: false });
          await until(el, '[part="empty"]');
          expect(api.requests).to.have.length(1);
          expect(dispatched.errors).to.be.empty;
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
        return;
      }
      const failed = dispatched.nextError();
      const el = await listing();
      try {
        await expectFailure(el, failed, apiFailure(code, status));
      } finally {
        el.remove();
      }
    }

    it('AxNNN in a 200 answer: each of the 19 codes, shown with its message, only Ax011 retried', async () => {
      await attemptEach('AxNNN in HTTP 200 ×19', CODES, String, (code) =>
        listingWithCode(code, 200, (value) => json({ error: { code: value, message: `Erreur ${value}` } })),
      );
    });

    it('AxNNN with an error status: each of the 19 codes, in the envelopes PHP back ends use', async () => {
      // Ax011 is a PHP error (500); the rest are the request's fault (4xx). Several envelopes, one per code.
      const envelopes: ((code: string, status: number) => Response)[] = [
        (code, status) => json({ error: { code, message: 'x' } }, status),
        (code, status) => json({ erreur: code }, status),
        (code, status) => json({ code }, status),
        (code, status) => answer(`Erreur ${code} : requête refusée`, status, 'text/html'),
        (code, status) => json([{ error: `${code} - paramètre invalide` }], status),
      ];
      const statusOf = (code: string): number =>
        code === 'Ax011' ? 500 : code === 'Ax007' || code === 'Ax015' ? 404 : code === 'Ax001' || code === 'Ax019' ? 403 : 400;
      const envelopeOf = (code: string) => envelopes[Number(code.slice(2)) % envelopes.length]!;
      await attemptEach('AxNNN with an error status ×19', CODES, String, (code) =>
        listingWithCode(code, statusOf(code), (value) => envelopeOf(value)(value, statusOf(value))),
      );
    });

    it('<agenda-event>: each of the 19 codes, not-found codes with their hint', async () => {
      await attemptEach('<agenda-event> AxNNN ×19', CODES, String, async (code) => {
        api.requests.length = 0;
        api.overrides.length = 0;
        clients[0]!.clearCache();
        dispatched.errors.length = 0;
        dispatched.loads.length = 0;
        api.on(/\/json\/event\//, () => json({ error: { code, message: 'x' } }, 200));
        const failed = dispatched.nextError();
        const el = await detailOf(1003);
        try {
          // Ax015 ("empty result") is not an empty state here: an event that is not there is an error.
          await expectFailure(el, failed, apiFailure(code, 200, DETAIL_TITLE));
          const hint = code === 'Ax006' || code === 'Ax007' ? ` ${NOT_FOUND_HINT}` : '';
          expect($(el, '[part="error"]')!.textContent).to.contain(`${errorMessage(code, 'fr')}${hint}`);
        } finally {
          el.remove();
        }
      });
    });
  });

  describe('<agenda-event> faults', () => {
    const detailFaults: [string, Fault, Failure][] = [
      ['HTTP 503', () => answer('down', 503), retried('http', 503, DETAIL_TITLE)],
      ['connection reset', resetConnection, retried('network', undefined, DETAIL_TITLE)],
      ['two events for one', () => json({ event: [rawDetail(1001), rawDetail(1002)] }), final('parse', undefined, DETAIL_TITLE)],
      ['truncated JSON', () => jsonText(JSON.stringify({ event: rawDetail(1003) }).slice(0, 200)), final('parse', 200, DETAIL_TITLE)],
    ];
    for (const [label, fault, expected] of detailFaults) {
      it(`${label}: ${expected.code}, ${expected.requests} request(s)${expected.retry ? ', then retry loads' : ''}`, async () => {
        await attempt(`<agenda-event> ${label}`, async () => {
          api.on(/\/json\/event\//, fault);
          const failed = dispatched.nextError();
          const el = await detailOf(1003);
          await expectFailure(el, failed, expected);
          if (!expected.retry) return;
          api.overrides.length = 0;
          $(el, '[part="retry"]')!.click();
          await until(el, '[part="detail"]');
          expect(el.event?.id).to.equal(1003);
        });
      });
    }

    it('a server that never answers: timed out, every attempt aborted', async () => {
      await attempt('<agenda-event> no answer (timeout)', async () => {
        api.on(/\/json\/event\//, neverAnswer);
        const failed = dispatched.nextError();
        const el = await detailOf(1003, SLOW_KEY);
        await expectFailure(el, failed, retried('timeout', undefined, DETAIL_TITLE));
        expect(api.requests.every((request) => request.aborted)).to.be.true;
      });
    });
  });

  describe('oversized answers', () => {
    it('10,000 events in one answer: one page of cards, and "more" continues after it', async () => {
      await attempt('10,000 events in one answer', async () => {
        // A back end that ignores `limit` and sends everything from the offset on.
        api.on(/\/json\/2(\/[a-z,-]+\/\d+,\d+)?$/, (path) => json({ events: events(10_000, Number(/(\d+),\d+$/.exec(path)?.[1] ?? 0)) }));
        const loaded = dispatched.nextLoad();
        const el = await fixture<AgendaEvents>(
          html`<agenda-events api-base="/api" api-key=${KEY} city="2" limit="15"></agenda-events>`,
        );
        const first = await loaded;
        expect(first.detail).to.include({ offset: 0, limit: 15, hasMore: true });
        expect(first.detail.items).to.have.length(15);
        await el.updateComplete;
        expect($$(el, 'article.card')).to.have.length(15);
        expect(announcement(el)).to.equal('15 événements affichés.');
        const more = dispatched.nextLoad();
        $(el, '[part="more"]')!.click();
        expect((await more).detail).to.include({ offset: 15, limit: 15, hasMore: true });
        await el.updateComplete;
        const titles = $$(el, '.activate').map((button) => button.textContent!.trim());
        expect(titles).to.have.length(30);
        expect(titles[15]).to.equal('Événement 16');
        expect(new Set(titles).size, 'no card twice').to.equal(30);
        expect(api.paths.map((path) => path.split('/').at(-1))).to.deep.equal(['2', '15,15']);
      });
    });

    it('a 1 MB description: a short excerpt on the card, the whole text sanitized in the detail', async () => {
      await attempt('1 MB description', async () => {
        const words = 'encore et encore, '.repeat(50);
        const paragraph = `<p>Un <strong>long</strong> texte &amp; des <a href="https://example.org/">liens</a>, ${words}fin.</p>`;
        const paragraphs = Math.ceil(1_048_576 / paragraph.length);
        const huge = `${paragraph.repeat(paragraphs)}<script>window.pwned = true</script><img src=x onerror="window.pwned = true">`;
        expect(huge.length).to.be.greaterThan(1_048_576);
        api.on(/\/json\/2(\/|$)/, () => json({ events: [{ ...rawEvent(3), description: huge }] }));
        api.on(/\/json\/event\//, () => json({ event: { ...rawDetail(1003), description: huge } }));
        const el = await listing();
        const card = await until(el, 'article.card');
        const excerpt = card.querySelector('[part="excerpt"]')!.textContent!.trim();
        expect(excerpt.length).to.be.within(100, 300);
        expect(excerpt).to.match(/^Un long texte & des liens, encore et encore,/);
        const detail = await detailOf(1003);
        await until(detail, '[part="detail"]');
        const description = $(detail, '[part="description"]')!;
        expect(description.querySelectorAll('p')).to.have.length(paragraphs);
        expect(description.querySelector('script, img, [onerror]')).to.be.null;
        expect(description.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
        expect((window as { pwned?: boolean }).pwned).to.be.undefined;
      });
    });

    it('1 MB descriptions of markup debris: the cards render, their excerpts stay short', async () => {
      // Unclosed tags, comments and scripts: stripping that waits for a `>` or a closing tag took minutes on these.
      const units = ['<a', '<p', '<!--', '<script>', 'x<y'];
      await attemptEach('1 MB of unclosed markup', units, (unit) => `description of "${unit}"…`, async (unit) => {
        api.overrides.length = 0;
        clients[0]!.clearCache();
        const description = unit.repeat(Math.ceil(1_048_576 / unit.length));
        api.on(/\/json\/2(\/|$)/, () => json({ events: [{ ...rawEvent(0), description }, rawEvent(1)] }));
        const el = await listing();
        try {
          await waitUntil(() => $$(el, 'article.card').length === 2, 'two cards', { timeout: 20000 });
          const excerpt = $(el, 'article.card [part="excerpt"]')?.textContent?.trim() ?? '';
          expect(excerpt.length, excerpt.slice(0, 40)).to.be.at.most(300);
          expect(excerpt).not.to.match(/<(?:!--|script)/);
        } finally {
          el.remove();
        }
      });
    });
  });

  describe('answers in the wrong order', () => {
    beforeEach(() => {
      // Like a server whose answer was already on its way: the fake answers even after the abort.
      api.ignoreAbort = true;
    });

    /** Titles shown, in order. */
    const titles = (el: AgendaEvents) => $$(el, '.activate').map((button) => button.textContent!.trim());

    it('an older configuration answering last is never shown', async () => {
      await attempt('out of order: older answer last', async () => {
        let answered = 0;
        for (const city of [2, 5, 7]) {
          api.on(new RegExp(`/json/${city}/`), () => (answered++, json({ events: events(3, 0, `Ville ${city}`) })));
        }
        const release2 = api.hold(/\/json\/2(\/|$)/);
        const release5 = api.hold(/\/json\/5\//);
        const release7 = api.hold(/\/json\/7\//);
        const el = await listing();
        el.city = 5;
        await el.updateComplete;
        el.city = 7;
        await el.updateComplete;
        expect(api.paths).to.have.length(3);
        release7();
        await until(el, 'article.card');
        release5();
        release2();
        await waitUntil(() => answered === 3, 'every answer sent', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Ville 7 1', 'Ville 7 2', 'Ville 7 3']);
        expect(api.requests.map((request) => request.aborted)).to.deep.equal([true, true, false]);
        expect(dispatched.loads.map((event) => event.detail.items[0]!.title)).to.deep.equal(['Ville 7 1']);
        expect(dispatched.errors).to.be.empty;
      });
    });

    it('an older configuration failing last shows no error', async () => {
      await attempt('out of order: older failure last', async () => {
        let failedSent = false;
        api.on(/\/json\/2(\/|$)/, () => ((failedSent = true), answer('down', 503)));
        const release = api.hold(/\/json\/2(\/|$)/);
        const el = await listing();
        el.city = 5;
        await until(el, 'article.card');
        release();
        await waitUntil(() => failedSent, 'the stale failure sent', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect($(el, '[part="error"]')).to.be.null;
        expect(titles(el)).to.have.length(5);
        expect(dispatched.errors).to.be.empty;
        // Aborted, so not retried either.
        expect(api.paths.filter((path) => path.includes('/json/2/'))).to.have.length(1);
      });
    });

    it('an older configuration succeeding after the newer one failed does not replace the error', async () => {
      await attempt('out of order: older success after newer failure', async () => {
        let oldSent = false;
        api.on(/\/json\/2(\/|$)/, () => ((oldSent = true), json({ events: events(3, 0, 'Ancienne') })));
        api.on(/\/json\/9\//, () => json({ error: { code: 'Ax004' } }, 404));
        const release = api.hold(/\/json\/2(\/|$)/);
        const el = await listing();
        const failed = dispatched.nextError();
        el.city = 9;
        expect((await failed).detail.code).to.equal('Ax004');
        release();
        await waitUntil(() => oldSent, 'the stale answer sent', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect($(el, '[part="error"]')!.textContent).to.contain('Code\u00a0: Ax004');
        expect($$(el, 'article.card')).to.be.empty;
        expect(dispatched.loads).to.be.empty;
      });
    });

    it('a change of API key mid-request never shows the former key\'s data', async () => {
      await attempt('out of order: api-key changed mid-request', async () => {
        let oldSent = false;
        api.on(new RegExp(`^/${KEY}/`), () => ((oldSent = true), json({ events: events(3, 0, 'Autre clé') })));
        const release = api.hold(new RegExp(`^/${KEY}/`));
        const el = await listing();
        el.apiKey = 'otherkey';
        await until(el, 'article.card');
        release();
        await waitUntil(() => oldSent, 'the stale answer sent', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect(titles(el).filter((title) => title.startsWith('Autre clé'))).to.be.empty;
        expect(api.paths.at(-1)).to.match(/^\/otherkey\//);
      });
    });

    it('a further page of the former query is not appended to the new one', async () => {
      await attempt('out of order: "more" page after a query change', async () => {
        let staleSent = false;
        const el = await listing();
        await until(el, '[part="more"]');
        api.on(/\/json\/2\/[a-z,-]+\/5,5$/, () => ((staleSent = true), json({ events: events(5, 5, 'Suite périmée') })));
        const release = api.hold(/\/json\/2\/[a-z,-]+\/5,5$/);
        $(el, '[part="more"]')!.click();
        await el.updateComplete;
        el.categories = 'concert';
        await waitUntil(() => dispatched.loads.length === 2, 'the new first page', { timeout: 10_000 });
        release();
        await waitUntil(() => staleSent, 'the stale page sent', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect(titles(el)).to.have.length(5);
        expect(titles(el).filter((title) => title.startsWith('Suite périmée'))).to.be.empty;
        expect(api.paths.at(-1)).to.equal(`/${KEY}/json/2/concert/0,5`);
      });
    });

    it('rapid changes answered in reverse order end on the last configuration', async () => {
      await attempt('out of order: 20 changes answered in reverse', async () => {
        const releases: (() => void)[] = [];
        const el = await listing();
        await until(el, 'article.card');
        // From here each city's answer is held until released, and they are released last first.
        for (let city = 11; city <= 30; city++) {
          api.on(new RegExp(`/json/${city}/`), () => json({ events: events(2, 0, `Ville ${city}`) }));
          releases.push(api.hold(new RegExp(`/json/${city}/`)));
          el.city = city;
          await el.updateComplete;
        }
        for (const release of releases.reverse()) release();
        await waitUntil(() => titles(el)[0] === 'Ville 30 1', 'the last city shown', { timeout: 10_000 });
        await tick();
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Ville 30 1', 'Ville 30 2']);
        expect(api.requests.slice(1, -1).every((request) => request.aborted)).to.be.true;
        expect(dispatched.loads.slice(1).map((event) => event.detail.items[0]!.title)).to.deep.equal(['Ville 30 1']);
      });
    });
  });

  describe('the network comes back', () => {
    it('offline, then online: the retry button brings the events', async () => {
      await attempt('offline, then retry', async () => {
        let online = false;
        api.on(/./, () => (online ? json({ events: events(5) }) : resetConnection()));
        const failed = dispatched.nextError();
        const el = await listing();
        await expectFailure(el, failed, retried('network'));
        online = true;
        $(el, '[part="retry"]')!.click();
        await until(el, 'article.card');
        expect(announcement(el)).to.equal('5 événements affichés.');
        expect($(el, '[part="error"]')).to.be.null;
      });
    });

    it('offline, then online: a change of attribute loads the new query', async () => {
      await attempt('offline, then attribute change', async () => {
        let online = false;
        api.on(/./, () => (online ? json({ events: events(4, 0, 'Retour') }) : resetConnection()));
        const failed = dispatched.nextError();
        const el = await listing();
        await failed;
        online = true;
        el.categories = 'theatre';
        await until(el, 'article.card');
        expect($$(el, 'article.card')).to.have.length(4);
        expect(api.paths.at(-1)).to.equal(`/${KEY}/json/2/theatre/0,5`);
      });
    });

    it('offline while paging: the cards stay, the "more" button retries once online', async () => {
      await attempt('offline while paging', async () => {
        const el = await listing();
        await until(el, '[part="more"]');
        let online = false;
        api.on(/\/5,5$/, () => (online ? json({ events: events(5, 5) }) : resetConnection()));
        const failed = dispatched.nextError();
        $(el, '[part="more"]')!.click();
        const event = await failed;
        expect(event.detail.code).to.equal('network');
        await el.updateComplete;
        expect($$(el, 'article.card')).to.have.length(5);
        expect($(el, '.more-error')!.textContent).to.contain(MESSAGES.network);
        expect(api.paths.filter((path) => path.endsWith('/5,5'))).to.have.length(RETRIED);
        await expect(el).to.be.accessible();
        online = true;
        $(el, '[part="more"]')!.click();
        await waitUntil(() => $$(el, 'article.card').length === 10, 'the second page', { timeout: 10_000 });
        expect($(el, '.more-error')).to.be.null;
      });
    });
  });
});
