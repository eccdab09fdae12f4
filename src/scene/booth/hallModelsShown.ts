/** Booths whose model stands in the hall now (baked and drawn): read by window.__pavilion for tests and watchdogs. */
export const hallModelsShown = new Set<string>();
