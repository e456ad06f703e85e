// What happened since a claim, or a line saying nothing is recorded yet.
import HindsightList from '../../components/HindsightList';
import type { HindsightLine } from '../../lib/timeline';

export default function Hindsight({ lines }: { lines: readonly HindsightLine[] }) {
  if (lines.length === 0) return <p class="lt-none">Nothing in our sources speaks to this yet.</p>;
  return <HindsightList lines={lines} class="lt-hindsight" />;
}
