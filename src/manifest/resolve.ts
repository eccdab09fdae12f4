import { resolveAssetUrl } from './assetRef';
import type { ManifestProblem } from './problems';

/**
 * Where URLs may point: the pavilion's own origin, the manifest's own origin (a hall
 * hosted elsewhere serves its own media), and the hall's allowlist.
 */
export interface OriginPolicy {
  appOrigin: string;
  allowedOrigins: readonly string[];
}

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
    if (!this.policy) return true;
    if (origin === this.policy.appOrigin) return true;
    if (origin === new URL(this.manifestUrl).origin) return true;
    return this.policy.allowedOrigins.includes(origin);
  }
}
