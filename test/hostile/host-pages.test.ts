/**
 * Hostile host pages (issue #6): the widgets are pasted into pages whose CSS was never written with them in
 * mind. Aggressive resets (`* { all: unset !important }`), `!important` rules on bare tags and Bootstrap's
 * whole stylesheet must not break the layout (cards visible at sensible sizes, buttons focusable, the dialog
 * opening over the page), and the widgets' own styles must not leak out into the page. They must also work
 * inside another component's shadow root and inside a same-origin iframe.
 *
 * The elements are imported only after the page's styles were first measured, so the leak check compares the
 * page before any widget code ran with the page after every element rendered and the dialog opened and closed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgendaEvents } from '../../src/index.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, until } from '../helpers/elements.js';
import { tally } from './tally.js';

/** The worst resets seen in the wild: everything unset, with the highest author priority. */
const RESET_ALL = `
  * { all: unset !important; }
  html, body { display: block !important; }
`;

/** Themes that style bare tags with `!important`, including what the widget's shadow tree inherits. */
const IMPORTANT_TAGS = `
  body { font: italic 900 28px/3 "Comic Sans MS", cursive !important; color: #f0f !important; letter-spacing: 4px !important;
    text-transform: uppercase !important; text-align: right !important; white-space: nowrap !important; }
  div, section, article, p, span, h3, ul, li { display: inline !important; margin: 40px !important; padding: 0 !important;
    border: 3px dotted red !important; }
  article, span, h3, li { float: left !important; width: 20px !important; height: 20px !important; }
  button { all: unset !important; background: lime !important; width: 2px !important; height: 2px !important; font-size: 1px !important; }
  img { width: 1px !important; height: 1px !important; display: none !important; }
  dialog { display: none !important; position: static !important; }
  a { color: yellow !important; pointer-events: none !important; }
  [hidden] { display: block !important; }
  :focus { outline: none !important; }
`;

/** Elements mirroring the widget's own tags, classes and parts, so a selector that escaped would hit them. */
const PROBE = `
  <article class="card" part="card"><div class="thumb" part="thumbnail"></div>
    <div class="content"><h3 class="title" part="title"><button type="button" class="activate">Titre</button></h3>
      <p class="date" part="date">Date</p><p class="meta"><span class="category" part="category">Cat</span>
      <span class="badge free" part="badge">Gratuit</span></p><p class="excerpt" part="excerpt">Texte</p></div></article>
  <ul class="list" part="list"><li>Un</li></ul>
  <button type="button" class="more" part="more">Plus</button>
  <div class="error" part="error" role="alert">Erreur</div><p class="empty" part="empty">Vide</p>
  <span class="visually-hidden">caché</span><dialog open class="panel">Dialogue</dialog>
`;

/** Computed properties compared on every probe element before and after the widgets run. */
const PROPERTIES = [
  'display', 'position', 'visibility', 'opacity', 'color', 'background-color', 'background-image', 'font-family',
  'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'margin-top', 'margin-left',
  'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius',
  'box-shadow', 'width', 'height', 'overflow-x', 'overflow-y', 'clip-path', 'outline-style', 'cursor', 'gap',
  '--agenda-color-accent', '--agenda-font', '--_category', '--_thumb-width',
];

/** Computed styles of the root, the body and each probe element, keyed by a readable path. */
function styleSnapshot(probe: HTMLElement): Record<string, string> {
  const snapshot: Record<string, string> = {};
  const targets: [string, Element][] = [
    ['html', document.documentElement],
    ['body', document.body],
    ...[...probe.querySelectorAll('*')].map((el, index): [string, Element] => [`${el.localName}.${el.className || '-'}#${index}`, el]),
  ];
  for (const [name, el] of targets) {
    const computed = getComputedStyle(el);
    for (const property of PROPERTIES) {
      // The page's own size grows with the widgets in it; only the probe's sizes must stay.
      if (el === document.documentElement || el === document.body) if (property === 'width' || property === 'height') continue;
      snapshot[`${name} ${property}`] = computed.getPropertyValue(property);
    }
  }
  snapshot['document stylesheets'] = String(document.styleSheets.length);
  snapshot['document adopted stylesheets'] = String(document.adoptedStyleSheets.length);
  snapshot['html style attribute'] = String(document.documentElement.getAttribute('style'));
  snapshot['body style attribute'] = String(document.body.getAttribute('style'));
  return snapshot;
}

/** What differs between two snapshots, one line per property. */
function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((key) => before[key] !== after[key])
    .map((key) => `${key}: ${before[key]} → ${after[key]}`);
}

/** Adds a stylesheet to the page for one test; returns its removal. */
async function pageStyle(css: { text: string } | { href: string }): Promise<() => void> {
  let node: HTMLStyleElement | HTMLLinkElement;
  if ('href' in css) {
    const link = (node = document.createElement('link'));
    link.rel = 'stylesheet';
    link.href = css.href;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${css.href} did not load`));
    });
    document.head.append(link);
    await loaded;
  } else {
    node = document.createElement('style');
    node.textContent = css.text;
    document.head.append(node);
  }
  return () => node.remove();
}

/** Records `tried` checks of `label` for the report, with what failed, and fails the test if anything did. */
async function report(label: string, tried: number, failures: string[]): Promise<void> {
  await tally('host pages', label, tried, failures);
  expect(failures, label).to.deep.equal([]);
}

/** Collects the failures of named checks instead of stopping at the first. */
class Checks {
  readonly failures: string[] = [];
  tried = 0;

  check(name: string, ok: boolean, detail = ''): void {
    this.tried++;
    if (!ok) this.failures.push(`${name}${detail ? ` (${detail})` : ''}`);
  }

  async run(name: string, body: () => Promise<void>): Promise<void> {
    this.tried++;
    try {
      await body();
    } catch (error) {
      this.failures.push(`${name}: ${String(error)}`);
    }
  }
}

/** A rectangle as "w×h at x,y". */
function box(rect: DOMRect): string {
  return `${Math.round(rect.width)}×${Math.round(rect.height)} at ${Math.round(rect.left)},${Math.round(rect.top)}`;
}

/** The dialog's panel once open and past its entrance animation. */
async function openDialog(doc: Document): Promise<HTMLDialogElement> {
  await waitUntil(() => doc.querySelector('agenda-event-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'the dialog to open', { timeout: 5000 });
  const panel = doc.querySelector('agenda-event-dialog')!.shadowRoot!.querySelector('dialog')!;
  await Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished));
  return panel;
}

/**
 * The layout checks shared by every hostile page: the cards are laid out at a readable size, the title
 * buttons take focus, "more" is there, and activating a card opens a dialog that covers a real area.
 */
async function checkLayout(checks: Checks, el: AgendaEvents, doc: Document = document): Promise<void> {
  const cards = $$(el, 'article.card');
  checks.check('three cards rendered', cards.length === 3, `${cards.length}`);
  const view = doc.defaultView!;
  for (const [index, card] of cards.entries()) {
    const rect = card.getBoundingClientRect();
    checks.check(`card ${index + 1} has a readable size`, rect.width >= 200 && rect.height >= 60 && rect.height <= 1200, box(rect));
    checks.check(`card ${index + 1} visible`, view.getComputedStyle(card).visibility === 'visible' && Number(view.getComputedStyle(card).opacity) > 0.9);
    const title = card.querySelector<HTMLElement>('.activate')!;
    const titleRect = title.getBoundingClientRect();
    const fontSize = parseFloat(view.getComputedStyle(title).fontSize);
    checks.check(`card ${index + 1} title readable`, titleRect.width >= 40 && titleRect.height >= 10 && fontSize >= 12 && fontSize <= 40, `${box(titleRect)}, ${fontSize}px`);
    const thumb = card.querySelector<HTMLElement>('[part="thumbnail"]');
    if (thumb) {
      const thumbRect = thumb.getBoundingClientRect();
      checks.check(`card ${index + 1} thumbnail sized`, thumbRect.width >= 40 && thumbRect.height >= 20, box(thumbRect));
    }
  }
  for (let i = 1; i < cards.length; i++) {
    const [previous, next] = [cards[i - 1]!.getBoundingClientRect(), cards[i]!.getBoundingClientRect()];
    const overlap = !(next.top >= previous.bottom - 1 || next.left >= previous.right - 1);
    checks.check(`cards ${i} and ${i + 1} do not overlap`, !overlap, `${box(previous)} / ${box(next)}`);
  }
  const more = $(el, '[part="more"]');
  checks.check('"more" shown', !!more && more.getBoundingClientRect().height >= 20 && more.getBoundingClientRect().width >= 40, more ? box(more.getBoundingClientRect()) : 'missing');
  const first = cards[0]?.querySelector<HTMLElement>('.activate');
  if (!first) return;
  first.focus();
  checks.check('a title button takes focus', el.shadowRoot!.activeElement === first);
  await checks.run('the dialog opens over the page', async () => {
    first.click();
    const panel = await openDialog(doc);
    const rect = panel.getBoundingClientRect();
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    expect(rect.width, `dialog ${box(rect)}`).to.be.at.least(Math.min(280, viewport.width * 0.8));
    expect(rect.height, `dialog ${box(rect)}`).to.be.at.least(150);
    expect(rect.left, 'within the viewport').to.be.at.least(-1);
    expect(rect.right, 'within the viewport').to.be.at.most(viewport.width + 1);
    expect(view.getComputedStyle(panel).visibility).to.equal('visible');
    const host = doc.querySelector('agenda-event-dialog')!;
    const inner = host.shadowRoot!.querySelector('agenda-event')!;
    await waitUntil(() => inner.shadowRoot!.querySelector('[part="detail"]'), 'the detail in the dialog', { timeout: 5000 });
    const closed = new Promise((resolve) => host.addEventListener('close', resolve, { once: true }));
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(doc.querySelector('agenda-event-dialog'), 'dialog removed').to.be.null;
    expect(el.shadowRoot!.activeElement, 'focus back on the card').to.equal(first);
  });
}

describe('hostile: host pages', function () {
  this.timeout(60000);
  let api: FakeApi;
  let probe: HTMLElement;
  let pristine: Record<string, string>;

  before(async () => {
    probe = document.createElement('div');
    probe.id = 'host-probe';
    // A fixed box (also for the open <dialog>), so a scrollbar appearing beside the widgets does not read as a change.
    probe.style.cssText = 'width: 600px; position: relative';
    probe.innerHTML = PROBE;
    document.body.append(probe);
    pristine = styleSnapshot(probe);
    await import('../../src/index.js');
  });

  after(() => probe.remove());

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
    for (const dialog of document.querySelectorAll('agenda-event-dialog')) dialog.remove();
  });

  function listing(): Promise<AgendaEvents> {
    return fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" detail="dialog"></agenda-events>`);
  }

  const pages: [string, { text: string } | { href: string }][] = [
    ['* { all: unset !important }', { text: RESET_ALL }],
    ['!important rules on tags', { text: IMPORTANT_TAGS }],
    ['Bootstrap 5', { href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' }],
  ];
  for (const [label, css] of pages) {
    it(`${label}: cards laid out, buttons focusable, the dialog opens`, async () => {
      const removeStyle = await pageStyle(css);
      try {
        const checks = new Checks();
        const el = await listing();
        await until(el, 'article.card');
        await el.updateComplete;
        await checkLayout(checks, el);
        await checks.run('accessible', async () => {
          await expect(el).to.be.accessible();
        });
        await report(label, checks.tried, checks.failures);
      } finally {
        removeStyle();
      }
    });
  }

  it('inside a Bootstrap grid column, the listing keeps to the column', async () => {
    const removeStyle = await pageStyle({ href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' });
    try {
      const checks = new Checks();
      const wrapper = await fixture<HTMLElement>(html`<div class="container" style="max-width: 760px">
        <div class="row"><div class="col-8"><agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" layout="grid"></agenda-events></div>
        <div class="col-4"><p class="card">Bootstrap card</p></div></div></div>`);
      const el = wrapper.querySelector<AgendaEvents>('agenda-events')!;
      await until(el, 'article.card');
      await el.updateComplete;
      const column = wrapper.querySelector('.col-8')!.getBoundingClientRect();
      for (const [index, card] of $$(el, 'article.card').entries()) {
        const rect = card.getBoundingClientRect();
        checks.check(`card ${index + 1} within the column`, rect.left >= column.left - 1 && rect.right <= column.right + 1 && rect.width >= 100, `${box(rect)} in ${box(column)}`);
      }
      const sibling = wrapper.querySelector('.col-4 .card')!;
      checks.check('the page\'s own .card keeps Bootstrap\'s border', getComputedStyle(sibling).borderTopStyle === 'solid');
      await report('Bootstrap grid column', checks.tried, checks.failures);
    } finally {
      removeStyle();
    }
  });

  it('the widgets\' styles do not leak into the page', async () => {
    const checks = new Checks();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <agenda-provider api-base="/api" api-key="demokey1" theme="dark">
        <agenda-events city="2" limit="3" detail="dialog" layout="grid"></agenda-events>
        <agenda-geo lat="49.9" lon="2.3" radius="5" limit="2" layout="compact"></agenda-geo>
        <agenda-event event-id="1003"></agenda-event>
        <agenda-city-search></agenda-city-search>
        <agenda-categories></agenda-categories>
      </agenda-provider>
    </div>`);
    const el = wrapper.querySelector<AgendaEvents>('agenda-events')!;
    await until(el, 'article.card');
    await until(wrapper.querySelector('agenda-event')!, '[part="detail"]');
    // Open and close the dialog too: it locks the page's scrolling while open and must restore it.
    $(el, 'article.card .activate')!.click();
    await openDialog(document);
    const host = document.querySelector('agenda-event-dialog')!;
    const closed = new Promise((resolve) => host.addEventListener('close', resolve, { once: true }));
    await sendKeys({ press: 'Escape' });
    await closed;
    const changed = differences(pristine, styleSnapshot(probe));
    checks.check(`page styles unchanged (${Object.keys(pristine).length} properties compared)`, changed.length === 0, changed.slice(0, 8).join('; '));
    const light = [...wrapper.querySelectorAll('*')].filter((node) => !node.localName.startsWith('agenda-') && node.localName !== 'script');
    checks.check('no markup added to the page beside the elements', light.length === 0, light.map((node) => node.localName).join(', '));
    await report('styles do not leak out', checks.tried, checks.failures);
  });

  it('inside another component\'s shadow root: configured, listed, linked by id and the dialog opens', async () => {
    const checks = new Checks();
    const outer = await fixture<HTMLElement>(html`<div><agenda-provider api-base="/api" api-key="demokey1"><section></section></agenda-provider></div>`);
    const section = outer.querySelector('section')!;
    const root = section.attachShadow({ mode: 'open' });
    // The outer component's own styles, as hostile as a page's: they reach the widget's host only.
    root.innerHTML = `<style>* { all: unset !important; } article { display: none !important; }</style>
      <agenda-categories for="list"></agenda-categories>
      <agenda-events id="list" city="2" limit="3" detail="dialog"></agenda-events>`;
    const el = root.querySelector<AgendaEvents>('agenda-events')!;
    const loaded = new Promise((resolve) => document.addEventListener('agenda-load', resolve, { once: true }));
    await checks.run('the listing loads with the provider\'s key from outside the shadow root', async () => {
      await until(el, 'article.card');
      expect(api.paths.filter((path) => path.startsWith('/demokey1/json/2/'))).to.have.length(1);
    });
    await checks.run('agenda-load reaches the document', async () => {
      await loaded;
    });
    await checkLayout(checks, el);
    await checks.run('<agenda-categories for> finds its listing in the same shadow root', async () => {
      const picker = root.querySelector('agenda-categories')!;
      const option = await until(picker, 'button.chip');
      option.click();
      await waitUntil(() => el.categories, 'the listing to get categories', { timeout: 5000 });
      await until(el, 'article.card');
    });
    await report('inside another shadow root', checks.tried, checks.failures);
  });

  it('inside a same-origin iframe with its own copy of the widgets', async () => {
    const checks = new Checks();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="agenda" style="width: 700px; height: 500px; border: 0"></iframe>`);
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The frame loads the widgets itself and talks to the reference server at /api (the fake API patches
    // this window's fetch only); the page around it has a reset the frame must not feel.
    frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>* { all: unset !important; } html, body { display: block !important; }</style>
      <script type="module">import '/src/index.ts';</script></head>
      <body><agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" detail="dialog"></agenda-events></body></html>`;
    await ready;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('agenda-events') as AgendaEvents;
    await checks.run('the listing renders in the frame', async () => {
      await waitUntil(() => frame.contentWindow!.customElements.get('agenda-events') && el.shadowRoot?.querySelectorAll('article.card').length === 3, 'cards in the frame', {
        timeout: 20000,
      }).catch((error) => {
        const win = frame.contentWindow!;
        throw new Error(`${String(error)}; defined: ${String(!!win.customElements.get('agenda-events'))}; shown: ${el.shadowRoot?.querySelector(`[part="error"]`)?.textContent?.replace(/\s+/g, " ")}`);
      });
    });
    checks.check('the frame has its own definition', frame.contentWindow!.customElements.get('agenda-events') !== customElements.get('agenda-events'));
    checks.check('no request went through the page\'s fetch', api.requests.length === 0, api.paths.join(', '));
    if (el.shadowRoot?.querySelector('article.card')) await checkLayout(checks, el, doc);
    await report('inside a same-origin iframe', checks.tried, checks.failures);
  });
});
