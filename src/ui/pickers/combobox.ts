/**
 * What every WAI-ARIA 1.2 combobox of the widgets shares (an editable field with a listbox popup, list
 * autocomplete, no automatic selection): the debounce wait, and how keys move through the list. The
 * elements keep their own state and templates; this decides, for one keydown, what the key means.
 * Used by `<agenda-city-search>` and by the address search of `<agenda-geo locate>`.
 */

/** Waits `ms`, or rejects with an `AbortError` as soon as `signal` aborts (a newer keystroke). */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(new DOMException('Superseded by a newer search.', 'AbortError'));
    };
    if (signal.aborted) return abort();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** Where a combobox stands when a key is pressed. */
export interface ComboboxState {
  /** The listbox is shown (and has options). */
  open: boolean;
  /** Index of the option under visual focus, -1 when the field has it. */
  active: number;
  /** Options the listbox would show. */
  count: number;
  /** The field holds text. */
  hasText: boolean;
}

/**
 * What a key asks of the combobox:
 * - `open`: show the list with `active` under visual focus (-1: the field keeps it);
 * - `move`: visual focus to option `active`;
 * - `pick`: choose option `index`;
 * - `close`: hide the list;
 * - `clear`: empty the field (Escape with the list closed);
 * - `escape`: Escape in an empty, closed field; not prevented, so an enclosing dialog still closes unless the
 *   element uses it (to cancel what it was doing) and calls `preventDefault()` itself;
 * - `caret`: the caret moves in the field, visual focus goes back to it;
 * - `leave`: focus leaves the field (Tab): close without picking.
 */
export type ComboboxAction =
  | { type: 'open'; active: number }
  | { type: 'move'; active: number }
  | { type: 'pick'; index: number }
  | { type: 'close' }
  | { type: 'clear' }
  | { type: 'escape' }
  | { type: 'caret' }
  | { type: 'leave' };

/**
 * The action for `event` in `state`, or null for a key the combobox leaves to the browser. Calls
 * `preventDefault()` on the keys it handles itself (arrows, Enter on an option, Escape), never on typing,
 * Home/End or Tab. ArrowDown opens (first option active; Alt+ArrowDown without moving) and goes down,
 * wrapping; ArrowUp opens on the last option and goes up, wrapping; Alt+ArrowUp closes; Enter picks the
 * active option; Escape closes, then clears.
 */
export function comboboxKeyAction(event: KeyboardEvent, state: ComboboxState): ComboboxAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  const { open, active, count } = state;
  switch (event.key) {
    case 'ArrowDown':
    case 'Down':
      event.preventDefault();
      if (!open) return { type: 'open', active: event.altKey ? -1 : 0 };
      if (event.altKey) return null;
      return { type: 'move', active: active + 1 >= count ? 0 : active + 1 };
    case 'ArrowUp':
    case 'Up':
      event.preventDefault();
      if (event.altKey) return { type: 'close' };
      if (!open) return { type: 'open', active: count - 1 };
      return { type: 'move', active: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      if (open && active >= 0 && active < count) {
        event.preventDefault();
        return { type: 'pick', index: active };
      }
      return null;
    case 'Escape':
    case 'Esc':
      if (open) {
        event.preventDefault();
        return { type: 'close' };
      }
      if (!state.hasText) return { type: 'escape' };
      event.preventDefault();
      return { type: 'clear' };
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      return { type: 'caret' };
    case 'Tab':
      return { type: 'leave' };
    default:
      return null;
  }
}
