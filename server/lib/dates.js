// Calendar arithmetic on "YYYY-MM-DD" strings. Dates are handled as UTC midnights so that adding days
// never trips over daylight-saving changes, and French wording is spelled out by hand so the output does
// not depend on the ICU data of the Node build.

const DAY_MS = 86_400_000;
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/**
 * True for a real calendar date written YYYY-MM-DD.
 * @param {string} value
 */
export function isIsoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2; the round trip catches that.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/**
 * Today's date in Paris (the provider's time zone), as YYYY-MM-DD.
 * @param {Date} [now]
 */
export function parisToday(now = new Date()) {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * The date `days` days after `date` (negative goes back).
 * @param {string} date YYYY-MM-DD
 * @param {number} days
 */
export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Day of the week, 0 = Sunday.
 * @param {string} date YYYY-MM-DD
 */
export function weekday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * "mercredi 25 novembre 2026", with " à 20h30" when a time is given.
 * @param {string} date YYYY-MM-DD
 * @param {string | null} [time] HH:MM or HH:MM:SS
 */
export function frenchDate(date, time) {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate() === 1 ? '1er' : String(d.getUTCDate());
  const text = `${WEEKDAYS[d.getUTCDay()]} ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return time ? `${text} à ${time.slice(0, 2)}h${time.slice(3, 5)}` : text;
}
