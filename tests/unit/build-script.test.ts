/** scripts/build.ts indexes the folder Astro wrote to: its --outDir argument, else dist/. */
import { expect, test } from 'vitest';
import { outDirOf } from '../../scripts/build.ts';

test('finds the output folder in the arguments given to astro build', () => {
  expect(outDirOf([], '/site')).toBe('/site/dist');
  expect(outDirOf(['--outDir', 'dist-base'], '/site')).toBe('/site/dist-base');
  expect(outDirOf(['--verbose', '--outDir=/tmp/out'], '/site')).toBe('/tmp/out');
  expect(() => outDirOf(['--outDir'], '/site')).toThrow(/--outDir needs a folder/);
});
