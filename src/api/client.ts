import type {
  ApiError,
  AuditEntry,
  BoothSummary,
  BoothVersion,
  KioskStatus,
  Me,
  SubmissionDetail,
  SubmissionSummary,
  SubmitResponse,
} from './types';

/** A refusal from the service, with its status and body (problems located for a 422). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.error);
  }
}

async function call<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${base}${path}`, { method, headers, body: payload });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err =
      json && typeof json === 'object' && typeof (json as ApiError).error === 'string'
        ? (json as ApiError)
        : { error: `${res.status} ${res.statusText}` };
    throw new ApiFailure(res.status, err);
  }
  return json as T;
}

const seg = encodeURIComponent;

/** The service's API for one token; `base` is '' on the app's own origin. */
export function createApi(token: string, base = '') {
  const c = <T>(method: string, path: string, body?: unknown) => call<T>(base, token, method, path, body);
  return {
    me: () => c<Me>('GET', '/api/me'),
    submit: (booth: string, form: FormData) => c<SubmitResponse>('POST', `/api/booths/${seg(booth)}/submissions`, form),
    submissions: (booth: string) => c<SubmissionSummary[]>('GET', `/api/booths/${seg(booth)}/submissions`),
    submission: (id: string) => c<SubmissionDetail>('GET', `/api/submissions/${seg(id)}`),
    versions: (booth: string) => c<BoothVersion[]>('GET', `/api/booths/${seg(booth)}/versions`),
    review: () => c<SubmissionSummary[]>('GET', '/api/review'),
    booths: () => c<BoothSummary[]>('GET', '/api/booths'),
    audit: () => c<AuditEntry[]>('GET', '/api/audit'),
    kiosks: () => c<KioskStatus[]>('GET', '/api/kiosks'),
    approve: (id: string) => c<{ version: number }>('POST', `/api/submissions/${seg(id)}/approve`, {}),
    reject: (id: string, reason: string) => c<{ status: 'rejected' }>('POST', `/api/submissions/${seg(id)}/reject`, { reason }),
    rollback: (booth: string, version: number) =>
      c<{ version: number }>('POST', `/api/booths/${seg(booth)}/rollback`, { version }),
  };
}
export type Api = ReturnType<typeof createApi>;
