import type { ManifestProblem } from '../manifest';

/**
 * The service's HTTP contract (server/ answers it, the studio and the review page call it, and
 * organisers script against it: README "Organiser's guide"). JSON bodies; dates are ISO 8601.
 */

export type SubmissionStatus = 'submitted' | 'approved' | 'rejected' | 'superseded';

/** One file of a submission, as stored: the path the manifest uses for it, relative to the manifest. */
export interface SubmittedFile {
  path: string;
  size: number;
  /** The type sniffed from the file's content (never the extension's word for it). */
  type: string;
  sha256: string;
}

/** `GET /api/booths/<id>/submissions`, `GET /api/review`: one submission, newest first. */
export interface SubmissionSummary {
  id: string;
  booth: string;
  status: SubmissionStatus;
  /** The organiser's reason, for a rejected submission. */
  reason?: string;
  /** The booth version this submission became when approved. */
  version?: number;
  createdAt: string;
  decidedAt?: string;
  /** Who submitted it (the exhibitor's name, or "organiser" / "sample"). */
  by: string;
  /** The checks' warnings (validate, but hurt visitors); errors never reach a stored submission. */
  warnings: ManifestProblem[];
  files: SubmittedFile[];
}

/** `GET /api/submissions/<id>`: a submission with its manifest and where to preview it. */
export interface SubmissionDetail extends SubmissionSummary {
  /** The booth manifest as submitted (relative asset paths). */
  manifest: unknown;
  /**
   * Absolute URL of the manifest on the content origin: its relative asset paths resolve to
   * the submitted files there. Unguessable (the submission id) and never on the app's origin.
   */
  previewUrl: string;
  /** The booth's live version when this was fetched (for a diff), or null for a new booth. */
  live: { version: number; manifest: unknown; url: string } | null;
}

/** `POST /api/booths/<id>/submissions` → 201. */
export interface SubmitResponse {
  submission: string;
  status: 'submitted';
  warnings: ManifestProblem[];
}

/** Every refusal with a body: 401, 403, 404, 409, 413, 422 (problems located like `npm run validate`). */
export interface ApiError {
  error: string;
  problems?: Pick<ManifestProblem, 'file' | 'path' | 'message'>[];
}

/** `GET /api/me`: who a token belongs to. */
export type Me =
  { role: 'exhibitor'; booth: string; zone: string; name: string; expiresAt: string | null } | { role: 'organiser' };

/** `GET /api/booths/<id>/versions`: the booth's published versions, newest first. */
export interface BoothVersion {
  version: number;
  submission: string;
  publishedAt: string;
  /** Whether the live hall shows this version now. */
  live: boolean;
  /** Absolute URL of this version's manifest on the content origin. */
  url: string;
}

/** `GET /api/booths`: (organiser) every booth the service knows, with its live version. */
export interface BoothSummary {
  id: string;
  zone: string;
  name: string;
  liveVersion: number | null;
  waiting: number;
}

/** `GET /api/audit`: (organiser) who did what, when, newest first. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
  detail?: string;
}

/**
 * Resumable uploads (the tus 1.0 protocol at `/api/uploads/`, same bearer token). A finished
 * upload joins a submission as a multipart part `upload` whose value is this JSON.
 */
export interface UploadedPart {
  path: string;
  /** The tus upload's id (the last segment of its Location URL). */
  upload: string;
}

/**
 * `POST /api/kiosks/heartbeat` (no token: telemetry from unattended screens; rate-limited per
 * address) → 204. A kiosk says it is alive; the service keeps the latest per `id`.
 */
export interface KioskHeartbeat {
  /** The screen's name (`?kiosk=`): 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit. */
  id: string;
  /** The app's build (≤ 64 characters). */
  version: string;
  /** Seconds since the page started (≥ 0). */
  uptimeS: number;
  /** Frames per second lately (0–240). */
  fps: number;
  /** Errors since the page started (a whole number ≥ 0). */
  errors: number;
  /** The last error's message (≤ 200 characters). */
  lastError?: string;
  /** The live hall's version the screen shows (≤ 64 characters). */
  hallVersion?: string;
}

/** `GET /api/kiosks`: (organiser) every kiosk that has sent a heartbeat, by id. */
export interface KioskStatus extends KioskHeartbeat {
  firstSeen: string;
  lastSeen: string;
  /** The address the last heartbeat came from. */
  address: string;
  /** Not heard from for over 3 minutes. */
  stale: boolean;
}
