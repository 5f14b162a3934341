import { KIND_LOOK, type MarkKind } from '../highlight';

/**
 * The tooltip's CSS, inside its shadow root. Pixels only (a page's root font-size must not
 * leak in through rem), explicit font, sizes and colours, so it looks the same on every
 * retailer; light and dark follow the user's colour scheme. In forced colours the legend's
 * chip is hidden: its fill is the kind's line colour, which both browsers replace with Canvas,
 * so it showed as a blank gap before the legend; the legend's words name the kind.
 */
const chips = (Object.keys(KIND_LOOK) as MarkKind[])
  .map(
    (k) =>
      `.tip[data-kind="${k}"],.ring[data-kind="${k}"]{--kind:${KIND_LOOK[k].line}}.chip[data-kind="${k}"]{background:${KIND_LOOK[k].line}}`,
  )
  .join('\n');

export const TOOLTIP_CSS = `
.tip{position:fixed;top:0;left:0;right:auto;bottom:auto;margin:0;z-index:2147483647;box-sizing:border-box;display:none;width:max-content;max-width:320px;min-width:0;height:auto;max-height:none;overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain;padding:10px 12px 9px;border:1px solid #d0d7de;border-top:3px solid var(--kind,#d0d7de);border-radius:8px;background:#ffffff;color:#1f2328;box-shadow:0 8px 24px rgba(0,0,0,.18);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:13px;font-weight:400;font-style:normal;line-height:18px;letter-spacing:normal;text-align:left;text-transform:none;white-space:normal;overflow-wrap:anywhere;pointer-events:auto;cursor:default;user-select:text}
.tip[data-open]{display:block}
.tip p{margin:0 0 6px;padding:0;font:inherit}
.tip p:last-child{margin-bottom:0}
.legend{display:flex;align-items:flex-start;gap:6px;margin:0 0 4px;font-size:12px;line-height:16px;font-weight:600;color:#1f2328}
.chip{display:inline-block;flex:none;width:10px;height:10px;margin-top:3px;border-radius:2px}
.tip .name{font-size:14px;line-height:19px;font-weight:600;color:#1f2328}
.label{font-weight:600}
.badge{display:inline-block;margin-left:4px;padding:0 5px;border-radius:9px;font-size:11px;line-height:16px;font-weight:600;background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c}
.tip .cite{font-size:12px;line-height:16px;color:#57606a}
.tip .more{margin-top:8px;padding-top:6px;border-top:1px solid #d8dee4;font-size:12px;line-height:16px;color:#57606a}
.keys{position:fixed;top:0;left:0;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.ring{position:fixed;display:none;box-sizing:border-box;margin:0;padding:0;border:2px solid var(--kind,#0969da);border-radius:3px;pointer-events:none;z-index:2147483646}
.ring[data-open]{display:block}
${chips}
@media (prefers-color-scheme: dark){
.tip{background:#1c2128;color:#e6edf3;border-color:#444c56;box-shadow:0 8px 24px rgba(0,0,0,.55)}
.tip .name,.legend{color:#f0f6fc}
.tip .cite,.tip .more{color:#9da7b3}
.tip .more{border-top-color:#373e47}
.badge{background:#3b2e00;color:#f2cc60;border-color:#9e6a03}
}
@media (forced-colors: active){.chip{display:none}}
`;
