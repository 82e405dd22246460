import { useEffect } from 'react';
import { sessionApi } from '../store/endpoints/session';
import { useAppDispatch } from '../store/hooks';
import { createActivityThrottle } from './activityThrottle';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;

/**
 * Tells the host the RM is at the desk (it resets auto-lock's idle timer), at most once every
 * 30 s. Mounted only while signed in and unlocked, so nothing is sent from the lock screen.
 * A ping answered with LOCKED locks the UI through the session slice.
 */
export function useActivityPings(): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    const throttle = createActivityThrottle();
    const onActivity = () => {
      if (!throttle.take()) return;
      // Untracked: no mutation entry accumulates in the store per ping.
      void dispatch(sessionApi.endpoints.sessionActivity.initiate(undefined, { track: false }));
    };
    const options = { capture: true, passive: true } as const;
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, options);
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity, options);
    };
  }, [dispatch]);
}
