import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_ATTR } from '@/lib/page/highlight';
import type { Lifetime } from '@/lib/page/scheduler';
import { createTooltip, type TooltipController } from '@/lib/page/tooltip/controller';
import type { TooltipModel } from '@/lib/page/tooltip/model';
import { TOOLTIP_CSS } from '@/lib/page/tooltip/styles';

export interface UiHost {
  tooltip: TooltipController;
  remove(): void;
}

/**
 * The one shadow-root host per page (<exocheck-ui>, open shadow root, page CSS cannot reach
 * in; `:host{all:initial}` from WXT stops inherited styles too), holding the one tooltip.
 * A page that defined <exocheck-ui> itself (a custom element with its own shadow root makes
 * attachShadow throw) gets a host under a name it cannot have guessed instead.
 */
export async function mountUi(
  ctx: ContentScriptContext,
  life: Lifetime,
  describe: (mark: HTMLElement) => TooltipModel | null,
): Promise<UiHost> {
  try {
    return await mountAs(HOST_NAME, ctx, life, describe);
  } catch {
    const suffix = Math.random().toString(36).slice(2, 10) || 'x';
    return mountAs(`${HOST_NAME}-${suffix}`, ctx, life, describe);
  }
}

const HOST_NAME = 'exocheck-ui';

async function mountAs(
  name: string,
  ctx: ContentScriptContext,
  life: Lifetime,
  describe: (mark: HTMLElement) => TooltipModel | null,
): Promise<UiHost> {
  let tooltip: TooltipController | null = null;
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: TOOLTIP_CSS,
    onMount(container, _shadow, host) {
      host.setAttribute(UI_ATTR, '');
      tooltip = createTooltip({ life, doc: document, container, host, describe });
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
