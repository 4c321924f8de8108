/**
 * Configuration shared by every element, resolved per setting in this order:
 * 1. the element's own attributes (`api-key`, `api-base`, `lang`, `theme`);
 * 2. the same attributes on the nearest `<agenda-provider>` ancestor (shadow roots crossed);
 * 3. `configure({apiKey, apiBase, lang, theme})`;
 * 4. defaults: the production API, the light theme, and for `lang` the closest `[lang]` in the page, then French.
 *
 * A missing API key or an invalid value is a `ConfigProblem` naming the attribute (or option) at fault; the
 * element shows it and sends no request. A language the widgets do not speak (`lang="de"`) is not an error:
 * `lang` is a global HTML attribute, so it only falls through to the next level.
 */
import { DEFAULT_API_BASE } from '../client/urls.js';
import { API_KEY } from '../client/validate.js';
import type { Lang, Theme } from '../client/types.js';
import type { SharedConfiguration } from './shared.js';

/** Where a setting was read. */
export type ConfigSource = 'element' | 'provider' | 'configure';

/** A configuration value that is missing or unusable. */
export interface ConfigProblem {
  /** The attribute at fault, as written in HTML (`api-key`, `city`…). */
  attribute: string;
  /** Where it was read; `configure` problems name the option (`apiKey`) in messages. */
  source: ConfigSource;
  /** `missing` for a required value that is absent, else the offending value as written. */
  value: string | null;
}

/** The settings an element works with. */
export interface ResolvedConfig {
  /** The API key, or null when none was given anywhere (then `problem` says so). */
  apiKey: string | null;
  /** The API root. */
  apiBase: string;
  /** The language to speak. */
  lang: Lang;
  /** The colour scheme. */
  theme: Theme;
  /** The first unusable setting, or null. */
  problem: ConfigProblem | null;
}

/** The settings an element declares itself (its attributes). */
export interface OwnConfig {
  apiKey?: string | null;
  apiBase?: string | null;
  lang?: string | null;
  theme?: string | null;
}

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** The `configure()` option that matches an attribute. */
export const OPTION_NAMES: Readonly<Record<string, string>> = {
  'api-key': 'apiKey',
  'api-base': 'apiBase',
  lang: 'lang',
  theme: 'theme',
};

/**
 * The page-wide object shared.ts keeps under the same registry symbol (read here rather than imported, so the
 * loader's `configure()` module stays out of the elements' shared chunk, and the other way round).
 */
const shared: SharedConfiguration = ((globalThis as { [key: symbol]: SharedConfiguration | undefined })[
  Symbol.for('agenda-widgets.configuration.v1')
] ??= { configured: {}, listeners: new Set() });
const { listeners } = shared;

/** Calls `listener` whenever a provider, `configure()` or a `[lang]` in the page changes. Returns the unsubscribe. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!shared.langObserver && typeof MutationObserver === 'function') {
    // `lang` is the one setting read from the page itself; a site switching language client-side expects
    // the widgets to follow.
    shared.langObserver = new MutationObserver(notifyConfigChange);
    shared.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      shared.langObserver?.disconnect();
      shared.langObserver = undefined;
    }
  };
}

/** Tells every connected element that shared configuration changed. */
export function notifyConfigChange(): void {
  for (const listener of listeners) listener();
}

/** `closest()` that continues past shadow roots into their hosts. */
function closestComposed(from: Element, selector: string): Element | null {
  let node: Element | null = from;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The parent element, or the shadow host when `node` is at the top of a shadow root. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `fr` or `en` from a language tag (`en-GB` → `en`), else null. */
function toLang(value: string | null | undefined): Lang | null {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

/**
 * Every `<agenda-provider>` around `from` (itself included), nearest first, across shadow roots: an inner one
 * that leaves an attribute out takes it from the next one out, as nested `lang` attributes do.
 */
function providersAround(from: Element | null): Element[] {
  const providers: Element[] = [];
  for (let provider = from && closestComposed(from, 'agenda-provider'); provider; ) {
    providers.push(provider);
    const outer = composedParent(provider);
    provider = outer && closestComposed(outer, 'agenda-provider');
  }
  return providers;
}

/**
 * True for an absolute http(s) URL or a path on this site (`/api`, `./api`, `../api`): what `api-base` and
 * `geocoder-base` accept. A bare word ("api", "not a url") is a mistake far more often than a relative path.
 */
export function isUsableBase(value: string): boolean {
  if (!/^(?:[a-z][a-z\d+.-]*:|\/|\.\.?\/)\S*$/i.test(value)) return false;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A non-empty trimmed string, else null. */
function given(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

interface Layer {
  source: ConfigSource;
  read(attribute: string): string | null;
}

/** Resolves the configuration of `host` whose own attributes are `own`. */
export function resolveConfig(host: Element, own: OwnConfig): ResolvedConfig {
  const outer = composedParent(host);
  const layers: Layer[] = [
    {
      source: 'element',
      read: (attribute) => given(own[OPTION_NAMES[attribute] as keyof OwnConfig]),
    },
    ...providersAround(outer).map((provider) => ({ source: 'provider' as const, read: (attribute: string) => given(provider.getAttribute(attribute)) })),
    {
      source: 'configure',
      read: (attribute) => given((shared.configured as Record<string, unknown>)[OPTION_NAMES[attribute]!]),
    },
  ];

  let problem: ConfigProblem | null = null;
  const pick = (attribute: string, valid: (value: string) => boolean): string | null => {
    for (const layer of layers) {
      const value = layer.read(attribute);
      if (value === null) continue;
      if (valid(value)) return value;
      problem ??= { attribute, source: layer.source, value };
      return null;
    }
    return null;
  };

  const apiKey = pick('api-key', (value) => API_KEY.test(value));
  if (apiKey === null) problem ??= { attribute: 'api-key', source: 'element', value: null };
  const apiBase = pick('api-base', isUsableBase) ?? DEFAULT_API_BASE;
  const theme = (pick('theme', (value) => THEMES.includes(value)) ?? 'light') as Theme;

  let lang: Lang | null = null;
  for (const layer of layers) {
    lang = toLang(layer.read('lang'));
    if (lang) break;
  }
  lang ??= toLang(outer ? closestComposed(outer, '[lang]')?.getAttribute('lang') : null) ?? 'fr';

  return { apiKey, apiBase, lang, theme, problem };
}
