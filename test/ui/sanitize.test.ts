import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { html as litHtml, render as litRender } from 'lit';
import { sanitizeDescription } from '../../src/ui/sanitize.js';

const ALLOWED = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'UL', 'OL', 'LI', 'A', 'BLOCKQUOTE']);

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Sanitizes into a live container (so any surviving handler or script would run) and returns it. */
function render(html: string): HTMLDivElement {
  const container = document.createElement('div');
  // The id the event view passes (NEW_WINDOW_HINT of src/ui/detail/template.ts).
  container.append(sanitizeDescription(html, 'new-window-hint'));
  document.body.append(container);
  return container;
}

/** Every element is allowed, with allowed attributes only, and every href is http(s) or mailto. */
function expectClean(container: HTMLElement): void {
  for (const element of container.querySelectorAll('*')) {
    expect(ALLOWED.has(element.tagName), `unexpected <${element.tagName}>`).to.be.true;
    for (const attribute of element.attributes) {
      expect(['href', 'rel', 'target', 'aria-describedby'], `unexpected ${attribute.name}`).to.include(attribute.name);
    }
    if (element.hasAttribute('href')) {
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(element.getAttribute('href')!).protocol);
    }
  }
}

/** Lets queued handlers (onerror on a broken image, onload…) run if anything slipped through. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('sanitizeDescription', () => {
  beforeEach(() => {
    delete window.__xss;
  });
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((node) => node.remove());
  });

  it('returns a DocumentFragment, empty for empty input', () => {
    const fragment = sanitizeDescription('');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes.length).to.equal(0);
    expect(sanitizeDescription(undefined as unknown as string).childNodes.length).to.equal(0);
  });

  it('keeps the allowed formatting tags and their text', () => {
    const html =
      '<p><strong>a</strong> <em>b</em> <b>c</b> <i>d</i> <u>e</u><br>f</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>';
    const container = render(html);
    expect(container.innerHTML).to.equal(html);
    expectClean(container);
  });

  it('preserves text and entities', () => {
    const container = render('<p>Tom &amp; Jerry &lt;3 — «&nbsp;été&nbsp;»</p>');
    expect(container.textContent).to.equal('Tom & Jerry <3 — «\u00a0été\u00a0»');
  });

  it('unwraps disallowed wrappers but keeps their text', () => {
    const container = render('<div><span class="x">Hello</span> <font color="red">world</font></div><h1>Title</h1>');
    expect(container.textContent).to.equal('Hello worldTitle');
    expect(container.children.length).to.equal(0);
  });

  it('removes scripts with their content', async () => {
    const container = render('<p>ok</p><script>window.__xss = 1</script><SCRIPT SRC=//evil.example/x.js></SCRIPT>');
    await settle();
    expect(container.innerHTML).to.equal('<p>ok</p>');
    expect(window.__xss).to.equal(undefined);
  });

  it('removes event handler attributes', async () => {
    const container = render(
      '<p onclick="window.__xss=1" onmouseover="window.__xss=1">p</p>' +
        '<img src="x" onerror="window.__xss=1">' +
        '<svg onload="window.__xss=1"><circle r="1"/></svg>' +
        '<body onload="window.__xss=1">body text</body>' +
        '<a href="https://example.com" onclick="window.__xss=1" onfocus="window.__xss=1">link</a>',
    );
    await settle();
    expectClean(container);
    expect(container.querySelector('[onclick],[onerror],[onload],[onmouseover],[onfocus]')).to.equal(null);
    expect(container.querySelector('img, svg')).to.equal(null);
    expect(container.textContent).to.contain('body text');
    expect(window.__xss).to.equal(undefined);
  });

  const badHrefs = [
    'javascript:window.__xss=1',
    'JaVaScRiPt:window.__xss=1',
    '&#106;avascript:window.__xss=1',
    '&#x6A;&#x61;vascript:window.__xss=1',
    '&#0000106&#0000097vascript:window.__xss=1',
    'java\tscript:window.__xss=1',
    'java&#9;script:window.__xss=1',
    'java\nscript:window.__xss=1',
    'java&#x0A;script:window.__xss=1',
    'java\rscript:window.__xss=1',
    '   javascript:window.__xss=1',
    '&#1;javascript:window.__xss=1',
    '\u0001javascript:window.__xss=1',
    'javascript&colon;window.__xss=1',
    'data:text/html,<script>window.__xss=1</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/protocol-relative',
    '#fragment',
    '',
  ];
  for (const href of badHrefs) {
    it(`removes the href ${JSON.stringify(href)} but keeps the link text`, async () => {
      const container = render(`<p><a href="${href}">click</a></p>`);
      const link = container.querySelector('a');
      expect(link, 'the <a> itself stays').to.not.equal(null);
      expect(link!.hasAttribute('href')).to.be.false;
      expect(link!.hasAttribute('target')).to.be.false;
      expect(container.textContent).to.equal('click');
      expectClean(container);
      link!.click();
      await settle();
      expect(window.__xss).to.equal(undefined);
    });
  }

  it('keeps http(s) and mailto links, normalised, with rel, and a new tab (said) for http(s) only', () => {
    const container = render(
      '<a href="https://example.com/a?b=1&amp;c=2" title="t" class="c" style="color:red" id="i" ' +
        'target="_self" rel="opener" data-x="1" aria-label="l">https</a>' +
        '<a href="  HTTP://Example.com/p ">http</a>' +
        '<a href="mailto:contact@example.com">mail</a>',
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.com/a?b=1&c=2',
      'http://example.com/p',
      'mailto:contact@example.com',
    ]);
    for (const link of links) expect(link.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    for (const link of links.slice(0, 2)) {
      expect(link.getAttribute('target')).to.equal('_blank');
      // The view's "new window" words (src/ui/detail/template.ts) describe the link.
      expect(link.getAttribute('aria-describedby')).to.equal('new-window-hint');
      expect([...link.attributes].map((attribute) => attribute.name).sort()).to.deep.equal(['aria-describedby', 'href', 'rel', 'target']);
    }
    // A mail link opens the mail program, not a tab.
    expect([...links[2]!.attributes].map((attribute) => attribute.name).sort()).to.deep.equal(['href', 'rel']);
  });

  it('removes style attributes and style elements', () => {
    const container = render('<style>p { color: red }</style><p style="background:url(javascript:alert(1))">text</p>');
    expect(container.innerHTML).to.equal('<p>text</p>');
  });

  it('removes iframes, forms, objects and embeds', async () => {
    const container = render(
      '<iframe src="javascript:window.__xss=1"></iframe><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' +
        '<form action="javascript:window.__xss=1"><input name="q"><button formaction="javascript:window.__xss=1">go</button></form>' +
        '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">' +
        '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">' +
        '<link rel="stylesheet" href="https://evil.example/x.css"><p>after</p>',
    );
    await settle();
    expectClean(container);
    expect(container.innerHTML).to.equal('go<p>after</p>');
    expect(window.__xss).to.equal(undefined);
  });

  it('neutralises <svg><script> and <math> mutation XSS vectors', async () => {
    const vectors = [
      '<svg><script>window.__xss=1</script></svg>',
      '<svg><a xlink:href="javascript:window.__xss=1"><text y="10">x</text></a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
      '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x onerror=window.__xss=1&gt;">',
      '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
      '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
      '<svg><style><img src=x onerror=window.__xss=1></style></svg>',
      '<template><img src=x onerror=window.__xss=1></template>',
    ];
    for (const vector of vectors) {
      const container = render(vector);
      expectClean(container);
      // Re-parsing the serialization must not resurrect anything either (the mXSS pattern).
      const reparsed = document.createElement('div');
      reparsed.innerHTML = container.innerHTML;
      expect(reparsed.querySelector('img, svg, math, script, style'), vector).to.equal(null);
    }
    await settle();
    expect(window.__xss).to.equal(undefined);
  });

  it('renders as a Lit child value', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const description = sanitizeDescription('<p>Hello <a href="https://example.com">world</a></p>');
    litRender(litHtml`<section>${description}</section>`, container);
    expect(container.querySelector('section > p > a[target="_blank"]')?.textContent).to.equal('world');
  });

  it('does not change the global DOMPurify, nor pick up its hooks', () => {
    const global = DOMPurify.sanitize('<a href="https://example.com">x</a>');
    expect(global).to.equal('<a href="https://example.com">x</a>');

    const hook = (node: Element): void => node.setAttribute('data-host', '1');
    DOMPurify.addHook('afterSanitizeAttributes', hook);
    try {
      const container = render('<p><a href="https://example.com">x</a></p>');
      expect(container.querySelector('[data-host]')).to.equal(null);
      expect(DOMPurify.sanitize('<p>y</p>')).to.equal('<p data-host="1">y</p>');
    } finally {
      DOMPurify.removeHook('afterSanitizeAttributes', hook);
    }
    // The host's default configuration is untouched too: it still allows what ours forbids.
    expect(DOMPurify.sanitize('<span class="c">z</span>')).to.equal('<span class="c">z</span>');
  });
});
