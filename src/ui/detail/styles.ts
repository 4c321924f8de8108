/**
 * Styles of the detail view and its skeleton. They use only the private `--_*` tokens of `ui/styles.ts`, so
 * the detail follows the same public `--agenda-*` properties and themes as the listings. The category and
 * badges use the shared `badgeStyles` (listed before these in the element's styles), not a copy.
 */
import { css } from 'lit';

export const detailStyles = css`
  /*
   * The dark and auto themes paint the view's own background (ui/styles.ts): a margin of it around the text,
   * so that nothing touches the painted box's edges. In the dialog, which sets --_agenda-event-inset to 0, the
   * view sits on the panel's own fill and padding instead.
   */
  .root.dark,
  .root.auto {
    padding: var(--_agenda-event-inset, 1.25rem);
    border-radius: var(--_radius);
  }

  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.25);
    min-width: 0;
  }

  .top {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }

  /* Beside each other when there is room; the image keeps the resizer's crop ratio. */
  @container agenda (min-width: 40rem) {
    .top {
      grid-template-columns: minmax(0, min(var(--_image-width, 640px), 45%)) minmax(0, 1fr);
      align-items: start;
    }
  }

  /* An event without an image: the summary takes the whole width, not the image's column beside nothing. */
  .summary:only-child {
    grid-column: 1 / -1;
  }

  .image {
    position: relative;
    display: grid;
    place-items: center;
    max-width: var(--_image-width, 640px);
    aspect-ratio: var(--_image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    color: var(--_muted);
  }

  .image .placeholder {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    background: color-mix(in srgb, var(--_category, var(--_skeleton)) 22%, var(--_skeleton));
  }

  .image .placeholder .icon {
    width: 3rem;
    height: 3rem;
    opacity: 0.6;
  }

  .image img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-size: 0.875em;
  }

  .meta:empty {
    display: none;
  }

  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .title.cancelled .title-text {
    text-decoration: line-through;
    text-decoration-thickness: 0.08em;
  }

  .facts {
    display: grid;
    gap: 0.625rem;
    margin: 0.25rem 0 0;
  }

  .fact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125rem;
  }

  @container agenda (min-width: 28rem) {
    .fact {
      grid-template-columns: 7.5rem minmax(0, 1fr);
      gap: 0.75rem;
    }
  }

  /*
   * Where subgrid is supported, the labels share one column only as wide as the longest of them, so the
   * values get the rest: beside the image (about 1000 px) a day, or a run of days, and its times fit on one line.
   */
  @supports (grid-template-columns: subgrid) {
    @container agenda (min-width: 28rem) {
      .facts {
        grid-template-columns: fit-content(7.5rem) minmax(0, 1fr);
        column-gap: 0.75rem;
      }

      .fact {
        grid-column: 1 / -1;
        grid-template-columns: subgrid;
      }
    }
  }

  dt {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.7;
  }

  /* A venue or artist name of one long word (no spaces) breaks rather than widening the page. */
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  dd p,
  dd ul {
    margin: 0;
  }

  .performances,
  .next-shows {
    padding: 0;
    list-style: none;
  }

  .performances li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  /* The day, or both ends of a run, stand out; the times follow in the muted colour. */
  .performances li > time,
  .days time {
    font-weight: 600;
  }

  .cancelled .performances time,
  .cancelled .days {
    text-decoration: line-through;
  }

  .times {
    color: var(--_muted);
  }

  /* A line wraps between a day and its times, or between times, never inside one. */
  .performances time {
    white-space: nowrap;
  }

  .more-dates summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }

  .next-shows-label {
    margin-block-start: 0.5rem !important;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .venue {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
  }

  .venue > span {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  .venue .icon {
    width: 1.1em;
    height: 1.1em;
    margin-block-start: 0.2em;
    color: var(--_muted);
  }

  .venue-name {
    font-weight: 600;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  .section > p {
    margin: 0;
  }

  .section-title {
    margin: 0;
    font-size: 1.0625em;
  }

  .description {
    overflow-wrap: anywhere;
  }

  .description > :first-child {
    margin-block-start: 0;
  }

  .description > :last-child {
    margin-block-end: 0;
  }

  .description a {
    color: var(--_accent);
  }

  .booking-info {
    white-space: pre-line;
  }

  .cancelled-notice {
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_cancelled-bg);
    color: var(--_cancelled-text);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* Underlined on hover by baseStyles' .button:hover, which outranks this. */
  a.button {
    text-decoration: none;
  }

  .button .icon {
    width: 1em;
    height: 1em;
  }

  /* Skeleton: the same boxes, in the placeholder colour. */
  .skeleton .line {
    display: block;
    height: 1em;
    margin-block: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    animation: agenda-pulse 1.5s ease-in-out infinite;
  }

  .skeleton .line.title-line {
    height: 1.5em;
    width: 70%;
  }

  .skeleton .line.short {
    width: 35%;
  }

  .skeleton .line.medium {
    width: 60%;
  }

  .skeleton .image:not([part]) {
    width: min(100%, var(--_image-width, 640px));
    animation: agenda-pulse 1.5s ease-in-out infinite;
  }
`;
