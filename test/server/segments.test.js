// The rules that tell optional segments apart (docs/reference-server.md, "Reading optional segments").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignSlots, splitPath } from '../../server/segments.js';

const GEOCITIES = /** @type {const} */ (['excluded', 'categories', 'distance', 'page']);

test('geocities slots are filled in the documented order by shape', () => {
  assert.deepEqual(assignSlots(['1,37,6,465'], [...GEOCITIES]), { excluded: '1,37,6,465' });
  assert.deepEqual(assignSlots(['12'], [...GEOCITIES]), { excluded: '12' }, 'a bare integer right after the position is an exclusion');
  assert.deepEqual(assignSlots(['12.0'], [...GEOCITIES]), { distance: '12.0' }, 'a decimal is a distance');
  assert.deepEqual(assignSlots(['concert', '12'], [...GEOCITIES]), { categories: 'concert', distance: '12' });
  assert.deepEqual(assignSlots(['1,2', '30'], [...GEOCITIES]), { excluded: '1,2', distance: '30' });
  assert.deepEqual(assignSlots(['1,2', '30', '0,5'], [...GEOCITIES]), { excluded: '1,2', distance: '30', page: '0,5' });
  assert.deepEqual(assignSlots(['concert', '0,5'], [...GEOCITIES]), { categories: 'concert', page: '0,5' });
  assert.deepEqual(assignSlots(['1,37,6,465', 'concert,theatre', '20', '0,10'], [...GEOCITIES]), {
    excluded: '1,37,6,465', categories: 'concert,theatre', distance: '20', page: '0,10',
  });
});

test('city and geo listings: categories then offset,limit', () => {
  assert.deepEqual(assignSlots(['30,15'], ['categories', 'page']), { page: '30,15' });
  assert.deepEqual(assignSlots(['concert', '30,15'], ['categories', 'page']), { categories: 'concert', page: '30,15' });
  assert.throws(() => assignSlots(['30,15', 'concert'], ['categories', 'page']), { code: 'Ax012' });
});

test('splitPath decodes, tolerates trailing slashes, refuses empty segments and foreign characters', () => {
  assert.deepEqual(splitPath('/a/b/'), ['a', 'b']);
  assert.deepEqual(splitPath('/a/b///'), ['a', 'b']);
  assert.deepEqual(splitPath('/'), []);
  assert.deepEqual(splitPath('/citylist/saint%20%C3%A9tienne'), ['citylist', 'saint étienne']);
  assert.deepEqual(splitPath("/citylist/l'ha%C3%BF-les-roses"), ['citylist', "l'haÿ-les-roses"]);
  for (const bad of ['/a//b', '/a%2Fb', '/a%00', '/a%', '/<x>', '/a;b', '/a?b', '/%F0%9F%8E%AD']) {
    assert.throws(() => splitPath(bad), { code: 'Ax012' }, bad);
  }
});
