// The one list of components an essay's MDX may use: Markdown elements mapped
// to the site's own, and the widgets placed by name.
import ListItem from './components/ListItem.astro';
import Paragraph from './components/Paragraph.astro';
import SectionHeading from './components/SectionHeading.astro';
import LeadTimeline from './widgets/LeadTimeline/LeadTimeline.astro';
import OptionsTable from './widgets/OptionsTable/OptionsTable.astro';
import QuoteCard from './widgets/QuoteCard/QuoteCard.astro';
import DataMoatsFigure from './widgets/DataMoatsFigure/DataMoatsFigure.astro';

export const mdxComponents = {
  p: Paragraph,
  li: ListItem,
  h2: SectionHeading,
  OptionsTable,
  QuoteCard,
  DataMoatsFigure,
  LeadTimeline,
};
