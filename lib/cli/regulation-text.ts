import type { RegulationLine, RulingLine } from '../cards';
import { STATUS_LABEL } from '../cards/labels';

/** "Prohibited", with "[not confirmed]" where the ruling is not (as the popup's tag). */
function status(r: RulingLine): string {
  const unconfirmed = r.confirmed || r.status === 'not-confirmed' ? '' : ' [not confirmed]';
  return `${STATUS_LABEL[r.status]}${unconfirmed}`;
}

/**
 * "Prohibited: Banned in UK cosmetics …"; a headline that opens with the status's own word
 * ("Allowed only as …", "No US cosmetic rule …") says it already, so it stands alone.
 */
function headed(r: RulingLine): string {
  const label = STATUS_LABEL[r.status];
  if (firstWord(r.headline) !== firstWord(label)) return `${status(r)}: ${r.headline}`;
  return status(r) === label ? r.headline : `${r.headline} [not confirmed]`;
}

function firstWord(s: string): string {
  const space = s.indexOf(' ');
  return (space < 0 ? s : s.slice(0, space)).toLowerCase();
}

/**
 * One jurisdiction's ruling in words, as the popup's regulation line reads: the status and its
 * headline, or, for a label that does not say what the material is, the range by source.
 */
export function rulingText(line: RegulationLine): string {
  const checked = `(checked ${line.checkedAsOf})`;
  const only = line.rulings.length === 1 ? line.rulings[0] : undefined;
  if (only && !line.unspecified) return `${headed(only)} ${checked}`;
  const range = line.rulings.map((r) => `if ${r.materialsLabel}, ${status(r)}`).join('; ');
  return `Depends on the source, which the label does not say: ${range} ${checked}`;
}
