import { describe, expect, it } from 'vitest';
import { sanitizeExcerpt } from '../../src/lib/sanitize';

describe('sanitizeExcerpt', () => {
  it('keeps <mark> and entities, drops every other tag', () => {
    expect(sanitizeExcerpt('el <mark>Ministerio</mark> P&uacute;blico')).toBe('el <mark>Ministerio</mark> P&uacute;blico');
    expect(sanitizeExcerpt('a <img src=x onerror=alert(1)> b <script>x</script>')).toBe('a  b x');
    expect(sanitizeExcerpt('&lt;script&gt; stays text')).toBe('&lt;script&gt; stays text');
    expect(sanitizeExcerpt('<mark onclick="x">y</mark>')).toBe('y</mark>');
  });
});
