import type { Texts } from './texts';

/**
 * Messages of the risk detectors (issue 7 §3), keys prefixed `risk.detector.`: each detector's title and the
 * explanation of a hit. Identity numbers and phones arrive masked.
 */
export const riskDetectorMessages = {
  'risk.detector.one_payer_many_buyers.title': {
    'zh-CN': '一人付款、多人订购',
    ko: '한 명의 결제자, 여러 주문자',
    ja: '一人の支払人が多数の注文者の代金を支払う',
    ru: 'Один плательщик — много покупателей',
    en: 'One payer, many buyers',
  },
  'risk.detector.one_payer_many_buyers': {
    'zh-CN': '支付人 {payer} 在 {days} 天内为 {buyers} 个不同的订购人付款（阈值 {threshold}），疑似虚假或刷单交易',
    ko: '결제자 {payer}이(가) {days}일 동안 서로 다른 주문자 {buyers}명의 대금을 결제했습니다(기준 {threshold}). 허위 또는 조작 주문이 의심됩니다',
    ja: '支払人 {payer} が {days} 日間に異なる注文者 {buyers} 名の代金を支払いました（しきい値 {threshold}）。虚偽取引または架空注文の疑いがあります',
    ru: 'Плательщик {payer} за {days} дн. оплатил заказы {buyers} разных покупателей (порог {threshold}): признак фиктивных или накрученных заказов',
    en: 'Payer {payer} paid for {buyers} different buyers within {days} days (threshold {threshold}): possible fake or brushed orders',
  },
  'risk.detector.shared_contact_many_buyers.title': {
    'zh-CN': '同一联系方式对应多个订购人',
    ko: '하나의 연락처를 여러 주문자가 사용',
    ja: '一つの連絡先を多数の注文者が使用',
    ru: 'Один контакт — много покупателей',
    en: 'One contact, many buyers',
  },
  'risk.detector.shared_phone_many_buyers': {
    'zh-CN': '电话 {phone} 在 {days} 天内被 {buyers} 个不同的订购人使用（阈值 {threshold}）',
    ko: '전화번호 {phone}을(를) {days}일 동안 서로 다른 주문자 {buyers}명이 사용했습니다(기준 {threshold})',
    ja: '電話番号 {phone} が {days} 日間に異なる注文者 {buyers} 名に使われました（しきい値 {threshold}）',
    ru: 'Телефон {phone} за {days} дн. указали {buyers} разных покупателей (порог {threshold})',
    en: 'Phone {phone} was used by {buyers} different buyers within {days} days (threshold {threshold})',
  },
  'risk.detector.shared_address_many_buyers': {
    'zh-CN': '收货地址 {address} 在 {days} 天内被 {buyers} 个不同的订购人使用（阈值 {threshold}）',
    ko: '배송 주소 {address}을(를) {days}일 동안 서로 다른 주문자 {buyers}명이 사용했습니다(기준 {threshold})',
    ja: '配送先住所 {address} が {days} 日間に異なる注文者 {buyers} 名に使われました（しきい値 {threshold}）',
    ru: 'Адрес доставки {address} за {days} дн. указали {buyers} разных покупателей (порог {threshold})',
    en: 'Delivery address {address} was used by {buyers} different buyers within {days} days (threshold {threshold})',
  },
  'risk.detector.one_buyer_many_consignees.title': {
    'zh-CN': '一个订购人身份对应多个收货人',
    ko: '한 주문자 신분에 여러 수취인',
    ja: '一つの注文者の身分に多数の受取人',
    ru: 'Один покупатель — много получателей',
    en: 'One buyer, many consignees',
  },
  'risk.detector.one_buyer_many_consignees': {
    'zh-CN': '订购人 {buyer} 在 {days} 天内向 {addresses} 个地址的 {consignees} 个不同收货人下单（阈值 {threshold}），疑似身份被借用',
    ko: '주문자 {buyer}이(가) {days}일 동안 주소 {addresses}곳의 서로 다른 수취인 {consignees}명에게 주문했습니다(기준 {threshold}). 신분 도용이 의심됩니다',
    ja: '注文者 {buyer} が {days} 日間に {addresses} か所の住所の異なる受取人 {consignees} 名宛てに注文しました（しきい値 {threshold}）。身分の借用が疑われます',
    ru: 'Покупатель {buyer} за {days} дн. оформил заказы на {consignees} разных получателей по {addresses} адресам (порог {threshold}): возможно, используются чужие данные',
    en: 'Buyer {buyer} ordered for {consignees} different consignees at {addresses} addresses within {days} days (threshold {threshold}): possibly a borrowed identity',
  },
  'risk.detector.split_orders.title': {
    'zh-CN': '拆单规避单次交易限值',
    ko: '1회 거래 한도 회피를 위한 주문 분할',
    ja: '1回の取引限度額を避ける注文分割',
    ru: 'Дробление заказов под лимит разовой сделки',
    en: 'Orders split under the single-transaction limit',
  },
  'risk.detector.split_orders': {
    'zh-CN': '订购人 {buyer} 在 {hours} 小时内向电商企业 {ebc} 下了 {orders} 笔订单，每笔不超过单次交易限值 {limit} 元，合计 {total} 元',
    ko: '주문자 {buyer}이(가) {hours}시간 안에 전자상거래 기업 {ebc}에 주문 {orders}건을 했습니다. 건별로는 1회 거래 한도 {limit}위안 이하이지만 합계는 {total}위안입니다',
    ja: '注文者 {buyer} が {hours} 時間以内に EC 企業 {ebc} へ {orders} 件を注文しました。各件は1回の取引限度額 {limit} 元以内ですが、合計は {total} 元です',
    ru: 'Покупатель {buyer} за {hours} ч оформил у предприятия {ebc} заказов: {orders}, каждый не выше лимита разовой сделки {limit} юаней, всего на {total} юаней',
    en: 'Buyer {buyer} placed {orders} orders with enterprise {ebc} within {hours} hours, each within the {limit} CNY single-transaction limit, {total} CNY in total',
  },
  'risk.detector.price_below_reference.title': {
    'zh-CN': '申报价格明显偏低',
    ko: '신고 가격이 현저히 낮음',
    ja: '申告価格が著しく低い',
    ru: 'Заявленная цена значительно занижена',
    en: 'Declared price far too low',
  },
  'risk.detector.price_below_reference': {
    'zh-CN': '商品 {itemNo} 申报单价 {price}，低于备案参考价 {reference} 的 {share}',
    ko: '상품 {itemNo}의 신고 단가 {price}이(가) 등록 참고가격 {reference}의 {share}보다 낮습니다',
    ja: '商品 {itemNo} の申告単価 {price} が届出参考価格 {reference} の {share} を下回っています',
    ru: 'Заявленная цена {price} товара {itemNo} ниже доли {share} от зарегистрированной справочной цены {reference}',
    en: 'Item {itemNo} is declared at {price}, below {share} of its filed reference price {reference}',
  },
  'risk.detector.price_below_market': {
    'zh-CN': '商品 {itemNo} 申报单价 {price}，低于近 {days} 天 {count} 次申报价格中位数 {median} 的 {share}',
    ko: '상품 {itemNo}의 신고 단가 {price}이(가) 최근 {days}일간 신고 {count}건의 가격 중앙값 {median}의 {share}보다 낮습니다',
    ja: '商品 {itemNo} の申告単価 {price} が、直近 {days} 日間の申告 {count} 件の価格中央値 {median} の {share} を下回っています',
    ru: 'Заявленная цена {price} товара {itemNo} ниже доли {share} от медианы {median} по {count} декларациям за {days} дн.',
    en: 'Item {itemNo} is declared at {price}, below {share} of the median {median} of {count} declarations in the last {days} days',
  },
  'risk.detector.collection_without_export.title': {
    'zh-CN': '有收款无出口',
    ko: '수출 없는 대금 수령',
    ja: '輸出を伴わない代金受領',
    ru: 'Выручка без экспорта',
    en: 'Collection without export',
  },
  'risk.detector.collection_without_export': {
    'zh-CN': '电商企业 {ebc} 订单 {orderNo} 的收款 {amount} 已超过 {days} 天，仍无放行的出口清单',
    ko: '전자상거래 기업 {ebc}의 주문 {orderNo} 대금 {amount}을(를) 받은 지 {days}일이 지났지만 반출 허가된 수출 신고서가 없습니다',
    ja: 'EC 企業 {ebc} の注文 {orderNo} の代金 {amount} を受領してから {days} 日を超えましたが、許可された輸出申告がありません',
    ru: 'Выручка {amount} предприятия {ebc} по заказу {orderNo} получена более {days} дн. назад, а выпущенной экспортной декларации нет',
    en: 'Enterprise {ebc} collected {amount} for order {orderNo} more than {days} days ago and no export has been released for it',
  },
  'risk.detector.collections_without_export': {
    'zh-CN': '电商企业 {ebc} 有 {count} 笔收款超过 {days} 天仍无放行的出口（如订单 {orders}）',
    ko: '전자상거래 기업 {ebc}에 {days}일이 지나도록 반출 허가된 수출이 없는 대금 수령이 {count}건 있습니다(예: 주문 {orders})',
    ja: 'EC 企業 {ebc} には、{days} 日を超えても許可された輸出のない代金受領が {count} 件あります（例：注文 {orders}）',
    ru: 'У предприятия {ebc} поступлений выручки без выпущенного экспорта дольше {days} дн.: {count} (например, заказы {orders})',
    en: 'Enterprise {ebc} has {count} collections with no export released after {days} days (e.g. orders {orders})',
  },
  'risk.detector.recalled_or_infringing.title': {
    'zh-CN': '召回商品或侵犯注册品牌',
    ko: '리콜 상품 또는 등록 상표 침해',
    ja: 'リコール対象品または登録ブランドの侵害',
    ru: 'Отозванный товар или нарушение прав на бренд',
    en: 'Recalled goods or an infringed brand',
  },
  'risk.detector.recalled': {
    'zh-CN': '商品 {itemNo}（商品编码 {gcode}，品牌 {brand}）处于召回中：{reason}',
    ko: '상품 {itemNo}(HS 코드 {gcode}, 브랜드 {brand})은(는) 리콜 대상입니다: {reason}',
    ja: '商品 {itemNo}（HS コード {gcode}、ブランド {brand}）はリコール対象です：{reason}',
    ru: 'Товар {itemNo} (код ТН ВЭД {gcode}, бренд {brand}) отозван: {reason}',
    en: 'Item {itemNo} (commodity code {gcode}, brand {brand}) is under recall: {reason}',
  },
  'risk.detector.brand_unauthorised': {
    'zh-CN': '品牌 {brand} 已登记（权利人 {owner}），电商企业 {ebc} 不在授权销售名单内',
    ko: '브랜드 {brand}은(는) 등록되어 있으며(권리자 {owner}), 전자상거래 기업 {ebc}은(는) 판매 허가 목록에 없습니다',
    ja: 'ブランド {brand} は登録済み（権利者 {owner}）で、EC 企業 {ebc} は販売許諾リストにありません',
    ru: 'Бренд {brand} зарегистрирован (правообладатель {owner}), а предприятия {ebc} нет в списке уполномоченных продавцов',
    en: 'Brand {brand} is registered (owner {owner}) and enterprise {ebc} is not among its authorised sellers',
  },
} satisfies Record<string, Texts>;
