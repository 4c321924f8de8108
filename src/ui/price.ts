/**
 * Formats an event's price for display: "Gratuit", "15 €", "12,50 €", "10–12 €" (French) or "Free",
 * "€15", "€12.50", "€10–12" (English), with the locale's own symbol placement and spacing from `Intl`.
 */
import type { EventDetail, Lang, PriceRange } from '../client/types.js';

/** What a price needs from an event; a structural subset of `EventDetail`. */
export type PriceFields = Pick<EventDetail, 'free' | 'price' | 'priceText'>;

/** Words for a free event. */
const FREE: Record<Lang, string> = { fr: 'Gratuit', en: 'Free' };

/** Locales for each language: en-GB, because the prices are in euros in France, not in US dollars. */
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** `Intl.NumberFormat` part types that belong to the number itself, as opposed to the currency and spacing. */
const NUMBER_PARTS = new Set<string>(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

/** An en dash: the typographic range separator in French and English alike. */
const RANGE_DASH = '–';

/**
 * The price in words for `lang`: the free label, a formatted price or range, the API's raw `priceText`
 * when it could not be parsed, or '' when nothing is known.
 */
export function formatPrice(detail: PriceFields, lang: Lang): string {
  const language: Lang = lang === 'en' ? 'en' : 'fr';
  if (detail.free) return FREE[language];
  const range = validPriceRange(detail.price);
  // A 0.00 tariff without the free flag is how a back end says "not filled in"; calling it free could
  // send a visitor to a paying show without a ticket, so it counts as unknown.
  if (range && range.max > 0) return formatRange(range, language);
  if (range) return '';
  return (detail.priceText ?? '').replace(/\s+/g, ' ').trim();
}

/** The price range ordered min ≤ max when both bounds are finite and non-negative, else null. */
export function validPriceRange(price: PriceRange | null | undefined): PriceRange | null {
  if (!price) return null;
  const { min, max } = price;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < 0) return null;
  return min <= max ? { min, max } : { min: max, max: min };
}

/** "15 €" for a single price, "10–12 €" for a range, both with the same number of decimals (0 or 2). */
function formatRange({ min, max }: PriceRange, lang: Lang): string {
  // Whole euros read best without ",00"; cents need both digits on both sides ("10,00–12,50 €").
  const digits = Number.isInteger(min) && Number.isInteger(max) ? 0 : 2;
  const format = new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (min === max) return format.format(min);
  // Not `formatRange`: its output differs between ICU versions, so between browsers ("€10 – €12" in
  // English today). Splicing "min–max" into the parts of the formatted maximum keeps the locale's symbol
  // position and spacing and gives the same, compact result everywhere.
  const numberOnly = (value: number): string =>
    format
      .formatToParts(value)
      .filter((part) => NUMBER_PARTS.has(part.type))
      .map((part) => part.value)
      .join('');
  const high = numberOnly(max);
  // The maximum's digits, found in its formatted text, become "min–max".
  return format.format(max).replace(high, `${numberOnly(min)}${RANGE_DASH}${high}`);
}
