/**
 * Writes a Whisper model in whisper.cpp's ggml file format from a CTranslate2 Whisper model (the layout
 * faster-whisper uses) plus OpenAI's mel filters and tokenizer. Tensors are named, shaped, typed and
 * ordered as whisper.cpp's own converter writes them from OpenAI's checkpoint.
 */
import type { Ct2Model, Ct2Tensor } from './ct2.ts';
import { floatToHalf, halfToFloat } from './half.ts';

export interface WhisperAssets {
  /** n_mels × (n_fft / 2 + 1) weights, row-major. */
  readonly melFilters: { readonly rows: number; readonly columns: number; readonly data: Float32Array };
  /** The byte string of each token, in rank order. */
  readonly tokens: readonly Uint8Array[];
}

/** How the big matrices are stored: as in the checkpoint (f16) or 8-bit quantised (q8_0, WASM-SIMD friendly). */
export type WeightType = 'f16' | 'q8_0';

const ggmlMagic = 0x67676d6c;
const ggmlType = { f32: 0, f16: 1, q8_0: 8 } as const;
/** whisper.cpp marks quantised files with the quantisation version (2) times 1000 plus ggml's file type. */
const fileType = { f16: 1, q8_0: 2 * 1000 + 7 } as const;
const q8BlockSize = 32;

/** The tensors whisper.cpp keeps in float32 even when the file is f16 (besides every 1-D tensor). */
const keptFloat32 = new Set([
  'encoder.conv1.bias',
  'encoder.conv2.bias',
  'encoder.positional_embedding',
  'decoder.positional_embedding',
]);

interface Planned {
  readonly name: string;
  readonly tensor: Ct2Tensor;
}

export function ct2WhisperToGgml(model: Ct2Model, assets: WhisperAssets, weights: WeightType): Uint8Array[] {
  if (model.spec !== 'WhisperSpec')
    throw new Error(`expected a CTranslate2 WhisperSpec model, got ${model.spec}`);
  const get = (name: string): Ct2Tensor => {
    const tensor = model.tensors.get(name);
    if (!tensor) throw new Error(`CTranslate2 Whisper model: ${name} is missing`);
    return tensor;
  };
  const heads = (name: string): number => {
    const tensor = get(name);
    return new DataView(tensor.bytes.buffer, tensor.bytes.byteOffset).getInt16(0, true);
  };
  const layers = (side: 'encoder' | 'decoder'): number => {
    let count = 0;
    while (model.tensors.has(`${side}/layer_${count}/ffn/linear_0/weight`)) count++;
    return count;
  };
  const embeddings = get('decoder/embeddings/weight');
  const audioPositions = get('encoder/position_encodings/encodings');
  const textPositions = get('decoder/position_encodings/encodings');
  const conv1 = get('encoder/conv1/weight');
  const hparams = [
    dim(embeddings, 0), // n_vocab
    dim(audioPositions, 0), // n_audio_ctx
    dim(audioPositions, 1), // n_audio_state
    heads('encoder/num_heads'),
    layers('encoder'),
    dim(textPositions, 0), // n_text_ctx
    dim(textPositions, 1), // n_text_state
    heads('decoder/num_heads'),
    layers('decoder'),
    dim(conv1, 1), // n_mels
    fileType[weights],
  ];

  const header = new Int32Array([ggmlMagic, ...hparams, assets.melFilters.rows, assets.melFilters.columns]);
  const chunks: Uint8Array[] = [bytesOf(header), bytesOf(assets.melFilters.data)];
  chunks.push(bytesOf(new Int32Array([assets.tokens.length])));
  for (const token of assets.tokens) chunks.push(bytesOf(new Int32Array([token.length])), token);

  for (const { name, tensor } of plan(get, layers('encoder'), layers('decoder'))) {
    chunks.push(...tensorChunks(name, tensor, weights));
  }
  return chunks;
}

/** One of the tensors a fused projection was split into. */
function part(tensors: readonly Ct2Tensor[], index: number): Ct2Tensor {
  const tensor = tensors[index];
  if (tensor === undefined) throw new Error(`expected at least ${index + 1} parts, got ${tensors.length}`);
  return tensor;
}

function dim(tensor: Ct2Tensor, index: number): number {
  const value = tensor.shape[index];
  if (value === undefined)
    throw new Error(`expected a tensor of rank > ${index}, got shape [${tensor.shape.join(', ')}]`);
  return value;
}

/** Rows [first, first + count) of a row-major tensor: splits CTranslate2's fused projections. */
export function rows(tensor: Ct2Tensor, first: number, count: number, total: number): Ct2Tensor {
  const rowBytes = tensor.bytes.byteLength / total;
  return {
    shape: [count, ...tensor.shape.slice(1)],
    dtype: tensor.dtype,
    bytes: tensor.bytes.subarray(first * rowBytes, (first + count) * rowBytes),
  };
}

/** OpenAI's state-dict order: each module's own tensors, then its children in the order they were built. */
function plan(get: (name: string) => Ct2Tensor, encoderLayers: number, decoderLayers: number): Planned[] {
  const out: Planned[] = [];
  const add = (name: string, tensor: Ct2Tensor): void => {
    out.push({ name, tensor });
  };
  const linear = (to: string, from: string): void => {
    add(`${to}.weight`, get(`${from}/weight`));
    add(`${to}.bias`, get(`${from}/bias`));
  };
  const norm = (to: string, from: string): void => {
    add(`${to}.weight`, get(`${from}/gamma`));
    add(`${to}.bias`, get(`${from}/beta`));
  };
  // Whisper's key projections have no bias; CTranslate2 fuses them with zero bias, which is dropped here.
  const attention = (
    to: string,
    query: Ct2Tensor[],
    key: Ct2Tensor,
    value: Ct2Tensor[],
    out: string,
  ): void => {
    const [queryWeight, queryBias] = query as [Ct2Tensor, Ct2Tensor];
    const [valueWeight, valueBias] = value as [Ct2Tensor, Ct2Tensor];
    add(`${to}.query.weight`, queryWeight);
    add(`${to}.query.bias`, queryBias);
    add(`${to}.key.weight`, key);
    add(`${to}.value.weight`, valueWeight);
    add(`${to}.value.bias`, valueBias);
    linear(`${to}.out`, out);
  };
  const fused = (from: string, parts: number, width: number): { weight: Ct2Tensor[]; bias: Ct2Tensor[] } => {
    const weight = get(`${from}/weight`);
    const bias = get(`${from}/bias`);
    const range = Array.from({ length: parts }, (_, index) => index);
    return {
      weight: range.map((index) => rows(weight, index * width, width, parts * width)),
      bias: range.map((index) => rows(bias, index * width, width, parts * width)),
    };
  };
  const selfAttention = (to: string, from: string, width: number): void => {
    const { weight, bias } = fused(`${from}/self_attention/linear_0`, 3, width);
    attention(
      `${to}.attn`,
      [weight[0], bias[0]] as Ct2Tensor[],
      part(weight, 1),
      [weight[2], bias[2]] as Ct2Tensor[],
      `${from}/self_attention/linear_1`,
    );
    norm(`${to}.attn_ln`, `${from}/self_attention/layer_norm`);
  };
  const mlp = (to: string, from: string): void => {
    linear(`${to}.mlp.0`, `${from}/ffn/linear_0`);
    linear(`${to}.mlp.2`, `${from}/ffn/linear_1`);
    norm(`${to}.mlp_ln`, `${from}/ffn/layer_norm`);
  };

  const audioState = dim(get('encoder/position_encodings/encodings'), 1);
  add('encoder.positional_embedding', get('encoder/position_encodings/encodings'));
  linear('encoder.conv1', 'encoder/conv1');
  linear('encoder.conv2', 'encoder/conv2');
  for (let layer = 0; layer < encoderLayers; layer++) {
    selfAttention(`encoder.blocks.${layer}`, `encoder/layer_${layer}`, audioState);
    mlp(`encoder.blocks.${layer}`, `encoder/layer_${layer}`);
  }
  norm('encoder.ln_post', 'encoder/layer_norm');

  const textState = dim(get('decoder/position_encodings/encodings'), 1);
  add('decoder.positional_embedding', get('decoder/position_encodings/encodings'));
  add('decoder.token_embedding.weight', get('decoder/embeddings/weight'));
  for (let layer = 0; layer < decoderLayers; layer++) {
    const from = `decoder/layer_${layer}`;
    const to = `decoder.blocks.${layer}`;
    selfAttention(to, from, textState);
    const keyValue = fused(`${from}/attention/linear_1`, 2, textState);
    attention(
      `${to}.cross_attn`,
      [get(`${from}/attention/linear_0/weight`), get(`${from}/attention/linear_0/bias`)],
      part(keyValue.weight, 0),
      [keyValue.weight[1], keyValue.bias[1]] as Ct2Tensor[],
      `${from}/attention/linear_2`,
    );
    norm(`${to}.cross_attn_ln`, `${from}/attention/layer_norm`);
    mlp(to, from);
  }
  norm('decoder.ln', 'decoder/layer_norm');
  return out;
}

function tensorChunks(name: string, tensor: Ct2Tensor, weights: WeightType): Uint8Array[] {
  // Conv biases become [n, 1] so whisper.cpp can broadcast them over time.
  const shape =
    name.endsWith('conv1.bias') || name.endsWith('conv2.bias') ? [dim(tensor, 0), 1] : tensor.shape;
  const matrix = shape.length >= 2 && !keptFloat32.has(name);
  // q8_0 packs rows in blocks of 32 values; matrices whose rows do not divide stay f16, as whisper.cpp's quantiser leaves them.
  const rowsQuantise = shape.length === 2 && (shape[1] ?? 0) % 32 === 0;
  const type = !matrix ? 'f32' : weights === 'q8_0' && rowsQuantise ? 'q8_0' : 'f16';
  const nameBytes = new TextEncoder().encode(name);
  const header = new Int32Array([shape.length, nameBytes.length, ggmlType[type], ...[...shape].reverse()]);
  const data =
    type === 'f32'
      ? bytesOf(toFloat32(tensor))
      : type === 'f16'
        ? bytesOf(toHalfBits(tensor))
        : quantizeQ8(toFloat32(tensor));
  return [bytesOf(header), nameBytes, data];
}

function toFloat32(tensor: Ct2Tensor): Float32Array {
  if (tensor.dtype === 'float32') return new Float32Array(copy(tensor.bytes));
  if (tensor.dtype !== 'float16') throw new Error(`expected float tensors, got ${tensor.dtype}`);
  const bits = new Uint16Array(copy(tensor.bytes));
  return Float32Array.from(bits, halfToFloat);
}

function toHalfBits(tensor: Ct2Tensor): Uint16Array {
  if (tensor.dtype === 'float16') return new Uint16Array(copy(tensor.bytes));
  return Uint16Array.from(toFloat32(tensor), floatToHalf);
}

/** ggml's q8_0: blocks of 32 values, each a half-precision scale and 32 signed bytes. */
export function quantizeQ8(values: Float32Array): Uint8Array {
  if (values.length % q8BlockSize !== 0) throw new Error(`q8_0 needs a multiple of ${q8BlockSize} values`);
  const blocks = values.length / q8BlockSize;
  const out = new Uint8Array(blocks * (2 + q8BlockSize));
  const view = new DataView(out.buffer);
  for (let block = 0; block < blocks; block++) {
    const start = block * q8BlockSize;
    let peak = 0;
    for (let index = 0; index < q8BlockSize; index++)
      peak = Math.max(peak, Math.abs(values[start + index] ?? 0));
    const scale = Math.fround(peak / 127);
    const inverse = scale === 0 ? 0 : Math.fround(1 / scale);
    const at = block * (2 + q8BlockSize);
    view.setUint16(at, floatToHalf(scale), true);
    for (let index = 0; index < q8BlockSize; index++) {
      view.setInt8(at + 2 + index, roundHalfAway(Math.fround((values[start + index] ?? 0) * inverse)));
    }
  }
  return out;
}

/** C's roundf: halves away from zero (Math.round takes -2.5 to -2). */
function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** The bytes in a buffer of their own. Not `slice()`: on a Node Buffer it is a view of the whole file. */
function copy(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

function bytesOf(array: Int32Array | Float32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
