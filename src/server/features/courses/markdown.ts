import MarkdownIt from 'markdown-it';
import type { Renderer, Token } from 'markdown-it';
import { courseImageUrl } from '#domain/courses';

/**
 * Lessons are written in Markdown by authors and read as HTML by learners: rendered here, on the
 * server, so the web app needs no parser and shows `bodyHtml` as it comes. Safe by construction:
 * - `html: false`: raw HTML in the text (a <script>, an <img onerror=…>) is shown as text, never markup;
 * - links only to http(s), mailto or a relative address (no javascript:, data:, vbscript:, //host);
 * - pictures only from the course's own uploads (`/api/courses/:id/images/:imageId`), rebuilt here;
 *   any other picture shows its description instead;
 * - every attribute the renderer writes is escaped, and no other attribute exists.
 */
export interface LessonRenderContext {
  courseId: number;
  /** The pictures this course holds; a lesson may show only these. */
  imageIds: ReadonlySet<number>;
}

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** True for an address a lesson may link to. */
export function isSafeHref(href: string): boolean {
  const h = href.trim();
  if (h === '' || h.startsWith('//')) return false;
  // Browsers read a backslash as a slash (\\host is //host) and skip control characters inside schemes.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(h)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(h)?.[1];
  return scheme === undefined || allowedSchemes.has(scheme.toLowerCase());
}

/** The picture's id when `src` names one of this course's uploads, else null. */
export function courseImageIdOf(src: string, courseId: number): number | null {
  const match = /^\/api\/courses\/(\d+)\/images\/(\d+)(\?size=(thumb|full))?$/.exec(src.trim());
  if (!match || Number(match[1]) !== courseId) return null;
  return Number(match[2]);
}

const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
// Every address is let through the parser and judged by the two rules below, the only ones that
// write an address: a refused link keeps its words, a refused picture its description.
md.validateLink = () => true;
const escape = md.utils.escapeHtml;

const attr = (token: Token, name: string) => String(token.attrGet(name) ?? '');

/** The render context passed to `md.render`; a missing one shows no picture at all. */
function contextOf(env: unknown): LessonRenderContext {
  const c = env as Partial<LessonRenderContext> | undefined;
  return typeof c?.courseId === 'number' && c.imageIds instanceof Set
    ? { courseId: c.courseId, imageIds: c.imageIds }
    : { courseId: 0, imageIds: new Set() };
}

md.renderer.rules.image = (tokens, idx, options, env, self: Renderer) => {
  const token = tokens[idx] as Token;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const context = contextOf(env);
  const id = courseImageIdOf(attr(token, 'src'), context.courseId);
  if (id === null || !context.imageIds.has(id)) return `<span class="lesson-image-missing">${escape(alt)}</span>`;
  return `<img src="${courseImageUrl(context.courseId, id)}" alt="${escape(alt)}" loading="lazy">`;
};

md.renderer.rules.link_open = (tokens, idx) => {
  const token = tokens[idx] as Token;
  const href = attr(token, 'href');
  if (!isSafeHref(href)) {
    // The words stay, the link goes: its closing tag is dropped with it (links never nest).
    const close = tokens.slice(idx + 1).find((t) => t.type === 'link_close');
    if (close) close.meta = { dropped: true };
    return '';
  }
  const title = attr(token, 'title');
  const external = /^https?:/i.test(href);
  return (
    `<a href="${escape(href)}"` +
    (title ? ` title="${escape(title)}"` : '') +
    (external ? ' target="_blank" rel="nofollow noopener noreferrer"' : '') +
    '>'
  );
};

md.renderer.rules.link_close = (tokens, idx) => ((tokens[idx] as Token).meta?.dropped ? '' : '</a>');

/** A lesson's (or an introduction's) Markdown as safe HTML for learners. */
export function renderLessonMarkdown(markdown: string, context: LessonRenderContext): string {
  return md.render(markdown, { ...context });
}

/** True when the Markdown holds raw HTML, which the renderer would show as text: the importer refuses such a file. */
export function containsRawHtml(markdown: string): boolean {
  return rawHtmlFinder.parse(markdown, {}).some((t) => t.type === 'html_block' || t.children?.some((c) => c.type === 'html_inline'));
}
const rawHtmlFinder = new MarkdownIt('commonmark', { html: true });

/** Every link and picture address in the Markdown, as written: for the importer's checks. */
export function addressesIn(markdown: string): { kind: 'link' | 'image'; href: string }[] {
  const found: { kind: 'link' | 'image'; href: string }[] = [];
  const scan = new MarkdownIt('commonmark', { html: false });
  scan.validateLink = () => true;
  for (const block of scan.parse(markdown, {})) {
    for (const t of block.children ?? []) {
      if (t.type === 'link_open') found.push({ kind: 'link', href: attr(t, 'href') });
      if (t.type === 'image') found.push({ kind: 'image', href: attr(t, 'src') });
    }
  }
  return found;
}
