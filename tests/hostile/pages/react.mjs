// The real-React hostile page: react-app.mjs bundled with esbuild from the project's own
// react and react-dom (production builds), served as a script beside the page.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { html } from './kit.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export function reactBundle() {
  const out = buildSync({
    entryPoints: [path.join(HERE, 'react-app.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export function reactHtml({ scriptUrl }) {
  return html({
    title: 'React app',
    body: `<div id="root"></div><script src="${scriptUrl}"></script>`,
  });
}
