export type ScanState =
  | { phase: 'idle' }
  | { phase: 'scanning' }
  | { phase: 'failed'; message: string; detail?: string }
  | { phase: 'nothing'; message: string };

export function ScanButton({ state, onScan }: { state: ScanState; onScan: () => void }) {
  const busy = state.phase === 'scanning';
  return (
    <div className="scan">
      <button type="button" onClick={onScan} disabled={busy} aria-busy={busy}>
        {busy ? 'Scanning…' : 'Scan this page'}
      </button>
      <p role="status" className="muted">
        {state.phase === 'failed' || state.phase === 'nothing' ? state.message : ''}
      </p>
      {state.phase === 'failed' && state.detail ? (
        <details className="muted">
          <summary>What the browser said</summary>
          <p>{state.detail}</p>
        </details>
      ) : null}
    </div>
  );
}
