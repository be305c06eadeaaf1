/** scripts/build.ts caps the build's Node heap at BUILD_HEAP_MB megabytes: 1024 unless set, no cap for 0. */
import { expect, test } from 'vitest';
import { heapFlags } from '../../scripts/build.ts';

test('turns BUILD_HEAP_MB into Node’s heap flag', () => {
  expect(heapFlags(undefined)).toEqual(['--max-old-space-size=1024']);
  expect(heapFlags('')).toEqual(['--max-old-space-size=1024']);
  expect(heapFlags('4096')).toEqual(['--max-old-space-size=4096']);
  expect(heapFlags('0')).toEqual([]);
  for (const bad of ['2GB', '-1', '1.5']) expect(() => heapFlags(bad)).toThrow(/BUILD_HEAP_MB must be a whole number/);
});
