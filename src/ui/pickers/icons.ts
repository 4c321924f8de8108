/** Icons only the pickers use, decorative like those of `ui/icons.ts`. */
import { svg } from 'lit';

/** A check mark: a selected category chip (so selection is not told by colour alone). */
export const checkIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4.5 12.5l5 5 10-11"/></svg>`;
