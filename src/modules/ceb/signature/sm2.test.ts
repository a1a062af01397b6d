import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import smCrypto from 'sm-crypto';
import { decodeSm2Signature, encodeSm2Signature, generateSm2Keys, parseSm2PublicKey, sm2PublicKeyOf, sm2Sign, sm2Verify, sm3 } from './sm2';

const { sm2 } = smCrypto;
const message = Buffer.from('<ds:SignedInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">报文</ds:SignedInfo>', 'utf8');

describe('SM2 against sm-crypto (an independent implementation)', () => {
  it('our signatures verify with sm-crypto (hash: true, default user id), and not under another user id', () => {
    for (let i = 0; i < 10; i++) {
      const keys = generateSm2Keys();
      const sig = sm2Sign(message, keys.privateKey, keys.publicKey);
      assert.equal(sm2.doVerifySignature(Array.from(message), sig.toString('hex'), keys.publicKey, { hash: true, der: true }), true);
      assert.equal(sm2.doVerifySignature(Array.from(message), sig.toString('hex'), keys.publicKey, { hash: true, der: true, userId: 'ALICE123@YAHOO.COM' }), false);
    }
  });

  it('sm-crypto signatures verify with ours, DER and raw r‖s alike', () => {
    const keys = sm2.generateKeyPairHex();
    const der = sm2.doSignature(Array.from(message), keys.privateKey, { hash: true, der: true, publicKey: keys.publicKey });
    const raw = sm2.doSignature(Array.from(message), keys.privateKey, { hash: true, publicKey: keys.publicKey });
    assert.equal(raw.length, 128);
    assert.equal(sm2Verify(message, Buffer.from(der, 'hex'), keys.publicKey), true);
    assert.equal(sm2Verify(message, Buffer.from(raw, 'hex'), keys.publicKey), true);
    assert.equal(sm2Verify(Buffer.concat([message, Buffer.from(' ')]), Buffer.from(raw, 'hex'), keys.publicKey), false);
  });

  it('derives the same public key as sm-crypto and as key generation', () => {
    const keys = sm2.generateKeyPairHex();
    assert.equal(sm2PublicKeyOf(keys.privateKey), keys.publicKey.toLowerCase());
    // Our key generation yields pairs sm-crypto accepts: its signature under our private key verifies with our public key.
    const ours = generateSm2Keys();
    const sig = sm2.doSignature(Array.from(message), ours.privateKey, { hash: true, der: true });
    assert.equal(sm2.doVerifySignature(Array.from(message), sig, ours.publicKey, { hash: true, der: true }), true);
  });

  it('SM3 matches sm-crypto', () => {
    assert.equal(sm3(message).toString('hex'), smCrypto.sm3(Array.from(message)));
    // GB/T 32905 example 1: "abc"
    assert.equal(sm3(Buffer.from('abc')).toString('hex'), '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('SM2 signatures', () => {
  const keys = generateSm2Keys();

  it('rejects a signature by another key, a modified message and a modified signature', () => {
    const sig = sm2Sign(message, keys.privateKey);
    assert.equal(sm2Verify(message, sig, keys.publicKey), true);
    assert.equal(sm2Verify(message, sig, generateSm2Keys().publicKey), false);
    const altered = Buffer.from(message);
    altered.writeUInt8(altered.readUInt8(5) ^ 1, 5);
    assert.equal(sm2Verify(altered, sig, keys.publicKey), false);
    const [{ r, s } = { r: 0n, s: 0n }] = decodeSm2Signature(sig);
    assert.equal(sm2Verify(message, encodeSm2Signature(r, s + 1n), keys.publicKey), false);
    assert.equal(sm2Verify(message, encodeSm2Signature(r, 0n), keys.publicKey), false);
  });

  it('is randomised (fresh nonce per signature) and emits DER', () => {
    const a = sm2Sign(message, keys.privateKey);
    const b = sm2Sign(message, keys.privateKey);
    assert.notDeepEqual(a, b);
    assert.equal(a[0], 0x30);
    assert.equal(a[1], a.length - 2);
  });

  it('reads DER and raw encodings and refuses garbage', () => {
    const der = encodeSm2Signature(0x80n, 0x7fn);
    assert.equal(der.toString('hex'), '3007020200800201' + '7f');
    assert.deepEqual(decodeSm2Signature(der), [{ r: 0x80n, s: 0x7fn }]);
    const raw = Buffer.alloc(64, 1);
    assert.equal(decodeSm2Signature(raw).length, 1);
    assert.deepEqual(decodeSm2Signature(Buffer.from('300602010102', 'hex')), []);
    assert.deepEqual(decodeSm2Signature(Buffer.alloc(10)), []);
    assert.equal(sm2Verify(message, Buffer.alloc(0), keys.publicKey), false);
  });

  it('parses compressed keys and rejects points off the curve', () => {
    const { x, y } = parseSm2PublicKey(keys.publicKey);
    const compressed = `${y & 1n ? '03' : '02'}${x.toString(16).padStart(64, '0')}`;
    assert.deepEqual(parseSm2PublicKey(compressed), { x, y });
    const off = `04${x.toString(16).padStart(64, '0')}${(y ^ 1n).toString(16).padStart(64, '0')}`;
    assert.throws(() => parseSm2PublicKey(off), /not on the curve/);
    assert.equal(sm2Verify(message, sm2Sign(message, keys.privateKey), off), false);
  });

  it('refuses private keys outside [1, n-2]', () => {
    assert.throws(() => sm2Sign(message, '0'), /out of range/);
    assert.throws(() => sm2Sign(message, 'fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54122'), /out of range/);
    assert.throws(() => sm2Sign(message, 'xyz'), /hex/);
  });
});
