/**
 * Theme tokens and the styles every element shares.
 *
 * Public tokens are inherited custom properties read with their fallback inside `var()`, so a page sets them
 * once (on `body`, or per theme in its own media query) and every widget follows. Each public token feeds a
 * private `--_*` one defined on `.root` per theme; the rest of the styles only use the private ones.
 */
import { css } from 'lit';

/** The dark scheme's private tokens: for `theme="dark"`, and for `auto` when the system prefers dark. */
const darkTokens = css`
  --_text: var(--agenda-color-text, #ececf1);
  --_muted: var(--agenda-color-text-muted, #b4b4c0);
  --_bg: var(--agenda-color-bg, #16161a);
  --_surface: var(--agenda-color-surface, #1f1f25);
  --_border: var(--agenda-color-border, #3a3a44);
  --_accent: var(--agenda-color-accent, #f48fb1);
  --_on-accent: var(--agenda-color-on-accent, #16161a);
  --_focus: var(--agenda-color-focus, #f48fb1);
  --_skeleton: var(--agenda-color-skeleton, #2c2c34);
  --_free-text: var(--agenda-color-free, #8fd9a8);
  --_free-bg: var(--agenda-color-free-bg, #1d3326);
  --_cancelled-text: var(--agenda-color-cancelled, #ffb4ab);
  --_cancelled-bg: var(--agenda-color-cancelled-bg, #3b1d1d);
  --_featured-bg: var(--agenda-color-featured-bg, #3a2230);
  --_shadow: var(--agenda-shadow, none);
  color-scheme: dark;
`;

/** Tokens for the light and dark schemes; `auto` follows `prefers-color-scheme`. */
export const themeStyles = css`
  :host {
    display: block;
    container: agenda / inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .root {
    --_font: var(--agenda-font, inherit);
    --_font-size: var(--agenda-font-size, 1rem);
    --_radius: var(--agenda-radius, 0.75rem);
    --_gap: var(--agenda-gap, 1rem);
    --_text: var(--agenda-color-text, #1b1b1f);
    --_muted: var(--agenda-color-text-muted, #55555f);
    --_bg: var(--agenda-color-bg, transparent);
    --_surface: var(--agenda-color-surface, #ffffff);
    --_border: var(--agenda-color-border, #d7d7de);
    --_accent: var(--agenda-color-accent, #a3195b);
    --_on-accent: var(--agenda-color-on-accent, #ffffff);
    --_focus: var(--agenda-color-focus, #a3195b);
    --_skeleton: var(--agenda-color-skeleton, #ececf0);
    --_free-text: var(--agenda-color-free, #0f6b3a);
    --_free-bg: var(--agenda-color-free-bg, #e3f4ea);
    --_cancelled-text: var(--agenda-color-cancelled, #a1151b);
    --_cancelled-bg: var(--agenda-color-cancelled-bg, #fde8e8);
    --_featured-bg: var(--agenda-color-featured-bg, #f9e7ef);
    --_shadow: var(--agenda-shadow, 0 1px 2px rgb(0 0 0 / 0.06));

    color-scheme: light;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
  }

  /*
   * A dark scheme, or one the visitor's system picks, need not match the page behind: light text on a white
   * page is unreadable. These schemes paint their own background unless the page sets --agenda-color-bg;
   * the light one stays transparent, as a light page expects.
   */
  .root.auto {
    --_bg: var(--agenda-color-bg, #ffffff);
  }

  .root.dark {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkTokens}
    }
  }
`;

/** Helpers shared by every template: hidden text, buttons, focus. */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }

  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  .button:hover {
    text-decoration: underline;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The loading placeholders' pulse (cards, detail, chips). */
  @keyframes agenda-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** The category (name and colour swatch) and the badges (free, cancelled, featured) of the cards and the detail. */
export const badgeStyles = css`
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-weight: 600;
  }

  /* A category's colour: an element in the detail view, drawn by CSS before the name on cards. */
  .swatch,
  .category::before {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_category, var(--_muted));
    box-shadow: 0 0 0 1px var(--_surface), 0 0 0 2px var(--_border);
  }

  .badge {
    padding: 0.0625rem 0.5rem;
    border-radius: 1rem;
    font-weight: 600;
    white-space: nowrap;
  }

  .badge.free {
    background: var(--_free-bg);
    color: var(--_free-text);
  }

  .badge.cancelled {
    background: var(--_cancelled-bg);
    color: var(--_cancelled-text);
  }

  .badge.featured {
    background: var(--_featured-bg);
    color: var(--_accent);
  }
`;
