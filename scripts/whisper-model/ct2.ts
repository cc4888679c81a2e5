/**
 * Reads a CTranslate2 model file (model.bin, binary version 6 as written by CTranslate2 4.x) into named
 * tensors. Only what a Whisper conversion needs: float16/float32 tensors and small integer scalars.
 */

/** CTranslate2's DataType ids, in the order of its enum. */
export const ct2DataTypes = ['float32', 'int8', 'int16', 'int32', 'float16', 'bfloat16'] as const;
export type Ct2DataType = (typeof ct2DataTypes)[number];

export interface Ct2Tensor {
  /** Outermost dimension first, as in PyTorch. */
  readonly shape: readonly number[];
  readonly dtype: Ct2DataType;
  /** The raw little-endian bytes (a view into the file). */
  readonly bytes: Uint8Array;
}

export interface Ct2Model {
  readonly spec: string;
  readonly tensors: ReadonlyMap<string, Ct2Tensor>;
}

const supportedVersion = 6;

export function readCt2Model(file: Uint8Array): Ct2Model {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let at = 0;
  const need = (bytes: number, what: string): void => {
    if (at + bytes > file.byteLength) {
      throw new Error(`CTranslate2 model: the file ends at byte ${file.byteLength} inside ${what}`);
    }
  };
  const u8 = (what: string): number => {
    need(1, what);
    return view.getUint8(at++);
  };
  const u16 = (what: string): number => {
    need(2, what);
    const value = view.getUint16(at, true);
    at += 2;
    return value;
  };
  const u32 = (what: string): number => {
    need(4, what);
    const value = view.getUint32(at, true);
    at += 4;
    return value;
  };
  // Strings carry their length including a closing NUL.
  const text = (what: string): string => {
    const length = u16(what);
    need(length, what);
    const value = new TextDecoder().decode(file.subarray(at, at + Math.max(0, length - 1)));
    at += length;
    return value;
  };

  const version = u32('the binary version');
  if (version !== supportedVersion) {
    throw new Error(
      `CTranslate2 model: binary version ${version}; this reader knows version ${supportedVersion}`,
    );
  }
  const spec = text('the spec name');
  u32('the spec revision');
  const count = u32('the variable count');
  const tensors = new Map<string, Ct2Tensor>();
  for (let index = 0; index < count; index++) {
    const name = text(`variable ${index}'s name`);
    const rank = u8(`${name}'s rank`);
    const shape = Array.from({ length: rank }, () => u32(`${name}'s shape`));
    const typeId = u8(`${name}'s type`);
    const dtype = ct2DataTypes[typeId];
    if (dtype === undefined) throw new Error(`CTranslate2 model: ${name} has unknown data type ${typeId}`);
    const length = u32(`${name}'s size`);
    need(length, `${name}'s data`);
    tensors.set(name, { shape, dtype, bytes: file.subarray(at, at + length) });
    at += length;
  }
  const aliases = u32('the alias count');
  for (let index = 0; index < aliases; index++) {
    const alias = text(`alias ${index}`);
    const target = tensors.get(text(`alias ${alias}'s target`));
    if (target) tensors.set(alias, target);
  }
  return { spec, tensors };
}
