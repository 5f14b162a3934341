import { useKnowledgeView } from '../shared/KnowledgeContext';

/** Which region's rules come first, and why: the setting, the browser language, or the fallback. */
export function RegionNote() {
  const { knowledge, region } = useKnowledgeView();
  const name =
    knowledge.data.jurisdictions.find((j) => j.id === region.region)?.name ??
    region.region.toUpperCase();
  const why =
    region.via === 'setting'
      ? 'your choice in the options'
      : region.via === 'locale'
        ? 'from your browser language'
        : 'your browser language maps to no region ExoCheck covers, so the United States is shown first by default; choose a region in the options';
  return (
    <p className="region-note muted">
      Rules for <strong>{name}</strong> first ({why}).
    </p>
  );
}
