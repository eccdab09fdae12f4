export * from './model';
export * from './problems';
export { localize, allLanguages, LANGS, type Lang, type Localized } from './localized';
export { parseHall, parseBooth, type ParseResult, type ParseSource } from './parse';
export { loadHall, HallLoadError, crossCheck, displayName, type LoadedHall, type LoadProgress } from './loadHall';
export { resolveAssetUrl, isAssetRef } from './assetRef';
export type { OriginPolicy } from './resolve';
export { boothAssetUrls } from './assetUrls';
