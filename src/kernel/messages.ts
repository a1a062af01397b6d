/**
 * Every user-facing message, in the five languages of the zone. The type forces each key to carry all
 * five; a test also checks that the placeholders agree across languages.
 */
import type { Texts } from './messages/texts';
import { bondedMessages } from './messages/bonded';
import { cebMessages } from './messages/ceb';
import { clearanceMessages } from './messages/clearance';
import { creditMessages } from './messages/credit';
import { exportMessages } from './messages/export';
import { exportDestinationMessages } from './messages/export-destination';
import { exportTaxMessages } from './messages/export-tax';
import { filingMessages } from './messages/filing';
import { productMessages } from './messages/products';
import { referenceMessages } from './messages/reference';
import { riskMessages } from './messages/risk';
import { riskDetectorMessages } from './messages/risk-detectors';
import { simulateMessages } from './messages/simulate';
import { verificationMessages } from './messages/verification';
import { statisticsMessages } from './messages/statistics';
import { webhookMessages } from './messages/webhooks';

export type { Texts };

const foundationMessages = {
  'common.invalid_request': {
    'zh-CN': '请求有 {count} 处错误',
    ko: '요청에 오류가 {count}개 있습니다',
    ja: 'リクエストに {count} 件のエラーがあります',
    ru: 'В запросе ошибок: {count}',
    en: 'The request has {count} error(s)',
  },
  'common.malformed_body': {
    'zh-CN': '请求体不是有效的 JSON',
    ko: '요청 본문이 올바른 JSON이 아닙니다',
    ja: 'リクエスト本文が正しい JSON ではありません',
    ru: 'Тело запроса не является корректным JSON',
    en: 'The request body is not valid JSON',
  },
  'common.body_required': {
    'zh-CN': '缺少请求体',
    ko: '요청 본문이 없습니다',
    ja: 'リクエスト本文がありません',
    ru: 'Отсутствует тело запроса',
    en: 'The request body is missing',
  },
  'common.unsupported_media_type': {
    'zh-CN': '不支持的内容类型 {type}',
    ko: '지원하지 않는 콘텐츠 유형입니다: {type}',
    ja: 'サポートされていないコンテンツタイプです: {type}',
    ru: 'Неподдерживаемый тип содержимого: {type}',
    en: 'Unsupported content type: {type}',
  },
  'common.unauthenticated': {
    'zh-CN': '需要登录或有效的 API 密钥',
    ko: '로그인 또는 유효한 API 키가 필요합니다',
    ja: 'ログインまたは有効な API キーが必要です',
    ru: 'Требуется вход в систему или действующий API-ключ',
    en: 'Sign-in or a valid API key is required',
  },
  'common.forbidden': {
    'zh-CN': '无权执行此操作',
    ko: '이 작업을 수행할 권한이 없습니다',
    ja: 'この操作を行う権限がありません',
    ru: 'Недостаточно прав для этой операции',
    en: 'You are not allowed to do this',
  },
  'common.not_found': {
    'zh-CN': '未找到所请求的资源',
    ko: '요청한 리소스를 찾을 수 없습니다',
    ja: '要求されたリソースが見つかりません',
    ru: 'Запрошенный ресурс не найден',
    en: 'The requested resource was not found',
  },
  'common.rate_limited': {
    'zh-CN': '请求过于频繁，请在 {seconds} 秒后重试',
    ko: '요청이 너무 많습니다. {seconds}초 후에 다시 시도하세요',
    ja: 'リクエストが多すぎます。{seconds} 秒後に再試行してください',
    ru: 'Слишком много запросов, повторите через {seconds} с',
    en: 'Too many requests; try again in {seconds} s',
  },
  'common.too_large': {
    'zh-CN': '请求体超过上限 {limit} 字节',
    ko: '요청 본문이 한도 {limit}바이트를 초과합니다',
    ja: 'リクエスト本文が上限 {limit} バイトを超えています',
    ru: 'Тело запроса превышает предел {limit} байт',
    en: 'The request body exceeds the limit of {limit} bytes',
  },
  'common.internal': {
    'zh-CN': '服务器内部错误（请求编号 {requestId}）',
    ko: '서버 내부 오류입니다(요청 ID {requestId})',
    ja: 'サーバー内部エラーです（リクエスト ID {requestId}）',
    ru: 'Внутренняя ошибка сервера (запрос {requestId})',
    en: 'Internal server error (request id {requestId})',
  },
  'common.unavailable': {
    'zh-CN': '服务暂不可用',
    ko: '서비스를 일시적으로 사용할 수 없습니다',
    ja: 'サービスは一時的に利用できません',
    ru: 'Сервис временно недоступен',
    en: 'The service is temporarily unavailable',
  },
  'common.shutting_down': {
    'zh-CN': '服务正在停止，请稍后重试',
    ko: '서비스가 종료 중입니다. 잠시 후 다시 시도하세요',
    ja: 'サービスを停止しています。しばらくしてから再試行してください',
    ru: 'Сервис останавливается, повторите позже',
    en: 'The service is shutting down; try again shortly',
  },
  'identity.uscc_format': {
    'zh-CN': '统一社会信用代码应为 18 位，由数字和除 I、O、S、V、Z 外的大写字母组成',
    ko: '통일사회신용코드는 숫자와 I, O, S, V, Z를 제외한 대문자로 된 18자리여야 합니다',
    ja: '統一社会信用コードは数字と I・O・S・V・Z を除く英大文字からなる 18 桁です',
    ru: 'Единый код социального кредита — 18 знаков: цифры и заглавные буквы, кроме I, O, S, V, Z',
    en: 'A unified social credit code has 18 characters: digits and capital letters except I, O, S, V, Z',
  },
  'identity.uscc_area': {
    'zh-CN': '统一社会信用代码第 3–8 位应为行政区划代码（6 位数字）',
    ko: '통일사회신용코드 3–8번째 자리는 행정구역 코드(숫자 6자리)여야 합니다',
    ja: '統一社会信用コードの 3～8 桁目は行政区画コード（数字 6 桁）です',
    ru: 'Знаки 3–8 единого кода должны быть кодом административной единицы (6 цифр)',
    en: 'Characters 3–8 of a unified social credit code must be a 6-digit administrative area code',
  },
  'identity.uscc_check': {
    'zh-CN': '统一社会信用代码校验位错误：应为 {expected}',
    ko: '통일사회신용코드의 검증 문자가 틀렸습니다: {expected}이어야 합니다',
    ja: '統一社会信用コードのチェック文字が誤っています（正しくは {expected}）',
    ru: 'Неверный контрольный знак единого кода: должен быть {expected}',
    en: 'The check character of the unified social credit code is wrong: it should be {expected}',
  },
  'identity.customs_code_format': {
    'zh-CN': '海关注册编码应为 10 位数字或大写字母',
    ko: '세관 등록 코드는 숫자 또는 대문자 10자리여야 합니다',
    ja: '税関登録コードは数字または英大文字 10 桁です',
    ru: 'Таможенный регистрационный код — 10 цифр или заглавных букв',
    en: 'A customs registration code has 10 digits or capital letters',
  },
  'identity.org_exists': {
    'zh-CN': '统一社会信用代码 {uscc} 已注册',
    ko: '통일사회신용코드 {uscc}는 이미 등록되어 있습니다',
    ja: '統一社会信用コード {uscc} はすでに登録されています',
    ru: 'Организация с кодом {uscc} уже зарегистрирована',
    en: 'An organisation with code {uscc} is already registered',
  },
  'identity.username_taken': {
    'zh-CN': '用户名 {username} 已被使用',
    ko: '사용자 이름 {username}은 이미 사용 중입니다',
    ja: 'ユーザー名 {username} はすでに使われています',
    ru: 'Имя пользователя {username} уже занято',
    en: 'The user name {username} is taken',
  },
  'identity.invalid_credentials': {
    'zh-CN': '用户名或密码错误',
    ko: '사용자 이름 또는 비밀번호가 올바르지 않습니다',
    ja: 'ユーザー名またはパスワードが正しくありません',
    ru: 'Неверное имя пользователя или пароль',
    en: 'Wrong user name or password',
  },
  'identity.org_not_active': {
    'zh-CN': '所属机构尚未激活或已停用',
    ko: '소속 기관이 아직 활성화되지 않았거나 정지되었습니다',
    ja: '所属組織はまだ有効化されていないか、停止されています',
    ru: 'Организация ещё не активирована или приостановлена',
    en: 'The organisation is not active',
  },
  'identity.org_status_transition': {
    'zh-CN': '机构状态为 {from}，不能变更为 {to}',
    ko: '기관 상태가 {from}이므로 {to}(으)로 바꿀 수 없습니다',
    ja: '組織の状態が {from} のため {to} に変更できません',
    ru: 'Организацию в состоянии {from} нельзя перевести в {to}',
    en: 'An organisation in state {from} cannot move to {to}',
  },
  'identity.roles_for_enterprises': {
    'zh-CN': '只有企业可以拥有企业角色',
    ko: '기업만 기업 역할을 가질 수 있습니다',
    ja: '企業ロールを持てるのは企業だけです',
    ru: 'Роли предприятия могут быть только у предприятий',
    en: 'Only enterprises carry enterprise roles',
  },
  'identity.agent_required': {
    'zh-CN': '境外电商企业须指定境内代理人（其统一社会信用代码）',
    ko: '해외 전자상거래 기업은 국내 대리인(통일사회신용코드)을 지정해야 합니다',
    ja: '海外 EC 企業は国内代理人（統一社会信用コード）を指定する必要があります',
    ru: 'Зарубежное предприятие электронной торговли должно указать представителя в Китае (его единый код)',
    en: 'An overseas e-commerce enterprise must name its domestic agent (by unified social credit code)',
  },
  'identity.agent_unknown': {
    'zh-CN': '境内代理人 {uscc} 未在平台注册',
    ko: '국내 대리인 {uscc}가 플랫폼에 등록되어 있지 않습니다',
    ja: '国内代理人 {uscc} はプラットフォームに登録されていません',
    ru: 'Представитель {uscc} не зарегистрирован на платформе',
    en: 'The domestic agent {uscc} is not registered on the platform',
  },
  'identity.apikey_scope': {
    'zh-CN': '此 API 密钥无权调用 {operation}',
    ko: '이 API 키로는 {operation}을(를) 호출할 수 없습니다',
    ja: 'この API キーでは {operation} を呼び出せません',
    ru: 'Этот API-ключ не допускает операцию {operation}',
    en: 'This API key may not call {operation}',
  },
  'identity.apikey_environment': {
    'zh-CN': '{environment} 环境的 API 密钥不能调用此操作',
    ko: '{environment} 환경의 API 키로는 이 작업을 호출할 수 없습니다',
    ja: '{environment} 環境の API キーではこの操作を呼び出せません',
    ru: 'API-ключ среды {environment} не допускает эту операцию',
    en: 'An API key for the {environment} environment may not call this operation',
  },
  'identity.last_admin': {
    'zh-CN': '机构至少需要一名管理员',
    ko: '기관에는 관리자가 최소 한 명 있어야 합니다',
    ja: '組織には少なくとも 1 人の管理者が必要です',
    ru: 'У организации должен остаться хотя бы один администратор',
    en: 'An organisation needs at least one administrator',
  },
  'audit.chain_ok': {
    'zh-CN': '审计日志完整：{chains} 条链，共 {rows} 行',
    ko: '감사 로그가 온전합니다: 체인 {chains}개, {rows}행',
    ja: '監査ログは完全です：{chains} チェーン、{rows} 行',
    ru: 'Журнал аудита цел: цепочек {chains}, записей {rows}',
    en: 'Audit log intact: {chains} chain(s), {rows} row(s)',
  },
  'audit.row_altered': {
    'zh-CN': '审计链 {chain} 第 {seq} 行（{id}）被篡改',
    ko: '감사 체인 {chain}의 {seq}번째 행({id})이 변조되었습니다',
    ja: '監査チェーン {chain} の {seq} 行目（{id}）が改ざんされています',
    ru: 'Запись {seq} ({id}) цепочки аудита {chain} изменена',
    en: 'Audit chain {chain}: row {seq} ({id}) was altered',
  },
  'audit.row_missing': {
    'zh-CN': '审计链 {chain} 第 {seq} 行被删除',
    ko: '감사 체인 {chain}의 {seq}번째 행이 삭제되었습니다',
    ja: '監査チェーン {chain} の {seq} 行目が削除されています',
    ru: 'Запись {seq} цепочки аудита {chain} удалена',
    en: 'Audit chain {chain}: row {seq} was removed',
  },
  'system.data_dir_locked': {
    'zh-CN': '数据目录 {dir} 正被进程 {pid} 使用；请停止该进程，或改用 TUMEN_DATA_DIR 指定其他目录',
    ko: '데이터 디렉터리 {dir}를 프로세스 {pid}가 사용 중입니다. 그 프로세스를 멈추거나 TUMEN_DATA_DIR로 다른 디렉터리를 지정하세요',
    ja: 'データディレクトリ {dir} はプロセス {pid} が使用中です。そのプロセスを停止するか、TUMEN_DATA_DIR で別のディレクトリを指定してください',
    ru: 'Каталог данных {dir} занят процессом {pid}; остановите его или укажите другой каталог в TUMEN_DATA_DIR',
    en: 'The data directory {dir} is in use by process {pid}; stop that process or point TUMEN_DATA_DIR elsewhere',
  },
  'system.demo_only': {
    'zh-CN': '演示数据只能在演示模式（TUMEN_MODE=demo）下加载',
    ko: '데모 데이터는 데모 모드(TUMEN_MODE=demo)에서만 불러올 수 있습니다',
    ja: 'デモデータはデモモード（TUMEN_MODE=demo）でのみ読み込めます',
    ru: 'Демонстрационные данные загружаются только в демо-режиме (TUMEN_MODE=demo)',
    en: 'Demo data can only be loaded in demo mode (TUMEN_MODE=demo)',
  },
} satisfies Record<string, Texts>;

// Each module's messages live in their own file under messages/, merged here into one catalogue.
export const messages = { ...foundationMessages, ...referenceMessages, ...filingMessages, ...productMessages, ...webhookMessages, ...cebMessages, ...bondedMessages, ...verificationMessages, ...clearanceMessages, ...simulateMessages, ...exportDestinationMessages, ...exportTaxMessages, ...exportMessages, ...riskDetectorMessages, ...riskMessages, ...creditMessages, ...statisticsMessages };

export type MessageKey = keyof typeof messages;
