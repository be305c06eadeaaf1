/** Data collections over content/data. Filled in by the data layer. */
export const dataCollections = {};
