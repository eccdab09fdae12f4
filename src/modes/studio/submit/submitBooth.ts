import { Upload } from 'tus-js-client';
import { ApiFailure } from '../../../api/client';
import type { ApiError, SubmitResponse, UploadedPart } from '../../../api/types';

/** Files this big or more go through tus (resumable); smaller ones ride in the multipart body. */
const TUS_THRESHOLD = 4 * 1024 * 1024;
const CHUNK = 5 * 1024 * 1024;

interface SubmitInput {
  token: string;
  booth: string;
  manifestText: string;
  files: ReadonlyMap<string, Blob>;
  onProgress: (sent: number, total: number) => void;
  /** Test seam: where the service is ('' on the app's own origin). */
  base?: string;
}

/** One large file through tus; resolves with the upload's id. A dropped connection is retried and resumed. */
function tusUpload(input: SubmitInput, path: string, blob: Blob, onSent: (n: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(blob, {
      endpoint: `${input.base ?? ''}/api/uploads/`,
      headers: { Authorization: `Bearer ${input.token}` },
      metadata: { filename: path, booth: input.booth },
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      // The same file at the same path resumes where it stopped, even after a reload.
      fingerprint: async () => ['studio', input.booth, path, blob.size, blob instanceof File ? blob.lastModified : 0].join(':'),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => onSent(sent),
      onError: reject,
      onSuccess: () => resolve((upload.url ?? '').replace(/\/+$/, '').split('/').pop() ?? ''),
    });
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    }, reject);
  });
}

/** POSTs the multipart body with upload progress (fetch reports none). */
function postForm(input: SubmitInput, form: FormData, onSent: (n: number) => void): Promise<SubmitResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${input.base ?? ''}/api/booths/${encodeURIComponent(input.booth)}/submissions`);
    xhr.setRequestHeader('Authorization', `Bearer ${input.token}`);
    xhr.upload.onprogress = (e) => onSent(e.loaded);
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as SubmitResponse);
      else {
        const err =
          body && typeof body === 'object' && typeof (body as ApiError).error === 'string'
            ? (body as ApiError)
            : { error: `${xhr.status} ${xhr.statusText}` };
        reject(new ApiFailure(xhr.status, err));
      }
    };
    xhr.send(form);
  });
}

/**
 * Submits a booth: large files first through tus, then one multipart POST with the manifest,
 * the small files (`asset`, named by their path) and the finished uploads (`upload`).
 */
export async function submitBooth(input: SubmitInput): Promise<SubmitResponse> {
  const entries = [...input.files].filter(([path]) => !path.startsWith('../'));
  const large = entries.filter(([, b]) => b.size >= TUS_THRESHOLD);
  const small = entries.filter(([, b]) => b.size < TUS_THRESHOLD);
  const total = entries.reduce((n, [, b]) => n + b.size, 0) + input.manifestText.length;
  let done = 0;
  input.onProgress(0, total);
  const form = new FormData();
  form.append('manifest', input.manifestText);
  for (const [path, blob] of large) {
    const id = await tusUpload(input, path, blob, (n) => input.onProgress(done + n, total));
    done += blob.size;
    const part: UploadedPart = { path, upload: id };
    form.append('upload', JSON.stringify(part));
  }
  for (const [path, blob] of small) form.append('asset', blob, path);
  const res = await postForm(input, form, (n) => input.onProgress(Math.min(total, done + n), total));
  input.onProgress(total, total);
  return res;
}
