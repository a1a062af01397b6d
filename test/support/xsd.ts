/**
 * A real W3C XML Schema validator for CEB messages: libxml2 (compiled to WebAssembly by `libxml2-wasm`) over the
 * official 202205 schemas in data/ceb/xsd/202205. Test support only; the platform has its own checker.
 *
 * The four schemas are parsed lazily, once per process, and reused for every call. Their `xs:import` of
 * xmldsig-core-schema.xsd (and the transport schema's `xs:include` of the terminal schema) are served from
 * data/ceb/xsd/202205 by an input provider registered with libxml2; nothing outside that directory is ever read
 * through it, and documents under validation are parsed without network access or external entities.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParseOption, XmlDocument, XmlError, XmlLibError, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import type { ErrorDetail, XmlInputProvider } from 'libxml2-wasm';

export interface XsdError {
  line: number;
  message: string;
}

export interface XsdResult {
  valid: boolean;
  errors: XsdError[];
}

export const CEB_XSD_DIR = fileURLToPath(new URL('../../data/ceb/xsd/202205', import.meta.url));

const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
const DXP_NS = 'http://www.chinaport.gov.cn/dxp';

/** Message codes declared by ceb-import-202205.xsd; every other known code is in ceb-export-202205.xsd. */
const IMPORT_CODES = new Set(['311', '312', '411', '412', '511', '512', '513', '514', '621', '622', '623', '624', '625', '626', '711', '712', '816', '818', '900']);
const EXPORT_CODES = new Set(['303', '304', '403', '404', '505', '506', '507', '508', '509', '510', '603', '604', '605', '606', '607', '608', '701', '702', '792', '213', '214', '215', '216']);

type SchemaName = 'import' | 'export' | 'dxp-terminal' | 'dxp-transport';

const SCHEMA_FILES: Record<SchemaName, string> = {
  import: 'ceb-import-202205.xsd',
  export: 'ceb-export-202205.xsd',
  'dxp-terminal': 'dxp-terminal-202205.xsd',
  'dxp-transport': 'dxp-transport-202205.xsd',
};

/**
 * The transport schema still `xs:include`s its terminal schema by the 2018 file name 终端节点报文.xsd, which
 * libxml2 cannot even turn into a URI (non-ASCII schemaLocation) and which no longer exists; like an XML catalog
 * entry, the reference is rewritten to the 202205 file before the schema is compiled.
 */
const SCHEMA_LOCATION_REWRITES: Partial<Record<SchemaName, [string, string]>> = {
  'dxp-transport': ['schemaLocation="终端节点报文.xsd"', 'schemaLocation="dxp-terminal-202205.xsd"'],
};

/** Parsing options for documents under validation: no network, no external entities, no entity substitution. */
const DOC_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

// ---------------------------------------------------------------------------------------------------------------
// Input provider: serves the schema directory (and nothing else) to libxml2 when it resolves xs:import/xs:include.

/** The schema file a name that libxml2 wants to open stands for, if it is one in the schema directory. */
function schemaFileFor(filename: string): string | undefined {
  let path: string;
  try {
    path = resolve(filename.startsWith('file:') ? fileURLToPath(filename) : decodeURIComponent(filename));
  } catch {
    return undefined;
  }
  if (dirname(path) !== CEB_XSD_DIR || !path.endsWith('.xsd') || !existsSync(path)) return undefined;
  return path;
}

const openFiles = new Map<number, { bytes: Buffer; pos: number }>();
const fileCache = new Map<string, Buffer>();
let nextFd = 1;

const schemaDirProvider: XmlInputProvider = {
  match: (filename) => schemaFileFor(filename) !== undefined,
  open(filename) {
    const file = schemaFileFor(filename);
    if (file === undefined) return undefined;
    let bytes = fileCache.get(file);
    if (bytes === undefined) {
      try {
        bytes = readFileSync(file);
      } catch {
        return undefined;
      }
      fileCache.set(file, bytes);
    }
    const fd = nextFd++;
    openFiles.set(fd, { bytes, pos: 0 });
    return fd;
  },
  read(fd, buf) {
    const f = openFiles.get(fd);
    if (f === undefined) return -1;
    const n = Math.min(buf.byteLength, f.bytes.length - f.pos);
    buf.set(f.bytes.subarray(f.pos, f.pos + n));
    f.pos += n;
    return n;
  },
  close(fd) {
    return openFiles.delete(fd);
  },
};

let providerRegistered = false;

// ---------------------------------------------------------------------------------------------------------------
// Compiled schemas, loaded once and kept until closeXsdValidators().

interface LoadedSchema {
  doc: XmlDocument;
  validator: XsdValidator;
}

const schemas = new Map<SchemaName, LoadedSchema>();

function schema(name: SchemaName): XsdValidator {
  const loaded = schemas.get(name);
  if (loaded) return loaded.validator;
  if (!providerRegistered) {
    if (!xmlRegisterInputProvider(schemaDirProvider)) throw new Error('libxml2: could not register the XSD input provider');
    providerRegistered = true;
  }
  const path = `${CEB_XSD_DIR}/${SCHEMA_FILES[name]}`;
  // The schema keeps pointers into its document (annotations, error locations), so the document lives as long.
  let text = readFileSync(path, 'utf8');
  const rewrite = SCHEMA_LOCATION_REWRITES[name];
  if (rewrite) text = text.replace(rewrite[0], rewrite[1]);
  const doc = XmlDocument.fromString(text, { url: path, option: ParseOption.XML_PARSE_NONET });
  try {
    const validator = XsdValidator.fromDoc(doc);
    schemas.set(name, { doc, validator });
    return validator;
  } catch (err) {
    doc.dispose();
    throw new Error(`cannot compile ${path}: ${describe(err)}`, { cause: err });
  }
}

/** Frees the compiled schemas (WASM memory); the next validation compiles them again. */
export function closeXsdValidators(): void {
  for (const { doc, validator } of schemas.values()) {
    validator.dispose();
    doc.dispose();
  }
  schemas.clear();
}

// ---------------------------------------------------------------------------------------------------------------
// Validation.

function describe(err: unknown): string {
  if (err instanceof XmlLibError) return toErrors(err.details).map((e) => `${e.line}: ${e.message}`).join('; ') || err.message;
  return err instanceof Error ? err.message : String(err);
}

function toErrors(details: ErrorDetail[]): XsdError[] {
  // Level 1 diagnostics are warnings; they never make a document invalid.
  return details.filter((d) => d.level >= 2).map((d) => ({ line: d.line, message: d.message.trim() }));
}

function invalid(message: string, line = 0): XsdResult {
  return { valid: false, errors: [{ line, message }] };
}

function parse(xml: string | Buffer): XmlDocument | XsdResult {
  // A leading BOM needs no stripping: a string reaches libxml2 as UTF-8 bytes, where libxml2 recognises the BOM
  // (and, in a Buffer, the other encoding signatures) itself. A second BOM is content before the prolog: invalid.
  if (xml.length === 0) return invalid('empty document', 1);
  try {
    return typeof xml === 'string' ? XmlDocument.fromString(xml, { option: DOC_OPTIONS }) : XmlDocument.fromBuffer(xml, { option: DOC_OPTIONS });
  } catch (err) {
    if (err instanceof XmlLibError) {
      const errors = toErrors(err.details);
      // libxml2 reports nothing for some inputs without any markup (a lone BOM in bytes, …).
      return { valid: false, errors: errors.length > 0 ? errors : [{ line: 1, message: 'not XML: no element found' }] };
    }
    throw err;
  }
}

function run(xml: string | Buffer, pick: (localName: string, namespace: string) => SchemaName | { unknown: string }): XsdResult {
  const parsed = parse(xml);
  if (!(parsed instanceof XmlDocument)) return parsed;
  try {
    let root;
    try {
      root = parsed.root;
    } catch {
      return invalid('document has no root element');
    }
    const choice = pick(root.name, root.namespaceUri);
    if (typeof choice !== 'string') return invalid(choice.unknown, root.line);
    try {
      schema(choice).validate(parsed);
      return { valid: true, errors: [] };
    } catch (err) {
      if (err instanceof XmlLibError) {
        const errors = toErrors(err.details);
        return { valid: false, errors: errors.length > 0 ? errors : [{ line: 0, message: err.message || 'schema validation failed' }] };
      }
      // libxml2's schema validator gives up (an internal error, details dropped by libxml2-wasm) on entity
      // references, which stay unexpanded because entity substitution is off.
      if (err instanceof XmlError && parsed.dtd !== null) {
        return invalid('not validated: the document uses entities declared in its DOCTYPE (entities are not substituted)');
      }
      if (err instanceof XmlError) return invalid(`not validated: libxml2 internal error (${err.message})`);
      throw err;
    }
  } finally {
    parsed.dispose();
  }
}

/**
 * Validates a CEB business message against the official 202205 import or export schema, chosen by the number in
 * the root element's local name (`CEB311Message` → import, `CEB303Message` → export). The XSD itself decides
 * whether that root is declared, so a root `CEB214` (no `Message`) or a root outside the ceb namespace is
 * reported by libxml2. A root with no known message number is invalid without consulting a schema.
 */
export function validateCeb(xml: string | Buffer): XsdResult {
  return run(xml, (name, ns) => {
    const code = /^CEB(\d{3})/.exec(name)?.[1];
    if (code !== undefined && IMPORT_CODES.has(code)) return 'import';
    if (code !== undefined && EXPORT_CODES.has(code)) return 'export';
    const where = ns ? `{${ns}}` : 'no namespace';
    return { unknown: `unknown CEB message root element '${name}' in ${where}: expected CEBnnnMessage in ${CEB_NS} with a known message number` };
  });
}

/** Validates a DXP envelope: `DxpMsg`/`DxpRep` (terminal node schema) or `DxpMsgSv` (transport node schema). */
export function validateDxp(xml: string | Buffer): XsdResult {
  return run(xml, (name, ns) => {
    if (name === 'DxpMsgSv') return 'dxp-transport';
    if (name === 'DxpMsg' || name === 'DxpRep') return 'dxp-terminal';
    const where = ns ? `{${ns}}` : 'no namespace';
    return { unknown: `unknown DXP root element '${name}' in ${where}: expected DxpMsg, DxpRep or DxpMsgSv in ${DXP_NS}` };
  });
}
