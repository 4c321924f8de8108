/**
 * What "nothing got through" means, checked the same way for every payload: traps for script and dialogs, a
 * watch on requests leaving for another origin, and an inspection of every composed shadow tree for dangerous
 * elements, handlers, URLs and styles.
 */

/** Elements no template of ours renders, so one in a shadow tree came from data. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'math',
  'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion', 'handler', 'noscript', 'noembed',
  'marquee', 'isindex', 'xmp', 'listing', 'audio', 'video', 'source', 'track', 'discard', 'use', 'image', 'feimage',
]);

/** Attributes a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'lowsrc'];

/** Attributes whose URL is fetched at once, so it must stay on this origin. */
const LOADED = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc']);

const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript):/i;

/** What an injected style or stylesheet would carry. */
const INJECTED_CSS = /url\(|expression\(|@import|-moz-binding|behavior\s*:|evil|__pwned|image-set|position\s*:|background/i;

/** What a payload-derived `<style>` would contain (our own stylesheets never name these). */
const INJECTED_SHEET = /evil\.example|__pwned|expression\(|-moz-binding|behavior\s*:/i;

/** A scheme as the URL parser would see it: controls and whitespace dropped, entities left to the parser. */
function scheme(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the URL parser drops
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** The page-wide traps of one test. */
export class Traps {
  /** Dialogs and window.open calls, e.g. `alert(1)`. */
  readonly dialogs: string[] = [];
  /** URLs requested from another origin, by fetch or as resources. */
  readonly foreign: string[] = [];
  #saved: Record<string, unknown> = {};
  #observer: PerformanceObserver | undefined;
  #fetch: typeof fetch | undefined;

  /** Resets the trap global, stubs dialogs and watches fetch and resource timing; call after the fetch stub. */
  install(): this {
    const w = window as unknown as Record<string, unknown>;
    delete w.__pwned;
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      this.#saved[name] = w[name];
      w[name] = (...args: unknown[]) => {
        this.dialogs.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      };
    }
    this.#fetch = window.fetch;
    const inner = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      if (url.origin !== location.origin) {
        this.foreign.push(`fetch ${url.href}`);
        return Promise.reject(new TypeError('blocked by the hostile-data test'));
      }
      return inner(input, init);
    };
    performance.clearResourceTimings();
    this.#observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.name.startsWith(location.origin)) this.foreign.push(`resource ${entry.name}`);
    });
    this.#observer.observe({ type: 'resource', buffered: true });
    return this;
  }

  /** Failures seen by the traps so far: script ran, a dialog opened, a request left. */
  failures(): string[] {
    const w = window as unknown as Record<string, unknown>;
    const failures: string[] = [];
    if (w.__pwned !== undefined) failures.push(`script ran: window.__pwned = ${String(w.__pwned)}`);
    // Dialogs and requests are reported once, to the case during which they happened; the trap global stays set.
    failures.push(...this.dialogs.splice(0).map((dialog) => `dialog opened: ${dialog}`));
    for (const entry of performance.getEntriesByType('resource')) {
      if (!entry.name.startsWith(location.origin)) this.foreign.push(`resource ${entry.name}`);
    }
    performance.clearResourceTimings();
    failures.push(...[...new Set(this.foreign.splice(0))].map((url) => `request to another origin: ${url}`));
    return failures;
  }

  /** Puts back fetch and the dialogs. */
  restore(): void {
    this.#observer?.disconnect();
    if (this.#fetch) window.fetch = this.#fetch;
    Object.assign(window, this.#saved);
  }
}

/** Every element under `root`, through open shadow roots, in document order. */
export function composedElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Failures found in the rendered trees under `roots`: dangerous elements, handlers, URLs, styles. */
export function inspect(roots: ParentNode[]): string[] {
  const failures = new Set<string>();
  for (const element of roots.flatMap(composedElements)) {
    const tag = element.localName.toLowerCase();
    const where = `<${tag}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`;
    if (FORBIDDEN_TAGS.has(tag)) failures.add(`element rendered from data: ${where}`);
    if (tag === 'style' && INJECTED_SHEET.test(element.textContent ?? '')) failures.add(`style sheet injected: ${where}`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) failures.add(`event handler attribute ${name} on ${where}`);
      if (lower === 'style' && INJECTED_CSS.test(value)) failures.add(`style injected on ${where}: ${value.slice(0, 120)}`);
      if (lower === 'srcdoc') failures.add(`srcdoc on ${where}`);
      if (!URL_ATTRIBUTES.includes(lower)) continue;
      const urls = lower === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (DANGEROUS_SCHEME.test(scheme(url))) failures.add(`${name}="${url.slice(0, 80)}" on ${where}`);
        if (!LOADED.has(lower) || url === '') continue;
        let origin = '';
        try {
          origin = new URL(url, location.href).origin;
        } catch {
          failures.add(`unparsable ${name}="${url.slice(0, 80)}" on ${where}`);
        }
        if (origin && origin !== location.origin) failures.add(`${name} loads from another origin on ${where}: ${url.slice(0, 80)}`);
      }
    }
  }
  return [...failures];
}

/** The text of `element` with whitespace collapsed, as a reader sees it. */
export function visibleText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
