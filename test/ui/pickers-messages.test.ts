import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/agenda-city-search.js';
import type { AgendaCitySearch } from '../../src/elements/agenda-city-search.js';
import type { Lang } from '../../src/client/types.js';
import { geoMessages } from '../../src/ui/geo-messages.js';
import { pickerMessages } from '../../src/ui/pickers/messages.js';
import { $ } from '../helpers/elements.js';

const LANGS: Lang[] = ['fr', 'en'];

/** Every sentence of a catalogue: its strings, and its functions called with typical arguments. */
function sentences(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((value: unknown) => {
    if (typeof value === 'string') return [value];
    if (typeof value !== 'function') return [];
    const call = value as (...args: unknown[]) => string;
    return [call(1, 3), call(12, 2.5), call('Amiens', 'Somme'), call('network'), call('timeout'), call('parse'), call('config'), call('http', 500)];
  });
}

describe('picker and geolocation wording', () => {
  it('has input placeholders that fit a 280px field at 16px, even in a wide font', async () => {
    for (const lang of LANGS) {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px; font: 16px 'DejaVu Sans', Verdana, sans-serif">
        <agenda-city-search api-key="demokey1" api-base="/api" lang=${lang}></agenda-city-search>
      </div>`);
      const search = wrapper.querySelector<AgendaCitySearch>('agenda-city-search')!;
      await search.updateComplete;
      const input = $(search, 'input') as HTMLInputElement;
      const style = getComputedStyle(input);
      expect(style.fontSize).to.equal('16px');
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      expect(room, 'the field is about 280px wide').to.be.within(200, 280);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const { cityPlaceholder, cityLabel } = pickerMessages(lang);
      const { addressPlaceholder, addressLabel } = geoMessages(lang);
      expect(input.placeholder).to.equal(cityPlaceholder);
      for (const [placeholder, label] of [
        [cityPlaceholder, cityLabel],
        [addressPlaceholder, addressLabel],
      ] as const) {
        const width = context.measureText(placeholder).width;
        expect(width, `"${placeholder}" (${Math.round(width)}px) in ${Math.round(room)}px`).to.be.below(room * 0.9);
        expect(placeholder.length, placeholder).to.be.at.most(25);
        // A hint beside the label, not the label again (the label is the accessible name), nor cut with "…".
        expect(placeholder.toLowerCase()).not.to.equal(label.toLowerCase());
        expect(placeholder).not.to.contain('…');
      }
    }
  });

  it('keeps the label as the accessible name, the placeholder only a hint', async () => {
    const search = await fixture<AgendaCitySearch>(html`<agenda-city-search api-key="demokey1" api-base="/api"></agenda-city-search>`);
    const input = $(search, 'input') as HTMLInputElement;
    expect(input.getAttribute('aria-labelledby')).to.equal('label');
    expect($(search, '#label')!.textContent!.trim()).to.equal('Ville');
    expect(input.placeholder).to.equal('Nom de la ville');
    expect(geoMessages('fr')).to.include({ addressLabel: 'Adresse ou ville', addressPlaceholder: 'Rue, ville ou code postal' });
    expect(geoMessages('en')).to.include({ addressLabel: 'Address or town', addressPlaceholder: 'Street, town or postcode' });
    expect(pickerMessages('en')).to.include({ cityLabel: 'Town', cityPlaceholder: 'Town name' });
  });

  it('writes French with its typography: ’, and no breakable space before : ; ! ? » or after «', () => {
    const french = [...sentences(pickerMessages('fr')), ...sentences(geoMessages('fr'))];
    expect(french.length).to.be.above(40);
    for (const sentence of french) {
      expect(sentence).not.to.contain("'");
      expect(sentence).not.to.match(/ [:;!?»]|« /);
    }
    expect(geoMessages('fr').aroundPlace('Amiens')).to.equal('Autour de\u00a0: Amiens');
    expect(geoMessages('fr').locatePrompt).to.equal('Voir les événements autour de vous\u202f? Votre position ne sert qu’à cette recherche.');
  });
});
