import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../lib/detect/lexicon';
import { Matcher } from '../../../lib/detect/match';
import claimsJson from '../../../lib/knowledge/data/claims.json';
import exosomeJson from '../../../lib/knowledge/data/exosome.json';
import relatedJson from '../../../lib/knowledge/data/related.json';
import sourcesJson from '../../../lib/knowledge/data/sources.json';
import { buildKnowledge } from '../../../lib/knowledge/index';
import { loadKnowledge } from '../../../lib/knowledge/load';
import { JurisdictionId, type MaterialType } from '../../../lib/knowledge/schema';
import { normalizeName } from '../../../lib/text/normalize';

const data = loadKnowledge();
const knowledge = buildKnowledge(data);
const matcher = new Matcher(buildLexicon(data));

const HUMAN: MaterialType[] = [
  'human-cells-tissue',
  'human-culture-fluid',
  'human-blood-derivative',
  'human-vesicles',
];

const LANGS = ['en', 'ko', 'ja', 'zh', 'es', 'de', 'it', 'fr', 'pt', 'pl'];

describe('hand-written knowledge content', () => {
  it('has the expected amount of hand-written content', () => {
    expect(exosomeJson.length).toBeGreaterThanOrEqual(25);
    expect(relatedJson.length).toBeGreaterThanOrEqual(25);
    expect(claimsJson.length).toBeGreaterThanOrEqual(50);
    expect(sourcesJson.length).toBeGreaterThanOrEqual(80);
    expect(data.evidence.length).toBeGreaterThanOrEqual(15);
  });

  it('has the two CosIng sources other modules depend on', () => {
    const inventory = knowledge.source('cosing-inventory-2021');
    expect(inventory?.published).toBe('2021-12-15');
    expect(inventory?.confidence).toBe('primary');
    const annex = knowledge.source('cosing-annex-ii-2025');
    expect(annex?.published).toBe('2025-12-08');
    expect(annex?.citation).toContain('416');
  });

  const ruling = (j: Parameters<typeof knowledge.jurisdiction>[0], m: MaterialType) => {
    const found = knowledge.rulingsFor(knowledge.jurisdiction(j), m);
    expect(found).toHaveLength(1);
    return found[0] as NonNullable<(typeof found)[0]>;
  };

  it('EU and EEA: human-derived material is prohibited, citing Annex II entry 416', () => {
    for (const m of HUMAN) {
      const r = ruling('eu', m);
      expect(r.status).toBe('prohibited');
      expect(r.confirmed).toBe(true);
      expect(r.sources).toContain('cosing-annex-ii-2025');
      expect(ruling('uk', m).status).toBe('prohibited');
    }
    const eu = knowledge.jurisdiction('eu');
    expect(eu.regions).toHaveLength(30);
    for (const c of ['NO', 'IS', 'LI']) expect(knowledge.jurisdictionForRegion(c)?.id).toBe('eu');
  });

  it('covers every jurisdiction and maps browser locales and country codes to them', () => {
    expect(data.jurisdictions.map((j) => j.id).sort()).toEqual([...JurisdictionId.options].sort());
    expect(knowledge.jurisdictionForLocale('de-AT')?.id).toBe('eu');
    expect(knowledge.jurisdictionForLocale('el-GR')?.id).toBe('eu');
    expect(knowledge.jurisdictionForLocale('nb-NO')?.id).toBe('eu');
    expect(knowledge.jurisdictionForLocale('en-GB')?.id).toBe('uk');
    expect(knowledge.jurisdictionForLocale('ko-KR')?.id).toBe('kr');
    expect(knowledge.jurisdictionForLocale('zh-CN')?.id).toBe('cn');
    expect(knowledge.jurisdictionForLocale('zh-TW')?.id).toBe('tw');
    expect(knowledge.jurisdictionForLocale('ja-JP')?.id).toBe('jp');
    expect(knowledge.jurisdictionForLocale('fr-CA')?.id).toBe('ca');
    expect(knowledge.jurisdictionForLocale('en-AU')?.id).toBe('au');
    expect(knowledge.jurisdictionForLocale('en-US')?.id).toBe('us');
    expect(knowledge.jurisdictionForRegion('GB')?.id).toBe('uk');
    expect(knowledge.jurisdictionForRegion('uk')?.id).toBe('uk');
    expect(knowledge.jurisdictionForRegion('EU')?.id).toBe('eu');
    expect(knowledge.jurisdictionForRegion('BR')).toBeNull();
  });

  it('Korea: cells and tissue banned, culture fluid allowed with conditions', () => {
    expect(ruling('kr', 'human-cells-tissue').status).toBe('prohibited');
    expect(ruling('kr', 'human-cells-tissue').confirmed).toBe(true);
    // Blood products are not culture fluid, but no Korean text names them: said so.
    expect(ruling('kr', 'human-blood-derivative').status).toBe('prohibited');
    expect(ruling('kr', 'human-blood-derivative').confirmed).toBe(false);
    expect(ruling('kr', 'human-culture-fluid').status).toBe('allowed-with-conditions');
    expect(ruling('kr', 'human-culture-fluid').confirmed).toBe(true);
  });

  it('states the other key rulings with the right status and date', () => {
    expect(ruling('jp', 'human-culture-fluid').status).toBe('allowed-with-conditions');
    expect(ruling('cn', 'human-culture-fluid').status).toBe('not-in-inventory');
    expect(ruling('cn', 'human-culture-fluid').rule).toMatch(/not confirmed/);
    const us = ruling('us', 'human-vesicles');
    expect(us.status).toBe('no-specific-rule');
    expect(us.rule).toMatch(/no exosome product is approved/i);
    expect(us.date >= '2025-05-05').toBe(true);
    const ca = ruling('ca', 'human-culture-fluid');
    expect(ca.sources).toContain('healthcanada-2025-exosome-notice');
    expect(ca.date >= '2025-08-14').toBe(true);
    expect(ca.confirmed).toBe(false);
    expect(ruling('tw', 'human-vesicles').status).toBe('allowed-with-conditions');
    expect(ruling('tw', 'human-cells-tissue').status).toBe('prohibited');
    expect(ruling('au', 'human-culture-fluid').status).toBe('not-confirmed');
  });

  it('never shows vesicle studies on entries that are not vesicle or culture-fluid preparations', () => {
    for (const id of [
      'rosa-damascena-callus-culture-extract',
      'lactobacillus-ferment-lysate',
      'glycine-max-phytoplacenta-conditioned-media',
    ]) {
      const e = knowledge.entry(id);
      if (!e) throw new Error(`missing ${id}`);
      expect(knowledge.evidenceFor(e)).toEqual([]);
    }
    const placenta = data.related.find((e) => e.name === 'Human Placental Extract');
    if (!placenta) throw new Error('missing Human Placental Extract');
    expect(knowledge.evidenceFor(placenta).map((e) => e.id)).not.toContain(
      'ev-kwon-2020-acne-scar-laser',
    );
  });

  it('soy phytoplacenta conditioned media is related, not exosome-type', () => {
    const soy = matcher.match('Glycine Max Phytoplacenta Conditioned Media');
    expect(soy?.kind).toBe('related');
    expect(soy?.entryId).toBe('glycine-max-phytoplacenta-conditioned-media');
    const tea = matcher.match('Camellia Sinensis Callus Culture Conditioned Media');
    expect(tea?.kind).toBe('related');
  });

  it('human conditioned media and named exosomes are exosome-type with CosIng II/416', () => {
    const serse = matcher.match('Human Adipose Stromal Cell Conditioned Media');
    expect(serse).toMatchObject({ kind: 'exosome', extra: 'human-cell', via: 'exact' });
    const entry = knowledge.entry('human-adipose-stromal-cell-conditioned-media');
    expect(entry?.kind === 'exosome' && entry.annexRefs).toEqual(['II/416']);
    expect(matcher.match('HUMAN FIBROBLAST CONDITIONED MEDIA')?.entryId).toBe(
      'human-fibroblast-conditioned-media',
    );
    expect(matcher.match('Human Platelet Extract')?.extra).toBe('human-platelet');
    expect(matcher.match('Milk Exosomes')?.extra).toBe('animal');
    expect(matcher.match('Lactobacillus Extracellular Vesicles')?.extra).toBe('microbial');
    expect(matcher.match('ヒト幹細胞順化培養液')?.entryId).toBe(
      'human-stem-cell-conditioned-media',
    );
  });

  it('provides the generic names the matcher falls back on', () => {
    expect(matcher.match('Exosomes')?.entryId).toBe('exosomes-unspecified');
    expect(matcher.match('Human Stem Cell Conditioned Media')?.entryId).toBe(
      'human-stem-cell-conditioned-media',
    );
  });

  it('plant callus, ferments and DNA are related with a reason', () => {
    for (const name of [
      'Lycium Barbarum (Goji) Callus Culture Extract',
      'Centella Asiatica Meristem Cell Culture',
      'Lactobacillus Ferment',
      'PDRN',
    ]) {
      const m = matcher.match(name);
      expect(m?.kind, name).toBe('related');
      const e = m && knowledge.entry(m.entryId);
      expect(e?.kind === 'related' && e.whyNotExosome.length).toBeGreaterThan(20);
    }
  });

  it('every hand entry with a CosIng reference cites the CosIng inventory', () => {
    const hand: Array<{ id: string; sources: string[]; annexRefs: string[]; cosingRef?: string }> =
      [...exosomeJson, ...relatedJson];
    for (const e of hand) {
      if (e.cosingRef) expect(e.sources, e.id).toContain('cosing-inventory-2021');
      if (e.annexRefs.includes('II/416')) expect(e.sources, e.id).toContain('cosing-annex-ii-2025');
    }
  });

  it('label-only exosome names say so', () => {
    const labelOnly = exosomeJson.filter((e) => e.labelOnly).map((e) => e.id);
    expect(labelOnly).toEqual(
      expect.arrayContaining([
        'exosomes-unspecified',
        'centella-asiatica-exosomes',
        'rose-exosomes',
        'human-platelet-lysate',
        'salmon-testes-cell-exosomes',
      ]),
    );
  });

  it('claims cover ten languages, each with the word for exosome', () => {
    const langs = new Set(data.claims.map((c) => c.lang));
    for (const lang of LANGS) {
      expect(langs.has(lang), lang).toBe(true);
      expect(
        data.claims.some((c) => c.lang === lang && c.concept === 'exosome'),
        lang,
      ).toBe(true);
    }
    const term = (lang: string) =>
      data.claims
        .filter((c) => c.lang === lang && c.concept === 'exosome')
        .map((c) => normalizeName(c.term));
    expect(term('ko')).toContain(normalizeName('엑소좀'));
    expect(term('ja')).toContain(normalizeName('エクソソーム'));
    expect(term('zh')).toContain(normalizeName('外泌体'));
    expect(term('de')).toContain(normalizeName('Exosomen'));
    expect(term('pl')).toContain(normalizeName('egzosomy'));
  });

  it('does not list over-broad claim terms', () => {
    const terms = new Set(data.claims.map((c) => normalizeName(c.term)));
    for (const broad of [
      'stem cell',
      'stem cells',
      'growth factor',
      'growth factors',
      '줄기세포',
    ]) {
      expect(terms.has(broad), broad).toBe(false);
    }
  });

  it('marks phenoxyethanol as the 1% marker', () => {
    const m = data.orderMarkers.find((x) => x.names.includes('phenoxyethanol'));
    expect(m?.maxPercent).toBe(1);
    expect(m?.sources).toContain('sccs-1575-16');
    // Article 19(1)(g) wording is now read (as quoted), and Korea has its own order rule.
    const art19 = data.orderRules.find((r) => r.id === 'eu-art-19-1g-weight-order');
    expect(art19?.confirmed).toBe(true);
    expect(art19?.rule).toContain('less than 1 % may be listed in any order');
    const kr = data.orderRules.find((r) => r.appliesIn.includes('kr'));
    expect(kr?.rule).toMatch(/1% or less, fragrance and colorants may be listed in any order/);
  });
});
