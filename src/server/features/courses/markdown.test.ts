import { describe, expect, it } from 'vitest';
import { addressesIn, containsRawHtml, isSafeHref, renderLessonMarkdown } from './markdown';

const context = { courseId: 7, imageIds: new Set([3]) };
const render = (markdown: string) => renderLessonMarkdown(markdown, context);

/** Every tag name the HTML opens. */
const tagsOf = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => (m[1] ?? '').toLowerCase());
/** Every attribute name the HTML's tags carry; a value is read whole, so words inside it are not names. */
const attributesOf = (html: string) =>
  [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s([a-z-]+)(?:="[^"]*")?/gi)].map((m) => (m[1] ?? '').toLowerCase()),
  );

describe('lesson Markdown, rendered for learners', () => {
  it('keeps what the course uses: headings, lists, emphasis, quotes and safe links', () => {
    const html = render(
      [
        '## Tiga strategi',
        '',
        '1. **Layanan** informasi',
        '2. *Pelibatan* masyarakat',
        '',
        '- satu',
        '- dua',
        '',
        '> **Ingat:** lapor rutin.',
        '',
        'Baca [www.perpusnas.go.id](https://www.perpusnas.go.id), tulis ke [kami](mailto:elis@example.org) atau buka [laporan](/laporan/baru).',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Tiga strategi</h2>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<strong>Layanan</strong>');
    expect(html).toContain('<em>Pelibatan</em>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain(
      '<a href="https://www.perpusnas.go.id" target="_blank" rel="nofollow noopener noreferrer">www.perpusnas.go.id</a>',
    );
    expect(html).toContain('<a href="mailto:elis@example.org">kami</a>');
    expect(html).toContain('<a href="/laporan/baru">laporan</a>');
  });

  it('shows a <script> as text, never as a script', () => {
    const html = render('Halo <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>');
    expect(tagsOf(html)).not.toContain('script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows any raw HTML from the author as text: no tag, no event handler reaches the page', () => {
    const html = render(
      [
        '<div onclick="alert(1)">klik</div>',
        '',
        'Teks <img src=x onerror="alert(1)"> dan <a href="javascript:alert(1)">tautan</a>',
        '',
        '<iframe src="https://evil.example"></iframe>',
        '',
        '<svg onload=alert(1)>',
      ].join('\n'),
    );
    expect(tagsOf(html).filter((t) => !['p'].includes(t))).toEqual([]);
    expect(attributesOf(html)).toEqual([]);
    expect(html).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;');
  });

  it('drops javascript:, vbscript:, data: and protocol-relative links but keeps their words', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      '//evil.example/x',
      'file:///etc/passwd',
    ]) {
      const html = render(`Klik [di sini](${href}) ya.`);
      expect(tagsOf(html), href).toEqual(['p']);
      expect(html, href).toContain('Klik di sini ya.');
    }
  });

  it('never writes a backslash into an address, which a browser would read as a slash (\\\\host is //host)', () => {
    const html = render('[a](\\\\evil.example) [b](/\\evil.example)');
    expect(html).not.toContain('\\');
    expect(html).not.toMatch(/href="(\/\/|\\)/);
  });

  it('drops an autolink to a javascript: address', () => {
    const html = render('<javascript:alert(1)> dan <https://www.bmkg.go.id>');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<a href="https://www.bmkg.go.id"');
  });

  it('escapes a link title so it cannot open an attribute of its own', () => {
    const html = render('[x](https://ok.example "a\\" onmouseover=\\"alert(1)")');
    expect(attributesOf(html).sort()).toEqual(['href', 'rel', 'target', 'title']);
  });

  it('shows only the course’s own pictures, rebuilt, and describes any other instead', () => {
    expect(render('![Rak buku](/api/courses/7/images/3)')).toContain('<img src="/api/courses/7/images/3" alt="Rak buku" loading="lazy">');
    for (const src of [
      '/api/courses/8/images/3', // another course's
      '/api/courses/7/images/4', // not this course's upload
      'https://evil.example/track.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
      '/api/courses/7/images/3/../../../activities/1/photos/1',
    ]) {
      const html = render(`![Foto kegiatan](${src})`);
      expect(tagsOf(html), src).not.toContain('img');
      expect(html, src).toContain('<span class="lesson-image-missing">Foto kegiatan</span>');
    }
  });

  it('escapes a picture’s description', () => {
    const html = render('![a" onerror="alert(1)](/api/courses/7/images/3)');
    expect(attributesOf(html).sort()).toEqual(['alt', 'loading', 'src']);
  });
});

describe('the checks the importer makes', () => {
  it('finds raw HTML', () => {
    expect(containsRawHtml('Teks <b>tebal</b>')).toBe(true);
    expect(containsRawHtml('<div>\nblok\n</div>')).toBe(true);
    expect(containsRawHtml('**tebal** dan `kode` dan 3 < 4')).toBe(false);
  });

  it('lists links and pictures as written', () => {
    expect(addressesIn('[a](https://x.example) ![b](gambar/foto.png)')).toEqual([
      { kind: 'link', href: 'https://x.example' },
      { kind: 'image', href: 'gambar/foto.png' },
    ]);
  });

  it('tells safe addresses from unsafe ones', () => {
    expect(['https://a.example', 'http://a.example', 'mailto:a@b.example', '/x', 'x/y', '#bagian'].every(isSafeHref)).toBe(true);
    expect(['javascript:x', 'data:x', '//a.example', ' ', 'java\tscript:x'].some(isSafeHref)).toBe(false);
  });
});
