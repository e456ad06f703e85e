// The one list of components an essay's MDX may use: the widgets, placed by
// name. The author's paragraphs, list items and headings are annotated on the
// tree by src/integrations/essay-annotations.ts, not by components.
import LeadTimeline from './widgets/LeadTimeline/LeadTimeline.astro';
import OptionsTable from './widgets/OptionsTable/OptionsTable.astro';
import QuoteCard from './widgets/QuoteCard/QuoteCard.astro';
import DataMoatsFigure from './widgets/DataMoatsFigure/DataMoatsFigure.astro';

export const mdxComponents = {
  OptionsTable,
  QuoteCard,
  DataMoatsFigure,
  LeadTimeline,
};
