import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dec, decText, sum } from '../../kernel/money';
import { aggregate, beltOf, type Figures, type StatisticsFact } from './aggregate';
import { beltPrefixes, countryInfo, parseBelts } from './reference';

const BELTS = [
  { prefix: '03', belt: 'seafood' as const },
  { prefix: '1211', belt: 'ginseng_herbal' as const },
  { prefix: '121120', belt: 'ginseng_herbal' as const },
  { prefix: '3304', belt: 'cosmetics' as const },
  { prefix: '08', belt: 'fruit' as const },
];

let n = 0;
function fact(over: Partial<StatisticsFact>): StatisticsFact {
  n++;
  return {
    flow: 'import',
    id: `d${n}`,
    tradeMode: '9610',
    country: '133',
    ebcOrgId: 'org-a',
    ebcCode: 'A',
    ebcName: 'A',
    acceptedAt: new Date('2026-11-10T02:00:00Z'),
    releasedAt: new Date('2026-11-10T03:00:00Z'),
    released: true,
    currency: '142',
    value: '0',
    tax: '0',
    parcel: `P${n}`,
    lines: [],
    ...over,
  };
}

const sumOf = (rows: Figures[], k: 'value' | 'tax') => decText(sum(rows.map((r) => dec(r[k]))), 2);
const countOf = (rows: Figures[], k: 'declarations' | 'released' | 'parcels') => rows.reduce((a, r) => a + r[k], 0);


describe('industry belts', () => {
  it('takes the longest matching prefix, else other', () => {
    assert.equal(beltOf('1211201000', BELTS), 'ginseng_herbal');
    assert.equal(beltOf('0306149000', BELTS), 'seafood');
    assert.equal(beltOf('2106909090', BELTS), 'other');
  });
  it('reads the zone mapping, every row marked unverified', () => {
    const rows = beltPrefixes();
    assert.ok(rows.length > 5);
    assert.ok(rows.every((r) => r.status === 'zone-configured-unverified'));
    assert.equal(beltOf('3304990099', rows), 'cosmetics');
    assert.equal(beltOf('0808309000', rows), 'fruit');
  });
  it('refuses an unknown belt or a bad prefix', () => {
    assert.throws(() => parseBelts([{ belt: 'toys', hs_prefix: '95' }]), /unknown belt/);
    assert.throws(() => parseBelts([{ belt: 'wood', hs_prefix: '4' }]), /hs_prefix/);
  });
});

describe('country names', () => {
  // Rows as the registry's country table gives them (data/reference/countries.csv).
  const countries = new Map([
    ['133', { iso3: 'KOR', nameZh: '韩国', nameEn: 'Korea (the Republic of)' }],
    ['116', { iso3: 'JPN', nameZh: '日本', nameEn: 'Japan' }],
    ['344', { iso3: 'RUS', nameZh: '俄罗斯联邦', nameEn: 'Russian Federation (the)' }],
  ]);
  it('names the partners in the reader’s language', () => {
    assert.equal(countryInfo('133', 'zh-CN', countries).name, '韩国');
    assert.equal(countryInfo('116', 'ko', countries).iso3, 'JPN');
    assert.equal(countryInfo('344', 'en', countries).name, 'Russia');
    assert.equal(countryInfo('701', 'en', countries).name, null);
  });
});

describe('aggregate', () => {
  const facts: StatisticsFact[] = [
    // Released import of Korea, two belts, value and tax split by line.
    fact({ value: '300.10', tax: '27.31', lines: [{ gcode: '3304990099', value: '200.05', tax: '18.20' }, { gcode: '2106909090', value: '100.05', tax: '9.11' }] }),
    // Accepted in the period, released after it: counts as declared only.
    fact({ country: '116', acceptedAt: new Date('2026-11-29T02:00:00Z'), releasedAt: new Date('2026-12-01T02:00:00Z'), value: '99.00', tax: '5.00', lines: [{ gcode: '3304100000', value: '99.00', tax: '5.00' }] }),
    // Accepted before, released on the first day (zone time 00:30 on 11-01).
    fact({ tradeMode: '1210', country: '502', acceptedAt: new Date('2026-10-20T02:00:00Z'), releasedAt: new Date('2026-10-31T16:30:00Z'), value: '50.00', tax: '4.55', lines: [{ gcode: '0306149000', value: '50.00', tax: '4.55' }] }),
    // Exports: Russia in CNY, Japan in USD (counted, value not converted), one refused list.
    fact({ flow: 'export', tradeMode: '9810', country: '344', ebcOrgId: 'org-b', ebcCode: 'B', value: '400.00', tax: null, lines: [{ gcode: '1211201000', value: '376.00' }, { gcode: '0808309000', value: '24.00' }] }),
    fact({ flow: 'export', tradeMode: '9710', country: '116', ebcOrgId: 'org-c', ebcCode: 'C', currency: '502', value: '12.50', tax: null, lines: [{ gcode: '4418000000', value: '12.50' }] }),
    fact({ flow: 'export', ebcOrgId: 'org-c', ebcCode: 'C', released: false, releasedAt: null, value: '80.00', tax: null, lines: [{ gcode: '0808309000', value: '80.00' }] }),
    // Outside the period entirely.
    fact({ acceptedAt: new Date('2026-12-05T02:00:00Z'), releasedAt: new Date('2026-12-05T03:00:00Z'), value: '1000.00', tax: '100.00' }),
  ];
  const s = aggregate({ from: '2026-11-01', to: '2026-11-30', facts, belts: BELTS, limit: 2 });

  it('counts and sums the totals exactly', () => {
    assert.equal(s.totals.declarations, 5);
    assert.equal(s.totals.released, 4);
    assert.equal(s.totals.value, '750.10');
    assert.equal(s.totals.tax, '31.86');
    assert.equal(s.totals.parcels, 4);
    assert.equal(s.totals.imports.value, '350.10');
    assert.equal(s.totals.exports.value, '400.00');
    assert.deepEqual(s.unconverted, [{ currency: '502', value: '12.50', released: 1 }]);
  });

  it('has every breakdown sum to the totals', () => {
    for (const [name, rows] of Object.entries({ byDay: s.byDay, byMode: s.byMode, byCountry: s.byCountry, byEnterprise: s.byEnterprise })) {
      assert.equal(sumOf(rows, 'value'), s.totals.value, `${name} value`);
      assert.equal(sumOf(rows, 'tax'), s.totals.tax, `${name} tax`);
      for (const k of ['declarations', 'released', 'parcels'] as const) assert.equal(countOf(rows, k), s.totals[k], `${name} ${k}`);
    }
    assert.equal(sumOf(s.byBelt, 'value'), s.totals.value);
    assert.equal(sumOf(s.byBelt, 'tax'), s.totals.tax);
  });

  it('counts each day of the period, on the day of acceptance and of release', () => {
    assert.equal(s.byDay.length, 30);
    const first = s.byDay.find((d) => d.day === '2026-11-01')!;
    assert.deepEqual([first.declarations, first.released, first.value], [0, 1, '50.00']);
    const tenth = s.byDay.find((d) => d.day === '2026-11-10')!;
    assert.deepEqual([tenth.declarations, tenth.released], [4, 3]);
  });

  it('puts Korea, Japan and Russia first, then the rest by value', () => {
    assert.deepEqual(s.byCountry.map((c) => c.country), ['133', '116', '344', '502']);
    assert.equal(s.byCountry[2]!.exports.value, '400.00');
  });

  it('lists the four modes in order', () => {
    assert.deepEqual(s.byMode.map((m) => m.mode), ['9610', '9710', '9810', '1210']);
    assert.equal(s.byMode[3]!.tax, '4.55');
  });

  it('splits value and tax by belt, counting a declaration in each belt it touches', () => {
    const belt = (b: string) => s.byBelt.find((r) => r.belt === b)!;
    assert.deepEqual([belt('cosmetics').value, belt('cosmetics').tax, belt('cosmetics').declarations], ['200.05', '18.20', 2]);
    assert.deepEqual([belt('other').value, belt('other').tax], ['100.05', '9.11']);
    assert.equal(belt('ginseng_herbal').value, '376.00');
    assert.equal(belt('fruit').value, '24.00');
    assert.equal(belt('seafood').value, '50.00');
  });

  it('lists the top enterprises and sums the others', () => {
    assert.equal(s.enterprises, 3);
    assert.equal(s.byEnterprise.length, 3);
    assert.equal(s.byEnterprise[0]!.code, 'B');
    assert.equal(s.byEnterprise[2]!.others, 1);
  });
});
