/** @jsxImportSource preact */
// A Preact component using the elements: compiles only when agenda-widgets/preact types them well.
import type {} from 'agenda-widgets/preact';
import { useRef } from 'preact/hooks';
import type { AgendaEvents } from 'agenda-widgets';

export function Agenda({ onPick }: { onPick: (id: number) => void }) {
  const listing = useRef<AgendaEvents>(null);
  return (
    <agenda-provider api-key="demokey1" api-base="/api" lang="fr">
      <agenda-events
        ref={listing}
        class="agenda"
        city={2}
        categories="concert,theatre"
        layout="compact"
        detail="dialog"
        onagenda-select={(event) => onPick(event.detail.event.id)}
        onagenda-load={(event) => event.detail.items.length}
      />
      <agenda-city-search nearby onagenda-city-change={(event) => event.detail.city.name} />
      {/* @ts-expect-error -- "table" is not a layout */}
      <agenda-events city={2} layout="table" />
      {/* @ts-expect-error -- no such property */}
      <agenda-events city={2} bogus="1" />
    </agenda-provider>
  );
}
