import { expect } from '@open-wc/testing';
import { formatPrice, validPriceRange, type PriceFields } from '../../src/ui/price.js';

/** Intl's no-break spaces (U+00A0 or U+202F depending on the ICU version) as plain spaces, for comparing. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const price = (min: number, max = min, priceText = ''): PriceFields => ({ free: false, price: { min, max }, priceText });

describe('formatPrice', () => {
  it('says free in French and English, whatever the price fields say', () => {
    expect(formatPrice({ free: true, price: null, priceText: '' }, 'fr')).to.equal('Gratuit');
    expect(formatPrice({ free: true, price: null, priceText: '' }, 'en')).to.equal('Free');
    expect(formatPrice({ free: true, price: { min: 5, max: 5 }, priceText: '5.00' }, 'en')).to.equal('Free');
  });

  it('formats a whole price without decimals', () => {
    expect(plain(formatPrice(price(15), 'fr'))).to.equal('15 €');
    expect(formatPrice(price(15), 'en')).to.equal('€15');
  });

  it('keeps the space before € in French non-breaking', () => {
    const text = formatPrice(price(15), 'fr');
    expect(text).to.match(/^15[\u00a0\u202f]€$/);
  });

  it('formats cents with two decimals and the locale separator', () => {
    expect(plain(formatPrice(price(12.5), 'fr'))).to.equal('12,50 €');
    expect(formatPrice(price(12.5), 'en')).to.equal('€12.50');
  });

  it('groups thousands the locale way', () => {
    expect(plain(formatPrice(price(1250), 'fr'))).to.equal('1 250 €');
    expect(formatPrice(price(1250), 'en')).to.equal('€1,250');
  });

  it('formats a range with an en dash and the symbol once', () => {
    expect(plain(formatPrice(price(10, 12), 'fr'))).to.equal('10–12 €');
    expect(formatPrice(price(10, 12), 'en')).to.equal('€10–12');
  });

  it('gives both ends of a range two decimals when either has cents', () => {
    expect(plain(formatPrice(price(10, 12.5), 'fr'))).to.equal('10,00–12,50 €');
    expect(formatPrice(price(10, 12.5), 'en')).to.equal('€10.00–12.50');
  });

  it('orders a reversed range and treats min = max as one price', () => {
    expect(formatPrice(price(12, 10), 'en')).to.equal('€10–12');
    expect(formatPrice(price(8, 8), 'en')).to.equal('€8');
  });

  it('falls back to the raw text when the price could not be parsed', () => {
    expect(formatPrice({ free: false, price: null, priceText: '  Prix libre\n (au chapeau) ' }, 'fr')).to.equal(
      'Prix libre (au chapeau)',
    );
    expect(formatPrice({ free: false, price: null, priceText: 'De 5 à 8 euros' }, 'en')).to.equal('De 5 à 8 euros');
  });

  it('returns an empty string when nothing is known', () => {
    expect(formatPrice({ free: false, price: null, priceText: '' }, 'fr')).to.equal('');
    expect(formatPrice({ free: false, price: null, priceText: '   ' }, 'en')).to.equal('');
  });

  it('does not call a 0.00 tariff without the free flag free', () => {
    expect(formatPrice({ free: false, price: { min: 0, max: 0 }, priceText: '0.00' }, 'fr')).to.equal('');
  });

  it('ignores an invalid range and uses the raw text', () => {
    expect(formatPrice({ free: false, price: { min: NaN, max: 3 }, priceText: '3 €' }, 'fr')).to.equal('3 €');
    expect(formatPrice({ free: false, price: { min: -1, max: 3 }, priceText: '' }, 'fr')).to.equal('');
  });

  it('treats an unknown language as French', () => {
    expect(formatPrice({ free: true, price: null, priceText: '' }, 'de' as 'fr')).to.equal('Gratuit');
  });
});

describe('validPriceRange', () => {
  it('orders and validates bounds', () => {
    expect(validPriceRange({ min: 3, max: 1 })).to.deep.equal({ min: 1, max: 3 });
    expect(validPriceRange({ min: 1, max: Infinity })).to.equal(null);
    expect(validPriceRange(null)).to.equal(null);
  });
});
