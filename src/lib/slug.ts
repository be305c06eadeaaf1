/**
 * ASCII slugs for URLs and heading anchors: "Đánh giá cải cách" → "danh-gia-cai-cach".
 * Vietnamese readers share links in chat apps, where percent-encoded diacritics break.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
