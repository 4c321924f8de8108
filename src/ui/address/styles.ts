/**
 * Styles of the address search, on top of the pickers' `labelStyles` and `comboboxStyles` (the same field
 * and listbox as `<agenda-city-search>`). Only the private `--_*` tokens of `themeStyles` are used.
 */
import { css } from 'lit';

/** The address search inside `<agenda-geo>`'s prompt: a full-width row, and its compact error. */
export const addressStyles = css`
  .address {
    flex: 1 1 100%;
    min-width: 0;
  }

  .address .combo {
    max-width: 36rem;
  }

  .address-error {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_cancelled-text);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .address-error > .icon {
    color: var(--_cancelled-text);
    margin-block-start: 0.125rem;
  }

  .address-error > div {
    flex: 1 1 14rem;
  }

  .address-error p {
    margin: 0;
  }

  .address-error .title {
    font-weight: 700;
  }

  .address-error .code {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .address-error .button {
    min-height: 2.5rem;
    padding-block: 0.375rem;
  }
`;
