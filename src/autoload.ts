/**
 * Defines each element the first time a page uses it, so a page with one `<agenda-events>` downloads the
 * listing's code and nothing else before it renders. The CDN bundles start here (src/bundle.ts); the npm
 * package's `agenda-widgets` entry still registers everything statically, for bundlers to split as they like.
 */
import { reserveSpace } from './reserve-space.js';
import { showUnloaded } from './unloaded.js';

/** Loads the module that defines each tag; a function each, so the bundler makes one chunk per element. */
const ELEMENT_MODULES: Record<string, () => Promise<unknown>> = {
  'agenda-events': () => import('./elements/agenda-events.js'),
  'agenda-geo': () => import('./elements/agenda-geo.js'),
  'agenda-event': () => import('./elements/agenda-event.js'),
  'agenda-city-search': () => import('./elements/agenda-city-search.js'),
  'agenda-categories': () => import('./elements/agenda-categories.js'),
  'agenda-provider': () => import('./elements/agenda-provider.js'),
};

const TAGS = Object.keys(ELEMENT_MODULES);
const SELECTOR = TAGS.join(',');
const requested = new Map<string, Promise<unknown>>();

/** Loads (once) the module defining `tag`; resolves when the tag is defined. */
export function loadElement(tag: string): Promise<unknown> {
  let loading = requested.get(tag);
  if (!loading) {
    const load = ELEMENT_MODULES[tag];
    if (!load) return Promise.reject(new Error(`agenda-widgets: no element <${tag}>`));
    loading = load().then(() => customElements.whenDefined(tag));
    // A failed chunk (offline, blocked) may be asked for again by the next element that appears.
    loading.catch(() => requested.delete(tag));
    requested.set(tag, loading);
  }
  return loading;
}

/** Loads every element; resolves when all are defined. */
export function loadAllElements(): Promise<unknown> {
  return Promise.all(TAGS.map(loadElement));
}

/** Loads the elements used in `root` (the node itself and its descendants). */
function loadUsedIn(root: Element | Document): void {
  if (root instanceof Element && ELEMENT_MODULES[root.localName]) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
}

/** Loads the code of `tag`; if it cannot load, its elements say so. */
function load(tag: string): void {
  loadElement(tag).catch((error: unknown) => showUnloaded(tag, error));
}

function report(error: unknown): void {
  console.error('agenda-widgets: an element could not be loaded.', error);
}

/**
 * Loads the elements the document uses now and those it adds later. Elements in shadow roots or not yet in
 * a document are out of a document observer's sight: every element is loaded once the page has loaded and
 * the browser is idle (unless `loadRestWhenIdle` is false), so they are defined too, without competing with
 * what the page shows first.
 */
export function autoload({ loadRestWhenIdle = true } = {}): void {
  reserveSpace();
  loadUsedIn(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadUsedIn(node);
    }
    if (requested.size === TAGS.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });

  if (!loadRestWhenIdle) return;
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(loadEverything, { timeout: 3000 }) : setTimeout(loadEverything, 1000);
  // Once every tag is defined the observer has nothing left to find: stop paying for the page's mutations.
  const loadEverything = () => void loadAllElements().then(() => observer.disconnect(), report);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
