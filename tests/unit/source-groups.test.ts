/** Where each source is listed: the Vietnamese press in two halves of the alphabet, by the publisher's initial. */
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { publisherInitial, sourceGroup } from '../../src/lib/source-links.ts';

test('the initial drops diacritics and folds đ, so "Đài" files under D and "tuoitre" under T', () => {
  expect(publisherInitial('Đài Phát thanh')).toBe('D');
  expect(publisherInitial('Ở đâu')).toBe('O');
  expect(publisherInitial(' tuoitre.vn')).toBe('T');
});

test('every Vietnamese press source sits on the half its initial names, and both halves are in use', () => {
  const press = [...loadDataset().sources.values()].filter((s) => s.kind !== 'official' && s.kind !== 'dataset' && s.lang === 'vi');
  const halves = new Set(press.map((s) => sourceGroup(s)));
  expect(halves).toEqual(new Set(['press', 'press-o-y']));
  for (const s of press) expect(sourceGroup(s), s.id).toBe(publisherInitial(s.publisher) <= 'N' ? 'press' : 'press-o-y');
});
