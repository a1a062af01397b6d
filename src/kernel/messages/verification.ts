import type { Texts } from './texts';

/** Messages of the identity verification module, keys prefixed `verification.`. */
export const verificationMessages = {
  'verification.id_format': {
    'zh-CN': '居民身份证号码应为 18 位：17 位数字加 1 位数字或 X',
    ko: '주민 신분증 번호는 18자리(숫자 17자리와 숫자 또는 X 1자리)여야 합니다',
    ja: '居民身分証番号は 18 桁（数字 17 桁と、数字または X の 1 桁）です',
    ru: 'Номер удостоверения личности — 18 знаков: 17 цифр и цифра или X',
    en: 'A resident identity number has 18 characters: 17 digits and a digit or X',
  },
  'verification.id_date': {
    'zh-CN': '居民身份证号码第 7–14 位不是有效的出生日期',
    ko: '주민 신분증 번호의 7–14번째 자리가 올바른 생년월일이 아닙니다',
    ja: '居民身分証番号の 7～14 桁目が正しい生年月日ではありません',
    ru: 'Знаки 7–14 номера удостоверения личности не являются действительной датой рождения',
    en: 'Characters 7–14 of the resident identity number are not a valid date of birth',
  },
  'verification.id_check': {
    'zh-CN': '居民身份证号码校验位错误：应为 {expected}',
    ko: '주민 신분증 번호의 검증 문자가 틀렸습니다: {expected}이어야 합니다',
    ja: '居民身分証番号のチェック文字が誤っています（正しくは {expected}）',
    ru: 'Неверный контрольный знак номера удостоверения личности: должен быть {expected}',
    en: 'The check character of the resident identity number is wrong: it should be {expected}',
  },
  'verification.name_invalid': {
    'zh-CN': '姓名不能为空，且不超过 {max} 个字符',
    ko: '이름은 비워 둘 수 없으며 {max}자를 넘을 수 없습니다',
    ja: '氏名は空にできず、{max} 文字以内です',
    ru: 'Имя не может быть пустым и должно содержать не более {max} символов',
    en: 'The name must not be empty and has at most {max} characters',
  },
  'verification.name_conflict': {
    'zh-CN': '居民身份证号码 {idNumber} 已登记为其他姓名；已登记的姓名不会被更改',
    ko: '주민 신분증 번호 {idNumber}는 다른 이름으로 등록되어 있습니다. 등록된 이름은 바뀌지 않습니다',
    ja: '居民身分証番号 {idNumber} は別の氏名で登録されています。登録済みの氏名は変更されません',
    ru: 'Номер удостоверения личности {idNumber} зарегистрирован на другое имя; зарегистрированное имя не меняется',
    en: 'The resident identity number {idNumber} is registered under another name; a registered name is not changed',
  },
  'verification.resident_added': {
    'zh-CN': '已登记居民 {name}（{idNumber}）',
    ko: '주민 {name}({idNumber})을(를) 등록했습니다',
    ja: '住民 {name}（{idNumber}）を登録しました',
    ru: 'Житель {name} ({idNumber}) зарегистрирован',
    en: 'Resident {name} ({idNumber}) registered',
  },
  'verification.resident_exists': {
    'zh-CN': '居民 {name}（{idNumber}）已登记，未作更改',
    ko: '주민 {name}({idNumber})은(는) 이미 등록되어 있어 변경하지 않았습니다',
    ja: '住民 {name}（{idNumber}）は登録済みのため、変更していません',
    ru: 'Житель {name} ({idNumber}) уже зарегистрирован, изменений нет',
    en: 'Resident {name} ({idNumber}) is already registered; nothing changed',
  },
  'verification.residents_count': {
    'zh-CN': '共 {count} 名登记居民',
    ko: '등록된 주민 {count}명',
    ja: '登録住民 {count} 人',
    ru: 'Зарегистрированных жителей: {count}',
    en: '{count} registered resident(s)',
  },
  'verification.result_match': {
    'zh-CN': '核验一致：姓名与居民身份证号码相符',
    ko: '확인 일치: 이름과 주민 신분증 번호가 맞습니다',
    ja: '照合一致：氏名と居民身分証番号が一致します',
    ru: 'Совпадение: имя соответствует номеру удостоверения личности',
    en: 'Match: the name agrees with the resident identity number',
  },
  'verification.result_mismatch': {
    'zh-CN': '核验不一致：该居民身份证号码登记的姓名不同',
    ko: '확인 불일치: 이 주민 신분증 번호에 등록된 이름이 다릅니다',
    ja: '照合不一致：この居民身分証番号に登録された氏名と異なります',
    ru: 'Несовпадение: на этот номер удостоверения личности зарегистрировано другое имя',
    en: 'Mismatch: the resident identity number is registered under another name',
  },
  'verification.result_unknown': {
    'zh-CN': '无法核验：该居民身份证号码未登记',
    ko: '확인 불가: 이 주민 신분증 번호는 등록되어 있지 않습니다',
    ja: '照合不能：この居民身分証番号は登録されていません',
    ru: 'Проверка невозможна: номер удостоверения личности не зарегистрирован',
    en: 'Unknown: the resident identity number is not registered',
  },
  'verification.result_invalid': {
    'zh-CN': '号码无效：不是有效的居民身份证号码',
    ko: '번호 무효: 올바른 주민 신분증 번호가 아닙니다',
    ja: '番号無効：正しい居民身分証番号ではありません',
    ru: 'Недействительный номер: это не номер удостоверения личности',
    en: 'Invalid: not a valid resident identity number',
  },
} satisfies Record<string, Texts>;
