/** Console output only when the user turned on the debug setting; quiet for everyone else. */
export function createLog(isDebug: () => boolean) {
  return (...args: unknown[]) => {
    if (isDebug()) console.debug('[ExoCheck]', ...args);
  };
}
export type Log = ReturnType<typeof createLog>;
