import { describe, expect, it } from 'vitest';
import { ALLOWED_SCHEMES, linkScheme, refusedScheme } from '#lib/content/link-scheme.ts';

describe('linkScheme reads a scheme as a browser does', () => {
  it('in any case, after spaces and control characters, and with tabs and line breaks inside', () => {
    expect(linkScheme('javascript:alert(1)')).toBe('javascript');
    expect(linkScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(linkScheme(' \u0001javascript:alert(1)')).toBe('javascript');
    expect(linkScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('java\nscript:alert(1)')).toBe('javascript');
    expect(linkScheme('HTTPS://www.stockholm.se/')).toBe('https');
  });

  it('finds none in a site path, an anchor, a query or an address on another host', () => {
    for (const url of ['/anvisningar/krisstod/', '#krisstod', '?q=larm', '//www.stockholm.se/', 'relativ/sida/', '']) {
      expect(linkScheme(url), url).toBeUndefined();
    }
  });

  it('does not take a character reference or a space for part of a scheme (the browser does not either)', () => {
    expect(linkScheme('javascript&#58;alert(1)')).toBeUndefined();
    expect(linkScheme('java script:alert(1)')).toBeUndefined();
  });

  it('names the scheme of an address too short to parse', () => {
    expect(linkScheme('https:')).toBe('https');
    expect(linkScheme('http://')).toBe('http');
  });
});

describe('refusedScheme', () => {
  it('allows https:, http:, mailto:, tel: and site paths, and nothing else', () => {
    expect(ALLOWED_SCHEMES).toEqual(['https', 'http', 'mailto', 'tel']);
    for (const url of ['https://www.stockholm.se/', 'http://example.se/', 'mailto:registrator@stockholm.se', 'tel:+46850829000', '/sok/']) {
      expect(refusedScheme(url), url).toBeUndefined();
    }
    expect(refusedScheme('javascript:alert(1)')).toBe('javascript');
    expect(refusedScheme(' JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(refusedScheme('vbscript:msgbox(1)')).toBe('vbscript');
    expect(refusedScheme('data:text/html,<script>alert(1)</script>')).toBe('data');
    expect(refusedScheme('file:///etc/passwd')).toBe('file');
  });
});
