import { z } from 'astro/zod';
import { checkUniqueIds } from '../lib/data-file';

const id = z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lower-case words joined by hyphens' });

/** A colour group of the original figure's arrows. */
const groupSchema = z.object({
  id,
  /** What the group is, for the legend and the long description. */
  label: z.string().min(1),
});

/** A 2020s node: what a company's data captures. */
const captureSchema = z.object({
  id,
  /** The node's text in the original figure. */
  label: z.string().min(1),
  group: z.string().min(1),
});

/** A company (a text label where the original had a logo) and its road. */
const companySchema = z.object({
  id,
  /** Name as a text label; the original's logos are trademarks and are not reproduced. */
  name: z.string().min(1),
  /** When one road carries several companies (one node with two logos in the original), each of their names; `name` lists them all. */
  names: z.array(z.string().min(1)).min(2).optional(),
  /** Its 2010s business, as the original figure labels it. */
  business: z.string().min(1),
  /** Id of the 2020s node its arrow leads to. */
  capture: z.string().min(1),
  /** Where the essay's next paragraphs mention it: paragraph id and the exact words. */
  mention: z.object({ paragraph: z.string().min(1), phrase: z.string().min(1) }).optional(),
});

/** SVG path data: commands and numbers only. */
const svgPath = z.string().regex(/^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/, 'SVG path data (commands and numbers only)');

/** A roads-to-one-place figure, as data (figure.yaml): companies, their businesses, what their data captures, one destination. */
export const figureSchema = z
  .object({
    /** Anchor id of the figure. */
    id,
    title: z.string().min(1),
    /** Our sentence on how the drawing differs from the original, opening the caption. */
    redrawing: z.string().min(1),
    /** Where every road ends, as the figure names it. */
    destination: z.string().min(1),
    /** The destination's drawing, ours: SVG path data in a box of its own size, `body` filled, `detail` stroked. */
    destinationDrawing: z.object({
      width: z.number().positive(),
      height: z.number().positive(),
      body: svgPath,
      detail: svgPath,
    }),
    /** The caption on the arrows into the destination, verbatim. */
    destinationCaption: z.string().min(1),
    columns: z.object({ business: z.string(), capture: z.string() }),
    groups: z.array(groupSchema).min(1),
    captures: z.array(captureSchema).min(1),
    companies: z.array(companySchema).min(1),
  })
  .superRefine((figure, ctx) => {
    checkUniqueIds(figure.companies, ctx);
    const groups = new Set(figure.groups.map((g) => g.id));
    const captures = new Set(figure.captures.map((c) => c.id));
    figure.captures.forEach((capture, index) => {
      if (!groups.has(capture.group)) ctx.addIssue({ code: 'custom', path: ['captures', index, 'group'], message: `unknown group "${capture.group}"` });
      if (!figure.companies.some((company) => company.capture === capture.id)) {
        ctx.addIssue({ code: 'custom', path: ['captures', index], message: `no company leads to "${capture.id}" (orphan node)` });
      }
    });
    figure.companies.forEach((company, index) => {
      if (!captures.has(company.capture)) ctx.addIssue({ code: 'custom', path: ['companies', index, 'capture'], message: `unknown 2020s node "${company.capture}"` });
      company.names?.forEach((name, nameIndex) => {
        if (!company.name.includes(name)) ctx.addIssue({ code: 'custom', path: ['companies', index, 'names', nameIndex], message: `"${name}" is not in the label "${company.name}"` });
      });
    });
  });

export type Figure = z.infer<typeof figureSchema>;
