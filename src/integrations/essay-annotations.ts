// The Sätteri hast plugin that annotates the essay in the MDX pipeline: a thin
// adapter over the pure tree functions in src/lib/tree/essay-tree.ts. It takes
// the essay model (src/loaders/essay-model.ts), as the content loaders and page data do.
import GithubSlugger from 'github-slugger';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { essayModel, type EssayModel } from '../loaders/essay-model';
import { CONTENT_FILES } from '../loaders/content-root';
import { essayFile } from '../loaders/site';
import { projectUrl } from '../lib/data-file';
import { plainCopy, type Element } from '../lib/tree/hast';
import { annotateBlock, annotateHeading, isBlock, type EssayAnnotations } from '../lib/tree/essay-tree';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What the tree pass attaches, from the model: the registry, and every block's note and claim marks. */
export function annotationsOf(model: EssayModel, sharePath: string): EssayAnnotations {
  return {
    registry: Object.entries(model.registry.paragraphs).map(([id, opening]) => ({ id, opening })),
    sections: new Set(model.registry.sections),
    marks: model.marks,
    sharePath,
    files: { essay: model.essayFile, registry: CONTENT_FILES.permalinks },
  };
}

/**
 * Gives the essay's paragraphs and list items their registered ids and
 * permalinks, wraps note and claim phrases with their markers, and gives
 * section headings their permalink and share links. Other documents pass through.
 * `sharePath` is the `/s/` path with the site's base.
 */
export function essayAnnotations({ sharePath }: { sharePath: string }): HastPluginEntry {
  const essayPath = fileURLToPath(projectUrl(essayFile()));
  return (document) => {
    if (!document.fileURL || fileURLToPath(document.fileURL) !== essayPath) return null;
    let annotations: EssayAnnotations;
    // Heading ids as Astro gives them (github-slugger, in document order), so links and `headings` agree.
    const slugger = new GithubSlugger();
    return {
      name: 'essay-annotations',
      async before() {
        annotations = annotationsOf(await essayModel(), sharePath);
      },
      element: {
        filter: [...HEADINGS, 'p', 'li'],
        visit(node, ctx) {
          if (HEADINGS.includes(node.tagName)) {
            const id = typeof node.properties?.id === 'string' ? node.properties.id : slugger.slug(ctx.textContent(node));
            if (node.tagName === 'h2') ctx.replaceNode(node, annotateHeading(plainCopy(node as Element), id, annotations));
            else ctx.setProperty(node, 'id', id);
            return;
          }
          const parent = ctx.parent(node);
          if (!isBlock(node as Element, parent as Element | undefined)) return;
          ctx.replaceNode(node, annotateBlock(plainCopy(node as Element), annotations));
        },
      },
    };
  };
}

