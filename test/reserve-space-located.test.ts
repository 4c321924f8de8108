// The space src/reserve-space.ts holds for an <agenda-geo locate> when the visitor allowed this site to locate
// them before: the element locates at once, without its prompt. A page of its own: reserveSpace runs once per
// document, and no element may be defined before the test asks for it.
import { reserveSpace } from '../src/reserve-space.js';
import { expectGeoBoxesReserved } from './helpers/geo-reservation.js';
import { stubGeolocation } from './helpers/geolocation.js';

describe('reserveSpace, a geo listing whose visitor already allowed geolocation', () => {
  it('reserves its compact header and the skeleton under it, at every width', async () => {
    // The position and the API never answer: the element stays as it is when its code arrives.
    const geolocation = stubGeolocation({ lat: 49.894, lon: 2.2957 }, 'granted', { held: true });
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      reserveSpace();
      // The permission's answer, before any frame is drawn: the reservation is the compact header's.
      await Promise.resolve();
      // Either side of the compact header's breakpoints (28.5 and 45 rem) and of the grid's columns.
      const widths = [300, 360, 455, 456, 600, 719, 720, 1000, 1400];
      // Larger text too: the header's buttons grow with it (no icon: a 1.2 line, as the "more" button's). WebKit
      // rounds that line to whole pixels (26.4 → 26 at 22 px): the box it renders is 0.4 px shorter than reserved.
      const larger = 'style="--agenda-font-size: 1.375rem" limit="2"';
      const kinds = ['', 'lat="49.894" lon="2.2957"', 'layout="grid" limit="4"', 'layout="compact" limit="3"', 'fallback', larger];
      await expectGeoBoxesReserved(kinds, widths, (kind) => (kind === larger ? 0.5 : 0.25));
    } finally {
      window.fetch = realFetch;
      geolocation.restore();
    }
  });
});
