/** Negative controls: the checks must catch each kind of leak, or a green report would prove nothing. */
import { expect, fixture, html } from '@open-wc/testing';
import { inspect, Traps } from './checks.js';
import { tally } from './tally.js';

/** Leaks planted in a shadow root, each with what its failure message must mention. */
const PLANTED: [string, string][] = [
  ['<a href=" javascript:alert(1)">x</a>', 'href'],
  ['<img src="data:image/png;base64,AA==">', 'src'],
  ['<img srcset="https://evil.example/a.png 1x">', 'another origin'],
  ['<span onclick="x()">x</span>', 'event handler'],
  ['<p style="background:url(https://evil.example/b)">x</p>', 'style injected'],
  ['<style>p{background:url(https://evil.example/c)}</style>', 'style sheet'],
  ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'xlink:href'],
  ['<iframe></iframe>', 'iframe'],
];

describe('hostile checks (negative controls)', () => {
  it('catch planted elements, handlers, URLs and styles inside shadow roots', async () => {
    const failures: string[] = [];
    for (const [markup, mention] of PLANTED) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // A nested shadow root, as the dialog's <agenda-event> has: the walk must go through both.
      const inner = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(inner);
      inner.attachShadow({ mode: 'open' }).innerHTML = markup;
      const found = inspect([host]).join('\n');
      if (!found.includes(mention)) failures.push(`missed ${markup}: ${found || 'nothing found'}`);
    }
    await tally('checks', `planted leaks caught by the DOM inspection`, PLANTED.length, failures);
    expect(failures).to.deep.equal([]);
  });

  it('catch script, dialogs and requests to another origin', async () => {
    const traps = new Traps().install();
    try {
      (window as unknown as Record<string, unknown>).__pwned = 1;
      window.alert('planted');
      await fetch('https://evil.example/x').catch(() => undefined);
      const found = traps.failures().join('\n');
      const failures = ['script ran', 'dialog opened', 'evil.example'].filter((mention) => !found.includes(mention)).map((mention) => `missed: ${mention}`);
      await tally('checks', `planted script, dialog and request caught by the traps`, 3, failures);
      expect(failures).to.deep.equal([]);
    } finally {
      traps.restore();
      delete (window as unknown as Record<string, unknown>).__pwned;
    }
  });
});
