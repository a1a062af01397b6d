import type { Texts } from './texts';

/** Messages of the webhooks module, keys prefixed `webhooks.`. */
export const webhookMessages = {
  'webhooks.url_invalid': {
    'zh-CN': '地址不是有效的 URL',
    ko: '주소가 올바른 URL이 아닙니다',
    ja: 'アドレスが正しい URL ではありません',
    ru: 'Адрес не является корректным URL',
    en: 'The address is not a valid URL',
  },
  'webhooks.url_scheme': {
    'zh-CN': '地址须以 http:// 或 https:// 开头',
    ko: '주소는 http:// 또는 https://로 시작해야 합니다',
    ja: 'アドレスは http:// または https:// で始まる必要があります',
    ru: 'Адрес должен начинаться с http:// или https://',
    en: 'The address must start with http:// or https://',
  },
  'webhooks.url_credentials': {
    'zh-CN': '地址中不能包含用户名或密码；请用签名密钥验证来源',
    ko: '주소에 사용자 이름이나 비밀번호를 넣을 수 없습니다. 서명 비밀키로 발신자를 확인하세요',
    ja: 'アドレスにユーザー名やパスワードを含めることはできません。署名シークレットで送信元を確認してください',
    ru: 'Адрес не должен содержать имя пользователя или пароль; проверяйте отправителя по подписи',
    en: 'The address must not carry a user name or password; verify the sender by its signature instead',
  },
  'webhooks.url_private': {
    'zh-CN': '生产模式下不能向本机、内网或链路本地地址 {host} 推送',
    ko: '운영 모드에서는 루프백, 사설망 또는 링크 로컬 주소 {host}(으)로 보낼 수 없습니다',
    ja: '本番モードでは、ループバック・プライベート・リンクローカルのアドレス {host} には送信できません',
    ru: 'В рабочем режиме нельзя отправлять на локальный, частный или канальный адрес {host}',
    en: 'In production mode, events are not sent to a loopback, private or link-local address ({host})',
  },
  'webhooks.limit': {
    'zh-CN': '每个机构最多登记 {max} 个推送地址',
    ko: '기관마다 웹훅은 최대 {max}개까지 등록할 수 있습니다',
    ja: '組織ごとに登録できる Webhook は最大 {max} 件です',
    ru: 'Организация может зарегистрировать не более {max} вебхуков',
    en: 'An organisation may register at most {max} webhooks',
  },
  'webhooks.inactive': {
    'zh-CN': '该推送地址已停用；请先启用',
    ko: '이 웹훅은 비활성 상태입니다. 먼저 활성화하세요',
    ja: 'この Webhook は無効になっています。先に有効にしてください',
    ru: 'Вебхук отключён; сначала включите его',
    en: 'The webhook is disabled; enable it first',
  },
  'webhooks.replay_range': {
    'zh-CN': '时间范围的终点须晚于起点',
    ko: '기간의 끝은 시작보다 늦어야 합니다',
    ja: '期間の終わりは始まりより後でなければなりません',
    ru: 'Конец периода должен быть позже начала',
    en: 'The end of the range must be after its start',
  },
} satisfies Record<string, Texts>;
