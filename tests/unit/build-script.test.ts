/**
 * scripts/build.ts caps the build's Node heap at BUILD_HEAP_MB megabytes (1024 unless set, no cap for 0), and indexes
 * the folder Astro wrote to.
 */
import { expect, test } from 'vitest';
import { heapFlags, outDirOf } from '../../scripts/build.ts';

test('turns BUILD_HEAP_MB into Node’s heap flag', () => {
  expect(heapFlags(undefined)).toEqual(['--max-old-space-size=1024']);
  expect(heapFlags('')).toEqual(['--max-old-space-size=1024']);
  expect(heapFlags('4096')).toEqual(['--max-old-space-size=4096']);
  expect(heapFlags('0')).toEqual([]);
  for (const bad of ['2GB', '-1', '1.5']) expect(() => heapFlags(bad)).toThrow(/BUILD_HEAP_MB must be a whole number/);
});

test('finds the output folder in the arguments given to astro build', () => {
  expect(outDirOf([], '/site')).toBe('/site/dist');
  expect(outDirOf(['--outDir', 'dist-base'], '/site')).toBe('/site/dist-base');
  expect(outDirOf(['--verbose', '--outDir=/tmp/out'], '/site')).toBe('/tmp/out');
  expect(() => outDirOf(['--outDir'], '/site')).toThrow(/--outDir needs a folder/);
});
