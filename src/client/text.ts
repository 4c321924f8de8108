/**
 * HTML → plain text without the DOM: the client must run where there is no `document` (workers, Node), and
 * a parser-free pass is enough for excerpts and titles, which templates then escape as text.
 */

/** Named entities seen in French event copy, accented letters aside; anything else is left as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  oelig: 'œ', OElig: 'Œ', aelig: 'æ', AElig: 'Æ',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  hellip: '…', ndash: '–', mdash: '—', bull: '•', middot: '·', deg: '°', euro: '€', copy: '©', reg: '®',
  trade: '™', sect: '§', times: '×', shy: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/**
 * Accented letters (`eacute`, `Ccedil`, `ntilde`…) as a table rather than a list: per accent, its combining
 * mark and the letters HTML names an entity for.
 */
const ACCENTS: Readonly<Record<string, readonly [mark: string, letters: string]>> = {
  acute: ['\u0301', 'aeiouyAEIOUY'],
  grave: ['\u0300', 'aeiouAEIOU'],
  circ: ['\u0302', 'aeiouAEIOU'],
  uml: ['\u0308', 'aeiouyAEIOUY'],
  cedil: ['\u0327', 'cC'],
  tilde: ['\u0303', 'anoANO'],
};

/**
 * The character of a named entity, or undefined for a name this module does not know (own keys only, so
 * `&constructor;` stays text).
 */
function namedEntity(name: string): string | undefined {
  const letter = name.charAt(0);
  const accent = name.slice(1);
  if (Object.hasOwn(ACCENTS, accent) && ACCENTS[accent]![1].includes(letter)) {
    return `${letter}${ACCENTS[accent]![0]}`.normalize('NFC');
  }
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** A code point from a numeric entity, or U+FFFD for the ones HTML itself refuses (NUL, surrogates, > U+10FFFF). */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes numeric (`&#233;`, `&#xE9;`) and common named (`&eacute;`) entities, once. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined ? namedEntity(name) : undefined) ?? match;
  });
}

/** Elements whose content a browser hides, and which hide the rest of the page when left open. */
const HIDING_ELEMENTS = ['script', 'style', 'template', 'noscript', 'iframe', 'object'];

/** A comment's opener, or the opening tag of an element whose content is not text a visitor should read. */
const HIDDEN_OPENER = new RegExp(`<!--|<(${HIDING_ELEMENTS.join('|')})\\b[^<>]*>`, 'gi');

/**
 * `html` without its comments and hidden elements (a space where an element was), in one forward pass. An
 * opener without a closer stays, as text for the tag pass (a title "<!-- x" must not vanish), and the pass goes
 * on after it. Each kind of closer is looked for in vain at most once: none can follow a later opener either.
 * A pattern that looked for the closer from every opener took quadratic time on text full of unclosed
 * openers, as a hostile title can be.
 */
function removeHidden(html: string): string {
  let kept = '';
  let from = 0;
  const unclosed = new Set<string>();
  HIDDEN_OPENER.lastIndex = 0;
  for (let opener = HIDDEN_OPENER.exec(html); opener; opener = HIDDEN_OPENER.exec(html)) {
    const name = opener[1]?.toLowerCase();
    const kind = name ?? '--';
    if (unclosed.has(kind)) continue;
    const closer = name ? new RegExp(`</${name}\\s*>`, 'gi') : /-->/g;
    closer.lastIndex = HIDDEN_OPENER.lastIndex;
    if (!closer.exec(html)) {
      unclosed.add(kind);
      continue;
    }
    kept += `${html.slice(from, opener.index)}${name ? ' ' : ''}`;
    from = HIDDEN_OPENER.lastIndex = closer.lastIndex;
  }
  return kept + html.slice(from);
}
/**
 * Tags that end a line or a block when rendered. Each becomes a `BOUNDARY` mark, which `separate` turns into
 * " · " or a space once the text around it is known, so "<li>a</li><li>b</li>" reads "a · b", not "ab" or "a b".
 */
const BREAKING_TAG = /<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|hr)\b[^<>]*>/gi;
/**
 * Stands for a block boundary between stripping and spacing. NUL cannot come out of the entity decoding
 * (`&#0;` gives U+FFFD) and is dropped from the input first, as a browser drops it from text.
 */
const BOUNDARY = '\u0000';
/**
 * One or more boundaries, with the spaces around them. Run after whitespace collapsed to single spaces, so a
 * failed match costs at most two characters: linear however many spaces or boundaries there are.
 */
// eslint-disable-next-line no-control-regex -- NUL is the boundary mark itself, never text (see BOUNDARY).
const BOUNDARIES = / ?(?:\u0000 ?)+/g;
/**
 * The end of a text that already closes a sentence, a clause or an item (". ", " : ", "…", " ·"), possibly
 * followed by a closing quote or bracket: a boundary after it is only a space. Tested on the last few characters.
 */
const CLOSED = /[.!?…:;,·•–—-][\s"'»”’)\]]{0,3}$/;
/** The start of a text that opens as a list item or with punctuation ("- a", "• b", ", c"): no dot before it. */
const OPENING_MARK = /^[-–—•·*,.;:!?…)\]»”]/;

/** Between blocks: a middle dot, held to the word before it so that no line starts with it. */
const SEPARATOR = '\u00a0· ';

/**
 * A block boundary as a French reader expects it: a middle dot, the separator of a list of facts on a card
 * ("Visite libre · Tout public · Bar"), where a full stop would misread a lower-case continuation or a list
 * item as a sentence; nothing at either end, and a plain space where punctuation already separates.
 */
function separate(text: string): string {
  return text.replace(BOUNDARIES, (match: string, offset: number, whole: string) => {
    const after = offset + match.length;
    if (offset === 0 || after === whole.length) return '';
    const before = whole.slice(Math.max(0, offset - 4), offset);
    return CLOSED.test(before) || OPENING_MARK.test(whole.charAt(after)) ? ' ' : SEPARATOR;
  });
}

/**
 * Any tag or declaration; `<` must be followed by a letter, `/`, `!` or `?`, so "<3" stays text. A tag stops at
 * the next `<`: with `[^>]*`, text full of unclosed "<a" took quadratic time. Comments are gone by then
 * (`removeHidden`).
 */
const TAG = /<[A-Za-z/!?][^<>]*>/g;

/** What only markup, an entity or the boundary mark can start: text without any is already plain. */
// eslint-disable-next-line no-control-regex -- NUL is the boundary mark (see BOUNDARY), dropped from input.
const PLAIN_TEXT_UNSAFE = /[<&\u0000]/;

/**
 * Plain text from restricted HTML: hidden elements removed, tags stripped (block boundaries read " · " or a
 * space, see `separate`; inline tags vanish), entities decoded after stripping (so an encoded `&lt;b&gt;` stays
 * visible text), whitespace collapsed. The boundary passes are linear scans, as the whitespace one is.
 */
export function htmlToText(html: string): string {
  // Most titles, venues and names hold no markup at all: without `<`, `&` or NUL every pass below is a no-op
  // but the whitespace one, and a listing runs this several times per card.
  if (!PLAIN_TEXT_UNSAFE.test(html)) return html.replace(/\s+/g, ' ').trim();
  const stripped = removeHidden(html.replaceAll(BOUNDARY, '')).replace(BREAKING_TAG, BOUNDARY).replace(TAG, '');
  return separate(decodeEntities(stripped).replace(/\s+/g, ' ')).trim();
}

/** Default excerpt length, in characters: about three lines on a card. */
export const EXCERPT_LENGTH = 300;

/** Cuts `text` to at most `max` characters on a word boundary, ending with "…" when something was cut. */
export function truncate(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // A single enormous word (a URL) is cut mid-word rather than leaving nothing.
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.!?–—·•-]+$/, '')}…`;
}

/** HTML read for an excerpt: plenty for its text, and a bound on the work a megabyte of markup could cost. */
const EXCERPT_SOURCE = 8_000;

/** As a browser reads a description: a comment or hiding element left open hides everything after it. */
function cutUnclosed(html: string): string {
  const lower = html.toLowerCase();
  let end = lower.indexOf('<!--', lower.lastIndexOf('-->') + 1);
  if (end === -1) end = html.length;
  for (const name of HIDING_ELEMENTS) {
    const open = lower.indexOf(`<${name}`, lower.lastIndexOf(`</${name}`) + 1);
    if (open !== -1 && open < end && /^[\s/>]?$/.test(lower.charAt(open + name.length + 1))) end = open;
  }
  return html.slice(0, end);
}

/** A plain-text excerpt of an HTML description. */
export function excerpt(html: string, max = EXCERPT_LENGTH): string {
  // Plenty for an excerpt: only read the start (minus the tag the cut splits).
  const source = html.length > EXCERPT_SOURCE ? html.slice(0, EXCERPT_SOURCE).replace(/<[^<>]*$/, '') : html;
  return truncate(htmlToText(cutUnclosed(source)), max);
}
