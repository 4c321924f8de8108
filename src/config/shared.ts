/**
 * What `configure()` set and who listens, shared by every copy of the widgets on the page, and `configure()`
 * itself: a module of its own, so the loader (src/bundle.ts) exports `configure()` without importing the
 * elements' shared code. An entry that imported it would fail whole if that chunk could not load, and no
 * element could then say so (src/unloaded.ts).
 */
import type { Lang, Theme } from '../client/types.js';

/** What `configure()` accepts. Every field is optional; `undefined` removes a previously configured value. */
export interface AgendaConfig {
  /** API key: 8 letters or digits. */
  apiKey?: string;
  /** API root, absolute or relative to the page (default `https://api.agendaculturel.fr`). */
  apiBase?: string;
  /** Language of the widgets: `fr` (default) or `en`. */
  lang?: Lang;
  /** Colour scheme: `light` (default), `dark` or `auto` (follows the visitor's system). */
  theme?: Theme;
}

/** What `configure()` set, who listens, and the one `[lang]` observer, shared by every copy of the widgets on the page. */
export interface SharedConfiguration {
  configured: AgendaConfig;
  listeners: Set<() => void>;
  langObserver?: MutationObserver | undefined;
}

/**
 * On `globalThis` under a registry symbol, not in this module: when a second copy of the bundle is on the page
 * (a theme's classic script and a snippet's ES module from another folder), the elements are the first copy's,
 * and `configure()` from either copy must reach them.
 */
const shared: SharedConfiguration = ((globalThis as { [key: symbol]: SharedConfiguration | undefined })[
  // Versioned: a later release that changes this shape must not read an older copy's object.
  Symbol.for('agenda-widgets.configuration.v1')
] ??= { configured: {}, listeners: new Set() });

/** Tells every connected element that shared configuration changed. */
function notifyListeners(): void {
  for (const listener of shared.listeners) listener();
}

/**
 * Sets page-wide defaults for every element, below element and provider attributes. Calls merge; pass
 * `undefined` for a field to remove it. Elements already on the page update at once.
 */
export function configure(options: AgendaConfig): void {
  const next: Record<string, unknown> = { ...shared.configured };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  shared.configured = next as AgendaConfig;
  notifyListeners();
}
