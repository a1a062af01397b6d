import type { AppContext, Caller } from '../../app/context';
import { zoneDayOf } from '../../kernel/zone-time';
import { SYSTEM } from '../access';
import { DEMO_ORGS, orgByUscc } from '../identity';
import * as filingRepo from './filing.repository';
import { transitionFiling } from './filing.service';
import { importProducts } from './product-import';
import { PRODUCT_COLUMNS } from './product-template';
import { findEffectiveProduct } from './product.service';

/**
 * DEMO DATA — products of the demo sellers, filed and approved as if reviewed, on the demo tariff lines.
 * Names, brands and prices are invented; barcodes are left out rather than made up.
 */
const DEMO_PRODUCTS: { seller: string; rows: Partial<Record<(typeof PRODUCT_COLUMNS)[number], string>>[] }[] = [
  {
    seller: 'cheongja',
    rows: [
      { itemNo: 'CJ-CREAM-50', hsCode: '3304990099', nameZh: '青瓷保湿面霜 50ml', nameKo: '청자 수분 크림 50ml', nameJa: '青磁 保湿クリーム 50ml', nameRu: 'Увлажняющий крем Cheongja 50 мл', nameEn: 'Cheongja moisturising cream 50 ml', brand: '青瓷 Cheongja', originCountry: 'KOR', legalUnit: '035', referencePrice: '128.00', currency: 'CNY' },
      { itemNo: 'CJ-SERUM-30', hsCode: '3304990091', nameZh: '青瓷焕颜精华液 30ml', nameKo: '청자 에센스 30ml', nameJa: '青磁 美容液 30ml', nameRu: 'Сыворотка Cheongja 30 мл', nameEn: 'Cheongja serum 30 ml', brand: '青瓷 Cheongja', originCountry: 'KOR', legalUnit: '035', referencePrice: '560.00', currency: 'CNY' },
      { itemNo: 'CJ-LIP-03', hsCode: '3304100000', nameZh: '青瓷丝绒口红 03号', nameKo: '청자 벨벳 립스틱 03', nameJa: '青磁 ベルベット口紅 03', nameRu: 'Помада Cheongja 03', nameEn: 'Cheongja velvet lipstick 03', brand: '青瓷 Cheongja', originCountry: 'KOR', legalUnit: '035', referencePrice: '89.00', currency: 'CNY' },
      { itemNo: 'CJ-SHAMPOO-500', hsCode: '3305100000', nameZh: '青瓷人参洗发水 500ml', nameKo: '청자 인삼 샴푸 500ml', nameJa: '青磁 高麗人参シャンプー 500ml', nameRu: 'Шампунь с женьшенем Cheongja 500 мл', nameEn: 'Cheongja ginseng shampoo 500 ml', brand: '青瓷 Cheongja', originCountry: 'KOR', legalUnit: '035', referencePrice: '69.00', currency: 'CNY' },
    ],
  },
  {
    seller: 'hanbit',
    rows: [
      { itemNo: 'HB-LAVER-10', hsCode: '2008999000', nameZh: '韩光调味海苔 10袋装', nameKo: '한빛 조미김 10봉', nameJa: '韓光 味付け海苔 10袋', nameRu: 'Приправленные водоросли Hanbit, 10 шт.', nameEn: 'Hanbit seasoned laver, 10 packs', brand: '韩光 Hanbit', originCountry: 'KOR', legalUnit: '035', referencePrice: '39.90', currency: 'CNY' },
      { itemNo: 'HB-NOODLE-5', hsCode: '1902301000', nameZh: '韩式辣拉面 5连包', nameKo: '매운 라면 5입', nameJa: '韓国辛ラーメン 5食', nameRu: 'Острая лапша, 5 шт.', nameEn: 'Spicy instant noodles, 5 packs', brand: '韩光 Hanbit', originCountry: 'KOR', legalUnit: '035', referencePrice: '25.00', currency: 'CNY' },
      { itemNo: 'HB-REDGINSENG-240', hsCode: '2106909090', nameZh: '红参浓缩液 240g', nameKo: '홍삼 농축액 240g', nameJa: '紅参濃縮液 240g', nameRu: 'Концентрат красного женьшеня 240 г', nameEn: 'Red ginseng extract 240 g', brand: '韩光 Hanbit', originCountry: 'KOR', legalUnit: '035', referencePrice: '398.00', currency: 'CNY' },
    ],
  },
  {
    seller: 'kedr',
    rows: [
      { itemNo: 'KD-CHOC-200', hsCode: '1806320000', nameZh: '雪松灯塔夹心巧克力 200g', nameKo: '케드르 초콜릿 200g', nameJa: 'ケドル チョコレート 200g', nameRu: 'Шоколад «Кедровый маяк» 200 г', nameEn: 'Kedr filled chocolate 200 g', brand: 'Кедровый маяк', originCountry: 'RUS', legalUnit: '035', referencePrice: '45.00', currency: 'CNY' },
      { itemNo: 'KD-HONEY-500', hsCode: '0409000000', nameZh: '远东椴树蜂蜜 500g', nameKo: '극동 피나무 꿀 500g', nameJa: '極東菩提樹はちみつ 500g', nameRu: 'Дальневосточный липовый мёд 500 г', nameEn: 'Far East linden honey 500 g', brand: 'Кедровый маяк', originCountry: 'RUS', legalUnit: '035', referencePrice: '88.00', currency: 'CNY' },
    ],
  },
  {
    // The Japanese overseas seller; its domestic agent (zhengheng) declares its inventories.
    seller: 'naniwa',
    rows: [
      { itemNo: 'NW-ROUGE-07', hsCode: '3304100000', nameZh: '光苑保湿口红 07号', nameKo: '히카리엔 보습 립스틱 07', nameJa: 'ひかり苑 うるおいルージュ 07', nameRu: 'Увлажняющая помада Hikarien 07', nameEn: 'Hikarien moisturising lipstick 07', brand: '光苑 Hikarien', originCountry: 'JPN', legalUnit: '035', referencePrice: '158.00', currency: 'CNY' },
      { itemNo: 'NW-FORMULA-800', hsCode: '1901101000', nameZh: '光苑婴儿配方奶粉 1段 800g', nameKo: '히카리엔 영아용 분유 1단계 800g', nameJa: 'ひかり苑 乳児用調製粉乳 ステップ1 800g', nameRu: 'Детская молочная смесь Hikarien, этап 1, 800 г', nameEn: 'Hikarien infant formula stage 1, 800 g', brand: '光苑 Hikarien', originCountry: 'JPN', legalUnit: '035', referencePrice: '268.00', currency: 'CNY' },
      { itemNo: 'NW-MILL-01', hsCode: '8509400000', nameZh: '光苑家用食物研磨机', nameKo: '히카리엔 가정용 푸드 그라인더', nameJa: 'ひかり苑 家庭用フードミル', nameRu: 'Бытовой измельчитель продуктов Hikarien', nameEn: 'Hikarien household food grinder', brand: '光苑 Hikarien', originCountry: 'JPN', legalUnit: '001', referencePrice: '699.00', currency: 'CNY' },
      { itemNo: 'NW-CREAM-40', hsCode: '3304990099', nameZh: '光苑清酒精华面霜 40g', nameKo: '히카리엔 사케 크림 40g', nameJa: 'ひかり苑 酒粕クリーム 40g', nameRu: 'Крем с саке Hikarien 40 г', nameEn: 'Hikarien sake-lees face cream 40 g', brand: '光苑 Hikarien', originCountry: 'JPN', legalUnit: '035', referencePrice: '238.00', currency: 'CNY' },
    ],
  },
];

function csvOf(rows: Partial<Record<string, string>>[]): Buffer {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [PRODUCT_COLUMNS.join(','), ...rows.map((r) => PRODUCT_COLUMNS.map((c) => quote(r[c] ?? '')).join(','))];
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Files the demo products and approves them as if customs and market supervision had (demo mode only). */
export async function seedDemoProducts(ctx: AppContext): Promise<number> {
  const caller: Caller = { actor: SYSTEM, requestId: 'seed' };
  let filed = 0;
  for (const group of DEMO_PRODUCTS) {
    const demo = DEMO_ORGS.find((o) => o.key === group.seller);
    const org = demo && (await orgByUscc(ctx.db, demo.uscc));
    if (!org) continue;
    const today = zoneDayOf(ctx.clock.now());
    const missing = [];
    for (const row of group.rows) if (!(await findEffectiveProduct(ctx.db, org.id, row.itemNo!, today))) missing.push(row);
    if (!missing.length) continue;
    const result = await importProducts(ctx, caller, { data: csvOf(missing), contentType: 'text/csv', orgId: org.id, locale: 'en' });
    const fresh = result.rows.filter((r) => r.ok && r.id && r.version === 1);
    for (const row of fresh) {
      await ctx.db.transaction(async (tx) => {
        for (const reviewer of ['customs', 'market_supervision']) {
          await filingRepo.decideReview(tx, { kind: 'product', filingId: row.id!, reviewer, decision: 'approved', reason: 'demo', orgId: null, userId: null, at: ctx.clock.now() });
        }
        await transitionFiling(tx, ctx, caller, { kind: 'product', filingId: row.id!, event: 'approve', reason: 'demo data', facts: { itemNo: row.itemNo } });
      });
      filed++;
    }
  }
  return filed;
}
