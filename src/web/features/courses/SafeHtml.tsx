/**
 * HTML the server rendered from an author's Markdown (decision 019: markdown-it with raw HTML
 * off, only http(s)/mailto/relative links, pictures only from the course's own uploads). That is
 * the only HTML this app puts on a page unescaped; the CSP forbids inline script besides.
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `elis-text ${className}` : 'elis-text'} dangerouslySetInnerHTML={{ __html: html }} />;
}
