/**
 * The modal's own styles: a centred panel on wide screens, a full-screen sheet on narrow ones, the header
 * (title and close button) staying above the event as it scrolls, and an entrance animation only for visitors
 * who have not asked for reduced motion.
 */
import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    width: min(100% - 2rem, 52rem);
    max-width: none;
    max-height: calc(100% - 3rem);
    margin: auto;
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.35);
  }

  /* A panel needs a fill, which the light theme's background (transparent: widgets sit on the partner's page)
     does not give; .root's specificity, since the theme's .root rule sets the background too. */
  dialog.root {
    background: var(--_surface);
    color: var(--_text);
  }

  /* The event view inside sits on that fill: its own background (dark and auto paint one) and the margin around it
     (src/ui/detail/styles.ts) would be a second. */
  agenda-event {
    --agenda-color-bg: transparent;
    --_agenda-event-inset: 0;
  }

  dialog[open] {
    display: flex;
  }

  /* Custom properties do not reach ::backdrop in every engine: a plain colour that suits both themes. */
  dialog::backdrop {
    background: rgb(16 16 24 / 0.6);
  }

  /* A dark theme usually sits on a dark page, which that veil hardly dims: a deeper one sets the dialog apart. */
  dialog.dark::backdrop {
    background: rgb(0 0 0 / 0.8);
  }

  @media (prefers-color-scheme: dark) {
    dialog.auto::backdrop {
      background: rgb(0 0 0 / 0.8);
    }
  }

  /*
   * The sheet scrolls, header included (sticky), rather than the body alone: focus opens on the title, and the
   * keyboard (arrows, Page Down, Space) scrolls the box around what has focus. With the body as the scroller
   * it scrolled nothing until the visitor tabbed to a link inside.
   */
  .sheet {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    width: 100%;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* The header's height, measured (event-dialog.ts): focus and paging bring things into view below it. */
    scroll-padding-block-start: var(--_header-size, 0px);
  }

  /* Firefox makes the scrolling sheet a tab stop: its ring inside, as the dialog clips what is outside it. */
  .sheet:focus-visible {
    outline-offset: -3px;
  }

  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex: none;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.75rem 0.75rem 0.75rem 1.25rem;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }

  .title {
    align-self: center;
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  /* The heading takes focus on opening so reading starts at the top; it is not a control to outline. */
  .title:focus {
    outline: none;
  }

  .title.cancelled .title-text {
    text-decoration: line-through;
  }

  .close {
    flex: none;
    padding-inline: 0.875rem;
  }

  .body {
    flex: 1 0 auto;
    padding: 1.25rem;
  }

  /* Narrow screens: a full-screen sheet, nothing of the page peeking around it. */
  @media (max-width: 40rem) {
    dialog {
      width: 100%;
      height: 100%;
      max-height: 100%;
      border: 0;
      border-radius: 0;
    }

    .header {
      padding-inline-start: 1rem;
    }

    .title {
      font-size: 1.1875em;
    }

    .body {
      padding: 1rem;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: agenda-dialog-in 180ms ease-out;
    }

    dialog[open]::backdrop {
      animation: agenda-backdrop-in 180ms ease-out;
    }
  }

  @keyframes agenda-dialog-in {
    from {
      opacity: 0;
      transform: translateY(1rem);
    }
  }

  @keyframes agenda-backdrop-in {
    from {
      opacity: 0;
    }
  }
`;
