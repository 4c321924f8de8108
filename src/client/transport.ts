/**
 * Getting one parsed answer per URL: fetch with a timeout and the caller's AbortSignal, retries of transient
 * failures with exponential backoff, one shared request for identical concurrent calls, and a bounded TTL
 * cache of successful answers. Every element on a page goes through one of these, so a city listing shown
 * twice costs one request.
 */
import { TtlLruCache } from './cache.js';
import { AgendaError } from './errors.js';
import { decodeBody, readAnswerAtOnce } from './answer.js';

/** How a transport behaves; every field has a default in `AgendaClient`. */
export interface TransportOptions {
  /** The fetch to use; defaults to the global one, looked up at call time so test stubs apply. */
  fetch?: typeof fetch;
  /** Per-attempt time limit in ms, covering the headers and the body. */
  timeoutMs: number;
  /** Extra attempts after the first for transient failures. */
  retries: number;
  /** First backoff delay in ms; doubled at each retry, with jitter. */
  retryDelayMs: number;
  /** Longest `Retry-After` honoured, in ms; a longer one fails now rather than leaving a visitor waiting. */
  maxRetryAfterMs: number;
  /** Where successful parsed answers are kept. */
  cache: TtlLruCache<unknown>;
}

/** One request: where, how to turn the JSON into a model, and what Ax015 ("empty result") means. */
export interface TransportRequest<T> {
  /** The full URL; also the cache and de-duplication key. */
  url: string;
  /** Raw JSON → model (or a promise of it, for a parser loaded on demand); may throw `AgendaError('parse')`. */
  parse: (body: unknown) => T | Promise<T>;
  /** The result to use when the API answers Ax015; without it, Ax015 is an error. */
  empty?: () => T;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
  /** The caller will not modify the result: hand it the cached value itself, frozen, rather than a copy. */
  shared?: boolean | undefined;
}

/** Longest backoff between two attempts, whatever the attempt number. */
const MAX_BACKOFF_MS = 5_000;

/** A request shared by every caller currently waiting for the same URL. */
interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still interested; when the last one aborts, so does the request. */
  waiters: number;
}

/** `Retry-After` of a failed attempt, kept beside the error rather than on the public error type. */
const retryAfterOf = new WeakMap<AgendaError, number>();

/**
 * The rejection for a caller's abort: always a DOMException named `AbortError` (the signal's own reason when
 * it is one), so callers can ignore aborts with one `name` check, as with `fetch`.
 */
function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  return new DOMException('The request was aborted.', 'AbortError');
}

/** A signal aborted when any of `signals` is; `dispose` detaches the fallback's listeners. */
export function anySignal(signals: AbortSignal[]): { signal: AbortSignal; dispose: () => void } {
  const native = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof native === 'function') return { signal: native.call(AbortSignal, signals), dispose: () => {} };
  // Older engines: forward the first abort by hand, and remove the listeners so long-lived signals don't leak.
  const controller = new AbortController();
  const listeners: [AbortSignal, () => void][] = [];
  const dispose = (): void => {
    for (const [signal, listener] of listeners) signal.removeEventListener('abort', listener);
    listeners.length = 0;
  };
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      dispose();
      break;
    }
    const listener = (): void => {
      controller.abort(signal.reason);
      dispose();
    };
    signal.addEventListener('abort', listener, { once: true });
    listeners.push([signal, listener]);
  }
  return { signal: controller.signal, dispose };
}

/**
 * Settles like `promise`, or rejects with `abandon()` (by default the signal's reason) as soon as `signal`
 * aborts: a fetch implementation that ignores its signal, a body that never ends or a request shared with
 * other callers must not make a timeout or an abort wait.
 */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, abandon: () => unknown = () => signal.reason): Promise<T> {
  promise.catch(() => {}); // once abandoned, nobody observes its rejection
  if (signal.aborted) return Promise.reject(abandon());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abandon());
    signal.addEventListener('abort', onAbort, { once: true });
    // The listener goes as the promise settles, not a tick later: `abandon` may have side effects.
    const settle = (finish: () => void) => {
      signal.removeEventListener('abort', onAbort);
      finish();
    };
    promise.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** Waits `ms`, or rejects with an AbortError as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Cached and shared values are cloned per caller, so one caller sorting `items` cannot change another's. */
function copy<T>(value: T): T {
  return typeof structuredClone === 'function' ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * `value` and every object in it made read-only, for callers that share the cached value rather than copy
 * it: nothing they do can change what the cache or another caller holds. A frozen object is not walked again.
 */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) freeze(member);
  }
  return value;
}

/** What a caller gets of a cached or shared value: the value itself, frozen, when it asked to share it; else a copy. */
function handOut<T>(value: T, shared: boolean | undefined): T {
  return shared ? freeze(value) : copy(value);
}

/** Fetch + timeout + retry + in-flight de-duplication + cache, for GET requests answering JSON. */
export class Transport {
  readonly #options: TransportOptions;
  readonly #inflight = new Map<string, Shared>();

  /** A transport with the given behaviour. */
  constructor(options: TransportOptions) {
    this.#options = options;
  }

  /** Number of distinct requests under way (for tests and diagnostics). */
  get pending(): number {
    return this.#inflight.size;
  }

  /** Empties the answer cache; requests under way are left alone. */
  clearCache(): void {
    this.#options.cache.clear();
  }

  /**
   * The parsed answer for `request.url`: from the cache when fresh, else from the request already under way
   * for that URL, else from a new one. The caller's abort rejects its own promise at once and cancels the
   * network request only when no other caller still waits for it.
   */
  request<T>(request: TransportRequest<T>): Promise<T> {
    const { url, signal } = request;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const cached = this.#options.cache.get(url);
    if (cached !== undefined) return Promise.resolve(handOut(cached as T, request.shared));
    let shared = this.#inflight.get(url);
    if (!shared) {
      shared = this.#start(request);
      this.#inflight.set(url, shared);
    }
    shared.waiters += 1;
    return this.#wait(url, shared, signal).then((value) => handOut(value as T, request.shared));
  }

  #start<T>(request: TransportRequest<T>): Shared {
    const controller = new AbortController();
    const shared: Shared = { promise: Promise.resolve(), controller, waiters: 0 };
    shared.promise = this.#withRetries(request, controller.signal)
      .then((value) => {
        this.#options.cache.set(request.url, value);
        return value;
      })
      .finally(() => {
        if (this.#inflight.get(request.url) === shared) this.#inflight.delete(request.url);
      });
    // When every caller has left, nobody observes the rejection: keep it from being reported as unhandled.
    shared.promise.catch(() => {});
    return shared;
  }

  #wait(url: string, shared: Shared, signal: AbortSignal | undefined): Promise<unknown> {
    if (!signal) return shared.promise;
    return raceAbort(shared.promise, signal, () => {
      shared.waiters -= 1;
      if (shared.waiters === 0) {
        // Forget it first, so a caller arriving now starts a fresh request instead of joining a dying one.
        if (this.#inflight.get(url) === shared) this.#inflight.delete(url);
        shared.controller.abort();
      }
      return abortError(signal);
    });
  }

  async #withRetries<T>(request: TransportRequest<T>, signal: AbortSignal): Promise<T> {
    const { retries, retryDelayMs, maxRetryAfterMs } = this.#options;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#attempt(request, signal);
      } catch (error) {
        if (signal.aborted) throw abortError(signal);
        if (!(error instanceof AgendaError) || !error.retryable || attempt >= retries) throw error;
        const retryAfter = retryAfterOf.get(error);
        if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) throw error;
        // Full exponential backoff with jitter in [50 %, 100 %], so widgets on many pages don't retry in step.
        const backoff = Math.min(MAX_BACKOFF_MS, retryDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
        await sleep(retryAfter ?? backoff, signal);
      }
    }
  }

  async #attempt<T>(request: TransportRequest<T>, shared: AbortSignal): Promise<T> {
    const timeout = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeout.abort(new DOMException('The request timed out.', 'TimeoutError'));
    }, this.#options.timeoutMs);
    const { signal, dispose } = anySignal([shared, timeout.signal]);
    const failure = (error: unknown): unknown => {
      if (shared.aborted) return abortError(shared);
      if (timedOut) return new AgendaError('timeout', { detail: `no answer within ${this.#options.timeoutMs} ms`, cause: error });
      if (error instanceof AgendaError) return error;
      // fetch rejects with a TypeError for DNS, CORS, offline and reset connections alike.
      return new AgendaError('network', { detail: error instanceof Error ? error.message : String(error), cause: error });
    };
    try {
      const fetchImpl = this.#options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
      let response: Response;
      let text: string;
      try {
        // `Accept` is a CORS-safelisted header and credentials are omitted: a plain GET, no preflight, no cookies.
        response = await raceAbort(
          Promise.resolve().then(() =>
            fetchImpl(request.url, { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', signal }),
          ),
          signal,
        );
        // Bytes, not `text()`: that always decodes UTF-8, whatever charset the answer names (see decodeBody).
        text =
          typeof response.arrayBuffer === 'function'
            ? decodeBody(await raceAbort(response.arrayBuffer(), signal), response.headers?.get('Content-Type') ?? null)
            : await raceAbort(response.text(), signal);
      } catch (error) {
        throw failure(error);
      }
      let outcome = readAnswerAtOnce(response.status, text);
      if (!outcome) {
        // Anything but records (an error, an empty result, PHP notices…) needs the whole of the answer reading.
        let reading: typeof import('./response.js');
        try {
          reading = await import('./response.js');
        } catch (error) {
          throw failure(error);
        }
        outcome = reading.readAnswer(response.status, text);
        if (outcome.kind === 'error') {
          const after = response.headers ? reading.retryAfterMs(response.headers) : undefined;
          if (after !== undefined) retryAfterOf.set(outcome.error, after);
        }
      }
      if (outcome.kind === 'empty') {
        if (request.empty) return request.empty();
        throw new AgendaError('Ax015', { status: outcome.status });
      }
      if (outcome.kind === 'error') throw outcome.error;
      try {
        return await request.parse(outcome.body);
      } catch (error) {
        if (error instanceof AgendaError) throw error;
        throw new AgendaError('parse', { detail: error instanceof Error ? error.message : String(error), cause: error });
      }
    } finally {
      clearTimeout(timer);
      dispose();
    }
  }
}
