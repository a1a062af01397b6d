import ExcelJS from 'exceljs';
import type { Locale } from '../../kernel/i18n';
import type { Texts } from '../../kernel/messages';

/**
 * The columns of a bulk product filing, with their header in each of the zone's languages. A file
 * filled in from the template of any language — or with the field keys as headers — is read the same.
 */
export const PRODUCT_COLUMNS = [
  'itemNo',
  'hsCode',
  'nameZh',
  'nameKo',
  'nameJa',
  'nameRu',
  'nameEn',
  'specification',
  'declaredElements',
  'brand',
  'barcode',
  'originCountry',
  'manufacturer',
  'legalUnit',
  'secondUnit',
  'referencePrice',
  'currency',
  'imageUrls',
] as const;
export type ProductColumn = (typeof PRODUCT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ProductColumn[] = ['itemNo', 'hsCode', 'nameZh', 'originCountry', 'legalUnit', 'referencePrice', 'currency'];

export const COLUMN_LABELS: Record<ProductColumn, Texts> = {
  itemNo: { 'zh-CN': '商品货号', ko: '상품 번호', ja: '商品番号', ru: 'Артикул', en: 'Item number' },
  hsCode: { 'zh-CN': 'HS编码', ko: 'HS 코드', ja: 'HSコード', ru: 'Код ТН ВЭД', en: 'HS code' },
  nameZh: { 'zh-CN': '中文名称', ko: '중국어 명칭', ja: '中国語名称', ru: 'Название на китайском', en: 'Chinese name' },
  nameKo: { 'zh-CN': '韩文名称', ko: '한국어 명칭', ja: '韓国語名称', ru: 'Название на корейском', en: 'Korean name' },
  nameJa: { 'zh-CN': '日文名称', ko: '일본어 명칭', ja: '日本語名称', ru: 'Название на японском', en: 'Japanese name' },
  nameRu: { 'zh-CN': '俄文名称', ko: '러시아어 명칭', ja: 'ロシア語名称', ru: 'Название на русском', en: 'Russian name' },
  nameEn: { 'zh-CN': '英文名称', ko: '영어 명칭', ja: '英語名称', ru: 'Название на английском', en: 'English name' },
  specification: { 'zh-CN': '规格型号', ko: '규격', ja: '規格・型番', ru: 'Характеристики', en: 'Specification' },
  declaredElements: { 'zh-CN': '申报要素', ko: '신고 요소', ja: '申告要素', ru: 'Элементы декларирования', en: 'Declared elements' },
  brand: { 'zh-CN': '品牌', ko: '브랜드', ja: 'ブランド', ru: 'Бренд', en: 'Brand' },
  barcode: { 'zh-CN': '条形码', ko: '바코드', ja: 'バーコード', ru: 'Штрихкод', en: 'Barcode' },
  originCountry: { 'zh-CN': '原产国', ko: '원산지 국가', ja: '原産国', ru: 'Страна происхождения', en: 'Country of origin' },
  manufacturer: { 'zh-CN': '生产企业', ko: '제조사', ja: '製造者', ru: 'Производитель', en: 'Manufacturer' },
  legalUnit: { 'zh-CN': '法定计量单位', ko: '법정 계량 단위', ja: '法定計量単位', ru: 'Основная единица измерения', en: 'Legal unit' },
  secondUnit: { 'zh-CN': '第二计量单位', ko: '제2 계량 단위', ja: '第二計量単位', ru: 'Дополнительная единица измерения', en: 'Second unit' },
  referencePrice: { 'zh-CN': '参考价格', ko: '참고 가격', ja: '参考価格', ru: 'Справочная цена', en: 'Reference price' },
  currency: { 'zh-CN': '币制', ko: '통화', ja: '通貨', ru: 'Валюта', en: 'Currency' },
  imageUrls: { 'zh-CN': '图片链接', ko: '이미지 링크', ja: '画像リンク', ru: 'Ссылки на изображения', en: 'Image links' },
};

/** What to write in a column, for the instructions sheet. */
const COLUMN_HINTS: Partial<Record<ProductColumn, Texts>> = {
  itemNo: {
    'zh-CN': '企业自编货号，各版本不变；同一货号再次导入即为变更（新版本）',
    ko: '기업이 정한 번호로 버전이 바뀌어도 같습니다. 같은 번호를 다시 가져오면 변경(새 버전)입니다',
    ja: '企業が付ける番号で版が変わっても同じです。同じ番号を再度取り込むと変更（新しい版）になります',
    ru: 'Собственный артикул предприятия, общий для всех версий; повторный импорт того же артикула — изменение (новая версия)',
    en: "The enterprise's own number, the same across versions; importing it again files a change (a new version)",
  },
  hsCode: { 'zh-CN': '10 位数字，须在税则表和正面清单中', ko: '숫자 10자리, 관세율표와 포지티브 리스트에 있어야 함', ja: '数字 10 桁。関税率表とポジティブリストに載っていること', ru: '10 цифр; код должен быть в тарифе и в позитивном списке', en: '10 digits, in the tariff table and on the positive list' },
  declaredElements: { 'zh-CN': '按海关申报要素格式，如 1:品牌类型|2:出口享惠情况|…', ko: '세관 신고 요소 형식, 예: 1:브랜드 유형|2:…', ja: '税関の申告要素の形式、例：1:ブランド種別|2:…', ru: 'В формате таможенных элементов декларирования, например 1:тип бренда|2:…', en: 'In the customs format, e.g. 1:brand type|2:export preference|…' },
  barcode: { 'zh-CN': 'GTIN-8/12/13/14，含校验位', ko: 'GTIN-8/12/13/14, 검증 숫자 포함', ja: 'GTIN-8/12/13/14（チェックデジット込み）', ru: 'GTIN-8/12/13/14 с контрольной цифрой', en: 'GTIN-8/12/13/14 including the check digit' },
  originCountry: { 'zh-CN': 'ISO 3166 三字母代码，如 KOR、JPN、RUS', ko: 'ISO 3166 3자리 문자 코드, 예: KOR, JPN, RUS', ja: 'ISO 3166 の英字 3 文字、例：KOR、JPN、RUS', ru: 'Трёхбуквенный код ISO 3166, например KOR, JPN, RUS', en: 'ISO 3166 three-letter code, e.g. KOR, JPN, RUS' },
  legalUnit: { 'zh-CN': '3 位海关计量单位代码，如 035 千克、011 件', ko: '세관 계량 단위 3자리 코드, 예: 035 킬로그램, 011 건', ja: '税関の計量単位 3 桁コード、例：035 キログラム、011 件', ru: 'Трёхзначный таможенный код, например 035 — кг, 011 — штука', en: '3-digit customs unit code, e.g. 035 kilogram, 011 piece' },
  secondUnit: { 'zh-CN': '税则要求时填写，3 位代码', ko: '관세율표가 요구할 때 3자리 코드로 기재', ja: '関税率表が求める場合に 3 桁コードで記入', ru: 'Если требует тариф; трёхзначный код', en: 'When the tariff line asks for one; 3-digit code' },
  referencePrice: { 'zh-CN': '大于零，最多 4 位小数', ko: '0보다 크고 소수 4자리 이하', ja: '0 より大きく、小数 4 桁まで', ru: 'Больше нуля, не более 4 знаков после запятой', en: 'Greater than zero, at most 4 decimals' },
  currency: { 'zh-CN': 'ISO 4217 三字母代码，如 CNY', ko: 'ISO 4217 3자리 문자 코드, 예: CNY', ja: 'ISO 4217 の英字 3 文字、例：CNY', ru: 'Трёхбуквенный код ISO 4217, например CNY', en: 'ISO 4217 three-letter code, e.g. CNY' },
  imageUrls: { 'zh-CN': 'http(s) 链接，多个用空格或分号分隔', ko: 'http(s) 링크, 여러 개는 공백이나 세미콜론으로 구분', ja: 'http(s) リンク。複数は空白かセミコロンで区切る', ru: 'Ссылки http(s), несколько — через пробел или точку с запятой', en: 'http(s) links, several separated by spaces or semicolons' },
};

const EXAMPLE: Record<ProductColumn, string> = {
  itemNo: 'CJ-SERUM-50ML',
  hsCode: '3304990099',
  nameZh: '青瓷精华液 50毫升',
  nameKo: '청자 에센스 50ml',
  nameJa: '青磁エッセンス 50ml',
  nameRu: 'Сыворотка «Чхонджа» 50 мл',
  nameEn: 'Cheongja serum 50 ml',
  specification: '50ml/瓶',
  declaredElements: '1:护肤用|2:50ml|3:青瓷牌',
  brand: '青瓷',
  barcode: '8801234567893',
  originCountry: 'KOR',
  manufacturer: 'Cheongja Cosmetics Co., Ltd.',
  legalUnit: '035',
  secondUnit: '011',
  referencePrice: '128.50',
  currency: 'CNY',
  imageUrls: 'https://img.example.com/cj-serum-1.jpg',
};

const SHEET_TEXTS: Record<'sheet' | 'instructions' | 'column' | 'required' | 'hint' | 'example' | 'yes' | 'note', Texts> = {
  sheet: { 'zh-CN': '商品备案', ko: '상품 신고', ja: '商品届出', ru: 'Товары', en: 'Products' },
  instructions: { 'zh-CN': '填写说明', ko: '작성 안내', ja: '記入方法', ru: 'Инструкция', en: 'Instructions' },
  column: { 'zh-CN': '列', ko: '열', ja: '列', ru: 'Столбец', en: 'Column' },
  required: { 'zh-CN': '必填', ko: '필수', ja: '必須', ru: 'Обязательно', en: 'Required' },
  hint: { 'zh-CN': '说明', ko: '설명', ja: '説明', ru: 'Пояснение', en: 'Notes' },
  example: { 'zh-CN': '示例', ko: '예시', ja: '例', ru: 'Пример', en: 'Example' },
  yes: { 'zh-CN': '是', ko: '예', ja: 'はい', ru: 'да', en: 'yes' },
  note: {
    'zh-CN': '第一行为表头（可用五种语言中任一种的列名），从第二行起每行一个商品；带 * 的列为必填。',
    ko: '첫 행은 머리글(5개 언어 중 어느 것이든 가능)이며 둘째 행부터 한 행에 상품 하나입니다. * 표시 열은 필수입니다.',
    ja: '1 行目は見出し（5 言語いずれの列名でも可）、2 行目から 1 行に 1 商品です。* の列は必須です。',
    ru: 'Первая строка — заголовок (названия столбцов на любом из пяти языков), далее по одному товару в строке; столбцы со * обязательны.',
    en: 'The first row is the header (column names in any of the five languages); from the second row, one product per row; columns marked * are required.',
  },
};

/** The header cell of a column in a language: its label, marked * when required. */
export function headerLabel(column: ProductColumn, locale: Locale): string {
  return `${COLUMN_LABELS[column][locale]}${REQUIRED_COLUMNS.includes(column) ? ' *' : ''}`;
}

/** A header cell reduced to what identifies it: no case, width, spaces, marks or bracketed hints. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*_\-:：.・]/g, '');
}

const HEADER_INDEX: ReadonlyMap<string, ProductColumn> = (() => {
  const index = new Map<string, ProductColumn>();
  for (const column of PRODUCT_COLUMNS) {
    for (const label of [column, ...Object.values(COLUMN_LABELS[column])]) index.set(normalizeHeader(label), column);
  }
  return index;
})();

/** The column a header cell names, in any of the five languages or by its key; undefined if none. */
export function columnOfHeader(text: string): ProductColumn | undefined {
  return HEADER_INDEX.get(normalizeHeader(text));
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV template: a UTF-8 byte-order mark (so spreadsheet programs read it as UTF-8) and the header row. */
export function csvTemplate(locale: Locale): Buffer {
  return Buffer.from(`\uFEFF${PRODUCT_COLUMNS.map((c) => csvCell(headerLabel(c, locale))).join(',')}\r\n`, 'utf8');
}

/** The XLSX template: the header row on a text-formatted sheet (codes keep their leading zeros) and an instructions sheet. */
export async function xlsxTemplate(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tumen';
  const sheet = wb.addWorksheet(SHEET_TEXTS.sheet[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PRODUCT_COLUMNS.map((c) => ({ header: headerLabel(c, locale), key: c, width: Math.max(14, headerLabel(c, locale).length + 6), style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    const column = PRODUCT_COLUMNS[col - 1];
    const hint = column && COLUMN_HINTS[column]?.[locale];
    if (hint) cell.note = hint;
  });

  const help = wb.addWorksheet(SHEET_TEXTS.instructions[locale]);
  help.columns = [
    { header: SHEET_TEXTS.column[locale], width: 28 },
    { header: SHEET_TEXTS.required[locale], width: 10 },
    { header: SHEET_TEXTS.hint[locale], width: 70 },
    { header: SHEET_TEXTS.example[locale], width: 36 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of PRODUCT_COLUMNS) {
    help.addRow([COLUMN_LABELS[c][locale], REQUIRED_COLUMNS.includes(c) ? SHEET_TEXTS.yes[locale] : '', COLUMN_HINTS[c]?.[locale] ?? '', EXAMPLE[c]]);
  }
  help.addRow([]);
  help.addRow([SHEET_TEXTS.note[locale]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
