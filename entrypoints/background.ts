export default defineBackground(() => {
  // Wired up in the extension issue: per-tab badge and report store.
});
