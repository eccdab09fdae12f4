/**
 * Where a manifest's URLs may point: the pavilion's own origin, the manifest's own origin (a
 * hall hosted elsewhere serves its own media), and the hall's allowlist.
 */
export interface OriginPolicy {
  appOrigin: string;
  allowedOrigins: readonly string[];
}

/** Whether media from `origin` may be shown for the manifest at `manifestUrl`. */
export function originAllowed(origin: string, manifestUrl: string, policy: OriginPolicy): boolean {
  if (origin === policy.appOrigin) return true;
  if (origin === new URL(manifestUrl).origin) return true;
  return policy.allowedOrigins.includes(origin);
}
