/**
 * Hostile attribute values set by a host page on every element: a validated attribute gives a clear message
 * naming it and an `agenda-error`; a presentational one (theme, lang) falls back to its default. Either way no
 * script runs, nothing is rendered from the value as markup, URL or style, and no exception escapes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { isUsableBase } from '../../src/config/config.js';
import { setUp, tearDown, caseFailures, settle, type Hostile } from './harness.js';
import { tally } from './tally.js';

/** Values a careless or hostile host page could write into any attribute. */
const VALUES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=alert(1)>",
  '<script>window.__pwned=1</script>',
  '2; background:url(https://evil.example/a)',
  'red;background:url(https://evil.example/c)',
  '1e309',
  '-1',
  'NaN',
  '0x10',
  '99999999999999999999',
  '1/../../evil',
  '%2F%2Fevil.example',
  '\u202Egnp.exe',
  'A'.repeat(5_000),
  '',
  '__proto__',
];

/** An element, its base attributes (a working configuration), and its attributes under test. */
interface Target {
  tag: string;
  base: Record<string, string>;
  /** Attributes whose bad value must give an error and a message naming the attribute. */
  validated: string[];
  /** Attributes whose bad value falls back to a default, silently. */
  fallback: string[];
  /** Milliseconds to wait for `agenda-load` or `agenda-error`; the pickers fire neither, so they get a short pause. */
  wait: number;
}

const KEY = { 'api-base': '/api', 'api-key': 'demokey1' };

const TARGETS: Target[] = [
  {
    tag: 'agenda-events',
    base: { ...KEY, city: '2', limit: '2' },
    validated: ['city', 'categories', 'limit', 'offset', 'api-base', 'api-key', 'thumb-width', 'thumb-height', 'layout', 'detail'],
    fallback: ['theme', 'lang'],
    wait: 10_000,
  },
  {
    tag: 'agenda-geo',
    base: { ...KEY, lat: '49.897455', lon: '2.301060', radius: '10', limit: '2' },
    validated: ['lat', 'lon', 'radius', 'categories', 'limit', 'offset', 'api-base', 'api-key'],
    fallback: ['theme', 'lang'],
    wait: 10_000,
  },
  { tag: 'agenda-event', base: { ...KEY, 'event-id': '1000' }, validated: ['event-id', 'api-base', 'api-key'], fallback: ['theme', 'lang'], wait: 10_000 },
  { tag: 'agenda-city-search', base: KEY, validated: [], fallback: ['label', 'placeholder', 'theme', 'lang'], wait: 300 },
  { tag: 'agenda-categories', base: KEY, validated: [], fallback: ['label', 'theme', 'lang'], wait: 300 },
];

/** Whether the attribute's value may legitimately be accepted (a valid reading of it exists). */
const ACCEPTABLE: Record<string, (value: string) => boolean> = {
  // A limit, offset or size attribute parsed by Lit as a number: '' and '0x10' read as 0 and 16.
  offset: (value) => value === '' || value === '0x10',
  limit: (value) => value === '0x10',
  'thumb-width': (value) => value === '0x10',
  'thumb-height': (value) => value === '0x10',
  city: (value) => value === '0x10',
  // An empty list of categories means all of them; an empty radius, the default one.
  categories: (value) => value === '',
  radius: (value) => value === '',
  // -1 is a valid latitude and longitude.
  lat: (value) => value === '-1',
  lon: (value) => value === '-1',
};

/** Values skipped for an attribute: an empty `api-base` is no `api-base`, i.e. the production API (another origin). */
const SKIPPED: Record<string, (value: string) => boolean> = { 'api-base': (value) => value.trim() === '' };

/**
 * Whether the message must name the attribute: a relative `api-base` is a path on this site, so its failure
 * is the request's (a 404 here), reported as such.
 */
const namesAttribute = (attribute: string, value: string) => attribute !== 'api-base' || !isUsableBase(value);

/** Creates `tag` with `attributes` the way a host page's script would, and waits for it to settle. */
async function mount(tag: string, attributes: Record<string, string>, wait: number): Promise<{ element: HTMLElement; errors: string[] }> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: string[] = [];
  element.addEventListener('agenda-error', (event) => errors.push(JSON.stringify((event as CustomEvent).detail ?? {})));
  const settled = new Promise<void>((resolve) => {
    element.addEventListener('agenda-error', () => resolve());
    element.addEventListener('agenda-load', () => resolve());
    // A relative api-base sends a real request to the dev server, slow when three browsers share two cores.
    setTimeout(resolve, wait);
  });
  document.body.append(element);
  await settled;
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return { element, errors };
}

describe('hostile attribute values from the host page', function () {
  this.timeout(120_000);
  let hostile: Hostile;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`uncaught ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection ${String(event.reason)}`);
  beforeEach(() => {
    hostile = setUp();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    tearDown(hostile);
  });

  for (const target of TARGETS) {
    it(`<${target.tag}>: hostile values in ${[...target.validated, ...target.fallback].join(', ')}`, async () => {
      await fixture(html`<div></div>`);
      const failures: string[] = [];
      let tried = 0;
      for (const attribute of [...target.validated, ...target.fallback]) {
        // Every value of one attribute at once: the elements load side by side, which is also a fair stress.
        const values = VALUES.filter((value) => !SKIPPED[attribute]?.(value));
        const mounted = await Promise.all(values.map((value) => mount(target.tag, { ...target.base, [attribute]: value }, target.wait)));
        await settle();
        mounted.forEach(({ element, errors }, index) => {
          const value = values[index]!;
          const label = `<${target.tag} ${attribute}=${JSON.stringify(value.slice(0, 40))}>`;
          tried++;
          failures.push(...caseFailures(hostile, label, [element]), ...uncaught.splice(0).map((error) => `${label}: ${error}`));
          const text = element.shadowRoot?.textContent ?? '';
          if (target.validated.includes(attribute) && !ACCEPTABLE[attribute]?.(value)) {
            if (!errors.length) failures.push(`${label}: no agenda-error`);
            else if (!text.trim()) failures.push(`${label}: agenda-error without a message`);
            else if (namesAttribute(attribute, value) && !text.includes(attribute)) failures.push(`${label}: the message does not name ${attribute}: "${text.replace(/\s+/g, ' ').trim().slice(0, 80)}"`);
          }
          element.remove();
        });
      }
      await tally('attributes', `<${target.tag}>: ${VALUES.length} values × ${target.validated.length + target.fallback.length} attributes`, tried, failures);
      expect(failures).to.deep.equal([]);
    });
  }
});
