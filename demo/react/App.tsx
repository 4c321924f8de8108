// A React 19 app using the elements as a partner would: typed props (agenda-widgets/react) and typed
// `on<event>` listeners, React state driven by the widgets' events, no wrapper component.
import type {} from 'agenda-widgets/react';
import type { AgendaLoadEvent, AgendaSelectEvent } from 'agenda-widgets';
import { useState } from 'react';

type Layout = 'grid' | 'list' | 'compact';

/** The demo app: a category filter and a listing, a summary of the last page loaded and the picked event. */
export function App() {
  const [layout, setLayout] = useState<Layout>('grid');
  const [categories, setCategories] = useState('');
  const [loaded, setLoaded] = useState<string>('—');
  const [picked, setPicked] = useState<string>('aucun');

  const onLoad = (event: AgendaLoadEvent) => {
    const { items, offset, hasMore } = event.detail;
    setLoaded(`${items.length} événement(s) à partir de ${offset}${hasMore ? ', il y en a d’autres' : ''}`);
  };
  // The app routes on its own: preventDefault() keeps the built-in dialog closed.
  const onSelect = (event: AgendaSelectEvent) => {
    event.preventDefault();
    setPicked(`#${event.detail.event.id} ${event.detail.event.title}`);
  };

  return (
    <>
      <header>
        <p><a href="./">Autres démonstrations</a></p>
        <h1>Les widgets dans une application React 19</h1>
        <p>
          Propriétés et écouteurs typés par <code>agenda-widgets/react</code> : React 19 passe <code>city</code>,{' '}
          <code>limit</code> et <code>layout</code> comme propriétés et branche <code>onagenda-load</code> et{' '}
          <code>onagenda-select</code> sur les événements DOM.
        </p>
      </header>
      <agenda-provider api-key="demokey1" api-base="/api" lang="fr" theme="light">
        <form className="controls" onSubmit={(event) => event.preventDefault()}>
          <label>
            Présentation{' '}
            <select value={layout} onChange={(event) => setLayout(event.target.value as Layout)}>
              <option value="grid">Grille</option>
              <option value="list">Liste</option>
              <option value="compact">Compacte</option>
            </select>
          </label>
          <agenda-categories value={categories} onagenda-categories-change={(event) => setCategories(event.detail.categories.join(','))} />
        </form>
        <section aria-labelledby="listing">
          <h2 id="listing">À l’affiche à Amiens</h2>
          <p role="status" id="react-status">
            Dernier chargement : <output id="react-loaded">{loaded}</output> — événement choisi :{' '}
            <output id="react-picked">{picked}</output>
          </p>
          <agenda-events city={2} categories={categories} limit={6} layout={layout} detail="none" onagenda-load={onLoad} onagenda-select={onSelect} />
        </section>
      </agenda-provider>
    </>
  );
}
