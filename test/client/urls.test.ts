import { expect } from '@open-wc/testing';
import { AgendaError } from '../../src/client/index.js';
import {
  DEFAULT_API_BASE,
  categoriesUrl,
  cityEventsUrl,
  citySearchUrl,
  eventUrl,
  geoEventsUrl,
  nearbyCitiesUrl,
  resolveApiBase,
  thumbnailSources,
} from '../../src/client/urls.js';
import { formatDecimal } from '../../src/client/validate.js';

const target = { apiBase: DEFAULT_API_BASE, apiKey: 'qip8mak8' };
const ROOT = 'https://api.agendaculturel.fr/qip8mak8/json';
const ALL = 'concert,theatre,festival,jeune-public,danse,arts-du-spectacle,exposition';

describe('client URLs', () => {
  it('builds the category URL', () => {
    expect(categoriesUrl(target)).to.equal(`${ROOT}/category`);
  });

  describe('citylist', () => {
    it('encodes the trimmed query', () => {
      expect(citySearchUrl(target, { query: 'ami' })).to.equal(`${ROOT}/citylist/ami`);
      expect(citySearchUrl(target, { query: '  Saint-Étienne  ' })).to.equal(`${ROOT}/citylist/Saint-%C3%89tienne`);
      expect(citySearchUrl(target, { query: "L'Île-d'Yeu" })).to.equal(`${ROOT}/citylist/L'%C3%8Ele-d'Yeu`);
    });

    it('drops characters a city name never has, which the API refuses (Ax012)', () => {
      expect(citySearchUrl(target, { query: 'Saint-Denis (93)' })).to.equal(`${ROOT}/citylist/Saint-Denis%2093`);
      expect(citySearchUrl(target, { query: 'a/b?c#d,e' })).to.equal(`${ROOT}/citylist/a%20b%20c%20d%20e`);
      expect(citySearchUrl(target, { query: '<>/?' })).to.equal(null);
      // Punctuation alone names no town, and a "." or ".." segment would change the endpoint.
      for (const query of ['.', '..', ' - ', "'’."]) expect(citySearchUrl(target, { query }), query).to.equal(null);
      expect(citySearchUrl(target, { query: 'St. Malo' })).to.equal(`${ROOT}/citylist/St.%20Malo`);
    });

    it('appends the excluded ids, de-duplicated', () => {
      expect(citySearchUrl(target, { query: 'ami', exclude: [1, 37, '6', ' 465 ', 37] })).to.equal(
        `${ROOT}/citylist/ami/1,37,6,465`,
      );
      expect(citySearchUrl(target, { query: 'ami', exclude: [] })).to.equal(`${ROOT}/citylist/ami`);
    });

    it('gives null for an empty query', () => {
      expect(citySearchUrl(target, { query: '' })).to.equal(null);
      expect(citySearchUrl(target, { query: '   ' })).to.equal(null);
    });
  });

  describe('geocities', () => {
    const position = { lat: 50.1097209, lon: 1.827798 };
    it('writes only the position by default, with 6 decimals', () => {
      expect(nearbyCitiesUrl(target, position)).to.equal(`${ROOT}/geocities/50.109721,1.827798`);
    });
    it('writes each optional segment in place', () => {
      expect(nearbyCitiesUrl(target, { ...position, exclude: [1, 37, 6, 465] })).to.equal(
        `${ROOT}/geocities/50.109721,1.827798/1,37,6,465`,
      );
      expect(
        nearbyCitiesUrl(target, {
          ...position,
          exclude: [1, 37, 6, 465],
          categories: ['concert', 'theatre'],
          maxDistanceKm: 20,
          offset: 0,
          limit: 10,
        }),
      ).to.equal(`${ROOT}/geocities/50.109721,1.827798/1,37,6,465/concert,theatre/20/0,10`);
    });
    it('fills skipped earlier segments with neutral values', () => {
      expect(nearbyCitiesUrl(target, { ...position, categories: ['danse'] })).to.equal(
        `${ROOT}/geocities/50.109721,1.827798/0/danse`,
      );
      expect(nearbyCitiesUrl(target, { ...position, maxDistanceKm: '12.5' })).to.equal(
        `${ROOT}/geocities/50.109721,1.827798/0/${ALL}/12.5`,
      );
      expect(nearbyCitiesUrl(target, { ...position, offset: 10 })).to.equal(
        `${ROOT}/geocities/50.109721,1.827798/0/${ALL}/50/10,10`,
      );
    });
  });

  describe('city listing', () => {
    it('writes the city alone by default', () => {
      expect(cityEventsUrl(target, { city: 2 })).to.equal(`${ROOT}/2`);
      expect(cityEventsUrl(target, { city: ' 2 ' })).to.equal(`${ROOT}/2`);
    });
    it('adds categories, then offset,limit', () => {
      expect(cityEventsUrl(target, { city: 2, categories: ['concert', 'theatre', 'exposition'] })).to.equal(
        `${ROOT}/2/concert,theatre,exposition`,
      );
      expect(
        cityEventsUrl(target, { city: 2, categories: ['concert', 'theatre', 'exposition'], offset: 30, limit: 15 }),
      ).to.equal(`${ROOT}/2/concert,theatre,exposition/30,15`);
    });
    it('writes offset,limit when either is given, filling the other with its default, unless it is the default page', () => {
      expect(cityEventsUrl(target, { city: 2, offset: 30 })).to.equal(`${ROOT}/2/${ALL}/30,15`);
      expect(cityEventsUrl(target, { city: 2, limit: 5 })).to.equal(`${ROOT}/2/${ALL}/0,5`);
      expect(cityEventsUrl(target, { city: 2, offset: 0, limit: 15 })).to.equal(`${ROOT}/2`);
      expect(cityEventsUrl(target, { city: 2, categories: ['danse'], offset: 0 })).to.equal(`${ROOT}/2/danse`);
    });
    it('de-duplicates categories and skips blanks', () => {
      expect(cityEventsUrl(target, { city: 2, categories: ['concert', ' ', 'concert', ' danse'] })).to.equal(
        `${ROOT}/2/concert,danse`,
      );
    });
    it('corrects the provider’s documented misspelling art-du-spectacle', () => {
      expect(cityEventsUrl(target, { city: 2, categories: ['art-du-spectacle', 'arts-du-spectacle'] })).to.equal(
        `${ROOT}/2/arts-du-spectacle`,
      );
    });
  });

  describe('geo listing', () => {
    it('writes position and radius', () => {
      expect(geoEventsUrl(target, { lat: 49.897455, lon: 2.30106, radiusKm: 10 })).to.equal(
        `${ROOT}/geo/49.897455,2.30106/10`,
      );
      expect(geoEventsUrl(target, { lat: '49.897455', lon: '2.301060', radiusKm: '1.5' })).to.equal(
        `${ROOT}/geo/49.897455,2.30106/1.5`,
      );
    });
    it('adds categories and offset,limit', () => {
      expect(
        geoEventsUrl(target, { lat: 49.897455, lon: 2.30106, radiusKm: 10, categories: ['concert', 'theatre'], offset: 10, limit: 20 }),
      ).to.equal(`${ROOT}/geo/49.897455,2.30106/10/concert,theatre/10,20`);
      expect(geoEventsUrl(target, { lat: 49.897455, lon: 2.30106, radiusKm: 10, limit: 20 })).to.equal(
        `${ROOT}/geo/49.897455,2.30106/10/${ALL}/0,20`,
      );
      expect(geoEventsUrl(target, { lat: 49.897455, lon: 2.30106, radiusKm: 10, offset: 0, limit: 15 })).to.equal(
        `${ROOT}/geo/49.897455,2.30106/10`,
      );
    });
    it('uses the bare geo/ for a zone-restricted key, ignoring any position', () => {
      expect(geoEventsUrl(target, { restricted: true })).to.equal(`${ROOT}/geo/`);
      expect(geoEventsUrl(target, { restricted: true, offset: 0, limit: 15 })).to.equal(`${ROOT}/geo/`);
      expect(geoEventsUrl(target, { restricted: true, lat: 1, lon: 2, radiusKm: 3 })).to.equal(`${ROOT}/geo/`);
      expect(geoEventsUrl(target, { restricted: true, categories: ['concert', 'theatre'] })).to.equal(
        `${ROOT}/geo/concert,theatre`,
      );
      expect(geoEventsUrl(target, { restricted: true, offset: 15, limit: 15 })).to.equal(`${ROOT}/geo/${ALL}/15,15`);
      expect(geoEventsUrl(target, { restricted: true, categories: ['danse'], limit: 5 })).to.equal(`${ROOT}/geo/danse/0,5`);
    });
  });

  it('builds the event URL', () => {
    expect(eventUrl(target, 42)).to.equal(`${ROOT}/event/42`);
    expect(eventUrl(target, ' 42 ')).to.equal(`${ROOT}/event/42`);
  });

  it('formats decimals without locale or exponent', () => {
    expect(formatDecimal(49.8974551234)).to.equal('49.897455');
    expect(formatDecimal(-1.5)).to.equal('-1.5');
    expect(formatDecimal(1e-7)).to.equal('0');
    expect(formatDecimal(-1e-7)).to.equal('0');
    expect(formatDecimal(10)).to.equal('10');
    expect(formatDecimal(1e21 / 1e21)).to.equal('1');
  });

  describe('thumbnails', () => {
    it('gives a cropped 1x URL and a 2x srcset', () => {
      const image = 'https://img.example/a b,c.jpg?x=1&y=2';
      const { src, srcset } = thumbnailSources(DEFAULT_API_BASE, image, { width: 160, height: 90 });
      const encoded = encodeURIComponent(new URL(image).href);
      expect(src).to.equal(`https://api.agendaculturel.fr/static/im/thumb.php?src=${encoded}&w=160&h=90&zc=1`);
      expect(srcset).to.equal(
        `${src} 1x, https://api.agendaculturel.fr/static/im/thumb.php?src=${encoded}&w=320&h=180&zc=1 2x`,
      );
      // One comma separates the two candidates: the image URL's own comma is encoded.
      expect(srcset.split(', ')).to.have.length(2);
    });
    it('writes zc=0 without crop and rounds sizes', () => {
      const { src } = thumbnailSources(DEFAULT_API_BASE, 'http://img.example/a.jpg', { width: 99.6, height: 50, crop: false });
      expect(src).to.match(/&w=100&h=50&zc=0$/);
    });
    it('refuses images that are not absolute http(s) URLs, and bad sizes', () => {
      for (const image of ['javascript:alert(1)', ' java\tscript:alert(1)', '/relative.jpg', '//cdn.example/a.jpg', 'data:image/png;base64,AA', '']) {
        expect(() => thumbnailSources(DEFAULT_API_BASE, image, { width: 10, height: 10 }), image)
          .to.throw(AgendaError)
          .with.property('code', 'config');
      }
      expect(() => thumbnailSources(DEFAULT_API_BASE, 'https://a.example/a.jpg', { width: 0, height: 10 })).to.throw(AgendaError);
      expect(() => thumbnailSources(DEFAULT_API_BASE, 'https://a.example/a.jpg', { width: NaN, height: 10 })).to.throw(AgendaError);
    });
  });

  describe('API base', () => {
    it('resolves a relative base against the page', () => {
      expect(resolveApiBase('/api', 'http://localhost:8000/demo/page.html')).to.equal('http://localhost:8000/api');
      expect(resolveApiBase('api/', 'http://localhost:8000/demo/page.html')).to.equal('http://localhost:8000/demo/api');
      expect(resolveApiBase('/api')).to.equal(`${location.origin}/api`);
    });
    it('keeps an absolute base, without trailing slash, query or hash', () => {
      expect(resolveApiBase('https://proxy.example/agenda/?x=1#y')).to.equal('https://proxy.example/agenda');
      expect(resolveApiBase()).to.equal(DEFAULT_API_BASE);
      expect(resolveApiBase('')).to.equal(DEFAULT_API_BASE);
    });
    it('refuses non-http bases', () => {
      expect(() => resolveApiBase('ftp://example.com')).to.throw(AgendaError).with.property('code', 'config');
      expect(() => resolveApiBase('javascript:alert(1)')).to.throw(AgendaError).with.property('code', 'config');
      expect(() => resolveApiBase('relative', '')).to.throw(AgendaError).with.property('code', 'config');
    });
  });
});
