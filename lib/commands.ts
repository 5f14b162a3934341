/**
 * Keyboard shortcuts (manifest `commands`). Dependency-free: wxt.config.ts reads it to write the
 * manifest, the welcome page to name the keys. Users change the keys in the browser's shortcut
 * settings; these are only suggestions, and the browser leaves a suggestion unassigned when it
 * is taken. Chromium 156 (Linux) refused Alt+Shift+ A B C N P R T W X Z when every letter was
 * tried as a suggestion; Google Chrome also has Alt+Shift+I (feedback).
 */
export const TAKEN_ALT_SHIFT_LETTERS = 'ABCINPRTWXZ';

export const TOGGLE_SITE = 'toggle-site';
/** The browser's own command: opens the toolbar popup. */
export const OPEN_POPUP = '_execute_action';

export const SUGGESTED_KEYS = {
  [OPEN_POPUP]: 'Alt+Shift+O',
  [TOGGLE_SITE]: 'Alt+Shift+E',
} as const;

export const COMMAND_DESCRIPTION = {
  [OPEN_POPUP]: 'Open the ExoCheck popup',
  [TOGGLE_SITE]: 'Turn ExoCheck on or off for the current site',
} as const;

export type CommandName = keyof typeof SUGGESTED_KEYS;

/** The manifest's `commands` key. */
export function manifestCommands(): Record<
  CommandName,
  { suggested_key: { default: string }; description: string }
> {
  const entry = (name: CommandName) => ({
    suggested_key: { default: SUGGESTED_KEYS[name] },
    description: COMMAND_DESCRIPTION[name],
  });
  return { [OPEN_POPUP]: entry(OPEN_POPUP), [TOGGLE_SITE]: entry(TOGGLE_SITE) };
}
