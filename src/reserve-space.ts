/**
 * Space for the listings before their code arrives (see reserveCss). Kept apart from the loader so the
 * classic bundle, which can run before the first paint, can reserve it too.
 */

/**
 * The box an `<agenda-events>` will have, reserved before its code arrives. Until it is defined the element
 * is an unknown inline element of no height; when its skeleton appeared, whatever followed it on the page
 * would jump down. This reproduces the skeleton's geometry (src/ui/card.ts, src/ui/states.ts: keep them in
 * step): min(limit, 12) cards of a fixed text height (`--agenda-card-text-height`, `--agenda-compact-card-height`)
 * plus a 16:9 thumbnail when stacked, then the "more" button. `round()` needs a 2023 browser; an older one
 * keeps the plain block. Grid columns are counted for the default `--agenda-gap`.
 */
function reserveCss(): string {
  const listing = 'agenda-events:not(:defined):not([hidden])';
  const box = `${listing}::before`;
  const card = 'var(--agenda-card-text-height,calc(var(--_f)*14.45625 + 4.625rem + 4px)) + 2px';
  const thumb = (width: string) => `(${width} - 2px) * .5625`;
  let css =
    `${listing},agenda-geo:not(:defined):not([hidden]){display:block}` +
    `:where(${listing}){container:agenda/inline-size;--_n:12;--_f:var(--agenda-font-size,1rem);--_g:var(--agenda-gap,1rem);` +
    `--_m:max(2.75rem,calc(var(--_f)*1.2 + 1rem + 4px))}` +
    `${box}{content:"";display:block;height:calc(var(--_n)*(${card} + ${thumb('100cqi')} + var(--_g)) + var(--_m))}` +
    `@container (min-width:34rem){${box}{height:calc(var(--_n)*(${card} + var(--_g)) + var(--_m))}}` +
    `${box.replace(':not', '[layout=compact]:not')}{height:calc(var(--_n)*(var(--agenda-compact-card-height,calc(var(--_f)*6.55 + 1.5rem)) + var(--_g)/2) + var(--_g)/2 + var(--_m))}`;
  for (let n = 1; n < 12; n += 1) css += `agenda-events[limit="${n}"]:not(:defined){--_n:${n}}`;
  // auto-fill columns of at least 15rem: k of them from 16k - 1 rem (1rem gaps).
  for (let k = 1; k < 9; k += 1) {
    const width = `(100cqi - ${k - 1}*var(--_g))/${k}`;
    css += `@container (min-width:${16 * k - 1}rem){${box.replace(':not', '[layout=grid]:not')}{height:calc(round(up,var(--_n)/${k},1)*(${card} + ${thumb(width)} + var(--_g)) + var(--_m))}}`;
  }
  return css;
}

/** Marks a document whose space is reserved: the classic bundle and the ES loader both ask. */
const RESERVED = Symbol.for('agenda-widgets.reserved');

/**
 * Adopts the reservation sheet into the document, once: CSSOM, so a `style-src 'self'` policy allows it. The
 * earlier it runs the better: a box reserved after the first paint is itself a shift.
 */
export function reserveSpace(): void {
  const marked = document as Document & { [RESERVED]?: boolean };
  if (marked[RESERVED]) return;
  marked[RESERVED] = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets (Safari before 16.4): the page shifts once, as it always did.
  }
}
