/**
 * At most one live ExoCheck instance per page. The same file runs from the manifest and when
 * the background injects it on demand; WXT already invalidates an older context of the same
 * script when a new one starts, and this flag (namespaced on window, which the isolated world
 * shares between injections) makes sure its marks and UI are gone before the new one marks.
 */
interface Instance {
  stop(): void;
}

interface ExoCheckGlobal {
  instance: Instance | null;
  starts: number;
}

type WithFlag = typeof globalThis & { __exocheck?: ExoCheckGlobal };

export function claimPage(instance: Instance): ExoCheckGlobal {
  const w = globalThis as WithFlag;
  const flag = w.__exocheck ?? { instance: null, starts: 0 };
  w.__exocheck = flag;
  const previous = flag.instance;
  flag.instance = instance;
  flag.starts++;
  if (previous && previous !== instance) {
    try {
      previous.stop();
    } catch {
      // the previous instance's context may already be gone; nothing to clean then
    }
  }
  return flag;
}

export function releasePage(instance: Instance): void {
  const flag = (globalThis as WithFlag).__exocheck;
  if (flag?.instance === instance) flag.instance = null;
}
