/**
 * Space for the listings and the pickers before their code arrives (see reserveCss). Kept apart from the
 * loader so the classic bundle, which can run before the first paint, can reserve it too.
 */
import { UNLOADED } from './unloaded.js';

/** What an element not yet defined (and not hidden) matches: the state every reservation is for. */
const PENDING = ':not(:defined):not([hidden])';

/**
 * The box an `<agenda-events>` (or a header-less `<agenda-geo>`) will have, reserved before its code arrives.
 * Until it is defined the element is an unknown inline element of no height; when its skeleton appeared,
 * whatever followed it on the page would jump down. This reproduces the skeleton's geometry (src/ui/card.ts, src/ui/states.ts: keep them in
 * step): min(limit, 12) cards of a fixed text height (`--agenda-card-text-height`, `--agenda-compact-card-height`)
 * plus a 16:9 thumbnail when stacked, then the "more" button. `round()` needs a 2023 browser; an older one
 * keeps the plain block. Grid columns are counted for the default `--agenda-gap`.
 */
function reserveCss(located: boolean): string {
  // A geo listing without `locate` (or bound to its key's area) has no header: its box is a listing's too. One
  // with `locate` and a default position lists at once too, under its header (reserveLocateCss), and so does
  // every one when the position is already allowed (`located`).
  const tags = located ? ':is(agenda-events,agenda-geo)' : ':is(agenda-events,agenda-geo:not([locate]),agenda-geo[restricted],agenda-geo[lat][lon])';
  const listing = `${tags}${PENDING}`;
  const box = `${listing}::before`;
  /** The box of the listings that also have `attribute` (`[layout=grid]`). */
  const boxWith = (attribute: string) => `${tags}${attribute}${PENDING}::before`;
  const card = 'var(--agenda-card-text-height,calc(var(--_f)*14.45625 + 4.625rem + 4px)) + 2px';
  const thumb = (width: string) => `(${width} - 2px) * .5625`;
  let css =
    `${listing},agenda-geo${PENDING}{display:block}` +
    `:where(${listing}){container:agenda/inline-size;--_n:12;--_f:var(--agenda-font-size,1rem);--_g:var(--agenda-gap,1rem);` +
    `--_m:max(2.75rem,calc(var(--_f)*1.2 + 1rem + 4px))}` +
    `${box}{content:"";display:block;height:calc(var(--_n)*(${card} + ${thumb('100cqi')} + var(--_g)) + var(--_m))}` +
    `@container (min-width:34rem){${box}{height:calc(var(--_n)*(${card} + var(--_g)) + var(--_m))}}` +
    `${boxWith('[layout=compact]')}{height:calc(var(--_n)*(var(--agenda-compact-card-height,calc(var(--_f)*6.55 + 1.5rem)) + var(--_g)/2) + var(--_g)/2 + var(--_m))}`;
  // A listing without `city` on a page with a town picker waits for a town: its prompt first (renderPrompt in
  // src/ui/states.ts: keep in step), a box of fixed height, rather than cards.
  css += `:root:has(agenda-city-search[for]) agenda-events:not([city])${PENDING}::before{height:calc(6.5rem + var(--_f)*4.78125 + 2px)}`;
  for (let n = 1; n < 12; n += 1) css += `${tags}[limit="${n}"]:not(:defined){--_n:${n}}`;
  // auto-fill columns of at least 15rem: k of them from 16k - 1 rem (1rem gaps).
  for (let k = 1; k < 9; k += 1) {
    const width = `(100cqi - ${k - 1}*var(--_g))/${k}`;
    css += `@container (min-width:${16 * k - 1}rem){${boxWith('[layout=grid]')}{height:calc(round(up,var(--_n)/${k},1)*(${card} + ${thumb(width)} + var(--_g)) + var(--_m))}}`;
  }
  // An element whose code could not load says so instead (src/unloaded.ts): no box above its words.
  return css + reserveLocateCss(located) + reservePickersCss() + `[${UNLOADED}]::before,[${UNLOADED}]::after{display:none!important}`;
}

/**
 * The header of an `<agenda-geo locate>` (not `restricted`), above its listing (src/elements/agenda-geo.component.ts:
 * keep them in step), then the gap. Its box has one height per width, whatever the words and the font:
 * - the prompt (`located` false): a bordered box of the text, the "use my position" button and the address
 *   search. The text has room for a number of lines set by width (`--_L`); the button goes under it below
 *   45rem, beside it from there; the search is a label line and the field, unless content in the `fallback`
 *   slot replaces it (then not shown until the visitor has refused).
 * - the compact header (`located`, the permission granted: it locates without asking): "finding your
 *   position…" with room for two lines and the button under them, the button beside them from 28.5rem, one
 *   line from 45rem. Its buttons have no icon: their line is the text's 1.2, as the "more" button's.
 */
function reserveLocateCss(located: boolean): string {
  const geo = `agenda-geo[locate]:not([restricted])${PENDING}`;
  const button = (line: number) => `max(2.75rem,calc(var(--_f)*${line} + 1rem + 4px))`;
  // Slotted content shows in the element's own box once defined (the fallback only after a refusal), not before.
  let css =
    `${geo}{container:agenda/inline-size;--_f:var(--agenda-font-size,1rem);--_g:var(--agenda-gap,1rem)}` +
    `${geo}>[slot]{display:none}${geo}::after{content:"";display:block}`;
  if (located) {
    const box = (inside: string) => `${geo}::after{height:calc(1rem + 2px + ${inside} + var(--_g))}`;
    return (
      css +
      box(`3*var(--_f) + .75rem + ${button(1.2)}`) +
      `@container (min-width:28.5rem){${box(`max(3*var(--_f),${button(1.2)})`)}}` +
      `@container (min-width:45rem){${box(`max(1.5*var(--_f),${button(1.2)})`)}}`
    );
  }
  const text = 'var(--_L)*1.5*var(--_f)';
  const search = '.75rem + var(--_f)*1.5 + .375rem + max(2.75rem,calc(var(--_f)*1.5 + 1rem + 2px))';
  css +=
    `${geo}::after{--_L:5;--_s:calc(${search});height:calc(1.75rem + 2px + ${text} + .75rem + ${button(1.25)} + var(--_s) + var(--_g))}` +
    `${geo}:has(>[slot=fallback])::after{--_s:0px}`;
  for (const [rem, lines] of [[22, 4], [28.5, 3], [58, 2], [97, 1]] as const) {
    css += `@container (min-width:${rem}rem){${geo}::after{--_L:${lines}}}`;
  }
  return css + `@container (min-width:45rem){${geo}::after{height:calc(1.75rem + 2px + max(${text},${button(1.25)}) + var(--_s) + var(--_g))}}`;
}

/**
 * The pickers' boxes (src/elements/agenda-city-search.component.ts, agenda-categories.component.ts,
 * src/ui/pickers/styles.ts: keep them in step). Their chunks load after the first paint: above a listing, as
 * a town's filters are, a picker that grew from nothing pushed the listing down. Both start with a label line
 * (`--_l`). The search field is one 2.75rem row; with `nearby` its button goes under the field in a box
 * narrower than 28rem (the same breakpoint as the element's styles). The categories' skeleton is seven chips
 * of fixed widths, 2.75rem high, wrapping: their rows for each width are counted below.
 */
function reservePickersCss(): string {
  const search = `agenda-city-search${PENDING}`;
  const chips = `agenda-categories${PENDING}`;
  const field = 'max(2.75rem,calc(var(--_f)*1.5 + 1rem + 2px))';
  const button = '.5rem + max(2.75rem,calc(var(--_f)*1.25 + 1rem + 4px))';
  let css =
    `${search},${chips}{display:block}` +
    `:where(${search},${chips}){container:agenda/inline-size;--_f:var(--agenda-font-size,1rem);--_l:calc(var(--_f)*1.5 + .375rem)}` +
    `${search}::before,${chips}::before{content:"";display:block}` +
    // A custom label (the `label` slot) shows once the element renders it in its label line, not below the box.
    `${search}>[slot],${chips}>[slot]{display:none}` +
    `${search}::before{height:calc(var(--_l) + ${field})}` +
    `@container (width<28rem){agenda-city-search[nearby]${PENDING}::before{height:calc(var(--_l) + ${field} + ${button})}}` +
    `${chips}::before{--_r:7;height:calc(var(--_l) + var(--_r)*3.25rem - .5rem)}`;
  // Widths from which the seven skeleton chips (7.25, 7.25, 7.25, 9.5, 6.5, 12, 8.5rem, .5rem apart) take fewer rows.
  for (const [rem, rows] of [[15, 6], [16.5, 5], [19, 4], [22.75, 3], [32.75, 2], [61.25, 1]] as const) {
    css += `@container (min-width:${rem}rem){${chips}::before{--_r:${rows}}}`;
  }
  return css;
}

/** Marks a document whose space is reserved: the classic bundle and the ES loader both ask. */
const RESERVED = Symbol.for('agenda-widgets.reserved');
/** Marks a document where the geolocation permission is granted (GEOLOCATION_GRANTED in src/ui/geolocation.ts). */
const GEOLOCATION_GRANTED = Symbol.for('agenda-widgets.geolocation-granted');

/**
 * Adopts the reservation sheet into the document, once: CSSOM, so a `style-src 'self'` policy allows it. The
 * earlier it runs the better: a box reserved after the first paint is itself a shift.
 */
export function reserveSpace(): void {
  const marked = document as Document & { [RESERVED]?: boolean; [GEOLOCATION_GRANTED]?: boolean };
  if (marked[RESERVED]) return;
  marked[RESERVED] = true;
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss(false));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets (Safari before 16.4): the page shifts once, as it always did.
    return;
  }
  // A visitor who allowed this site before is located at once, without the prompt: an `<agenda-geo locate>`
  // then takes the box of its compact header and listing, and renders it from the start. Reserved only if the
  // answer comes before the next frame is drawn (a box that changes once drawn is a shift too).
  let drawn = false;
  requestAnimationFrame(() => (drawn = true));
  try {
    navigator.permissions?.query({ name: 'geolocation' }).then(
      (permission) => {
        if (permission.state !== 'granted') return;
        marked[GEOLOCATION_GRANTED] = true;
        if (!drawn) sheet.replaceSync(reserveCss(true));
      },
      () => {},
    );
  } catch {
    // A browser whose Permissions API does not know geolocation: the visitor is asked first, as elsewhere.
  }
}
