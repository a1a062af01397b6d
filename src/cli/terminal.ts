/** What the CLI commands share about the terminal: its language, progress bars and aligned tables. */
import stringWidth from 'string-width';
import { loadConfig } from '../config';
import { DEFAULT_LOCALE, matchLocale, type Locale } from '../kernel/i18n';

/** The CLI's language: TUMEN_LANG, else the terminal's (LANG), else the default. */
export function cliLocale(tumenLang: string | undefined = loadConfig().TUMEN_LANG): Locale {
  // eslint-disable-next-line no-restricted-syntax -- the terminal's language is the CLI's default
  return matchLocale(tumenLang) ?? matchLocale(process.env.LANG) ?? DEFAULT_LOCALE;
}

export interface Progress {
  /** Reports `done` of `total`, under a label when given (a new label starts a new bar). */
  update(done: number, total: number, label?: string): void;
  finish(): void;
}

/** A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise. */
export function progressDisplay(): Progress {
  const tty = process.stderr.isTTY;
  let last = '';
  let drawn = false;
  return {
    update(done, total, label = '') {
      const pct = total ? Math.floor((done * 100) / total) : 100;
      const key = `${label} ${tty ? pct : Math.floor(pct / 10)}`;
      if (key === last) return;
      last = key;
      const prefix = label ? `${label} ` : '';
      if (tty) {
        const width = 30;
        const filled = Math.round((width * pct) / 100);
        process.stderr.write(`\r${prefix}[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}%  ${done}/${total}`);
        drawn = done !== total;
        if (done === total) process.stderr.write('\n');
      } else {
        process.stderr.write(`${prefix}${pct}%  ${done}/${total}\n`);
      }
    },
    finish() {
      if (drawn) process.stderr.write('\n');
      drawn = false;
    },
  };
}

/** Pads `text` to `width` terminal columns (Hangul, kana and Han count two). */
export function padCells(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? pad + text : text + pad;
}

/** Rows as aligned columns, two spaces apart, by display width; the columns in `right` are right-aligned. */
export function table(rows: string[][], right: number[] = []): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => stringWidth(r[c] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, c) => padCells(cell, widths[c]!, right.includes(c) ? 'right' : 'left'))
      .join('  ')
      .trimEnd(),
  );
}
