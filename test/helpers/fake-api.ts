/**
 * A scripted stand-in for the Agenda Culturel API at `/api`, installed over `window.fetch` for one test.
 * It answers the documented URL shapes with deterministic wire-format records (strings for numbers, PHP-style
 * dates), records every request and whether it was aborted, and lets a test hold answers back to control
 * ordering ("a change of attribute while loading") or make a path fail with an `AxNNN` code.
 */
import { getClient } from '../../src/client/index.js';
import { parisToday } from '../../src/ui/format.js';

/** One request the fake received. */
export interface FakeRequest {
  /** Path after `/api`, e.g. `/demokey1/json/2/concert/15,15`. */
  path: string;
  /** True once the caller aborted it. */
  aborted: boolean;
}

/** The seven categories with their API colours. */
const CATEGORIES = [
  ['concert', 'Concert', '#c62828'],
  ['theatre', 'Théâtre', '#6a1b9a'],
  ['festival', 'Festival', '#ef6c00'],
  ['jeune-public', 'Jeune public', '#2e7d32'],
  ['danse', 'Danse', '#ad1457'],
  ['arts-du-spectacle', 'Arts du spectacle', '#00838f'],
  ['exposition', 'Exposition', '#1565c0'],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in Paris, `days` after today. */
export function parisDay(days = 0): string {
  const date = new Date(`${parisToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The raw listing record of event number `index` (0-based), as the API sends it. */
export function rawEvent(index: number, geo = false): Record<string, unknown> {
  const [uri, name, colour] = CATEGORIES[index % CATEGORIES.length]!;
  const day = parisDay(2 + Math.floor(index / 2));
  const record: Record<string, unknown> = {
    id_agenda: String(1000 + index),
    titre: `Événement ${index + 1}`,
    description: `<p>Une <strong>soirée</strong> &amp; des surprises pour l’événement ${index + 1}.</p>`,
    gratuit: index % 4 === 1 ? '1' : '0',
    url_resa: index % 3 === 0 ? `https://billetterie.example/e/${1000 + index}` : '',
    visuel: `https://images.example/visuel-${1000 + index}.jpg`,
    cat_url: uri,
    couleur: colour,
    cat_nom: name,
    date_debut: parisDay(1),
    date_fin: parisDay(index % 2 ? 30 : 1),
    etat: index % 7 === 6 ? 'annule' : 'ok',
    nextdate: index % 2 ? day : `${day} 20:30:00`,
    lieu: `Salle ${index + 1}`,
    sponsored: index % 5 === 2 ? '1' : '0',
    artistes: index % 2 ? 'Alice, Bob, Chloé, David' : '',
    nb_artistes: index % 2 ? '5' : '0',
  };
  if (geo) {
    record.distance = (0.4 + index * 0.7).toFixed(1);
    record.id_ville = '2';
    record.ville = 'Amiens';
  }
  return record;
}

/** The detail record of an event, with its page URL. */
export function rawDetail(id: number): Record<string, unknown> {
  return { ...rawEvent(id - 1000), url: `https://www.agendaculturel.fr/evenement/${id}`, villes_ville: 'Amiens' };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An API error answer. */
export function apiError(code: string, status = 400): Response {
  return json({ error: { code, message: code } }, status);
}

const PAGING = /^\d+,\d+$/;

/** The fake API; `install()` it in `beforeEach`, `restore()` it in `afterEach`. */
export class FakeApi {
  /** Every request, in order. */
  readonly requests: FakeRequest[] = [];
  /** Events in every listing. */
  total = 40;
  /** Listings of this city answer Ax015 (no events). */
  emptyCity = 3;
  /** Answer even after the caller aborted, like a server whose answer was already on its way. */
  ignoreAbort = false;
  /** Overrides: the first whose pattern matches the path answers. */
  readonly overrides: { pattern: RegExp; answer: (path: string) => Response | Promise<Response> }[] = [];

  #holds: { pattern: RegExp; released: Promise<void> }[] = [];
  #original: typeof fetch | undefined;

  /** Replaces `window.fetch` and empties the shared clients' caches. */
  install(): this {
    this.#original = window.fetch;
    window.fetch = this.#fetch;
    for (const apiKey of ['demokey1', 'zonekey1', 'offkey01', 'otherkey']) getClient({ apiKey, apiBase: '/api' }).clearCache();
    return this;
  }

  /** Puts `window.fetch` back. */
  restore(): void {
    if (this.#original) window.fetch = this.#original;
  }

  /** Holds back answers to paths matching `pattern` until the returned function is called. */
  hold(pattern: RegExp = /./): () => void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const entry = { pattern, released };
    this.#holds.push(entry);
    return () => {
      this.#holds = this.#holds.filter((hold) => hold !== entry);
      release();
    };
  }

  /** Answers paths matching `pattern` with `answer`. */
  on(pattern: RegExp, answer: (path: string) => Response | Promise<Response>): this {
    this.overrides.unshift({ pattern, answer });
    return this;
  }

  /** Paths requested so far. */
  get paths(): string[] {
    return this.requests.map((request) => request.path);
  }

  #fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!url.pathname.startsWith('/api/')) return this.#original!(input, init);
    const request: FakeRequest = { path: url.pathname.slice(4), aborted: false };
    this.requests.push(request);
    const signal = init?.signal ?? undefined;
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => {
        request.aborted = true;
        if (this.ignoreAbort) return;
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      };
      if (signal?.aborted) fail();
      signal?.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => {});
    const holds = this.#holds.filter((hold) => hold.pattern.test(request.path)).map((hold) => hold.released);
    await Promise.race([Promise.all(holds), aborted]);
    return Promise.race([this.#answer(request.path), aborted]);
  };

  async #answer(path: string): Promise<Response> {
    const override = this.overrides.find(({ pattern }) => pattern.test(path));
    if (override) return override.answer(path);
    const [, key, format, ...rest] = path.split('/');
    if (!key || !/^[A-Za-z0-9]{8}$/.test(key)) return apiError('Ax001', 403);
    if (key === 'offkey01') return apiError('Ax019', 403);
    if (format !== 'json') return apiError('Ax002');
    const segments = rest.filter((segment) => segment !== '');
    if (segments[0] === 'event') return json({ event: rawDetail(Number(segments[1])) });
    const geo = segments[0] === 'geo';
    // `geo/<lat,lon>/<radius>/…` has a position and a radius; anything else after `geo/` is the zone-bound form.
    const around = geo && /^[-\d.]+,[-\d.]+$/.test(segments[1] ?? '') && /^[\d.]+$/.test(segments[2] ?? '');
    if (geo && !around && key !== 'zonekey1') return apiError('Ax017', 403);
    if (!geo && Number(segments[0]) === this.emptyCity) return apiError('Ax015', 404);
    const tail = segments.slice(around ? 3 : 1);
    const paging = tail.find((segment) => PAGING.test(segment));
    const [offset, limit] = paging ? paging.split(',').map(Number) : [0, 15];
    const events = [];
    for (let index = offset!; index < Math.min(this.total, offset! + limit!); index++) events.push(rawEvent(index, geo));
    return events.length ? json({ events }) : apiError('Ax015', 404);
  }
}
