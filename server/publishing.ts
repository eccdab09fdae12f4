import { compressModels } from './compressModels';
import { randomUUID } from 'node:crypto';
import type { ManifestProblem } from '../src/manifest';
import type { SubmissionDetail, SubmissionStatus, SubmissionSummary, SubmittedFile } from '../src/api/types';
import type { BlobStore, StagedFile } from './blobs';
import { crashPoint } from './crash';
import { audit, type Db } from './db';
import type { LiveHall } from './live';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems?: Pick<ManifestProblem, 'file' | 'path' | 'message'>[],
  ) {
    super(message);
  }
}

interface SubmissionRow {
  id: string;
  booth: string;
  by_name: string;
  status: SubmissionStatus;
  reason: string | null;
  version: number | null;
  manifest: string;
  files: string;
  warnings: string;
  created_at: string;
  decided_at: string | null;
}

export function summary(r: SubmissionRow): SubmissionSummary {
  return {
    id: r.id,
    booth: r.booth,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.version !== null ? { version: r.version } : {}),
    createdAt: r.created_at,
    ...(r.decided_at ? { decidedAt: r.decided_at } : {}),
    by: r.by_name,
    warnings: JSON.parse(r.warnings) as ManifestProblem[],
    files: JSON.parse(r.files) as SubmittedFile[],
  };
}

/**
 * Submissions, review and publishing. Every change of state is one SQLite transaction with its
 * audit entry; publishes run one at a time, and the live files follow the database (a crash
 * between the two is mended at the next start by `live.writeHall()`).
 */
export class Publishing {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly db: Db,
    private readonly blobs: BlobStore,
    private readonly live: LiveHall,
    private readonly contentOrigin: () => string,
  ) {}

  /** Runs publishes one after another: two approvals never write the hall at once. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private row(id: string): SubmissionRow {
    const r = this.db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as SubmissionRow | undefined;
    if (!r) throw new HttpError(404, `no submission "${id}"`);
    return r;
  }

  /** Stores an accepted upload: files first (durable), then the row; answers only after both. */
  async accept(input: {
    booth: string;
    account: number | null;
    by: string;
    manifestText: string;
    files: StagedFile[];
    types: Map<string, string>;
    warnings: ManifestProblem[];
  }): Promise<string> {
    await this.blobs.commit(input.files);
    const id = randomUUID();
    const files: SubmittedFile[] = input.files.map((f) => ({
      path: f.path,
      size: f.size,
      sha256: f.sha256,
      type: input.types.get(f.path) ?? 'application/octet-stream',
    }));
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO submissions (id, booth, account, by_name, status, manifest, files, warnings, created_at)
           VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.booth,
          input.account,
          input.by,
          input.manifestText,
          JSON.stringify(files),
          JSON.stringify(input.warnings),
          new Date().toISOString(),
        );
      audit(this.db, input.by, 'submit', input.booth, id);
    })();
    return id;
  }

  list(booth: string): SubmissionSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM submissions WHERE booth = ? ORDER BY created_at DESC, rowid DESC')
      .all(booth) as SubmissionRow[];
    return rows.map(summary);
  }

  waiting(): SubmissionSummary[] {
    const rows = this.db
      .prepare("SELECT * FROM submissions WHERE status = 'submitted' ORDER BY created_at, rowid")
      .all() as SubmissionRow[];
    return rows.map(summary);
  }

  detail(id: string): SubmissionDetail {
    const r = this.row(id);
    const live = this.db
      .prepare(
        'SELECT v.version, v.tree, s.manifest FROM booths b JOIN versions v ON v.booth = b.id AND v.version = b.live_version JOIN submissions s ON s.id = v.submission WHERE b.id = ?',
      )
      .get(r.booth) as { version: number; tree: string; manifest: string } | undefined;
    return {
      ...summary(r),
      manifest: JSON.parse(r.manifest) as unknown,
      previewUrl: `${this.contentOrigin()}/sub/${r.id}/booth.json`,
      live: live
        ? { version: live.version, manifest: JSON.parse(live.manifest) as unknown, url: this.live.treeUrl(live.tree) }
        : null,
    };
  }

  /** The stored files of a submission, for its preview on the content origin. */
  file(id: string, filePath: string): { abs: string; type: string } | { text: string } | null {
    const r = this.db.prepare('SELECT manifest, files FROM submissions WHERE id = ?').get(id) as
      Pick<SubmissionRow, 'manifest' | 'files'> | undefined;
    if (!r) return null;
    if (filePath === 'booth.json') return { text: r.manifest };
    const f = (JSON.parse(r.files) as SubmittedFile[]).find((x) => x.path === filePath);
    return f ? { abs: this.blobs.blobPath(f.sha256), type: f.type } : null;
  }

  approve(id: string, actor: string): Promise<{ version: number }> {
    return this.serial(async () => {
      const r = this.row(id);
      if (r.status !== 'submitted') throw new HttpError(409, `submission ${id} is ${r.status}, not waiting for review`);
      // Visitors download the models compressed; the submission keeps the files as sent.
      const files = await compressModels(JSON.parse(r.files) as SubmittedFile[], this.blobs);
      const tree = await this.live.materialize(r.manifest, files);
      crashPoint('after-tree');
      const now = new Date().toISOString();
      const version = this.db.transaction(() => {
        const v =
          ((this.db.prepare('SELECT MAX(version) AS v FROM versions WHERE booth = ?').get(r.booth) as { v: number | null }).v ??
            0) + 1;
        this.db
          .prepare('INSERT INTO versions (booth, version, submission, tree, published_at) VALUES (?, ?, ?, ?, ?)')
          .run(r.booth, v, id, tree, now);
        this.db.prepare("UPDATE submissions SET status = 'approved', version = ?, decided_at = ? WHERE id = ?").run(v, now, id);
        // Older waiting submissions of the booth are overtaken by this one.
        this.db
          .prepare(
            "UPDATE submissions SET status = 'superseded', decided_at = ? WHERE booth = ? AND status = 'submitted' AND created_at <= ?",
          )
          .run(now, r.booth, r.created_at);
        this.db
          .prepare('UPDATE booths SET live_version = ?, name = ? WHERE id = ?')
          .run(v, boothName(r.manifest) ?? r.booth, r.booth);
        audit(this.db, actor, 'approve', r.booth, `submission ${id} → v${v}`);
        return v;
      })();
      crashPoint('after-db');
      await this.live.writeHall(true);
      return { version };
    });
  }

  reject(id: string, reason: string, actor: string): void {
    const r = this.row(id);
    if (r.status !== 'submitted') throw new HttpError(409, `submission ${id} is ${r.status}, not waiting for review`);
    this.db.transaction(() => {
      this.db
        .prepare("UPDATE submissions SET status = 'rejected', reason = ?, decided_at = ? WHERE id = ?")
        .run(reason, new Date().toISOString(), id);
      audit(this.db, actor, 'reject', r.booth, `submission ${id}: ${reason}`);
    })();
  }

  rollback(booth: string, version: number, actor: string): Promise<{ version: number }> {
    return this.serial(async () => {
      const v = this.db.prepare('SELECT version FROM versions WHERE booth = ? AND version = ?').get(booth, version);
      if (!v) throw new HttpError(404, `booth "${booth}" has no published version ${version}`);
      this.db.transaction(() => {
        this.db.prepare('UPDATE booths SET live_version = ? WHERE id = ?').run(version, booth);
        audit(this.db, actor, 'rollback', booth, `→ v${version}`);
      })();
      await this.live.writeHall();
      return { version };
    });
  }
}

function boothName(manifestText: string): string | null {
  try {
    const name = (JSON.parse(manifestText) as { exhibitor?: { name?: unknown } }).exhibitor?.name;
    if (typeof name === 'string') return name;
    if (name && typeof name === 'object') {
      const n = name as { zh?: unknown; en?: unknown };
      return [n.zh, n.en].filter((x): x is string => typeof x === 'string').join(' · ') || null;
    }
  } catch {
    /* the stored manifest was checked on arrival; a name is only a label */
  }
  return null;
}
