/**
 * Appends a "more" page to a listing in runs, one per animation frame: built at once, a page of 100 cards
 * would freeze the page for a tenth of a second. Loaded with the first further page (a listing that is never
 * extended never downloads it), so it lives apart from the listing's own module.
 */
import type { EventSummary } from '../client/index.js';

/**
 * Each run may take this long to build, which leaves the frame room to lay it out and paint within 16 ms;
 * its size follows from how long the previous run took.
 */
const APPEND_BUDGET_MS = 4;
/**
 * The first run is one card: the two frames after it move focus to it and scroll to it, and scrolling lays
 * out whatever comes into view, so that frame should have little else to do.
 */
const FIRST_RUN = 1;
/**
 * Frames spent, before the first run, bringing the end of the list into view: one left to the frame that
 * parsed the answer, one to scroll to the last card shown, one for the browser to lay out the cards that
 * scroll brought into view (`content-visibility: auto` skipped them until then). A list scrolled far from
 * its end would otherwise lay them out in the frame that scrolls to the first new card, on top of it.
 */
const REVEAL_FRAMES = 3;
/** Bounds of the later runs, in cards. */
const MIN_RUN = 2;
const MAX_RUN = 25;

/** What the appender asks of its listing. */
export interface AppendTarget {
  /** The last card shown before this page, to scroll into view when it is far off-screen. */
  lastCard(): Element | null;
  /** Focuses the first new card without scrolling and returns it; null when focus is not to move. */
  focusFirstNew(): HTMLElement | null;
  /** Adds a run of cards to the list and asks for the update that renders them. */
  addRun(cards: EventSummary[]): void;
  /** Every card is in the DOM: announce the page and dispatch its event. */
  done(): void;
}

/** One page being appended; `start()` begins, `stop()` or `finish()` end it early. */
export class CardAppender {
  /** Cards not rendered yet. */
  #rest: EventSummary[];
  /** Cards rendered so far. */
  #rendered = 0;
  #run = FIRST_RUN;
  /** When the last run began, 0 once it has been measured. */
  #started = 0;
  #reveal = REVEAL_FRAMES;
  #frame = 0;
  /** Focus has yet to follow the first run. */
  #focusPending = true;
  /** The card focused without scrolling, to scroll to in the next frame. */
  #scrollTarget: HTMLElement | null = null;
  readonly #target: AppendTarget;

  /** An appender of `cards` into `target`. */
  constructor(cards: readonly EventSummary[], target: AppendTarget) {
    this.#rest = [...cards];
    this.#target = target;
  }

  /** True until the last card is rendered (or the appender is stopped). */
  get active(): boolean {
    return this.#rest.length > 0;
  }

  /** Begins in the next frame: the frame that parsed the page has done enough. */
  start(): void {
    this.#frame = requestAnimationFrame(this.#step);
  }

  /** To call after each update of the listing: sizes the next run from the one just rendered. */
  measure(): void {
    if (!this.#started) return;
    const took = Math.max(performance.now() - this.#started, 0.1);
    this.#run = Math.min(MAX_RUN, Math.max(MIN_RUN, Math.floor((this.#run * APPEND_BUDGET_MS) / took)));
    this.#started = 0;
  }

  /** Drops what is left, e.g. when a new first page replaces the list. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#rest = [];
    this.#scrollTarget = null;
  }

  /** Renders everything left at once, without moving focus: frames may not come while the element is away. */
  finish(): void {
    cancelAnimationFrame(this.#frame);
    this.#focusPending = false;
    this.#scrollTarget = null;
    this.#reveal = 0;
    while (this.active) this.#step();
  }

  #step = (): void => {
    if (!this.active) return;
    if (this.#reveal > 0) {
      this.#reveal -= 1;
      if (this.#reveal === REVEAL_FRAMES - 2) this.#revealEnd();
      this.#next();
      return;
    }
    // The two frames after the first run only move focus to it, then scroll to it: each lays out the new
    // cards (focus, to know they can take it; the scroll, what comes into view), work enough for a frame.
    if (this.#focusPending && this.#rendered > 0) {
      this.#focusPending = false;
      this.#scrollTarget = this.#target.focusFirstNew();
      if (this.#scrollTarget) {
        this.#next();
        return;
      }
    }
    if (this.#scrollTarget) {
      this.#scrollTarget.scrollIntoView({ block: 'nearest' });
      this.#scrollTarget = null;
      this.#next();
      return;
    }
    this.#started = performance.now();
    const run = this.#rest.slice(0, this.#run);
    this.#rest = this.#rest.slice(this.#run);
    this.#rendered += run.length;
    this.#target.addRun(run);
    if (this.active) this.#next();
    // Said and dispatched once every card of the page is in the DOM, as for the first page.
    else this.#target.done();
  };

  #next(): void {
    this.#frame = requestAnimationFrame(this.#step);
  }

  /** Only from afar: a last card already partly in view (a visitor who just pressed "more") stays put. */
  #revealEnd(): void {
    const last = this.#target.lastCard();
    const box = last?.getBoundingClientRect();
    if (box && (box.bottom < 0 || box.top > window.innerHeight)) last!.scrollIntoView({ block: 'nearest' });
  }
}
