import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '#web/api/client.ts';
import { markAttended, unmarkAttended } from '../api';
import { AttendanceSync } from './attendanceSync';

/** The page's one sync for this gathering, re-rendering whenever a tick moves on. */
export function useAttendanceSync(gatheringId: number, attending: ReadonlySet<number>): AttendanceSync {
  const [sync] = useState(
    () =>
      new AttendanceSync(attending, {
        send: async (partnerId, on) => {
          if (on) {
            await markAttended(gatheringId, partnerId);
            return;
          }
          // Already off the list (taken off elsewhere, or a resent untick): what was wanted is true.
          await unmarkAttended(gatheringId, partnerId).catch((error: unknown) => {
            if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
          });
        },
      }),
  );
  useEffect(() => sync.setBase(attending), [sync, attending]);
  useSyncExternalStore(sync.subscribe, sync.snapshot);
  return sync;
}
