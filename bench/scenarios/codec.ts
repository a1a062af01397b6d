import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCeb, parseCeb } from '../../src/modules/ceb';
import { generateSm2KeyPair, issueCertificate, signMessage, verifyMessage } from '../../src/modules/ceb/signature';
import { parseXml } from '../../src/modules/ceb/xml';
import { timed, type Scenario } from '../support';

/**
 * The CEB codec against the plain reading of the same bytes (the XML reader alone, no schema): what the schema
 * walk and the contract cost, what building costs, and the SM2 signature on top. A large import inventory
 * (CEB621, 38 KB, 6 records) and a small payment (CEB411).
 */
export const codecScenario: Scenario = async (_db, { seconds, log }) => {
  const fixture = (f: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ceb/${f}`, import.meta.url)), 'utf8');
  const large = fixture('CEB621Message.sample2.xml').replace(/\s*<ds:Signature[\s\S]*?<\/ds:Signature>/, '');
  const small = fixture('CEB411Message.sample2.xml');
  const figures: Record<string, number> = {};
  const sync = (f: () => void) => async () => f();
  for (const [name, xml] of [
    ['large', large],
    ['small', small],
  ] as const) {
    log(`${name} (${Buffer.byteLength(xml)} bytes): plain read…`);
    const plain = await timed(seconds, 1, sync(() => void parseXml(xml)));
    log(`${name}: parse + validate…`);
    const parse = await timed(seconds, 1, sync(() => void parseCeb(xml, { signatureOptional: true })));
    const parsed = parseCeb(xml, { signatureOptional: true });
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    log(`${name}: build…`);
    const build = await timed(seconds, 1, sync(() => void buildCeb(parsed.type, parsed.document)));
    figures[`${name}PlainReadPerSecond`] = plain.perSecond;
    figures[`${name}ParseValidatePerSecond`] = parse.perSecond;
    figures[`${name}BuildPerSecond`] = build.perSecond;
    figures[`${name}RatioToPlainRead`] = Number((parse.perSecond / plain.perSecond).toFixed(3));
  }
  const keyPair = generateSm2KeyPair();
  const now = new Date();
  const certificate = issueCertificate({ subject: { commonName: 'bench' }, keyPair, notBefore: now, notAfter: new Date(now.getTime() + 86_400_000), serialNumber: '01' });
  const key = { algorithm: keyPair.algorithm, privateKey: keyPair.privateKey, certificate, keyName: '0001' };
  log('SM2/SM3 sign and verify (large)…');
  const signed = signMessage(large, key);
  figures.sm2SignPerSecond = (await timed(seconds, 1, sync(() => void signMessage(large, key)))).perSecond;
  figures.sm2VerifyPerSecond = (await timed(seconds, 1, sync(() => void verifyMessage(signed)))).perSecond;
  return figures;
};
