/**
 * A `/category` answer without one usable record still settles what the page's API lists: a category beyond
 * the seven documented is then refused, and the list is not asked for again. In a file of its own, as the
 * list a page learns is page-wide (see category-list.test.ts).
 */
import { expect } from '@open-wc/testing';
import { TEST_BASE, clientWith, json, rejection } from './helpers.js';

describe('an empty /category answer', () => {
  it('refuses a category beyond the seven after it, and asks only once', async () => {
    const { client, calls } = clientWith((url) => (url.endsWith('/category') ? json({ categories: [{ cat_s: 'Sans URI' }] }) : json({ events: [] })));
    expect(await rejection(client.cityEvents({ city: 2, categories: ['cirque'] }))).to.have.property('code', 'Ax003');
    expect(await rejection(client.cityEvents({ city: 2, categories: ['cirque'] }))).to.have.property('code', 'Ax003');
    await client.cityEvents({ city: 2, categories: ['concert'] });
    expect(calls.map(({ url }) => url.slice(TEST_BASE.length))).to.deep.equal(['/demokey1/json/category', '/demokey1/json/2/concert']);
  });
});
