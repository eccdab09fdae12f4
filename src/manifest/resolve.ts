import { resolveAssetUrl } from './assetRef';
import { originAllowed, type OriginPolicy } from './originPolicy';
import type { ManifestProblem } from './problems';

export type { OriginPolicy };

/** Resolves asset references inside one manifest, collecting problems instead of throwing. */
export class AssetResolver {
  readonly problems: ManifestProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly manifestUrl: string,
    private readonly policy: OriginPolicy | null,
  ) {}

  /** Returns the absolute URL, or undefined (with a problem recorded) when it may not be used. */
  url(ref: string, path: string): string | undefined {
    const url = resolveAssetUrl(ref, this.manifestUrl);
    if (!url) {
      this.problems.push({
        file: this.file,
        path,
        message: `expected an http(s) URL or a relative path, got ${JSON.stringify(ref)}`,
        severity: 'error',
      });
      return undefined;
    }
    if (this.policy && !this.originAllowed(url.origin)) {
      this.problems.push({
        file: this.file,
        path,
        message: `origin ${url.origin} is not on the hall's allowedOrigins list, got ${JSON.stringify(ref)}`,
        severity: 'error',
      });
      return undefined;
    }
    return url.href;
  }

  originAllowed(origin: string): boolean {
    return !this.policy || originAllowed(origin, this.manifestUrl, this.policy);
  }
}
