import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  USCC_ALPHABET,
  makeUscc,
  residentIdCheckChar,
  usccCheckChar,
  usccWeightedSum,
  validateCustomsCode,
  validateResidentId,
  validateUscc,
} from './uscc';

// ---------------------------------------------------------------------------------------------------
// Test vectors: the shared reference file when present, else the inline copy below (same rows).
// ---------------------------------------------------------------------------------------------------

const VECTORS_URL = new URL('../../../../shared/reference/policy/id-test-vectors.csv', import.meta.url);

const INLINE_VECTORS = `kind,value,expected_valid,expected_check_char,note,source_ref
CN_RESIDENT_ID,11010519491231002X,true,X,example number printed in GB 11643-1999,S-ID
CN_RESIDENT_ID,360426199101010071,true,1,python-stdnum doctest,S-STDNUM
CN_RESIDENT_ID,44011320141005001X,true,X,python-stdnum doctest (lower-case x accepted and normalised),S-STDNUM
CN_RESIDENT_ID,110105194912310021,false,X,check digit altered,derived
CN_RESIDENT_ID,110105194913310021,false,1,"check digit is correct but month 13 is not a date",derived
USCC,91110000600037341L,true,L,python-stdnum doctest,S-STDNUM
USCC,91110000600037341N,false,L,python-stdnum doctest (wrong check char),S-STDNUM
USCC,9111000060003IOZSV,false,,"letters I,O,Z,S,V not in the alphabet",S-STDNUM
USCC,91310115MA1K3BTP2B,true,B,python-stdnum list of valid numbers,S-STDNUM
USCC,121200004013590816,true,6,python-stdnum list of valid numbers (registering authority 1),S-STDNUM
USCC,91350100M000100Y43,true,3,recomputed here,derived
ORG_CODE_GB11714,600037341,true,1,body of 91110000600037341L; algorithm from recall,derived
CUSTOMS_CODE_10,3301961Q43,true,,"format example seen in a public repo: 3301 Hangzhou area, 9 other zone, 6 private enterprise, 1Q43 sequence (alphanumeric)",S-CUSTCODE
KR_PCCC,P123456789012,format-only,,"format P + 12 digits; no public check-digit algorithm; real validation is a lookup at Korea Customs (UNI-PASS)",S-PCCC
`;

type Row = Record<string, string>;

/** Minimal RFC 4180 reader: quoted fields with commas and doubled quotes; CRLF or LF. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records.filter((r) => r.some((f) => f.trim() !== ''));
  assert.ok(header, 'CSV has a header');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

function loadVectors(): { rows: Row[]; source: string } {
  try {
    return { rows: parseCsv(readFileSync(VECTORS_URL, 'utf8')), source: VECTORS_URL.pathname };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return { rows: parseCsv(INLINE_VECTORS), source: 'inline copy' };
  }
}

const { rows: VECTORS, source: VECTOR_SOURCE } = loadVectors();
const rowsOf = (kind: string): Row[] => VECTORS.filter((r) => r.kind === kind);
const label = (r: Row): string => `${r.value} (${r.note || 'no note'})`;

// ---------------------------------------------------------------------------------------------------

describe(`USCC vectors from ${VECTOR_SOURCE}`, () => {
  const rows = rowsOf('USCC');
  it('has USCC rows', () => assert.ok(rows.length > 0));
  for (const r of rows) {
    const value = r.value as string;
    const expectedCheck = r.expected_check_char ?? '';
    it(label(r), () => {
      const result = validateUscc(value);
      if (r.expected_valid === 'true') {
        assert.deepEqual(result, { ok: true, code: value });
        assert.equal(usccCheckChar(value.slice(0, 17)), expectedCheck);
        assert.equal(makeUscc(value.slice(0, 17)), value);
      } else {
        assert.equal(result.ok, false);
        if (expectedCheck !== '') assert.deepEqual(result, { ok: false, reason: 'check', expected: expectedCheck });
        else assert.deepEqual(result, { ok: false, reason: 'format' });
      }
    });
  }
});

describe(`resident ID vectors from ${VECTOR_SOURCE}`, () => {
  const rows = rowsOf('CN_RESIDENT_ID');
  it('has CN_RESIDENT_ID rows', () => assert.ok(rows.length > 0));
  for (const r of rows) {
    const value = r.value as string;
    const expectedCheck = r.expected_check_char as string;
    it(label(r), () => {
      const result = validateResidentId(value);
      assert.equal(residentIdCheckChar(value.slice(0, 17)), expectedCheck);
      if (r.expected_valid === 'true') {
        const d = value.slice(6, 14);
        assert.deepEqual(result, { ok: true, id: value, birthDate: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` });
      } else if (value[17] !== expectedCheck) {
        assert.deepEqual(result, { ok: false, reason: 'check', expected: expectedCheck });
      } else {
        // the check character is right, so what is wrong must be the date
        assert.deepEqual(result, { ok: false, reason: 'date' });
      }
    });
  }
});

describe(`customs code vectors from ${VECTOR_SOURCE}`, () => {
  const rows = rowsOf('CUSTOMS_CODE_10');
  it('has CUSTOMS_CODE_10 rows', () => assert.ok(rows.length > 0));
  for (const r of rows) {
    it(label(r), () => assert.equal(validateCustomsCode(r.value as string), r.expected_valid === 'true'));
  }
});

// ---------------------------------------------------------------------------------------------------

describe('validateUscc', () => {
  const valid = '91110000600037341L';

  it('worked example 91110000600037341L: S = 538, 538 mod 31 = 11, 31 − 11 = 20 → L', () => {
    const s = usccWeightedSum(valid.slice(0, 17));
    assert.equal(s, 538);
    assert.equal(s % 31, 11);
    assert.equal(USCC_ALPHABET[31 - (s % 31)], 'L');
    assert.equal(usccCheckChar(valid.slice(0, 17)), 'L');
  });

  it('normalises lower case and surrounding blanks', () => {
    assert.deepEqual(validateUscc('  91110000600037341l \n'), { ok: true, code: valid });
    assert.deepEqual(validateUscc('91310115ma1k3btp2b'), { ok: true, code: '91310115MA1K3BTP2B' });
  });

  it('rejects wrong length, characters outside the alphabet and empty input as format', () => {
    for (const bad of ['', '91110000600037341', '91110000600037341LL', '91110000600037341I', '9111000060003734-L', '９1110000600037341L']) {
      assert.deepEqual(validateUscc(bad), { ok: false, reason: 'format' }, bad);
    }
  });

  it('rejects letters in positions 3–8 as area', () => {
    const body = '91A10000600037341';
    assert.deepEqual(validateUscc(body + usccCheckChar(body)), { ok: false, reason: 'area' });
  });

  it('gives the expected check character on a check failure', () => {
    assert.deepEqual(validateUscc('91110000600037341N'), { ok: false, reason: 'check', expected: 'L' });
  });

  it('rejects every single-character substitution of a valid code', () => {
    const codes = ['91110000600037341L', '91310115MA1K3BTP2B', '121200004013590816', '91350100M000100Y43'];
    const replacements = `${USCC_ALPHABET}IOSVZ-`;
    let mutations = 0;
    for (const code of codes) {
      for (let i = 0; i < code.length; i++) {
        for (const ch of replacements) {
          if (ch === code[i]) continue;
          const mutated = code.slice(0, i) + ch + code.slice(i + 1);
          const result = validateUscc(mutated);
          assert.equal(result.ok, false, `${mutated} (position ${i + 1}) must be rejected`);
          mutations++;
        }
      }
    }
    assert.equal(mutations, codes.length * 18 * (replacements.length - 1));
  });

  it('makeUscc round-trips', () => {
    for (const code of ['91110000600037341L', '91310115MA1K3BTP2B', '121200004013590816', '91350100M000100Y43']) {
      assert.equal(makeUscc(code.slice(0, 17)), code);
    }
    // deterministic pseudo-random bodies with digit areas
    let seed = 20260101;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 200; k++) {
      let body = '';
      for (let i = 0; i < 17; i++) body += i >= 2 && i < 8 ? String(next(10)) : (USCC_ALPHABET[next(31)] as string);
      const code = makeUscc(body);
      assert.equal(code.length, 18);
      assert.equal(code.slice(0, 17), body);
      assert.deepEqual(validateUscc(code), { ok: true, code });
    }
    assert.equal(makeUscc('91222401tumene001'), makeUscc('91222401TUMENE001'));
  });

  it('usccCheckChar and makeUscc throw on bad input', () => {
    for (const bad of ['', '9111000060003734', '911100006000373411', '9111000060003734I']) {
      assert.throws(() => usccCheckChar(bad), bad);
      assert.throws(() => makeUscc(bad), bad);
    }
    assert.throws(() => makeUscc('91A10000600037341'), /positions 3–8/);
  });
});

describe('validateCustomsCode', () => {
  it('accepts 10 upper-case alphanumerics, letters anywhere', () => {
    for (const ok of ['3301961Q43', '44079610EA', '2224968D01', 'ABCDEFGHIJ', '0000000000']) assert.equal(validateCustomsCode(ok), true, ok);
  });
  it('rejects anything else', () => {
    for (const bad of ['', '3301961Q4', '3301961Q434', '3301961q43', ' 3301961Q43', '3301-61Q43', '３301961Q43']) {
      assert.equal(validateCustomsCode(bad), false, bad);
    }
  });
});

describe('validateResidentId', () => {
  it('worked example 11010519491231002X: S = 167, 167 mod 11 = 2 → X', () => {
    assert.equal(residentIdCheckChar('11010519491231002'), 'X');
    assert.deepEqual(validateResidentId('11010519491231002X'), { ok: true, id: '11010519491231002X', birthDate: '1949-12-31' });
  });

  it('normalises a lower-case x and blanks', () => {
    assert.deepEqual(validateResidentId(' 44011320141005001x '), { ok: true, id: '44011320141005001X', birthDate: '2014-10-05' });
  });

  it('rejects bad shapes as format', () => {
    for (const bad of ['', '11010519491231002', '11010519491231002XX', '1101051949123100X2', '11010519491231002Y', 'A1010519491231002X']) {
      assert.deepEqual(validateResidentId(bad), { ok: false, reason: 'format' }, bad);
    }
  });

  it('requires a real calendar date', () => {
    const withDate = (yyyymmdd: string): string => {
      const first17 = `222401${yyyymmdd}123`;
      return first17 + residentIdCheckChar(first17);
    };
    for (const bad of ['19491331', '19490001', '19490100', '19490431', '19000229', '20230229', '00000101', '17991231']) {
      assert.deepEqual(validateResidentId(withDate(bad)), { ok: false, reason: 'date' }, bad);
    }
    for (const good of ['20000229', '20240229', '19491231', '20260101', '18000101']) {
      const id = withDate(good);
      assert.equal(validateResidentId(id).ok, true, good);
    }
  });

  it('rejects every single-character substitution of a valid number', () => {
    for (const id of ['11010519491231002X', '360426199101010071', '44011320141005001X']) {
      for (let i = 0; i < 18; i++) {
        for (const ch of '0123456789X') {
          if (ch === id[i]) continue;
          const mutated = id.slice(0, i) + ch + id.slice(i + 1);
          assert.equal(validateResidentId(mutated).ok, false, mutated);
        }
      }
    }
  });
});
