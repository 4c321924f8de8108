/**
 * Turns an event description (the API's "HTML with a restricted set of tags") into DOM nodes that are safe
 * to insert into a shadow root. Only the API's own HTML goes through here; titles and other plain-text
 * fields are rendered as text by Lit and never need it.
 *
 * This module pulls in DOMPurify, so elements import it lazily (only the detail view shows descriptions).
 */
import DOMPurify from 'dompurify';

/** Tags a description may keep: paragraphs, line breaks, emphasis, lists, quotes and links. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'blockquote'];

/** URL schemes a kept link may use; anything else (javascript:, data:, vbscript:, relative…) loses its href. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** What every kept link gets: the description is third-party content, opened away from the host page. */
const LINK_REL = 'noopener noreferrer nofollow';

/** Our own DOMPurify instance, created on first use so importing this module never touches the DOM. */
let purifier: ReturnType<typeof DOMPurify> | undefined;

/**
 * A DOMPurify instance of our own, with our link hook. A separate instance (rather than the module's
 * default one) keeps the hook from leaking into a host page that uses DOMPurify too, and theirs into ours.
 */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName !== 'a' || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    const href = safeHref(node.getAttribute('href'));
    if (href === null) {
      // The text stays (it is the link's label); only the dangerous or meaningless target goes.
      node.removeAttribute('href');
      return;
    }
    // Write back the parsed, normalised URL, so what the browser follows is exactly what we checked.
    node.setAttribute('href', href);
    node.setAttribute('rel', LINK_REL);
    // A mail link opens the mail program: a new tab would stay empty.
    if (href.startsWith('mailto:')) return;
    node.setAttribute('target', '_blank');
  });
  purifier = instance;
  return instance;
}

/**
 * The absolute http(s)/mailto URL an `href` designates, normalised by the URL parser, or null.
 * The WHATWG parser is the one the browser uses when following the link, so it sees through the same
 * tricks: tabs and newlines inside the scheme, leading spaces and control characters, any case;
 * entities are already decoded by the HTML parser. Relative URLs are refused (no base given): they
 * would resolve against the partner's page, not the API's site.
 */
function safeHref(raw: string | null): string | null {
  if (raw == null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/**
 * Sanitizes a description to a `DocumentFragment` keeping only simple formatting and http(s)/mailto links
 * (`rel="noopener noreferrer nofollow"`; http(s) ones open in a new tab, and name `newWindowHint`, the id of
 * the view's "new window" words, as their `aria-describedby`: WCAG 3.2.5); insert it once, it empties when
 * inserted.
 */
export function sanitizeDescription(html: string, newWindowHint?: string): DocumentFragment {
  const source = typeof html === 'string' ? html : '';
  // A fragment rather than a string: no later `innerHTML` parse can turn the sanitized markup into
  // something else (mutation XSS), and Lit renders a Node child as is.
  const fragment = getPurifier().sanitize(source, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // DOMPurify's first line of defence; the hook's URL parse is the second, authoritative one.
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    // Disallowed wrappers (div, span, font…) give way to their text; script/style contents go entirely.
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  // The words are the view's, in its language: the sanitizer only knows which links open a new window.
  if (newWindowHint) for (const link of fragment.querySelectorAll('a[target]')) link.setAttribute('aria-describedby', newWindowHint);
  return fragment;
}
