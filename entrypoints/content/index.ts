import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/lib/retailers/registry';
import { runSession } from './session';

/**
 * Registered in the manifest for supported retailers' product pages; the background injects
 * the same file on demand anywhere else (toolbar click / popup "Scan this page"). The marks'
 * and the tooltip's CSS are strings injected by code, so on-demand injection needs no
 * separate insertCSS call ('manual': WXT emits and loads no CSS file).
 */
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  registration: 'manifest',
  cssInjectionMode: 'manual',
  // WXT's "script started" postMessage would hand the page the extension id; guard.ts and
  // page-life.ts do its job without the page hearing anything.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runSession(ctx);
  },
});
