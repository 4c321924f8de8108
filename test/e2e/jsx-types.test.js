// The JSX typings the package ships (agenda-widgets/react, agenda-widgets/preact), type-checked the way a
// React 19 or a Preact project uses them: test/e2e/types/*.tsx must compile, and their @ts-expect-error lines
// (a wrong layout, a wrong property type, an unknown property, a wrong event detail) must be errors.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, ensureBuilt } from './harness.js';

test('React 19 and Preact projects get attribute, property and event types', () => {
  ensureBuilt();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'test/e2e/types/tsconfig.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `tsc -p test/e2e/types/tsconfig.json:\n${result.stdout}${result.stderr}`);
});
