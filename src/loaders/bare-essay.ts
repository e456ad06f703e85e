// The bare essay page `npm run bench` compares the essay page with: the essay's
// MDX read from the content root, its frontmatter validated as the collection
// validates it, and its body parsed as the build parses it (lib/bare-essay).
import { bareEssayHtml } from '../lib/bare-essay';
import { parseDataFile } from '../lib/data-file';
import { essaySchema } from '../schemas/essay';
import { parseEssay, readProjectFile } from './essay-model';
import { essayFile } from './site';

/** The YAML between the MDX file's opening `---` lines. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The essay's title and body, from its MDX source (`file` names it in errors). */
export function bareEssayFromSource(file: string, source: string): string {
  const { title } = parseDataFile(file, source.match(FRONTMATTER)?.[1] ?? '', essaySchema);
  return bareEssayHtml({ title, body: parseEssay(source) });
}

/** The bare page of the essay the site shows (CONTENT_ROOT's, else src's). */
export async function bareEssayPage(): Promise<string> {
  const file = essayFile();
  return bareEssayFromSource(file, await readProjectFile(file));
}
