/**
 * DEMO DATA — the consumers (buyers) the demo registers with the local identity verification service.
 *
 * Everything in this file is fictional demonstration data:
 * - The people are invented. Names are common Chinese names, several of them Korean-Chinese (朝鲜族)
 *   names usual in Yanbian (金, 朴, 李, 崔, 郑, 韩, 姜, 玄); any resemblance to a real person is accidental.
 * - Each ID number is built here from an area code, a birth date (a real calendar date, 1960–2004) and a
 *   sequence number whose last digit carries the sex (odd men, even women), with the check character of
 *   GB 11643 computed by `residentIdCheckChar`: they pass validation, but they are not issued numbers.
 *   Area codes: the cities and counties of Yanbian (222401–222426, as in data/reference/divisions.csv)
 *   and a few districts elsewhere (Changchun, Shenyang, Harbin, Qingdao, Beijing).
 * - Phone numbers (1390433xxxx) are made up.
 * They are derived from the small tables below with fixed arithmetic, so every run yields the same list.
 */
import type { AppContext } from '../../app/context';
import { isAppError } from '../../kernel/errors';
import { residentIdCheckChar } from '../identity';
import { addResidentIdentity } from './verification.service';

export interface DemoResident {
  name: string;
  /** 18 characters, valid per GB 11643 (check character upper-case). */
  idNumber: string;
  phone: string;
}

/** Name and sex (the sex decides the parity of the sequence number's last digit). */
const PEOPLE: readonly (readonly [name: string, sex: 'm' | 'f'])[] = [
  ['金哲洙', 'm'], ['王建国', 'm'], ['朴英淑', 'f'], ['张丽', 'f'], ['李明浩', 'm'], ['刘洋', 'm'],
  ['崔顺姬', 'f'], ['陈静', 'f'], ['金美兰', 'f'], ['杨帆', 'm'], ['朴成哲', 'm'], ['赵磊', 'm'],
  ['崔光日', 'm'], ['孙悦', 'f'], ['李贞玉', 'f'], ['周婷', 'f'], ['郑永吉', 'm'], ['吴昊', 'm'],
  ['韩春花', 'f'], ['徐敏', 'f'], ['姜贤哲', 'm'], ['马俊', 'm'], ['玄英子', 'f'], ['胡晓燕', 'f'],
  ['金东日', 'm'], ['高志强', 'm'], ['朴银珠', 'f'], ['林雪', 'f'], ['何伟', 'm'], ['郭佳', 'f'],
  ['罗斌', 'm'], ['梁慧', 'f'], ['宋涛', 'm'], ['唐丽华', 'f'], ['许龙', 'm'], ['邓芳', 'f'],
];

/** Yanji, Tumen, Dunhua, Hunchun, Longjing, Helong, Wangqing, Antu; Yanji twice, as most buyers live there. */
const YANBIAN_AREAS = ['222401', '222402', '222401', '222403', '222404', '222405', '222406', '222424', '222426'] as const;
/** Changchun Nanguan, Shenyang Heping, Harbin Nangang, Qingdao Shinan, Beijing Chaoyang. */
const OTHER_AREAS = ['220102', '210102', '230103', '370202', '110105'] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function resident(i: number, name: string, sex: 'm' | 'f'): DemoResident {
  // One in four lives outside Yanbian.
  const area = i % 4 === 3 ? OTHER_AREAS[(i >> 2) % OTHER_AREAS.length]! : YANBIAN_AREAS[i % YANBIAN_AREAS.length]!;
  // 17 and 45 are coprime: the 36 birth years are distinct (so are the numbers), all within 1960–2004.
  const year = 1960 + ((i * 17) % 45);
  const month = ((i * 7) % 12) + 1;
  const day = ((i * 13) % 28) + 1;
  const sexDigit = 2 * (i % 5) + (sex === 'm' ? 1 : 0);
  const sequence = `${pad(10 + ((i * 29) % 80), 2)}${sexDigit}`;
  const first17 = `${area}${year}${pad(month, 2)}${pad(day, 2)}${sequence}`;
  return { name, idNumber: first17 + residentIdCheckChar(first17), phone: `1390433${pad(2000 + i * 53, 4)}` };
}

export const DEMO_RESIDENTS: readonly DemoResident[] = Object.freeze(PEOPLE.map(([name, sex], i) => Object.freeze(resident(i, name, sex))));

/**
 * Registers the demo residents with the local verification service (demo mode only; the caller checks).
 * Idempotent: a number already registered is left as is, even under another name (an operator's entry wins).
 */
export async function seedDemoResidents(ctx: AppContext): Promise<number> {
  let added = 0;
  for (const r of DEMO_RESIDENTS) {
    try {
      const outcome = await addResidentIdentity(ctx.db, ctx, { name: r.name, idNumber: r.idNumber, source: 'demo' });
      if (outcome.created) added++;
    } catch (e) {
      if (!(isAppError(e) && e.code === 'verification.name_conflict')) throw e;
    }
  }
  return added;
}
