import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { abortLifetime, type Lifetime } from '@/lib/page/scheduler';

/**
 * The content script's own lifetime. WXT invalidates its context when a DOM event named after
 * the extension id ("content script started") reaches the document, and any page can dispatch
 * that event (store extension ids are public): a hostile page could switch ExoCheck off. So
 * ExoCheck's timers, listeners and UI hang on this lifetime instead, which ends only when
 * ExoCheck decides: a newer instance took the page over (guard.ts calls `end`), or the
 * extension itself is gone (updated or removed: `runtime.id` is undefined), the one case WXT's
 * event exists for.
 */
export interface PageLife extends Lifetime {
  end(): void;
  /** For WXT's UI helpers, which only need `onInvalidated` and the script's options. */
  readonly uiContext: ContentScriptContext;
  /** Calls `cb` with the new URL on same-document navigation (Navigation API, else polling). */
  watchLocation(cb: (href: string) => void): void;
}

export function pageLife(ctx: ContentScriptContext, log: (...args: unknown[]) => void): PageLife {
  const controller = new AbortController();
  const base = abortLifetime(controller);
  const end = () => controller.abort();
  const alive = () => {
    try {
      return browser.runtime?.id != null;
    } catch {
      return false;
    }
  };
  ctx.onInvalidated(() => {
    if (!alive()) end();
    else log('ignored a "content script started" event while the extension is alive');
  });
  const hasIdle = typeof globalThis.requestIdleCallback === 'function';
  const uiContext = {
    options: ctx.options,
    onInvalidated: (cb: () => void) => base.onInvalidated(cb),
  } as unknown as ContentScriptContext;

  return {
    setTimeout: (handler, ms) => base.setTimeout(handler, ms),
    requestIdleCallback: hasIdle
      ? (handler, options) => {
          const id = requestIdleCallback(() => {
            if (!controller.signal.aborted) handler();
          }, options);
          base.onInvalidated(() => cancelIdleCallback(id));
          return id;
        }
      : undefined,
    listen: (target, type, handler, options) => base.listen(target, type, handler, options),
    onInvalidated: (cb) => base.onInvalidated(cb),
    get isValid() {
      if (!controller.signal.aborted && !alive()) end();
      return !controller.signal.aborted;
    },
    end,
    uiContext,
    watchLocation(cb) {
      let last = location.href;
      const nav = (globalThis as { navigation?: EventTarget }).navigation;
      if (nav && typeof nav.addEventListener === 'function') {
        base.listen(nav, 'navigate', (e) => {
          // Same-URL pushes and replaces are reported too: the browser announces them to the
          // background as navigations, which clears the stored report.
          const href = (e as Event & { destination?: { url?: string } }).destination?.url;
          if (!href) return;
          last = href;
          cb(href);
        });
        return;
      }
      const tick = () => {
        if (location.href !== last) {
          last = location.href;
          cb(last);
        }
        base.setTimeout(tick, 1000);
      };
      base.setTimeout(tick, 1000);
    },
  };
}
