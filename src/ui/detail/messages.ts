/**
 * Words only the detail view (`<agenda-event>`) and its dialog show, in French (the default) and English.
 * Words shared with the cards (badges, "Réserver", "nouvelle fenêtre"…) stay in `ui/i18n.ts`.
 */
import type { Lang } from '../../client/types.js';

/** `st`, `nd`, `rd` or `th`, as English writes 1st, 2nd, 3rd, 11th, 21st. */
function englishOrdinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The detail view's message catalogue of one language. */
export interface DetailMessages {
  /** Announced while the event loads. */
  loading: string;
  /** Announced once the event is shown. */
  loaded(title: string): string;
  /** Heading of the error state. */
  errorTitle: string;
  /** Second line of the "event not found" (Ax007) and "invalid id" (Ax006) states. */
  notFoundHint: string;
  /** Labels of the facts list. */
  when: string;
  where: string;
  price: string;
  organizer: string;
  artists: string;
  /** "and N more" after the named artists. */
  moreArtists(count: number): string;
  /** The district of Paris, Lyon or Marseille the API gives (`arrondissement`: `11` → `11e arrondissement`). */
  district(number: string): string;
  /** The next shows as the API words them. */
  nextShows: string;
  /** Summary of the folded rest of the performances. */
  moreDates(count: number): string;
  /** Section headings. */
  description: string;
  booking: string;
  calendar: string;
  /** Link to the event's page on AgendaCulturel.fr. */
  pageLink: string;
  /** The .ics download button. */
  downloadIcs: string;
  /** The Google Calendar link. */
  googleCalendar: string;
  /** Shown instead of the booking and calendar actions of a cancelled event. */
  cancelledNotice: string;
  /** Label of the dialog's close button. */
  close: string;
  /** The dialog's heading until the event's title is known. */
  dialogTitle: string;
}

const fr: DetailMessages = {
  loading: 'Chargement de l’événement…',
  loaded: (title) => `Événement affiché : ${title}.`,
  errorTitle: 'L’événement n’a pas pu être affiché.',
  notFoundHint: 'Il a peut-être été retiré de l’agenda ou son adresse est incorrecte.',
  when: 'Quand',
  where: 'Où',
  price: 'Tarif',
  organizer: 'Organisateur',
  artists: 'Avec',
  moreArtists: (count) => (count > 1 ? `${count} autres` : '1 autre'),
  district: (number) => (/^\d+$/.test(number) ? `${Number(number) === 1 ? '1er' : `${Number(number)}e`} arrondissement` : number),
  nextShows: 'Prochaines représentations',
  moreDates: (count) => (count > 1 ? `${count} autres dates` : '1 autre date'),
  description: 'Présentation',
  booking: 'Réservation',
  calendar: 'Ajouter à mon agenda',
  pageLink: 'Voir sur AgendaCulturel.fr',
  downloadIcs: 'Télécharger (.ics)',
  googleCalendar: 'Google Agenda',
  cancelledNotice: 'Cet événement est annulé.',
  close: 'Fermer',
  dialogTitle: 'Détail de l’événement',
};

const en: DetailMessages = {
  loading: 'Loading the event…',
  loaded: (title) => `Event shown: ${title}.`,
  errorTitle: 'The event could not be shown.',
  notFoundHint: 'It may have been removed from the agenda, or its address is wrong.',
  when: 'When',
  where: 'Where',
  price: 'Price',
  organizer: 'Organiser',
  artists: 'With',
  moreArtists: (count) => `${count} more`,
  district: (number) => (/^\d+$/.test(number) ? `${Number(number)}${englishOrdinal(Number(number))} arrondissement` : number),
  nextShows: 'Next shows',
  moreDates: (count) => (count > 1 ? `${count} more dates` : '1 more date'),
  description: 'About',
  booking: 'Booking',
  calendar: 'Add to my calendar',
  pageLink: 'See on AgendaCulturel.fr',
  downloadIcs: 'Download (.ics)',
  googleCalendar: 'Google Calendar',
  cancelledNotice: 'This event is cancelled.',
  close: 'Close',
  dialogTitle: 'Event details',
};

const catalogues: Record<Lang, DetailMessages> = { fr, en };

/** The detail view's messages in `lang`. */
export function detailMessages(lang: Lang): DetailMessages {
  return catalogues[lang] ?? fr;
}
