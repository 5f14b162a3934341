export interface SiteState {
  host: string;
  /** ExoCheck is on globally. */
  globalEnabled: boolean;
  /** ExoCheck is on for this host (and globally). */
  enabled: boolean;
  /** ExoCheck reads this site's product pages by itself (a supported shop, not unticked). */
  automatic: boolean;
}

/**
 * Says when ExoCheck is off here and offers to turn it back on. "Turn off" is offered only
 * where ExoCheck runs by itself: elsewhere it does nothing until asked ("Scan this page").
 */
export function SiteStatus({
  site,
  onToggle,
}: {
  site: SiteState;
  onToggle?: (enable: boolean) => void;
}) {
  if (!site.globalEnabled) {
    return (
      <p className="site-off" role="note">
        ExoCheck is switched off everywhere. Turn it on in the options.
      </p>
    );
  }
  if (site.enabled && !site.automatic) return null;
  return (
    <div className={site.enabled ? 'site' : 'site site-off'}>
      {site.enabled ? null : (
        <p role="note">
          ExoCheck is off for <strong>{site.host}</strong>.
        </p>
      )}
      {onToggle ? (
        <button type="button" className="link-button" onClick={() => onToggle(!site.enabled)}>
          {site.enabled ? `Turn off for ${site.host}` : `Turn on for ${site.host}`}
        </button>
      ) : null}
    </div>
  );
}
