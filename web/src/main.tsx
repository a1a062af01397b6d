import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import jaJP from 'antd/locale/ja_JP';
import koKR from 'antd/locale/ko_KR';
import ruRU from 'antd/locale/ru_RU';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/ja';
import 'dayjs/locale/ko';
import 'dayjs/locale/ru';
import 'dayjs/locale/zh-cn';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { currentLanguage, type Language } from './i18n';
import { SessionProvider } from './session';
import './styles.css';

const ANTD_LOCALE: Record<Language, Locale> = { 'zh-CN': zhCN, ko: koKR, ja: jaJP, ru: ruRU, en: enUS };
const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', ko: 'ko', ja: 'ja', ru: 'ru', en: 'en-gb' };

/** Colours chosen for contrast (text at least 4.5:1 on white). */
const THEME = {
  token: {
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    colorError: '#c62828',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 6,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', 'Noto Sans CJK JP', 'Noto Sans', sans-serif",
  },
};

function Root() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  useEffect(() => {
    dayjs.locale(DAYJS_LOCALE[lang]);
    document.title = t('title');
  }, [lang, t, i18n.language]);
  return (
    <ConfigProvider locale={ANTD_LOCALE[lang]} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <App />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
