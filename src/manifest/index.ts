// What the pavilion's main thread needs: types, texts and messages. Validation (zod, the
// parsers, the loader) runs in the loader worker; import it from its own modules.
export * from './model';
export * from './problems';
export { localize, allLanguages, urlIn, type Lang, type Localized } from './localized';
export type { LoadedHall, LoadProgress } from './loadHall';
export { originAllowed } from './originPolicy';
