import { describe, expect, it } from 'vitest';
import { distinctClaims } from '../../../components/popup/claim-rows';

const claim = (text: string, field: 'title' | 'description', copy: number) => ({
  text,
  lang: 'en',
  termId: 'claim-en-conditioned-media',
  field,
  copy,
  start: 0,
  end: text.length,
});

describe('distinctClaims', () => {
  it('shows a phrase repeated across copy blocks once, with where and how often', () => {
    const rows = distinctClaims([
      claim('conditioned media', 'description', 0),
      claim('Conditioned Media', 'description', 1),
      claim('conditioned media', 'title', 2),
      claim('exosomes', 'title', 2),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ count: 3, fields: ['description', 'title'] });
    expect(rows[1]).toMatchObject({ count: 1, fields: ['title'] });
  });
});
