/**
 * Guards for API strings that end up in `style` or `href`. The client already validates them; templates
 * check again because a value that reaches CSS or navigation unchecked is never worth the risk.
 */

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** The colour when it is exactly `#rrggbb`, else null. */
export function safeColor(value: string | null | undefined): string | null {
  return value != null && HEX_COLOR.test(value) ? value : null;
}

/** The URL when it is absolute http(s), else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
