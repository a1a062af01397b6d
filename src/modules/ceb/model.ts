/**
 * The shape of the CEB schema model: what scripts/ceb-codegen.ts extracts from the official XSDs and what the
 * codec walks. The XSDs use a small subset of XML Schema (sequences of elements, string/decimal/int
 * restrictions with length facets, one xs:any, a ds:Signature reference), and the model holds exactly that.
 */

export type Direction = 'import' | 'export';

export interface SimpleType {
  base: 'string' | 'decimal' | 'int';
  length?: number;
  minLength?: number;
  maxLength?: number;
  totalDigits?: number;
  fractionDigits?: number;
  /** xs:whiteSpace collapse: leading/trailing blanks dropped and inner runs folded before facets apply. */
  collapse?: true;
}

export interface ElementDecl {
  name: string;
  min: number;
  /** -1 = unbounded. */
  max: number;
  /** The schema's own documentation of the element (Chinese). */
  doc?: string;
  /** The value an empty element takes (xs:element default). */
  default?: string;
  /** The only value the element may have; an empty element takes it (xs:element fixed). */
  fixed?: string;
  simple?: SimpleType;
  /** Name of a complex definition in the same model's `defs`. */
  complex?: string;
  /** xs:any with processContents="skip": kept as raw XML. */
  any?: true;
  /** A reference to ds:Signature. */
  signature?: true;
}

export interface AttributeDecl {
  name: string;
  required: boolean;
  simple: SimpleType;
  doc?: string;
}

export interface ComplexDef {
  doc?: string;
  children: ElementDecl[];
}

export interface MessageDecl {
  name: string;
  doc?: string;
  direction: Direction;
  attributes: AttributeDecl[];
  children: ElementDecl[];
}

export interface SchemaModel {
  direction: Direction;
  /** Which schema file and revision the model came from. */
  source: string;
  messages: Record<string, MessageDecl>;
  defs: Record<string, ComplexDef>;
}

export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
