// A React 19 component using the elements: compiles only when agenda-widgets/react types them well.
import type {} from 'agenda-widgets/react';
import { useRef } from 'react';
import type { AgendaEvents, AgendaSelectEvent } from 'agenda-widgets';

export function Agenda({ onPick }: { onPick: (id: number) => void }) {
  const listing = useRef<AgendaEvents>(null);
  return (
    <agenda-provider api-key="demokey1" apiBase="/api" lang="en" theme="auto">
      <agenda-city-search for="events" onagenda-city-change={(event) => listing.current?.setAttribute('city', String(event.detail.city.id))} />
      <agenda-categories htmlFor="events" value="concert" onagenda-categories-change={(event) => event.detail.categories.join(',')} />
      <agenda-events
        id="events"
        ref={listing}
        className="agenda"
        city={2}
        limit={5}
        layout="grid"
        thumb-width="120"
        thumbHeight={90}
        detail="none"
        onagenda-select={(event: AgendaSelectEvent) => {
          event.preventDefault();
          onPick(event.detail.event.id);
        }}
        onagenda-load={(event) => console.info(event.detail.items.length, event.detail.hasMore)}
        onagenda-error={(event) => console.warn(event.detail.code)}
      />
      <agenda-geo lat={49.89} lon={2.3} radius={10} locate />
      <agenda-event event-id="42" />
      {/* @ts-expect-error -- "table" is not a layout */}
      <agenda-events city={2} layout="table" />
      {/* @ts-expect-error -- city is a number */}
      <agenda-events city={{ id: 2 }} />
      {/* @ts-expect-error -- no such property */}
      <agenda-events city={2} bogus="1" />
      {/* @ts-expect-error -- agenda-load carries {items, offset, limit, hasMore} */}
      <agenda-events city={2} onagenda-load={(event) => event.detail.nope} />
    </agenda-provider>
  );
}
