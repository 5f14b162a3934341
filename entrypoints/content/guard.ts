/**
 * At most one live ExoCheck instance per page. The same file runs from the manifest and when
 * the background injects it on demand; this flag (namespaced on window in the isolated world,
 * which the page cannot reach and which injections share) stops the older instance before
 * the new one marks. WXT's own "script started" DOM event is not trusted for this, since a page
 * can forge it (see page-life.ts).
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
