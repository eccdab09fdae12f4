import { describeError } from '../../api/heartbeat';

/**
 * Calls `onError` with a one-line description of each uncaught error and unhandled rejection on
 * the page. Returns the function that stops listening.
 */
export function watchPageErrors(onError: (description: string) => void): () => void {
  const error = (e: ErrorEvent) => onError(describeError(e.error ?? e.message));
  const rejection = (e: PromiseRejectionEvent) => onError(describeError(e.reason));
  window.addEventListener('error', error);
  window.addEventListener('unhandledrejection', rejection);
  return () => {
    window.removeEventListener('error', error);
    window.removeEventListener('unhandledrejection', rejection);
  };
}
