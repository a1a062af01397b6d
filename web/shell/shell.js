// The portal's shell: sign-in and the signed-in organisation, in the zone's five languages.
const TEXT = {
  'zh-CN': { title: '图们 · 中国（延吉）跨境电子商务综合试验区公共服务平台', language: '语言', intro: '企业备案、申报与各部门数据共享的一站式平台。', signIn: '登录', username: '用户名', password: '密码', welcome: '已登录', user: '用户', organisation: '机构', code: '统一社会信用代码', status: '状态', signOut: '退出登录', apiReference: 'API 参考文档', errorsTitle: '数据接口错误代码', errorsIntro: '报文接口可能返回的每个错误代码，及其原因与处理方法。', official: '对应官方代码', cause: '原因', fix: '处理', pending: '待激活', active: '已激活', suspended: '已停用', failed: '登录失败' },
  ko: { title: '투먼 · 중국(옌지) 국경간 전자상거래 종합시험구 공공서비스 플랫폼', language: '언어', intro: '기업 등록, 신고와 부처 간 데이터 공유를 위한 원스톱 플랫폼입니다.', signIn: '로그인', username: '사용자 이름', password: '비밀번호', welcome: '로그인됨', user: '사용자', organisation: '기관', code: '통일사회신용코드', status: '상태', signOut: '로그아웃', apiReference: 'API 참조 문서', errorsTitle: '데이터 인터페이스 오류 코드', errorsIntro: '전문 인터페이스가 돌려줄 수 있는 모든 오류 코드와 원인, 해결 방법입니다.', official: '대응 공식 코드', cause: '원인', fix: '해결', pending: '활성화 대기', active: '활성', suspended: '정지', failed: '로그인 실패' },
  ja: { title: '図們 · 中国（延吉）越境EC総合試験区 公共サービスプラットフォーム', language: '言語', intro: '企業登録・申告・各部門のデータ共有をワンストップで行うプラットフォームです。', signIn: 'ログイン', username: 'ユーザー名', password: 'パスワード', welcome: 'ログイン中', user: 'ユーザー', organisation: '組織', code: '統一社会信用コード', status: '状態', signOut: 'ログアウト', apiReference: 'API リファレンス', errorsTitle: 'データインターフェースのエラーコード', errorsIntro: '電文インターフェースが返しうるすべてのエラーコードと、その原因・対処方法です。', official: '対応する公式コード', cause: '原因', fix: '対処', pending: '有効化待ち', active: '有効', suspended: '停止', failed: 'ログインに失敗しました' },
  ru: { title: 'Тумэнь · Платформа общественных услуг пилотной зоны трансграничной электронной торговли (Яньцзи, Китай)', language: 'Язык', intro: 'Единое окно для регистрации предприятий, деклараций и обмена данными между ведомствами.', signIn: 'Войти', username: 'Имя пользователя', password: 'Пароль', welcome: 'Вы вошли', user: 'Пользователь', organisation: 'Организация', code: 'Единый код социального кредита', status: 'Статус', signOut: 'Выйти', apiReference: 'Справочник API', errorsTitle: 'Коды ошибок интерфейса данных', errorsIntro: 'Все коды ошибок, которые может вернуть интерфейс сообщений, с причинами и способами исправления.', official: 'Официальные коды', cause: 'Причина', fix: 'Что сделать', pending: 'ожидает активации', active: 'активна', suspended: 'приостановлена', failed: 'Не удалось войти' },
  en: { title: 'Tumen · Public service platform of the China (Yanji) Cross-border E-commerce Comprehensive Pilot Zone', language: 'Language', intro: 'One window for enterprise filing, declarations and data sharing between departments.', signIn: 'Sign in', username: 'User name', password: 'Password', welcome: 'Signed in', user: 'User', organisation: 'Organisation', code: 'Unified social credit code', status: 'Status', signOut: 'Sign out', apiReference: 'API reference', errorsTitle: 'Data interface error codes', errorsIntro: 'Every error code the message interface can return, with its cause and how to fix it.', official: 'Official codes', cause: 'Cause', fix: 'Fix', pending: 'awaiting activation', active: 'active', suspended: 'suspended', failed: 'Sign-in failed' },
};
const LOCALES = Object.keys(TEXT);

function pickLocale() {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  const candidates = [fromQuery, localStorage.getItem('tumen.lang'), ...navigator.languages];
  for (const c of candidates) {
    if (!c) continue;
    const primary = c.toLowerCase().split('-')[0];
    const hit = LOCALES.find((l) => l.toLowerCase().split('-')[0] === primary);
    if (hit) return hit;
  }
  return 'zh-CN';
}

let locale = pickLocale();
const $ = (id) => document.getElementById(id);

function render() {
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = TEXT[locale][el.dataset.i18n];
  document.title = TEXT[locale].title;
  $('lang').value = locale;
}

async function api(path, init = {}) {
  const res = await fetch(`${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(locale)}`, { credentials: 'same-origin', ...init });
  const body = res.status === 204 ? null : await res.json();
  return { ok: res.ok, status: res.status, body };
}

/** The error catalogue of the standard data interface, public, in the chosen language. */
async function showErrors() {
  const res = await api('/api/errors');
  const list = $('error-list');
  list.replaceChildren();
  if (!res.ok) return;
  for (const e of res.body.items) {
    const article = document.createElement('article');
    const h = document.createElement('h3');
    h.textContent = e.code;
    article.append(h);
    for (const [label, text] of [[null, e.message[locale]], [TEXT[locale].cause, e.cause[locale]], [TEXT[locale].fix, e.fix[locale]], [TEXT[locale].official, e.official.join(' ')]]) {
      if (!text) continue;
      const p = document.createElement('p');
      if (label) {
        const b = document.createElement('strong');
        b.textContent = `${label}: `;
        p.append(b);
      }
      p.append(text);
      article.append(p);
    }
    list.append(article);
  }
}

async function showSession() {
  const me = await api('/api/auth/me');
  const signedIn = me.ok;
  $('signin').hidden = signedIn;
  $('session').hidden = !signedIn;
  if (!signedIn) return;
  const org = me.body.organisation;
  $('me-user').textContent = me.body.user ? `${me.body.user.displayName} (${me.body.user.username})` : '';
  $('me-org').textContent = locale === 'zh-CN' ? org.nameZh : (org.names[locale] ?? org.nameZh);
  $('me-uscc').textContent = org.uscc;
  $('me-status').textContent = TEXT[locale][org.status] ?? org.status;
}

$('lang').addEventListener('change', (e) => {
  locale = e.target.value;
  localStorage.setItem('tumen.lang', locale);
  render();
  void showSession();
  void showErrors();
});

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('login-error').textContent = '';
  const res = await api('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: $('username').value, password: $('password').value }),
  });
  if (!res.ok) {
    $('login-error').textContent = res.body?.error?.message ?? TEXT[locale].failed;
    return;
  }
  await showSession();
});

$('logout').addEventListener('click', async () => {
  await api('/api/auth/logout', { method: 'POST' });
  await showSession();
});

render();
void showSession();
void showErrors();
