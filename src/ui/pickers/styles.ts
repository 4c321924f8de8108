/**
 * Styles of the pickers, on top of the shared `themeStyles`, `baseStyles` and `stateStyles` (they only use
 * the private `--_*` tokens those define, so a page's `--agenda-*` settings apply here too).
 */
import { css } from 'lit';

/** The empty and error states of `ui/states.ts`, made compact enough to sit under a field. */
export const compactStateStyles = css`
  .state {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    text-align: start;
  }

  .state > .icon {
    width: 1.5rem;
    height: 1.5rem;
  }

  .state .button {
    margin-block-start: 0.25rem;
    min-height: 2.5rem;
    padding-block: 0.375rem;
  }
`;

/** The picker's visible label. */
export const labelStyles = css`
  .label {
    display: block;
    margin-block-end: 0.375rem;
    font-weight: 600;
  }
`;

/** `<agenda-city-search>`: the input, its popup listbox and the "near me" button. */
export const comboboxStyles = css`
  /*
   * The "near me" button beside the field from 28rem (a 16rem field and the longer, French, button), under it
   * below: a width breakpoint rather than wrapping, so the height does not hang on the font's metrics and the
   * loader can reserve it exactly before this code arrives (src/reserve-space.ts uses the same 28rem).
   */
  .field {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }

  .combo {
    position: relative;
    flex: 1 1 0;
    min-width: 0;
  }

  @container agenda (width < 28rem) {
    .field {
      flex-direction: column;
    }

    .combo {
      align-self: stretch;
    }
  }

  .input {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .input:focus-visible {
    outline-offset: 0;
  }

  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0;
    top: calc(100% + 0.25rem);
    /*
     * As wide as the field, wider for "Amiens (Somme) — 42 événements, 3 km" when there is room: up to the
     * element's own width (100cqi), which starts where the field does, so it never runs past the page's edge.
     */
    width: max-content;
    min-width: 100%;
    max-width: max(100%, min(30rem, 100cqi));
    max-height: min(22rem, 60vh);
    margin: 0;
    padding: 0.25rem;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.16);
  }

  .listbox[hidden] {
    display: none;
  }

  .option {
    display: block;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }

  .option:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }

  .option[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .option .details {
    color: var(--_muted);
  }

  .option[aria-selected='true'] .details {
    color: inherit;
  }

  .message {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }

  .locate-problem {
    margin: 0.5rem 0 0;
    color: var(--_cancelled-text);
  }

  .feedback:not(:empty) {
    margin-block-start: 0.5rem;
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** `<agenda-categories>`: the toolbar of toggle chips and their skeletons. */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
  }

  .chip {
    --_chip-fill: var(--_chip, var(--_accent));
    --_chip-text: var(--_chip-ink, var(--_on-accent));
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.375rem 1rem 0.375rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }

  .chip:hover {
    border-color: var(--_chip-fill);
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_chip-fill);
    background: var(--_chip-fill);
    color: var(--_chip-text);
    font-weight: 600;
  }

  .dot {
    flex: none;
    width: 0.875em;
    height: 0.875em;
    border-radius: 50%;
    background: var(--_chip, var(--_muted));
    box-shadow: 0 0 0 1px color-mix(in srgb, var(--_text) 35%, transparent);
  }

  .chip .icon {
    width: 1em;
    height: 1em;
    stroke-width: 3;
  }

  /*
   * The widths of the API's seven categories as chips (Concert, Théâtre, Festival, Jeune public, Danse, Arts
   * du spectacle, Exposition, in its order, in a common sans-serif): the real chips then wrap into as many
   * rows as their skeleton, and nothing under the element moves when they replace it. src/reserve-space.ts
   * counts the rows of these widths: keep the two in step.
   */
  .skeleton {
    display: inline-block;
    width: 7.25rem;
    height: 2.75rem;
    border-radius: 999px;
    background: var(--_skeleton);
    animation: agenda-pulse 1.4s ease-in-out infinite;
  }

  .skeleton:nth-child(4) {
    width: 9.5rem;
  }

  .skeleton:nth-child(5) {
    width: 6.5rem;
  }

  .skeleton:nth-child(6) {
    width: 12rem;
  }

  .skeleton:nth-child(7) {
    width: 8.5rem;
  }

  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
    }

    .chip[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
