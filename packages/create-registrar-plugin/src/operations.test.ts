import { OPERATIONS as SDK_OPERATIONS } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './manifest.js';

// The scaffold keeps its own copy of the operation list so that `pnpm create registrar-plugin`
// installs without the sdk; this test is what keeps the copy equal to the sdk's.
describe('the operations a scaffolded manifest lists', () => {
  it('are exactly the sdk\'s, in its order', () => {
    expect([...OPERATIONS]).toEqual([...SDK_OPERATIONS]);
  });
});
