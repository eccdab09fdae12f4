export { HallLoadError, loadHall } from '../../../src/manifest/loadHall';
export { MANIFEST_LIMITS as MANIFEST_LIMITS_FOR_TESTS } from '../../../src/manifest/guards';
