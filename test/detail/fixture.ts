import type { EventDetail } from '../../src/client/types.js';

/** A complete, realistic event detail; tests override what they look at. */
export function makeDetail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: 4242,
    title: 'Concert de Noël',
    descriptionHtml: '<p>Un <strong>concert</strong> de fin d’année.</p>',
    excerpt: 'Un concert de fin d’année.',
    free: false,
    bookingUrl: 'https://billetterie.example.fr/noel',
    image: 'https://images.example.fr/noel.jpg',
    category: { uri: 'concert', name: 'Concert', color: '#cc0033' },
    startDate: '2026-12-18',
    endDate: '2026-12-19',
    nextDate: '2026-12-18',
    cancelled: false,
    venue: 'Maison de la Culture',
    featured: false,
    artists: ['Orchestre de Picardie', 'Jeanne Martin'],
    artistCount: 2,
    cityId: 2,
    cityName: 'Amiens',
    price: { min: 10, max: 12 },
    priceText: '10.00 à 12.00',
    department: '80',
    arrondissement: null,
    defaultTimes: ['20:30'],
    performances: [
      { date: '2026-12-18', times: ['20:30'] },
      { date: '2026-12-19', times: ['15:00', '20:30'] },
    ],
    nextShows: ['vendredi 18 décembre à 20h30'],
    bookingInfo: 'Réservations au 03 22 00 00 00',
    pageUrl: 'https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html',
    weight: 12,
    venueAddress: '2 place Léon Gontier',
    postcode: '80000',
    organizer: 'Ville d’Amiens',
    ...overrides,
  };
}
