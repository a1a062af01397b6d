import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, setLanguage, type Language } from '../i18n';

/** The language switcher on every page: a labelled select, remembered in the browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="lang-switch">
      <span className="visually-hidden" id="lang-label">
        {t('language')}
      </span>
      <Select<Language>
        aria-labelledby="lang-label"
        data-testid="language"
        value={currentLanguage()}
        onChange={(l) => setLanguage(l)}
        options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
        popupMatchSelectWidth={false}
        style={{ minWidth: 110 }}
      />
    </label>
  );
}
