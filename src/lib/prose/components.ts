/**
 * The components an article may use, and how its prerendered HTML (src/lib/prose/prerender.ts) is split back into
 * HTML and components at render time.
 */

/** The components an article may use, and the props each accepts. `true` means "required". */
export const PROSE_COMPONENTS = {
  Value: { k: true, show: false, cite: false },
  Stat: { k: true },
  Fact: { k: true, bare: false },
  Cite: { id: true },
  Term: { id: true },
  LegalDoc: { id: true },
} as const satisfies Record<string, Record<string, boolean>>;
export type ProseComponentName = keyof typeof PROSE_COMPONENTS;

export interface ProseComponentUse {
  name: ProseComponentName;
  props: Record<string, string | true>;
  /** "content/articles/vi/x.mdx:12:5", for error messages at render time. */
  at: string;
}

/** What a page renders: HTML, or a component around its own children. */
export type ProseNode =
  | { kind: 'html'; html: string }
  | { kind: 'component'; use: ProseComponentUse; children: ProseNode[] };

/** Splits prerendered HTML at its markers into the tree the page renders. Throws on a marker without its pair. */
export function proseNodes(html: string, components: ProseComponentUse[], file: string): ProseNode[] {
  const root: ProseNode[] = [];
  const stack: { index: number; children: ProseNode[] }[] = [{ index: -1, children: root }];
  const marker = /<!--(\/?)c:(\d+)-->/g;
  let last = 0;
  for (let m = marker.exec(html); m; m = marker.exec(html)) {
    const top = stack.at(-1)!;
    if (m.index > last) top.children.push({ kind: 'html', html: html.slice(last, m.index) });
    last = m.index + m[0].length;
    const index = Number(m[2]);
    if (!m[1]) {
      const use = components[index];
      if (!use) throw new Error(`${file}: prerendered HTML names component ${index}, which it does not list (rebuild the content cache)`);
      const children: ProseNode[] = [];
      top.children.push({ kind: 'component', use, children });
      stack.push({ index, children });
    } else {
      if (top.index !== index) throw new Error(`${file}: prerendered HTML closes component ${index} out of order (rebuild the content cache)`);
      stack.pop();
    }
  }
  if (stack.length !== 1) throw new Error(`${file}: prerendered HTML leaves component ${stack.at(-1)!.index} open (rebuild the content cache)`);
  if (last < html.length) root.push({ kind: 'html', html: html.slice(last) });
  return root;
}
