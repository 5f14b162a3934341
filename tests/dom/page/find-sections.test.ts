import { beforeEach, describe, expect, it } from 'vitest';
import {
  findDomSections,
  findJsonSections,
  findSections,
  isIngredientLabel,
} from '../../../lib/page/find/find-sections';

const LIST =
  'Aqua/Water/Eau, Glycerin, Niacinamide, Butylene Glycol, 1,2-Hexanediol, Sodium Hyaluronate, Phenoxyethanol, Ethylhexylglycerin';

function page(html: string): void {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

function only(): ReturnType<typeof findDomSections>[number] {
  const sections = findDomSections(document);
  expect(sections).toHaveLength(1);
  return sections[0] as ReturnType<typeof findDomSections>[number];
}

beforeEach(() => page(''));

describe('labels', () => {
  it('accepts short ingredient labels in several languages, case and colon aside', () => {
    for (const l of [
      'Ingredients',
      'INGREDIENTS:',
      ' Full ingredients ',
      'Ingredient list',
      'INCI',
      'Inhaltsstoffe',
      'Zusammensetzung:',
      'Ingrédients',
      'Composition',
      'Ingredientes',
      'Ingredienti',
      'Składniki',
      '전성분',
      '全成分',
      '成分：',
    ]) {
      expect(isIngredientLabel(l), l).toBe(true);
    }
    for (const l of [
      'Key ingredients',
      'Active Ingredients',
      'Ingredients we love in this serum',
    ]) {
      expect(isIngredientLabel(l), l).toBe(false);
    }
  });
});

describe('findDomSections: labelled sections', () => {
  it('follows aria-controls to a collapsed accordion panel', () => {
    page(`<div><button aria-controls="p1" aria-expanded="false"><h2>Ingredients</h2></button>
      <div id="p1" style="height:0"><div><div>-Niacinamide: evens tone.<br><br>${LIST}</div></div></div></div>`);
    const s = only();
    expect(s.via).toBe('label:ingredients>aria-controls');
    expect(s.source).toBe('heuristic');
    expect(s.text.text).toContain(LIST);
    expect(s.element?.tagName).toBe('DIV');
    expect(s.element?.id).toBe(''); // the innermost div holding the list, not the panel
  });

  it('follows <label for> and href="#id"', () => {
    page(`<label for="x">Ingredients</label><input id="x" type="checkbox"><div>${LIST}</div>`);
    expect(only().text.text).toContain(LIST);
    page(`<a href="#inci">INCI</a><p>Other text</p><section id="inci"><p>${LIST}</p></section>`);
    expect(only().via).toBe('label:inci>href');
  });

  it('takes the content after a heading, a dt, a summary', () => {
    page(
      `<h3>Ingredients:</h3><p>${LIST}</p><h3>How to use</h3><p>Apply daily, morning, evening, night, noon.</p>`,
    );
    expect(only().element?.tagName).toBe('P');
    page(`<dl><dt>Brand</dt><dd>X</dd><dt>Ingredients</dt><dd>${LIST}</dd></dl>`);
    expect(only().element?.tagName).toBe('DD');
    page(`<details><summary>Inhaltsstoffe</summary><p>${LIST}</p></details>`);
    expect(only().text.text).toContain(LIST);
  });

  it('takes an inline label and the list after it in the same paragraph', () => {
    page(`<p><strong>Ingredients:</strong> ${LIST}</p>`);
    const s = only();
    expect(s.text.text).toContain(LIST);
    expect(s.element?.tagName).toBe('P');
  });

  it('maps an ARIA-less tab to the panel at its index', () => {
    page(`<div class="tabs"><div class="tab-title active">Description</div>
      <div class="tab-title">Ingredients</div><div class="tab-title">How to use</div></div>
      <div class="panels"><div>Hydrating, soothing, calming, brightening, plumping.</div>
      <div><p>${LIST}</p></div><div>Apply, pat, wait, repeat, enjoy.</div></div>`);
    const s = only();
    expect(s.via).toBe('label:ingredients>tab-index');
    expect(s.text.text).toContain('Glycerin');
  });

  it('rejects a decoy heading over marketing bullets and looks further', () => {
    page(`<div id="desc"><p><strong>Inhaltsstoffe:</strong></p><ul>
        <li>MVE Technologie – hydratisiert ununterbrochen</li><li>LSF 50 – schützt die Haut</li>
        <li>Ceramide – stärken die Hautbarriere</li><li>Niacinamid – beruhigt die Haut</li>
        <li>Vitamin E</li></ul></div>
      <button role="tab" aria-controls="comp">Inhaltsstoffe</button>
      <div id="comp"><p>Vollständige Liste der Inhaltsstoffe</p><div><p>${LIST.toUpperCase()}</p></div></div>`);
    const s = only();
    expect(s.via).toBe('label:inhaltsstoffe>aria-controls');
    expect(s.text.text).not.toContain('MVE');
  });

  it('accepts a list written one name per line', () => {
    const items = LIST.split(', ');
    page(`<h4>Ingredients</h4><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    expect(only().text.text).toContain('Phenoxyethanol');
  });

  it('ignores "Ingredients" in menus, headers and footers', () => {
    page(`<nav><h3>Ingredients</h3><ul><li>Ceramides, Exosome, PDRN, Niacinamide, Retinol, Peptides</li></ul></nav>
      <header><a>Ingredients</a><div>Ceramides, Exosome, PDRN, Niacinamide, Retinol</div></header>
      <div class="megamenu"><b>Ingredients</b><p>Ceramides, Exosome, PDRN, Niacinamide, Retinol</p></div>
      <footer><h4>Ingredients</h4><p>Ceramides, Exosome, PDRN, Niacinamide, Retinol</p></footer>`);
    expect(findDomSections(document)).toEqual([]);
  });

  it('reports a list found by two routes once, as the smaller element', () => {
    page(
      `<button aria-controls="ing">Ingredients</button><div id="ing"><h4>Ingredients</h4><p>${LIST}</p></div>`,
    );
    const s = only();
    expect(s.element?.tagName).toBe('P');
  });

  it('reports mobile and desktop copies of one list once', () => {
    page(
      `<div class="m"><h3>Ingredients</h3><p>${LIST}</p></div><div class="d"><h3>Ingredients</h3><p>${LIST}</p></div>`,
    );
    expect(findDomSections(document)).toHaveLength(1);
  });

  it('keeps several lists of a kit in one section', () => {
    page(
      `<h3>Ingredients</h3><div><b>Serum:</b><br>${LIST}<br><br><b>Cream:</b><br>Water, Shea Butter, Cetearyl Alcohol, Glycerin, Tocopherol</div>`,
    );
    const s = only();
    expect(s.text.text).toContain('Serum:');
    expect(s.text.text).toContain('Shea Butter');
  });
});

describe('findDomSections: unlabelled fallback', () => {
  it('finds a delimited run of INCI names with no label', () => {
    page(`<div class="pdp"><p>A lovely serum for every day.</p><p>${LIST}</p></div>`);
    const s = only();
    expect(s.source).toBe('text');
    expect(s.via).toBe('text-scan');
    expect(s.element?.tagName).toBe('P');
  });

  it('does not take the longest paragraph, fabric content or a menu of ingredient names', () => {
    page(`<p>${'This serum is great, truly, and we love it, really, because it works, fast, and well. '.repeat(20)}</p>
      <p>Solid colors: 100% Cotton; Heather Grey: 90% Cotton, 10% Polyester; Dark Heather: 50% Cotton, 50% Polyester</p>
      <nav><p>Ceramides, Exosome, PDRN, Niacinamide, Retinol, Peptides, Hyaluronic Acid, Vitamin C</p></nav>`);
    expect(findDomSections(document)).toEqual([]);
  });

  it('skips product cards of other products', () => {
    const card = `<li class="card"><a href="/p/1"><img src="x.jpg"></a><p>${LIST}</p></li>`;
    page(`<ul class="grid">${card}${card}${card}${card}</ul>`);
    expect(findDomSections(document)).toEqual([]);
  });

  it('finds nothing on a page without a list', () => {
    page('<h1>T-Shirt</h1><p>Soft, light, breathable, washable, durable.</p>');
    expect(findSections(document)).toEqual([]);
  });
});

describe('findJsonSections', () => {
  it('reads JSON-LD Product ingredients and ingredient-named additionalProperty', () => {
    page(
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'x' },
          { '@type': 'Product', name: 'Serum', ingredients: LIST },
        ],
      })}</script>`,
    );
    const s = findJsonSections(document);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ source: 'json-ld', element: null });
    expect(s[0]?.text).toEqual({ text: LIST, segments: [] });

    page(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Product',
        additionalProperty: [
          { '@type': 'PropertyValue', name: 'Size', value: '30 ml' },
          { '@type': 'PropertyValue', name: 'Ingredients', value: `<p>${LIST}</p>` },
        ],
      })}</script>`,
    );
    expect(findJsonSections(document)[0]?.text.text).toBe(LIST);
  });

  it('ignores products nested in item lists (recommendations)', () => {
    page(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'Product', ingredients: LIST }],
      })}</script>`,
    );
    expect(findJsonSections(document)).toEqual([]);
  });

  it('reads ingredient strings from embedded app state, HTML stripped, shallowest first', () => {
    const state = {
      page: {
        product: {
          currentSku: { ingredientDesc: `-Glow: shine.<br><br>${LIST}.<br>` },
          regularChildSkus: [
            { ingredientDesc: `${LIST.replace('Glycerin', 'Glycerine')}` },
            { ingredientDesc: 'Water, Shea Butter, Cetearyl Alcohol, Tocopherol, Parfum' },
          ],
        },
        filters: { ingredientPreferences: [{ displayName: 'Alcohol Free' }] },
      },
    };
    page(`<script id="linkStore" type="text/json">${JSON.stringify(state)}</script>`);
    const s = findJsonSections(document);
    expect(s.map((x) => x.via)).toEqual([
      'json:linkStore:page.product.currentSku.ingredientDesc',
      'json:linkStore:page.product.regularChildSkus.1.ingredientDesc',
    ]);
    expect(s[0]?.text.text).toBe(`-Glow: shine.\n\n${LIST}.`);
    expect(s[0]?.source).toBe('heuristic');
  });

  it('prefers JSON-LD and survives broken JSON', () => {
    page(`<script type="application/json">{not json</script>
      <script type="application/ld+json">{"@type":"Product","ingredients":"${LIST}"}</script>
      <script type="application/json">{"inci":"${LIST}"}</script>`);
    const s = findJsonSections(document);
    expect(s.map((x) => x.source)).toEqual(['json-ld']);
  });

  it('is used only when the DOM has no list', () => {
    page(
      `<h3>Ingredients</h3><p>${LIST}</p><script type="application/json">{"ingredients":"Water, Shea Butter, Cetearyl Alcohol, Tocopherol"}</script>`,
    );
    const s = findSections(document);
    expect(s).toHaveLength(1);
    expect(s[0]?.element).not.toBeNull();
  });
});
