/** Stable anchors for data on the sources page: a source, and a disagreement between sources. */
export const sourceAnchor = (id: string) => `nguon-${id}`;
export const conflictAnchor = (key: string) => `xung-dot-${key.replace(/[^a-z0-9]+/gi, '-')}`;
