/**
 * The classic-script bundle (`dist/agenda-widgets.iife.js`), for CMSes that strip `type="module"`: a few
 * hundred bytes that load the ES bundle beside it (`agenda-widgets.js` and its `chunks/`), so both bundles
 * share one copy of the code, one cache entry and one set of definitions, even when a page loads both.
 */
import type * as Bundle from './bundle.js';
import type { AgendaConfig } from './config/shared.js';
import { reserveSpace } from './reserve-space.js';
import { VISIBLE_TAGS, showUnloaded } from './unloaded.js';

/** What a classic script sees as `window.AgendaWidgets`. */
export interface AgendaWidgetsGlobal {
  /** The ES bundle's exports, once it has loaded. */
  ready: Promise<typeof Bundle>;
  /** `configure()` of the ES bundle; applied as soon as it has loaded. */
  configure(options: AgendaConfig): void;
}

declare global {
  interface Window {
    /** The classic bundle's entry points. */
    AgendaWidgets?: AgendaWidgetsGlobal;
  }
}

// Now, not when the ES bundle arrives: a classic script in <head> runs before the first paint, so the
// listings' boxes are there from the start and nothing below them moves.
reserveSpace();

// Read now: `currentScript` is only set while this script runs.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

if (!window.AgendaWidgets) {
  const ready = import(/* @vite-ignore */ new URL('agenda-widgets.js', base).href) as Promise<typeof Bundle>;
  // Served from another origin without CORS headers, the module is refused (see the README): say it where the
  // agenda should be, once the page's elements are all parsed.
  ready.catch((error: unknown) => {
    const show = () => showUnloaded(VISIBLE_TAGS, error);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
    else show();
  });
  window.AgendaWidgets = {
    ready,
    configure: (options) => void ready.then((bundle) => bundle.configure(options)),
  };
}
