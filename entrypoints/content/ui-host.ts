import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type Mark, type MarkLayer, UI_ATTR } from '@/lib/page/mark/highlight';
import { createTooltip, type TooltipController } from '@/lib/page/mark/tooltip/controller';
import type { TooltipModel } from '@/lib/page/mark/tooltip/model';
import { TOOLTIP_CSS } from '@/lib/page/mark/tooltip/styles';
import type { Lifetime } from '@/lib/page/scheduler';

export interface UiHost {
  tooltip: TooltipController;
  remove(): void;
}

/**
 * The one shadow-root host per page (open shadow root, page CSS cannot reach in;
 * `:host{all:initial}` from WXT stops inherited styles too), holding the one tooltip. Its
 * element name carries a random suffix (<exocheck-ui-k3v9…>): a page cannot define a custom
 * element under a name it cannot guess, so no page constructor runs (or throws) in our host,
 * and no page `attachShadow` gets there first. Tests find it by its data-exocheck-ui attribute.
 */
export async function mountUi(
  ctx: ContentScriptContext,
  life: Lifetime,
  layer: MarkLayer,
  describe: (mark: Mark) => TooltipModel | null,
): Promise<UiHost> {
  try {
    return await mountAs(hostName(), ctx, life, layer, describe);
  } catch {
    // A name collision is next to impossible; one retry under a fresh name covers it.
    return mountAs(hostName(), ctx, life, layer, describe);
  }
}

function hostName(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `exocheck-ui-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

async function mountAs(
  name: string,
  ctx: ContentScriptContext,
  life: Lifetime,
  layer: MarkLayer,
  describe: (mark: Mark) => TooltipModel | null,
): Promise<UiHost> {
  let tooltip: TooltipController | null = null;
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    // The last child of <html>, after <body>: no page rule such as `body > :last-child` or
    // `main + *` can match it, and it adds no sibling to the page's own elements.
    anchor: 'html',
    append: 'last',
    css: TOOLTIP_CSS,
    onMount(container, _shadow, host) {
      host.setAttribute(UI_ATTR, '');
      tooltip = createTooltip({ life, doc: document, container, host, layer, describe });
      return tooltip;
    },
    onRemove(mounted) {
      mounted?.destroy();
    },
  });
  ui.mount();
  if (!tooltip) throw new Error('tooltip did not mount');
  return { tooltip, remove: () => ui.remove() };
}
