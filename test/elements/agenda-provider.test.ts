import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';
import { AgendaEvents, AgendaProvider, configure } from '../../src/index.js';
import { define } from '../../src/elements/define.js';
import { isUsableBase } from '../../src/config/config.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, nextInDocument, until } from '../helpers/elements.js';

describe('<agenda-provider> and configuration', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
    configure({ apiKey: undefined, apiBase: undefined, lang: undefined, theme: undefined });
  });

  it('is defined', () => {
    expect(customElements.get('agenda-provider')).to.equal(AgendaProvider);
  });

  it('shares its key, base, language and theme with the elements inside', async () => {
    const provider = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="demokey1" api-base="/api" lang="en" theme="dark">
        <section><agenda-events city="2" limit="1"></agenda-events></section>
      </agenda-provider>
    `);
    const el = provider.querySelector('agenda-events')!;
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\/json\/2(\/|$)/);
    expect($(el, '.root')!.classList.contains('dark')).to.be.true;
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Upcoming events');
  });

  it('lets element attributes win over the provider', async () => {
    const provider = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="offkey01" api-base="/api" lang="en">
        <agenda-events api-key="demokey1" lang="fr" city="2" limit="1"></agenda-events>
      </agenda-provider>
    `);
    const el = provider.querySelector('agenda-events')!;
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\//);
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Événements à venir');
  });

  it('takes what a nested provider leaves out from the one around it', async () => {
    const outer = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="demokey1" api-base="/api" theme="dark">
        <agenda-provider lang="en"><agenda-events city="2" limit="1"></agenda-events></agenda-provider>
      </agenda-provider>
    `);
    const el = outer.querySelector('agenda-events')!;
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\/json\/2(\/|$)/);
    expect($(el, '.root')!.classList.contains('dark')).to.be.true;
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Upcoming events');
    // The nearest provider that sets an attribute wins.
    outer.querySelector('agenda-provider')!.setAttribute('theme', 'light');
    await until(el, '.root.light');
  });

  it('refuses an api-base that is neither an http(s) URL nor a path, naming it', async () => {
    const el = await fixture<AgendaEvents>(html`<agenda-events api-key="demokey1" api-base="not a url at all" city="2"></agenda-events>`);
    const error = await until(el, '[part="error"]');
    expect(error.textContent).to.contain('api-base');
    expect(api.paths).to.deep.equal([]);
    for (const base of ['/api', './api', '../api', 'https://api.example.fr/v1', '//api.example.fr']) {
      expect(isUsableBase(base), base).to.be.true;
    }
    for (const base of ['api', 'not a url at all', 'javascript:alert(1)', 'ftp://x.fr', '/a b']) {
      expect(isUsableBase(base), base).to.be.false;
    }
  });

  it('is found across shadow roots', async () => {
    class ShadowHost extends LitElement {
      override render() {
        return html`<agenda-events city="2" limit="1"></agenda-events>`;
      }
    }
    define('test-shadow-host', ShadowHost);
    const provider = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="demokey1" api-base="/api"><test-shadow-host></test-shadow-host></agenda-provider>
    `);
    const host = provider.querySelector('test-shadow-host')!;
    await (host as LitElement).updateComplete;
    const el = host.shadowRoot!.querySelector('agenda-events')!;
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\//);
  });

  it('updates the elements inside when its attributes change', async () => {
    const provider = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="demokey1" api-base="/api"><agenda-events city="2" limit="1"></agenda-events></agenda-provider>
    `);
    const el = provider.querySelector('agenda-events')!;
    await until(el, 'article.card');
    provider.theme = 'dark';
    provider.apiKey = 'offkey01';
    await until(el, '[part="error"]');
    expect($(el, '.root')!.classList.contains('dark')).to.be.true;
  });

  it('falls back to configure(), below the provider', async () => {
    configure({ apiKey: 'demokey1', apiBase: '/api', lang: 'en' });
    const el = await fixture<AgendaEvents>(html`<agenda-events city="2" limit="1"></agenda-events>`);
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\//);
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Upcoming events');

    const provider = await fixture<AgendaProvider>(html`
      <agenda-provider api-key="otherkey"><agenda-events city="2" limit="1"></agenda-events></agenda-provider>
    `);
    await until(provider.querySelector('agenda-events')!, 'article.card');
    expect(api.paths.at(-1)).to.match(/^\/otherkey\//);
  });

  it('names the configure() option at fault', async () => {
    configure({ apiKey: 'short', apiBase: '/api' });
    const failed = nextInDocument('agenda-error');
    await fixture<AgendaEvents>(html`<agenda-events city="2"></agenda-events>`);
    const event = await failed;
    expect(event.detail.code).to.equal('config');
    expect(event.detail.message).to.contain('«\u00a0apiKey\u00a0» de configure()');
    expect(api.requests).to.be.empty;
  });

  it('updates elements already on the page when configure() is called', async () => {
    const el = await fixture<AgendaEvents>(html`<agenda-events city="2" limit="1"></agenda-events>`);
    await until(el, '[part="error"]');
    configure({ apiKey: 'demokey1', apiBase: '/api' });
    await until(el, 'article.card');
  });

  it('never defines a tag twice, and warns once per page about another copy, whatever the tags', () => {
    // The flag is page-wide (shared by every copy of the bundle): start from a page that has not warned yet.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('agenda-widgets.duplicate-warned')];
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('agenda-events', AgendaEvents);
      define('agenda-events', class extends HTMLElement {});
      define('agenda-events', class extends HTMLElement {});
      define('agenda-geo', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('agenda-events')).to.equal(AgendaEvents);
    expect(customElements.get('agenda-geo')).not.to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(/^agenda-widgets: <agenda-events> and the other elements are already defined/);
  });

  it('speaks French when the page language is one the widgets do not speak', async () => {
    const wrapper = await fixture(html`<div lang="de"><agenda-events api-key="demokey1" api-base="/api" city="2" limit="1"></agenda-events></div>`);
    const el = wrapper.querySelector('agenda-events')!;
    await until(el, 'article.card');
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Événements à venir');
  });
});
