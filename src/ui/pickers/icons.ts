/** Icons only the pickers and the geo listing use, decorative like those of `ui/icons.ts`. */
import { svg } from 'lit';

/** A check mark: a selected category chip (so selection is not told by colour alone). */
export const checkIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4.5 12.5l5 5 10-11"/></svg>`;

/** A crosshair: the visitor's position. */
export const locateIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="7"/><circle cx="12" cy="12" r="2.5"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3"/></svg>`;
