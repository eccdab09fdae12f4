import { describe, expect, it } from 'vitest';
import { createReviewStore } from '../../../src/state/reviewStore';

describe('createReviewStore', () => {
  it('starts on the queue with nothing selected or said', () => {
    expect(createReviewStore().getState()).toMatchObject({
      tab: 'queue',
      selected: null,
      openBooth: null,
      revision: 0,
      status: null,
    });
  });

  it('switches tabs, selects a submission and opens a booth', () => {
    const store = createReviewStore();
    const s = store.getState();
    s.select('sub-1');
    s.setTab('booths');
    s.setOpenBooth('acme');
    expect(store.getState()).toMatchObject({ tab: 'booths', selected: 'sub-1', openBooth: 'acme' });
  });

  it('after a decision forgets the submission, refreshes the lists and announces it', () => {
    const store = createReviewStore();
    store.getState().select('sub-1');
    store.getState().decided('Approved');
    expect(store.getState()).toMatchObject({ selected: null, revision: 1, status: { tone: 'ok', text: 'Approved', seq: 1 } });
    store.getState().decided('Approved');
    expect(store.getState().revision).toBe(2);
    expect(store.getState().status?.seq).toBe(2);
  });

  it('announces errors without touching the selection', () => {
    const store = createReviewStore();
    store.getState().select('sub-1');
    store.getState().announce('error', 'Failed');
    expect(store.getState()).toMatchObject({ selected: 'sub-1', revision: 0, status: { tone: 'error', text: 'Failed', seq: 1 } });
  });

  it('after a decision made elsewhere refreshes the lists and says so as an error', () => {
    const store = createReviewStore();
    store.getState().select('sub-1');
    store.getState().outdated('Already decided');
    expect(store.getState()).toMatchObject({ selected: null, revision: 1, status: { tone: 'error', text: 'Already decided' } });
  });

  it('makes independent stores', () => {
    const a = createReviewStore();
    const b = createReviewStore();
    a.getState().setTab('audit');
    expect(b.getState().tab).toBe('queue');
  });
});
