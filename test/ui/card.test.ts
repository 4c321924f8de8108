import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { EventSummary } from '../../src/client/index.js';
import { cardStyles, renderCard, renderSkeletonCard, type CardOptions, type Layout } from '../../src/ui/card.js';
import { loadMessages, messages } from '../../src/ui/i18n.js';
import { stateStyles } from '../../src/ui/states.js';
import { baseStyles, themeStyles } from '../../src/ui/styles.js';

const LAYOUTS: readonly Layout[] = ['list', 'grid', 'compact'];

/** An event with everything that makes a card's rows long: two badges, a long title, a run, a geo place. */
function longEvent(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 1,
    title: 'Le Petit Chaperon rouge (dès 4 ans), conte musical et théâtre d’ombres pour toute la famille, en trois actes',
    descriptionHtml: '',
    excerpt: 'Un conte revisité.',
    free: true,
    bookingUrl: null,
    image: null,
    category: { uri: 'arts-du-spectacle', name: 'Arts du spectacle', color: '#1f6fb5' },
    startDate: '2026-12-04T20:30',
    endDate: '2026-12-20T20:30',
    nextDate: '2026-12-05T20:30',
    cancelled: true,
    venue: 'Théâtre de la Maison de la Culture d’Amiens, grande salle',
    featured: false,
    artists: [],
    artistCount: 0,
    distanceKm: 4.8,
    cityId: 1,
    cityName: 'Amiens',
    ...overrides,
  };
}

function cardOptions(layout: Layout, lang: 'fr' | 'en' = 'fr'): CardOptions {
  return {
    lang,
    t: messages(lang),
    layout,
    thumbWidth: 320,
    thumbHeight: 180,
    thumbnail: () => null,
    showPlace: true,
    today: '2026-12-03',
  };
}

/** Cards (and, below them, as many skeletons) in a shadow root with the listings' styles, `width` px wide. */
async function mount(events: EventSummary[], layout: Layout, width: number, lang: 'fr' | 'en' = 'fr') {
  const host = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeStyles, baseStyles, cardStyles, stateStyles].map((style) => style.styleSheet!);
  const container = document.createElement('div');
  container.className = 'root light';
  container.lang = lang;
  root.append(container);
  const options = cardOptions(layout, lang);
  render(
    html`<ul class="list layout-${layout}" id="cards">${events.map((event) => renderCard(event, options))}</ul><ul
        class="list layout-${layout}"
        id="skeletons"
        aria-hidden="true"
      >${events.map(() => renderSkeletonCard(layout))}</ul>`,
    container,
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const cards = [...root.querySelectorAll<HTMLElement>('#cards > li')];
  const skeletons = [...root.querySelectorAll<HTMLElement>('#skeletons > li')];
  return { host, root, cards, skeletons };
}

function rect(element: Element): DOMRect {
  return element.getBoundingClientRect();
}

/** True when `inner` lies within `outer` (half a pixel of rounding allowed). */
function inside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

describe('event card', () => {
  before(async () => {
    await loadMessages('en');
  });

  it('names the booking link with the title quoted as its language quotes', async () => {
    const bookable = longEvent({ cancelled: false, title: 'Boléro', bookingUrl: 'https://billetterie.example.fr/bolero' });
    for (const [lang, name] of [
      ['fr', 'Réserver « Boléro » (nouvelle fenêtre)'],
      ['en', 'Book “Boléro” (opens in a new window)'],
    ] as const) {
      const { cards } = await mount([bookable], 'list', 360, lang);
      expect(cards[0]!.querySelector('[part="booking"]')!.textContent!.trim(), lang).to.equal(name);
    }
  });

  for (const layout of LAYOUTS) {
    for (const width of [300, 360, 1000]) {
      it(`keeps the skeleton's height, whatever the text (${layout}, ${width} px)`, async () => {
        const { cards, skeletons } = await mount(
          [longEvent(), longEvent({ featured: true, title: 'Boléro', free: false, cancelled: false, startDate: null, endDate: null })],
          layout,
          width,
        );
        for (const [index, card] of cards.entries()) {
          expect(rect(card).height).to.be.closeTo(rect(skeletons[index]!).height, 0.5);
        }
      });
    }
  }

  for (const layout of LAYOUTS) {
    it(`shows the category and its badges on one line, the name ending in an ellipsis (${layout})`, async () => {
      const name = 'Arts du spectacle vivant, de la rue et du cirque';
      const category = { uri: 'arts-du-spectacle', name, color: '#1f6fb5' };
      const { cards } = await mount([longEvent({ category })], layout, 300);
      const meta = cards[0]!.querySelector('.meta')!;
      const shown = meta.querySelector<HTMLElement>('.category')!;
      // The whole name stays in the DOM for screen readers.
      expect(shown.textContent).to.equal(name);
      // One line: the name is no taller than the row and is cut, not wrapped.
      expect(rect(shown).height).to.be.at.most(rect(meta).height + 0.5);
      expect(getComputedStyle(shown).whiteSpace).to.equal('nowrap');
      expect(getComputedStyle(shown).textOverflow).to.equal('ellipsis');
      expect(shown.scrollWidth).to.be.greaterThan(shown.clientWidth);
      expect(inside(rect(shown), rect(meta))).to.be.true;
      // Both badges whole and in view.
      const badges = [...meta.querySelectorAll<HTMLElement>('.badge')];
      expect(badges).to.have.length(2);
      for (const badge of badges) {
        expect(badge.scrollWidth).to.be.at.most(badge.clientWidth);
        expect(inside(rect(badge), rect(meta)), badge.textContent!).to.be.true;
      }
    });
  }

  it('leaves room for the whole ring of the category dot', async () => {
    const { cards } = await mount([longEvent()], 'list', 360);
    const category = cards[0]!.querySelector('.category')!;
    const ring = getComputedStyle(category, '::before').boxShadow;
    const spreads = [...ring.matchAll(/(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px/g)].map((match) => Number(match[4]));
    expect(spreads.length).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(category).paddingInlineStart)).to.be.at.least(Math.max(...spreads));
  });

  for (const [layout, lines] of [
    ['list', 2],
    ['grid', 2],
    ['compact', 1],
  ] as const) {
    it(`clamps a long title to ${lines} line(s) with an ellipsis, keeping the whole title as the name (${layout})`, async () => {
      const { cards } = await mount([longEvent({ cancelled: false })], layout, 360);
      const title = cards[0]!.querySelector<HTMLElement>('.title')!;
      const button = title.querySelector('button')!;
      const label = button.querySelector<HTMLElement>('.label')!;
      const style = getComputedStyle(label);
      expect(style.webkitLineClamp).to.equal(String(lines));
      // The clamp sets the label's height: `lines` lines of the title, within the title's fixed row.
      const lineHeight = parseFloat(style.lineHeight);
      expect(rect(label).height).to.be.closeTo(lines * lineHeight, 1);
      expect(rect(button).height).to.be.at.most(rect(title).height + 0.5);
      expect(button.textContent).to.equal(longEvent().title);
    });
  }

  it('puts a short title right above its category in a list, and keeps grid neighbours aligned', async () => {
    const short = longEvent({ title: 'Boléro' });
    const gap = (card: Element) => rect(card.querySelector('.meta')!).top - rect(card.querySelector('.title')!).top;
    const list = await mount([short, longEvent()], 'list', 1000);
    const lineHeight = parseFloat(getComputedStyle(list.cards[0]!.querySelector('.activate')!).lineHeight);
    // One line of title then the row gap: the spare second line goes to the bottom of the card.
    expect(gap(list.cards[0]!)).to.be.below(lineHeight * 1.5);
    expect(gap(list.cards[1]!)).to.be.above(lineHeight * 1.5);
    const grid = await mount([short, longEvent()], 'grid', 1000);
    expect(gap(grid.cards[0]!)).to.be.closeTo(gap(grid.cards[1]!), 0.5);
  });

  for (const width of [300, 360, 1000]) {
    it(`cuts the venue's name first in a compact row, keeping the town and distance (${width} px)`, async () => {
      const { cards } = await mount([longEvent()], 'compact', width);
      const line = cards[0]!.querySelector<HTMLElement>('.venue > span')!;
      const place = line.querySelector<HTMLElement>('.place')!;
      expect(place.textContent).to.match(/^Amiens, à 4,8\skm$/);
      expect(place.scrollWidth).to.be.at.most(place.clientWidth);
      expect(inside(rect(place), rect(line))).to.be.true;
      const name = line.querySelector<HTMLElement>('.name')!;
      expect(name.textContent).to.equal(longEvent().venue);
    });
  }

  for (const layout of LAYOUTS) {
    it(`cuts a long town before its distance, which stays whole (${layout}, 320 px)`, async () => {
      const { cards } = await mount([longEvent({ cityName: 'Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson' })], layout, 320);
      const line = cards[0]!.querySelector<HTMLElement>('.venue > span')!;
      const town = line.querySelector<HTMLElement>('.town')!;
      const distance = line.querySelector<HTMLElement>('.distance')!;
      expect(line.querySelector('.place')!.textContent).to.match(/^Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson, à 4,8\skm$/);
      expect(town.scrollWidth, 'the town is cut').to.be.greaterThan(town.clientWidth);
      expect(distance.scrollWidth, 'the distance is whole').to.be.at.most(distance.clientWidth);
      expect(inside(rect(distance), rect(line)), 'and in view').to.be.true;
    });
  }

  for (const layout of ['list', 'grid'] as const) {
    it(`puts the town and distance under the venue's name, every row full, at the skeleton's height (${layout})`, async () => {
      const full = longEvent({
        artists: ['Compagnie des Lucioles', 'Ensemble Ad Libitum'],
        artistCount: 2,
        venue: 'Maison de la Culture',
        excerpt: 'Un conte revisité avec des ombres, des marionnettes et un orchestre de chambre. '.repeat(4),
      });
      const events = [full, longEvent({ ...full, endDate: null }), longEvent({ ...full, venue: '' }), longEvent({ ...full, venue: '', endDate: null })];
      for (const width of [260, 300, 360, 540, 1000]) {
        const { cards, skeletons } = await mount(events, layout, width);
        const venue = cards[0]!.querySelector<HTMLElement>('.venue')!;
        const name = venue.querySelector<HTMLElement>('.name')!;
        const place = venue.querySelector<HTMLElement>('.place')!;
        expect(place.textContent).to.match(/^Amiens, à 4,8\skm$/);
        expect(inside(rect(place), rect(venue)), `${width} px: the town is in the venue's row`).to.be.true;
        expect(place.scrollWidth, `${width} px: the town is whole`).to.be.at.most(place.clientWidth);
        expect(rect(place).top, `${width} px: under the name`).to.be.at.least(rect(name).bottom - 0.5);
        if (width >= 300) expect(name.scrollWidth, `${width} px: the name is whole`).to.be.at.most(name.clientWidth);
        const clamps = cards.map((card) => getComputedStyle(card.querySelector('.excerpt')!).webkitLineClamp);
        // A run and the town each take one of the excerpt's lines; a town without a venue's name stays on one line.
        expect(clamps, `${width} px`).to.deep.equal(['1', '2', '2', '3']);
        for (const [index, card] of cards.entries()) {
          const text = card.querySelector('.content')!;
          expect(text.scrollHeight, `${width} px, card ${index}: nothing spills out of the text block`).to.be.at.most(text.clientHeight + 0.5);
          expect(rect(card).height, `${width} px, card ${index}`).to.be.closeTo(rect(skeletons[index]!).height, 0.5);
        }
      }
    });
  }

  for (const layout of ['list', 'grid'] as const) {
    it(`shows a run's last day whole under the next date, every row full, at the skeleton's height (${layout})`, async () => {
      // No venue's name, so no town line (tested above) to take the excerpt's line too.
      const full = longEvent({
        venue: '',
        artists: ['Compagnie des Lucioles', 'Ensemble Ad Libitum'],
        artistCount: 2,
        excerpt: 'Un conte revisité avec des ombres, des marionnettes et un orchestre de chambre. '.repeat(4),
      });
      for (const width of [260, 300, 360, 540, 1000]) {
        const { cards, skeletons } = await mount([full, longEvent({ ...full, endDate: null })], layout, width);
        const date = cards[0]!.querySelector<HTMLElement>('.date')!;
        const range = date.querySelector<HTMLElement>('.range')!;
        expect(inside(rect(range), rect(date)), `${width} px: the last day is in its row`).to.be.true;
        expect(range.scrollWidth, `${width} px: the last day is whole`).to.be.at.most(range.clientWidth);
        expect(rect(range).top, `${width} px: under the next date`).to.be.at.least(rect(date.querySelector('.next')!).bottom - 0.5);
        const excerpt = cards[0]!.querySelector<HTMLElement>('.excerpt')!;
        expect(getComputedStyle(excerpt).webkitLineClamp, 'the excerpt gives up a line').to.equal('2');
        expect(getComputedStyle(cards[1]!.querySelector('.excerpt')!).webkitLineClamp, 'not without a run').to.equal('3');
        const booking = cards[0]!.querySelector('.content')!;
        expect(booking.scrollHeight, `${width} px: nothing spills out of the text block`).to.be.at.most(booking.clientHeight + 0.5);
        for (const [index, card] of cards.entries()) {
          expect(rect(card).height, `${width} px, card ${index}`).to.be.closeTo(rect(skeletons[index]!).height, 0.5);
        }
      }
    });
  }

  it('shows a run beside its abbreviated next date in a compact row on a phone', async () => {
    const run = longEvent({ cancelled: false, nextDate: '2026-12-23T20:30', startDate: '2026-12-23T20:30', endDate: '2027-01-18T20:30' });
    const { cards } = await mount([run], 'compact', 360);
    const date = cards[0]!.querySelector<HTMLElement>('.date')!;
    expect(date.querySelector('.next')!.textContent).to.equal('Mer. 23 déc., 20:30');
    const range = date.querySelector<HTMLElement>('.range')!;
    expect(inside(rect(range), rect(date)), 'the run is shown').to.be.true;
    expect(range.textContent).to.equal('jusqu’au 18 janv. 2027');
  });

  it('shows a run whole or not at all, and strikes the whole date of a cancelled event', async () => {
    for (const width of [260, 300, 360, 420, 480, 540, 700, 1000]) {
      const { cards } = await mount([longEvent()], 'compact', width);
      const date = cards[0]!.querySelector<HTMLElement>('.date')!;
      const range = date.querySelector<HTMLElement>('.range')!;
      const shown = inside(rect(range), rect(date));
      const gone = rect(range).top >= rect(date).bottom - 0.5;
      expect(shown || gone, `${width} px: the run is partly shown`).to.be.true;
      expect(range.scrollWidth).to.be.at.most(range.clientWidth);
      for (const part of date.querySelectorAll(':scope > span')) {
        expect(getComputedStyle(part).textDecorationLine).to.include('line-through');
      }
      // The run stays in the DOM for screen readers.
      expect(range.textContent).to.match(/^jusqu’au 20 déc\./);
    }
  });

  it('names the known categories in English, and keeps the API name for others and in French', async () => {
    const en = messages('en');
    expect(en.categoryName('jeune-public', 'Jeune public')).to.equal('Young audiences');
    expect(en.categoryName('arts-du-spectacle', 'Arts du spectacle')).to.equal('Performing arts');
    expect(en.categoryName('exposition', 'Exposition')).to.equal('Exhibition');
    expect(en.categoryName('cirque', 'Cirque')).to.equal('Cirque');
    expect(en.categoryName('toString', 'Autre')).to.equal('Autre');
    expect(messages('fr').categoryName('jeune-public', 'Jeune public')).to.equal('Jeune public');
  });

  it('names a category the API sent without its name: the documented name, else its URI', () => {
    expect(messages('fr').categoryName('theatre', '')).to.equal('Théâtre');
    expect(messages('fr').categoryName('arts-du-spectacle', '')).to.equal('Arts du spectacle');
    expect(messages('fr').categoryName('cirque', '')).to.equal('cirque');
    expect(messages('fr').categoryName('toString', '')).to.equal('toString');
    expect(messages('en').categoryName('cirque', '')).to.equal('cirque');
  });

  it('marks the API’s French text as French in an English listing, and its own words as English', async () => {
    const { cards } = await mount([longEvent({ cancelled: true })], 'list', 360, 'en');
    const label = cards[0]!.querySelector('.label')!;
    expect(label.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(label.querySelector('.visually-hidden')!.getAttribute('lang')).to.equal('en');
    expect(label.querySelector('.visually-hidden')!.textContent).to.equal(' (Cancelled)');
    expect(cards[0]!.querySelector('[part="excerpt"]')!.getAttribute('lang')).to.equal('fr');
    expect(cards[0]!.querySelector('[part="category"]')!.closest('[lang]')!.getAttribute('lang')).to.not.equal('fr');
  });

  it('shows a card’s category in the element’s language', async () => {
    const { cards } = await mount([longEvent()], 'list', 360, 'en');
    expect(cards[0]!.querySelector('[part="category"]')!.textContent).to.equal('Performing arts');
  });

  for (const layout of LAYOUTS) {
    it(`keeps the booking link in its card with WCAG text spacing (${layout})`, async () => {
      const { root, cards } = await mount([longEvent({ cancelled: false, bookingUrl: 'https://billetterie.example/1' })], layout, 360);
      // The text-spacing bookmarklet's values (WCAG 1.4.12), as a visitor's style sheet would set them.
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
      );
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const card = cards[0]!.querySelector('.card, article')!.getBoundingClientRect();
      const booking = cards[0]!.querySelector('[part="booking"]')!.getBoundingClientRect();
      expect(booking.height, 'the booking link has a size').to.be.greaterThan(0);
      expect(booking.bottom, 'the booking link is inside its card').to.be.at.most(card.bottom + 0.5);
      const title = cards[0]!.querySelector('[part="title"]')!.getBoundingClientRect();
      const label = cards[0]!.querySelector('.label')!.getBoundingClientRect();
      expect(label.bottom, 'the title’s lines are whole').to.be.at.most(title.bottom + 0.5);
    });

    it(`is accessible (${layout})`, async () => {
      const { host } = await mount([longEvent(), longEvent({ cancelled: false, featured: true })], layout, 360);
      await expect(host).to.be.accessible();
    });
  }
});
