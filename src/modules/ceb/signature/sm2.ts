/**
 * SM2 digital signatures (GB/T 32918.2) with SM3 (GB/T 32905) over the recommended curve (GB/T 32918.5).
 *
 * Why not sm-crypto for signing and verifying: its nonces and keys come from an RC4 stream seeded once per process,
 * and its jsbn arithmetic manages about 30 verifications a second, too slow for a zone peak. Node's OpenSSL knows the
 * SM2 curve but only offers ECDSA on it (wrong algorithm), so: scalar multiples of the base point (keys, nonces, s·G)
 * come from Node's native ECDH on the "SM2" curve, SM3 from Node's hash, and the rest (t·P, one addition, the
 * signature equations) is plain bigint arithmetic below. sm-crypto stays the independent oracle in the tests.
 */
import { createECDH, createHash, getHashes, randomBytes } from 'node:crypto';
import smCrypto from 'sm-crypto';

const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = P - 3n;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** GB/T 35276 default signer identity; customs tooling uses it too, so Z is computed over it. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

const nativeSm3 = getHashes().includes('sm3');

/** SM3 digest of the concatenated parts. Falls back to sm-crypto when Node's OpenSSL is built without SM3. */
export function sm3(...parts: Uint8Array[]): Buffer {
  if (nativeSm3) {
    const h = createHash('sm3');
    for (const p of parts) h.update(p);
    return h.digest();
  }
  return Buffer.from(smCrypto.sm3(Array.from(Buffer.concat(parts))), 'hex');
}

const toBytes = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const toBig = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
const mod = (a: bigint, m: bigint): bigint => {
  const r = a % m;
  return r < 0n ? r + m : r;
};

function invert(a: bigint, m: bigint): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error('not invertible');
  return mod(s0, m);
}

// Jacobian coordinates (X, Y, Z) with x = X/Z², y = Y/Z³; Z = 0 is the point at infinity.
type Jacobian = readonly [bigint, bigint, bigint];
const INFINITY: Jacobian = [0n, 1n, 0n];

function double([x, y, z]: Jacobian): Jacobian {
  if (z === 0n || y === 0n) return INFINITY;
  // a = -3 doubling (EFD dbl-2001-b).
  const delta = (z * z) % P;
  const gamma = (y * y) % P;
  const beta = (x * gamma) % P;
  const alpha = (3n * mod(x - delta, P) * (x + delta)) % P;
  const x3 = mod(alpha * alpha - 8n * beta, P);
  const z3 = mod((y + z) * (y + z) - gamma - delta, P);
  const y3 = mod(alpha * (4n * beta - x3) - 8n * ((gamma * gamma) % P), P);
  return [x3, y3, z3];
}

function add(p: Jacobian, q: Jacobian): Jacobian {
  const [x1, y1, z1] = p;
  const [x2, y2, z2] = q;
  if (z1 === 0n) return q;
  if (z2 === 0n) return p;
  const z1z1 = (z1 * z1) % P;
  const z2z2 = (z2 * z2) % P;
  const u1 = (x1 * z2z2) % P;
  const u2 = (x2 * z1z1) % P;
  const s1 = (((y1 * z2) % P) * z2z2) % P;
  const s2 = (((y2 * z1) % P) * z1z1) % P;
  if (u1 === u2) return s1 === s2 ? double(p) : INFINITY;
  // add-2007-bl
  const h = mod(u2 - u1, P);
  const i = (4n * h * h) % P;
  const j = (h * i) % P;
  const r = (2n * mod(s2 - s1, P)) % P;
  const v = (u1 * i) % P;
  const x3 = mod(r * r - j - 2n * v, P);
  const y3 = mod(r * (v - x3) - 2n * ((s1 * j) % P), P);
  const z3 = (mod((z1 + z2) * (z1 + z2) - z1z1 - z2z2, P) * h) % P;
  return [x3, y3, z3];
}

/** k·(x, y) with a fixed 4-bit window; only used on public values (verification), so timing is not a concern. */
function multiply(k: bigint, x: bigint, y: bigint): Jacobian {
  const table: Jacobian[] = [INFINITY, [x, y, 1n]];
  for (let i = 2; i < 16; i++) table.push(add(table[i - 1]!, table[1]!));
  let acc = INFINITY;
  for (let shift = 252n; shift >= 0n; shift -= 4n) {
    acc = double(double(double(double(acc))));
    const w = Number((k >> shift) & 15n);
    if (w) acc = add(acc, table[w]!);
  }
  return acc;
}

// One ECDH object reused: calls are synchronous, so no two callers can interleave on it.
const ecdh = createECDH('SM2');

/** k·G through OpenSSL (constant-time there, which matters for nonces and private keys). */
function baseMultiply(k: bigint): { x: bigint; y: bigint; encoded: Buffer } {
  ecdh.setPrivateKey(toBytes(k));
  const encoded = ecdh.getPublicKey();
  return { x: toBig(encoded.subarray(1, 33)), y: toBig(encoded.subarray(33, 65)), encoded };
}

/** A uniformly random scalar in [1, max] from the OS CSPRNG (rejection sampling). */
function randomScalar(max: bigint): bigint {
  for (;;) {
    const k = toBig(randomBytes(32));
    if (k >= 1n && k <= max) return k;
  }
}

/** Parses an SM2 public key given as hex: uncompressed `04‖x‖y`, compressed `02/03‖x`, or bare `x‖y`. */
export function parseSm2PublicKey(hex: string): { x: bigint; y: bigint } {
  const h = hex.toLowerCase();
  if (!/^[0-9a-f]+$/.test(h)) throw new Error('SM2 public key is not hex');
  let x: bigint;
  let y: bigint;
  if ((h.length === 130 && h.startsWith('04')) || h.length === 128) {
    const body = h.length === 130 ? h.slice(2) : h;
    x = BigInt(`0x${body.slice(0, 64)}`);
    y = BigInt(`0x${body.slice(64)}`);
  } else if (h.length === 66 && (h.startsWith('02') || h.startsWith('03'))) {
    x = BigInt(`0x${h.slice(2)}`);
    // p ≡ 3 (mod 4), so the square root is a single exponentiation.
    const rhs = mod(x * x * x + A * x + B, P);
    y = modPow(rhs, (P + 1n) / 4n, P);
    if ((y & 1n) !== BigInt(h.startsWith('03') ? 1 : 0)) y = P - y;
  } else {
    throw new Error('SM2 public key has the wrong length');
  }
  if (x >= P || y >= P || mod(y * y - (x * x * x + A * x + B), P) !== 0n) throw new Error('SM2 public key is not on the curve');
  return { x, y };
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = base % m;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return result;
}

const encodePoint = (x: bigint, y: bigint): string => `04${x.toString(16).padStart(64, '0')}${y.toString(16).padStart(64, '0')}`;

function parsePrivateKey(hex: string): bigint {
  if (!/^[0-9a-fA-F]{1,64}$/.test(hex)) throw new Error('SM2 private key must be up to 64 hex digits');
  const d = BigInt(`0x${hex}`);
  // d = n-1 would make (1+d) non-invertible in the signing equation.
  if (d < 1n || d > N - 2n) throw new Error('SM2 private key out of range');
  return d;
}

/** The uncompressed public key (`04…`, hex) of a private key. */
export function sm2PublicKeyOf(privateKeyHex: string): string {
  const { x, y } = baseMultiply(parsePrivateKey(privateKeyHex));
  return encodePoint(x, y);
}

export function generateSm2Keys(): { privateKey: string; publicKey: string } {
  const d = randomScalar(N - 2n);
  const { x, y } = baseMultiply(d);
  return { privateKey: d.toString(16).padStart(64, '0'), publicKey: encodePoint(x, y) };
}

const CURVE_BYTES = Buffer.concat([A, B, GX, GY].map(toBytes));

/** e = SM3(Z_A ‖ M) with Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA). */
function messageHash(message: Uint8Array, x: bigint, y: bigint, userId: string): bigint {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  const z = sm3(entl, id, CURVE_BYTES, toBytes(x), toBytes(y));
  return toBig(sm3(z, message));
}

/**
 * Signs with SM2 and returns the DER encoding SEQUENCE { r INTEGER, s INTEGER }, as GM/T 0009 specifies; the customs
 * spec leaves the encoding of SignatureValue open, and verification accepts raw r‖s as well (see decodeSm2Signature).
 */
export function sm2Sign(message: Uint8Array, privateKeyHex: string, publicKeyHex?: string, userId = SM2_DEFAULT_USER_ID): Buffer {
  const d = parsePrivateKey(privateKeyHex);
  const pub = publicKeyHex ? parseSm2PublicKey(publicKeyHex) : baseMultiply(d);
  const e = messageHash(message, pub.x, pub.y, userId);
  const dInv = invert(1n + d, N);
  for (;;) {
    const k = randomScalar(N - 1n);
    const r = mod(e + baseMultiply(k).x, N);
    if (r === 0n || r + k === N) continue;
    const s = mod(dInv * (k - r * d), N);
    if (s !== 0n) return encodeSm2Signature(r, s);
  }
}

/** Verifies an SM2 signature given as DER or as raw 64-byte r‖s; false on any malformed input. */
export function sm2Verify(message: Uint8Array, signature: Uint8Array, publicKeyHex: string, userId = SM2_DEFAULT_USER_ID): boolean {
  let pub: { x: bigint; y: bigint };
  try {
    pub = parseSm2PublicKey(publicKeyHex);
  } catch {
    return false;
  }
  const candidates = decodeSm2Signature(signature);
  if (candidates.length === 0) return false;
  const e = messageHash(message, pub.x, pub.y, userId);
  return candidates.some(({ r, s }) => {
    if (r < 1n || r >= N || s < 1n || s >= N) return false;
    const t = mod(r + s, N);
    if (t === 0n) return false;
    const sg = baseMultiply(s);
    const [x, , z] = add(multiply(t, pub.x, pub.y), [sg.x, sg.y, 1n]);
    if (z === 0n) return false;
    const x1 = (x * invert((z * z) % P, P)) % P;
    return mod(e + x1, N) === r;
  });
}

function derInteger(v: bigint): Buffer {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let body = Buffer.from(hex, 'hex');
  if (body[0]! & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return Buffer.concat([Buffer.from([0x02, body.length]), body]);
}

export function encodeSm2Signature(r: bigint, s: bigint): Buffer {
  const body = Buffer.concat([derInteger(r), derInteger(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

/**
 * The (r, s) readings of a signature: the DER one when it parses as DER, the raw r‖s one when it is 64 bytes.
 * Both are tried because producers differ (U-key clients emit raw r‖s, GM/T 0009 libraries DER) and a 64-byte
 * value could in principle parse both ways; accepting either reading is no weaker than accepting either format.
 */
export function decodeSm2Signature(sig: Uint8Array): Array<{ r: bigint; s: bigint }> {
  const out: Array<{ r: bigint; s: bigint }> = [];
  const der = parseDer(Buffer.from(sig));
  if (der) out.push(der);
  if (sig.length === 64) out.push({ r: toBig(sig.subarray(0, 32)), s: toBig(sig.subarray(32)) });
  return out;
}

function parseDer(b: Buffer): { r: bigint; s: bigint } | null {
  // Short-form lengths suffice: two 33-byte integers need at most 70 bytes.
  if (b.length < 8 || b[0] !== 0x30 || b[1] !== b.length - 2) return null;
  const ints: bigint[] = [];
  let i = 2;
  while (i < b.length) {
    const len = b[i + 1];
    if (b[i] !== 0x02 || len === undefined || len < 1 || len > 33 || i + 2 + len > b.length) return null;
    const body = b.subarray(i + 2, i + 2 + len);
    if (body[0]! & 0x80) return null; // negative
    ints.push(toBig(body));
    i += 2 + len;
  }
  return ints.length === 2 ? { r: ints[0]!, s: ints[1]! } : null;
}
