import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store';
import { workshopCommands, type WorkshopCommands } from './commands';
import { joinWorkshop, type Point3, type WorkshopLink } from './workshopSync';

/** How long a pointer ring stays on the body, milliseconds. */
export const POINTER_MS = 5000;

export interface Workshop extends WorkshopCommands {
  /** Shows a ring at a place on the skin, here and in the other window, for `POINTER_MS`. */
  point(at: Point3, normal: Point3): void;
}

interface WorkshopSession {
  readonly workshop: Workshop;
  /** Joins the channel; returns the way out. */
  connect(): () => void;
}

/** One window's part in the workshop: its commands, and its link to the other window once connected. */
export function createWorkshopSession(): WorkshopSession {
  let link: WorkshopLink | null = null;
  let ringTimer: number | undefined;
  const showRing = (at: Point3, normal: Point3) => {
    const ring = { kind: 'point', at, normal } as const;
    useAppStore.getState().highlight(ring);
    window.clearTimeout(ringTimer);
    ringTimer = window.setTimeout(() => {
      // Only this ring: what was lit since stays.
      if (useAppStore.getState().bodyHighlight === ring) useAppStore.getState().highlight(null);
    }, POINTER_MS);
  };
  const workshop: Workshop = {
    ...workshopCommands(() => link?.announce()),
    point: (at, normal) => {
      showRing(at, normal);
      link?.point(at, normal);
    },
  };
  return {
    workshop,
    connect: () => {
      const joined = joinWorkshop({ onPoint: showRing });
      link = joined;
      // A language chosen in either window is the workshop's language.
      const stopLanguage = useAppStore.subscribe((state, previous) => {
        if (state.language !== previous.language) joined.announce();
      });
      return () => {
        stopLanguage();
        joined.close();
        if (link === joined) link = null;
        window.clearTimeout(ringTimer);
      };
    },
  };
}

/**
 * Joins the workshop that the presenter window and the speaker view share (`workshopSync.ts`) for
 * as long as the component is mounted, and gives the commands that change it in both windows.
 */
export function useWorkshop(): Workshop {
  const session = useMemo(createWorkshopSession, []);
  useEffect(() => session.connect(), [session]);
  return session.workshop;
}
