// Replaces window.fetch before the widgets load: every listing request answers at once with `limit` events
// in the reference server's wire format (docs/wire-format.md), so the render benchmark times the page's work,
// not the network. The moment the body is handed over (text() resolving; json() goes through it) is the
// answer: its time is recorded, and marked (`bench:answer:<n>`) for the trace that gives its CPU time.
/* global window, location -- these run in the browser */

const CATEGORIES = [
  ['concert', 'Concert', '#c2185b'],
  ['theatre', 'Théâtre', '#b23a1f'],
  ['festival', 'Festival', '#e08a00'],
  ['jeune-public', 'Jeune public', '#2e8b57'],
  ['danse', 'Danse', '#5b3fa8'],
];

/** YYYY-MM-DD, `days` after today. @param {number} days */
function day(days) {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}

/** One listing record, like test/helpers/fake-api.ts's rawEvent. @param {number} index */
function rawEvent(index) {
  const [uri, name, colour] = CATEGORIES[index % CATEGORIES.length];
  const next = day(2 + Math.floor(index / 2));
  return {
    id_agenda: String(1000 + index),
    titre: `Événement ${index + 1}`,
    description: `<p>Une <strong>soirée</strong> &amp; des surprises pour l’événement ${index + 1}.</p>`,
    gratuit: index % 4 === 1 ? '1' : '0',
    url_resa: index % 3 === 0 ? `https://billetterie.example/e/${1000 + index}` : '',
    visuel: `https://images.example/visuel-${1000 + index}.jpg`,
    cat_url: uri,
    couleur: colour,
    cat_nom: name,
    date_debut: day(1),
    date_fin: day(index % 2 ? 30 : 1),
    etat: index % 7 === 6 ? 'annule' : 'ok',
    nextdate: index % 2 ? next : `${next} 20:30:00`,
    lieu: `Salle ${index + 1}`,
    sponsored: index % 5 === 2 ? '1' : '0',
    artistes: index % 2 ? 'Alice, Bob, Chloé, David' : '',
    nb_artistes: index % 2 ? '5' : '0',
  };
}

const bench = /** @type {any} */ (window).__bench = { answers: /** @type {number[]} */ ([]), requests: 0 };
const realFetch = window.fetch.bind(window);

window.fetch = async (input, init) => {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href);
  const paging = /\/json\/\d+(?:\/[^/]*)?\/(\d+),(\d+)$/.exec(url.pathname);
  if (!/\/json\/\d+/.test(url.pathname)) return realFetch(input, init);
  bench.requests += 1;
  const offset = paging ? Number(paging[1]) : 0;
  const limit = paging ? Number(paging[2]) : 15;
  const body = JSON.stringify({ events: Array.from({ length: limit }, (_, i) => rawEvent(offset + i)) });
  const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  /** Marks the moment the body is handed over, however it is read (the widgets read bytes, the baseline text). */
  const answered = () => {
    performance.mark(`bench:answer:${bench.answers.length}`);
    bench.answers.push(performance.now());
  };
  const text = response.text.bind(response);
  const bytes = response.arrayBuffer.bind(response);
  response.text = async () => {
    const result = await text();
    answered();
    return result;
  };
  response.arrayBuffer = async () => {
    const result = await bytes();
    answered();
    return result;
  };
  response.json = async () => JSON.parse(await response.text());
  return response;
};
