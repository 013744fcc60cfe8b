import { describe, expect, it } from 'vitest';
import {
  describeSyncStatus,
  isSyncNudgeMessage,
  isSyncStatus,
  timeAgo,
} from '../../utils/sync/status';

const NOW = Date.UTC(2026, 10, 21, 12, 0);
const MINUTE = 60_000;

describe('sync status for people', () => {
  it('says how long ago, in words', () => {
    expect(timeAgo(NOW - 30_000, NOW)).toBe('just now');
    expect(timeAgo(NOW - MINUTE, NOW)).toBe('1 minute ago');
    expect(timeAgo(NOW - 2 * MINUTE, NOW)).toBe('2 minutes ago');
    expect(timeAgo(NOW - 60 * MINUTE, NOW)).toBe('1 hour ago');
    expect(timeAgo(NOW - 5 * 60 * MINUTE, NOW)).toBe('5 hours ago');
    expect(timeAgo(NOW - 24 * 60 * MINUTE, NOW)).toBe('1 day ago');
    expect(timeAgo(NOW - 3 * 24 * 60 * MINUTE, NOW)).toBe('3 days ago');
    // A clock that moved backwards never reads as the future.
    expect(timeAgo(NOW + 5 * MINUTE, NOW)).toBe('just now');
  });

  it('describes each state, flagging only real problems', () => {
    expect(describeSyncStatus({ kind: 'off' }, NOW)).toEqual({
      text: 'Sync is off.',
      problem: false,
    });
    expect(describeSyncStatus({ kind: 'waiting' }, NOW).problem).toBe(false);
    expect(
      describeSyncStatus({ kind: 'synced', at: NOW - 2 * MINUTE, notesIncluded: true }, NOW).text,
    ).toBe('Synced 2 minutes ago.');
    const notesLeft = describeSyncStatus({ kind: 'synced', at: NOW, notesIncluded: false }, NOW);
    expect(notesLeft.text).toContain(
      'Sync storage is full: notes are not synced; your plan and ticks are.',
    );
    expect(notesLeft.problem).toBe(false);
    const full = describeSyncStatus({ kind: 'full', at: NOW }, NOW);
    expect(full).toMatchObject({ problem: true });
    expect(full.text).toContain('Sync storage is full');
    const error = describeSyncStatus({ kind: 'error', at: NOW, message: 'quota exceeded' }, NOW);
    expect(error.text).toBe('Sync error: quota exceeded (your progress is safe on this device)');
    expect(error.problem).toBe(true);
  });

  it('recognises only well-formed statuses and nudges from the message channel', () => {
    expect(isSyncStatus({ kind: 'synced', at: NOW, notesIncluded: true })).toBe(true);
    expect(isSyncStatus({ kind: 'exploded' })).toBe(false);
    expect(isSyncStatus(null)).toBe(false);
    expect(isSyncStatus('synced')).toBe(false);
    expect(isSyncNudgeMessage({ type: 'sync-nudge' })).toBe(true);
    expect(isSyncNudgeMessage({ type: 'reminder-changed' })).toBe(false);
    expect(isSyncNudgeMessage(undefined)).toBe(false);
  });
});
