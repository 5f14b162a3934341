// A React 19 product page (bundled by esbuild from the project's own react and react-dom, see
// react.mjs): the ingredient list is React's own Text nodes, which it later updates and removes.
// `window.__app` drives the renders the suite checks; React's errors land in __page.errors.
import { Fragment, createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LIST_ITEMS as ITEMS } from './kit.mjs';
import { NEW_NOTE, NOTE } from './react-text.mjs';

let setState = null;

function App() {
  const [state, set] = useState({ items: ITEMS, note: NOTE, open: true });
  setState = set;
  return h(
    'main',
    { 'data-probe': 'main' },
    h('h1', { 'data-probe': 'title' }, 'React Glow Serum'),
    // One Text node holding exosome claims: React rewrites its value in place.
    h(
      'div',
      { className: 'product-description', 'data-probe': 'description' },
      h('p', { 'data-probe': 'note' }, state.note),
    ),
    h(
      'section',
      { className: 'ingredients', 'data-probe': 'section' },
      h('h2', { 'data-probe': 'heading' }, 'Ingredients'),
      state.open &&
        // Each name and each separator is a Text node of React's own.
        h(
          'p',
          { 'data-probe': 'list' },
          state.items.map((it, i) => h(Fragment, { key: it }, i > 0 ? ', ' : '', it)),
        ),
    ),
    h('p', { 'data-probe': 'after' }, `${state.items.length} ingredients`),
  );
}

createRoot(document.getElementById('root')).render(h(App));

window.__app = {
  /** Rewrites the note, a Text node with a marked claim inside (React sets its value). */
  rename() {
    flushSync(() => setState((s) => ({ ...s, note: NEW_NOTE })));
  },
  /** Drops the exosome item and another one (React removes their Text nodes). */
  drop() {
    flushSync(() =>
      setState((s) => ({
        ...s,
        items: s.items.filter((x) => !x.startsWith('Human') && x !== 'Panthenol'),
      })),
    );
  },
  /** Unmounts the whole list paragraph, then brings it back. */
  toggle() {
    flushSync(() => setState((s) => ({ ...s, open: false })));
    flushSync(() => setState((s) => ({ ...s, open: true })));
  },
  text: (probe) => document.querySelector(`[data-probe="${probe}"]`)?.textContent ?? null,
};
